package cli

import (
	"strings"
	"testing"
)

// FuzzSpanCell: spanCell never panics on what the store holds (any two
// strings), writes a span only for two day-sized values, and the end it
// abbreviates can always be read back: its suffix laid over the start's
// tail gives the end again, so the cell loses nothing.
func FuzzSpanCell(f *testing.F) {
	for _, s := range [][2]string{
		{"2025-04-21", "2025-04-27"}, {"2025-04-28", "2025-05-04"}, {"2024-12-30", "2025-01-05"},
		{"2025-04-21", "2025-04-21"}, {"", "2025-04-21"}, {"2025-04", "2025-04-27"}, {"2025-04-2é", "2025-04-27"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, from, to string) {
		cell := spanCell(from, to)
		const day = len("2006-01-02")
		if len(from) != day || len(to) != day {
			if cell != "" {
				t.Fatalf("spanCell(%q, %q) = %q, want \"\" for values not day-sized", from, to, cell)
			}
			return
		}
		if from == to {
			if cell != from {
				t.Fatalf("spanCell(%q, %q) = %q, want the one day", from, to, cell)
			}
			return
		}
		end, ok := strings.CutPrefix(cell, from+"/")
		if !ok || len(end) > day {
			t.Fatalf("spanCell(%q, %q) = %q, want %q/<end>", from, to, cell, from)
		}
		if back := from[:day-len(end)] + end; back != to {
			t.Fatalf("spanCell(%q, %q) = %q reads back as end %q", from, to, cell, back)
		}
	})
}
