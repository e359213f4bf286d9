package namekeys

import "testing"

func TestFamilyKey(t *testing.T) {
	for _, c := range []struct{ name, typ, country, want string }{
		{"Recep Tayyip Erdoğan", "person", "TUR", "erdogan"},
		{"Xi Jinping", "person", "CHN", "xi"},
		{"Kim Jong Un", "person", "PRK", "kim"},
		{"Ana Lee", "person", "", "lee"},
		{"  MÉLANIE   JOLY ", "person", "can", "joly"},
		{"Madonna", "person", "USA", ""},        // one word: the name itself finds her
		{"Green Party", "organisation", "", ""}, // no person
		{"", "person", "", ""},
	} {
		if got := FamilyKey(c.name, c.typ, c.country); got != c.want {
			t.Errorf("FamilyKey(%q, %q, %q) = %q, want %q", c.name, c.typ, c.country, got, c.want)
		}
	}
}
