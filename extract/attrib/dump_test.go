package attrib

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../../shared/corpus/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		rs := []rune(string(b))
		for _, a := range Find(string(b), "en") {
			sc := sub(rs, a.Scope)
			if len([]rune(sc)) > 60 {
				sc = string([]rune(sc)[:60]) + "…"
			}
			fmt.Printf("%s %s | %s | %s | %s\n", filepath.Base(f)[:3], a.Kind, sub(rs, a.Span), a.Source, sc)
		}
	}
}
