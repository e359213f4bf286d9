package cli

import (
	"context"
	"encoding/csv"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

func TestToldAsCell(t *testing.T) {
	done := store.Event{Polarity: "asserted", Modality: "actual"}
	denied := store.Event{Polarity: "negated", Modality: "actual"}
	for _, tc := range []struct {
		name string
		m    store.EventMention
		e    store.Event
		want string
	}{
		{"agrees", store.EventMention{Polarity: "asserted", Modality: "actual"}, done, ""},
		{"denies", store.EventMention{Polarity: "negated", Modality: "actual"}, done, "not taken place"},
		{"tells a denied act as done", store.EventMention{Polarity: "asserted", Modality: "actual"}, denied, "taken place"},
		{"planned", store.EventMention{Polarity: "asserted", Modality: "planned"}, done, "planned"},
		{"denied and hypothetical", store.EventMention{Polarity: "negated", Modality: "hypothetical"}, done, "not taken place, hypothetical"},
		{"stored before polarity and modality", store.EventMention{}, denied, ""},
	} {
		if got := toldAsCell(tc.m, tc.e); got != tc.want {
			t.Errorf("%s: toldAsCell = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// events --id shows how a report tells the act where that differs from
// its event (a denial beside reports of the act, a plan beside the act
// done): a "told as" column in the table only then, told_as last in the
// CSV.
func TestEventReportsShowToldAs(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "toldas.db")
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2025, 6, 3, 9, 0, 0, 0, time.UTC)
	e := store.Event{Key: "k1", Type: "CONSULT", CAMEO: "040", SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark",
		Date: "2025-06-03", Precision: "day", QuadClass: 1, Polarity: "asserted", Modality: "actual"}
	reports := []store.EventMention{
		{Polarity: "asserted", Modality: "actual", Text: "Kestrian and Volmarki ministers met in the capital on Tuesday."},
		{Polarity: "negated", Modality: "actual", Text: "Kestrian ministers did not meet their Volmarki counterparts on Tuesday."},
		{Polarity: "asserted", Modality: "planned", Text: "Kestrian ministers are to meet Volmarki envoys on Tuesday."},
	}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertEvent(ctx, &e); err != nil {
			return err
		}
		for i, m := range reports {
			s := strconv.Itoa(i + 1)
			id, err := tx.InsertArticle(ctx, &store.Article{URL: "https://wire" + s + ".example/a", Source: "wire" + s, Site: "wire" + s + ".example",
				ContentHash: "h" + s, Title: "Talks " + s, Text: m.Text, Published: &pub})
			if err != nil {
				return err
			}
			m.EventID, m.ArticleID, m.ArticleEventID = e.ID, id, "e1"
			if err := tx.AddMention(ctx, &m); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "table", "--id", "1")
	if status != 0 {
		t.Fatalf("events --id: status %d %s", status, errOut)
	}
	want := map[string]string{"did not meet": "not taken place", "are to meet": "planned", "met in the capital": ""}
	var hdr string
	seen := 0
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "article ") {
			hdr = l
		}
		for text, told := range want {
			if !strings.Contains(l, text) {
				continue
			}
			seen++
			if told != "" && !strings.Contains(l, told) {
				t.Errorf("report %q does not show told as %q:\n%s", text, told, l)
			}
			if told == "" && (strings.Contains(l, "taken place") || strings.Contains(l, "planned")) {
				t.Errorf("agreeing report %q shows a telling of its own:\n%s", text, l)
			}
		}
	}
	if !strings.Contains(hdr, "told as") || seen != 3 {
		t.Fatalf("reports table lacks the told as column or a report (%d of 3):\n%s", seen, out)
	}

	out, _, status = storeCmd(t, "events", "--db", db, "--format", "csv", "--id", "1")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if status != 0 || err != nil || len(recs) != 4 || recs[0][len(recs[0])-1] != "told_as" {
		t.Fatalf("events --id csv: status %d %v\n%s", status, err, out)
	}
	for _, r := range recs[1:] {
		for text, told := range want {
			if strings.Contains(r[6], text) && r[len(r)-1] != told {
				t.Errorf("csv: report %q told_as %q, want %q", text, r[len(r)-1], told)
			}
		}
	}
}
