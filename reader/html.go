package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds the element nesting the tree walks descend into. The HTML parser builds trees
// as deep as the input nests, and a hostile page can nest a million elements; text below this
// depth is ignored rather than risk the stack or quadratic work. maxNesting is the depth, as
// estimated by a tokenizer pass, above which the page is not parsed into a tree at all but
// stripped of its tags (see stripTags).
const (
	maxDepth   = 512
	maxNesting = 400
)

// readHTML extracts the main text and the metadata of an HTML document.
func readHTML(text string) document {
	if depth, foster, stray := shape(text); depth > maxNesting || foster > maxFoster || stray > maxStray {
		return document{text: stripTags(text), title: titleOf(text)}
	}
	root, err := html.ParseWithOptions(strings.NewReader(text), html.ParseOptionEnableScripting(true))
	if err != nil {
		return document{text: stripTags(text), title: titleOf(text)}
	}
	p := newPage(root)
	doc := p.meta()
	main := p.mainNode()
	doc.text = p.render(main, true)
	// Main-text selection can go wrong on odd layouts: when it kept under a quarter of the
	// page's text and little text at all, take the whole body without the boilerplate instead;
	// when that is empty too, the whole body.
	if main != p.body && p.textLen[main] < 500 && 4*p.textLen[main] < p.textLen[p.body] {
		doc.text = p.render(p.body, true)
	}
	if isBlank(doc.text) {
		doc.text = p.render(p.body, false)
	}
	if doc.title == "" {
		if h1 := find(main, atom.H1, 0); h1 != nil {
			doc.title = textOf(h1)
		} else if h1 := find(p.body, atom.H1, 0); h1 != nil {
			doc.title = textOf(h1)
		}
	}
	if doc.published.IsZero() {
		doc.published = p.timeIn(main)
	}
	return doc
}

// page holds a parsed document and what was decided about its nodes.
type page struct {
	root, body *html.Node
	hidden     map[*html.Node]bool // never text: scripts, forms, hidden elements
	boiler     map[*html.Node]bool // navigation, share buttons, comments ... by tag, class, id or role
	textLen    map[*html.Node]int  // runes of visible text below the node, boilerplate excluded
	linkLen    map[*html.Node]int  // of which inside links
}

func newPage(root *html.Node) *page {
	p := &page{
		root:    root,
		hidden:  map[*html.Node]bool{},
		boiler:  map[*html.Node]bool{},
		textLen: map[*html.Node]int{},
		linkLen: map[*html.Node]int{},
	}
	p.body = find(root, atom.Body, 0)
	if p.body == nil {
		p.body = root
	}
	p.classify(root, 0, false, false)
	p.measure(p.body, 0, false)
	return p
}

// hiddenTags never hold readable text of the page.
var hiddenTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Map: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Dialog: true, atom.Head: true, atom.Title: true, atom.Link: true, atom.Meta: true,
	atom.Img: true, atom.Picture: true, atom.Source: true, atom.Track: true,
}

// boilerTags are page furniture. A <header> inside an <article> holds its headline and standfirst
// and is kept.
var boilerTags = map[atom.Atom]bool{atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Menu: true}

// Class and id tokens. strongBoiler tokens mark furniture even next to a keep token
// ("article-share"); weakBoiler tokens yield to one ("header" in "article-header").
var (
	strongBoiler = tokenSet("share", "sharing", "sharebar", "social", "socials", "cookie", "cookies",
		"consent", "gdpr", "newsletter", "subscribe", "subscription", "breadcrumb", "breadcrumbs",
		"related", "recommended", "comments", "comment", "disqus", "outbrain", "taboola",
		"advert", "advertisement", "ads", "ad", "adsense", "sponsored", "promo", "popup", "modal",
		"sr", "screen", "visually", "skip", "trending", "popular", "mostread", "signup", "login", "print")
	weakBoiler = tokenSet("nav", "navbar", "navigation", "menu", "submenu", "header", "footer",
		"sidebar", "widget", "widgets", "banner", "masthead", "toolbar", "pagination", "pager",
		"tags", "tag", "topbar", "bottom", "aside")
	keepTokens = tokenSet("article", "main", "content", "story", "body", "text", "entry", "post")
	// boilerSubstrings catch run-together names ("sharebuttons", "cookiebar", "mainnav").
	boilerSubstrings = []string{"share", "cookie", "social", "breadcrumb", "newsletter", "navbar",
		"outbrain", "taboola", "disqus", "advert"}
	boilerRoles = tokenSet("navigation", "banner", "contentinfo", "complementary", "search", "menu",
		"menubar", "dialog", "alertdialog", "toolbar", "tablist", "alert")
)

func tokenSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// classify marks hidden and boilerplate nodes, top-down.
func (p *page) classify(n *html.Node, depth int, inArticle, inBoiler bool) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			p.hidden[c] = true
			continue
		case html.ElementNode:
		default:
			continue
		}
		if hiddenTags[c.DataAtom] || c.Namespace != "" || isHidden(c) {
			p.hidden[c] = true
			continue
		}
		art := inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main || attr(c, "role") == "main"
		if !inBoiler && isBoiler(c, inArticle) {
			p.boiler[c] = true
			p.classify(c, depth+1, art, true)
			continue
		}
		p.classify(c, depth+1, art, inBoiler)
	}
}

func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			s := strings.ToLower(a.Val)
			if strings.Contains(s, "display") || strings.Contains(s, "visibility") {
				s = strings.Join(strings.Fields(s), "")
				if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// isBoiler reports whether an element is navigation, a menu, a banner, share buttons, comments,
// related links or another piece of page furniture, by its tag, role, class or id.
func isBoiler(n *html.Node, inArticle bool) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Article, atom.Main:
		return false
	case atom.Header:
		if !inArticle {
			return true
		}
	default:
		if boilerTags[n.DataAtom] {
			return true
		}
	}
	if role := strings.ToLower(attr(n, "role")); role != "" {
		if role == "main" || role == "article" {
			return false
		}
		if boilerRoles[role] {
			return true
		}
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if strings.TrimSpace(names) == "" {
		return false
	}
	strong, weak, keep := false, false, false
	for _, tok := range strings.FieldsFunc(names, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		strong = strong || strongBoiler[tok]
		weak = weak || weakBoiler[tok]
		keep = keep || keepTokens[tok]
	}
	if !strong {
		for _, s := range boilerSubstrings {
			if strings.Contains(names, s) {
				strong = true
				break
			}
		}
	}
	return strong || (weak && !keep)
}

// measure fills textLen and linkLen for n and its descendants, leaving out hidden and (when
// inside no boilerplate itself) boilerplate text.
func (p *page) measure(n *html.Node, depth int, inLink bool) (text, link int) {
	if depth > maxDepth {
		return 0, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if p.hidden[c] {
			continue
		}
		switch c.Type {
		case html.TextNode:
			k := visibleLen(c.Data)
			text += k
			if inLink {
				link += k
			}
		case html.ElementNode:
			t, l := p.measure(c, depth+1, inLink || c.DataAtom == atom.A)
			if p.boiler[c] {
				continue
			}
			text += t
			link += l
		}
	}
	p.textLen[n], p.linkLen[n] = text, link
	return text, link
}

// visibleLen counts the runes of s that are not white space.
func visibleLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				n++
			}
			i++
			continue
		}
		r, k := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			n++
		}
		i += k
	}
	return n
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// indexSpace returns the index of the first white-space rune in s, or len(s).
func indexSpace(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				return i
			}
			i++
			continue
		}
		r, k := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += k
	}
	return len(s)
}

// mainNode chooses the element that holds the main text: the dominant <article>, else <main> or
// role=main (or an itemprop=articleBody), else the element with the densest paragraph text, else
// the body.
func (p *page) mainNode() *html.Node {
	bodyLen := p.textLen[p.body]
	if bodyLen == 0 {
		return p.body
	}
	var articles, mains []*html.Node
	p.walk(p.body, 0, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Article:
			articles = append(articles, n)
			return false // nested articles are comments or embeds of this one
		case n.DataAtom == atom.Main, attr(n, "role") == "main", attr(n, "itemprop") == "articleBody":
			mains = append(mains, n)
		}
		return true
	})
	if best, sum := p.largest(articles); best != nil {
		if l := p.textLen[best]; 2*l >= sum && (l >= 200 || 3*l >= bodyLen) {
			return best
		}
	}
	if best, _ := p.largest(mains); best != nil {
		if 5*p.textLen[best] >= bodyLen {
			return best
		}
	}
	if best := p.densest(); best != nil {
		return best
	}
	return p.body
}

func (p *page) largest(nodes []*html.Node) (*html.Node, int) {
	var best *html.Node
	sum := 0
	for _, n := range nodes {
		if p.boiler[n] || p.underBoiler(n) {
			continue
		}
		l := p.textLen[n]
		sum += l
		if best == nil || l > p.textLen[best] {
			best = n
		}
	}
	if best == nil || p.textLen[best] == 0 {
		return nil, 0
	}
	return best, sum
}

func (p *page) underBoiler(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if p.boiler[a] || p.hidden[a] {
			return true
		}
	}
	return false
}

// densest scores every paragraph-like element by its length and commas, credits the score to its
// parent and half of it to its grandparent, and returns the ancestor with the best score
// discounted by its link density. If the winner has siblings that scored nearly as well, their
// common parent is returned so that a story split over several containers stays whole.
func (p *page) densest() *html.Node {
	score := map[*html.Node]float64{}
	var order []*html.Node // candidates in document order, so that ties break the same way every time
	parText := map[*html.Node]int{}
	total := 0
	credit := func(n *html.Node, s float64) {
		if _, ok := score[n]; !ok {
			order = append(order, n)
		}
		score[n] += s
	}
	p.walk(p.body, 0, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Li, atom.Div, atom.Section, atom.Dd:
		default:
			return true
		}
		if n.DataAtom == atom.Div || n.DataAtom == atom.Section || n.DataAtom == atom.Li || n.DataAtom == atom.Td {
			if hasBlockChild(n) {
				return true // only its own paragraphs count
			}
		}
		l := p.textLen[n] - p.linkLen[n]
		if l < 25 {
			return true
		}
		total += l
		for a := n; a != nil && a != p.body; a = a.Parent {
			parText[a] += l
		}
		s := 1 + float64(min(l/100, 3)) + float64(strings.Count(textOf(n), ","))
		if n.Parent != nil {
			credit(n.Parent, s)
			if g := n.Parent.Parent; g != nil {
				credit(g, s/2)
			}
		}
		return false
	})
	var best *html.Node
	bestScore := 0.0
	final := func(n *html.Node) float64 {
		s := score[n]
		if t := p.textLen[n]; t > 0 {
			s *= 1 - float64(p.linkLen[n])/float64(t)
		}
		return s
	}
	for _, n := range order {
		if p.hidden[n] || p.boiler[n] || p.underBoiler(n) {
			continue
		}
		if s := final(n); s > bestScore {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return nil
	}
	if parent := best.Parent; parent != nil && parent != p.root {
		for c := parent.FirstChild; c != nil; c = c.NextSibling {
			if c != best && final(c) >= 0.5*bestScore {
				best = parent
				break
			}
		}
	}
	// A page of many similar blocks (a channel's messages, a list of statements) has no single
	// densest block: climb to the element that holds at least half of the paragraph text.
	for best != p.body && best.Parent != nil && best.Parent.Type == html.ElementNode && 2*parText[best] < total {
		best = best.Parent
	}
	return best
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && breakOf(c.DataAtom) > 0 {
			return true
		}
	}
	return false
}

// walk calls f on every visible element below n, depth first; f returns false to skip the
// element's children.
func (p *page) walk(n *html.Node, depth int, f func(*html.Node) bool) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || p.hidden[c] || p.boiler[c] {
			continue
		}
		if f(c) {
			p.walk(c, depth+1, f)
		}
	}
}

// breakOf returns the break an element puts around itself: 2 for paragraphs (a blank line), 1
// for lines (list items, table rows, definition terms), 0 for inline elements.
func breakOf(a atom.Atom) int {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre,
		atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Aside,
		atom.Nav, atom.Figure, atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Hr, atom.Address,
		atom.Center, atom.Details, atom.Fieldset, atom.Hgroup, atom.Body, atom.Html, atom.Dir,
		atom.Menu, atom.Form, atom.Listing, atom.Plaintext, atom.Xmp:
		return 2
	case atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Figcaption, atom.Caption, atom.Summary,
		atom.Legend, atom.Option, atom.Thead, atom.Tbody, atom.Tfoot:
		return 1
	}
	return 0
}

// renderer writes text with collapsed white space and lazily placed breaks, so that no line
// starts or ends with a space and no more than one blank line separates blocks.
type renderer struct {
	p         *page
	b         strings.Builder
	brk       int  // pending break before the next text
	space     bool // pending space
	sep       bool // pending table-cell separator
	lineStart bool
	boiler    bool // leave out boilerplate
}

// render returns the text of n; with boiler set, boilerplate is left out.
func (p *page) render(n *html.Node, boiler bool) string {
	r := &renderer{p: p, boiler: boiler, lineStart: true}
	r.node(n, 0, false)
	return r.b.String()
}

func (r *renderer) children(n *html.Node, depth int, table bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, depth+1, table)
	}
}

// node renders n; table is set inside a data table, whose cells are joined with " | ".
func (r *renderer) node(n *html.Node, depth int, table bool) {
	if depth > maxDepth || r.p.hidden[n] || (r.boiler && r.p.boiler[n]) {
		return
	}
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.DocumentNode:
		r.children(n, depth, table)
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Br:
		if r.brk >= 1 {
			r.brk = 2
		} else {
			r.brk = 1
		}
		return
	case atom.Pre, atom.Listing, atom.Plaintext, atom.Xmp:
		r.brk = max(r.brk, 2)
		r.raw(n, depth)
		r.brk = max(r.brk, 2)
		return
	case atom.Table:
		r.brk = max(r.brk, 2)
		r.children(n, depth, isDataTable(n))
		r.brk = max(r.brk, 2)
		return
	case atom.Td, atom.Th:
		if table {
			r.sep = true
			r.children(n, depth, table)
			return
		}
		r.brk = max(r.brk, 1)
		r.children(n, depth, table)
		r.brk = max(r.brk, 1)
		return
	case atom.Tr:
		r.brk = max(r.brk, 1)
		r.sep = false
		r.children(n, depth, table)
		r.brk = max(r.brk, 1)
		r.sep = false
		return
	}
	b := breakOf(n.DataAtom)
	r.brk = max(r.brk, b)
	r.children(n, depth, table)
	r.brk = max(r.brk, b)
}

// isDataTable reports whether a table holds data rather than page layout: no cell holds
// paragraphs, lists, headings or another table.
func isDataTable(t *html.Node) bool {
	data := true
	var visit func(n *html.Node, depth int, inCell bool)
	visit = func(n *html.Node, depth int, inCell bool) {
		if depth > 64 || !data {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if inCell && breakOf(c.DataAtom) == 2 && c.DataAtom != atom.Div {
				data = false
				return
			}
			visit(c, depth+1, inCell || c.DataAtom == atom.Td || c.DataAtom == atom.Th)
		}
	}
	visit(t, 0, false)
	return data
}

func (r *renderer) flush() {
	if r.brk > 0 {
		if r.b.Len() > 0 {
			r.b.WriteString("\n\n"[:r.brk])
		}
		r.lineStart, r.space, r.brk = true, false, 0
	}
	if r.sep {
		if !r.lineStart {
			r.b.WriteString(" | ")
			r.space = false
		}
		r.sep = false
	}
	if r.space && !r.lineStart {
		r.b.WriteByte(' ')
	}
	r.space, r.lineStart = false, false
}

// text writes s with runs of white space collapsed to one space.
func (r *renderer) text(s string) {
	for len(s) > 0 {
		i := indexSpace(s)
		if i > 0 {
			r.flush()
			r.b.WriteString(s[:i])
			s = s[i:]
			continue
		}
		_, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		r.space = true
	}
}

// raw writes the text below a <pre> with its line breaks and indentation as they are, less
// blank lines at its ends and spaces at line ends.
func (r *renderer) raw(n *html.Node, depth int) {
	var b strings.Builder
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case r.p.hidden[c]:
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				b.WriteByte('\n')
			case c.Type == html.ElementNode:
				visit(c, depth+1)
			}
		}
	}
	visit(n, depth)
	lines := strings.Split(strings.ReplaceAll(b.String(), "\r", ""), "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return
	}
	r.space = false
	r.flush()
	for i, line := range lines {
		if i > 0 {
			r.b.WriteByte('\n')
		}
		r.b.WriteString(strings.TrimRightFunc(line, unicode.IsSpace))
	}
}

// textOf returns the collapsed text below n, hidden elements left out.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxDepth || b.Len() > 64<<10 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if !hiddenTags[c.DataAtom] || c.DataAtom == atom.Title {
					b.WriteByte(' ')
					visit(c, depth+1)
				}
			}
		}
	}
	visit(n, 0)
	return strings.Join(strings.Fields(b.String()), " ")
}

// find returns the first element with tag a below n, depth first.
func find(n *html.Node, a atom.Atom, depth int) *html.Node {
	if depth > maxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			return c
		}
		if f := find(c, a, depth+1); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}
