package reader

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// prescanSize is how much of an HTML document is searched for a charset declaration. The HTML
// standard says 1024 bytes; pages with long heads put <meta charset> later, so look further.
const prescanSize = 4 << 10

// decode returns data as a UTF-8 string and the name of the charset it was decoded from. The
// charset comes from, in order: a byte-order mark; a declaration in the document (HTML <meta>,
// XML declaration) when html is set; else UTF-8. The fallback charset (Options.Charset) is used
// where that fails: for content that is not valid UTF-8 although nothing or UTF-8 was declared,
// and for a declared charset that is unknown. Valid UTF-8 is never re-read in the fallback, so a
// fallback given for a folder of legacy files leaves its UTF-8 files alone.
func decode(data []byte, fallback string, html bool) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if err := checkUTF8(data, 3, "the file starts with a UTF-8 byte-order mark"); err != nil {
			return "", "", err
		}
		return string(data), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data, unicode.LittleEndian, "utf-16le")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data, unicode.BigEndian, "utf-16be")
	}
	var fbEnc encoding.Encoding
	var fbName string
	if fallback != "" {
		var err error
		if fbEnc, fbName, err = lookupCharset(fallback); err != nil {
			return "", "", dossier.Errorf(dossier.EINVALID, "unknown charset %q", clip(fallback, 40))
		}
	}
	why := "no charset declared"
	if html {
		if label := declaredCharset(data); label != "" {
			enc, name, err := lookupCharset(label)
			switch {
			case err != nil && fbEnc != nil:
				return decodeWith(data, fbEnc, fbName)
			case err != nil:
				return "", "", dossier.Errorf(dossier.EINVALID, "unknown charset %q declared in the document; pass --charset", clip(label, 40))
			case strings.HasPrefix(name, "utf-16"):
				// A document that can be read as ASCII to find its <meta> is not UTF-16; the
				// HTML standard reads it as UTF-8.
				why = "the document declares " + name
			case name != "utf-8":
				return decodeWith(data, enc, name)
			default:
				why = "the document declares utf-8"
			}
		}
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	if fbEnc != nil {
		return decodeWith(data, fbEnc, fbName)
	}
	return "", "", checkUTF8(data, 0, why)
}

func lookupCharset(label string) (encoding.Encoding, string, error) {
	enc, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return nil, "", err
	}
	name, err := htmlindex.Name(enc)
	if err != nil || name == "replacement" {
		// "replacement" stands for encodings that browsers refuse to decode (ISO-2022-KR, HZ).
		return nil, "", dossier.Errorf(dossier.EINVALID, "unsupported charset")
	}
	return enc, name, nil
}

// decodeWith decodes data from a charset the document declared or the caller gave.
func decodeWith(data []byte, enc encoding.Encoding, name string) (string, string, error) {
	if name == "utf-8" {
		if !utf8.Valid(data) {
			return "", "", dossier.Errorf(dossier.EINVALID, "not valid UTF-8, the charset given; pass the file's charset with --charset")
		}
		return string(data), name, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", &dossier.Error{Code: dossier.EINVALID, Message: "cannot decode " + name, Err: err}
	}
	return string(out), name, nil
}

func decodeUTF16(data []byte, order unicode.Endianness, name string) (string, string, error) {
	if len(data)%2 != 0 {
		return "", "", dossier.Errorf(dossier.EINVALID, "truncated UTF-16: odd number of bytes")
	}
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return "", "", &dossier.Error{Code: dossier.EINVALID, Message: "cannot decode " + name, Err: err}
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return "", "", dossier.Errorf(dossier.EINVALID, "binary file (contains NUL characters)")
	}
	return string(out), name, nil
}

// checkUTF8 returns an error naming the first invalid byte's offset (plus base, for a stripped
// byte-order mark) if data is not valid UTF-8.
func checkUTF8(data []byte, base int, why string) error {
	if utf8.Valid(data) {
		return nil
	}
	i := 0
	for i < len(data) {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	return dossier.Errorf(dossier.EINVALID, "invalid UTF-8 at byte %d and %s; pass --charset", base+i, why)
}

// declaredCharset returns the charset label an HTML or XHTML document declares in its first
// prescanSize bytes: <meta charset>, <meta http-equiv="content-type" content="...; charset=">,
// or the XML declaration's encoding. It returns "" when there is none.
func declaredCharset(data []byte) string {
	head := data[:min(len(data), prescanSize)]
	if bytes.HasPrefix(head, []byte("<?xml")) {
		if end := bytes.Index(head, []byte("?>")); end > 0 {
			if v := attrValue(string(head[:end]), "encoding"); v != "" {
				return v
			}
		}
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	z.SetMaxBuf(prescanSize + 1024)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var charset, httpEquiv, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					charset = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if charset != "" {
				return charset
			}
			if httpEquiv == "content-type" {
				if v := attrValue(content, "charset"); v != "" {
					return v
				}
			}
		}
	}
}

// attrValue finds key=value (value optionally quoted) in s, case-insensitively.
func attrValue(s, key string) string {
	ls := strings.ToLower(s)
	for from := 0; ; {
		i := strings.Index(ls[from:], key)
		if i < 0 {
			return ""
		}
		i += from + len(key)
		from = i
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j >= len(s) || s[j] != '=' {
			continue
		}
		j++
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j < len(s) && (s[j] == '"' || s[j] == '\'') {
			q := s[j]
			j++
			k := strings.IndexByte(s[j:], q)
			if k < 0 {
				return strings.TrimSpace(s[j:])
			}
			return strings.TrimSpace(s[j : j+k])
		}
		k := j
		for k < len(s) && s[k] != ';' && s[k] != ' ' && s[k] != '"' && s[k] != '\'' {
			k++
		}
		return s[j:k]
	}
}

// clip shortens s to at most n bytes on a rune boundary, for quoting hostile values in messages.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
