package cli

import (
	"context"
	"errors"
	"fmt"
	"github.com/newsgraph/newsgraph/internal/api"
	"strconv"

	"github.com/newsgraph/newsgraph/internal/store"
)

func runActors(ctx context.Context, env Env, args []string) error {
	fs := newFlagSet(env, "actors", "actors [flags]\n\n"+
		"Top actors by articles and events, or with --actor the actors it has events with.")
	db := dbFlag(fs, env)
	var q store.ActorQuery
	fs.StringVar(&q.Actor, "actor", "", "show this actor's counterparts (actor id or name)")
	fs.IntVar(&q.Limit, "limit", 20, "actors per page (max 1000)")
	fs.IntVar(&q.Offset, "offset", 0, "actors to skip")
	format := fs.String("format", "", outputFlagHelp)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 1 && q.Actor == "" {
		q.Actor = rest[0] // "newsgraph actors Germany" reads naturally too
	} else if len(rest) > 0 {
		return usageError("unexpected arguments %q (actors takes one actor at most: newsgraph actors --actor Germany)", rest)
	}
	// A counterpart without an id is listed as "name:" and its name (as
	// the graph and the API name it); that id names it here too.
	q.Actor = api.ActorParam(q.Actor)
	if err := checkPage(q.Limit, q.Offset); err != nil {
		return err
	}
	if *format, err = resolveFormat(env, *format); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	as, err := st.Actors(ctx, q)
	if err != nil {
		return badQuery(err)
	}
	if len(as) == 0 && q.Actor != "" && q.Offset == 0 {
		// A mistyped actor would otherwise look like an actor with no
		// counterparts: say whether the store knows it at all, as the
		// API's /api/actors/{id} does with a 404.
		if err := checkActorKnown(ctx, st, q.Actor); err != nil {
			return err
		}
	}
	header := []string{"id", "name", "type", "country", "articles", "events"}
	if q.Actor != "" {
		header[5] = "events_with_" + q.Actor
	}
	rs := rowSet{header: header}
	for _, a := range as {
		rs.add(a, a.ID, a.Name, a.Type, a.Country, strconv.Itoa(a.Articles), strconv.Itoa(a.Events))
	}
	return rs.write(env.Stdout, *format)
}

// checkActorKnown returns an error when the store has no actor of that id
// or name and no event names it either.
func checkActorKnown(ctx context.Context, st store.Store, actor string) error {
	if _, err := st.Actor(ctx, actor); !errors.Is(err, store.ErrNotFound) {
		return err
	}
	evs, err := st.Events(ctx, store.EventQuery{Actor: actor, Limit: 1})
	if err != nil || len(evs) > 0 {
		return err
	}
	return fmt.Errorf("actor %q: %w in this store (newsgraph actors lists the top actors; ids such as JPN or names such as Japan)", actor, store.ErrNotFound)
}
