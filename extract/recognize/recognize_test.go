package recognize

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// want is one mention a row expects: its exact text, its type ("" for any) and, when it is a
// declared alias, the text of the mention it points at.
type want struct {
	text  string
	typ   dossier.EntityType
	alias string
}

const (
	per  = dossier.Person
	org  = dossier.Organization
	loc  = dossier.Location
	chn  = dossier.Channel
	doc_ = dossier.DocumentRef
	pos  = dossier.Position
	unk  = dossier.Unknown
)

// Every row is the sentence that motivated a rule (or a trap for one), written for these tests
// in the language it is about.
var cases = []struct {
	name string
	lang string
	text string
	want []want
	not  []string // texts that must not be mentions (nor inside one, when prefixed by "~")
}{
	// Capitalised sequences, particles and connectors.
	{"particles al- and bin join one person", "en",
		"Witnesses saw Abu Bakr al-Baghdadi with Hamza bin Laden near the border.",
		[]want{{"Abu Bakr al-Baghdadi", per, ""}, {"Hamza bin Laden", per, ""}}, nil},
	{"patronymic oglu makes a person", "en",
		"The court sentenced Taleh Hasan oglu Goyushov to nine years.",
		[]want{{"Taleh Hasan oglu Goyushov", per, ""}}, nil},
	{"qizi patronymic in Azerbaijani", "az",
		"Məhkəmə Leyla Əli qızı Məmmədovanı azad etdi, Günel Rauf qızı Həsənova isə həbs olundu.",
		[]want{{"Günel Rauf qızı Həsənova", per, ""}}, nil},
	{"of and the inside an organisation name", "en",
		"Fighters of the Islamic State of Iraq and the Levant crossed the river.",
		[]want{{"Islamic State of Iraq and the Levant", org, ""}}, nil},
	{"and between two names splits them", "en",
		"Militias such as Kataib Sayyid al-Shuhada and Harakat Hezbollah al-Nujaba joined.",
		[]want{{"Kataib Sayyid al-Shuhada", org, ""}, {"Harakat Hezbollah al-Nujaba", org, ""}}, nil},
	{"and between two places splits them", "en",
		"Talks between the Republic of Azerbaijan and the Republic of Armenia stalled.",
		[]want{{"Republic of Azerbaijan", loc, ""}, {"Republic of Armenia", loc, ""}}, nil},
	{"ampersand inside a head-closed name", "en",
		"A note from the Cyber & Jihad Lab followed.",
		[]want{{"Cyber & Jihad Lab", org, ""}}, nil},
	{"and before a closing head", "en",
		"The Caspian Research and Analysis Center published it.",
		[]want{{"Caspian Research and Analysis Center", org, ""}}, nil},

	// Sentence starts, possessives, months, headings.
	{"sentence-initial function words are trimmed", "en",
		"According to Elnur Mammadli, the cell met twice. The Hezbollah Brigades denied it.",
		[]want{{"Elnur Mammadli", per, ""}, {"Hezbollah Brigades", org, ""}}, []string{"According", "The"}},
	{"possessive kept out of the span", "en",
		"Investigators examined Ruslan Qasimov’s phone and Qasimov's car.",
		[]want{{"Ruslan Qasimov", per, ""}, {"Qasimov", per, ""}}, []string{"~’s"}},
	{"ordinary words at a sentence start are not names", "en",
		"However, the militia grew. Although small, it recruited. Members travelled. Experts disagreed.",
		nil, []string{"However", "Although", "Members", "Experts"}},
	{"months, weekdays and pronouns are not names", "en",
		"On Monday, 4 October, they said He would return in March.",
		nil, []string{"Monday", "October", "He", "March", "On"}},
	{"an all-caps heading is not an acronym list", "en",
		"BREAKING NEWS FROM THE REGION\nThe IRGC denied the report.",
		[]want{{"IRGC", org, ""}}, []string{"BREAKING", "NEWS", "REGION"}},
	{"title-case heading keeps only attested words", "en",
		"Militia Threatening Stability in Ganja\n\nThe mayor of Ganja, Rauf Aliyev, spoke. Police in Ganja arrested two men.",
		[]want{{"Ganja", loc, ""}, {"Rauf Aliyev", per, ""}}, []string{"Militia Threatening", "Threatening Stability", "Stability"}},
	{"a sentence-initial word that speaks is a name", "en",
		"Khamenei said the talks had failed. Tensions rose.",
		[]want{{"Khamenei", "", ""}}, []string{"Tensions"}},
	{"a sentence-initial bare name counts when the document uses it", "en",
		"The cleric Vugar Bayramov spoke. Bayramov later left for Qom.",
		[]want{{"Vugar Bayramov", per, ""}, {"Bayramov", per, ""}, {"Qom", loc, ""}}, nil},

	// Titles and honorifics.
	{"titles kept out, used as a cue", "en",
		"It quoted Gen. Mohammad Reza Naqdi and Sheikh Akram al-Kaabi.",
		[]want{{"Mohammad Reza Naqdi", per, ""}, {"Akram al-Kaabi", per, ""}}, []string{"~Gen.", "~Sheikh"}},
	{"Ayatollah and Imam", "en",
		"Supporters of Ayatollah Sistani gathered at the shrine of Imam Reza.",
		[]want{{"Sistani", per, ""}, {"Reza", per, ""}}, nil},
	{"title before of is a position", "en",
		"He met the President of the Republic of Azerbaijan in the capital.",
		[]want{{"President of the Republic of Azerbaijan", pos, ""}}, nil},
	{"adjective and title is a position, the name a person", "en",
		"The Iranian President Masoud Pezeshkian arrived.",
		[]want{{"Iranian President", pos, ""}, {"Masoud Pezeshkian", per, ""}}, nil},
	{"lower-case role word before a name", "en",
		"The attack was planned by commander Abdul Reza Shahlai.",
		[]want{{"Abdul Reza Shahlai", per, ""}}, nil},
	{"Russian general title", "ru",
		"Генерал Касем Сулеймани приезжал в Дамаск.",
		[]want{{"Касем Сулеймани", per, ""}, {"Дамаск", loc, ""}}, []string{"Генерал"}},
	{"Azerbaijani cənab", "az",
		"Cənab Fuad Abbasov bəyanat verib.",
		[]want{{"Fuad Abbasov", per, ""}}, nil},

	// Type cues: organisations.
	{"organisation heads in English", "en",
		"Members of the Quds Force and the Fatemiyoun Brigade trained with the Zainabiyoun.",
		[]want{{"Quds Force", org, ""}, {"Fatemiyoun Brigade", org, ""}, {"Zainabiyoun", org, ""}}, nil},
	{"leading Arabic heads in Latin script", "en",
		"Analysts linked Kataib Hezbollah, Liwa Fatemiyoun and Jaish al-Adl to the strikes.",
		[]want{{"Kataib Hezbollah", org, ""}, {"Liwa Fatemiyoun", org, ""}, {"Jaish al-Adl", org, ""}}, nil},
	{"Azerbaijani organisation head", "az",
		"Azərbaycan İslam Müqavimət Hərəkatı bəyanat yayıb.",
		[]want{{"Azərbaycan İslam Müqavimət Hərəkatı", org, ""}}, nil},
	{"Turkish organisation head", "tr",
		"Hüseyniyun Hareketi ile Kudüs Gücü arasındaki bağ incelendi.",
		[]want{{"Hüseyniyun Hareketi", org, ""}}, nil},
	{"group-name morphology", "en",
		"The Husseiniyun and the Husayniyyun are one group; so are the Hüseynçilər.",
		[]want{{"Husseiniyun", org, ""}, {"Husayniyyun", org, ""}, {"Hüseynçilər", org, ""}}, nil},
	{"acronym alone is a low-confidence organisation", "en",
		"Officials said the IRGC and JTTM disagreed.",
		[]want{{"IRGC", org, ""}, {"JTTM", org, ""}}, nil},
	{"Russian organisation head with quoted name", "ru",
		"Движение «Хусейнийун» объявило о создании ячейки.",
		[]want{{"Хусейнийун", org, ""}}, nil},
	{"descriptive organisation in lower case", "en",
		"The Azerbaijani government accused the Iranian regime; Israel’s embassy was closed.",
		[]want{{"Azerbaijani government", org, ""}, {"Iranian regime", org, ""}, {"Israel’s embassy", org, ""}}, nil},
	{"Russian descriptive state bodies", "ru",
		"Иранский режим отрицает это, а азербайджанские власти задержали троих.",
		[]want{{"Иранский режим", org, ""}, {"азербайджанские власти", org, ""}}, nil},
	{"adjectives of faith name no group", "en",
		"Shia militias and Iranian-backed militias fought there.",
		nil, []string{"Shia militias", "Iranian-backed militias"}},

	// Type cues: places.
	{"place after a preposition", "en",
		"He was detained in Lankaran after returning from Mashhad.",
		[]want{{"Lankaran", loc, ""}, {"Mashhad", loc, ""}}, nil},
	{"Azerbaijani locative stem", "az",
		"Bakıda keçirilən görüşdən sonra o, Təbrizdən qayıdıb. Təbriz böyük şəhərdir.",
		[]want{{"Bakı", loc, ""}, {"Təbriz", loc, ""}}, []string{"Bakıda", "Təbrizdən"}},
	{"Turkish apostrophe suffix", "tr",
		"Şüpheli Kum'da eğitim aldı ve Bakü'ye döndü.",
		[]want{{"Kum", loc, ""}, {"Bakü", loc, ""}}, nil},
	{"a locative place ends a person's name", "az",
		"Tovhid İbrahimbəyli İranda yaşayır.",
		[]want{{"Tovhid İbrahimbəyli", per, ""}, {"İran", loc, ""}}, nil},
	{"place heads and regions", "en",
		"Smuggling across the Caspian Sea and the South Caucasus rose, said the Babil Governorate.",
		[]want{{"Caspian Sea", loc, ""}, {"South Caucasus", loc, ""}}, nil},
	{"office of a place is a position", "en",
		"The attack targeted the mayor of Ganja on Tuesday.",
		[]want{{"mayor of Ganja", pos, ""}}, nil},

	// Type cues: channels and documents.
	{"handles and channel links", "en",
		"The Telegram channel @sabereen_news and https://t.me/hussainiyoun_az/152 reposted it; mail info@example.org.",
		[]want{{"@sabereen_news", chn, ""}, {"https://t.me/hussainiyoun_az/152", chn, ""}}, []string{"@example", "Telegram"}},
	{"outlets written as domains", "ru",
		"Об этом пишет Report.az, а ранее — www.shvas.co; почта info@site.com.",
		[]want{{"Report.az", chn, ""}, {"www.shvas.co", chn, ""}}, []string{"site.com", "~site"}},
	{"Azerbaijani prosecutor's office and Cyrillic -li surname", "az",
		"Azərbaycan Respublikasının Baş Prokurorluğu cinayət işi açıb. Тохид Ибрагимбейли заявил.",
		[]want{{"Azərbaycan Respublikasının Baş Prokurorluğu", org, ""}, {"Тохид Ибрагимбейли", per, ""}}, nil},
	{"name before channel word", "en",
		"Videos appeared on the Sabereen News channel and the Ashab al-Kahf Telegram channel.",
		[]want{{"Sabereen News", chn, ""}, {"Ashab al-Kahf Telegram", chn, ""}}, nil},
	{"cited report", "en",
		"The Al-Arabiya report, based on Azeri media, says more.",
		[]want{{"Al-Arabiya report", doc_, ""}}, nil},
	{"Russian channel word", "ru",
		"Об этом сообщил канал «Вести Кавказа».",
		[]want{{"Вести Кавказа", chn, ""}}, nil},

	{"named events", "en",
		"After the Battle of Aleppo and Operation Olive Branch, the Second Karabakh War began.",
		[]want{{"Battle of Aleppo", dossier.Event, ""}, {"Operation Olive Branch", dossier.Event, ""}, {"Second Karabakh War", dossier.Event, ""}}, nil},
	{"named agreements are documents", "en",
		"The Moscow Declaration and the Astana Agreement were signed.",
		[]want{{"Moscow Declaration", doc_, ""}, {"Astana Agreement", doc_, ""}}, nil},

	// Aliases.
	{"parenthesised surname alternate", "en",
		"Isgender Husseinov (Husseinzadeh) was detained.",
		[]want{{"Isgender Husseinov", per, ""}, {"Husseinzadeh", per, "Isgender Husseinov"}}, nil},
	{"full name and acronym", "en",
		"The Islamic Revolutionary Guard Corps (IRGC) trained them.",
		[]want{{"Islamic Revolutionary Guard Corps", org, ""}, {"IRGC", org, "Islamic Revolutionary Guard Corps"}}, nil},
	{"known as", "en",
		"The cleric Rashid Karimov, known as Abu Omar, leads the cell.",
		[]want{{"Rashid Karimov", per, ""}, {"Abu Omar", per, "Rashid Karimov"}}, nil},
	{"also called and aka", "en",
		"The Azerbaijan Islamic Movement, also called Husseiniyun, and Ansar al-Mahdi aka Mahdi Brigade are linked.",
		[]want{{"Husseiniyun", org, "Azerbaijan Islamic Movement"}, {"Mahdi Brigade", org, "Ansar al-Mahdi"}}, nil},
	{"or between commas", "en",
		"The Qods Force, or Quds Force, runs it.",
		[]want{{"Quds Force", org, "Qods Force"}}, nil},
	{"Russian also known as", "ru",
		"Тофик Ильхамович Алиев, известный как Абу Хамза, задержан.",
		[]want{{"Тофик Ильхамович Алиев", per, ""}, {"Абу Хамза", per, "Тофик Ильхамович Алиев"}}, nil},
	{"Azerbaijani reverse cue", "az",
		"Hüseynçilər kimi tanınan Azərbaycan İslam Müqavimət Hərəkatı bəyanat yayıb.",
		[]want{{"Hüseynçilər", org, "Azərbaycan İslam Müqavimət Hərəkatı"}}, nil},
	{"parenthesised also and a.k.a.", "en",
		"Jaish al-Adl (also Jaish al-Adel) claimed it; Abdolmalek Rigi a.k.a. Abdulmalik Rigi led it.",
		[]want{{"Jaish al-Adel", org, "Jaish al-Adl"}, {"Abdulmalik Rigi", per, "Abdolmalek Rigi"}}, nil},
	{"Arabic-script alternate in parentheses", "en",
		"Ansar Allah (الحوثيون) took the capital.",
		[]want{{"Ansar Allah", org, ""}, {"الحوثيون", org, "Ansar Allah"}}, nil},
	{"a parenthesised date is no alias", "en",
		"President Ilham Aliyev (, October 4, 2021) spoke.",
		[]want{{"Ilham Aliyev", per, ""}}, []string{"October"}},

	// Quoted names.
	{"quoted name after a naming cue", "en",
		"Soleimani gave the group the name “Islamic Resistance in Azerbaijan,” a local said; the so-called \"Conquerors of Khaybar\" drills followed.",
		[]want{{"Islamic Resistance in Azerbaijan", org, ""}, {"Conquerors of Khaybar", "", ""}}, nil},
	{"quoted name before adlı", "az",
		"«Hüseyniyyun» adlı qruplaşma yaradılıb.",
		[]want{{"Hüseyniyyun", org, ""}}, nil},
	{"quoted lower-case phrase is not a name", "en",
		"They were collectively dubbed “the three brothers.”",
		nil, []string{"three brothers"}},

	// Arabic and Persian script.
	{"Arabic organisation heads", "ar",
		"وقال إن كتائب حزب الله وحركة النجباء تدعم الحركة.",
		[]want{{"كتائب حزب الله", org, ""}}, nil},
	{"Arabic title opens a person", "ar",
		"وقال الشيخ أكرم الكعبي إن المقاومة مستمرة.",
		[]want{{"أكرم الكعبي", per, ""}}, nil},
	{"Arabic kunya and ibn", "ar",
		"قتل أبو مهدي المهندس مع قاسم بن علي في بغداد.",
		[]want{{"أبو مهدي المهندس", per, ""}, {"قاسم بن علي", per, ""}}, nil},
	{"Arabic group morphology", "ar",
		"أعلن الحسينيون عن تشكيل جديد.",
		[]want{{"الحسينيون", org, ""}}, nil},
	{"Arabic given name opens a person", "ar",
		"قال محمد باقر الصدر إن الحركة حصلت على دعم. والتقى حسين الموسوي بقادة الفصائل.",
		[]want{{"محمد باقر الصدر", per, ""}, {"حسين الموسوي", per, ""}}, nil},
	{"forwarded channel", "en",
		"Forwarded from Sabereen News\nThe strike hit a base.",
		[]want{{"Sabereen News", chn, ""}}, nil},
	{"Persian heads and titles", "fa",
		"سردار قاسم سلیمانی جنبش حسینیون را تأسیس کرد و سپاه پاسداران انقلاب اسلامی از آن حمایت کرد.",
		[]want{{"قاسم سلیمانی", per, ""}, {"جنبش حسینیون", org, ""}, {"سپاه پاسداران انقلاب اسلامی", org, ""}}, nil},

	{"city of X is a place", "en",
		"A rally was held in the Iranian city of Zanjan.",
		[]want{{"Zanjan", loc, ""}}, nil},
	{"hyphenated place is no person", "en",
		"Fighting resumed in 2020 over Nagorno-Karabakh, and Armenia lost.",
		nil, nil},
	{"plural of a group name", "en",
		"A Houthi commander died; the Houthis denied it.",
		[]want{{"Houthis", org, ""}}, nil},
	{"given name alone", "en",
		"Shrines honour the prophet Muhammad and his family.",
		[]want{{"Muhammad", per, ""}}, nil},

	{"case ending on an Azerbaijani surname stays out", "az",
		"Polis Elmar Vəliyevə sui-qəsd edən Yunis Səfərovu saxlayıb.",
		[]want{{"Elmar Vəliyev", per, ""}, {"Yunis Səfərov", per, ""}}, []string{"~Polis"}},
	{"Russian agency with quoted name", "ru",
		"Как сообщает агентство «Туран», суд назначен на понедельник.",
		[]want{{"Туран", org, ""}}, nil},
	{"Turkish service head with case", "tr",
		"Azerbaycan Devlet Güvenlik Servisi bunu doğrulamadı.",
		[]want{{"Azerbaycan Devlet Güvenlik Servisi", org, ""}}, nil},

	{"alias pair takes one type; a bare al- surname refers back", "en",
		"Muqtada al-Sadr spoke; al-Sadr left. The PMF, or al-Hashd al-Shaabi, remains divided.",
		[]want{{"Muqtada al-Sadr", per, ""}, {"al-Sadr", per, ""}, {"al-Hashd al-Shaabi", org, "PMF"}}, nil},
	{"capital at a sentence start; pro- is no name", "en",
		"Washington has designated it. Pro-Iranian outlets agreed.",
		[]want{{"Washington", loc, ""}}, []string{"Pro-Iranian", "Pro"}},

	{"invisible marks inside and between words", "en",
		"The cleric Tawhid Ibra\u200bhim\u200e Begli founded it.",
		[]want{{"Tawhid Ibra\u200bhim\u200e Begli", per, ""}}, nil},

	{"Persian agency and title, stop before an adverb", "fa",
		"به گزارش خبرگزاری تسنیم، آیت‌الله علی خامنه‌ای پیش از این حمایت کرده بود.",
		[]want{{"خبرگزاری تسنیم", org, ""}, {"علی خامنه\u200cای", per, ""}}, nil},
	{"Arabic head without the article ends the name", "ar",
		"وأكد أن ألوية الحشد جاهزة. وقالت وكالة الأنباء العراقية إن الوضع هادئ.",
		[]want{{"ألوية الحشد", org, ""}, {"وكالة الأنباء العراقية", org, ""}}, nil},

	// Lists and tables.
	{"list rows name – role", "en",
		"Members:\nBegli – founder\nZahidov – fighter, sentenced 2021\n",
		[]want{{"Begli", "", ""}, {"Zahidov", per, ""}}, nil},
	{"table rows", "en",
		"| Name | Role |\n|---|---|\n| Faik Waliyov | member |\n| Almir Zahidov | fighter |\n",
		[]want{{"Faik Waliyov", per, ""}, {"Almir Zahidov", per, ""}}, []string{"Name", "Role"}},
}

func TestRules(t *testing.T) {
	r := New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := extract.NewDoc(&dossier.Source{Text: c.text, Language: c.lang})
			ms := r.Recognize(d)
			checkMentions(t, d, ms)
			show := func() string {
				var b strings.Builder
				for i, m := range ms {
					b.WriteString("\n  ")
					b.WriteString(describe(ms, i))
					_ = m
				}
				return b.String()
			}
			for _, w := range c.want {
				i := find(ms, w.text)
				if i < 0 {
					t.Errorf("missing %q%s", w.text, show())
					continue
				}
				if w.typ != "" && ms[i].Type != w.typ {
					t.Errorf("%q: type %s, want %s%s", w.text, ms[i].Type, w.typ, show())
				}
				switch {
				case w.alias == "" && ms[i].Alias >= 0:
					t.Errorf("%q: unexpected alias of %q", w.text, ms[ms[i].Alias].Text)
				case w.alias != "" && (ms[i].Alias < 0 || ms[ms[i].Alias].Text != w.alias):
					t.Errorf("%q: alias %d, want alias of %q%s", w.text, ms[i].Alias, w.alias, show())
				}
			}
			for _, n := range c.not {
				inside := strings.HasPrefix(n, "~")
				n = strings.TrimPrefix(n, "~")
				for _, m := range ms {
					if m.Text == n || inside && strings.Contains(m.Text, n) {
						t.Errorf("unexpected mention %q%s", m.Text, show())
					}
				}
			}
		})
	}
}

func find(ms []extract.Mention, text string) int {
	for i, m := range ms {
		if m.Text == text {
			return i
		}
	}
	return -1
}

func describe(ms []extract.Mention, i int) string {
	m := ms[i]
	s := m.Text + " [" + string(m.Type) + " " + m.Method + "]"
	if m.Alias >= 0 {
		s += " alias of " + ms[m.Alias].Text
	}
	return s
}

// TestStage checks that the stage appends after existing mentions with alias indices moved,
// and that the pipeline's merge then prefers the known name.
func TestStage(t *testing.T) {
	text := "The Islamic Revolutionary Guard Corps (IRGC) trained Rashid Karimov."
	known := extract.Mention{Span: dossier.Span{Start: 53, End: 67}, Text: "Rashid Karimov", Type: per, Method: "known:name", Score: 0.9, EntityID: "E1", Alias: -1}
	for name, stage := range map[string]extract.Stage{"Process": New(), "Stage": Stage(New())} {
		d := extract.NewDoc(&dossier.Source{Text: text, Language: "en"})
		if got := d.Slice(known.Span); got != known.Text {
			t.Fatalf("test setup: span holds %q", got)
		}
		d.Mentions = append(d.Mentions, known)
		stage.Process(d)
		if len(d.Mentions) != 4 || d.Mentions[0].EntityID != "E1" {
			t.Fatalf("%s: got %+v, want the known mention then three of the rules", name, d.Mentions)
		}
		acr := find(d.Mentions, "IRGC")
		full := find(d.Mentions, "Islamic Revolutionary Guard Corps")
		if acr < 0 || full < 0 || d.Mentions[acr].Alias != full {
			t.Fatalf("%s: alias not moved: %+v", name, d.Mentions)
		}
		extract.MergeMentions.Process(d)
		if i := find(d.Mentions, "Rashid Karimov"); len(d.Mentions) != 3 || i < 0 || d.Mentions[i].EntityID != "E1" {
			t.Fatalf("%s: after merge %+v", name, d.Mentions)
		}
	}
}

// stubRecognizer stands for a model-backed recogniser.
type stubRecognizer []extract.Mention

func (s stubRecognizer) Recognize(*extract.Doc) []extract.Mention { return s }

// TestChain checks that an earlier recogniser wins overlaps and the rules fill the gaps.
func TestChain(t *testing.T) {
	text := "Sheikh Rashid Karimov met Yunis Safarov in Baku."
	d := extract.NewDoc(&dossier.Source{Text: text, Language: "en"})
	model := stubRecognizer{{Span: dossier.Span{Start: 7, End: 21}, Text: "Rashid Karimov", Type: per, Method: "model:stub", Score: 0.99, EntityID: "", Alias: -1}}
	ms := Chain{model, New()}.Recognize(d)
	checkMentions(t, d, ms)
	if len(ms) < 3 || ms[0].Method != "model:stub" || find(ms, "Yunis Safarov") < 0 || find(ms, "Baku") < 0 {
		for i := range ms {
			t.Log(describe(ms, i))
		}
		t.Fatal("chain did not keep the model's mention and add the rules' others")
	}
}

// TestEmpty checks degenerate documents.
func TestEmpty(t *testing.T) {
	r := New()
	if ms := r.Recognize(nil); ms != nil {
		t.Fatalf("nil doc: %v", ms)
	}
	for _, s := range []string{"", " ", "\n\n", "(((", "“", "@", "t.me/", "A", "al-", "| |"} {
		d := extract.NewDoc(&dossier.Source{Text: s})
		checkMentions(t, d, r.Recognize(d))
	}
}
