package postgres

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// ingestDocs are analysed reports for the concurrency test: 8 stories (an
// AGREE between two parties on a day, each story a week from the last, so
// no two merge), each reported by 4 outlets in their own words, and a
// syndicated copy of one report of every other story on a fifth site. The
// text is random words from a small vocabulary, different per report, so
// only the copies are near-duplicates.
func ingestDocs() []*model.Document {
	rng := rand.New(rand.NewPCG(11, 13))
	vocab := strings.Fields(`the council ministers agreed signed accord border water rights talks delegation
		capital harbour trade tariffs fishing quota river dam power grid rail link customs treaty envoy
		spokesman said statement weeks months after before during long short new old joint framework
		monitoring commission funding loans grain exports imports shipping lanes pipeline licence`)
	text := func() string {
		var b strings.Builder
		for i := 0; i < 60; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[rng.IntN(len(vocab))])
		}
		return b.String() + "."
	}
	parties := [][2]string{{"KST", "VLM"}, {"ORN", "KST"}, {"VLM", "ZAR"}, {"ZAR", "ORN"}}
	var docs []*model.Document
	for s := 0; s < 8; s++ {
		day := time.Date(2024, 5, 1+7*s%28, 0, 0, 0, 0, time.UTC).AddDate(0, s/4, 0)
		p := parties[s%len(parties)]
		var first *model.Document
		for o := 0; o < 4; o++ {
			pub := day.Add(time.Duration(6+o) * time.Hour)
			url := fmt.Sprintf("https://outlet%d.example/%d", o, s)
			d := &model.Document{Source: url, URL: url, Raw: []byte(url), Article: &model.Article{
				Source: url, URL: url, Title: fmt.Sprintf("Accord %d", s), Text: text(), Published: &pub,
				Actors: []model.ActorRef{{ID: p[0], Name: "Party " + p[0], Type: "country", Country: p[0]}, {ID: p[1], Name: "Party " + p[1], Type: "country", Country: p[1]}},
				Events: []model.Event{{ID: "e1", Type: "AGREE",
					Source: []model.EventActor{{Text: p[0], ActorID: p[0], Country: p[0]}},
					Target: []model.EventActor{{Text: p[1], ActorID: p[1], Country: p[1]}},
					Date:   day.Format(time.DateOnly), Precision: model.PrecisionDay, QuadClass: 1, Goldstein: 4, Confidence: 1,
					Evidence: []model.Evidence{{Text: "They signed.", Trigger: "signed"}}}},
			}}
			if o == 0 {
				first = d
			}
			docs = append(docs, d)
		}
		if s%2 == 0 {
			url := fmt.Sprintf("https://copies.example/%d", s)
			a := *first.Article
			a.URL, a.Source = url, url
			docs = append(docs, &model.Document{Source: url, URL: url, Raw: []byte(url), Article: &a})
		}
	}
	return docs
}

// ingest applies docs in batches of 3 per transaction, as the ingest
// runner does (with bigger batches).
func ingest(ctx context.Context, s store.Store, docs []*model.Document) error {
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for lo := 0; lo < len(docs); lo += 3 {
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for _, d := range docs[lo:min(lo+3, len(docs))] {
				if _, err := merge.Apply(ctx, tx, merge.NewArticle(d, now), merge.Options{}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Two ingests of the same reports, in different orders, into one database
// at once (two stores: two processes) store each report once, link each
// copy, and merge each story into one event with the counts a single
// ingest into SQLite gives.
func TestConcurrentIngests(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	a, b := openDSN(t, dsn), openDSN(t, dsn)
	docs := ingestDocs()
	shuffled := slices.Clone(docs)
	rand.New(rand.NewPCG(5, 6)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, run := range []struct {
		s    store.Store
		docs []*model.Document
	}{{a, docs}, {b, shuffled}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = ingest(ctx, run.s, run.docs)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}

	ref, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ref.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	if err := ingest(ctx, ref, docs); err != nil {
		t.Fatal(err)
	}

	got, _ := a.Stats(ctx)
	want, _ := ref.Stats(ctx)
	got.Schema, want.Schema = 0, 0
	if got != want || want.Articles != len(docs) || want.Duplicates != 4 || want.Events != 8 {
		t.Errorf("stats: postgres %+v, sqlite %+v (%d documents)", got, want, len(docs))
	}
	stories := func(s store.Store) string {
		evs, err := s.Events(ctx, store.EventQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range evs {
			// Ids and the earliest report depend on who wrote first.
			out = append(out, fmt.Sprintf("%s %s>%s %s m%d a%d s%d", e.Type, e.SourceActor, e.TargetActor, e.Date, e.NumMentions, e.NumArticles, e.NumSources))
		}
		slices.Sort(out)
		return strings.Join(out, "\n")
	}
	if g, w := stories(a), stories(ref); g != w {
		t.Errorf("events:\npostgres\n%s\nsqlite\n%s", g, w)
	}
	if top, _ := a.Actors(ctx, store.ActorQuery{}); len(top) != 4 || top[0].Articles+top[0].Events == 0 {
		t.Errorf("actors = %+v", top)
	}
	// Re-ingesting everything (both orders again) stores nothing new.
	for _, s := range []store.Store{a, b} {
		if err := ingest(ctx, s, shuffled); err != nil {
			t.Fatal(err)
		}
	}
	if again, _ := a.Stats(ctx); again.Articles != got.Articles || again.Mentions != got.Mentions || again.Events != got.Events {
		t.Errorf("re-ingest changed the store: %+v, was %+v", again, got)
	}
}

// merge.Remerge on PostgreSQL rebuilds the events an ingest made, with the
// same counters and actor counts, and does so again to the same result.
func TestRemerge(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openTemp(t)
	if err := ingest(ctx, s, ingestDocs()); err != nil {
		t.Fatal(err)
	}
	snapshot := func() string {
		t.Helper()
		evs, err := s.Events(ctx, store.EventQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range evs {
			out = append(out, fmt.Sprintf("%s %s>%s %s m%d a%d s%d %s %s", e.Type, e.SourceActor, e.TargetActor, e.Date,
				e.NumMentions, e.NumArticles, e.NumSources, e.EarliestURL, e.FirstSeen.UTC().Format(time.RFC3339)))
		}
		acs, err := s.Actors(ctx, store.ActorQuery{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range acs {
			out = append(out, fmt.Sprintf("actor %s a%d e%d", a.ID, a.Articles, a.Events))
		}
		slices.Sort(out)
		return strings.Join(out, "\n")
	}
	want := snapshot()
	for range 2 {
		var st merge.RemergeStats
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
			st, err = merge.Remerge(ctx, tx, merge.Options{})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 32 || st.Events != 8 || st.Merged != 24 {
			t.Errorf("remerge stats = %+v; want 32 canonical articles, 8 events, 24 joins", st)
		}
		if got := snapshot(); got != want {
			t.Errorf("after remerge:\n%s\nwant as ingested:\n%s", got, want)
		}
	}
}

// A writer that stops between statements (its machine died, say) holds
// the write lock only until idle_in_transaction_session_timeout, which
// newsgraph sets (60 s; this test's URL sets 300 ms): then another writer
// goes on, and the stopped one's transaction is gone.
func TestStalledWriterReleasesTheLock(t *testing.T) {
	base, _ := pgtest.DSN(t)
	dsn := pgtest.WithParam(base, "idle_in_transaction_session_timeout", "300")
	stalled, other := openDSN(t, dsn), openDSN(t, dsn)
	ctx := context.Background()
	var got string
	if err := stalled.db.QueryRowContext(ctx, `SHOW idle_in_transaction_session_timeout`).Scan(&got); err != nil || got != "300ms" {
		t.Fatalf("idle_in_transaction_session_timeout = %q, %v", got, err)
	}
	if err := openDSN(t, base).db.QueryRowContext(ctx, `SHOW idle_in_transaction_session_timeout`).Scan(&got); err != nil || got != "1min" {
		t.Errorf("default idle_in_transaction_session_timeout = %q, %v; want 1min", got, err)
	}
	holding, release := make(chan struct{}), make(chan struct{})
	stalledErr := make(chan error, 1)
	go func() {
		stalledErr <- stalled.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			close(holding)
			<-release // no statement for a while, lock held
			_, err := tx.InsertArticle(ctx, &store.Article{URL: "https://late.example/1", ContentHash: "late", Title: "t", Text: "x"})
			return err
		})
	}()
	<-holding
	// The stalled writer holds the lock until release, which comes only
	// after the other writer is done: that it is done at all shows the
	// server ended the stalled session. The deadline (generous for a
	// loaded machine; the wait is 300 ms) only turns a lock never
	// released into a failure rather than a hung test; how long the wait
	// took is logged, not checked.
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	t0 := time.Now()
	err := other.Write(wctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: "https://on.example/1", ContentHash: "on", Title: "t", Text: "x"})
		return err
	})
	waited := time.Since(t0)
	close(release)
	if err != nil {
		t.Fatalf("the other writer: %v after %v", err, waited)
	}
	if err := <-stalledErr; err == nil {
		t.Error("the stalled writer's transaction committed after its session was ended")
	}
	if st, err := other.Stats(ctx); err != nil || st.Articles != 1 {
		t.Errorf("stats = %+v, %v; want the other writer's one article", st, err)
	}
	t.Logf("the other writer waited %v", waited.Round(time.Millisecond))
}
