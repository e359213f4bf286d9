package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// events --format json gives an event's place its point from the
// knowledge base (location_point), in the list and for one event, and
// none for a place the knowledge base gives no point (a region).
func TestEventsJSONLocationPoint(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "point.db")
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []*store.Event{
			{Key: "k1", Type: "MEET", SourceActor: "FRA", SourceName: "France", TargetActor: "SDN", TargetName: "Sudan",
				Location: "Geneva", LocationActor: "city:CHE:geneve", LocationCountry: "CHE", Date: "2025-04-22", Precision: "day", QuadClass: 1},
			{Key: "k2", Type: "ASSAULT", SourceActor: "SDN.REB", SourceName: "rebels", TargetActor: "SDN", TargetName: "Sudan",
				Location: "North Darfur", LocationActor: "place:SDN-DN", LocationCountry: "SDN", Date: "2025-04-21", Precision: "day", QuadClass: 4},
		} {
			if _, err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	geneva := store.Point{Lat: 46.2022, Long: 6.1457}
	out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "json")
	var list []store.Event
	if err := json.Unmarshal([]byte(out), &list); status != 0 || err != nil || len(list) != 2 {
		t.Fatalf("events json: status %d %v %s\n%s", status, err, errOut, out)
	}
	for _, e := range list {
		switch e.LocationActor {
		case "city:CHE:geneve":
			if e.LocationPoint == nil || *e.LocationPoint != geneva {
				t.Errorf("Geneva: point %v, want %v", e.LocationPoint, geneva)
			}
		default:
			if e.LocationPoint != nil {
				t.Errorf("%s: point %v, want none", e.LocationActor, e.LocationPoint)
			}
		}
	}
	out, errOut, status = storeCmd(t, "events", "--db", db, "--format", "json", "--id", "1")
	var one store.Event
	if err := json.Unmarshal([]byte(out), &one); status != 0 || err != nil || one.LocationPoint == nil || *one.LocationPoint != geneva {
		t.Errorf("events --id 1 json: status %d %v %s point %v\n%s", status, err, errOut, one.LocationPoint, out)
	}
}
