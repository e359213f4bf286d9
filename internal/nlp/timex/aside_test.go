package timex

import (
	"strings"
	"testing"
)

// A future cue inside a phrase set off by commas before the expression
// ("the junta, in office until elections next year, suspended ... on
// Monday") tells the aside's time, not the tense of the clause the
// expression stands in, which is then no future; a cue in that clause
// still makes it one.
func TestTenseAroundAside(t *testing.T) {
	tests := []struct {
		s, expr string
		future  bool
	}{
		{"The Guinean junta, in office until elections next year, suspended two opposition parties on Monday.", "Monday", false},
		{"The Chadian junta, in power until a referendum next year, banned opposition rallies on Thursday.", "Thursday", false},
		{"Kenya, which will host the summit next week, expelled two diplomats on Monday.", "Monday", false},
		// Near misses: the future is the expression's own clause's.
		{"The Chadian junta will ban opposition rallies on Thursday until elections next year.", "Thursday", true},
		{"The junta, officials said, will ban opposition rallies on Thursday.", "Thursday", true},
		{"On Thursday, the junta will ban opposition rallies, officials said.", "Thursday", true},
	}
	for _, tt := range tests {
		at := strings.Index(tt.s, tt.expr)
		if got := TenseAround(tt.s, at, at+len(tt.expr)); (got == TenseFuture) != tt.future {
			t.Errorf("%q at %q: TenseAround = %v, future wanted: %v", tt.s, tt.expr, got, tt.future)
		}
	}
}
