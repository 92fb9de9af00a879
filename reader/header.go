package reader

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plain-text and Markdown documents state their metadata, when they do, in a byline under the
// title: "By Leyla Mammadova", "October 13, 2021", "Publication: Terrorism Monitor",
// "Müəllif: Rəşad Əliyev · Xəzər Xəbər · 2023-03-15", "Xəzər Xəbər | Rəşad Əliyev | 2023-03-15".
// readHeader reads such lines among the first few after the title. The text itself is not
// changed.

const (
	headerLines   = 6   // non-blank lines looked at after the title
	maxHeaderLine = 200 // runes; a longer line is body text and ends the header
	maxSegment    = 100 // runes in one unlabelled byline segment
)

// Labels that introduce a byline field, lower case, in the six languages, matched before a colon.
var (
	authorLabels = tokenSet("author", "authors", "by", "written by", "reporter", "müəllif",
		"müəlliflər", "yazar", "yazan", "yazarlar", "автор", "авторы", "نویسنده", "نویسندگان",
		"الكاتب", "الكاتبة", "كاتب", "المؤلف", "بقلم")
	publisherLabels = tokenSet("publisher", "publication", "published by", "outlet", "nəşr",
		"nəşriyyat", "yayıncı", "yayın", "издание", "издатель", "ناشر", "الناشر", "نشریه")
	dateLabels = tokenSet("date", "published", "publication date", "dated", "tarix", "tarixi",
		"tarih", "yayın tarihi", "дата", "опубликовано", "дата публикации", "تاریخ", "تاريخ",
		"التاريخ", "تاريخ النشر", "تاریخ انتشار")
	// authorPrefixes introduce an author without a colon.
	authorPrefixes = []string{"By ", "by ", "BY ", "بقلم ", "Автор ", "Yazan "}
	// authorSeparators join several authors in one field.
	authorSeparators = []string{" and ", " & ", "; ", " və ", " ve ", " и ", " و "}
	// bylineSeparators separate the fields of a one-line byline.
	bylineSeparators = []string{" | ", " · ", " • ", " ¦ "}
)

// readHeader fills the authors, publisher and publication date of doc, where still empty, from
// byline lines after the title at the top of text.
func readHeader(text string, doc *document) {
	var authors []string
	publisher := doc.publisher
	published := doc.published
	n := 0
	skippedTitle := false
	for len(text) > 0 && n < headerLines {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if isBlank(line) {
			continue
		}
		if !skippedTitle {
			skippedTitle = true
			if line == strings.TrimSpace(doc.title) {
				continue
			}
		}
		if utf8.RuneCountInString(line) > maxHeaderLine {
			break
		}
		n++
		var segs []string
		for _, sep := range bylineSeparators {
			if strings.Contains(line, sep) {
				segs = strings.Split(line, sep)
				break
			}
		}
		if segs == nil || len(segs) > 5 {
			segs = []string{line}
		}
		var unlabelled []string
		known := 0
		lineAuthors := 0
		for _, seg := range segs {
			seg = strings.TrimSpace(seg)
			if seg == "" {
				continue
			}
			kind, value := bylineField(seg)
			switch kind {
			case "date":
				if d, ok := parseMetaDate(value); ok {
					if published.IsZero() {
						published = d
					}
					known++
					continue
				}
			case "author":
				as := splitAuthors(value)
				authors = append(authors, as...)
				lineAuthors += len(as)
				known++
				continue
			case "publisher":
				if publisher == "" {
					publisher = value
				}
				known++
				continue
			}
			unlabelled = append(unlabelled, seg)
		}
		// Unlabelled fields count only beside a recognised one. Beside a labelled author the
		// other field is the publisher and the other way round; beside a date alone they read
		// in the common order "Publisher | Author | Date".
		if known == 0 || len(segs) == 1 {
			continue
		}
		var names []string
		for _, seg := range unlabelled {
			if plausibleName(seg) {
				names = append(names, seg)
			}
		}
		switch {
		case len(names) == 0:
		case lineAuthors > 0:
			publisher = cmp.Or(publisher, names[0])
		case lineAuthors == 0 && publisher != "" && len(names) == 1:
			authors = append(authors, splitAuthors(names[0])...)
		default:
			publisher = cmp.Or(publisher, names[0])
			if len(names) > 1 {
				authors = append(authors, splitAuthors(names[1])...)
			}
		}
	}
	if len(doc.authors) == 0 {
		doc.authors = authors
	}
	doc.publisher = publisher
	doc.published = published
}

// bylineField classifies one byline segment as "author", "publisher", "date" or "" and returns
// its value without the label.
func bylineField(seg string) (kind, value string) {
	for _, p := range authorPrefixes {
		if rest, ok := strings.CutPrefix(seg, p); ok && startsUpperOrNonLatin(rest) {
			return "author", strings.TrimSpace(rest)
		}
	}
	if label, rest, ok := cutLabel(seg); ok {
		switch l := strings.ToLower(label); {
		case authorLabels[l]:
			return "author", rest
		case publisherLabels[l]:
			return "publisher", cutAtNextLabel(rest)
		case dateLabels[l]:
			return "date", rest
		}
	}
	if _, ok := parseMetaDate(seg); ok {
		return "date", seg
	}
	return "", seg
}

// cutLabel splits "Label: value" where the label is at most three words.
func cutLabel(seg string) (label, value string, ok bool) {
	i := strings.IndexAny(seg, ":：")
	if i <= 0 {
		return "", "", false
	}
	label = strings.TrimSpace(seg[:i])
	_, size := utf8.DecodeRuneInString(seg[i:])
	value = strings.TrimSpace(seg[i+size:])
	if value == "" || len(strings.Fields(label)) > 3 {
		return "", "", false
	}
	return label, value, true
}

// cutAtNextLabel ends a value where another "Label:" begins ("Terrorism Monitor Volume: 20").
func cutAtNextLabel(v string) string {
	f := strings.Fields(v)
	for i := 1; i < len(f); i++ {
		if strings.HasSuffix(f[i], ":") {
			if r, _ := utf8.DecodeRuneInString(f[i]); unicode.IsUpper(r) {
				return strings.Join(f[:i], " ")
			}
		}
	}
	return v
}

func splitAuthors(v string) []string {
	parts := []string{v}
	for _, sep := range authorSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && plausibleName(p) {
			out = append(out, p)
		}
	}
	return out
}

// plausibleName accepts a short segment that is not a sentence, a URL or a number.
func plausibleName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxSegment || isURL(s) {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, " Ltd.") && !strings.HasSuffix(s, " Inc.") {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func startsUpperOrNonLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || (unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Cyrillic, r))
}
