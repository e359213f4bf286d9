package export

import (
	"bytes"
	"context"
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
		{"place:AFG:kabul", "AFG", GeoWorldCity}, // a capital is a city
		{"place:USA:washington_dc", "USA", GeoUSCity},
		{"loc:bab_el_mandeb", "", GeoNone}, // a strait: no GDELT type
		{"loc:gaza", "PSE", GeoWorldState}, // an area inside one country
		{"loc:crimea", "UKR", GeoWorldState},
		{"", "SDN", GeoNone},        // a place resolved to no actor
		{"SDN.GOV", "SDN", GeoNone}, // not a place
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
		case strings.HasPrefix(a.ID, "city:"), a.Capital:
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
		row := EventRow(&e, nil, nil)
		if got := [3]string{row[col["ActionGeo_Type"]], row[col["ActionGeo_FullName"]], row[col["ActionGeo_CountryCode"]]}; got != [3]string{c.typ, c.name, c.cc} {
			t.Errorf("%+v: ActionGeo %q, want %q", c.e, got, [3]string{c.typ, c.name, c.cc})
		}
	}
}

// With the knowledge base as gazetteer, a resolved place gets GDELT's full
// name (place, region where known, country) and its point; a region has
// no point (no source gives one), a strait neither a country nor a point,
// and a place the resolver did not link keeps the text's name. The
// country code is the place's country in FIPS 10-4; Palestine has none
// (FIPS splits it into the West Bank and Gaza).
func TestEventRowActionGeoKB(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	places := KBGazetteer(k)
	col := map[string]int{}
	for i, c := range EventColumns {
		col[c] = i
	}
	for _, c := range []struct {
		e                       store.Event
		typ, name, lat, lon, cc string
	}{
		{store.Event{Location: "Kabul", LocationActor: "city:AFG:kabul", LocationCountry: "AFG"}, "4", "Kabul, Afghanistan", "34.5281", "69.1723", "AF"},
		{store.Event{Location: "Kabul", LocationActor: "place:AFG:kabul", LocationCountry: "AFG"}, "4", "Kabul, Afghanistan", "34.5281", "69.1723", "AF"},
		{store.Event{Location: "Washington", LocationActor: "place:USA:washington_dc", LocationCountry: "USA"}, "3", "Washington D.C., District of Columbia, United States", "38.8951", "-77.0364", "US"},
		{store.Event{Location: "Afghanistan", LocationActor: "AFG", LocationCountry: "AFG"}, "1", "Afghanistan", "33.0000", "65.0000", "AF"},
		{store.Event{Location: "Houston", LocationActor: "city:USA:houston", LocationCountry: "USA"}, "3", "Houston, Texas, United States", "29.7633", "-95.3633", "US"},
		// A U.S. town has its state from GeoNames too (coords.tsv region).
		{store.Event{Location: "South Houston", LocationActor: "town:USA:south_houston", LocationCountry: "USA"}, "3", "South Houston, Texas, United States", "29.6630", "-95.2355", "US"},
		{store.Event{Location: "Bakhmut", LocationActor: "town:UKR:bakhmut", LocationCountry: "UKR"}, "4", "Bakhmut, Ukraine", "48.5944", "37.9998", "UP"},
		// Kosovo's KB code XKX has GDELT's FIPS code KV.
		{store.Event{Location: "Pristina", LocationActor: "city:XKX:pristina", LocationCountry: "XKX"}, "4", "Pristina, Kosovo", "42.6727", "21.1669", "KV"},
		{store.Event{Location: "Texas", LocationActor: "place:USA-TX", LocationCountry: "USA"}, "2", "Texas, United States", "", "", "US"},
		{store.Event{Location: "Gaza", LocationActor: "loc:gaza", LocationCountry: "PSE"}, "5", "Gaza Strip, Palestine", "", "", ""},
		{store.Event{Location: "Bab el-Mandeb", LocationActor: "loc:bab_el_mandeb"}, "0", "Bab el-Mandeb", "", "", ""},
		{store.Event{Location: "the border post"}, "0", "the border post", "", "", ""},
		{store.Event{Location: "Atlantis", LocationActor: "city:XXX:atlantis", LocationCountry: "XXX"}, "4", "Atlantis", "", "", ""},
		{store.Event{}, "0", "", "", "", ""},
	} {
		e := c.e
		e.ID, e.Type, e.Date, e.Precision = 1, "ASSAULT", "2025-04-22", "day"
		row := EventRow(&e, nil, places)
		got := [5]string{row[col["ActionGeo_Type"]], row[col["ActionGeo_FullName"]], row[col["ActionGeo_Lat"]], row[col["ActionGeo_Long"]], row[col["ActionGeo_CountryCode"]]}
		if want := [5]string{c.typ, c.name, c.lat, c.lon, c.cc}; got != want {
			t.Errorf("%s: ActionGeo %q, want %q", c.e.LocationActor, got, want)
		}
	}
}

// A city the knowledge base places in a region is named with it, as GDELT
// names "Alexandria, Virginia, United States".
func TestKBGazetteerRegion(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range k.Actors() {
		if !strings.HasPrefix(a.ID, "city:") || a.Parent == a.Country || a.Parent == "" {
			continue
		}
		r, _ := k.Actor(a.Parent)
		c, _ := k.Actor(a.Country)
		p, ok := KBGazetteer(k).Place(a.ID)
		if want := a.Name + ", " + r.Name + ", " + c.Name; !ok || p.FullName != want {
			t.Errorf("Place(%s) = %q, want %q", a.ID, p.FullName, want)
		}
		return
	}
	t.Fatal("no city of the knowledge base has a region")
}

// mapGazetteer is a Gazetteer over a fixed table.
type mapGazetteer map[string]Place

func (m mapGazetteer) Place(id string) (Place, bool) { p, ok := m[id]; return p, ok }

// Write hands Options.Places to every event row.
func TestWritePlaces(t *testing.T) {
	f := testEvents(2)
	f.events[0].LocationActor, f.events[0].LocationCountry = "city:XAR:kestrel_bay", "XAR"
	places := mapGazetteer{"city:XAR:kestrel_bay": {FullName: "Kestrel Bay, Ardentia", Lat: -12.5, Long: 130.25, HasPoint: true}}
	var buf bytes.Buffer
	if _, err := Write(context.Background(), f, &buf, Options{Format: FormatGDELTEvents, Places: places}); err != nil {
		t.Fatal(err)
	}
	rows := readTSV(t, buf.Bytes(), len(EventColumns))
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2", len(rows))
	}
	col := map[string]int{}
	for i, c := range EventColumns {
		col[c] = i
	}
	want := [][4]string{{"4", "Kestrel Bay, Ardentia", "-12.5000", "130.2500"}, {"0", "Kestrel Bay", "", ""}}
	for i, r := range rows {
		if got := [4]string{r[col["ActionGeo_Type"]], r[col["ActionGeo_FullName"]], r[col["ActionGeo_Lat"]], r[col["ActionGeo_Long"]]}; got != want[i] {
			t.Errorf("row %d: ActionGeo %q, want %q", i, got, want[i])
		}
	}
}

// JSONL events carry their place's point when the gazetteer has one
// (location_point), and none for a place without a point or no place.
func TestJSONLLocationPoint(t *testing.T) {
	f := testEvents(3)
	f.events[0].LocationActor = "city:CHE:geneve"
	f.events[1].LocationActor = "place:SDN-DN"
	places := mapGazetteer{
		"city:CHE:geneve": {FullName: "Genève, Switzerland", Lat: 46.2022, Long: 6.1457, HasPoint: true},
		"place:SDN-DN":    {FullName: "North Darfur, Sudan"},
	}
	var buf bytes.Buffer
	if _, err := Write(context.Background(), f, &buf, Options{Format: FormatJSONL, Places: places}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	if want := `"location_point":{"lat":46.2022,"long":6.1457}`; !strings.Contains(lines[0], want) {
		t.Errorf("line 1: no %s in %s", want, lines[0])
	}
	for _, l := range lines[1:] {
		if strings.Contains(l, "location_point") {
			t.Errorf("a place without a point has one: %s", l)
		}
	}
}

func TestLocatePoints(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	events := []store.Event{
		{LocationActor: "city:CHE:geneve"},
		{LocationActor: "AFG"},
		{LocationActor: "town:UKR:bakhmut"},
		{LocationActor: "place:SDN-DN"}, // a region: no source gives it a point
		{LocationActor: "city:XXX:atlantis"},
		{},
	}
	LocatePoints(KBGazetteer(k), events)
	want := []*store.Point{{Lat: 46.2022, Long: 6.1457}, {Lat: 33, Long: 65}, {Lat: 48.5944, Long: 37.9998}, nil, nil, nil}
	for i, e := range events {
		if (e.LocationPoint == nil) != (want[i] == nil) || e.LocationPoint != nil && *e.LocationPoint != *want[i] {
			t.Errorf("%q: point %v, want %v", e.LocationActor, e.LocationPoint, want[i])
		}
	}
	LocatePoints(nil, events)
	if events[0].LocationPoint != nil {
		t.Error("a nil gazetteer left a point")
	}
}

// Actor1Geo and Actor2Geo: an actor the resolver built on a place (a
// place's officials, kb.LocalActor, or the place itself) is located at
// that place; any other actor with a country at its country (type 1);
// one without a country, or one the gazetteer does not know, stays
// unresolved. The country code is the place's country in FIPS 10-4; the
// ADM1 and feature columns stay empty, as ActionGeo's do.
func TestEventRowActorGeo(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	places := KBGazetteer(k)
	col := map[string]int{}
	for i, c := range EventColumns {
		col[c] = i
	}
	for _, c := range []struct {
		actor, country          string
		typ, name, lat, lon, cc string
	}{
		// "Texas officials", "the governor of Texas": a U.S. state (no point).
		{"place:USA-TX.GOV", "USA", "2", "Texas, United States", "", "", "US"},
		// "officials in Frankfurt": a city outside the United States.
		{"city:DEU:frankfurt_am_main.GOV", "DEU", "4", "Frankfurt am Main, Germany", "50.1155", "8.6842", "GM"},
		// "the mayor of Houston"; the city as an actor itself.
		{"city:USA:houston.GOV", "USA", "3", "Houston, Texas, United States", "29.7633", "-95.3633", "US"},
		{"city:USA:houston", "USA", "3", "Houston, Texas, United States", "29.7633", "-95.3633", "US"},
		{"town:UKR:bakhmut.GOV", "UKR", "4", "Bakhmut, Ukraine", "48.5944", "37.9998", "UP"},
		// No tie to a place: the actor's country.
		{"KEN.MIL", "KEN", "1", "Kenya", "1.0000", "38.0000", "KE"},
		{"FRA", "FRA", "1", "France", "46.0000", "2.0000", "FR"},
		{"USA.GOV.STATE", "USA", "1", "United States", "38.0000", "-97.0000", "US"},
		{"person:example_minister", "fra", "1", "France", "46.0000", "2.0000", "FR"},
		{"", "KEN", "1", "Kenya", "1.0000", "38.0000", "KE"},
		// A place the article alone names, or one the knowledge base does
		// not hold, falls back on the country.
		{"doc:place:rome_ga.GOV", "USA", "1", "United States", "38.0000", "-97.0000", "US"},
		{"city:KEN:kestrel_bay.GOV", "KEN", "1", "Kenya", "1.0000", "38.0000", "KE"},
		// No country, or an unknown one: unresolved.
		{"IGOUNO", "", "0", "", "", "", ""},
		{"city:XXX:atlantis.GOV", "XXX", "0", "", "", "", ""},
		{"", "", "0", "", "", "", ""},
	} {
		e := store.Event{ID: 1, Type: "ASSAULT", Date: "2025-04-22", SourceActor: c.actor, SourceCountry: c.country, TargetActor: c.actor, TargetCountry: c.country}
		row := EventRow(&e, nil, places)
		want := [8]string{c.typ, c.name, c.cc, "", "", c.lat, c.lon, ""}
		for _, side := range []string{"Actor1Geo_", "Actor2Geo_"} {
			var got [8]string
			for i, f := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
				got[i] = row[col[side+f]]
			}
			if got != want {
				t.Errorf("%s (%s): %s %q, want %q", c.actor, c.country, side, got, want)
			}
		}
	}
	// Without a gazetteer nothing names the place: unresolved.
	e := store.Event{ID: 1, SourceActor: "place:USA-TX.GOV", SourceCountry: "USA", TargetActor: "KEN", TargetCountry: "KEN"}
	row := EventRow(&e, nil, nil)
	for _, c := range []string{"Actor1Geo_", "Actor2Geo_"} {
		if row[col[c+"Type"]] != "0" || row[col[c+"FullName"]] != "" || row[col[c+"Lat"]] != "" {
			t.Errorf("nil gazetteer: %sType %q, FullName %q, Lat %q", c, row[col[c+"Type"]], row[col[c+"FullName"]], row[col[c+"Lat"]])
		}
	}
}

func TestPlaceOfActor(t *testing.T) {
	for id, want := range map[string]string{
		"place:USA-TX.GOV":               "place:USA-TX",
		"city:DEU:frankfurt_am_main.GOV": "city:DEU:frankfurt_am_main",
		"city:USA:houston":               "city:USA:houston",
		"USA.GOV.STATE":                  "USA",
		"FRA.AGR":                        "FRA",
		"person:xi_jinping":              "person:xi_jinping",
		"":                               "",
	} {
		if got := placeOfActor(id); got != want {
			t.Errorf("placeOfActor(%q) = %q, want %q", id, got, want)
		}
	}
}

// The *_CountryCode geo columns hold FIPS 10-4, as GDELT's do, not ISO:
// these countries' codes differ, and several FIPS codes are another
// country's ISO alpha-2 (Niger NG is Nigeria's, Austria AU Australia's),
// so an ISO code would put the event in the wrong country.
func TestEventRowCountryCodeFIPS(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	places := KBGazetteer(k)
	col := map[string]int{}
	for i, c := range EventColumns {
		col[c] = i
	}
	for _, c := range []struct{ country, fips string }{
		{"DEU", "GM"}, {"GBR", "UK"}, {"CHN", "CH"}, {"JPN", "JA"},
		{"NGA", "NI"}, {"NER", "NG"}, {"AUT", "AU"}, {"AUS", "AS"},
	} {
		e := store.Event{ID: 1, Type: "ASSAULT", Date: "2025-04-22", Location: c.country, LocationActor: c.country, LocationCountry: c.country,
			SourceActor: c.country + ".GOV", SourceCountry: c.country, TargetCountry: c.country}
		row := EventRow(&e, nil, places)
		for _, f := range []string{"ActionGeo_CountryCode", "Actor1Geo_CountryCode", "Actor2Geo_CountryCode"} {
			if got := row[col[f]]; got != c.fips {
				t.Errorf("%s: %s = %q, want %q", c.country, f, got, c.fips)
			}
		}
		// The actor columns keep CAMEO's (ISO alpha-3) country codes.
		if got := row[col["Actor1CountryCode"]]; got != c.country {
			t.Errorf("%s: Actor1CountryCode = %q, want %q", c.country, got, c.country)
		}
	}
}

// An event with Kosovo as an actor carries the KB's XKX as
// Actor1CountryCode and GDELT's FIPS KV in the actor's geo columns.
func TestEventRowKosovoActor(t *testing.T) {
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, c := range EventColumns {
		col[c] = i
	}
	e := store.Event{ID: 1, Type: "REJECT", Date: "2025-04-22", Precision: "day",
		SourceActor: "XKX.GOV", SourceName: "Kosovo government", SourceCountry: "XKX",
		TargetActor: "SRB", TargetName: "Serbia", TargetCountry: "SRB"}
	row := EventRow(&e, nil, KBGazetteer(k))
	got := [4]string{row[col["Actor1CountryCode"]], row[col["Actor1Geo_CountryCode"]], row[col["Actor1Geo_FullName"]], row[col["Actor2Geo_CountryCode"]]}
	if want := [4]string{"XKX", "KV", "Kosovo", "RI"}; got != want {
		t.Errorf("Kosovo actor columns %q, want %q", got, want)
	}
}
