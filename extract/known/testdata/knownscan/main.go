// Command knownscan measures the known-name scanner against ripgrep on the same generated
// corpus and name list (see ../vs-rg.sh).
//
//	knownscan gen -dir DIR [-names 100000] [-mb 10] [-seed 7]
//	    writes DIR/names.txt (every spelling of the names, one a line, as `rg -F -f` reads it)
//	    and DIR/docs/NN.txt (documents of the synthetic corpus, about 1 MB a file)
//	knownscan scan -names FILE [-lang und] FILE...
//	    builds an automaton over the names and prints the number of names found in the files;
//	    build and scan times go to standard error
//	knownscan report FILE
//	    reads hyperfine's JSON export of the four runs of vs-rg.sh and prints, for ripgrep and
//	    knownscan, the median wall time and mean CPU time of the whole run, of the build alone,
//	    and of the scan (the difference), with the ratios
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/extract/known"
	"github.com/dossier-osint/dossier/synth"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: knownscan gen|scan ...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2:])
	case "scan":
		err = scan(os.Args[2:])
	case "report":
		if len(os.Args) != 3 {
			err = fmt.Errorf("usage: knownscan report hyperfine.json")
		} else {
			err = report(os.Args[2])
		}
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "knownscan:", err)
		os.Exit(1)
	}
}

func gen(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	dir := fs.String("dir", "", "output directory")
	names := fs.Int("names", 100_000, "known names")
	mb := fs.Int("mb", 10, "megabytes of documents")
	seed := fs.Uint64("seed", 7, "seed")
	fs.Parse(args)
	if *dir == "" {
		return fmt.Errorf("gen: -dir is required")
	}
	if err := os.MkdirAll(filepath.Join(*dir, "docs"), 0o755); err != nil {
		return err
	}
	c := synth.NewCorpus(*seed, *names)
	f, err := os.Create(filepath.Join(*dir, "names.txt"))
	if err != nil {
		return err
	}
	if err := synth.WriteNames(f, c.Names); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	var b strings.Builder
	file, total := 0, 0
	flush := func() error {
		if b.Len() == 0 {
			return nil
		}
		total += b.Len()
		err := os.WriteFile(filepath.Join(*dir, "docs", fmt.Sprintf("%02d.txt", file)), []byte(b.String()), 0o644)
		file++
		b.Reset()
		return err
	}
	for i := 0; total+b.Len() < *mb<<20; i++ {
		b.WriteString(c.Document(i).Text)
		b.WriteString("\n\n")
		if b.Len() >= 1<<20 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

func scan(args []string) error {
	fs := flag.NewFlagSet("scan", flag.ExitOnError)
	namesFile := fs.String("names", "", "file of names, one a line")
	lang := fs.String("lang", "und", "language of the documents")
	fs.Parse(args)
	f, err := os.Open(*namesFile)
	if err != nil {
		return err
	}
	defer f.Close()
	var es []known.Entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			es = append(es, known.Entry{EntityID: fmt.Sprint(len(es)), Name: line})
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	t0 := time.Now()
	a := known.Build(es)
	t1 := time.Now()
	found, size := 0, 0
	var scanTime time.Duration
	for _, name := range fs.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		t := time.Now()
		found += len(a.FindLang(string(b), *lang))
		scanTime += time.Since(t)
		size += len(b)
	}
	fmt.Println(found)
	fmt.Fprintf(os.Stderr, "%d names, build %v; %d bytes, scan %v (%.1f MB/s)\n",
		len(es), t1.Sub(t0).Round(time.Millisecond), size, scanTime.Round(time.Millisecond),
		float64(size)/1e6/scanTime.Seconds())
	return nil
}

func report(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var h struct {
		Results []struct {
			Command string  `json:"command"`
			Median  float64 `json:"median"`
			User    float64 `json:"user"`
			System  float64 `json:"system"`
		} `json:"results"`
	}
	if err := json.Unmarshal(b, &h); err != nil {
		return err
	}
	type fig struct{ wall, cpu float64 }
	r := map[string]fig{}
	for _, x := range h.Results {
		r[x.Command] = fig{x.Median, x.User + x.System}
	}
	for _, k := range []string{"rg", "rg-build", "known", "known-build"} {
		if _, ok := r[k]; !ok {
			return fmt.Errorf("%s: no result named %q", path, k)
		}
	}
	scan := func(p string) fig {
		return fig{r[p].wall - r[p+"-build"].wall, r[p].cpu - r[p+"-build"].cpu}
	}
	rs, ks := scan("rg"), scan("known")
	fmt.Printf("%-22s %12s %12s\n", "", "wall median", "CPU mean")
	for _, row := range []struct {
		name string
		f    fig
	}{{"rg total", r["rg"]}, {"rg build", r["rg-build"]}, {"rg scan", rs},
		{"knownscan total", r["known"]}, {"knownscan build", r["known-build"]}, {"knownscan scan", ks}} {
		fmt.Printf("%-22s %11.3fs %11.3fs\n", row.name, row.f.wall, row.f.cpu)
	}
	fmt.Printf("knownscan/rg, total: wall %.2f, CPU %.2f; scan: wall %.2f, CPU %.2f\n",
		r["known"].wall/r["rg"].wall, r["known"].cpu/r["rg"].cpu, ks.wall/rs.wall, ks.cpu/rs.cpu)
	return nil
}
