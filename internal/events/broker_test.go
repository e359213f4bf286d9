package events

import "testing"

// TestBrokerParticipleOnce checks that a mediating participle right after
// a settlement noun gives the broker's mediation with each party named
// after "between" and no second mediation with no one, and that a
// mediating verb of its own still codes. Sentences written for this test.
func TestBrokerParticipleOnce(t *testing.T) {
	c := coder(t)
	cases := []struct {
		text    string
		broker  string
		parties []string
	}{
		{"A truce brokered by Egypt between Israel and Islamic Jihad took effect on Sunday.", "EGY", []string{"ISR", "PSE"}},
		{"The ceasefire, mediated by Qatar, between Israel and Hamas collapsed on Friday.", "QAT", []string{"ISR", "PSE"}},
		{"Egypt brokered a truce between Israel and Islamic Jihad on Sunday.", "EGY", []string{"ISR", "PSE"}},
	}
	for _, tc := range cases {
		got := map[string]int{}
		for _, e := range code(t, c, tc.text) {
			v := view(e)
			if v.typ != "CONSULT" || v.src != tc.broker || e.Confidence < 0.5 {
				continue
			}
			got[v.tgt]++
		}
		for _, p := range tc.parties {
			if got[p] != 1 {
				t.Errorf("%q: %d mediations %s->%s, want 1 (all: %v)", tc.text, got[p], tc.broker, p, got)
			}
		}
		if got[""] != 0 {
			t.Errorf("%q: a mediation by %s with no one: %v", tc.text, tc.broker, got)
		}
	}
}
