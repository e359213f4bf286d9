package events

import "testing"

// A lowercase noun before the event noun in a naming free relative ("in
// what officials described as a terrorist attack") is a compound's first
// part: the event noun is still only what the act is called. The same
// noun told as a subject's act is no naming.
func TestWhatNamedCompound(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   bool
	}{
		{"described as a compound", "in/IN what/WP Nigerian/JJ officials/NNS described/VBD as/IN a/DT terrorist/NN attack/NN", true},
		{"called a compound", "in/IN what/WP the/DT army/NN called/VBD a/DT border/NN raid/NN", true},
		{"termed an adjective and a compound", "in/IN what/WP police/NN termed/VBD a/DT deadly/JJ suicide/NN bombing/NN", true},
		{"compound told as an act", "police/NN said/VBD a/DT terrorist/NN attack/NN killed/VBD five/CD people/NNS", false},
		{"naming of an object, no what", "officials/NNS described/VBD the/DT border/NN attack/NN", false},
	} {
		toks := taggedToks(tt.tagged)
		i := -1
		for q, tk := range toks {
			if tk.low == "attack" || tk.low == "raid" || tk.low == "bombing" {
				i = q
			}
		}
		if got := whatNamed(toks, i); got != tt.want {
			t.Errorf("%s: whatNamed = %v, want %v", tt.name, got, tt.want)
		}
	}
}
