package cli

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest/reanalyze"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/backend"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
)

// The acceptance test of reanalyze: a store written by an older analysis
// (simulated: every article's analysis aged as an older version could have
// left it, with the rows and merged events to match) ends, after
// reanalyze, as a fresh ingest of the same articles with the current code
// does: the same articles' analyses, actors (names, sectors, counts),
// event mentions and merged events, ids aside. On SQLite, and on
// PostgreSQL when pgtest finds or starts a server.
func TestReanalyzeEqualsFreshIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over the demo corpus three times")
	}
	corpus := demoCorpusFile(t)
	for _, kind := range []string{"sqlite", "postgres"} {
		t.Run(kind, func(t *testing.T) {
			dbs := [2]string{filepath.Join(t.TempDir(), "fresh.db"), filepath.Join(t.TempDir(), "old.db")}
			if kind == "postgres" {
				dbs[0], _ = pgtest.DSN(t)
				dbs[1], _ = pgtest.DSN(t)
			}
			fresh, old := dbs[0], dbs[1]
			// The default number of workers: ingest stores articles in
			// input order however many analyse them, so the two stores have
			// the same canonical articles and the same first reports of
			// events.
			for _, db := range dbs {
				if out, errOut, status := storeCmd(t, "ingest", "--db", db, "--progress", "never", corpus); status != 0 {
					t.Fatalf("ingest: status %d\n%s%s", status, out, errOut)
				}
			}
			ageStore(t, old)
			want := dumpStore(t, fresh)
			if got := dumpStore(t, old); got == want {
				t.Fatal("the aged store already equals a fresh ingest: the test tests nothing")
			}
			// Twice: the second run starts from the first one's store,
			// and merges the events of five articles per transaction.
			for run, batch := range []string{"0", "5"} {
				out, errOut, status := storeCmd(t, "reanalyze", "--db", old, "--progress", "never", "--merge-batch", batch)
				if status != 0 || !strings.Contains(out, "32 articles analysed again") || !strings.Contains(out, "0 failed") {
					t.Fatalf("reanalyze (run %d): status %d\n%s%s", run+1, status, out, errOut)
				}
				if got := dumpStore(t, old); got != want {
					t.Errorf("run %d: the reanalysed store differs from a fresh ingest:\n%s", run+1, firstDiff(got, want))
				}
			}
		})
	}
}

// ageStore rewrites every article's analysis as an older version of the
// analysis might have left it (actors of another name and sector, a lost
// quote and entity, fewer events of other types and a lower confidence),
// through the store, with the merged events to match: what reanalyze
// finds in a store ingested before an upgrade.
func ageStore(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	st, err := backend.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	err = st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		arts, err := tx.Articles(ctx, 0, 1000)
		if err != nil {
			return err
		}
		for _, a := range arts {
			d := a.Data
			var ids []string
			for i := range d.Actors {
				d.Actors[i].Name += " (old)"
				d.Actors[i].Sector = "obsolete"
				ids = append(ids, d.Actors[i].ID)
			}
			if len(d.Quotes) > 0 {
				d.Quotes = d.Quotes[1:]
			}
			if len(d.Entities) > 0 {
				d.Entities = d.Entities[1:]
			}
			if len(d.Events) > 1 {
				d.Events = d.Events[:len(d.Events)-1]
			}
			for i := range d.Events {
				d.Events[i].Type = "OLD_" + d.Events[i].Type
				d.Events[i].Confidence /= 2
			}
			renew := ids
			if a.DuplicateOf != 0 {
				renew = nil
			}
			if err := tx.ReplaceAnalysis(ctx, a.ID, d, renew); err != nil {
				return err
			}
		}
		_, err = merge.Remerge(ctx, tx, merge.Options{})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// dumpStore writes out what a store holds, without the ids and times that
// depend on when and in which order rows were written: every article's
// analysis, the actors with their counts and sectors, and the merged
// events with their mentions. On SQLite it adds the rows of the actor,
// entity mention and quote tables, which no query reads back whole.
func dumpStore(t *testing.T, db string) string {
	t.Helper()
	ctx := context.Background()
	st, err := backend.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var lines []string
	add := func(kind string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, kind+" "+string(b))
	}
	var arts []store.Article
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
		arts, err = tx.Articles(ctx, 0, 1000)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	urls := map[int64]string{}
	for _, a := range arts {
		urls[a.ID] = a.URL
	}
	sectors := map[string]bool{}
	for _, a := range arts {
		add("article", struct {
			URL, DuplicateOf string
			Data             *model.Article
		}{a.URL, urls[a.DuplicateOf], a.Data})
		for _, ar := range a.Data.Actors {
			if ar.Sector != "" {
				sectors[ar.Sector] = true
			}
		}
	}
	actors, err := st.Actors(ctx, store.ActorQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, ac := range actors {
		add("actor", ac)
	}
	evs, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		_, ms, err := st.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		var mentions []string
		for _, m := range ms {
			mentions = append(mentions, fmt.Sprintf("%s#%s@%d:%s", urls[m.ArticleID], m.ArticleEventID, m.Sentence, m.Text))
		}
		slices.Sort(mentions)
		// The first report's ingest time differs between two ingests.
		e.ID, e.FirstSeen = 0, time.Time{}
		add("event", struct {
			store.Event
			Mentions []string
		}{e, mentions})
	}
	for s := range sectors {
		evs, err := st.Events(ctx, store.EventQuery{Sector: s, Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		add("sector", fmt.Sprintf("%s: %d events", s, len(evs)))
	}
	if !containsScheme(db) {
		lines = append(lines, sqliteRows(t, db)...)
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// sqliteRows lists the rows of the tables an article's analysis fills.
func sqliteRows(t *testing.T, path string) []string {
	t.Helper()
	conn, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var out []string
	for _, q := range []string{
		`SELECT 'actors', id, name, type, country, sector, qid, articles, events FROM actors`,
		`SELECT 'article_actors', a.url, aa.actor_id, aa.mentions, COALESCE(aa.report_date, '') FROM article_actors aa JOIN articles a ON a.id = aa.article_id`,
		`SELECT 'mentions', a.url, m.seq, m.text, m.type, m.sentence, m.start, m.end, m.actor_id, m.country FROM mentions m JOIN articles a ON a.id = m.article_id`,
		`SELECT 'quotes', a.url, q.seq, q.text, q.kind, q.sentence, q.start, q.end, q.speaker, q.speaker_actor_id FROM quotes q JOIN articles a ON a.id = q.article_id`,
	} {
		rows, err := conn.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(vals...))
		}
		rows.Close()
	}
	return out
}

// firstDiff shows the first lines where two dumps differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	for i, n := 0, 0; i < max(len(g), len(w)) && n < 6; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "got:  %.400s\nwant: %.400s\n", gl, wl)
			n++
		}
	}
	return b.String()
}

// A failing stage fails its article, which keeps its old analysis, and
// the run goes on and merges the events; --limit and --since choose the
// articles.
func TestReanalyzeFailureAndSelection(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	seedEvents(t, db)
	ctx := context.Background()
	st, err := backend.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fail := map[string]bool{"https://two.example/news/42": true}
	stages := []pipeline.Stage{pipeline.StageFunc{StageName: "mark", Fn: func(_ context.Context, d *model.Document) error {
		if fail[d.URL] {
			return errors.New("boom")
		}
		d.Article.Summary = "again"
		return nil
	}}}
	run := func(cfg reanalyze.Config) reanalyze.Stats {
		t.Helper()
		cfg.Store, cfg.Stages = st, stages
		rs, err := reanalyze.Run(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return rs
	}
	if rs := run(reanalyze.Config{Since: time.Date(2024, 6, 4, 0, 0, 0, 0, time.UTC)}); rs.Articles != 0 || rs.Remerged != 3 || rs.Events != 2 {
		t.Errorf("--since after every article: %+v", rs)
	}
	if rs := run(reanalyze.Config{Limit: 1}); rs.Articles != 1 || rs.Reanalysed != 1 || rs.Events != 2 {
		t.Errorf("--limit 1: %+v (the first article's new analysis has the same events as its old one? it has none)", rs)
	}
	rs := run(reanalyze.Config{})
	if rs.Articles != 3 || rs.Reanalysed != 2 || rs.Failed != 1 || rs.Remerged != 3 || rs.Events != 1 {
		t.Fatalf("run with a failing article = %+v", rs)
	}
	for _, a := range []struct {
		id      int64
		summary string
		events  int
	}{{1, "again", 0}, {2, "", 1}, {3, "again", 0}} {
		got, err := st.Article(ctx, a.id)
		if err != nil || got.Data.Summary != a.summary || len(got.Data.Events) != a.events {
			t.Errorf("article %d: %+v, %v; want summary %q, %d events", a.id, got, err, a.summary, a.events)
		}
	}
	// A cancelled run stops before merging and says so.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := reanalyze.Run(cctx, reanalyze.Config{Store: st, Stages: stages}); !errors.Is(err, reanalyze.ErrInterrupted) || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: err = %v", err)
	}
}

// reanalyze refuses bad flags before touching anything, and a missing
// database.
func TestReanalyzeCommandUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	seedEvents(t, db)
	for _, args := range [][]string{{"--join-confidence", "0"}, {"--limit", "-1"}, {"--since", "yesterday"}, {"--format", "xml"}, {"--progress", "sometimes"}, {"--merge-batch", "-2"}, {"extra"}} {
		if _, _, status := storeCmd(t, append([]string{"reanalyze", "--db", db}, args...)...); status != 2 {
			t.Errorf("reanalyze %v: status %d, want 2", args, status)
		}
	}
	if _, _, status := storeCmd(t, "reanalyze", "--db", filepath.Join(t.TempDir(), "missing.db")); status != 1 {
		t.Errorf("reanalyze of a missing database: status %d, want 1", status)
	}
	out, errOut, status := storeCmd(t, "reanalyze", "--db", db, "--format", "json", "--limit", "2", "--progress", "never")
	var rs struct {
		Articles, Reanalysed, Remerged int
	}
	if err := json.Unmarshal([]byte(out), &rs); err != nil || status != 0 || rs.Articles != 2 || rs.Reanalysed != 2 || rs.Remerged != 3 {
		t.Errorf("reanalyze --format json --limit 2: status %d, %+v, %v\n%s%s", status, rs, err, out, errOut)
	}
}

// noArticlesInTx is a store whose write transactions refuse Tx.Articles:
// reading the article pages there held the write lock (SQLite's, and a
// PostgreSQL transaction) for every page read.
type noArticlesInTx struct{ store.Store }

func (s noArticlesInTx) Write(ctx context.Context, fn func(context.Context, store.Tx) error) error {
	return s.Store.Write(ctx, func(ctx context.Context, tx store.Tx) error { return fn(ctx, noArticlesTx{tx}) })
}

type noArticlesTx struct{ store.Tx }

func (noArticlesTx) Articles(context.Context, int64, int) ([]store.Article, error) {
	return nil, errors.New("reanalyze read an article page inside a write transaction")
}

// reanalyze reads the articles on the read side (Store.Articles) and
// writes each new analysis in a transaction of its own.
func TestReanalyzeReadsOutsideWrites(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	seedEvents(t, db)
	ctx := context.Background()
	st, err := backend.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stages := []pipeline.Stage{pipeline.StageFunc{StageName: "mark", Fn: func(_ context.Context, d *model.Document) error {
		d.Article.Summary = "again"
		return nil
	}}}
	rs, err := reanalyze.Run(ctx, reanalyze.Config{Store: noArticlesInTx{st}, Stages: stages})
	if err != nil || rs.Reanalysed != 3 {
		t.Fatalf("reanalyze: %+v, %v", rs, err)
	}
	if a, err := st.Article(ctx, 1); err != nil || a.Data.Summary != "again" {
		t.Errorf("article 1 after reanalyze: %+v, %v", a, err)
	}
}
