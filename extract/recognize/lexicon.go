package recognize

import (
	"strings"

	"github.com/dossier-osint/dossier/normalize"
)

// The word lists below are cues, not names: they say what kind of thing a capitalised sequence
// is, or that a capitalised word is an ordinary one. Entries are written as a reader would spell
// them and folded (normalize.Fold) once at start-up, so "Hərəkatı", "herekati" and "HƏRƏKATI"
// are one entry. Names of particular people or groups never belong here; those come from the
// store through the known-name automaton.

// set is a folded word list. Every list also owns one bit of lexBits, so a token looks its
// folded form up once (token.lex) and then tests membership of any list without hashing again.
type set struct {
	bit uint64
	m   map[string]struct{}
}

var (
	lexBits = map[string]uint64{}
	nextBit = uint64(1)
)

func words(lists ...string) *set {
	if nextBit == 0 {
		panic("recognize: more than 64 word lists")
	}
	s := &set{bit: nextBit, m: map[string]struct{}{}}
	nextBit <<= 1
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			f := normalize.Fold(strings.ReplaceAll(w, "_", " "))
			s.m[f] = struct{}{}
			lexBits[f] |= s.bit
		}
	}
	return s
}

func (s *set) has(folded string) bool { _, ok := s.m[folded]; return ok }

// is reports whether the token's folded form is in s.
func (t token) is(s *set) bool { return t.lex&s.bit != 0 }

// Bits for the morphology tests, set on capitalised tokens by tokenize so that each runs once
// per word.
var (
	bitOrgHead = nextLexBit()
	bitGroup   = nextLexBit()
	bitSurname = nextLexBit()
)

func nextLexBit() uint64 {
	b := nextBit
	nextBit <<= 1
	return b
}

// morphology returns the morphology bits of a folded capitalised word.
func morphology(f string) uint64 {
	var b uint64
	if isOrgHead(f) {
		b |= bitOrgHead
	}
	if hasSuffix(f, groupSuffixes) {
		b |= bitGroup
	}
	if hasSuffix(f, personSuffixes) {
		b |= bitSurname
	}
	return b
}

func (t token) orgHead() bool { return t.lex&bitOrgHead != 0 }
func (t token) group() bool   { return t.lex&bitGroup != 0 }
func (t token) surname() bool { return t.lex&bitSurname != 0 }

// docSet is a set of folded words collected from one document.
type docSet map[string]struct{}

func (s docSet) has(folded string) bool { _, ok := s[folded]; return ok }

var (
	// stopWords are function and discourse words that are capitalised only because they open a
	// sentence or a heading; they never start or continue a name.
	stopWords = words(
		// English
		`The A An In On At Of For From To By With As And But Or Nor If When While After Before
		During Since Until Upon According However Although Though Yet So Thus Therefore Hence
		Meanwhile Nevertheless Nonetheless Moreover Furthermore Also Indeed Instead Then This That
		These Those There Here It Its He She They We I You His Her Him Them Their Our My Your Who
		Whom Whose What Which Where Why How Some Many Most All Each Every Both Several Such Other
		Another One Two Three Four Five Not No Only Even Still Lastly Finally Subsequently
		Regardless Further Unlike Like Among Between Over Under Despite Following Citing Left Right
		Upon Via Within Without About Above Below Against Across Around Because Whether Unless
		Once Just Now Today Yesterday Tomorrow Later Earlier Recently Currently Previously Already
		Is Are Was Were Be Been Has Have Had Do Does Did Can Could Will Would Shall Should May
		Might Must Let Please Note See Read More Related Topics Posts Share Click Source Sources
		Photo Image Map Figure Table Video Audio Update Updated Editor Editors Comment Comments
		Yes Ok Okay Dear Hi Hello Thanks Thank Welcome Copyright Search Home Menu Login
		Pro Anti Besides Overall Accordingly Likewise Similarly Additionally Specifically Notably Perhaps
		Clearly Apparently Reportedly Allegedly Initially Eventually Ultimately Originally`,
		// Azerbaijani, Turkish
		`Bu O Bir Və Ve Lakin Amma Ancak Fakat Həmçinin Ayrıca Daha Sonra Sonrа Əvvəl Once Şu Bunlar
		Onlar Onun Bunun Belə Böyle Hər Her Heç Hiç Çünki Çünkü Əgər Eğer Ki Də De Da İlə Ile Üçün
		Için İçin Görə Göre Kimi Gibi Artıq Hələ Yenə Yine Bununla Buna Ona Biz Siz Mən Ben Sen Sən`,
		// Russian
		`В Во На По Из С Со К Ко О Об От До За При Для Без Под Над Как Что Это Этот Эта Эти Он Она
		Оно Они Мы Вы Я Ты И Но А Или Также Однако После Перед Согласно Кроме Между Если Когда
		Хотя Поэтому Тем Так Там Тут Здесь Его Ее Её Их Все Всё Весь Вся Уже Ещё Еще Лишь Только
		Кто Где Какой Какая Который Которая Впрочем Итак Затем Потом Сейчас Ранее Позже`,
	)

	// months and weekdays are capitalised in English but are dates, not names.
	calendarWords = words(
		`January February March April May June July August September October November December
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		Monday Tuesday Wednesday Thursday Friday Saturday Sunday
		Yanvar Fevral Mart Aprel May İyun İyul Avqust Sentyabr Oktyabr Noyabr Dekabr
		Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Aralık
		Bazar Bazar_ertəsi Çərşənbə Cümə Şənbə Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar
		Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь
		Января Февраля Марта Апреля Мая Июня Июля Августа Сентября Октября Ноября Декабря
		Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье`,
	)

	// dateNames are month names that are also given names; they are dates only beside a
	// number.
	dateNames = words(`Kasım`)

	// stateGroupWords make a capitalised sequence a group that calls itself a state.
	stateGroupWords = words(`State Caliphate Emirate Imarat Dawla Dawlat Devleti Государство`)

	// commonCaps are capitalised words that name a religion, people, language or other class,
	// not an individual entity; alone (or only with each other) they are not a mention.
	commonCaps = words(
		`Shia Shiite Shiites Shi'ite Shi'ites Shia'a Sunni Sunnis Muslim Muslims Islam Islamic
		Islamist Islamists Jihadist Jihadists Salafi Salafist Salafists Christian Christians Jewish
		Jew Jews Arab Arabs Arabic Persian Persians Turkic Kurd Kurds Kurdish Azeri Azeris Azeri's
		Iraqi Iraqis Israeli Israelis Pakistani Pakistanis Saudi Yemeni Yemenis Afghani Afghan
		Afghans Azerbaijani Azerbaijanis Kuwaiti Omani Qatari Emirati Bahraini Somali Sudanese
		Lebanese Syrian Syrians Iranian Iranians Turkish Turks Russian Russians American Americans
		European Europeans Western Eastern Soviet Ottoman English French German British Chinese
		Indian Armenian Armenians Georgian Georgians Chechen Chechens Dagestani Tajik Uzbek Kazakh
		Palestinian Palestinians Egyptian Jordanian Libyan Tunisian Algerian Moroccan Houthi's
		God Allah Prophet Quran Koran Ramadan Eid Hijri Internet Web Muslim-majority
		Azərbaycanlı Azərbaycanlılar İranlı Türk Rus Ərəb Fars Şiə Sünni Müsəlman İslam İslami
		Азербайджанец Азербайджанцы Иранский Российский Русский Шиит Шииты Сунниты Мусульмане Ислам`,
	)

	// titles are honorifics, ranks and offices written before a person's name; they are kept out
	// of the name and make it a Person. Followed by "of" they head a Position instead.
	titles = words(
		`Mr Mrs Ms Miss Dr Prof Professor Gen General Lt Lieutenant Col Colonel Maj Major Capt Captain
		Brig Brigadier Cmdr Commander Adm Admiral Sgt Sergeant Marshal Sheikh Shaykh Sheik Shaikh
		Ayatollah Ayatullah Hojatoleslam Hojjatoleslam Hujjat Imam Mullah Mawlawi Maulana Mufti
		Sayyid Sayed Seyyed Syed Haji Hajji Hajj President Premier Minister Chancellor King Queen
		Prince Princess Emir Sultan Senator Governor Mayor Judge Justice Ambassador Chairman
		Secretary Spokesman Spokesperson Leader Chief Commissioner Deputy Rev Reverend Father
		Sir Lord Lady Cleric Rabbi Pope Patriarch Bishop Caliph Commandant
		Cənab Xanım General Polkovnik Mayor Kapitan Leytenant Şeyx Ayətullah Axund Molla Hacı Seyid
		Prezident Nazir Sədr Rəhbər İmam Sayın Bay Bayan Şeyh Ayetullah Cumhurbaşkanı Bakan Albay
		Komutan Başkan Lider Генерал Полковник Майор Капитан Лейтенант Аятолла Шейх Имам Мулла
		Президент Премьер Министр Господин Госпожа Командир Лидер Глава Сеид Хаджи`,
	)

	// roleWords are lower-case nouns that, right before a capitalised sequence, say that it is a
	// person ("commander Qasem ...", "cleric ...", "suspect ...").
	roleWords = words(
		`commander leader cleric president minister general colonel mayor spokesman spokesperson
		chief founder deputy analyst journalist specialist expert researcher suspect member fighter
		militant imam ayatollah sheikh preacher activist blogger official officer envoy ambassador
		senator governor judge prosecutor lawyer author editor correspondent director chairman
		secretary emir mufti mullah brother sister son daughter father mother wife husband cousin
		uncle nephew citizen student students resident soldier general-secretary prophet
		komandir lider rəhbər ruhani sədr nazir jurnalist ekspert üzv şübhəli komutan lider şüpheli
		üye командир лидер глава министр президент генерал полковник журналист эксперт член
		подозреваемый боевик основатель`,
	)

	// orgHeads are words that make a capitalised sequence an organisation wherever they stand
	// in it ("Quds Force", "Hezbollah Brigades", "Hərəkatı" ...).
	orgHeads = words(
		`Movement Movements Brigade Brigades Battalion Battalions Regiment Division Army Armies Force
		Forces Corps Party Parties Front Council Councils Centre Center Institute Institution
		Assembly Ministry Agency Group Groups Organization Organisation Organizations Union Network
		Committee Commission Foundation Association Society League Alliance Coalition Federation
		Guard Guards Militia Militias Service Services Bureau Department Directorate Police
		Gendarmerie University Academy College Seminary Seminaries Bank Company Corporation Inc
		Ltd LLC GmbH News Media Television TV Radio Times Post Herald Monitor Tribune Gazette
		Journal Press Lab Laboratory Resistance Mujahideen Mujahidin Caliphate Emirate Government
		Cabinet Parliament Senate Congress Court Tribunal Office Authority Authorities Secretariat
		Command Headquarters Unit Units Squad Cell Cells Legion Legions Fund Trust Charity
		Hizb Hezb Kataib Kata'ib Kataeb Kata'eb Liwa
		Harakat Harakah Haraka Ansar Jaish Jaysh Saraya Asaib Asa'ib Jamaat Jama'at Jamaah Tanzim
		Sepah Sipah Fedayeen Fadaiyan Basij Tehreek Tehrik Lashkar
		Hərəkatı Hərəkat Təşkilatı Təşkilat Partiyası Briqadası Briqada Cəbhəsi Qüvvələri Ordusu
		Şurası Mərkəzi İttifaqı Qrupu Qruplaşması Birliyi Nazirliyi Korpusu Xidməti Batalyonu
		Cəmiyyəti Agentliyi İnstitutu Universiteti Hökuməti Məclisi
		Hareketi Örgütü Partisi Tugayı Cephesi Kuvvetleri Birliği Konseyi Merkezi Grubu Bakanlığı
		Teşkilatı Derneği Vakfı Enstitüsü Üniversitesi Hükümeti Meclisi Ajansı Taburu
		Движение Бригада Бригады Корпус Партия Фронт Армия Армии Батальон Совет Центр Институт
		Организация Союз Министерство Агентство Группа Группировка Силы Сеть Комитет Катаиб Лива Ансар Джейш Служба Университет Правительство Полк Отряд`,
	)

	// orgNames are words that name an organisation by themselves ("Hezbollah" is "Party of
	// God"); orgHeads need a name beside them.
	orgNames = words(`Hezbollah Hizbullah Hizballah Hizbollah Hezbollah's Hamas Basij Taliban
		Хезболла Хизбалла Хамас Талибан حزب‌الله حزبالله حماس`)

	// stateWords start an organisation name that continues "of X and the Y" ("... State of Iraq
	// and the Levant").
	stateWords = words(`State Caliphate Emirate Emirates Republic Kingdom Front Union Army`)

	// locHeads are words that make a capitalised sequence a place.
	locHeads = words(
		`City Province Provinces Governorate Region District County Republic Oblast Krai Sea River
		Kingdom Lake Mountains Mountain Mount Valley Corridor Island Islands Strait Gulf Bay Desert Plain
		Peninsula Canal Airport Street Square Avenue Road Camp Village Town Border Coast Basin
		Şəhəri Rayonu Vilayəti Kəndi Dənizi Çayı Dağı Dəhlizi Respublikası Muxtar İli Şehri İlçesi
		Köyü Denizi Nehri Dağları Cumhuriyeti Область Край Район Город Республика Море Река`,
	)

	// compass words make a following capitalised sequence a region ("South Caucasus").
	compassWords = words(`North South East West Northern Southern Eastern Western Central Middle
		Upper Lower Greater Far Near Şimali Cənubi Şərqi Qərbi Kuzey Güney Doğu Batı Северный
		Южный Восточный Западный Центральная Северная Южная`)

	// compassAdjectives are lower-case words of direction that belong to a following place
	// ("northwestern Iran").
	compassAdjectives = words(`northern southern eastern western central northwestern
		northeastern southwestern southeastern north-western north-eastern south-western
		south-eastern`)

	// placeNouns are lower-case words that, before "of", make the following name a place
	// ("the city of Zanjan").
	placeNouns = words(`city town village province region district capital county governorate
		port island outskirts suburb suburbs area territory`)

	// officeWords are lower-case offices that, before "of" and a place, make a position
	// ("mayor of Ganja").
	officeWords = words(`mayor governor president minister leader commander head chief deputy
		ambassador ruler king emir prefect representative envoy consul`)

	// countries is a short list of states that often stand alone; a GeoNames gazetteer resolves
	// places properly, this only types an isolated capitalised word.
	countries = words(
		`Afghanistan Albania Algeria Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus
		Belgium Bosnia Brazil Britain Bulgaria Canada Chad China Chechnya Cyprus Dagestan Denmark
		Egypt England Eritrea Ethiopia Europe Africa Asia America France Georgia Germany Greece
		India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo
		Kurdistan Kuwait Kyrgyzstan Lebanon Libya Mali Mauritania Moldova Morocco Netherlands
		Niger Nigeria Norway Oman Pakistan Palestine Gaza Poland Qatar Romania Russia Saudi_Arabia
		Serbia Somalia Spain Sudan Sweden Switzerland Syria Tajikistan Tunisia Turkey Türkiye
		Turkmenistan Ukraine UAE UK US USA U.S. Uzbekistan Venezuela Yemen Caucasus Balkans
		Azərbaycan İran İraq Türkiyə Rusiya Suriya Gürcüstan Ermənistan İsrail Livan Əfqanıstan
		Pakistan Azerbaycan Irak Rusya Suriye Gürcistan Ermenistan İsrail Lübnan Afganistan
		Азербайджан Иран Ирак Турция Россия Сирия Грузия Армения Израиль Ливан Афганистан Пакистан
		Йемен Украина Чечня Дагестан`,
		// Capitals and large cities of the region; the place gazetteer resolves the rest.
		`Baku Bakı Bakü Tehran Tehran Qom Qum Kum Mashhad Məşhəd Meşhed Tabriz Təbriz Tebriz
		Ganja Gəncə Sumgait Sumqayıt Lankaran Lənkəran Nakhchivan Naxçıvan Nahçıvan Moscow Moskva
		Moskova Istanbul İstanbul Ankara Baghdad Bağdad Damascus Dəməşq Şam Beirut Beyrut Kabul
		Tbilisi Tiflis Yerevan İrəvan Erivan Aleppo Halab Mosul Basra Najaf Karbala Kerbela Sanaa
		Riyadh Doha Dubai Cairo Jerusalem Kyiv Kiev Grozny Makhachkala Ardabil Ərdəbil Washington
		London Paris Berlin Brussels Beijing Islamabad Karachi Herat Kandahar Erbil Kirkuk Sulaymaniyah
		Homs Idlib Latakia Deir_ez-Zor Hodeidah Aden Manama Muscat Amman
		Баку Тегеран Кум Мешхед Тебриз Гянджа Москва Стамбул Анкара Багдад Дамаск Бейрут Кабул
		Тбилиси Ереван Алеппо Мосул Грозный Махачкала Нахичевань`,
	)

	// givenNames are common first names across the languages dossier reads; a capitalised pair
	// that opens with one is very likely a person.
	givenNames = words(
		`Muhammad Mohammad Mohammed Muhammed Mahammad Məhəmməd Mehmet Ahmad Ahmed Əhməd Ali Əli
		Hassan Hasan Həsən Hussein Husayn Hossein Hüseyn Hüseyin Huseyn Abbas Abbas Mahdi Mehdi
		Reza Rza Qasem Qassem Qassim Ghasem Kasım Ibrahim Ebrahim İbrahim Ismail İsmayıl Ismayil
		Yusuf Yousef Yunis Yunus Omar Umar Ömer Osman Uthman Khalid Khaled Abdullah Abdallah
		Abdul Abd Abu Mustafa Mostafa Mustafa Hamza Hamid Hameed Mahmoud Mahmud Karim Kerim Rasul
		Rasool Jafar Cəfər Javad Cavad Tawhid Tovhid Tohid Tawheed Taleh Talеh Elmar Elnur Elvin
		Elshad Elçin Ilham İlham Heydar Heydər Ramil Rashad Rəşad Orxan Orkhan Farid Fərid Vugar
		Vüqar Tural Anar Rauf Ruslan Samir Səmir Faik Faiq Almir Rami Vas Bashar Hafez Nasser
		Nasrallah Hassan Zainab Zeynab Fatima Fatimə Fatemeh Maryam Məryəm Aisha Leyla Leila Aynur
		Günel Sevinc Nigar Qasim Isgender İsgəndər Iskander Suleiman Sulejman Süleyman Soltan
		Amir Emir Nuri Murad Murat Kamal Kemal Recep Ahmet Mehmet Mustafa Bekir Burak Can Emre
		Ivan Sergei Sergey Vladimir Dmitry Dmitri Alexei Alexey Alexander Aleksandr Nikolai
		Mikhail Andrei Andrey Yuri Igor Oleg Viktor Pavel Ramzan Magomed Akhmad Shamil
		John James Michael David Robert William Richard Thomas Mark Peter Paul George Joseph
		Mary Sarah Anna Maria Elena
		Мухаммед Магомед Ахмед Али Хасан Гасан Хусейн Ибрагим Рамзан Ахмат Шамиль Иван Сергей
		Владимир Дмитрий Алексей Александр Николай Михаил Андрей Юрий Игорь Олег Виктор Павел
		Ильхам Эльмар Тофик Тогрул Рамиль Абу Умм`,
	)

	// connectors join the parts of one name.
	connectorWords = words(`of de del della di da van von der den du le la bin ibn bint ben
		oglu oğlu ogly oglı oğlı qizi qızı kizi kızı gizi оглы кызы al el ad ar as ash at az an ud
		ul ed`)

	// patronymic connectors ("Taleh Hasan oglu Goyushov") make the name a person.
	patronymicWords = words(`oglu oğlu ogly oglı oğlı qizi qızı kizi kızı gizi оглы кызы`)

	// arabic particles before a hyphen ("al-Assad", "Al-Arabiya").
	articleWords = words(`al el ad ar as ash at az an ud ul ed`)

	// kinshipWords join a person's name to an ancestor ("bin", "ibn").
	kinshipWords = words(`bin ibn bint ben`)

	// channelWords after a name make it a channel; before a quoted name likewise.
	channelWords = words(`channel channels account accounts page handle feed blog website site
		kanal kanalı kanalında hesabı səhifəsi sayt saytı hesabı sayfası канал канала аккаунт
		страница сайт`)

	// platformWords are the platforms a channel lives on.
	arabicPlatform = words(`تلگرامی تلگرام تليجرام تلغرام تيليغرام يوتيوب یوتیوب اینستاگرام
		إنستغرام فيسبوك تويتر`)
	platformWords = words(`Telegram YouTube Twitter X Instagram Facebook TikTok VK VKontakte
		WhatsApp Rutube Odnoklassniki Threads Bluesky Signal Rumble Telegram-kanal Телеграм
		Telegram-канал Ютуб`)

	// documentWords after a name make it a cited document ("the Al-Arabiya report").
	documentWords = words(`report reports article study paper book statement communique
		communiqué memo dossier brief briefing bulletin analysis survey hesabat hesabatı məqalə
		məqaləsi rapor raporu makale makalesi доклад отчет отчёт статья
		agreement treaty accord accords resolution declaration convention charter fatwa manifesto
		sazişi bəyannaməsi anlaşması antlaşması соглашение договор резолюция`)

	// eventHeads close (or, with "of", open) the name of an event ("Nagorno-Karabakh War",
	// "Battle of Aleppo", "Operation Olive Branch").
	eventHeads = words(`War Wars Battle Massacre Conference Summit Uprising Revolution Offensive
		Bombing Bombings Siege Intifada Operation Invasion Crisis Forum Congress_of
		Müharibəsi Döyüşü Qırğını Konfransı Sammiti Savaşı Muharebesi Katliamı Harekâtı Operasyonu
		Война Битва Операция Конференция Саммит Резня`)
	eventOpeners = words(`Battle Operation Siege Massacre Conquest Liberation`)

	// orgClassWords are lower-case nouns that, next to a quoted name, say it names a group.
	orgClassWords = words(`группировки группировку группировкой группы движения организации
		агентство агентства газета газеты издание agency newspaper agentliyi agentliyinin ajansı
		group movement militia organization organisation brigade battalion
		network party faction front cell unit wing force forces army
		qrup qrupu qruplaşma qruplaşması hərəkat hərəkatı təşkilat təşkilatı dəstə dəstəsi
		grup grubu hareket hareketi örgüt örgütü cemaat
		группа группировка движение организация бригада батальон ячейка партия`)

	// speechVerbs after a sentence's first word make it a name ("Khamenei said").
	speechVerbs = words(`said says told added stated claimed denied announced warned declared
		argued wrote insisted confirmed tweeted posted
		bildirib deyib açıqlayıb vurğulayıb qeyd dedi açıkladı belirtti söyledi
		заявил заявила заявили сообщил сообщила сказал сказала отметил подчеркнул`)

	// placePreps are prepositions that, right before a capitalised word, make it a place.
	placePreps = words(`in at near from outside inside across throughout into toward towards via
		around within в во из под около близ возле`)

	// aliasCues between two names make the second an alias of the first.
	nameCues = words(`called named dubbed so-called nicknamed titled styled entitled
		adlı adlanan adlandırılan isimli adındaki называемый называемая называемое названием
		имени`)

	// groupSuffixes mark the names of movements formed from a person's or place's name
	// ("Husseiniyun", "Fatemiyoun", "Hüseynçilər").
	groupSuffixes = []string{"iyyun", "iyun", "iyoun", "iyyoun", "iyoon", "iyyin", "'yon",
		"yoon", "youn", "çilər", "çılar", "cilər", "cılar", "chilar", "chiler", "çular", "çiler",
		"çılar"}

	// personSuffixes are surname endings of Azerbaijani, Turkish, Russian and Persian names.
	personSuffixes = []string{"ov", "ova", "ev", "eva", "yev", "yeva", "iyev", "zadə", "zade",
		"zadeh", "bəyli", "beyli", "begli", "li", "lı", "lu", "lü", "ski", "sky", "skiy", "skaya",
		"enko", "ovich", "evich", "ovna", "evna", "yan", "oğlu", "ов", "ова", "ев", "ева", "ин",
		"ина", "ский", "ская", "заде", "ли", "лы", "ович", "евич", "овна", "евна", "ич"}

	// cyrillicPatronymic endings ("Иванович") make a Cyrillic sequence a person.
	cyrillicPatronymic = []string{"ович", "евич", "ич", "овна", "евна", "ична", "инична"}

	// turkicSuffixes follow an apostrophe on a proper name in Azerbaijani and Turkish
	// ("Bakı'da", "Qum'dan", "İran'ın"); locative and ablative ones make it a place.
	turkicSuffixes = words(`da də de ta tə te dan dən den tan tən ten a ə e ya yə ye ı i u ü
		ın in un ün nın nin nun nün yı yi yu yü nı ni nu nü la lə le yla ylə yle dakı dəki deki
		taki təki teki daki ki lar lər ler lardan lərdən dır dir dur dür`)
	turkicLocative = words(`da də de ta tə te dan dən den tan tən ten dakı dəki deki taki təki teki`)

	// Arabic and Persian script cues. Script without capitals gives no shape to go on, so these
	// words open a name: organisation heads, titles, and the words that end one.
	arabicOrgHeads = words(`حركة حركه لواء الوية ألوية كتائب كتيبة حزب سپاه جنبش جيش جيش سرايا
		عصائب أنصار انصار تنظيم جماعة جماعت جبهة جبهه فيلق منظمة سازمان مجلس قوات نیروی نیروهای
		لشکر تیپ گردان الحشد حشد خبرگزاری وكالة وکالت صحيفة روزنامه شبکه`)
	arabicTitles = words(`الشيخ شيخ شیخ السيد سيد سید آية_الله آیت‌الله آيت_الله آيةالله آیت_الله
		سردار الرئيس رئیس‌جمهور رئيس الجنرال العميد اللواء القائد الحاج حاج حجت‌الاسلام حجت_الاسلام
		سرلشکر سرتیپ الإمام الامام امام المدعو الإرهابي`)
	// arabicGivenNames open a person's name in Arabic or Persian script without a title. "علي"
	// is left out: it folds like the preposition "على".
	arabicGivenNames = words(`محمد محمود أحمد احمد حسن حسين قاسم إبراهيم ابراهيم إسماعيل اسماعيل
		يوسف عمر عثمان خالد عبدالله عبد مصطفى حمزة حامد كريم رسول جعفر جواد مهدي رضا عباس توحيد
		هادي نوري مقتدى فالح أكرم قيس سليمان نصرالله حسام طاهر ياسر فاطمة زينب مريم عائشة
		محمدرضا علیرضا علي‌رضا سعید حمید مجید اسماعیل ابراهیم مهدی جواد حسین تقی نقی امیر بهروز
		داود ناصر منصور کاظم کاظم مسعود`)
	forwardWords = words(`forwarded reposted shared retweeted переслано переслал пересланное`)
	arabicKin    = words(`بن ابن بنت`)
	arabicKunya  = words(`ابو أبو أبا ابا ام أم`)
	arabicStop   = words(`و في من إلى الى عن أن ان الذي التي الذين هذا هذه ذلك تلك هو هي هم
		كان كانت قد لقد ثم أو او مع بعد قبل عند منذ حتى بين ضد لم لن ما لا إن كما حيث عام سنة
		رهبر فرمانده عضو سخنگوی مسئول بنیانگذار پیش پس بعد قبل دیدار حمایت گفته اعلام کردند
		شدند هست بودند همچنین ولی هنوز اکنون امروز دیروز
		قال قالت وقال وقالت أكد اكد يوم
		در از به با که را این آن است بود شد برای تا یک هم نیز و یا اما پس بر روی های ها می را
		خود وی او ایشان شده کرد کرده گفت سال`)
	arabicChannel = words(`قناة قناه کانال صفحة حساب`)
)

// orgHeadStems are the stems of Azerbaijani, Turkish and Russian organisation heads, which
// take case and possessive endings ("Briqadaları", "Tugayları", "Службы", "Корпуса").
var orgHeadStems = foldAll(`briqada hərəkat təşkilat partiya cəbhə qüvvə ordus şura mərkəz ittifaq
	qruplaşma xidmət batalyon korpus nazirliy agentliy müqavimət hareket örgüt partis tugay
	cephe kuvvet konsey merkez bakanlığ teşkilat derneğ vakf direniş servis prokurorluğ
	prokurorluq idarəs komitəs savcılığ müdürlüğ emniyet прокуратур
	движени бригад корпус парти фронт арми батальон совет центр институт организаци союз
	министерств агентств группировк служб комитет полк отряд управлени сопротивлени`)

func foldAll(list string) []string {
	var out []string
	for _, w := range strings.Fields(list) {
		out = append(out, normalize.Fold(w))
	}
	return out
}

// stemsByByte indexes orgHeadStems by their first byte.
var stemsByByte = func() (t [256][]string) {
	for _, s := range orgHeadStems {
		t[s[0]] = append(t[s[0]], s)
	}
	return t
}()

// isOrgHead reports whether a folded word is an organisation head, in any case form.
func isOrgHead(f string) bool {
	if orgHeads.has(f) {
		return true
	}
	if f == "" {
		return false
	}
	for _, s := range stemsByByte[f[0]] {
		if strings.HasPrefix(f, s) && len(f)-len(s) <= 8 {
			return true
		}
	}
	return false
}

func init() {
	for _, l := range []*[]string{&groupSuffixes, &personSuffixes, &cyrillicPatronymic} {
		for i, s := range *l {
			(*l)[i] = normalize.Fold(s)
		}
	}
}

// hasSuffix reports whether a folded token ends with one of the folded suffixes and keeps a
// stem of at least three bytes.
func hasSuffix(folded string, suffixes []string) bool {
	for _, s := range suffixes {
		if len(folded) >= len(s)+3 && strings.HasSuffix(folded, s) {
			return true
		}
	}
	return false
}
