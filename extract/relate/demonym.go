package relate

import (
	"strings"

	"github.com/dossier-osint/dossier"
)

// Demonyms. "Iranian-backed militia" names its sponsor by an adjective; when the document also
// names the country ("Iran"), the adjective becomes a placeholder of that mention, so the
// x-backed rule reads it as "Iran-backed". Only compounds with the participles below, and bare
// demonyms right before an organisation's name ("the Saudi Al-Arabiya": based in) or a place
// noun ("the Iranian city of Qom", "Damascus, the Syrian capital") are rewritten: "the Iranian
// regime" is left alone.
var demonyms = map[string][]string{
	"iranian": {"iran", "islamic republic of iran"}, "iraqi": {"iraq"}, "syrian": {"syria"},
	"russian": {"russia", "russian federation"}, "turkish": {"turkey", "türkiye"},
	"saudi": {"saudi arabia"}, "israeli": {"israel"}, "american": {"united states", "us", "u.s.", "usa", "america"},
	"us": {"united states", "us", "u.s.", "usa"}, "u.s.": {"united states", "us", "u.s.", "usa"},
	"azerbaijani": {"azerbaijan"}, "azeri": {"azerbaijan"}, "lebanese": {"lebanon"},
	"yemeni": {"yemen"}, "afghan": {"afghanistan"}, "pakistani": {"pakistan"}, "qatari": {"qatar"},
	"emirati": {"uae", "united arab emirates"}, "chinese": {"china"}, "armenian": {"armenia"},
	"georgian": {"georgia"}, "egyptian": {"egypt"}, "jordanian": {"jordan"}, "libyan": {"libya"},
	"sudanese": {"sudan"}, "somali": {"somalia"}, "french": {"france"}, "british": {"united kingdom", "uk", "britain"},
	"german": {"germany"}, "ukrainian": {"ukraine"}, "belarusian": {"belarus"}, "kazakh": {"kazakhstan"},
	"turkmen": {"turkmenistan"}, "uzbek": {"uzbekistan"}, "tajik": {"tajikistan"}, "kyrgyz": {"kyrgyzstan"},
}

// placeNouns after a bare demonym make it a place: "the Iranian city of Qom", "the Syrian
// capital".
var placeNouns = map[string]bool{
	"capital": true, "city": true, "town": true, "village": true, "province": true, "region": true,
	"port": true, "district": true, "border": true, "holy": true, "enclave": true, "exclave": true,
	"governorate": true, "soil": true, "territory": true,
}

// stateNouns after a bare demonym make it the state acting: "Israeli military cooperation and
// arms sales", "Iranian government forces".
var stateNouns = map[string]bool{
	"military": true, "government": true, "arms": true, "authorities": true, "security": true,
}

var sponsorParticiples = map[string]bool{
	"backed": true, "sponsored": true, "funded": true, "supported": true, "armed": true,
	"trained": true, "controlled": true, "financed": true, "operated": true, "run": true,
}

// demonymAt reports whether rune i starts "<demonym>-<participle>" and the document names the
// country; it returns the demonym's length in runes and the country's mention.
func (w *work) demonymAt(i, end int) (int, int) {
	rs := w.d.Runes
	word, _ := wordAt(rs, i, end)
	if word == "" {
		return 0, -1
	}
	dash := strings.IndexByte(word, '-')
	var names []string
	if dash > 0 {
		dem, part := word[:dash], word[dash+1:]
		var ok bool
		if names, ok = demonyms[dem]; !ok || !sponsorParticiples[part] {
			return 0, -1
		}
		word = dem
	} else {
		// A bare demonym counts only right before an organisation's name ("the Saudi
		// Al-Arabiya", "the Lebanese Hezbollah").
		var ok bool
		if names, ok = demonyms[word]; !ok {
			return 0, -1
		}
		j := i + len([]rune(word))
		if j >= end || rs[j] != ' ' {
			return 0, -1
		}
		if next, _ := wordAt(rs, j+1, end); !placeNouns[next] && !stateNouns[next] && !w.orgStartsAt(j+1) {
			return 0, -1
		}
	}
	for _, n := range names {
		if m, ok := w.names()[n]; ok {
			return len([]rune(word)), m
		}
	}
	return 0, -1
}

func (w *work) orgStartsAt(q int) bool {
	for _, m := range w.segMents {
		if mm := w.d.Mentions[m]; mm.Span.Start == q {
			return mm.Type == dossier.Organization
		}
	}
	return false
}

// names maps the lower-cased text of the document's place and organisation mentions (without
// "the") to the first mention, built on first use.
func (w *work) names() map[string]int {
	if w.byName == nil {
		w.byName = map[string]int{}
		for k := len(w.ments) - 1; k >= 0; k-- {
			m := w.d.Mentions[w.ments[k]]
			if m.Type == dossier.Location || m.Type == dossier.Organization {
				w.byName[strings.TrimPrefix(strings.ToLower(m.Text), "the ")] = w.ments[k]
			}
		}
	}
	return w.byName
}
