package media

import "testing"

func TestHeadAndWord(t *testing.T) {
	for w, want := range map[string]bool{"Gazette": true, "TIMES": true, "news": true, "Reuters": false, "Express": false,
		"Monthly": true, "Quarterly": true, "Dispatch": true, "Bulletin": true, "Review": false} {
		if got := Head(w); got != want {
			t.Errorf("Head(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Gazette": true, "Reuters": true, "broadcaster": true, "minister": false, "review": false} {
		if got := Word(w); got != want {
			t.Errorf("Word(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Review": true, "Monthly": false, "Gazette": false} {
		if got := PlaceHead(w); got != want {
			t.Errorf("PlaceHead(%q) = %v, want %v", w, got, want)
		}
	}
	if len(Words()) < len(heads) {
		t.Errorf("Words() has %d words, fewer than the %d heads", len(Words()), len(heads))
	}
}

func TestPlain(t *testing.T) {
	for w, want := range map[string]bool{"Hill": true, "independent": true, "Atlantic": true, "Guardian": false, "Reuters": false} {
		if got := Plain(w); got != want {
			t.Errorf("Plain(%q) = %v, want %v", w, got, want)
		}
	}
	// A plain outlet word is no conduit word of its own: "the
	// conversation turned".
	for _, w := range []string{"independent", "hill", "atlantic", "conversation", "intercept"} {
		if Word(w) {
			t.Errorf("Word(%q) = true, want false", w)
		}
	}
}

func TestOutletCue(t *testing.T) {
	for _, c := range []struct {
		prev2, prev, next string
		want              bool
	}{
		// A publication by the words around it ...
		{"minister", "told", "", true},   // "the minister told the Hill"
		{"according", "to", "", true},    // "according to the Independent"
		{"interview", "with", "", true},  // "an interview with the Atlantic"
		{"", "", "reported", true},       // "the Intercept reported"
		{"first", "reported", "", false}, // "first reported the Hill" is no cue
		{"essay", "in", "", true},        // "an essay in the Atlantic"
		{"", "", "reporters", true},      // "Hill reporters"
		{"", "", "newspaper", true},      // "the Independent newspaper"
		// ... and no cue for the ordinary words.
		{"ships", "crossed", "", false}, // "ships crossed the Atlantic"
		{"lawmakers", "on", "", false},  // "lawmakers on the Hill"
		{"", "", "turned", false},       // "the conversation turned"
		{"", "an", "panel", false},      // "an independent panel"
		{"spoke", "to", "", true},       // "spoke to the Atlantic"
		{"went", "to", "", false},       // "went to the Hill"
		{"", "", "independent", false},  // a plain word after is no cue
	} {
		if got := OutletCue(c.prev2, c.prev, c.next); got != c.want {
			t.Errorf("OutletCue(%q, %q, %q) = %v, want %v", c.prev2, c.prev, c.next, got, c.want)
		}
	}
}
