package sqlite

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// eventSchema is the stored SQL of every table, index and trigger of the
// store, and the planner statistics of the event tables, as lines.
func eventSchema(t *testing.T, db *DB) []string {
	t.Helper()
	rows, err := db.read.Query(`SELECT type || ' ' || name || ' ' || tbl_name || ': ' || COALESCE(sql, '') FROM sqlite_master
		WHERE type IN ('table', 'index', 'trigger') AND name NOT LIKE 'sqlite_stat%'
		UNION ALL SELECT 'stat ' || tbl || ' ' || COALESCE(idx, '') FROM sqlite_stat1 WHERE tbl LIKE 'event%' ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestClearEventsKeepsSchema: ClearEvents drops the tables that reference
// events and creates them again (see its comment). The store's schema
// and the event tables' planner statistics are as before, no row of an
// event table is left, and the same events stored again are keyed, ranked
// and counted as before: every listing and timeline is what it was, and
// the rank tables' sorted pages agree with the events.
func TestClearEventsKeepsSchema(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	storetest.SeedRankEvents(t, db, 300, 5)
	if _, err := db.write.Exec(`ANALYZE`); err != nil {
		t.Fatal(err)
	}
	qs := []store.EventQuery{{}, {Country: "FRA"}, {Actor: "A1", Sort: store.SortSources}, {Source: "A2", Sort: store.SortGoldstein},
		{Type: "PROTEST", Sort: store.SortArticles}, {MinSources: 2}, {Country: "nga", Target: "B0", Sort: store.SortFirst}}
	type result struct {
		ids    []int64
		counts []store.DateCount
	}
	results := func() []result {
		t.Helper()
		var out []result
		for _, q := range qs {
			evs, err := db.Events(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			counts, err := db.EventCounts(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, result{storetest.EventIDs(evs), counts})
		}
		return out
	}
	wantResults := results()
	// The events and their mentions, to store again in the same order.
	rows, err := db.read.Query(`SELECT ` + eventCols + ` FROM events ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := scanEvents(rows)
	rows.Close()
	if err != nil || len(evs) != 300 {
		t.Fatalf("%d events, %v", len(evs), err)
	}
	var mentions []store.EventMention
	rows, err = db.read.Query(`SELECT event_id, article_id, article_event_id FROM event_mentions ORDER BY event_id, article_id, article_event_id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var m store.EventMention
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.ArticleEventID); err != nil {
			t.Fatal(err)
		}
		mentions = append(mentions, m)
	}
	rows.Close()
	before := eventSchema(t, db)
	if !slices.ContainsFunc(before, func(s string) bool { return len(s) > 10 && s[:10] == "stat event" }) {
		t.Fatalf("no statistics of the event tables to keep: %v", before)
	}

	if err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ClearEvents(ctx) }); err != nil {
		t.Fatal(err)
	}
	if after := eventSchema(t, db); !slices.Equal(after, before) {
		t.Errorf("schema after ClearEvents:\n%v\nbefore:\n%v", after, before)
	}
	for _, table := range []string{"events", "event_keys", "event_mentions", "event_sources", "event_country_ranks", "event_actor_ranks"} {
		var n int
		if err := db.read.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s after ClearEvents: %d rows, %v", table, n, err)
		}
	}
	var counted int
	if err := db.read.QueryRow(`SELECT COALESCE(SUM(events), 0) FROM event_counts`).Scan(&counted); err != nil || counted != 0 {
		t.Errorf("event_counts after ClearEvents: %d events, %v", counted, err)
	}

	err = db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range evs {
			e := evs[i]
			e.NumMentions, e.NumArticles, e.NumSources, e.EarliestURL, e.EarliestAt = 0, 0, 0, "", nil
			id, err := tx.InsertEvent(ctx, &e)
			if err != nil {
				return err
			}
			if id != evs[i].ID {
				return fmt.Errorf("event %d stored again as %d", evs[i].ID, id)
			}
		}
		for i := range mentions {
			if err := tx.AddMention(ctx, &mentions[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := results()
	for i, q := range qs {
		if len(wantResults[i].ids) == 0 {
			t.Errorf("%+v: no events before ClearEvents: the comparison checks nothing", q)
		}
		if !slices.Equal(got[i].ids, wantResults[i].ids) || !slices.Equal(got[i].counts, wantResults[i].counts) {
			t.Errorf("%+v stored again: %v %v; before ClearEvents: %v %v", q, got[i].ids, got[i].counts, wantResults[i].ids, wantResults[i].counts)
		}
	}
	checkCountrySorts(t, db)
	checkRankPaths(t, db)
}
