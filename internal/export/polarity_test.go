package export

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// A negated event ("have not signed a treaty") is in no GDELT file: GDELT
// has no polarity column, and its row would read as the act. A planned
// one stays (GDELT codes announced acts too). JSONL keeps every event
// with its polarity and modality.
func TestExportLeavesOutNegatedEventsFromGDELT(t *testing.T) {
	for _, c := range []struct {
		format string
		rows   int // rows (lines) written: events, or two mentions per event
		want   string
	}{
		{FormatGDELTEvents, 2, ""},
		{FormatGDELTMentions, 4, ""},
		{FormatJSONL, 3, `"polarity":"negated"`},
	} {
		f := testEvents(3)
		f.events[0].Polarity, f.events[0].Modality = "negated", "actual"
		f.events[1].Polarity, f.events[1].Modality = "asserted", "planned"
		f.events[2].Polarity, f.events[2].Modality = "asserted", "actual"
		var buf bytes.Buffer
		n, err := Write(context.Background(), f, &buf, Options{Format: c.format})
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
		if n != c.rows || len(lines) != c.rows {
			t.Errorf("%s: %d rows (%d lines), want %d:\n%s", c.format, n, len(lines), c.rows, buf.String())
		}
		if c.want != "" && !strings.Contains(buf.String(), c.want) {
			t.Errorf("%s: no %s in\n%s", c.format, c.want, buf.String())
		}
		if c.format == FormatGDELTEvents {
			// The negated event's id (1) begins no row.
			for _, l := range lines {
				if strings.HasPrefix(l, "1\t") {
					t.Errorf("negated event exported: %s", l)
				}
			}
		}
	}
}
