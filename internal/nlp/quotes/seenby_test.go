package quotes

import (
	"strings"
	"testing"
)

// TestChannelSeenByOutlet: a closing attribution whose channel is a
// document an outlet saw ("in a confidential report seen by Reuters",
// "in a letter obtained by the newspaper"), or whose channel follows the
// day it was said set off by a comma ("said on Monday, in a statement
// carried by ..."), reports the clause before it; the channel is no
// report of its own.
func TestChannelSeenByOutlet(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	f := newFinder(t)
	for _, c := range []struct{ text, want string }{
		{"Iran refused to let inspectors into the plant last week, the agency said in a confidential report seen by Reuters.",
			"Iran refused to let inspectors into the plant last week"},
		{"Iran refused to let inspectors into the plant last week, the agency said on Monday, in a confidential report seen by Reuters.",
			"Iran refused to let inspectors into the plant last week"},
		{"The army would withdraw from the border by June, the ministry said in a letter obtained by the newspaper.",
			"The army would withdraw from the border by June"},
		{"The curfew would be lifted at midnight, the ministry said on Tuesday, in a statement carried by the state news agency.",
			"The curfew would be lifted at midnight"},
	} {
		qs := f.Find(tagged(t, c.text))
		if len(qs) != 1 {
			t.Errorf("%q: got %d quotes, want 1: %+v", c.text, len(qs), qs)
			continue
		}
		if got := strings.TrimSpace(qs[0].Text); got != c.want {
			t.Errorf("%q: quote %q, want %q", c.text, got, c.want)
		}
	}
}
