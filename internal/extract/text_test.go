package extract

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/shared"
)

var updateGolden = flag.Bool("update-text", false, "rewrite golden files from the current output")

// textGolden is the part of an Article the plain-text extractor decides.
type textGolden struct {
	Title      string   `json:"title"`
	Byline     string   `json:"byline"`
	Published  string   `json:"published"`
	ZoneSource string   `json:"published_zone_source,omitempty"`
	Paragraphs []string `json:"paragraphs"`
	Captions   []string `json:"captions"`
	Tags       []string `json:"tags"`
}

func toGolden(a *model.Article) textGolden {
	g := textGolden{Title: a.Title, Byline: a.Byline, ZoneSource: a.PublishedZoneSource, Paragraphs: a.Paragraphs, Captions: a.Captions, Tags: a.Tags}
	if a.Published != nil {
		g.Published = a.Published.Format(time.RFC3339)
	}
	if g.Paragraphs == nil {
		g.Paragraphs = []string{}
	}
	if g.Captions == nil {
		g.Captions = []string{}
	}
	if g.Tags == nil {
		g.Tags = []string{}
	}
	return g
}

// TestTextGolden runs every fixture in testdata/text (written for this
// repository) and compares with its .json golden file. Run with -update-text to
// rewrite them, then review the diff by hand.
func TestTextGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Text(string(raw))
			if err != nil {
				t.Fatalf("Text: %v", err)
			}
			got := toGolden(a)
			goldenPath := strings.TrimSuffix(f, ".txt") + ".json"
			if *updateGolden {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(goldenPath, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("golden: %v (run go test -run TestTextGolden -update-text)", err)
			}
			var want textGolden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				gb, _ := json.MarshalIndent(got, "", "  ")
				t.Errorf("%s: output differs from golden\n got: %s\nwant: %s", name, gb, b)
			}
			// Properties every fixture must have whatever the golden says.
			for _, p := range got.Paragraphs {
				if strings.Contains(p, "\n") || strings.Contains(p, "\r") || p != strings.TrimSpace(p) {
					t.Errorf("paragraph not normalised: %q", p)
				}
				if txtCountPromo(strings.ToLower(p), 1) > 0 && txtReaderAddress.MatchString(p) {
					t.Errorf("promotional text left in body: %q", p)
				}
				for _, c := range got.Captions {
					if p == c {
						t.Errorf("caption also in body: %q", p)
					}
				}
			}
			if got.Title == "" || len(got.Paragraphs) == 0 {
				t.Errorf("want a title and a body, got %+v", got)
			}
		})
	}
}

// TestTextSharedExample checks the scraped Newsweek page in ../shared/examples
// (third-party text: read at test time, never copied here). Counts and
// properties only.
func TestTextSharedExample(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "examples")
	p := filepath.Join(dir, "newsweek-2021-07-30-xi-kim.txt")
	if d := shared.DataDir(); d != "" {
		p = filepath.Join(d, "..", "examples", "newsweek-2021-07-30-xi-kim.txt")
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("shared example not found (%v); skipping", err)
	}
	a, err := Text(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")
	// The headline is the file's first line.
	if a.Title != strings.TrimSpace(lines[0]) {
		t.Errorf("title = %q, want the first line", a.Title)
	}
	// The body: every non-blank line from the third on, up to the promo tail,
	// except the tag line and the caption, with the one quote broken over two
	// lines joined: 22 paragraphs.
	if len(a.Paragraphs) != 22 {
		t.Errorf("got %d paragraphs, want 22", len(a.Paragraphs))
	}
	for i, p := range a.Paragraphs {
		if utf8.RuneCountInString(p) < 100 {
			t.Errorf("paragraph %d is short (%d runes): furniture left in? %q", i, utf8.RuneCountInString(p), p)
		}
		if strings.Contains(p, "Editor's Picks") || strings.Contains(p, "•") {
			t.Errorf("paragraph %d has promo text: %q", i, p)
		}
		if !txtEndsTerminal(p) {
			t.Errorf("paragraph %d does not end a sentence (broken join?): %q", i, p)
		}
	}
	// The quote broken over two lines is one paragraph, in its place.
	joined := 0
	for i, l := range lines {
		if i+1 < len(lines) && l != "" && lines[i+1] != "" && txtStartsLower(lines[i+1]) {
			want := strings.TrimSpace(l) + " " + strings.TrimSpace(lines[i+1])
			for _, p := range a.Paragraphs {
				if p == want {
					joined++
				}
			}
		}
	}
	if joined != 1 {
		t.Errorf("found %d joined continuation paragraphs, want 1", joined)
	}
	// Tags: the comma-separated line, five items.
	if len(a.Tags) != 5 {
		t.Errorf("tags = %q, want 5 items", a.Tags)
	}
	for _, tg := range a.Tags {
		if strings.Contains(tg, ",") || tg != strings.TrimSpace(tg) || tg == "" {
			t.Errorf("bad tag %q", tg)
		}
	}
	// One caption, ending with its agency credit and not in the body.
	if len(a.Captions) != 1 {
		t.Fatalf("captions = %q, want 1", a.Captions)
	}
	if !strings.HasSuffix(a.Captions[0], "Agency") {
		t.Errorf("caption does not end with its credit: %q", a.Captions[0])
	}
	body := strings.Join(a.Paragraphs, "\n")
	if strings.Contains(body, a.Captions[0]) {
		t.Error("caption is also in the body")
	}
	// Nothing from the promo tail anywhere.
	all := a.Title + body + strings.Join(a.Captions, "") + strings.Join(a.Tags, "")
	for _, s := range []string{"Editor's Picks", "Unlimited access", "Ad free", "newsletters", "Newsweek cover"} {
		if strings.Contains(all, s) {
			t.Errorf("promo %q left in output", s)
		}
	}
}

func TestTextCases(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		check func(t *testing.T, a *model.Article)
	}{
		{"empty", "", func(t *testing.T, a *model.Article) {
			if a.Title != "" || len(a.Paragraphs) != 0 {
				t.Errorf("got %+v", a)
			}
		}},
		{"only promo", "Subscribe now\n\nShare this article\n\nWe use cookies. Accept all cookies?\n", func(t *testing.T, a *model.Article) {
			if len(a.Paragraphs) != 0 {
				t.Errorf("paragraphs = %q", a.Paragraphs)
			}
		}},
		{"no headline, prose first", "The committee met on Monday to discuss the budget and agreed on three changes.\n\nIt will meet again next week to vote on them.\n",
			func(t *testing.T, a *model.Article) {
				if a.Title != "" || len(a.Paragraphs) != 2 {
					t.Errorf("title %q, paragraphs %q", a.Title, a.Paragraphs)
				}
			}},
		{"dateline separated by blank line", "Storm closes port\n\nLISBON (Example Wire) -\n\nThe port of Lisbon closed on Monday as a storm brought winds of up to 120 km an hour.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 1 || !strings.HasPrefix(a.Paragraphs[0], "LISBON (Example Wire) - The port") {
					t.Errorf("paragraphs %q", a.Paragraphs)
				}
			}},
		{"sentence with commas is not a tag line", "Title here\n\nThey sold apples, pears, plums and cherries at the market, he said.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Tags) != 0 || len(a.Paragraphs) != 1 {
					t.Errorf("tags %q paragraphs %q", a.Tags, a.Paragraphs)
				}
			}},
		{"a headline-style line with commas is not a tag line", "Report\n\nRuto, Kenya's president, meets Chinese envoy\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Tags) != 0 || len(a.Paragraphs) != 1 {
					t.Errorf("tags %q paragraphs %q", a.Tags, a.Paragraphs)
				}
			}},
		{"a tag line of names and topics stays tags", "Title here\n\nThe council voted on Monday to close the old harbour bridge for repairs next year.\n\nNorth Korea, foreign policy, Kim Jong Un, military drills\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Tags) != 4 || len(a.Paragraphs) != 1 {
					t.Errorf("tags %q paragraphs %q", a.Tags, a.Paragraphs)
				}
			}},
		{"by the way is not a byline", "Title here\n\nBy the way, nobody noticed.\n\nThe meeting went on for another three hours without a decision on the plan.\n",
			func(t *testing.T, a *model.Article) {
				if a.Byline != "" {
					t.Errorf("byline %q", a.Byline)
				}
			}},
		{"mentions of share and facebook in prose stay", "Shares fall\n\nFacebook shares fell 4 percent on Monday after the company said its newsletter product would close.\n\nTwitter declined to comment.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 2 {
					t.Errorf("paragraphs %q", a.Paragraphs)
				}
			}},
		{"a long list inside the body does not cut the intro off", "A headline for the test\n\nThe council published its plan on Monday, listing the changes it wants to make next year.\n\n" +
			"- a new bus lane on the high street and a cycle path along the river\n- longer opening hours for the library\n" +
			"- two more street cleaners\n- a review of parking charges in the town centre\n- repairs to the roof of the town hall\n" +
			"- a grant scheme for small shops\n- free swimming lessons for primary school children\n- a new recycling centre\n" +
			"- more benches in the park\n- a study of flood defences along the river\n- solar panels on council buildings\n- a youth club\n" +
			"\n" + strings.Repeat("The rest of the article explains each change in turn, with the reasons the council gave for them. ", 8) + "\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 14 || !strings.HasPrefix(a.Paragraphs[0], "The council published") {
					t.Errorf("got %d paragraphs, first %q", len(a.Paragraphs), a.Paragraphs[0])
				}
			}},
		{"menu and teasers around the article are dropped", strings.Repeat("Home\nWorld\nBusiness\nSport\nCulture\n", 4) +
			"\nThe real headline of this page\n\n" + strings.Repeat("The article itself is a long paragraph of ordinary prose that runs on for a while. ", 4) + "\n\n" +
			strings.Repeat("Another paragraph of the same article, also long enough to be counted as prose here. ", 3) + "\n\n" +
			strings.Repeat("Terms\nPrivacy\nContact\nAbout us\nCareers\n", 4) + "\nA teaser for some other story that ends with a full stop.\n",
			func(t *testing.T, a *model.Article) {
				if a.Title != "The real headline of this page" || len(a.Paragraphs) != 2 {
					t.Errorf("title %q, paragraphs %q", a.Title, a.Paragraphs)
				}
			}},
		{"dates: header line counts, a date in the headline does not", "Vote of March 3, 2031 postponed\n\nPublished: 2031-02-27T08:15:00+01:00\n\nThe election planned for March 3 has been postponed by two weeks, officials said.\n",
			func(t *testing.T, a *model.Article) {
				if a.Published == nil || a.Published.Format(time.RFC3339) != "2031-02-27T08:15:00+01:00" {
					t.Errorf("published %v", a.Published)
				}
			}},
		{"no date, no published", "A headline from 2031 without a day\n\nThe body says nothing about the date either, only that it happened.\n",
			func(t *testing.T, a *model.Article) {
				if a.Published != nil {
					t.Errorf("published %v", a.Published)
				}
			}},
		{"gallery counters and bare links inside the body go", "A headline for the test\n\nThe first paragraph of the body is long enough to be prose here.\n\n1 / 12\n\nhttps://example.com/gallery/12\n\nThe second paragraph of the body is also long enough to be prose.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 2 {
					t.Errorf("paragraphs %q", a.Paragraphs)
				}
			}},
		{"entities and markdown", "Caf&eacute; owners&#8217; plan &amp; more\n\nThe **council** approved the [plan](https://example.com/plan) on Monday, the mayor said.\n",
			func(t *testing.T, a *model.Article) {
				if a.Title != "Café owners’ plan & more" || len(a.Paragraphs) != 1 || a.Paragraphs[0] != "The council approved the plan on Monday, the mayor said." {
					t.Errorf("title %q paragraphs %q", a.Title, a.Paragraphs)
				}
			}},
		{"quoted speech with promo words stays", "Prices climb again\n\n\"We expect prices to rise 2% a month,\" the minister said on Monday.\n\n\"We launched a podcast last year and our newsletter now has 40,000 readers,\" she said.\n\nSubscribe now to get unlimited access to all of our journalism.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 2 {
					t.Errorf("paragraphs %q", a.Paragraphs)
				}
			}},
		{"reader comments after the article are cut", "A headline for the test\n\n" + strings.Repeat("The article itself runs on for a good while in ordinary sentences. ", 8) +
			"\n\n12 Comments\n\nJane Reader said:\n\nI think the article misses the point entirely, and here is a long explanation of why that is so.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 1 {
					t.Errorf("paragraphs %q", a.Paragraphs)
				}
			}},
		{"a Discussion subhead is not a comments section", "A headline for the test\n\n" + strings.Repeat("The study itself runs on for a good while in ordinary sentences. ", 8) +
			"\n\nDiscussion\n\nThe authors argue that the effect is real, and they give three reasons for thinking so in the paper.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 3 {
					t.Errorf("paragraphs %q", a.Paragraphs)
				}
			}},
		{"caption credits", "A headline for the test\n\nThe first paragraph of the body is long enough to be prose here.\n\n" +
			"Protesters gather outside parliament in the capital on Tuesday evening. AFP via Getty Images\n\n" +
			"The second paragraph of the body is also long enough to be prose.\n\n" +
			"A firefighter walks past the burnt-out warehouse near the port on Sunday.\nJohn Smith/Getty Images\n\n" +
			"The third paragraph closes the body and is long enough as well.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 3 || len(a.Captions) != 2 || !strings.HasSuffix(a.Captions[0], "AFP via Getty Images") ||
					!strings.HasSuffix(a.Captions[1], "Sunday. John Smith/Getty Images") {
					t.Errorf("paragraphs %q captions %q", a.Paragraphs, a.Captions)
				}
			}},
		{"headline of two sentences is no caption", "How Safe Is Your Bank? Check It With The Regulator's New Tool\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Captions) != 0 || len(a.Paragraphs)+btoi(a.Title != "") != 1 {
					t.Errorf("title %q paragraphs %q captions %q", a.Title, a.Paragraphs, a.Captions)
				}
			}},
		{"headline naming a photo feature is no credit", "Photo essay: The flooded valley\n\n" +
			"This photo essay follows three families through the floods of the valley over a week in March.\n",
			func(t *testing.T, a *model.Article) {
				if a.Title != "Photo essay: The flooded valley" || len(a.Paragraphs) != 1 {
					t.Errorf("title %q paragraphs %q", a.Title, a.Paragraphs)
				}
			}},
		{"credit lines still dropped", "A headline for the test\n\nThe first paragraph of the body is long enough to be prose here.\n\n" +
			"Photo courtesy of the Example Museum\n\nFile photo via Getty Images\n\nThe second paragraph of the body is also long enough to be prose.\n",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 2 {
					t.Errorf("paragraphs %q captions %q", a.Paragraphs, a.Captions)
				}
			}},
		{"hashtags", "A headline for the test\n\nThe body of the article has one paragraph that ends properly.\n\n#floods #valley #weather\n",
			func(t *testing.T, a *model.Article) {
				if strings.Join(a.Tags, ",") != "floods,valley,weather" {
					t.Errorf("tags %q", a.Tags)
				}
			}},
		{"CJK paragraphs", "东京举行新闻发布会\n\n日本政府星期一宣布了新的经济刺激计划，总额约为十万亿日元。\n\n官员表示，该计划将于下个月开始实施。\n",
			func(t *testing.T, a *model.Article) {
				if a.Title != "东京举行新闻发布会" || len(a.Paragraphs) != 2 {
					t.Errorf("title %q paragraphs %q", a.Title, a.Paragraphs)
				}
			}},
		{"old Mac line endings and NUL", "Headline\rhere\r\rBody\x00 text that is long enough to count as a real paragraph of prose.\r",
			func(t *testing.T, a *model.Article) {
				if len(a.Paragraphs) != 1 || strings.ContainsRune(a.Paragraphs[0], 0) {
					t.Errorf("paragraphs %q", a.Paragraphs)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Text(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, a)
		})
	}
}

// TestProcessText runs the stage on a text document: Text is filled from the
// paragraphs and an input with no content is an error, not a panic.
func TestProcessText(t *testing.T) {
	e := New()
	doc := &model.Document{Source: "x.txt", Format: model.FormatText, Content: "Title\n\nA first paragraph that is long enough to be prose.\n\nA second one, also long enough to count.\n"}
	if err := e.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Article.Text != strings.Join(doc.Article.Paragraphs, "\n\n") || doc.Article.Source != "x.txt" {
		t.Errorf("article %+v", doc.Article)
	}
	empty := &model.Document{Source: "e.txt", Format: model.FormatText, Content: "Subscribe now\n"}
	if err := e.Process(context.Background(), empty); err == nil {
		t.Errorf("want an error for a document with no content, got %+v", empty.Article)
	}
}

// TestTextLargeInputs runs shapes that would expose quadratic behaviour on
// inputs near the 10 MB ingest cap (kept to 1 MB so the test stays fast; quadratic code would still take minutes). It
// asserts nothing about time, only that each finishes with sane output.
func TestTextLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs skipped in -short mode")
	}
	const size = 1 << 20
	line := "the quick brown fox jumps over the lazy dog and keeps running on\n"
	shapes := map[string]string{
		"one wrapped paragraph": strings.Repeat(line, size/len(line)),
		"one line, no breaks":   strings.Repeat("word ", size/5),
		"many short lines":      strings.Repeat("Related\nA headline\n\n", size/20),
		"many tag lines":        strings.Repeat("alpha, beta, gamma, delta\n\n", size/27),
		"many sentences":        strings.Repeat("He said so. ", size/12),
	}
	for name, in := range shapes {
		t.Run(name, func(t *testing.T) {
			a, err := Text(in)
			if err != nil {
				t.Fatal(err)
			}
			total := len(a.Title)
			for _, p := range a.Paragraphs {
				total += len(p)
			}
			if total > len(in) {
				t.Errorf("output (%d bytes) larger than input (%d)", total, len(in))
			}
		})
	}
}

func TestTxtParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"July 30, 2021":                          "2021-07-30T00:00:00Z",
		"Updated 3:04 PM EDT, Fri July 30, 2021": "2021-07-30T00:00:00Z",
		"Jan. 3 2021":                            "2021-01-03T00:00:00Z",
		"30 July 2021":                           "2021-07-30T00:00:00Z",
		"1st March 2021":                         "2021-03-01T00:00:00Z",
		"3. März 2031, 18:40 Uhr":                "2031-03-03T00:00:00Z",
		"30 de julio de 2021":                    "2021-07-30T00:00:00Z",
		"1er mars 2021":                          "2021-03-01T00:00:00Z",
		"30.07.2021":                             "2021-07-30T00:00:00Z",
		"2021-07-30":                             "2021-07-30T00:00:00Z",
		"2021-07-30T10:04Z":                      "2021-07-30T10:04:00Z",
		"Posted 2021-07-30 10:04:05+09:00":       "2021-07-30T10:04:05+09:00",
		"31 June 2021":                           "",
		"2021-13-01":                             "",
		"May 2021":                               "",
		"in 2021":                                "",
		"Page 3 of 2021 items":                   "",
	} {
		got := ""
		if tm, ok := txtParseDate(in); ok {
			got = tm.Format(time.RFC3339)
		}
		if got != want {
			t.Errorf("txtParseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTxtIsDateLine(t *testing.T) {
	for in, want := range map[string]bool{
		"Updated 3:04 PM EDT, Fri July 30, 2021": true,
		"Published: 30 July 2021 10:04 BST":      true,
		"3. März 2031, 18:40 Uhr":                true,
		"2021-07-30":                             true,
		"Vote of March 3, 2031 postponed":        false,
		"The 2021 season starts on 4 April 2021": false,
		"Updated 3:04 PM":                        false,
		// Other languages' date lines (pubdate_intl.go).
		"Опубликовано 28 июля 2021 г. в 14:03": true,
		"기사입력 2021년 7월 28일 오후 2:03":            true,
		"Publicado em 28 de julho de 2021":     true,
		"publiziert am 28. Juli 2021":          true,
		"2021.07.28 14:03":                     true,
		"Выборы 28 июля 2021 перенесены":       false,
	} {
		if got := txtIsDateLine(in, txtWordCount(in)); got != want {
			t.Errorf("txtIsDateLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestTxtSectionHeader(t *testing.T) {
	for in, want := range map[string]bool{
		"Editor's Picks":           true,
		"Related":                  true,
		"Read more:":               true,
		"Most Popular":             true,
		"Lire aussi":               true,
		"About Riverside Hospital": true,
		"About the author":         true,
		"About the deal":           false,
		"Related coverage":         true,
		"Relations with China":     false,
		"The latest figures":       false,
		// Heads of other posts' teasers, by language.
		"You may also like":                            true,
		"You might like":                               true,
		"Related posts":                                true,
		"Você pode gostar...":                          true,
		"Você também pode gostar de:":                  true,
		"Te puede interesar":                           true,
		"También te puede interesar":                   true,
		"Vous aimerez aussi":                           true,
		"Vous aimerez peut-être aussi":                 true,
		"Das könnte Sie auch interessieren":            true,
		"Das könnte dich auch interessieren":           true,
		"Potrebbe interessarti":                        true,
		"Ti potrebbe interessare":                      true,
		"Misschien ook interessant":                    true,
		"You may like the new timetable":               false,
		"Te puede interesar saber que la balsa vuelve": false,
		"Vous aimerez aussi le nouveau port":           false,
	} {
		if got := txtSectionHeader.MatchString(in); got != want {
			t.Errorf("txtSectionHeader(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDatelineLen(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the dateline DatelineLen should cover
	}{
		{"SEOUL, July 30 (AP) — North Korea restored the hotlines.", "SEOUL, July 30 (AP) — "},
		{"WASHINGTON (Reuters) - The talks ended.", "WASHINGTON (Reuters) - "},
		{"NAIROBI - Kenya agreed on Tuesday.", "NAIROBI - "},
		{"KHARTOUM, March 4, 2025 (Reuters) - The army agreed.", "KHARTOUM, March 4, 2025 (Reuters) - "},
		{"LIMA, Peru, Feb. 7 (AP) — Police arrested 30 people.", "LIMA, Peru, Feb. 7 (AP) — "},
		{"LIMA, Peru, Feb. 7, 2024 (AP) — Police arrested 30 people.", "LIMA, Peru, Feb. 7, 2024 (AP) — "},
		{"UN, EU and US officials met in Geneva on Tuesday.", ""},
		{"N'DJAMENA, 25 mars 2026 (Méridien) - Le Soudan a rejeté l'offre.", "N'DJAMENA, 25 mars 2026 (Méridien) - "},
		{"N'DJAMENA, 25 mars (Méridien) — Le Soudan a rejeté l'offre.", "N'DJAMENA, 25 mars (Méridien) — "},
		{"MADRID, 25 de marzo de 2026 (Meridiano).- El Gobierno aprobó el plan.", "MADRID, 25 de marzo de 2026 (Meridiano).- "},
		{"SÃO PAULO, 25 de março de 2026 (Meridiano) - O governo aprovou o plano.", "SÃO PAULO, 25 de março de 2026 (Meridiano) - "},
		{"BERLIN, 25. März 2026 (Meridian) - Die Regierung billigte den Plan.", "BERLIN, 25. März 2026 (Meridian) - "},
		{"GENF, 3. Okt. 2025 (Meridian) - Die Gespräche endeten.", "GENF, 3. Okt. 2025 (Meridian) - "},
		{"LIMA, Pérou, 7 février 2026 (Méridien) - La police a arrêté 30 personnes.", "LIMA, Pérou, 7 février 2026 (Méridien) - "},
		{"UN, 25 killed: the toll rose on Tuesday.", ""},
		{"US, 3 allies - a new pact was signed.", ""},
		{"North Korea restored the hotlines on Tuesday.", ""},
		{"UN - ", ""}, // nothing after it: no paragraph opens there
		// Title case: a known place, then a date and/or an agency, then a dash or colon.
		{"Panama City, March 12 (Meridiano) - The canal authority raised its fees.", "Panama City, March 12 (Meridiano) - "},
		{"Nairobi, Kenya (Newsgraph Wire) – Police fired tear gas at protesters.", "Nairobi, Kenya (Newsgraph Wire) – "},
		{"Geneva, 3 March 2025 – The talks resumed on Monday.", "Geneva, 3 March 2025 – "},
		{"Kabul [Afghanistan], March 10 (Wire): The ministry said the road had reopened.", "Kabul [Afghanistan], March 10 (Wire): "},
		{"Washington, D.C., Feb. 7 (Wire) — The Senate passed the bill.", "Washington, D.C., Feb. 7 (Wire) — "},
		{"Rio de Janeiro, 25 de março de 2026 (Meridiano) - O governo aprovou o plano.", "Rio de Janeiro, 25 de março de 2026 (Meridiano) - "},
		{"Dar es Salaam (Wire) - Tanzania opened the port.", "Dar es Salaam (Wire) - "},
		// With neither date nor agency, the place's country or state follows it.
		{"Nairobi, Kenya - Police fired tear gas at protesters.", "Nairobi, Kenya - "},
		{"Austin, Texas – The governor signed the bill.", "Austin, Texas – "},
		{"Washington, D.C., United States: The Senate passed the bill.", "Washington, D.C., United States: "},
		{"Seoul, July 30, 2021 (Wire) -- North Korea restored the hotlines.", "Seoul, July 30, 2021 (Wire) -- "},
		{"Berlin, 25. März 2026 (Meridian) - Die Regierung billigte den Plan.", "Berlin, 25. März 2026 (Meridian) - "},
		// Title-case openings that are no dateline: a sentence that starts
		// with a place, a place with neither date nor agency, a name that is
		// no place, a date word that is no month.
		{"Panama City officials said on Monday that the canal would reopen.", ""},
		{"Nairobi is the busiest hub in East Africa - and growing.", ""},
		{"Nairobi - the city has grown fast.", ""},
		{"Nairobi, Mombasa and Kisumu - the three cities have grown fast.", ""},
		{"Nairobi, Mombasa - the two cities have grown fast.", ""},
		{"Kenya, Uganda - both members of the bloc - signed the pact.", ""},
		{"Paris, Kenya - the road was closed.", ""},
		{"Officials, March 3 (Wire) - The talks ended.", ""},
		{"Smith, March 3 (Wire) - The talks ended.", ""},
		{"Geneva, 3 delegations - all of them left.", ""},
		{"Kenya, Uganda and Tanzania (the three) - signed the pact.", ""},
		{"Nairobi, Kenya (Wire) – ", ""},
		// US datelines: a state's postal or AP abbreviation after a US
		// city, or after a US town the knowledge base knows only as a town.
		{"New York, NY – The city council approved the budget.", "New York, NY – "},
		{"Dekalb, Ill. — Police said two people were hurt.", "Dekalb, Ill. — "},
		{"Albany, N.Y. - State lawmakers passed the bill.", "Albany, N.Y. - "},
		{"Cambridge, Mass. – Harvard raised its fees.", "Cambridge, Mass. – "},
		{"Dekalb, Ill., March 3 (Wire) - Police said two people were hurt.", "Dekalb, Ill., March 3 (Wire) - "},
		{"Ames, Iowa – The county fair opened.", "Ames, Iowa – "},
		{"Charleston, W.Va. – The governor signed the bill.", "Charleston, W.Va. – "},
		{"NEW YORK, N.Y. (AP) - The city council approved the budget.", "NEW YORK, N.Y. (AP) - "},
		// A state spelt out, even one that shares its name with a city.
		{"Albany, New York - State lawmakers passed the bill.", "Albany, New York - "},
		{"Spokane, Washington – The county closed the bridge.", "Spokane, Washington – "},
		{"Ames, Iowa – The county fair opened.", "Ames, Iowa – "},
		{"Albany, New York, March 3 (Wire) - State lawmakers passed the bill.", "Albany, New York, March 3 (Wire) - "},
		{"Nairobi, New York - Police fired tear gas.", ""},
		{"Officials, Washington - The talks ended.", ""},
		// A bare capital or city of 100,000 or more, a spaced dash, a sentence.
		{"Indianapolis – The mayor signed the order.", "Indianapolis – "},
		{"Nairobi - Police fired tear gas at protesters.", "Nairobi - "},
		{"Panama City — The canal authority raised its fees.", "Panama City — "},
		// ... but not a state abbreviation abroad or after no place, a town
		// without its state, a bare country, a second place, a colon, a
		// lower-case continuation.
		{"Nairobi, Ill. – Police fired tear gas.", ""},
		{"Officials, NY – The talks ended.", ""},
		{"Dekalb – Police said two people were hurt.", ""},
		{"Dekalb, Kenya – Police said two people were hurt.", ""},
		{"Kenya – The government agreed.", ""},
		{"Paris - London flights resumed on Monday.", ""},
		{"Indianapolis: The mayor signed the order.", ""},
		{"Indianapolis-Carmel traffic rose.", ""},
		{"Indianapolis – the city has grown fast.", ""},
		{"Indianapolis – ", ""},
		// Upper-case column and note labels are no datelines; a bare
		// upper-case group before a colon must be a known place.
		{"DEAR ABBY: My sister keeps borrowing my car.", ""},
		{"DEAR WORRIED IN OHIO: Talk to her first.", ""},
		{"EDITOR'S NOTE: This story has been updated.", ""},
		{"UPDATE: The road has reopened.", ""},
		{"CORRECTION - An earlier version misstated the date.", ""},
		{"WATCH: The mayor speaks to reporters.", ""},
		{"OPINION: The council got it wrong.", ""},
		{"BOTTOM LINE: Rates will rise.", ""},
		{"VIP : Seats in the first rows.", ""},
		{"I -- I never thought it would end.", ""},
		{"LONDON: The talks resumed on Monday.", "LONDON: "},
		{"NEW DELHI: The ministry said the road had reopened.", "NEW DELHI: "},
		{"DEKALB, Ill. (AP) - Police said two people were hurt.", "DEKALB, Ill. (AP) - "},
		{"SPRINGFIELD - The governor signed the bill.", "SPRINGFIELD - "},
		{"", ""},
	} {
		if got := DatelineLen(tc.text); got != len(tc.want) || tc.text[:got] != tc.want {
			t.Errorf("DatelineLen(%q) = %d, want %d (%q)", tc.text, got, len(tc.want), tc.want)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A plain text's header line dates it in other languages too.
func TestTextPublishedOtherLanguages(t *testing.T) {
	for in, want := range map[string]string{
		"Мост снова открыт\n\nОпубликовано: 28 июля 2021 г.\n\nМост через гавань снова открыт для движения после трёх месяцев ремонта, сообщили в городском совете.\n": "2021-07-28",
		"다리 재개통\n\n기사입력 2021.07.28 14:03\n\n항구 다리가 석 달 동안의 보수 공사를 마치고 월요일 다시 개통됐다고 시의회가 밝혔다.\n":                                                                        "2021-07-28",
	} {
		a, err := Text(in)
		if err != nil {
			t.Fatal(err)
		}
		if a.Published == nil || a.Published.Format(time.DateOnly) != want {
			t.Errorf("Text(%.30q) published = %v, want %s", in, a.Published, want)
		}
	}
}
