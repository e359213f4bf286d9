package timex

import (
	"testing"
	"time"
)

// A law or a measure that "takes effect", "comes into force" or "enters
// into force" on a day, told in the present, does so ahead of the day of
// writing; told in the past, on the past day.
func TestFindScheduledInForce(t *testing.T) {
	r := time.Date(2026, 9, 23, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		sentence, text, value string
	}{
		{"The new labour law takes effect on Friday.", "Friday", "2026-09-25"},
		{"The European Union's sanctions come into force on Monday.", "Monday", "2026-09-28"},
		{"The border treaty enters into force on Friday.", "Friday", "2026-09-25"},
		// Near misses: the past tense, and "comes" without "into".
		{"The new labour law took effect on Friday.", "Friday", "2026-09-18"},
		{"The sanctions entered into force on Monday.", "Monday", "2026-09-21"},
		{"The minister comes from Kenya and arrived on Monday.", "Monday", "2026-09-21"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value {
			t.Errorf("%q: %q = %s, want %s", tt.sentence, tt.text, te.Value, tt.value)
		}
	}
}
