package kb

import (
	"testing"
	"time"
)

// TestLoneSurname: a family name alone is an office holder's with an office
// title before it, with the holder's country named, or when the name is one
// nobody else is known by; common family names (short ones, those of the
// countries writing them first, Spanish patronymics, names of places in
// several countries) need the evidence.
func TestLoneSurname(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	early := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		id   string
		at   time.Time
		ev   SurnameEvidence
		want bool
	}{
		{"a rare family name needs nothing", "person:vladimir_putin", at, SurnameEvidence{}, true},
		{"another rare family name", "person:emmanuel_macron", at, SurnameEvidence{}, true},
		{"a short family name", "person:rodrigo_paz", at, SurnameEvidence{}, false},
		{"a Spanish patronymic", "person:laura_fernandez", at, SurnameEvidence{}, false},
		{"a family name of towns in two countries", "person:xiomara_castro", early, SurnameEvidence{}, false},
		{"a family name written first, of a small pool", "person:xi_jinping", at, SurnameEvidence{}, false},
		{"an office title", "person:rodrigo_paz", at, SurnameEvidence{Office: true}, true},
		{"the holder's country named", "person:laura_fernandez", at, SurnameEvidence{Countries: map[string]bool{"CRI": true}}, true},
		{"another country named", "person:laura_fernandez", at, SurnameEvidence{Countries: map[string]bool{"ESP": true}}, false},
		{"the holder's country at the date", "person:xi_jinping", at, SurnameEvidence{Countries: map[string]bool{"CHN": true}}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, ok := k.Actor(c.id)
			if !ok {
				t.Fatalf("no actor %s", c.id)
			}
			if got := k.LoneSurname(a, c.at, c.ev); got != c.want {
				t.Errorf("LoneSurname(%s) = %v, want %v", c.id, got, c.want)
			}
		})
	}
}

// TestDistinctSurname: a family name only one known person bears, and no
// given name, city or other actor, is a person's name written alone; a
// shared or place-like one is not.
func TestDistinctSurname(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		key  string
		want bool
	}{
		{"guterres", true},
		{"macron", true},
		{"fernandez", false}, // a Spanish patronymic in -ez
		{"kim", false},       // short, and shared by whole nations
		{"antonio", false},   // a given name, no family name
		{"nobodyknownbythis", false},
	} {
		if got := k.DistinctSurname(c.key); got != c.want {
			t.Errorf("DistinctSurname(%q) = %v, want %v", c.key, got, c.want)
		}
	}
}
