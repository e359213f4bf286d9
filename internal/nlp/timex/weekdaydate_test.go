package timex

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A yearless date written with its weekday takes the year, of the one the
// tense picks and those either side, in which the date falls on that
// weekday: the weekday outweighs a past verb ahead of a date to come and a
// future verb reported after the day. With no agreeing year near the day
// of writing, or no weekday, the tense decides as before.
func TestFindWeekdayPicksYear(t *testing.T) {
	dec := time.Date(2021, 12, 30, 9, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		ref                   time.Time
		sentence, text, value string
		rel                   string
	}{
		// 2022-01-04 is a Tuesday, 2021-01-04 a Monday.
		{dec, "The court adjourned the case to Tuesday, Jan. 4.", "Tuesday, Jan. 4", "2022-01-04", "future"},
		{dec, "Voting was set to begin on Monday, 3 January, officials said.", "Monday, 3 January", "2022-01-03", "future"},
		// 2021-07-26 is a Monday: a reported future of a day now past.
		{ref, "The lawyers said they would appeal on Monday, July 26.", "Monday, July 26", "2021-07-26", "past"},
		{ref, "Ministers will meet on Sunday, 25 July, to review the curfew, the spokesman said.", "Sunday, 25 July", "2021-07-25", "past"},
		// Near misses: a weekday no year near agrees with keeps the
		// tense's year (2021-06-05 is a Saturday), and so does a date
		// without its weekday.
		{ref, "The talks were held on Monday, June 5, officials said.", "Monday, June 5", "2021-06-05", "past"},
		{dec, "The court heard the case on Jan. 4.", "Jan. 4", "2021-01-04", "past"},
		{ref, "The lawyers said they would appeal on July 26.", "July 26", "2022-07-26", "future"},
	}
	for _, tt := range tests {
		var te *model.TimeExpr
		got := Find(tt.sentence, 0, 0, tt.ref)
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
