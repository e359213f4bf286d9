package web

import (
	"context"
	"net/http"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// A bad value of a parameter the API refuses is the page's 400 with its
// error view, not the page drawn without it: /graph?events=abc and
// /actors/IRN?articles_cursor=zz answered 200 where /api/graph and
// /api/actors/IRN answer 400. Good values are taken, as the API takes them.
func TestBadParametersArePagesBadRequest(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "badparams.db")
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "k1", Type: "ACCUSE", SourceActor: "IRN", SourceName: "Iran", TargetActor: "ISR", TargetName: "Israel", Date: "2026-11-20", QuadClass: 3},
			{Key: "k2", Type: "CONSULT", SourceActor: "IRN", SourceName: "Iran", TargetActor: "OMN", TargetName: "Oman", Date: "2026-11-21", QuadClass: 1},
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
		{"/graph?events=abc", 400, []string{"events: ", `<form class="filters"`}, nil},
		{"/graph?nodes=0&actor=IRN", 400, []string{"nodes: ", `name="actor" value="IRN"`}, nil},
		{"/graph?events=99999999", 400, []string{"events: "}, nil},
		// The sizes the page's own API link carries draw the graph.
		{"/graph?events=1&nodes=2", 200, []string{"<svg", "events=1", "nodes=2"}, nil},
		{"/graph", 200, []string{"<svg", "nodes=40"}, nil},
		{"/actors/IRN?articles_cursor=zz", 400, []string{"articles_cursor: "}, nil},
		{"/actors/IRN?cursor=zz", 400, []string{"cursor: "}, []string{"articles_cursor: "}},
		{"/actors/IRN", 200, []string{"<h1>Iran</h1>"}, nil},
	} {
		t.Run(c.path, func(t *testing.T) {
			checkPage(t, mux, c.path, c.code, c.want, c.none)
		})
	}
}
