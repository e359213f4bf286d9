package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseDateFlag(t *testing.T) {
	utc := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		in     string
		start  time.Time
		filter string
	}{
		{"2025", utc(2025, time.January, 1, 0), "2025"},
		{"2025-03", utc(2025, time.March, 1, 0), "2025-03"},
		{"2025-03-14", utc(2025, time.March, 14, 0), "2025-03-14"},
		{" 2025-03-14 ", utc(2025, time.March, 14, 0), "2025-03-14"},
		{"2025-03-14T09:00:00Z", utc(2025, time.March, 14, 9), "2025-03-14"},
		{"2025-03-14T09:00:00", utc(2025, time.March, 14, 9), "2025-03-14"},
		// An instant's day is the one at its own offset: 23:00 in
		// Washington is the next day in UTC.
		{"2025-03-14T23:00:00-05:00", utc(2025, time.March, 15, 4), "2025-03-14"},
	} {
		got, err := parseDateFlag(c.in)
		if err != nil || !got.Start.Equal(c.start) || got.Filter != c.filter {
			t.Errorf("parseDateFlag(%q) = %v %q, %v; want %v %q", c.in, got.Start, got.Filter, err, c.start, c.filter)
		}
	}
	for _, bad := range []string{"", "25", "2025-3", "2025-13", "2025-02-30", "14/03/2025", "March 2025", "2025-03-14 09:00"} {
		if got, err := parseDateFlag(bad); err == nil {
			t.Errorf("parseDateFlag(%q) = %+v, want an error", bad, got)
		}
	}
}

// TestDateFlagsOneForm checks that events, export and reanalyze take the
// same date forms and say so: reanalyze --since once took RFC 3339 and not
// a year or month, events --since a year or month and not RFC 3339.
func TestDateFlagsOneForm(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "d.db")
	doc := filepath.Join(dir, "port.txt")
	os.WriteFile(doc, []byte("Harbour strike ends\n\nLISBON, March 14, 2025 - Portugal's government signed a wage agreement with the dock workers' union on Friday, ending a week-long strike."), 0o644)
	if _, errOut, status := storeCmd(t, "ingest", "--db", db, "--progress", "never", doc); status != 0 {
		t.Fatalf("ingest: %d %s", status, errOut)
	}
	events := func(args ...string) string {
		t.Helper()
		out, errOut, status := storeCmd(t, append([]string{"events", "--db", db, "--format", "json"}, args...)...)
		if status != 0 {
			t.Fatalf("events %q: %d %s", args, status, errOut)
		}
		return out
	}
	all := events()
	if !strings.Contains(all, `"id"`) {
		t.Fatalf("no event to filter: %s", all)
	}
	for _, since := range []string{"2025", "2025-03", "2025-03-14", "2025-03-14T23:00:00-05:00"} {
		if got := events("--since", since); got != all {
			t.Errorf("events --since %s: %s, want every event", since, got)
		}
	}
	for _, since := range []string{"2026", "2025-04", "2025-03-15", "2025-03-15T01:00:00+02:00"} {
		if got := strings.TrimSpace(events("--since", since)); got != "[]" {
			t.Errorf("events --since %s: %s, want none", since, got)
		}
	}
	if got := events("--until", "2025-03-14T08:00:00Z"); got != all {
		t.Errorf("events --until an instant of the day: %s, want every event", got)
	}
	for _, since := range []string{"2025", "2025-03", "2025-03-14", "2025-03-14T00:00:00Z"} {
		if _, errOut, status := storeCmd(t, "reanalyze", "--db", db, "--progress", "never", "--since", since); status != 0 {
			t.Errorf("reanalyze --since %s: %d %s", since, status, errOut)
		}
	}
	for _, cmd := range []string{"events", "export", "reanalyze"} {
		args := []string{cmd, "--db", db, "--since", "March"}
		if cmd == "export" {
			args = append(args, "--format", "jsonl")
		}
		if _, errOut, status := storeCmd(t, args...); status != 2 || !strings.Contains(errOut, dateFlagForms) {
			t.Errorf("%s --since March: %d %q, want a usage error naming %q", cmd, status, errOut, dateFlagForms)
		}
		help, _, _ := storeCmd(t, cmd, "-h")
		_, since, _ := strings.Cut(help, "\n  -since ")
		since, _, _ = strings.Cut(since, "\n  -")
		if !strings.Contains(since, dateFlagForms) {
			t.Errorf("%s --since help does not name %q: %s", cmd, dateFlagForms, since)
		}
	}
}
