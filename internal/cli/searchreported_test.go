package cli

import (
	"context"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// A search's rows give each hit's report date, the date --since and
// --until match, and which date it is: an undated article found by its
// reference date had an empty "published" cell, so nothing said why
// --since 2026-06-02 had found it.
func TestSearchCommandReportDates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "reported.db")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// One published late on the 1st at Nairobi's offset, and an undated
	// one last modified on the 2nd.
	nairobi := time.Date(2026, 6, 1, 23, 0, 0, 0, time.FixedZone("EAT", 3*3600))
	ref := time.Date(2026, 6, 2, 7, 0, 0, 0, time.UTC)
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, a := range []*store.Article{
			{URL: "https://nairobi.example/maize", Source: "https://nairobi.example/maize", Site: "nairobi.example", ContentHash: "maize:1",
				Title: "Maize prices climb", Text: "Maize prices climbed in Nairobi.", Published: &nairobi,
				Data: &model.Article{Title: "Maize prices climb", Published: &nairobi}},
			{URL: "https://undated.example/maize", Source: "https://undated.example/maize", Site: "undated.example", ContentHash: "maize:2",
				Title: "Maize imports rise", Text: "Maize imports rose again.",
				Data: &model.Article{Title: "Maize imports rise", ReferenceDate: &ref}},
		} {
			if _, err := tx.InsertArticle(ctx, a); err != nil {
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
		want map[string]string // title: "day source"
	}{
		{[]string{"maize"}, map[string]string{"Maize prices climb": "2026-06-01 published", "Maize imports rise": "2026-06-02 reference"}},
		{[]string{"--since", "2026-06-02", "maize"}, map[string]string{"Maize imports rise": "2026-06-02 reference"}},
		{[]string{"--until", "2026-06-01", "prices"}, map[string]string{"Maize prices climb": "2026-06-01 published"}},
	} {
		out, errOut, status := storeCmd(t, append([]string{"search", "--db", path, "--format", "csv"}, c.args...)...)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if status != 0 || err != nil || len(recs) == 0 {
			t.Errorf("%q: status %d, %q %q (%v)", c.args, status, out, errOut, err)
			continue
		}
		if got := strings.Join(recs[0], ","); got != "id,reported,date_source,site,title,snippet" {
			t.Errorf("%q: header %q", c.args, got)
		}
		got := map[string]string{}
		for _, r := range recs[1:] {
			got[r[4]] = r[1] + " " + r[2]
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: %v, want %v", c.args, got, c.want)
		}
		for title, w := range c.want {
			if got[title] != w {
				t.Errorf("%q: %q reported %q, want %q", c.args, title, got[title], w)
			}
		}
	}
}
