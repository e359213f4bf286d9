package timex

import (
	"testing"
	"time"
)

// A season opening a sentence, with its capital, is read as the same season
// inside a sentence is: "Spring 2025 brought floods" as "floods came in
// spring 2025"; a bare season is no date in either place ("Spring brought
// floods", "Summer tourism fell"). Inside a sentence a capital with no word
// of time before it makes a name ("the Arab Spring of 2011").
func TestFindSeasonOpening(t *testing.T) {
	ref := time.Date(2026, 5, 3, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value, end string
	}{
		{"Spring 2025 brought floods.", "Spring 2025", "2025-03", "2025-05"},
		{"Floods came in spring 2025.", "spring 2025", "2025-03", "2025-05"},
		{"Summer of 2024 was the hottest on record.", "Summer of 2024", "2024-06", "2024-08"},
		{"Winter 2023-24 was mild.", "Winter 2023-24", "2023-12", "2024-02"},
		{"\"Autumn 2019 was wet,\" he said.", "Autumn 2019", "2019-09", "2019-11"},
		{"Last Spring brought floods.", "Last Spring", "2025-03", "2025-05"},
		{"Floods came last spring.", "last spring", "2025-03", "2025-05"},
		{"The wall fell in the Spring of 2019.", "the Spring of 2019", "2019-03", "2019-05"},
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
		"Spring brought floods.",
		"Summer tourism fell.",
		"The river rose in spring.",
		"Fall in prices hurt farmers.",
		"Winter is coming.",
		"Protests followed the Arab Spring.",
	} {
		if got := Find(s, 0, 0, ref); len(got) != 0 {
			t.Errorf("%q: want no date, got %+v", s, got)
		}
	}
	// A name: the capital inside a sentence leaves the year alone.
	if te, got := findText("Protests spread in the Arab Spring of 2011.", "2011", ref); te == nil || te.Value != "2011" {
		t.Errorf("'the Arab Spring of 2011': want only the year 2011, got %+v", got)
	}
	if te, _ := findText("Protests spread in the Arab Spring of 2011.", "Spring of 2011", ref); te != nil {
		t.Errorf("'the Arab Spring of 2011' dated as a season: %+v", *te)
	}
}
