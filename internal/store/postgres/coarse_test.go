package postgres

import (
	"context"
	"testing"

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
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteReportDayCoarseEvents(t, db)
	if _, err := db.db.ExecContext(ctx, undoV21+`DELETE FROM schema_migrations WHERE version >= 20`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db = openDSN(t, dsn)
	storetest.CheckCoarseDatesListed(t, db)
	checkRankPaths(t, db)
}

// TestMigrationFillsJointSpeakers upgrades a version-20 store with quotes
// of joint speakers: migration 21 restores their actors from the stored
// analyses (as SQLite's migration 26).
func TestMigrationFillsJointSpeakers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.WriteJointQuotes(t, db)
	if _, err := db.db.ExecContext(ctx, undoV21+`DELETE FROM schema_migrations WHERE version >= 21`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db = openDSN(t, dsn)
	storetest.CheckJointQuotes(t, db)
}
