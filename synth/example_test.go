package synth_test

import (
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier/synth"
)

func ExampleNames() {
	for _, n := range synth.Names(3, 1) {
		fmt.Printf("%s (%s)\n", n.Text, n.Type)
		for _, v := range n.Variants {
			fmt.Println("  " + v)
		}
	}
	// Output:
	// Ghazi bin Sa'd al-Nayayozi (Person)
	//   Ğazi bin Sə'd əl-Nəyayozi
	//   Ğazi bin Sed el-Neyayozi
	//   Гази бин Сад аль-Наяёзи
	//   غازی بن سعد النییوزی
	//   غازي بن سعد النييوزي
	//   Ghazi ibn Sa'd al-Nayayozi
	//   Ghazi bin Se'd al-Neyayozi
	// Abu Hashim al-Basrawi (Person)
	//   Əbu Haşim əl-Bəsravi
	//   Ebu Haşim el-Besravi
	//   Абу Гашим аль-Басрави
	//   ابو هاشم البسراوی
	//   أبو هاشم البسراوي
	//   Aboo Hashim al-Basrawi
	//   Abu Hashim al-Basrawee
	// Artyom Semyonov (Person)
	//   Артём Семёнов
	//   ارتیوم سمیونوو
	//   أرتيوم سميونوو
}

func ExampleName_Spelling() {
	n := synth.Names(1, 1)[0]
	for _, lang := range []string{"en", "az", "tr", "ru", "fa", "ar"} {
		fmt.Printf("%s: %s\n", lang, n.Spelling(lang, 0))
	}
	// Output:
	// en: Ghazi bin Sa'd al-Nayayozi
	// az: Ğazi bin Sə'd əl-Nəyayozi
	// tr: Ğazi bin Sed el-Neyayozi
	// ru: Гази бин Сад аль-Наяёзи
	// fa: غازی بن سعد النییوزی
	// ar: غازي بن سعد النييوزي
}

func ExampleCorpus_Document() {
	c := synth.NewCorpus(1, 1000)
	d := c.Document(0)
	fmt.Println(d.Name, d.Lang, d.Format, d.Published, d.EchoOf)
	fmt.Println(strings.SplitN(d.Text, "\n", 2)[0])
	fmt.Println(len(d.Entities), "entities, first:", d.Entities[0])
	// Output:
	// 000000.txt en text 2017-01-11 -1
	// Arrests in Hataja linked to Saraya Asa'ib al-Mujahidin
	// 8 entities, first: Khataja
}
