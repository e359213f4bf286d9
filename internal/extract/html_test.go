package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/html")

// fixture describes what a hand-written page in testdata/html must yield.
type fixture struct {
	file, url                 string
	title, byline, site, lang string
	published                 string // RFC 3339, "" for none
	canonical                 string
	tags, captions            []string
	first, last               string   // first and last body paragraph
	contains                  []string // paragraphs that must be in the body
	absent                    []string // substrings that must not be in the body
}

var fixtures = []fixture{
	{
		file: "news_jsonld.html", url: "https://courier.example/news/2023/04/12/harbour-bridge-reopens?utm=x",
		title: "Harbour bridge reopens after two-year repair", byline: "Mara Ellison, Tom Okafor",
		site: "The Northport Courier", lang: "en", published: "2023-04-12T08:30:00+01:00",
		canonical: "https://courier.example/news/2023/04/12/harbour-bridge-reopens",
		tags:      []string{"transport", "Northport", "bridges", "infrastructure", "Harbour Bridge"},
		captions:  []string{"The bridge at dawn on the day it reopened."},
		first:     "The harbour bridge reopened to traffic on Wednesday morning, two years after engineers closed it when cracks were found in two of its steel supports.",
		last:      "Cyclists will have to wait until June for the separate cycle lane, which needs a final safety inspection before it opens.",
		contains: []string{"Cost of the work", "New bearings were fitted under both approach spans.",
			"The deck was resurfaced with a lighter asphalt mix."},
		absent: []string{"cookies", "Advertisement", "Related", "Council approves budget", "Share on", "Sign up",
			"Most read", "Finally!", "All rights reserved", "Mara Ellison", "12 April 2023", "Photo: Jo Reyes", "Home"},
	},
	{
		file: "blog.html", url: "https://crumb.example/2022/11/why-my-sourdough-stopped-rising/",
		title: "Why my sourdough stopped rising", byline: "Priya Natarajan", site: "crumb.example", lang: "en",
		published: "2022-11-03T17:05:00Z", canonical: "https://crumb.example/2022/11/why-my-sourdough-stopped-rising/",
		tags:  []string{"baking", "sourdough"},
		first: "For three weeks every loaf I baked came out of the oven flat and dense, and I could not work out what had changed in my routine.",
		last:  "Once I started weighing the salt instead of measuring it with a spoon, the next loaf rose beautifully.",
		contains: []string{"What I tried first", "The real cause", "Longer bulk fermentation, up to ten hours.",
			"Less water in the dough."},
		absent: []string{"Share this", "Tagged", "thoughts on", "This happened to me too", "Leave a Reply",
			"Recent posts", "Posted on", "Recipes"},
	},
	{
		file: "related_comments.html", url: "https://town.example/2021/07/30/library-hours",
		title: "Town votes to keep its library open late", site: "town.example",
		published: "2021-07-30T00:00:00Z", canonical: "https://town.example/2021/07/30/library-hours",
		first: "The town council voted seven to two on Thursday night to keep the public library open until nine o'clock on weekdays, reversing a decision made last spring.",
		last:  "The extra hours will cost about forty thousand a year, which the council will take from its reserve fund until the next budget is agreed.",
		absent: []string{"Read more", "Editor's Picks", "Farmers market", "Stallholders", "Good decision", "Subscribe",
			"Published 30 July", "Front page"},
	},
	{
		file: "german.html", url: "https://stadtanzeiger.example/lokales/radwege",
		title: "Neue Radwege in der Altstadt", byline: "Lena Hoffmann", site: "stadtanzeiger.example", lang: "de",
		published: "2024-02-19T00:00:00Z", canonical: "https://stadtanzeiger.example/lokales/radwege",
		tags:     []string{"Verkehr", "Radwege", "Altstadt"},
		captions: []string{"Ein Radweg in der Nachbarstadt. Foto: Archiv"},
		first:    "Die Stadt will bis zum Sommer drei neue Radwege durch die Altstadt bauen. Das hat der Bauausschuss am Montagabend mit großer Mehrheit beschlossen.",
		last:     "Die Bauarbeiten beginnen im April und sollen nach Angaben der Verwaltung rund 1,2 Millionen Euro kosten.",
		absent:   []string{"Anzeige", "Lesen Sie auch", "Kommentare", "Endlich", "Impressum", "Startseite", "Von Lena"},
	},
	{
		file: "malformed_jsonld.html", url: "https://quartier.example/marche",
		title: "Le marché couvert rouvre ses portes", byline: "Claire Dubois", site: "Le Petit Journal du Quartier",
		lang: "fr", published: "2020-06-05T00:00:00Z", canonical: "https://quartier.example/marche",
		tags:  []string{"marché", "commerce local"},
		first: "Après huit mois de travaux, le marché couvert du quartier a rouvert samedi matin avec quarante commerçants installés sous la nouvelle charpente.",
		last:  "Les habitants étaient nombreux dès l'ouverture, malgré la pluie, pour découvrir les nouveaux étals et la terrasse du café.",
	},
	{
		file: "spanish_br.html", url: "https://diariodelvalle.example/local/autobuses.html",
		title: "Vecinos piden más autobuses nocturnos", byline: "Redacción", site: "diariodelvalle.example",
		lang: "es", published: "2019-03-08T09:00:00-03:00", canonical: "https://diariodelvalle.example/local/autobuses.html",
		first:  "Los vecinos de los barrios del norte entregaron ayer al ayuntamiento más de tres mil firmas para pedir que los autobuses nocturnos pasen cada veinte minutos.",
		last:   "El concejal de movilidad dijo que estudiará la propuesta y que la respuesta llegará antes del verano, cuando se renueva el contrato del servicio.",
		absent: []string{"Portada", "Noticias relacionadas", "Publicidad", "derechos reservados"},
	},
	{
		file: "japanese.html", url: "https://minato.example/news/20220520-library",
		title: "駅前に新しい図書館が開館", site: "みなと新聞", lang: "ja", published: "2022-05-20T10:00:00+09:00",
		canonical: "https://minato.example/news/20220520-library",
		tags:      []string{"図書館", "駅前", "開館"},
		first:     "市は二十日、駅前の再開発ビルに新しい市立図書館を開館した。蔵書は約十二万冊で、夜九時まで利用できる。",
		last:      "市によると、学習スペースは二百席あり、平日の夜は高校生や社会人の利用を見込んでいる。",
		absent:    []string{"関連記事", "駅前再開発ビルの工事が完了", "ホーム", "みなと新聞社"},
	},
	{
		// A press release: a dated "Posted by" line above it, a shortcode
		// and a script notice inside it, and a signature above its media
		// contact and about-the-company blocks.
		file: "press_release.html", url: "https://harbour.example/news/second-berth",
		title: "Eastport Harbour opens a second ferry berth", byline: "Mira Holt", site: "Eastport Harbour", lang: "en",
		published: "2021-05-12T09:00:00Z", canonical: "https://harbour.example/news/second-berth",
		first:    "EASTPORT – Eastport Harbour opened its second ferry berth on Wednesday, doubling the number of crossings the port can handle each day in the summer season.",
		last:     "Chief executive, Eastport Harbour",
		contains: []string{"Sincerely,", "Mira Holt"},
		absent: []string{"Posted by", "Category", "[button", "See the new timetable", "slideshow", "Media contact", "Tomas Berg",
			"+44", "press@", "port operator based", "owned by the town council"},
	},
	{
		// An opinion page: the publisher named as author in the meta tag
		// (the writer is in JSON-LD), a claimant's author element, a
		// commenter naming another post, a list under a "More ... Stories"
		// head and a note about the writer after the story.
		file: "opinion_bio.html", url: "https://gazette.example/opinion/night-bus",
		title: "Why the harbour needs a night bus", byline: "Lena Marsh", site: "The Eastport Gazette", lang: "en",
		published: "2021-07-28T09:00:00Z", canonical: "https://gazette.example/opinion/night-bus",
		first:  "\"Nobody can get home after the late shift.\"",
		last:   "A night bus running every half hour until two in the morning would cost the town less than the road repairs it pays for each year.",
		absent: []string{"More Great", "Ferry fares rise", "Harbour seals", "is a contributing writer", "We tried this before"},
	},
	{
		// A Korean column signed at the end of its body: name, role word
		// and a mailto link with the address, which is no link text.
		file: "korean_signoff.html", url: "https://harbour.example/news/view.html?idx=17",
		title: "항구 야간버스 논의, 이용자 목소리부터 들어야", byline: "김하늘", site: "항구신문", lang: "ko",
		published: "2021-07-28T15:24:00+09:00", canonical: "https://harbour.example/news/view.html?idx=17",
		first:    "항구 노동자들의 야간 통근 문제가 다시 시의회 안건에 올랐다. 자정 무렵 교대 근무를 마치는 노동자 수백 명이 마지막 버스를 놓친다는 지적이 나온 지 1년 만이다.",
		last:     "저작권자 ⓒ 항구신문, 무단전재 및 재배포금지",
		contains: []string{"김하늘 칼럼니스트 haneul@harbour.example"},
		absent:   []string{"회사소개", "입력시간"},
	},
	{
		// A post on a listing page: a "you may like" head, then other
		// posts' cards whose excerpts are prose.
		file: "listing_teasers.html", url: "https://cais.example/porto/balsa-noturna",
		title: "Balsa noturna volta a operar no porto", site: "Diário do Cais", lang: "pt",
		published: "2023-03-14T08:20:00-03:00", canonical: "https://cais.example/porto/balsa-noturna",
		first:  "A balsa noturna entre o porto e a ilha voltou a operar na segunda-feira, depois de quatro meses parada para a troca dos motores, informou a companhia de navegação.",
		last:   "Trabalhadores do turno da noite, que vinham dependendo de um ônibus com trajeto três vezes mais longo, disseram que a volta do serviço encurta a viagem para casa em mais de uma hora.",
		absent: []string{"Você pode gostar", "guindaste", "feira semanal", "ciclovia", "Todos os direitos"},
	},
	{
		// A race calendar: the body is a paragraph broken into short lines
		// with <br> and two short notes, inside the marked article body,
		// with the site's comment notice under it and prose in the sidebar.
		file: "schedule_lines.html", url: "https://sailing.example/racing/regatta-calendar-2024/",
		title: "Harbour regatta calendar for 2024", byline: "Tom Okafor", site: "Eastport Sailing News", lang: "en",
		published: "2024-01-15T07:40:00Z", canonical: "https://sailing.example/racing/regatta-calendar-2024/",
		captions: []string{"Boats at the start line"},
		first:    "Regatta calendar 2024",
		last:     "* Calendar published by the harbour sailing board in January 2024",
		contains: []string{"Round 1: 9 March – North Basin", "Round 6: 27 July – to be confirmed",
			"Round 8: 21 September – Lighthouse Point", "* Dates may change at the organisers' request during the season"},
		absent: []string{"Comments that are offensive", "moderator", "Tags", "regatta,", "Click the photo", "podcast", "Share on"},
	},
}

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A page of short lines has no prose block to win; its lines are still
// returned rather than nothing.
func TestHTMLShortLinesFallback(t *testing.T) {
	in := `<html><head><title>Opening hours</title></head><body><nav><a href="/">Home</a> <a href="/a">About us</a></nav>
<div><h1>Opening hours</h1><div>Monday to Friday 9 to 5</div><div>Saturday 10 to 2</div><div>Closed on Sundays</div></div></body></html>`
	a, err := HTML(in, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Monday to Friday 9 to 5", "Saturday 10 to 2", "Closed on Sundays"}
	if strings.Join(a.Paragraphs, "|") != strings.Join(want, "|") {
		t.Fatalf("Paragraphs = %q, want %q", a.Paragraphs, want)
	}
}

func TestHTMLFixtures(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.file, func(t *testing.T) {
			a, err := HTML(readFixture(t, f.file), f.url)
			if err != nil {
				t.Fatal(err)
			}
			check := func(field, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Title", a.Title, f.title)
			check("Byline", a.Byline, f.byline)
			check("Site", a.Site, f.site)
			check("Language", a.Language, f.lang)
			check("URL", a.URL, f.canonical)
			pub := ""
			if a.Published != nil {
				pub = a.Published.Format(time.RFC3339)
			}
			check("Published", pub, f.published)
			check("Tags", strings.Join(a.Tags, "|"), strings.Join(f.tags, "|"))
			check("Captions", strings.Join(a.Captions, "|"), strings.Join(f.captions, "|"))
			if len(a.Paragraphs) == 0 {
				t.Fatalf("no paragraphs")
			}
			check("first paragraph", a.Paragraphs[0], f.first)
			check("last paragraph", a.Paragraphs[len(a.Paragraphs)-1], f.last)
			have := map[string]bool{}
			for _, p := range a.Paragraphs {
				have[p] = true
			}
			for _, c := range f.contains {
				if !have[c] {
					t.Errorf("body lacks paragraph %q", c)
				}
			}
			for _, s := range f.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("body contains %q", s)
				}
			}
			if a.Text != strings.Join(a.Paragraphs, "\n\n") {
				t.Errorf("Text is not the paragraphs joined by blank lines")
			}
			compareGolden(t, f.file, a)
		})
	}
}

// compareGolden checks the whole article against testdata/html/NAME.golden.json
// (rewritten with -update).
func compareGolden(t *testing.T, name string, a *model.Article) {
	t.Helper()
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "html", strings.TrimSuffix(name, ".html")+".golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("article differs from %s (run go test -update and review the diff):\n%s", path, got)
	}
}

// A page whose body is rendered by script still carries its text in the
// JSON-LD articleBody; that text is used when the DOM holds much less.
func TestHTMLJSONLDBodyFallback(t *testing.T) {
	in := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam opens",
"articleBody":"The new dam opened on Monday after six years of construction work in the valley.\nIt will supply water to forty thousand homes and generate power for the region's factories."}</script></head>
<body><div id="app">Loading…</div></body></html>`
	a, err := HTML(in, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"The new dam opened on Monday after six years of construction work in the valley.",
		"It will supply water to forty thousand homes and generate power for the region's factories.",
	}
	if strings.Join(a.Paragraphs, "|") != strings.Join(want, "|") || a.Title != "Dam opens" {
		t.Fatalf("title %q, paragraphs %q", a.Title, a.Paragraphs)
	}
}

// Closing lines that promote or describe the author are trimmed from the
// end of the body; the same words inside the story are kept.
func TestHTMLClosingLines(t *testing.T) {
	in := `<html><body><article><div class="body">
<p>The museum will reopen in May after a two-year renovation of its roof and galleries, the city said on Friday.</p>
<p>Visitors asked the museum to subscribe to a longer opening schedule, and the board agreed to stay open late on Thursdays.</p>
<p>The renovation cost eleven million euros, paid for by the city and a regional culture fund set up last year.</p>
<p>Sign up for our weekly culture newsletter and get the best events in your inbox.</p>
<p>Jane Roe is a staff writer. Follow her on Twitter @janeroe.</p>
</div></article></body></html>`
	a, err := HTML(in, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 3 || !strings.HasPrefix(a.Paragraphs[1], "Visitors asked the museum to subscribe") {
		t.Fatalf("paragraphs = %q", a.Paragraphs)
	}
}

// What closes a page after the story (a note about the writer or the
// publisher, a list under a "More ... Stories" head) and what is markup
// or a byline rather than text (an unrendered shortcode, a dated "Posted
// by" line) is not body; the same words inside the story are.
func TestHTMLClosingNotes(t *testing.T) {
	const p1 = "Eastport Harbour opened its second ferry berth on Wednesday, doubling the number of crossings the port can handle each day."
	const p2 = "The berth took fourteen months to build and cost 9.5 million euros, paid for by the harbour and a regional transport fund."
	const about = "Eastport Harbour is a port operator on the east coast, handling ferries, fishing boats and cargo ships for the town."
	const bio = "Lena Marsh (@lenamarsh) is a contributing writer for the Gazette and has covered the harbour for ten years."
	head := `<meta property="og:site_name" content="Eastport Harbour"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Lena Marsh"}}</script>`
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"the publisher's about paragraph", "<p>" + p1 + "</p><p>" + p2 + "</p><hr><p>" + about + "</p>", []string{p1, p2}},
		{"a note about the writer", "<p>" + p1 + "</p><p>" + p2 + "</p><p>" + bio + "</p>", []string{p1, p2}},
		{"a list under a More Stories head", "<p>" + p1 + "</p><p>" + p2 + "</p><h3>More Great Harbour Stories</h3><ul><li>Ferry fares rise again</li><li>Seals return to the dock</li></ul>",
			[]string{p1, p2}},
		{"a shortcode inside the story", "<p>" + p1 + `</p><p>[button link="https://harbour.example/t" type="big"]See the timetable[/button]</p><p>` + p2 + "</p>",
			[]string{p1, p2}},
		{"a dated Posted by line above the story", `<div class="meta">12/05/2021 - Posted by: Lena Marsh - Category: Port news - Tags: ferries berth</div><p>` + p1 + "</p><p>" + p2 + "</p>",
			[]string{p1, p2}},
		// Must-not cases.
		{"the publisher's name opening a paragraph inside the story", "<p>" + p1 + "</p><p>" + about + "</p><p>" + p2 + "</p>", []string{p1, about, p2}},
		{"the publisher's name opening a closing paragraph of news", "<p>" + p1 + "</p><p>" + p2 + "</p><p>Eastport Harbour said the old berth would close for repairs in the autumn, once the summer season is over.</p>",
			[]string{p1, p2, "Eastport Harbour said the old berth would close for repairs in the autumn, once the summer season is over."}},
		{"a list of points that closes the story", "<p>" + p1 + "</p><p>" + p2 + "</p><ul><li>Crossings per day: 48</li><li>Berths: 2</li></ul>",
			[]string{p1, p2, "Crossings per day: 48", "Berths: 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head><title>Second ferry berth opens</title>` + head + `</head><body><article><h1>Second ferry berth opens</h1>` +
				tt.body + `</article></body></html>`
			a, err := HTML(page, "https://harbour.example/news/berth")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Paragraphs, tt.want) {
				t.Errorf("paragraphs = %q\nwant %q", a.Paragraphs, tt.want)
			}
		})
	}
}

// A <title> left open does not swallow the page.
func TestRunawayTitle(t *testing.T) {
	body := "<p>The harbour strike ended on Monday after a week of talks between the union and the port authority.</p>"
	for _, page := range []string{
		"<html><head><title>Strike ends</head><body>" + body + "</body></html>",
		"<html><head><title>Strike ends<meta charset=utf-8></head><body>" + body + "</body></html>",
		"<html><head><title>Why 2 < 3: strike ends</title></head><body>" + body + "</body></html>",
		// Inline markup inside a closed title is not a runaway title.
		"<html><head><title>Strike <b>ends</b> at the port</title></head><body>" + body + "</body></html>",
		"<html><head><title>Strike <i>ends</title><body>" + body + "</body></html>",
	} {
		a, err := HTML(page, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Title, "Strike ends") && !strings.HasPrefix(a.Title, "Why 2 < 3") || strings.Contains(a.Title, "<") && !strings.Contains(a.Title, "2 < 3") || len(a.Paragraphs) != 1 {
			t.Errorf("%q: title %q, paragraphs %q", page, a.Title, a.Paragraphs)
		}
	}
}

// A sentence whose end is linked is prose, though over half of it is link
// text: it opens with plain text and ends like a sentence. What points
// away stays out: a label and a link ("Read more: ..."), a teaser that
// opens with its headline link, a list of links.
func TestHTMLLinkedSentences(t *testing.T) {
	const p1 = "The harbour court ruled on Tuesday in the case of the ferry fire that killed four passengers in March last year."
	const p2 = "The ferry company said it would pay compensation to the families and has already replaced its fire doors on all ships."
	tests := []struct {
		name, body string
		want       []string
	}{
		{"the object of the sentence linked",
			`<p>The captain, Tomas Berg, was convicted and <a href="/x">sentenced to four years in prison for negligence</a>.</p>`,
			[]string{p1, "The captain, Tomas Berg, was convicted and sentenced to four years in prison for negligence.", p2}},
		{"two links inside the sentence",
			`<p>Prosecutors had asked for six years, citing <a href="/a">the inspectors' report on the fire</a> and <a href="/b">the crew's own evidence at the hearing</a>.</p>`,
			[]string{p1, "Prosecutors had asked for six years, citing the inspectors' report on the fire and the crew's own evidence at the hearing.", p2}},
		// Must-not cases.
		{"a read-more label", `<p>Read more: <a href="/x">How the ferry fire spread through the lower deck in minutes.</a></p>`, []string{p1, p2}},
		{"a long label ending in a colon", `<p>Our coverage of the trial and the inquiry so far: <a href="/x">Inspectors find fire doors were left open on the night.</a></p>`, []string{p1, p2}},
		{"a teaser that opens with its headline link", `<p><a href="/x">Ferry company fined over safety checks at the port last winter</a> Inspectors found faults.</p>`, []string{p1, p2}},
		{"a list of links", `<ul><li><a href="/a">Ferry fire: what we know so far about the night.</a></li><li><a href="/b">Families call for a public inquiry into the fire.</a></li></ul>`, []string{p1, p2}},
		{"short plain text before a long link", `<p>See also <a href="/x">the full timeline of the ferry fire and the trial that followed it</a>.</p>`, []string{p1, p2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mid := tt.body
			page := `<!doctype html><html lang="en"><head><title>Ferry captain convicted</title></head><body><article><h1>Ferry captain convicted</h1><p>` +
				p1 + `</p>` + mid + `<p>` + p2 + `</p></article></body></html>`
			a, err := HTML(page, "https://harbour.example/news/ferry-trial")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Paragraphs, tt.want) {
				t.Errorf("paragraphs = %q\nwant %q", a.Paragraphs, tt.want)
			}
		})
	}
}

// A post on a listing page ends at a "you may like" head (in the
// languages the section vocabulary knows) when what follows are other
// posts' cards, in containers of their own. A story that goes on after a
// related box, in boxes like its own, or in its own container, is kept.
func TestHTMLListingCut(t *testing.T) {
	const p1 = "The night ferry to the island returned to service on Monday after four months out of the water for new engines, the operator said."
	const p2 = "Crossings leave every hour between ten at night and five in the morning, at the same fare as the daytime boats, the council said."
	const p3 = "Shift workers who had relied on a bus three times as long said the ferry would cut more than an hour from their journey home."
	card := func(title, excerpt string) string {
		return `<div class="card"><h2 class="card-title"><a href="/x">` + title + `</a></h2><div class="card-text"><p>` + excerpt + `</p></div></div>`
	}
	cards := card("Harbour gets a new crane", "The crane arrived by ship on Friday and should start work at the container terminal in April, after the load tests the port authority requires for every new machine on the quay.") +
		card("Fish market moves to the old shed", "The weekly fishermen's market leaves the station square for the old warehouse on the quay, which the council has refurbished with money from a regional fund for public markets.") +
		card("Lights for the seafront cycle path", "Thirty street lamps along the four kilometres of the seafront cycle path were switched on on Thursday, as residents who ride to work before dawn had asked for years.")
	post := `<article class="post"><div class="post-text"><p>` + p1 + `</p><p>` + p2 + `</p></div></article>`
	tests := []struct {
		name, body string
		want       []string
	}{
		{"Spanish head", post + `<h3>Te puede interesar</h3>` + cards, []string{p1, p2}},
		{"French head", post + `<h3>Vous aimerez aussi</h3>` + cards, []string{p1, p2}},
		{"German head", post + `<h3>Das könnte Sie auch interessieren</h3>` + cards, []string{p1, p2}},
		{"Italian head", post + `<h4>Potrebbe interessarti:</h4>` + cards, []string{p1, p2}},
		{"Portuguese head with an ellipsis", post + `<h3>Você pode gostar…</h3>` + cards, []string{p1, p2}},
		{"English head", post + `<h3>You may also like</h3>` + cards, []string{p1, p2}},
		{"related posts head", post + `<h3>Related posts</h3>` + cards, []string{p1, p2}},
		// Must-not cases.
		{"the story goes on after a related box, in boxes like its own",
			`<div class="text"><p>` + p1 + `</p></div><div class="box"><h3>Related articles</h3><ul><li><a href="/a">Ferry fares rise again this summer</a></li><li><a href="/b">New engines for the island ferry</a></li></ul></div>` +
				`<div class="text"><p>` + p2 + `</p></div><div class="text"><p>` + p3 + `</p></div>`,
			[]string{p1, p2, p3}},
		{"the story goes on in its own container",
			`<div class="post-text"><p>` + p1 + `</p><h3>Related developments</h3><div class="entry"><p>` + p2 + `</p></div><div class="entry"><p>` + p3 + `</p></div></div>`,
			[]string{p1, "Related developments", p2, p3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head><title>Night ferry returns</title></head><body><main><h1>Night ferry returns</h1>` +
				tt.body + `</main></body></html>`
			a, err := HTML(page, "https://harbour.example/news/night-ferry")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Paragraphs, tt.want) {
				t.Errorf("paragraphs = %q\nwant %q", a.Paragraphs, tt.want)
			}
		})
	}
}

// A furniture box large in elements (a sign-up box with its options and
// icons) that holds little of the page's text is still furniture; a
// wrapper classed as furniture that holds the article is not.
func TestHTMLLargeFurnitureBox(t *testing.T) {
	body := `<p>The regional water board approved a plan on Tuesday to replace forty kilometres of ageing mains under the old town by 2026.</p>
<p>Leaks from the cast-iron pipes lose about a fifth of the treated water, the board's engineers told the meeting, and bursts have closed streets twice this winter.</p>
<p>The work will cost 38 million euros, to be paid from a loan and a rise in connection charges, and will be done street by street to keep traffic moving.</p>
<p>Shop owners on the market square asked the board to avoid the weeks before Christmas, and the board agreed to schedule the square for the spring.</p>`
	var form strings.Builder
	for i := 0; i < 20; i++ {
		form.WriteString(`<li><span class="icon"></span><span>Topic</span></li>`)
	}
	appeal := `<div class="promo-box"><h3>Stay informed</h3>
<p>Local reporting like this depends on readers who back our newsroom every month, and thousands of them already give what they can each year.</p>
<ul>` + form.String() + `</ul></div>`
	tests := []struct {
		name     string
		in       string
		wantPara int
		notWant  string
	}{
		{"appeal box inside the article stays out",
			`<html><body><article><div class="story-body">` + strings.Replace(body, "\n<p>The work", "\n"+appeal+"\n<p>The work", 1) + `</div></article></body></html>`, 4, "Local reporting like this"},
		{"furniture-classed wrapper around the article keeps the article",
			`<html><body><div class="layout has-sidebar">` + strings.Repeat(`<div><span>x</span></div>`, 40) + `<div class="text">` + body + `</div></div></body></html>`, 4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML(tt.in, "")
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) != tt.wantPara || !strings.HasPrefix(a.Paragraphs[0], "The regional water board") {
				t.Fatalf("paragraphs = %q", a.Paragraphs)
			}
			if tt.notWant != "" && strings.Contains(strings.Join(a.Paragraphs, "\n"), tt.notWant) {
				t.Fatalf("furniture text kept: %q", a.Paragraphs)

			}
		})
	}
}
