package extract

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Every date of an article says where it came from, and a page with no
// publish date keeps "published" null, the best date there is going beside
// it as a reference date that says what it is.
func TestPublishedProvenance(t *testing.T) {
	dated := pubPage(`<meta property="article:published_time" content="2021-07-28T09:00:00Z">`, "")
	undated := pubPage("", "")
	feedDay := time.Date(2021, 7, 27, 6, 0, 0, 0, time.UTC)
	modified := time.Date(2021, 7, 29, 8, 0, 0, 0, time.UTC)
	captured := time.Date(2021, 7, 30, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name                  string
		doc                   model.Document
		wantPublished, wantPS string
		wantRef, wantRS       string
	}{
		{"page markup", model.Document{Content: dated, Format: model.FormatHTML, Captured: captured},
			"2021-07-28T09:00:00Z", model.DateFromContent, "", ""},
		{"url date", model.Document{Content: undated, Format: model.FormatHTML, URL: "https://gazette.example/2021/07/26/bridge/", Captured: captured},
			"2021-07-26T00:00:00Z", model.DateFromURL, "", ""},
		{"feed item date", model.Document{Content: undated, Format: model.FormatHTML, Published: feedDay, PublishedSource: model.DateFromFeed, Captured: captured},
			"2021-07-27T06:00:00Z", model.DateFromFeed, "", ""},
		{"given date", model.Document{Content: undated, Format: model.FormatHTML, Published: feedDay},
			"2021-07-27T06:00:00Z", model.DateGiven, "", ""},
		{"page beats the feed", model.Document{Content: dated, Format: model.FormatHTML, Published: feedDay, PublishedSource: model.DateFromFeed},
			"2021-07-28T09:00:00Z", model.DateFromContent, "", ""},
		{"text header line", model.Document{Content: "Bridge reopens\n\nPublished: 28 July 2021\n\nThe harbour bridge reopened to traffic on Monday after three months of repairs, the council said.", Format: model.FormatText},
			"2021-07-28T00:00:00Z", model.DateFromContent, "", ""},
		{"last-modified before capture", model.Document{Content: undated, Format: model.FormatHTML, LastModified: modified, Captured: captured},
			"", "", "2021-07-29T08:00:00Z", model.DateLastModified},
		{"last-modified after capture is a clock error", model.Document{Content: undated, Format: model.FormatHTML, LastModified: captured.Add(time.Hour), Captured: captured},
			"", "", "2021-07-30T12:00:00Z", model.DateCaptured},
		{"last-modified of 1970 passed over", model.Document{Content: undated, Format: model.FormatHTML, LastModified: time.Unix(0, 0), Captured: captured},
			"", "", "2021-07-30T12:00:00Z", model.DateCaptured},
		{"last-modified alone", model.Document{Content: undated, Format: model.FormatHTML, LastModified: modified},
			"", "", "2021-07-29T08:00:00Z", model.DateLastModified},
		{"capture alone", model.Document{Content: undated, Format: model.FormatHTML, Captured: captured},
			"", "", "2021-07-30T12:00:00Z", model.DateCaptured},
		{"nothing dates it", model.Document{Content: undated, Format: model.FormatHTML},
			"", "", "", ""},
		{"file modification time", model.Document{Content: undated, Format: model.FormatHTML, Captured: captured, CapturedSource: model.DateFileModified},
			"", "", "2021-07-30T12:00:00Z", model.DateFileModified},
		{"text file modification time", model.Document{Content: "Bridge reopens\n\nThe harbour bridge reopened to traffic on Monday after three months of repairs, the council said.", Format: model.FormatText, Captured: captured, CapturedSource: model.DateFileModified},
			"", "", "2021-07-30T12:00:00Z", model.DateFileModified},
		{"a date in the file's name before its modification time", model.Document{Source: "archive/newsweek-2021-07-26-bridge.txt", Content: "Bridge reopens\n\nThe harbour bridge reopened to traffic on Monday after three months of repairs, the council said.", Format: model.FormatText, Captured: captured, CapturedSource: model.DateFileModified},
			"", "", "2021-07-26T00:00:00Z", model.DateFileName},
		{"a file older than the date in its name keeps its modification time", model.Document{Source: "plans-2021-09-01.txt", Content: "Bridge reopens\n\nThe harbour bridge reopened to traffic on Monday after three months of repairs, the council said.", Format: model.FormatText, Captured: captured, CapturedSource: model.DateFileModified},
			"", "", "2021-07-30T12:00:00Z", model.DateFileModified},
		{"a fetched page's name is no file name", model.Document{Source: "https://gazette.example/news/bridge-2021-07-26-update", Content: undated, Format: model.FormatHTML, Captured: captured},
			"", "", "2021-07-30T12:00:00Z", model.DateCaptured},
		{"a file dated in its text keeps the text's date", model.Document{Content: "Bridge reopens\n\nPublished: 28 July 2021\n\nThe harbour bridge reopened to traffic on Monday after three months of repairs, the council said.", Format: model.FormatText, Captured: captured, CapturedSource: model.DateFileModified},
			"2021-07-28T00:00:00Z", model.DateFromContent, "", ""},
	}
	fmtTime := func(p *time.Time) string {
		if p == nil {
			return ""
		}
		return p.Format(time.RFC3339)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc
			if err := New().Process(context.Background(), &doc); err != nil {
				t.Fatal(err)
			}
			a := doc.Article
			if got := fmtTime(a.Published); got != tt.wantPublished || a.PublishedSource != tt.wantPS {
				t.Errorf("published = %q from %q, want %q from %q", got, a.PublishedSource, tt.wantPublished, tt.wantPS)
			}
			if got := fmtTime(a.ReferenceDate); got != tt.wantRef || a.ReferenceSource != tt.wantRS {
				t.Errorf("reference = %q from %q, want %q from %q", got, a.ReferenceSource, tt.wantRef, tt.wantRS)
			}
		})
	}
}

// A feed item's date keeps what the feed said of it: an update time
// (model.DateFromFeedUpdated, an Atom entry with only <updated>) stays
// marked as one, with the source of its zone; the page's own publish date
// wins over it, earlier or later, and the feed's zone source goes with the
// feed's date.
func TestFeedDateProvenance(t *testing.T) {
	page := func(iso string) string {
		return pubPage(`<meta property="article:published_time" content="`+iso+`">`, "")
	}
	updated := time.Date(2021, 7, 28, 15, 24, 0, 0, time.FixedZone("", 9*3600))
	tests := []struct {
		name                          string
		content                       string
		wantPublished, wantPS, wantZS string
	}{
		{"update time alone", pubPage("", ""), "2021-07-28T15:24:00+09:00", model.DateFromFeedUpdated, model.ZoneFromLanguage},
		{"earlier page date wins", page("2021-07-27T09:00:00Z"), "2021-07-27T09:00:00Z", model.DateFromContent, ""},
		{"later page date wins", page("2021-07-29T09:00:00Z"), "2021-07-29T09:00:00Z", model.DateFromContent, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := model.Document{Content: tt.content, Format: model.FormatHTML, Published: updated,
				PublishedSource: model.DateFromFeedUpdated, PublishedZoneSource: model.ZoneFromLanguage}
			if err := New().Process(context.Background(), &doc); err != nil {
				t.Fatal(err)
			}
			a := doc.Article
			got := ""
			if a.Published != nil {
				got = a.Published.Format(time.RFC3339)
			}
			if got != tt.wantPublished || a.PublishedSource != tt.wantPS || a.PublishedZoneSource != tt.wantZS {
				t.Errorf("published = %q from %q (zone %q), want %q from %q (zone %q)",
					got, a.PublishedSource, a.PublishedZoneSource, tt.wantPublished, tt.wantPS, tt.wantZS)
			}
		})
	}
}

func TestDateInFileName(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"newsweek-2021-07-30-xi-kim.txt", "2021-07-30"},
		{"/data/in/20210730_kcna.html", "2021-07-30"},
		{`C:\feeds\2021_07_30.json`, "2021-07-30"},
		{"wire.2021.07.30.txt", "2021-07-30"},
		{"2021-07-30-and-2021-07-30.txt", "2021-07-30"}, // the same date twice
		{"2021-07-30-to-2021-08-02.txt", ""},            // two dates: neither is certain
		{"2021-02-30.txt", ""},                          // no such day
		{"report-1985-07-30.txt", ""},                   // before 1990, as URL dates
		{"2021-07-300.txt", ""},                         // runs on into more digits
		{"12021-07-30.txt", ""},
		{"doc_12345678.txt", ""},
		{"2021-07.txt", ""},
		{"story-2021-07-30/body.txt", ""}, // only the base name counts
		{"", ""},
	} {
		got, ok := dateInFileName(tt.name)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("dateInFileName(%q) = %q, want %q", tt.name, s, tt.want)
		}
	}
}

// FuzzDateInFileName: any name gives a real calendar day from 1990 on, or
// nothing, and never panics on names cut short after a year.
func FuzzDateInFileName(f *testing.F) {
	for _, s := range []string{"newsweek-2021-07-30-xi-kim.txt", "20210730_kcna.html", "2021-07-", "2021_07_3", "a/b\\2021.07.30", "9999-99-99", "2021-07-30-to-2021-08-02"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got, ok := dateInFileName(name)
		if !ok {
			return
		}
		if got.Year() < 1990 || got.Hour() != 0 || got.Location() != time.UTC {
			t.Fatalf("dateInFileName(%q) = %v", name, got)
		}
		if again, _ := dateInFileName(name); !again.Equal(got) {
			t.Fatalf("dateInFileName(%q) not stable", name)
		}
	})
}
