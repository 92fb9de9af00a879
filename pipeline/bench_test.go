package pipeline_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/internal/cputime"
	"github.com/dossier-osint/dossier/normalize"
	"github.com/dossier-osint/dossier/pipeline"
	"github.com/dossier-osint/dossier/resolve"
	"github.com/dossier-osint/dossier/synth"
)

// names is a Walker over generated entities, standing in for a store of known names.
type names struct{ list []synth.Name }

func (n names) WalkEntities(ctx context.Context, fn func(*dossier.Entity) error) error {
	for _, x := range n.list {
		e := &dossier.Entity{ID: resolve.EntityID(x.Type, x.Text), Type: x.Type, Name: x.Text}
		for _, v := range x.Variants {
			e.Names = append(e.Names, dossier.Name{Text: v})
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}
func (names) WalkSources(context.Context, func(*dossier.Source) error) error         { return nil }
func (names) WalkSourceLinks(context.Context, func(*dossier.SourceLink) error) error { return nil }
func (names) WalkMentions(context.Context, func(*dossier.Mention) error) error       { return nil }
func (names) WalkClaims(context.Context, func(*dossier.Claim) error) error           { return nil }
func (names) WalkEdges(context.Context, func(*dossier.Edge) error) error             { return nil }
func (names) WalkJudgements(context.Context, func(*dossier.Judgement) error) error   { return nil }

// BenchmarkPipeline measures extraction and resolution of generated news-sized documents with
// 100,000 known entities (their names and spellings in the automaton and the names index), on
// one goroutine: run with -cpu 1 for the one-core figure. Storage is measured by BenchmarkIngest.
func BenchmarkPipeline(b *testing.B) {
	const known = 100000
	c := synth.NewCorpus(1, known)
	e := pipeline.New()
	t0 := time.Now()
	if err := e.Load(context.Background(), names{c.Names}); err != nil {
		b.Fatal(err)
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.Logf("loaded %d known entities in %s; heap %d MB", known, time.Since(t0).Round(time.Millisecond), ms.HeapAlloc>>20)
	docs := make([]*dossier.Source, 500)
	var size int64
	for i := range docs {
		d := c.Document(i)
		text := normalize.Text(d.Text)
		docs[i] = &dossier.Source{ID: dossier.ContentID(text), Path: d.Name, Text: text, Language: d.Lang, Format: "text"}
		size += int64(len(text))
	}
	b.SetBytes(size / int64(len(docs)))
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		s := docs[i%len(docs)]
		e.Resolve(e.Extract(s))
	}
	cpu := cputime.Process() - cpu0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu > 0 {
		// On a shared machine wall time includes waiting for a core; CPU time does not.
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "docs/cpu-s")
	}
}

func ExampleEngine() {
	e := pipeline.New()
	text := "Qasem Soleimani, the commander of the Quds Force, met Hassan Nasrallah in Beirut in 2019."
	x := e.Resolve(e.Extract(&dossier.Source{ID: dossier.ContentID(text), Text: text, Language: "en"}))
	for _, m := range x.Mentions {
		fmt.Println(m.Text, m.Type)
	}
	// Output:
	// Qasem Soleimani Person
	// Quds Force Organization
	// Hassan Nasrallah Person
	// Beirut Location
}
