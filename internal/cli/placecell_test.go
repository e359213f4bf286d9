package cli

import "testing"

// An event's place shows its country by name beside the code --where
// takes, and only once when the place is the country.
func TestPlaceCell(t *testing.T) {
	for _, tc := range []struct {
		place, actor, country, want string
	}{
		{"Nyala", "SDN_NYALA", "SDN", "Nyala, Sudan (SDN)"},
		{"Sudan", "SDN", "SDN", "Sudan"},
		{"sudan", "", "SDN", "sudan"},                                  // named as the knowledge base names the country, without an actor
		{"the Sudanese capital", "SDN", "SDN", "the Sudanese capital"}, // its actor is the country: nothing to add
		{"Dornas", "", "BLV", "Dornas (BLV)"},                          // a code the knowledge base does not name
		{"Nyala", "", "", "Nyala"},                                     // country unknown
		{"", "", "", ""},
	} {
		if got := placeCell(tc.place, tc.actor, tc.country); got != tc.want {
			t.Errorf("placeCell(%q, %q, %q) = %q, want %q", tc.place, tc.actor, tc.country, got, tc.want)
		}
	}
}
