// Package display holds what both store backends keep of an article so
// that every list shows it as its own page does: the outlet's own name
// (model.Article.Site, "Wire Two"), where the site column keeps the key
// that num_sources counts (the host, or the name in lower case), and the
// UTC offset its publish time was written at, where the published column
// keeps the instant. A list of quotes said "wire two" and an event's
// reports "wire.example" for an article whose page said "Wire Two", and a
// story published at 23:30 in New York was listed on the next day (UTC).
package display

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store/codec"
)

// SiteSQL is the SQL of the name an article (alias a) is shown by: the
// outlet's own name, else its site key.
const SiteSQL = "COALESCE(NULLIF(a.site_name, ''), a.site)"

// maxOffset bounds the offsets kept: real ones are within ±14 hours, and
// anything past a day is no zone at all.
const maxOffset = 24 * 60 * 60

// SiteName is the outlet's own name an article declares, "" for none.
func SiteName(a *model.Article) string {
	if a == nil {
		return ""
	}
	return strings.TrimSpace(a.Site)
}

// Offset is the offset from UTC, in seconds east, that a publish time
// was written at: what the store keeps beside the instant. Nil (NULL) for
// no publish time.
func Offset(published *time.Time) any {
	if published == nil || published.IsZero() {
		return nil
	}
	_, off := published.Zone()
	if off <= -maxOffset || off >= maxOffset {
		return nil
	}
	return int64(off)
}

// At is the instant t at the offset the store kept (UTC without one, as
// the backends read every time): its RFC 3339 form and its day are the
// publisher's.
func At(t *time.Time, offset sql.NullInt64) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	if offset.Valid && offset.Int64 != 0 && offset.Int64 > -maxOffset && offset.Int64 < maxOffset {
		u = u.In(time.FixedZone("", int(offset.Int64)))
	}
	return &u
}

// Dates is At for a listing's publish time and report date: the report
// date is the publish time when source says so (reportdate.Published), and
// then is shown at its offset too; a reference or ingest time has none.
func Dates(published, reported *time.Time, source, publishedSource string, offset sql.NullInt64) (*time.Time, *time.Time) {
	if published == nil {
		return nil, reported
	}
	if source == publishedSource {
		reported = At(reported, offset)
	}
	return At(published, offset), reported
}

// Dialect is one backend's spelling of the statements Fill runs.
type Dialect struct {
	// Articles lists the id and data of up to $2 articles with id above
	// $1, in id order.
	Articles string
	// Set sets the site_name ($1) and published_offset ($2) of article $3.
	Set string
	// Text prepares a text argument as the backend stores it (nil: as
	// it is).
	Text func(string) string
}

// Fill copies the site name and publish offset of every stored article
// from its stored analysis: the Go part of the migration that adds the
// columns (SQL cannot read the compressed analysis). An analysis that does
// not decode leaves its article as it was (shown by its site key, at
// UTC): a migration does not fail on one bad row.
func Fill(ctx context.Context, tx *sql.Tx, d Dialect) error {
	err := codec.EachAnalysisBatch(ctx, tx, d.Articles, 1000, func(batch []codec.Analysis) error {
		for _, an := range batch {
			name, off := SiteName(an.Article), Offset(an.Article.Published)
			if name == "" && (off == nil || off == int64(0)) {
				continue
			}
			if d.Text != nil {
				name = d.Text(name)
			}
			if _, err := tx.ExecContext(ctx, d.Set, name, off, an.ID); err != nil {
				return fmt.Errorf("article %d: %w", an.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("site names and publish offsets: %w", err)
	}
	return nil
}

// OwnOffset is t as its publisher wrote it, for showing its day: the
// store gives a publish time at the offset it was written with (At), so a
// story of 23:30 in New York is of its own day, as its dateline says, not
// of the next day in UTC. A time in the process's local zone (a driver's
// default, never a publisher's) is shown in UTC, as is every time without
// an offset of its own. The web pages and the CLI tables both show days by
// it, so that a listing says the day the article's page says.
func OwnOffset(t time.Time) time.Time {
	if t.Location() == time.Local {
		return t.UTC()
	}
	return t
}

// OffsetSQL is the SQL of the offset, in seconds east of UTC, that an
// article's (alias a) report date is shown at, as Dates shows it: its
// publish offset when the report date is its publish time, else 0 (a
// reference or ingest time is a UTC day). Adding it to the stored UTC
// instant gives the clock time, and so the day, that its listing shows.
// The bounds are maxOffset's (TestOffsetSQLBounds).
const OffsetSQL = "(CASE WHEN a.published IS NOT NULL AND a.published_offset > -86400 AND a.published_offset < 86400 THEN a.published_offset ELSE 0 END)"

// Widen is the UTC range [from, to) of a filter by the day a listing
// shows (each bound a UTC midnight, nil for none) grown by the largest
// offset on either side: every instant whose day at its publisher's offset
// is in the range is in it, so that an index on the UTC instant narrows
// the rows before the exact test by OffsetSQL.
func Widen(from, to *time.Time) (*time.Time, *time.Time) {
	var f, t *time.Time
	if from != nil {
		w := from.Add(-maxOffset * time.Second)
		f = &w
	}
	if to != nil {
		w := to.Add(maxOffset * time.Second)
		// SQLite compares the instants as text, in which a five-digit
		// year ("10000-01-01T...", past until=9999-12-30) sorts before
		// every stored one: the widened bound stops at the last second
		// a four-digit year names.
		if w.After(lastInstant) {
			w = lastInstant
		}
		t = &w
	}
	return f, t
}

// lastInstant is the last second whose year has four digits.
var lastInstant = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)
