package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

func TestFmtLatLong(t *testing.T) {
	for _, c := range []struct {
		p    *store.Point
		want string
	}{
		{&store.Point{Lat: 46.2022, Long: 6.1457}, "46.2022° N, 6.1457° E"},
		{&store.Point{Lat: -34.6037, Long: -58.3816}, "34.6037° S, 58.3816° W"},
		{&store.Point{}, "0.0000° N, 0.0000° E"},
		{nil, ""},
	} {
		if got := fmtLatLong(c.p); got != c.want {
			t.Errorf("fmtLatLong(%v) = %q, want %q", c.p, got, c.want)
		}
	}
}

// The event page gives the point of a place the knowledge base locates as
// text (no map is drawn or fetched), and none for a place it has no point
// for (a first-level region).
func TestEventPageLatLong(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "latlong.db")
	city := store.Event{Key: "k1", Type: "MEET", SourceActor: "FRA", SourceName: "France", TargetActor: "SDN", TargetName: "Sudan",
		Location: "Geneva", LocationActor: "city:CHE:geneve", LocationCountry: "CHE", Date: "2025-04-22", Precision: "day", QuadClass: 1}
	region := store.Event{Key: "k2", Type: "ASSAULT", SourceActor: "SDN.REB", SourceName: "rebels", TargetActor: "SDN", TargetName: "Sudan",
		Location: "North Darfur", LocationActor: "place:SDN-DN", LocationCountry: "SDN", Date: "2025-04-21", Precision: "day", QuadClass: 4}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []*store.Event{&city, &region} {
			if _, err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	code, body := fetch(t, mux, "/events/"+strconv.FormatInt(city.ID, 10))
	if code != 200 || !strings.Contains(body, `>46.2022° N, 6.1457° E</span></dd>`) {
		t.Errorf("Geneva's page: status %d, want its point as text", code)
	}
	code, body = fetch(t, mux, "/events/"+strconv.FormatInt(region.ID, 10))
	if code != 200 || !strings.Contains(body, "North Darfur") || strings.Contains(body, `class="muted point"`) {
		t.Errorf("North Darfur's page: status %d, want the place and no point (regions have none)", code)
	}
}
