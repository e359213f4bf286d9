package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// TestQuotesMonthAndYear: `quotes --since` and `--until` take a month or a
// year as /api/quotes does (a month's since is its first day, its until
// its last), and still refuse what is no date.
func TestQuotesMonthAndYear(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "q.db")
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// One quote an article, each article dated by its publish day.
	days := map[string]string{
		"2025-03-31": "The ferry timetable stays as it is",
		"2025-04-01": "Port fees will rise in the spring",
		"2025-04-30": "The dredging contract is signed",
		"2025-05-01": "Night shifts resume at the container terminal",
		"2026-01-02": "The new quay opens next year",
	}
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		i := 0
		for day, text := range days {
			i++
			pub, _ := time.Parse(time.DateOnly, day)
			pub = pub.Add(10 * time.Hour)
			url := "https://harbour.example/" + day
			data := &model.Article{URL: url, Title: "Harbour " + day, Published: &pub,
				Quotes: []model.Quote{{Text: text, Kind: model.QuoteDirect, Speaker: &model.Speaker{Text: "Ilse Brandt"}}}}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, ContentHash: "h" + day, Title: data.Title,
				Text: "Harbour.", Published: &pub, Data: data}); err != nil {
				return err
			}
		}
		return nil
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want []string // the days of the quotes listed
	}{
		{[]string{"--since", "2025-04", "--until", "2025-04"}, []string{"2025-04-01", "2025-04-30"}},
		{[]string{"--since", "2025-04"}, []string{"2025-04-01", "2025-04-30", "2025-05-01", "2026-01-02"}},
		{[]string{"--until", "2025-04"}, []string{"2025-03-31", "2025-04-01", "2025-04-30"}},
		{[]string{"--since", "2026"}, []string{"2026-01-02"}},
		{[]string{"--until", "2025"}, []string{"2025-03-31", "2025-04-01", "2025-04-30", "2025-05-01"}},
		// A day is itself, as before.
		{[]string{"--since", "2025-04-30", "--until", "2025-05-01"}, []string{"2025-04-30", "2025-05-01"}},
	} {
		args := append([]string{"quotes", "--db", db, "--format", "json"}, c.args...)
		out, errOut, status := storeCmd(t, args...)
		var quotes []store.Quote
		if err := json.Unmarshal([]byte(out), &quotes); status != 0 || err != nil {
			t.Errorf("%q: %d %v %s", c.args, status, err, errOut)
			continue
		}
		var got, want []string
		for _, q := range quotes {
			got = append(got, q.Text)
		}
		for _, d := range c.want {
			want = append(want, days[d])
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", c.args, got, want)
		}
	}
	// A month whose last day is before since is an inverted span, named
	// as given; no date at all is still a usage error.
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--since", "2025-05", "--until", "2025-04"}, "until (2025-04) is before since (2025-05)"},
		{[]string{"--since", "2025-13"}, `--since: "2025-13" is not a date`},
		{[]string{"--until", "April"}, `--until: "April" is not a date`},
	} {
		args := append([]string{"quotes", "--db", db}, c.args...)
		if _, errOut, status := storeCmd(t, args...); status != 2 || !strings.Contains(errOut, c.msg) {
			t.Errorf("%q: %d %q, want status 2 saying %q", c.args, status, errOut, c.msg)
		}
	}
}
