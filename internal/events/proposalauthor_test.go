package events

import "testing"

// TestProposalAuthor checks which names after "by" or "from" are the
// author of the proposal heading a verb's object.
func TestProposalAuthor(t *testing.T) {
	cases := []struct {
		s    string
		name string
		want bool
	}{
		{"rejected a request by Azerbaijan for measures against Armenia", "Azerbaijan", true},
		{"accepted an offer from Japan to train its coast guard", "Japan", true},
		{"rejected a request by Azerbaijan for measures against Armenia", "Armenia", false},
		{"rejected the request , backed by France , for sanctions", "France", false}, // a participle's agent
		{"rejected a long , vague and detailed request by Chile", "Chile", false},    // too far from the object's start
		{"rejected a report by Kenya", "Kenya", false},                               // no proposal
	}
	for _, c := range cases {
		toks := words(c.s, nil)
		i := -1
		for k, tk := range toks {
			if tk.text == c.name {
				i = k
			}
		}
		if got := proposalAuthor(toks, 1, i); got != c.want {
			t.Errorf("proposalAuthor(%q, %q) = %v, want %v", c.s, c.name, got, c.want)
		}
	}
}
