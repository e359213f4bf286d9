package kb

import (
	"math"
	"strings"
	"testing"
)

// Every country and every generated city has a point, each point names an
// actor the knowledge base knows, and well-known places sit where they are.
func TestCoords(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	k.loadCoords()
	// A town of towns.tsv whose name a curated city alias took
	// ("Mykolaiv") is no town of the loader; the generator cannot know.
	unknownTowns := 0
	for id := range k.coords {
		if _, ok := k.Actor(id); !ok {
			if strings.HasPrefix(id, "town:") {
				unknownTowns++
				continue
			}
			t.Errorf("coords.tsv: %s is no actor", id)
		}
	}
	if unknownTowns > 20 {
		t.Errorf("coords.tsv: %d town ids are no town of the loader: the generator's ids differ from kb.TownID", unknownTowns)
	}
	b := &builder{k: k}
	if err := b.readTSV(fileCountries, func(rec []string) error {
		if _, ok := k.Coords(rec[0]); !ok {
			t.Errorf("country %s (%s) has no coordinates", rec[0], rec[2])
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var cities, missingCities int
	for _, a := range k.Actors() {
		if strings.HasPrefix(a.ID, "city:") {
			cities++
			if _, ok := k.Coords(a.ID); !ok {
				missingCities++
			}
		}
	}
	// cities_extra.tsv's hand-curated cities have no point; they are few.
	if cities == 0 || missingCities*20 > cities {
		t.Errorf("%d of %d cities have no coordinates", missingCities, cities)
	}
	var towns, missingTowns int
	k.loadTowns()
	for _, tw := range k.townList {
		towns++
		if _, ok := k.Coords(tw.ID); !ok {
			missingTowns++
		}
	}
	if towns == 0 || missingTowns*100 > towns {
		t.Errorf("%d of %d towns have no coordinates", missingTowns, towns)
	}
	for _, c := range []struct {
		id        string
		lat, long float64
	}{
		{"AFG", 33, 65},
		{"city:AFG:kabul", 34.53, 69.17},
		{"place:AFG:kabul", 34.53, 69.17}, // the capital of countries.tsv
		{"place:GBR:london", 51.51, -0.13},
		{"city:USA:houston", 29.76, -95.36},
		{"city:AUS:sydney", -33.87, 151.21},
		{"town:UKR:bakhmut", 48.59, 38.0},
	} {
		got, ok := k.Coords(c.id)
		if !ok || math.Abs(got.Lat-c.lat) > 0.05 || math.Abs(got.Long-c.long) > 0.05 {
			t.Errorf("Coords(%s) = %+v, %v; want about %v, %v", c.id, got, ok, c.lat, c.long)
		}
	}
	if _, ok := k.Coords("place:USA-TX"); ok {
		t.Errorf("a first-level region has coordinates, but no source gives them")
	}
}
