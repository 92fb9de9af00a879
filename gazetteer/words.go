package gazetteer

import "strings"

// commonWords holds the keys of place names that are also everyday words; Find accepts them only
// in the contexts its documentation gives. Latin and Cyrillic entries are words of English,
// Turkish, Azerbaijani or Russian that name a recognised place; Arabic-script entries are words
// of Arabic or Persian (glossed).
var commonWords = keySet(
	// English.
	"of", "van", "mobile", "reading", "split", "nice", "orange", "surprise", "independence",
	"mission", "sale", "hope", "bath", "march", "may", "deal", "gap", "mesa", "normal", "temple",
	"sunrise", "plantation", "union", "liberty", "bar", "ur", "mit", "hit", "ash", "pop",
	"gold", "bristol", "derby", "sterling", "batman", "sur", "dor", "ray", "man", "bir", "ad",
	"bay", "port", "bend", "globe", "enterprise", "commerce", "paradise", "spring", "summit",
	"vista", "dallas", "mandate", "male", "delta", "colon", "nan", "tal", "tall", "les", "tan",
	"pali", "thal", "override", "salt", "sam", "sari", "bender",
	// Turkish and Azerbaijani.
	"ordu", "agri", "mus", "kale", "merkez", "yeni", "ulus", "ova", "ucar", "qazax", "kazak",
	"lacin", "fuzuli", "cebrayil", "sirvan", "bulanik", "soma", "tokat", "sehir", "ilce",
	// Russian.
	"мир", "орел", "город", "кум", "бор", "мирныи", "луч", "свободныи", "советскии", "победа",
	"знамя", "заря", "октябрьскии", "первомаискии",
	// Arabic and Persian.
	"المدينة",  // "the city" / Medina
	"مدينة",    // "city"
	"الخبر",    // "the news" / al-Khobar
	"خبر",      // "news"
	"الباب",    // "the door" / al-Bab
	"باب",      // "door"
	"الدور",    // "the role" / ad-Dawr
	"دور",      // "role"
	"بلد",      // "country" / Balad
	"حديثة",    // "modern" / Haditha
	"القائم",   // "the standing, the existing" / al-Qa'im
	"قائم",     // "standing"
	"العمارة",  // "architecture" / al-Amarah
	"الخالص",   // "the pure" / al-Khalis
	"جدة",      // "grandmother" / Jeddah
	"العقبة",   // "the obstacle" / Aqaba
	"عقبة",     // "obstacle"
	"معان",     // "meanings" / Ma'an
	"المفرق",   // "the junction" / Mafraq
	"سترة",     // "jacket, cover" / Sitra
	"صور",      // "pictures" / Tyre
	"امل",      // "hope" (and the Amal movement) / Amol
	"الميادين", // "the squares" (and a TV channel) / al-Mayadin
	"نور",      // "light" / Nur
	"میانه",    // "middle" / Miyaneh
	"خوی",      // "temper" / Khoy
	"سراب",     // "mirage" / Sarab
	"آبادان",   // "prosperous" / Abadan
	"ساری",     // "contagious" / Sari
	"گنبد",     // "dome" / Gonbad
	"الحلة",    // "the suit" / Hillah
	"الزرقاء",  // "the blue" / Zarqa
	"وان",      // "and if" (وإن) / Van
	"ان",       // "that, if"
	"عمران",    // "construction", a given name / Amran
	"الزبير",   // a given name / Zubayr
	"شهر",      // "month" (Arabic), "city" (Persian)
)

// contextNames holds keys of recognised places that are more often people's names, or parts of
// organisation names, in the news ("Quds Force", "Al-Quds Brigades"); Find accepts them in Latin
// script only after a preposition of place (see placePrepositions).
var contextNames = keySet(
	"lincoln", "jackson", "madison", "austin", "charlotte", "florence", "eugene", "hamilton",
	"victoria", "chester", "kent", "irving", "richardson", "garland", "preston", "arlington",
	"lancaster", "halifax", "phoenix", "salem", "concord", "providence", "columbia", "jefferson",
	"raleigh", "montgomery", "albany", "trenton", "richmond", "frankfort", "dover", "augusta",
	"lansing", "pierre", "helena", "santa", "marion", "clinton", "franklin", "warren", "murray",
	"vernon", "carmel", "elgin", "joliet", "norman", "tyler", "allen", "abbas", "ali", "hasan",
	"hussein", "karim", "hamza", "fatima", "zahra", "imran", "amran", "zubayr", "jabir", "salman",
	"mahmud", "sultan", "khan", "nasir", "qasim", "qasem", "mahdi", "hadi", "said", "sadr", "bashir", "amir", "amin", "aziz", "omar", "umar", "malik", "haidar",
	"haydar", "jafar", "fuzuli", "nizami", "sabir", "vahid", "samir", "naim", "kamal",
	"hassan", "khasan", "aydin", "david", "george", "jawhar", "rashid",
	"vladimir", "darwin", "brandon", "nigel", "harper", "douglas", "brent", "artem", "virginia",
	"matsumoto", "takasaki", "colombo", "valencia", "dara", "athena", "mao", "stanley", "linden",
	"tan", "jian",
	"quds", "al quds", "kuds", "kudus", "qods", "zaynab", "zainab", "sayyida zaynab",
)

// orgNames holds Arabic-script keys of places that also name organisations; Find skips them
// after one of orgHeads.
var orgNames = keySet("القدس", "قدس")

// orgHeads are the head words of those organisations' names: corps, brigades, force(s), day,
// army (Arabic and Persian).
var orgHeads = keySet("فيلق", "سرايا", "قوة", "قوات", "يوم", "جيش", "نیروی", "نیروهای", "سپاه", "روز", "لشکر")

// placeHeads are capitalised words that may follow a place's name without making it part of
// another name: "Kerman Province", "Baghdad International Airport".
var placeHeads = keySet("province", "city", "governorate", "district", "county", "region", "oblast",
	"airport", "international", "river", "valley", "mountains", "state", "republic", "municipality",
	"ostan", "vilayet", "rayon", "raion", "şəhəri", "rayonu", "ili", "ilçesi")

// placePrepositions are the words after which a place named like a person is accepted.
var placePrepositions = keySet("in", "from", "to", "near", "at", "into", "outside", "of", "city", "province", "town")

// cueWords precede an Arabic-script place name that is also a common word: city, town, village,
// province, district, governorate (Arabic and Persian), and the Persian prepositions in, to, from.
var cueWords = keySet(
	"مدينة", "بمدينة", "لمدينة", "ومدينة", "بلدة", "ببلدة", "وبلدة", "قرية", "محافظة", "بمحافظة",
	"ومحافظة", "قضاء", "ناحية", "ولاية", "منطقة", "بمنطقة", "شهر", "شهرستان", "استان", "بخش",
	"روستای", "در", "به", "از",
)

func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[Key(w)] = true
	}
	return m
}

// neverWords holds keys that Find never takes for a place name: function words and the
// capitalised words of news prose ("But", "Central", "Same") of English, Turkish, Azerbaijani
// and Russian, and frequent words of Arabic and Persian ("كان" was / Cannes). All-capital
// abbreviations ("US") are not affected.
var neverWords = keySet(strings.Fields(`
	nan sine cosine null none true false
	في من إلى الى على عن مع كان كانت يكون تكون هذا هذه ذلك تلك التي الذي الذين قد لقد لم لن أن إن
	ما لا هو هي هم نحن أنا بعد قبل حتى ثم أو كل بين عند منذ خلال حول ضد دون غير بعض أي كما لكن حيث
	إذا قال قالت يوم عام سنة اليوم أمس الآن هنا هناك جدا أيضا فقط وقد وكان وهو وهي ولا وفي ومن وعلى
	الله عبد بن ابن أبو أبي أم نيس مصدر مصادر قوات حزب حركة جيش الجيش الحرس الثوري الإسلامية
	و در به از که این آن را با برای است بود شد شده می نمی هم یک تا بر اما یا اگر هر چه چون کرد کند
	کرده خود ما من تو او آنها دیگر پس پیش روی زیر سال روز ماه شهر نیز باید هیچ همه وی ایشان

	a about above according across act action affairs after again against agency ago air all almost
	along already also although always am ama american amma among an and another any anything are
	area areas army around as asked at authorities authority available away back battalion be
	became because become been before began behind being best better between big bir board body
	both boy brigade brigades brought bu business but by caliphate called came can capital car case
	center central centre tour tours certain change children church city close college come commander
	community company corps could council country county course court da daha day days de death
	defence defense development did didn different district division do does don done door down
	during də each early east eastern economic either embassy emirate empire en end enough even
	ever every example experience eyes face fact fakat family far federal federation feet felt few
	field find first five for force forces foreign form found founded four free from front full
	gave general get gibi give given go god going good got government great group guard göre
	görə half hand hands has have having he head heard held help hem her here high him himself
	his history holy home house how however human həm həmin i if ile ilə important in individual
	information institute intelligence interest international into is ise islamic isə it its
	itself için job john just kadar keep ki kimi kind kingdom knew know known kənd lakin large
	last later law leader least left less let life light like line little local long look looking
	love lower made major make making man many matter may me means media members men middle might
	military militia mind minister ministry miss moment money more mosque most movement much must
	my name national ne need never new news next night no north northern not nothing now number nə
	o of off office often olan olarak olaraq old on once one only open or order other others our
	out over own part party past people per perhaps period place point police political position
	possible power present president press problem problems program province public put question
	quite qədər rather rayon rayonu real really reason regiment region report reports republic
	result revolutionary right road room saint same saw say school second security see seem seemed
	seems seen sense service services set several shall she should show shrine side since small so
	social society some something sonra sources south southern special square state states still
	street study such supreme sure system take taken tell than that the their them themselves then
	there these they thing things think this those though thought three through thus time times to
	today told too took toward town true turn turned two under union unit united university until
	up upon upper us use used var ve very veya village və want war was water way we week well went
	were west western what when where whether which while white who whole whose why will with
	within without word words work world would ya year years yet yok you young your yox çok çox
	önce üçün şu şəhər şəhəri ən əvvəl бы был была были было в
	все вы где город для до его если есть еще ещё её же за
	и из или их как когда которая который может мы на не
	но о он она они от по так также там только тут ты у
	уже что чтобы это я
`)...)
