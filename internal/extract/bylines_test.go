package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestBylineSources(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"json-ld author by @id reference",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Bridge","author":{"@id":"https://gazette.example/#/schema/person/7"}},{"@type":"Person","@id":"https://gazette.example/#/schema/person/7","name":"Mira Holt"}]}</script>`,
			"", "Mira Holt"},
		{"json-ld author references, two",
			`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"@id":"#p1"},{"@id":"#p2"}]},{"@type":"Person","@id":"#p1","name":"Mira Holt"},{"@type":"Person","@id":"#p2","name":"Tomas Berg"}]}</script>`,
			"", "Mira Holt, Tomas Berg"},
		{"json-ld reference to nothing",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@id":"#nobody"}}</script>`,
			"", ""},
		{"account name is no byline; the next source is read",
			`<meta name="author" content="admin">`, `<a rel="author" href="/staff/mira">Mira Holt</a>`, "Mira Holt"},
		{"itemprop author with a nested name",
			"", `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><img src="m.jpg" alt=""><span itemprop="name">Mira Holt</span><span>Transport correspondent</span></div>`,
			"Mira Holt"},
		{"visible By line with two names and a date",
			"", `<p>By Mira Holt and Tomas Berg | July 28, 2021</p>`, "Mira Holt, Tomas Berg"},
		{"visible By with linked names and an on-date tail",
			"", `<p class="meta">By <a href="/staff/mira">Mira Holt</a>, <a href="/staff/tomas">Tomas Berg</a> <span>on Monday, July 26th, 2021</span></p>`, "Mira Holt, Tomas Berg"},
		{"German Von",
			"", `<div class="info">Von Anna Schmidt · 28.07.2021</div>`, "Anna Schmidt"},
		{"Portuguese Por with particle and e",
			"", `<span class="meta">Por Ana de Souza e Rui Lima</span>`, "Ana de Souza, Rui Lima"},
		{"Japanese name after by",
			"", `<ul class="meta"><li>by 港湾日報編集部 ／ 2021.07.28</li></ul>`, "港湾日報編集部"},
		// Must-not cases.
		{"cookie notice is no byline",
			"", `<div class="notice">By continuing to use this site you agree to our terms.</div>`, ""},
		{"story sentence opening with By is no byline",
			"", `<p>By Tuesday, the river had risen above the quay.</p>`, ""},
		{"navigation link is no byline",
			"", `<nav><ul><li><a href="/subjects">By subject</a></li><li><a href="/people">By Person</a></li></ul></nav>`, ""},
		{"comment author is no byline",
			"", `<div class="comments"><p>By Reader One</p></div>`, ""},
		{"section heading is no byline",
			"", `<h2>By The Numbers</h2>`, ""},
		{"markup byline beats a visible line",
			`<meta name="author" content="Mira Holt">`, `<p>By Tomas Berg</p>`, "Mira Holt"},
		// Account handles: a person's name elsewhere wins; alone, the
		// handle is kept and marked as an account.
		{"handle in markup, visible person line",
			`<meta name="author" content="mholt_77">`, `<p class="meta">Posted by <a href="/u/mholt_77">Mira Holt</a></p>`, "Mira Holt"},
		{"handle in markup, person in rel=author",
			`<meta name="author" content="harbourdesk">`, `<a rel="author" href="/staff/mira">Mira Holt</a>`, "Mira Holt"},
		{"handle alone is marked as an account",
			`<meta name="author" content="mholt_77">`, "", "@mholt_77"},
		{"json-ld person named by a lower-case handle",
			`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"quaywriter"}]}</script>`,
			`<p class="meta">by quaywriter</p>`, "@quaywriter"},
		{"initials in capitals are no handle",
			`<meta name="author" content="HBR">`, "", "HBR"},
		// Organisations in the markup: a visible person wins.
		{"department in markup, visible Publicado por after a date",
			`<meta name="author" content="Prefeitura - Departamento de TI">`,
			`<small><b>05/10/2021</b> - Publicado por: Rita Paiva - Categoria: <a href="/c/obras">Obras</a></small>`, "Rita Paiva"},
		{"digital desk in json-ld, visible By line",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Digital Desk"}}</script>`,
			`<p class="meta">By <a href="/staff/tomas">Tomas Berg</a> | July 28, 2021</p>`, "Tomas Berg"},
		{"site's own name in markup, visible Von line",
			`<meta property="og:site_name" content="Hafenblatt"><meta name="author" content="Hafenblatt">`,
			`<div class="info">Von Anna Schmidt · 28.07.2021</div>`, "Anna Schmidt"},
		{"web team in markup, visible Par line",
			`<meta name="author" content="Web Team">`, `<p class="signature">Par Claire Dubois</p>`, "Claire Dubois"},
		{"organisation kept when the visible line names no person",
			`<meta name="author" content="Digital Desk">`, `<p>By Harbour Gazette Staff</p>`, "Digital Desk"},
		{"person in markup is not replaced by a visible line; the credit's organisation is dropped",
			`<meta name="author" content="Mira Holt, Harbour Press">`, `<p>By Tomas Berg</p>`, "Mira Holt"},
		{"visible line only repeating the markup's names keeps the markup",
			`<meta name="author" content="Mira Holt and Tomas Berg Harbour Press">`, `<p>By Mira Holt and Tomas Berg</p>`, "Mira Holt and Tomas Berg Harbour Press"},
		// Dates after the names.
		{"weekday after the names",
			"", `<p class="meta">By <a href="/s/m">Mira Holt and Tomas Berg</a> Monday, November 18</p>`, "Mira Holt, Tomas Berg"},
		{"weekday after the name in markup",
			`<meta name="author" content="Mira Holt Tuesday">`, "", "Mira Holt"},
		// Authors of something the page shows, not of the page.
		{"comment author linking another post's title is no byline",
			"", `<ol class="commentlist"><li><span class="comment-author vcard"><strong class="fn"><a href="https://other.example/post" rel="external nofollow">Harbour Council Approves New Ferry Route | Eastport Daily</a></strong>, on July 30, 2021 said:</span><p>Good news for the island.</p></li></ol>`,
			""},
		{"a fact-check's claimant is no byline; the checker in JSON-LD is",
			`<script type="application/ld+json">{"@type":"ClaimReview","itemReviewed":{"@type":"CreativeWork","author":{"@type":"Person","name":"The harbour workers' union"}},"author":{"@type":"Organization","name":"Harbour Check"}}</script>`,
			`<div class="statement"><div class="statement-author"><h4 class="author">The harbour workers' union</h4></div><p>"The bridge was never inspected."</p></div>`,
			"Harbour Check"},
		{"a quoted post's author is no byline",
			"", `<blockquote class="embed"><p>The bridge is open again!</p><span class="author">Eastport Ferries</span></blockquote>`, ""},
		// A byline source that reads as a phrase or a headline names no one.
		{"a plural common-noun phrase is no byline; the next source is read",
			"", `<h4 class="author">The port and city transport authorities</h4><a rel="author" href="/staff/mira">Mira Holt</a>`, "Mira Holt"},
		{"a byline that is the page's headline is no byline",
			`<meta name="author" content="Harbour bridge reopens after repairs">`, `<p>By Tomas Berg</p>`, "Tomas Berg"},
		{"a role after the name is kept",
			`<meta name="author" content="Mira Holt, transport correspondent">`, "", "Mira Holt, transport correspondent"},
		{"a wire desk's lower-case words are a desk's",
			`<meta name="author" content="Eastport Gazette wire services">`, "", "Eastport Gazette wire services"},
		// The page's own name in the markup: a person in a later source wins.
		{"publisher named as author, person in JSON-LD",
			`<meta name="author" content="Harbour Media Group"><meta name="copyright" content="Copyright (c) Harbour Media Group 2021"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Mira Holt"}}</script>`,
			"", "Mira Holt"},
		{"site's name without its domain ending, person in a byline element",
			`<meta property="og:site_name" content="Quaycheck.com"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Quaycheck"}}</script>`,
			`<p class="byline">Tomas Berg</p>`, "Tomas Berg"},
		{"author card: the name element inside it",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Eastport"},"publisher":{"@type":"Organization","name":"Eastport"}}</script>`,
			`<div class="author"><span class="author">Mira Holt</span> Transport reporter @mholt77</div>`, "Mira Holt"},
		{"another story's byline element is not the page's",
			`<meta name="author" content="Gazette Staff">`,
			`<p class="byline">By Gazette Staff | July 28, 2021</p><div class="card"><h3>Ferry fares rise</h3><p class="byline">By Tomas Berg</p></div>`, "Gazette Staff"},
		// A byline section whose fields run together: the name elements
		// give the names, the publication's field is no name.
		{"byline section: author and publication spans",
			"", `<div class="byline-section"><div class="attribution"><span class="author"> Tom Hale </span> <span class="publication"> Eastport Courier </span></div><div class="publish-date">Published 11:34 PM EST Nov 19, 2021</div></div>`,
			"Tom Hale"},
		{"byline section: two names in one author element",
			"", `<div class="byline-section"><span class="author">Mira Holt and Tomas Berg</span> <span class="publication">Harbour Weekly Argus</span></div>`,
			"Mira Holt and Tomas Berg"},
		{"byline fields: names, then the agency's field",
			"", `<div class="story-byline"><div class="byline-original">By MIRA HOLT, ANA LIMA and TOMAS BERG</div><div class="byline-title">Associated Press</div></div>`,
			"MIRA HOLT, ANA LIMA and TOMAS BERG"},
		{"byline of two author elements joined by and is kept whole",
			"", `<p class="byline">By <span class="author">Mira Holt</span> and <span class="author">Tomas Berg</span></p>`,
			"Mira Holt and Tomas Berg"},
		// An organisation run on into the name in one string.
		{"the site's own name run on, spelt without spaces",
			`<meta property="og:site_name" content="eastportcourier"><meta name="author" content="Tom Hale Eastport Courier">`, "", "Tom Hale"},
		{"a wire service run on",
			`<meta name="author" content="Mira Holt and Tomas Berg Associated Press">`, "", "Mira Holt and Tomas Berg"},
		{"an agency's abbreviation run on",
			`<meta name="author" content="Mira Holt PTI">`, "", "Mira Holt"},
		{"a full stop ends the name before another field",
			`<meta name="author" content="Mira Holt. Harbour International">`, "", "Mira Holt"},
		{"must-not: a surname that is a media word",
			`<meta name="author" content="Michael J. Fox">`, "", "Michael J. Fox"},
		{"must-not: an organisation's whole name",
			`<meta name="author" content="Eastport Post News Weekly">`, "", "Eastport Post News Weekly"},
		{"must-not: a title's and an initial's full stops",
			`<meta name="author" content="Dr. Ana M. Souza Jr. and Tomas Berg">`, "", "Dr. Ana M. Souza Jr. and Tomas Berg"},
		{"must-not: a name in capitals before an abbreviation",
			`<meta name="author" content="MIRA HOLT AP">`, "", "MIRA HOLT AP"},
		// Initials: a fuller name elsewhere wins; alone they are kept.
		{"initials in json-ld, the author's address and the page spell the name",
			`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"https://quay.example/author/joao-sa/#author"}},{"@type":"Person","@id":"https://quay.example/author/joao-sa/#author","name":"JS"}]}</script>`,
			`<ul class="menu"><li><a href="/coluna/joao-sa/">João Sá</a></li></ul>`, "João Sá"},
		{"initials give way to a visible byline",
			`<meta name="author" content="MH">`, `<p class="meta">Por Mira Holt</p>`, "Mira Holt"},
		{"initials kept when the address's words have other initials",
			`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"https://quay.example/author/tomas-berg/"}},{"@type":"Person","@id":"https://quay.example/author/tomas-berg/","name":"JS"}]}</script>`,
			`<p><a href="/t">Tomas Berg</a></p>`, "JS"},
		{"initials kept when the page never prints the name",
			`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"https://quay.example/author/joao-sa/"}},{"@type":"Person","@id":"https://quay.example/author/joao-sa/","name":"JS"}]}</script>`,
			"", "JS"},
		{"an agency's abbreviation is an organisation: a visible person wins",
			`<meta name="author" content="AP">`, `<p class="meta">By Mira Holt</p>`, "Mira Holt"},
		{"an agency's abbreviation alone is kept",
			`<meta name="author" content="AP">`, "", "AP"},
		// Organisations and persons: persons first, the organisation's
		// name when no person is named (creditedByline).
		{"comma credit: person and a news medium",
			`<meta name="author" content="Mira Holt, CNN">`, "", "Mira Holt"},
		{"comma credit: two persons and the site's own name",
			`<meta property="og:site_name" content="Harbour Insider"><meta name="author" content="Mira Holt, Tomas Berg, Harbour Insider">`, "", "Mira Holt, Tomas Berg"},
		{"comma credit: agency first in a visible line",
			"", `<p class="meta">By Reuters, Mira Holt</p>`, "Mira Holt"},
		{"organisation only: the medium's name kept",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Reuters"}}</script>`, "", "Reuters"},
		{"organisation only: a broadcaster's name with its head kept",
			`<meta name="author" content="BBC News">`, "", "BBC News"},
		{"organisation's staff: the organisation's name",
			"", `<p class="meta">By Al Jazeera Staff</p>`, "Al Jazeera"},
		{"organisation's staff: the site's own name",
			`<meta property="og:site_name" content="Harbour Insider"><meta name="author" content="Harbour Insider Staff Writers">`, "", "Harbour Insider"},
		{"a medium in markup, a person in the visible line",
			`<meta name="author" content="Associated Press">`, `<p class="meta">By Mira Holt</p>`, "Mira Holt"},
		{"must-not: an agency's dateline element is no writer; the credit is kept as given",
			"", `<div class="article-author__time"><a class="article-author__name" href="/author/reuters">Reuters, </a><span class="article-author__name"> Washington, </span></div>`, "Reuters, Washington,"},
		{"must-not: an agency and its dateline in one element are kept as given",
			"", `<div class="article-author">Reuters, Washington</div>`, "Reuters, Washington"},
		{"must-not: a surname that is a media word after a comma",
			`<meta name="author" content="Mira Holt, Tomas Fox">`, "", "Mira Holt, Tomas Fox"},
		{"must-not: a desk without a name of its own is kept whole",
			`<meta name="author" content="Digital Desk">`, "", "Digital Desk"},
		{"visible line credits a co-writer the json-ld leaves out",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jana Novak"}}</script>`,
			`<p class="author">By Jana Novak and Tomas Kral</p>`, "Jana Novak, Tomas Kral"},
		{"must-not: a visible line adding the agency keeps the markup's writer",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jana Novak"}}</script>`,
			`<p class="author">By Jana Novak and Associated Press</p>`, "Jana Novak"},
		{"must-not: a visible line naming other writers does not replace the markup's",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jana Novak"}}</script>`,
			`<p class="author">By Tomas Kral and Eva Horak</p>`, "Jana Novak"},
		{"must-not: a visible line of the same writers keeps the markup's",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jana Novak"},{"@type":"Person","name":"Tomas Kral"}]}</script>`,
			`<p class="author">By Jana Novak</p>`, "Jana Novak, Tomas Kral"},
		{"written by in a sentence is no byline",
			"", `<p>The report, which was written by Tomas Berg for the council, ran to forty pages.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(pubPage(tt.head, tt.body), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tt.want {
				t.Errorf("byline = %q, want %q", a.Byline, tt.want)
			}
		})
	}
}

// FuzzBylineNames checks that reading a byline line never panics and
// gives only names that read as names.
func FuzzBylineNames(f *testing.F) {
	for _, s := range []string{"By Mira Holt and Tomas Berg | July 28, 2021", "By", "Von Anna Schmidt · 28.07.2021",
		"by 港湾日報編集部 ／ 2021.07.28", "Por Ana de Souza e Rui Lima", "By continuing", "Автор: Иван Петров", "By \xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range bylineNames(s) {
			if !readsAsName(n) {
				t.Errorf("bylineNames(%q) gave %q", s, n)
			}
		}
	})
}

func TestSignOffName(t *testing.T) {
	tests := []struct{ line, want string }{
		{"김하늘 칼럼니스트 haneul@harbour.example", "김하늘"},
		{"칼럼니스트 박하늘 sky@harbour.example", "박하늘"},
		{"이바다 기자 (sea@harbour.example)", "이바다"},
		{"山田花子記者 hanako@minato.example", "山田花子"},
		{"记者 王小明 xiaoming@gang.example", "王小明"},
		{"Mira Holt, correspondent, mholt@harbour.example", "Mira Holt"},
		{"Repórter Ana Lima analima@porto.example", "Ana Lima"},
		// Must-not.
		{"김하늘 칼럼니스트", ""},                                           // no address
		{"문의 haneul@harbour.example", ""},                           // no role word
		{"기자 haneul@harbour.example", ""},                           // no name
		{"For tips write to our reporter desk@harbour.example", ""}, // a sentence
		{"Send corrections to the desk, reporter@harbour", ""},      // no domain
	}
	for _, tt := range tests {
		if got := signOffName(tt.line); got != tt.want {
			t.Errorf("signOffName(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// The text extractor reads a sign-off at the end as the byline when no
// "By" line names the writer.
func TestTextSignOff(t *testing.T) {
	in := "항구 야간버스 논의\n\n항구 노동자들의 야간 통근 문제가 다시 시의회 안건에 올랐다. 자정 무렵 교대 근무를 마치는 노동자 수백 명이 마지막 버스를 놓친다는 지적이 나온 지 1년 만이다.\n\n" +
		"시는 다음 달까지 야간버스 노선 세 곳의 수요 조사를 마치고, 올해 안에 시범 운행 여부를 결정하겠다고 밝혔다.\n\n이바다 기자 sea@harbour.example\n"
	a, err := Text(in)
	if err != nil {
		t.Fatal(err)
	}
	if a.Byline != "이바다" {
		t.Errorf("Byline = %q, want 이바다", a.Byline)
	}
	if !strings.Contains(strings.Join(a.Paragraphs, " "), "시범 운행") {
		t.Errorf("body lost: %q", a.Paragraphs)
	}
}

// A wire story with no "By" line credits its agency in the dateline; a
// named writer wins, and a bracket that names no news medium gives none.
func TestDatelineCredit(t *testing.T) {
	rest := ` — The harbour authority said on Monday that the night ferry would return in June after a two-year pause for repairs to the pier.</p>
<p>Workers on the late shift had asked for the service since it stopped, saying the bus took three times as long to reach the island.</p>`
	tests := []struct {
		name, body, want string
	}{
		{"AP credit in the dateline", `<p>EASTPORT, Maine (AP)` + rest, "AP"},
		{"agency name with a date in the dateline", `<p>EASTPORT, July 30 (Reuters)` + rest, "Reuters"},
		{"a byline wins over the credit", `<p class="byline">By Mira Holt</p><p>EASTPORT, Maine (AP)` + rest, "Mira Holt"},
		{"a bracket that names no medium", `<p>EASTPORT (Maine)` + rest, ""},
		{"no dateline", `<p>The port` + rest, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(`<html><body><article>`+tt.body+`</article></body></html>`, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tt.want {
				t.Errorf("Byline = %q, want %q", a.Byline, tt.want)
			}
		})
	}
	a, err := Text("Night ferry to return\n\nEASTPORT, Maine (AP) — The harbour authority said on Monday that the night ferry would return in June after a two-year pause.\n\nWorkers on the late shift had asked for the service since it stopped.\n")
	if err != nil {
		t.Fatal(err)
	}
	if a.Byline != "AP" {
		t.Errorf("text: Byline = %q, want AP", a.Byline)
	}
}

// TestHintByline checks that a feed item's or a JSONL record's author
// field, used when the article itself names no writer, is written as a
// page's byline is ("Jane Doe, John Roe"), and that a field that does not
// read as names is kept as given.
func TestHintByline(t *testing.T) {
	text := "The harbour authority said on Tuesday that the northern quay would reopen to container ships next month after repairs to its cranes were finished."
	tests := []struct{ name, hint, want string }{
		{"two names joined by and", "Mariana Costa and Peter Holm", "Mariana Costa, Peter Holm"},
		{"names with a lead and an ampersand", "By Mariana Costa & Peter Holm", "Mariana Costa, Peter Holm"},
		{"already written with a comma", "Jana Novak, Tomas Kral", "Jana Novak, Tomas Kral"},
		{"one name", "Jana Novak", "Jana Novak"},
		{"must-not: an address with a name is kept as given", "jnovak@wire.example (Jana Novak)", "jnovak@wire.example (Jana Novak)"},
		{"must-not: a phrase is kept as given", "staff of the harbour desk", "staff of the harbour desk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &model.Document{Source: "in.jsonl:1", Format: model.FormatText, Content: text,
				Hints: map[string]string{"title": "Quay to reopen", "byline": tt.hint}}
			if err := New().Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			if got := doc.Article.Byline; got != tt.want {
				t.Errorf("byline = %q, want %q", got, tt.want)
			}
		})
	}
}
