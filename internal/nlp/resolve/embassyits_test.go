package resolve

import "testing"

// TestItsEmbassy: an embassy or a consulate "its" points back to is the
// mission of the country named last before it, whatever place follows
// (the host, never the owner); with no country to own it, or with only a
// host place, it gets no actor.
func TestItsEmbassy(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		role, want string
	}{
		{"its embassy in a capital", "Russia said its embassy in Kyiv had been shelled overnight.",
			[]ent{{"Russia", "GPE"}, {"Kyiv", "GPE"}}, "embassy", "RUS.GOV"},
		{"its consulate", "Japan said on Monday its consulate in Shanghai would close.",
			[]ent{{"Japan", "GPE"}, {"Shanghai", "GPE"}}, "consulate", "JPN.GOV"},
		{"the sentence before", "France recalled two diplomats from Tehran. Its embassy there was attacked on Sunday.",
			[]ent{{"France", "GPE"}, {"Tehran", "GPE"}}, "embassy", "FRA.GOV"},
		{"a possessive country", "Israel's embassy in Cairo was closed on Tuesday.",
			[]ent{{"Israel", "GPE"}, {"Cairo", "GPE"}}, "embassy", "ISR.GOV"},
		{"only the host", "The embassy in Kyiv said its staff were safe.",
			[]ent{{"Kyiv", "GPE"}}, "embassy", ""},
		{"no country", "The ministry summoned the ambassador after its embassy was attacked.",
			nil, "embassy", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := roleHolder(t, s, c.text, "2025-03-12", c.ents, c.role); got != c.want {
				t.Errorf("%q: %s -> %q, want %q", c.text, c.role, got, c.want)
			}
		})
	}
}
