package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// The event page's Where shows the place with its country's name (unless
// the place is the country) and links to what else happened there; the
// events page's Where box lists the events that happened in a country,
// keeps what was typed, and marks a value that is no alpha-3 code.
func TestWherePlaceAndFilter(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "where.db")
	town := store.Event{Key: "k1", Type: "ASSAULT", SourceActor: "SDN.REB", SourceName: "rebels", TargetActor: "SDN", TargetName: "Sudan",
		Location: "Nyala", LocationActor: "SDN_NYALA", LocationCountry: "SDN", Date: "2025-04-22", Precision: "day", QuadClass: 4}
	country := store.Event{Key: "k2", Type: "MEET", SourceActor: "FRA", SourceName: "France", TargetActor: "SDN", TargetName: "Sudan",
		Location: "Sudan", LocationActor: "SDN", LocationCountry: "SDN", Date: "2025-04-21", Precision: "day", QuadClass: 1}
	abroad := store.Event{Key: "k3", Type: "MEET", SourceActor: "SDN", SourceName: "Sudan", TargetActor: "FRA", TargetName: "France",
		Location: "Paris", LocationActor: "FRA_PARIS", LocationCountry: "FRA", Date: "2025-04-20", Precision: "day", QuadClass: 1}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []*store.Event{&town, &country, &abroad} {
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
	page := func(path string) string {
		t.Helper()
		code, body := fetch(t, mux, path)
		if code != 200 {
			t.Fatalf("%s: status %d", path, code)
		}
		return body
	}
	body := page("/events/" + strconv.FormatInt(town.ID, 10))
	for _, want := range []string{`<dt>Where</dt><dd>Nyala <span class="muted country" title="country code SDN">Sudan</span>`, `href="/events?where=SDN"`} {
		if !strings.Contains(body, want) {
			t.Errorf("town's page: want %q", want)
		}
	}
	body = page("/events/" + strconv.FormatInt(country.ID, 10))
	if !strings.Contains(body, `<dt>Where</dt><dd>Sudan <a href="/events?where=SDN"`) {
		t.Errorf("a place that is the country names it once")
	}
	body = page("/events?where=sdn")
	if !strings.Contains(body, `/events/`+strconv.FormatInt(town.ID, 10)+`"`) || !strings.Contains(body, `/events/`+strconv.FormatInt(country.ID, 10)+`"`) {
		t.Errorf("where=sdn: the events in Sudan are not listed")
	}
	if strings.Contains(body, `/events/`+strconv.FormatInt(abroad.ID, 10)+`"`) {
		t.Errorf("where=sdn lists the talks in Paris, which only involve Sudan")
	}
	if !strings.Contains(body, `name="where" value="sdn"`) {
		t.Errorf("the Where box lost what was typed")
	}
	// The country's name reads as its code; a code of no country is refused.
	body = page("/events?where=Sudan")
	if !strings.Contains(body, `/events/`+strconv.FormatInt(town.ID, 10)+`"`) || strings.Contains(body, `/events/`+strconv.FormatInt(abroad.ID, 10)+`"`) {
		t.Errorf("where=Sudan: not the events in Sudan")
	}
	if code, body := fetch(t, mux, "/events?where=ZZZ"); code != http.StatusBadRequest || !strings.Contains(body, `unknown country &#34;ZZZ&#34;`) {
		t.Errorf("where=ZZZ: status %d; want 400 saying the country is unknown", code)
	}
	code, body := fetch(t, mux, "/events?where=NATO")
	if code != http.StatusBadRequest || !strings.Contains(body, `name="where" value="NATO" size="4" maxlength="100" placeholder="SDN" title="the country the event happened in: ISO 3166 alpha-3 (SDN) or its name (Sudan)" aria-invalid="true"`) {
		t.Errorf("where=NATO: status %d; want 400 with the box marked", code)
	}
}
