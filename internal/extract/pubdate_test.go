package extract

import (
	"strings"
	"testing"
	"time"
)

// pubPage wraps head and body markup in a page with a short article, so the
// publish date is found the way it is on real pages.
func pubPage(head, body string) string {
	return `<!doctype html><html lang="en"><head><title>Harbour bridge reopens after repairs</title>` + head +
		`</head><body><article><h1>Harbour bridge reopens after repairs</h1>` + body +
		`<p>The harbour bridge reopened to traffic on Monday after three months of repairs to its deck, the city council said.</p>` +
		`<p>Engineers replaced the worn expansion joints and repainted the steel girders during the closure.</p>` +
		`</article></body></html>`
}

func TestPublishedDate(t *testing.T) {
	tests := []struct {
		name, html, url string
		want            string // RFC 3339, or "" for none
	}{
		{"ld graph with reportage type",
			pubPage(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},{"@type":"ReportageNewsArticle","headline":"Bridge","datePublished":"2019-11-19T09:44:09+00:00"}]}</script>`, ""),
			"", "2019-11-19T09:44:09Z"},
		{"ld trailing comma",
			pubPage(`<script type="application/ld+json">{"@type":"NewsArticle","keywords":["roads","bridges", ],"datePublished":"2019-11-18T16:06:51-05:00",}</script>`, ""),
			"", "2019-11-18T16:06:51-05:00"},
		{"ld written-out date with GMT",
			pubPage(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"19 Nov 2019 07:09 GMT"}</script>`, ""),
			"", "2019-11-19T07:09:00Z"},
		{"ld clock before the date, IST",
			pubPage(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"01:38:07 PM IST Nov 20, 2019"}</script>`, ""),
			"", "2019-11-20T13:38:07+05:30"},
		{"ld webpage only",
			pubPage(`<script type="application/ld+json">{"@type":"MedicalWebPage","name":"Bridge","datePublished":"2019-11-14T08:00:00.000Z"}</script>`, ""),
			"", "2019-11-14T08:00:00Z"},
		{"meta with US zone",
			pubPage(`<meta property="article:published_time" content="November 19, 2019, 07:47 PM EST">`, ""),
			"", "2019-11-19T19:47:00-05:00"},
		{"site-specific post date meta",
			pubPage(`<meta name="gazette-post-date" content="2019/11/19">`, ""),
			"", "2019-11-19T00:00:00Z"},
		{"date-only ld refined by same-day meta",
			pubPage(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-18"}</script><meta property="article:published_time" content="2019-11-18T20:28:55+00:00">`, ""),
			"", "2019-11-18T20:28:55Z"},
		{"time with JavaScript date string",
			pubPage("", `<time class="ago" datetime="Tue Nov 19 2019 05:44:06 GMT+0000">2 hours ago</time>`),
			"", "2019-11-19T05:44:06Z"},
		{"time marked published with data-pubdate",
			pubPage("", `<time class="pub-date" itemprop="published" data-pubdate="Nov. 18, 2019, 4:06 p.m.">November 18, 2019</time>`),
			"", "2019-11-18T16:06:00Z"},
		{"hidden input",
			pubPage("", `<input class="modified_date" type="hidden" value="2019-11-20 10:00:00"><input class="published_date" type="hidden" value="2019-11-18 23:41:18">`),
			"", "2019-11-18T23:41:18Z"},
		{"visible dateline",
			pubPage("", `<div class="article-date">Posted: Nov. 19, 2019</div>`),
			"", "2019-11-19T00:00:00Z"},
		{"visible dateline with clock",
			pubPage("", `<span class="article-publish-date">November 19, 2019, 9:02 AM EST</span>`),
			"", "2019-11-19T09:02:00-05:00"},
		{"dateline in an unknown zone keeps the day",
			pubPage("", `<div class="article_date">November 20, 2019 - 11:28 XYT</div>`),
			"", "2019-11-20T00:00:00Z"},
		{"dateline published before updated",
			pubPage("", `<div class="meta-date">Published 19 NOV 2019 | Updated 21 NOV 2019</div>`),
			"", "2019-11-19T00:00:00Z"},
		{"updated-only dateline is no publish date",
			pubPage("", `<div class="date">Updated Nov 21, 2019</div>`),
			"", ""},
		{"story text date is no publish date",
			pubPage("", `<p>On Nov. 15, 2019, the council closed the bridge.</p>`),
			"", ""},
		{"related link date is no publish date",
			pubPage("", `<a href="/other"><span class="date">Nov 12, 2019</span></a>`),
			"", ""},
		{"comment date is no publish date; URL date used",
			pubPage("", `<div class="comments"><span itemprop="datePublished" content="2019-11-25T10:00:00Z">Reader</span></div>`),
			"https://gazette.example/2019/11/19/bridge-reopens/", "2019-11-19T00:00:00Z"},
		{"future date refused",
			pubPage(`<meta property="article:published_time" content="2099-01-01T00:00:00Z"><meta name="pubdate" content="2019-11-19">`, ""),
			"", "2019-11-19T00:00:00Z"},
		{"url slug ending in a date",
			pubPage("", ""),
			"https://gazette.example/bridge-reopens-after-repairs-20191115/", "2019-11-15T00:00:00Z"},
		{"structured data beats a visible dateline",
			pubPage(`<meta property="article:published_time" content="2019-11-18T08:00:00Z">`, `<div class="date">Nov 22, 2019</div>`),
			"", "2019-11-18T08:00:00Z"},
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
			if got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLooseDateTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"19 Nov 2019 07:09 GMT", "2019-11-19T07:09:00Z"},
		{"Fri 6:45 PM, Feb 16, 2018", "2018-02-16T18:45:00Z"},
		{"Nov. 18, 2019, 12:30 a.m.", "2019-11-18T00:30:00Z"},
		{"Wed Nov 20 2019 08:00:58 GMT+0530", "2019-11-20T08:00:58+05:30"},
		{"November 19, 2019", "2019-11-19T00:00:00Z"},
		{"no date here", ""},
		{"99:99 Nov 19, 2019", "2019-11-19T00:00:00Z"},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := looseDateTime(tt.in); ok {
			got = d.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("looseDateTime(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDropTrailingCommas(t *testing.T) {
	in := `{"a":[1,2, ],"b":"x, ]",}`
	if got, want := string(dropTrailingCommas([]byte(in))), `{"a":[1,2 ],"b":"x, ]"}`; got != want {
		t.Errorf("dropTrailingCommas = %s, want %s", got, want)
	}
	if strings.Contains(string(dropTrailingCommas([]byte(`"\", ]"`))), `"\" ]"`) {
		t.Error("comma inside an escaped-quote string dropped")
	}
}
