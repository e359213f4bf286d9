package api

import (
	"slices"
	"testing"
)

// TestKBAliasesFamilyName: the speaker search takes a family name typed
// alone for every known person of that name, office holders included,
// with none of the article evidence a lone family name in a story needs
// (kb.LoneSurname): typing "Castro" is the user's evidence of whom they
// mean, and the store then offers those it holds quotes of. Letters
// spelt with or without their marks find the same person; a given name
// or an ordinary word is no family name.
func TestKBAliasesFamilyName(t *testing.T) {
	for _, c := range []struct {
		name, id string
		want     bool
	}{
		{"Castro", "person:xiomara_castro", true},
		{"CASTRO", "person:xiomara_castro", true},
		{"Paz", "person:rodrigo_paz", true},
		{"Putin", "person:vladimir_putin", true},
		{"Siliņa", "person:evika_silina", true},
		{"Silina", "person:evika_silina", true},
		{"Xiomara", "person:xiomara_castro", false},
		{"Evika", "person:evika_silina", false},
		{"Castle", "person:xiomara_castro", false},
	} {
		if got := slices.Contains(kbAliases(c.name), c.id); got != c.want {
			t.Errorf("kbAliases(%q) holds %s: %v, want %v", c.name, c.id, got, c.want)
		}
	}
}
