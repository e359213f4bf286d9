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
