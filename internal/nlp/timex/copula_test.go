package timex

import (
	"testing"
	"time"
)

// A scheduled event's noun with "is" or "will be" right before its date
// ("The deadline is April 30") looks ahead as "is on April 30" does; "was"
// looks back. A possessive weekday after "is on" ("the focus is on Monday's
// vote") is no schedule of the copula's: the weekday is the one the tense
// picks, not a week on.
func TestFindCopulaSchedule(t *testing.T) {
	may10 := time.Date(2026, 5, 10, 9, 0, 0, 0, time.UTC) // a Sunday
	mar3 := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)   // a Tuesday
	mar5 := time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC)   // a Thursday
	tests := []struct {
		ref                   time.Time
		sentence, text, value string
	}{
		{may10, "The deadline is April 30.", "April 30", "2027-04-30"},
		{may10, "The deadline will be April 30.", "April 30", "2027-04-30"},
		{may10, "The summit is on April 20.", "April 20", "2027-04-20"},
		{may10, "The elections are May 3.", "May 3", "2027-05-03"},
		{may10, "The hearing is May 20.", "May 20", "2026-05-20"},
		{mar3, "The deadline is April 30.", "April 30", "2026-04-30"},
		{mar3, "The trial is Monday.", "Monday", "2026-03-09"},
		{mar3, "The vote is Tuesday.", "Tuesday", "2026-03-03"},
		// Near misses: "was" looks back; a day of no scheduled event is
		// left to the tense.
		{may10, "The deadline was April 30.", "April 30", "2026-04-30"},
		{may10, "The election was April 2.", "April 2", "2026-04-02"},
		{may10, "Her birthday is April 30.", "April 30", "2026-04-30"},
		{mar3, "The deadline was Friday.", "Friday", "2026-02-27"},
		// A possessive weekday: the tense's, not the copula's.
		{mar3, "The focus is on Monday's vote.", "Monday", "2026-03-02"},
		{mar5, "The spotlight is on Thursday's hearing.", "Thursday", "2026-03-05"},
		{mar3, "All eyes will be on Monday's vote.", "Monday", "2026-03-09"},
		// "is on" before the weekday itself still schedules it.
		{mar3, "The vote is on Monday.", "Monday", "2026-03-09"},
		{mar5, "The hearing is on Thursday.", "Thursday", "2026-03-05"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, tt.ref)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value {
			t.Errorf("%q (written %s): %q = %s, want %s", tt.sentence, tt.ref.Format("2006-01-02"), tt.text, te.Value, tt.value)
		}
	}
}
