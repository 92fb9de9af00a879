package gazetteer

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// CountryID returns the synthetic place id of the country with ISO 3166-1 alpha-2 code cc
// ("IR"), or 0 when cc is not two ASCII letters. GeoNames cities500 has no country rows, so
// countries get ids above every GeoNames id: 0xFF000000 | cc[0]<<8 | cc[1], upper case.
func CountryID(cc string) uint32 {
	if len(cc) != 2 {
		return 0
	}
	a, b := upper(cc[0]), upper(cc[1])
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return 0
	}
	return 0xFF000000 | uint32(a)<<8 | uint32(b)
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// Countries returns the countries of the gazetteer, in ISO code order, with their names in
// English (Name), Azerbaijani, Turkish, Russian, Persian and Arabic and other usual forms
// (Names), English adjectives (Adjectives), approximate population and the coordinates of their
// capital.
func Countries() []Place {
	g := get()
	i := slices.IndexFunc(g.places, func(p Place) bool { return p.ID >= 0xFF000000 })
	return slices.Clone(g.places[i:])
}

// Adjective returns the country an English adjective or demonym refers to: "Iranian",
// "Azeri", "Iranians", "Saudis" (case and diacritics do not matter). The recogniser uses it for
// nationality and for "Iranian-backed"; Find does not return adjectives.
func Adjective(word string) (Place, bool) {
	g := get()
	k := Key(word)
	i, ok := g.adjectives[k]
	if !ok && strings.HasSuffix(k, "s") {
		i, ok = g.adjectives[k[:len(k)-1]]
	}
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Country returns the country with ISO 3166-1 alpha-2 code cc.
func Country(cc string) (Place, bool) { return Get(CountryID(cc)) }

// countryTable lists the countries most relevant to the region and to world news, one per line
// (the order does not matter: ids come from the ISO code):
//
//	ISO | English | Azerbaijani | Turkish | Russian | Persian | Arabic | population in thousands |
//	English adjectives and demonyms | other names
//
// The names are the countries' usual short names in each language (public facts, as used by the
// countries' own and neighbouring press); populations are rounded estimates for 2023–2024.
var countryTable = []string{
	"AE|United Arab Emirates|Birləşmiş Ərəb Əmirlikləri|Birleşik Arap Emirlikleri|Объединённые Арабские Эмираты|امارات متحده عربی|الإمارات العربية المتحدة|9400|Emirati|UAE,Emirates,the Emirates,ОАЭ,امارات,الإمارات",
	"AF|Afghanistan|Əfqanıstan|Afganistan|Афганистан|افغانستان|أفغانستان|41000|Afghan,Afghani|Islamic Emirate of Afghanistan,Islamic Republic of Afghanistan",
	"AL|Albania|Albaniya|Arnavutluk|Албания|آلبانی|ألبانيا|2800|Albanian|",
	"AM|Armenia|Ermənistan|Ermenistan|Армения|ارمنستان|أرمينيا|3000|Armenian|Republic of Armenia,Hayastan",
	"AT|Austria|Avstriya|Avusturya|Австрия|اتریش|النمسا|9100|Austrian|",
	"AU|Australia|Avstraliya|Avustralya|Австралия|استرالیا|أستراليا|26600|Australian|",
	"AZ|Azerbaijan|Azərbaycan|Azerbaycan|Азербайджан|جمهوری آذربایجان|أذربيجان|10100|Azerbaijani,Azeri,Azerbaijanian|Republic of Azerbaijan,Azərbaycan Respublikası,Azerbaidjan,Азербайджанская Республика,آذربایجان",
	"BA|Bosnia and Herzegovina|Bosniya və Herseqovina|Bosna-Hersek|Босния и Герцеговина|بوسنی و هرزگوین|البوسنة والهرسك|3200|Bosnian|Bosnia,Bosnia-Herzegovina,Bosniya,Bosna,Босния,بوسنی,البوسنة",
	"BD|Bangladesh|Banqladeş|Bangladeş|Бангладеш|بنگلادش|بنغلاديش|173000|Bangladeshi|",
	"BE|Belgium|Belçika|Belçika|Бельгия|بلژیک|بلجيكا|11700|Belgian|",
	"BG|Bulgaria|Bolqarıstan|Bulgaristan|Болгария|بلغارستان|بلغاريا|6400|Bulgarian|",
	"BH|Bahrain|Bəhreyn|Bahreyn|Бахрейн|بحرین|البحرين|1500|Bahraini|Kingdom of Bahrain,بحرين,مملكة البحرين",
	"BR|Brazil|Braziliya|Brezilya|Бразилия|برزیل|البرازيل|216000|Brazilian|Brasil",
	"BY|Belarus|Belarus|Belarus|Белоруссия|بلاروس|بيلاروسيا|9200|Belarusian,Belarussian|Беларусь,Belorussia,روسیه سفید",
	"CA|Canada|Kanada|Kanada|Канада|کانادا|كندا|40000|Canadian|",
	"CH|Switzerland|İsveçrə|İsviçre|Швейцария|سوئیس|سويسرا|8800|Swiss|",
	"CN|China|Çin|Çin|Китай|چین|الصين|1410000|Chinese|People's Republic of China,PRC,Çin Xalq Respublikası,КНР",
	"CU|Cuba|Kuba|Küba|Куба|کوبا|كوبا|11000|Cuban|",
	"CY|Cyprus|Kipr|Kıbrıs|Кипр|قبرس|قبرص|1300|Cypriot|",
	"CZ|Czechia|Çexiya|Çekya|Чехия|چک|التشيك|10900|Czech|Czech Republic,Çek Cumhuriyeti,جمهوری چک,جمهورية التشيك",
	"DE|Germany|Almaniya|Almanya|Германия|آلمان|ألمانيا|84000|German|Deutschland,Federal Republic of Germany",
	"DK|Denmark|Danimarka|Danimarka|Дания|دانمارک|الدنمارك|5900|Danish,Dane|",
	"DZ|Algeria|Əlcəzair|Cezayir|Алжир|الجزایر|الجزائر|45000|Algerian|",
	"EE|Estonia|Estoniya|Estonya|Эстония|استونی|إستونيا|1400|Estonian|",
	"EG|Egypt|Misir|Mısır|Египет|مصر|مصر|112000|Egyptian|Arab Republic of Egypt",
	"ER|Eritrea|Eritreya|Eritre|Эритрея|اریتره|إريتريا|3700|Eritrean|",
	"ES|Spain|İspaniya|İspanya|Испания|اسپانیا|إسبانيا|48000|Spanish,Spaniard|España",
	"ET|Ethiopia|Efiopiya|Etiyopya|Эфиопия|اتیوپی|إثيوبيا|126000|Ethiopian|",
	"FI|Finland|Finlandiya|Finlandiya|Финляндия|فنلاند|فنلندا|5600|Finnish,Finn|",
	"FR|France|Fransa|Fransa|Франция|فرانسه|فرنسا|68000|French|French Republic",
	"GB|United Kingdom|Böyük Britaniya|Birleşik Krallık|Великобритания|بریتانیا|المملكة المتحدة|68000|British,Briton|UK,U.K.,Britain,Great Britain,Birləşmiş Krallıq,İngiltere,Соединённое Королевство,انگلستان,انگلیس,بريطانيا",
	"GE|Georgia|Gürcüstan|Gürcistan|Грузия|گرجستان|جورجيا|3700|Georgian|Sakartvelo,Грузинская Республика",
	"GR|Greece|Yunanıstan|Yunanistan|Греция|یونان|اليونان|10400|Greek|Hellas",
	"HU|Hungary|Macarıstan|Macaristan|Венгрия|مجارستان|المجر|9600|Hungarian|",
	"ID|Indonesia|İndoneziya|Endonezya|Индонезия|اندونزی|إندونيسيا|278000|Indonesian|",
	"IE|Ireland|İrlandiya|İrlanda|Ирландия|ایرلند|أيرلندا|5300|Irish|",
	"IL|Israel|İsrail|İsrail|Израиль|اسرائیل|إسرائيل|9800|Israeli|State of Israel",
	"IN|India|Hindistan|Hindistan|Индия|هند|الهند|1430000|Indian|Republic of India",
	"IQ|Iraq|İraq|Irak|Ирак|عراق|العراق|45000|Iraqi|Republic of Iraq,جمهورية العراق",
	"IR|Iran|İran|İran|Иран|ایران|إيران|89000|Iranian,Persian|Persia,Islamic Republic of Iran,Islamic Republic,İran İslam Respublikası,İran İslam Cumhuriyeti,Исламская Республика Иран,جمهوری اسلامی ایران,جمهوری اسلامی,الجمهورية الإسلامية الإيرانية,ايران",
	"IT|Italy|İtaliya|İtalya|Италия|ایتالیا|إيطاليا|59000|Italian|",
	"JO|Jordan|İordaniya|Ürdün|Иордания|اردن|الأردن|11300|Jordanian|Hashemite Kingdom of Jordan,المملكة الأردنية الهاشمية",
	"JP|Japan|Yaponiya|Japonya|Япония|ژاپن|اليابان|124000|Japanese|",
	"KG|Kyrgyzstan|Qırğızıstan|Kırgızistan|Киргизия|قرقیزستان|قيرغيزستان|7000|Kyrgyz,Kirghiz|Kirghizia,Кыргызстан,قرقیزستان",
	"KP|North Korea|Şimali Koreya|Kuzey Kore|Северная Корея|کره شمالی|كوريا الشمالية|26000|North Korean|DPRK,КНДР",
	"KR|South Korea|Cənubi Koreya|Güney Kore|Южная Корея|کره جنوبی|كوريا الجنوبية|52000|South Korean|Republic of Korea",
	"KW|Kuwait|Küveyt|Kuveyt|Кувейт|کویت|الكويت|4300|Kuwaiti|State of Kuwait",
	"KZ|Kazakhstan|Qazaxıstan|Kazakistan|Казахстан|قزاقستان|كازاخستان|20000|Kazakh,Kazakhstani|",
	"LB|Lebanon|Livan|Lübnan|Ливан|لبنان|لبنان|5500|Lebanese|Lebanese Republic,الجمهورية اللبنانية",
	"LT|Lithuania|Litva|Litvanya|Литва|لیتوانی|ليتوانيا|2900|Lithuanian|",
	"LV|Latvia|Latviya|Letonya|Латвия|لتونی|لاتفيا|1900|Latvian|",
	"LY|Libya|Liviya|Libya|Ливия|لیبی|ليبيا|7000|Libyan|",
	"MA|Morocco|Mərakeş|Fas|Марокко|مراکش|المغرب|37000|Moroccan|Kingdom of Morocco",
	"MD|Moldova|Moldova|Moldova|Молдавия|مولداوی|مولدوفا|2500|Moldovan|Молдова",
	"ML|Mali|Mali|Mali|Мали|مالی|مالي|23000|Malian|",
	"MX|Mexico|Meksika|Meksika|Мексика|مکزیک|المكسيك|129000|Mexican|",
	"MY|Malaysia|Malayziya|Malezya|Малайзия|مالزی|ماليزيا|34000|Malaysian|",
	"NE|Niger|Niger|Nijer|Нигер|نیجر|النيجر|27000|Nigerien|",
	"NG|Nigeria|Nigeriya|Nijerya|Нигерия|نیجریه|نيجيريا|223000|Nigerian|",
	"NL|Netherlands|Niderland|Hollanda|Нидерланды|هلند|هولندا|17900|Dutch|Holland,the Netherlands,Голландия",
	"NO|Norway|Norveç|Norveç|Норвегия|نروژ|النرويج|5500|Norwegian|",
	"OM|Oman|Oman|Umman|Оман|عمان|سلطنة عمان|4600|Omani|Sultanate of Oman",
	"PK|Pakistan|Pakistan|Pakistan|Пакистан|پاکستان|باكستان|240000|Pakistani|Islamic Republic of Pakistan",
	"PL|Poland|Polşa|Polonya|Польша|لهستان|بولندا|37000|Polish,Pole|",
	"PS|Palestine|Fələstin|Filistin|Палестина|فلسطین|فلسطين|5400|Palestinian|State of Palestine,Palestinian Territories,دولة فلسطين",
	"PT|Portugal|Portuqaliya|Portekiz|Португалия|پرتغال|البرتغال|10400|Portuguese|",
	"QA|Qatar|Qətər|Katar|Катар|قطر|قطر|2700|Qatari|State of Qatar",
	"RO|Romania|Rumıniya|Romanya|Румыния|رومانی|رومانيا|19000|Romanian|",
	"RS|Serbia|Serbiya|Sırbistan|Сербия|صربستان|صربيا|6600|Serbian,Serb|",
	"RU|Russia|Rusiya|Rusya|Россия|روسیه|روسيا|144000|Russian|Russian Federation,Rusiya Federasiyası,Rusya Federasyonu,Российская Федерация,РФ,فدراسیون روسیه,روسيا الاتحادية",
	"SA|Saudi Arabia|Səudiyyə Ərəbistanı|Suudi Arabistan|Саудовская Аравия|عربستان سعودی|السعودية|36000|Saudi,Saudi Arabian|Kingdom of Saudi Arabia,Saudi,KSA,Səudiyyə,عربستان,المملكة العربية السعودية",
	"SD|Sudan|Sudan|Sudan|Судан|سودان|السودان|48000|Sudanese|",
	"SE|Sweden|İsveç|İsveç|Швеция|سوئد|السويد|10500|Swedish,Swede|",
	"SO|Somalia|Somali|Somali|Сомали|سومالی|الصومال|18000|Somali,Somalian|",
	"SY|Syria|Suriya|Suriye|Сирия|سوریه|سوريا|23000|Syrian|Syrian Arab Republic,سورية,الجمهورية العربية السورية",
	"TJ|Tajikistan|Tacikistan|Tacikistan|Таджикистан|تاجیکستان|طاجيكستان|10000|Tajik,Tajikistani|",
	"TM|Turkmenistan|Türkmənistan|Türkmenistan|Туркмения|ترکمنستان|تركمانستان|6500|Turkmen|Туркменистан",
	"TN|Tunisia|Tunis|Tunus|Тунис|تونس|تونس|12000|Tunisian|",
	"TR|Turkey|Türkiyə|Türkiye|Турция|ترکیه|تركيا|85000|Turkish,Turk|Türkiye,Turkiye,Republic of Turkey,Türkiye Cumhuriyeti,Türkiyə Respublikası,Турецкая Республика",
	"UA|Ukraine|Ukrayna|Ukrayna|Украина|اوکراین|أوكرانيا|37000|Ukrainian|",
	"US|United States|Amerika Birləşmiş Ştatları|Amerika Birleşik Devletleri|Соединённые Штаты Америки|ایالات متحده آمریکا|الولايات المتحدة|335000|American|United States of America,US,USA,U.S.,U.S.A.,America,ABŞ,ABD,Amerika,США,Америка,آمریکا,امریکا,ایالات متحده,أمريكا,الولايات المتحدة الأمريكية",
	"UZ|Uzbekistan|Özbəkistan|Özbekistan|Узбекистан|ازبکستان|أوزبكستان|36000|Uzbek,Uzbekistani|",
	"VE|Venezuela|Venesuela|Venezuela|Венесуэла|ونزوئلا|فنزويلا|28000|Venezuelan|",
	"XK|Kosovo|Kosovo|Kosova|Косово|کوزوو|كوسوفو|1800|Kosovar,Kosovan|",
	"YE|Yemen|Yəmən|Yemen|Йемен|یمن|اليمن|34000|Yemeni|Republic of Yemen,الجمهورية اليمنية",
	"AR|Argentina|Argentina|Arjantin|Аргентина|آرژانتین|الأرجنتين|46000|Argentine,Argentinian|",
	"BF|Burkina Faso|Burkina-Faso|Burkina Faso|Буркина-Фасо|بورکینافاسو|بوركينا فاسو|23000|Burkinabe|",
	"CD|DR Congo|Konqo Demokratik Respublikası|Kongo Demokratik Cumhuriyeti|Демократическая Республика Конго|جمهوری دموکراتیک کنگو|جمهورية الكونغو الديمقراطية|102000|Congolese|Democratic Republic of the Congo,DRC,ДР Конго",
	"CL|Chile|Çili|Şili|Чили|شیلی|تشيلي|19600|Chilean|",
	"CO|Colombia|Kolumbiya|Kolombiya|Колумбия|کلمبیا|كولومبيا|52000|Colombian|",
	"DJ|Djibouti|Cibuti|Cibuti|Джибути|جیبوتی|جيبوتي|1100|Djiboutian|",
	"HR|Croatia|Xorvatiya|Hırvatistan|Хорватия|کرواسی|كرواتيا|3900|Croatian,Croat|",
	"IS|Iceland|İslandiya|İzlanda|Исландия|ایسلند|آيسلندا|390|Icelandic|",
	"KE|Kenya|Keniya|Kenya|Кения|کنیا|كينيا|55000|Kenyan|",
	"LK|Sri Lanka|Şri-Lanka|Sri Lanka|Шри-Ланка|سری‌لانکا|سريلانكا|22000|Sri Lankan|",
	"LU|Luxembourg|Lüksemburq|Lüksemburg|Люксембург|لوکزامبورگ|لوكسمبورغ|660|Luxembourgish|",
	"ME|Montenegro|Monteneqro|Karadağ|Черногория|مونته‌نگرو|الجبل الأسود|620|Montenegrin|",
	"MK|North Macedonia|Şimali Makedoniya|Kuzey Makedonya|Северная Македония|مقدونیه شمالی|مقدونيا الشمالية|1800|Macedonian|Macedonia,Makedoniya,Makedonya,Македония",
	"MM|Myanmar|Myanma|Myanmar|Мьянма|میانمار|ميانمار|54000|Burmese|Burma,Бирма",
	"MN|Mongolia|Monqolustan|Moğolistan|Монголия|مغولستان|منغوليا|3400|Mongolian|",
	"MR|Mauritania|Mavritaniya|Moritanya|Мавритания|موریتانی|موريتانيا|4900|Mauritanian|Islamic Republic of Mauritania",
	"MZ|Mozambique|Mozambik|Mozambik|Мозамбик|موزامبیک|موزمبيق|33000|Mozambican|",
	"NP|Nepal|Nepal|Nepal|Непал|نپال|نيبال|30000|Nepali,Nepalese|",
	"NZ|New Zealand|Yeni Zelandiya|Yeni Zelanda|Новая Зеландия|نیوزیلند|نيوزيلندا|5200|New Zealander|",
	"PE|Peru|Peru|Peru|Перу|پرو|بيرو|34000|Peruvian|",
	"PH|Philippines|Filippin|Filipinler|Филиппины|فیلیپین|الفلبين|117000|Filipino,Philippine|the Philippines",
	"SG|Singapore|Sinqapur|Singapur|Сингапур|سنگاپور|سنغافورة|5900|Singaporean|",
	"SI|Slovenia|Sloveniya|Slovenya|Словения|اسلوونی|سلوفينيا|2100|Slovenian,Slovene|",
	"SK|Slovakia|Slovakiya|Slovakya|Словакия|اسلواکی|سلوفاكيا|5400|Slovak|",
	"SN|Senegal|Seneqal|Senegal|Сенегал|سنگال|السنغال|18000|Senegalese|",
	"TD|Chad|Çad|Çad|Чад|چاد|تشاد|18000|Chadian|",
	"TH|Thailand|Tailand|Tayland|Таиланд|تایلند|تايلاند|70000|Thai|",
	"TW|Taiwan|Tayvan|Tayvan|Тайвань|تایوان|تايوان|23000|Taiwanese|",
	"TZ|Tanzania|Tanzaniya|Tanzanya|Танзания|تانزانیا|تنزانيا|67000|Tanzanian|",
	"UG|Uganda|Uqanda|Uganda|Уганда|اوگاندا|أوغندا|48000|Ugandan|",
	"VN|Vietnam|Vyetnam|Vietnam|Вьетнам|ویتنام|فيتنام|99000|Vietnamese|Viet Nam",
	"ZA|South Africa|Cənubi Afrika|Güney Afrika|Южная Африка|آفریقای جنوبی|جنوب أفريقيا|62000|South African|Cənubi Afrika Respublikası,ЮАР",
}

// countryPlaces builds the country rows from countryTable, placing each country at its capital
// (the most populous PPLC place of that country, else its most populous place).
func countryPlaces(places []Place) []Place {
	capital := map[string]*Place{}
	for i := range places {
		p := &places[i]
		c := capital[p.Country]
		switch {
		case c == nil:
			capital[p.Country] = p
		case (p.Feature == "PPLC") != (c.Feature == "PPLC"):
			if p.Feature == "PPLC" {
				capital[p.Country] = p
			}
		case p.Population > c.Population:
			capital[p.Country] = p
		}
	}
	out := make([]Place, 0, len(countryTable))
	for _, line := range countryTable {
		f := strings.Split(line, "|")
		pop, _ := strconv.ParseUint(f[7], 10, 32)
		p := Place{ID: CountryID(f[0]), Name: f[1], ASCIIName: f[1], Country: f[0], Feature: "PCLI",
			Population: uint32(pop) * 1000}
		for _, n := range f[2:7] {
			if n != "" && n != p.Name && !slices.Contains(p.Names, n) {
				p.Names = append(p.Names, n)
			}
		}
		for _, n := range strings.Split(f[9], ",") {
			if n != "" && !slices.Contains(p.Names, n) {
				p.Names = append(p.Names, n)
			}
		}
		p.Adjectives = strings.Split(f[8], ",")
		if c := capital[p.Country]; c != nil {
			p.Lat, p.Lon = c.Lat, c.Lon
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Place) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
