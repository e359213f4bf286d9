package kb

import "testing"

func TestForeignName(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, name, want string // want: actor id, "" for none
	}{
		{"fr", "Allemagne", "DEU"},
		{"fr-FR", "Soudan", "SDN"},
		{"fr", "États-Unis", "USA"},
		{"fr", "Pékin", "place:CHN:beijing"},
		{"es", "Estados Unidos", "USA"},
		{"es", "Corea del Norte", "PRK"},
		{"pt", "República Democrática do Congo", "COD"}, // the package swaps the Congos; the generator fixes it
		{"pt", "Pequim", "place:CHN:beijing"},
		{"it", "Germania", "DEU"},
		{"de", "Deutschland", "DEU"},
		{"de", "Russlands", "RUS"}, // genitive
		{"de", "Vereinigten Staaten", "USA"},
		{"de", "Moskau", "place:RUS:moscow"},
		// Must not: English articles and languages without names get
		// nothing, nor names of another language.
		{"en", "Allemagne", ""},
		{"", "Deutschland", ""},
		{"nl", "Duitsland", ""},
		{"es", "Allemagne", ""},
		// Names two countries share in one language are left out.
		{"fr", "Saint-Martin", ""},
		// German genitive stripping needs a name left over.
		{"de", "Uns", ""},
	}
	for _, tt := range tests {
		got := ""
		if a, ok := k.ForeignName(tt.lang, Normalize(tt.name)); ok {
			got = a.ID
		}
		if got != tt.want {
			t.Errorf("ForeignName(%q, %q) = %q, want %q", tt.lang, tt.name, got, tt.want)
		}
	}
	for _, lang := range ForeignLanguages {
		if !k.HasForeignNames(lang) {
			t.Errorf("no names in %s", lang)
		}
	}
}
