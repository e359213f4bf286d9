package events

import "testing"

// TestGivenObject checks the CAMEO 03x code read from what a promise's
// object gives, and where that object ends (the "to"/"for" of its
// recipient), from the token after the verb.
func TestGivenObject(t *testing.T) {
	for _, tc := range []struct {
		object string // the tokens after the verb
		code   string
		end    int
	}{
		{"more support for Kyiv .", "032", 2},
		{"political support to Moldova .", "032", 2},
		{"military support to Ukraine", "0332", 2},
		{"aid to the Philippines", "033", 1},
		{"$ 500 million in aid for Ukraine", "0331", 5},
		{"$ 500 million in humanitarian aid for Sudan", "0333", 6},
		{"$ 1 billion in weapons to Ukraine", "0332", 5},
		{"10,000 tonnes of wheat to Afghanistan", "0333", 4},
		{"aid and weapons to Ukraine", "0332", 3},
		{"1,000 troops to the mission", "0334", 2},
		{"relief to the Philippines", "0333", 1},
		{"relief supplies to the Philippines", "0333", 2},
		{"debt relief to Zambia", "0331", 2},
		{"Iran sanctions relief in exchange for limits", "035", 5},
		{"sanctions relief and humanitarian aid to Iran", "035", 5},
		{"financial backing , officials said", "0331", 2},
		{"atrocities in the village", "", 0},
		{"an inquiry into the killing", "", 0},
		{"to support Ukraine", "", 0},
		{"", "", 0},
	} {
		code, end := givenObject(words(tc.object, nil), 0)
		if code != tc.code || end != tc.end {
			t.Errorf("%q: got %q ending at %d, want %q ending at %d", tc.object, code, end, tc.code, tc.end)
		}
	}
}

// TestIntentAidCode checks that an intention to give aid keeps the aid's
// kind: 07x becomes 033x.
func TestIntentAidCode(t *testing.T) {
	for aid, want := range map[string]string{"070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033", "": "033"} {
		if got := intentAidCode(aid); got != want {
			t.Errorf("intentAidCode(%q) = %q, want %q", aid, got, want)
		}
	}
}
