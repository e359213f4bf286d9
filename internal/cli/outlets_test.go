package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// Four happenings, each told by three hand-written outlets (one of which
// gets a detail wrong: a casualty count or the day) go through the real
// pipeline: each happening is one event with all its outlets, and two
// happenings between the same countries on consecutive days (a shelling
// and the retaliation; air strikes on a Sunday and again on a Monday) stay
// apart. See internal/merge/testdata/outlets.
func TestOutletsMergeEachHappeningOnce(t *testing.T) {
	dir := filepath.Join("..", "merge", "testdata", "outlets")
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) != 12 {
		t.Fatalf("fixtures %v: %v", files, err)
	}
	db := filepath.Join(t.TempDir(), "outlets.db")
	if _, errOut, status := storeCmd(t, append([]string{"ingest", "--db", db, "--progress", "never"}, files...)...); status != 0 {
		t.Fatalf("ingest: %d %s", status, errOut)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	evs, err := st.Events(ctx, store.EventQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	// find returns the events of a CAMEO code between two parties (by
	// person, else country, either way round for symmetric types) as
	// "date/sources".
	find := func(cameo, src, tgt string, either bool) []string {
		var out []string
		for _, e := range evs {
			s, g := e.SourceCountry, e.TargetCountry
			if e.SourceActor != "" && e.SourceActor[0] == 'p' {
				s = e.SourceActor
			}
			if e.TargetActor != "" && e.TargetActor[0] == 'p' {
				g = e.TargetActor
			}
			if e.CAMEO == cameo && (s == src && g == tgt || either && s == tgt && g == src) {
				out = append(out, fmt.Sprintf("%s/%d", e.Date, e.NumSources))
			}
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		name, cameo, src, tgt string
		either                bool
		want                  []string
	}{
		// The third outlet says four soldiers died, not three. (Its
		// "killing four Armenian soldiers" is an event of its own, 1823.)
		{"Monday's shelling", "194", "AZE", "ARM", false, []string{"2026-11-16/3"}},
		// The first outlet, published before it, does not tell it.
		{"Tuesday's retaliation", "193", "ARM", "AZE", false, []string{"2026-11-17/2"}},
		// The third outlet dates the meeting to Thursday.
		{"the Seoul summit", "040", "person:sanae_takaichi", "person:lee_jae_myung", true, []string{"2026-11-18/3"}},
		// The third outlet dates the signing to Wednesday.
		{"the defence pact", "057", "DEU", "POL", true, []string{"2026-11-19/3"}},
		// The second outlet tells both days' strikes; the third tells
		// Monday's in a predicate coordinated after Sunday's, with its
		// own date.
		{"the air strikes", "195", "PAK", "AFG", false, []string{"2026-11-22/3", "2026-11-23/2"}},
	} {
		if got := find(c.cameo, c.src, c.tgt, c.either); !slices.Equal(got, c.want) {
			t.Errorf("%s: events (date/sources) %v, want %v", c.name, got, c.want)
		}
	}
}
