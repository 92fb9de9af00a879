package synth

import "strings"

// The word lists below are written for this generator in a neutral phonemic spelling close to
// Azerbaijani Latin, from which every script and scheme is rendered (render.go):
//
//	ə ı ş ç ğ ö ü x q c   as in Azerbaijani (c = English j, x = kh, q = q/gh)
//	ā ī ū                 long vowels: written in Arabic script, "ee"/"ou" in some English spellings
//	ḥ                     Arabic ḥa (h in Latin)
//	w                     Arabic waw as a consonant (v in Azerbaijani, w in English)
//	j                     zh (ژ, ж)
//	'                     ayn or hamza
//
// Doubled consonants are geminates (shadda): kept in some English spellings, dropped in others.

func words(s string) [][]rune {
	f := strings.Fields(s)
	out := make([][]rune, len(f))
	for i, w := range f {
		out[i] = []rune(w)
	}
	return out
}

var (
	// turkicMale are Azerbaijani men's given names, many of Arabic or Persian origin.
	turkicMale = words(`məḥəmməd məmməd əlī ḥəsən ḥüseyn ibrāhīm ismāyıl ilham elnur rəşād tovḥīd
		qāsım cə'fər rəsul vüqar elçin anar orxan tural kənan fərīd ramil ramiz nicat emin elvin
		səməd yaqub yusif mūsā īsā dāvud süleymān əbülfəz əkbər əsgər bəxtiyar cavid cəlil cəmil
		fāzil fuad ğənī xəlil heydər ilqar kamran kərim mehdi mirzə nādir nāsir nātiq niyaz oqtay
		pərviz qədir rafiq rauf rövşən sādiq sāleḥ seymur şahin şamil tāhir teymur tofiq ülvi vəli
		vāsif vüsal yaşar zaur zeynal ənvər abbās ḥəmīd maḥmūd 'ömər 'osmān murtəza mustafa ḥəbīb
		nəbī rəḥīm səlīm tālib zəkī 'ādil ḥəmzə cabbar bəhruz kāvə mansur məs'ud rizvan azər
		elşən etibar fikrət ilkin mübariz nurlan polad sərdar tərlan vaqif yaqub zahid natiq`)
	turkicFemale = words(`aynur aysel günay ləman nərgiz səbinə sevinc ülkər zəhrā fātimə məryəm
		xədicə zeynəb leylā nigar samirə gülnar rəna şəbnəm aidə kəmalə türkan elmira sevda lalə
		nərmin aytən könül pərvanə səkinə ruqiyyə mə'sumə gülşən validə xumar afaq ilahə nuranə`)
	// turkicStems are surname stems that are not given names above.
	turkicStems = words(`qulı bağır kāzım ḥacı nağı zöhrab qəmbər şükür qurban ağa xan bəylər
		qara sarı ələkbər ibrāhīmbəy mirzəbəy ḥüseynbəy nəcəf kərbəlāyı mir seyid ḥümbət sultan
		əsəd əsədulla rzā qafar məlik allahverdi şirin quliyar cahangir bayram novruz`)
	// persianMale and persianFemale are Iranian given names.
	persianMale = words(`rezā moḥsen ḥoseyn moḥəmməd mehdi əḥməd dāryuş firuz siyāvəş bəhrām
		ḥəmid kāzem qāsem morteza jəvād məs'ud ruḥollāh ismā'il yāser mojtəbā əbolfəzl esmā'il
		nāser sādeq hādi mojtabā kiyān omid behruz fereydun nəvid`)
	persianFemale = words(`fāteme zeyneb məryəm zəhrā mə'sume nəsrin pərisā şirin leylā neqār
		ḥədis ma'sume sāre nāzənin golnār`)
	persianStems = words(`ḥoseyn musəv rezā kāzem tehrān səfəv ḥəqqān rostəm ḥejāz soleymān
		sādeq şirāz qomm tābrīz kərim rəḥim jəvād bāqer mir nuri soltān ḥəmedān `)
	persianSuffixes = words(`ī zāde pur nejād far iyān ī`)
	// arabicMale and arabicFemale are Arabic given names; arabicNisba are family or place
	// stems that take the -ī of a nisba ("al-Tamimi").
	arabicMale = words(`'əbdullāh 'əbdulrəḥmān xālid sə'd fəysəl tāriq yāsir ḥəmzə 'ūmər
		'əlī ḥəsən ḥuseyn məḥmūd əḥməd muḥəmməd ibrāhīm yūsuf 'ədnān sāmī nūrī məhdī qāsim
		cə'fər 'əbbās kāzim ḥeydər 'ammār bilāl şākir 'āmir mus'əb 'ubəydə ḥāmid wəlīd
		rāmī zeyd 'īsā mūsā sulaymān 'ismā'īl dāwūd hāşim nizār 'imād cəmāl munīr ğāzī`)
	arabicFemale = words(`fātimə zeynəb məryəm 'ā'işə xədīcə ruqəyyə nūr huda sārə ləyla əmīrə`)
	arabicNisba  = words(`təmīm bağdād kūf bəsr 'āmir 'ubəyd şəmmər duləym cubūr 'ənəz zubəyd
		kinān qurəyş hāşim 'abbās ḥilləw nəcəf kərbəlā' muhəndis xəz'əl sa'd mūsəw ḥəkīm
		cəwlān 'irāq şām ḥələb mūsil sāmərrā' dəyr tikrīt fəllūc ənbār bəsrāw mosəw ḥusəyn
		sədr xu'ī mədən kə'b`)
	// russianMale, russianFemale and russianStems make Russian names ("Sokolov").
	russianMale = words(`ivan sergey aleksandr dmitriy andrey aleksey mixail nikolay vladimir
		yevgeniy pavel oleg yuriy viktor igor artyom roman denis anton maksim kirill ruslan
		magomed arsen timur`)
	russianFemale = words(`anna yelena olga tatyana natalya irina svetlana marina yekaterina
		yuliya anastasiya madina`)
	russianStems = words(`sokol volk orl kozl moroz novik pavl semyon fyodor yegor bogdan
		gromyk vasil kuznets pop smirn lebed zayts belyak kovaly gus tit osip
		magomed gadji abdulla xasbulat`)

	// arabicNouns name the cause or patron of a group ("Kataib al-Haqq").
	arabicNouns = words(`ḥəqq nūr fətḥ nəsr şuhədā' muqāwəmə ğədīr quds fəcr ḥussəyn mehdī
		xurāsān ənbiyā' tawḥīd cihād imām zəhrā' mucāhidīn 'ətəbāt islām mə'ād 'ərəş bəqī'
		ḥərəmeyn sə'ādə kərāmə 'izzə wə'd rəḥmə`)
	// arabicLeads open a two-word group name ("Ansar al-...").
	arabicLeads = words(`ənsār cund ḥizb əhl şəbāb sərāyā 'əsā'ib təlī'ə rāyə dawlə`)
	// patrons are the names groups are named after ("Liwa Imam Husayn").
	patrons = words(`ḥüseyn 'abbās zeynəb fātimə 'əlī ḥəsən mehdī mūsā kāzim cə'fər bāqir
		rizā səccād 'əskəri ḥəmzə mālik 'əmmār ḥəbīb zeyd mucəbbā`)
	// trades name a company's business ("Xəzər Neft şirkəti").
	trades = words(`neft inşaat ticarət nəqliyyat logistika enerji tikinti ixrac idxal turizm
		mədən kənd`)

	// syllables build stems of places, companies and further family names. Together with the
	// codas they allow tens of thousands of stems, which multiply with the lists above.
	syllables = words(`ba bə da də ga gə ka kə la lə ma mə na nə ra rə sa sə şa ta tə ya zə qa xa
		ha ca ça ku qu tu su nu ru du bu lu gü mi ni ri si ti zi şi qı sı kı dı bı yo ko to so
		ve be de me ne se te ze xə hə cə sü tü kü dü nü bö kö sö ğa ğı`)
	codas = words(`n r l m z ş s q x y d b k t`)

	placeSuffixes = words(`ābād kənd li şəhr dərə bulaq təpə çay qala`)
	placePrefixes = words(`təl dəyr kəfr qəl'ə bəndər cisr`)
)
