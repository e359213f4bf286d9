package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
	"github.com/newsgraph/newsgraph/internal/store/display"
	"github.com/newsgraph/newsgraph/internal/store/jointspeakers"
	"github.com/newsgraph/newsgraph/internal/store/keyset"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
)

func (db *DB) Seen(ctx context.Context, url, contentHash string) (bool, error) {
	var n int
	err := db.read.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM articles WHERE url = ?1 AND ?1 <> '')
		OR EXISTS(SELECT 1 FROM articles WHERE content_hash = ?2 AND ?2 <> '')`, url, contentHash).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: seen: %w", err)
	}
	return n != 0, nil
}

func (db *DB) ArticleByHash(ctx context.Context, contentHash string) (store.ArticleSig, bool, error) {
	if contentHash == "" {
		return store.ArticleSig{}, false, nil
	}
	a, ok, err := readSig(ctx, db.read, `a.content_hash = ?`, contentHash)
	if err != nil {
		return a, false, fmt.Errorf("store: article by hash: %w", err)
	}
	return a, ok, nil
}

func (db *DB) Article(ctx context.Context, id int64) (*store.Article, error) {
	var a store.Article
	var published sql.NullString
	var off sql.NullInt64
	var ingested string
	var dup sql.NullInt64
	var blob []byte
	err := db.read.QueryRowContext(ctx, `SELECT a.id, a.url, a.canonical_url, a.source, a.site, a.content_hash, a.signature,
		a.title, a.byline, a.language, t.body, a.published, a.published_offset, a.ingested_at, a.duplicate_of, a.data
		FROM articles a JOIN article_text t ON t.id = a.id WHERE a.id = ?`, id).Scan(
		&a.ID, &a.URL, &a.CanonicalURL, &a.Source, &a.Site, &a.ContentHash, &a.Signature, &a.Title, &a.Byline,
		&a.Language, &a.Text, &published, &off, &ingested, &dup, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: article %d: %w", id, err)
	}
	a.Published = display.At(parseTimePtr(published), off)
	a.IngestedAt = parseTime(ingested)
	a.DuplicateOf = dup.Int64
	if a.Data, err = decodeArticle(blob, a.Text); err != nil {
		return nil, fmt.Errorf("store: article %d: decode: %w", id, err)
	}
	return &a, nil
}

func (db *DB) Search(ctx context.Context, q store.SearchQuery) ([]store.SearchHit, error) {
	text, err := store.SearchText(q)
	if err != nil {
		return nil, err
	}
	hits, err := db.search(ctx, explicitAnd(text), q)
	if err != nil && ctx.Err() == nil {
		// Most likely not valid FTS5 syntax (a stray quote, a lone
		// operator): search the words as plain terms instead of failing.
		hits, err = db.search(ctx, plainQuery(text), q)
	}
	return hits, err
}

// explicitAnd writes out the AND that a query implies between a
// parenthesised group and what stands next to it: "(rain OR snow) alps"
// becomes "(rain OR snow) AND alps". FTS5 joins only phrases by being side
// by side and rejects the group form, and the plain-words fallback then
// dropped the parentheses and searched "rain OR (snow alps)": articles
// with "rain" and no "alps". The documented syntax (words all required,
// parentheses) means the AND. Text that does not lex as FTS5 query syntax
// (an unbalanced quote, a stray character) is returned unchanged, for
// FTS5 to refuse and Search to fall back on its plain words.
func explicitAnd(q string) string {
	type token struct {
		start int
		text  string // a bareword's text, or the punctuation character
		str   bool   // a "quoted string"
	}
	var toks []token
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case strings.IndexByte("()*:,^+{}-", c) >= 0:
			toks = append(toks, token{start: i, text: q[i : i+1]})
			i++
		case c == '"':
			j := i + 1
			for {
				k := strings.IndexByte(q[j:], '"')
				if k < 0 {
					return q
				}
				j += k + 1
				if j < len(q) && q[j] == '"' { // "" is a quote inside the string
					j++
					continue
				}
				break
			}
			toks = append(toks, token{start: i, str: true})
			i = j
		default:
			j := i
			for j < len(q) {
				r, size := utf8.DecodeRuneInString(q[j:])
				if !isBareRune(r) || r == utf8.RuneError && size == 1 {
					break
				}
				j += size
			}
			if j == i {
				return q
			}
			toks = append(toks, token{start: i, text: q[i:j]})
			i = j
		}
	}
	word := func(t token) bool {
		return !t.str && t.text != "" && isBareRune(rune(t.text[0])) && t.text != "AND" && t.text != "OR" && t.text != "NOT"
	}
	ends := func(t token) bool { return t.str || word(t) || t.text == ")" || t.text == "*" }
	begins := func(t token) bool { return t.str || word(t) || t.text == "(" || t.text == "^" }
	var b strings.Builder
	last := 0
	for i := 1; i < len(toks); i++ {
		prev, next := toks[i-1], toks[i]
		if !ends(prev) || !begins(next) || prev.text != ")" && next.text != "(" {
			continue
		}
		if next.text == "(" && prev.text == "NEAR" {
			continue // NEAR(a b) is a group of its own
		}
		b.WriteString(q[last:next.start])
		if prev.start+len(prev.text) == next.start { // "(a)(b)"
			b.WriteByte(' ')
		}
		b.WriteString("AND ")
		last = next.start
	}
	if last == 0 {
		return q
	}
	b.WriteString(q[last:])
	return b.String()
}

// isBareRune is FTS5's bareword character: ASCII letters, digits and
// underscore, the substitute character, and anything outside ASCII.
func isBareRune(r rune) bool {
	return r >= utf8.RuneSelf || r == '_' || r == 0x1a || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// plainQuery quotes each word so FTS5 reads none of them as syntax, and
// keeps an OR between two words (store.PlainTerms).
func plainQuery(s string) string {
	groups := store.PlainTerms(s, func(f string) []string {
		return strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	})
	if len(groups) == 0 {
		return `""`
	}
	alts := make([]string, len(groups))
	for i, g := range groups {
		for j, w := range g {
			col, word := store.PlainColumn(w)
			g[j] = `"` + word + `"`
			if col != "" {
				g[j] = col + ":" + g[j]
			}
		}
		alts[i] = strings.Join(g, " ")
	}
	return strings.Join(alts, " OR ")
}

func (db *DB) search(ctx context.Context, match string, q store.SearchQuery) ([]store.SearchHit, error) {
	// Every hit is scored whatever the page (bm25 is computed, not
	// indexed), but a page after a keyset sorts only the hits after it.
	// (The condition names bm25 again: in WHERE, "rank" would be FTS5's
	// hidden column of that name, with other weights.) The weights are
	// title 5, body 1, byline 2 (migration 30): a reporter's name in the
	// byline counts for more than a passing mention in a body, and a
	// story about that person (the name in its title) for more still.
	// snippet's -1 picks the column with the most matches: the byline,
	// when only the reporter's name matched.
	after := q.After
	if after == nil {
		after = &store.SearchPos{}
	}
	days, dayArgs, err := searchDays(q)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	args := append([]any{match, q.After == nil, after.Rank, after.ID}, dayArgs...)
	args = append(args, store.Limit(q.Limit, 20), max(q.Offset, 0))
	rows, err := db.read.QueryContext(ctx, `SELECT a.id, a.url, a.title, `+display.SiteSQL+`, a.published, a.published_offset, `+reportdate.SQL+`, `+reportdate.SourceSQL+`,
			snippet(article_fts, -1, char(2), char(3), '…', 20), bm25(article_fts, 5.0, 1.0, 2.0) AS rank
		FROM article_fts JOIN articles a ON a.id = article_fts.rowid
		WHERE article_fts MATCH ? AND a.duplicate_of IS NULL AND (? OR (bm25(article_fts, 5.0, 1.0, 2.0), a.id) > (?, ?))`+days+`
		ORDER BY rank, a.id LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var out []store.SearchHit
	for rows.Next() {
		var h store.SearchHit
		var published, reported sql.NullString
		var off sql.NullInt64
		if err := rows.Scan(&h.ArticleID, &h.URL, &h.Title, &h.Site, &published, &off, &reported, &h.ReportDateSource, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
		}
		// The report date is the one Since and Until matched (an
		// undated article's reference or ingest date), as
		// LatestArticles gives it.
		h.Published, h.ReportDate = display.Dates(parseTimePtr(published), parseTimePtr(reported), h.ReportDateSource, reportdate.Published, off)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	return out, nil
}

// searchDays is the condition a search's Since and Until put on the
// matches' report dates (reportDayWhere, as LatestArticles filters), as
// " AND ..." terms, with their arguments; ErrBadQuery for a bad date.
func searchDays(q store.SearchQuery) (string, []any, error) {
	from, to, err := store.QuoteDates(q.Since, q.Until)
	if err != nil {
		return "", nil, err
	}
	where, args := reportDayWhere(from, to)
	if len(where) == 0 {
		return "", nil, nil
	}
	return " AND " + strings.Join(where, " AND "), args, nil
}

// eventsQuery is the SQL of Events and its arguments (apart, for the plan
// tests), with the driver codec.Driver picks without counts.
func eventsQuery(q store.EventQuery) (string, []any, error) { return eventsSQL(q, false) }

// eventsSQL is the SQL of Events, or with counts of EventCounts: the same
// filters, grouped by date and quad class instead of ordered and limited.
func eventsSQL(q store.EventQuery, counts bool) (string, []any, error) {
	return drivenEventsSQL(q, counts, codec.RankDriver(q, nil))
}

// drivenEventsSQL is eventsSQL with the rank driver given: drive, one of
// q's filter keys, walks its rank index (event_country_ranks for a
// country, event_actor_ranks for an actor, source or target) in q's sort;
// "" drives by the first key of event_keys in date order and sorts what
// it finds (a sorted page read so is the reference the rank plans are
// tested against).
func drivenEventsSQL(q store.EventQuery, counts bool, drive string) (string, []any, error) {
	order, ok := keyset.EventOrder(q.Sort, "e", "id")
	if !ok {
		return "", nil, fmt.Errorf("%w: unknown sort %q", store.ErrBadQuery, q.Sort)
	}
	if q.QuadClass < 0 || q.QuadClass > 4 {
		return "", nil, fmt.Errorf("%w: quad class %d (want 1-4)", store.ErrBadQuery, q.QuadClass)
	}
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	// Actor, source, target and country filters go through event_keys.
	// One drives the query (rows in date order, so a newest-first page
	// stops after LIMIT rows; or a rank index in the sort's order); the
	// others are id sets.
	keys := codec.FilterKeys(q)
	from := "events e"
	var driveArgs []any
	dateCol := "e.date"
	driveCond := "k.key = ?"
	dateSort := q.Sort == "" || q.Sort == store.SortDate
	if drive != "" && slices.Contains(keys, drive) && !dateSort {
		// A sort other than date: walk the driver's index for that
		// sort (a country's, migration 0003; an actor's, source's or
		// target's, migration 0023) instead of sorting every event of
		// the driver. The other keys are id sets.
		if country, ok := strings.CutPrefix(drive, "c:"); ok {
			from = "event_country_ranks r JOIN events e ON e.id = r.event_id"
			driveCond = "r.country = ?"
			driveArgs = append(driveArgs, country)
		} else {
			from = "event_actor_ranks r JOIN events e ON e.id = r.event_id"
			driveCond = "r.key = ?"
			driveArgs = append(driveArgs, drive)
		}
		// Each other key is looked up for the events the walk reaches,
		// by the event's few keys (event_keys_event): as an id set
		// ("IN (SELECT ...)") SQLite read every event of that key
		// before the walk began, 2.9 ms for a country in a quarter of
		// 20,000 events, whatever the driver's size.
		for _, k := range keys {
			if k != drive {
				add("EXISTS (SELECT 1 FROM event_keys x INDEXED BY event_keys_event WHERE x.event_id = r.event_id AND x.key = ?)", k)
			}
		}
		order, _ = keyset.EventOrder(q.Sort, "r", "event_id")
		dateCol = "r.date"
	} else if len(keys) > 0 {
		// The unary + keeps the planner from reading event_keys by event
		// (event_keys_event, for SetEventDate) after finding events by
		// another filter's index: the key drives, by its primary key.
		// The driver is drive when it is one of the keys (the smallest,
		// see DB.rankDriver), else the first. Each other key is looked
		// up for the events the walk reaches, by the event's few keys
		// (event_keys_event), as on the rank paths: as an id set ("IN
		// (SELECT ...)") SQLite read every event of that key before the
		// walk began, 1.2 ms for a mid-sized source with a target in a
		// quarter of 20,000 events, 2.5 ms for an actor within a country
		// of more than a quarter, whatever the driver's size.
		driver := keys[0]
		if drive != "" && slices.Contains(keys, drive) {
			driver = drive
		}
		from = "event_keys k JOIN events e ON e.id = +k.event_id"
		driveArgs = append(driveArgs, driver)
		for _, k := range keys {
			if k != driver {
				add("EXISTS (SELECT 1 FROM event_keys x INDEXED BY event_keys_event WHERE x.event_id = k.event_id AND x.key = ?)", k)
			}
		}
		if dateSort {
			order, _ = keyset.EventOrder(q.Sort, "k", "event_id")
		}
		dateCol = "k.date"
	}
	// A page in another order than date, with no key to drive it, walks
	// the sort's index (migration 0014: the whole order, then quad class
	// and type) and stops when it is full; the unary + keeps the planner
	// from finding the matches by the filter's own index and sorting
	// them all (it did so for quad_class=4&sort=articles: 0.2-0.45 s at
	// 100,000 events). The index entry holds the filtered columns, so an
	// event that does not match costs no table read.
	mark := ""
	if !counts && from == "events e" && q.Sort != "" && q.Sort != store.SortDate && q.Article == 0 {
		mark = "+"
	}
	if q.Type != "" {
		add(mark+"e.type = ?", strings.ToUpper(q.Type))
	}
	if sector := strings.TrimSpace(q.Sector); sector != "" {
		// The actors table holds each actor's sector as the knowledge
		// base gave it when an article named it.
		add("(e.source_actor IN (SELECT id FROM actors WHERE sector = ?) OR e.target_actor IN (SELECT id FROM actors WHERE sector = ?))", sector, sector)
	}
	if q.QuadClass != 0 {
		add(mark+"e.quad_class = ?", q.QuadClass)
	}
	if where := strings.ToUpper(strings.TrimSpace(q.Where)); where != "" {
		// The second condition is the partial index
		// events_location_date's (migration 0032), stated so that
		// SQLite may use it: it cannot tell that ? is not ''.
		add("e.location_country = ?", where)
		add("e.location_country <> ''")
	}
	if q.Asserted {
		add(store.AssertedSQL)
	}
	if q.Since != "" {
		add(dateCol+" >= ?", q.Since)
	}
	if q.Until != "" {
		add(dateCol+" <= ?", q.Until)
	}
	// An event known only to the month or the year until ends inside
	// of is not inside the range (store.UntilCuts), though it is stored
	// at the period's first day: until=2025-01-31 listed an event of
	// "2025" among January's.
	month, year := store.UntilCuts(q.Until)
	// An event dated by a span of days within its month ("next week",
	// date_to) is inside when its span ends by until.
	if month != "" {
		add("NOT (e.precision = 'month' AND e.date IN (?, ?) AND NOT (e.date_to <> '' AND e.date_to <= ?))", month, month[:7], q.Until)
	}
	if year != "" {
		add("NOT (e.precision = 'year' AND e.date IN (?, ?) AND NOT (e.date_to <> '' AND e.date_to <= ?))", year, year[:4], q.Until)
	}
	if q.MinSources > 0 {
		add("e.num_sources >= ?", q.MinSources)
	}
	if q.MinSources > 1 {
		// The condition of the partial index events_corroborated, as
		// written there: SQLite uses a partial index only for a query
		// that states its condition, which "num_sources >= ?" does not.
		add("e.num_sources > 1")
	}
	if q.Article > 0 {
		// The article's few mentions drive the query (rowid lookups by
		// event_mentions_article), however many events there are.
		add("e.id IN (SELECT event_id FROM event_mentions WHERE article_id = ?)", q.Article)
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
		cond := keyset.EventAfter(order, *q.After, func(v any) string {
			if t, ok := v.(time.Time); ok {
				v = fmtTime(t) // first_seen is stored as text
			}
			args = append(args, v)
			return "?"
		})
		where = append(where, cond)
	}
	query := `SELECT ` + keyset.PrefixCols("e.", eventCols) + ` FROM ` + from
	if counts {
		query = groupedSelect + from
	}
	if len(driveArgs) > 0 {
		where = append([]string{driveCond}, where...)
		args = append(driveArgs, args...)
	}
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	if counts {
		// Grouped by the date a count is given under (a day, or the
		// month or year of an event known only to one).
		group := store.CoarseDateSQL + ", e.quad_class"
		if q.MinSources > 1 {
			// Grouped as they are, events_quad gives the groups in
			// order, and SQLite walked it through every event to find
			// the few corroborated ones (1-2 s at 100,000 events); as
			// expressions no index orders, the sources condition picks
			// the index.
			group = store.CoarseDateSQL + ", +e.quad_class"
		}
		return query + " GROUP BY " + group, args, nil
	}
	query += " ORDER BY " + keyset.OrderBy(order) + " LIMIT ? OFFSET ?"
	args = append(args, store.Limit(q.Limit, 50), max(q.Offset, 0))
	return query, args, nil
}

func (db *DB) Events(ctx context.Context, q store.EventQuery) ([]store.Event, error) {
	drive, err := db.rankDriver(ctx, q)
	if err != nil {
		return nil, err
	}
	query, args, err := drivenEventsSQL(q, false, drive)
	if err != nil {
		return nil, err
	}
	rows, err := db.read.QueryContext(ctx, query, args...)
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
	args := make([]any, len(urls))
	for i, u := range urls {
		args[i] = u
	}
	rows, err := db.read.QueryContext(ctx, `SELECT url, published, published_offset FROM articles
		WHERE url IN (?`+strings.Repeat(", ?", len(urls)-1)+`) AND published IS NOT NULL AND published_offset <> 0`, args...)
	if err != nil {
		return fmt.Errorf("store: events' earliest reports: %w", err)
	}
	defer rows.Close()
	reports := map[string]display.Report{}
	for rows.Next() {
		var url, published string
		var r display.Report
		if err := rows.Scan(&url, &published, &r.Offset); err != nil {
			return fmt.Errorf("store: events' earliest reports: %w", err)
		}
		r.Published = parseTime(published)
		reports[url] = r
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: events' earliest reports: %w", err)
	}
	display.EarliestAt(evs, reports)
	return nil
}

// rankDriver is the key filter of q that drives its page (see
// codec.RankDriver, and drivenEventsSQL for the date order): with two
// key filters or more, in any sort, the one of fewest events, each counted
// up to codec.DriverCap along its range of event_keys.
func (db *DB) rankDriver(ctx context.Context, q store.EventQuery) (string, error) {
	keys := codec.FilterKeys(q)
	if len(keys) < 2 {
		return codec.RankDriver(q, nil), nil
	}
	query, args := keySizesQuery(keys)
	sizes := make([]int, len(keys))
	dest := make([]any, len(keys))
	for i := range sizes {
		dest[i] = &sizes[i]
	}
	if err := db.read.QueryRowContext(ctx, query, args...).Scan(dest...); err != nil {
		return "", fmt.Errorf("store: events: %w", err)
	}
	if q.Sort == "" || q.Sort == store.SortDate {
		// Newest first: the smallest key's range of event_keys drives
		// (drivenEventsSQL).
		return codec.Driver(keys, sizes), nil
	}
	return codec.RankDriver(q, sizes), nil
}

// keySizesQuery counts the events of each of keys up to codec.DriverCap:
// a walk of at most that many entries of each key's range of event_keys'
// primary key.
func keySizesQuery(keys []string) (string, []any) {
	cols := make([]string, len(keys))
	args := make([]any, 0, 2*len(keys))
	for i, k := range keys {
		cols[i] = `(SELECT COUNT(*) FROM (SELECT 1 FROM event_keys WHERE key = ? LIMIT ?))`
		args = append(args, k, codec.DriverCap)
	}
	return `SELECT ` + strings.Join(cols, ", "), args
}

func (db *DB) EventCounts(ctx context.Context, q store.EventQuery) ([]store.DateCount, error) {
	query, args, err := eventCountsQuery(q)
	if err != nil {
		return nil, err
	}
	rows, err := db.read.QueryContext(ctx, query, args...)
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
		// year instead (codec.CoarseSplit), from the coarse events of
		// the first days the counts have.
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
// on one of days, by stored date, precision, quad class and span end. A key's
// events are found by its range of event_keys, the others by the dates
// (events_date), so it reads the events of those first days alone.
func coarseCountsQuery(bucket string, corroborated bool, quad int, days []string) (string, []any) {
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(days)), ", ")
	var args []any
	from, dateCol := "events e", "e.date"
	var where []string
	if key, ok := strings.CutPrefix(bucket, "k:"); ok {
		from, dateCol = "event_keys k JOIN events e ON e.id = k.event_id", "k.date"
		where, args = append(where, "k.key = ?"), append(args, key)
	}
	where = append(where, dateCol+" IN ("+marks+")")
	for _, d := range days {
		args = append(args, d)
	}
	where = append(where, "e.precision IN ('month', 'year')")
	if typ, ok := strings.CutPrefix(bucket, "type:"); ok {
		where, args = append(where, "e.type = ?"), append(args, typ)
	}
	if quad != 0 {
		where, args = append(where, "e.quad_class = ?"), append(args, quad)
	}
	if corroborated {
		where = append(where, "e.num_sources > 1")
	}
	return `SELECT ` + dateCol + `, e.precision, e.quad_class, e.date_to, COUNT(*), COUNT(*) FILTER (WHERE NOT ` + store.AssertedSQL + `) FROM ` + from +
		` WHERE ` + strings.Join(where, " AND ") + ` GROUP BY 1, 2, 3, 4`, args
}

func (db *DB) coarseCounts(ctx context.Context, query string, args []any) ([]codec.CoarseCount, error) {
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return codec.ScanCoarseCounts(rows)
}

// eventCountsQuery is EventCounts' query (its plan is checked by
// TestEventCountsPlan): from the kept counts when they answer q, else
// the events' own filters, grouped.
func eventCountsQuery(q store.EventQuery) (string, []any, error) {
	query, args, err := eventsSQL(q, true) // validates q in either case
	if err != nil {
		return "", nil, err
	}
	if cq, cargs, ok := countsQuery(q); ok {
		return cq, cargs, nil
	}
	return query, args, nil
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
	return codec.ScanTotal(db.read.QueryRowContext(ctx, query, args...), kept, limit)
}

// countEventsQuery is CountEvents' query: the sum of the kept counts of
// q's bucket when they answer q (kept), else a count of the matching
// events that stops after limit+1 of them.
func countEventsQuery(q store.EventQuery, limit int) (query string, args []any, kept bool, err error) {
	// The date order: its plan finds the matches by the first key
	// filter's range of event_keys, or a filter's index, in no order
	// a count would need.
	q.Sort, q.After, q.Before, q.Offset = "", nil, nil, 0
	grouped, args, err := eventsSQL(q, true) // validates q in either case
	if err != nil {
		return "", nil, false, err
	}
	if cq, cargs, ok := countsQuery(q); ok {
		return `SELECT COALESCE(SUM(n), 0) FROM (` + cq + `)`, cargs, true, nil
	}
	matches, err := matchesSQL(grouped)
	if err != nil {
		return "", nil, false, err
	}
	return `SELECT COUNT(*) FROM (` + matches + ` LIMIT ?)`, append(args, limit+1), false, nil
}

// matchesSQL turns eventsSQL's grouped counts query into one that
// selects a row per matching event, to be limited.
func matchesSQL(grouped string) (string, error) {
	rest, ok := strings.CutPrefix(grouped, groupedSelect)
	i := strings.LastIndex(rest, " GROUP BY ")
	if !ok || i < 0 {
		return "", fmt.Errorf("store: count events: unexpected counts query %q", grouped)
	}
	return `SELECT 1 FROM ` + rest[:i], nil
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
	days, dayArgs, err := searchDays(q)
	if err != nil {
		return store.Total{}, fmt.Errorf("store: count search %q: %w", q.Text, err)
	}
	count := func(match string) (int, error) {
		var n int
		args := append(append([]any{match}, dayArgs...), limit+1)
		err := db.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM article_fts JOIN articles a ON a.id = article_fts.rowid
			WHERE article_fts MATCH ? AND a.duplicate_of IS NULL`+days+` LIMIT ?)`, args...).Scan(&n)
		return n, err
	}
	// As Search: text that is not FTS5 syntax counts its plain words.
	n, err := count(explicitAnd(text))
	if err != nil && ctx.Err() == nil {
		n, err = count(plainQuery(text))
	}
	if err != nil {
		return store.Total{}, fmt.Errorf("store: count search %q: %w", q.Text, err)
	}
	return store.CappedTotal(n, limit), nil
}

// countsQuery is EventCounts' query when the counts kept in event_counts
// answer q (codec.CountBucket; migration 0015): it reads a row per date
// and quad class of the bucket instead of every matching event.
func countsQuery(q store.EventQuery) (string, []any, bool) {
	bucket, corroborated, ok := codec.CountBucket(q)
	if !ok {
		return "", nil, false
	}
	col := "events"
	if corroborated {
		col = "corroborated"
	}
	where := []string{"bucket = ?"}
	args := []any{bucket}
	if q.QuadClass != 0 {
		where, args = append(where, "quad_class = ?"), append(args, q.QuadClass)
	}
	if q.Since != "" {
		where, args = append(where, "date >= ?"), append(args, q.Since)
	}
	if q.Until != "" {
		where, args = append(where, "date <= ?"), append(args, q.Until)
	}
	// A group is two rows, of the events that took place and of those
	// that did not (not_asserted, migration 0034), added up here; a
	// group whose counts fell to zero is left out.
	return `SELECT date, quad_class, SUM(` + col + `) AS n, SUM(` + col + ` * not_asserted) FROM event_counts WHERE ` +
		strings.Join(where, " AND ") + ` GROUP BY date, quad_class HAVING SUM(` + col + `) > 0`, args, true
}

func (db *DB) Event(ctx context.Context, id int64) (*store.Event, []store.EventMention, error) {
	e, err := scanEvent(db.read.QueryRowContext(ctx, `SELECT `+eventCols+` FROM events WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("event %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: event %d: %w", id, err)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT m.event_id, m.article_id, m.article_event_id, a.url, `+display.SiteSQL+`, a.title,
			a.published, a.published_offset, `+reportdate.SQL+` AS reported, `+reportdate.SourceSQL+`,
			m.sentence, m.text, m.trig, m.rule, m.confidence, m.date, m.precision, m.date_from, m.date_to,
			m.location, m.location_actor, m.location_country, m.polarity, m.modality
		FROM event_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = ? ORDER BY reported, a.id, m.article_event_id`, id)
	if err != nil {
		return nil, nil, fmt.Errorf("store: event %d mentions: %w", id, err)
	}
	defer rows.Close()
	var ms []store.EventMention
	for rows.Next() {
		var m store.EventMention
		var published, reported sql.NullString
		var off sql.NullInt64
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.ArticleEventID, &m.URL, &m.Site, &m.Title, &published, &off,
			&reported, &m.ReportDateSource,
			&m.Sentence, &m.Text, &m.Trigger, &m.Rule, &m.Confidence, &m.Date, &m.Precision, &m.DateFrom, &m.DateTo,
			&m.Location, &m.LocationActor, &m.LocationCountry, &m.Polarity, &m.Modality); err != nil {
			return nil, nil, fmt.Errorf("store: event %d mentions: %w", id, err)
		}
		m.Published, m.ReportDate = display.Dates(parseTimePtr(published), parseTimePtr(reported), m.ReportDateSource, reportdate.Published, off)
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
		rows, err = db.read.QueryContext(ctx, `SELECT id, name, type, country, sector, articles, events FROM actors
			WHERE country = ? ORDER BY articles + events DESC, id LIMIT ? OFFSET ?`, country, limit, offset)
	} else if q.Actor == "" {
		rows, err = db.read.QueryContext(ctx, `SELECT id, name, type, country, sector, articles, events FROM actors
			ORDER BY articles + events DESC, id LIMIT ? OFFSET ?`, limit, offset)
	} else {
		// Counterparts: the other side of every event the actor takes
		// part in, matched by actor id or (for unresolved actors) name.
		// Counterparts without an id are grouped by name as written here,
		// and by their folded names in Go (store.Counterparts), which
		// pages them.
		rows, err = db.read.QueryContext(ctx, `WITH
			as_source(id) AS (SELECT event_id FROM event_keys WHERE key = 's:' || ?1),
			as_target(id) AS (SELECT event_id FROM event_keys WHERE key = 't:' || ?1),
			sides(cp, cpname, cpcountry) AS (
				SELECT target_actor, target_name, target_country FROM events WHERE id IN as_source
				UNION ALL
				SELECT source_actor, source_name, source_country FROM events WHERE id IN as_target
			)
			SELECT s.cp, COALESCE(a.name, MIN(s.cpname)), COALESCE(a.type, ''), COALESCE(a.country, MIN(s.cpcountry)),
				COALESCE(a.sector, ''), COALESCE(a.articles, 0), COUNT(*) AS n
			FROM sides s LEFT JOIN actors a ON a.id = s.cp AND s.cp <> ''
			WHERE s.cp <> '' OR s.cpname <> ''
			GROUP BY CASE WHEN s.cp <> '' THEN s.cp ELSE s.cpname END`, store.FoldName(q.Actor))
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

// actorQuery is Actor's query (its plan is checked by TestActorPlan): ?1
// the id, ?2 the name's store.FoldName key. The id first; a name only
// when no id matches, however it is cased or accented, the most
// mentioned actor of that name when several share it.
const actorQuery = `SELECT id, name, type, country, sector, articles, events FROM (
			SELECT 0 AS pref, * FROM actors WHERE id = ?1
			UNION ALL
			SELECT 1 AS pref, * FROM actors WHERE name_key = ?2)
		ORDER BY pref, articles + events DESC, id LIMIT 1`

func (db *DB) Actor(ctx context.Context, id string) (*store.ActorCount, error) {
	id = strings.TrimSpace(id)
	var a store.ActorCount
	err := db.read.QueryRowContext(ctx, actorQuery, id, store.FoldName(id)).Scan(&a.ID, &a.Name, &a.Type, &a.Country, &a.Sector, &a.Articles, &a.Events)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("actor %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: actor %q: %w", id, err)
	}
	return &a, nil
}

func (db *DB) ActorArticles(ctx context.Context, q store.ActorQuery) ([]store.SearchHit, error) {
	// After an article come the older ones and those of its date with a
	// lower id. Times are fixed-width text: text order is time order.
	// The filter and order name article_actors' copy of the report date
	// so that article_actors_actor_report_date yields the page in order (no
	// sort of all the actor's rows).
	query, args := actorArticlesQuery(q)
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: articles of actor %q: %w", q.Actor, err)
	}
	defer rows.Close()
	out := []store.SearchHit{}
	for rows.Next() {
		var h store.SearchHit
		var published, reported sql.NullString
		var off sql.NullInt64
		if err := rows.Scan(&h.ArticleID, &h.URL, &h.Title, &h.Site, &published, &off, &reported, &h.ReportDateSource); err != nil {
			return nil, fmt.Errorf("store: articles of actor %q: %w", q.Actor, err)
		}
		h.Published, h.ReportDate = display.Dates(parseTimePtr(published), parseTimePtr(reported), h.ReportDateSource, reportdate.Published, off)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: articles of actor %q: %w", q.Actor, err)
	}
	return out, nil
}

// actorArticlesQuery is ActorArticles' query and its arguments (its plan
// is checked by TestActorArticlesPlan), in the order of
// article_actors_actor_report_date. Every row has a report date (schema
// 21); a position without one (an older release's cursor for an undated
// article, listed last then) resumes after them all: the NULL-date rows
// this selects are none.
func actorArticlesQuery(q store.ActorQuery) (string, []any) {
	after, args := "", []any{strings.TrimSpace(q.Actor)}
	switch {
	case q.After != nil && q.After.Date != nil:
		p := fmtTime(*q.After.Date)
		after = ` AND (aa.report_date < ? OR (aa.report_date = ? AND aa.article_id < ?))`
		args = append(args, p, p, q.After.ID)
	case q.After != nil:
		after = ` AND aa.report_date IS NULL AND aa.article_id < ?`
		args = append(args, q.After.ID)
	}
	args = append(args, store.Limit(q.Limit, 20), max(q.Offset, 0))
	return `SELECT a.id, a.url, a.title, ` + display.SiteSQL + `, a.published, a.published_offset, aa.report_date, ` + reportdate.SourceSQL + `
		FROM article_actors aa JOIN articles a ON a.id = aa.article_id
		WHERE aa.actor_id = ? AND a.duplicate_of IS NULL` + after + `
		ORDER BY aa.report_date DESC, aa.article_id DESC LIMIT ? OFFSET ?`, args
}

func (db *DB) Failures(ctx context.Context, limit int) ([]store.Failure, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT source, stage, error, at, attempts FROM failures
		ORDER BY at DESC, source LIMIT ?`, store.Limit(limit, 50))
	if err != nil {
		return nil, fmt.Errorf("store: failures: %w", err)
	}
	defer rows.Close()
	var out []store.Failure
	for rows.Next() {
		var f store.Failure
		var at string
		if err := rows.Scan(&f.Source, &f.Stage, &f.Error, &at, &f.Attempts); err != nil {
			return nil, fmt.Errorf("store: failures: %w", err)
		}
		f.At = parseTime(at)
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: failures: %w", err)
	}
	return out, nil
}

func (db *DB) Feed(ctx context.Context, u string) (*store.Feed, error) {
	var f store.Feed
	var polled string
	err := db.read.QueryRowContext(ctx, `SELECT url, title, etag, last_modified, last_polled, last_error FROM feeds WHERE url = ?`, u).
		Scan(&f.URL, &f.Title, &f.ETag, &f.LastModified, &polled, &f.LastError)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("feed %s: %w", u, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: feed %s: %w", u, err)
	}
	f.LastPolled = parseTime(polled)
	return &f, nil
}

func (db *DB) FeedLinks(ctx context.Context, feed string) ([]store.FeedLink, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT feed, link, entry, attempts, next_try, last_error, seq FROM feed_links WHERE feed = ? ORDER BY seq, link`, feed)
	if err != nil {
		return nil, fmt.Errorf("store: feed links of %s: %w", feed, err)
	}
	defer rows.Close()
	var out []store.FeedLink
	for rows.Next() {
		var l store.FeedLink
		var next string
		if err := rows.Scan(&l.Feed, &l.Link, &l.Entry, &l.Attempts, &next, &l.LastError, &l.Seq); err != nil {
			return nil, fmt.Errorf("store: feed links of %s: %w", feed, err)
		}
		l.NextTry = parseTime(next)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feed links of %s: %w", feed, err)
	}
	return out, nil
}

func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.read.QueryRowContext(ctx, `SELECT
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

// Health is Stats: SQLite counts in the process, from the smallest index
// of each table, without a round trip per page.
func (db *DB) Health(ctx context.Context) (store.Stats, error) { return db.Stats(ctx) }

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
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: quotes: %w", err)
	}
	defer rows.Close()
	out := []store.Quote{}
	for rows.Next() {
		var r store.Quote
		var published, reported sql.NullString
		var off sql.NullInt64
		var ids string
		if err := rows.Scan(&r.ArticleID, &r.Seq, &r.Text, &r.Kind, &r.Sentence, &r.Speaker, &r.SpeakerID, &ids,
			&r.Conduit, &r.ConduitKind, &r.Audience, &r.URL, &r.Title, &r.Site, &published, &off, &reported, &r.ReportDateSource); err != nil {
			return nil, fmt.Errorf("store: quotes: %w", err)
		}
		r.Published, r.ReportDate = display.Dates(parseTimePtr(published), parseTimePtr(reported), r.ReportDateSource, reportdate.Published, off)
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
// speaker's quotes. Syndicated copies have no quote rows (InsertArticle
// stores none), so no duplicate_of filter is needed.
func quotesQuery(q store.QuoteQuery) (string, []any, error) { return quotesQueryBy(q, false) }

// quotesQueryBy is quotesQuery, or with joint the query of the quotes
// q.Speaker spoke as one actor of a joint speaker: read from its rows of
// quote_speakers (CROSS JOIN keeps them first: a speaker has few) and
// sorted, in the same order and after the same position.
func quotesQueryBy(q store.QuoteQuery, joint bool) (string, []any, error) {
	from, to, err := store.QuoteDates(q.Since, q.Until)
	if err != nil {
		return "", nil, err
	}
	var where []string
	var args []any
	tables := `quotes q JOIN articles a ON a.id = q.article_id`
	if sp := strings.TrimSpace(q.Speaker); sp != "" && joint {
		tables = `quote_speakers s CROSS JOIN quotes q ON q.article_id = s.article_id AND q.seq = s.seq JOIN articles a ON a.id = q.article_id`
		where = append(where, `s.actor_id = ?`)
		args = append(args, sp)
	} else if sp != "" {
		// The speaker index is partial (WHERE speaker_actor_id <> ''):
		// SQLite uses it only when the query repeats that term.
		where = append(where, `q.speaker_actor_id = ? AND q.speaker_actor_id <> ''`)
		args = append(args, sp)
	}
	if words := store.FoldName(q.SpeakerWords); words != "" {
		// quotes_speaker_key_report_date is partial too (WHERE
		// speaker_key <> ''), and covers every quote with words,
		// whoever it is filed under. With a speaker id as well, the
		// unary + leaves that index to the id.
		if strings.TrimSpace(q.Speaker) != "" {
			where = append(where, `+q.speaker_key = ?`)
		} else {
			where = append(where, `q.speaker_key = ? AND q.speaker_key <> ''`)
		}
		args = append(args, words)
	}
	if q.Article != 0 {
		where = append(where, `q.article_id = ?`)
		args = append(args, q.Article)
	}
	// The days are the ones the listing shows (display.Dates): a
	// quote's report date at its publisher's offset. The index narrows
	// by the UTC instant, widened by the largest offset, and the day at
	// the offset decides (date() reads the stored text and adds seconds).
	wideFrom, wideTo := display.Widen(from, to)
	if from != nil {
		where = append(where, `q.report_date >= ? AND date(q.report_date, `+display.OffsetSQL+` || ' seconds') >= ?`)
		args = append(args, fmtTime(*wideFrom), from.Format(time.DateOnly))
	}
	if to != nil {
		where = append(where, `q.report_date < ? AND date(q.report_date, `+display.OffsetSQL+` || ' seconds') < ?`)
		args = append(args, fmtTime(*wideTo), to.Format(time.DateOnly))
	}
	for _, w := range store.QuoteGlobs(q.Text) {
		where = append(where, `q.text GLOB ?`)
		args = append(args, w)
	}
	// After a quote come the later quotes of its article, the articles
	// of its date with a lower id and the older ones. Every quote has a
	// report date (schema 21); a position without one (an older release's
	// cursor for an undated article, listed last then) resumes after
	// them all: the NULL-date rows it selects are none.
	if p := q.After; p != nil {
		next := `(q.article_id < ? OR (q.article_id = ? AND q.seq > ?))`
		if p.Date != nil {
			// The unary + keeps SQLite from reading this OR as three
			// index searches whose rows it would then sort (it did so
			// with a date range): the page walks the index in order
			// and this term filters its entries.
			t := fmtTime(*p.Date)
			where = append(where, `(+q.report_date < ? OR (+q.report_date = ? AND `+next+`))`)
			args = append(args, t, t, p.ArticleID, p.ArticleID, p.Seq)
		} else {
			where = append(where, `q.report_date IS NULL AND `+next)
			args = append(args, p.ArticleID, p.ArticleID, p.Seq)
		}
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, " AND ")
	}
	args = append(args, store.Limit(q.Limit, 50))
	return `SELECT q.article_id, q.seq, q.text, q.kind, q.sentence, q.speaker, q.speaker_actor_id, q.speaker_actor_ids,
			q.conduit, q.conduit_kind, q.audience, a.url, a.title, ` + display.SiteSQL + `, a.published, a.published_offset, q.report_date, ` + reportdate.SourceSQL + `
		FROM ` + tables + `
		` + cond + `
		ORDER BY q.report_date DESC, q.article_id DESC, q.seq LIMIT ?`, args, nil
}

func (db *DB) Speakers(ctx context.Context, name string, aliases []string) ([]store.SpeakerMatch, error) {
	query, args := speakersQuery(name, aliases)
	rows, err := db.read.QueryContext(ctx, query, args...)
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
// it. The wording way reads quotes_speaker_key only (the folded words and
// the actor id); the partial indexes need their conditions repeated.
func speakersQuery(name string, aliases []string) (string, []any) {
	name = strings.TrimSpace(name)
	args := []any{name, store.FoldName(name)}
	alias := "SELECT 2, id FROM actors WHERE 0"
	if len(aliases) > 0 {
		alias = "SELECT 2, id FROM actors WHERE id IN (" + strings.TrimSuffix(strings.Repeat("?,", len(aliases)), ",") + ")"
		for _, a := range aliases {
			args = append(args, a)
		}
	}
	// ?1 is the name and ?2 its folded key (the name, wording and family
	// ways match however it is cased or accented): the numbered parameters are
	// reused by the other ways while the alias ids take the plain ? after
	// them.
	return `WITH m(way, id) AS (
			SELECT 0, id FROM actors WHERE id = ?1
			UNION ALL
			SELECT 1, id FROM actors WHERE name_key = ?2
			UNION ALL
			` + alias + `
			UNION ALL
			SELECT DISTINCT 3, speaker_actor_id FROM quotes
				WHERE speaker_key = ?2 AND speaker_actor_id <> ''
			UNION ALL
			SELECT 4, id FROM actors WHERE family_key = ?2 AND family_key <> '')
		SELECT MIN(m.way), a.id, a.name, a.type, a.country, a.articles, a.events
		FROM m JOIN actors a ON a.id = m.id
		GROUP BY a.id
		ORDER BY 1, a.articles + a.events DESC, a.id`, args
}

func (db *DB) Articles(ctx context.Context, after int64, limit int) ([]store.Article, error) {
	return readArticles(ctx, db.read, "articles", "", after, limit)
}
