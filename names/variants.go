package names

import "strings"

// variantGroups lists spellings of one name that the phonetic form alone does not bring
// together. Each line is one group; the first entry names it.
//
// Sources for the spellings (facts, not text): the Azerbaijani Latin alphabet of 1991/1992
// (ə, x = kh, q = g/q, c = j), Turkish orthography (c = j, ç = ch, ğ), the ALA-LC romanisation
// tables for Arabic and Persian (q for ق, Persian "gh"), the BGN/PCGN romanisation of Russian
// (х kh, ж zh), and the spellings of these names in English-language press and in the
// Wikipedia article titles of their best-known bearers (e.g. Qasem Soleimani, Hossein
// Amir-Abdollahian, Mehmed the Conqueror, Cəfər Cabbarlı, Magomed Tolboyev). Group and
// organisation words come from the names the organisations use and the press renders
// (Kata'ib Hizballah in US designations, Kataeb Hezbollah in press, Hizbullah in Malay/Indonesian
// usage).
var variantGroups = []string{
	// Given names.
	"muhammad mohammad mohammed muhammed mohamed mohamad muhamad mehmet mehmed məhəmməd mahammad magomed mukhammad mukhammed muhamed mahomed محمد мухаммад мухаммед магомед",
	"ahmad ahmed ahmet əhməd akhmed akhmad احمد ахмед ахмад",
	"mahmud mahmoud mahmut məhmud makhmud محمود махмуд",
	"mustafa mostafa moustafa mustapha mustafa مصطفى مصطفی мустафа",
	"hussein husayn hussain husain hossein hosein hüseyn huseyn hüseyin huseyin gusein guseyn husseyn houssein حسین حسين хусейн гусейн",
	"hasan hassan həsən hasson gasan hassane حسن хасан гасан",
	"qasem qassem qasim qassim ghasem kasem kasim kasım qasım gasym kassem قاسم касем касим гасым",
	"tawhid tawheed tovhid tohid towhid tauhid touhid توحید توحيد товхид",
	"ali əli aly али علی علي",
	"abbas abbass abas аббас عباس",
	"mahdi mehdi mahdy mekhdi mehdy مهدی مهدي мехди махди",
	"jafar jaafar jafer cəfər cafer djafar dzhafar jaffar جعفر джафар",
	"ibrahim ebrahim ibragim ibraheem ebraheem ابراهیم ابراهيم ибрагим",
	"yusuf yousef yusif youssef yousuf yussuf يوسف یوسف юсуф юсиф",
	"abdullah abdallah abdollah abdulla abdolah عبدالله абдулла",
	"reza riza rza rıza ridha rida رضا реза риза",
	"javad jawad cavad djavad джавад جواد",
	"uthman othman osman usman عثمان осман",
	"umar omar ömer omer عمر умар омар",
	"yunis yunus younes younis yunes يونس یونس юнис юнус",
	"ismail esmaeil esmail ismayil ismayıl ismoil اسماعيل اسماعیل исмаил исмаиль",
	"suleiman sulayman soleiman soleyman süleyman suleyman sulejman سليمان سلیمان сулейман",
	"fatima fatemeh fatma fatimə fatimah فاطمة فاطمه фатима",
	"zeynab zainab zaynab zeinab zeynəb زينب زینب зейнаб",
	"khadija khadijeh xədicə hatice khadijah خديجة خدیجه хадиджа",
	"abulfaz abolfazl abulfazl əbülfəz abulfazal ابوالفضل абульфаз",
	"nasrallah nasrullah nasrollah نصرالله насралла",
	"iskandar iskender isgender eskandar isgəndər iskander اسکندر искендер",
	"yahya yahia yehia yahyo يحيى یحیی яхья",
	"hamza hamzah həmzə hamze حمزة حمزه хамза",
	"abdulrahman abdurrahman abdolrahman abdurahman عبدالرحمن абдурахман",
	"said saeed saeid səid سعيد سعید саид",
	"rahim raheem rəhim رحیم رحيم рахим",
	"karim kareem kərim کریم كريم карим",
	"amir emir əmir امیر امير амир эмир",
	"benjamin binyamin biniamin veniamin беньямин биньямин вениамин בנימין بنيامين",
	"khamenei khamenehi xamenei хаменеи خامنه‌ای خامنهای",
	// Organisation words.
	"hezbollah hizbollah hizballah hizbullah hezbolla hizbulla hezballah хезболла хизбалла حزب‌الله حزبالله",
	"quds qods ghods кудс قدس",
	"brigade liwa liva lashkar briqada briqadası tugay tugayı бригада لواء لشکر",
	"brigades kataib kataeb khataib katayib kata'ib briqadaları tugayları كتائب",
	"battalion tabur taburu batalyon batalyonu батальон katiba katibat كتيبة گردان gordan",
	"organization organisation organizations munazzamat munazzama sazman sazmane организация منظمة سازمان",
	"force forces niru niruye quwwat quvva силы нیروی قوات قوة",
	"movement movements harakat haraka harakah hareket hareketi hərəkat hərəkatı hereketi jonbesh dvizhenie движение حركة حرکت جنبش",
	"company şirkəti şirkət shirkat sherkat şirket sherkate kompaniya компания شركة شرکت",
}

// variantOf maps a phonetic form to its variant group (1-based; 0: none).
var variantOf = func() map[string]uint16 {
	m := make(map[string]uint16)
	for i, line := range variantGroups {
		for _, w := range strings.Fields(line) {
			m[wordPhonetic(w)] = uint16(i + 1)
		}
	}
	return m
}()

// Token roles: how a token counts in a name.
const (
	roleCore       = iota // an ordinary, informative part of a name
	roleParticle          // al-, ibn, bin, oglu ...: carries almost nothing
	roleStop              // of, the, and ...
	roleTitle             // Gen., Imam, Sheikh ...: dropped
	rolePatronymic        // Russian -ovich/-ovna and the father's name before oglu/qizi
	roleGeo               // Lebanese, Iranian ...: a qualifier often left out
	roleLegal             // LLC, Ltd, company, şirkəti ...: legal form
	roleClass             // movement, organisation, group ...: generic class word
	roleHead              // brigade, kataib, liwa, army ...: a unit word that makes a different group
)

// roleWords maps comparable words to roles. Head and class words only apply to organisations and
// other names; particles and patronymic markers only to people and other names.
var roleWords = func() map[string]uint8 {
	m := make(map[string]uint8)
	add := func(role uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[strings.Join(Tokens(w), "")] = role
		}
	}
	add(roleParticle, "jr sr ii iii iv al el ad ar as ash at az an ad ul ud ibn bin bint ben bent binti oglu oğlu ogly ogli qizi qızı kyzy gizi uulu bey bay بن ابن بنت")
	add(roleStop, "of the and for de la le les des du der die das und y e et di da von van و и с з")
	add(roleTitle, "gen general mr mrs ms dr prof col colonel maj major brig capt captain lt sgt imam sheikh shaykh shaikh sayyid seyyed seyed sayed haji hajji hadji mullah molla ayatollah hojatoleslam hujjat sir president prophet commander king prince")
	add(roleGeo, "lebanese iranian iraqi syrian azerbaijani azeri afghan pakistani yemeni palestinian turkish russian american british israeli saudi emirati qatari bahraini kuwaiti jordanian egyptian libyan")
	add(roleLegal, "company şirkəti şirkət shirkat sherkat şirket kompaniya компания شركة شرکت liability joint stock общество ограниченной ответственностью акционерное публичное закрытое открытое товариство обмеженою відповідальністю ltd limited llc inc incorporated corp corporation co plc gmbh ag sa sarl srl bv nv spa sas oy ab kk jsc ojsc pjsc cjsc ooo oao zao ao pao mmc asc qsc tov llp lp holding holdings")
	add(roleClass, "movement organization organisation group party front association society foundation council union network committee munazzamat sazman niruye силы организация движение منظمة سازمان حركة جنبش airlines airline airways air")
	add(roleHead, "force forces niruye quwwat силы نیروی قوات brigade briqada briqadası tugay tugayı бригада لواء لشکر كتائب tabur taburu batalyon batalyonu батальон katiba katibat كتيبة گردان gordan brigades battalion battalions regiment division army corps legion liwa kataib kataeb khataib lashkar jaysh jaish saraya sariya asaib")
	return m
}()

// Group-name morphology: endings that make "followers of X" in Arabic and Persian (-iyun,
// -iyyun, -iyoun, -yon), Azerbaijani and Turkish (-çilər, -çılar, -ciler) and English (-ists,
// -ites, plural -is), given in phonetic form, longest first.
var groupEndings = []string{"Cilir", "Cilar", "Cular", "jilir", "jilar", "kilir", "iists", "iitis", "ists", "itis", "iun", "iin", "un", "is", "i"}

// Surname endings (phonetic forms) and their classes: -ov/-ova/-ev/-yev, -zadeh/-zadə/-zade,
// -li/-lı/-lu/-lü, -bəyli/-beyli/-begli/-bayli, Persian -i/-y. Endings of one class are interchangeable; -ov and -zadə alternate
// for one family in Azerbaijan (Husseinov / Husseinzadeh), which scores a little lower.
const (
	affixNone = iota
	affixOv
	affixZade
	affixLi
	affixI
	affixBeyli
	affixOva // feminine -ova/-eva: a different person from the -ov/-ev form
)

var surnameEndings = []struct {
	end   string
	class uint8
}{
	{"zadi", affixZade}, {"zada", affixZade}, {"uva", affixOva}, {"iva", affixOva}, {"uv", affixOv}, {"iv", affixOv},
	{"bigli", affixBeyli}, {"baili", affixBeyli}, {"bili", affixBeyli}, {"bikli", affixBeyli},
	{"li", affixLi}, {"lu", affixLi}, {"i", affixI},
}

// wordPhonetic returns the phonetic form of one written word, whatever its script.
func wordPhonetic(w string) string {
	t, abjad := translitWord(w, turkicText(w))
	if abjad {
		return phoneticArabic(w)
	}
	return phonetic(strings.ReplaceAll(t, " ", ""))
}
