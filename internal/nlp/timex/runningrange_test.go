package timex

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A yearless range of months or days told in the future is the next one
// not yet over: one that has begun by the day of writing (ref, 2021-07-30)
// is this year's, as a quarter whose results are still to come. One
// already over is next year's, and a range told in the past stays as it
// was read.
func TestFindFutureRangeUnderway(t *testing.T) {
	tests := []struct {
		sentence, text, value, end string
	}{
		{"Results for the July-September quarter will be released in November.", "July-September", "2021-07", "2021-09"},
		{"Figures for the June–August period will be published next month, the agency said.", "June–August", "2021-06", "2021-08"},
		{"The exhibition will run from July to September in the capital.", "July to September", "2021-07", "2021-09"},
		{"Sales for the May-July quarter will be published in September.", "May-July", "2021-05", "2021-07"},
		{"The trade fair will run July 28-31 in Lagos, organisers said.", "July 28-31", "2021-07-28", "2021-07-31"},
		// Near misses: over by the day of writing, or told in the past.
		{"The trade fair will run July 20-25 in Lagos, organisers said.", "July 20-25", "2022-07-20", "2022-07-25"},
		{"Talks will be held from May to June, the ministry said.", "May to June", "2022-05", "2022-06"},
		{"Exports fell in the April-June quarter.", "April-June", "2021-04", "2021-06"},
	}
	for _, tt := range tests {
		var te *model.TimeExpr
		got := Find(tt.sentence, 0, 0, ref)
		for i := range got {
			if got[i].Text == tt.text {
				te = &got[i]
			}
		}
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.EndValue != tt.end {
			t.Errorf("%q: %q = %s..%s, want %s..%s", tt.sentence, tt.text, te.Value, te.EndValue, tt.value, tt.end)
		}
	}
}
