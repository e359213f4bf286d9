package display

import (
	"database/sql"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestOffsetAndAt(t *testing.T) {
	ny := time.Date(2026, 11, 26, 23, 30, 0, 0, time.FixedZone("", -5*3600))
	delhi := time.Date(2026, 11, 27, 1, 0, 0, 0, time.FixedZone("IST", 5*3600+1800))
	utc := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		t    *time.Time
		off  any
		day  string
		text string
	}{
		{"New York evening", &ny, int64(-18000), "2026-11-26", "2026-11-26T23:30:00-05:00"},
		{"half-hour zone", &delhi, int64(19800), "2026-11-27", "2026-11-27T01:00:00+05:30"},
		{"UTC", &utc, int64(0), "2026-11-27", "2026-11-27T08:00:00Z"},
		{"no publish time", nil, nil, "", ""},
	} {
		off := Offset(c.t)
		if off != c.off {
			t.Errorf("%s: offset %v, want %v", c.name, off, c.off)
		}
		// As the store reads it back: the instant in UTC, the offset
		// beside it.
		var stored *time.Time
		if c.t != nil {
			u := c.t.UTC()
			stored = &u
		}
		n, ok := off.(int64)
		got := At(stored, sql.NullInt64{Int64: n, Valid: ok})
		if (got == nil) != (c.t == nil) {
			t.Fatalf("%s: At %v", c.name, got)
		}
		if got == nil {
			continue
		}
		if !got.Equal(*c.t) || got.Format(time.DateOnly) != c.day || got.Format(time.RFC3339) != c.text {
			t.Errorf("%s: At gives %s, want %s (day %s)", c.name, got.Format(time.RFC3339), c.text, c.day)
		}
	}
	// An offset past a day is no zone: the instant in UTC.
	if got := At(&utc, sql.NullInt64{Int64: 90000, Valid: true}); got.Location() != time.UTC {
		t.Errorf("a day's offset: %v", got)
	}
}

func TestDates(t *testing.T) {
	at := time.Date(2026, 11, 27, 4, 30, 0, 0, time.UTC)
	off := sql.NullInt64{Int64: -18000, Valid: true}
	p, r := Dates(&at, &at, "published", "published", off)
	if p.Format(time.RFC3339) != "2026-11-26T23:30:00-05:00" || r.Format(time.RFC3339) != "2026-11-26T23:30:00-05:00" {
		t.Errorf("published report: %v %v", p, r)
	}
	// A report dated by its reference or ingest time is not at the
	// publisher's offset (the article has no publish time then, and
	// keeps no offset).
	ref := time.Date(2026, 11, 27, 4, 30, 0, 0, time.UTC)
	if p, r := Dates(nil, &ref, "reference", "published", sql.NullInt64{}); p != nil || r.Location() != time.UTC {
		t.Errorf("reference report: %v %v", p, r)
	}
}

func TestSiteName(t *testing.T) {
	for in, want := range map[string]string{"Wire Two": "Wire Two", "  The Harbour Times ": "The Harbour Times", "": ""} {
		if got := SiteName(&model.Article{Site: in}); got != want {
			t.Errorf("SiteName(%q) = %q, want %q", in, got, want)
		}
	}
	if SiteName(nil) != "" {
		t.Error("SiteName(nil)")
	}
}

func TestOwnOffset(t *testing.T) {
	ny := time.FixedZone("", -5*3600)
	tokyo := time.FixedZone("", 9*3600)
	late := time.Date(2026, 11, 26, 23, 30, 0, 0, ny)   // 04:30 on the 27th in UTC
	early := time.Date(2026, 11, 27, 7, 0, 0, 0, tokyo) // 22:00 on the 26th in UTC
	for _, c := range []struct {
		name string
		in   time.Time
		want string
	}{
		{"late evening west of UTC keeps its day", late, "2026-11-26T23:30:00-05:00"},
		{"early morning east of UTC keeps its day", early, "2026-11-27T07:00:00+09:00"},
		{"UTC stays UTC", late.UTC(), "2026-11-27T04:30:00Z"},
		{"the process's zone is no publisher's", late.In(time.Local), "2026-11-27T04:30:00Z"},
		{"an offset the store kept", *At(ptr(late.UTC()), sql.NullInt64{Int64: -5 * 3600, Valid: true}), "2026-11-26T23:30:00-05:00"},
	} {
		if got := OwnOffset(c.in).Format(time.RFC3339); got != c.want {
			t.Errorf("%s: OwnOffset(%v) = %s, want %s", c.name, c.in, got, c.want)
		}
	}
}

func ptr(t time.Time) *time.Time { return &t }

// OffsetSQL bounds offsets as At does (a literal in a constant cannot be
// computed from maxOffset), and Widen grows a range by that much.
func TestOffsetSQLBounds(t *testing.T) {
	bound := strconv.Itoa(maxOffset)
	if !strings.Contains(OffsetSQL, "> -"+bound+" ") || !strings.Contains(OffsetSQL, "< "+bound+" ") {
		t.Errorf("OffsetSQL %q does not bound offsets by ±%s", OffsetSQL, bound)
	}
	day := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	next := day.AddDate(0, 0, 1)
	f, to := Widen(&day, &next)
	if !f.Equal(day.AddDate(0, 0, -1)) || !to.Equal(next.AddDate(0, 0, 1)) {
		t.Errorf("Widen: %v, %v", f, to)
	}
	if f, to := Widen(nil, nil); f != nil || to != nil {
		t.Errorf("Widen of no bounds: %v, %v", f, to)
	}
}
