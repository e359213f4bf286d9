package clockzone

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestLocaleZone(t *testing.T) {
	tests := map[string]string{
		"ko": "Asia/Seoul", "ko-KR": "Asia/Seoul", "ja": "Asia/Tokyo", "de": "Europe/Berlin", "de-AT": "Europe/Vienna",
		"de-DE": "Europe/Berlin", "en_GB": "Europe/London", "fr-FR,en;q=0.5": "Europe/Paris", "hi-IN": "Asia/Kolkata",
		// Many clocks: no zone.
		"en": "", "en-US": "", "pt-BR": "", "ru": "", "ru-RU": "", "es": "", "es-ES": "", "fr": "", "zh": "", "ar": "",
		"": "", "xx-invalid-tag-$$": "", "und": "",
	}
	for in, want := range tests {
		got := ""
		if loc := LocaleZone(in); loc != nil {
			got = loc.String()
		}
		if got != want {
			t.Errorf("LocaleZone(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDomainZone(t *testing.T) {
	tests := map[string]string{
		"https://news.example.co.kr/a": "Asia/Seoul", "https://www.example.jp/": "Asia/Tokyo",
		"https://example.co.uk/x": "Europe/London", "http://EXAMPLE.FR./y": "Europe/Paris",
		"https://example.com/": "", "https://example.us/": "", "https://example.io/": "", "https://example.tv/": "",
		"https://localhost/": "", "": "", "://bad": "",
	}
	for in, want := range tests {
		got := ""
		if loc := DomainZone(in); loc != nil {
			got = loc.String()
		}
		if got != want {
			t.Errorf("DomainZone(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every zone of the table loads, on any machine: the binary carries the
// zone database (time/tzdata).
func TestCountryZonesLoad(t *testing.T) {
	if len(countryZones) < 200 {
		t.Fatalf("country_zones.tsv gave %d countries", len(countryZones))
	}
	for cc, z := range countryZones {
		if len(cc) != 2 || strings.ToUpper(cc) != cc {
			t.Errorf("bad country code %q", cc)
		}
		if _, err := time.LoadLocation(z); err != nil {
			t.Errorf("%s: %v", cc, err)
		}
	}
	for _, cc := range []string{"US", "RU", "BR", "CA", "AU", "MX", "ID", "ES", "PT"} {
		if z, ok := countryZones[cc]; ok {
			t.Errorf("%s keeps many clocks but has zone %s", cc, z)
		}
	}
}

// Place reads the evidence in its order: the same clock with a zone, the
// offset of another time, the language, the domain; a zone a modified time
// refutes is passed over; the offsets' source is said as the caller names it.
func TestPlace(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	clock := time.Date(2024, 3, 5, 15, 24, 0, 0, Floating)
	tests := []struct {
		name         string
		ev           Evidence
		want, wantZS string
	}{
		{"no evidence", Evidence{}, "2024-03-05T15:24:00Z", model.ZoneUnknown},
		{"same clock in utc", Evidence{Offsets: []time.Time{at("2024-03-05T15:24:00Z")}, Locales: []string{"ko"}},
			"2024-03-05T15:24:00Z", model.ZoneFromPage},
		{"another offset, feed", Evidence{Offsets: []time.Time{at("2024-03-04T09:00:00+05:30")}, OffsetsAre: model.ZoneFromFeed},
			"2024-03-05T15:24:00+05:30", model.ZoneFromFeed},
		{"zero offset is no evidence", Evidence{Offsets: []time.Time{at("2024-03-04T09:00:00Z")}, Locales: []string{"ja"}},
			"2024-03-05T15:24:00+09:00", model.ZoneFromLanguage},
		{"first tag naming a language", Evidence{Locales: []string{"", "de-DE", "ko"}},
			"2024-03-05T15:24:00+01:00", model.ZoneFromLanguage},
		{"domain", Evidence{Locales: []string{"en"}, URLs: []string{"https://example.com/", "https://news.example.co.kr/"}},
			"2024-03-05T15:24:00+09:00", model.ZoneFromDomain},
		{"domain refuted by a modified time", Evidence{Modified: []time.Time{at("2024-03-05T10:00:00Z")}, URLs: []string{"https://example.de/"}},
			"2024-03-05T15:24:00Z", model.ZoneUnknown},
	}
	for _, tc := range tests {
		got, zs := Place(clock, tc.ev)
		if got.Format(time.RFC3339) != tc.want || zs != tc.wantZS {
			t.Errorf("%s: Place = %s (%s), want %s (%s)", tc.name, got.Format(time.RFC3339), zs, tc.want, tc.wantZS)
		}
	}
	zoned := at("2024-03-05T15:24:00+02:00")
	if got, zs := Place(zoned, Evidence{Locales: []string{"ko"}}); !got.Equal(zoned) || zs != "" {
		t.Errorf("a zoned time was moved: %s (%s)", got, zs)
	}
}

// The places wire datelines name, as they write them: the zone of the
// place's clock, whatever the case and accents; nil for a place the table
// does not know.
func TestPlaceZone(t *testing.T) {
	tests := map[string]string{
		"SEOUL": "Asia/Seoul", "Washington": "America/New_York", "NEW YORK": "America/New_York",
		"BOGOTÁ": "America/Bogota", "SÃO PAULO": "America/Sao_Paulo", "St. Petersburg": "Europe/Moscow",
		"NEW  DELHI": "Asia/Kolkata", "KIEV": "Europe/Kyiv", "UNITED NATIONS": "America/New_York",
		"Springfield": "", "PORTLAND": "", "BREAKING": "", "": "",
	}
	for in, want := range tests {
		got := ""
		if loc := PlaceZone(in); loc != nil {
			got = loc.String()
		}
		if got != want {
			t.Errorf("PlaceZone(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every zone of the place table loads.
func TestPlaceZonesLoad(t *testing.T) {
	if len(placeZones) < 300 {
		t.Fatalf("place_zones.tsv gave %d places", len(placeZones))
	}
	for p, z := range placeZones {
		if _, err := time.LoadLocation(z); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// A dateline's place is the last evidence: the site's own (its language,
// its domain) goes first, and a place that would put publishing after a
// modified time is passed over.
func TestPlaceDatelineOrder(t *testing.T) {
	clock := time.Date(2021, 7, 30, 14, 5, 0, 0, Floating)
	for _, tc := range []struct {
		name         string
		ev           Evidence
		want, source string
	}{
		{"place alone", Evidence{Places: []string{"SEOUL"}}, "2021-07-30T14:05:00+09:00", model.ZoneFromDateline},
		{"unknown place", Evidence{Places: []string{"ATLANTIS"}}, "2021-07-30T14:05:00Z", model.ZoneUnknown},
		{"language first", Evidence{Locales: []string{"de"}, Places: []string{"SEOUL"}}, "2021-07-30T14:05:00+02:00", model.ZoneFromLanguage},
		{"domain first", Evidence{URLs: []string{"https://example.co.uk/a"}, Places: []string{"SEOUL"}}, "2021-07-30T14:05:00+01:00", model.ZoneFromDomain},
		{"refuted by the modified time", Evidence{Places: []string{"LOS ANGELES"}, Modified: []time.Time{time.Date(2021, 7, 30, 15, 0, 0, 0, time.UTC)}},
			"2021-07-30T14:05:00Z", model.ZoneUnknown},
	} {
		got, src := Place(clock, tc.ev)
		if got.Format(time.RFC3339) != tc.want || src != tc.source {
			t.Errorf("%s: Place = %s %q, want %s %q", tc.name, got.Format(time.RFC3339), src, tc.want, tc.source)
		}
	}
}
