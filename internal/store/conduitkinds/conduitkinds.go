// Package conduitkinds holds the Go part of the migration that adds
// quotes.conduit_kind (model.Quote.ConduitKind) on both store backends:
// the kinds of the quotes already stored are in their articles' stored
// analyses, which SQL cannot read (the blob is compressed).
package conduitkinds

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
)

// Dialect is one backend's spelling of the statements Fill runs.
type Dialect struct {
	// Articles lists the id and data of up to $2 articles with id above
	// $1, in id order, that have a quote with conduit words (only those
	// can have a kind).
	Articles string
	// Set sets quotes.conduit_kind of quote ($2, $3) to $1 when its
	// conduit is $4.
	Set string
	// Text prepares a text argument as the backend stored it (PostgreSQL
	// refuses invalid UTF-8 and NUL, so its writes clean the conduit's
	// words); nil passes it as it is.
	Text func(string) string
}

func (d Dialect) text(s string) string {
	if d.Text == nil {
		return s
	}
	return d.Text(s)
}

// Fill stores the conduit kinds of the quotes already in the store, from
// their articles' stored analyses (quote i of model.Article.Quotes is the
// quote row of seq i). A row is set only when its conduit is the words
// the analysis gives that quote, so that a kind never lands on another
// conduit (rows stored before the conduit column, or an analysis whose
// quotes no longer line up with the rows, keep no kind; reanalyze writes
// them anew). An analysis that does not decode is left as it was: a migration
// does not fail on one bad row.
func Fill(ctx context.Context, tx *sql.Tx, d Dialect) error {
	err := codec.EachAnalysisBatch(ctx, tx, d.Articles, 500, func(batch []codec.Analysis) error {
		for _, an := range batch {
			for seq, q := range an.Article.Quotes {
				kind := store.ConduitKind(q)
				if kind == "" {
					continue
				}
				if _, err := tx.ExecContext(ctx, d.Set, d.text(kind), an.ID, seq, d.text(store.SpeakerText(q.Conduit))); err != nil {
					return fmt.Errorf("article %d: %w", an.ID, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("conduit kinds: %w", err)
	}
	return nil
}
