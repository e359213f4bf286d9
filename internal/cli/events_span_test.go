package cli

import (
	"context"
	"encoding/csv"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// The events table shows a planned event's span of days in its date
// column, in the width of a date; an event dated by a day keeps its day,
// and the one-event view names the span too.
func TestEventsTableShowsSpan(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "span.db")
	st, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	evs := []store.Event{
		{Key: "k1", Type: "CONSULT", SourceActor: "ARD", SourceName: "Ardenia", TargetActor: "BLV", TargetName: "Belvar",
			Date: "2025-04-01", Precision: "month", DateFrom: "2025-04-21", DateTo: "2025-04-27", QuadClass: 1},
		{Key: "k2", Type: "CONSULT", SourceActor: "ARD", SourceName: "Ardenia", TargetActor: "CRV", TargetName: "Corvia",
			Date: "2025-04-22", Precision: "day", QuadClass: 1},
	}
	var planned int64
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range evs {
			id, err := tx.InsertEvent(ctx, &evs[i])
			if err != nil {
				return err
			}
			if i == 0 {
				planned = id
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	out, errOut, status := storeCmd(t, "events", "--db", db, "--format", "table")
	if status != 0 {
		t.Fatalf("events: status %d %s", status, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("events table: %d lines, want a header and 2 rows:\n%s", len(lines), out)
	}
	var spanRow, dayRow string
	for _, l := range lines[1:] {
		switch {
		case strings.Contains(l, "Belvar"):
			spanRow = l
		case strings.Contains(l, "Corvia"):
			dayRow = l
		}
	}
	if !strings.Contains(spanRow, " 2025-04-21/27 ") || strings.Contains(spanRow, "(month)") {
		t.Errorf("planned event's row does not show its span instead of its month:\n%s", out)
	}
	if !strings.Contains(dayRow, " 2025-04-22 ") || strings.Contains(dayRow, "/") {
		t.Errorf("an event dated by a day shows other than its day:\n%s", out)
	}
	// The span takes no more room than a month with its note did: the
	// type column starts where it would with "2025-04 (month)".
	if hdr := lines[0]; strings.Index(hdr, "type") > strings.Index(hdr, "date")+len("2025-04 (month)")+2 {
		t.Errorf("the date column widened past a month with its note:\n%s", out)
	}

	out, _, status = storeCmd(t, "events", "--db", db, "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if status != 0 || err != nil || len(recs) != 3 || recs[0][1] != "date" {
		t.Fatalf("events csv: status %d %v\n%s", status, err, out)
	}
	var dates []string
	for _, r := range recs[1:] {
		dates = append(dates, r[1])
	}
	if got := strings.Join(dates, ","); !strings.Contains(got, "2025-04-21/27") || !strings.Contains(got, "2025-04-22") {
		t.Errorf("events csv dates %q, want the span and the day", got)
	}

	out, _, status = storeCmd(t, "events", "--db", db, "--format", "table", "--id", strconv.FormatInt(planned, 10))
	if status != 0 || !strings.Contains(out, "on 2025-04-21/27") {
		t.Errorf("event detail does not give the span:\n%s", out)
	}
}
