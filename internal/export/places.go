package export

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Place is what an export knows of a resolved place.
type Place struct {
	// FullName is the place, its first-level region where known, and its
	// country, as GDELT writes them: "Kabul, Afghanistan", "Texas, United
	// States", "Alexandria, Virginia, United States", "Sudan".
	FullName  string
	Lat, Long float64
	HasPoint  bool // Lat and Long are known
	// CountryFIPS is the FIPS 10-4 code of the place's country ("GM" for
	// Germany), which GDELT writes in *_CountryCode; "" when the
	// knowledge base has none for it.
	CountryFIPS string
}

// Gazetteer gives a place by its knowledge-base actor id
// (store.Event.LocationActor).
type Gazetteer interface {
	Place(id string) (Place, bool)
}

func lookupPlace(g Gazetteer, id string) (Place, bool) {
	if g == nil || strings.TrimSpace(id) == "" {
		return Place{}, false
	}
	return g.Place(id)
}

// KBGazetteer is the knowledge base as a Gazetteer: names from its actors,
// points from its generated coordinates (kb.KB.Coords: countries, cities,
// towns; regions and curated places have none).
func KBGazetteer(k *kb.KB) Gazetteer { return kbGazetteer{k} }

type kbGazetteer struct{ k *kb.KB }

func (g kbGazetteer) Place(id string) (Place, bool) {
	a, ok := g.k.Actor(id)
	if !ok || a.Type != kb.TypePlace && a.Type != kb.TypeCountry {
		return Place{}, false
	}
	pt, hasPoint := g.k.Coords(id)
	parts := []string{a.Name}
	if a.ID != a.Country {
		// A city's Parent is its region when the knowledge base knows it
		// (cities_extra.tsv), else its country; a generated U.S. city or
		// town has its state from GeoNames in its point's Region.
		region := pt.Region
		if a.Parent != "" && a.Parent != a.Country {
			region = a.Parent
		}
		if r, ok := g.k.Actor(region); ok && r.Type == kb.TypePlace && r.ID != a.ID {
			parts = append(parts, r.Name)
		}
		if c, ok := g.k.Actor(a.Country); ok && c.Type == kb.TypeCountry {
			parts = append(parts, c.Name)
		}
	}
	p := Place{FullName: strings.Join(parts, ", "), CountryFIPS: g.k.FIPS(a.Country)}
	if hasPoint {
		p.Lat, p.Long, p.HasPoint = pt.Lat, pt.Long, true
	}
	return p, true
}

// LocatePoints sets the LocationPoint of each event whose place g gives a
// point (a country, city or town of the knowledge base), so that JSON
// readers can plot events as GDELT readers plot ActionGeo_Lat/Long; other
// events keep a nil point. A nil g sets none.
func LocatePoints(g Gazetteer, events []store.Event) {
	for i := range events {
		e := &events[i]
		e.LocationPoint = nil
		if p, ok := lookupPlace(g, e.LocationActor); ok && p.HasPoint {
			e.LocationPoint = &store.Point{Lat: p.Lat, Long: p.Long}
		}
	}
}
