package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files under testdata")

// seedPlacedReports stores three reports of one planned meeting: two put
// it in Dornas in the week of April 21, one in Velka in the week after
// (it counted "next week" from a later day).
func seedPlacedReports(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pub := time.Date(2025, 4, 14, 9, 0, 0, 0, time.UTC)
	doc := func(url, text, place, placeID, from, to string) *model.Document {
		ev := model.Event{ID: "e1", Type: "CONSULT", Date: "2025-04-21", DateFrom: from, DateTo: to, QuadClass: 1, Goldstein: 1, Confidence: 1,
			Source: []model.EventActor{{Text: "Ardenia", ActorID: "ARD", Country: "ARD"}}, Target: []model.EventActor{{Text: "Belvar", ActorID: "BLV", Country: "BLV"}},
			Location: &model.EventActor{Text: place, ActorID: placeID, Country: "BLV"},
			Evidence: []model.Evidence{{Text: text}}}
		return &model.Document{Source: url, URL: url, Raw: []byte(text), Article: &model.Article{
			URL: url, Title: text[:20], Text: text, Published: &pub, Events: []model.Event{ev},
			Actors: []model.ActorRef{{ID: "ARD", Name: "Ardenia", Type: "country", Country: "ARD"}, {ID: "BLV", Name: "Belvar", Type: "country", Country: "BLV"}},
		}}
	}
	docs := []*model.Document{
		doc("https://one.example/talks", "Ardenia will hold talks with Belvar in Dornas next week, officials said.", "Dornas", "BLV_DORNAS", "2025-04-21", "2025-04-27"),
		doc("https://two.example/talks", "Ardenian and Belvarian envoys are to meet in Dornas next week.", "Dornas", "BLV_DORNAS", "2025-04-21", "2025-04-27"),
		doc("https://three.example/talks", "Ardenia is to hold talks with Belvar in Velka next week, a spokesman said.", "Velka", "BLV_VELKA", "2025-04-28", "2025-05-04"),
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

// events --id shows a report's own span and place beside it where they
// differ from the event's (which keeps what most reports give), in the
// table and the CSV; the JSON gives every report's own in full.
func TestEventReportsShowOwnPlaceAndSpan(t *testing.T) {
	db := filepath.Join(t.TempDir(), "own.db")
	seedPlacedReports(t, db)

	out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "table", "--id", "1")
	if status != 0 {
		t.Fatalf("events --id: status %d %s", status, errOut)
	}
	if !strings.Contains(out, "Where: Dornas") || !strings.Contains(out, "on 2025-04-21/27") {
		t.Fatalf("the event does not keep the majority's place and span:\n%s", out)
	}
	var hdr, odd string
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(l, "article "):
			hdr = l
		case strings.Contains(l, "Velka"):
			odd = l
		}
	}
	if !strings.Contains(hdr, " dated ") || !strings.Contains(hdr, " where ") {
		t.Errorf("reports table header %q lacks dated and where", hdr)
	}
	if !strings.Contains(odd, "2025-04-28/05-04") || !strings.Contains(odd, "Velka (BLV)") {
		t.Errorf("the report that differs does not show its own span and place:\n%s", out)
	}
	if strings.Count(out, "Dornas (BLV)") != 1 || strings.Count(out, "2025-04-21/27") != 1 {
		t.Errorf("reports that agree with the event repeat its place or span:\n%s", out)
	}

	out, _, status = storeCmd(t, "events", "--db", db, "--format", "csv", "--id", "1")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if status != 0 || err != nil || len(recs) != 4 {
		t.Fatalf("events --id csv: status %d %v\n%s", status, err, out)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, r := range recs[1:] {
		dated, where := r[col["dated"]], r[col["where"]]
		if strings.Contains(r[4], "three.example") {
			if dated != "2025-04-28/05-04" || where != "Velka (BLV)" {
				t.Errorf("csv: differing report's own dated %q where %q", dated, where)
			}
		} else if dated != "" || where != "" {
			t.Errorf("csv: agreeing report %s shows dated %q where %q", r[4], dated, where)
		}
	}

	out, _, status = storeCmd(t, "events", "--db", db, "--format", "json", "--id", "1")
	var detail struct {
		Location string               `json:"location"`
		Mentions []store.EventMention `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(out), &detail); status != 0 || err != nil || len(detail.Mentions) != 3 {
		t.Fatalf("events --id json: status %d %v\n%s", status, err, out)
	}
	for _, m := range detail.Mentions {
		if m.LocationActor == "" || m.LocationCountry != "BLV" || m.DateFrom == "" || m.DateTo == "" {
			t.Errorf("json mention %s lacks its own place or span: %+v", m.URL, m)
		}
	}
}

// A report table whose reports all agree with the event stays as narrow
// as before: no dated or where column.
func TestEventReportsTableNarrowWhenAgreed(t *testing.T) {
	db := filepath.Join(t.TempDir(), "agree.db")
	seedEvents(t, db)
	out, _, status := storeCmd(t, "events", "--db", db, "--format", "table", "--id", "1")
	if status != 0 || !strings.Contains(out, "evidence") {
		t.Fatalf("events --id: status %d\n%s", status, out)
	}
	if strings.Contains(out, " dated ") || strings.Contains(out, " where ") {
		t.Errorf("agreeing reports grew dated/where columns:\n%s", out)
	}
}

// The CSV headers of events (one row per event) and events --id (one row
// per report) are golden: readers take columns by position, so a column
// added, moved or renamed must be a deliberate change of the golden file
// and of the README's description (go test -run CSVHeader -update).
func TestEventsCSVHeaderGolden(t *testing.T) {
	db := filepath.Join(t.TempDir(), "hdr.db")
	seedEvents(t, db)
	var got strings.Builder
	for _, args := range [][]string{{"events", "--db", db, "--format", "csv"}, {"events", "--db", db, "--format", "csv", "--id", "1"}} {
		out, errOut, status := storeCmd(t, args...)
		if status != 0 {
			t.Fatalf("%v: status %d %s", args, status, errOut)
		}
		hdr, _, _ := strings.Cut(out, "\n")
		got.WriteString(strings.Join(args[3:], " ") + ": " + hdr + "\n")
	}
	golden := filepath.Join("testdata", "events-csv-header.golden")
	if *updateGolden {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("events CSV headers changed (a positional reader breaks; update README and the golden file deliberately):\ngot:\n%swant:\n%s", got.String(), want)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(got.String()), "\n") {
		_, hdr, _ := strings.Cut(line, ": ")
		if !strings.Contains(string(readme), "`"+hdr+"`") {
			t.Errorf("README does not name the CSV columns %s", hdr)
		}
	}
}

// events --id shows one event: a filter or page flag beside it, ignored
// before, is refused (exit status 2, naming the flags); --db and
// --format still apply.
func TestEventsIDRefusesListFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "id.db")
	seedEvents(t, db)
	for _, tc := range []struct {
		args       []string
		wantStatus int
		wantErr    string
	}{
		{[]string{"--id", "1", "--format", "csv"}, 0, ""},
		{[]string{"--id", "1", "--actor", "RUS"}, 2, "--actor"},
		{[]string{"--id", "1", "--limit", "5", "--sort", "sources"}, 2, "--limit, --sort"},
		{[]string{"--id", "1", "--quad", "4"}, 2, "--quad"},
		{[]string{"--id", "1", "--total"}, 2, "--total"},
	} {
		_, errOut, status := storeCmd(t, append([]string{"events", "--db", db}, tc.args...)...)
		if status != tc.wantStatus || !strings.Contains(errOut, tc.wantErr) {
			t.Errorf("events %v: status %d (want %d), stderr %q (want it to name %q)", tc.args, status, tc.wantStatus, errOut, tc.wantErr)
		}
	}
}
