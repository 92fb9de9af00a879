package reader

import (
	"strings"
	"unicode/utf8"
)

// maxTitle is the length in runes below which a first line counts as the title of a text file.
const maxTitle = 200

// readText keeps a plain-text file whole; its title is its first non-empty line when short, and
// a byline under it gives authors, publisher and date.
func readText(text string) document {
	doc := document{text: text, title: firstLineTitle(text)}
	readHeader(text, &doc)
	return doc
}

// firstLineTitle returns the first non-blank line of text if it is shorter than maxTitle runes.
func firstLineTitle(text string) string {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if isBlank(line) {
			continue
		}
		line = strings.TrimSpace(line)
		if utf8.RuneCountInString(line) < maxTitle {
			return line
		}
		return ""
	}
	return ""
}

// looksLikeHTML reports whether text starts, after white space, an XML declaration and
// comments, with an HTML doctype or an <html>, <head> or <body> tag.
func looksLikeHTML(text string) bool {
	s := text[:min(len(text), 4<<10)]
	for {
		s = strings.TrimLeft(s, " \t\r\n\f\uFEFF")
		switch {
		case strings.HasPrefix(s, "<?"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return false
			}
			s = s[i+2:]
			continue
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return false
			}
			s = s[i+3:]
			continue
		}
		break
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			c := s[len(p)]
			return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/'
		}
	}
	return false
}

// hasMarkup reports whether text contains anything that looks like an HTML tag, comment or
// doctype in its first 64 KB. A ".html" file without any is read as plain text.
func hasMarkup(text string) bool {
	s := text[:min(len(text), 64<<10)]
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			return false
		}
		c := s[i+1]
		if c == '!' || c == '/' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
		s = s[i+1:]
	}
}
