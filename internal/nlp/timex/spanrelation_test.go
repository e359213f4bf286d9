package timex

import (
	"testing"
	"time"
)

// TestSpanRelation: a period that holds the publish date is current;
// one that ends on it, or before it, is past, and one that starts after it
// future. ref is Tuesday 2026-03-10.
func TestSpanRelation(t *testing.T) {
	r := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ sentence, text, rel string }{
		{"The company expects a loss in H1 2026.", "H1 2026", "current"},
		{"The first half of 2026 will be difficult.", "The first half of 2026", "current"},
		{"The economy is shrinking in the first quarter.", "the first quarter", "current"},
		{"Prices will peak in the mid-2020s.", "the mid-2020s", "current"},
		{"Ties have deepened in the 21st century.", "the 21st century", "current"},
		{"The exhibition runs from February to April.", "February to April", "current"},
		// Near misses: over before, ending on the day, or ahead.
		{"Profits fell in H1 2025.", "H1 2025", "past"},
		{"Sales rose in the fourth quarter.", "the fourth quarter", "past"},
		{"Prices have risen since January.", "since January", "past"},
		{"Temperatures have risen over the past decade.", "the past decade", "past"},
		{"Inflation was high in the 1970s.", "the 1970s", "past"},
		{"The chipmaker expects sales to recover in H2 2026.", "H2 2026", "future"},
		{"A decision is expected in the coming weeks.", "the coming weeks", "future"},
		{"The survey covered the period from January 2020 to June 2022.", "January 2020", "past"},
	} {
		te, got := findText(tc.sentence, tc.text, r)
		if te == nil {
			t.Errorf("%q: no %q in %+v", tc.sentence, tc.text, got)
			continue
		}
		if te.Relation != tc.rel {
			t.Errorf("%q: %q (%s/%s) relation %q, want %q", tc.sentence, tc.text, te.Value, te.EndValue, te.Relation, tc.rel)
		}
	}
}
