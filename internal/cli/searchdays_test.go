package cli

import (
	"context"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// seedSearchDays stores one article a day from 1 to 4 April 2026, titled
// "Grain quota day N"; the odd days are also about a pipeline.
func seedSearchDays(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "days.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for day := 1; day <= 4; day++ {
			u := fmt.Sprintf("https://grain.example/quota-%d", day)
			p := time.Date(2026, 4, day, 9, 0, 0, 0, time.UTC)
			title := fmt.Sprintf("Grain quota day %d", day)
			text := "The ministry set a grain export quota, officials said."
			if day%2 == 1 {
				text += " A pipeline deal was also signed."
			}
			if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "grain.example", ContentHash: u, Title: title, Text: text,
				Published: &p, Data: &model.Article{URL: u, Title: title, Text: text, Published: &p}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// titlesOf reads the title column of a CSV listing.
func titlesOf(t *testing.T, out string) string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("not CSV: %q (%v)", out, err)
	}
	col := -1
	for i, h := range recs[0] {
		if h == "title" {
			col = i
		}
	}
	var days []string
	for _, r := range recs[1:] {
		days = append(days, strings.TrimPrefix(r[col], "Grain quota day "))
	}
	return strings.Join(days, ",")
}

// search without text lists the latest articles (as /api/articles without
// q), within --since and --until; with text, --since and --until keep the
// matches of those days.
func TestSearchCommandDays(t *testing.T) {
	db := seedSearchDays(t)
	for _, c := range []struct {
		args   []string
		want   string
		ranked bool // a search, ordered by rank: compared as a set
	}{
		{nil, "4,3,2,1", false},
		{[]string{"--since", "2026-04-03"}, "4,3", false},
		{[]string{"--until", "2026-04-02"}, "2,1", false},
		{[]string{"--since", "2026-04", "--until", "2026-04-01"}, "1", false},
		{[]string{"--limit", "2", "--offset", "1"}, "3,2", false},
		{[]string{"pipeline"}, "1,3", true},
		{[]string{"--since", "2026-04-02", "pipeline"}, "3", true},
		{[]string{"--until", "2026-04-02T23:00:00Z", "pipeline"}, "1", true},
		{[]string{"--since", "2026-05", "quota"}, "", true},
	} {
		args := append([]string{"search", "--db", db, "--format", "csv"}, c.args...)
		out, errOut, status := storeCmd(t, args...)
		if status != 0 {
			t.Errorf("%q: status %d, %s", c.args, status, errOut)
			continue
		}
		got := titlesOf(t, out)
		if c.ranked {
			g, w := strings.Split(got, ","), strings.Split(c.want, ",")
			slices.Sort(g)
			slices.Sort(w)
			got, c.want = strings.Join(g, ","), strings.Join(w, ",")
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.args, got, c.want)
		}
	}
	out, _, _ := storeCmd(t, "search", "--db", db, "--format", "csv")
	if !strings.HasPrefix(out, "id,reported,date_source,site,title\n") || !strings.Contains(out, ",2026-04-04,published,grain.example,") {
		t.Errorf("the latest articles' listing: %q", out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--since", "April", "quota"}, `--since: "April" is not a date`},
		{[]string{"--since", "2026-04-03", "--until", "2026-04-01"}, "--until: until (2026-04-01) is before since (2026-04-03)"},
	} {
		_, errOut, status := storeCmd(t, append([]string{"search", "--db", db}, c.args...)...)
		if status != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%q: status %d, %q; want 2 and %q", c.args, status, errOut, c.want)
		}
	}
}
