package kb

import (
	"fmt"
	"strconv"
)

// Coords is a place's point in decimal degrees (WGS 84).
type Coords struct {
	Lat, Long float64
	// Region is the id of the place's first-level region where the
	// generated data gives it (U.S. cities and towns: "place:USA-TX"),
	// else "". The actor's Parent does not carry it: the resolver reads
	// Parent, and this is for naming the place in exports.
	Region string
}

// Coords returns the point of a country, city or town of the generated
// tables (data/coords.tsv: world-countries' point for a country, the
// GeoNames point of a city or town), by actor id. First-level regions,
// curated places and other actors have none.
func (k *KB) Coords(id string) (Coords, bool) {
	k.loadCoords()
	c, ok := k.coords[id]
	return c, ok
}

// loadCoords parses data/coords.tsv on the first call, not in Load: its
// 30,000 rows are needed by exports only, not by the NLP pipeline. The data
// is embedded, so an error is a broken build that TestCoords catches; it
// panics rather than hand back a silently empty table.
func (k *KB) loadCoords() {
	k.coordsOnce.Do(func() {
		if err := k.buildCoords(); err != nil {
			panic(err)
		}
	})
}

func (k *KB) buildCoords() error {
	k.coords = make(map[string]Coords, 32000)
	b := &builder{k: k}
	return b.readTSV(fileCoords, func(rec []string) error {
		lat, err := strconv.ParseFloat(rec[1], 64)
		if err != nil || lat < -90 || lat > 90 {
			return fmt.Errorf("kb: coords %s: latitude %q", rec[0], rec[1])
		}
		long, err := strconv.ParseFloat(rec[2], 64)
		if err != nil || long < -180 || long > 180 {
			return fmt.Errorf("kb: coords %s: longitude %q", rec[0], rec[2])
		}
		if _, dup := k.coords[rec[0]]; dup {
			return fmt.Errorf("kb: coords %s: listed twice", rec[0])
		}
		if rec[3] != "" {
			if r, ok := k.byID[rec[3]]; !ok || k.actors[r].Type != TypePlace {
				return fmt.Errorf("kb: coords %s: unknown region %q", rec[0], rec[3])
			}
		}
		k.coords[rec[0]] = Coords{Lat: lat, Long: long, Region: rec[3]}
		return nil
	})
}
