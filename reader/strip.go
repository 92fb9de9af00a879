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
	d, _, _ := shape(text)
	return d
}

// Limits of the markup shapes on which the tree parser is slow. The parser is linear on real
// pages but quadratic on text foster-parented out of table rows (each run is appended to one
// growing string) and on floods of end tags that close nothing. A page past these limits is
// read by stripTags, which is linear. The decision depends on the bytes alone, so the same page
// always gives the same text and the same content ID.
const (
	maxFoster = 256  // runs of text directly inside a table, outside any cell or caption
	maxStray  = 4096 // end tags with no open element of that name
)

// shape scans the markup once without building a tree and returns the element nesting depth (an
// estimate: void and optional-end elements are not counted), the runs of foster-parented text and
// the stray end tags.
func shape(text string) (deepest, foster, stray int) {
	depth := 0
	table, cell := 0, 0
	open := map[string]int{}
	textRun := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '<' || i+1 >= len(text) {
			if !textRun && c > ' ' && c != '<' && c != '>' && table > 0 && cell == 0 {
				foster++
				textRun = true
			}
			continue
		}
		textRun = false
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
		name := strings.ToLower(text[j:k])
		if gt := strings.IndexByte(text[k:], '>'); gt >= 0 {
			i = k + gt // the tag's own characters are not text
		}
		switch name {
		case "table":
			if end {
				table = max(table-1, 0)
			} else {
				table++
			}
		case "td", "th", "caption":
			if end {
				cell = max(cell-1, 0)
			} else {
				cell++
			}
		case "tr":
			if !end {
				cell = 0 // a new row closes the open cells
			}
		}
		if end {
			if open[name] > 0 {
				open[name]--
			} else {
				stray++
			}
		} else if len(open) < 256 || open[name] > 0 {
			open[name]++
		}
		switch name {
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
	return deepest, foster, stray
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
