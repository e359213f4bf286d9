package web

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// seedSearchReported stores an article published on 10 March 2026 and an
// undated one last modified on 11 March, both about a toll.
func seedSearchReported(t *testing.T) *http.ServeMux {
	t.Helper()
	st := tempStore(t, "sreported.db")
	pub := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	ref := time.Date(2026, 3, 11, 8, 0, 0, 0, time.UTC)
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, a := range []*store.Article{
			{URL: "https://bridge.example/toll", Source: "https://bridge.example/toll", Site: "bridge.example", ContentHash: "toll:1",
				Title: "Bridge toll doubles", Text: "The bridge toll doubled overnight.", Published: &pub,
				Data: &model.Article{Title: "Bridge toll doubles", Published: &pub}},
			{URL: "https://undated.example/toll", Source: "https://undated.example/toll", Site: "undated.example", ContentHash: "toll:2",
				Title: "Drivers protest toll", Text: "Drivers protested the toll.",
				Data: &model.Article{Title: "Drivers protest toll", ReferenceDate: &ref}},
		} {
			if _, err := tx.InsertArticle(ctx, a); err != nil {
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

// A search hit shows the date its since and until match: an undated hit
// found by its reference date showed no date, so nothing said why it was
// among the 11th's articles. A date that is not the publish date says so
// ("seen"), as the latest articles' list says.
func TestSearchHitsShowReportDate(t *testing.T) {
	mux := seedSearchReported(t)
	for _, path := range []string{"/search?q=toll", "/search?q=toll&since=2026-03-11", "/search?q=drivers&until=2026-03"} {
		code, body := fetch(t, mux, path)
		if code != 200 || !strings.Contains(body, "Drivers protest toll") || !strings.Contains(body, "undated.example seen 11 Mar 2026") {
			t.Errorf("%s: %d, the undated hit is not shown with the day it was seen:\n%s", path, code, body)
		}
	}
	// Near miss: a published hit shows its publish date, unmarked.
	_, body := fetch(t, mux, "/search?q=bridge")
	if !strings.Contains(body, "bridge.example 10 Mar 2026") || strings.Contains(body, "seen 10 Mar") {
		t.Errorf("the published hit:\n%s", body)
	}
}

var headerForm = regexp.MustCompile(`(?s)<form class="search".*?</form>`)

// The header's search box keeps a search page's since and until (as
// given: a month stays a month), and says so in its name, as it keeps
// the limit: a new search from it searched every date.
func TestHeaderSearchKeepsDays(t *testing.T) {
	mux := seedSearchReported(t)
	for _, c := range []struct {
		path string
		want []string
		not  []string
	}{
		{"/search?q=toll&since=2026-03-11", []string{`<input type="hidden" name="since" value="2026-03-11">`, `Search articles reported since 2026-03-11</label>`}, []string{`name="until"`}},
		{"/search?until=2026-03&since=2026-03-10", []string{`name="since" value="2026-03-10"`, `name="until" value="2026-03"`, "reported since 2026-03-10, until 2026-03"}, nil},
		{"/search?q=toll&until=2026-03-10", []string{`<input type="hidden" name="until" value="2026-03-10">`, "Search articles until 2026-03-10"}, []string{`name="since"`}},
		// Near misses: no days, nothing to keep; a bad day is the
		// page's 400 and is not handed on; the events page's days
		// are the events' dates, not the articles'.
		{"/search?q=toll", []string{`<label for="q" class="visually-hidden">Search articles</label>`}, []string{`name="since"`, `name="until"`}},
		{"/search?q=toll&since=March", nil, []string{`name="since"`, `name="until"`}},
		{"/search?q=toll&since=2026-03-10&until=2026-03-01", nil, []string{`name="since"`, `name="until"`}},
		{"/events?since=2026-03-10", []string{`<label for="q" class="visually-hidden">Search articles</label>`}, []string{`name="since"`}},
	} {
		_, body := fetch(t, mux, c.path)
		form := headerForm.FindString(body)
		if form == "" {
			t.Errorf("%s: no header search form:\n%s", c.path, body)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(form, w) {
				t.Errorf("%s: header form lacks %q:\n%s", c.path, w, form)
			}
		}
		for _, n := range c.not {
			if strings.Contains(form, n) {
				t.Errorf("%s: header form has %q:\n%s", c.path, n, form)
			}
		}
	}
}
