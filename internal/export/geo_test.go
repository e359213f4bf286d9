package export

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/store"
)

func TestGeoType(t *testing.T) {
	for _, c := range []struct {
		actor, country string
		want           int
	}{
		{"SDN", "SDN", GeoCountry},
		{"USA", "USA", GeoCountry},
		{"city:SDN:nyala", "SDN", GeoWorldCity},
		{"town:SDN:kutum", "SDN", GeoWorldCity},
		{"city:USA:houston", "USA", GeoUSCity},
		{"place:USA-TX", "USA", GeoUSState},
		{"place:NGA-KD", "NGA", GeoWorldState},
		{"loc:bab_el_mandeb", "", GeoNone}, // a strait: no GDELT type
		{"", "SDN", GeoNone},               // a place resolved to no actor
		{"SDN.GOV", "SDN", GeoNone},        // not a place
	} {
		if got := GeoType(c.actor, c.country); got != c.want {
			t.Errorf("GeoType(%q, %q) = %d, want %d", c.actor, c.country, got, c.want)
		}
	}
}

// Every country, city and region of the knowledge base has the GDELT type
// of its kind: the id scheme GeoType reads is the knowledge base's.
func TestGeoTypeOfKBPlaces(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[int]int{}
	for _, a := range k.Actors() {
		if a.Type != kb.TypeCountry && a.Type != kb.TypePlace {
			continue
		}
		got := GeoType(a.ID, a.Country)
		counts[got]++
		want := GeoNone
		switch {
		case a.Type == kb.TypeCountry:
			want = GeoCountry
		case strings.HasPrefix(a.ID, "city:"):
			want = GeoWorldCity
			if a.Country == "USA" {
				want = GeoUSCity
			}
		case a.Parent == a.Country && strings.HasPrefix(a.ID, "place:"):
			want = GeoWorldState
			if a.Country == "USA" {
				want = GeoUSState
			}
		}
		if want != GeoNone && got != want {
			t.Errorf("%s (%s, %s): GeoType %d, want %d", a.ID, a.Type, a.Country, got, want)
		}
	}
	for _, typ := range []int{GeoCountry, GeoUSState, GeoUSCity, GeoWorldCity, GeoWorldState} {
		if counts[typ] == 0 {
			t.Errorf("no knowledge-base place of GDELT type %d", typ)
		}
	}
}

// ActionGeo: the type of the event's place and its name; the country code
// column stays empty (GDELT's is FIPS 10-4, newsgraph holds ISO codes);
// an event with no place has none.
func TestEventRowActionGeo(t *testing.T) {
	col := map[string]int{}
	for i, c := range EventColumns {
		col[c] = i
	}
	for _, c := range []struct {
		e             store.Event
		typ, name, cc string
	}{
		{store.Event{Location: "Nyala", LocationActor: "city:SDN:nyala", LocationCountry: "SDN"}, "4", "Nyala", ""},
		{store.Event{Location: "Sudan", LocationActor: "SDN", LocationCountry: "SDN"}, "1", "Sudan", ""},
		{store.Event{Location: "Texas", LocationActor: "place:USA-TX", LocationCountry: "USA"}, "2", "Texas", ""},
		{store.Event{Location: "Houston", LocationActor: "city:USA:houston", LocationCountry: "USA"}, "3", "Houston", ""},
		{store.Event{Location: "Kaduna State", LocationActor: "place:NGA-KD", LocationCountry: "NGA"}, "5", "Kaduna State", ""},
		{store.Event{Location: "the border post"}, "0", "the border post", ""},
		{store.Event{}, "0", "", ""},
	} {
		e := c.e
		e.ID, e.Type, e.Date, e.Precision = 1, "ASSAULT", "2025-04-22", "day"
		row := EventRow(&e, nil)
		if got := [3]string{row[col["ActionGeo_Type"]], row[col["ActionGeo_FullName"]], row[col["ActionGeo_CountryCode"]]}; got != [3]string{c.typ, c.name, c.cc} {
			t.Errorf("%+v: ActionGeo %q, want %q", c.e, got, [3]string{c.typ, c.name, c.cc})
		}
	}
}
