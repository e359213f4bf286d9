package clockzone

import (
	"testing"
	"time"
)

// FuzzZones feeds arbitrary language tags, URLs and dateline places, as
// pages, feeds and texts write them, to the lookups and to Place: none may
// panic, a tag that names no language gives no code, and a placed clock
// keeps its wall time.
func FuzzZones(f *testing.F) {
	for _, s := range []string{"ko", "de-DE", "en_GB", "fr-FR,en;q=0.5", "eng", "und", "x-klingon", "https://news.example.co.uk/a",
		"http://[::1]:80/", "%zz", "ko-KR-u-ca-dangi", "https://xn--3e0b707e.kr/", "", "SEOUL", "SÃO PAULO", "St.  Petersburg",
		"BOGOTA\u0301", "\xff\xfe", "zh", "zh-Hant", "es-AR", "https://www.example.com.ar/nota", "uk-UA", "kk"} {
		f.Add(s)
	}
	clock := time.Date(2021, 7, 28, 15, 24, 0, 0, Floating)
	f.Fuzz(func(t *testing.T, s string) {
		code := LanguageCode(s)
		if code != "" && len(code) != 2 {
			t.Fatalf("LanguageCode(%q) = %q", s, code)
		}
		LocaleZone(s, clock)
		DomainZone(s, clock)
		PlaceZone(s)
		p, _ := Place(clock, Evidence{Locales: []string{s}, URLs: []string{s}, Places: []string{s}})
		if p.Hour() != 15 || p.Minute() != 24 || p.Day() != 28 {
			t.Fatalf("Place moved the wall clock: %v", p)
		}
	})
}
