package events

import (
	"strings"
	"testing"
)

// The steps the place searches share: passing over the object's words,
// where the clause ends, and which mentions are the event's parties.
func TestVenueSteps(t *testing.T) {
	// "supporters of the opposition leader in Nairobi", the object being
	// "supporters" (0-1) and "the opposition leader" (2-5).
	tgt := group{{i: 0, j: 1}, {i: 2, j: 5}}
	for _, c := range []struct {
		q    int
		end  int
		isIn bool
	}{
		{0, 1, true},
		{1, 0, false}, // "of", between the two mentions
		{2, 5, true},
		{4, 5, true},
		{5, 0, false}, // "in", after the object
	} {
		end, in := objectEnd(tgt, c.q)
		if end != c.end || in != c.isIn {
			t.Errorf("objectEnd(token %d) = %d, %v; want %d, %v", c.q, end, in, c.end, c.isIn)
		}
	}

	for _, c := range []struct {
		word string
		ends bool
	}{
		{"'s", false}, // "the prime minister's office"
		{"-", false},  // "a state-run plant"
		{",", true},
		{".", true},
		{";", true},
		{"said", true},
		{"in", false},
		{"office", false},
	} {
		if got := venueBreak(tok{text: c.word, low: strings.ToLower(c.word)}); got != c.ends {
			t.Errorf("venueBreak(%q) = %v, want %v", c.word, got, c.ends)
		}
	}

	src := group{{i: 0, j: 2}}
	for _, c := range []struct {
		m     mention
		party bool
	}{
		{mention{i: 0, j: 2}, true},
		{mention{i: 2, j: 5}, true},
		{mention{i: 3, j: 5}, false}, // inside a party, not the party
		{mention{i: 6, j: 7}, false},
	} {
		if got := isParty(c.m, src, tgt); got != c.party {
			t.Errorf("isParty(%d-%d) = %v, want %v", c.m.i, c.m.j, got, c.party)
		}
	}
}
