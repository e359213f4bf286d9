package api

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// seedQuoteDays stores one article a day on each of days (YYYY-MM-DD),
// written for this test, each quoting a ferry operator once with the
// day as the quote's text.
func seedQuoteDays(t *testing.T, st store.Store, days ...string) {
	t.Helper()
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, day := range days {
			pub, err := time.Parse(time.DateOnly, day)
			if err != nil {
				return err
			}
			pub = pub.Add(9 * time.Hour)
			url := "https://ferries.example/" + day
			data := &model.Article{URL: url, Title: "Ferry timetable", Published: &pub, Site: "ferries.example",
				Quotes: []model.Quote{{Text: day, Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Ilse Brandt", ActorID: "Q_BRANDT"}}}}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, Site: "ferries.example", ContentHash: url,
				Title: "Ferry timetable", Text: "Ferry timetable.", Published: &pub, Data: data}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestAPIQuotesMonthAndYear: quotes are dated by day, so a month or a
// year since (the form /api/events, the graph and the timeline take) is
// its first day and a month or a year until its last, month lengths and
// leap years included; a day stays a day, and what is no date at all is
// still refused.
func TestAPIQuotesMonthAndYear(t *testing.T) {
	st := openTestStore(t)
	seedQuoteDays(t, st, "2024-02-28", "2024-02-29", "2024-03-01", "2024-12-31", "2025-01-31", "2025-02-28", "2025-03-01")
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		query string
		want  []string // newest first
	}{
		{"since=2025-02", []string{"2025-03-01", "2025-02-28"}},
		{"until=2025-02", []string{"2025-02-28", "2025-01-31", "2024-12-31", "2024-03-01", "2024-02-29", "2024-02-28"}},
		{"since=2025-02&until=2025-02", []string{"2025-02-28"}},
		{"since=2024-02&until=2024-02", []string{"2024-02-29", "2024-02-28"}},
		{"since=2025", []string{"2025-03-01", "2025-02-28", "2025-01-31"}},
		{"until=2024", []string{"2024-12-31", "2024-03-01", "2024-02-29", "2024-02-28"}},
		{"since=2024-12&until=2025-01", []string{"2025-01-31", "2024-12-31"}},
		{"since=2024&until=2024", []string{"2024-12-31", "2024-03-01", "2024-02-29", "2024-02-28"}},
		// A day is read as before: not widened to its month.
		{"since=2025-02-28", []string{"2025-03-01", "2025-02-28"}},
		{"until=2024-02-28", []string{"2024-02-28"}},
		{"since=2023-06&until=2023-06", []string{}},
	} {
		res, body := get(t, h, "GET", "/api/quotes?speaker=Q_BRANDT&"+c.query, "")
		var p Page[store.Quote]
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 200 {
			t.Errorf("%s: %d %s", c.query, res.StatusCode, body)
			continue
		}
		got := []string{}
		for _, q := range p.Items {
			got = append(got, q.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.query, got, c.want)
		}
	}
	for _, c := range []struct{ query, field string }{
		{"since=2025-2", "since"},
		{"until=2025-13", "until"},
		{"since=25", "since"},
		{"until=Feb+2025", "until"},
		// A month after the until's: refused as an inverted span.
		{"since=2025-03&until=2025-02", "until"},
		{"since=2025&until=2024-12", "until"},
	} {
		var e errorBody
		if res, body := get(t, h, "GET", "/api/quotes?"+c.query, ""); res.StatusCode != 400 || json.Unmarshal(body, &e) != nil || e.Field != c.field {
			t.Errorf("%s: %d %s, want a 400 on %s", c.query, res.StatusCode, body, c.field)
		}
	}
}

func TestPeriodDay(t *testing.T) {
	for _, c := range []struct {
		in   string
		end  bool
		want string
	}{
		{"2025", false, "2025-01-01"},
		{"2025", true, "2025-12-31"},
		{"2025-02", false, "2025-02-01"},
		{"2025-02", true, "2025-02-28"},
		{"2024-02", true, "2024-02-29"},
		{"2025-04", true, "2025-04-30"},
		{"2025-12", true, "2025-12-31"},
		{"9999", true, "9999-12-31"},
		{"2025-02-14", false, "2025-02-14"},
		{"2025-02-14", true, "2025-02-14"},
	} {
		if got := periodDay(c.in, c.end); got != c.want {
			t.Errorf("periodDay(%q, %v) = %q, want %q", c.in, c.end, got, c.want)
		}
	}
}
