package web

import (
	"context"
	"net/http"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// An actor filter of the graph's "name:" prefix alone is the page's 400
// naming the parameter (as /api/events answers), not the list drawn with
// the filter dropped; "name:" and a name is the actor of that name.
func TestBareNamePrefixIsBadRequest(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "emptyname.db")
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "k1", Type: "ACCUSE", SourceActor: "IRN", SourceName: "Iran", TargetActor: "ISR", TargetName: "Israel", Date: "2026-11-20", QuadClass: 3},
			{Key: "k2", Type: "CONSULT", SourceName: "fishermen", TargetActor: "OMN", TargetName: "Oman", Date: "2026-11-21", QuadClass: 1},
		} {
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	for _, c := range []struct {
		path       string
		code       int
		want, none []string
	}{
		{"/events?actor=name:", 400, []string{"actor: "}, []string{"Israel"}},
		{"/events?source=name:+", 400, []string{"source: "}, nil},
		{"/graph?target=name:", 400, []string{"target: "}, nil},
		{"/timeline?actor=name:", 400, []string{"actor: "}, nil},
		{"/events?actor=name:fishermen", 200, []string{"Oman"}, []string{"Israel"}},
		{"/events?actor=", 200, []string{"Oman", "Israel"}, nil},
	} {
		t.Run(c.path, func(t *testing.T) {
			checkPage(t, mux, c.path, c.code, c.want, c.none)
		})
	}
}
