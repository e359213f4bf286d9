package timex

import (
	"testing"
	"time"
)

// A scheduled event told in the present ("opens", "begins", "takes place")
// is ahead of the day of writing; the same verbs in the past, in an
// infinitive or as a noun say nothing of the kind.
func TestFindScheduledPresent(t *testing.T) {
	r := time.Date(2026, 9, 23, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		sentence, text, value, rel string
	}{
		{"The summit opens on Friday.", "Friday", "2026-09-25", "future"},
		{"The Asia-Pacific trade summit opens in Lima on Friday.", "Friday", "2026-09-25", "future"},
		{"Peace talks between the two sides begin in Doha on Monday.", "Monday", "2026-09-28", "future"},
		{"The presidential runoff takes place on Sunday.", "Sunday", "2026-09-27", "future"},
		{"The trial of the former minister starts Tuesday.", "Tuesday", "2026-09-29", "future"},
		{"The ceasefire expires on Thursday.", "Thursday", "2026-09-24", "future"},
		{"Foreign ministers meet in Brussels on Monday.", "Monday", "2026-09-28", "future"},
		{"The annual congress kicks off on Saturday in Beijing.", "Saturday", "2026-09-26", "future"},
		// Said on the weekday itself: that day.
		{"The summit opens on Wednesday.", "Wednesday", "2026-09-23", "current"},
		// Near misses: a past verb, a past infinitive, a noun, the
		// headline act of shooting, a future verb on the day itself.
		{"The summit opened on Friday.", "Friday", "2026-09-18", "past"},
		{"Peace talks began in Doha on Monday.", "Monday", "2026-09-21", "past"},
		{"The talks did not begin on Monday.", "Monday", "2026-09-21", "past"},
		{"Gunmen opened fire on a bus on Monday.", "Monday", "2026-09-21", "past"},
		{"The team made a poor start on Monday.", "Monday", "2026-09-21", "past"},
		{"Leaders will meet in Brussels on Wednesday.", "Wednesday", "2026-09-30", "future"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.Relation != tt.rel {
			t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.Relation, tt.value, tt.rel)
		}
	}
}
