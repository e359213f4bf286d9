package web

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// seedSearchDays stores one article a day from 1 to 5 March 2026 (titles
// "Harbour dues day N"), the even days also about a ferry.
func seedSearchDays(t *testing.T) *http.ServeMux {
	t.Helper()
	st := tempStore(t, "sdays.db")
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for day := 1; day <= 5; day++ {
			u := fmt.Sprintf("https://port.example/dues-%d", day)
			p := time.Date(2026, 3, day, 9, 0, 0, 0, time.UTC)
			title := fmt.Sprintf("Harbour dues day %d", day)
			text := "The harbour board raised its dues, a spokesman said."
			if day%2 == 0 {
				text += " The ferry fare rises too."
			}
			data := &model.Article{URL: u, Title: title, Text: text, Paragraphs: []string{text}, Published: &p}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "port.example", ContentHash: u,
				Title: title, Text: text, Published: &p, Data: data}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	return mux
}

var searchDaysTitle = regexp.MustCompile(`Harbour dues day (\d)`)

func searchDaysTitles(body string) string {
	var days []string
	for _, m := range searchDaysTitle.FindAllStringSubmatch(body, -1) {
		days = append(days, m[1])
	}
	return strings.Join(days, ",")
}

// /search without q lists the latest articles, newest first, within since
// and until and page by page; it showed only an empty form.
func TestSearchPageLatest(t *testing.T) {
	mux := seedSearchDays(t)
	for _, c := range []struct{ path, want string }{
		{"/search", "5,4,3,2,1"},
		{"/search?q=", "5,4,3,2,1"},
		{"/search?since=2026-03-03", "5,4,3"},
		{"/search?until=2026-03-02", "2,1"},
		{"/search?since=2026-03&until=2026-03-02", "2,1"},
		{"/search?since=2026-04", ""},
	} {
		code, body := fetch(t, mux, c.path)
		if code != 200 || searchDaysTitles(body) != c.want {
			t.Errorf("%s: %d, days %q, want %q", c.path, code, searchDaysTitles(body), c.want)
		}
		if !strings.Contains(body, "<h1>Latest articles</h1>") || strings.Contains(body, "<mark>") {
			t.Errorf("%s: not the latest articles' page:\n%s", c.path, body)
		}
	}
	_, body := fetch(t, mux, "/search?since=2026-03")
	if !strings.Contains(body, `name="since" value="2026-03"`) || !strings.Contains(body, "/api/articles?limit=20&amp;since=2026-03") {
		t.Errorf("the month is not kept in the form and the API link:\n%s", body)
	}
	// Page by page, following Next: every article once, newest first.
	next := regexp.MustCompile(`href="(/search\?[^"]*cursor=[^"]*)"`)
	var got []string
	path := "/search?limit=2&since=2026-03-02"
	for n := 0; path != "" && n < 10; n++ {
		code, body := fetch(t, mux, path)
		if code != 200 {
			t.Fatalf("%s: %d", path, code)
		}
		got = append(got, searchDaysTitles(body))
		path = ""
		if m := next.FindStringSubmatch(body); m != nil {
			path = html.UnescapeString(m[1])
			if !strings.Contains(path, "since=2026-03-02") {
				t.Errorf("Next %q drops since", path)
			}
		}
	}
	if strings.Join(got, ";") != "5,4;3,2" {
		t.Errorf("pages %q, want 5,4;3,2", got)
	}
}

// /search?q= takes since and until: the matches of those days only.
func TestSearchPageDays(t *testing.T) {
	mux := seedSearchDays(t)
	for _, c := range []struct{ path, want string }{
		{"/search?q=ferry", "2,4"},
		{"/search?q=ferry&since=2026-03-03", "4"},
		{"/search?q=ferry&until=2026-03-03", "2"},
		{"/search?q=ferry&since=2026-03-05", ""},
		{"/search?q=dues&since=2026-03-02&until=2026-03-03", "2,3"},
	} {
		code, body := fetch(t, mux, c.path)
		got := strings.Split(searchDaysTitles(body), ",")
		// The rank orders hits that tie by id: compare as a set.
		want := strings.Split(c.want, ",")
		if code != 200 || fmt.Sprint(sortedStrings(got)) != fmt.Sprint(sortedStrings(want)) {
			t.Errorf("%s: %d, days %q, want %q", c.path, code, got, want)
		}
	}
	// A bad day is the page's 400, the text and dates kept in the form.
	code, body := fetch(t, mux, "/search?q=ferry&since=March")
	if code != 400 || !strings.Contains(body, `name="q" type="search" value="ferry"`) || !strings.Contains(body, `name="since" value="March" `) || !strings.Contains(body, `aria-invalid="true"`) {
		t.Errorf("since=March: %d\n%s", code, body)
	}
	code, _ = fetch(t, mux, "/search?since=2026-03-05&until=2026-03-01")
	if code != 400 {
		t.Errorf("a span that ends before it starts: %d, want 400", code)
	}
}

func sortedStrings(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}
