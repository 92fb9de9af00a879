package relate

import "testing"

func TestAzerbaijani(t *testing.T) {
	runCases(t, []relCase{
		{"created by, with the year",
			"@lang az\n[Qafqaz Cəbhəsi|O] 2015-ci ildə [Tofiq Rəhimov|P] tərəfindən yaradılıb.",
			[]string{"Qafqaz Cəbhəsi founded_by Tofiq Rəhimov {from=2015,method=pattern:az-founded-by}", "Qafqaz Cəbhəsi founding_date 2015"}},
		{"created-by participle",
			"@lang az\n[İran|L] tərəfindən yaradılan [Qafqaz Cəbhəsi|O] böyüyür.",
			[]string{"Qafqaz Cəbhəsi founded_by İran"}},
		{"leader with a case ending outside the mention",
			"@lang az\n[Tofiq Rəhimov|P], [Qafqaz Cəbhəsi|O]nin lideri, Bakıya qayıdıb.",
			[]string{"Tofiq Rəhimov leader_of Qafqaz Cəbhəsi {role=leader}"}},
		{"member",
			"@lang az\n[Elvin Məmmədov|P], [Qafqaz Cəbhəsi|O]nin üzvü, həbs edilib.",
			[]string{"Elvin Məmmədov member_of Qafqaz Cəbhəsi"}},
		{"arrested in a country",
			"@lang az\n[Elvin Məmmədov|P] [Gürcüstan|L]da həbs edilib.",
			[]string{"Gürcüstan arrested Elvin Məmmədov"}},
		{"sentenced with a term",
			"@lang az\n[Elvin Məmmədov|P] [Azərbaycan|L]da 7 il müddətinə həbs cəzasına məhkum edilib.",
			[]string{"Azərbaycan sentenced Elvin Məmmədov {term=7 years}"}},
		{"backed",
			"@lang az\n[İran|L] dəstəkli [Qafqaz Cəbhəsi|O] böyüyür.",
			[]string{"Qafqaz Cəbhəsi backed_by İran"}},
		{"met",
			"@lang az\n[Tofiq Rəhimov|P] [Əli Kərimi|P] ilə görüşüb.",
			[]string{"Tofiq Rəhimov met_with Əli Kərimi"}},
		{"denial from the attribution stage's cues",
			"@lang az\n[Tofiq Rəhimov|P] [Qafqaz Cəbhəsi|O]nin qurucusu olduğunu təkzib edib.",
			[]string{"Tofiq Rəhimov founder_of Qafqaz Cəbhəsi {stance=denies}"}},
		{"wrong type",
			"@lang az\n[Bakı|L] [Gəncə|L]nin lideri.",
			nil},
	})
}

func TestTurkish(t *testing.T) {
	runCases(t, []relCase{
		{"founded by",
			"@lang tr\n[Kafkas Cephesi|O] 2015 yılında [Tevfik Rahimov|P] tarafından kuruldu.",
			[]string{"Kafkas Cephesi founded_by Tevfik Rahimov {from=2015}", "Kafkas Cephesi founding_date 2015"}},
		{"leader",
			"@lang tr\n[Tevfik Rahimov|P], [Kafkas Cephesi|O]'nin lideri, konuştu.",
			[]string{"Tevfik Rahimov leader_of Kafkas Cephesi"}},
		{"arrested in a place",
			"@lang tr\n[Elvin Memmedov|P] [Gürcistan|L]'da gözaltına alındı.",
			[]string{"Gürcistan arrested Elvin Memmedov"}},
		{"sentenced",
			"@lang tr\n[Elvin Memmedov|P] 12 yıl hapis cezasına çarptırıldı.",
			nil},
		{"backed",
			"@lang tr\n[İran|L] destekli [Kafkas Cephesi|O] büyüyor.",
			[]string{"Kafkas Cephesi backed_by İran"}},
		{"met and denied",
			"@lang tr\n[Tevfik Rahimov|P], [Ali Kerimi|P] ile görüştü iddiasını yalanladı.",
			[]string{"Tevfik Rahimov met_with Ali Kerimi {stance=denies}"}},
	})
}

func TestRussian(t *testing.T) {
	runCases(t, []relCase{
		{"founded",
			"@lang ru\n[Тофик Рагимов|P] основал [Кавказский фронт|O] в 2015 году.",
			[]string{"Тофик Рагимов founder_of Кавказский фронт {from=2015}", "Кавказский фронт founding_date 2015"}},
		{"created by, agent in the instrumental",
			"@lang ru\n[Кавказский фронт|O] был создан [Ираном|L].",
			[]string{"Кавказский фронт founded_by Ираном"}},
		{"leader",
			"@lang ru\n[Тофик Рагимов|P], лидер [Кавказского фронта|O], выступил.",
			[]string{"Тофик Рагимов leader_of Кавказского фронта {role=leader}"}},
		{"arrested in a place",
			"@lang ru\n[Эльвин Мамедов|P] был задержан в [Грузии|L].",
			[]string{"Грузии arrested Эльвин Мамедов"}},
		{"sentenced with a term",
			"@lang ru\n[Эльвин Мамедов|P] был приговорен судом к 7 годам.",
			nil},
		{"backed",
			"@lang ru\n[Кавказский фронт|O], поддерживаемый [Ираном|L], растёт.",
			[]string{"Кавказский фронт backed_by Ираном"}},
		{"met",
			"@lang ru\n[Тофик Рагимов|P] встретился с [Али Керими|P].",
			[]string{"Тофик Рагимов met_with Али Керими"}},
		{"born",
			"@lang ru\n[Тофик Рагимов|P] родился в [Ленкорани|L].",
			[]string{"Тофик Рагимов born_in Ленкорани"}},
		{"doubt from the attribution stage's cues",
			"@lang ru\n[Тофик Рагимов|P] якобы основал [Кавказский фронт|O].",
			[]string{"Тофик Рагимов founder_of Кавказский фронт {stance=doubts}"}},
	})
}
