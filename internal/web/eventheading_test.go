package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// An event page's heading and title name a side its report leaves unnamed
// "—", as its Who/Whom rows do, instead of ending or starting on a bare
// arrow ("ACCUSE: United Kingdom → ").
func TestEventHeadingUnnamedSide(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "heading.db")
	events := []struct {
		name string
		ev   store.Event
		want string
	}{
		{"both sides", store.Event{Key: "k1", Type: "COERCE", SourceActor: "HUN", SourceName: "Hungary", TargetActor: "HUN.MED", TargetName: "Hungary media", Date: "2026-11-23", QuadClass: 4},
			"COERCE: Hungary → Hungary media"},
		{"no target", store.Event{Key: "k2", Type: "ACCUSE", SourceActor: "GBR", SourceName: "United Kingdom", Date: "2026-11-20", QuadClass: 3},
			"ACCUSE: United Kingdom → —"},
		{"no source", store.Event{Key: "k3", Type: "RETREAT", TargetName: "dock workers", Date: "2026-11-21", QuadClass: 2},
			"RETREAT: — → dock workers"},
		{"neither", store.Event{Key: "k4", Type: "PROTEST", Date: "2026-11-22", QuadClass: 3}, "PROTEST"},
		{"markup in a name", store.Event{Key: "k5", Type: "PROTEST", SourceName: `<i>"strikers"</i>`, Date: "2026-11-22", QuadClass: 3},
			"PROTEST: &lt;i&gt;&#34;strikers&#34;&lt;/i&gt; → —"},
	}
	ids := make([]int64, len(events))
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range events {
			id, err := tx.InsertEvent(ctx, &events[i].ev)
			if err != nil {
				return err
			}
			ids[i] = id
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	for i, tt := range events {
		t.Run(tt.name, func(t *testing.T) {
			code, body := fetch(t, mux, "/events/"+strconv.FormatInt(ids[i], 10))
			if code != 200 {
				t.Fatalf("status %d", code)
			}
			for _, want := range []string{"<h1>" + tt.want + "</h1>", "<title>" + tt.want + " · newsgraph</title>"} {
				if !strings.Contains(body, want) {
					t.Errorf("want %q in the page", want)
				}
			}
		})
	}
}
