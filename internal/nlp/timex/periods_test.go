package timex

import (
	"testing"
	"time"
)

// Ages and eras by their names, as the world wars are: the Middle Ages, the
// Crusades, the Napoleonic Wars, the Great Recession. Lower-case words that
// look alike are no names.
func TestNamedEras(t *testing.T) {
	ref := time.Date(2021, 8, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value, end string
	}{
		{"During the Middle Ages, Athens declined.", "the Middle Ages", "0500", "1499"},
		{"The castle dates from the early Middle Ages.", "Middle Ages", "0500", "1499"},
		{"The city thrived during the Crusades.", "the Crusades", "1095", "1291"},
		{"The fort was built during the Napoleonic Wars.", "the Napoleonic Wars", "1803-05-18", "1815-11-20"},
		{"Unemployment peaked after the Great Recession.", "the Great Recession", "2007-12", "2009-06"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, ref)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.EndValue != tt.end {
			t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.EndValue, tt.value, tt.end)
		}
	}
	for _, s := range []string{
		"The mayor led crusades against corruption.",
		"Economists warned of a great recession in the making.",
		"The middle ages of the workforce rose.",
	} {
		if got := Find(s, 0, 0, ref); len(got) != 0 {
			t.Errorf("%q: want no date, got %+v", s, got)
		}
	}
}
