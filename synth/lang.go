package synth

import "strings"

// The sentence templates below were written for this generator. Slots: {P} and {Q} persons,
// {O} and {R} organisations, {L} a place, {D} a date phrase, {N} a number, {S} a source.
// Templates avoid grammatical agreement with the slot (gender, case suffixes) where the
// language would require it, so that any name fits: "{O} adlı qruplaşma", "группировка {O}".

type kind uint8

const (
	kFound kind = iota
	kLead
	kArrest
	kSentence
	kMeet
	kThreat
	kBacked
	kTrained
	kBased
	kMembers
	kSize
	kAttack
	kChannel
	kFiller
	kHeadline
)

type seg struct {
	lit  string
	slot byte // 0 for a literal
}

type template struct {
	kind kind
	segs []seg
}

func parseTemplate(k kind, s string) template {
	t := template{kind: k}
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 || i+2 >= len(s) || s[i+2] != '}' {
			t.segs = append(t.segs, seg{lit: s})
			break
		}
		if i > 0 {
			t.segs = append(t.segs, seg{lit: s[:i]})
		}
		t.segs = append(t.segs, seg{slot: s[i+1]})
		s = s[i+3:]
	}
	return t
}

func (t template) has(slot byte) bool {
	for _, s := range t.segs {
		if s.slot == slot {
			return true
		}
	}
	return false
}

// language holds what the generator writes in one language.
type language struct {
	code       string
	sentences  []template
	entTpl     []template // the sentences that name someone
	fillers    []template // the sentences that name nobody
	headlines  []template
	cite       template // prefix of a sentence taken from the source: "According to {S}, "
	firstSaid  template // "{S} first reported the story {D}."
	updated    string   // prefix of a near-duplicate's title
	publishers []string
	nav        []string
	byline     string // "By"
	background string // a subheading
	rights     string
	nMin, nMax int  // range of {N} that the templates' grammar allows
	digits     int8 // 0 ASCII, 1 Persian, 2 Arabic-Indic sometimes
}

func newLanguage(code string, tpl map[kind][]string, fillers, heads []string) *language {
	l := &language{code: code}
	for k := kFound; k < kFiller; k++ {
		for _, s := range tpl[k] {
			l.sentences = append(l.sentences, parseTemplate(k, s))
		}
	}
	for _, s := range fillers {
		l.sentences = append(l.sentences, parseTemplate(kFiller, s))
	}
	for _, t := range l.sentences {
		if t.kind == kFiller {
			l.fillers = append(l.fillers, t)
		} else {
			l.entTpl = append(l.entTpl, t)
		}
	}
	for _, s := range heads {
		l.headlines = append(l.headlines, parseTemplate(kHeadline, s))
	}
	return l
}

var languages = map[string]*language{}

// langShares is the language mix of a corpus, in per mille: English about half.
var langShares = []struct {
	code  string
	share int
}{{"en", 500}, {"az", 130}, {"tr", 100}, {"ru", 120}, {"fa", 75}, {"ar", 75}}

func init() {
	en := newLanguage("en", map[kind][]string{
		kFound: {"{O} was founded by {P} {D}.",
			"{P} set up {O} {D}, according to people familiar with the group.",
			"The group {O} emerged {D} under the guidance of {P}."},
		kLead: {"{P} took over the leadership of {O} {D}.",
			"{P}, the leader of {O}, rarely appears in public.",
			"Command of {O} passed to {P} {D}."},
		kArrest: {"Security services arrested {P} in {L} {D}.",
			"{P}, described as a member of {O}, was detained in {L} {D}."},
		kSentence: {"A court in {L} sentenced {P} to {N} years in prison {D}.",
			"{P} received a {N}-year prison sentence for membership in {O}."},
		kMeet: {"{P} met {Q} in {L} {D}.",
			"Photographs show {P} alongside {Q} at a gathering in {L}."},
		kThreat: {"{O} threatened attacks on targets in {L} in a statement released {D}.",
			"In a video published {D}, {P} warned that {O} would retaliate."},
		kBacked:  {"{O} is believed to receive money and weapons from {R}.", "Officials describe {O} as a proxy of {R}."},
		kTrained: {"Members of {O} were trained in {L} by instructors linked to {R}."},
		kBased:   {"{O} is based in {L} and recruits among young men there.", "The group {O} operates mainly around {L}."},
		kMembers: {"{P} and {Q} are both reported to be members of {O}.", "{P} joined {O} {D}."},
		kSize:    {"Estimates of the size of {O} range from {N} to several hundred fighters."},
		kAttack:  {"An attack in {L} {D} was later claimed by {O}."},
		kChannel: {"{O} publicises its activities on a Telegram channel with about {N},000 subscribers."},
	}, []string{
		"Officials declined to comment on the case.",
		"The claims could not be independently verified.",
		"Analysts say the network has expanded its reach over the past decade.",
		"Regional governments have repeatedly accused foreign powers of backing such groups.",
		"The group's statements are usually published first on social media.",
		"Little is known about the group's internal structure.",
		"Some reports give different dates for these events.",
		"Human rights organisations have criticised the conduct of the trial.",
		"The ministry published no further details.",
		"Lawyers for the defendants say the evidence was obtained under pressure.",
	}, []string{"{O}: what is known about the group", "Court sentences {P} over links to {O}",
		"Arrests in {L} linked to {O}", "Who is {P}?", "{O} threatens new attacks", "{P} and the rise of {O}"})
	en.cite = parseTemplate(kFiller, "According to {S}, ")
	en.firstSaid = parseTemplate(kFiller, "{S} first reported the story {D}.")
	en.updated = "Updated: "
	en.publishers = []string{"Caspian Security Monitor", "Regional Affairs Review", "The Frontier Desk", "Caucasus & Gulf Report", "Open Brief", "Northern Line News"}
	en.nav = []string{"News", "Politics", "Security", "Region", "Analysis", "About"}
	en.byline, en.background, en.rights = "By", "Background", "All rights reserved."
	en.nMin, en.nMax = 2, 25

	az := newLanguage("az", map[kind][]string{
		kFound: {"{O} adlı qruplaşma {D} {P} tərəfindən yaradılıb.",
			"Məlumata görə, {P} {D} {O} adlı təşkilatın əsasını qoyub.",
			"{O} qruplaşması {D} {P} rəhbərliyi ilə meydana çıxıb."},
		kLead: {"{P} {D} {O} qruplaşmasına rəhbərlik etməyə başlayıb.",
			"{O} qruplaşmasının lideri {P} ictimaiyyət qarşısına nadir hallarda çıxır."},
		kArrest: {"{P} {D} {L} şəhərində həbs edilib.",
			"{O} qruplaşmasının üzvü olmaqda şübhəli bilinən {P} {D} {L} ərazisində saxlanılıb."},
		kSentence: {"{L} Ağır Cinayətlər Məhkəməsi {D} {P} barəsində {N} il azadlıqdan məhrum etmə cəzası təyin edib.",
			"{P} {O} qruplaşmasına üzvlüyə görə {N} il həbs cəzası alıb."},
		kMeet: {"{P} {D} {L} şəhərində {Q} ilə görüşüb.",
			"Yayılan fotolarda {P} {L} şəhərindəki toplantıda {Q} ilə birlikdə görünür."},
		kThreat: {"{O} qruplaşması {D} yaydığı bəyanatda {L} ərazisində hücumlar törədəcəyi ilə hədələyib.",
			"{D} yayılan videoda {P} {O} qruplaşmasının cavab verəcəyini bildirib."},
		kBacked:  {"{O} qruplaşmasının {R} tərəfindən maliyyələşdirildiyi və silahlandırıldığı bildirilir."},
		kTrained: {"{O} üzvlərinin {L} ərazisində {R} ilə əlaqəli təlimatçılar tərəfindən hazırlandığı iddia olunur."},
		kBased:   {"{O} qruplaşması əsasən {L} bölgəsində fəaliyyət göstərir."},
		kMembers: {"{P} və {Q} {O} qruplaşmasının üzvləri kimi tanınır.", "{P} {D} {O} qruplaşmasına qoşulub."},
		kSize:    {"{O} qruplaşmasının üzvlərinin sayının {N} nəfərdən bir neçə yüz nəfərə qədər olduğu ehtimal edilir."},
		kAttack:  {"{D} {L} ərazisində baş verən hücumun məsuliyyətini {O} qruplaşması öz üzərinə götürüb."},
		kChannel: {"{O} qruplaşması fəaliyyəti barədə məlumatları təxminən {N} min izləyicisi olan Telegram kanalında yayır."},
	}, []string{
		"Rəsmi qurumlar məsələ ilə bağlı şərh verməyib.",
		"Bu iddiaları müstəqil şəkildə təsdiqləmək mümkün olmayıb.",
		"Ekspertlərin fikrincə, şəbəkə son on ildə təsir dairəsini genişləndirib.",
		"Qruplaşmanın daxili strukturu haqqında az məlumat var.",
		"Bəzi mənbələr bu hadisələr üçün fərqli tarixlər göstərir.",
		"Hüquq müdafiəçiləri məhkəmə prosesini tənqid ediblər.",
		"Nazirlik əlavə təfərrüatları açıqlamayıb.",
		"Qruplaşmanın bəyanatları adətən ilk olaraq sosial şəbəkələrdə yayılır.",
	}, []string{"{O}: qruplaşma haqqında nə məlumdur", "{P} kimdir?", "{L} şəhərində həbslər: {O} izi",
		"{O} yeni hücumlarla hədələyir", "Məhkəmə {P} barəsində hökm çıxarıb"})
	az.cite = parseTemplate(kFiller, "{S} saytının məlumatına görə, ")
	az.firstSaid = parseTemplate(kFiller, "Bu barədə ilk dəfə {D} {S} məlumat yayıb.")
	az.updated = "Yenilənib: "
	az.publishers = []string{"Xəbər Mərkəzi", "Şimal Bülleteni", "Gündəm Xəbər", "Sərhəd Press", "Araz İnfo"}
	az.nav = []string{"Xəbərlər", "Siyasət", "Təhlükəsizlik", "Region", "Təhlil", "Haqqımızda"}
	az.byline, az.background, az.rights = "Müəllif:", "Arxa plan", "Bütün hüquqlar qorunur."
	az.nMin, az.nMax = 2, 25

	tr := newLanguage("tr", map[kind][]string{
		kFound: {"{O} adlı örgüt {D} {P} tarafından kuruldu.",
			"Kaynaklara göre {P}, {D} {O} adlı yapılanmayı kurdu."},
		kLead: {"{P}, {D} {O} örgütünün başına geçti.",
			"{O} örgütünün lideri {P} kamuoyu önüne nadiren çıkıyor."},
		kArrest: {"{P}, {D} {L} kentinde gözaltına alındı.",
			"{O} üyesi olduğu öne sürülen {P}, {D} {L} bölgesinde tutuklandı."},
		kSentence: {"{L} Ağır Ceza Mahkemesi {D} {P} hakkında {N} yıl hapis cezasına hükmetti."},
		kMeet: {"{P}, {D} {L} kentinde {Q} ile görüştü.",
			"Yayımlanan fotoğraflarda {P}, {L} kentindeki bir toplantıda {Q} ile birlikte görülüyor."},
		kThreat:  {"{O}, {D} yayımladığı açıklamada {L} bölgesindeki hedeflere saldırı tehdidinde bulundu."},
		kBacked:  {"{O} örgütünün {R} tarafından finanse edildiği ve silahlandırıldığı belirtiliyor."},
		kTrained: {"{O} üyelerinin {L} bölgesinde {R} ile bağlantılı eğitmenler tarafından eğitildiği iddia ediliyor."},
		kBased:   {"{O} ağırlıklı olarak {L} bölgesinde faaliyet gösteriyor."},
		kMembers: {"{P} ve {Q}, {O} örgütünün üyeleri olarak biliniyor."},
		kSize:    {"{O} örgütünün üye sayısının {N} ile birkaç yüz arasında olduğu tahmin ediliyor."},
		kAttack:  {"{D} {L} bölgesinde düzenlenen saldırıyı {O} üstlendi."},
		kChannel: {"{O}, faaliyetlerini yaklaşık {N} bin takipçisi olan bir Telegram kanalında duyuruyor."},
	}, []string{
		"Yetkililer konuyla ilgili yorum yapmadı.",
		"İddiaların bağımsız olarak doğrulanması mümkün olmadı.",
		"Uzmanlara göre ağ son on yılda etki alanını genişletti.",
		"Örgütün iç yapısı hakkında çok az bilgi bulunuyor.",
		"Bazı kaynaklar bu olaylar için farklı tarihler veriyor.",
		"İnsan hakları kuruluşları yargılama sürecini eleştirdi.",
		"Bakanlık başka ayrıntı paylaşmadı.",
	}, []string{"{O}: örgüt hakkında bilinenler", "{P} kimdir?", "{L} kentinde {O} operasyonu", "{O} yeni saldırılarla tehdit etti"})
	tr.cite = parseTemplate(kFiller, "{S} sitesinin haberine göre, ")
	tr.firstSaid = parseTemplate(kFiller, "Haberi ilk olarak {D} {S} duyurdu.")
	tr.updated = "Güncellendi: "
	tr.publishers = []string{"Bölge Gündemi", "Kafkas Haber Ajansı", "Sınır Postası", "Doğu Bülteni"}
	tr.nav = []string{"Haberler", "Siyaset", "Güvenlik", "Bölge", "Analiz", "Hakkımızda"}
	tr.byline, tr.background, tr.rights = "Yazan:", "Arka plan", "Tüm hakları saklıdır."
	tr.nMin, tr.nMax = 2, 25

	ru := newLanguage("ru", map[kind][]string{
		kFound: {"Группировка {O} была создана {D}; её основателем называют {P}.",
			"{P} считается основателем группировки {O}, появившейся {D}."},
		kLead: {"{D} руководство группировкой {O} перешло к {P}.",
			"Лидер группировки {O} {P} редко появляется на публике."},
		kArrest: {"{D} в городе {L} задержан фигурант дела {P}.",
			"Фигурант дела {P}, которого называют членом группировки {O}, задержан в районе {L} {D}."},
		kSentence: {"Суд в городе {L} {D} приговорил фигуранта дела {P} к {N} годам лишения свободы."},
		kMeet: {"{D} в городе {L} состоялась встреча {P} и {Q}.",
			"На опубликованных фотографиях {P} запечатлён рядом с {Q} на собрании в городе {L}."},
		kThreat:  {"{D} группировка {O} распространила заявление с угрозами в адрес объектов в районе {L}."},
		kBacked:  {"По данным источников, группировка {O} получает финансирование и оружие от {R}."},
		kTrained: {"Боевики группировки {O} проходили подготовку в районе {L} под руководством инструкторов, связанных с {R}."},
		kBased:   {"Группировка {O} действует преимущественно в районе {L}."},
		kMembers: {"{P} и {Q} считаются членами группировки {O}."},
		kSize:    {"Численность группировки {O} оценивается от {N} до нескольких сотен человек."},
		kAttack:  {"{D} ответственность за нападение в районе {L} взяла на себя группировка {O}."},
		kChannel: {"Группировка {O} публикует сведения о своей деятельности в Telegram-канале, на который подписаны около {N} тысяч человек."},
	}, []string{
		"Официальные лица отказались от комментариев.",
		"Независимо проверить эти сведения не удалось.",
		"По мнению экспертов, за последнее десятилетие сеть расширила своё влияние.",
		"О внутренней структуре группировки известно немного.",
		"В ряде источников приводятся иные даты этих событий.",
		"Правозащитники раскритиковали ход судебного процесса.",
		"Министерство не раскрыло подробностей.",
	}, []string{"Что известно о группировке {O}", "Кто такой {P}?", "Задержания в городе {L}", "Группировка {O} угрожает новыми нападениями"})
	ru.cite = parseTemplate(kFiller, "Как сообщает издание «{S}», ")
	ru.firstSaid = parseTemplate(kFiller, "Впервые об этом {D} сообщило издание «{S}».")
	ru.updated = "Обновлено: "
	ru.publishers = []string{"Кавказский обозреватель", "Региональный вестник", "Северная линия", "Пограничье"}
	ru.nav = []string{"Новости", "Политика", "Безопасность", "Регион", "Аналитика", "О нас"}
	ru.byline, ru.background, ru.rights = "Автор:", "Предыстория", "Все права защищены."
	ru.nMin, ru.nMax = 5, 20 // "к {N} годам", "{N} тысяч" agree for 5–20

	fa := newLanguage("fa", map[kind][]string{
		kFound: {"گروه {O} {D} توسط {P} تأسیس شد.",
			"به گفته منابع آگاه، {P} {D} گروه {O} را بنیان گذاشت."},
		kLead: {"{P} {D} رهبری گروه {O} را به دست گرفت.",
			"{P}، رهبر گروه {O}، به ندرت در انظار عمومی ظاهر می‌شود."},
		kArrest: {"{P} {D} در {L} بازداشت شد.",
			"{P} که گفته می‌شود عضو گروه {O} است، {D} در {L} دستگیر شد."},
		kSentence: {"دادگاهی در {L} {D} {P} را به {N} سال زندان محکوم کرد."},
		kMeet:     {"{P} {D} در {L} با {Q} دیدار کرد."},
		kThreat:   {"گروه {O} {D} در بیانیه‌ای اهدافی در {L} را تهدید به حمله کرد."},
		kBacked:   {"گفته می‌شود گروه {O} از سوی {R} تأمین مالی و تسلیحاتی می‌شود."},
		kTrained:  {"اعضای گروه {O} در {L} زیر نظر مربیان وابسته به {R} آموزش دیده‌اند."},
		kBased:    {"گروه {O} عمدتاً در {L} فعالیت می‌کند."},
		kMembers:  {"{P} و {Q} از اعضای گروه {O} به شمار می‌روند."},
		kSize:     {"شمار اعضای گروه {O} بین {N} تا چند صد نفر برآورد می‌شود."},
		kAttack:   {"گروه {O} مسئولیت حمله {D} در {L} را بر عهده گرفت."},
		kChannel:  {"گروه {O} فعالیت‌های خود را در کانالی در تلگرام با حدود {N} هزار عضو منتشر می‌کند."},
	}, []string{
		"مقامات رسمی از اظهار نظر در این باره خودداری کردند.",
		"امکان تأیید مستقل این ادعاها وجود نداشت.",
		"به گفته کارشناسان، این شبکه در دهه گذشته دامنه نفوذ خود را گسترش داده است.",
		"اطلاعات اندکی درباره ساختار داخلی این گروه در دست است.",
		"برخی منابع تاریخ‌های متفاوتی برای این رویدادها ذکر می‌کنند.",
		"سازمان‌های حقوق بشری روند دادرسی را مورد انتقاد قرار دادند.",
	}, []string{"گروه {O} چیست؟", "{P} کیست؟", "بازداشت‌ها در {L}", "تهدید تازه گروه {O}"})
	fa.cite = parseTemplate(kFiller, "به گزارش {S}، ")
	fa.firstSaid = parseTemplate(kFiller, "این خبر نخستین بار {D} از سوی {S} منتشر شد.")
	fa.updated = "به‌روزرسانی: "
	fa.publishers = []string{"خبرگزاری افق", "پایگاه خبری نگاه", "روزنامه مرز", "دیدبان منطقه"}
	fa.nav = []string{"اخبار", "سیاست", "امنیت", "منطقه", "تحلیل", "درباره ما"}
	fa.byline, fa.background, fa.rights = "نویسنده:", "پیشینه", "کلیه حقوق محفوظ است."
	fa.nMin, fa.nMax, fa.digits = 2, 25, 1

	ar := newLanguage("ar", map[kind][]string{
		kFound: {"تأسست {O} {D} على يد {P}.",
			"وبحسب مصادر مطلعة، أسس {P} {O} {D}."},
		kLead: {"تولى {P} قيادة {O} {D}.",
			"ونادراً ما يظهر {P}، زعيم {O}، في العلن."},
		kArrest: {"اعتقلت قوات الأمن {P} في {L} {D}.",
			"واحتُجز {P}، الذي يُعتقد أنه عضو في {O}، في {L} {D}."},
		kSentence: {"أصدرت محكمة في {L} {D} حكماً بسجن {P} لمدة {N} سنوات."},
		kMeet:     {"التقى {P} مع {Q} في {L} {D}."},
		kThreat:   {"هددت {O} في بيان صدر {D} بشن هجمات على أهداف في {L}."},
		kBacked:   {"ويُعتقد أن {O} تتلقى تمويلاً وأسلحة من {R}."},
		kTrained:  {"وتلقى عناصر {O} تدريبات في {L} على يد مدربين مرتبطين بـ {R}."},
		kBased:    {"وتنشط {O} بشكل رئيسي في {L}."},
		kMembers:  {"ويُعرف {P} و {Q} بأنهما عضوان في {O}."},
		kSize:     {"وتتراوح تقديرات عدد عناصر {O} بين {N} وعدة مئات."},
		kAttack:   {"وتبنت {O} هجوماً وقع في {L} {D}."},
		kChannel:  {"وتنشر {O} أخبار نشاطها عبر قناة على تلغرام يتابعها نحو {N} ألف مستخدم."},
	}, []string{
		"ورفض المسؤولون التعليق على القضية.",
		"ولم يتسن التحقق من هذه المزاعم بشكل مستقل.",
		"ويرى محللون أن الشبكة وسعت نفوذها خلال العقد الماضي.",
		"ولا يُعرف سوى القليل عن الهيكل الداخلي للجماعة.",
		"وتذكر بعض المصادر تواريخ مختلفة لهذه الأحداث.",
		"وانتقدت منظمات حقوقية مجريات المحاكمة.",
	}, []string{"ماذا نعرف عن {O}؟", "من هو {P}؟", "اعتقالات في {L}", "{O} تهدد بهجمات جديدة"})
	ar.cite = parseTemplate(kFiller, "ووفقاً لـ {S}، ")
	ar.firstSaid = parseTemplate(kFiller, "ونشرت {S} الخبر لأول مرة {D}.")
	ar.updated = "تحديث: "
	ar.publishers = []string{"شبكة الأفق الإخبارية", "صحيفة المرصد", "موقع الحدود", "وكالة الشمال للأنباء"}
	ar.nav = []string{"أخبار", "سياسة", "أمن", "المنطقة", "تحليلات", "من نحن"}
	ar.byline, ar.background, ar.rights = "بقلم", "خلفية", "جميع الحقوق محفوظة."
	ar.nMin, ar.nMax, ar.digits = 3, 10, 2 // "سنوات" agrees for 3–10

	for _, l := range []*language{en, az, tr, ru, fa, ar} {
		languages[l.code] = l
	}
}
