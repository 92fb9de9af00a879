// Command findtool prints the places gazetteer.Find recognises in files (or, for an argument
// that is not a readable file, in the argument itself), one hit a line: text, place, country,
// feature code, population. It is for tuning Find's precision rules on real documents:
//
//	go run ./gazetteer/internal/findtool doc1.txt doc2.txt | sort | uniq -c | sort -rn
package main

import (
	"fmt"
	"os"

	"github.com/dossier-osint/dossier/gazetteer"
)

func main() {
	for _, f := range os.Args[1:] {
		b, err := os.ReadFile(f)
		text := string(b)
		if err != nil {
			text = f
		}
		for _, h := range gazetteer.Find(text) {
			p, _ := gazetteer.Get(h.ID)
			fmt.Printf("%q\t%s\t%s\t%s\t%d\n", h.Text, h.Name, p.Country, p.Feature, p.Population)
		}
	}
}
