package resolve

import (
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestCoverage(t *testing.T) {
	ents := []model.Entity{{Start: 10, End: 20}, {Start: 0, End: 4}, {Start: 12, End: 40}, {Start: 50, End: 52}}
	tests := []struct {
		name       string
		start, end int
		want       bool
	}{
		{"inside one", 1, 3, true},
		{"touches end only", 4, 10, false},
		{"overlaps a nested long span", 30, 35, true},
		{"ends where one starts", 45, 50, false},
		{"straddles a start", 49, 51, true},
		{"after all", 60, 70, false},
		{"before all", -5, 0, false},
	}
	c := newCoverage(ents)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.covered(tt.start, tt.end); got != tt.want {
				t.Errorf("covered(%d, %d) = %v, want %v", tt.start, tt.end, got, tt.want)
			}
		})
	}
	if newCoverage(nil).covered(0, 10) {
		t.Error("no entities cover nothing")
	}
}

// The index must answer as the scan of every entity it replaced, for
// overlapping, nested and unsorted spans alike.
func TestCoverageMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		ents := make([]model.Entity, r.IntN(12))
		for i := range ents {
			s := r.IntN(100)
			ents[i] = model.Entity{Start: s, End: s + 1 + r.IntN(15)}
		}
		c := newCoverage(ents)
		for q := 0; q < 50; q++ {
			s := r.IntN(110)
			e := s + 1 + r.IntN(8)
			want := false
			for _, x := range ents {
				if s < x.End && x.Start < e {
					want = true
				}
			}
			if got := c.covered(s, e); got != want {
				t.Fatalf("ents %v: covered(%d, %d) = %v, scan says %v", ents, s, e, got, want)
			}
		}
	}
}
