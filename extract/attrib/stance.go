package attrib

import (
	"strings"
	"unicode"
)

// Stances a sentence takes towards the claim it states.
const (
	Asserts = "asserts"
	Doubts  = "doubts"
	Denies  = "denies"
)

// Stance returns "denies" when sentence reports a denial ("denied", "rejected the claim",
// "опроверг", "təkzib etdi", "yalanladı", "نفى"), "doubts" when it frames the claim as a myth,
// rumour, unconfirmed or alleged ("it is claimed", "is not true", "миф", "iddia", "شائعة"),
// and "asserts" otherwise. A denial wins over doubt. lang only documents the caller's
// expectation: the cues of all six languages are checked. The check is a word-level match
// on the folded sentence (normalize.Fold); a cue ending in "*" matches word prefixes.
func Stance(sentence, lang string) string {
	ws := words(sentence)
	if matchAny(ws, denyCues) {
		return Denies
	}
	if matchAny(ws, doubtCues) {
		return Doubts
	}
	return Asserts
}

func words(s string) []string {
	return strings.FieldsFunc(foldWord(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && r != '-'
	})
}

type cue [][]string // words; a word ending in "*" is a prefix

func cues(list string) []cue {
	var out []cue
	for _, p := range strings.Split(list, ",") {
		fs := strings.Fields(p)
		if len(fs) == 0 {
			continue
		}
		c := make(cue, len(fs))
		for i, f := range fs {
			star := strings.HasSuffix(f, "*")
			f = foldWord(strings.TrimSuffix(f, "*"))
			if star {
				f += "*"
			}
			c[i] = []string{f}
		}
		out = append(out, c)
	}
	return out
}

func matchAny(ws []string, cs []cue) bool {
	for i := range ws {
		for _, c := range cs {
			if i+len(c) > len(ws) {
				continue
			}
			ok := true
			for k, alt := range c {
				p := alt[0]
				if strings.HasSuffix(p, "*") {
					if !strings.HasPrefix(ws[i+k], p[:len(p)-1]) {
						ok = false
						break
					}
				} else if ws[i+k] != p {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

var denyCues = cues("denied,denies,deny,denying,rejected the claim*,rejected claim*,rejected the allegation*,rejected allegation*,rejected the report*," +
	"dismissed the claim*,dismissed claim*,refuted,refutes,refuting,rebutted," +
	"опроверг*,отрицае*,отрицал*,отверг*," +
	"təkzib,inkar etdi,inkar edib,rədd edib,rədd etdi," +
	"yalanladı,yalanladi,yalanlamış,reddetti,inkar etti," +
	"تکذیب*,انکار*,رد کرد," +
	"نفى,نفت,ينفي,تنفي,نفي,نفوا,دحض*,كذبت,كذب الرواية")

var doubtCues = cues("myth,myths,rumour*,rumor*,unconfirmed,unverified,alleged,allegedly,it is claimed,is claimed,are claimed,it was claimed," +
	"not true,untrue,baseless,unfounded,dubious,doubtful,could not be verified,cannot be verified,could not be confirmed,cannot be confirmed,no evidence," +
	"миф*,слух*,неподтвержд*,якобы,не соответствует действительности,утверждается,сомнительн*," +
	"mif*,şayiə*,iddia*,təsdiqlənməyib,təsdiqini tapmayıb,guya,həqiqətə uyğun deyil,əsassız," +
	"efsane*,söylenti*,doğrulanmamış,asılsız,güya,gerçeği yansıtmıyor," +
	"شایعه*,ادعا*,تأیید نشده,افسانه*,صحت ندارد,ظاهرا," +
	"شائع*,مزاعم,زعم,يزعم,المزعوم*,غير مؤكد*,أسطورة,عار عن الصحة,لا أساس له*,يدعى,ادعاء*")
