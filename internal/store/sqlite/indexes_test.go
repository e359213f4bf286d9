package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// droppedEventIndexes are the events indexes migration 24 drops.
var droppedEventIndexes = []string{"events_source_country", "events_target_country", "events_source_name", "events_target_name"}

// eventIndexes names the indexes on the events table of the store.
func eventIndexes(t *testing.T, db *DB) []string {
	t.Helper()
	rows, err := db.read.QueryContext(context.Background(), `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return names
}

// TestMigrationDropsUnusedEventIndexes upgrades a version-23 store, which
// still has the events indexes by country and by name: they are gone, the
// actor indexes that the sector filter can use stay, and the store counts
// and lists its events as before.
func TestMigrationDropsUnusedEventIndexes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v23.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.SeedRankEvents(t, db, 200, 3)
	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	db = reopenBefore(t, db, path, 24, undoV24)
	names := eventIndexes(t, db)
	for _, n := range droppedEventIndexes {
		if slices.Contains(names, n) {
			t.Errorf("indexes after the upgrade %v: %s is left", names, n)
		}
	}
	for _, n := range []string{"events_source_actor", "events_target_actor", "events_date"} {
		if !slices.Contains(names, n) {
			t.Errorf("indexes after the upgrade %v: no %s", names, n)
		}
	}
	after, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("stats after the upgrade %+v, before %+v", after, before)
	}
	evs, err := db.Events(ctx, store.EventQuery{Country: "FRA", Limit: 1000})
	if err != nil || len(evs) == 0 {
		t.Errorf("events of FRA after the upgrade: %d, %v", len(evs), err)
	}
}

// TestNoQueryUsesDroppedIndexes is why migration 24 could drop them: with
// the four indexes put back, no event listing or count shape (those the
// benchmarks ask, and a sector and a party named by words) is planned
// through any of them.
func TestNoQueryUsesDroppedIndexes(t *testing.T) {
	db := planDB(t)
	// The events' span and place columns (migrations 31 and 32) stay:
	// the queries planned read them.
	execRaw(t, db.path, undoV24[len(undoV31):]...)
	if names := eventIndexes(t, db); !slices.Contains(names, "events_source_name") {
		t.Fatalf("indexes %v: the dropped ones were not put back", names)
	}
	qs := []store.EventQuery{{Sector: "military"}, {Source: "the protesters"}, {Target: "Police", Sort: store.SortSources}}
	for _, c := range storetest.EventQueries {
		qs = append(qs, c.Q)
	}
	for _, c := range storetest.CountQueries {
		qs = append(qs, c.Q)
	}
	for i, q := range qs {
		for _, counts := range []bool{false, true} {
			query, args, err := eventsSQL(q, counts)
			if counts {
				query, args, err = eventCountsQuery(q)
			}
			if err != nil {
				t.Fatal(err)
			}
			plan := queryPlan(t, db, query, args...)
			for _, n := range droppedEventIndexes {
				if strings.Contains(plan, n) {
					t.Errorf("query %d %+v (counts %v) uses %s: %s", i, q, counts, n, plan)
				}
			}
		}
	}
}

// TestCountEventsPlan: a count the kept counts answer reads event_counts'
// rows of its bucket; any other finds the matches as the date listing
// does, by the first key filter's range of event_keys or a filter's
// index, and stops at the limit, never sorting them.
func TestCountEventsPlan(t *testing.T) {
	db := planDB(t)
	for _, c := range []struct {
		q    store.EventQuery
		kept bool
		want string
	}{
		{store.EventQuery{}, true, "event_counts"},
		{store.EventQuery{Country: "FRA", Since: "2025-01-01", Sort: store.SortSources}, true, "event_counts"},
		{store.EventQuery{Country: "FRA", Type: "PROTEST"}, false, "PRIMARY KEY (key=?)"},
		{store.EventQuery{Source: "A1", Target: "B2", Sort: store.SortGoldstein}, false, "PRIMARY KEY (key=?)"},
		{store.EventQuery{MinSources: 3}, false, "COVERING INDEX events_sources (num_sources>?)"},
		{store.EventQuery{Article: 7}, false, "event_mentions"},
	} {
		query, args, kept, err := countEventsQuery(c.q, 100)
		if err != nil {
			t.Fatal(err)
		}
		plan := queryPlan(t, db, query, args...)
		if kept != c.kept || !strings.Contains(plan, c.want) || strings.Contains(plan, "TEMP B-TREE") {
			t.Errorf("%+v: kept %v, plan %s; want kept %v, %s, no sort", c.q, kept, plan, c.kept, c.want)
		}
	}
}

// TestDateSortedKeysPlan: a page newest first with two key filters walks
// the driver's range of event_keys in (date, event id) order and looks
// the other key up per event by event_keys_event, sorting nothing and
// building no id set of the other key (which read every event of it).
func TestDateSortedKeysPlan(t *testing.T) {
	db := planDB(t)
	after := &store.EventPos{ID: 9, Date: "2025-03-10"}
	for _, c := range []struct {
		q     store.EventQuery
		drive string
	}{
		{store.EventQuery{Source: "A005", Target: "A000"}, "t:a000"},
		{store.EventQuery{Country: "C00", Actor: "A005"}, "a:a005"},
		{store.EventQuery{Country: "C00", Actor: "A005", After: after}, "c:c00"},
		{store.EventQuery{Country: "C00", Actor: "A005", Before: after}, "a:a005"},
	} {
		query, args, err := drivenEventsSQL(c.q, false, c.drive)
		if err != nil {
			t.Fatal(err)
		}
		if args[0] != c.drive {
			t.Errorf("%+v: the first argument is %v, want the driver %s", c.q, args[0], c.drive)
		}
		plan := queryPlan(t, db, query, args...)
		if !strings.Contains(plan, "SEARCH k USING PRIMARY KEY (key=?") || !strings.Contains(plan, "event_keys_event") ||
			strings.Contains(plan, "TEMP B-TREE") || strings.Contains(plan, "LIST SUBQUERY") {
			t.Errorf("%+v driven by %s: %s", c.q, c.drive, plan)
		}
	}
}

// TestMigrationListsCoarseDatesByStart upgrades a version-24 store whose
// events of their reports' own month or year sit on the reports' days:
// they move to the first day of their month or year, every copy of the
// date with them, and list after the days of their month or year.
func TestMigrationListsCoarseDatesByStart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v24.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteReportDayCoarseEvents(t, db)
	db = reopenBefore(t, db, path, 25, undoV26)
	storetest.CheckCoarseDatesListed(t, db)
	checkCountrySorts(t, db)
}

// TestMigrationFillsJointSpeakers upgrades a version-25 store with quotes
// of joint speakers: migration 26 restores their actors from the stored
// analyses, so that they are listed with the quotes and a speaker filter
// finds the quotes by any of them.
func TestMigrationFillsJointSpeakers(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v25.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteJointQuotes(t, db)
	db = reopenBefore(t, db, path, 26, undoV26)
	storetest.CheckJointQuotes(t, db)
}

// TestMigrationFillsConduitKinds upgrades a version-26 store with quotes
// through outlets and occasions: migration 27 restores the kinds of their
// conduits from the stored analyses, and a row whose conduit was emptied
// (as rows stored before schema 7 have none) gets no kind.
func TestMigrationFillsConduitKinds(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v26.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteConduitQuotes(t, db)
	db = reopenBefore(t, db, path, 27, append(slices.Clone(undoV27), `UPDATE quotes SET conduit = '' WHERE text = 'Aid convoys will move at dawn'`))
	storetest.CheckConduitQuotes(t, db, "Aid convoys will move at dawn")
}

// TestMigrationFillsDisplay upgrades a version-28 store: migration 29
// restores the articles' site names and publish offsets from the stored
// analyses, so that the listings show them as the articles' pages do.
func TestMigrationFillsDisplay(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v28.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteDisplayArticles(t, db)
	db = reopenBefore(t, db, path, 29, undoV29)
	storetest.CheckDisplayArticles(t, db)
}

// TestJointQuotesPlan: the quotes an actor spoke jointly are read from
// its rows of quote_speakers (a search of its primary key), never by
// walking every quote, with and without a date range or position.
func TestJointQuotesPlan(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	at := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, q := range []store.QuoteQuery{
		{Speaker: "CHN", Limit: 20},
		{Speaker: "CHN", Since: "2024-01-01", Until: "2024-12-31", Limit: 20},
		{Speaker: "CHN", Text: "quota", After: &store.QuotePos{Date: &at, ArticleID: 9, Seq: 1}, Limit: 20},
	} {
		query, args, err := quotesQueryBy(q, true)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, db, query, args...)
		if !strings.Contains(s, "SEARCH s USING PRIMARY KEY (actor_id=?)") || strings.Contains(s, "SCAN q") {
			t.Errorf("%+v: %s", q, s)
		}
	}
}

// TestMigrationSearchesBylines upgrades a version-29 store, whose search
// index holds titles and bodies alone: migration 30 indexes the bylines of
// the articles already stored (not of the syndicated copy), and search
// finds and ranks them as it does the articles stored since.
func TestMigrationSearchesBylines(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v29.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteBylineArticles(t, db)
	db.Close()
	execRaw(t, path, append(slices.Clone(undoV30), `DELETE FROM schema_migrations WHERE version >= 30`)...)
	// The version-29 index does not know the reporters' names.
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	err = raw.QueryRow(`SELECT COUNT(*) FROM article_fts WHERE article_fts MATCH 'novak'`).Scan(&n)
	raw.Close()
	if err != nil || n != 0 {
		t.Fatalf("version-29 index: %d matches of novak, %v", n, err)
	}
	db, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	storetest.CheckBylineSearch(t, db)
}

// TestMigrationAddsEventSpans upgrades a version-30 store, whose events
// and reports have no span columns: migration 31 adds them, empty for the
// events already stored (remerge fills them from the analyses), and a
// planned event stored since keeps its span.
func TestMigrationAddsEventSpans(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v30.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteUnspannedEvent(t, db)
	db = reopenBefore(t, db, path, 31, undoV31)
	storetest.CheckSpansAfterUpgrade(t, db)
}
