package names

import "testing"

func TestIndex(t *testing.T) {
	x := NewIndex()
	entities := []struct {
		id    uint32
		name  string
		kind  Kind
		query string // another spelling that must find id first
	}{
		{1, "Qasem Soleimani", KindPerson, "قاسم سلیمانی"},
		{2, "Tawhid Ibrahim Begli", KindPerson, "Tovhid İbrahimbəyli"},
		{3, "Husseiniyun", KindOrganization, "Hüseynçilər"},
		{4, "Hezbollah", KindOrganization, "حزب الله"},
		{5, "Kataib Hezbollah", KindOrganization, "Kata'ib Hizballah"},
		{6, "Ilham Aliyev", KindPerson, "Ильхам Алиев"},
		{7, "Bashar al-Assad", KindPerson, "بشار الأسد"},
		{8, "Elmir Zahidov", KindPerson, "Almir Zahidov"},
		{9, "Elmir Ziyadov", KindPerson, "Elmir Ziyadov"},
		{10, "Ibrahimov", KindPerson, "Ibrahimov"},
		{11, "Mehmet Ali", KindPerson, "Muhammad Ali"},
	}
	for _, e := range entities {
		x.Add(e.id, e.name, e.kind)
	}
	if x.Len() != len(entities) {
		t.Fatalf("Len = %d", x.Len())
	}
	for _, e := range entities {
		got := x.Search(e.query, e.kind, 3)
		if len(got) == 0 || got[0].ID != e.id {
			t.Errorf("Search(%q) = %+v, want %d (%s) first", e.query, got, e.id, e.name)
			continue
		}
		if got[0].Score < DefaultThreshold {
			t.Errorf("Search(%q): %q scored %.3f", e.query, got[0].Name, got[0].Score)
		}
		for _, c := range got[1:] {
			if c.Score > got[0].Score {
				t.Errorf("Search(%q) not sorted: %+v", e.query, got)
			}
		}
	}
	// Adding after a search rebuilds the postings.
	x.Add(12, "Qassem Suleimani", KindPerson)
	got := x.Search("Ghasem Soleymani", KindPerson, 5)
	ids := map[uint32]bool{}
	for _, c := range got {
		ids[c.ID] = true
	}
	if !ids[1] || !ids[12] {
		t.Errorf("Search after Add = %+v, want 1 and 12", got)
	}
	if r := x.Search("Zzyzx Qwerty", KindPerson, 3); len(r) != 0 {
		t.Errorf("Search(unrelated) = %+v", r)
	}
	if r := x.Search("Hezbollah", KindOrganization, 0); r != nil {
		t.Errorf("Search(k=0) = %+v", r)
	}
}

func TestIndexConcurrent(t *testing.T) {
	x := NewIndex()
	names := []string{"Qasem Soleimani", "Ilham Aliyev", "Hezbollah", "Tawhid Ibrahim Begli", "Bashar al-Assad"}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for i := 0; i < 50; i++ {
				x.Add(uint32(g*1000+i), names[(g+i)%len(names)], KindPerson)
				x.Search(names[i%len(names)], KindPerson, 3)
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	if x.Len() != 200 {
		t.Fatalf("Len = %d, want 200", x.Len())
	}
	if r := x.Search("Qassem Suleimani", KindPerson, 100); len(r) != 40 {
		t.Errorf("Search found %d of the 40 copies", len(r))
	}
}
