package echo

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
)

// StatedLink is a dependence a text states about itself: "this report summarises the X report",
// "a translation of X", "republished from X".
type StatedLink struct {
	Kind   string       // dossier.LinkSummarises, LinkTranslates, LinkMirrors, LinkForwards
	ToName string       // the repeated source as the text names it
	Span   dossier.Span // code points of the statement's cue and name
	Text   string
}

// The phrase that names the repeated source: up to six words up to punctuation, without a
// leading article.
const named = `((?:the |an |a )?[\p{L}\p{N}][\p{L}\p{N}'’\-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’\-]*){0,5})`

var statedRules = []struct {
	kind string
	cue  string // a lower-case word the rule needs; the regexp runs only where it occurs
	re   *regexp.Regexp
}{
	{dossier.LinkSummarises, "summary", regexp.MustCompile(`(?i)\b(?:is|are|was|will be|provides|presents|offers)? ?(?:an? |this |the following )?(?:summary|digest|précis|recap) of ` + named)},
	{dossier.LinkSummarises, "digest", regexp.MustCompile(`(?i)\b(?:an? |this )?digest of ` + named)},
	{dossier.LinkSummarises, "summari", regexp.MustCompile(`(?i)\b(?:will |we )?summari[sz](?:e|es|ed|ing) ` + named)},
	{dossier.LinkTranslates, "translation", regexp.MustCompile(`(?i)\btranslation (?:is )?of ` + named)},
	{dossier.LinkTranslates, "translated", regexp.MustCompile(`(?i)\btranslated (?:from|of) ` + named)},
	{dossier.LinkMirrors, "re", regexp.MustCompile(`(?i)\b(?:republished|reprinted|reposted|mirrored|syndicated) (?:from|by) ` + named)},
	{dossier.LinkForwards, "forwarded", regexp.MustCompile(`(?i)\bforwarded from ` + named)},
	// Russian, Azerbaijani and Turkish cues for the same statements.
	{dossier.LinkSummarises, "", regexp.MustCompile(`(?i)(?:краткое изложение|обзор|пересказ) ` + named)},
	{dossier.LinkTranslates, "", regexp.MustCompile(`(?i)(?:перевод|tərcüməsi|çevirisi) ` + named)},
	{dossier.LinkForwards, "пересл", regexp.MustCompile(`(?i)(?:переслано из|пересланное из)\s+` + named)},
}

// statedCues are words one of which a statement of dependence always contains: a text without
// any of them is skipped without running the regular expressions, which is most texts.
var statedCues = []string{"summar", "digest", "précis", "recap", "translat", "republish", "reprint", "repost",
	"mirrored", "syndicat", "forwarded", "изложени", "обзор", "пересказ", "перевод", "tərcümə", "çeviri", "пересл"}

// stopTail ends a name at words that start a new clause.
var stopTail = regexp.MustCompile(`(?i)\s+(?:on|about|which|that|and|in|by|from|with|for|into|at|published|dated|of the|regarding)\b.*$`)

// Stated returns the dependences a text states about itself, in text order.
func Stated(text string) []StatedLink {
	low := strings.ToLower(text)
	any := false
	for _, c := range statedCues {
		if strings.Contains(low, c) {
			any = true
			break
		}
	}
	if !any {
		return nil
	}
	var out []StatedLink
	for _, r := range statedRules {
		if r.cue != "" && !strings.Contains(low, r.cue) {
			continue
		}
		for _, m := range r.re.FindAllStringSubmatchIndex(text, -1) {
			name := text[m[2]:m[3]]
			name = stopTail.ReplaceAllString(name, "")
			low := strings.ToLower(name)
			for _, a := range []string{"the ", "an ", "a "} {
				if strings.HasPrefix(low, a) {
					name, low = name[len(a):], low[len(a):]
				}
			}
			name = strings.TrimRight(name, "'’-")
			if name == "" || !namesASource(name) {
				continue
			}
			end := m[2] + strings.Index(text[m[2]:], name) + len(name)
			start := utf8.RuneCountInString(text[:m[0]])
			out = append(out, StatedLink{Kind: r.kind, ToName: reportName(name),
				Span: dossier.Span{Start: start, End: start + utf8.RuneCountInString(text[m[0]:end])}, Text: strings.TrimSpace(text[m[0]:end])})
		}
	}
	// Text order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Span.Start < out[j-1].Span.Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// reportName drops a trailing "report", "article" … from a named source ("Al-Arabiya report"
// names Al-Arabiya) unless nothing else is left.
func reportName(s string) string {
	words := strings.Fields(s)
	if n := len(words); n > 1 {
		switch strings.ToLower(words[n-1]) {
		case "report", "article", "piece", "story", "study", "investigation", "post", "video":
			return strings.Join(words[:n-1], " ")
		}
	}
	return s
}

// namesASource reports whether a phrase can name a source: it has a capitalised word (a
// publisher, an outlet) or ends in a word for a document ("the Persian-language report").
func namesASource(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "report", "article", "study", "investigation", "piece", "story", "post", "broadcast", "interview":
		return true
	}
	return false
}
