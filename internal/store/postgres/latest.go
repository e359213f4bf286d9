package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
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
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: latest articles: %w", err)
	}
	defer rows.Close()
	out := []store.SearchHit{}
	for rows.Next() {
		var h store.SearchHit
		var published, reported sql.NullTime
		var off sql.NullInt64
		if err := rows.Scan(&h.ArticleID, &h.URL, &h.Title, &h.Site, &published, &off, &reported, &h.ReportDateSource); err != nil {
			return nil, fmt.Errorf("store: latest articles: %w", err)
		}
		h.Published, h.ReportDate = display.Dates(timePtr(published), timePtr(reported), h.ReportDateSource, reportdate.Published, off)
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
	args = append(args, limit+1)
	if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM articles a WHERE `+where+` LIMIT $`+strconv.Itoa(len(args))+`) m`,
		args...).Scan(&n); err != nil {
		return store.Total{}, fmt.Errorf("store: count latest articles: %w", err)
	}
	return store.CappedTotal(n, limit), nil
}

// latestArticlesQuery is LatestArticles' query and its arguments (its plan
// is checked by TestLatestArticlesPlan), in the order of
// articles_report_date (migration 31), whose expression is reportdate.SQL.
func latestArticlesQuery(q store.ArticleQuery) (string, []any, error) {
	where, args, err := latestArticlesWhere(q)
	if err != nil {
		return "", nil, err
	}
	n := len(args)
	args = append(args, store.Limit(q.Limit, 20), max(q.Offset, 0))
	return `SELECT a.id, a.url, a.title, ` + display.SiteSQL + `, a.published, a.published_offset, ` + reportdate.SQL + `, ` + reportdate.SourceSQL + `
		FROM articles a WHERE ` + where + `
		ORDER BY ` + reportdate.SQL + ` DESC, a.id DESC LIMIT $` + strconv.Itoa(n+1) + ` OFFSET $` + strconv.Itoa(n+2), args, nil
}

// latestArticlesWhere is the condition of LatestArticles and its count.
func latestArticlesWhere(q store.ArticleQuery) (string, []any, error) {
	from, to, err := store.QuoteDates(q.Since, q.Until)
	if err != nil {
		return "", nil, err
	}
	where, args := []string{`a.duplicate_of IS NULL`}, []any{}
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	where = append(where, reportDayWhere(from, to, arg)...)
	// After an article come the older ones and those of its time with a
	// lower id. Every article has a report date (ingested_at is NOT
	// NULL); a position without one (ArticlePos allows it) is after them
	// all. The first term bounds the index's range; the second decides.
	switch p := q.After; {
	case p != nil && p.Date != nil:
		t := arg(p.Date.UTC())
		where = append(where, reportdate.SQL+` <= `+t+` AND (`+reportdate.SQL+` < `+t+` OR a.id < `+arg(p.ID)+`)`)
	case p != nil:
		where = append(where, `false`)
	}
	return strings.Join(where, " AND "), args, nil
}

// reportDayWhere is the condition that an article a's report date falls in
// the days [from, to) (store.QuoteDates; nil for no bound), one term a
// bound, its arguments numbered by arg, for LatestArticles and Search. The
// days are the ones the listing shows (display.Dates), as the quotes'
// filter reads them: the index narrows by the UTC instant, widened by the
// largest offset, and the instant moved by the publisher's offset (its
// clock time there, read as UTC) decides.
func reportDayWhere(from, to *time.Time, arg func(any) string) []string {
	var where []string
	wideFrom, wideTo := display.Widen(from, to)
	local := reportdate.SQL + ` + make_interval(secs => ` + display.OffsetSQL + `)`
	if from != nil {
		where = append(where, reportdate.SQL+` >= `+arg(wideFrom.UTC())+` AND `+local+` >= `+arg(from.UTC()))
	}
	if to != nil {
		where = append(where, reportdate.SQL+` < `+arg(wideTo.UTC())+` AND `+local+` < `+arg(to.UTC()))
	}
	return where
}

// searchDays is the condition a search's Since and Until put on the
// matches' report dates (reportDayWhere, as LatestArticles filters), as
// " AND ..." terms whose arguments p numbers; ErrBadQuery for a bad date.
func searchDays(q store.SearchQuery, p *params) (string, error) {
	from, to, err := store.QuoteDates(q.Since, q.Until)
	if err != nil {
		return "", err
	}
	where := reportDayWhere(from, to, p.add)
	if len(where) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(where, " AND "), nil
}
