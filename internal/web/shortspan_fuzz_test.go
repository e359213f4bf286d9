package web

import (
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzShortSpan: shortSpan never panics on what the store holds (any two
// strings), shows a span exactly when both are days in order, and the
// span it shows names the last day and is valid UTF-8 for the page.
func FuzzShortSpan(f *testing.F) {
	for _, s := range [][2]string{
		{"2025-04-21", "2025-04-27"}, {"2025-04-28", "2025-05-04"}, {"2024-12-30", "2025-01-05"},
		{"2025-04-21", "2025-04-21"}, {"2025-04-27", "2025-04-21"}, {"", ""}, {"2025-02-30", "2025-03-01"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, from, to string) {
		got := shortSpan(from, to)
		fd, err1 := time.Parse(time.DateOnly, from)
		td, err2 := time.Parse(time.DateOnly, to)
		if err1 != nil || err2 != nil || td.Before(fd) {
			if got != "" {
				t.Fatalf("shortSpan(%q, %q) = %q, want \"\" for no span of days", from, to, got)
			}
			return
		}
		if !utf8.ValidString(got) || !strings.Contains(got, strconv.Itoa(td.Day())) || !strings.HasPrefix(got, fd.Format("Jan")) {
			t.Fatalf("shortSpan(%q, %q) = %q, want the span from %s to day %d", from, to, got, fd.Format("Jan 2"), td.Day())
		}
	})
}
