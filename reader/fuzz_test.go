package reader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier"
)

func addSeeds(f *testing.F, pattern string, extra ...string) {
	files, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// FuzzReadHTML feeds arbitrary bytes to the HTML reader: it must never panic, and it must return
// either a consistent Source with non-blank valid UTF-8 text or a user-facing error.
func FuzzReadHTML(f *testing.F) {
	addSeeds(f, "*.html",
		"<p>a<p>b",
		"<table><td>x<table><td>y",
		"<meta charset=koi8-r><p>\xf0\xd2\xc9",
		`<script type="application/ld+json">{"@type":"Article","author":[[[[{"name":1}]]]]}</script><p>x</p>`,
		"<pre>\n\n</pre><p>t</p>",
		"<article><time datetime=2021-02-29>x</time><p>y</p></article>",
		"<div class=share><article><p>in share</p></article></div>",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Read("f.html", data, Options{})
		checkReadResult(t, "f.html", data, src, err)
	})
}

// FuzzReadMarkdown does the same for Markdown, whose inline parser scans brackets and delimiter
// runs by hand.
func FuzzReadMarkdown(f *testing.F) {
	addSeeds(f, "*.md",
		"***a**b*c_d__",
		"[[[[x](y)](z)]]",
		"![a](b \"c)\")",
		"---\ntitle: [\n---\n",
		"```\nunclosed fence",
		"<div>\nunclosed html",
		"\\",
		"| a | b \\| c |",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Read("f.md", data, Options{})
		checkReadResult(t, "f.md", data, src, err)
	})
}

// FuzzParseMetaDate checks that any accepted date is a valid dossier.Date that survives a round
// trip through its string form.
func FuzzParseMetaDate(f *testing.F) {
	for _, s := range []string{"2021-10-05T23:30:00+04:00", "05.10.2021", "15 марта 2023 г.", "۱۵ مارس ۲۰۲۳", "Oct 5, 2021", "2021-02-29", "20211005"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseMetaDate(s)
		if !ok {
			return
		}
		back, err := dossier.ParseDate(d.String())
		if err != nil || back != d || !plausibleYear(d.Year) {
			t.Fatalf("parseMetaDate(%q) = %+v; round trip %+v, %v", s, d, back, err)
		}
	})
}
