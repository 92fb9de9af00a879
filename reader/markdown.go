package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// readMarkdown turns Markdown into readable plain text: headings without '#', emphasis markers
// removed, links as their text, images as their alt text, code kept as it is, HTML blocks
// stripped to their text, tables as lines of cells joined with " | ". Line breaks stay where the
// author put them. A YAML ("---") or TOML ("+++") front-matter block gives title, authors,
// publisher and date and is removed.
func readMarkdown(text string) document {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	var doc document
	lines = frontMatter(lines, &doc)

	var out []string
	emit := func(s string) { out = append(out, s) }
	blank := func() {
		if len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
	}
	var fence string // the open code fence, "" outside one
	var htmlBlock []string
	heading := ""     // the first heading, for the title
	prevPara := false // the previous line was paragraph text (a setext underline may follow)
	prevBlank := true // the previous line was blank (an indented code block may start)
	for _, line := range lines {
		if fence != "" {
			if t := strings.TrimSpace(line); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
				blank()
				continue
			}
			emit(strings.TrimRightFunc(line, unicode.IsSpace))
			continue
		}
		if htmlBlock != nil {
			if strings.TrimSpace(line) == "" {
				emitHTML(htmlBlock, emit, blank)
				htmlBlock = nil
				blank()
				prevPara, prevBlank = false, true
				continue
			}
			htmlBlock = append(htmlBlock, line)
			continue
		}
		if strings.TrimSpace(line) == "" {
			blank()
			prevPara, prevBlank = false, true
			continue
		}
		indent := leadingIndent(line)
		if indent >= 4 && prevBlank && !isListItem(line) {
			emit(strings.TrimRightFunc(stripIndent(line, 4), unicode.IsSpace)) // indented code
			continue
		}
		wasBlank := prevBlank
		prevBlank = false
		t := strings.TrimSpace(line)
		// Block quotes: strip the markers and read what is inside.
		for strings.HasPrefix(t, ">") {
			t = strings.TrimSpace(t[1:])
		}
		if t == "" {
			blank()
			continue
		}
		if f := fenceOf(t); f != "" {
			fence = f
			blank()
			prevPara = false
			continue
		}
		if indent < 4 && isHTMLStart(t) {
			htmlBlock = []string{t}
			if !wasBlank {
				blank()
			}
			prevPara = false
			continue
		}
		if n := atxLevel(t); n > 0 {
			h := strings.TrimSpace(t[n:])
			h = strings.TrimSpace(strings.TrimRight(h, "#"))
			h = inline(h)
			if heading == "" {
				heading = h
			}
			blank()
			emit(h)
			blank()
			prevPara = false
			continue
		}
		if isSetextUnderline(t) && prevPara {
			if heading == "" && len(out) > 0 {
				heading = out[len(out)-1]
			}
			blank()
			prevPara = false
			continue
		}
		if isThematicBreak(t) {
			blank()
			prevPara = false
			continue
		}
		if isLinkDefinition(t) || isTableSeparator(t) {
			continue
		}
		if strings.HasPrefix(t, "|") {
			emit(tableRow(t))
			prevPara = false
			continue
		}
		if rest, ok := cutListMarker(t); ok {
			emit(inline(rest))
			prevPara = false
			continue
		}
		emit(inline(t))
		prevPara = true
	}
	if htmlBlock != nil {
		emitHTML(htmlBlock, emit, blank)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	doc.text = strings.Join(out, "\n")
	if doc.title == "" {
		doc.title = heading
	}
	if doc.title == "" {
		doc.title = firstLineTitle(doc.text)
	}
	readHeader(doc.text, &doc)
	return doc
}

func emitHTML(block []string, emit func(string), blank func()) {
	t := strings.TrimSpace(stripTags(strings.Join(block, "\n")))
	if t == "" {
		return
	}
	for _, l := range strings.Split(t, "\n") {
		if l == "" {
			blank()
		} else {
			emit(l)
		}
	}
}

// frontMatter reads and removes a front-matter block at the start of a Markdown file.
func frontMatter(lines []string, doc *document) []string {
	if len(lines) == 0 {
		return lines
	}
	open := strings.TrimSpace(strings.TrimPrefix(lines[0], "\uFEFF"))
	if open != "---" && open != "+++" {
		return lines
	}
	end := -1
	for i := 1; i < len(lines) && i < 500; i++ {
		if t := strings.TrimSpace(lines[i]); t == open || (open == "---" && t == "...") {
			end = i
			break
		}
	}
	if end < 0 {
		return lines
	}
	sep := ":"
	if open == "+++" {
		sep = "="
	}
	var key string
	for _, l := range lines[1:end] {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "- ") && key != "" && l != t { // an item of the list under key
			fmValue(doc, key, unquote(strings.TrimSpace(t[2:])))
			continue
		}
		k, v, ok := strings.Cut(l, sep)
		if !ok || strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
			for _, item := range strings.Split(v[1:len(v)-1], ",") {
				fmValue(doc, key, unquote(strings.TrimSpace(item)))
			}
			continue
		}
		fmValue(doc, key, unquote(v))
	}
	return lines[end+1:]
}

func fmValue(doc *document, key, v string) {
	if v == "" {
		return
	}
	switch key {
	case "title":
		if doc.title == "" {
			doc.title = v
		}
	case "author", "authors", "creator", "creators", "byline":
		for _, a := range strings.Split(v, ";") {
			if a = strings.TrimSpace(a); a != "" && !isURL(a) {
				doc.authors = append(doc.authors, a)
			}
		}
	case "publisher", "site", "site_name", "source_name", "outlet":
		if doc.publisher == "" {
			doc.publisher = v
		}
	case "date", "published", "publishdate", "publish_date", "pubdate", "date_published", "datepublished":
		if d, ok := parseMetaDate(v); ok && doc.published.IsZero() {
			doc.published = d
		}
	}
}

func unquote(v string) string {
	if i := strings.Index(v, " #"); i >= 0 && !strings.HasPrefix(v, "\"") && !strings.HasPrefix(v, "'") {
		v = strings.TrimSpace(v[:i]) // a YAML comment
	}
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
		if v0 := v; strings.Contains(v0, `\"`) {
			v = strings.ReplaceAll(v0, `\"`, `"`)
		}
	}
	return v
}

func leadingIndent(s string) int {
	n := 0
	for _, c := range s {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

func stripIndent(s string, n int) string {
	for n > 0 && len(s) > 0 {
		switch s[0] {
		case ' ':
			n--
		case '\t':
			n -= 4
		default:
			return s
		}
		s = s[1:]
	}
	return s
}

func fenceOf(t string) string {
	for _, f := range []string{"```", "~~~"} {
		if strings.HasPrefix(t, f) {
			n := len(t) - len(strings.TrimLeft(t, f[:1]))
			if f[0] == '`' && strings.Contains(t[n:], "`") {
				return "" // an inline code span, not a fence
			}
			return t[:n]
		}
	}
	return ""
}

func atxLevel(t string) int {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return 0
	}
	return n
}

func isSetextUnderline(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

func isThematicBreak(t string) bool {
	s := strings.ReplaceAll(t, " ", "")
	if len(s) < 3 {
		return false
	}
	return strings.Trim(s, "-") == "" || strings.Trim(s, "*") == "" || strings.Trim(s, "_") == ""
}

func isLinkDefinition(t string) bool {
	if !strings.HasPrefix(t, "[") || strings.HasPrefix(t, "[^") {
		return false
	}
	i := strings.Index(t, "]:")
	return i > 1 && !strings.ContainsAny(t[1:i], "[]") && strings.TrimSpace(t[i+2:]) != ""
}

func isTableSeparator(t string) bool {
	if !strings.Contains(t, "-") || !strings.Contains(t, "|") && !strings.Contains(t, ":") {
		return false
	}
	return strings.Trim(t, "|-: \t") == ""
}

func tableRow(t string) string {
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			cur.WriteByte('|')
			i++
		case t[i] == '|':
			cells = append(cells, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(t[i])
		}
	}
	cells = append(cells, cur.String())
	var kept []string
	for _, c := range cells {
		if c = inline(strings.TrimSpace(c)); c != "" {
			kept = append(kept, c)
		}
	}
	return strings.Join(kept, " | ")
}

func isListItem(line string) bool {
	_, ok := cutListMarker(strings.TrimSpace(line))
	return ok
}

// cutListMarker removes a bullet ("- ", "* ", "+ ") and a task box ("[ ] ", "[x] ") from a list
// item. Ordered items keep their number, which the text may refer to.
func cutListMarker(t string) (string, bool) {
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t') {
		rest := strings.TrimSpace(t[2:])
		for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
			rest = strings.TrimPrefix(rest, box)
		}
		return rest, true
	}
	i := 0
	for i < len(t) && i < 9 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && (t[i+1] == ' ' || t[i+1] == '\t') {
		return t[:i+1] + " " + strings.TrimSpace(t[i+2:]), true
	}
	return t, false
}

// isHTMLStart reports whether a line opens an HTML block: a tag, closing tag or comment at its
// start.
func isHTMLStart(t string) bool {
	if len(t) < 3 || t[0] != '<' {
		return false
	}
	if strings.HasPrefix(t, "<!--") {
		return true
	}
	s := t[1:]
	s = strings.TrimPrefix(s, "/")
	n := 0
	for n < len(s) && isASCIILetterOrDigit(s[n]) {
		n++
	}
	if n == 0 || !isASCIILetter(s[0]) || n >= len(s) {
		return false
	}
	if c := s[n]; c != '>' && c != ' ' && c != '/' && c != '\t' {
		return false
	}
	// An autolink <https://...> has a colon; a tag name does not.
	return !strings.Contains(s[:n], ":")
}

// piece is a run of inline output: text, or an emphasis delimiter run that may be removed.
type piece struct {
	s       string
	delim   byte // '*', '_' or '~' for delimiter runs
	n       int  // characters of the run still unmatched
	open    bool
	close   bool
	literal bool // text that must not be entity-decoded (code spans)
}

// inline renders the inline Markdown of one line as plain text.
func inline(s string) string {
	if !strings.ContainsAny(s, "*_~`[]<\\&!") {
		return s
	}
	pieces := inlinePieces(s, 0)
	matchDelims(pieces)
	var b strings.Builder
	for _, p := range pieces {
		switch {
		case p.delim != 0:
			b.WriteString(strings.Repeat(string(p.delim), p.n))
		case p.literal:
			b.WriteString(p.s)
		case strings.Contains(p.s, "&"):
			b.WriteString(html.UnescapeString(p.s))
		default:
			b.WriteString(p.s)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func inlinePieces(s string, depth int) []piece {
	var out []piece
	text := func(t string) {
		if t != "" {
			out = append(out, piece{s: t})
		}
	}
	start := 0
	var m []int32 // bracket pairs, computed at the first '['
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			text(s[start:i])
			out = append(out, piece{s: s[i+1 : i+2], literal: true})
			i += 2
			start = i
			continue
		case c == '`':
			n := runLen(s, i, '`')
			if j := strings.Index(s[i+n:], strings.Repeat("`", n)); j >= 0 {
				text(s[start:i])
				code := s[i+n : i+n+j]
				if len(code) >= 2 && code[0] == ' ' && code[len(code)-1] == ' ' && strings.TrimSpace(code) != "" {
					code = code[1 : len(code)-1]
				}
				out = append(out, piece{s: code, literal: true})
				i += 2*n + j
				start = i
				continue
			}
			i += n
			continue
		case (c == '[' || (c == '!' && i+1 < len(s) && s[i+1] == '[')) && depth < 8:
			open := i
			if c == '!' {
				open++
			}
			if m == nil {
				m = pairs(s)
			}
			if label, after, ok := linkAt(s, open, m); ok {
				text(s[start:i])
				out = append(out, inlinePieces(label, depth+1)...)
				i = after
				start = i
				continue
			}
			i++
			continue
		case c == '<':
			if end := strings.IndexByte(s[i:min(len(s), i+maxTagScan)], '>'); end > 0 {
				inner := s[i+1 : i+end]
				switch {
				case strings.HasPrefix(inner, "http://") || strings.HasPrefix(inner, "https://") ||
					(strings.Contains(inner, "@") && !strings.ContainsAny(inner, " <")):
					text(s[start:i])
					out = append(out, piece{s: inner, literal: true})
					i += end + 1
					start = i
					continue
				case strings.HasPrefix(inner, "!--") || isHTMLStart(s[i:i+end+1]) || (len(inner) > 0 && inner[0] == '/' && isHTMLStart(s[i:i+end+1])):
					text(s[start:i])
					i += end + 1
					start = i
					continue
				}
			}
			i++
			continue
		case c == '*' || c == '_' || c == '~':
			n := runLen(s, i, c)
			if c == '~' && n != 2 {
				i += n
				continue
			}
			text(s[start:i])
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if i == 0 {
				prev = ' '
			}
			if i+n >= len(s) {
				next = ' '
			}
			left := !unicode.IsSpace(next) && (!isPunct(next) || unicode.IsSpace(prev) || isPunct(prev))
			right := !unicode.IsSpace(prev) && (!isPunct(prev) || unicode.IsSpace(next) || isPunct(next))
			p := piece{delim: c, n: n, open: left, close: right}
			if c == '_' {
				p.open = left && (!right || isPunct(prev))
				p.close = right && (!left || isPunct(next))
			}
			out = append(out, p)
			i += n
			start = i
			continue
		}
		i++
	}
	text(s[start:])
	return out
}

// Bounds on inline scans, which would otherwise make hostile lines ("<<<<...", "a* a* a*")
// quadratic: an HTML tag or autolink, and how far back a closing emphasis marker looks for its
// opener.
const (
	maxTagScan   = 1000
	maxDelimBack = 100
)

// linkAt reads a link or image at s[i] == '[': "[label](destination "title")", "[label][ref]"
// or "[label][]". It returns the label and the index after the link. m is pairs(s).
func linkAt(s string, i int, m []int32) (label string, after int, ok bool) {
	j := int(m[i])
	if j < 0 {
		return "", 0, false
	}
	label = s[i+1 : j]
	if k := j + 1; k < len(s) && (s[k] == '(' || s[k] == '[') && m[k] >= 0 {
		return label, int(m[k]) + 1, true
	}
	return "", 0, false
}

// pairs returns, for every '[' and '(' of s, the index of its matching ']' or ')', and -1
// elsewhere; backslash escapes are skipped. One pass with a stack per kind keeps link parsing
// linear on hostile lines such as "[[[[...".
func pairs(s string) []int32 {
	m := make([]int32, len(s))
	var sq, rd []int32
	for i := 0; i < len(s); i++ {
		m[i] = -1
		switch s[i] {
		case '\\':
			if i+1 < len(s) {
				i++
				m[i] = -1
			}
		case '[':
			sq = append(sq, int32(i))
		case '(':
			rd = append(rd, int32(i))
		case ']':
			if n := len(sq); n > 0 {
				m[sq[n-1]] = int32(i)
				sq = sq[:n-1]
			}
		case ')':
			if n := len(rd); n > 0 {
				m[rd[n-1]] = int32(i)
				rd = rd[:n-1]
			}
		}
	}
	return m
}

// matchDelims pairs emphasis openers with closers of the same character and removes the
// markers they use up; unmatched markers stay in the text.
func matchDelims(ps []piece) {
	for j := range ps {
		if ps[j].delim == 0 || !ps[j].close {
			continue
		}
		for k := j - 1; k >= max(0, j-maxDelimBack) && ps[j].n > 0; k-- {
			if ps[k].delim != ps[j].delim || !ps[k].open || ps[k].n == 0 {
				continue
			}
			use := min(ps[k].n, ps[j].n)
			ps[k].n -= use
			ps[j].n -= use
		}
	}
}

func runLen(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
