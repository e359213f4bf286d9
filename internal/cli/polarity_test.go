package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// seedMarkedEvents stores, through merge, a treaty Ardenia and Belvar
// signed, a report that they have not signed one (another day), and talks
// they plan.
func seedMarkedEvents(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pub := time.Date(2024, 6, 3, 9, 0, 0, 0, time.UTC)
	ev := func(typ, cameo, date, pol, mod, text string) model.Event {
		return model.Event{ID: "e1", Type: typ, CAMEO: cameo, Date: date, QuadClass: 1, Goldstein: 1, Confidence: 1, Polarity: pol, Modality: mod,
			Source: []model.EventActor{{Text: "Ardenia", ActorID: "ARD", Country: "ARD"}}, Target: []model.EventActor{{Text: "Belvar", ActorID: "BLV", Country: "BLV"}},
			Evidence: []model.Evidence{{Text: text}}}
	}
	doc := func(url, text string, e model.Event) *model.Document {
		return &model.Document{Source: url, URL: url, Raw: []byte(text), Article: &model.Article{
			URL: url, Title: text[:20], Text: text, Published: &pub, Events: []model.Event{e}}}
	}
	docs := []*model.Document{
		doc("https://one.example/signed", "Ardenia and Belvar signed a border treaty on Monday.", ev("SUPPORT", "057", "2024-06-03", "asserted", "actual", "Ardenia and Belvar signed a border treaty on Monday.")),
		doc("https://two.example/unsigned", "Ardenia and Belvar have not signed a fishing accord.", ev("SUPPORT", "057", "2024-06-01", "negated", "actual", "Ardenia and Belvar have not signed a fishing accord.")),
		doc("https://three.example/talks", "Ardenia will hold talks with Belvar next month.", ev("CONSULT", "040", "2024-07", "asserted", "planned", "Ardenia will hold talks with Belvar next month.")),
	}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, d := range docs {
			if _, err := merge.Apply(ctx, tx, merge.NewArticle(d, pub), merge.Options{}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// events marks what did not take place before its type in the table, gives
// polarity and modality as the CSV's last columns and in the JSON, and
// --asserted lists only what took place.
func TestEventsPolarity(t *testing.T) {
	db := filepath.Join(t.TempDir(), "marks.db")
	seedMarkedEvents(t, db)
	for _, c := range []struct {
		args    []string
		want    []string
		absent  []string
		rows    int // lines of CSV after the header; -1: not counted
		comment string
	}{
		{[]string{"--format", "table"}, []string{"not:SUPPORT", "planned:CONSULT", " SUPPORT "}, nil, -1, "table marks"},
		{[]string{"--format", "csv"}, []string{",earliest,polarity,modality\n", ",negated,actual\n", ",asserted,planned\n", ",asserted,actual\n"}, []string{"not:"}, 3, "csv columns at the end"},
		{[]string{"--format", "csv", "--asserted"}, []string{",asserted,actual\n"}, []string{"negated", "planned"}, 1, "asserted only"},
		{[]string{"--format", "table", "--asserted"}, []string{"SUPPORT"}, []string{"not:", "planned:"}, -1, "asserted table"},
		{[]string{"--format", "json"}, []string{`"polarity": "negated"`, `"modality": "planned"`}, nil, -1, "json"},
	} {
		out, errOut, status := storeCmd(t, append([]string{"events", "--db", db}, c.args...)...)
		if status != 0 {
			t.Fatalf("%s: status %d %s", c.comment, status, errOut)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: want %q in\n%s", c.comment, w, out)
			}
		}
		for _, a := range c.absent {
			if strings.Contains(out, a) {
				t.Errorf("%s: want no %q in\n%s", c.comment, a, out)
			}
		}
		if c.rows >= 0 {
			if n := strings.Count(strings.TrimSpace(out), "\n"); n != c.rows {
				t.Errorf("%s: %d rows, want %d:\n%s", c.comment, n, c.rows, out)
			}
		}
	}
	// The one-event view marks the event too.
	out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "csv")
	if status != 0 {
		t.Fatal(errOut)
	}
	var negated string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasSuffix(line, ",negated,actual") {
			negated, _, _ = strings.Cut(line, ",")
		}
	}
	out, errOut, status = storeCmd(t, "events", "--db", db, "--format", "table", "--id", negated)
	if status != 0 || !strings.Contains(out, "Event "+negated+": not:SUPPORT") {
		t.Errorf("events --id %s: status %d %s\n%s; want the event marked not:", negated, status, errOut, out)
	}
}
