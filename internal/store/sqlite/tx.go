package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
	"github.com/newsgraph/newsgraph/internal/store/display"
	"github.com/newsgraph/newsgraph/internal/store/jointspeakers"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
)

// tx implements store.Tx over one SQLite transaction, preparing each
// statement once per transaction (a batch reuses them).
type tx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	// unranked are the events inserted by this transaction, whose rank
	// rows (event_country_ranks, event_actor_ranks) are written once,
	// from their final counters, date and keys, by writeRanks before
	// commit: merge inserts an event and then adds its mentions one by
	// one, and rows written at insert were rewritten by each mention
	// (every rank index but the event's own, twice per mention).
	unranked []int64
	isNew    map[int64]bool
}

// deferRanks reports whether event id's rank rows are left to writeRanks
// (an event this transaction inserted).
func (t *tx) deferRanks(id int64) bool { return t.isNew[id] }

// writeRanks writes the rank rows of the events this transaction
// inserted, from their rows and keys as they are now: one row per
// country ("c:" key) and one per actor, source and target key
// (codec.ActorRanks), as InsertEvent, SetEventParty, AddMention and
// SetEventDate would have left them step by step.
func (t *tx) writeRanks(ctx context.Context) error {
	for _, id := range t.unranked {
		if _, err := t.exec(ctx, `INSERT INTO event_actor_ranks(key, event_id, date, num_sources, num_articles, first_seen, goldstein)
			SELECT k.key, e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
			FROM events e JOIN event_keys k ON k.event_id = e.id
			WHERE e.id = ?1 AND (k.key > 'a:' AND k.key < 'a;' OR k.key > 's:' AND k.key < 's;' OR k.key > 't:' AND k.key < 't;')
			ON CONFLICT DO NOTHING`, id); err != nil {
			return fmt.Errorf("store: index event %d: %w", id, err)
		}
		if _, err := t.exec(ctx, `INSERT INTO event_country_ranks(country, event_id, date, num_sources, num_articles, first_seen, goldstein)
			SELECT substr(k.key, 3), e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
			FROM events e JOIN event_keys k ON k.event_id = e.id
			WHERE e.id = ?1 AND k.key > 'c:' AND k.key < 'c;'
			ON CONFLICT DO NOTHING`, id); err != nil {
			return fmt.Errorf("store: index event %d: %w", id, err)
		}
	}
	t.unranked, t.isNew = nil, nil
	return nil
}

func (t *tx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if s, ok := t.stmts[q]; ok {
		return s, nil
	}
	s, err := t.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	t.stmts[q] = s
	return s, nil
}

func (t *tx) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// queryRow runs a prepared single-row query; a preparation error comes
// back from Scan.
type rowScanner interface{ Scan(dest ...any) error }

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

func (t *tx) stmtQueryRow(ctx context.Context, q string, args ...any) rowScanner {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return errRow{err}
	}
	return s.QueryRowContext(ctx, args...)
}

func (t *tx) closeStmts() {
	for _, s := range t.stmts {
		s.Close()
	}
}

func (t *tx) FindArticle(ctx context.Context, url, contentHash string) (int64, error) {
	s, err := t.stmt(ctx, `SELECT id FROM articles WHERE url = ?1 AND ?1 <> ''
		UNION ALL SELECT id FROM articles WHERE content_hash = ?2 AND ?2 <> '' LIMIT 1`)
	if err != nil {
		return 0, fmt.Errorf("store: find article: %w", err)
	}
	var id int64
	switch err := s.QueryRowContext(ctx, url, contentHash).Scan(&id); {
	case errors.Is(err, sql.ErrNoRows):
		return 0, nil
	case err != nil:
		return 0, fmt.Errorf("store: find article: %w", err)
	}
	return id, nil
}

func (t *tx) InsertArticle(ctx context.Context, a *store.Article) (int64, error) {
	if a.URL == "" || a.ContentHash == "" {
		return 0, fmt.Errorf("store: insert article %q: url and content hash are required", a.Source)
	}
	data := a.Data
	if data == nil {
		data = &model.Article{}
	}
	blob, err := encodeArticle(data, a.Text)
	if err != nil {
		return 0, fmt.Errorf("store: insert article %s: encode: %w", a.URL, err)
	}
	ingested := a.IngestedAt
	if ingested.IsZero() {
		ingested = time.Now()
	}
	var dup any
	if a.DuplicateOf != 0 {
		dup = a.DuplicateOf
	}
	var sig any
	if len(a.Signature) > 0 {
		sig = a.Signature
	}
	res, err := t.exec(ctx, `INSERT INTO articles(url, canonical_url, source, site, content_hash, signature,
		title, byline, language, published, reference_date, ingested_at, duplicate_of, data, site_name, published_offset)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		a.URL, a.CanonicalURL, a.Source, a.Site, a.ContentHash, sig, a.Title, a.Byline, a.Language, fmtTimePtr(a.Published),
		fmtTimePtr(data.ReferenceDate), fmtTime(ingested), dup, blob, display.SiteName(data), display.Offset(a.Published))
	if err != nil {
		return 0, fmt.Errorf("store: insert article %s: %w", a.URL, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: insert article %s: %w", a.URL, err)
	}
	a.ID = id
	if _, err := t.exec(ctx, `INSERT INTO article_text(id, title, body) VALUES (?,?,?)`, id, a.Title, a.Text); err != nil {
		return 0, fmt.Errorf("store: insert article text %s: %w", a.URL, err)
	}
	// Syndicated copies are not indexed for search: a search lists each
	// story once, under its canonical article.
	if a.DuplicateOf == 0 {
		if _, err := t.exec(ctx, `INSERT INTO article_fts(rowid, title, body, byline) VALUES (?,?,?,?)`, id, a.Title, a.Text, a.Byline); err != nil {
			return 0, fmt.Errorf("store: index article %s: %w", a.URL, err)
		}
	}
	if a.DuplicateOf == 0 {
		for _, band := range a.Bands {
			if _, err := t.exec(ctx, `INSERT INTO article_bands(band, article_id) VALUES (?,?) ON CONFLICT DO NOTHING`,
				int64(band), id); err != nil {
				return 0, fmt.Errorf("store: index signature of %s: %w", a.URL, err)
			}
		}
	}
	// A syndicated copy's actors, mentions and quotes are its canonical
	// article's: indexing them again would count the story twice.
	if a.DuplicateOf == 0 {
		if err := t.insertAnalysis(ctx, id, fmtTime(reportdate.Of(a.Published, data.ReferenceDate, ingested)), data); err != nil {
			return 0, fmt.Errorf("store: insert article %s: %w", a.URL, err)
		}
	}
	return id, nil
}

// insertAnalysis stores the actors, entity mentions and quotes of an
// article; reported is its report date (reportdate.SQL, as stored text),
// copied to article_actors and quotes for the indexes that page an actor's
// articles and the quotes.
func (t *tx) insertAnalysis(ctx context.Context, id int64, reported string, a *model.Article) error {
	// An actor listed twice in one article is one article of that actor,
	// with the mentions of both entries (as in the PostgreSQL store).
	var actors []model.ActorRef
	at := map[string]int{}
	for _, ar := range a.Actors {
		if ar.ID == "" {
			continue
		}
		if i, ok := at[ar.ID]; ok {
			actors[i].Mentions += ar.Mentions
			continue
		}
		at[ar.ID] = len(actors)
		actors = append(actors, ar)
	}
	// The first article to list an actor names it: a row only an event
	// made (no article yet, see InsertEvent) has the event's words for a
	// name ("Democrats") and no type or sector, and takes the article's.
	for _, ar := range actors {
		if _, err := t.exec(ctx, `INSERT INTO actors(id, name, type, country, sector, qid, articles) VALUES (?,?,?,?,?,?,1)
			ON CONFLICT(id) DO UPDATE SET articles = articles + 1,
				name = CASE WHEN articles = 0 THEN excluded.name ELSE name END,
				-- NULL has Write key the name (and family name) anew.
				name_key = CASE WHEN articles = 0 OR country = '' AND excluded.country <> '' THEN NULL ELSE name_key END,
				type = CASE WHEN articles = 0 THEN excluded.type ELSE type END,
				sector = CASE WHEN articles = 0 THEN excluded.sector ELSE sector END,
				qid = CASE WHEN qid = '' THEN excluded.qid ELSE qid END,
				country = CASE WHEN country = '' THEN excluded.country ELSE country END`,
			ar.ID, ar.Name, ar.Type, ar.Country, ar.Sector, ar.QID); err != nil {
			return fmt.Errorf("actor %s: %w", ar.ID, err)
		}
		if _, err := t.exec(ctx, `INSERT INTO article_actors(article_id, actor_id, mentions, report_date) VALUES (?,?,?,?)`, id, ar.ID, ar.Mentions, reported); err != nil {
			return fmt.Errorf("article actor %s: %w", ar.ID, err)
		}
	}
	for i, e := range a.Entities {
		if _, err := t.exec(ctx, `INSERT INTO mentions(article_id, seq, text, type, sentence, start, end, actor_id, country)
			VALUES (?,?,?,?,?,?,?,?,?)`, id, i, e.Text, e.Type, e.Sentence, e.Start, e.End, e.ActorID, e.Country); err != nil {
			return fmt.Errorf("mention %d: %w", i, err)
		}
	}
	for i, q := range a.Quotes {
		var speaker, speakerID string
		if q.Speaker != nil {
			speaker, speakerID = q.Speaker.Text, q.Speaker.ActorID
		}
		joint := jointspeakers.IDs(q.Speaker)
		if _, err := t.exec(ctx, `INSERT INTO quotes(article_id, seq, text, kind, sentence, start, end, speaker, speaker_actor_id, conduit, conduit_kind, audience, report_date, speaker_key, speaker_actor_ids)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, id, i, q.Text, q.Kind, q.Sentence, q.Start, q.End, speaker, speakerID,
			store.SpeakerText(q.Conduit), store.ConduitKind(q), store.SpeakerText(q.Audience), reported, store.FoldName(speaker), strings.Join(joint, " ")); err != nil {
			return fmt.Errorf("quote %d: %w", i, err)
		}
		for _, actor := range joint {
			if _, err := t.exec(ctx, `INSERT INTO quote_speakers(actor_id, article_id, seq) VALUES (?,?,?)`, actor, id, i); err != nil {
				return fmt.Errorf("quote %d speaker %s: %w", i, actor, err)
			}
		}
	}
	return nil
}

func (t *tx) NearDuplicateCandidates(ctx context.Context, bands []uint64, limit int) ([]store.ArticleSig, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	args := make([]any, 0, len(bands)+1)
	marks := make([]string, len(bands))
	for i, b := range bands {
		args = append(args, int64(b))
		marks[i] = "?"
	}
	args = append(args, limit)
	rows, err := t.tx.QueryContext(ctx, `SELECT a.id, a.signature, a.site, a.url, `+reportdate.SQL+` FROM
			(SELECT article_id, COUNT(*) AS shared FROM article_bands WHERE band IN (`+strings.Join(marks, ",")+`)
			 GROUP BY article_id) b
		JOIN articles a ON a.id = b.article_id
		WHERE a.duplicate_of IS NULL
		ORDER BY b.shared DESC, a.id LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: near duplicates: %w", err)
	}
	defer rows.Close()
	var out []store.ArticleSig
	for rows.Next() {
		var a store.ArticleSig
		var at sql.NullString
		if err := rows.Scan(&a.ID, &a.Signature, &a.Site, &a.URL, &at); err != nil {
			return nil, fmt.Errorf("store: near duplicates: %w", err)
		}
		if p := parseTimePtr(at); p != nil {
			a.ReportDate = *p
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: near duplicates: %w", err)
	}
	return out, nil
}

func (t *tx) CanonicalArticle(ctx context.Context, id int64) (store.ArticleSig, bool, error) {
	a, ok, err := readSig(ctx, t.tx, `a.id = ? AND a.duplicate_of IS NULL`, id)
	if err != nil {
		return a, false, fmt.Errorf("store: canonical article %d: %w", id, err)
	}
	return a, ok, nil
}

// readSig reads the one article meeting the SQL condition cond (over
// articles a, with one argument) as an ArticleSig: Tx.CanonicalArticle
// and Store.ArticleByHash.
func readSig(ctx context.Context, q interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}, cond string, arg any) (store.ArticleSig, bool, error) {
	var a store.ArticleSig
	var at sql.NullString
	var dup sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT a.id, a.signature, a.site, a.url, `+reportdate.SQL+`, a.duplicate_of
		FROM articles a WHERE `+cond+` LIMIT 1`, arg).Scan(&a.ID, &a.Signature, &a.Site, &a.URL, &at, &dup)
	if errors.Is(err, sql.ErrNoRows) {
		return store.ArticleSig{}, false, nil
	}
	if err != nil {
		return store.ArticleSig{}, false, err
	}
	if p := parseTimePtr(at); p != nil {
		a.ReportDate = *p
	}
	a.DuplicateOf = dup.Int64
	return a, true, nil
}

func (t *tx) MakeCopy(ctx context.Context, id, of int64) error {
	if id == of {
		return fmt.Errorf("store: article %d cannot be a copy of itself", id)
	}
	title, body, byline, dup, err := t.indexedText(ctx, id)
	if err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	var ofDup sql.NullInt64
	if err := t.tx.QueryRowContext(ctx, `SELECT duplicate_of FROM articles WHERE id = ?`, of).Scan(&ofDup); errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: article %d: %w", of, store.ErrNotFound)
	} else if err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	if ofDup.Valid {
		return fmt.Errorf("store: make article %d a copy of %d: %d is itself a copy", id, of, of)
	}
	if dup.Valid {
		_, err := t.exec(ctx, `UPDATE articles SET duplicate_of = ? WHERE id = ?`, of, id)
		return err
	}
	// The search index reads its text from article_search, which lists
	// canonical articles only: the entry goes while the article is one.
	if _, err := t.exec(ctx, `INSERT INTO article_fts(article_fts, rowid, title, body, byline) VALUES ('delete', ?, ?, ?, ?)`,
		id, title, body, byline); err != nil {
		return fmt.Errorf("store: make article %d a copy: search: %w", id, err)
	}
	old, err := t.articleActorIDs(ctx, id)
	if err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	events, err := t.articleEventIDs(ctx, id)
	if err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	for _, q := range []string{
		`UPDATE actors SET articles = articles - 1 WHERE id IN (SELECT actor_id FROM article_actors WHERE article_id = ?1)`,
		`DELETE FROM article_actors WHERE article_id = ?1`,
		`DELETE FROM mentions WHERE article_id = ?1`,
		`DELETE FROM quote_speakers WHERE article_id = ?1`,
		`DELETE FROM quotes WHERE article_id = ?1`,
		`DELETE FROM article_bands WHERE article_id = ?1`,
		`UPDATE articles SET duplicate_of = ?2 WHERE id = ?1 OR duplicate_of = ?1`,
		`DELETE FROM event_mentions WHERE article_id = ?1 AND EXISTS (SELECT 1 FROM event_mentions o
			WHERE o.event_id = event_mentions.event_id AND o.article_id = ?2 AND o.article_event_id = event_mentions.article_event_id)`,
		`UPDATE event_mentions SET article_id = ?2 WHERE article_id = ?1`,
	} {
		if _, err := t.exec(ctx, q, id, of); err != nil {
			return fmt.Errorf("store: make article %d a copy: %w", id, err)
		}
	}
	for _, e := range events {
		if err := t.recountEvent(ctx, e); err != nil {
			return fmt.Errorf("store: make article %d a copy: %w", id, err)
		}
	}
	for _, a := range old {
		if _, err := t.exec(ctx, `DELETE FROM actors WHERE id = ? AND articles <= 0 AND events = 0`, a); err != nil {
			return fmt.Errorf("store: make article %d a copy: actor %s: %w", id, a, err)
		}
	}
	return nil
}

func (t *tx) RenameArticle(ctx context.Context, id int64, a *store.Article) error {
	res, err := t.exec(ctx, `UPDATE articles SET url = ?, canonical_url = ?, source = ?, site = ?, published = ?, published_offset = ?
		WHERE id = ?`, a.URL, a.CanonicalURL, a.Source, a.Site, fmtTimePtr(a.Published), display.Offset(a.Published), id)
	if err != nil {
		return fmt.Errorf("store: rename article %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("store: rename article %d: %w", id, err)
	} else if n == 0 {
		return fmt.Errorf("store: article %d: %w", id, store.ErrNotFound)
	}
	if err := t.ReplaceAnalysis(ctx, id, a.Data, nil); err != nil {
		return err
	}
	events, err := t.articleEventIDs(ctx, id)
	if err != nil {
		return fmt.Errorf("store: rename article %d: %w", id, err)
	}
	for _, e := range events {
		if err := t.recountEvent(ctx, e); err != nil {
			return fmt.Errorf("store: rename article %d: %w", id, err)
		}
	}
	return nil
}

// recountEvent counts the mentions, articles, sources and earliest report
// of event id (a text id, as strings reads it) anew from its mentions, as
// AddMention grows them one at a time.
func (t *tx) recountEvent(ctx context.Context, id string) error {
	for _, q := range []string{
		`DELETE FROM event_sources WHERE event_id = ?1`,
		`INSERT OR IGNORE INTO event_sources(event_id, source)
			SELECT m.event_id, CASE WHEN a.site <> '' THEN a.site ELSE a.url END
			FROM event_mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.event_id = ?1 AND a.duplicate_of IS NULL`,
		`UPDATE events SET num_mentions = (SELECT COUNT(*) FROM event_mentions WHERE event_id = ?1),
			num_articles = (SELECT COUNT(DISTINCT article_id) FROM event_mentions WHERE event_id = ?1),
			num_sources = (SELECT COUNT(*) FROM event_sources WHERE event_id = ?1),
			(earliest_url, earliest_at) = (SELECT a.url, ` + reportdate.SQL + ` FROM event_mentions m JOIN articles a ON a.id = m.article_id
				WHERE m.event_id = ?1 ORDER BY 2, a.id LIMIT 1)
			WHERE id = ?1`,
	} {
		if _, err := t.exec(ctx, q, id); err != nil {
			return fmt.Errorf("recount event %s: %w", id, err)
		}
	}
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return fmt.Errorf("recount event %s: %w", id, err)
	}
	if t.deferRanks(n) {
		return nil
	}
	for _, ranks := range []string{"event_country_ranks", "event_actor_ranks"} {
		if _, err := t.exec(ctx, `UPDATE `+ranks+` SET (num_sources, num_articles) = (
			SELECT num_sources, num_articles FROM events WHERE id = ?1) WHERE event_id = ?1`, n); err != nil {
			return fmt.Errorf("recount event %s: %w", id, err)
		}
	}
	return nil
}

const eventCols = `id, merge_key, type, mode, source_actor, source_name, source_country, target_actor, target_name,
	target_country, location, date, precision, cameo, goldstein, quad_class, num_mentions, num_articles, num_sources,
	first_seen, earliest_url, earliest_at, date_from, date_to, location_actor, location_country, polarity, modality`

func scanEvent(sc interface{ Scan(...any) error }) (store.Event, error) {
	var e store.Event
	var first string
	var earliest sql.NullString
	err := sc.Scan(&e.ID, &e.Key, &e.Type, &e.Mode, &e.SourceActor, &e.SourceName, &e.SourceCountry,
		&e.TargetActor, &e.TargetName, &e.TargetCountry, &e.Location, &e.Date, &e.Precision, &e.CAMEO,
		&e.Goldstein, &e.QuadClass, &e.NumMentions, &e.NumArticles, &e.NumSources, &first, &e.EarliestURL, &earliest,
		&e.DateFrom, &e.DateTo, &e.LocationActor, &e.LocationCountry, &e.Polarity, &e.Modality)
	e.FirstSeen = parseTime(first)
	e.EarliestAt = parseTimePtr(earliest)
	return e, err
}

// scanEvents reads every row of an events query; the caller closes rows.
func scanEvents(rows *sql.Rows) ([]store.Event, error) {
	out := []store.Event{}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func (t *tx) CandidateEvents(ctx context.Context, key, from, to string) ([]store.Event, error) {
	s, err := t.stmt(ctx, `SELECT `+eventCols+` FROM events WHERE merge_key = ? AND date >= ? AND date <= ? ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	rows, err := s.QueryContext(ctx, key, from, to)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	defer rows.Close()
	out, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	return out, nil
}

func (t *tx) CandidateEventsByCountry(ctx context.Context, types, countries []string, from, to string) ([]store.Event, error) {
	if len(types) == 0 || len(countries) == 0 {
		return nil, nil
	}
	q, args := candidatesByCountryQuery(types, countries, from, to)
	s, err := t.stmt(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	rows, err := s.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	defer rows.Close()
	out, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	return out, nil
}

// candidatesByCountryQuery is CandidateEventsByCountry's query. event_keys
// holds a "c:" key per country of an event, in date order within the key:
// the window of each country is one range of its primary key, read without
// touching events, and only the events found under every country are read
// (by id: "+type" keeps the planner from walking every event of the type
// instead).
func candidatesByCountryQuery(types, countries []string, from, to string) (string, []any) {
	keys := distinctCountryKeys(countries)
	args := make([]any, 0, len(keys)+len(types)+3)
	for _, k := range keys {
		args = append(args, k)
	}
	args = append(args, from, to, len(keys))
	for _, ty := range types {
		args = append(args, ty)
	}
	return `SELECT ` + eventCols + ` FROM events WHERE id IN (SELECT event_id FROM event_keys WHERE key IN (` +
		placeholders(len(keys)) + `) AND date >= ? AND date <= ? GROUP BY event_id HAVING count(*) = ?) AND +type IN (` +
		placeholders(len(types)) + `) ORDER BY id`, args
}

// distinctCountryKeys are the event_keys keys of countries, each once.
func distinctCountryKeys(countries []string) []string {
	var keys []string
	for _, c := range countries {
		if k := "c:" + keyLower(c); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// placeholders is "?,?,...,?" with n marks.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func (t *tx) InsertEvent(ctx context.Context, e *store.Event) (int64, error) {
	first := e.FirstSeen
	if first.IsZero() {
		first = time.Now()
	}
	res, err := t.exec(ctx, `INSERT INTO events(merge_key, type, mode, source_actor, source_name, source_country,
		target_actor, target_name, target_country, location, date, precision, cameo, goldstein, quad_class, first_seen,
		date_from, date_to, location_actor, location_country, polarity, modality)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		e.Key, e.Type, e.Mode, e.SourceActor, e.SourceName, e.SourceCountry, e.TargetActor, e.TargetName,
		e.TargetCountry, e.Location, e.Date, e.Precision, e.CAMEO, e.Goldstein, e.QuadClass, fmtTime(first),
		e.DateFrom, e.DateTo, e.LocationActor, e.LocationCountry, e.Polarity, e.Modality)
	if err != nil {
		return 0, fmt.Errorf("store: insert event: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("store: insert event: %w", err)
	}
	e.ID = id
	for _, k := range eventKeys(e) {
		if _, err := t.exec(ctx, `INSERT INTO event_keys(key, date, event_id) VALUES (?,?,?) ON CONFLICT DO NOTHING`, k, e.Date, id); err != nil {
			return 0, fmt.Errorf("store: index event: %w", err)
		}
	}
	// Its rank rows are written before commit (writeRanks).
	if t.isNew == nil {
		t.isNew = map[int64]bool{}
	}
	t.isNew[id] = true
	t.unranked = append(t.unranked, id)
	// Count the event for each resolved actor, adding the actor if no
	// article listed it (events name actors at other granularities).
	sides := [][3]string{{e.SourceActor, e.SourceName, e.SourceCountry}, {e.TargetActor, e.TargetName, e.TargetCountry}}
	for i, sd := range sides {
		if sd[0] == "" || i == 1 && sd[0] == e.SourceActor {
			continue
		}
		if _, err := t.exec(ctx, `INSERT INTO actors(id, name, country, events) VALUES (?,?,?,1)
			ON CONFLICT(id) DO UPDATE SET events = events + 1`, sd[0], sd[1], sd[2]); err != nil {
			return 0, fmt.Errorf("store: count actor events: %w", err)
		}
	}
	return id, nil
}

// insertActorRanks copies the sort columns of event id under each of
// keys (codec.ActorRanks), for actor-, source- and target-filtered sorted
// pages (migration 0023).
func (t *tx) insertActorRanks(ctx context.Context, id int64, keys []string) error {
	for _, a := range keys {
		if _, err := t.exec(ctx, `INSERT INTO event_actor_ranks(key, event_id, date, num_sources, num_articles, first_seen, goldstein)
			SELECT ?, id, date, num_sources, num_articles, first_seen, goldstein FROM events WHERE id = ? ON CONFLICT DO NOTHING`, a, id); err != nil {
			return fmt.Errorf("store: index event: %w", err)
		}
	}
	return nil
}

func (t *tx) SetEventParty(ctx context.Context, id int64, side, actorID, name string) error {
	cols, prefix, err := codec.PartyColumns(side)
	if err != nil {
		return err
	}
	var old, other, country, date string
	if err := t.stmtQueryRow(ctx, `SELECT `+cols[0]+`, `+cols[3]+`, `+cols[2]+`, date FROM events WHERE id = ?`, id).
		Scan(&old, &other, &country, &date); errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: event %d: %w", id, store.ErrNotFound)
	} else if err != nil {
		return fmt.Errorf("store: event %d: %w", id, err)
	}
	if _, err := t.exec(ctx, `UPDATE events SET `+cols[0]+` = ?, `+cols[1]+` = ? WHERE id = ?`, actorID, name, id); err != nil {
		return fmt.Errorf("store: set event party: %w", err)
	}
	keys := codec.PartyKeys(prefix, actorID, name)
	for _, k := range keys {
		if _, err := t.exec(ctx, `INSERT INTO event_keys(key, date, event_id) VALUES (?,?,?) ON CONFLICT DO NOTHING`, k, date, id); err != nil {
			return fmt.Errorf("store: index event: %w", err)
		}
	}
	// The event keeps the rank rows of the party it named before, as it
	// keeps that party's keys (an event of this transaction gets them
	// all from its keys before commit).
	if !t.deferRanks(id) {
		if err := t.insertActorRanks(ctx, id, codec.ActorRanks(keys)); err != nil {
			return err
		}
	}
	// Counted once per event, as InsertEvent counts its parties.
	if actorID != "" && actorID != old && actorID != other {
		if _, err := t.exec(ctx, `INSERT INTO actors(id, name, country, events) VALUES (?,?,?,1)
			ON CONFLICT(id) DO UPDATE SET events = events + 1`, actorID, name, country); err != nil {
			return fmt.Errorf("store: count actor events: %w", err)
		}
	}
	return nil
}

// redateKeysSQL moves an event's lookup keys to its new date: it reads
// them by event_keys_event (migration 0018), not the whole table.
const redateKeysSQL = `UPDATE event_keys SET date = ? WHERE event_id = ?`

func (t *tx) SetEventDate(ctx context.Context, id int64, date, precision string) error {
	if err := t.updateEvent(ctx, "date", id, `UPDATE events SET date = ?, precision = ? WHERE id = ?`, date, precision, id); err != nil {
		return err
	}
	// The lookup keys and per-country ranks keep the event's date beside
	// it, so that a date range or a newest-first page reads only them.
	redate := []string{redateKeysSQL, `UPDATE event_country_ranks SET date = ? WHERE event_id = ?`,
		`UPDATE event_actor_ranks SET date = ? WHERE event_id = ?`}
	if t.deferRanks(id) {
		redate = redate[:1] // its rank rows are not written yet
	}
	for _, q := range redate {
		if _, err := t.exec(ctx, q, date, id); err != nil {
			return fmt.Errorf("store: set event date: %w", err)
		}
	}
	return nil
}

// updateEvent runs q, an UPDATE of event id's row (args hold the id
// too), and says so when no event has that id; what names the change in
// the error ("date", "span").
func (t *tx) updateEvent(ctx context.Context, what string, id int64, q string, args ...any) error {
	res, err := t.exec(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: set event %s: %w", what, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("store: set event %s: %w", what, err)
	} else if n == 0 {
		return fmt.Errorf("store: event %d: %w", id, store.ErrNotFound)
	}
	return nil
}

func (t *tx) SetEventSpan(ctx context.Context, id int64, from, to string) error {
	return t.updateEvent(ctx, "span", id, `UPDATE events SET date_from = ?, date_to = ? WHERE id = ?`, from, to, id)
}

func (t *tx) SetEventLocation(ctx context.Context, id int64, text, actorID, country string) error {
	return t.updateEvent(ctx, "location", id, `UPDATE events SET location = ?, location_actor = ?, location_country = ? WHERE id = ?`, text, actorID, country, id)
}

func (t *tx) SetEventModality(ctx context.Context, id int64, modality string) error {
	return t.updateEvent(ctx, "modality", id, `UPDATE events SET modality = ? WHERE id = ?`, modality, id)
}

func (t *tx) SetEventPolarity(ctx context.Context, id int64, polarity string) error {
	return t.updateEvent(ctx, "polarity", id, `UPDATE events SET polarity = ? WHERE id = ?`, polarity, id)
}

func (t *tx) EventReports(ctx context.Context, id int64) ([]store.EventMention, error) {
	s, err := t.stmt(ctx, `SELECT m.event_id, m.article_id, m.article_event_id, a.url, CASE WHEN a.site <> '' THEN a.site ELSE a.url END,
			`+reportdate.SQL+` AS at, m.sentence, m.text, m.trig, m.rule, m.confidence, m.date, m.precision,
			m.date_from, m.date_to, m.location, m.location_actor, m.location_country, m.polarity, m.modality
		FROM event_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = ? ORDER BY at, a.id, m.article_event_id`)
	if err != nil {
		return nil, fmt.Errorf("store: event %d reports: %w", id, err)
	}
	rows, err := s.QueryContext(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("store: event %d reports: %w", id, err)
	}
	defer rows.Close()
	out, err := codec.ScanReports(rows, parseTimePtr)
	if err != nil {
		return nil, fmt.Errorf("store: event %d reports: %w", id, err)
	}
	return out, nil
}

func (t *tx) AddMention(ctx context.Context, m *store.EventMention) error {
	res, err := t.exec(ctx, `INSERT INTO event_mentions(event_id, article_id, article_event_id, sentence, text, trig, rule, confidence,
		date, precision, date_from, date_to, location, location_actor, location_country, polarity, modality)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING`,
		m.EventID, m.ArticleID, m.ArticleEventID, m.Sentence, m.Text, m.Trigger, m.Rule, m.Confidence, m.Date, m.Precision,
		m.DateFrom, m.DateTo, m.Location, m.LocationActor, m.LocationCountry, m.Polarity, m.Modality)
	if err != nil {
		return fmt.Errorf("store: add event mention: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err // already recorded: the counters already count it
	}
	// The counters grow by what this mention adds, in constant time
	// whatever the number of earlier reports: one mention; one article if
	// it is the article's first mention of the event; one source if the
	// article is canonical and its site is new to the event (a syndicated
	// copy is no new source). The earliest report is the mentioning
	// article dated first (reportdate.SQL: its publish date, else its
	// reference date, else its ingest time).
	var source, at string
	var canonical bool
	if err := t.stmtQueryRow(ctx, `SELECT CASE WHEN site <> '' THEN site ELSE url END, duplicate_of IS NULL,
		`+reportdate.SQL+` FROM articles a WHERE id = ?`, m.ArticleID).Scan(&source, &canonical, &at); err != nil {
		return fmt.Errorf("store: mention's article %d: %w", m.ArticleID, err)
	}
	var perArticle int
	if err := t.stmtQueryRow(ctx, `SELECT COUNT(*) FROM event_mentions WHERE event_id = ? AND article_id = ?`,
		m.EventID, m.ArticleID).Scan(&perArticle); err != nil {
		return fmt.Errorf("store: count event mentions: %w", err)
	}
	newSource := int64(0)
	if canonical {
		res, err := t.exec(ctx, `INSERT OR IGNORE INTO event_sources(event_id, source) VALUES (?, ?)`, m.EventID, source)
		if err != nil {
			return fmt.Errorf("store: event source: %w", err)
		}
		if newSource, err = res.RowsAffected(); err != nil {
			return fmt.Errorf("store: event source: %w", err)
		}
	}
	newArticle := 0
	if perArticle == 1 {
		newArticle = 1
	}
	if _, err := t.exec(ctx, `UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?2,
		num_sources = num_sources + ?3 WHERE id = ?1`, m.EventID, newArticle, newSource); err != nil {
		return fmt.Errorf("store: count event mentions: %w", err)
	}
	if newArticle+int(newSource) > 0 && !t.deferRanks(m.EventID) {
		for _, ranks := range []string{"event_country_ranks", "event_actor_ranks"} {
			if _, err := t.exec(ctx, `UPDATE `+ranks+` SET (num_sources, num_articles) = (
				SELECT num_sources, num_articles FROM events WHERE id = ?1) WHERE event_id = ?1`, m.EventID); err != nil {
				return fmt.Errorf("store: count event mentions: %w", err)
			}
		}
	}
	if _, err := t.exec(ctx, `UPDATE events SET earliest_url = (SELECT url FROM articles WHERE id = ?2), earliest_at = ?3
		WHERE id = ?1 AND (earliest_at IS NULL OR earliest_at > ?3 OR
			earliest_at = ?3 AND (SELECT id FROM articles WHERE url = earliest_url) > ?2)`, m.EventID, m.ArticleID, at); err != nil {
		return fmt.Errorf("store: earliest report: %w", err)
	}
	return nil
}

func (t *tx) ClearEvents(ctx context.Context) error {
	// SQLite empties a table whole (truncation: its pages go to the free
	// list, untouched) only when nothing must be done per row: no
	// trigger on it and, with foreign keys on, no key from or to it.
	// Every event table has one (the kept counts' triggers, migration
	// 0015; the children's references to events), so each DELETE went
	// row by row through the table and its indexes: 87 s for a store of
	// 200,000 events, and, with the writer's statement journal in memory
	// (temp_store, see Open), the old image of every page one statement
	// changed held until it ended: 176 MB for DELETE FROM events alone,
	// a peak of 415 MB for the remerge. Every row goes anyway, so the
	// tables that reference events are dropped (a child's DROP TABLE
	// frees its pages as truncation does), events and event_counts,
	// referenced by nothing then and without their triggers, are
	// truncated, and the children, their indexes and every trigger are
	// created again from their stored SQL, all in this transaction
	// (readers see neither): 1.6 s and 75 MB for the same store.
	children, err := t.strings(ctx, `SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f
		WHERE m.type = 'table' AND f."table" = 'events' GROUP BY m.name ORDER BY m.name`)
	if err != nil {
		return fmt.Errorf("store: clear events: %w", err)
	}
	tables := append([]string{"events", "event_counts"}, children...)
	// The schema to create again: each child's table first, then the
	// indexes (their tables must exist) and triggers (those of events
	// name event_counts and the children) of every table. An index
	// without SQL (a primary key's) comes back with its table.
	var schema, drops []string
	rows, err := t.tx.QueryContext(ctx, `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL
		AND (type = 'trigger' AND tbl_name IN (`+sqlList(tables)+`) OR type IN ('table', 'index') AND tbl_name IN (`+sqlList(children)+`))
		ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name`)
	if err != nil {
		return fmt.Errorf("store: clear events: %w", err)
	}
	for rows.Next() {
		var typ, name, text string
		if err := rows.Scan(&typ, &name, &text); err != nil {
			rows.Close()
			return fmt.Errorf("store: clear events: %w", err)
		}
		if typ == "trigger" {
			drops = append(drops, `DROP TRIGGER `+quoteIdent(name))
		}
		schema = append(schema, text)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: clear events: %w", err)
	}
	// The planner's statistics of the children go with their tables;
	// they are put back, as the events merged anew are of the same
	// kind (the store's own statistics otherwise come back only when it
	// is next opened, see optimize).
	stats, err := t.statRows(ctx, children)
	if err != nil {
		return fmt.Errorf("store: clear events: %w", err)
	}
	stmts := drops
	for _, c := range children {
		stmts = append(stmts, `DROP TABLE `+quoteIdent(c))
	}
	stmts = append(stmts, `DELETE FROM event_counts`, `DELETE FROM events`)
	stmts = append(stmts, schema...)
	stmts = append(stmts,
		`UPDATE actors SET events = 0 WHERE events <> 0`,
		`DELETE FROM actors WHERE NOT EXISTS (SELECT 1 FROM article_actors aa WHERE aa.actor_id = actors.id)`,
	)
	for _, q := range stmts {
		if _, err := t.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store: clear events: %w", err)
		}
	}
	for _, r := range stats {
		if _, err := t.tx.ExecContext(ctx, `INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES (?, ?, ?)`, r[0], r[1], r[2]); err != nil {
			return fmt.Errorf("store: clear events: statistics: %w", err)
		}
	}
	// The events inserted before are gone (and their ids free again),
	// and the writer's prepared statements name tables created anew.
	t.unranked, t.isNew = nil, nil
	return nil
}

// strings runs query and returns its one text column.
func (t *tx) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := t.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// statRows are the sqlite_stat1 rows (table, index, stat) of tables;
// none when the store has no statistics yet.
func (t *tx) statRows(ctx context.Context, tables []string) ([][3]any, error) {
	have, err := t.strings(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`)
	if err != nil || len(have) == 0 || len(tables) == 0 {
		return nil, err
	}
	rows, err := t.tx.QueryContext(ctx, `SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl IN (`+sqlList(tables)+`)`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][3]any
	for rows.Next() {
		var tbl string
		var idx, stat sql.NullString
		if err := rows.Scan(&tbl, &idx, &stat); err != nil {
			return nil, err
		}
		out = append(out, [3]any{tbl, idx, stat})
	}
	return out, rows.Err()
}

// quoteIdent quotes an SQL identifier.
func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// sqlList is names as a list of SQL string literals.
func sqlList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = `'` + strings.ReplaceAll(n, `'`, `''`) + `'`
	}
	return strings.Join(q, ", ")
}

func (t *tx) CanonicalArticles(ctx context.Context, after int64, limit int) ([]store.Article, error) {
	return t.articles(ctx, "canonical articles", `AND a.duplicate_of IS NULL`, after, limit)
}

func (t *tx) CanonicalArticleDates(ctx context.Context) ([]store.ArticleDate, error) {
	rows, err := t.tx.QueryContext(ctx, `SELECT a.id, a.url, `+reportdate.SQL+` FROM articles a WHERE a.duplicate_of IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("store: canonical article dates: %w", err)
	}
	defer rows.Close()
	var out []store.ArticleDate
	for rows.Next() {
		var d store.ArticleDate
		var at sql.NullString
		if err := rows.Scan(&d.ID, &d.URL, &at); err != nil {
			return nil, fmt.Errorf("store: canonical article dates: %w", err)
		}
		if p := parseTimePtr(at); p != nil {
			d.ReportDate = *p
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: canonical article dates: %w", err)
	}
	return out, nil
}

func (t *tx) Articles(ctx context.Context, after int64, limit int) ([]store.Article, error) {
	return t.articles(ctx, "articles", "", after, limit)
}

func (t *tx) articles(ctx context.Context, what, cond string, after int64, limit int) ([]store.Article, error) {
	return readArticles(ctx, t.tx, what, cond, after, limit)
}

// queryer is what readArticles reads through: the write transaction
// (Tx.Articles) or the read connections (Store.Articles).
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// readArticles lists the articles after id after that also meet the SQL
// condition cond (empty, or "AND ..." over articles a), in id order.
func readArticles(ctx context.Context, q queryer, what, cond string, after int64, limit int) ([]store.Article, error) {
	if limit <= 0 {
		return nil, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT a.id, a.url, a.canonical_url, a.source, a.site, a.content_hash,
		a.title, a.byline, a.language, t.body, a.published, a.ingested_at, a.duplicate_of, a.data
		FROM articles a JOIN article_text t ON t.id = a.id
		WHERE a.id > ? `+cond+` ORDER BY a.id LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	defer rows.Close()
	var out []store.Article
	for rows.Next() {
		var a store.Article
		var published sql.NullString
		var ingested string
		var dup sql.NullInt64
		var blob []byte
		if err := rows.Scan(&a.ID, &a.URL, &a.CanonicalURL, &a.Source, &a.Site, &a.ContentHash, &a.Title, &a.Byline,
			&a.Language, &a.Text, &published, &ingested, &dup, &blob); err != nil {
			return nil, fmt.Errorf("store: %s: %w", what, err)
		}
		a.Published = parseTimePtr(published)
		a.IngestedAt = parseTime(ingested)
		a.DuplicateOf = dup.Int64
		if a.Data, err = decodeArticle(blob, a.Text); err != nil {
			return nil, fmt.Errorf("store: article %d: decode: %w", a.ID, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	return out, nil
}

func (t *tx) ReplaceAnalysis(ctx context.Context, id int64, data *model.Article, renew []string) error {
	if data == nil {
		data = &model.Article{}
	}
	var dup sql.NullInt64
	var reported string
	var body string
	// The report date with the new analysis's reference date, which the
	// UPDATE below stores.
	err := t.tx.QueryRowContext(ctx, `SELECT a.duplicate_of, COALESCE(a.published, ?, a.ingested_at), t.body
		FROM articles a JOIN article_text t ON t.id = a.id WHERE a.id = ?`, fmtTimePtr(data.ReferenceDate), id).Scan(&dup, &reported, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	blob, err := encodeArticle(data, body)
	if err != nil {
		return fmt.Errorf("store: replace analysis of article %d: encode: %w", id, err)
	}
	// A new analysis may read the article against another reference date.
	// And may read another site name from the page.
	if _, err := t.exec(ctx, `UPDATE articles SET data = ?, reference_date = ?, site_name = ? WHERE id = ?`,
		blob, fmtTimePtr(data.ReferenceDate), display.SiteName(data), id); err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	// A syndicated copy has no rows of its own (see InsertArticle).
	if dup.Valid {
		return nil
	}
	old, err := t.articleActorIDs(ctx, id)
	if err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	for _, q := range []string{
		`UPDATE actors SET articles = articles - 1 WHERE id IN (SELECT actor_id FROM article_actors WHERE article_id = ?)`,
		`DELETE FROM article_actors WHERE article_id = ?`,
		`DELETE FROM mentions WHERE article_id = ?`,
		`DELETE FROM quote_speakers WHERE article_id = ?`,
		`DELETE FROM quotes WHERE article_id = ?`,
	} {
		if _, err := t.exec(ctx, q, id); err != nil {
			return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
		}
	}
	if err := t.insertAnalysis(ctx, id, reported, data); err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	for _, ar := range codec.RenewedActors(data, renew) {
		if _, err := t.exec(ctx, `UPDATE actors SET name = ?, name_key = NULL, type = ?, country = ?, sector = ?, qid = ? WHERE id = ?`,
			ar.Name, ar.Type, ar.Country, ar.Sector, ar.QID, ar.ID); err != nil {
			return fmt.Errorf("store: replace analysis of article %d: actor %s: %w", id, ar.ID, err)
		}
	}
	// An actor that only this article listed, and no event names, is
	// gone, as it would be from a store that never saw the old analysis.
	for _, a := range old {
		if _, err := t.exec(ctx, `DELETE FROM actors WHERE id = ? AND articles <= 0 AND events = 0`, a); err != nil {
			return fmt.Errorf("store: replace analysis of article %d: actor %s: %w", id, a, err)
		}
	}
	return nil
}

// articleEventIDs lists the distinct events article id reports (text ids,
// as recountEvent takes them): those MakeCopy and RenameArticle count anew.
func (t *tx) articleEventIDs(ctx context.Context, id int64) ([]string, error) {
	return t.strings(ctx, `SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?`, id)
}

// articleActorIDs lists the actors article id lists.
func (t *tx) articleActorIDs(ctx context.Context, id int64) ([]string, error) {
	return t.strings(ctx, `SELECT actor_id FROM article_actors WHERE article_id = ?`, id)
}

func (t *tx) RecordFailure(ctx context.Context, f store.Failure) error {
	at := f.At
	if at.IsZero() {
		at = time.Now()
	}
	if _, err := t.exec(ctx, `INSERT INTO failures(source, stage, error, at) VALUES (?,?,?,?)
		ON CONFLICT(source) DO UPDATE SET stage = excluded.stage, error = excluded.error, at = excluded.at,
			attempts = attempts + 1`, f.Source, f.Stage, f.Error, fmtTime(at)); err != nil {
		return fmt.Errorf("store: record failure %s: %w", f.Source, err)
	}
	return nil
}

func (t *tx) ClearFailure(ctx context.Context, source string) error {
	if _, err := t.exec(ctx, `DELETE FROM failures WHERE source = ?`, source); err != nil {
		return fmt.Errorf("store: clear failure %s: %w", source, err)
	}
	return nil
}

func (t *tx) PutFeedLink(ctx context.Context, l store.FeedLink) error {
	if _, err := t.exec(ctx, `INSERT INTO feed_links(feed, link, entry, attempts, next_try, last_error, seq) VALUES (?,?,?,?,?,?,?)
		ON CONFLICT(feed, link) DO UPDATE SET entry = excluded.entry, attempts = excluded.attempts, next_try = excluded.next_try,
			last_error = excluded.last_error, seq = excluded.seq`,
		l.Feed, l.Link, l.Entry, l.Attempts, fmtTime(l.NextTry), l.LastError, l.Seq); err != nil {
		return fmt.Errorf("store: put feed link %s: %w", l.Link, err)
	}
	return nil
}

func (t *tx) DeleteFeedLink(ctx context.Context, feed, link string) error {
	if _, err := t.exec(ctx, `DELETE FROM feed_links WHERE feed = ? AND link = ?`, feed, link); err != nil {
		return fmt.Errorf("store: delete feed link %s: %w", link, err)
	}
	return nil
}

func (t *tx) PutFeed(ctx context.Context, f store.Feed) error {
	if _, err := t.exec(ctx, `INSERT INTO feeds(url, title, etag, last_modified, last_polled, last_error) VALUES (?,?,?,?,?,?)
		ON CONFLICT(url) DO UPDATE SET title = excluded.title, etag = excluded.etag, last_modified = excluded.last_modified,
			last_polled = excluded.last_polled, last_error = excluded.last_error`,
		f.URL, f.Title, f.ETag, f.LastModified, fmtTime(f.LastPolled), f.LastError); err != nil {
		return fmt.Errorf("store: put feed %s: %w", f.URL, err)
	}
	return nil
}

// The article blob format and the event lookup keys are shared by every
// backend (internal/store/codec), so a database moved between backends
// keeps the same bytes and keys.
var (
	encodeArticle = codec.EncodeArticle
	decodeArticle = codec.DecodeArticle
	eventKeys     = codec.EventKeys
	keyLower      = codec.KeyLower
)

const blobMagic = codec.BlobMagic
