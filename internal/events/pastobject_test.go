package events

import "testing"

// TestPastWithObject checks when an -ed form the tagger read as a
// participle (VBN) after a name is a past tense with an object of its
// own, which opens a coordinated clause ("and Hezbollah fired rockets at
// northern Israel"), and when it stays a participle on the name.
// Sentences written for this test.
func TestPastWithObject(t *testing.T) {
	vbn := map[string]string{"fired": "VBN", "launched": "VBN", "promised": "VBN", "rockets": "NNS", "drones": "NNS", "Israel": "NNP", "$": "$", "5": "CD"}
	for _, tc := range []struct {
		s    string
		at   int // the -ed form
		want bool
	}{
		{"and Hezbollah fired rockets at northern Israel", 2, true},
		{"and Russia launched drones into Ukraine", 2, true},
		{"and Japan promised $ 5 billion", 2, true},
		// No object: a participle on the name, or the name's verb with
		// an adjunct only, for the tagger to decide.
		{"and Hezbollah fired from its posts", 2, false},
		// A plural noun with no direction after it may be a noun the
		// participle phrase ends before ("the Hezbollah fired rockets
		// hit"); only an aimed object is taken.
		{"and Hezbollah fired rockets yesterday", 2, false},
		{"and Hezbollah fired Israel", 2, false},
	} {
		toks := words(tc.s, vbn)
		if got := pastWithObject(toks, tc.at); got != tc.want {
			t.Errorf("%q at %q: pastWithObject = %v, want %v", tc.s, toks[tc.at].text, got, tc.want)
		}
	}
	// With the past tense read, "and" before the name opens a clause:
	// the first clause's object ends there.
	toks := words("struck Hamas targets and Hezbollah fired rockets at Israel", vbn)
	if !coordinatedClause(toks, 3) {
		t.Errorf("%q: \"and\" opens no clause", "struck Hamas targets and Hezbollah fired rockets at Israel")
	}
}
