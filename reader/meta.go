package reader

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"

	"github.com/dossier-osint/dossier"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on JSON-LD, which is attacker-written like everything else on a page.
const (
	maxJSONLD      = 1 << 20 // bytes in one script; larger ones are skipped
	maxJSONLDTotal = 4 << 20
	maxJSONLDNodes = 20000 // values visited per page
	maxJSONLDDepth = 32
)

// pageMeta is what a page says about itself.
type pageMeta struct {
	title   string
	meta    map[string][]string // lower-case name, property or itemprop → content values in order
	ld      ldMeta
	ldBytes int
}

type ldMeta struct {
	found     bool // an article-like object was seen; its fields win over a plain WebPage's
	headline  string
	authors   []string
	publisher string
	published string
}

// meta reads the title, publisher, authors and publication date from <title>, <meta> tags and
// JSON-LD.
func (p *page) meta() document {
	m := &pageMeta{meta: map[string][]string{}}
	m.collect(p.root, 0)
	var doc document

	site := m.first("og:site_name")
	if site == "" {
		site = m.ld.publisher
	}
	doc.publisher = site
	if doc.publisher == "" {
		doc.publisher = m.first("publisher", "dc.publisher", "dcterms.publisher", "citation_publisher", "application-name")
	}

	for _, t := range []string{m.first("og:title", "twitter:title"), m.ld.headline, m.title} {
		// A title that is only the site's name says nothing; the <h1> may (see readHTML).
		if t = cleanLine(t); t != "" && !strings.EqualFold(t, site) && !strings.EqualFold(t, doc.publisher) {
			doc.title = stripSiteName(t, site, doc.publisher)
			break
		}
	}

	doc.authors = m.authors()

	for _, v := range []string{
		m.first("article:published_time", "og:article:published_time", "og:published_time"),
		m.ld.published,
		m.first("datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
			"dcterms.created", "pubdate", "publishdate", "publish-date", "publish_date",
			"article.published", "sailthru.date", "parsely-pub-date", "citation_publication_date",
			"citation_date", "citation_online_date", "datepublished#item"),
	} {
		if d, ok := parseMetaDate(v); ok {
			doc.published = d
			break
		}
	}
	return doc
}

// authors returns the names stated by meta author, article:author (profile URLs are skipped),
// JSON-LD and microdata, merged without repeats; failing those, Dublin Core, citation and
// analytics tags, the first that gives any.
func (m *pageMeta) authors() []string {
	var out []string
	add := func(vals []string) {
		for _, v := range vals {
			for _, name := range strings.Split(v, ";") {
				if name = cleanLine(name); name != "" && !isURL(name) && len(name) < 200 && !containsFold(out, name) {
					out = append(out, name)
				}
			}
		}
	}
	add(m.meta["author"])
	add(m.meta["article:author"])
	add(m.ld.authors)
	add(m.meta["author#item"])
	for _, k := range []string{"dc.creator", "dcterms.creator", "citation_author", "parsely-author", "sailthru.author"} {
		if len(out) > 0 {
			break
		}
		add(m.meta[k])
	}
	return out
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "//") || strings.HasPrefix(l, "www.")
}

func (m *pageMeta) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.meta[k] {
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// collect walks the document for <title>, the first <h1>, <meta> tags, itemprop'd dates and
// JSON-LD scripts.
func (m *pageMeta) collect(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Title:
			if m.title == "" && c.Namespace == "" {
				m.title = textOf(c)
			}
			continue
		case atom.Meta:
			content, ok := attrOK(c, "content")
			if !ok {
				continue
			}
			for _, k := range []string{"property", "name", "itemprop"} {
				if key := strings.ToLower(strings.TrimSpace(attr(c, k))); key != "" {
					m.meta[key] = append(m.meta[key], content)
				}
			}
			continue
		case atom.Script:
			if t := strings.ToLower(strings.TrimSpace(attr(c, "type"))); t == "application/ld+json" && c.FirstChild != nil {
				m.jsonLD(c.FirstChild.Data)
			}
			continue
		}
		if ip := attr(c, "itemprop"); ip == "datePublished" || ip == "author" {
			v := attr(c, "datetime")
			if v == "" {
				v = attr(c, "content")
			}
			if v == "" && ip == "author" {
				v = textOf(c)
			}
			if v != "" {
				m.meta[strings.ToLower(ip)+"#item"] = append(m.meta[strings.ToLower(ip)+"#item"], v)
			}
		}
		m.collect(c, depth+1)
	}
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// jsonLD reads one JSON-LD script. Invalid, oversized or oddly shaped JSON is ignored.
func (m *pageMeta) jsonLD(s string) {
	if len(s) > maxJSONLD || m.ldBytes+len(s) > maxJSONLDTotal {
		return
	}
	m.ldBytes += len(s)
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return
	}
	budget := maxJSONLDNodes
	m.ldVisit(v, 0, &budget)
}

// articleTypes are the schema.org types whose headline, author and dates describe the page.
var articleTypes = tokenSet("article", "newsarticle", "blogposting", "report", "scholarlyarticle",
	"analysisnewsarticle", "opinionnewsarticle", "reportagenewsarticle", "backgroundnewsarticle",
	"reviewnewsarticle", "askpublicnewsarticle", "techarticle", "socialmediaposting",
	"liveblogposting", "posting", "creativework")

func (m *pageMeta) ldVisit(v any, depth int, budget *int) {
	if depth > maxJSONLDDepth || *budget <= 0 {
		return
	}
	*budget--
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.ldVisit(e, depth+1, budget)
		}
	case map[string]any:
		article, page := false, false
		for _, t := range ldStrings(x["@type"]) {
			t = strings.ToLower(t)
			article = article || articleTypes[t]
			page = page || t == "webpage" || t == "itempage"
		}
		if article && !m.ld.found {
			m.ld = ldMeta{found: true}
			m.ldTake(x)
		} else if page && !m.ld.found {
			m.ldTake(x)
		} else if _, ok := x["@type"]; !ok && !m.ld.found && x["headline"] != nil {
			m.ldTake(x) // untyped objects with a headline are articles in practice
		}
		// Keys in sorted order: map order is random, and the first article found must be the
		// same on every read.
		for _, k := range slices.Sorted(maps.Keys(x)) {
			switch e := x[k]; e.(type) {
			case map[string]any, []any:
				if k != "author" && k != "publisher" {
					m.ldVisit(e, depth+1, budget)
				}
			}
		}
	}
}

// ldTake fills the fields still empty from an object.
func (m *pageMeta) ldTake(x map[string]any) {
	if m.ld.headline == "" {
		m.ld.headline = firstString(x["headline"], x["name"])
	}
	if len(m.ld.authors) == 0 {
		m.ld.authors = ldNames(x["author"], 0)
		if len(m.ld.authors) == 0 {
			m.ld.authors = ldNames(x["creator"], 0)
		}
	}
	if m.ld.publisher == "" {
		if names := ldNames(x["publisher"], 0); len(names) > 0 {
			m.ld.publisher = names[0]
		}
	}
	if m.ld.published == "" {
		m.ld.published = firstString(x["datePublished"], x["dateCreated"], x["uploadDate"])
	}
}

// ldNames reads a schema.org Person or Organization reference: a name, an object with a name,
// or a list of either.
func ldNames(v any, depth int) []string {
	if depth > 4 {
		return nil
	}
	switch x := v.(type) {
	case string:
		if x = strings.TrimSpace(x); x != "" && !isURL(x) {
			return []string{x}
		}
	case map[string]any:
		if name := firstString(x["name"]); name != "" {
			return []string{name}
		}
		if g, f := firstString(x["givenName"]), firstString(x["familyName"]); g != "" || f != "" {
			return []string{strings.TrimSpace(g + " " + f)}
		}
	case []any:
		var out []string
		for i, e := range x {
			if i >= 50 {
				break
			}
			out = append(out, ldNames(e, depth+1)...)
		}
		return out
	}
	return nil
}

// ldStrings returns a string or the strings of a list.
func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// firstString returns the first non-empty string among vs; a list yields its first string, and
// a language-tagged value {"@value": ...} its value.
func firstString(vs ...any) string {
	for _, v := range vs {
		switch x := v.(type) {
		case string:
			if x = strings.TrimSpace(x); x != "" {
				return x
			}
		case []any:
			if len(x) > 0 {
				if s := firstString(x[0]); s != "" {
					return s
				}
			}
		case map[string]any:
			if s, ok := x["@value"].(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// titleSeparators split a page title from the site name around it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / ", ": "}

// stripSiteName removes the site name from a page title ("Title | Site", "Site - Title") when it
// matches one of the given names.
func stripSiteName(title string, names ...string) string {
	for _, name := range names {
		name = cleanLine(name)
		if name == "" || strings.EqualFold(name, title) {
			continue
		}
		for _, sep := range titleSeparators {
			if rest, ok := cutSuffixFold(title, sep+name); ok && strings.TrimSpace(rest) != "" {
				return strings.TrimSpace(rest)
			}
			if rest, ok := cutPrefixFold(title, name+sep); ok && strings.TrimSpace(rest) != "" {
				return strings.TrimSpace(rest)
			}
		}
	}
	return title
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// timeIn returns the publication date stated by a <time> element: one marked as datePublished or
// pubdate anywhere on the page, else the first <time datetime> inside the main element.
func (p *page) timeIn(main *html.Node) dossier.Date {
	var marked, first dossier.Date
	var visit func(n *html.Node, depth int, inMain bool)
	visit = func(n *html.Node, depth int, inMain bool) {
		if depth > maxDepth || !marked.IsZero() {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || p.hidden[c] {
				continue
			}
			im := inMain || c == main
			if c.DataAtom == atom.Time {
				v := attr(c, "datetime")
				if v == "" {
					v = textOf(c)
				}
				if d, ok := parseMetaDate(v); ok {
					_, pub := attrOK(c, "pubdate")
					if pub || attr(c, "itemprop") == "datePublished" {
						marked = d
						return
					}
					if im && first.IsZero() {
						first = d
					}
				}
			}
			visit(c, depth+1, im)
		}
	}
	visit(p.root, 0, main == p.root)
	if !marked.IsZero() {
		return marked
	}
	return first
}
