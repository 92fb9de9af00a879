package reader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nesting estimates the deepest element nesting of an HTML text by counting start and end tags.
// Void elements and elements that the parser closes implicitly (p, li, td ...) are not counted,
// so ordinary pages score far below maxNesting; a page that nests thousands of elements, which
// makes tree construction slow and deep, scores high.
func nesting(text string) int {
	depth, deepest := 0, 0
	for i := 0; i < len(text); i++ {
		if text[i] != '<' || i+1 >= len(text) {
			continue
		}
		end := false
		j := i + 1
		if text[j] == '/' {
			end = true
			j++
		}
		k := j
		for k < len(text) && k-j < 12 && isASCIILetterOrDigit(text[k]) {
			k++
		}
		if k == j || !isASCIILetter(text[j]) {
			continue
		}
		switch strings.ToLower(text[j:k]) {
		case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
			"source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody",
			"thead", "tfoot", "html", "head", "body", "rb", "rt", "rp", "optgroup", "colgroup":
			continue
		}
		if end {
			depth = max(depth-1, 0)
			continue
		}
		depth++
		deepest = max(deepest, depth)
	}
	return deepest
}

func isASCIILetter(c byte) bool        { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIILetterOrDigit(c byte) bool { return isASCIILetter(c) || (c >= '0' && c <= '9') }

// stripTags returns the text of an HTML fragment without building a tree: tags are removed,
// scripts, styles and the like with their content, block elements become line or paragraph
// breaks and white space is collapsed. It serves HTML blocks in Markdown and pages too deeply
// nested to parse.
func stripTags(text string) string {
	z := html.NewTokenizer(strings.NewReader(text))
	r := &renderer{lineStart: true}
	skip := 0 // inside script, style ... (their content is raw text, so nothing nests inside)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return r.b.String()
		case html.TextToken:
			if skip == 0 {
				r.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Textarea, atom.Title,
				atom.Iframe, atom.Xmp, atom.Noembed, atom.Noframes:
				// The tokenizer reads these elements' content as raw text up to the end tag.
				if tt != html.EndTagToken { // a self-closing <script/> opens one too, as in browsers
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			case atom.Br:
				if r.brk >= 1 {
					r.brk = 2
				} else {
					r.brk = 1
				}
				continue
			case atom.Td, atom.Th:
				r.sep = true
				continue
			}
			r.brk = max(r.brk, breakOf(a))
		}
	}
}

// titleOf returns the content of the first <title> element in the first 64 KB of an HTML text.
func titleOf(text string) string {
	z := html.NewTokenizer(strings.NewReader(text[:min(len(text), 64<<10)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken:
			if name, _ := z.TagName(); string(name) == "title" {
				if z.Next() == html.TextToken {
					return strings.Join(strings.Fields(string(z.Text())), " ")
				}
				return ""
			}
		}
	}
}
