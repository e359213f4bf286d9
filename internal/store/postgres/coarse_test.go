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
	if _, err := db.db.ExecContext(ctx, `DELETE FROM schema_migrations WHERE version >= 20`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db = openDSN(t, dsn)
	storetest.CheckCoarseDatesListed(t, db)
	checkRankPaths(t, db)
}
