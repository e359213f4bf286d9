package clockzone

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// zoneAt describes where a lookup put a clock: its zone's name and offset
// ("Asia/Seoul +09:00", " +08:00" for a fixed offset), or "" for none.
func zoneAt(loc *time.Location, at time.Time) string {
	if loc == nil {
		return ""
	}
	p := time.Date(at.Year(), at.Month(), at.Day(), at.Hour(), at.Minute(), 0, 0, loc)
	return loc.String() + " " + p.Format("-07:00")
}

var (
	winter = time.Date(2026, 1, 15, 15, 24, 0, 0, Floating)
	summer = time.Date(2026, 7, 15, 15, 24, 0, 0, Floating)
)

func TestLocaleZone(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		at   time.Time
		want string
	}{
		{"ko", winter, " +09:00"}, // with North Korea, also +09:00 since 2018
		{"ko-KR", winter, "Asia/Seoul +09:00"},
		{"ja", summer, "Asia/Tokyo +09:00"},
		{"de-AT", summer, "Europe/Vienna +02:00"},
		{"en_GB", summer, "Europe/London +01:00"},
		{"fr-FR,en;q=0.5", winter, "Europe/Paris +01:00"},
		{"hi-IN", winter, "Asia/Kolkata +05:30"},
		// Several zones, one offset: the offset, the zone unknown.
		{"de", winter, " +01:00"}, {"de", summer, " +02:00"}, {"de-DE", summer, " +02:00"},
		{"zh", winter, " +08:00"}, {"zh-Hant", summer, " +08:00"}, {"zh-TW", summer, "Asia/Taipei +08:00"},
		{"ms", winter, " +08:00"}, {"el", summer, " +03:00"}, {"sr", winter, " +01:00"},
		{"es-AR", winter, " -03:00"}, {"kk", summer, " +05:00"},
		// Ukraine's legal time is Kyiv's (Simferopol is left out).
		{"uk", winter, "Europe/Kyiv +02:00"},
		// Not yet one clock that day: Kazakhstan before March 2024,
		// North Korea on Pyongyang time (2015-2018), Cyprus's north in
		// 2016-2017.
		{"kk", time.Date(2023, 6, 1, 12, 0, 0, 0, Floating), ""},
		{"ko", time.Date(2017, 6, 1, 12, 0, 0, 0, Floating), ""},
		{"el", time.Date(2017, 1, 10, 12, 0, 0, 0, Floating), ""},
		{"ko", time.Date(2019, 6, 1, 12, 0, 0, 0, Floating), " +09:00"},
		// Many clocks: no zone.
		{"en", winter, ""}, {"en-US", winter, ""}, {"pt-BR", winter, ""}, {"ru", winter, ""}, {"ru-RU", winter, ""},
		{"es", winter, ""}, {"es-ES", winter, ""}, {"fr", winter, ""}, {"ar", winter, ""}, {"nl", winter, ""},
		{"sv", winter, ""}, {"mn-MN", winter, ""}, {"", winter, ""}, {"xx-invalid-tag-$$", winter, ""}, {"und", winter, ""},
	} {
		if got := zoneAt(LocaleZone(tc.tag, tc.at), tc.at); got != tc.want {
			t.Errorf("LocaleZone(%q, %s) = %q, want %q", tc.tag, tc.at.Format("2006-01-02"), got, tc.want)
		}
	}
}

func TestDomainZone(t *testing.T) {
	for _, tc := range []struct {
		url  string
		at   time.Time
		want string
	}{
		{"https://news.example.co.kr/a", winter, "Asia/Seoul +09:00"}, {"https://www.example.jp/", winter, "Asia/Tokyo +09:00"},
		{"https://example.co.uk/x", summer, "Europe/London +01:00"}, {"http://EXAMPLE.FR./y", winter, "Europe/Paris +01:00"},
		// Argentina: twelve zones, one clock.
		{"https://www.example.com.ar/nota", summer, " -03:00"},
		{"https://example.de/", summer, " +02:00"}, {"https://example.my/", winter, " +08:00"},
		{"https://example.cn/", winter, "Asia/Shanghai +08:00"},
		{"https://example.com/", winter, ""}, {"https://example.us/", winter, ""}, {"https://example.io/", winter, ""},
		{"https://example.tv/", winter, ""}, {"https://example.ru/", winter, ""}, {"https://example.com.br/", winter, ""},
		{"https://localhost/", winter, ""}, {"", winter, ""}, {"://bad", winter, ""},
	} {
		if got := zoneAt(DomainZone(tc.url, tc.at), tc.at); got != tc.want {
			t.Errorf("DomainZone(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// Every zone of the table loads, on any machine: the binary carries the
// zone database (time/tzdata); countries of many clocks have them all.
func TestCountryZonesLoad(t *testing.T) {
	if len(countryZones) < 240 {
		t.Fatalf("country_zones.tsv gave %d countries", len(countryZones))
	}
	for cc, zones := range countryZones {
		if len(cc) != 2 || strings.ToUpper(cc) != cc {
			t.Errorf("bad country code %q", cc)
		}
		for _, z := range zones {
			if _, err := time.LoadLocation(z); err != nil {
				t.Errorf("%s: %v", cc, err)
			}
		}
	}
	for _, cc := range []string{"US", "RU", "BR", "CA", "AU", "MX", "ID", "ES", "PT", "MN", "CD"} {
		for _, at := range []time.Time{winter, summer} {
			if loc := countryClock(cc, at); loc != nil {
				t.Errorf("%s keeps many clocks but has clock %s on %s", cc, zoneAt(loc, at), at.Format("2006-01-02"))
			}
		}
	}
	for _, cc := range []string{"AR", "CN", "DE", "MY", "CY", "UZ", "UA", "KR", "GB"} {
		for _, at := range []time.Time{winter, summer} {
			if countryClock(cc, at) == nil {
				t.Errorf("%s keeps one clock but has none on %s", cc, at.Format("2006-01-02"))
			}
		}
	}
}

// Several zones are one clock only while they keep one offset all that
// day: on the day one changes for summer time and another does not (or
// an hour apart), they are not.
func TestClockOver(t *testing.T) {
	eu := []string{"Europe/Berlin", "Europe/Busingen"}
	// Moldova moves its clocks at 00:00 UTC, the European Union at 01:00.
	roMd := []string{"Europe/Bucharest", "Europe/Chisinau"}
	for _, tc := range []struct {
		name  string
		zones []string
		at    time.Time
		want  string
	}{
		{"none", nil, winter, ""},
		{"one zone", []string{"Asia/Seoul"}, winter, "Asia/Seoul +09:00"},
		{"same rules, summer", eu, summer, " +02:00"},
		{"same rules, on the change", eu, time.Date(2026, 3, 29, 15, 0, 0, 0, Floating), " +02:00"},
		{"a day apart from the change", roMd, time.Date(2026, 3, 30, 15, 0, 0, 0, Floating), " +03:00"},
		{"changing an hour apart", roMd, time.Date(2026, 3, 29, 15, 0, 0, 0, Floating), ""},
		{"different offsets", []string{"Asia/Shanghai", "Asia/Tokyo"}, winter, ""},
		{"a zone that does not load", []string{"Asia/Shanghai", "Nowhere/Atlantis"}, winter, ""},
	} {
		if got := zoneAt(clockOver(tc.zones, tc.at), tc.at); got != tc.want {
			t.Errorf("%s: clockOver = %q, want %q", tc.name, got, tc.want)
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
		{"a language of several countries on one clock", Evidence{Locales: []string{"zh"}},
			"2024-03-05T15:24:00+08:00", model.ZoneFromLanguage},
		{"a country of several zones on one clock", Evidence{URLs: []string{"https://www.example.com.ar/nota"}},
			"2024-03-05T15:24:00-03:00", model.ZoneFromDomain},
		// A summer offset beside a winter clock: the language's clock
		// agrees with the offset on its own day and knows the winter.
		{"the language's summer time", Evidence{Offsets: []time.Time{at("2023-07-04T09:00:00+02:00")}, Locales: []string{"de"}},
			"2024-03-05T15:24:00+01:00", model.ZoneFromPage},
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
