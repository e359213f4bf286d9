package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/display"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
)

func (db *DB) LatestArticles(ctx context.Context, q store.ArticleQuery) ([]store.SearchHit, error) {
	query, args, err := latestArticlesQuery(q)
	if err != nil {
		return nil, fmt.Errorf("store: latest articles: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: latest articles: %w", err)
	}
	defer rows.Close()
	out := []store.SearchHit{}
	for rows.Next() {
		var h store.SearchHit
		var published, reported sql.NullString
		var off sql.NullInt64
		if err := rows.Scan(&h.ArticleID, &h.URL, &h.Title, &h.Site, &published, &off, &reported, &h.ReportDateSource); err != nil {
			return nil, fmt.Errorf("store: latest articles: %w", err)
		}
		h.Published, h.ReportDate = display.Dates(parseTimePtr(published), parseTimePtr(reported), h.ReportDateSource, reportdate.Published, off)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: latest articles: %w", err)
	}
	return out, nil
}

func (db *DB) CountLatestArticles(ctx context.Context, q store.ArticleQuery, limit int) (store.Total, error) {
	limit = store.CountLimit(limit)
	q.After, q.Offset = nil, 0
	where, args, err := latestArticlesWhere(q)
	if err != nil {
		return store.Total{}, fmt.Errorf("store: count latest articles: %w", err)
	}
	var n int
	if err := db.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM articles a WHERE `+where+` LIMIT ?)`,
		append(args, limit+1)...).Scan(&n); err != nil {
		return store.Total{}, fmt.Errorf("store: count latest articles: %w", err)
	}
	return store.CappedTotal(n, limit), nil
}

// latestArticlesQuery is LatestArticles' query and its arguments (its plan
// is checked by TestLatestArticlesPlan), in the order of
// articles_report_date (migration 36), whose expression is reportdate.SQL.
func latestArticlesQuery(q store.ArticleQuery) (string, []any, error) {
	where, args, err := latestArticlesWhere(q)
	if err != nil {
		return "", nil, err
	}
	args = append(args, store.Limit(q.Limit, 20), max(q.Offset, 0))
	return `SELECT a.id, a.url, a.title, ` + display.SiteSQL + `, a.published, a.published_offset, ` + reportdate.SQL + `, ` + reportdate.SourceSQL + `
		FROM articles a WHERE ` + where + `
		ORDER BY ` + reportdate.SQL + ` DESC, a.id DESC LIMIT ? OFFSET ?`, args, nil
}

// latestArticlesWhere is the condition of LatestArticles and its count.
func latestArticlesWhere(q store.ArticleQuery) (string, []any, error) {
	from, to, err := store.QuoteDates(q.Since, q.Until)
	if err != nil {
		return "", nil, err
	}
	where, args := reportDayWhere(from, to)
	where = append([]string{`a.duplicate_of IS NULL`}, where...)
	// After an article come the older ones and those of its time with a
	// lower id. Every article has a report date (ingested_at is NOT
	// NULL); a position without one (ArticlePos allows it) is after them
	// all.
	switch p := q.After; {
	case p != nil && p.Date != nil:
		t := fmtTime(*p.Date)
		// The first term bounds the index's range (the OR alone, or a
		// row value, scanned it from its start); the second decides.
		where = append(where, reportdate.SQL+` <= ? AND (`+reportdate.SQL+` < ? OR a.id < ?)`)
		args = append(args, t, t, p.ID)
	case p != nil:
		where = append(where, `0`)
	}
	return strings.Join(where, " AND "), args, nil
}

// reportDayWhere is the condition that an article a's report date falls in
// the days [from, to) (store.QuoteDates; nil for no bound), one term a
// bound, with its arguments, for LatestArticles and Search. The days are
// the ones the listing shows (display.Dates), as the quotes' filter reads
// them: the index narrows by the UTC instant, widened by the largest
// offset, and the day at the publisher's offset decides.
func reportDayWhere(from, to *time.Time) ([]string, []any) {
	var where []string
	var args []any
	wideFrom, wideTo := display.Widen(from, to)
	if from != nil {
		where = append(where, reportdate.SQL+` >= ? AND date(`+reportdate.SQL+`, `+display.OffsetSQL+` || ' seconds') >= ?`)
		args = append(args, fmtTime(*wideFrom), from.Format(time.DateOnly))
	}
	if to != nil {
		where = append(where, reportdate.SQL+` < ? AND date(`+reportdate.SQL+`, `+display.OffsetSQL+` || ' seconds') < ?`)
		args = append(args, fmtTime(*wideTo), to.Format(time.DateOnly))
	}
	return where, args
}
