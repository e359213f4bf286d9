package events

import "testing"

func TestSceneOpening(t *testing.T) {
	tests := []struct {
		text string
		typ  string // a type the opening names, "" for no opening
		rest string
	}{
		{"The attack took place near the town of Beni.", "ASSAULT", "the town of Beni."},
		{"The ambush happened in Zamfara on Sunday.", "FIGHT", "Zamfara on Sunday."},
		{"The talks were held in Doha.", "CONSULT", "Doha."},
		{"This attack occurred outside the market.", "ASSAULT", "the market."},
		// An attack planned or condemned says nothing of where it was.
		{"The attack was condemned in Paris.", "", ""},
		// An indefinite noun opens a new act, not the one just told.
		{"An attack took place in Beni.", "", ""},
		{"The minister took place in the line.", "", ""},
	}
	for _, tt := range tests {
		types, rest := sceneOpening(tt.text)
		if tt.typ == "" {
			if types != nil {
				t.Errorf("sceneOpening(%q) = %v, want none", tt.text, types)
			}
			continue
		}
		if !types[tt.typ] || rest != tt.rest {
			t.Errorf("sceneOpening(%q) = %v, %q; want %s, %q", tt.text, types, rest, tt.typ, tt.rest)
		}
	}
}
