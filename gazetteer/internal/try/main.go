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
