package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// The sentence that heads events --id in a table names an unknown side
// "—" (as the web event page does) rather than leaving a gap, and counts
// its reports, articles and sources in the number they take: most events
// have a single report.
func TestEventDetailHeading(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "heading.db")
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 6, 3, 9, 0, 0, 0, time.UTC)
	evs := []store.Event{
		// "Military aid was sent to Volmark on Tuesday": no giver named.
		{Key: "k1", Type: "AID", CAMEO: "072", TargetActor: "VLM", TargetName: "Volmark",
			Date: "2025-06-03", Precision: "day", QuadClass: 2, Polarity: "asserted", Modality: "actual"},
		{Key: "k2", Type: "CONSULT", CAMEO: "040", SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark",
			Date: "2025-06-03", Precision: "day", QuadClass: 1, Polarity: "asserted", Modality: "actual"},
	}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range evs {
			if _, err := tx.InsertEvent(ctx, &evs[i]); err != nil {
				return err
			}
		}
		// The first event has one report; the second two, from two outlets.
		for i, r := range []struct {
			event int
			site  string
		}{{0, "wire1.example"}, {1, "wire1.example"}, {1, "wire2.example"}} {
			n := string(rune('1' + i))
			id, err := tx.InsertArticle(ctx, &store.Article{URL: "https://" + r.site + "/a" + n, Source: r.site, Site: r.site,
				ContentHash: "h" + n, Title: "Report " + n, Text: "Report " + n + ".", Published: &pub})
			if err != nil {
				return err
			}
			if err := tx.AddMention(ctx, &store.EventMention{EventID: evs[r.event].ID, ArticleID: id, ArticleEventID: "e1",
				Polarity: "asserted", Modality: "actual", Text: "Report " + n + "."}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	for _, tc := range []struct {
		id   string
		want []string
	}{
		{"1", []string{"Event 1: AID — -> Volmark (VLM) on 2025-06-03\n", "\n1 report in 1 article from 1 independent source; earliest: "}},
		{"2", []string{"Event 2: CONSULT Kestria (KST) -> Volmark (VLM) on 2025-06-03\n", "\n2 reports in 2 articles from 2 independent sources; earliest: "}},
	} {
		out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "table", "--id", tc.id)
		if status != 0 {
			t.Fatalf("events --id %s: status %d %s", tc.id, status, errOut)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("events --id %s: want %q in\n%s", tc.id, w, out)
			}
		}
	}
}
