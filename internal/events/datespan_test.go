package events_test

import (
	"testing"
	"time"
)

// TestDateSpan checks that an event dated by a span of days keeps the span
// beside the month or day its Date is widened or narrowed to, and that a
// single day or a month names none.
func TestDateSpan(t *testing.T) {
	stages := fullPipeline(t)
	for _, tc := range []struct {
		text     string
		pub      time.Time
		date     string
		from, to string
	}{
		// Published on a Wednesday: next week is the 17th to the 23rd.
		{"Chinese President Xi Jinping will visit Russia next week.", time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "2025-03", "2025-03-17", "2025-03-23"},
		// A week across two months keeps its first day as the date.
		{"Chinese President Xi Jinping will visit Russia next week.", time.Date(2025, 3, 26, 0, 0, 0, 0, time.UTC), "2025-03-31", "2025-03-31", "2025-04-06"},
		{"Chinese President Xi Jinping will visit Russia on Monday.", time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "2025-03-17", "", ""},
		{"Chinese President Xi Jinping will visit Russia next month.", time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "2025-04", "", ""},
	} {
		art := codeSentence(t, stages, tc.text, tc.pub)
		found := false
		for _, e := range art.Events {
			if e.Type != "AGREE" || e.CAMEO != "036" {
				continue
			}
			found = true
			if e.Date != tc.date || e.DateFrom != tc.from || e.DateTo != tc.to {
				t.Errorf("%q (published %s): date %q span %q..%q, want %q span %q..%q", tc.text, tc.pub.Format(time.DateOnly), e.Date, e.DateFrom, e.DateTo, tc.date, tc.from, tc.to)
			}
		}
		if !found {
			t.Errorf("%q: no intent to visit (AGREE 036) coded", tc.text)
		}
	}
}
