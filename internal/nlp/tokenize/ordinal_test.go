package tokenize

import (
	"regexp"
	"testing"
)

// TestIsDigitOrdinalMatchesPattern holds IsDigitOrdinal, a byte loop for
// speed, to the pattern it replaced, ^[0-9]+(st|nd|rd|th)$, on ordinals,
// near misses and odd tokens.
func TestIsDigitOrdinalMatchesPattern(t *testing.T) {
	pattern := regexp.MustCompile(`^[0-9]+(st|nd|rd|th)$`)
	for _, w := range []string{
		"1st", "2nd", "3rd", "4th", "82nd", "101st", "0th", "2024th",
		"", "st", "1", "82", "1s", "1sts", "1ST", "1St", "82nd.", "x82nd",
		"82 nd", "82-nd", "٣rd", "Second", "1th", "11st", "1stt", "1\nst",
	} {
		if got, want := IsDigitOrdinal(w), pattern.MatchString(w); got != want {
			t.Errorf("IsDigitOrdinal(%q) = %v, pattern says %v", w, got, want)
		}
	}
}

// FuzzIsDigitOrdinal checks IsDigitOrdinal against the pattern on any token.
func FuzzIsDigitOrdinal(f *testing.F) {
	pattern := regexp.MustCompile(`^[0-9]+(st|nd|rd|th)$`)
	for _, w := range []string{"82nd", "1st", "3rd\n", "12", "th"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := IsDigitOrdinal(w), pattern.MatchString(w); got != want {
			t.Errorf("IsDigitOrdinal(%q) = %v, pattern says %v", w, got, want)
		}
	})
}
