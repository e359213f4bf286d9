// Package jointspeakers keeps the actors of a joint speaker ("China and the
// U.S. said ...": model.Speaker.ActorIDs) as both store backends write
// them: in order, space-separated, in quotes.speaker_actor_ids for the
// listing, and one row per actor in quote_speakers, so that a speaker
// filter finds the quote by any of them. A quote has either one speaker
// actor (quotes.speaker_actor_id) or a joint speaker, never both
// (internal/nlp/quotes leaves ActorID empty when no one actor spoke).
// It also holds the Go part of the migration that adds them, which reads
// the stored analyses (SQL cannot read the compressed blob).
package jointspeakers

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
)

// IDs are the actors of s as a joint speaker, each once, in the order the
// text names them; none when s is nil, has one actor of its own, or names
// fewer than two distinct actors. Actor ids hold no spaces.
func IDs(s *model.Speaker) []string {
	if s == nil || s.ActorID != "" {
		return nil
	}
	var out []string
	for _, id := range s.ActorIDs {
		id = strings.TrimSpace(id)
		if id == "" || strings.ContainsAny(id, " \t\n") {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == id
		}
		if !dup {
			out = append(out, id)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// Column is IDs as quotes.speaker_actor_ids holds them.
func Column(s *model.Speaker) string { return strings.Join(IDs(s), " ") }

// Split reads quotes.speaker_actor_ids back (nil for "").
func Split(col string) []string {
	f := strings.Fields(col)
	if len(f) == 0 {
		return nil
	}
	return f
}

// Dialect is one backend's spelling of the statements Fill runs.
type Dialect struct {
	// Articles lists the id and data of up to $2 articles with id above
	// $1, in id order, that have a quote with speaker words but no
	// speaker actor (the joint speakers are among them).
	Articles string
	// Set sets quotes.speaker_actor_ids of quote ($2, $3) to $1.
	Set string
	// Insert adds the quote_speakers row (actor $1, article $2, seq $3),
	// nothing when it is there.
	Insert string
}

// Fill stores the joint speakers of the quotes already in the store, from
// their articles' stored analyses (quote i of model.Article.Quotes is the
// quote row of seq i): the Go part of the migration that adds them. An
// analysis that does not decode, or whose quotes no longer line up with
// the rows (a different count), is left as it was: a migration does not
// fail on one bad row, and reanalyze writes the rows anew.
func Fill(ctx context.Context, tx *sql.Tx, d Dialect) error {
	err := codec.EachAnalysisBatch(ctx, tx, d.Articles, 500, func(batch []codec.Analysis) error {
		for _, an := range batch {
			for seq, q := range an.Article.Quotes {
				ids := IDs(q.Speaker)
				if ids == nil {
					continue
				}
				res, err := tx.ExecContext(ctx, d.Set, strings.Join(ids, " "), an.ID, seq)
				if err != nil {
					return fmt.Errorf("article %d: %w", an.ID, err)
				}
				if n, err := res.RowsAffected(); err != nil || n == 0 {
					continue // no such quote row: the analysis and rows differ
				}
				for _, actor := range ids {
					if _, err := tx.ExecContext(ctx, d.Insert, actor, an.ID, seq); err != nil {
						return fmt.Errorf("article %d: %w", an.ID, err)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("joint speakers: %w", err)
	}
	return nil
}

// Quotes is a backend's Quotes page from its two readers: page(q, false)
// reads the quotes of one speaker actor or none, page(q, true) those
// q.Speaker spoke as one actor of a joint speaker (from quote_speakers),
// which a speaker filter merges in, in order.
//
// q.Offset is skipped by keyset, whole pages of up to store.MaxLimit
// quotes read in order and the next started after the last one, rather
// than by a SQL OFFSET: a speaker's page is a merge of two readers, whose
// offsets into the merged order are not known apart, and a page read after
// a position walks the index as a later page by cursor does.
func Quotes(ctx context.Context, q store.QuoteQuery, page func(ctx context.Context, q store.QuoteQuery, joint bool) ([]store.Quote, error)) ([]store.Quote, error) {
	skip := q.Offset
	q.Offset = 0
	for skip > 0 {
		w := q
		w.Limit = min(skip, store.MaxLimit)
		skipped, err := quotesPage(ctx, w, page)
		if err != nil {
			return nil, err
		}
		if len(skipped) < w.Limit {
			return []store.Quote{}, nil // the listing ends before the offset
		}
		skip -= len(skipped)
		last := skipped[len(skipped)-1].Pos()
		q.After = &last
	}
	return quotesPage(ctx, q, page)
}

// quotesPage is one page of Quotes without an offset.
func quotesPage(ctx context.Context, q store.QuoteQuery, page func(ctx context.Context, q store.QuoteQuery, joint bool) ([]store.Quote, error)) ([]store.Quote, error) {
	out, err := page(ctx, q, false)
	if err != nil || strings.TrimSpace(q.Speaker) == "" {
		return out, err
	}
	joint, err := page(ctx, q, true)
	if err != nil {
		return nil, err
	}
	return MergePages(out, joint, store.Limit(q.Limit, 50)), nil
}

// MergePages is the first limit quotes of a and b, two pages of one
// listing in Quotes' order (store.QuotePos: newest report date first,
// undated last, then article id, highest first, then seq), as one page in
// that order. A speaker's page is the merge of the quotes it spoke alone
// (read in order from quotes' speaker index) and those it spoke jointly
// (from quote_speakers); a quote is in one of them only.
func MergePages(a, b []store.Quote, limit int) []store.Quote {
	if len(b) == 0 {
		return a
	}
	out := make([]store.Quote, 0, min(len(a)+len(b), max(limit, 0)))
	for len(out) < limit && (len(a) > 0 || len(b) > 0) {
		if len(b) == 0 || (len(a) > 0 && !Before(b[0].Pos(), a[0].Pos())) {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// Before says whether p comes before o in Quotes' order.
func Before(p, o store.QuotePos) bool {
	switch {
	case p.Date != nil && o.Date == nil:
		return true
	case p.Date == nil && o.Date != nil:
		return false
	case p.Date != nil && !p.Date.Equal(*o.Date):
		return p.Date.After(*o.Date)
	case p.ArticleID != o.ArticleID:
		return p.ArticleID > o.ArticleID
	}
	return p.Seq < o.Seq
}
