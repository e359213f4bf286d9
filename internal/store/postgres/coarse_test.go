package postgres

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// TestMigrationListsCoarseDatesByStart upgrades a version-19 store whose
// events of their reports' own month or year sit on the reports' days:
// migration 20 moves them to the first day of their month or year, every
// copy of the date with them, and they list after the days of their month
// or year (as SQLite's migration 25).
func TestMigrationListsCoarseDatesByStart(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteReportDayCoarseEvents(t, db)
	db = reopenBefore(t, db, dsn, 20, undoV21)
	storetest.CheckCoarseDatesListed(t, db)
	checkRankPaths(t, db)
}

// TestMigrationFillsJointSpeakers upgrades a version-20 store with quotes
// of joint speakers: migration 21 restores their actors from the stored
// analyses (as SQLite's migration 26).
func TestMigrationFillsJointSpeakers(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteJointQuotes(t, db)
	db = reopenBefore(t, db, dsn, 21, undoV21)
	storetest.CheckJointQuotes(t, db)
}

// TestMigrationFillsConduitKinds upgrades a version-21 store with quotes
// through outlets and occasions: migration 22 restores the kinds of their
// conduits from the stored analyses, and a row whose conduit was emptied
// gets no kind (as SQLite's migration 27).
func TestMigrationFillsConduitKinds(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteConduitQuotes(t, db)
	db = reopenBefore(t, db, dsn, 22, undoV22+`UPDATE quotes SET conduit = '' WHERE text = 'Aid convoys will move at dawn';
	`)
	storetest.CheckConduitQuotes(t, db, "Aid convoys will move at dawn")
}

// TestMigrationFillsDisplay upgrades a version-23 store: migration 24
// restores the articles' site names and publish offsets from the stored
// analyses (as SQLite's migration 29).
func TestMigrationFillsDisplay(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteDisplayArticles(t, db)
	db = reopenBefore(t, db, dsn, 24, undoV24)
	storetest.CheckDisplayArticles(t, db)
}

// TestJointQuotesPlan: the quotes an actor spoke jointly are read from its
// rows of quote_speakers (its primary key), not by walking the quotes in
// their order and looking each up, with and without dates, words or a
// position.
func TestJointQuotesPlan(t *testing.T) {
	t.Parallel()
	conn := planConn(t, `SET enable_seqscan = off`)
	at := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, q := range []store.QuoteQuery{
		{Speaker: "CHN", Limit: 20},
		{Speaker: "CHN", Since: "2024-01-01", Until: "2024-12-31", Text: "quota", After: &store.QuotePos{Date: &at, ArticleID: 9, Seq: 1}, Limit: 20},
	} {
		query, args, err := quotesQueryBy(q, true)
		if err != nil {
			t.Fatal(err)
		}
		s := queryPlan(t, conn, query, cleanArgs(args)...)
		if !strings.Contains(s, "quote_speakers_pkey") || strings.Contains(s, "quotes_report_date") || strings.Contains(s, "quotes_speaker_report_date") {
			t.Errorf("%+v: %s", q, s)
		}
	}
}

// TestMigrationSearchesBylines upgrades a version-24 store, whose search
// vectors hold titles and bodies alone: migration 25 adds the folded words
// of the bylines of the articles already stored (not of the syndicated
// copy), and search finds and ranks them as it does the articles stored
// since (as SQLite's migration 30).
func TestMigrationSearchesBylines(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteBylineArticles(t, db)
	if _, err := db.db.ExecContext(context.Background(), undoV25); err != nil {
		t.Fatal(err)
	}
	// The version-24 vectors do not hold the reporters' names.
	var n int
	if err := db.db.QueryRowContext(context.Background(),
		`SELECT COUNT(*) FROM article_text WHERE tsv @@ 'novak'::tsquery`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("version-24 vectors: %d match novak, %v", n, err)
	}
	db = reopenBefore(t, db, dsn, 25, "")
	storetest.CheckBylineSearch(t, db)
}

// TestMigrationAddsEventSpans upgrades a version-25 store, whose events
// and reports have no span columns: migration 26 adds them, empty for the
// events already stored (remerge fills them from the analyses), and a
// planned event stored since keeps its span (as SQLite's migration 31).
func TestMigrationAddsEventSpans(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteUnspannedEvent(t, db)
	db = reopenBefore(t, db, dsn, 26, undoV26)
	storetest.CheckSpansAfterUpgrade(t, db)
}

// TestMigrationAddsEventLocations upgrades a version-26 store, whose events
// keep their place's text alone: migration 27 adds the place's actor and
// country (as SQLite's migration 32).
func TestMigrationAddsEventLocations(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteUnlocatedEvent(t, db)
	db = reopenBefore(t, db, dsn, 27, undoV27)
	storetest.CheckLocationsAfterUpgrade(t, db)
}

// TestMigrationAddsEventPolarity upgrades a version-27 store: migration 28
// adds events' and reports' polarity and modality (as SQLite's migration
// 33).
func TestMigrationAddsEventPolarity(t *testing.T) {
	t.Parallel()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteUnmarkedEvent(t, db)
	db = reopenBefore(t, db, dsn, 28, undoV28)
	storetest.CheckPolarityAfterUpgrade(t, db)
}
