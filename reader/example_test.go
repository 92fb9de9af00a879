package reader_test

import (
	"fmt"

	"github.com/dossier-osint/dossier/reader"
)

func ExampleRead() {
	page := []byte(`<!doctype html><html><head>
<title>Arrests in Ganja | Caspian Monitor</title>
<meta property="og:site_name" content="Caspian Monitor">
<meta name="author" content="Leyla Mammadova">
<meta property="article:published_time" content="2023-03-14T09:00:00+04:00">
</head><body><nav><a href="/">Home</a></nav>
<article><h1>Arrests in Ganja</h1><p>Seven people were detained in Ganja on Tuesday.</p></article>
</body></html>`)
	src, err := reader.Read("arrests.html", page, reader.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(src.Format, src.Charset, src.Language, src.Scripts)
	fmt.Printf("%q by %v, %s, %s\n", src.Title, src.Authors, src.Publisher, src.Published)
	fmt.Println(src.Text)
	// Output:
	// html utf-8 en [Latn]
	// "Arrests in Ganja" by [Leyla Mammadova], Caspian Monitor, 2023-03-14
	// Arrests in Ganja
	//
	// Seven people were detained in Ganja on Tuesday.
}

func ExampleRead_error() {
	_, err := reader.Read("brief.docx", []byte("PK\x03\x04"), reader.Options{})
	fmt.Println(err)
	_, err = reader.Read("notes.txt", []byte("caf\xe9"), reader.Options{})
	fmt.Println(err)
	// Output:
	// unsupported file type .docx
	// invalid UTF-8 at byte 3 and no charset declared; pass --charset
}
