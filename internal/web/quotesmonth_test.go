package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// The quotes page takes a month or a year as the events page does (the
// API's rule: since its first day, until its last), and its form keeps
// what was typed; it answered "since: not a date" to since=2025-02.
func TestQuotesPageMonthAndYear(t *testing.T) {
	st := tempStore(t, "qm.db")
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, day := range []string{"2025-01-31", "2025-02-28", "2025-03-01"} {
			pub, _ := time.Parse(time.DateOnly, day)
			url := "https://ferries.example/" + day
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, ContentHash: url, Title: "Ferry timetable", Text: "Ferry timetable.", Published: &pub,
				Data: &model.Article{Title: "Ferry timetable", Published: &pub,
					Quotes: []model.Quote{{Text: "said on " + day, Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Ilse Brandt"}}}}}); err != nil {
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
	for _, c := range []struct {
		path      string
		want, not []string
	}{
		{"/quotes?since=2025-02", []string{"said on 2025-02-28", "said on 2025-03-01", `value="2025-02"`}, []string{"said on 2025-01-31"}},
		{"/quotes?until=2025-02", []string{"said on 2025-02-28", "said on 2025-01-31", `value="2025-02"`}, []string{"said on 2025-03-01"}},
		{"/quotes?since=2025-02&until=2025-02", []string{"said on 2025-02-28"}, []string{"said on 2025-01-31", "said on 2025-03-01"}},
		{"/quotes?since=2025&until=2025", []string{"said on 2025-01-31", "said on 2025-02-28", "said on 2025-03-01"}, nil},
	} {
		code, body := fetch(t, mux, c.path)
		if code != 200 {
			t.Errorf("%s: %d", c.path, code)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: no %q", c.path, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(body, w) {
				t.Errorf("%s: lists %q", c.path, w)
			}
		}
	}
	// Still refused: a month that is no month.
	if code, _ := fetch(t, mux, "/quotes?since=2025-13"); code != 400 {
		t.Errorf("/quotes?since=2025-13: %d, want 400", code)
	}
}
