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
	"unicode/utf8"

	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/codec"
	"github.com/newsgraph/newsgraph/internal/store/display"
	"github.com/newsgraph/newsgraph/internal/store/jointspeakers"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
)

// tx implements store.Tx over one PostgreSQL transaction. Each method is
// one statement (data-modifying CTEs and unnest over arrays where SQLite
// runs several), so one round trip to the server, and each statement is
// prepared once per transaction.
type tx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	// failed is the first server error: PostgreSQL aborts the transaction
	// there, and Write reports it rather than a failed commit.
	failed error
	// unranked are the events inserted by this transaction, whose rank
	// rows are written once by writeRanks before commit, from their final
	// counters, date and keys (as the SQLite store does): rows written at
	// insert were rewritten by each mention that moved the counters.
	unranked []int64
	isNew    map[int64]bool
}

// writeRanksSQL writes the rank rows of the events of $1 from their rows
// and keys as they are: one per country ("c:" key) in
// event_country_ranks, one per actor, source and target key
// (codec.ActorRanks) in event_actor_ranks.
const writeRanksSQL = `WITH ids AS (SELECT unnest($1::bigint[]) AS id),
	cr AS (
		INSERT INTO event_country_ranks(country, event_id, date, num_sources, num_articles, first_seen, goldstein)
		SELECT substr(k.key, 3), e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
		FROM ids JOIN events e ON e.id = ids.id JOIN event_keys k ON k.event_id = e.id
		WHERE k.key > 'c:' AND k.key < 'c;'
		ON CONFLICT DO NOTHING)
	INSERT INTO event_actor_ranks(key, event_id, date, num_sources, num_articles, first_seen, goldstein)
	SELECT k.key, e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
	FROM ids JOIN events e ON e.id = ids.id JOIN event_keys k ON k.event_id = e.id
	WHERE k.key > 'a:' AND k.key < 'a;' OR k.key > 's:' AND k.key < 's;' OR k.key > 't:' AND k.key < 't;'
	ON CONFLICT DO NOTHING`

// writeRanks writes the rank rows of the events this transaction
// inserted (writeRanksSQL), as InsertEvent, SetEventParty, AddMention and
// SetEventDate would have left them step by step.
func (t *tx) writeRanks(ctx context.Context) error {
	if len(t.unranked) == 0 {
		return nil
	}
	ids := make([]string, len(t.unranked))
	for i, id := range t.unranked {
		ids[i] = strconv.FormatInt(id, 10)
	}
	if _, err := t.exec(ctx, writeRanksSQL, "{"+strings.Join(ids, ",")+"}"); err != nil {
		return fmt.Errorf("store: index events: %w", err)
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
		return nil, t.note(err)
	}
	t.stmts[q] = s
	return s, nil
}

func (t *tx) closeStmts() {
	for _, s := range t.stmts {
		s.Close()
	}
}

// note records a server error (which aborted the transaction) and returns
// err.
func (t *tx) note(err error) error {
	var pqErr *pq.Error
	if t.failed == nil && errors.As(err, &pqErr) {
		t.failed = err
	}
	return err
}

func (t *tx) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	res, err := s.ExecContext(ctx, cleanArgs(args)...)
	return res, t.note(err)
}

func (t *tx) queryRow(ctx context.Context, q string, args ...any) rowScanner {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return errRow{err}
	}
	return noteRow{t, s.QueryRowContext(ctx, cleanArgs(args)...)}
}

func (t *tx) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	rows, err := s.QueryContext(ctx, cleanArgs(args)...)
	return rows, t.note(err)
}

type rowScanner interface{ Scan(dest ...any) error }

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

type noteRow struct {
	t   *tx
	row *sql.Row
}

func (r noteRow) Scan(dest ...any) error { return r.t.note(r.row.Scan(dest...)) }

// pgText makes s storable in a text column: PostgreSQL refuses NUL bytes
// and invalid UTF-8, which SQLite keeps. Valid text (nearly all) is
// returned as it is.
func pgText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
}

// cleanArgs applies pgText to every text argument.
func cleanArgs(args []any) []any {
	for i, a := range args {
		switch v := a.(type) {
		case string:
			args[i] = pgText(v)
		case textArray:
			for j, s := range v {
				v[j] = pgText(s)
			}
			args[i] = pq.StringArray(v)
		}
	}
	return args
}

// textArray is a text[] argument (cleaned by cleanArgs).
type textArray []string

func (t *tx) FindArticle(ctx context.Context, url, contentHash string) (int64, error) {
	var id int64
	err := t.queryRow(ctx, `SELECT id FROM articles WHERE url = $1 AND $1 <> ''
		UNION ALL SELECT id FROM articles WHERE content_hash = $2 AND $2 <> '' LIMIT 1`, url, contentHash).Scan(&id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return 0, nil
	case err != nil:
		return 0, fmt.Errorf("store: find article: %w", err)
	}
	return id, nil
}

// actorUpsert counts one more article for an actor row already there
// (alias x): the first article to list it (articles = 0: a row only an
// event made) names it and sets its type and sector, and clears its name
// key for the write to fill anew; a qid or country it lacks is taken from
// any article. insertArticleSQL and insertAnalysisSQL share it.
const actorUpsert = `ON CONFLICT (id) DO UPDATE SET articles = x.articles + 1,
			name = CASE WHEN x.articles = 0 THEN excluded.name ELSE x.name END,
			-- NULL has Write key the name (and family name) anew.
			name_key = CASE WHEN x.articles = 0 OR x.country = '' AND excluded.country <> '' THEN NULL ELSE x.name_key END,
			type = CASE WHEN x.articles = 0 THEN excluded.type ELSE x.type END,
			sector = CASE WHEN x.articles = 0 THEN excluded.sector ELSE x.sector END,
			qid = CASE WHEN x.qid = '' THEN excluded.qid ELSE x.qid END,
			country = CASE WHEN x.country = '' THEN excluded.country ELSE x.country END`

// insertArticleSQL stores an article, its text and search vector, its band
// keys and (for a canonical article) its actors, entity mentions and
// quotes in one statement. The first article to list an actor names it:
// a row only an event made (no article yet) has the event's words for a
// name and no type or sector, and takes the article's. ON CONFLICT DO NOTHING: an article already
// stored under the URL or content hash inserts no row, and nothing else
// follows from it, so the caller gets an error without the transaction
// being aborted (as a SQLite constraint error leaves it usable).
const insertArticleSQL = `WITH a AS (
		INSERT INTO articles(url, canonical_url, source, site, content_hash, signature,
			title, byline, language, published, ingested_at, duplicate_of, data, reference_date, site_name, published_offset)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $42, $46, $47)
		ON CONFLICT DO NOTHING RETURNING id),
	txt AS (
		INSERT INTO article_text(id, title, body, tsv)
		SELECT id, $7, $14, CASE WHEN $12::bigint IS NULL
			THEN setweight(to_tsvector('simple', $15), 'A') || setweight(to_tsvector('simple', $16), 'D')
				|| setweight(to_tsvector('simple', $48), 'B') END
		FROM a),
	bands AS (
		INSERT INTO article_bands(band, article_id)
		SELECT DISTINCT b, a.id FROM a, unnest($17::bigint[]) AS b
		ON CONFLICT DO NOTHING),
	act AS (
		INSERT INTO actors AS x (id, name, type, country, sector, qid, articles)
		SELECT u.id, u.name, u.type, u.country, u.sector, u.qid, 1
		FROM a, unnest($18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[])
			AS u(id, name, type, country, sector, qid)
		` + actorUpsert + `),
	aa AS (
		INSERT INTO article_actors(article_id, actor_id, mentions, report_date)
		SELECT a.id, u.id, u.n, $43 FROM a, unnest($18::text[], $24::integer[]) AS u(id, n)),
	ment AS (
		INSERT INTO mentions(article_id, seq, text, type, sentence, start_offset, end_offset, actor_id, country)
		SELECT a.id, u.ord - 1, u.text, u.type, u.sentence, u.s, u.e, u.actor, u.country
		FROM a, unnest($25::text[], $26::text[], $27::integer[], $28::integer[], $29::integer[], $30::text[], $31::text[])
			WITH ORDINALITY AS u(text, type, sentence, s, e, actor, country, ord)),
	quo AS (
		INSERT INTO quotes(article_id, seq, text, kind, sentence, start_offset, end_offset, speaker, speaker_actor_id, conduit, conduit_kind, audience, report_date, speaker_key, speaker_actor_ids)
		SELECT a.id, u.ord - 1, u.text, u.kind, u.sentence, u.s, u.e, u.speaker, u.speaker_id, u.conduit, u.conduit_kind, u.audience, $43, u.speaker_key, u.joint
		FROM a, unnest($32::text[], $33::text[], $34::integer[], $35::integer[], $36::integer[], $37::text[], $38::text[], $39::text[], $45::text[], $40::text[], $41::text[], $44::text[])
			WITH ORDINALITY AS u(text, kind, sentence, s, e, speaker, speaker_id, conduit, conduit_kind, audience, speaker_key, joint, ord)),
	qs AS (
		INSERT INTO quote_speakers(actor_id, article_id, seq)
		SELECT DISTINCT x.id, a.id, u.ord - 1
		FROM a, unnest($44::text[]) WITH ORDINALITY AS u(joint, ord), unnest(string_to_array(u.joint, ' ')) AS x(id)
		WHERE u.joint <> '')
	SELECT id FROM a`

func (t *tx) InsertArticle(ctx context.Context, a *store.Article) (int64, error) {
	if a.URL == "" || a.ContentHash == "" {
		return 0, fmt.Errorf("store: insert article %q: url and content hash are required", a.Source)
	}
	data := a.Data
	if data == nil {
		data = &model.Article{}
	}
	body := pgText(a.Text)
	// The blob leaves out the text when the stored body rebuilds it; a
	// body pgText had to change does not, so the blob keeps it.
	blob, err := codec.EncodeArticle(data, body)
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
	var titleWords, bodyWords, bylineWords string
	bands := pq.Int64Array{}
	var an analysisArrays
	// Syndicated copies are not searched, not band-indexed, and their
	// actors, mentions and quotes are their canonical article's: indexing
	// them again would count the story twice.
	if a.DuplicateOf == 0 {
		titleWords, bodyWords, bylineWords = searchTitle(a.Title), searchText(a.Text), searchTitle(a.Byline)
		for _, b := range a.Bands {
			bands = append(bands, int64(b))
		}
		an = analysis(data)
	}
	var id int64
	err = t.queryRow(ctx, insertArticleSQL,
		a.URL, a.CanonicalURL, a.Source, a.Site, a.ContentHash, sig, a.Title, a.Byline, a.Language,
		dbTimePtr(a.Published), dbTime(ingested), dup, blob, body, titleWords, bodyWords, bands,
		an.actorID, an.actorName, an.actorType, an.actorCountry, an.actorSector, an.actorQID, an.actorMentions,
		an.entText, an.entType, an.entSentence, an.entStart, an.entEnd, an.entActor, an.entCountry,
		an.quoteText, an.quoteKind, an.quoteSentence, an.quoteStart, an.quoteEnd, an.quoteSpeaker, an.quoteSpeakerID,
		an.quoteConduit, an.quoteAudience, an.quoteSpeakerKey, dbTimePtr(data.ReferenceDate),
		dbTime(reportdate.Of(a.Published, data.ReferenceDate, ingested)), an.quoteJoint, an.quoteConduitKind,
		pgText(display.SiteName(data)), display.Offset(a.Published), bylineWords,
	).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("store: insert article %s: an article with this URL or content hash is already stored", a.URL)
	}
	if err != nil {
		return 0, fmt.Errorf("store: insert article %s: %w", a.URL, err)
	}
	a.ID = id
	return id, nil
}

// analysisArrays are the columns of an article's actors, entity mentions
// and quotes, one array per column, for unnest.
type analysisArrays struct {
	actorID, actorName, actorType, actorCountry, actorSector, actorQID textArray
	actorMentions                                                      pq.Int64Array
	entText, entType                                                   textArray
	entSentence, entStart, entEnd                                      pq.Int64Array
	entActor, entCountry                                               textArray
	quoteText, quoteKind                                               textArray
	quoteSentence, quoteStart, quoteEnd                                pq.Int64Array
	quoteSpeaker, quoteSpeakerID, quoteConduit, quoteAudience          textArray
	quoteSpeakerKey                                                    textArray // store.FoldName of the speaker's words
	quoteJoint                                                         textArray // jointspeakers.Column of the speaker
	quoteConduitKind                                                   textArray // store.ConduitKind of the quote
}

func analysis(a *model.Article) analysisArrays {
	// Empty, not nil: a nil slice would be a NULL array, and unnest(NULL)
	// with other arrays is an error, not zero rows.
	an := analysisArrays{
		actorID: textArray{}, actorName: textArray{}, actorType: textArray{}, actorCountry: textArray{}, actorSector: textArray{}, actorQID: textArray{},
		actorMentions: pq.Int64Array{},
		entText:       textArray{}, entType: textArray{}, entSentence: pq.Int64Array{}, entStart: pq.Int64Array{}, entEnd: pq.Int64Array{},
		entActor: textArray{}, entCountry: textArray{},
		quoteText: textArray{}, quoteKind: textArray{}, quoteSentence: pq.Int64Array{}, quoteStart: pq.Int64Array{}, quoteEnd: pq.Int64Array{},
		quoteSpeaker: textArray{}, quoteSpeakerID: textArray{}, quoteConduit: textArray{}, quoteAudience: textArray{},
		quoteSpeakerKey: textArray{}, quoteJoint: textArray{}, quoteConduitKind: textArray{},
	}
	// An actor listed twice in one article is one row whose mentions add
	// up (one statement cannot upsert the same row twice).
	at := map[string]int{}
	for _, ar := range a.Actors {
		if ar.ID == "" {
			continue
		}
		if i, ok := at[ar.ID]; ok {
			an.actorMentions[i] += int64(ar.Mentions)
			continue
		}
		at[ar.ID] = len(an.actorID)
		an.actorID = append(an.actorID, ar.ID)
		an.actorName = append(an.actorName, ar.Name)
		an.actorType = append(an.actorType, ar.Type)
		an.actorCountry = append(an.actorCountry, ar.Country)
		an.actorSector = append(an.actorSector, ar.Sector)
		an.actorQID = append(an.actorQID, ar.QID)
		an.actorMentions = append(an.actorMentions, int64(ar.Mentions))
	}
	for _, e := range a.Entities {
		an.entText = append(an.entText, e.Text)
		an.entType = append(an.entType, string(e.Type))
		an.entSentence = append(an.entSentence, int64(e.Sentence))
		an.entStart = append(an.entStart, int64(e.Start))
		an.entEnd = append(an.entEnd, int64(e.End))
		an.entActor = append(an.entActor, e.ActorID)
		an.entCountry = append(an.entCountry, e.Country)
	}
	for _, q := range a.Quotes {
		var speaker, speakerID string
		if q.Speaker != nil {
			speaker, speakerID = q.Speaker.Text, q.Speaker.ActorID
		}
		an.quoteText = append(an.quoteText, q.Text)
		an.quoteKind = append(an.quoteKind, string(q.Kind))
		an.quoteSentence = append(an.quoteSentence, int64(q.Sentence))
		an.quoteStart = append(an.quoteStart, int64(q.Start))
		an.quoteEnd = append(an.quoteEnd, int64(q.End))
		an.quoteSpeaker = append(an.quoteSpeaker, speaker)
		an.quoteSpeakerID = append(an.quoteSpeakerID, speakerID)
		an.quoteSpeakerKey = append(an.quoteSpeakerKey, store.FoldName(speaker))
		an.quoteJoint = append(an.quoteJoint, jointspeakers.Column(q.Speaker))
		an.quoteConduit = append(an.quoteConduit, store.SpeakerText(q.Conduit))
		an.quoteConduitKind = append(an.quoteConduitKind, store.ConduitKind(q))
		an.quoteAudience = append(an.quoteAudience, store.SpeakerText(q.Audience))
	}
	return an
}

func (t *tx) NearDuplicateCandidates(ctx context.Context, bands []uint64, limit int) ([]store.ArticleSig, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	keys := make(pq.Int64Array, len(bands))
	for i, b := range bands {
		keys[i] = int64(b)
	}
	rows, err := t.query(ctx, `SELECT a.id, a.signature, a.site, a.url, `+reportdate.SQL+` FROM
			(SELECT article_id, COUNT(*) AS shared FROM article_bands WHERE band = ANY($1::bigint[]) GROUP BY article_id) b
		JOIN articles a ON a.id = b.article_id
		WHERE a.duplicate_of IS NULL
		ORDER BY b.shared DESC, a.id LIMIT $2`, keys, limit)
	if err != nil {
		return nil, fmt.Errorf("store: near duplicates: %w", err)
	}
	defer rows.Close()
	var out []store.ArticleSig
	for rows.Next() {
		var a store.ArticleSig
		var at sql.NullTime
		if err := rows.Scan(&a.ID, &a.Signature, &a.Site, &a.URL, &at); err != nil {
			return nil, fmt.Errorf("store: near duplicates: %w", err)
		}
		if p := timePtr(at); p != nil {
			a.ReportDate = *p
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: near duplicates: %w", t.note(err))
	}
	return out, nil
}

func (t *tx) CanonicalArticle(ctx context.Context, id int64) (store.ArticleSig, bool, error) {
	a, ok, err := scanSig(t.queryRow(ctx, sigSQL+`a.id = $1 AND a.duplicate_of IS NULL`, id))
	if err != nil {
		return a, false, fmt.Errorf("store: canonical article %d: %w", id, err)
	}
	return a, ok, nil
}

// sigSQL selects what scanSig reads of an article (alias a): add the
// condition that finds it.
const sigSQL = `SELECT a.id, a.signature, a.site, a.url, ` + reportdate.SQL + `, a.duplicate_of FROM articles a WHERE `

// scanSig reads the row of sigSQL as an ArticleSig (false when there is
// none): Tx.CanonicalArticle and Store.ArticleByHash.
func scanSig(row rowScanner) (store.ArticleSig, bool, error) {
	var a store.ArticleSig
	var at sql.NullTime
	var dup sql.NullInt64
	err := row.Scan(&a.ID, &a.Signature, &a.Site, &a.URL, &at, &dup)
	if errors.Is(err, sql.ErrNoRows) {
		return store.ArticleSig{}, false, nil
	}
	if err != nil {
		return store.ArticleSig{}, false, err
	}
	if p := timePtr(at); p != nil {
		a.ReportDate = *p
	}
	a.DuplicateOf = dup.Int64
	return a, true, nil
}

func (t *tx) MakeCopy(ctx context.Context, id, of int64) error {
	if id == of {
		return fmt.Errorf("store: article %d cannot be a copy of itself", id)
	}
	var dup, ofDup sql.NullInt64
	if err := t.queryRow(ctx, `SELECT duplicate_of FROM articles WHERE id = $1`, id).Scan(&dup); errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: article %d: %w", id, store.ErrNotFound)
	} else if err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	if err := t.queryRow(ctx, `SELECT duplicate_of FROM articles WHERE id = $1`, of).Scan(&ofDup); errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: article %d: %w", of, store.ErrNotFound)
	} else if err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	if ofDup.Valid {
		return fmt.Errorf("store: make article %d a copy of %d: %d is itself a copy", id, of, of)
	}
	if dup.Valid {
		if _, err := t.exec(ctx, `UPDATE articles SET duplicate_of = $2 WHERE id = $1`, id, of); err != nil {
			return fmt.Errorf("store: make article %d a copy: %w", id, err)
		}
		return nil
	}
	old := pq.StringArray{}
	rows, err := t.query(ctx, `UPDATE actors SET articles = articles - 1
		WHERE id IN (SELECT actor_id FROM article_actors WHERE article_id = $1) RETURNING id`, id)
	if err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			rows.Close()
			return fmt.Errorf("store: make article %d a copy: %w", id, err)
		}
		old = append(old, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, t.note(err))
	}
	events, err := t.articleEventIDs(ctx, id)
	if err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	for _, q := range []string{
		`DELETE FROM article_actors WHERE article_id = $1`,
		`DELETE FROM mentions WHERE article_id = $1`,
		`DELETE FROM quote_speakers WHERE article_id = $1`,
		`DELETE FROM quotes WHERE article_id = $1`,
		`DELETE FROM article_bands WHERE article_id = $1`,
		// Search lists canonical articles only (their text's vector).
		`UPDATE article_text SET tsv = NULL WHERE id = $1`,
	} {
		if _, err := t.exec(ctx, q, id); err != nil {
			return fmt.Errorf("store: make article %d a copy: %w", id, err)
		}
	}
	for _, q := range []string{
		`UPDATE articles SET duplicate_of = $2 WHERE id = $1 OR duplicate_of = $1`,
		`DELETE FROM event_mentions m WHERE m.article_id = $1 AND EXISTS (SELECT 1 FROM event_mentions o
			WHERE o.event_id = m.event_id AND o.article_id = $2 AND o.article_event_id = m.article_event_id)`,
		`UPDATE event_mentions SET article_id = $2 WHERE article_id = $1`,
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
	if _, err := t.exec(ctx, `DELETE FROM actors WHERE id = ANY($1::text[]) AND articles <= 0 AND events = 0`, old); err != nil {
		return fmt.Errorf("store: make article %d a copy: %w", id, err)
	}
	return nil
}

func (t *tx) RenameArticle(ctx context.Context, id int64, a *store.Article) error {
	res, err := t.exec(ctx, `UPDATE articles SET url = $1, canonical_url = $2, source = $3, site = $4, published = $5, published_offset = $6
		WHERE id = $7`, a.URL, pgText(a.CanonicalURL), pgText(a.Source), pgText(a.Site), dbTimePtr(a.Published), display.Offset(a.Published), id)
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

// articleEventIDs lists the distinct events article id reports: those
// MakeCopy and RenameArticle count anew.
func (t *tx) articleEventIDs(ctx context.Context, id int64) ([]int64, error) {
	var events pq.Int64Array
	if err := t.queryRow(ctx, `SELECT COALESCE(array_agg(DISTINCT event_id), '{}') FROM event_mentions WHERE article_id = $1`, id).Scan(&events); err != nil {
		return nil, err
	}
	return events, nil
}

// recountEvent counts the mentions, articles, sources and earliest report
// of event id anew from its mentions, as AddMention grows them one at a
// time, and its rank rows follow (an event of this transaction gets its
// rank rows before commit).
func (t *tx) recountEvent(ctx context.Context, id int64) error {
	for _, q := range []string{
		`DELETE FROM event_sources WHERE event_id = $1`,
		`INSERT INTO event_sources(event_id, source)
			SELECT DISTINCT m.event_id, CASE WHEN a.site <> '' THEN a.site ELSE a.url END
			FROM event_mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.event_id = $1 AND a.duplicate_of IS NULL
			ON CONFLICT DO NOTHING`,
		`UPDATE events e SET num_mentions = c.n, num_articles = c.arts,
				num_sources = (SELECT count(*) FROM event_sources WHERE event_id = $1),
				earliest_url = f.url, earliest_at = f.at
			FROM (SELECT count(*) AS n, count(DISTINCT article_id) AS arts FROM event_mentions WHERE event_id = $1) c,
				(SELECT a.url, ` + reportdate.SQL + ` AS at FROM event_mentions m JOIN articles a ON a.id = m.article_id
					WHERE m.event_id = $1 ORDER BY 2, a.id LIMIT 1) f
			WHERE e.id = $1`,
	} {
		if _, err := t.exec(ctx, q, id); err != nil {
			return fmt.Errorf("recount event %d: %w", id, err)
		}
	}
	if t.isNew[id] {
		return nil
	}
	for _, ranks := range []string{"event_country_ranks", "event_actor_ranks"} {
		if _, err := t.exec(ctx, `UPDATE `+ranks+` r SET num_sources = e.num_sources, num_articles = e.num_articles
			FROM events e WHERE e.id = $1 AND r.event_id = $1`, id); err != nil {
			return fmt.Errorf("recount event %d: %w", id, err)
		}
	}
	return nil
}

const eventCols = `id, merge_key, type, mode, source_actor, source_name, source_country, target_actor, target_name,
	target_country, location, date, precision, cameo, goldstein, quad_class, num_mentions, num_articles, num_sources,
	first_seen, earliest_url, earliest_at, date_from, date_to, location_actor, location_country, polarity, modality`

func scanEvent(sc interface{ Scan(...any) error }) (store.Event, error) {
	var e store.Event
	var earliest sql.NullTime
	err := sc.Scan(&e.ID, &e.Key, &e.Type, &e.Mode, &e.SourceActor, &e.SourceName, &e.SourceCountry,
		&e.TargetActor, &e.TargetName, &e.TargetCountry, &e.Location, &e.Date, &e.Precision, &e.CAMEO,
		&e.Goldstein, &e.QuadClass, &e.NumMentions, &e.NumArticles, &e.NumSources, &e.FirstSeen, &e.EarliestURL, &earliest,
		&e.DateFrom, &e.DateTo, &e.LocationActor, &e.LocationCountry, &e.Polarity, &e.Modality)
	e.FirstSeen = e.FirstSeen.UTC()
	e.EarliestAt = timePtr(earliest)
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
	rows, err := t.query(ctx, `SELECT `+eventCols+` FROM events WHERE merge_key = $1 AND date >= $2 AND date <= $3 ORDER BY id`, key, from, to)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	defer rows.Close()
	out, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", t.note(err))
	}
	return out, nil
}

func (t *tx) CandidateEventsByCountry(ctx context.Context, types, countries []string, from, to string) ([]store.Event, error) {
	if len(types) == 0 || len(countries) == 0 {
		return nil, nil
	}
	query, args := candidatesByCountryQuery(types, countries, from, to)
	rows, err := t.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", err)
	}
	defer rows.Close()
	out, err := scanEvents(rows)
	if err != nil {
		return nil, fmt.Errorf("store: candidate events: %w", t.note(err))
	}
	return out, nil
}

// candidatesByCountryQuery is CandidateEventsByCountry's query. event_keys
// holds a "c:" key per country of an event, in date order within the key:
// the window of each country is one range of its primary key, and only the
// events found under every country are read (by id: comparing type with an
// empty string appended keeps the planner from walking every event of the
// type instead, as SQLite's "+type" does).
func candidatesByCountryQuery(types, countries []string, from, to string) (string, []any) {
	var keys textArray
	for _, c := range countries {
		if k := "c:" + codec.KeyLower(c); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return `SELECT ` + eventCols + ` FROM events WHERE id IN (SELECT event_id FROM event_keys
		WHERE key = ANY($1::text[]) AND date >= $2 AND date <= $3 GROUP BY event_id HAVING count(*) = $4)
		AND type || '' = ANY($5::text[]) ORDER BY id`, []any{keys, from, to, len(keys), append(textArray(nil), types...)}
}

// insertEventSQL stores an event with its lookup keys (its rank rows are
// written before commit: writeRanks), and counts it for each resolved actor (adding the actor if no
// article listed it: events name actors at other granularities).
const insertEventSQL = `WITH e AS (
		INSERT INTO events(merge_key, type, mode, source_actor, source_name, source_country,
			target_actor, target_name, target_country, location, date, precision, cameo, goldstein, quad_class, first_seen,
			date_from, date_to, location_actor, location_country, polarity, modality)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $21, $22, $23, $24, $25, $26)
		RETURNING id, date, num_sources, num_articles, first_seen, goldstein),
	k AS (
		INSERT INTO event_keys(key, date, event_id)
		SELECT DISTINCT u.key, e.date, e.id FROM e, unnest($17::text[]) AS u(key)
		ON CONFLICT DO NOTHING),
	act AS (
		INSERT INTO actors AS x (id, name, country, events)
		SELECT u.id, u.name, u.country, 1 FROM e, unnest($18::text[], $19::text[], $20::text[]) AS u(id, name, country)
		ON CONFLICT (id) DO UPDATE SET events = x.events + 1)
	SELECT id FROM e`

func (t *tx) InsertEvent(ctx context.Context, e *store.Event) (int64, error) {
	first := e.FirstSeen
	if first.IsZero() {
		first = time.Now()
	}
	ids, names, actorCountries := textArray{}, textArray{}, textArray{}
	sides := [][3]string{{e.SourceActor, e.SourceName, e.SourceCountry}, {e.TargetActor, e.TargetName, e.TargetCountry}}
	for i, sd := range sides {
		if sd[0] == "" || i == 1 && sd[0] == e.SourceActor {
			continue
		}
		ids, names, actorCountries = append(ids, sd[0]), append(names, sd[1]), append(actorCountries, sd[2])
	}
	keys := codec.EventKeys(e)
	var id int64
	err := t.queryRow(ctx, insertEventSQL,
		e.Key, e.Type, e.Mode, e.SourceActor, e.SourceName, e.SourceCountry, e.TargetActor, e.TargetName,
		e.TargetCountry, e.Location, e.Date, e.Precision, e.CAMEO, e.Goldstein, e.QuadClass, dbTime(first),
		textArray(keys), ids, names, actorCountries, e.DateFrom, e.DateTo, e.LocationActor, e.LocationCountry, e.Polarity, e.Modality,
	).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert event: %w", err)
	}
	e.ID = id
	if t.isNew == nil {
		t.isNew = map[int64]bool{}
	}
	t.isNew[id] = true
	t.unranked = append(t.unranked, id)
	return id, nil
}

// addMentionSQL links an article to an event and grows the event's
// counters by what the mention adds, in constant time whatever the number
// of earlier reports (as the SQLite store does since its migration 0004):
// one mention; one article if it is the article's first mention of the
// event; one source if the article is canonical and its site is new to the
// event. The earliest report is the mentioning article dated first
// (reportdate.SQL: its publish date, else its reference date, else its
// ingest time; lower id on a tie). A
// mention already recorded inserts no row, and nothing else changes. All
// parts of one statement read the database as it was before it, so the
// EXISTS below does not see the mention being added. Alone (an event of
// this transaction, whose rank rows come before commit) it ends with
// addMentionEnd.
const addMentionCountsSQL = `WITH ins AS (
		INSERT INTO event_mentions(event_id, article_id, article_event_id, sentence, text, trig, rule, confidence, date, precision,
			date_from, date_to, location, location_actor, location_country, polarity, modality)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) ON CONFLICT DO NOTHING RETURNING article_id),
	art AS (
		SELECT a.id, a.url, CASE WHEN a.site <> '' THEN a.site ELSE a.url END AS source,
			a.duplicate_of IS NULL AS canonical, ` + reportdate.SQL + ` AS at
		FROM articles a JOIN ins ON a.id = ins.article_id),
	src AS (
		INSERT INTO event_sources(event_id, source) SELECT $1, source FROM art WHERE canonical
		ON CONFLICT DO NOTHING RETURNING 1),
	upd AS (
		UPDATE events e SET num_mentions = e.num_mentions + 1,
			num_articles = e.num_articles +
				CASE WHEN EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = $1 AND m.article_id = $2) THEN 0 ELSE 1 END,
			num_sources = e.num_sources + (SELECT COUNT(*) FROM src),
			earliest_url = CASE WHEN e.earliest_at IS NULL OR e.earliest_at > art.at OR
					e.earliest_at = art.at AND (SELECT id FROM articles WHERE url = e.earliest_url) > art.id
				THEN art.url ELSE e.earliest_url END,
			earliest_at = CASE WHEN e.earliest_at IS NULL OR e.earliest_at > art.at OR
					e.earliest_at = art.at AND (SELECT id FROM articles WHERE url = e.earliest_url) > art.id
				THEN art.at ELSE e.earliest_at END
		FROM art WHERE e.id = $1
		RETURNING e.id, e.num_sources, e.num_articles)`

// addMentionSQL is addMentionCountsSQL and the event's rank rows following
// its counters.
const addMentionSQL = addMentionCountsSQL + `,
	cr AS (
		UPDATE event_country_ranks r SET num_sources = upd.num_sources, num_articles = upd.num_articles
		FROM upd WHERE r.event_id = upd.id AND (r.num_sources, r.num_articles) IS DISTINCT FROM (upd.num_sources, upd.num_articles))
	UPDATE event_actor_ranks r SET num_sources = upd.num_sources, num_articles = upd.num_articles
	FROM upd WHERE r.event_id = upd.id AND (r.num_sources, r.num_articles) IS DISTINCT FROM (upd.num_sources, upd.num_articles)`

func (t *tx) SetEventParty(ctx context.Context, id int64, side, actorID, name string) error {
	cols, prefix, err := codec.PartyColumns(side)
	if err != nil {
		return err
	}
	var old, other, country, date string
	if err := t.queryRow(ctx, `SELECT `+cols[0]+`, `+cols[3]+`, `+cols[2]+`, date FROM events WHERE id = $1`, id).
		Scan(&old, &other, &country, &date); errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: event %d: %w", id, store.ErrNotFound)
	} else if err != nil {
		return fmt.Errorf("store: event %d: %w", id, err)
	}
	if _, err := t.exec(ctx, `UPDATE events SET `+cols[0]+` = $1, `+cols[1]+` = $2 WHERE id = $3`, actorID, name, id); err != nil {
		return fmt.Errorf("store: set event party: %w", err)
	}
	if keys := codec.PartyKeys(prefix, actorID, name); len(keys) > 0 {
		if _, err := t.exec(ctx, `INSERT INTO event_keys(key, date, event_id) SELECT DISTINCT u.key, $2, $3::bigint FROM unnest($1::text[]) AS u(key)
			ON CONFLICT DO NOTHING`, textArray(keys), date, id); err != nil {
			return fmt.Errorf("store: index event: %w", err)
		}
		// The event keeps the rank rows of the party it named before, as
		// it keeps that party's keys (an event of this transaction gets
		// them all from its keys before commit).
		if !t.isNew[id] {
			if _, err := t.exec(ctx, `INSERT INTO event_actor_ranks(key, event_id, date, num_sources, num_articles, first_seen, goldstein)
				SELECT DISTINCT u.a, e.id, e.date, e.num_sources, e.num_articles, e.first_seen, e.goldstein
				FROM events e, unnest($1::text[]) AS u(a) WHERE e.id = $2
				ON CONFLICT DO NOTHING`, textArray(codec.ActorRanks(keys)), id); err != nil {
				return fmt.Errorf("store: index event: %w", err)
			}
		}
	}
	// Counted once per event, as InsertEvent counts its parties.
	if actorID != "" && actorID != old && actorID != other {
		if _, err := t.exec(ctx, `INSERT INTO actors AS x (id, name, country, events) VALUES ($1, $2, $3, 1)
			ON CONFLICT (id) DO UPDATE SET events = x.events + 1`, actorID, name, country); err != nil {
			return fmt.Errorf("store: count actor events: %w", err)
		}
	}
	return nil
}

// addMentionEnd ends addMentionCountsSQL alone.
const addMentionEnd = `
	SELECT count(*) FROM upd`

func (t *tx) AddMention(ctx context.Context, m *store.EventMention) error {
	q := addMentionSQL
	if t.isNew[m.EventID] {
		q = addMentionCountsSQL + addMentionEnd
	}
	if _, err := t.exec(ctx, q,
		m.EventID, m.ArticleID, m.ArticleEventID, m.Sentence, m.Text, m.Trigger, m.Rule, m.Confidence, m.Date, m.Precision,
		m.DateFrom, m.DateTo, m.Location, m.LocationActor, m.LocationCountry, m.Polarity, m.Modality); err != nil {
		return fmt.Errorf("store: add event mention: %w", err)
	}
	return nil
}

// redateKeysSQL moves an event's lookup keys to its new date: it reads
// them by event_keys_event (migration 0014), not the whole table.
const redateKeysSQL = `UPDATE event_keys SET date = $1 WHERE event_id = $2`

func (t *tx) SetEventDate(ctx context.Context, id int64, date, precision string) error {
	if err := t.updateEvent(ctx, "date", id, `UPDATE events SET date = $1, precision = $2 WHERE id = $3`, date, precision, id); err != nil {
		return err
	}
	// The lookup keys and per-country ranks keep the event's date beside
	// it, so that a date range or a newest-first page reads only them.
	redate := []string{redateKeysSQL, `UPDATE event_country_ranks SET date = $1 WHERE event_id = $2`,
		`UPDATE event_actor_ranks SET date = $1 WHERE event_id = $2`}
	if t.isNew[id] {
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
	return t.updateEvent(ctx, "span", id, `UPDATE events SET date_from = $1, date_to = $2 WHERE id = $3`, from, to, id)
}

func (t *tx) SetEventLocation(ctx context.Context, id int64, text, actorID, country string) error {
	return t.updateEvent(ctx, "location", id, `UPDATE events SET location = $1, location_actor = $2, location_country = $3 WHERE id = $4`, text, actorID, country, id)
}

func (t *tx) SetEventModality(ctx context.Context, id int64, modality string) error {
	return t.updateEvent(ctx, "modality", id, `UPDATE events SET modality = $1 WHERE id = $2`, modality, id)
}

func (t *tx) SetEventPolarity(ctx context.Context, id int64, polarity string) error {
	return t.updateEvent(ctx, "polarity", id, `UPDATE events SET polarity = $1 WHERE id = $2`, polarity, id)
}

func (t *tx) EventReports(ctx context.Context, id int64) ([]store.EventMention, error) {
	rows, err := t.query(ctx, `SELECT m.event_id, m.article_id, m.article_event_id, a.url, CASE WHEN a.site <> '' THEN a.site ELSE a.url END,
			`+reportdate.SQL+` AS at, m.sentence, m.text, m.trig, m.rule, m.confidence, m.date, m.precision,
			m.date_from, m.date_to, m.location, m.location_actor, m.location_country, m.polarity, m.modality
		FROM event_mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id = $1 ORDER BY at, a.id, m.article_event_id`, id)
	if err != nil {
		return nil, fmt.Errorf("store: event %d reports: %w", id, err)
	}
	defer rows.Close()
	out, err := codec.ScanReports(rows, timePtr)
	if err != nil {
		return nil, fmt.Errorf("store: event %d reports: %w", id, err)
	}
	return out, nil
}

func (t *tx) ClearEvents(ctx context.Context) error {
	// The kept counts' triggers (migration 0011) would run once for each
	// deleted event and key, though every count goes anyway: disabled
	// for the deletes, in this transaction (the lock this takes lets
	// readers read; writers are serialised already). Children first:
	// the event tables reference events.
	for _, q := range []string{
		`ALTER TABLE events DISABLE TRIGGER USER`,
		`ALTER TABLE event_keys DISABLE TRIGGER USER`,
		`DELETE FROM event_sources`,
		`DELETE FROM event_country_ranks`,
		`DELETE FROM event_actor_ranks`,
		`DELETE FROM event_counts`,
		`DELETE FROM event_keys`,
		`DELETE FROM event_mentions`,
		`DELETE FROM events`,
		`ALTER TABLE events ENABLE TRIGGER USER`,
		`ALTER TABLE event_keys ENABLE TRIGGER USER`,
		`UPDATE actors SET events = 0 WHERE events <> 0`,
		`DELETE FROM actors WHERE NOT EXISTS (SELECT 1 FROM article_actors aa WHERE aa.actor_id = actors.id)`,
	} {
		if _, err := t.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store: clear events: %w", t.note(err))
		}
	}
	// The events inserted before are gone.
	t.unranked, t.isNew = nil, nil
	return nil
}

// TruncateEvents is ClearEvents as one TRUNCATE of every event table
// (store.EventTruncater): ClearEvents' deletes check the foreign keys of
// the five tables that reference events once for every deleted event,
// 7-33 s for 200,000 events on two shared cores (BenchmarkClearEvents200k),
// where this takes 0.01-0.05 s. TRUNCATE fires no row triggers, so the kept counts are emptied
// with the rest. It holds the tables' ACCESS EXCLUSIVE lock until the
// transaction ends, so readers of events wait for it: a remerge in
// batches (merge.RemergeStore) clears in a transaction of its own.
func (t *tx) TruncateEvents(ctx context.Context) error {
	for _, q := range []string{
		`TRUNCATE event_sources, event_country_ranks, event_actor_ranks, event_counts, event_keys, event_mentions, events`,
		`UPDATE actors SET events = 0 WHERE events <> 0`,
		`DELETE FROM actors WHERE NOT EXISTS (SELECT 1 FROM article_actors aa WHERE aa.actor_id = actors.id)`,
	} {
		if _, err := t.tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store: truncate events: %w", t.note(err))
		}
	}
	t.unranked, t.isNew = nil, nil
	return nil
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
		var at sql.NullTime
		if err := rows.Scan(&d.ID, &d.URL, &at); err != nil {
			return nil, fmt.Errorf("store: canonical article dates: %w", err)
		}
		if p := timePtr(at); p != nil {
			d.ReportDate = *p
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: canonical article dates: %w", err)
	}
	return out, nil
}

func (t *tx) CanonicalArticles(ctx context.Context, after int64, limit int) ([]store.Article, error) {
	return t.articles(ctx, "canonical articles", `AND a.duplicate_of IS NULL`, after, limit)
}

func (t *tx) Articles(ctx context.Context, after int64, limit int) ([]store.Article, error) {
	return t.articles(ctx, "articles", "", after, limit)
}

func (t *tx) articles(ctx context.Context, what, cond string, after int64, limit int) ([]store.Article, error) {
	arts, err := readArticles(ctx, t.tx, what, cond, after, limit)
	if err != nil {
		return nil, t.note(err)
	}
	return arts, nil
}

// queryer is what readArticles reads through: the write transaction
// (Tx.Articles) or the pool (Store.Articles).
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
		WHERE a.id > $1 `+cond+` ORDER BY a.id LIMIT $2`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	defer rows.Close()
	var out []store.Article
	for rows.Next() {
		var a store.Article
		var published sql.NullTime
		var dup sql.NullInt64
		var blob []byte
		if err := rows.Scan(&a.ID, &a.URL, &a.CanonicalURL, &a.Source, &a.Site, &a.ContentHash, &a.Title, &a.Byline,
			&a.Language, &a.Text, &published, &a.IngestedAt, &dup, &blob); err != nil {
			return nil, fmt.Errorf("store: %s: %w", what, err)
		}
		a.Published = timePtr(published)
		a.IngestedAt = a.IngestedAt.UTC()
		a.DuplicateOf = dup.Int64
		if a.Data, err = codec.DecodeArticle(blob, a.Text); err != nil {
			return nil, fmt.Errorf("store: article %d: decode: %w", a.ID, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	return out, nil
}

// insertAnalysisSQL stores the actors, entity mentions and quotes of the
// stored article $1 (its report date $2, reportdate.SQL, copied to
// article_actors and quotes for their ordered indexes) as insertArticleSQL does.
const insertAnalysisSQL = `WITH act AS (
		INSERT INTO actors AS x (id, name, type, country, sector, qid, articles)
		SELECT u.id, u.name, u.type, u.country, u.sector, u.qid, 1
		FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
			AS u(id, name, type, country, sector, qid)
		` + actorUpsert + `),
	aa AS (
		INSERT INTO article_actors(article_id, actor_id, mentions, report_date)
		SELECT $1::bigint, u.id, u.n, $2::timestamptz FROM unnest($3::text[], $9::integer[]) AS u(id, n)),
	ment AS (
		INSERT INTO mentions(article_id, seq, text, type, sentence, start_offset, end_offset, actor_id, country)
		SELECT $1::bigint, u.ord - 1, u.text, u.type, u.sentence, u.s, u.e, u.actor, u.country
		FROM unnest($10::text[], $11::text[], $12::integer[], $13::integer[], $14::integer[], $15::text[], $16::text[])
			WITH ORDINALITY AS u(text, type, sentence, s, e, actor, country, ord)),
	quo AS (
		INSERT INTO quotes(article_id, seq, text, kind, sentence, start_offset, end_offset, speaker, speaker_actor_id, conduit, conduit_kind, audience, report_date, speaker_key, speaker_actor_ids)
		SELECT $1::bigint, u.ord - 1, u.text, u.kind, u.sentence, u.s, u.e, u.speaker, u.speaker_id, u.conduit, u.conduit_kind, u.audience, $2::timestamptz, u.speaker_key, u.joint
		FROM unnest($17::text[], $18::text[], $19::integer[], $20::integer[], $21::integer[], $22::text[], $23::text[], $24::text[], $28::text[], $25::text[], $26::text[], $27::text[])
			WITH ORDINALITY AS u(text, kind, sentence, s, e, speaker, speaker_id, conduit, conduit_kind, audience, speaker_key, joint, ord))
	INSERT INTO quote_speakers(actor_id, article_id, seq)
	SELECT DISTINCT x.id, $1::bigint, u.ord - 1
	FROM unnest($27::text[]) WITH ORDINALITY AS u(joint, ord), unnest(string_to_array(u.joint, ' ')) AS x(id)
	WHERE u.joint <> ''`

func (t *tx) ReplaceAnalysis(ctx context.Context, id int64, data *model.Article, renew []string) error {
	if data == nil {
		data = &model.Article{}
	}
	var dup sql.NullInt64
	var reported time.Time
	var body string
	// The report date with the new analysis's reference date, which the
	// UPDATE below stores.
	err := t.queryRow(ctx, `SELECT a.duplicate_of, COALESCE(a.published, $2, a.ingested_at), t.body
		FROM articles a JOIN article_text t ON t.id = a.id WHERE a.id = $1`, id, dbTimePtr(data.ReferenceDate)).Scan(&dup, &reported, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("store: article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	blob, err := codec.EncodeArticle(data, body)
	if err != nil {
		return fmt.Errorf("store: replace analysis of article %d: encode: %w", id, err)
	}
	// A new analysis may read the article against another reference date.
	if _, err := t.exec(ctx, `UPDATE articles SET data = $1, reference_date = $3, site_name = $4 WHERE id = $2`, blob, id, dbTimePtr(data.ReferenceDate),
		pgText(display.SiteName(data))); err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	// A syndicated copy has no rows of its own (see InsertArticle).
	if dup.Valid {
		return nil
	}
	old := pq.StringArray{}
	rows, err := t.query(ctx, `UPDATE actors SET articles = articles - 1
		WHERE id IN (SELECT actor_id FROM article_actors WHERE article_id = $1) RETURNING id`, id)
	if err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			rows.Close()
			return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
		}
		old = append(old, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, t.note(err))
	}
	for _, q := range []string{
		`DELETE FROM article_actors WHERE article_id = $1`,
		`DELETE FROM mentions WHERE article_id = $1`,
		`DELETE FROM quote_speakers WHERE article_id = $1`,
		`DELETE FROM quotes WHERE article_id = $1`,
	} {
		if _, err := t.exec(ctx, q, id); err != nil {
			return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
		}
	}
	an := analysis(data)
	if _, err := t.exec(ctx, insertAnalysisSQL, id, reported,
		an.actorID, an.actorName, an.actorType, an.actorCountry, an.actorSector, an.actorQID, an.actorMentions,
		an.entText, an.entType, an.entSentence, an.entStart, an.entEnd, an.entActor, an.entCountry,
		an.quoteText, an.quoteKind, an.quoteSentence, an.quoteStart, an.quoteEnd, an.quoteSpeaker, an.quoteSpeakerID,
		an.quoteConduit, an.quoteAudience, an.quoteSpeakerKey, an.quoteJoint, an.quoteConduitKind,
	); err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	for _, ar := range codec.RenewedActors(data, renew) {
		if _, err := t.exec(ctx, `UPDATE actors SET name = $1, name_key = NULL, type = $2, country = $3, sector = $4, qid = $5 WHERE id = $6`,
			pgText(ar.Name), pgText(ar.Type), pgText(ar.Country), pgText(ar.Sector), pgText(ar.QID), ar.ID); err != nil {
			return fmt.Errorf("store: replace analysis of article %d: actor %s: %w", id, ar.ID, err)
		}
	}
	// An actor that only this article listed, and no event names, is
	// gone, as it would be from a store that never saw the old analysis.
	if _, err := t.exec(ctx, `DELETE FROM actors WHERE id = ANY($1::text[]) AND articles <= 0 AND events = 0`, old); err != nil {
		return fmt.Errorf("store: replace analysis of article %d: %w", id, err)
	}
	return nil
}

func (t *tx) RecordFailure(ctx context.Context, f store.Failure) error {
	at := f.At
	if at.IsZero() {
		at = time.Now()
	}
	if _, err := t.exec(ctx, `INSERT INTO failures AS f (source, stage, error, at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (source) DO UPDATE SET stage = excluded.stage, error = excluded.error, at = excluded.at,
			attempts = f.attempts + 1`, f.Source, f.Stage, f.Error, dbTime(at)); err != nil {
		return fmt.Errorf("store: record failure %s: %w", f.Source, err)
	}
	return nil
}

func (t *tx) ClearFailure(ctx context.Context, source string) error {
	if _, err := t.exec(ctx, `DELETE FROM failures WHERE source = $1`, source); err != nil {
		return fmt.Errorf("store: clear failure %s: %w", source, err)
	}
	return nil
}

func (t *tx) PutFeedLink(ctx context.Context, l store.FeedLink) error {
	if _, err := t.exec(ctx, `INSERT INTO feed_links(feed, link, entry, attempts, next_try, last_error, seq) VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (feed, link) DO UPDATE SET entry = excluded.entry, attempts = excluded.attempts, next_try = excluded.next_try,
			last_error = excluded.last_error, seq = excluded.seq`,
		pgText(l.Feed), pgText(l.Link), pgText(l.Entry), l.Attempts, dbTime(l.NextTry), pgText(l.LastError), l.Seq); err != nil {
		return fmt.Errorf("store: put feed link %s: %w", l.Link, err)
	}
	return nil
}

func (t *tx) DeleteFeedLink(ctx context.Context, feed, link string) error {
	if _, err := t.exec(ctx, `DELETE FROM feed_links WHERE feed = $1 AND link = $2`, pgText(feed), pgText(link)); err != nil {
		return fmt.Errorf("store: delete feed link %s: %w", link, err)
	}
	return nil
}

func (t *tx) PutFeed(ctx context.Context, f store.Feed) error {
	if _, err := t.exec(ctx, `INSERT INTO feeds(url, title, etag, last_modified, last_polled, last_error) VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (url) DO UPDATE SET title = excluded.title, etag = excluded.etag, last_modified = excluded.last_modified,
			last_polled = excluded.last_polled, last_error = excluded.last_error`,
		f.URL, f.Title, f.ETag, f.LastModified, dbTime(f.LastPolled), f.LastError); err != nil {
		return fmt.Errorf("store: put feed %s: %w", f.URL, err)
	}
	return nil
}
