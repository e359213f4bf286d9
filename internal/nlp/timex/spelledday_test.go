package timex

import (
	"testing"
	"time"
)

// Known misses of a second pass, each with look-alikes that must keep
// their reading: a day of the month spelled out as an ordinal, a yearless
// day with "last/this/next year" after it, a present "is on" schedule, and
// "the following week/month" in the past that would land after the day of
// writing.
func TestFindSecondPass(t *testing.T) {
	late := time.Date(2024, 11, 20, 9, 0, 0, 0, time.UTC) // a Wednesday
	mid := time.Date(2024, 8, 20, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		ref                   time.Time
		sentence, text, value string
	}{
		// Spelled-out ordinal days.
		{late, "The ceasefire took effect on the first day of July.", "the first day of July", "2024-07-01"},
		{late, "The law was signed on the fifteenth of March.", "fifteenth of March", "2024-03-15"},
		{late, "Voters go to the polls on the twenty-first of December.", "twenty-first of December", "2024-12-21"},
		{late, "The treaty was signed on the Thirty First of May, 1998.", "Thirty First of May, 1998", "1998-05-31"},
		{late, "The agreement lapsed on the tenth day of October 2019.", "the tenth day of October 2019", "2019-10-10"},
		// Near misses: a share, a count, a possessive month.
		{late, "A third of March's rainfall fell in one day.", "March", "2024-03"},
		{late, "He won the first of March's two rounds.", "March", "2024-03"},
		// A trailing "last year" / "next year" sets the year.
		// The year phrase keeps its own span.
		{late, "The minister resigned on 5 March last year.", "5 March", "2023-03-05"},
		{late, "The minister resigned on 5 March last year.", "last year", "2023"},
		{late, "The summit will be held on March 5 next year.", "March 5", "2025-03-05"},
		{late, "The plant closed on December 12 last year.", "December 12", "2023-12-12"},
		{late, "Voting starts on January 3 of next year.", "January 3", "2025-01-03"},
		{late, "The plant reopened on 2 February this year.", "2 February", "2024-02-02"},
		// A story's year does not move a day the writer dated.
		{late, "In 2019 the firm moved to Leeds, and on 5 March last year it closed.", "5 March", "2023-03-05"},
		// Near miss: "last year's" leads a noun of its own.
		{late, "On March 5 last year's champion was knocked out.", "March 5", "2024-03-05"},
		// A present-tense schedule looks ahead, as "will" does.
		{late, "The first round was held on November 3 and the second round is on January 27.", "January 27", "2025-01-27"},
		{mid, "The first round was held on August 3 and the runoff is on April 27.", "April 27", "2025-04-27"},
		{late, "The runoff between the two leading candidates is on Sunday.", "Sunday", "2024-11-24"},
		// Near misses: a past copula, a date that does not follow "on".
		{mid, "The first round was held on August 3 and the runoff was on April 27.", "April 27", "2024-04-27"},
		{mid, "The focus of the inquiry is on events that were reported on April 27.", "April 27", "2024-04-27"},
		// "The following week" in the past after a day just before
		// writing: no value rather than one after the report.
		{late, "Police arrested the man on November 16 and charged him the following week.", "the following week", "2024-11-18"},
		{late, "Police arrested the man on November 5 and charged him the following week.", "the following week", "2024-11-11"},
		{late, "Police arrested the man on Tuesday and said he would be charged the following week.", "the following week", "2024-11-25"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, tt.ref)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value {
			t.Errorf("%q: %q = %s, want %s", tt.sentence, tt.text, te.Value, tt.value)
		}
	}
	// Past acts that would follow the report: no value.
	for _, s := range []string{
		"Police arrested the man on Tuesday and charged him the following week.",
		"The firm was fined on November 19. The following week, it appealed.",
		"The strike began on November 4 and ended the following month.",
	} {
		for _, te := range Find(s, 0, 0, late) {
			if te.Value > "2024-11-20" {
				t.Errorf("%q: %q = %s, after the day of writing", s, te.Text, te.Value)
			}
		}
	}
}
