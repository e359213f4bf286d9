package timex

import (
	"testing"
	"time"
)

// A bare "after N units" in a text that does not date from the day of
// writing says how long something takes, not when: no date. News keeps it,
// counted back from the publish date (or its sentence's date), and so does
// a duration that names what lasted.
func TestUnanchoredAfter(t *testing.T) {
	pub := time.Date(2021, 8, 15, 9, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		name, text, expr, want string
	}{
		// Must not be dated: how long something takes, in a study or a guide.
		{"study", "Such loss was observed in one study after 2 years, though only for some abilities.", "2 years", ""},
		{"study with citation", "Gains persisted after 2 years [18] in the second group.", "2 years", ""},
		{"guide", "The dough is ready after two hours. The crust hardens after three days.", "three days", ""},
		// Must stay dated: news, a reporting sentence, a dated sentence,
		// a duration that names what lasted.
		{"news text", "The ministry said on Tuesday that the reactor was closed. The talks resumed after two years.", "two years", "2019/2021-08-15"},
		{"reporting sentence", "The talks resumed after two years, the ministry said.", "two years", "2019/2021-08-15"},
		{"dated sentence", "Talks resumed on Monday after two years.", "two years", "2019/2021-08-09"},
		{"names what lasted", "The talks resumed after two years of deadlock.", "two years", "2019/2021-08-15"},
		{"names where", "He was freed after five years in prison.", "five years", "2016/2021-08-15"},
	}
	for _, tt := range tests {
		got := stageDates(t, tt.text, pub)
		if got[tt.expr] != tt.want {
			t.Errorf("%s: %q = %q, want %q (dates %v)", tt.name, tt.expr, got[tt.expr], tt.want, got)
		}
	}
}
