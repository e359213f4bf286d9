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

// publishedCase is a page (html, fetched from url) and the publish date
// extract should find in it.
type publishedCase struct {
	name, html, url string
	want            string // RFC 3339, or "" for none
}

// checkPublished extracts each case's page and compares its publish date.
func checkPublished(t *testing.T, tests []publishedCase) {
	t.Helper()
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

func TestPublishedDate(t *testing.T) {
	tests := []publishedCase{
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
	checkPublished(t, tests)
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

// langPage is a short article page in language lang with extra body
// markup before the story; the story text is in English, as only the
// dateline matters here.
func langPage(lang, head, body string) string {
	return `<!doctype html><html lang="` + lang + `"><head><title>Harbour bridge reopens</title>` + head +
		`</head><body><div class="page"><h1>Harbour bridge reopens after repairs</h1>` + body +
		`<p>The harbour bridge reopened to traffic on Monday after three months of repairs to its deck, the city council said.</p>` +
		`<p>Engineers replaced the worn expansion joints and repainted the steel girders during the closure.</p>` +
		`</div></body></html>`
}

func TestPublishedDateOtherLanguages(t *testing.T) {
	tests := []publishedCase{
		// German.
		{"de labelled dateline in an unclassed span",
			langPage("de", "", `<span class="about">Veröffentlicht am 28. Juli 2021</span>`), "", "2021-07-28T00:00:00Z"},
		{"de publiziert am with Uhr clock",
			langPage("de", "", `<p class="meta">publiziert am 28. Juli 2021, 14:03 Uhr</p>`), "", "2021-07-28T14:03:00+02:00"},
		{"de classed dateline with MESZ",
			langPage("de", "", `<div class="datum date">28.07.2021, 14:03 MESZ</div>`), "", "2021-07-28T14:03:00+02:00"},
		{"de abbreviated month",
			langPage("de", "", `<div class="date">3. Okt. 2021</div>`), "", "2021-10-03T00:00:00Z"},
		// Portuguese.
		{"pt labelled dateline",
			langPage("pt-BR", "", `<div class="info">Publicado em 28 de julho de 2021 às 14h03</div>`), "", "2021-07-28T14:03:00Z"},
		{"pt slash date next to its label, day first",
			langPage("pt-BR", "", `<small class="muted"><b>05/10/2021</b> - Publicado por: Ana Lima - Categoria: <a href="/c/obras">Obras</a></small>`), "", "2021-10-05T00:00:00Z"},
		{"pt region from content-language",
			`<html><head><meta http-equiv="content-language" content="pt_BR"><title>Ponte</title></head><body><h1>Ponte reaberta</h1><small><b>05/10/2021</b> - Publicado por: Ana Lima</small><p>The harbour bridge reopened to traffic on Monday after three months of repairs to its deck, the city council said.</p><p>Engineers replaced the worn expansion joints and repainted the steel girders during the closure.</p></body></html>`,
			"", "2021-10-05T00:00:00Z"},
		// Russian.
		{"ru labelled dateline with genitive month and г.",
			langPage("ru", "", `<div class="info">Опубликовано: 28 июля 2021 г. в 14:03 МСК</div>`), "", "2021-07-28T14:03:00+03:00"},
		{"ru classed dateline, abbreviated month",
			langPage("ru", "", `<span class="date">5 окт. 2021</span>`), "", "2021-10-05T00:00:00Z"},
		// Korean.
		{"ko bare labelled text with ISO date and clock",
			langPage("ko", "", `<dl class="title"><dt>Bridge</dt></dl> 기사입력 :[ 2021-07-28 14:03 ] <div class="body"></div>`), "", "2021-07-28T14:03:00+09:00"},
		{"ko written date with afternoon clock",
			langPage("ko", "", `<div class="byline">입력 2021년 7월 28일 오후 2:03</div>`), "", "2021-07-28T14:03:00+09:00"},
		{"ko dotted date",
			langPage("ko", "", `<span class="date">2021.07.28 14:03</span>`), "", "2021-07-28T14:03:00+09:00"},
		{"ko published before modified",
			langPage("ko", "", `<p>입력 2021.07.28 09:10 | 수정 2021.07.29 11:00</p>`), "", "2021-07-28T09:10:00+09:00"},
		{"ko entry-time label in brackets in a date element",
			langPage("ko", "", `<div class="date">[입력시간 : 2021-07-28 15:24]</div>`), "", "2021-07-28T15:24:00+09:00"},
		{"ko registered label",
			langPage("ko", "", `<span class="info">등록 2021.07.28 15:24</span>`), "", "2021-07-28T15:24:00+09:00"},
		{"ko article-entry label with a time suffix",
			langPage("ko", "", `<p>기사입력시간 2021.07.28 15:24</p>`), "", "2021-07-28T15:24:00+09:00"},
		{"ko revised before registered",
			langPage("ko", "", `<p>수정 2021.07.29 10:00 | 등록 2021.07.28 15:24</p>`), "", "2021-07-28T15:24:00+09:00"},
		{"ko hour and minute signs",
			langPage("ko", "", `<p>입력 2021년 7월 28일 15시 24분</p>`), "", "2021-07-28T15:24:00+09:00"},
		// Japanese.
		{"ja labelled date",
			langPage("ja", "", `<p>公開日：2021年7月28日</p>`), "", "2021-07-28T00:00:00Z"},
		{"ja sent-out label after the date, hour and minute signs",
			langPage("ja", "", `<p class="meta">2021年7月28日 15時24分 配信</p>`), "", "2021-07-28T15:24:00+09:00"},
		{"ja date and time made public",
			langPage("ja", "", `<p>公開日時 2021年07月28日 15時24分</p>`), "", "2021-07-28T15:24:00+09:00"},
		{"ja updated before made public",
			langPage("ja", "", `<p>更新日：2021年7月29日 公開日：2021年7月28日</p>`), "", "2021-07-28T00:00:00Z"},
		// Chinese.
		{"zh simplified issued time",
			langPage("zh-CN", "", `<div class="info">发布时间：2021-07-28 15:24</div>`), "", "2021-07-28T15:24:00+08:00"},
		{"zh traditional issued time",
			langPage("zh-TW", "", `<div class="info">發佈時間：2021-07-28 15:24</div>`), "", "2021-07-28T15:24:00+08:00"},
		{"zh issued time then the source field",
			langPage("zh-CN", "", `<div class="info">发布时间：2021-07-28 15:24 来源：港口日报</div>`), "", "2021-07-28T15:24:00+08:00"},
		// Bare "time" and "date" field labels on Chinese and Japanese
		// meta lines.
		{"zh bare time field with clock",
			langPage("zh-CN", "", `<div class="info">时间：2021-07-28 15:24</div>`), "", "2021-07-28T15:24:00+08:00"},
		{"zh bare time field then the source field",
			langPage("zh-CN", "", `<p>时间：2021-07-28 15:24 来源：港口日报</p>`), "", "2021-07-28T15:24:00+08:00"},
		{"zh source field then the bare time field",
			langPage("zh-CN", "", `<p>来源：港口日报 时间：2021-07-28 15:24</p>`), "", "2021-07-28T15:24:00+08:00"},
		{"zh traditional bare time field",
			langPage("zh-TW", "", `<div class="info">時間：2021-07-28 15:24</div>`), "", "2021-07-28T15:24:00+08:00"},
		// A date and clock with no label, then the source field: the
		// meta line's issue stamp.
		{"zh unlabelled stamp then the source field",
			langPage("zh-CN", "", `<p>2021-07-30 10:20 来源：港口日报</p>`), "", "2021-07-30T10:20:00+08:00"},
		{"zh traditional unlabelled stamp then the source field, split over spans",
			langPage("zh-TW", "", `<div class="meta"><span>2021-07-30 10:20</span> <span>來源：港口日報</span></div>`), "", "2021-07-30T10:20:00+08:00"},
		{"zh a bare date before the source field is no stamp",
			langPage("zh-CN", "", `<p>2021-07-30 来源：港口日报</p>`), "", ""},
		{"zh a sentence before the source field is no stamp",
			langPage("zh-CN", "", `<p>会议于2021-07-30 10:20举行 来源：港口日报</p>`), "", ""},
		// <time> elements that show their date but carry no datetime.
		{"zh time element without datetime",
			langPage("zh-CN", "", `<p><time>2021年7月30日</time></p>`), "", "2021-07-30T00:00:00Z"},
		{"en time element without datetime",
			langPage("en", "", `<div><time>July 30, 2021</time></div>`), "", "2021-07-30T00:00:00Z"},
		{"time element without datetime in a related link stays ignored",
			langPage("en", "", `<ul><li><a href="/old">Old story <time>March 3, 2020</time></a></li></ul>`), "", ""},
		{"time element classed as updated stays ignored",
			langPage("en", "", `<p><time class="updated">July 31, 2021</time></p>`), "", ""},
		{"zh bare date field",
			langPage("zh-CN", "", `<p>日期：2021-07-28</p>`), "", "2021-07-28T00:00:00Z"},
		{"ja bare date field",
			langPage("ja", "", `<p>日付：2021年7月28日</p>`), "", "2021-07-28T00:00:00Z"},
		// Spanish, Italian: a clock after "a las", "alle".
		{"es slash date with a las",
			langPage("es-CO", "", `<p>Publicado el 28/07/2021 a las 15:24</p>`), "", "2021-07-28T15:24:00-05:00"},
		{"it slash date with alle",
			langPage("it", "", `<p>Pubblicato il 28/07/2021 alle 15:24</p>`), "", "2021-07-28T15:24:00+02:00"},
		{"en updated before published",
			langPage("en", "", `<p class="meta">Updated 3:04 PM, Published July 28, 2021</p>`), "", "2021-07-28T00:00:00Z"},
		// Slash dates and language.
		{"en-US slash date is month first",
			langPage("en-US", "", `<p>Posted 07/04/2021</p>`), "", "2021-07-04T00:00:00Z"},
		{"en slash date without region: ambiguous, none",
			langPage("en", "", `<p>Posted 07/04/2021</p>`), "", ""},
		{"en slash date without region: day above 12 reads",
			langPage("en", "", `<p>Posted 28/07/2021</p>`), "", "2021-07-28T00:00:00Z"},
		// Must-not cases.
		{"updated label alone is no publish date",
			langPage("de", "", `<p>Aktualisiert am 29. Juli 2021</p>`), "", ""},
		{"labelled date in a related link stays ignored",
			langPage("de", "", `<ul><li><a href="/alt">Veröffentlicht am 3. März 2020</a></li></ul>`), "", ""},
		{"labelled date in comments stays ignored",
			langPage("ru", "", `<div class="comments"><p>Опубликовано 2 августа 2021</p></div>`), "", ""},
		{"labelled date in a footer stays ignored",
			langPage("ko", "", `<footer>발행 2012년 11월 6일</footer>`), "", ""},
		{"a sentence that mentions publishing is no dateline",
			langPage("en", "", `<p>The report was published on 3 March 2020 by the council.</p>`), "", ""},
		{"ja updated label alone is no publish date",
			langPage("ja", "", `<p>最終更新：2021年7月29日</p>`), "", ""},
		{"zh updated label alone is no publish date",
			langPage("zh-CN", "", `<p>更新时间：2021-07-29 10:00</p>`), "", ""},
		{"zh an event's time field is no publish date",
			langPage("zh-CN", "", `<p>活动时间：2021-08-01 09:00</p>`), "", ""},
		{"zh a time in a sentence is no publish date",
			langPage("zh-CN", "", `<p>会议时间为2021年8月1日</p>`), "", ""},
		{"zh updated time field is no publish date",
			langPage("zh-CN", "", `<p>更新时间：2021-07-29 10:00 时间：</p>`), "", ""},
		{"ko member registration is no publish date",
			langPage("ko", "", `<p>회원등록 2021.07.28</p>`), "", ""},
		{"a sentence with an update before publishing is no dateline",
			langPage("en", "", `<p>The report, updated in May, was published on 3 March 2020.</p>`), "", ""},
		{"site registration date is no publish date",
			langPage("ko", "", `<div id="info">[ 등록년월일 : 2012년 11월 06일 ]</div>`), "", ""},
		{"markup date beats a labelled one",
			langPage("de", `<meta property="article:published_time" content="2021-07-27T08:00:00Z">`, `<p>Veröffentlicht am 28. Juli 2021</p>`), "", "2021-07-27T08:00:00Z"},
		{"labelled date beats the URL",
			langPage("de", "", `<p>Veröffentlicht am 28. Juli 2021</p>`), "https://blog.example/2021/07/20/bruecke", "2021-07-28T00:00:00Z"},
	}
	checkPublished(t, tests)
}

func TestFindDateOrder(t *testing.T) {
	tests := []struct {
		in    string
		order dateOrder
		want  string
	}{
		{"05/10/2021", orderDMY, "2021-10-05"},
		{"05/10/2021", orderMDY, "2021-05-10"},
		{"05/10/2021", orderAny, ""},
		{"13/10/2021", orderAny, "2021-10-13"},
		{"10/13/2021", orderAny, "2021-10-13"},
		{"05/10/2021", orderNone, ""},
		{"31/02/2021", orderDMY, ""},
		{"2021/07/28", orderNone, "2021-07-28"},
		{"2021. 7. 28.", orderNone, "2021-07-28"},
		{"2021년 7월 28일", orderNone, "2021-07-28"},
		{"28 июля 2021", orderNone, "2021-07-28"},
		{"28 de julho de 2021", orderNone, "2021-07-28"},
		{"v1.2.3", orderDMY, ""},
	}
	for _, tt := range tests {
		got := ""
		if d, loc := findDateOrder(tt.in, tt.order); loc != nil {
			got = d.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("findDateOrder(%q, %d) = %q, want %q", tt.in, tt.order, got, tt.want)
		}
	}
}

// FuzzDateline checks that the dateline readers never panic and never
// return a date outside the years they accept.
func FuzzDateline(f *testing.F) {
	for _, s := range []string{"Posted: Nov. 19, 2019", "기사입력 :[ 2021-07-28 14:03 ]", "05/10/2021 - Publicado por: Ana",
		"Опубликовано: 28 июля 2021 г. в 14:03 МСК", "입력 2021년 7월 28일 오후 2:03 | 수정 2021.07.29", "İİİ updated 2021.7.28",
		"2021. 7. 28. 14h03 MESZ", "12/31/2021 오전 12:00", "\xff\xfe 28. Juli 2021", "July 30, 2021 14:05 GMT+2",
		"30 July 2021, 14:05 UTC+5:30", "30 July 2021 14:05 gmt +99", "30 July 2021 14:05 UTC-",
		"[입력시간 : 2021-07-28 15:24]", "2021年7月28日 15時24分 配信", "更新日：2021年7月29日 公開日：2021年7月28日",
		"发布时间：2021-07-28 15:24 来源：港口日报", "Updated 3:04 PM, Published July 28, 2021", "수정 99시 99분 등록"} {
		f.Add(s, uint8(orderDMY))
	}
	f.Fuzz(func(t *testing.T, s string, o uint8) {
		order := dateOrder(o % 4)
		if d, ok := datelineDate(s, order); ok && (d.Year() < 1900 || d.Year() > 2100) {
			t.Errorf("datelineDate(%q) = %v", s, d)
		}
		if d, ok := labelledPart(s, order); ok && (d.Year() < 1990 || tooLate(d)) {
			t.Errorf("labelledPart(%q) = %v", s, d)
		}
		splitMetaLine(s)
	})
}

// The search for a labelled dateline reads at most fifty labelled texts,
// each of which may read its parent's whole text: a forum page of
// thousands of "Posted by" lines in one block is not read thousands of
// times over. A date after the fiftieth is not found.
func TestLabelledDateGivesUp(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<div class="board">`)
	for range 3000 {
		b.WriteString(`<span>Posted by a reader</span> `)
	}
	b.WriteString(`</div><p>Veröffentlicht am 28. Juli 2021</p>`)
	a, err := HTML(langPage("de", "", b.String()), "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != nil {
		t.Errorf("published = %v, want none: the search stops after fifty labelled texts", a.Published)
	}
	a, err = HTML(langPage("de", "", strings.Repeat(`<span>Posted by a reader</span> `, 10)+`<p>Veröffentlicht am 28. Juli 2021</p>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Published == nil || a.Published.Format(time.DateOnly) != "2021-07-28" {
		t.Errorf("published = %v, want 2021-07-28 after ten labelled texts", a.Published)
	}
}

func TestPageDateOrder(t *testing.T) {
	tests := []struct {
		name    string
		locales []string
		urls    []string
		want    dateOrder
	}{
		{"Portuguese page: day first", []string{"pt_BR"}, nil, orderDMY},
		{"Portuguese without region: day first", []string{"", "pt"}, nil, orderDMY},
		{"American English", []string{"en-US"}, nil, orderMDY},
		{"html lang en, og:locale en_GB", []string{"en", "en_GB"}, nil, orderDMY},
		{"html lang en, og:locale en_US", []string{"en", "en_US"}, nil, orderMDY},
		{"English without region on a .com", []string{"en"}, []string{"https://gazette.example.com/a"}, orderAny},
		{"English without region on a British domain", []string{"en"}, []string{"https://gazette.example.co.uk/a"}, orderDMY},
		{"no tag, Brazilian domain", nil, []string{"http://porto.example.com.br/noticia"}, orderDMY},
		{"no tag, American domain", nil, []string{"https://city.example.us/news"}, orderMDY},
		{"no tag, generic country domain", nil, []string{"https://harbour.io/news"}, orderAny},
		{"JSON-LD inLanguage after empty tags", []string{"", "", "", "de-DE"}, nil, orderDMY},
		{"nothing", nil, nil, orderAny},
		{"tag beats domain", []string{"en-US"}, []string{"https://gazette.example.co.uk/a"}, orderMDY},
	}
	for _, tt := range tests {
		if got := pageDateOrder(tt.locales, tt.urls...); got != tt.want {
			t.Errorf("%s: pageDateOrder(%q, %q) = %v, want %v", tt.name, tt.locales, tt.urls, got, tt.want)
		}
	}
}

// A numeric date beside "Publicado por" is read in the page's order: a
// Portuguese page (content-language pt_BR, no html lang) writes the day
// first, a page on an American domain the month first.
func TestLabelledSlashDateByLocale(t *testing.T) {
	line := `<small><b>05/10/2018</b> - Publicado por: Rita Paiva - Categoria: <a href="/c/obras">Obras</a></small><p>A obra da ponte começou ontem e deve durar seis meses, segundo a prefeitura.</p>`
	tests := []struct{ head, url, want string }{
		{`<meta http-equiv="content-language" content="pt_BR">`, "http://porto.example.com/n/1", "2018-10-05"},
		{``, "http://porto.example.com.br/n/1", "2018-10-05"},
		{``, "https://city.example.us/n/1", "2018-05-10"},
		{``, "https://city.example.com/n/1", ""},
	}
	for _, tt := range tests {
		a, err := HTML(pubPage(tt.head, line), tt.url)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if a.Published != nil {
			got = a.Published.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("head %q at %s: published %q, want %q", tt.head, tt.url, got, tt.want)
		}
	}
}

func TestCJKLabelWord(t *testing.T) {
	for w, want := range map[string]bool{
		"입력": true, "입력시간": true, "기사입력": true, "기사입력시간": true, "등록일": true, "최종수정": true,
		"公開日時": true, "配信": true, "最終更新日": true, "发布时间": true, "發佈時間": true, "发布于": true,
		"时间": true, "日期": true, "日付": true,
		// Must-not: other words that hold a label.
		"등록년월일": false, "회원등록": false, "입력창": false, "公開講座": false, "发布会": false, "published": false, "": false,
	} {
		if got := isCJKLabelWord(w); got != want {
			t.Errorf("isCJKLabelWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestSplitMetaLine(t *testing.T) {
	for in, want := range map[string]string{
		"发布时间：2021-07-28 15:24 来源：港口日报 作者：王明":  "发布时间：2021-07-28 15:24|来源：港口日报|作者：王明",
		"기사입력 : 2021-07-28 15:24 | 출처: 항구신문":   "기사입력 : 2021-07-28 15:24|출처: 항구신문",
		"05/10/2021 - Publicado por: Ana Lima": "05/10/2021|Publicado por: Ana Lima",
		"Posted by: Jane Doe · July 28, 2021":  "Posted by: Jane Doe|July 28, 2021",
	} {
		if got := strings.Join(splitMetaLine(in), "|"); got != want {
			t.Errorf("splitMetaLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHasBareDateField(t *testing.T) {
	for in, want := range map[string]bool{
		"时间：2021-07-28 15:24":        true,
		"来源：港口日报 时间：2021-07-28":      true,
		"時間 : 2021-07-28":            true,
		"日付：2021年7月28日":              true,
		"更新时间：2021-07-29":            false, // the word before says what the time is
		"活动时间：2021-08-01":            false,
		"会议时间为2021年8月1日":             false, // no field: no colon
		"时间":                         false,
		"the time: 2021-07-28 15:24": false,
	} {
		if got := hasBareDateField(in); got != want {
			t.Errorf("hasBareDateField(%q) = %v, want %v", in, got, want)
		}
	}
}
