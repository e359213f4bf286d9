package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/keyset"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// refEventIDs answers a country-filtered query straight from the events
// table, the plan Events used before event_country_ranks.
func refEventIDs(t *testing.T, db *DB, q store.EventQuery) []int64 {
	t.Helper()
	c := keyLower(q.Country)
	query := `SELECT e.id FROM events e WHERE (lower(trim(e.source_country)) = ?1 OR lower(trim(e.target_country)) = ?1)`
	args := []any{c}
	if q.Type != "" {
		query += ` AND e.type = ?2`
		args = append(args, q.Type)
	} else {
		query += ` AND ?2 = ''`
		args = append(args, "")
	}
	if q.Actor != "" {
		query += ` AND (e.source_actor = ?3 OR e.target_actor = ?3)`
	} else {
		query += ` AND ?3 = ''`
	}
	args = append(args, q.Actor)
	query += ` AND e.date >= ?4 AND e.num_sources >= ?5 ORDER BY ` + eventOrderBy(q.Sort) + ` LIMIT ?6 OFFSET ?7`
	args = append(args, q.Since, q.MinSources, store.Limit(q.Limit, 50), q.Offset)
	rows, err := db.read.Query(query, args...)
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

func checkCountrySorts(t *testing.T, db *DB) {
	t.Helper()
	ctx := context.Background()
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
}

// Country-filtered sorts read event_country_ranks; they must return what
// sorting the matching events would, including ties, pages and other
// filters, after mentions changed the counts.
func TestCountrySortsMatchEvents(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	storetest.SeedRankEvents(t, db, 400, 1)
	checkCountrySorts(t, db)
	var n int
	if err := db.read.QueryRow(`SELECT COUNT(*) FROM event_country_ranks r JOIN events e ON e.id = r.event_id
		WHERE r.num_sources <> e.num_sources OR r.num_articles <> e.num_articles OR r.date <> e.date`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d rank rows differ from their events (%v)", n, err)
	}
}

// A database written under schema 2 gets its country ranks backfilled.
func TestUpgradeFromVersion2(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v2.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.SeedRankEvents(t, db, 200, 2)
	// Take the database back to schema 2: drop what migration 3 made.
	db = reopenBefore(t, db, path, 3, append(slices.Clone(undoV6), `DROP TABLE event_country_ranks`, `DROP TABLE event_sources`))
	if st, _ := db.Stats(ctx); st.Schema != SchemaVersion() || SchemaVersion() < 3 {
		t.Errorf("schema after upgrade = %d, want %d", st.Schema, SchemaVersion())
	}
	checkCountrySorts(t, db)
}

// The counters AddMention keeps step by step equal a recount from the
// mentions: repeated mentions, several mentions per article, syndicated
// copies and several articles of one site all included, and after articles'
// texts were replaced (Tx.ReplaceArticleText).
func TestEventCountersMatchRecount(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	storetest.SeedRankEvents(t, db, 300, 3)
	ctx := context.Background()
	// More mentions per article: a second event of the same article.
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
	err = db.read.QueryRow(`SELECT COUNT(*), SUM(e.num_mentions <> (SELECT COUNT(*) FROM event_mentions WHERE event_id = e.id)
		OR e.num_articles <> (SELECT COUNT(DISTINCT article_id) FROM event_mentions WHERE event_id = e.id)
		OR e.num_sources <> (SELECT COUNT(DISTINCT CASE WHEN a.site <> '' THEN a.site ELSE a.url END)
			FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id AND a.duplicate_of IS NULL)
		OR COALESCE(e.earliest_url, '') <> COALESCE((SELECT a.url FROM event_mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.event_id = e.id ORDER BY `+reportdate.SQL+`, a.id LIMIT 1), ''))
		FROM events e`).Scan(&total, &bad)
	if err != nil || total == 0 || bad != 0 {
		t.Errorf("%d of %d events' counters differ from a recount (%v)", bad, total, err)
	}
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
		rows, err := db.read.QueryContext(ctx, query, args...)
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
	db := openTemp(t)
	defer db.Close()
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
	err := db.read.QueryRow(`SELECT
		(SELECT COUNT(*) FROM event_keys WHERE key GLOB '[acst]:?*'),
		(SELECT COUNT(*) FROM event_actor_ranks), (SELECT COUNT(*) FROM event_country_ranks),
		(SELECT COUNT(*) FROM event_keys k JOIN events e ON e.id = k.event_id
			WHERE k.key GLOB '[ast]:?*' AND NOT EXISTS (SELECT 1 FROM event_actor_ranks r WHERE r.key = k.key AND r.event_id = e.id
				AND r.date = e.date AND r.num_sources = e.num_sources AND r.num_articles = e.num_articles
				AND r.first_seen = e.first_seen AND r.goldstein = e.goldstein))
		+ (SELECT COUNT(*) FROM event_keys k JOIN events e ON e.id = k.event_id
			WHERE k.key GLOB 'c:?*' AND NOT EXISTS (SELECT 1 FROM event_country_ranks r WHERE r.country = substr(k.key, 3) AND r.event_id = e.id
				AND r.date = e.date AND r.num_sources = e.num_sources AND r.num_articles = e.num_articles
				AND r.first_seen = e.first_seen AND r.goldstein = e.goldstein))`).Scan(&want, &actors, &countries, &bad)
	if err != nil || want == 0 || actors+countries != want || bad != 0 {
		t.Errorf("%d keys, %d + %d rank rows, %d keys without their row (%v)", want, actors, countries, bad, err)
	}
}
