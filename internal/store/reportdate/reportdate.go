// Package reportdate holds the date an article is placed by among an
// event's reports, as both store backends write it, and the migration step
// that fills the articles' reference dates from their stored analyses.
package reportdate

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/internal/store/codec"
)

// SQL is the SQL of the date an article (alias a) is placed by
// among an event's reports: its publish date, else its reference date
// (model.Article.ReferenceDate, the Last-Modified or capture time its
// relative dates were read against), else when it was ingested. Merge
// dates an article's undated events the same way (merge.reportDay).
const SQL = "COALESCE(a.published, a.reference_date, a.ingested_at)"

// SourceSQL is the SQL naming which of SQL's dates an article (alias a)
// has: Published, Reference or Ingested.
const SourceSQL = "CASE WHEN a.published IS NOT NULL THEN '" + Published +
	"' WHEN a.reference_date IS NOT NULL THEN '" + Reference + "' ELSE '" + Ingested + "' END"

// The names of the dates SQL chooses among, as the API gives them.
const (
	Published = "published" // the article's publish date
	Reference = "reference" // its reference date (Last-Modified or capture time)
	Ingested  = "ingested"  // when newsgraph stored it
)

// Of is SQL in Go: the article's publish date, else its reference date,
// else its ingest time (a zero time counts as none, as the stores write
// it). The stores copy it to quotes and article_actors as they write them.
func Of(published, reference *time.Time, ingested time.Time) time.Time {
	switch {
	case published != nil && !published.IsZero():
		return *published
	case reference != nil && !reference.IsZero():
		return *reference
	}
	return ingested
}

// Dialect is one backend's spelling of the statements that Fill
// runs.
type Dialect struct {
	// Undated lists the id and data of up to $2 articles without a
	// publish date whose id is above $1, in id order.
	Undated string
	// Set sets the reference_date of article $2 to $1.
	Set string
	// Earliest recomputes events.earliest_url and earliest_at, by
	// SQL, of every event a dated undated article reports.
	Earliest string
	// Time is the backend's value of a stored time.
	Time func(time.Time) any
}

// Fill copies the reference date of every article without
// a publish date from its stored analysis into articles.reference_date,
// then recomputes the earliest reports it changes: the Go part of the
// migration that adds the column (SQL cannot read the compressed
// analysis). An analysis that does not decode leaves its article as it
// was, dated by its ingest time: a migration does not fail on one bad row.
func Fill(ctx context.Context, tx *sql.Tx, d Dialect) error {
	err := codec.EachAnalysisBatch(ctx, tx, d.Undated, 1000, func(batch []codec.Analysis) error {
		for _, an := range batch {
			at := an.Article.ReferenceDate
			if at == nil || at.IsZero() {
				continue
			}
			if _, err := tx.ExecContext(ctx, d.Set, d.Time(*at), an.ID); err != nil {
				return fmt.Errorf("article %d: %w", an.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reference dates: %w", err)
	}
	if _, err := tx.ExecContext(ctx, d.Earliest); err != nil {
		return fmt.Errorf("earliest reports: %w", err)
	}
	return nil
}
