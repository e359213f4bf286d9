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

// wirePage is a page of a wire report: <html lang> (none when empty), a
// zone-less publish clock in a date element and extra head markup, and a
// body whose first paragraph is lead.
func wirePage(lang, head, clock, lead string) string {
	langAttr := ""
	if lang != "" {
		langAttr = ` lang="` + lang + `"`
	}
	return `<!doctype html><html` + langAttr + `><head><title>Ferry talks resume after storm delay</title>` + head +
		`</head><body><article><h1>Ferry talks resume after storm delay</h1><div class="date">` + clock + `</div>` +
		`<p>` + lead + `</p>` +
		`<p>Negotiators from both port authorities met for four hours and agreed to meet again next week, officials said.</p>` +
		`<p>The ferry line has been suspended since the storm damaged the northern pier in early July.</p>` +
		`</article></body></html>`
}

// A page's zone-less publish clock that its markup (tags, other stamps,
// domain) leaves unplaced is placed by its body, in the plain-text order:
// the language the body is written in, then the place of the wire dateline
// opening the body, with the source "dateline".
func TestPublishedZoneDateline(t *testing.T) {
	const lead = ", July 30 (Harbour Wire) -- Ferry operators and port officials resumed talks on Friday over the suspended crossing."
	tests := []struct {
		name, html, url string
		want, wantZS    string
	}{
		{"english tag, seoul dateline", wirePage("en", "", "2021-07-30 14:05", "SEOUL"+lead), "https://wire.example.com/a",
			"2021-07-30T14:05:00+09:00", model.ZoneFromDateline},
		{"no tag, accented place", wirePage("", "", "2021-07-30 14:05", "BOGOTÁ"+lead), "",
			"2021-07-30T14:05:00-05:00", model.ZoneFromDateline},
		{"dateline without a date", wirePage("en", "", "2021-07-30 14:05", "WASHINGTON (Harbour Wire) - Ferry operators and port officials resumed talks on Friday."), "",
			"2021-07-30T14:05:00-04:00", model.ZoneFromDateline},
		{"the language tag goes first", wirePage("de", "", "30.07.2021 14:05", "SEOUL"+lead), "",
			"2021-07-30T14:05:00+02:00", model.ZoneFromLanguage},
		{"the domain goes first", wirePage("en", "", "2021-07-30 14:05", "SEOUL"+lead), "https://wire.example.co.uk/a",
			"2021-07-30T14:05:00+01:00", model.ZoneFromDomain},
		{"another stamp's offset goes first",
			wirePage("en", `<meta property="article:modified_time" content="2021-07-30T18:00:00+08:00">`, "2021-07-30 14:05", "SEOUL"+lead), "",
			"2021-07-30T14:05:00+08:00", model.ZoneFromPage},
		{"the body's language goes before the dateline", `<!doctype html><html><head><title>Fährgespräche nach Sturm fortgesetzt</title></head>` +
			`<body><article><h1>Fährgespräche nach Sturm fortgesetzt</h1><div class="date">30.07.2021 14:05</div>` +
			`<p>SEOUL (Hafendienst) - Die Fährbetreiber und die Hafenbehörden haben am Freitag die Gespräche über die eingestellte Verbindung wieder aufgenommen.</p>` +
			`<p>Die Unterhändler trafen sich vier Stunden lang und wollen in der nächsten Woche erneut zusammenkommen, wie die Behörden mitteilten.</p>` +
			`<p>Die Fährlinie ist seit dem Sturm eingestellt, der Anfang Juli den nördlichen Anleger beschädigt hatte.</p></article></body></html>`, "",
			"2021-07-30T14:05:00+02:00", model.ZoneFromLanguage},
		// A <time> stamp shown to readers at another clock: the site's
		// stamps are UTC, whatever the dateline.
		{"the site's stamps are UTC", wirePage("en", `<meta property="article:published_time" content="2021-07-30 06:09:25">`,
			`<time datetime="2021-07-30 06:09:25">July 30, 2021</time> <time datetime="2021-07-30 06:35:46">Updated: July 30, 2021 2:35 a.m.</time>`, "SEOUL"+lead), "",
			"2021-07-30T06:09:25Z", model.ZoneFromPage},
		{"stamps shown at their own clock say nothing", wirePage("en", `<meta property="article:published_time" content="2021-07-30 06:09:25">`,
			`<time datetime="2021-07-30 06:09:25">July 30, 2021</time> <time datetime="2021-07-30 06:35:46">Updated: July 30, 2021 6:35 a.m.</time>`, "SEOUL"+lead), "",
			"2021-07-30T06:09:25+09:00", model.ZoneFromDateline},
		// Must not: a place qualified by its region, a place the table does
		// not know, a dateline refuted by the modified time, a lead with no
		// dateline, a clock with its zone.
		{"place with a region", wirePage("en", "", "2021-07-30 14:05", "PARIS, Texas (Harbour Wire) -- Ferry operators resumed talks on Friday."), "",
			"2021-07-30T14:05:00Z", model.ZoneUnknown},
		{"unknown place", wirePage("en", "", "2021-07-30 14:05", "SPRINGFIELD"+lead), "",
			"2021-07-30T14:05:00Z", model.ZoneUnknown},
		{"refuted by the modified time",
			wirePage("en", `<meta property="article:modified_time" content="2021-07-30T15:00:00Z">`, "2021-07-30 14:05", "LOS ANGELES"+lead), "",
			"2021-07-30T14:05:00Z", model.ZoneUnknown},
		{"no dateline", wirePage("en", "", "2021-07-30 14:05", "Ferry operators and port officials in Seoul resumed talks on Friday over the suspended crossing."), "",
			"2021-07-30T14:05:00Z", model.ZoneUnknown},
		{"zoned clock", wirePage("en", "", "2021-07-30 14:05 GMT", "SEOUL"+lead), "",
			"2021-07-30T14:05:00Z", ""},
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
				t.Errorf("published = %q, zone from %q; want %q, zone from %q (paragraphs %q)", got, a.PublishedZoneSource, tt.want, tt.wantZS, a.Paragraphs)
			}
		})
	}
}
