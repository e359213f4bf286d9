package tagger

import (
	"math"
	"testing"
)

// TestAddRow: the unrolled row sum gives, to the bit, what the plain loop
// gives, for rows shorter than the unrolled step, multiples of it and the
// lengths in between (the tail loop), over rows of mixed magnitudes added
// one after another as scores adds a token's feature rows.
func TestAddRow(t *testing.T) {
	for _, n := range []int{0, 1, 3, 4, 5, 8, 9, 17, 50} {
		got, want := make([]float32, n), make([]float32, n)
		for r := range 5 {
			row := make([]float32, n)
			for c := range row {
				row[c] = float32(math.Pow(-1.7, float64((c*3+r)%13-6))) / float32(r+1)
			}
			addRow(got, row)
			for c, w := range row {
				want[c] += w
			}
		}
		for c := range want {
			if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
				t.Errorf("n=%d: class %d = %v, want %v", n, c, got[c], want[c])
			}
		}
	}
}
