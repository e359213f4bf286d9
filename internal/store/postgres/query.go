package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
	"github.com/newsgraph/newsgraph/internal/store/display"
	"github.com/newsgraph/newsgraph/internal/store/jointspeakers"
	"github.com/newsgraph/newsgraph/internal/store/keyset"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
)

func (db *DB) Seen(ctx context.Context, url, contentHash string) (bool, error) {
	var seen bool
	err := db.db.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM articles WHERE url = $1 AND $1 <> '')
		OR EXISTS(SELECT 1 FROM articles WHERE content_hash = $2 AND $2 <> '')`, pgText(url), pgText(contentHash)).Scan(&seen)
	if err != nil {
		return false, fmt.Errorf("store: seen: %w", err)
	}
	return seen, nil
}

func (db *DB) ArticleByHash(ctx context.Context, contentHash string) (store.ArticleSig, bool, error) {
	if contentHash == "" {
		return store.ArticleSig{}, false, nil
	}
	a, ok, err := scanSig(db.db.QueryRowContext(ctx, sigSQL+`a.content_hash = $1`, pgText(contentHash)))
	if err != nil {
		return a, false, fmt.Errorf("store: article by hash: %w", err)
	}
	return a, ok, nil
}

func (db *DB) Article(ctx context.Context, id int64) (*store.Article, error) {
	var a store.Article
	var published sql.NullTime
	var off sql.NullInt64
	var dup sql.NullInt64
	var blob []byte
	err := db.db.QueryRowContext(ctx, `SELECT a.id, a.url, a.canonical_url, a.source, a.site, a.content_hash, a.signature,
		a.title, a.byline, a.language, t.body, a.published, a.published_offset, a.ingested_at, a.duplicate_of, a.data
		FROM articles a JOIN article_text t ON t.id = a.id WHERE a.id = $1`, id).Scan(
		&a.ID, &a.URL, &a.CanonicalURL, &a.Source, &a.Site, &a.ContentHash, &a.Signature, &a.Title, &a.Byline,
		&a.Language, &a.Text, &published, &off, &a.IngestedAt, &dup, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: article %d: %w", id, err)
	}
	a.Published = display.At(timePtr(published), off)
	a.IngestedAt = a.IngestedAt.UTC()
	a.DuplicateOf = dup.Int64
	if a.Data, err = codec.DecodeArticle(blob, a.Text); err != nil {
		return nil, fmt.Errorf("store: article %d: decode: %w", id, err)
	}
	return &a, nil
}

func (db *DB) Search(ctx context.Context, q store.SearchQuery) ([]store.SearchHit, error) {
	text, err := store.SearchText(q)
	if err != nil {
		return nil, err
	}
	pq, err := parseQuery(text)
	if err != nil {
		// Not valid FTS5 syntax (a stray quote, a lone operator):
		// search the words as plain terms instead of failing.
		pq = plainQuery(text)
	}
	hits, err := db.search(ctx, pq, q)
	if err != nil && ctx.Err() == nil {
		// A query PostgreSQL still refuses: the plain words, as above.
		hits, err = db.search(ctx, plainQuery(text), q)
	}
	return hits, err
}

func (db *DB) search(ctx context.Context, pq query, q store.SearchQuery) ([]store.SearchHit, error) {
	if pq.tsquery == "" {
		return nil, nil // no words: nothing matches, as FTS5's ""
	}
	// ts_rank's weights are {D, C, B, A}: body words D (0.2), byline
	// words B (0.4), title words A (1.0), as the SQLite store's bm25
	// weights body 1, byline 2, title 5.
	// Its real is read as float8, so that the rank a client gets back in
	// a cursor is the exact value the next page compares with (a real's
	// shortest text, parsed as a float64, is not). A page after a keyset
	// sorts only the hits after it; every hit is still scored.
	after := q.After
	if after == nil {
		after = &store.SearchPos{}
	}
	p := &params{args: []any{pq.tsquery, store.Limit(q.Limit, 20), max(q.Offset, 0), q.After == nil, after.Rank, after.ID}}
	days, err := searchDays(q, p)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	rows, err := db.db.QueryContext(ctx, `SELECT a.id, a.url, a.title, `+display.SiteSQL+`, a.published, a.published_offset, `+reportdate.SQL+`, `+reportdate.SourceSQL+`, t.body, a.byline, r.rank
		FROM to_tsquery('simple', $1) AS q(q), article_text t JOIN articles a ON a.id = t.id,
			LATERAL (SELECT (-ts_rank('{0.2, 0.2, 0.4, 1.0}', t.tsv, q.q, 1))::float8 AS rank) r
		WHERE t.tsv @@ q.q AND a.duplicate_of IS NULL AND ($4 OR (r.rank, a.id) > ($5::float8, $6::bigint))`+days+`
		ORDER BY r.rank, a.id LIMIT $2 OFFSET $3`, p.args...)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var out []store.SearchHit
	for rows.Next() {
		var h store.SearchHit
		var published, reported sql.NullTime
		var off sql.NullInt64
		var body, byline string
		if err := rows.Scan(&h.ArticleID, &h.URL, &h.Title, &h.Site, &published, &off, &reported, &h.ReportDateSource, &body, &byline, &h.Rank); err != nil {
			return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
		}
		// The report date is the one Since and Until matched (an
		// undated article's reference or ingest date), as
		// LatestArticles gives it.
		h.Published, h.ReportDate = display.Dates(timePtr(published), timePtr(reported), h.ReportDateSource, reportdate.Published, off)
		h.Snippet = makeSnippet(h.Title, body, byline, pq.terms)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	return out, nil
}

// params numbers query parameters ($1, $2, ...) as they are added.
type params struct{ args []any }

func (p *params) add(v any) string {
	p.args = append(p.args, v)
	return "$" + strconv.Itoa(len(p.args))
}

// eventsQuery is the SQL of Events and its arguments (apart, for the plan
// tests), with the driver codec.Driver picks without counts.
func eventsQuery(q store.EventQuery) (string, []any, error) { return eventsSQL(q, false) }

// eventsSQL is the SQL of Events, or with counts of EventCounts: the same
// filters, grouped by date and quad class instead of ordered and limited.
func eventsSQL(q store.EventQuery, counts bool) (string, []any, error) {
	return drivenEventsSQL(q, counts, codec.RankDriver(q, nil))
}

// drivenEventsSQL is eventsSQL with the rank driver given, as the SQLite
// store's: drive, one of q's filter keys, walks its rank index in q's
// sort; "" drives by the first key of event_keys and sorts what it finds.
func drivenEventsSQL(q store.EventQuery, counts bool, drive string) (string, []any, error) {
	order, ok := keyset.EventOrder(q.Sort, "e", "id")
	if !ok {
		return "", nil, fmt.Errorf("%w: unknown sort %q", store.ErrBadQuery, q.Sort)
	}
	if q.QuadClass < 0 || q.QuadClass > 4 {
		return "", nil, fmt.Errorf("%w: quad class %d (want 1-4)", store.ErrBadQuery, q.QuadClass)
	}
	keys := codec.FilterKeys(q)
	var p params
	var where []string
	from := "events e"
	dateCol := "e.date"
	if drive != "" && slices.Contains(keys, drive) {
		// A sort other than date: one range of the driver's index for
		// that sort (migrations 0016 and 0019 for actors, sources and
		// targets). Without it the planner chose between sorting every
		// event of the party and walking the events' sort index testing
		// each event's keys by its estimate of the party's size, which a
		// new ANALYZE could change.
		if country, ok := strings.CutPrefix(drive, "c:"); ok {
			from = "event_country_ranks r JOIN events e ON e.id = r.event_id"
			where = append(where, "r.country = "+p.add(pgText(country)))
		} else {
			from = "event_actor_ranks r JOIN events e ON e.id = r.event_id"
			where = append(where, "r.key = "+p.add(pgText(drive)))
		}
		for _, k := range keys {
			if k != drive {
				where = append(where, "e.id IN (SELECT event_id FROM event_keys WHERE key = "+p.add(pgText(k))+")")
			}
		}
		order, _ = keyset.EventOrder(q.Sort, "r", "event_id")
		dateCol = "r.date"
	} else if len(keys) > 0 {
		from = "event_keys k JOIN events e ON e.id = k.event_id"
		where = append(where, "k.key = "+p.add(pgText(keys[0])))
		for _, k := range keys[1:] {
			where = append(where, "e.id IN (SELECT event_id FROM event_keys WHERE key = "+p.add(pgText(k))+")")
		}
		if q.Sort == "" || q.Sort == store.SortDate {
			order, _ = keyset.EventOrder(q.Sort, "k", "event_id")
		}
		dateCol = "k.date"
	}
	// A page in another order than date, with no key to drive it, walks
	// the sort's index (migration 0010: the whole order) and stops when
	// it is full. The filters on quad class and type are written so that
	// their own indexes do not serve them: the planner otherwise found
	// every match by such an index and sorted them all.
	mark := ""
	if !counts && from == "events e" && q.Sort != "" && q.Sort != store.SortDate && q.Article == 0 {
		mark = " || ''"
	}
	if q.Type != "" {
		where = append(where, "e.type"+mark+" = "+p.add(pgText(strings.ToUpper(q.Type))))
	}
	if sector := strings.TrimSpace(q.Sector); sector != "" {
		// As in SQLite: the actors table holds each actor's sector.
		v := p.add(pgText(sector))
		where = append(where, "(e.source_actor IN (SELECT id FROM actors WHERE sector = "+v+") OR e.target_actor IN (SELECT id FROM actors WHERE sector = "+v+"))")
	}
	if q.QuadClass != 0 {
		qc := "e.quad_class"
		if mark != "" {
			qc = "e.quad_class + 0"
		}
		where = append(where, qc+" = "+p.add(q.QuadClass))
	}
	if country := strings.ToUpper(strings.TrimSpace(q.Where)); country != "" {
		// The partial index events_location_date's condition (migration
		// 0027), stated so that a generic plan may use it.
		where = append(where, "e.location_country = "+p.add(pgText(country)), "e.location_country <> ''")
	}
	if q.Asserted {
		where = append(where, store.AssertedSQL)
	}
	if q.Since != "" {
		where = append(where, dateCol+" >= "+p.add(pgText(q.Since)))
	}
	if q.Until != "" {
		where = append(where, dateCol+" <= "+p.add(pgText(q.Until)))
	}
	// An event known only to the month or the year until ends inside
	// of is not inside the range (store.UntilCuts), as on SQLite.
	month, year := store.UntilCuts(q.Until)
	// An event dated by a span of days within its month ("next week",
	// date_to) is inside when its span ends by until.
	if month != "" {
		where = append(where, "NOT (e.precision = 'month' AND e.date IN ("+p.add(month)+", "+p.add(month[:7])+") AND NOT (e.date_to <> '' AND e.date_to <= "+p.add(pgText(q.Until))+"))")
	}
	if year != "" {
		where = append(where, "NOT (e.precision = 'year' AND e.date IN ("+p.add(year)+", "+p.add(year[:4])+") AND NOT (e.date_to <> '' AND e.date_to <= "+p.add(pgText(q.Until))+"))")
	}
	if q.MinSources > 0 {
		where = append(where, "e.num_sources >= "+p.add(q.MinSources))
	}
	if q.MinSources > 1 {
		// The partial index events_corroborated's condition, stated so
		// that a generic plan (which cannot see the parameter) may use it.
		where = append(where, "e.num_sources > 1")
	}
	if q.Article > 0 {
		where = append(where, "e.id IN (SELECT event_id FROM event_mentions WHERE article_id = "+p.add(q.Article)+")")
	}
	if q.Before != nil && !counts {
		if q.After != nil {
			return "", nil, fmt.Errorf("%w: a page both after and before an event", store.ErrBadQuery)
		}
		// Back from an event: the order turned round, so the index is
		// walked backwards from it; Events turns the page round again.
		order = keyset.Reverse(order)
		q.After = q.Before
	}
	if q.After != nil && !counts {
		where = append(where, keyset.EventAfter(order, *q.After, func(v any) string {
			if t, ok := v.(time.Time); ok {
				v = dbTime(t)
			}
			return p.add(v)
		}))
	}
	page := ` FROM ` + from
	if len(where) > 0 {
		page += " WHERE " + strings.Join(where, " AND ")
	}
	if counts {
		return groupedSelect + strings.TrimPrefix(page, " FROM ") + ` GROUP BY 1, e.quad_class`, p.args, nil
	}
	page += " ORDER BY " + keyset.OrderBy(order) + " LIMIT " + p.add(store.Limit(q.Limit, 50)) + " OFFSET " + p.add(max(q.Offset, 0))
	query := `SELECT ` + keyset.PrefixCols("e.", eventCols) + page
	if q.Offset > 0 {
		// A later page: find its ids first, then read only those rows.
		// The skipped rows are read from indexes alone (ids and sort keys),
		// not from the table: the page at offset 5,000 of 100,000 events
		// took 33 ms reading every skipped row, 0.7 ms so. ARRAY() keeps
		// the subquery's order, and the ordinality restores it.
		query = `SELECT ` + keyset.PrefixCols("e.", eventCols) + ` FROM unnest(ARRAY(SELECT e.id` + page + `)) WITH ORDINALITY AS p(id, n)
			JOIN events e ON e.id = p.id ORDER BY p.n`
	}
	return query, p.args, nil
}

// Events uses the plans of the SQLite store: one actor, source, target or
// country filter drives the query through event_keys in date order, or in
// another sort through its rank index (event_country_ranks for a country,
// event_actor_ranks for the others), so a page reads only the rows it
// returns.
func (db *DB) Events(ctx context.Context, q store.EventQuery) ([]store.Event, error) {
	drive, err := db.rankDriver(ctx, q)
	if err != nil {
		return nil, err
	}
	query, args, err := drivenEventsSQL(q, false, drive)
	if err != nil {
		return nil, err
	}
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	out, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	rows.Close()
	if err := db.earliestAt(ctx, out); err != nil {
		return nil, err
	}
	if q.Before != nil {
		slices.Reverse(out) // read nearest first (eventsSQL)
	}
	return out, nil
}

// earliestAt gives the events' earliest_report the offset of the article
// it comes from (display.EarliestAt): one look-up of the page's earliest
// URLs, by the articles' url index.
func (db *DB) earliestAt(ctx context.Context, evs []store.Event) error {
	urls := display.EarliestURLs(evs)
	if len(urls) == 0 {
		return nil
	}
	rows, err := db.db.QueryContext(ctx, `SELECT url, published, published_offset FROM articles
		WHERE url = ANY($1) AND published IS NOT NULL AND published_offset <> 0`, pq.Array(urls))
	if err != nil {
		return fmt.Errorf("store: events' earliest reports: %w", err)
	}
	defer rows.Close()
	reports := map[string]display.Report{}
	for rows.Next() {
		var url string
		var r display.Report
		if err := rows.Scan(&url, &r.Published, &r.Offset); err != nil {
			return fmt.Errorf("store: events' earliest reports: %w", err)
		}
		reports[url] = r
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: events' earliest reports: %w", err)
	}
	display.EarliestAt(evs, reports)
	return nil
}

// rankDriver is the key filter of q that drives its page (see
// codec.RankDriver): with two key filters or more in a sort other
// than date, the one of fewest events, each counted up to
// codec.DriverCap along its range of event_keys' primary key.
func (db *DB) rankDriver(ctx context.Context, q store.EventQuery) (string, error) {
	keys := codec.FilterKeys(q)
	if q.Sort == "" || q.Sort == store.SortDate || len(keys) < 2 {
		return codec.RankDriver(q, nil), nil
	}
	args := textArray{}
	for _, k := range keys {
		args = append(args, pgText(k))
	}
	rows, err := db.db.QueryContext(ctx, keySizesSQL, args, codec.DriverCap)
	if err != nil {
		return "", fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	var sizes []int
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return "", fmt.Errorf("store: events: %w", err)
		}
		sizes = append(sizes, n)
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("store: events: %w", err)
	}
	return codec.RankDriver(q, sizes), nil
}

// keySizesSQL counts the events of each key of $1 up to $2, in the order
// of $1: a walk of at most that many entries of each key's range of
// event_keys' primary key.
const keySizesSQL = `SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM event_keys WHERE key = u.key LIMIT $2) n)
	FROM unnest($1::text[]) WITH ORDINALITY AS u(key, i) ORDER BY u.i`

func (db *DB) EventCounts(ctx context.Context, q store.EventQuery) ([]store.DateCount, error) {
	query, args, err := eventCountsQuery(q)
	if err != nil {
		return nil, err
	}
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: event counts: %w", err)
	}
	defer rows.Close()
	out, err := codec.ScanDateCounts(rows)
	if err != nil {
		return nil, fmt.Errorf("store: event counts: %w", err)
	}
	rows.Close()
	if bucket, corroborated, kept := codec.CountBucket(q); kept {
		// The kept counts hold an event known only to a month or a
		// year at the period's first day: counted under its month or
		// year instead (codec.CoarseSplit), as on SQLite.
		days := codec.FirstDays(out)
		if len(days) == 0 {
			return out, nil
		}
		query, args := coarseCountsQuery(bucket, corroborated, q.QuadClass, days)
		coarse, err := db.coarseCounts(ctx, query, args)
		if err != nil {
			return nil, fmt.Errorf("store: event counts: %w", err)
		}
		out = codec.CoarseSplit(out, coarse, q.Until)
	}
	return out, nil
}

// coarseCountsQuery counts the events of a kept counts' bucket (as
// codec.CountBucket names it) known only to a month or a year and stored
// on one of days, by stored date, precision, quad class and span end: a key's by
// its range of event_keys, the others by the dates (events_date).
func coarseCountsQuery(bucket string, corroborated bool, quad int, days []string) (string, []any) {
	var p params
	from, dateCol := "events e", "e.date"
	var where []string
	if key, ok := strings.CutPrefix(bucket, "k:"); ok {
		from, dateCol = "event_keys k JOIN events e ON e.id = k.event_id", "k.date"
		where = append(where, "k.key = "+p.add(pgText(key)))
	}
	where = append(where, dateCol+" = ANY("+p.add(pq.StringArray(days))+"::text[])", "e.precision IN ('month', 'year')")
	if typ, ok := strings.CutPrefix(bucket, "type:"); ok {
		where = append(where, "e.type = "+p.add(pgText(typ)))
	}
	if quad != 0 {
		where = append(where, "e.quad_class = "+p.add(quad))
	}
	if corroborated {
		where = append(where, "e.num_sources > 1")
	}
	return `SELECT ` + dateCol + `, e.precision, e.quad_class, e.date_to, COUNT(*), COUNT(*) FILTER (WHERE NOT ` + store.AssertedSQL + `) FROM ` + from +
		` WHERE ` + strings.Join(where, " AND ") + ` GROUP BY 1, 2, 3, 4`, p.args
}

func (db *DB) coarseCounts(ctx context.Context, query string, args []any) ([]codec.CoarseCount, error) {
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return codec.ScanCoarseCounts(rows)
}

// eventCountsQuery is EventCounts' query (its plan is checked by
// TestEventCountsPlan): from the counts kept in event_counts when they
// answer q (codec.CountBucket; migration 0011), a row per date and quad
// class of the bucket instead of every matching event; else the events'
// own filters, grouped.
func eventCountsQuery(q store.EventQuery) (string, []any, error) {
	query, args, err := eventsSQL(q, true) // validates q in either case
	if err != nil {
		return "", nil, err
	}
	bucket, corroborated, ok := codec.CountBucket(q)
	if !ok {
		return query, args, nil
	}
	col := "events"
	if corroborated {
		col = "corroborated"
	}
	var p params
	where := []string{"bucket = " + p.add(pgText(bucket))}
	if q.QuadClass != 0 {
		where = append(where, "quad_class = "+p.add(q.QuadClass))
	}
	if q.Since != "" {
		where = append(where, "date >= "+p.add(pgText(q.Since)))
	}
	if q.Until != "" {
		where = append(where, "date <= "+p.add(pgText(q.Until)))
	}
	// A group is two rows, of the events that took place and of those
	// that did not (not_asserted, migration 0029), added up here; a
	// group whose counts fell to zero is left out.
	return `SELECT date, quad_class, SUM(` + col + `)::bigint AS n, SUM(` + col + ` * not_asserted)::bigint FROM event_counts WHERE ` +
		strings.Join(where, " AND ") + ` GROUP BY date, quad_class HAVING SUM(` + col + `) > 0`, p.args, nil
}

func (db *DB) CountEvents(ctx context.Context, q store.EventQuery, limit int) (store.Total, error) {
	limit = store.CountLimit(limit)
	query, args, kept, err := countEventsQuery(q, limit)
	if err != nil {
		return store.Total{}, err
	}
	if month, year := store.UntilCuts(q.Until); kept && (month != "" || year != "") {
		// The kept counts count an event known to the month or year
		// until ends inside of, which the listing leaves out: the
		// timeline's counts, which leave it out too, are added up.
		return codec.SumDateCounts(db.EventCounts(ctx, q))
	}
	return codec.ScanTotal(db.db.QueryRowContext(ctx, query, args...), kept, limit)
}

// countEventsQuery is CountEvents' query: the sum of the kept counts of
// q's bucket when they answer q (kept), else a count of the matching
// events that stops after limit+1 of them.
func countEventsQuery(q store.EventQuery, limit int) (query string, args []any, kept bool, err error) {
	// The date order: its plan finds the matches by the first key
	// filter's range of event_keys, or a filter's index, in no order
	// a count would need.
	q.Sort, q.After, q.Before, q.Offset = "", nil, nil, 0
	if _, _, ok := codec.CountBucket(q); ok {
		query, args, err := eventCountsQuery(q) // the kept counts' query
		if err != nil {
			return "", nil, false, err
		}
		return `SELECT COALESCE(SUM(n), 0)::bigint FROM (` + query + `) c`, args, true, nil
	}
	grouped, args, err := eventsSQL(q, true)
	if err != nil {
		return "", nil, false, err
	}
	rest, ok := strings.CutPrefix(grouped, groupedSelect)
	i := strings.LastIndex(rest, " GROUP BY ")
	if !ok || i < 0 {
		return "", nil, false, fmt.Errorf("store: count events: unexpected counts query %q", grouped)
	}
	args = append(args, limit+1)
	return `SELECT COUNT(*) FROM (SELECT 1 FROM ` + rest[:i] + ` LIMIT $` + strconv.Itoa(len(args)) + `) m`, args, false, nil
}

// groupedSelect begins eventsSQL's counts query: a group's events, and
// how many of them did not take place (store.DateCount.NotAsserted).
const groupedSelect = `SELECT ` + store.CoarseDateSQL + `, e.quad_class, COUNT(*), COUNT(*) FILTER (WHERE NOT ` + store.AssertedSQL + `) FROM `

func (db *DB) CountSearch(ctx context.Context, q store.SearchQuery, limit int) (store.Total, error) {
	text, err := store.SearchText(q)
	if err != nil {
		return store.Total{}, err
	}
	limit = store.CountLimit(limit)
	count := func(pq query) (int, error) {
		if pq.tsquery == "" {
			return 0, nil // no words: nothing matches, as in Search
		}
		var n int
		p := &params{args: []any{pq.tsquery, limit + 1}}
		days, err := searchDays(q, p)
		if err != nil {
			return 0, err
		}
		err = db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM to_tsquery('simple', $1) AS q(q),
				article_text t JOIN articles a ON a.id = t.id
			WHERE t.tsv @@ q.q AND a.duplicate_of IS NULL`+days+` LIMIT $2) m`, p.args...).Scan(&n)
		return n, err
	}
	// As Search: text that is not valid query syntax, or that
	// PostgreSQL refuses, counts its plain words.
	pq, err := parseQuery(text)
	if err != nil {
		pq = plainQuery(text)
	}
	n, err := count(pq)
	if err != nil && ctx.Err() == nil {
		n, err = count(plainQuery(text))
	}
	if err != nil {
		return store.Total{}, fmt.Errorf("store: count search %q: %w", q.Text, err)
	}
	return store.CappedTotal(n, limit), nil
}

func (db *DB) Event(ctx context.Context, id int64) (*store.Event, []store.EventMention, error) {
	e, err := scanEvent(db.db.QueryRowContext(ctx, `SELECT `+eventCols+` FROM events WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("event %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: event %d: %w", id, err)
	}
	rows, err := db.db.QueryContext(ctx, `SELECT m.event_id, m.article_id, m.article_event_id, a.url, `+display.SiteSQL+`, a.title,
			a.published, a.published_offset, `+reportdate.SQL+` AS reported, `+reportdate.SourceSQL+`,
			m.sentence, m.text, m.trig, m.rule, m.confidence, m.date, m.precision, m.date_from, m.date_to,
			m.location, m.location_actor, m.location_country, m.polarity, m.modality
		FROM event_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = $1 ORDER BY reported, a.id, m.article_event_id`, id)
	if err != nil {
		return nil, nil, fmt.Errorf("store: event %d mentions: %w", id, err)
	}
	defer rows.Close()
	var ms []store.EventMention
	for rows.Next() {
		var m store.EventMention
		var published, reported sql.NullTime
		var off sql.NullInt64
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.ArticleEventID, &m.URL, &m.Site, &m.Title, &published, &off,
			&reported, &m.ReportDateSource,
			&m.Sentence, &m.Text, &m.Trigger, &m.Rule, &m.Confidence, &m.Date, &m.Precision, &m.DateFrom, &m.DateTo,
			&m.Location, &m.LocationActor, &m.LocationCountry, &m.Polarity, &m.Modality); err != nil {
			return nil, nil, fmt.Errorf("store: event %d mentions: %w", id, err)
		}
		m.Published, m.ReportDate = display.Dates(timePtr(published), timePtr(reported), m.ReportDateSource, reportdate.Published, off)
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: event %d mentions: %w", id, err)
	}
	display.FirstReport(&e, ms)
	return &e, ms, nil
}

func (db *DB) Actors(ctx context.Context, q store.ActorQuery) ([]store.ActorCount, error) {
	limit, offset := store.Limit(q.Limit, 20), max(q.Offset, 0)
	var rows *sql.Rows
	var err error
	if country := strings.ToUpper(strings.TrimSpace(q.Country)); q.Actor == "" && country != "" {
		rows, err = db.db.QueryContext(ctx, `SELECT id, name, type, country, sector, articles, events FROM actors
			WHERE country = $1 ORDER BY articles + events DESC, id LIMIT $2 OFFSET $3`, pgText(country), limit, offset)
	} else if q.Actor == "" {
		rows, err = db.db.QueryContext(ctx, `SELECT id, name, type, country, sector, articles, events FROM actors
			ORDER BY articles + events DESC, id LIMIT $1 OFFSET $2`, limit, offset)
	} else {
		// Counterparts: the other side of every event the actor takes
		// part in, matched by actor id or (for unresolved actors) name.
		// Counterparts without an id are grouped by name as written here,
		// and by their folded names in Go (store.Counterparts), which
		// pages them; a group's id is its one id (or '' for a name
		// group), hence MAX.
		rows, err = db.db.QueryContext(ctx, `WITH
			as_source AS (SELECT event_id FROM event_keys WHERE key = 's:' || $1),
			as_target AS (SELECT event_id FROM event_keys WHERE key = 't:' || $1),
			sides AS (
				SELECT target_actor AS cp, target_name AS cpname, target_country AS cpcountry
				FROM events WHERE id IN (SELECT event_id FROM as_source)
				UNION ALL
				SELECT source_actor, source_name, source_country
				FROM events WHERE id IN (SELECT event_id FROM as_target)
			)
			SELECT MAX(s.cp), COALESCE(MAX(a.name), MIN(s.cpname)) AS name, COALESCE(MAX(a.type), ''),
				COALESCE(MAX(a.country), MIN(s.cpcountry)), COALESCE(MAX(a.sector), ''), COALESCE(MAX(a.articles), 0), COUNT(*) AS n
			FROM sides s LEFT JOIN actors a ON a.id = s.cp AND s.cp <> ''
			WHERE s.cp <> '' OR s.cpname <> ''
			GROUP BY CASE WHEN s.cp <> '' THEN s.cp ELSE s.cpname END`, pgText(store.FoldName(q.Actor)))
	}
	if err != nil {
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	defer rows.Close()
	out := []store.ActorCount{}
	for rows.Next() {
		var a store.ActorCount
		if err := rows.Scan(&a.ID, &a.Name, &a.Type, &a.Country, &a.Sector, &a.Articles, &a.Events); err != nil {
			return nil, fmt.Errorf("store: actors: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	if q.Actor != "" {
		return store.Counterparts(out, limit, offset), nil
	}
	return out, nil
}

func (db *DB) Failures(ctx context.Context, limit int) ([]store.Failure, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT source, stage, error, at, attempts FROM failures
		ORDER BY at DESC, source LIMIT $1`, store.Limit(limit, 50))
	if err != nil {
		return nil, fmt.Errorf("store: failures: %w", err)
	}
	defer rows.Close()
	var out []store.Failure
	for rows.Next() {
		var f store.Failure
		if err := rows.Scan(&f.Source, &f.Stage, &f.Error, &f.At, &f.Attempts); err != nil {
			return nil, fmt.Errorf("store: failures: %w", err)
		}
		f.At = f.At.UTC()
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: failures: %w", err)
	}
	return out, nil
}

func (db *DB) Feed(ctx context.Context, u string) (*store.Feed, error) {
	var f store.Feed
	err := db.db.QueryRowContext(ctx, `SELECT url, title, etag, last_modified, last_polled, last_error FROM feeds WHERE url = $1`, pgText(u)).
		Scan(&f.URL, &f.Title, &f.ETag, &f.LastModified, &f.LastPolled, &f.LastError)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("feed %s: %w", u, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: feed %s: %w", u, err)
	}
	f.LastPolled = f.LastPolled.UTC()
	return &f, nil
}

func (db *DB) FeedLinks(ctx context.Context, feed string) ([]store.FeedLink, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT feed, link, entry, attempts, next_try, last_error, seq FROM feed_links WHERE feed = $1 ORDER BY seq, link`, pgText(feed))
	if err != nil {
		return nil, fmt.Errorf("store: feed links of %s: %w", feed, err)
	}
	defer rows.Close()
	var out []store.FeedLink
	for rows.Next() {
		var l store.FeedLink
		if err := rows.Scan(&l.Feed, &l.Link, &l.Entry, &l.Attempts, &l.NextTry, &l.LastError, &l.Seq); err != nil {
			return nil, fmt.Errorf("store: feed links of %s: %w", feed, err)
		}
		l.NextTry = l.NextTry.UTC()
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feed links of %s: %w", feed, err)
	}
	return out, nil
}

func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM event_mentions),
		(SELECT COUNT(*) FROM actors),
		(SELECT COUNT(*) FROM failures)`).Scan(&s.Articles, &s.Duplicates, &s.Events, &s.Mentions, &s.Actors, &s.Failures)
	if err != nil {
		return s, fmt.Errorf("store: stats: %w", err)
	}
	s.Schema = db.schema
	return s, nil
}

// healthSQL counts each table whose planner estimate ($1 is the
// threshold) is small or unknown (-1: never analysed), and takes the
// estimate of the others: pg_class.reltuples, and for syndicated copies
// the share of articles whose duplicate_of is not null (pg_stats). CASE
// runs only the subquery of the branch it takes. The tables are found
// through the search path, as every other query finds them.
const healthSQL = `WITH est AS MATERIALIZED (
		SELECT (SELECT reltuples FROM pg_class WHERE oid = to_regclass('articles')) AS articles,
			(SELECT s.null_frac FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename
				JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = s.schemaname
				WHERE c.oid = to_regclass('articles') AND s.attname = 'duplicate_of') AS dup_null,
			(SELECT reltuples FROM pg_class WHERE oid = to_regclass('events')) AS events,
			(SELECT reltuples FROM pg_class WHERE oid = to_regclass('event_mentions')) AS mentions,
			(SELECT reltuples FROM pg_class WHERE oid = to_regclass('actors')) AS actors,
			(SELECT reltuples FROM pg_class WHERE oid = to_regclass('failures')) AS failures)
	SELECT
		CASE WHEN articles >= $1 THEN articles::bigint ELSE (SELECT COUNT(*) FROM articles) END,
		CASE WHEN articles >= $1 AND dup_null IS NOT NULL THEN (articles * (1 - dup_null))::bigint
			ELSE (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL) END,
		CASE WHEN events >= $1 THEN events::bigint ELSE (SELECT COUNT(*) FROM events) END,
		CASE WHEN mentions >= $1 THEN mentions::bigint ELSE (SELECT COUNT(*) FROM event_mentions) END,
		CASE WHEN actors >= $1 THEN actors::bigint ELSE (SELECT COUNT(*) FROM actors) END,
		CASE WHEN failures >= $1 THEN failures::bigint ELSE (SELECT COUNT(*) FROM failures) END,
		GREATEST(articles, events, mentions, actors, failures) >= $1
	FROM est`

// Health counts small tables and estimates big ones (store.EstimateFrom
// rows or more) from the planner's statistics, which autovacuum keeps
// within about a tenth of the truth; Stats counts everything.
func (db *DB) Health(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.db.QueryRowContext(ctx, healthSQL, db.estimateFrom).Scan(
		&s.Articles, &s.Duplicates, &s.Events, &s.Mentions, &s.Actors, &s.Failures, &s.Estimated)
	if err != nil {
		return s, fmt.Errorf("store: health: %w", err)
	}
	s.Schema = db.schema
	return s, nil
}

// actorQuery is Actor's query (its plan is checked by TestActorPlan): $1
// the id, $2 the name's store.FoldName key. The id first; a name only
// when no id matches, however it is cased or accented, the most
// mentioned actor of that name when several share it (as the SQLite
// store).
const actorQuery = `SELECT id, name, type, country, sector, articles, events FROM (
			SELECT 0 AS pref, * FROM actors WHERE id = $1
			UNION ALL
			SELECT 1 AS pref, * FROM actors WHERE name_key = $2) m
		ORDER BY pref, articles + events DESC, id LIMIT 1`

func (db *DB) Actor(ctx context.Context, id string) (*store.ActorCount, error) {
	id = strings.TrimSpace(id)
	var a store.ActorCount
	err := db.db.QueryRowContext(ctx, actorQuery, pgText(id), pgText(store.FoldName(id))).Scan(&a.ID, &a.Name, &a.Type, &a.Country, &a.Sector, &a.Articles, &a.Events)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("actor %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: actor %q: %w", id, err)
	}
	return &a, nil
}

// actorArticlesQuery is ActorArticles' query and its arguments (its plan
// is checked by TestActorArticlesPlan), in the order of
// article_actors_actor_report_date (NULLS LAST as the index is). Every row
// has a report date (schema 17); a position without one (an older
// release's cursor for an undated article, listed last then) resumes
// after them all: the NULL-date rows it selects are none.
func actorArticlesQuery(q store.ActorQuery) (string, []any) {
	after, args := "", []any{pgText(strings.TrimSpace(q.Actor))}
	switch {
	case q.After != nil && q.After.Date != nil:
		after = ` AND (aa.report_date < $2 OR (aa.report_date = $2 AND aa.article_id < $3))`
		args = append(args, q.After.Date.UTC(), q.After.ID)
	case q.After != nil:
		after = ` AND aa.report_date IS NULL AND aa.article_id < $2`
		args = append(args, q.After.ID)
	}
	n := len(args)
	args = append(args, store.Limit(q.Limit, 20), max(q.Offset, 0))
	return `SELECT a.id, a.url, a.title, ` + display.SiteSQL + `, a.published, a.published_offset, aa.report_date, ` + reportdate.SourceSQL + `
		FROM article_actors aa JOIN articles a ON a.id = aa.article_id
		WHERE aa.actor_id = $1 AND a.duplicate_of IS NULL` + after + `
		ORDER BY aa.report_date DESC NULLS LAST, aa.article_id DESC LIMIT $` + strconv.Itoa(n+1) + ` OFFSET $` + strconv.Itoa(n+2), args
}

func (db *DB) ActorArticles(ctx context.Context, q store.ActorQuery) ([]store.SearchHit, error) {
	// After an article come the older ones and those of its date with a
	// lower id. The filter and order name article_actors' copy of the
	// report date so that article_actors_actor_report_date yields
	// the page in order (no sort of all the actor's rows).
	query, args := actorArticlesQuery(q)
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: articles of actor %q: %w", q.Actor, err)
	}
	defer rows.Close()
	out := []store.SearchHit{}
	for rows.Next() {
		var h store.SearchHit
		var published, reported sql.NullTime
		var off sql.NullInt64
		if err := rows.Scan(&h.ArticleID, &h.URL, &h.Title, &h.Site, &published, &off, &reported, &h.ReportDateSource); err != nil {
			return nil, fmt.Errorf("store: articles of actor %q: %w", q.Actor, err)
		}
		h.Published, h.ReportDate = display.Dates(timePtr(published), timePtr(reported), h.ReportDateSource, reportdate.Published, off)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: articles of actor %q: %w", q.Actor, err)
	}
	return out, nil
}

func (db *DB) Quotes(ctx context.Context, q store.QuoteQuery) ([]store.Quote, error) {
	return jointspeakers.Quotes(ctx, q, db.quotes)
}

// quotes is a page of Quotes: with joint, of the quotes q.Speaker spoke
// as one actor of a joint speaker, else of the others.
func (db *DB) quotes(ctx context.Context, q store.QuoteQuery, joint bool) ([]store.Quote, error) {
	query, args, err := quotesQueryBy(q, joint)
	if err != nil {
		return nil, fmt.Errorf("store: quotes: %w", err)
	}
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: quotes: %w", err)
	}
	defer rows.Close()
	out := []store.Quote{}
	for rows.Next() {
		var r store.Quote
		var published, reported sql.NullTime
		var off sql.NullInt64
		var ids string
		if err := rows.Scan(&r.ArticleID, &r.Seq, &r.Text, &r.Kind, &r.Sentence, &r.Speaker, &r.SpeakerID, &ids,
			&r.Conduit, &r.ConduitKind, &r.Audience, &r.URL, &r.Title, &r.Site, &published, &off, &reported, &r.ReportDateSource); err != nil {
			return nil, fmt.Errorf("store: quotes: %w", err)
		}
		r.Published, r.ReportDate = display.Dates(timePtr(published), timePtr(reported), r.ReportDateSource, reportdate.Published, off)
		r.SpeakerIDs = jointspeakers.Split(ids)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: quotes: %w", err)
	}
	return out, nil
}

// quotesQuery is Quotes' query and its arguments (its plan is checked by
// TestQuotesPlan). It filters and orders by quotes' own copy of the
// article's report date, so that a speaker's page walks
// quotes_speaker_report_date in order instead of sorting all of the
// speaker's quotes, as the SQLite store's. Syndicated copies have no quote
// rows (InsertArticle stores none).
func quotesQuery(q store.QuoteQuery) (string, []any, error) { return quotesQueryBy(q, false) }

// quotesQueryBy is quotesQuery, or with joint the query of the quotes
// q.Speaker spoke as one actor of a joint speaker: read from its rows of
// quote_speakers (a speaker has few) and sorted, in the same order and
// after the same position (TestJointQuotesPlan).
func quotesQueryBy(q store.QuoteQuery, joint bool) (string, []any, error) {
	from, to, err := store.QuoteDates(q.Since, q.Until)
	if err != nil {
		return "", nil, err
	}
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	tables, with := `quotes q JOIN articles a ON a.id = q.article_id`, ""
	if sp := strings.TrimSpace(q.Speaker); sp != "" && joint {
		// Each quote looked up laterally (OFFSET 0 keeps the subquery
		// from being pulled up), so that the planner reads the actor's
		// few rows first rather than walk every quote of a date range
		// in order and look each up in quote_speakers (it did, with a
		// range).
		with = `WITH s AS MATERIALIZED (SELECT article_id, seq FROM quote_speakers WHERE actor_id = ` + arg(pgText(sp)) + `) `
		tables = `s CROSS JOIN LATERAL (SELECT * FROM quotes q0 WHERE q0.article_id = s.article_id AND q0.seq = s.seq OFFSET 0) q
			JOIN articles a ON a.id = q.article_id`
	} else if sp != "" {
		// The speaker index is partial (WHERE speaker_actor_id <> ''): a
		// generic plan cannot prove that of a parameter, the repeated
		// term can.
		where = append(where, `q.speaker_actor_id = `+arg(pgText(sp))+` AND q.speaker_actor_id <> ''`)
	}
	if words := store.FoldName(q.SpeakerWords); words != "" {
		// quotes_speaker_key_report_date is partial too (WHERE
		// speaker_key <> ''), and covers every quote with words,
		// whoever it is filed under.
		where = append(where, `q.speaker_key = `+arg(pgText(words))+` AND q.speaker_key <> ''`)
	}
	if q.Article != 0 {
		where = append(where, `q.article_id = `+arg(q.Article))
	}
	// The days are the ones the listing shows (display.Dates): a
	// quote's report date at its publisher's offset. The index narrows
	// by the UTC instant, widened by the largest offset, and the instant
	// moved by the offset (its clock time there, read as UTC) decides.
	wideFrom, wideTo := display.Widen(from, to)
	local := `q.report_date + make_interval(secs => ` + display.OffsetSQL + `)`
	if from != nil {
		where = append(where, `q.report_date >= `+arg(wideFrom.UTC())+` AND `+local+` >= `+arg(from.UTC()))
	}
	if to != nil {
		where = append(where, `q.report_date < `+arg(wideTo.UTC())+` AND `+local+` < `+arg(to.UTC()))
	}
	for _, w := range store.QuoteRegexps(q.Text) {
		where = append(where, `q.text ~ `+arg(pgText(w)))
	}
	// After a quote come the later quotes of its article, the articles
	// of its date with a lower id and the older ones. Every quote has a
	// report date (schema 17); a position without one (an older release's
	// cursor for an undated article, listed last then) resumes after
	// them all: the NULL-date rows it selects are none.
	if p := q.After; p != nil {
		id, seq := arg(p.ArticleID), arg(p.Seq)
		next := `(q.article_id < ` + id + ` OR (q.article_id = ` + id + ` AND q.seq > ` + seq + `))`
		if p.Date != nil {
			t := arg(p.Date.UTC())
			where = append(where, `(q.report_date < `+t+` OR (q.report_date = `+t+` AND `+next+`))`)
		} else {
			where = append(where, `q.report_date IS NULL AND `+next)
		}
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, " AND ")
	}
	limit := arg(store.Limit(q.Limit, 50))
	return with + `SELECT q.article_id, q.seq, q.text, q.kind, q.sentence, q.speaker, q.speaker_actor_id, q.speaker_actor_ids,
			q.conduit, q.conduit_kind, q.audience, a.url, a.title, ` + display.SiteSQL + `, a.published, a.published_offset, q.report_date, ` + reportdate.SourceSQL + `
		FROM ` + tables + `
		` + cond + `
		ORDER BY q.report_date DESC NULLS LAST, q.article_id DESC, q.seq LIMIT ` + limit, args, nil
}

func (db *DB) Speakers(ctx context.Context, name string, aliases []string) ([]store.SpeakerMatch, error) {
	query, args := speakersQuery(name, aliases)
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: speakers %q: %w", name, err)
	}
	defer rows.Close()
	out, err := codec.ScanSpeakers(rows)
	if err != nil {
		return nil, fmt.Errorf("store: speakers %q: %w", name, err)
	}
	return out, nil
}

// speakersQuery is Speakers' query and its arguments (its plan is checked
// by TestSpeakersPlan): the five ways a name matches, each numbered by its
// place in store.MatchOrder, and each actor at the first way that finds
// it, as the SQLite store's. The wording way reads quotes_speaker_key
// (the folded words, speaker_actor_id); the partial indexes need their
// conditions repeated.
func speakersQuery(name string, aliases []string) (string, []any) {
	// $1 is the name, $2 its store.FoldName key: the name, wording and
	// family ways match however it is cased or accented.
	args := []any{pgText(strings.TrimSpace(name)), pgText(store.FoldName(name))}
	alias := "SELECT 2, id FROM actors WHERE false"
	if len(aliases) > 0 {
		ps := make([]string, len(aliases))
		for i, a := range aliases {
			args = append(args, pgText(a))
			ps[i] = "$" + strconv.Itoa(len(args))
		}
		alias = "SELECT 2, id FROM actors WHERE id IN (" + strings.Join(ps, ", ") + ")"
	}
	return `WITH m(way, id) AS (
			SELECT 0, id FROM actors WHERE id = $1
			UNION ALL
			SELECT 1, id FROM actors WHERE name_key = $2
			UNION ALL
			` + alias + `
			UNION ALL
			SELECT DISTINCT 3, speaker_actor_id FROM quotes
				WHERE speaker_key = $2 AND speaker_actor_id <> ''
			UNION ALL
			SELECT 4, id FROM actors WHERE family_key = $2 AND family_key <> '')
		SELECT MIN(m.way), a.id, a.name, a.type, a.country, a.articles, a.events
		FROM m JOIN actors a ON a.id = m.id
		GROUP BY a.id
		ORDER BY 1, a.articles + a.events DESC, a.id`, args
}

func (db *DB) Articles(ctx context.Context, after int64, limit int) ([]store.Article, error) {
	return readArticles(ctx, db.db, "articles", "", after, limit)
}
