package gazetteer

import (
	"hash/fnv"
	"strconv"
	"strings"
)

// RegionID returns the synthetic place id of the region, sea, river or former state whose
// English name is name (as in Regions): 0xFE000000 | the low 24 bits of the FNV-1a hash of the
// name. The ids stay the same when the table is reordered; a test checks that none collide.
func RegionID(name string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(name))
	return 0xFE000000 | h.Sum32()&0x00FFFFFF
}

// Regions returns the places of the region table: continents and world regions, seas, gulfs,
// straits and rivers, first-order divisions and disputed territories of the region of interest,
// and former states — the places the news names that GeoNames cities500 (populated places only)
// does not hold. Their Population is 0; Lookup and Find rank them as places of a million people.
func Regions() []Place {
	g := get()
	var out []Place
	for _, p := range g.places {
		if p.ID >= 0xFE000000 && p.ID < 0xFF000000 {
			out = append(out, p)
		}
	}
	return out
}

// regionRank is the population a region counts for in ranking.
const regionRank = 1000000

// regionTable lists one place a line:
//
//	English | Azerbaijani | Turkish | Russian | Persian | Arabic | GeoNames feature code |
//	ISO country ("" if several) | lat | lon (of a central point, to 0.1°) | other names
//
// Names are the usual ones of the press in each language (public facts).
var regionTable = []string{
	// Continents and world regions.
	"Europe|Avropa|Avrupa|Европа|اروپا|أوروبا|CONT||50.0|15.0|",
	"Africa|Afrika|Afrika|Африка|آفریقا|أفريقيا|CONT||5.0|20.0|",
	"Asia|Asiya|Asya|Азия|آسیا|آسيا|CONT||45.0|90.0|",
	"Middle East|Yaxın Şərq|Orta Doğu|Ближний Восток|خاورمیانه|الشرق الأوسط|RGN||29.0|42.0|Mideast,Orta Şərq,Ortadoğu,Средний Восток,خاور میانه",
	"South Asia|Cənubi Asiya|Güney Asya|Южная Азия|جنوب آسیا|جنوب آسيا|RGN||23.0|78.0|",
	"Central Asia|Mərkəzi Asiya|Orta Asya|Центральная Азия|آسیای مرکزی|آسيا الوسطى|RGN||43.0|65.0|Средняя Азия",
	"Caucasus|Qafqaz|Kafkasya|Кавказ|قفقاز|القوقاز|RGN||42.5|45.0|Kafkaslar",
	"South Caucasus|Cənubi Qafqaz|Güney Kafkasya|Южный Кавказ|قفقاز جنوبی|جنوب القوقاز|RGN||41.0|45.0|Transcaucasia,Закавказье",
	"North Caucasus|Şimali Qafqaz|Kuzey Kafkasya|Северный Кавказ|قفقاز شمالی|شمال القوقاز|RGN|RU|43.5|44.5|",
	"Levant|Levant|Levant|Левант|لوانت|بلاد الشام|RGN||34.0|36.5|",
	"Gulf states|Körfəz ölkələri|Körfez ülkeleri|Страны Персидского залива|کشورهای حوزه خلیج فارس|دول الخليج|RGN||25.0|51.0|Gulf countries",
	// Seas, gulfs, straits, rivers.
	"Caspian Sea|Xəzər dənizi|Hazar Denizi|Каспийское море|دریای خزر|بحر قزوين|SEA||41.5|50.5|Caspian,Xəzər,Каспий,دریای کاسپین",
	"Black Sea|Qara dəniz|Karadeniz|Чёрное море|دریای سیاه|البحر الأسود|SEA||43.4|34.0|",
	"Mediterranean Sea|Aralıq dənizi|Akdeniz|Средиземное море|دریای مدیترانه|البحر الأبيض المتوسط|SEA||35.0|18.0|Mediterranean,البحر المتوسط",
	"Red Sea|Qırmızı dəniz|Kızıldeniz|Красное море|دریای سرخ|البحر الأحمر|SEA||20.0|38.5|",
	"Persian Gulf|Fars körfəzi|Basra Körfezi|Персидский залив|خلیج فارس|الخليج العربي|GULF||27.0|51.0|Arabian Gulf,الخليج الفارسي",
	"Gulf of Aden|Ədən körfəzi|Aden Körfezi|Аденский залив|خلیج عدن|خليج عدن|GULF||12.5|48.0|",
	"Strait of Hormuz|Hörmüz boğazı|Hürmüz Boğazı|Ормузский пролив|تنگه هرمز|مضيق هرمز|STRT||26.6|56.3|Hormuz Strait",
	"Bab el-Mandeb|Babül-Məndəb|Babülmendep|Баб-эль-Мандеб|تنگه باب‌المندب|باب المندب|STRT||12.6|43.3|Bab al-Mandab",
	"Aras River|Araz çayı|Aras Nehri|Аракс|رود ارس|نهر آراس|STM||39.4|46.0|Araxes",
	"Euphrates|Fərat|Fırat|Евфрат|فرات|الفرات|STM||35.0|40.5|Euphrates River",
	"Tigris|Dəclə|Dicle|Тигр|دجله|دجلة|STM||34.5|43.8|Tigris River",
	// Divisions and territories of the region of interest.
	"Nagorno-Karabakh|Dağlıq Qarabağ|Dağlık Karabağ|Нагорный Карабах|قره‌باغ کوهستانی|ناغورنو كاراباخ|RGN|AZ|39.8|46.7|Karabakh,Qarabağ,Karabağ,Карабах,قره‌باغ,قره باغ,كاراباخ,Artsakh,Арцах",
	"Nakhchivan Autonomous Republic|Naxçıvan Muxtar Respublikası|Nahçıvan Özerk Cumhuriyeti|Нахичеванская Автономная Республика|جمهوری خودمختار نخجوان|جمهورية ناخيتشيفان ذاتية الحكم|ADM1|AZ|39.3|45.4|Nakhchivan AR,Naxçıvan MR",
	"Zangezur|Zəngəzur|Zengezur|Зангезур|زنگزور|زنجزور|RGN|AM|39.3|46.2|Zangezur Corridor,Zəngəzur dəhlizi,Zengezur Koridoru,Зангезурский коридор,کریدور زنگزور,ممر زنجزور,Syunik,Сюник",
	"Iranian Azerbaijan|Cənubi Azərbaycan|Güney Azerbaycan|Иранский Азербайджан|آذربایجان ایران|أذربيجان الإيرانية|RGN|IR|37.5|46.5|South Azerbaijan,Güney Azerbaycan",
	"West Azerbaijan Province|Qərbi Azərbaycan ostanı|Batı Azerbaycan Eyaleti|Западный Азербайджан|آذربایجان غربی|أذربيجان الغربية|ADM1|IR|37.5|45.0|West Azerbaijan,Qərbi Azərbaycan",
	"East Azerbaijan Province|Şərqi Azərbaycan ostanı|Doğu Azerbaycan Eyaleti|Восточный Азербайджан|آذربایجان شرقی|أذربيجان الشرقية|ADM1|IR|38.0|46.5|East Azerbaijan,Şərqi Azərbaycan",
	"Dagestan|Dağıstan|Dağıstan|Дагестан|داغستان|داغستان|ADM1|RU|42.9|47.1|Daghestan",
	"Chechnya|Çeçenistan|Çeçenistan|Чечня|چچن|الشيشان|ADM1|RU|43.3|45.7|Chechen Republic,Ichkeria,Чеченская Республика,Ичкерия,چچنستان",
	"Ingushetia|İnquşetiya|İnguşetya|Ингушетия|اینگوشتیا|إنغوشيا|ADM1|RU|43.2|45.0|",
	"Kabardino-Balkaria|Kabardin-Balkariya|Kabardey-Balkarya|Кабардино-Балкария|کاباردینو-بالکاریا|قباردينو بلقاريا|ADM1|RU|43.5|43.4|",
	"North Ossetia|Şimali Osetiya|Kuzey Osetya|Северная Осетия|اوستیای شمالی|أوسيتيا الشمالية|ADM1|RU|43.0|44.3|North Ossetia-Alania",
	"Kurdistan|Kürdüstan|Kürdistan|Курдистан|کردستان|كردستان|RGN|IQ|36.2|44.0|Kurdistan Region,Iraqi Kurdistan,KRG,Иракский Курдистан,اقليم كردستان",
	"Khuzestan|Xuzistan|Huzistan|Хузестан|خوزستان|خوزستان|ADM1|IR|31.3|48.7|Ahvaz province",
	"Sistan and Baluchestan|Sistan və Bəlucistan|Sistan ve Beluçistan|Систан и Белуджистан|سیستان و بلوچستان|سيستان وبلوشستان|ADM1|IR|27.5|60.5|Sistan-Baluchestan,Sistan and Baluchistan",
	"Balochistan|Bəlucistan|Belucistan|Белуджистан|بلوچستان|بلوشستان|ADM1|PK|28.5|65.5|Baluchistan,Beluçistan",
	"Khyber Pakhtunkhwa|Xeybər-Paxtunxva|Hayber Pahtunhva|Хайбер-Пахтунхва|خیبر پختونخوا|خيبر بختونخوا|ADM1|PK|34.5|72.0|KPK,North-West Frontier Province",
	"Anbar|Ənbar|Anbar|Анбар|استان الانبار|الأنبار|ADM1|IQ|33.4|42.0|Al Anbar,Al-Anbar,Anbar Governorate,Anbar province,محافظة الأنبار",
	"Nineveh|Neynəva|Ninova|Ниневия|نینوا|نينوى|ADM1|IQ|36.0|42.5|Nineveh Governorate,Nineveh province,Ninawa,محافظة نينوى",
	"Babil Governorate|Babil əyaləti|Babil Valiliği|Бабиль|استان بابل|محافظة بابل|ADM1|IQ|32.5|44.5|Babil province,Babylon province,Babil mühafazası",
	"Diyala|Diyala|Diyala|Дияла|استان دیاله|ديالى|ADM1|IQ|33.8|45.0|Diyala Governorate,Diyala province,محافظة ديالى",
	"Jurf al-Sakhar|Curf əs-Səxər|Cürf es-Sahr|Джурф-эс-Сахр|جرف الصخر|جرف الصخر|PPL|IQ|32.9|44.1|Jurf al-Nasr,Jurf as-Sakhr,جرف النصر",
	"Gaza Strip|Qəzza zolağı|Gazze Şeridi|Сектор Газа|نوار غزه|قطاع غزة|RGN|PS|31.4|34.4|",
	"West Bank|İordan çayının qərb sahili|Batı Şeria|Западный берег реки Иордан|کرانه باختری|الضفة الغربية|RGN|PS|31.9|35.2|Западный берег,Judea and Samaria",
	"Golan Heights|Qolan təpələri|Golan Tepeleri|Голанские высоты|بلندی‌های جولان|مرتفعات الجولان|RGN|SY|33.0|35.8|Golan,الجولان",
	"South Lebanon|Cənubi Livan|Güney Lübnan|Южный Ливан|جنوب لبنان|جنوب لبنان|RGN|LB|33.3|35.4|Southern Lebanon",
	"Bekaa Valley|Bekaa vadisi|Bekaa Vadisi|Долина Бекаа|دره بقاع|سهل البقاع|VAL|LB|33.8|36.0|Bekaa,Beqaa,البقاع",
	"Sinai|Sina yarımadası|Sina Yarımadası|Синайский полуостров|شبه‌جزیره سینا|شبه جزيرة سيناء|PEN|EG|29.5|33.8|Sinai Peninsula,Синай,سيناء",
	"Crimea|Krım|Kırım|Крым|کریمه|القرم|PEN|UA|45.3|34.4|",
	"Donbas|Donbas|Donbas|Донбасс|دونباس|دونباس|RGN|UA|48.0|38.0|Donbass",
	// Former states.
	"Soviet Union|Sovet İttifaqı|Sovyetler Birliği|Советский Союз|اتحاد جماهیر شوروی|الاتحاد السوفيتي|PCLH||55.8|37.6|USSR,SSRİ,SSCB,СССР,شوروی,الاتحاد السوفياتي",
	"Ottoman Empire|Osmanlı İmperiyası|Osmanlı İmparatorluğu|Османская империя|امپراتوری عثمانی|الدولة العثمانية|PCLH||41.0|29.0|",
}

// regionPlaces builds the places of regionTable.
func regionPlaces() []Place {
	out := make([]Place, 0, len(regionTable))
	for _, line := range regionTable {
		f := strings.Split(line, "|")
		lat, _ := strconv.ParseFloat(f[8], 32)
		lon, _ := strconv.ParseFloat(f[9], 32)
		p := Place{ID: RegionID(f[0]), Name: f[0], ASCIIName: f[0], Country: f[7], Feature: f[6],
			Lat: float32(lat), Lon: float32(lon)}
		for _, n := range append(f[1:6], strings.Split(f[10], ",")...) {
			if n != "" && n != p.Name && !contains(p.Names, n) {
				p.Names = append(p.Names, n)
			}
		}
		out = append(out, p)
	}
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// IsRegion reports whether p comes from the region table (see Regions).
func (p Place) IsRegion() bool { return p.ID >= 0xFE000000 && p.ID < 0xFF000000 }
