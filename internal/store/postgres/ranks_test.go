package postgres

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
	"github.com/newsgraph/newsgraph/internal/store/keyset"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// refEventIDs answers a country-filtered query straight from the events
// table, without event_keys or event_country_ranks.
func refEventIDs(t *testing.T, db *DB, q store.EventQuery) []int64 {
	t.Helper()
	query := `SELECT e.id FROM events e WHERE (lower(trim(e.source_country)) = $1 OR lower(trim(e.target_country)) = $1)
		AND ($2 = '' OR e.type = $2) AND ($3 = '' OR e.source_actor = $3 OR e.target_actor = $3)
		AND e.date >= $4 AND e.num_sources >= $5 ORDER BY ` + eventOrderBy(q.Sort) + ` LIMIT $6 OFFSET $7`
	rows, err := db.db.Query(query, codec.KeyLower(q.Country), q.Type, q.Actor, q.Since, q.MinSources, store.Limit(q.Limit, 50), q.Offset)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// Country-filtered sorts read event_country_ranks; they return what
// sorting the matching events would, ties, pages and other filters
// included, after mentions changed the counts.
func TestCountrySortsMatchEvents(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := openTemp(t)
	storetest.SeedRankEvents(t, db, 400, 1)
	checked := 0
	for _, sort := range []string{store.SortSources, store.SortArticles, store.SortFirst, store.SortGoldstein, store.SortDate, ""} {
		for _, q := range []store.EventQuery{
			{Country: "FRA"}, {Country: "nga", Limit: 7, Offset: 5}, {Country: "deu", Type: "PROTEST"},
			{Country: "Fra", Actor: "A1", Limit: 500}, {Country: "NGA", Since: "2024-03-03", MinSources: 2},
		} {
			q.Sort = sort
			evs, err := db.Events(ctx, q)
			if err != nil {
				t.Fatalf("%+v: %v", q, err)
			}
			var got []int64
			for _, e := range evs {
				got = append(got, e.ID)
			}
			if want := refEventIDs(t, db, q); !slices.Equal(got, want) {
				t.Errorf("%+v:\n got %v\nwant %v", q, got, want)
			}
			checked += len(got)
		}
	}
	if checked == 0 {
		t.Fatal("no events matched any query: the comparison checked nothing")
	}
	var n int
	if err := db.db.QueryRow(`SELECT COUNT(*) FROM event_country_ranks r JOIN events e ON e.id = r.event_id
		WHERE r.num_sources <> e.num_sources OR r.num_articles <> e.num_articles OR r.date <> e.date`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d rank rows differ from their events (%v)", n, err)
	}
}

// The counters AddMention keeps in one statement equal a recount from the
// mentions: repeated mentions, several mentions per article, syndicated
// copies and several articles of one site included, and after articles'
// texts were replaced (Tx.ReplaceArticleText).
func TestEventCountersMatchRecount(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := openTemp(t)
	storetest.SeedRankEvents(t, db, 300, 3)
	err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for id := int64(1); id <= 50; id++ {
			for _, aid := range []int64{1, 2, 9} {
				if err := tx.AddMention(ctx, &store.EventMention{EventID: id, ArticleID: aid, ArticleEventID: "e1"}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Articles whose text is replaced (a full page where a feed's
	// description was stored) drop their reports: the events they fed
	// are counted anew from the others', or deleted.
	err = db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, aid := range []int64{2, 9} {
			full := &store.Article{ContentHash: fmt.Sprintf("hash:full-%d", aid), Site: "full.example", Title: "Full page", Text: "The full page."}
			if err := tx.ReplaceArticleText(ctx, aid, full); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var bad, total int
	err = db.db.QueryRow(`SELECT COUNT(*), COUNT(*) FILTER (WHERE
		e.num_mentions <> (SELECT COUNT(*) FROM event_mentions WHERE event_id = e.id)
		OR e.num_articles <> (SELECT COUNT(DISTINCT article_id) FROM event_mentions WHERE event_id = e.id)
		OR e.num_sources <> (SELECT COUNT(DISTINCT CASE WHEN a.site <> '' THEN a.site ELSE a.url END)
			FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id AND a.duplicate_of IS NULL)
		OR e.earliest_url <> COALESCE((SELECT a.url FROM event_mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.event_id = e.id ORDER BY `+reportdate.SQL+`, a.id LIMIT 1), ''))
		FROM events e`).Scan(&total, &bad)
	if err != nil || total == 0 || bad != 0 {
		t.Errorf("%d of %d events' counters differ from a recount (%v)", bad, total, err)
	}
}

// The same writes give the same answers from both stores: every event
// query shape, counterparts, top actors and counts over the rank seed.
func TestQueriesMatchSQLite(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := openTemp(t)
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ref.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	for _, s := range []store.Store{pg, lite} {
		storetest.SeedRankEvents(t, s, 300, 5)
	}
	var queries []store.EventQuery
	for _, sort := range []string{"", store.SortSources, store.SortArticles, store.SortGoldstein} {
		for _, q := range []store.EventQuery{
			{}, {Actor: "a1"}, {Source: "A2", Target: "b0"}, {Country: "fra"}, {Country: "NGA", Actor: "B1"},
			{Type: "protest", Since: "2024-03-02"}, {QuadClass: 3, Until: "2024-03-03"}, {MinSources: 2}, {Limit: 5, Offset: 40},
			{Country: "fra", Limit: 4, Offset: 3}, {Actor: "a1", Offset: 7}, {Type: "ATTACK", MinSources: 1, Offset: 11, Limit: 9},
		} {
			q.Sort = sort
			queries = append(queries, q)
		}
	}
	nonEmpty := 0
	for _, q := range queries {
		a, errA := pg.Events(ctx, q)
		b, errB := lite.Events(ctx, q)
		if errA != nil || errB != nil {
			t.Fatalf("%+v: %v / %v", q, errA, errB)
		}
		if len(b) > 0 {
			nonEmpty++
		}
		if got, want := eventSummary(a), eventSummary(b); got != want {
			t.Errorf("events %+v: %s", q, firstDiff(got, want))
		}
	}
	if nonEmpty < len(queries)*3/4 {
		t.Fatalf("only %d of %d queries found events: the comparison checks little", nonEmpty, len(queries))
	}
	for _, q := range []store.ActorQuery{{}, {Actor: "A0"}, {Actor: "b2"}, {Limit: 2, Offset: 1}} {
		a, errA := pg.Actors(ctx, q)
		b, errB := lite.Actors(ctx, q)
		if errA != nil || errB != nil || fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("actors %+v:\npostgres %v %v\n  sqlite %v %v", q, a, errA, b, errB)
		}
	}
	for _, id := range []int64{1, 17, 250} {
		ea, ma, errA := pg.Event(ctx, id)
		eb, mb, errB := lite.Event(ctx, id)
		if errA != nil || errB != nil || eventSummary([]store.Event{*ea}) != eventSummary([]store.Event{*eb}) || mentionSummary(ma) != mentionSummary(mb) {
			t.Errorf("event %d:\npostgres %+v %+v %v\n  sqlite %+v %+v %v", id, ea, ma, errA, eb, mb, errB)
		}
	}
	sa, _ := pg.Stats(ctx)
	sb, _ := lite.Stats(ctx)
	sa.Schema, sb.Schema = 0, 0 // numbered per backend
	if sa != sb {
		t.Errorf("stats: postgres %+v, sqlite %+v", sa, sb)
	}
}

// eventSummary is what two stores must agree on about events (not
// first_seen, the time each was written).
func eventSummary(es []store.Event) string {
	var s string
	for _, e := range es {
		if e.EarliestAt != nil {
			s += e.EarliestAt.UTC().Format("2006-01-02T15:04:05Z ")
		}
		s += fmt.Sprintf("%d %s %s/%s/%s>%s/%s/%s %s %v %d m%d a%d s%d %s|", e.ID, e.Type, e.SourceActor, e.SourceName, e.SourceCountry,
			e.TargetActor, e.TargetName, e.TargetCountry, e.Date, e.Goldstein, e.QuadClass, e.NumMentions, e.NumArticles, e.NumSources, e.EarliestURL)
	}
	return s
}

func mentionSummary(ms []store.EventMention) string {
	var s string
	for _, m := range ms {
		if m.Published != nil {
			s += m.Published.UTC().Format("2006-01-02T15:04:05Z ")
		}
		s += fmt.Sprintf("%d %d %s %s %s %s %d %q %s %s %v|", m.EventID, m.ArticleID, m.ArticleEventID, m.URL, m.Site, m.Title,
			m.Sentence, m.Text, m.Trigger, m.Rule, m.Confidence)
	}
	return s
}

// firstDiff shows where two summaries part, not all of them.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "|"), strings.Split(want, "|")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("item %d: postgres %q, sqlite %q (%d and %d items)", i, a, b, len(g), len(w))
		}
	}
	return "equal"
}

// eventOrderBy is the ORDER BY of an event sort over the events table.
func eventOrderBy(sort string) string {
	cols, _ := keyset.EventOrder(sort, "e", "id")
	return keyset.OrderBy(cols)
}

// checkRankPaths is storetest.CheckRankPaths with this store's reference
// plan: the query driven by event_keys' first key and sorted.
func checkRankPaths(t *testing.T, db *DB) {
	t.Helper()
	storetest.CheckRankPaths(t, db, func(ctx context.Context, q store.EventQuery) (string, []store.Event, error) {
		query, args, err := drivenEventsSQL(q, false, "")
		if err != nil {
			return "", nil, err
		}
		rows, err := db.db.QueryContext(ctx, query, args...)
		if err != nil {
			return query, nil, err
		}
		defer rows.Close()
		evs, err := scanEvents(rows)
		return query, evs, err
	})
}

// Sorted pages of actors, sources, targets and countries (and two of
// them together, whichever drives) read from the rank tables are the
// pages the event_keys plan sorts, after mentions, new dates and new
// parties changed the events.
func TestRankPathsMatchKeyPlan(t *testing.T) {
	t.Parallel()
	db := openTemp(t)
	storetest.SeedRankEvents(t, db, 400, 8)
	storetest.WriteNewRankedEvents(t, db)
	checkRanksAgree(t, db)
	storetest.ChangeRankedEvents(t, db)
	checkRanksAgree(t, db)
	checkRankPaths(t, db)
}

// checkRanksAgree checks that the rank tables hold one row for each
// country key and each actor, source and target key of event_keys, with
// its event's date, counters, first report and Goldstein score, and no
// other row.
func checkRanksAgree(t *testing.T, db *DB) {
	t.Helper()
	var want, actors, countries, bad int
	err := db.db.QueryRow(`SELECT
		(SELECT COUNT(*) FROM event_keys WHERE key ~ '^[acst]:.'),
		(SELECT COUNT(*) FROM event_actor_ranks), (SELECT COUNT(*) FROM event_country_ranks),
		(SELECT COUNT(*) FROM event_keys k JOIN events e ON e.id = k.event_id
			WHERE k.key ~ '^[ast]:.' AND NOT EXISTS (SELECT 1 FROM event_actor_ranks r WHERE r.key = k.key AND r.event_id = e.id
				AND r.date = e.date AND r.num_sources = e.num_sources AND r.num_articles = e.num_articles
				AND r.first_seen = e.first_seen AND r.goldstein = e.goldstein))
		+ (SELECT COUNT(*) FROM event_keys k JOIN events e ON e.id = k.event_id
			WHERE k.key ~ '^c:.' AND NOT EXISTS (SELECT 1 FROM event_country_ranks r WHERE r.country = substr(k.key, 3) AND r.event_id = e.id
				AND r.date = e.date AND r.num_sources = e.num_sources AND r.num_articles = e.num_articles
				AND r.first_seen = e.first_seen AND r.goldstein = e.goldstein))`).Scan(&want, &actors, &countries, &bad)
	if err != nil || want == 0 || actors+countries != want || bad != 0 {
		t.Errorf("%d keys, %d + %d rank rows, %d keys without their row (%v)", want, actors, countries, bad, err)
	}
}
