package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
)

// An article nothing else dates takes the date of the wire dateline that
// opens it, marked "dateline": a full date as written, a month and day in
// the nearest year not after the reference date (the capture, the file),
// else the ingest time. A date in the markup, the header lines or the URL,
// and for a year-less dateline a feed's or a given date, goes first.
func TestDatelinePublished(t *testing.T) {
	ingestDay := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	newYear := time.Date(2027, 1, 2, 9, 0, 0, 0, time.UTC)
	feedDay := time.Date(2026, 11, 27, 6, 30, 0, 0, time.UTC)
	const (
		title    = "Ministers agree to resume water talks\n\n"
		body     = " - Turkey and Iraq agreed on Thursday to resume talks on sharing the waters of the Tigris, the two foreign ministers said after meeting in the capital.\n\nOfficials said a technical committee would meet next month.\n"
		noYear   = "ANKARA, Nov 28 (Northern Wire)" + body
		withYear = "KHARTOUM, March 4, 2025 (Northern Wire)" + body
		dayFirst = "N'DJAMENA, 25 mars (Agence Example)" + body
		december = "SEOUL, Dec 30 (Northern Wire)" + body
		leapDay  = "OTTAWA, Feb 29 (Northern Wire)" + body
		noDate   = "ANKARA (Northern Wire)" + body
		header   = "Published: 20 November 2026\n\n"
	)
	page := func(lead, meta string) string {
		return "<html><head><title>Ministers agree to resume water talks</title>" + meta + "</head><body><article><h1>Ministers agree to resume water talks</h1><p>" +
			lead + "</p><p>Officials said a technical committee would meet next month to draw up a schedule for the releases.</p></article></body></html>"
	}
	htmlLead := func(s string) string { return strings.SplitN(s, "\n\n", 2)[0] }
	jsonl := func(t *testing.T, text, published string) model.Document {
		t.Helper()
		line := `{"url":"https://wire.example/water-talks","title":"Ministers agree to resume water talks","text":` + quoteJSON(text)
		if published != "" {
			line += `,"published":"` + published + `"`
		}
		doc, err := ingest.JSONLDocument("records.jsonl:1", []byte(line+"}"))
		if err != nil {
			t.Fatalf("JSONLDocument: %v", err)
		}
		return *doc
	}
	tests := []struct {
		name    string
		doc     func(t *testing.T) model.Document
		now     time.Time
		want    string // RFC 3339, "" for no publish date
		wantSrc string
		wantRef string // the reference source left beside an unknown date
	}{
		{"text, year-less dateline on standard input", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + noYear}
		}, ingestDay, "2026-11-28T00:00:00Z", model.DateFromDateline, ""},
		{"text, year-less dateline read against the file's date", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + noYear, Source: "/news/water.txt",
				Captured: time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), CapturedSource: model.DateFileModified}
		}, ingestDay, "2024-11-28T00:00:00Z", model.DateFromDateline, ""},
		{"text, December dateline read in January is last year's", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + december}
		}, newYear, "2026-12-30T00:00:00Z", model.DateFromDateline, ""},
		{"text, 29 February goes back to the last leap year", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + leapDay}
		}, ingestDay, "2024-02-29T00:00:00Z", model.DateFromDateline, ""},
		{"text, day-first dateline", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + dayFirst}
		}, ingestDay, "2026-03-25T00:00:00Z", model.DateFromDateline, ""},
		{"text, full dateline date", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + withYear}
		}, ingestDay, "2025-03-04T00:00:00Z", model.DateFromDateline, ""},
		{"text, header line goes first", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + header + noYear}
		}, ingestDay, "2026-11-20T00:00:00Z", model.DateFromContent, ""},
		{"text, given date goes before a year-less dateline", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + noYear, Published: feedDay, PublishedSource: model.DateFromFeed}
		}, ingestDay, "2026-11-27T06:30:00Z", model.DateFromFeed, ""},
		{"text, a dateline without a date leaves the reference date", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatText, Content: title + noDate, Captured: ingestDay}
		}, ingestDay, "", "", model.DateCaptured},
		{"jsonl, year-less dateline", func(t *testing.T) model.Document {
			return jsonl(t, noYear, "")
		}, ingestDay, "2026-11-28T00:00:00Z", model.DateFromDateline, ""},
		{"jsonl, the record's date goes first", func(t *testing.T) model.Document {
			return jsonl(t, noYear, "2026-11-27T06:30:00Z")
		}, ingestDay, "2026-11-27T06:30:00Z", model.DateGiven, ""},
		{"jsonl, full dateline date", func(t *testing.T) model.Document {
			return jsonl(t, withYear, "")
		}, ingestDay, "2025-03-04T00:00:00Z", model.DateFromDateline, ""},
		{"html, year-less dateline read against the capture", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatHTML, Content: page(htmlLead(noYear), ""), URL: "https://wire.example/water-talks",
				Captured: time.Date(2025, 11, 29, 3, 0, 0, 0, time.UTC)}
		}, ingestDay, "2025-11-28T00:00:00Z", model.DateFromDateline, ""},
		{"html, full dateline date before a feed's", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatHTML, Content: page(htmlLead(withYear), ""), URL: "https://wire.example/water-talks",
				Published: feedDay, PublishedSource: model.DateFromFeed}
		}, ingestDay, "2025-03-04T00:00:00Z", model.DateFromDateline, ""},
		{"html, markup date goes first", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatHTML, URL: "https://wire.example/water-talks",
				Content: page(htmlLead(noYear), `<meta property="article:published_time" content="2026-11-28T09:15:00Z">`)}
		}, ingestDay, "2026-11-28T09:15:00Z", model.DateFromContent, ""},
		{"html, url date goes first", func(*testing.T) model.Document {
			return model.Document{Format: model.FormatHTML, Content: page(htmlLead(withYear), ""), URL: "https://wire.example/2025/03/05/water-talks/"}
		}, ingestDay, "2025-03-05T00:00:00Z", model.DateFromURL, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tc.doc(t)
			now := tc.now
			if err := New().WithClock(func() time.Time { return now }).Process(context.Background(), &doc); err != nil {
				t.Fatalf("Process: %v", err)
			}
			a := doc.Article
			got := ""
			if a.Published != nil {
				got = a.Published.UTC().Format(time.RFC3339)
			}
			if got != tc.want || a.PublishedSource != tc.wantSrc {
				t.Errorf("published %q (%s), want %q (%s)", got, a.PublishedSource, tc.want, tc.wantSrc)
			}
			if a.ReferenceSource != tc.wantRef {
				t.Errorf("reference_source %q, want %q", a.ReferenceSource, tc.wantRef)
			}
		})
	}
}

func quoteJSON(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// Only the date part of a real dateline gives a month and day: a place
// that is a month's name, a region, a headline opening with a number are
// none.
func TestDatelineMonthDay(t *testing.T) {
	tests := []struct {
		in      string
		wantMon time.Month
		wantDay int
	}{
		{"ANKARA, Nov 28 (Wire) - Talks resumed.", time.November, 28},
		{"BUENOS AIRES, Argentina, Feb. 7 (AP) -- The peso fell.", time.February, 7},
		{"BERLIN, 25. März (dpa) - Die Regierung beschloss.", time.March, 25},
		{"MADRID, 25 de marzo (EFE).- El Gobierno aprobó.", time.March, 25},
		{"MAY PEN, Jamaica (Wire) - Flooding closed roads.", 0, 0},
		{"PARIS, Texas (AP) - A storm hit.", 0, 0},
		{"WASHINGTON (Reuters) - The Senate voted.", 0, 0},
		{"KHARTOUM, March 4, 2099 (Reuters) - A written year is not guessed.", 0, 0},
		{"UN, 25 killed: a report", 0, 0},
		{"Nov 28 was the day the talks resumed - officials said.", 0, 0},
	}
	for _, tc := range tests {
		mon, day, ok := datelineMonthDay(tc.in)
		if ok != (tc.wantDay != 0) || mon != tc.wantMon || day != tc.wantDay {
			t.Errorf("datelineMonthDay(%q) = %v %d %v, want %v %d", tc.in, mon, day, ok, tc.wantMon, tc.wantDay)
		}
	}
}
