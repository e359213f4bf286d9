package events

import (
	"strings"
	"testing"
)

// A clash that starts its clause as the subject of "left" with people
// harmed after it left them harmed; one that left a thing, people
// unharmed, or that is no subject of "left" did not.
func TestCombatLeftHarmed(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   string // the harmed mention's text, "" for none
	}{
		{"left hurt", "Clashes/NNS with/IN police/NN in/IN Dhaka/NNP left/VBD two/CD students/NNS hurt/VBN ./.", "students"},
		{"day and adverb", "Clashes/NNS with/IN police/NN on/IN Monday/NNP left/VBD at/IN least/JJS five/CD protesters/NNS seriously/RB injured/VBD ./.", "protesters"},
		{"gerund dead", "Fighting/VBG with/IN the/DT army/NN left/VBD three/CD villagers/NNS dead/JJ ./.", "villagers"},
		{"a thing left", "Clashes/NNS with/IN police/NN left/VBD the/DT campus/NN in/IN ruins/NNS ./.", ""},
		{"homeless", "Clashes/NNS with/IN police/NN left/VBD hundreds/NNS of/IN students/NNS homeless/JJ ./.", ""},
		{"other verb first", "Clashes/NNS with/IN police/NN erupted/VBD and/CC left/VBD two/CD students/NNS hurt/VBN ./.", ""},
		{"not the subject", "Police/NNS said/VBD clashes/NNS with/IN protesters/NNS left/VBD two/CD students/NNS hurt/VBN ./.", ""},
	} {
		toks := taggedToks(tt.tagged)
		var ms []mention
		for i, tk := range toks {
			switch tk.low {
			case "police", "students", "protesters", "villagers", "army":
				ms = append(ms, mention{i: i, j: i + 1, text: tk.text, kind: "role", country: "KEN"})
			}
		}
		c := -1
		for q, tk := range toks {
			if combatNouns[tk.low] {
				c = q
				break
			}
		}
		tr := &trigger{i: c, j: c + 1, head: c, nominal: !strings.HasSuffix(toks[c].low, "ing")}
		got := ""
		if mi := combatLeftHarmed(toks, ms, tr); mi >= 0 {
			got = ms[mi].text
		}
		if got != tt.want {
			t.Errorf("%s: combatLeftHarmed = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// The gerund "fighting" read as a verb after a participle of harm is the
// clash the harmed were hurt in; as the predicate of its own clause it is
// not.
func TestHarmedInCombatGerund(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   int
	}{
		{"during fighting", "Several/JJ villagers/NNS were/VBD hurt/VBN on/IN Sunday/NNP during/IN fighting/VBG with/IN the/DT army/NN", 3},
		{"in fighting", "Two/CD soldiers/NNS were/VBD killed/VBN in/IN fighting/VBG with/IN rebels/NNS", 3},
		{"fighting as predicate", "Soldiers/NNS were/VBD fighting/VBG with/IN rebels/NNS", -1},
		{"arrested during fighting", "Two/CD soldiers/NNS were/VBD arrested/VBN during/IN fighting/VBG with/IN rebels/NNS", -1},
	} {
		toks := taggedToks(tt.tagged)
		c := -1
		for q, tk := range toks {
			if tk.low == "fighting" {
				c = q
			}
		}
		tr := &trigger{i: c, j: c + 1, head: c}
		if got := harmedInCombat(toks, tr); got != tt.want {
			t.Errorf("%s: harmedInCombat = %d, want %d", tt.name, got, tt.want)
		}
	}
}
