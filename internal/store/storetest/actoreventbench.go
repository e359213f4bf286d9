package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// The actors of SeedActorEvents: BigEventActor takes part in about a
// quarter of the events, SmallEventActor in a few dozen of 20,000.
const (
	BigEventActor   = "A000"
	SmallEventActor = "A250"
)

// SeedActorEvents stores n events over n/5 articles as SeedEvents does,
// but with the skew of real news: each party is BigEventActor one time in
// eight, else drawn from a Zipf distribution over the 300 actors, so a few
// actors have thousands of events and most have a few dozen. The per-actor
// benchmarks (BenchActorEvents) and the planner's statistics see that
// skew. Synthetic data, fixed seed.
func SeedActorEvents(tb testing.TB, db store.Store, n int) {
	r := rand.New(rand.NewPCG(5, 6))
	zipf := rand.NewZipf(r, 1.1, 8, 299)
	seedEvents(tb, db, n, r, func(r *rand.Rand) int {
		if r.IntN(8) == 0 {
			return 0
		}
		return int(zipf.Uint64())
	})
}

// ActorEventSorts are the orders BenchActorEvents lists an actor's events
// in: the date, and the sorts that are not the order of event_keys.
var ActorEventSorts = []string{store.SortDate, store.SortSources, store.SortArticles, store.SortFirst, store.SortGoldstein}

// BenchActorEvents measures the events of one actor in each of
// ActorEventSorts, for BigEventActor and SmallEventActor of a store
// seeded by SeedActorEvents: the first page of 20 and the keyset page
// 1,000 rows in (the big actor only). It reports p50 and p99.
func BenchActorEvents(b *testing.B, db store.Store) {
	for _, actor := range []string{BigEventActor, SmallEventActor} {
		for _, order := range ActorEventSorts {
			list := func(ctx context.Context, limit int, after *store.EventPos) ([]store.Event, error) {
				return db.Events(ctx, store.EventQuery{Actor: actor, Sort: order, Limit: limit, After: after})
			}
			b.Run(fmt.Sprintf("%s-%s", actor, order), func(b *testing.B) {
				if actor == BigEventActor {
					benchPagesAt(b, 1000, list, store.Event.Pos)
					return
				}
				benchPagesAt(b, 0, list, store.Event.Pos)
			})
		}
	}
	// The same party as source or target only, and A005 (a mid-sized
	// party) within BigEventActor's country (C00, in over a quarter of
	// the events), in the sorts other than date: first pages.
	for _, c := range []struct {
		name string
		q    store.EventQuery
	}{
		{"source-" + BigEventActor, store.EventQuery{Source: BigEventActor}},
		{"target-" + BigEventActor, store.EventQuery{Target: BigEventActor}},
		{"source-A005", store.EventQuery{Source: "A005"}},
		{"country-C00-A005", store.EventQuery{Country: "C00", Actor: "A005"}},
	} {
		for _, order := range ActorEventSorts[1:] {
			q := c.q
			q.Sort = order
			list := func(ctx context.Context, limit int, after *store.EventPos) ([]store.Event, error) {
				q := q
				q.Limit, q.After = limit, after
				return db.Events(ctx, q)
			}
			b.Run(fmt.Sprintf("%s-%s", c.name, order), func(b *testing.B) {
				benchPagesAt(b, 0, list, store.Event.Pos)
			})
		}
	}
	// Two party filters newest first, the big party named first and
	// last (the filter named first drove a date-sorted page), and a
	// mid-sized party within the big party's country.
	for _, c := range []struct {
		name string
		q    store.EventQuery
	}{
		{"date-source-" + BigEventActor + "-target-A005", store.EventQuery{Source: BigEventActor, Target: "A005"}},
		{"date-source-A005-target-" + BigEventActor, store.EventQuery{Source: "A005", Target: BigEventActor}},
		{"date-source-" + BigEventActor + "-actor-A005", store.EventQuery{Source: BigEventActor, Actor: "A005"}},
		{"date-country-C00-A005", store.EventQuery{Country: "C00", Actor: "A005"}},
	} {
		q := c.q
		list := func(ctx context.Context, limit int, after *store.EventPos) ([]store.Event, error) {
			q := q
			q.Limit, q.After = limit, after
			return db.Events(ctx, q)
		}
		b.Run(c.name, func(b *testing.B) {
			benchPagesAt(b, 0, list, store.Event.Pos)
		})
	}
}
