package kb

import "testing"

// TestGivenNameGenderAccents checks that an accented spelling of a given
// name has the sex of its unaccented spelling, and that folding finds no
// sex where the unaccented name has none.
func TestGivenNameGenderAccents(t *testing.T) {
	k := mustLoad(t)
	for name, want := range map[string]string{
		"Raúl": GenderMale, "Héctor": GenderMale, "JOSÉ": GenderMale, "João": GenderMale,
		"Sofía": GenderFemale, "Lucía": GenderFemale,
		// Near misses: shared or unknown names stay unknown with accents.
		"Andréa": "", "Jördan": "", "Zzyzx": "", "Zzÿzx": "",
	} {
		if got := k.GivenNameGender(name); got != want {
			t.Errorf("GivenNameGender(%q) = %q, want %q", name, got, want)
		}
	}
}
