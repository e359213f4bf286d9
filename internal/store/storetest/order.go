package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
)

// DumpOrder lists what a store holds that depends on the order articles
// were stored in: article ids and canonical articles, merged events with
// their ids, party names, earliest report and mentions, and the failures.
// Only the ingest times are left out. Two ingests of one input in one
// order give the same dump.
func DumpOrder(t testing.TB, st store.Store) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		as, err := tx.Articles(ctx, 0, 1000)
		if err != nil {
			return err
		}
		urls := map[int64]string{}
		for _, a := range as {
			urls[a.ID] = a.URL
		}
		for _, a := range as {
			fmt.Fprintf(&b, "article %d %s duplicate_of=%q\n", a.ID, a.URL, urls[a.DuplicateOf])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.EventQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		_, ms, err := st.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		e.FirstSeen = time.Time{}
		fmt.Fprintf(&b, "event %+v\n", e)
		for _, m := range ms {
			m.Published = nil
			fmt.Fprintf(&b, "  mention %+v\n", m)
		}
	}
	fs, err := st.Failures(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		fmt.Fprintf(&b, "failure %s %s %s\n", f.Source, f.Stage, f.Error)
	}
	return b.String()
}
