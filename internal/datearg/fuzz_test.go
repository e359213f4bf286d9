package datearg

import "testing"

// Whatever Parse takes, its Filter is a year, a month or a day that Parse
// takes again as itself: the event and quote filters compare it as text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2025", "2025-03", "2025-03-10", "2025-03-10T08:00:00", "2025-03-10T23:30:00-05:00", "2025-13", "+2025", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		switch len(d.Filter) {
		case 4, 7, 10:
		default:
			t.Fatalf("%q: filter %q", s, d.Filter)
		}
		again, err := Parse(d.Filter)
		if err != nil || again.Filter != d.Filter || again.Instant {
			t.Fatalf("%q: filter %q reads back as %+v, %v", s, d.Filter, again, err)
		}
	})
}
