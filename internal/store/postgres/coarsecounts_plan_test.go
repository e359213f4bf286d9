package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store/postgres/pgtest"
	"github.com/newsgraph/newsgraph/internal/store/storetest"
)

// TestCoarseCountsPlan: the timeline's look-up of the events known only to
// a month or a year (coarseCountsQuery), with no key filter, reads the
// partial index of those events (migration 0032), not every event of the
// first days of the months by the dates' or a filter's index. The events
// are storetest.SeedEvents' (all dated to the day), analysed, so that the
// planner weighs the indexes by what they hold.
func TestCoarseCountsPlan(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dsn, _ := pgtest.DSN(t)
	db := openDSN(t, dsn)
	storetest.SeedEvents(t, db, 2000)
	analyzeSchema(t, db)
	conn, err := db.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SET plan_cache_mode = force_generic_plan`); err != nil {
		t.Fatal(err)
	}
	days := []string{"2024-01-01", "2024-02-01", "2024-03-01"}
	for _, c := range []struct {
		name         string
		bucket       string
		corroborated bool
		quad         int
		want         string
	}{
		{"every event", "", false, 0, "events_coarse_date"},
		{"two sources", "", true, 0, "events_coarse_date"},
		{"a type", "type:PROTEST", false, 0, "events_coarse_date"},
		{"a quad class", "", false, 4, "events_coarse_date"},
		// A key's look-up keeps its range of event_keys (a near miss: the
		// partial index must not displace it).
		{"an actor", "k:a:a017", false, 0, "event_keys_pkey"},
	} {
		query, args := coarseCountsQuery(c.bucket, c.corroborated, c.quad, days)
		if s := queryPlan(t, conn, query, cleanArgs(args)...); !strings.Contains(s, c.want) {
			t.Errorf("plan, %s: %s; want %s", c.name, s, c.want)
		}
	}
}
