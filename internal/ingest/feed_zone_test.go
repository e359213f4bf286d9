package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// rssFeed is an RSS 2.0 feed with the given channel elements and items.
func rssFeed(channel string, items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Valley Post</title>`)
	b.WriteString(channel)
	for _, it := range items {
		b.WriteString(`<item><title>Ferry timetable changes</title><description>The winter timetable starts next week.</description>` + it + `</item>`)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// atomFeed is an Atom feed with the given xml:lang, feed-level elements
// and entries.
func atomFeed(lang, head string, entries ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"`)
	if lang != "" {
		b.WriteString(` xml:lang="` + lang + `"`)
	}
	b.WriteString(`><title>Valley Post</title><id>urn:valley</id>` + head)
	for _, e := range entries {
		b.WriteString(`<entry><title>Ferry timetable changes</title><id>urn:valley:1</id><summary>The winter timetable starts next week.</summary>` + e + `</entry>`)
	}
	b.WriteString(`</feed>`)
	return b.String()
}

// A feed item's time of day written without a zone is placed by the
// feed's own evidence, as a page's is: the offsets of the feed's other
// dates, its language, its country domain; and the item says where the
// zone came from and whether its date is an update time.
func TestFeedDateZone(t *testing.T) {
	tests := []struct {
		name, feed, url string
		want            string // RFC 3339 of the first item's date
		wantPS, wantZS  string
	}{
		{"korean channel language",
			rssFeed(`<language>ko</language>`, `<pubDate>2024-03-05 15:24:00</pubDate>`), "",
			"2024-03-05T15:24:00+09:00", model.DateFromFeed, model.ZoneFromLanguage},
		{"region of the language, summer time",
			rssFeed(`<language>de-DE</language>`, `<pubDate>Fri, 05 Jul 2024 15:24:00</pubDate>`), "",
			"2024-07-05T15:24:00+02:00", model.DateFromFeed, model.ZoneFromLanguage},
		{"chinese channel language: five countries, one clock",
			rssFeed(`<language>zh</language>`, `<pubDate>2024-03-05 15:24:00</pubDate>`), "",
			"2024-03-05T15:24:00+08:00", model.DateFromFeed, model.ZoneFromLanguage},
		{"argentine feed address: twelve zones, one clock",
			rssFeed(`<language>es</language>`, `<pubDate>2024-03-05 15:24:00</pubDate>`), "https://www.diario.example.com.ar/rss",
			"2024-03-05T15:24:00-03:00", model.DateFromFeed, model.ZoneFromDomain},
		{"offset of the channel's build date",
			rssFeed(`<language>en-us</language><lastBuildDate>Tue, 05 Mar 2024 18:00:00 -0500</lastBuildDate>`, `<pubDate>Tue, 05 Mar 2024 15:24:00</pubDate>`), "",
			"2024-03-05T15:24:00-05:00", model.DateFromFeed, model.ZoneFromFeed},
		{"offset of another item",
			rssFeed(``, `<pubDate>2024-03-05T15:24:00</pubDate>`, `<pubDate>2024-03-04T09:10:00+05:30</pubDate>`), "",
			"2024-03-05T15:24:00+05:30", model.DateFromFeed, model.ZoneFromFeed},
		{"utc elsewhere is no evidence; the language is",
			rssFeed(`<language>ja</language><lastBuildDate>Tue, 05 Mar 2024 18:00:00 GMT</lastBuildDate>`, `<pubDate>2024-03-05 15:24</pubDate>`), "",
			"2024-03-05T15:24:00+09:00", model.DateFromFeed, model.ZoneFromLanguage},
		{"the feed's own address",
			rssFeed(`<language>en</language><link>https://valley.example.com/</link>`, `<pubDate>2024-03-05 15:24:00</pubDate>`), "https://valley.example.co.kr/rss.xml",
			"2024-03-05T15:24:00+09:00", model.DateFromFeed, model.ZoneFromDomain},
		{"the item's link",
			rssFeed(``, `<link>https://www.valley.example.jp/ferry</link><pubDate>2024-03-05 15:24:00</pubDate>`), "",
			"2024-03-05T15:24:00+09:00", model.DateFromFeed, model.ZoneFromDomain},
		{"no evidence: utc, said unknown",
			rssFeed(`<language>en</language>`, `<link>https://valley.example.com/ferry</link><pubDate>2024-03-05 15:24:00</pubDate>`), "https://valley.example.com/rss",
			"2024-03-05T15:24:00Z", model.DateFromFeed, model.ZoneUnknown},
		{"a zone of its own is kept",
			rssFeed(`<language>ko</language>`, `<pubDate>Tue, 05 Mar 2024 15:24:00 +0100</pubDate>`), "",
			"2024-03-05T15:24:00+01:00", model.DateFromFeed, ""},
		{"a bare date has no clock to place",
			rssFeed(`<language>ko</language>`, `<pubDate>2024-03-05</pubDate>`), "",
			"2024-03-05T00:00:00Z", model.DateFromFeed, ""},
		{"atom: the entry's own update time",
			atomFeed("", "", `<published>2024-03-05T15:24:00</published><updated>2024-03-06T08:00:00+05:30</updated>`), "",
			"2024-03-05T15:24:00+05:30", model.DateFromFeed, model.ZoneFromFeed},
		{"atom: xml:lang",
			atomFeed("it", "", `<published>2024-03-05T15:24:00</published>`), "",
			"2024-03-05T15:24:00+01:00", model.DateFromFeed, model.ZoneFromLanguage},
		{"atom: the language refuted by the update time",
			atomFeed("ko", "", `<published>2024-03-05T15:24:00</published><updated>2024-03-05T05:00:00Z</updated>`), "",
			"2024-03-05T15:24:00Z", model.DateFromFeed, model.ZoneUnknown},
		{"atom: only an update time, marked as one",
			atomFeed("en", "", `<updated>2024-03-05T15:24:00Z</updated>`), "",
			"2024-03-05T15:24:00Z", model.DateFromFeedUpdated, ""},
		{"atom: only an update time without a zone, placed",
			atomFeed("pl", "", `<updated>2024-03-05T15:24:00</updated>`), "",
			"2024-03-05T15:24:00+01:00", model.DateFromFeedUpdated, model.ZoneFromLanguage},
		{"atom: the feed's updated",
			atomFeed("", `<updated>2024-03-06T10:00:00-03:00</updated>`, `<published>2024-03-05T15:24:00</published>`), "",
			"2024-03-05T15:24:00-03:00", model.DateFromFeed, model.ZoneFromFeed},
		{"json feed language",
			`{"version":"https://jsonfeed.org/version/1.1","title":"Valley Post","language":"ja","items":[{"id":"1","content_text":"The winter timetable starts next week.","date_published":"2024-03-05T15:24:00"}]}`, "",
			"2024-03-05T15:24:00+09:00", model.DateFromFeed, model.ZoneFromLanguage},
		{"json feed: only date_modified",
			`{"version":"https://jsonfeed.org/version/1.1","title":"Valley Post","items":[{"id":"1","content_text":"The winter timetable starts next week.","date_modified":"2024-03-05T15:24:00Z"}]}`, "",
			"2024-03-05T15:24:00Z", model.DateFromFeedUpdated, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseFeed(strings.NewReader(tc.feed), FeedOptions{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) == 0 {
				t.Fatal("no items")
			}
			it := f.Items[0]
			if got := it.Published.Format(time.RFC3339); got != tc.want || it.PublishedSource != tc.wantPS || it.PublishedZoneSource != tc.wantZS {
				t.Errorf("published = %s from %q (zone %q), want %s from %q (zone %q)",
					got, it.PublishedSource, it.PublishedZoneSource, tc.want, tc.wantPS, tc.wantZS)
			}
			// The document (or the link to fetch) carries the same.
			e := f.Entry("feed.xml", 0)
			var gotT time.Time
			var ps, zs string
			switch {
			case e.Doc != nil:
				gotT, ps, zs = e.Doc.Published, e.Doc.PublishedSource, e.Doc.PublishedZoneSource
			case e.Link != nil:
				gotT, ps, zs = e.Link.Published, e.Link.PublishedSource, e.Link.PublishedZoneSource
			default:
				t.Fatalf("entry = %+v", e)
			}
			if !gotT.Equal(it.Published) || ps != tc.wantPS || zs != tc.wantZS {
				t.Errorf("entry date = %s from %q (zone %q)", gotT, ps, zs)
			}
		})
	}
}
