package events

import "testing"

// TestFrontedMeetingEnd checks which sentence openings are a meeting with
// its place (the index of their closing comma) and which are not (-1).
func TestFrontedMeetingEnd(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     int
	}{
		{"After talks in Geneva , Iran and Russia agreed", 4},
		{"Following a meeting in Rome , Italy agreed", 5},
		{"During the 2022 talks in Istanbul , Russia agreed", 6},
		{"At a summit in Lima , Peru agreed", 5},
		{"After talks with Iran in Vienna , the EU agreed", 6},
		{"After the talks , Iran agreed", -1},
		{"After Iran rejected the plan in Geneva , the US acted", -1},
		{"After an attack in Kabul , the US acted", -1},
		{"In Geneva , Iran agreed", -1},
		{"After talks in Geneva", -1},
		{"", -1},
	} {
		if got := frontedMeetingEnd(words(tc.sentence, map[string]string{"rejected": "VBD", "agreed": "VBD", "acted": "VBD"})); got != tc.want {
			t.Errorf("%q: got %d, want %d", tc.sentence, got, tc.want)
		}
	}
}
