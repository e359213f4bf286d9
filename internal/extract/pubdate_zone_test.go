package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// zonePage is pubPage with the given <html lang> (none when empty).
func zonePage(lang, head, body string) string {
	p := pubPage(head, body)
	if lang == "" {
		return strings.Replace(p, ` lang="en"`, "", 1)
	}
	return strings.Replace(p, ` lang="en"`, ` lang="`+lang+`"`, 1)
}

// A publish time written without a zone is placed in the zone the page's
// own evidence gives, and the article says where that zone came from.
func TestPublishedZone(t *testing.T) {
	dateline := func(s string) string { return `<div class="date">` + s + `</div>` }
	tests := []struct {
		name, html, url string
		want, wantZS    string
	}{
		{"korean page, language tag", zonePage("ko", "", dateline("2021.07.28 15:24")), "",
			"2021-07-28T15:24:00+09:00", model.ZoneFromLanguage},
		{"japanese og:locale", zonePage("", `<meta property="og:locale" content="ja_JP">`, dateline("2021/07/28 15:24")), "",
			"2021-07-28T15:24:00+09:00", model.ZoneFromLanguage},
		{"german region, summer time", zonePage("de-DE", "", dateline("28.07.2021 15:24")), "",
			"2021-07-28T15:24:00+02:00", model.ZoneFromLanguage},
		{"german region, winter time", zonePage("de-DE", "", dateline("28.01.2021 15:24")), "",
			"2021-01-28T15:24:00+01:00", model.ZoneFromLanguage},
		{"british english", zonePage("en-GB", `<meta property="article:published_time" content="2021-07-28 15:24">`, ""), "",
			"2021-07-28T15:24:00+01:00", model.ZoneFromLanguage},
		{"offset of the modified time",
			zonePage("en", `<meta property="article:published_time" content="2021-07-28 15:24"><meta property="article:modified_time" content="2021-07-29T10:00:00+05:30">`, ""), "",
			"2021-07-28T15:24:00+05:30", model.ZoneFromPage},
		{"json-ld dateModified offset beats the language",
			zonePage("ko", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-07-28 15:24","dateModified":"2021-07-28T18:00:00+08:00"}</script>`, ""), "",
			"2021-07-28T15:24:00+08:00", model.ZoneFromPage},
		{"winter offset with the language's zone gives summer time",
			zonePage("de", `<meta property="article:modified_time" content="2021-11-10T09:00:00+01:00">`, dateline("20.10.2021 15:24")), "",
			"2021-10-20T15:24:00+02:00", model.ZoneFromPage},
		{"the same clock written in UTC elsewhere",
			zonePage("ja", `<meta property="article:published_time" content="2021-07-28T15:24:10.250"><meta itemprop="datePublished" content="2021-07-28T15:24:10.250Z"><meta property="article:modified_time" content="2021-07-28T20:00:00-05:00">`, ""), "",
			"2021-07-28T15:24:10Z", model.ZoneFromPage},
		{"a zone that puts publishing after the update is refuted",
			zonePage("en", `<meta property="og:updated_time" content="2021-07-27T22:15:00-05:00"><meta property="article:published_time" content="2021-07-28T03:05:00">`, ""), "",
			"2021-07-28T03:05:00Z", model.ZoneUnknown},
		{"a UTC stamp is no evidence",
			zonePage("ja", `<meta property="article:modified_time" content="2021-07-29T01:00:00Z">`, dateline("2021/07/28 15:24")), "",
			"2021-07-28T15:24:00+09:00", model.ZoneFromLanguage},
		{"chinese tagged zh alone: five countries, one clock", zonePage("zh", "", dateline("2021-07-28 15:24")), "",
			"2021-07-28T15:24:00+08:00", model.ZoneFromLanguage},
		{"traditional chinese script, no region", zonePage("zh-Hant", "", dateline("2021/07/28 15:24")), "",
			"2021-07-28T15:24:00+08:00", model.ZoneFromLanguage},
		{"argentine domain: twelve zones, one clock", zonePage("es", "", dateline("28/07/2021 15:24")), "https://www.diario.example.com.ar/politica/nota",
			"2021-07-28T15:24:00-03:00", model.ZoneFromDomain},
		{"country domain", zonePage("", "", dateline("2021.07.28 15:24")), "https://news.example.co.kr/society/123",
			"2021-07-28T15:24:00+09:00", model.ZoneFromDomain},
		{"uk domain", zonePage("", "", dateline("28 July 2021 15:24")), "https://www.gazette.example.co.uk/news/bridge",
			"2021-07-28T15:24:00+01:00", model.ZoneFromDomain},
		{"us english stays unknown", zonePage("en-US", "", dateline("July 28, 2021 3:24 PM")), "https://gazette.example.com/bridge",
			"2021-07-28T15:24:00Z", model.ZoneUnknown},
		{"the domain after a region of many clocks", zonePage("en-US", "", dateline("July 28, 2021 3:24 PM")), "https://gazette.example.de/bridge",
			"2021-07-28T15:24:00+02:00", model.ZoneFromDomain},
		{"generic country domain", zonePage("", "", dateline("2021.07.28 15:24")), "https://gazette.example.io/bridge",
			"2021-07-28T15:24:00Z", model.ZoneUnknown},
		{"zone written with the time", zonePage("ko", "", dateline("2021.07.28 15:24 KST")), "",
			"2021-07-28T15:24:00+09:00", ""},
		{"offset written with the time", zonePage("de-DE", `<meta property="article:published_time" content="2021-07-28T15:24:00+00:00">`, ""), "",
			"2021-07-28T15:24:00Z", ""},
		{"a day without a time of day", zonePage("ko", "", dateline("2021.07.28")), "",
			"2021-07-28T00:00:00Z", ""},
		{"zone abbreviation time.Parse does not know", zonePage("en", `<meta name="pubdate" content="Wed, 28 Jul 2021 15:24:00 EST">`, ""), "",
			"2021-07-28T15:24:00-05:00", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(tt.html, tt.url)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if a.Published != nil {
				got = a.Published.Format(time.RFC3339)
			}
			if got != tt.want || a.PublishedZoneSource != tt.wantZS {
				t.Errorf("published = %q, zone from %q; want %q, zone from %q", got, a.PublishedZoneSource, tt.want, tt.wantZS)
			}
		})
	}
}
