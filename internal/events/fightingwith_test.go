package events

import "testing"

// A clash people were hurt in, right after the passive participle or past
// a day adjunct, is the act that hurt them; a clash told as the subject, or
// one after a participle that names no harm, is not.
func TestHarmedInCombat(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   int
	}{
		{"hurt in clashes", "Two/CD students/NNS were/VBD hurt/VBN in/IN clashes/NNS with/IN police/NNS", 3},
		{"hurt during the clashes", "Several/JJ miners/NNS were/VBD hurt/VBN during/IN the/DT clashes/NNS with/IN police/NNS", 3},
		{"past a day adjunct", "Four/CD policemen/NNS were/VBD wounded/VBN on/IN Tuesday/NNP during/IN clashes/NNS with/IN protesters/NNS", 3},
		{"late on a day", "Three/CD soldiers/NNS were/VBD killed/VBN late/RB on/IN Friday/NNP in/IN fighting/NN with/IN rebels/NNS", 3},
		{"clashes as subject", "Clashes/NNS with/IN police/NNS left/VBD two/CD students/NNS hurt/VBN", -1},
		{"no harm", "Two/CD students/NNS were/VBD arrested/VBN in/IN clashes/NNS with/IN police/NNS", -1},
		{"no auxiliary", "Police/NNS hurt/VBD two/CD students/NNS in/IN clashes/NNS with/IN protesters/NNS", -1},
	} {
		toks := taggedToks(tt.tagged)
		c := -1
		for q, tk := range toks {
			if combatNouns[tk.low] {
				c = q
				break
			}
		}
		tr := &trigger{i: c, j: c + 1, head: c, nominal: true}
		if got := harmedInCombat(toks, tr); got != tt.want {
			t.Errorf("%s: harmedInCombat = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// A day adjunct is skipped whole; a month or a place is not one.
func TestPastDayAdjunct(t *testing.T) {
	for _, tt := range []struct {
		tagged string
		want   int
	}{
		{"on/IN Tuesday/NNP during/IN", 2},
		{"late/RB on/IN Monday/NNP in/IN", 3},
		{"on/IN Sunday/NNP night/NN in/IN", 3},
		{"overnight/RB in/IN", 1},
		{"in/IN May/NNP", 0},
		{"in/IN Nairobi/NNP", 0},
	} {
		if got := pastDayAdjunct(taggedToks(tt.tagged), 0); got != tt.want {
			t.Errorf("%q: pastDayAdjunct = %d, want %d", tt.tagged, got, tt.want)
		}
	}
}
