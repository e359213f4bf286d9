package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

func TestTotalLine(t *testing.T) {
	for _, c := range []struct {
		rows, offset int
		total        store.Total
		want         string
	}{
		{2, 0, store.Total{N: 2}, "1-2 of 2 events"},
		{50, 50, store.Total{N: 1234}, "51-100 of 1,234 events"},
		{50, 0, store.Total{N: 10000, More: true}, "1-50 of 10,000+ events"},
		{0, 0, store.Total{}, "0 events"},
		{0, 20, store.Total{N: 12}, "0 of 12 events (offset 20 is past the end)"},
		{1, 999999, store.Total{N: 1000000}, "1000000-1000000 of 1,000,000 events"},
	} {
		if got := totalLine(c.rows, c.offset, c.total, "events"); got != c.want {
			t.Errorf("totalLine(%d, %d, %+v) = %q, want %q", c.rows, c.offset, c.total, got, c.want)
		}
	}
}

// events and search say how many rows the listing has in all, as the API
// and the web pages do: under a table, on stderr beside JSONL (stdout
// stays one event a line), and in the page object of --format json
// --total; a bare --format json is the array it always was.
func TestListingsPrintTotals(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.db")
	seedEvents(t, db)
	for _, c := range []struct {
		args           []string
		stdout, stderr string
	}{
		{[]string{"events", "--format", "table"}, "\n1-2 of 2 events\n", ""},
		// A full page counts the rest.
		{[]string{"events", "--format", "table", "--limit", "1"}, "\n1-1 of 2 events\n", ""},
		{[]string{"events", "--format", "jsonl", "--limit", "1", "--offset", "1"}, `"type":"ASSAULT"`, "2-2 of 2 events\n"},
		{[]string{"events", "--format", "csv", "--type", "AGREE"}, "id,date,", "0 events\n"},
		{[]string{"events", "--format", "table", "--offset", "5"}, "0 of 2 events (offset 5 is past the end)", ""},
		{[]string{"search", "--format", "table", "border"}, "1-2 of 2 articles\n", ""},
		{[]string{"search", "--format", "jsonl", "--limit", "1", "border"}, "[border]", "1-1 of 2 articles\n"},
	} {
		out, errOut, status := storeCmd(t, append(c.args[:1:1], append([]string{"--db", db}, c.args[1:]...)...)...)
		if status != 0 || !strings.Contains(out, c.stdout) || (c.stderr != "" && !strings.Contains(errOut, c.stderr)) {
			t.Errorf("%v: status %d\nstdout %q (want %q)\nstderr %q (want %q)", c.args, status, out, c.stdout, errOut, c.stderr)
		}
		if c.stderr == "" && strings.Contains(errOut, " of ") {
			t.Errorf("%v: the total went to stderr as well: %q", c.args, errOut)
		}
	}

	var page struct {
		Items       []store.Event `json:"items"`
		Limit       int           `json:"limit"`
		Offset      int           `json:"offset"`
		Total       int           `json:"total"`
		TotalCapped bool          `json:"total_capped"`
	}
	out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "json", "--total", "--limit", "1", "--offset", "1")
	if err := json.Unmarshal([]byte(out), &page); status != 0 || err != nil || len(page.Items) != 1 || page.Items[0].Type != "ASSAULT" ||
		page.Total != 2 || page.TotalCapped || page.Limit != 1 || page.Offset != 1 {
		t.Errorf("events --format json --total: status %d, %v, %+v\n%s%s", status, err, page, out, errOut)
	}
	out, _, _ = storeCmd(t, "search", "--db", db, "--format", "json", "--total", "no-such-word")
	if err := json.Unmarshal([]byte(out), &page); err != nil || page.Items == nil || len(page.Items) != 0 || page.Total != 0 {
		t.Errorf("search --format json --total with no hit: %v, %+v\n%s", err, page, out)
	}
	var bare []store.Event
	out, _, _ = storeCmd(t, "events", "--db", db, "--format", "json")
	if err := json.Unmarshal([]byte(out), &bare); err != nil || len(bare) != 2 {
		t.Errorf("events --format json is no longer the array of events: %v\n%s", err, out)
	}
}

func TestDateCellAtPrecision(t *testing.T) {
	for _, c := range []struct{ date, precision, from, to, want string }{
		{"2026-01-01", "year", "", "", "2026 (year)"},
		{"2026-11-01", "month", "", "", "2026-11 (month)"},
		{"2026-11-27", "day", "", "", "2026-11-27"},
		{"2026-11-27", "", "", "", "2026-11-27"},
		{"", "year", "", "", ""},
		// A planned span shows instead of the month or first day it is
		// listed on, its end shortened as ISO 8601 allows.
		{"2025-04-01", "month", "2025-04-21", "2025-04-27", "2025-04-21/27"},
		{"2025-04-28", "day", "2025-04-28", "2025-05-04", "2025-04-28/05-04"},
		{"2025-12-01", "month", "2025-12-29", "2026-01-04", "2025-12-29/2026-01-04"},
		{"2025-04-22", "day", "2025-04-22", "2025-04-22", "2025-04-22"},
		// Half a span, or one not of days, is no span.
		{"2025-04-01", "month", "2025-04-21", "", "2025-04 (month)"},
		{"2025-04-01", "month", "2025-04", "2025-05", "2025-04 (month)"},
	} {
		if got := dateCell(c.date, c.precision, c.from, c.to); got != c.want {
			t.Errorf("dateCell(%q, %q, %q, %q) = %q, want %q", c.date, c.precision, c.from, c.to, got, c.want)
		}
	}
}
