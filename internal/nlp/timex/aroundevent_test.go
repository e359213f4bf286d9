package timex

import (
	"strings"
	"testing"
	"time"
)

// "The day before" and "the night after" with an event named after them
// count from that event, whose day the text has not given: no date, rather
// than the day before the one dated last. Ending their clause, they count
// from the day dated last as before, and a date after them is read as one.
func TestAroundNamedEvent(t *testing.T) {
	pub := time.Date(2024, 4, 12, 9, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"before a vote", "He arrived on Friday and left the day before the vote.",
			map[string]string{"Friday": "2024-04-12", "the day before": ""}},
		{"appositive to a weekday", "Thousands rallied in the capital on Saturday, the day after the televised debate.",
			map[string]string{"Saturday": "2024-04-06", "the day after": ""}},
		{"before a possessive", "The minister resigned on 3 March 2023. Police had searched his office the night before his arrest.",
			map[string]string{"the night before": ""}},
		{"before a name", "The envoy met rebel leaders on Tuesday, the day before Independence Day.",
			map[string]string{"the day before": ""}},
		// Near misses: at the end of the clause, or before a comma, they
		// count from the day dated last.
		{"end of clause", "She resigned on May 2 and was replaced the day after.",
			map[string]string{"the day after": "2023-05-03"}},
		{"opening a sentence", "The referendum was held on March 3. The day before, thousands marched in the capital.",
			map[string]string{"The day before": "2024-03-02"}},
	}
	for _, tt := range tests {
		got := stageDates(t, tt.text, pub)
		for text, want := range tt.want {
			if want == "" {
				for g, v := range got {
					if strings.Contains(g, text) {
						t.Errorf("%s: %q dated %q, want no date", tt.name, g, v)
					}
				}
				continue
			}
			if got[text] != want {
				t.Errorf("%s: %q = %q, want %q (dates %v)", tt.name, text, got[text], want, got)
			}
		}
	}
}
