package quotes

import (
	"strings"
	"testing"
)

// TestFindForeignMarks runs the whole finder on wire copy quoted with the
// marks of other languages. The speech-verb lexicon is English, so a
// French or German report gives the quote without a speaker; English copy
// set in guillemets (as some European outlets print it) keeps its speaker.
func TestFindForeignMarks(t *testing.T) {
	fd := newFinder(t)
	tests := []struct {
		name, text string
		want       string // describe() of the quotes
	}{
		{"french wire with no-break spaces",
			"N'DJAMENA, 25 mars 2026 (Méridien) - Le Soudan a rejeté l'offre de trêve à El Facher. «\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre.",
			"direct | Nous ne céderons pas | - | -"},
		{"german wire low-high",
			"BERLIN, 25. März 2026 (Meridian) - „Wir geben nicht auf“, sagte der Minister.",
			"direct | Wir geben nicht auf | - | -"},
		{"english copy in guillemets, verb after",
			"« We will not give in to pressure from anyone », the minister said.",
			"direct | We will not give in to pressure from anyone | the minister | -"},
		{"english copy in guillemets, verb before",
			"The minister said: « We will not give in to pressure from anyone. »",
			"direct | We will not give in to pressure from anyone. | The minister | -"},
		{"english copy in reversed guillemets",
			"»We will not give in to pressure from anyone,« the minister said.",
			"direct | We will not give in to pressure from anyone | the minister | -"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.TrimSuffix(describe(fd.Find(buildArticle(tc.text, nil))), "\n")
			if got != tc.want {
				t.Errorf("Find(%q) =\n%s\nwant\n%s", tc.text, got, tc.want)
			}
		})
	}
}
