package resolve

import (
	"sort"

	"github.com/newsgraph/newsgraph/internal/model"
)

// coverage answers whether a span overlaps any of a fixed set of entities
// in O(log n). The passes that add mentions the tagger missed ask it once
// per capitalised word; a scan of every entity per question made a long
// document quadratic (a 30 MB page of short paragraphs spent minutes in
// one pass, deaf to cancellation).
type coverage struct {
	starts []int // entity starts, ascending
	maxEnd []int // maxEnd[i]: the furthest end among the first i+1 entities by start
}

// newCoverage indexes ents; it keeps no reference to them.
func newCoverage(ents []model.Entity) coverage {
	spans := make([][2]int, len(ents))
	for i, e := range ents {
		spans[i] = [2]int{e.Start, e.End}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	c := coverage{starts: make([]int, len(spans)), maxEnd: make([]int, len(spans))}
	furthest := 0
	for i, s := range spans {
		c.starts[i] = s[0]
		if i == 0 || s[1] > furthest {
			furthest = s[1]
		}
		c.maxEnd[i] = furthest
	}
	return c
}

// covered reports whether [start, end) overlaps an indexed entity: some
// entity starts before end and ends after start.
func (c coverage) covered(start, end int) bool {
	n := sort.SearchInts(c.starts, end) // entities starting before end
	return n > 0 && c.maxEnd[n-1] > start
}
