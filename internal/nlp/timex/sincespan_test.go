package timex

import (
	"testing"
	"time"
)

// "since" before a bare weekday (whose match takes the "since" in) or
// before a month of a year opens a span that runs to the publish date, as
// "since mid-April", "since last Monday" and "since 2018" do.
func TestFindSinceWeekdayAndMonthYear(t *testing.T) {
	r := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		sentence, text, value, end string
	}{
		{"Police have detained 40 protesters since Monday, the interior ministry said.", "Monday", "2025-06-09", "2025-06-11"},
		{"Rebels have held the border town since Saturday.", "Saturday", "2025-06-07", "2025-06-11"},
		{"Police in Kenya have arrested 12 activists since Feb. 2019, rights groups said.", "Feb. 2019", "2019-02", "2025-06-11"},
		{"The border with Chad has been closed since March 2020.", "March 2020", "2020-03", "2025-06-11"},
		{"Prices have risen every month since mid-March 2024.", "mid-March 2024", "2024-03-10", "2025-06-11"},
		// Near misses: no "since", so no span.
		{"Police detained 40 protesters on Monday, the interior ministry said.", "Monday", "2025-06-09", ""},
		{"The border with Chad was closed in March 2020.", "March 2020", "2020-03", ""},
		{"The border with Chad will stay closed until March 2026.", "March 2026", "2026-03", ""},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.EndValue != tt.end {
			t.Errorf("%q: %q = %s..%s, want %s..%s", tt.sentence, tt.text, te.Value, te.EndValue, tt.value, tt.end)
		}
	}
}
