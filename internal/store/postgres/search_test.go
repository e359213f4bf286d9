package postgres

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

func TestWordsFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Zürich's FLOODS, 2024!", "zurich s floods 2024"},
		{"Ação e coração", "acao e coracao"},
		{"naïve café résumé", "naive cafe resume"},
		{"Москва и Киев", "москва и киев"}, // no Latin diacritics: case only
		{"e-mail foo_bar U.S.", "e mail foo bar u s"},
		{"“Quoted” — dash…", "quoted dash"},
		{"", ""},
	} {
		if got := searchText(c.in); got != c.want {
			t.Errorf("searchText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// A decomposed é (e + U+0301) is one word, folded like the composed one.
	if got := searchText("cafe\u0301 au lait"); got != "cafe au lait" {
		t.Errorf("decomposed accent: %q", got)
	}
}

func TestSearchTextBudget(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 50_000; i++ {
		fmt.Fprintf(&b, "w%05d ", i)
	}
	got := searchTextLimit(b.String(), 1000)
	n := len(strings.Fields(got))
	// Each new 6-byte word costs 16: 62 fit in 1000.
	if n != 1000/(6+wordOverhead) || !strings.HasPrefix(got, "w00000 w00001") {
		t.Errorf("budget kept %d words: %.40q", n, got)
	}
	// Repeats cost positions only, up to 256 each.
	if got := searchTextLimit(strings.Repeat("rain ", 1000), 14+2*300); len(strings.Fields(got)) != 1000 {
		t.Errorf("repeated word cut short: %d", len(strings.Fields(got)))
	}
}

func TestParseQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"rain", `'rain'`},
		{"Rain Spain", `('rain' & 'spain')`},
		{"rain AND spain", `('rain' & 'spain')`},
		{"rain OR snow", `('rain' | 'snow')`},
		{"a OR b c", `('a' | ('b' & 'c'))`},
		{"a b OR c", `(('a' & 'b') | 'c')`},
		{"rain NOT snow", `('rain' & !'snow')`},
		{"a NOT b NOT c", `(('a' & !'b') & !'c')`},
		{`"heavy rain"`, `('heavy' <-> 'rain')`},
		{`"heavy rain"*`, `('heavy' <-> 'rain':*)`},
		{"flood*", `'flood':*`},
		{"(rain OR snow) AND alps", `(('rain' | 'snow') & 'alps')`},
		// FTS5 joins only phrases side by side; next to a group the AND
		// is implied too (the SQLite store writes it out).
		{"alps (rain OR snow)", `('alps' & ('rain' | 'snow'))`},
		{"(rain OR snow) alps", `(('rain' | 'snow') & 'alps')`},
		{"(rain OR snow) (alps OR jura)", `(('rain' | 'snow') & ('alps' | 'jura'))`},
		{"(rain) NOT snow alps", `('rain' & !('snow' & 'alps'))`},
		{"a NOT (b) c", `(('a' & !'b') & 'c')`},
		{"NEAR(rain heavy) (alps)", `(('rain' & 'heavy') & 'alps')`},
		{"title:(rain) snow", `('rain':A & 'snow')`},
		{"a NOT b c", `('a' & !('b' & 'c'))`},
		{"NEAR(rain heavy)", `('rain' & 'heavy')`},
		{`NEAR("heavy rain" flood*, 5)`, `(('heavy' <-> 'rain') & 'flood':*)`},
		{"title:rain snow", `('rain':A & 'snow')`},
		{"title:valencia", `'valencia':A`},
		{"body:(rain OR snow*)", `('rain':D | 'snow':*D)`},
		{"byline:ibáñez", `'ibanez':B`},
		{"Zürich", `'zurich'`},
		{"foo_bar", `('foo' <-> 'bar')`},
		{`"it""s"`, `('it' <-> 's')`},
		{`"" rain`, `'rain'`},
		{"and or not", `(('and' & 'or') & 'not')`}, // lower case: words
		{"o'brien", ""}, // not syntax: plain words
	} {
		q, err := parseQuery(c.in)
		if c.want == "" {
			if err == nil {
				t.Errorf("parseQuery(%q) = %q, want a syntax error", c.in, q.tsquery)
			}
			continue
		}
		if err != nil || q.tsquery != c.want {
			t.Errorf("parseQuery(%q) = %q, %v; want %q", c.in, q.tsquery, err, c.want)
		}
	}
	for _, bad := range []string{`"unbalanced`, "(", "rain)", "OR", "rain OR", "NOT rain", "col:x", "NEAR()", "NEAR(a, x)", "NEAR(a", "a, b", "^start", "a + b", "-x", "'", "\xff"} {
		if q, err := parseQuery(bad); err == nil {
			t.Errorf("parseQuery(%q) = %q, want a syntax error", bad, q.tsquery)
		}
	}
	// A dangling AND is no word to require (store.PlainTerms).
	if q := plainQuery(`"majority AND (`); q.tsquery != `'majority'` {
		t.Errorf("plainQuery = %q", q.tsquery)
	}
	// Terms under NOT are not highlighted.
	if q, _ := parseQuery("rain NOT snow"); len(q.terms) != 1 || q.terms[0].text != "rain" {
		t.Errorf("terms = %+v", q.terms)
	}
}

func TestSnippet(t *testing.T) {
	terms := []term{{text: "rain"}, {text: "harv", prefix: true}}
	body := "Farmers in the north said that the season had started well. Then heavy rain delayed the wheat harvest across the plains for three weeks, and prices rose in every market of the region."
	got := bracketed(makeSnippet("Harvest report", body, "", terms))
	want := "…the season had started well. Then heavy [rain] delayed the wheat [harvest] across the plains for three weeks, and prices…"
	if got != want {
		t.Errorf("snippet:\n got %q\nwant %q", got, want)
	}
	// A short column is shown whole, with its final punctuation.
	if got := bracketed(makeSnippet("Rain in Spain", "Nothing here.", "", []term{{text: "rain"}})); got != "[Rain] in Spain" {
		t.Errorf("title snippet = %q", got)
	}
	if got := makeSnippet("T", "It rained.", "", []term{{text: "rain"}}); got != "It rained." {
		t.Errorf("no match: %q", got)
	}
	// A bracket of the text is not a match mark.
	if got := makeSnippet("T", "He said the [Syrian] forces left the camp.", "", []term{{text: "camp"}}); got != "He said the [Syrian] forces left the "+store.SnippetOpen+"camp"+store.SnippetClose+"." {
		t.Errorf("bracket in the text: %q", got)
	}
}

func bracketed(s string) string { return store.SearchHit{Snippet: s}.BracketedSnippet() }

// searchCorpus is a handful of short reports written for this test.
var searchCorpus = []struct{ url, title, text, byline string }{
	{"https://a.example/1", "Flooding in Valencia", "Rivers burst their banks after heavy rain. Emergency services evacuated 300 residents.", "By Ana Ibáñez"},
	{"https://b.example/1", "Election results", "The governing party lost its majority in the vote; turnout rose to 71 percent.", ""},
	{"https://c.example/1", "Harvest report", "Rain delayed the wheat harvest across the plains, farmers said.", "Jana Novák and Ana Ibáñez"},
	{"https://d.example/1", "Zürich talks", "Delegations met in Zürich on Monday for talks on water rights.", ""},
	{"https://e.example/1", "Snow in the Alps", "Heavy snow closed two passes; more snowfall is forecast for the weekend.", ""},
	{"https://f.example/1", "Café owners protest", "Owners of cafés marched against the new rent rules in the old town.", ""},
	{"https://g.example/1", "Port strike", "Dock workers walked out over pay. The strike halted rain-soaked cargo at the port.", ""},
	{"https://h.example/1", "Budget vote delayed", "Parliament delayed the budget vote after the majority party split.", "Parliament correspondent"},
	{"https://i.example/1", "Drought and rain", "After months of drought, light rain fell; officials said heavy rain is still needed.", ""},
	{"https://j.example/1", "Москва talks", "Делегации встретились в Москве.", ""},
}

// The same queries find the same articles in PostgreSQL as in SQLite's
// FTS5 (order aside: the ranking functions differ).
func TestSearchMatchesSQLite(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := openTemp(t)
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ref.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	for _, s := range []store.Store{pg, lite} {
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for _, c := range searchCorpus {
				a := &store.Article{URL: c.url, ContentHash: "h" + c.url, Title: c.title, Text: c.text, Byline: c.byline}
				if _, err := tx.InsertArticle(ctx, a); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	queries := []string{
		"rain", "RAIN", "heavy rain", `"heavy rain"`, "rain OR snow", "rain NOT heavy", "snow*", "harv*", "deleg*",
		"zurich", "Zürich", "cafe", "cafés", "valencia", "title:rain", "body:rain", "title:(rain OR snow)",
		"majority AND vote", "(rain OR snow) heavy", `"rain soaked"`, "rain-soaked", "71", "300 residents",
		"москва", "МОСКВЕ", `"unbalanced`, "rain)", "NOT rain", "o'brien", "nothingmatches", "vote*", "foo_bar",
		"U.S.", "NEAR(rain heavy)", "NEAR(rain delayed, 2)", "alps (rain OR snow)", "-", "'", "☃", "title:",
		`(rain OR snow) heavy"`, "(rain OR snow) o'brien", "(heavy OR snow) (rain OR alps)",
		"ibanez", "Ibáñez rain", "byline:ibanez", "byline:(novak OR vote)", `"jana novak"`, "parliament", "title:parliament",
	}
	matched := 0
	for _, q := range queries {
		a, errA := pg.Search(ctx, store.SearchQuery{Text: q})
		b, errB := lite.Search(ctx, store.SearchQuery{Text: q})
		if errA != nil || errB != nil {
			// A query without a word is refused by both, alike.
			if !errors.Is(errA, store.ErrBadQuery) || errB == nil || errA.Error() != errB.Error() {
				t.Errorf("search %q: postgres %v, sqlite %v", q, errA, errB)
			}
			continue
		}
		ua, ub := hitURLs(a), hitURLs(b)
		if !slices.Equal(ua, ub) {
			t.Errorf("search %q:\npostgres %v\n  sqlite %v", q, ua, ub)
		}
		if len(ub) > 0 {
			matched++
		}
		for _, h := range a {
			if h.Snippet == "" || !strings.Contains(h.Snippet, store.SnippetOpen) && !strings.Contains(q, "NOT") {
				t.Errorf("search %q: snippet %q without a match", q, h.Snippet)
			}
		}
	}
	if matched < len(queries)/2 {
		t.Errorf("only %d of %d queries matched anything", matched, len(queries))
	}
	// Ranking: a title match outranks a body match, as with bm25's
	// title weight.
	hits, err := pg.Search(ctx, store.SearchQuery{Text: "valencia OR delayed"})
	if err != nil || len(hits) < 3 || hits[0].Title != "Flooding in Valencia" && hits[0].Title != "Budget vote delayed" {
		t.Errorf("title matches first: %+v, %v", hits, err)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Rank < hits[i-1].Rank {
			t.Errorf("ranks not ascending: %+v", hits)
		}
	}
	// Pages.
	all, _ := pg.Search(ctx, store.SearchQuery{Text: "rain"})
	page, _ := pg.Search(ctx, store.SearchQuery{Text: "rain", Limit: 2, Offset: 1})
	if len(all) < 3 || len(page) != 2 || page[0].ArticleID != all[1].ArticleID {
		t.Errorf("page = %+v of %+v", page, all)
	}
}

func hitURLs(hs []store.SearchHit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.URL)
	}
	slices.Sort(out)
	return out
}

// Whatever a user types, search answers (or says the query is empty), as
// the SQLite store's FuzzSearch requires of FTS5.
func TestSearchNeverFails(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: "https://a.example/1", ContentHash: "h", Title: "Rain in Spain", Text: "The rain stays mainly in the plain."})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", 3000)
	for _, q := range []string{"rain", `"exact phrase"`, "a OR b", "NOT", "pre*", `"unbalanced`, "(", "col:x", "^start",
		"NEAR(a b)", "NEAR(", "-", "'", "☃ ünïcödé", "\x00", "rain\x00", "\xff\xfe", "a\\b", `'rain'`, "rain:*", "!rain", "rain & spain",
		"rain | spain", "<->", long, long + " rain", `"` + long + `"`, "title:" + long, "rain*" + long, "\u200b", "😀 rain"} {
		_, err := db.Search(ctx, store.SearchQuery{Text: q})
		if err != nil && !(errors.Is(err, store.ErrBadQuery) && unsearchable(q)) {
			t.Errorf("search %.40q: %v", q, err)
		}
	}
	if hits, err := db.Search(ctx, store.SearchQuery{Text: "😀 rain"}); err != nil || len(hits) != 1 {
		t.Errorf("emoji and a word: %+v, %v", hits, err)
	}
}

// unsearchable: a query both stores refuse as a bad query (no word, or
// nothing before NOT) rather than search.
func unsearchable(q string) bool {
	return strings.TrimSpace(q) == "" || !store.HasWord(q) || store.LeadingNot(q) != nil
}
