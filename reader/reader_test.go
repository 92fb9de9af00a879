package reader

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"golang.org/x/text/encoding/charmap"
)

func mustEncode(t testing.TB, e *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadErrors(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 2<<20)
	tests := []struct {
		name string
		path string
		data []byte
		opt  Options
		code string
		msg  string
	}{
		{"zip archive", "a.txt", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00rest of a zip"), Options{}, dossier.EINVALID, "binary file (application/zip)"},
		{"png image named .html", "a.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, dossier.EINVALID, "binary file (image/png)"},
		{"pdf content under .txt", "a.txt", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Options{}, dossier.EINVALID, "PDF is not supported yet"},
		{"pdf extension", "report.PDF", []byte("%PDF-1.4"), Options{}, dossier.EINVALID, "PDF is not supported yet"},
		{"NUL bytes in text", "a.txt", []byte("some text\x00\x00\x00more text"), Options{}, dossier.EINVALID, "binary file (contains NUL bytes)"},
		{"mostly control bytes", "a.txt", []byte("\x01\x02\x03\x04\x05\x06\x07\x08abc"), Options{}, dossier.EINVALID, "binary file (application/octet-stream)"},
		{"over the limit", "a.txt", big, Options{MaxSize: 1 << 20}, dossier.ETOOLARGE, "file is 2 MB, over the 1 MB limit"},
		{"empty", "a.txt", nil, Options{}, dossier.EINVALID, "empty file"},
		{"white space and invisible characters only", "a.md", []byte(" \n\t\r\n\u200b\u200f \n"), Options{}, dossier.EINVALID, "empty file"},
		{"BOM only", "a.txt", []byte("\xef\xbb\xbf"), Options{}, dossier.EINVALID, "empty file"},
		{"html without text", "a.html", []byte("<html><head><title>t</title><script>var a=1</script></head><body> </body></html>"), Options{}, dossier.EINVALID, "no text found in the HTML document"},
		{"windows-1251 without declaration", "a.txt", append([]byte("Заголовок: "), mustEncode(t, charmap.Windows1251, "Баку")...), Options{}, dossier.EINVALID, "invalid UTF-8 at byte 20 and no charset declared; pass --charset"},
		{"invalid UTF-8 after a BOM counts the BOM", "a.txt", []byte("\xef\xbb\xbfab\xff"), Options{}, dossier.EINVALID, "invalid UTF-8 at byte 5"},
		{"html declaring utf-8 but not", "a.html", []byte("<meta charset=utf-8><p>Bak\xfd</p>"), Options{}, dossier.EINVALID, "invalid UTF-8 at byte 26 and the document declares utf-8"},
		{"utf-8 given for a file that is not", "a.txt", []byte("caf\xe9"), Options{Charset: "utf8"}, dossier.EINVALID, "not valid UTF-8, the charset given"},
		{"unknown charset option", "a.txt", []byte("text"), Options{Charset: "klingon-8"}, dossier.EINVALID, `unknown charset "klingon-8"`},
		{"unknown declared charset", "a.html", []byte(`<meta charset="x-martian"><p>hi</p>`), Options{}, dossier.EINVALID, `unknown charset "x-martian" declared in the document`},
		{"unsupported extension", "brief.docx", []byte("PK\x03\x04"), Options{}, dossier.EINVALID, "unsupported file type .docx"},
		{"odd UTF-16", "a.txt", []byte("\xff\xfea\x00b"), Options{}, dossier.EINVALID, "truncated UTF-16"},
		{"UTF-16 holding NULs", "a.txt", []byte("\xff\xfea\x00\x00\x00"), Options{}, dossier.EINVALID, "binary file (contains NUL characters)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Read(tt.path, tt.data, tt.opt)
			if err == nil {
				t.Fatalf("Read = %+v, want error %q", src, tt.msg)
			}
			if code := dossier.ErrorCode(err); code != tt.code {
				t.Errorf("code = %q, want %q (%v)", code, tt.code, err)
			}
			if msg := dossier.ErrorMessage(err); !strings.Contains(msg, tt.msg) {
				t.Errorf("message = %q, want it to contain %q", msg, tt.msg)
			}
		})
	}
}

// A text file already in NFC with LF line ends is stored byte for byte, zero-width and bidi
// controls included, so that offsets found in the stored text address the file.
func TestReadTextVerbatim(t *testing.T) {
	text := "Tovhid İbrahimbəyli\n\n" +
		"Adı \u200fحسینیون\u200f kimi də yazılır; می\u200cکند, \u202aHüseynçilər\u202c, zero\u200bwidth, \u2066isolate\u2069.\n" +
		"\tTab-indented line with trailing spaces   \n" +
		"Последняя строка без перевода"
	src, err := Read("note.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if src.Text != text {
		t.Fatalf("Text changed:\n got %q\nwant %q", src.Text, text)
	}
	if src.Title != "Tovhid İbrahimbəyli" || src.Format != FormatText || src.Charset != "utf-8" {
		t.Errorf("Title, Format, Charset = %q, %q, %q", src.Title, src.Format, src.Charset)
	}
	if src.Size != int64(len(text)) || src.ContentHash != dossier.HashBytes([]byte(text)) || src.ID != dossier.ContentID(text) {
		t.Errorf("Size, ContentHash or ID wrong: %+v", src)
	}
	if !src.Retrieved.IsZero() {
		t.Errorf("Retrieved is set; the caller sets it")
	}
}

func TestReadText(t *testing.T) {
	long := strings.Repeat("word ", 60)
	tests := []struct {
		name    string
		path    string
		data    []byte
		opt     Options
		text    string
		title   string
		charset string
		format  string
	}{
		{"CRLF becomes LF and the BOM goes", "a.txt", []byte("\xef\xbb\xbfTitle\r\nbody\r\n"), Options{}, "Title\nbody\n", "Title", "utf-8", "text"},
		{"decomposed letters are composed (NFC)", "a.txt", []byte("Bake\u0301 s\u0327ehri"), Options{}, "Baké şehri", "Baké şehri", "utf-8", "text"},
		{"title skips blank lines", "a.text", []byte("\n\n  Heading line  \nbody"), Options{}, "\n\n  Heading line  \nbody", "Heading line", "utf-8", "text"},
		{"no title from a long first line", "a.txt", []byte(long + "\nbody"), Options{}, long + "\nbody", "", "utf-8", "text"},
		{"UTF-16LE with BOM", "a.txt", []byte("\xff\xfeB\x00a\x00k\x00\x31\x04"), Options{}, "Bakб", "Bakб", "utf-16le", "text"},
		{"UTF-16BE with BOM", "a.txt", []byte("\xfe\xff\x00B\x06\x27"), Options{}, "Bا", "Bا", "utf-16be", "text"},
		{"declared windows-1251", "a.txt", mustEncode(t, charmap.Windows1251, "Задержаны в Баку"), Options{Charset: "windows-1251"}, "Задержаны в Баку", "Задержаны в Баку", "windows-1251", "text"},
		{"charset alias cp1256", "a.txt", mustEncode(t, charmap.Windows1256, "بيان"), Options{Charset: "cp1256"}, "بيان", "بيان", "windows-1256", "text"},
		{"iso-8859-9 Turkish", "a.txt", mustEncode(t, charmap.ISO8859_9, "Gözaltı işlemi"), Options{Charset: "iso-8859-9"}, "Gözaltı işlemi", "Gözaltı işlemi", "windows-1254", "text"},
		{"koi8-r", "a.txt", mustEncode(t, charmap.KOI8R, "Хусейнийюн"), Options{Charset: "koi8-r"}, "Хусейнийюн", "Хусейнийюн", "koi8-r", "text"},
		{"a .txt holding HTML stays text", "page.txt", []byte("<!DOCTYPE html><p>Hi there</p>"), Options{}, "<!DOCTYPE html><p>Hi there</p>", "<!DOCTYPE html><p>Hi there</p>", "utf-8", "text"},
		{"no extension, HTML doctype", "download", []byte("<!doctype html><title>T</title><p>Body text</p>"), Options{}, "Body text", "T", "utf-8", "html"},
		{"no extension, XML declaration then html", "page", []byte("<?xml version=\"1.0\"?>\n<html><body><p>Body</p></body></html>"), Options{}, "Body", "", "utf-8", "html"},
		{"no extension, plain text", "README", []byte("Plain notes\n<b>not html</b>"), Options{}, "Plain notes\n<b>not html</b>", "Plain notes", "utf-8", "text"},
		{"an .html file without markup is text", "a.HTM", []byte("Just a line\nand another"), Options{}, "Just a line\nand another", "Just a line", "utf-8", "text"},
		{"xhtml with an XML encoding declaration", "a.xhtml", append([]byte(`<?xml version="1.0" encoding="windows-1251"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>`), mustEncode(t, charmap.Windows1251, "Задержаны в Баку</p></body></html>")...), Options{}, "Задержаны в Баку", "", "windows-1251", "html"},
		{"http-equiv charset", "a.htm", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>`), mustEncode(t, charmap.Windows1256, "بيان الوزارة")...), Options{}, "بيان الوزارة", "", "windows-1256", "html"},
		{"the option rescues a false utf-8 declaration", "a.html", append([]byte(`<meta charset="utf-8"><p>`), mustEncode(t, charmap.Windows1251, "Хусейнийюн")...), Options{Charset: "windows-1251"}, "Хусейнийюн", "", "windows-1251", "html"},
		{"the option stands in for an unknown declared charset", "a.html", append([]byte(`<meta charset="x-cyr"><p>`), mustEncode(t, charmap.Windows1251, "Хусейнийюн")...), Options{Charset: "windows-1251"}, "Хусейнийюн", "", "windows-1251", "html"},
		{"a known declaration wins over the option", "a.html", append([]byte(`<meta charset="windows-1256"><p>`), mustEncode(t, charmap.Windows1256, "بيان")...), Options{Charset: "windows-1251"}, "بيان", "", "windows-1256", "html"},
		{"valid UTF-8 is not re-read in the option's charset", "a.txt", []byte("Хусейнийюн"), Options{Charset: "windows-1251"}, "Хусейнийюн", "Хусейнийюн", "utf-8", "text"},
		{"a BOM wins over the option", "a.txt", []byte("\xff\xfeB\x00"), Options{Charset: "koi8-r"}, "B", "B", "utf-16le", "text"},
		{"stray control characters become spaces", "a.txt", []byte("a\x1bb\x0cc"), Options{}, "a b c", "a b c", "utf-8", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Read(tt.path, tt.data, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if src.Text != tt.text || src.Title != tt.title || src.Charset != tt.charset || src.Format != tt.format {
				t.Errorf("got Text %q Title %q Charset %q Format %q\nwant Text %q Title %q Charset %q Format %q",
					src.Text, src.Title, src.Charset, src.Format, tt.text, tt.title, tt.charset, tt.format)
			}
		})
	}
}

func TestReadHTMLMeta(t *testing.T) {
	const body = `<body><article><p>Enough paragraph text for the article to be chosen as the main text of this page.</p></article></body>`
	tests := []struct {
		name      string
		head      string
		title     string
		publisher string
		authors   []string
		published string
	}{
		{"og:title with site suffix stripped", `<meta property="og:title" content="Arrests in Ganja | Caspian Monitor"><meta property="og:site_name" content="Caspian Monitor">`,
			"Arrests in Ganja", "Caspian Monitor", nil, ""},
		{"title with site prefix stripped", `<title>Caspian Monitor - Arrests in Ganja</title><meta property="og:site_name" content="caspian monitor">`,
			"Arrests in Ganja", "caspian monitor", nil, ""},
		{"suffix kept when it is not the site", `<title>Arrests in Ganja | Part 2</title><meta property="og:site_name" content="Caspian Monitor">`,
			"Arrests in Ganja | Part 2", "Caspian Monitor", nil, ""},
		{"h1 when there is no title", `<meta name="author" content="A. Guliyev; B. Karimova">`,
			"", "", []string{"A. Guliyev", "B. Karimova"}, ""},
		{"h1 when the title is only the site name", `<title>Caspian Monitor</title><meta property="og:site_name" content="Caspian Monitor">`,
			"", "Caspian Monitor", nil, ""},
		{"article:author URL skipped, name kept", `<meta property="article:author" content="https://example.org/authors/7"><meta property="article:author" content="Nigar Huseynova">`,
			"", "", []string{"Nigar Huseynova"}, ""},
		{"JSON-LD author object and publisher", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Elvin Aliyev"},"publisher":{"name":"Baku Daily"},"datePublished":"2021-10-05T23:30:00+04:00"}</script>`,
			"", "Baku Daily", []string{"Elvin Aliyev"}, "2021-10-05"},
		{"JSON-LD author string and list merged with meta, without repeats", `<meta name="author" content="Elvin Aliyev"><script type="application/ld+json">{"@type":"Article","author":["elvin aliyev","Sara Rahimi"]}</script>`,
			"", "", []string{"Elvin Aliyev", "Sara Rahimi"}, ""},
		{"JSON-LD in @graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":["BlogPosting"],"headline":"Graph headline","datePublished":"2020-02"}]}</script>`,
			"Graph headline", "", nil, "2020-02"},
		{"invalid JSON-LD ignored", `<script type="application/ld+json">{"@type":"Article","author":</script><meta name="dc.date" content="2019">`,
			"", "", nil, "2019"},
		{"article:published_time wins over meta date", `<meta name="date" content="2001-01-01"><meta property="article:published_time" content="2022-07-03T08:00:00Z">`,
			"", "", nil, "2022-07-03"},
		{"impossible date ignored, next source used", `<meta property="article:published_time" content="2022-02-30"><meta name="pubdate" content="03.07.2022">`,
			"", "", nil, "2022-07-03"},
		{"RFC 1123 date", `<meta name="date" content="Tue, 05 Oct 2021 10:00:00 GMT">`,
			"", "", nil, "2021-10-05"},
		{"English date", `<meta name="date" content="5 October 2021">`, "", "", nil, "2021-10-05"},
		{"month precision", `<meta name="date" content="October 2021">`, "", "", nil, "2021-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head>" + body + "</html>"
			if tt.title == "" && strings.Contains(tt.name, "h1") {
				page = "<html><head>" + tt.head + "</head><body><h1>Heading one</h1>" + body[6:] + "</html>"
				tt.title = "Heading one"
			}
			src, err := Read("p.html", []byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if src.Title != tt.title || src.Publisher != tt.publisher || !slices.Equal(src.Authors, tt.authors) || src.Published.String() != tt.published {
				t.Errorf("got title %q publisher %q authors %q published %q\nwant title %q publisher %q authors %q published %q",
					src.Title, src.Publisher, src.Authors, src.Published, tt.title, tt.publisher, tt.authors, tt.published)
			}
		})
	}
}

func TestReadHTMLText(t *testing.T) {
	tests := []struct {
		name string
		html string
		want string
	}{
		{"paragraphs, headings and entities",
			`<h2>Head&amp;line</h2><p>One  &nbsp;two
			three</p><p>Four&#8203;five</p>`,
			"Head&line\n\nOne two three\n\nFour\u200bfive"},
		{"list items on their own lines",
			`<p>Members:</p><ul><li>Ali</li><li>Vali <b>Hasan</b> oglu</li></ul><p>End.</p>`,
			"Members:\n\nAli\nVali Hasan oglu\n\nEnd."},
		{"data table rows with cells joined",
			`<table><thead><tr><th>Name</th><th>Role</th></tr></thead><tr><td>T. Ibrahimbeyli</td><td>founder</td></tr></table>`,
			"Name | Role\nT. Ibrahimbeyli | founder"},
		{"br and double br",
			`<p>line one<br>line two<br><br>new paragraph</p>`,
			"line one\nline two\n\nnew paragraph"},
		{"pre keeps its lines",
			"<p>Code:</p><pre>\n  a = 1\n\n  b = 2\n</pre><p>after</p>",
			"Code:\n\n  a = 1\n\n  b = 2\n\nafter"},
		{"scripts, styles, forms, hidden elements dropped",
			`<p>kept</p><script>alert(1)</script><style>p{}</style><noscript>enable js</noscript><form><label>Search</label><input></form><p hidden>secret</p><p style="display: none">also</p><div aria-hidden="true">icon</div><template><p>t</p></template><svg><text>svg text</text></svg>`,
			"kept"},
		{"bidi controls and zero-width joiners kept",
			"<p>\u200fحسینیون\u200f and می\u200cکند</p>",
			"\u200fحسینیون\u200f and می\u200cکند"},
		{"cookie banner and share buttons by class, navigation by role",
			`<div class="cookie-consent">We use cookies</div><div role="navigation">Home News</div><div class="article-share">Share</div><div class="story"><p>The story itself.</p></div>`,
			"The story itself."},
		{"commentary is not comments",
			`<div class="commentary"><p>An analysis of the group.</p></div>`,
			"An analysis of the group."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Read("p.html", []byte("<html><body>"+tt.html+"</body></html>"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if src.Text != tt.want {
				t.Errorf("Text = %q, want %q", src.Text, tt.want)
			}
		})
	}
}

// The main-text chooser prefers the article's paragraphs over a longer run of links, teasers and
// comments around them.
func TestReadHTMLMainText(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><div id=menu>")
	for i := 0; i < 40; i++ {
		b.WriteString(`<a href="/x">Menu entry with a fairly long link text number</a> `)
	}
	b.WriteString(`</div><div class="col"><div class="txt">`)
	for i := 0; i < 5; i++ {
		b.WriteString("<p>The detainees, according to the ministry, had travelled to Qom, Mashhad and Damascus between 2016 and 2019.</p>")
	}
	b.WriteString(`</div></div><div class="teasers">`)
	for i := 0; i < 10; i++ {
		b.WriteString(`<div><a href="/y">Another story, with commas, you may like</a></div>`)
	}
	b.WriteString(`</div></body></html>`)
	src, err := Read("p.html", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(src.Text, "Menu entry") || strings.Contains(src.Text, "Another story") {
		t.Errorf("boilerplate in the main text:\n%s", src.Text)
	}
	if n := strings.Count(src.Text, "The detainees"); n != 5 {
		t.Errorf("main text has %d of 5 paragraphs:\n%s", n, src.Text)
	}
}

// Pages nested deeper than the parser should be asked to build still give their text.
func TestReadHTMLDeepNesting(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 100000) + "<p>deep text</p>" + strings.Repeat("</div>", 10) + "<p>after</p></body></html>"
	src, err := Read("deep.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(src.Text, "deep text") || !strings.Contains(src.Text, "after") {
		t.Errorf("Text = %q", src.Text)
	}
}

func TestReadMarkdown(t *testing.T) {
	tests := []struct {
		name string
		md   string
		text string
	}{
		{"emphasis removed, literal stars kept", "**bold** and *it* and __u__ and ~~gone~~ but 2 * 3 and snake_case_name", "bold and it and u and gone but 2 * 3 and snake_case_name"},
		{"links and images", "See [the report](https://x.org/r \"T\") and ![a photo of Qom](q.jpg) and [ref link][1].\n\n[1]: https://x.org", "See the report and a photo of Qom and ref link."},
		{"nested brackets in link text", "[Husseiniyun [az]](https://x.org)", "Husseiniyun [az]"},
		{"inline code kept literally", "Run `a *b* c` now", "Run a *b* c now"},
		{"escapes", `\*not emphasis\* and \[not a link\]`, "*not emphasis* and [not a link]"},
		{"headings without hashes", "# One #\n\n### Three", "One\n\nThree"},
		{"setext heading", "Title here\n---\nbody", "Title here\n\nbody"},
		{"fenced code kept as text with markers", "```go\nx := *p // **not bold**\n```", "x := *p // **not bold**"},
		{"block quote and lists", "> quoted *text*\n\n* item one\n- [x] done item\n2. second", "quoted text\n\nitem one\ndone item\n2. second"},
		{"scripts in html blocks dropped, self-closing ones too", "<div>\n<script/>alert(1)</script><style>p{}</style>\n<p>kept</p>\n</div>", "kept"},
		{"html block stripped", "<div class=\"note\">\n<p>Inside <b>html</b></p>\n</div>\n\nafter", "Inside html\n\nafter"},
		{"inline html and autolinks", "a <span class=x>span</span> and <https://example.org> and <info@example.org>", "a span and https://example.org and info@example.org"},
		{"entities decoded outside code", "Tom &amp; Jerry `&amp;`", "Tom & Jerry &amp;"},
		{"thematic break", "above\n\n***\n\nbelow", "above\n\nbelow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Read("n.md", []byte(tt.md), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if src.Text != tt.text {
				t.Errorf("Text = %q, want %q", src.Text, tt.text)
			}
		})
	}
}

func TestReadMarkdownFrontMatter(t *testing.T) {
	md := "---\ntitle: 'Hüseynçilər: arayış'\nauthors:\n  - Aysel Məmmədova\n  - \"Orxan Quliyev\"\ndate: 2024-01-09T10:00:00+04:00\npublisher: Arayış Mərkəzi # comment\n---\n# A different heading\n\nBu mətn hərəkat haqqında qısa məlumatdır.\n"
	src, err := Read("a.markdown", []byte(md), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Aysel Məmmədova", "Orxan Quliyev"}
	if src.Title != "Hüseynçilər: arayış" || !slices.Equal(src.Authors, want) || src.Published.String() != "2024-01-09" || src.Publisher != "Arayış Mərkəzi" {
		t.Errorf("got title %q authors %q published %q publisher %q", src.Title, src.Authors, src.Published, src.Publisher)
	}
	if src.Text != "A different heading\n\nBu mətn hərəkat haqqında qısa məlumatdır." || src.Language != "az" {
		t.Errorf("Text = %q, Language = %q", src.Text, src.Language)
	}
}

func TestParseMetaDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2021-10-05T23:30:00+04:00", "2021-10-05"}, // the date as written, not moved to UTC
		{"2021-10-05 08:00", "2021-10-05"},
		{"2021-10", "2021-10"},
		{"2021", "2021"},
		{"2021/10/05", "2021-10-05"},
		{"20211005", "2021-10-05"},
		{"05.10.2021", "2021-10-05"},
		{"Oct 5, 2021", "2021-10-05"},
		{"15 mart 2023-cü il", "2023-03-15"},
		{"16 Mart 2023", "2023-03-16"},
		{"15 марта 2023 г.", "2023-03-15"},
		{"Март 2023", "2023-03"},
		{"۱۵ مارس ۲۰۲۳", "2023-03-15"},
		{"١٥ مارس ٢٠٢٣", "2023-03-15"},
		{"March 15, 2023", "2023-03-15"},
		{"15 esfand 1401", ""},
		{"۲۵ اسفند ۱۴۰۱", ""}, // Solar Hijri: not read rather than read wrong
		{"31 июня 2023", ""},
		{"15 mart", ""},
		{"2021-13-01", ""},
		{"2021-02-29", ""},
		{"0001-01-01T00:00:00Z", ""},
		{"yesterday", ""},
		{"2021T", ""},
	}
	for _, tt := range tests {
		d, ok := parseMetaDate(tt.in)
		if got := d.String(); got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseMetaDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestSupported(t *testing.T) {
	for path, want := range map[string]bool{
		"a.txt": true, "A.TXT": true, "b.text": true, "c.md": true, "d.Markdown": true, "e.html": true,
		"f.HTM": true, "g.xhtml": true, "noext": true, "dir.d/noext": true,
		"h.pdf": false, "i.docx": false, "j.json": false, "k.html.gz": false,
	} {
		if got := Supported(path); got != want {
			t.Errorf("Supported(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.md")
	if err := os.WriteFile(ok, []byte("# Başlıq\n\nMətn."), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := ReadFile(ok, Options{})
	if err != nil || src.Title != "Başlıq" || src.Path != ok {
		t.Fatalf("ReadFile = %+v, %v", src, err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("x"), 3000), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		opt  Options
		code string
		msg  string
	}{
		{dir, Options{}, dossier.EINVALID, "is a directory"},
		{filepath.Join(dir, "missing.txt"), Options{}, dossier.ENOTFOUND, "no such file"},
		{big, Options{MaxSize: 2000}, dossier.ETOOLARGE, "file is 3 KB, over the 2 KB limit"},
		{filepath.Join(dir, "x.docx"), Options{}, dossier.ENOTFOUND, "no such file"},
	}
	for _, tt := range tests {
		_, err := ReadFile(tt.path, tt.opt)
		if dossier.ErrorCode(err) != tt.code || !strings.Contains(dossier.ErrorMessage(err), tt.msg) {
			t.Errorf("ReadFile(%s) error = %v (code %q), want %s %q", filepath.Base(tt.path), err, dossier.ErrorCode(err), tt.code, tt.msg)
		}
	}
}

func TestSizeString(t *testing.T) {
	tests := []struct {
		n, limit int64
		want     string
	}{
		{61 << 20, 50 << 20, "61 MB"},
		{50<<20 + 1, 50 << 20, "52428801 bytes"},
		{50 << 20, 50 << 20, "50 MB"},
		{1500, 1000, "1 KB"},
		{999, 1000, "999 bytes"},
	}
	for _, tt := range tests {
		if got := sizeString(tt.n, tt.limit); got != tt.want {
			t.Errorf("sizeString(%d, %d) = %q, want %q", tt.n, tt.limit, got, tt.want)
		}
	}
}

// Every error Read returns is a *dossier.Error with a user-facing code, whatever the input.
func checkReadResult(t *testing.T, path string, data []byte, src *dossier.Source, err error) {
	t.Helper()
	if err != nil {
		if c := dossier.ErrorCode(err); c != dossier.EINVALID && c != dossier.ETOOLARGE {
			t.Fatalf("Read(%s) error code %q: %v", path, c, err)
		}
		return
	}
	if !utf8.ValidString(src.Text) || !utf8.ValidString(src.Title) {
		t.Fatalf("Read(%s): invalid UTF-8 in Text or Title", path)
	}
	if src.ID != dossier.ContentID(src.Text) || src.ContentHash != dossier.HashBytes(data) || src.Size != int64(len(data)) {
		t.Fatalf("Read(%s): ID, ContentHash or Size inconsistent", path)
	}
	if isBlank(src.Text) {
		t.Fatalf("Read(%s): blank text without an error", path)
	}
}

func TestReadHeader(t *testing.T) {
	tests := []struct {
		name      string
		path      string
		text      string
		authors   []string
		publisher string
		published string
	}{
		{"English By line with two authors", "a.txt", "Cell dismantled\n\nBy Leyla Mammadova and John Carter\n\nSecurity services said on Tuesday ...",
			[]string{"Leyla Mammadova", "John Carter"}, "", ""},
		{"English date line alone", "a.txt", "Report title\n\nOctober 13, 2021\n\nThe following report ...", nil, "", "2021-10-13"},
		{"labelled publication with trailing fields", "a.txt", "A profile\n\nPublication: Terrorism Monitor Volume: 20 Issue: 4\n\nBody.", nil, "Terrorism Monitor", ""},
		{"Azerbaijani Markdown byline", "a.md", "# Gəncədə həbslər\n\n*Müəllif: Rəşad Əliyev · Xəzər Xəbər · 2023-03-15*\n\nMətn.",
			[]string{"Rəşad Əliyev"}, "Xəzər Xəbər", "2023-03-15"},
		{"Turkish labelled author", "a.txt", "Gence'de gözaltı\nYazan: Ayşe Yılmaz ve Mehmet Demir · Bölge Gündemi · 16.03.2023\n\nMetin.",
			[]string{"Ayşe Yılmaz", "Mehmet Demir"}, "Bölge Gündemi", "2023-03-16"},
		{"Russian unlabelled publisher | author | date", "a.txt", "Задержания в Гяндже\n\nКавказский обозреватель | Марьям Алиева | 2021-05-25\n\nТекст.",
			[]string{"Марьям Алиева"}, "Кавказский обозреватель", "2021-05-25"},
		{"Arabic unlabelled byline", "a.txt", "بيان حول الاعتقالات\n\nصحيفة المرصد | قاسم جوادي | 2017-04-14\n\nنص.",
			[]string{"قاسم جوادي"}, "صحيفة المرصد", "2017-04-14"},
		{"Persian labelled lines", "a.txt", "بازداشت در گنجه\nنویسنده: مریم احمدی\nتاریخ: 2023-03-15\n\nمتن.",
			[]string{"مریم احمدی"}, "", "2023-03-15"},
		{"Azerbaijani date with month name and suffix", "a.txt", "Gəncədə həbslər\nMüəllif: Rəşad Əliyev · 15 mart 2023-cü il\n\nMətn.",
			[]string{"Rəşad Əliyev"}, "", "2023-03-15"},
		{"Russian date line in the genitive", "a.txt", "Задержания в Гяндже\n15 марта 2023 г.\n\nТекст.", nil, "", "2023-03-15"},
		{"a sentence starting with By is not a byline", "a.txt", "Title\n\nBy the end of 2016 the group had grown.\n\nMore.", nil, "", ""},
		{"fields without a date or label are not a byline", "a.txt", "Title\n\nBaku | Ganja | Qom\n\nMore.", nil, "", ""},
		{"a date in the body is not the publication date", "a.txt", "Title\n\n" + strings.Repeat("Long body line. ", 20) + "\n2020-01-01", nil, "", ""},
		{"front matter wins over the byline", "a.md", "---\nauthor: Front Author\ndate: 2020-02-02\n---\n# T\n\nBy Other Person | 2021-01-01\n\nBody.",
			[]string{"Front Author"}, "", "2020-02-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Read(tt.path, []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(src.Authors, tt.authors) || src.Publisher != tt.publisher || src.Published.String() != tt.published {
				t.Errorf("got authors %q publisher %q published %q; want %q %q %q",
					src.Authors, src.Publisher, src.Published, tt.authors, tt.publisher, tt.published)
			}
		})
	}
}

// Markup on which the tree parser is quadratic (text foster-parented out of table rows) is read
// by the tag stripper, decided from the bytes alone so that the result never depends on timing.
func TestReadHTMLFosteredText(t *testing.T) {
	page := "<title>Rows</title><table>" + strings.Repeat("<tr>row text ", 5000)
	src, err := Read("rows.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The tree parser would have moved all the text before the table as one line; the tag
	// stripper keeps a line per row.
	if n := strings.Count(src.Text, "row text\n"); n != 4999 || src.Title != "Rows" {
		t.Errorf("got %d of 4999 row lines, title %q", n, src.Title)
	}
	// A real table with text in its cells is parsed as a tree.
	table := "<title>T</title><table>" + strings.Repeat("<tr><td>cell a</td><td>cell b</td></tr>", 300) + "</table>"
	if _, foster, stray := shape(table); foster != 0 || stray != 0 {
		t.Errorf("a clean table: %d fostered runs, %d stray end tags", foster, stray)
	}
	if _, _, stray := shape(strings.Repeat("</div>", 5000)); stray != 5000 {
		t.Errorf("stray end tags: %d", stray)
	}
}

// A channel page lists many messages of similar weight; the main text is all of them, not the
// densest one.
func TestReadHTMLMessageList(t *testing.T) {
	msgs := []string{
		"Сегодня в Гяндже задержаны семь человек, связанных с движением, сообщает источник канала.",
		"Bu gün Gəncədə hərəkatla əlaqəli yeddi nəfər saxlanılıb, kanalın mənbəyi bildirir.",
		"امروز در گنجه هفت نفر مرتبط با این جنبش بازداشت شدند، منبع کانال گزارش داد.",
	}
	var b strings.Builder
	b.WriteString(`<html><body><div class="channel-info"><div class="channel-title">Xəbər kanalı</div><div class="channel-description">Kanal haqqında qısa məlumat, abunəçilər üçün.</div></div><section class="history">`)
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&b, `<div class="message-wrap"><div class="message"><div class="message-text">%d. %s</div><div class="message-date"><time datetime="2023-03-1%dT10:00:00+00:00">10:00</time></div></div></div>`,
			i+1, strings.Repeat(msgs[i%3]+" ", 7), i)
	}
	b.WriteString(`</section></body></html>`)
	src, err := Read("channel.html", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 6; i++ {
		if !strings.Contains(src.Text, fmt.Sprintf("%d. ", i)) {
			t.Errorf("message %d missing from:\n%s", i, src.Text)
		}
	}
	if strings.Contains(src.Text, "abunəçilər") {
		t.Errorf("channel description in the main text:\n%s", src.Text)
	}
}

// The same bytes always give the same Source: its ID is the hash of the text, and a page whose
// JSON-LD holds two articles must not yield either at random.
func TestReadDeterministic(t *testing.T) {
	page := []byte(`<html><head><script type="application/ld+json">{"x":{"@type":"Article","headline":"Headline B","author":"Writer B"},` +
		`"m":{"@type":"NewsArticle","headline":"Headline A","author":"Writer A"},"z":{"@type":"Report","headline":"Headline C"}}</script></head>` +
		`<body><div><p>One block of text that is long enough to count as a paragraph.</p></div>` +
		`<div><p>Another block of text that is long enough to count as a paragraph.</p></div></body></html>`)
	first, err := Read("p.html", page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if first.Title != "Headline A" || !slices.Equal(first.Authors, []string{"Writer A"}) {
		t.Errorf("title %q authors %q, want the article under the first key in sorted order", first.Title, first.Authors)
	}
	for range 30 {
		src, err := Read("p.html", page, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if src.ID != first.ID || src.Title != first.Title || !slices.Equal(src.Authors, first.Authors) {
			t.Fatalf("second read differs: %q %q %q vs %q %q %q", src.ID, src.Title, src.Authors, first.ID, first.Title, first.Authors)
		}
	}
}

// Hostile Markdown lines that a naive inline parser handles in quadratic time ("[[[[", "a* a*",
// "<<<<") are read in linear time. The bound is far above the ~10 ms these take, and far below
// the minutes a quadratic parser takes on them.
func TestReadMarkdownHostileLines(t *testing.T) {
	const n = 200000
	for name, line := range map[string]string{
		"brackets": strings.Repeat("[", n),
		"images":   strings.Repeat("![", n/2),
		"closers":  strings.Repeat("a* ", n/3),
		"angles":   strings.Repeat("<", n),
		"links":    strings.Repeat("[x](", n/4),
		"ticks":    strings.Repeat("`` x ` ", n/7),
	} {
		start := time.Now()
		src, err := Read("x.md", []byte(line), Options{})
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v", name, d)
		}
		checkReadResult(t, name, []byte(line), src, err)
	}
}
