package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

func storeCmd(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Getenv: func(string) string { return "" }}
	status = Run(context.Background(), env, append([]string{"newsgraph"}, args...))
	return out.String(), errb.String(), status
}

// seedEvents stores two reports of one event (two outlets) and one other
// event, through the same merge code ingest uses.
func seedEvents(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pub := time.Date(2024, 6, 3, 9, 0, 0, 0, time.UTC)
	doc := func(url, text string, ev model.Event) *model.Document {
		return &model.Document{Source: url, URL: url, Raw: []byte(text), Article: &model.Article{
			URL: url, Title: text[:20], Text: text, Published: &pub, Events: []model.Event{ev},
			Actors: []model.ActorRef{{ID: "MDA", Name: "Moldova", Type: "country", Country: "MDA"}, {ID: "ROU", Name: "Romania", Type: "country", Country: "ROU"}},
		}}
	}
	talks := model.Event{ID: "e1", Type: "CONSULT", Date: "2024-06-03", QuadClass: 1, Goldstein: 1, Confidence: 1,
		Source: []model.EventActor{{Text: "Moldova", ActorID: "MDA", Country: "MDA"}}, Target: []model.EventActor{{Text: "Romania", ActorID: "ROU", Country: "ROU"}},
		Evidence: []model.Evidence{{Text: "Moldova held talks with Romania."}}}
	clash := model.Event{ID: "e1", Type: "ASSAULT", Date: "2024-06-01", QuadClass: 4, Goldstein: -9,
		Source: []model.EventActor{{Text: "militants"}}, Target: []model.EventActor{{Text: "Romania", ActorID: "ROU", Country: "ROU"}},
		Location: &model.EventActor{Text: "Dornas", ActorID: "ROU_DORNAS", Country: "ROU"}}
	docs := []*model.Document{
		doc("https://one.example/talks", "Moldova's envoy held talks with Romania's foreign minister about the border.", talks),
		doc("https://two.example/news/42", "Talks between Moldova and Romania opened in the capital, officials said.", talks),
		doc("https://three.example/clash", "Militants attacked a Romania border post overnight, police said.", clash),
	}
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, d := range docs {
			if _, err := merge.Apply(ctx, tx, merge.NewArticle(d, pub), merge.Options{}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestIngestThenQuery(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	corpus := filepath.Join(dir, "in")
	os.MkdirAll(corpus, 0o755)
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte("Harbour strike ends\n\nDockworkers in Port Alma returned to work after a week-long strike over pay."), 0o644)
	os.WriteFile(filepath.Join(corpus, "b.html"), []byte("<html><head><title>Rail line reopens</title></head><body><article><p>The coastal rail line reopened on Friday after storm repairs were finished ahead of schedule.</p></article></body></html>"), 0o644)
	os.WriteFile(filepath.Join(corpus, "empty.txt"), []byte("   "), 0o644)

	out, errOut, status := storeCmd(t, "ingest", "--db", db, "--format", "json", "--progress", "never", corpus)
	if status != 1 { // the batch ran to the end; one input failed
		t.Fatalf("ingest: status %d, want 1\n%s", status, errOut)
	}
	var stats struct{ Items, Stored, Failed, Skipped int }
	if err := json.Unmarshal([]byte(out), &stats); err != nil {
		t.Fatalf("ingest summary %q: %v", out, err)
	}
	if stats.Items != 3 || stats.Stored != 2 || stats.Failed != 1 {
		t.Errorf("ingest stats = %+v, want 3 items, 2 stored, 1 failed (the empty file)", stats)
	}
	out, _, status = storeCmd(t, "ingest", "--db", db, "--failures", "--format", "json")
	if status != 0 || !strings.Contains(out, "empty.txt") || strings.Count(out, "\n") != 1 {
		t.Errorf("ingest --failures: %d %q", status, out)
	}
	// The table gives the reason in its error column, not the long path
	// again (a cell is cut to 60 characters).
	out, _, _ = storeCmd(t, "ingest", "--db", db, "--failures")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || !strings.HasSuffix(lines[1], "  input is empty") || !strings.Contains(lines[1], "empty.txt") {
		t.Errorf("ingest --failures table:\n%s", out)
	}
	out, _, _ = storeCmd(t, "ingest", "--db", db, "--format", "json", "--progress", "never", corpus)
	json.Unmarshal([]byte(out), &stats)
	if stats.Stored != 0 || stats.Skipped != 2 {
		t.Errorf("second ingest = %+v, want everything skipped", stats)
	}

	out, errOut, status = storeCmd(t, "search", "--db", db, "--format", "jsonl", "strike")
	if status != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "Harbour strike ends") || !strings.Contains(out, "[strike]") {
		t.Errorf("search: status %d, out %q, err %q", status, out, errOut)
	}
	out, _, status = storeCmd(t, "search", "--db", db, "--format", "csv", "rail", "line")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	// The title column by its name, not its place: the columns before
	// it may grow (the search's report date and its source).
	titleCol := -1
	if len(recs) > 0 {
		titleCol = slices.Index(recs[0], "title")
	}
	if status != 0 || err != nil || len(recs) != 2 || titleCol < 0 || recs[1][titleCol] != "Rail line reopens" {
		t.Errorf("search csv: %q (%v)", out, err)
	}
	// A search text that is no search is a usage error (status 2), as a
	// bad filter of events is and as the API answers it with a 400.
	for _, q := range []string{`"`, "NOT strike"} {
		_, errOut, status = storeCmd(t, "search", "--db", db, q)
		if status != 2 || !strings.Contains(errOut, "newsgraph search: ") {
			t.Errorf("search %q: status %d, stderr %q; want 2", q, status, errOut)
		}
	}
}

func TestEventsAndActorsCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.db")
	seedEvents(t, db)
	decode := func(out string) []store.Event {
		var evs []store.Event
		if err := json.Unmarshal([]byte(out), &evs); err != nil {
			t.Fatalf("events json %q: %v", out, err)
		}
		return evs
	}
	out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "json")
	evs := decode(out)
	if status != 0 || len(evs) != 2 || evs[0].Type != "CONSULT" || evs[0].NumSources != 2 || evs[0].NumArticles != 2 {
		t.Fatalf("events: status %d %s\n%s", status, errOut, out)
	}
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--actor", "ROU"}, []string{"CONSULT", "ASSAULT"}},
		{[]string{"--source", "militants"}, []string{"ASSAULT"}},
		{[]string{"--country", "mda"}, []string{"CONSULT"}},
		{[]string{"--quad", "4"}, []string{"ASSAULT"}},
		{[]string{"--min-sources", "2"}, []string{"CONSULT"}},
		{[]string{"--since", "2024-06-02"}, []string{"CONSULT"}},
		{[]string{"--until", "2024-06-02"}, []string{"ASSAULT"}},
		// A month or a year runs to its end (it compared as text and
		// left out every day of the period).
		{[]string{"--until", "2024-06"}, []string{"CONSULT", "ASSAULT"}},
		{[]string{"--since", "2024", "--until", "2024"}, []string{"CONSULT", "ASSAULT"}},
		{[]string{"--sort", "goldstein"}, []string{"ASSAULT", "CONSULT"}},
		{[]string{"--type", "agree"}, nil},
		// An IGO code is a country code the store holds (was refused
		// as not 3 letters); none of these events has one.
		{[]string{"--country", "nato"}, nil},
		{[]string{"--country", "G20"}, nil},
		// Where the event happened, not whom it involved: the clash
		// was in a Romania town; the talks named no place.
		{[]string{"--where", "ROU"}, []string{"ASSAULT"}},
		{[]string{"--where", "rou", "--actor", "ROU"}, []string{"ASSAULT"}},
		{[]string{"--where", "MDA"}, nil},
		// A country by its name or demonym, as the API reads it.
		{[]string{"--country", "Moldova"}, []string{"CONSULT"}},
		{[]string{"--country", "moldovan"}, []string{"CONSULT"}},
		{[]string{"--where", "Romania"}, []string{"ASSAULT"}},
	}
	for _, c := range cases {
		out, errOut, status := storeCmd(t, append([]string{"events", "--db", db, "--format", "json"}, c.args...)...)
		var got []string
		for _, e := range decode(out) {
			got = append(got, e.Type)
		}
		if status != 0 || strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("events %v: %v (status %d %s), want %v", c.args, got, status, errOut, c.want)
		}
	}
	// What the API refuses, the CLI refuses (these listed nothing, or a
	// clamped page, with status 0).
	for _, bad := range [][]string{{"--quad", "9"}, {"--sort", "nope"}, {"--since", "June"}, {"stray"}, {"--format", "xml"},
		{"--country", "XX"}, {"--where", "NATO"}, {"--where", "BL"},
		// A code nothing carries listed nothing with status 0.
		{"--country", "ZZZ"}, {"--where", "ZZZ"}, {"--country", "Atlantis"}, {"--limit", "0"}, {"--limit", "5000"}, {"--offset", "-1"}, {"--min-sources", "-1"}} {
		if _, _, status := storeCmd(t, append([]string{"events", "--db", db}, bad...)...); status != 2 {
			t.Errorf("events %v: status %d, want 2", bad, status)
		}
	}
	for _, args := range [][]string{{"search", "--limit", "0", "talks"}, {"search", "--offset", "-2", "talks"}, {"actors", "--limit", "5000"}} {
		if _, errOut, status := storeCmd(t, append(args, "--db", db)...); status != 2 || !strings.Contains(errOut, args[1]) {
			t.Errorf("%v: status %d %q, want 2 naming the flag", args, status, errOut)
		}
	}
	if _, errOut, status := storeCmd(t, "export", "--db", db, "--format", "jsonl", "--country", "NATO"); status != 0 {
		t.Errorf("export --country NATO: status %d %q", status, errOut)
	}
	for _, bad := range [][]string{{"--since", "nope"}, {"--until", "2024-13"}, {"--country", "XX"}, {"--country", "NATO-X"}, {"--quad-class", "9"}} {
		if _, errOut, status := storeCmd(t, append([]string{"export", "--db", db, "--format", "jsonl"}, bad...)...); status != 2 || !strings.Contains(errOut, bad[0]) {
			t.Errorf("export %v: status %d %q, want 2 naming the flag", bad, status, errOut)
		}
	}
	if out, errOut, status := storeCmd(t, "export", "--db", db, "--format", "jsonl", "--where", "ROU"); status != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"location_country":"ROU"`) {
		t.Errorf("export --where ROU: status %d %q\n%s", status, errOut, out)
	}
	out, _, status = storeCmd(t, "events", "--db", db, "--format", "table", "--id", "2")
	if status != 0 || !strings.Contains(out, "Where: Dornas, Romania (ROU)\n") {
		t.Errorf("event detail of the clash:\n%s", out)
	}
	out, _, status = storeCmd(t, "events", "--db", db, "--format", "table", "--id", "1")
	if status != 0 || !strings.Contains(out, "2 independent sources") || !strings.Contains(out, "one.example") || !strings.Contains(out, "two.example") {
		t.Errorf("event detail:\n%s", out)
	}
	out, _, status = storeCmd(t, "events", "--db", db, "--format", "table")
	if status != 0 || !strings.Contains(out, "Moldova (MDA)") || !strings.HasPrefix(out, "id") {
		t.Errorf("events table:\n%s", out)
	}
	if !strings.Contains(out, "  where  ") || !strings.Contains(out, "Dornas, Romania (ROU)") {
		t.Errorf("events table: want a where column with the clash's place and country code:\n%s", out)
	}

	out, _, status = storeCmd(t, "actors", "--db", db, "--format", "jsonl")
	if status != 0 || !strings.HasPrefix(out, `{"id":"ROU"`) {
		t.Errorf("top actors: %s", out)
	}
	out, _, status = storeCmd(t, "actors", "--db", db, "--format", "csv", "--actor", "Romania")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	// A counterpart without an id is listed under the id the graph gives
	// it, "name:militants" (it was an empty id), which names it in turn.
	if status != 0 || err != nil || len(recs) != 3 || recs[1][0] != "MDA" || recs[2][1] != "militants" || recs[2][0] != "name:militants" {
		t.Errorf("counterparts of Romania: %q", out)
	}
	out, _, status = storeCmd(t, "actors", "--db", db, "--format", "csv", "--actor", "name:militants")
	recs, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	if status != 0 || err != nil || len(recs) != 2 || recs[1][0] != "ROU" {
		t.Errorf("counterparts of name:militants: %q", out)
	}
}

func TestDBFlag(t *testing.T) {
	// A PostgreSQL URL goes to the server (none listens on loopback port
	// 1): the error names it without the password.
	_, errOut, status := storeCmd(t, "events", "--db", "postgres://u:secret@127.0.0.1:1/ng?connect_timeout=5")
	if status != 1 || !strings.Contains(errOut, "postgres://u:xxx@127.0.0.1:1/ng") || !strings.Contains(errOut, "refused") || strings.Contains(errOut, "secret") {
		t.Errorf("postgres: status %d, %q", status, errOut)
	}
	_, errOut, status = storeCmd(t, "events", "--db", "mysql://u:secret@localhost/ng")
	if status != 1 || !strings.Contains(errOut, "not supported yet") || strings.Contains(errOut, "secret") {
		t.Errorf("mysql: status %d, %q", status, errOut)
	}
	_, errOut, status = storeCmd(t, "search", "--db", filepath.Join(t.TempDir(), "missing.db"), "x")
	if status != 1 || !strings.Contains(errOut, "ingest something first") {
		t.Errorf("missing db: status %d, %q", status, errOut)
	}
	var out, errb bytes.Buffer
	dir := t.TempDir()
	env := Env{Stdout: &out, Stderr: &errb, Getenv: func(k string) string {
		if k == "NEWSGRAPH_DB" {
			return filepath.Join(dir, "env.db")
		}
		return ""
	}}
	os.WriteFile(filepath.Join(dir, "x.txt"), []byte("Title\n\nA short text about a ferry timetable change."), 0o644)
	if status := Run(context.Background(), env, []string{"newsgraph", "ingest", "--progress", "never", filepath.Join(dir, "x.txt")}); status != 0 {
		t.Fatalf("ingest with $NEWSGRAPH_DB: %d %s", status, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "env.db")); err != nil {
		t.Errorf("$NEWSGRAPH_DB not used: %v", err)
	}
}

// The demo corpus's Japan-South Korea meeting, reported by three outlets
// and carried once more as a syndicated copy, goes through the real
// pipeline and comes out as one event from three independent sources.
func TestDemoCorpusMergesAcrossOutlets(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if _, errOut, status := storeCmd(t, "ingest", "--db", db, "--progress", "never", filepath.Join("..", "demo", "articles.jsonl")); status != 0 {
		t.Fatalf("ingest demo: %d %s", status, errOut)
	}
	out, _, status := storeCmd(t, "events", "--db", db, "--format", "json", "--actor", "JPN", "--since", "2025-03-09", "--until", "2025-03-11", "--min-sources", "3")
	var evs []store.Event
	if err := json.Unmarshal([]byte(out), &evs); err != nil || status != 0 {
		t.Fatalf("events: %v %q", err, out)
	}
	if len(evs) == 0 {
		t.Fatalf("no Japan event on 2025-03-10 with three sources")
	}
	e := evs[0]
	if e.NumSources != 3 || e.NumArticles != 3 || !strings.Contains(e.SourceActor+e.TargetActor, "KOR") {
		t.Errorf("merged event = %+v; want Japan/South Korea, 3 articles from 3 sources", e)
	}
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if s, _ := st.Stats(context.Background()); s.Duplicates != 1 {
		t.Errorf("duplicates = %d, want the one syndicated copy", s.Duplicates)
	}
}

// A missing path among the inputs fails as one item; the others are stored.
func TestIngestMissingPathDoesNotStopBatch(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	good := filepath.Join(dir, "a.txt")
	os.WriteFile(good, []byte("Harbour strike ends\n\nDockworkers in Port Alma returned to work after a week-long strike over pay."), 0o644)
	out, errOut, status := storeCmd(t, "ingest", "--db", db, "--format", "json", "--progress", "never", filepath.Join(dir, "missing.txt"), good)
	var stats struct{ Items, Stored, Failed int }
	if err := json.Unmarshal([]byte(out), &stats); err != nil {
		t.Fatalf("ingest summary %q: %v\n%s", out, err, errOut)
	}
	if status != 1 || stats.Stored != 1 || stats.Failed != 1 || !strings.Contains(errOut, "missing.txt") {
		t.Errorf("status %d stats %+v\n%s", status, stats, errOut)
	}
}

// A file named .gz that is not gzip (a misnamed or already decompressed
// file) is read as it is, with a warning, by analyze and ingest alike, and
// so is a JSONL file named .jsonl.gz; real gzip is still decompressed.
func TestMisnamedGzipIsReadWithAWarning(t *testing.T) {
	dir := t.TempDir()
	text := "Ferry timetable changes\n\nThe harbour council agreed on Monday to add two evening ferries to the island timetable."
	notgz := filepath.Join(dir, "notgzip.gz")
	os.WriteFile(notgz, []byte(text), 0o644)
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte("Bridge reopens\n\nThe old river bridge reopened to traffic on Tuesday after a year of repairs."))
	zw.Close()
	realgz := filepath.Join(dir, "real.txt.gz")
	os.WriteFile(realgz, zipped.Bytes(), 0o644)
	lines := filepath.Join(dir, "lines.jsonl.gz")
	os.WriteFile(lines, []byte(`{"url":"https://a.example/1","title":"Market moves","text":"The weekly market moved to the harbour square on Saturday."}`+"\n"), 0o644)
	const warning = "file named .gz is not gzip-compressed; reading it as it is"

	out, errOut, status := storeCmd(t, "analyze", "--format", "jsonl", notgz, realgz, lines)
	var titles []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var a struct{ Title, Error string }
		json.Unmarshal([]byte(l), &a)
		titles = append(titles, a.Title+a.Error)
	}
	if status != 0 || !slices.Equal(titles, []string{"Ferry timetable changes", "Bridge reopens", "Market moves"}) || strings.Count(errOut, warning) != 2 {
		t.Errorf("analyze: status %d, titles %q, want all three read and two warnings\n%s", status, titles, errOut)
	}

	db := filepath.Join(dir, "g.db")
	out, errOut, status = storeCmd(t, "ingest", "--db", db, "--format", "json", "--progress", "never", notgz, realgz, lines)
	var stats struct{ Items, Stored, Failed int }
	if err := json.Unmarshal([]byte(out), &stats); err != nil {
		t.Fatalf("ingest summary %q: %v\n%s", out, err, errOut)
	}
	if status != 0 || stats.Stored != 3 || stats.Failed != 0 || strings.Count(errOut, warning) != 2 {
		t.Errorf("ingest: status %d stats %+v, want 3 stored and two warnings\n%s", status, stats, errOut)
	}
}

// events and export take the quad class filter under one name, the API's
// (quad_class, --quad-class), and the other spelling each used before
// (events --quad) as another name for it; help names the canonical one.
func TestQuadClassFlagSpellings(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.db")
	seedEvents(t, db)
	for _, cmd := range [][]string{{"events", "--format", "jsonl"}, {"export", "--format", "jsonl"}} {
		var outs []string
		for _, flag := range []string{"--quad-class", "--quad"} {
			out, errOut, status := storeCmd(t, append(append([]string{}, cmd...), "--db", db, flag, "4")...)
			if status != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "ASSAULT") {
				t.Errorf("%s %s 4: status %d %q\n%s", cmd[0], flag, status, errOut, out)
			}
			outs = append(outs, out)
		}
		if outs[0] != outs[1] {
			t.Errorf("%s: --quad-class and --quad differ:\n%s\n%s", cmd[0], outs[0], outs[1])
		}
		help, _, _ := storeCmd(t, cmd[0], "--help")
		if !strings.Contains(help, "-quad-class int") || !strings.Contains(help, "the same as --quad-class") {
			t.Errorf("%s --help does not name --quad-class as canonical:\n%s", cmd[0], help)
		}
	}
}

// TestEventsSectorEndToEnd ingests an article written for this test and
// finds its parties by sector, by the CAMEO code and by the name, as
// `newsgraph events --sector` and /api/events?sector= do.
func TestEventsSectorEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if out, errOut, status := storeCmd(t, "ingest", "--db", db, "--format", "json", "--progress", "never", filepath.Join("testdata", "sectors")); status != 0 {
		t.Fatalf("ingest: %d %s %s", status, out, errOut)
	}
	parties := func(args ...string) []string {
		t.Helper()
		out, errOut, status := storeCmd(t, append([]string{"events", "--db", db, "--format", "json"}, args...)...)
		if status != 0 {
			t.Fatalf("events %v: %d %s", args, status, errOut)
		}
		var evs []store.Event
		if err := json.Unmarshal([]byte(out), &evs); err != nil {
			t.Fatalf("events json %q: %v", out, err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Type+" "+e.SourceActor)
		}
		slices.Sort(got)
		return got
	}
	for _, c := range []struct {
		sector string
		want   string
	}{
		{"LAB", "ACCUSE FRA.LAB,PROTEST FRA.LAB"},
		{"labour", "ACCUSE FRA.LAB,PROTEST FRA.LAB"},
		{"agr", "PROTEST ESP.AGR"},
		{"religion", ""},
	} {
		if got := strings.Join(parties("--sector", c.sector), ","); got != c.want {
			t.Errorf("events --sector %s: %q, want %q", c.sector, got, c.want)
		}
	}
	if _, errOut, status := storeCmd(t, "events", "--db", db, "--sector", "farmers"); status != 2 || !strings.Contains(errOut, "sector") {
		t.Errorf("events --sector farmers: status %d %q, want 2 naming the sector", status, errOut)
	}
}

// remerge rebuilds the same events from the stored articles, and its
// --join-confidence decides which reports may join across articles.
func TestRemergeCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	seedEvents(t, db)
	list := func() string {
		t.Helper()
		out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "csv")
		if status != 0 {
			t.Fatalf("events: status %d: %s", status, errOut)
		}
		// Event ids may change; the rest may not.
		var rows []string
		for _, r := range strings.Split(strings.TrimSpace(out), "\n") {
			_, rest, _ := strings.Cut(r, ",")
			rows = append(rows, rest)
		}
		slices.Sort(rows)
		return strings.Join(rows, "\n")
	}
	before := list()
	// The second run merges one article per transaction.
	for _, batch := range []string{"0", "1"} {
		out, errOut, status := storeCmd(t, "remerge", "--db", db, "--merge-batch", batch)
		if status != 0 || !strings.Contains(out, "remerged the events of 3 articles: 2 events (was 2), 1 report joined another article's event") {
			t.Fatalf("remerge: status %d\n%s%s", status, out, errOut)
		}
		if got := list(); got != before {
			t.Errorf("events after remerge:\n%s\nwant:\n%s", got, before)
		}
	}
	// The bound is inclusive: the talks (confidence 1) still join at 1.
	if out, errOut, status := storeCmd(t, "remerge", "--db", db, "--join-confidence", "1"); status != 0 || !strings.Contains(out, "2 events (was 2), 1 report joined another article's event") {
		t.Fatalf("remerge --join-confidence 1: status %d\n%s%s", status, out, errOut)
	}
	for _, args := range [][]string{{"--join-confidence", "0"}, {"--join-confidence", "1.5"}, {"--merge-batch", "-1"}, {"extra"}} {
		if _, _, status := storeCmd(t, append([]string{"remerge", "--db", db}, args...)...); status != 2 {
			t.Errorf("remerge %v: status %d, want 2", args, status)
		}
	}
	if _, _, status := storeCmd(t, "remerge", "--db", filepath.Join(t.TempDir(), "missing.db")); status != 1 {
		t.Errorf("remerge of a missing database: status %d, want 1", status)
	}
}

// Every command that merges events takes --join-confidence, and refuses a
// value outside (0, 1] before touching anything.
func TestJoinConfidenceFlag(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Harbour strike ends\n\nDockworkers returned to work."), 0o644)
	for _, args := range [][]string{
		{"ingest", "--db", filepath.Join(dir, "a.db"), "--progress", "never", "--join-confidence", "0", in},
		{"ingest", "--db", filepath.Join(dir, "a.db"), "--progress", "never", "--join-confidence", "1.01", in},
		{"worker", "--queue", "nats://127.0.0.1:1", "--db", filepath.Join(dir, "a.db"), "--join-confidence", "-1"},
		{"serve", "--db", filepath.Join(dir, "a.db"), "--addr", "127.0.0.1:0", "--join-confidence", "2"},
		{"eval", "ingest", "--db", filepath.Join(dir, "a.db"), "--data", dir, "--join-confidence", "0"},
		{"reanalyze", "--db", filepath.Join(dir, "a.db"), "--join-confidence", "0"},
	} {
		if _, errOut, status := storeCmd(t, args...); status != 2 || !strings.Contains(errOut, "--join-confidence") {
			t.Errorf("%v: status %d, %s; want 2", args, status, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "a.db")); err == nil {
		t.Error("a refused --join-confidence created the database")
	}
	if _, errOut, status := storeCmd(t, "ingest", "--db", filepath.Join(dir, "b.db"), "--progress", "never", "--join-confidence", "0.8", in); status != 0 {
		t.Errorf("ingest --join-confidence 0.8: status %d, %s", status, errOut)
	}
}
