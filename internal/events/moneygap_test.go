package events

import "testing"

// A sum of money is one word of a pattern's gap: the tokens it has beyond
// its first, 0 for a bare number or a sum holding the pattern's next word.
func TestMoneySum(t *testing.T) {
	for _, tt := range []struct {
		name, tagged, next string
		want               int
	}{
		{"sign, number and scale", "$/$ 1/CD billion/CD of/IN debt/NN", "debt", 2},
		{"number, scale and currency", "500/CD million/CD euros/NNS of/IN debt/NN", "debt", 2},
		{"sign and number", "$/$ 300/CD to/TO Kenya/NNP", "to", 1},
		{"number and currency", "40/CD dollars/NNS each/DT", "each", 1},
		{"bare number", "25/CD tanks/NNS", "tanks", 0},
		{"number and scale with no unit", "2/CD million/CD people/NNS", "people", 0},
		{"next word in the sum", "$/$ 2/CD billion/CD in/IN aid/NN", "billion", 0},
		{"no number", "the/DT debt/NN", "debt", 0},
	} {
		if got := moneySum(taggedToks(tt.tagged), 0, tt.next); got != tt.want {
			t.Errorf("%s: moneySum = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// An "as" with a finite verb before the next punctuation opens a clause;
// one with none opens a predicative complement.
func TestAsClause(t *testing.T) {
	for _, tt := range []struct {
		name, tagged string
		want         bool
	}{
		{"clause of time", "as/IN the/DT leaders/NNS of/IN Ukraine/NNP sought/VBD to/TO meet/VB", true},
		{"modal clause", "as/IN talks/NNS will/MD resume/VB", true},
		{"complement", "as/IN an/DT ugly/JJ crime/NN Russia/NNP 's/POS attack/NN", false},
		{"verb after a comma", "as/IN a/DT favour/NN ,/, officials/NNS said/VBD", false},
	} {
		if got := asClause(taggedToks(tt.tagged), 0); got != tt.want {
			t.Errorf("%s: asClause = %v, want %v", tt.name, got, tt.want)
		}
	}
}
