package lang_test

import (
	"fmt"

	"github.com/dossier-osint/dossier/lang"
)

func ExampleDetect() {
	fmt.Printf("%+v\n", lang.Detect("Qrupun üzvləri həbs olunub və onlar məhkəmə qarşısına çıxarılıb."))
	fmt.Printf("%+v\n", lang.Detect("Örgütün üyeleri gözaltına alındı ve mahkemeye çıkarıldı."))
	// Output:
	// {Lang:az Langs:[az] Scripts:[Latn]}
	// {Lang:tr Langs:[tr] Scripts:[Latn]}
}
