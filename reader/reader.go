// Package reader turns a file's bytes into a dossier.Source: it recognises the format (plain
// text, Markdown, HTML), decodes the charset, extracts the main text and the metadata the
// document states about itself (title, publisher, authors, publication date), and stores the
// text in normalised form with its languages and scripts.
//
// Readers are pure: no storage, no network, no global state. Every input is treated as hostile:
// bad input gets a *dossier.Error with code EINVALID or ETOOLARGE whose message names the
// reason, never a panic. Read and ReadFile are safe for concurrent use.
package reader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/lang"
	"github.com/dossier-osint/dossier/normalize"
)

// DefaultMaxSize is the size limit used when Options.MaxSize is zero.
const DefaultMaxSize = 50 << 20

// Formats stored in Source.Format.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// Options tune reading. The zero value reads files up to DefaultMaxSize and takes the charset
// from the file itself.
type Options struct {
	// MaxSize is the largest file accepted, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
	// Charset is the charset, by its WHATWG name or alias ("windows-1251", "windows-1256",
	// "iso-8859-9", "koi8-r"), of files that are not valid UTF-8 and declare none (or declare
	// UTF-8 wrongly, or an unknown charset). A byte-order mark or a known non-UTF-8 declaration
	// in the file wins, and valid UTF-8 stays UTF-8, so one value serves a folder of mixed files.
	Charset string
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// formats maps lower-case extensions to formats.
var formats = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
}

// Supported reports whether Read accepts path by its extension (case-insensitive). Files with no
// extension are supported: their format is sniffed from the content.
func Supported(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	_, ok := formats[ext]
	return ok || ext == ""
}

// ReadFile reads the file at path and returns it as Read does. The size limit is checked before
// reading; directories, missing and unreadable files get EINVALID or ENOTFOUND errors.
func ReadFile(path string, opt Options) (*dossier.Source, error) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, fileError(err)
	case fi.IsDir():
		return nil, dossier.Errorf(dossier.EINVALID, "is a directory")
	case !fi.Mode().IsRegular():
		return nil, dossier.Errorf(dossier.EINVALID, "not a regular file")
	}
	if err := checkExt(path); err != nil {
		return nil, err
	}
	if max := opt.maxSize(); fi.Size() > max {
		return nil, tooLarge(fi.Size(), max)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(err)
	}
	defer f.Close()
	// Read one byte past the limit: the file may have grown since Stat.
	data, err := readAtMost(f, fi.Size(), opt.maxSize()+1)
	if err != nil {
		return nil, fileError(err)
	}
	return Read(path, data, opt)
}

// readAtMost reads r to its end, or to limit bytes, into a buffer sized for the size Stat
// reported (io.ReadAll would grow one from 512 bytes, copying a news article several times).
func readAtMost(r io.Reader, size, limit int64) ([]byte, error) {
	data := make([]byte, 0, min(size, limit)+1) // one more, so that the read that finds EOF fits
	for int64(len(data)) < limit {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew since Stat
		}
		n, err := r.Read(data[len(data):min(int64(cap(data)), limit)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return data, nil
}

func fileError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &dossier.Error{Code: dossier.ENOTFOUND, Message: "no such file", Err: err}
	case errors.Is(err, fs.ErrPermission):
		return &dossier.Error{Code: dossier.EINVALID, Message: "permission denied", Err: err}
	}
	return &dossier.Error{Code: dossier.EINVALID, Message: "cannot read file", Err: err}
}

func tooLarge(size, max int64) error {
	return dossier.Errorf(dossier.ETOOLARGE, "file is %s, over the %s limit", sizeString(size, max), sizeString(max, max))
}

// sizeString renders n bytes for a message about limit: in KB or MB, or in bytes where the
// rounded figure would read the same as the limit.
func sizeString(n, limit int64) string {
	if f := humanSize(n); n == limit || f != humanSize(limit) {
		return f
	}
	return fmt.Sprintf("%d bytes", n)
}

func humanSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return fmt.Sprintf("%d KB", (n+512)>>10)
	}
	return fmt.Sprintf("%d MB", (n+(1<<19))>>20)
}

func checkExt(path string) error {
	ext := strings.ToLower(filepath.Ext(path))
	if _, ok := formats[ext]; ok || ext == "" {
		return nil
	}
	if ext == ".pdf" {
		return dossier.Errorf(dossier.EINVALID, "PDF is not supported yet")
	}
	return dossier.Errorf(dossier.EINVALID, "unsupported file type %s", ext)
}

// Read turns data, the content of the file at path, into a Source. Path is recorded as given
// and its extension chooses the format, confirmed by sniffing the content: a .txt file holding
// HTML stays text, a file without an extension is HTML when it starts like an HTML document and
// text otherwise. Retrieved, URL, CaseID and Reliability are left for the caller.
func Read(path string, data []byte, opt Options) (*dossier.Source, error) {
	if max := opt.maxSize(); int64(len(data)) > max {
		return nil, tooLarge(int64(len(data)), max)
	}
	if err := checkExt(path); err != nil {
		return nil, err
	}
	format := formats[strings.ToLower(filepath.Ext(path))]
	if err := checkBinary(data); err != nil {
		return nil, err
	}
	text, charset, err := decode(data, opt.Charset, format == FormatHTML || format == "")
	if err != nil {
		return nil, err
	}
	if isBlank(text) {
		return nil, dossier.Errorf(dossier.EINVALID, "empty file")
	}
	switch format {
	case "":
		format = FormatText
		if looksLikeHTML(text) {
			format = FormatHTML
		}
	case FormatHTML:
		if !hasMarkup(text) {
			format = FormatText
		}
	}
	src := &dossier.Source{
		Path:        path,
		Format:      format,
		Charset:     charset,
		ContentHash: dossier.HashBytes(data),
		Size:        int64(len(data)),
	}
	var doc document
	switch format {
	case FormatHTML:
		doc = readHTML(text)
	case FormatMarkdown:
		doc = readMarkdown(text)
	default:
		doc = readText(text)
	}
	src.Text = normalize.Text(doc.text)
	if isBlank(src.Text) {
		return nil, dossier.Errorf(dossier.EINVALID, "no text found in the %s", formatNoun(format))
	}
	src.ID = dossier.ContentID(src.Text)
	src.Title = cleanLine(doc.title)
	src.Publisher = cleanLine(doc.publisher)
	for _, a := range doc.authors {
		if a = cleanLine(a); a != "" && !containsFold(src.Authors, a) {
			src.Authors = append(src.Authors, a)
		}
	}
	src.Published = doc.published
	res := lang.Detect(src.Text)
	src.Language, src.Languages, src.Scripts = res.Lang, res.Langs, res.Scripts
	return src, nil
}

// document is what a format reader extracts, before normalisation.
type document struct {
	text      string
	title     string
	publisher string
	authors   []string
	published dossier.Date
}

func formatNoun(format string) string {
	switch format {
	case FormatHTML:
		return "HTML document"
	case FormatMarkdown:
		return "Markdown document"
	}
	return "file"
}

// checkBinary rejects content that is not text: NUL bytes (outside UTF-16 with a byte-order
// mark), a signature of a binary format, or mostly control bytes.
func checkBinary(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil // UTF-16, checked after decoding
	}
	ct := http.DetectContentType(data)
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	switch {
	case ct == "application/pdf":
		return dossier.Errorf(dossier.EINVALID, "PDF is not supported yet")
	case strings.HasPrefix(ct, "text/"):
	case ct == "application/octet-stream":
		ct = ""
	default:
		return dossier.Errorf(dossier.EINVALID, "binary file (%s)", ct)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return dossier.Errorf(dossier.EINVALID, "binary file (contains NUL bytes)")
	}
	if ct == "" {
		// No signature, but DetectContentType saw control bytes in the head. A stray escape or
		// form feed is tolerated (normalize.Text turns controls into spaces); a head that is
		// more than a tenth control bytes is not text.
		head := data[:min(len(data), 8<<10)]
		n := 0
		for _, c := range head {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B {
				n++
			}
		}
		if n*10 > len(head) {
			return dossier.Errorf(dossier.EINVALID, "binary file (application/octet-stream)")
		}
	}
	return nil
}

// isBlank reports whether s has nothing but white space and invisible characters.
func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !normalize.Invisible(r) && r != utf8.RuneError {
			return false
		}
	}
	return true
}

// cleanLine collapses white space in a metadata value and trims it.
func cleanLine(s string) string {
	s = normalize.Text(s)
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
