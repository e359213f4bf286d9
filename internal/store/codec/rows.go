package codec

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// ScanDateCounts reads EventCounts' rows (date, quad class, events, how
// many of them did not take place), which
// both backends return in the same column types, in date and class order.
// The order is made here, not in SQL: an ORDER BY draws the planner to an
// index in that order over one that finds the rows.
func ScanDateCounts(rows *sql.Rows) ([]store.DateCount, error) {
	var out []store.DateCount
	for rows.Next() {
		var c store.DateCount
		if err := rows.Scan(&c.Date, &c.QuadClass, &c.Events, &c.NotAsserted); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b store.DateCount) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.QuadClass, b.QuadClass))
	})
	return out, nil
}

// ScanSpeakers reads Speakers' rows (the way a row matched, as an index
// into store.MatchOrder, then the actor's id, name, type, country and
// counts), which both backends return in the same column types.
func ScanSpeakers(rows *sql.Rows) ([]store.SpeakerMatch, error) {
	out := []store.SpeakerMatch{}
	for rows.Next() {
		var m store.SpeakerMatch
		var way int
		if err := rows.Scan(&way, &m.ID, &m.Name, &m.Type, &m.Country, &m.Articles, &m.Events); err != nil {
			return nil, err
		}
		m.By = store.MatchOrder[way]
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// ScanReports reads EventReports' rows (event, article, article event,
// url, site, report date, sentence, text, trigger, rule, confidence, date,
// precision, span's first and last day, location text, actor, country,
// polarity, modality). Both backends return the same columns but keep times in
// their own type (a timestamp, RFC 3339 text): T is the backend's, and
// reportTime turns it into the report's date.
func ScanReports[T any](rows *sql.Rows, reportTime func(T) *time.Time) ([]store.EventMention, error) {
	var out []store.EventMention
	for rows.Next() {
		var m store.EventMention
		var at T
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.ArticleEventID, &m.URL, &m.Site, &at,
			&m.Sentence, &m.Text, &m.Trigger, &m.Rule, &m.Confidence, &m.Date, &m.Precision, &m.DateFrom, &m.DateTo,
			&m.Location, &m.LocationActor, &m.LocationCountry, &m.Polarity, &m.Modality); err != nil {
			return nil, err
		}
		m.Published = reportTime(at)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// ScanTotal reads a count query's one row as a listing's total: exact when
// the kept counts answered it (kept), else a count that stopped after
// limit+1 matches, said as "limit or more" when it got there.
func ScanTotal(row *sql.Row, kept bool, limit int) (store.Total, error) {
	var n int
	if err := row.Scan(&n); err != nil {
		return store.Total{}, fmt.Errorf("store: count events: %w", err)
	}
	if kept {
		return store.Total{N: n}, nil
	}
	return store.CappedTotal(n, limit), nil
}

// Analysis is one article's stored analysis, decoded.
type Analysis struct {
	ID      int64
	Article *model.Article
}

// EachAnalysisBatch walks the stored analyses a migration's Go step reads,
// in batches: query lists the id and data of up to $2 articles with id
// above $1, in id order, and visit gets each batch's decoded analyses after
// its rows are closed, so that it may write on tx (a transaction's one
// connection cannot run a statement while a result is open on it). An
// analysis that does not decode is left out: a migration does not fail on
// one bad row. It stops after a short batch or at visit's first error.
func EachAnalysisBatch(ctx context.Context, tx *sql.Tx, query string, batch int, visit func([]Analysis) error) error {
	for after := int64(0); ; {
		rows, err := tx.QueryContext(ctx, query, after, batch)
		if err != nil {
			return err
		}
		var found []Analysis
		n := 0
		for rows.Next() {
			var id int64
			var blob []byte
			if err := rows.Scan(&id, &blob); err != nil {
				rows.Close()
				return err
			}
			n, after = n+1, id
			if a, err := DecodeArticle(blob, ""); err == nil {
				found = append(found, Analysis{id, a})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if err := visit(found); err != nil {
			return err
		}
		if n < batch {
			return nil
		}
	}
}
