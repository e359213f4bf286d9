package timex

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// "until" a month in a sentence told in the past ends in the past, as an
// "until" weekday does, unless an order set the period running; a deadline
// given ("has until Oct. 15 to reply") is ahead of the day of writing, as
// "have" there is no perfect tense.
func TestFindUntil(t *testing.T) {
	r := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value, rel string
	}{
		{"Last year, talks ran until mid-December.", "until mid-December", "2024-12-10", "past"},
		{"The strike lasted until March, when the union signed a deal.", "until March", "2025-03", "past"},
		{"Schools were closed until September.", "until September", "2024-09", "past"},
		{"Lawmakers have until Sept. 30 to pass a budget.", "Sept. 30", "2025-09-30", "future"},
		{"The company has until 15 October to respond to the regulator.", "15 October", "2025-10-15", "future"},
		{"Lawmakers have until Friday to pass a budget.", "Friday", "2025-06-13", "future"},
		// Near misses: an order's period, a future, and a past deadline.
		{"The government extended the curfew until March.", "until March", "2026-03", "future"},
		{"The embassy will stay closed until March.", "until March", "2026-03", "future"},
		{"Iran had until Aug. 31 to comply.", "Aug. 31", "2024-08-31", "past"},
	}
	for _, tt := range tests {
		var te *model.TimeExpr
		got := Find(tt.sentence, 0, 0, r)
		for i := range got {
			if got[i].Text == tt.text {
				te = &got[i]
			}
		}
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.Relation != tt.rel {
			t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.Relation, tt.value, tt.rel)
		}
	}
}
