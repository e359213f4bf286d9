package clockzone

import (
	"sync"
	"testing"
	"time"
)

// loadZone keeps what it loaded: the same name gives the same Location,
// which tells the same offsets as one loaded afresh, from any number of
// goroutines at once; a name that does not load stays nil, also when
// asked again.
func TestLoadZoneCached(t *testing.T) {
	day := time.Date(2024, 7, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		ok   bool
	}{
		{"Asia/Seoul", true},
		{"America/Argentina/Salta", true},
		{"Europe/Berlin", true},
		{"Not/AZone", false},
		{"", false},
	}
	for _, tc := range tests {
		var wg sync.WaitGroup
		got := make([]*time.Location, 8)
		for i := range got {
			wg.Go(func() { got[i] = loadZone(tc.name) })
		}
		wg.Wait()
		for _, loc := range got {
			if (loc != nil) != tc.ok {
				t.Fatalf("loadZone(%q) = %v, want loaded %v", tc.name, loc, tc.ok)
			}
			if loc != got[0] {
				t.Errorf("loadZone(%q): two loads gave two Locations", tc.name)
			}
		}
		if !tc.ok {
			continue
		}
		fresh, err := time.LoadLocation(tc.name)
		if err != nil {
			t.Fatal(err)
		}
		for _, at := range []time.Time{day, day.AddDate(0, 6, 0), time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)} {
			_, want := at.In(fresh).Zone()
			if _, off := at.In(got[0]).Zone(); off != want {
				t.Errorf("loadZone(%q) at %s: offset %d, a fresh load says %d", tc.name, at, off, want)
			}
		}
	}
}

// BenchmarkPlace places a clock by the evidence a page or feed item
// gives, as extract and ingest do once per document: a language of five
// countries' zones (zh), a country of twelve (Argentina's domain), one
// zone (de-DE) and a dateline's place.
func BenchmarkPlace(b *testing.B) {
	clock := time.Date(2024, 3, 5, 15, 24, 0, 0, Floating)
	evs := []Evidence{
		{Locales: []string{"zh"}},
		{URLs: []string{"https://www.example.com.ar/nota"}},
		{Locales: []string{"de-DE"}},
		{Locales: []string{"en"}, Places: []string{"SEOUL"}},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, ev := range evs {
			if _, zs := Place(clock, ev); zs == "" {
				b.Fatal("a floating clock was not placed")
			}
		}
	}
}
