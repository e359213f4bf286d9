package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A publish time of day in the header lines of a plain text is kept: with
// the zone it is written with, or placed as an HTML page's is
// (clockzone.Place), the article saying where the zone came from. The
// texts are written for this test.
func TestTextHeaderClockZone(t *testing.T) {
	const body = "The harbour bridge reopened to traffic on Monday after three months of repairs to its deck, the city council said in a statement.\n\n" +
		"Engineers replaced the worn expansion joints and repainted the steel girders during the closure, the council added.\n"
	const title = "Bridge reopens after repairs\n\n"
	for _, tc := range []struct {
		name, text    string
		urls, locales []string
		want, source  string
	}{
		{"no evidence: read as UTC", title + "Published: 30 July 2021 14:05\n\n" + body, nil, nil,
			"2021-07-30T14:05:00Z", model.ZoneUnknown},
		{"date alone: no zone to place", title + "Published: 30 July 2021\n\n" + body, nil, nil,
			"2021-07-30T00:00:00Z", ""},
		{"abbreviation written with it", title + "Published: July 30, 2021 2:05 PM EDT\n\n" + body, nil, nil,
			"2021-07-30T14:05:00-04:00", ""},
		{"GMT with whole hours", title + "Published: July 30, 2021 14:05 GMT+2\n\n" + body, nil, nil,
			"2021-07-30T14:05:00+02:00", ""},
		{"UTC with hours and minutes", title + "Posted 30 July 2021, 14:05 UTC+5:30\n\n" + body, nil, nil,
			"2021-07-30T14:05:00+05:30", ""},
		{"mail-style Date line", title + "Date: Fri, 30 Jul 2021 14:05:00 +0200\n\n" + body, nil, nil,
			"2021-07-30T14:05:00+02:00", ""},
		{"the update's zone is the site's", title + "Published 30.07.2021, 14:05 | Updated 30.07.2021, 16:20 CEST\n\n" + body, nil, nil,
			"2021-07-30T14:05:00+02:00", model.ZoneFromPage},
		{"the update's clock is no publish time", title + "By Jane Doe | Updated July 30, 2021 4:20 PM EDT\n\n" + body, nil, nil,
			"2021-07-30T00:00:00Z", ""},
		{"the source's language tag", title + "Published: 30 July 2021 14:05\n\n" + body, nil, []string{"ko-KR"},
			"2021-07-30T14:05:00+09:00", model.ZoneFromLanguage},
		{"the document's domain", title + "Published: 30 July 2021 14:05\n\n" + body, []string{"https://news.example.co.uk/bridge"}, nil,
			"2021-07-30T14:05:00+01:00", model.ZoneFromDomain},
		{"a clock on a line of its own", title + "2021-07-30 14:05\n\n" + body, []string{"https://news.example.co.uk/bridge"}, nil,
			"2021-07-30T14:05:00+01:00", model.ZoneFromDomain},
		{"the dateline's place", title + "Published: 30 July 2021 14:05\n\nSEOUL, July 30 (Yonhap) -- " + body, nil, nil,
			"2021-07-30T14:05:00+09:00", model.ZoneFromDateline},
		{"a dateline place in a country of many clocks", title + "Published: 30 July 2021 14:05\n\nWASHINGTON (Reuters) - " + body, nil, nil,
			"2021-07-30T14:05:00-04:00", model.ZoneFromDateline},
		{"the domain goes before the dateline", title + "Published: 30 July 2021 14:05\n\nSEOUL (Reuters) - " + body, []string{"https://news.example.co.uk/bridge"}, nil,
			"2021-07-30T14:05:00+01:00", model.ZoneFromDomain},
		{"a dateline that names its region is not read", title + "Published: 30 July 2021 14:05\n\nPARIS, Texas (AP) -- " + body, nil, nil,
			"2021-07-30T14:05:00Z", model.ZoneUnknown},
		{"a place the update refutes", title + "Published: 30 July 2021 23:30 | Updated 30 July 2021 14:10 GMT\n\nSEOUL (Reuters) - " + body, nil, nil,
			"2021-07-30T23:30:00Z", model.ZoneUnknown},
		{"the language the text is written in", "Stadtrat beschließt neue Radwege\n\nVon Katrin Vogel\n3. März 2031, 18:40 Uhr\n\n" +
			"Der Stadtrat hat am Mittwochabend mit großer Mehrheit beschlossen, bis zum Jahr 2033 neue Radwege in der Innenstadt zu bauen.\n\n" +
			"Die Kosten sollen zum Teil aus Landesmitteln gedeckt werden, wie die Verwaltung mitteilte.\n", nil, nil,
			"2031-03-03T18:40:00+01:00", model.ZoneFromLanguage},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := textIn(tc.text, tc.urls, tc.locales)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if a.Published != nil {
				got = a.Published.Format(time.RFC3339)
			}
			if got != tc.want || a.PublishedZoneSource != tc.source {
				t.Errorf("published %s zone source %q, want %s %q", got, a.PublishedZoneSource, tc.want, tc.source)
			}
		})
	}
}

// The place a wire dateline names, and none when something other than a
// date follows the place.
func TestTxtDatelinePlace(t *testing.T) {
	for in, want := range map[string]string{
		"SEOUL, July 30 (Yonhap) -- The talks resumed.":      "SEOUL",
		"WASHINGTON (Reuters) - The talks resumed.":          "WASHINGTON",
		"PORT-AU-PRINCE, Haiti (AP) — The talks resumed.":    "",
		"PORT-AU-PRINCE (AP) — The talks resumed.":           "PORT-AU-PRINCE",
		"NEW YORK, Jan. 4 (AP) — The talks resumed.":         "NEW YORK",
		"NEW YORK, Jan. 4, 2024 (AP) — The talks resumed.":   "NEW YORK",
		"LIMA, Peru, Jan. 4, 2024 (AP) — The talks resumed.": "",
		"PARIS, Texas (AP) -- The talks resumed.":            "",
		"The talks resumed in Seoul on Friday, Yonhap said.": "",
		"SEOUL --": "",
		"N'DJAMENA, 25 mars 2026 (Méridien) - Le Soudan a rejeté l'offre.":      "N'DJAMENA",
		"MADRID, 25 de marzo de 2026 (Meridiano).- El Gobierno aprobó el plan.": "MADRID",
		"LISBOA, 25 de março de 2026 (Meridiano) - O governo aprovou o plano.":  "LISBOA",
		"BERLIN, 25. März 2026 (Meridian) - Die Regierung billigte den Plan.":   "BERLIN",
		"LONDON, 25 March (Meridian) - The talks resumed.":                      "LONDON",
		"LIMA, Pérou, 25 mars 2026 (Méridien) - Les pourparlers ont repris.":    "",
		"PARIS, 25 personnes (Méridien) - Les pourparlers ont repris.":          "",
	} {
		if got := txtDatelinePlace(in); got != want {
			t.Errorf("txtDatelinePlace(%q) = %q, want %q", in, got, want)
		}
	}
}

// Offsets as pages and text headers write them after a clock.
func TestNumericOffset(t *testing.T) {
	for in, want := range map[string]int{
		"+0530": 19800, "-05:00": -18000, "gmt+0000": 0, "utc -0500": -18000, "gmt+2": 7200, "utc-11": -39600,
		"gmt+5:30": 19800, "gmt +2": 7200, "utc+14": 50400,
	} {
		if got, ok := numericOffset(in); !ok || got != want {
			t.Errorf("numericOffset(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"+2", "+530", "gmt+15", "gmt+2:7", "utc+", "-", "gmt+123", "+05:3"} {
		if got, ok := numericOffset(in); ok {
			t.Errorf("numericOffset(%q) = %d, want none", in, got)
		}
	}
}

// A day-first dated dateline (French, Spanish, German agency copy) gives
// the publish date as an English dated one does. The texts are written for
// this test.
func TestTextDayFirstDatelineDate(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"french", "Le Soudan rejette une trêve\n\nN'DJAMENA, 25 mars 2026 (Méridien) - Le Soudan a rejeté l'offre de trêve à El Facher, a indiqué le ministère des Affaires étrangères.\n", "2026-03-25"},
		{"spanish", "El Gobierno aprueba el plan\n\nMADRID, 3 de abril de 2026 (Meridiano).- El Gobierno aprobó el plan de vivienda en el Consejo de Ministros, informó la portavoz.\n", "2026-04-03"},
		{"german", "Regierung billigt Plan\n\nBERLIN, 7. Mai 2026 (Meridian) - Die Bundesregierung hat den Haushaltsplan gebilligt, teilte ein Sprecher mit.\n", "2026-05-07"},
		{"english day first", "Talks resume\n\nLONDON, 9 June 2026 (Meridian) - The talks resumed on Tuesday after a week-long pause, officials said.\n", "2026-06-09"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Text(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if a.Published != nil {
				got = a.Published.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("published %s, want %s", got, tc.want)
			}
		})
	}
}
