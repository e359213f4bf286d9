package web

import (
	"context"
	"net/http"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// An event's page names its CAMEO code with the codebook's verb name and
// shows its PLOVER mode; the lists name it in the type's tooltip. A code
// the tables do not name is shown bare.
func TestEventCAMEOLabelAndMode(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "cameo.db")
	evs := []store.Event{
		{Key: "k1", Type: "COERCE", CAMEO: "1721", Mode: "restrict", SourceActor: "HUN", SourceName: "Hungary", TargetActor: "HUN.MED", TargetName: "Hungary media", Date: "2026-11-23", QuadClass: 4, Goldstein: -5},
		{Key: "k2", Type: "COERCE", CAMEO: "1799", SourceActor: "HUN", SourceName: "Hungary", Date: "2026-11-22", QuadClass: 4},
	}
	ids := make([]int64, len(evs))
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range evs {
			id, err := tx.InsertEvent(ctx, &evs[i])
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
	tests := []struct {
		path       string
		want, none []string
	}{
		{"/events/" + strconv.FormatInt(ids[0], 10),
			[]string{"CAMEO 1721 (Impose restrictions on political freedoms)", "<dt>Mode</dt>", ">restrict</span>"}, nil},
		{"/events/" + strconv.FormatInt(ids[1], 10),
			[]string{"CAMEO 1799 · Goldstein"}, []string{"CAMEO 1799 (", "<dt>Mode</dt>"}},
		{"/events", []string{`title="CAMEO 1721 (Impose restrictions on political freedoms), mode restrict"`, `title="CAMEO 1799"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			checkPage(t, mux, tt.path, 200, tt.want, tt.none)
		})
	}
}
