package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPlaceBody: a bare body's actor moves to the country whose claim it
// closes, keeping its sector; a listed body of the first country's own
// becomes the other country's actor of that sector rather than an id made
// up by swapping the prefix; the same country keeps the listed body.
func TestPlaceBody(t *testing.T) {
	for _, c := range []struct {
		name                  string
		sp                    model.Speaker
		country, wantID, want string
	}{
		{"a sector actor moves", model.Speaker{ActorID: "RUS.GOV", Country: "RUS", Sector: "government"}, "UKR", "UKR.GOV", "UKR"},
		{"a listed body becomes the other's sector actor", model.Speaker{ActorID: "RUS.GOV.MOD", Country: "RUS", Sector: "military"}, "UKR", "UKR.MIL", "UKR"},
		{"a listed body of the same country stays", model.Speaker{ActorID: "RUS.GOV.MOD", Country: "RUS", Sector: "military"}, "RUS", "RUS.GOV.MOD", "RUS"},
		{"no actor takes the sector's", model.Speaker{Sector: "government"}, "UKR", "UKR.GOV", "UKR"},
	} {
		got := placeBody(&c.sp, &model.Speaker{ActorID: c.country})
		if got.ActorID != c.wantID || got.Country != c.want {
			t.Errorf("%s: placeBody(%s) = %s/%s, want %s/%s", c.name, c.sp.ActorID, got.ActorID, got.Country, c.wantID, c.want)
		}
	}
}
