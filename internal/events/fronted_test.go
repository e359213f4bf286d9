package events

import "testing"

// TestFrontedPlaceEnd checks which sentence openings are place phrases
// (the index of their closing comma) and which are not (-1).
func TestFrontedPlaceEnd(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     int
	}{
		{"In Geneva , Iran agreed", 2},
		{"On Monday in Geneva , Iran agreed", 4},
		{"In Geneva on Monday , Iran agreed", 4},
		{"In the Swiss city of Geneva , Iran agreed", 6},
		{"At the UN headquarters in New York , Iran agreed", -1},
		{"On Monday , Iran agreed", -1},
		{"In a statement , Egypt condemned the attack", -1},
		{"In response to the attack in Kabul , the US acted", -1},
		{"Iran agreed in Geneva , officials said", -1},
		{"In Geneva", -1},
		{"", -1},
	} {
		if got := frontedPlaceEnd(words(tc.sentence, nil)); got != tc.want {
			t.Errorf("%q: got %d, want %d", tc.sentence, got, tc.want)
		}
	}
}
