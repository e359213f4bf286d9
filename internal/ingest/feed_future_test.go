package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// An item dated after the fetch by more than FutureGrace (a scheduled post,
// an event listing) has no publish date from the feed: its date is set
// aside in Future and in the document's hints, not clamped to the fetch
// time. Within the grace, and after the channel's lastBuildDate (no upper
// bound: items are often newer than it), the date is the item's.
func TestFeedFutureDates(t *testing.T) {
	fetched := time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, feed  string
		want        string // RFC 3339 of the item's Published, "" for none
		wantFuture  string // RFC 3339 of Future, "" for none
		wantSources string // PublishedSource/PublishedZoneSource
	}{
		{"before the fetch",
			rssFeed(``, `<pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>`),
			"2024-03-05T09:30:00Z", "", model.DateFromFeed + "/"},
		{"after the channel's build date, before the fetch",
			rssFeed(`<lastBuildDate>Mon, 04 Mar 2024 18:00:00 +0000</lastBuildDate>`, `<pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>`),
			"2024-03-05T09:30:00Z", "", model.DateFromFeed + "/"},
		{"hours ahead, within the grace (a clock read in the wrong zone)",
			rssFeed(`<language>ko</language>`, `<pubDate>2024-03-05 20:24:00</pubDate>`),
			"2024-03-05T20:24:00+09:00", "", model.DateFromFeed + "/" + model.ZoneFromLanguage},
		{"a week ahead: scheduled",
			rssFeed(``, `<pubDate>Tue, 12 Mar 2024 09:30:00 +0000</pubDate>`),
			"", "2024-03-12T09:30:00Z", "/"},
		{"an update time only, ahead",
			atomFeed("", ``, `<updated>2024-04-01T08:00:00Z</updated>`),
			"", "2024-04-01T08:00:00Z", "/"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseFeed(strings.NewReader(tc.feed), FeedOptions{Fetched: fetched})
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) != 1 {
				t.Fatalf("%d items", len(f.Items))
			}
			it := f.Items[0]
			got, future := "", ""
			if !it.Published.IsZero() {
				got = it.Published.Format(time.RFC3339)
			}
			if !it.Future.IsZero() {
				future = it.Future.Format(time.RFC3339)
			}
			if got != tc.want || future != tc.wantFuture || it.PublishedSource+"/"+it.PublishedZoneSource != tc.wantSources {
				t.Errorf("published %q future %q sources %s/%s; want %q %q %s", got, future,
					it.PublishedSource, it.PublishedZoneSource, tc.want, tc.wantFuture, tc.wantSources)
			}
			e := f.Entry("feed.xml", 0)
			if e.Doc == nil {
				t.Fatalf("entry: %+v", e)
			}
			if e.Doc.Hints["future_date"] != tc.wantFuture {
				t.Errorf("hint future_date = %q, want %q", e.Doc.Hints["future_date"], tc.wantFuture)
			}
			if tc.wantFuture != "" && (!e.Doc.Published.IsZero() || e.Doc.PublishedSource != "") {
				t.Errorf("document dated %v (%s) by a future feed date", e.Doc.Published, e.Doc.PublishedSource)
			}
		})
	}
}

// Without a fetch time the feed is read as fetched when it is parsed: an
// item dated years ahead is future, one of last year is not.
func TestFeedFutureDatesNow(t *testing.T) {
	ahead := time.Now().AddDate(2, 0, 0).UTC().Format(time.RFC1123Z)
	past := time.Now().AddDate(-1, 0, 0).UTC().Format(time.RFC1123Z)
	f, err := ParseFeed(strings.NewReader(rssFeed(``, `<pubDate>`+ahead+`</pubDate>`, `<pubDate>`+past+`</pubDate>`)), FeedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 2 || !f.Items[0].Published.IsZero() || f.Items[0].Future.IsZero() ||
		f.Items[1].Published.IsZero() || !f.Items[1].Future.IsZero() {
		t.Errorf("items = %+v", f.Items)
	}
}
