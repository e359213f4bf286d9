package quotes

import (
	"strings"
	"testing"
)

func TestCutLabel(t *testing.T) {
	cases := []struct {
		para, label string
		ok          bool
	}{
		{"Q: Is the fight won?", "Q", true},
		{"A: Not yet.", "A", true},
		{"BADENOCH: Why did he break that promise?", "BADENOCH", true},
		{"PRIME MINISTER STARMER: We fixed the foundations.", "PRIME MINISTER STARMER", true},
		{"Haddad: Then why can nobody afford them?", "Haddad", true},
		{"O'NEILL: No.", "O'NEILL", true},
		// Must not: a sentence with a colon, a clock, a label in lower
		// case, a colon with nothing after it, a long heading.
		{"The minister said: we will win.", "", false},
		{"At 10:30 the talks resumed.", "", false},
		{"note: this story was updated.", "", false},
		{"Q:", "", false},
		{"Q:no space", "", false},
		{"THE VERY LONG HEADING OF A SECTION OF THE REPORT: text", "", false},
		{"Round 3: The talks resumed.", "", false},
	}
	for _, c := range cases {
		label, k, ok := cutLabel(c.para)
		if ok != c.ok || label != c.label {
			t.Errorf("cutLabel(%q) = %q, %v; want %q, %v", c.para, label, ok, c.label, c.ok)
			continue
		}
		if ok && (k <= len(label) || k >= len(c.para) || c.para[k] == ' ') {
			t.Errorf("cutLabel(%q): words start at %d", c.para, k)
		}
	}
}

// FuzzCutLabel checks that a label is the paragraph's head before a colon
// and the words after it lie inside the paragraph.
func FuzzCutLabel(f *testing.F) {
	for _, s := range []string{"Q: Is it won?", "A: No.", "BADENOCH: Why?", "LONDON: The bank held rates.", "Note: updated", "10:30 a.m.", ":", "Q: ", "É: x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		label, k, ok := cutLabel(p)
		if !ok {
			return
		}
		if !strings.HasPrefix(p, label+":") || k <= len(label) || k >= len(p) || len(label) > maxLabel {
			t.Fatalf("cutLabel(%q) = %q, %d", p, label, k)
		}
		if strings.TrimSpace(p[len(label)+1:k]) != "" {
			t.Fatalf("cutLabel(%q): words start at %d past non-space", p, k)
		}
	})
}
