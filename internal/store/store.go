// Package store keeps analysed articles, actors, quotes, merged events and
// ingest failures, and answers the queries that the CLI and the HTTP API
// share. It holds no SQL: a backend (internal/store/sqlite today, PostgreSQL
// later) implements Store, and internal/store/storetest checks every backend
// against the same conformance suite.
//
// Writes go through Store.Write, which runs a function inside one
// transaction. The cross-article logic (near-duplicate linking, event
// merging) lives in internal/merge and drives the small set of primitives in
// Tx, so a new backend implements storage, not policy.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Errors a backend returns (wrapped) so callers can test with errors.Is.
var (
	// ErrNotFound: the requested row does not exist.
	ErrNotFound = errors.New("not found")
	// ErrNewerSchema: the database was written by a newer newsgraph.
	ErrNewerSchema = errors.New("database schema is newer than this program")
	// ErrUnsupported: the --db address names a backend that is not built yet.
	ErrUnsupported = errors.New("store backend not supported yet")
	// ErrBadQuery: a query parameter is out of range (the API turns it into a 400).
	ErrBadQuery = errors.New("bad query")
)

// Store is a newsgraph database. Every method is safe for concurrent use:
// reads run in parallel with the single writer.
type Store interface {
	// Write runs fn in one transaction; fn's error rolls it back.
	// Writers are serialised (one at a time).
	Write(ctx context.Context, fn func(ctx context.Context, tx Tx) error) error

	// Seen reports whether an article with this URL or content hash is
	// already stored (either may be empty). Ingest uses it to skip work
	// on a rerun.
	Seen(ctx context.Context, url, contentHash string) (bool, error)
	// ArticleByHash returns the stored article whose content hash is
	// contentHash by its id, signature, site, URL, report date
	// (reportdate.SQL) and DuplicateOf, without its text or analysis;
	// false when there is none (or contentHash is empty). Ingest asks it
	// before analysing bytes stored under another URL: merge keeps such
	// bytes once, and needs only their publish date to tell whether they
	// are the story's original (merge.TakesIdentity).
	ArticleByHash(ctx context.Context, contentHash string) (ArticleSig, bool, error)

	// Article returns one stored article with its full analysis.
	Article(ctx context.Context, id int64) (*Article, error)
	// ArticleByURL returns the article stored under url, as Article
	// does; ErrNotFound when there is none. Ingest reads it for a URL it
	// finds stored, to tell an article kept from a feed's description,
	// which a full page replaces (Tx.ReplaceArticleText), from one it
	// skips.
	ArticleByURL(ctx context.Context, url string) (*Article, error)
	// Search runs a full-text query over titles, bylines and bodies.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	// CountSearch counts the articles a search finds (those Search would
	// list, q's paging aside): exactly up to limit (CountCap when limit
	// is 0 or less), else Total{N: limit, More: true}. A count reads the
	// matches, not their text, rank or snippet.
	CountSearch(ctx context.Context, q SearchQuery, limit int) (Total, error)
	// Events lists merged events matching q.
	Events(ctx context.Context, q EventQuery) ([]Event, error)
	// CountEvents counts the merged events matching q's filters (q's
	// sort, limit, offset, After and Before do not apply): from the kept
	// counts when they answer q (as EventCounts), exactly however many;
	// else exactly up to limit (CountCap when limit is 0 or less) and
	// Total{N: limit, More: true} beyond, so that a count never reads
	// more matches than a page that deep would.
	CountEvents(ctx context.Context, q EventQuery, limit int) (Total, error)
	// EventCounts counts the merged events matching q's filters by date
	// and quad class (q's sort, limit, offset and After do not apply):
	// a timeline of every matching event, however many. In date order,
	// then quad class.
	EventCounts(ctx context.Context, q EventQuery) ([]DateCount, error)
	// Event returns one merged event with its mentions.
	Event(ctx context.Context, id int64) (*Event, []EventMention, error)
	// Actors lists actors by how many events and articles involve them,
	// or, with q.Actor set, the counterparts of that actor.
	Actors(ctx context.Context, q ActorQuery) ([]ActorCount, error)
	// Actor returns one stored actor by id, or else by name (case-
	// insensitive); ErrNotFound when there is none. Actors named only in
	// events (no id) are not stored as actors: Events and Actors find
	// those by name.
	Actor(ctx context.Context, id string) (*ActorCount, error)
	// Speakers returns the stored actors that a speaker named name (as a
	// user types it) can stand for, each once, with the first of these
	// ways it matched, in this order: its id (exactly), its canonical
	// name, its id being one of aliases (the caller's knowledge-base
	// actors known by that name), the words naming the speaker of a quote
	// filed under it, and, for a person, its family name alone
	// ("ERDOGAN", "Xi"). Names, words and family names match whole,
	// however cased or accented (FoldName, as Actor). Within one way,
	// most articles and events first, then by id. Nothing matched is an
	// empty list, not an error.
	Speakers(ctx context.Context, name string, aliases []string) ([]SpeakerMatch, error)
	// ActorArticles lists the canonical articles that mention the actor
	// q.Actor (by id), newest first, with an empty Snippet and Rank.
	ActorArticles(ctx context.Context, q ActorQuery) ([]SearchHit, error)
	// LatestArticles lists the canonical articles whose report date
	// (SearchHit.ReportDate) falls in q's days, newest first and by id,
	// highest first, within the same time (ArticlePos, as ActorArticles),
	// with an empty Snippet and Rank: the articles listing without a
	// search text. ErrBadQuery when a date of q is not YYYY-MM-DD.
	LatestArticles(ctx context.Context, q ArticleQuery) ([]SearchHit, error)
	// CountLatestArticles counts the articles LatestArticles would list
	// (q's paging aside), exactly up to limit (CountCap when limit is 0
	// or less), else Total{N: limit, More: true}, as CountSearch.
	CountLatestArticles(ctx context.Context, q ArticleQuery, limit int) (Total, error)
	// Articles returns up to limit stored articles with id greater than
	// after, in id order, syndicated copies included, each with its
	// analysis and text, as Tx.Articles does but on the read side: a
	// reader of every article page by page (reanalyze) holds no write
	// lock while it reads, and writers go on between and during its
	// pages. Signature and Bands are left empty.
	Articles(ctx context.Context, after int64, limit int) ([]Article, error)
	// Quotes lists stored quotes of canonical articles matching q, with
	// their article's title, URL and publish time: newest article first,
	// undated ones last, and in the article's order within one article.
	// ErrBadQuery when a date of q is not YYYY-MM-DD.
	Quotes(ctx context.Context, q QuoteQuery) ([]Quote, error)
	// Failures lists recorded ingest failures, newest first.
	Failures(ctx context.Context, limit int) ([]Failure, error)
	// Feed returns the polling state of a feed (ErrNotFound when new).
	Feed(ctx context.Context, url string) (*Feed, error)
	// FeedLinks lists the linked articles of feed kept to be fetched
	// again (PutFeedLink), in Seq order.
	FeedLinks(ctx context.Context, feed string) ([]FeedLink, error)
	// Stats counts rows exactly, for progress reports and evaluations;
	// on big tables it reads them all.
	Stats(ctx context.Context) (Stats, error)
	// Health checks that the store answers and returns its row counts
	// cheaply enough for every health check and dashboard: a backend may
	// estimate the counts of big tables, and says so in Stats.Estimated.
	Health(ctx context.Context) (Stats, error)

	Close() error
}

// Tx is the write side, valid only inside Store.Write.
type Tx interface {
	// FindArticle returns the id of the article stored under url or with
	// this content hash (0, nil when there is none).
	FindArticle(ctx context.Context, url, contentHash string) (int64, error)
	// InsertArticle stores a new article with its actors, entity mentions
	// and quotes (not its events: see AddMention) and returns its id.
	InsertArticle(ctx context.Context, a *Article) (int64, error)
	// NearDuplicateCandidates returns canonical articles (not duplicates)
	// that share at least one LSH band key with bands, most shared keys
	// first; merge decides by comparing signatures.
	NearDuplicateCandidates(ctx context.Context, bands []uint64, limit int) ([]ArticleSig, error)
	// CanonicalArticle returns stored article id by its id, signature,
	// site, URL and report date (reportdate.SQL), without its text or
	// analysis, when it is canonical; false when it is a syndicated copy
	// or not stored. Merge asks it which of two copies of the same bytes
	// is the story's original.
	CanonicalArticle(ctx context.Context, id int64) (ArticleSig, bool, error)
	// MakeCopy turns stored canonical article id into a syndicated copy
	// of canonical article of, as if it had been stored after it: merge
	// keeps the earliest published of a story's copies as its original,
	// whatever order they arrive in, and an original stored after its
	// copy takes its place. The article keeps its row and analysis (Data)
	// and gets DuplicateOf; its search entry, band keys, actors (their
	// article counts follow; an actor left in no article or event is
	// removed), entity mentions and quotes go, as InsertArticle stores
	// none for a copy; its copies become copies of of; and its event
	// mentions become of's (of's own mention of the same report wins),
	// with each event's mentions, articles, sources and earliest report
	// counted anew. ErrNotFound when either article does not exist.
	MakeCopy(ctx context.Context, id, of int64) error
	// RenameArticle gives stored canonical article id, stored first under
	// another URL, the identity of a, an article of the same bytes
	// (ContentHash) that merge keeps as the story's original instead (it
	// was published first): id's URL, canonical URL, source, site and
	// publish date become a's, its analysis a.Data (as ReplaceAnalysis
	// stores it), and its events' sources and earliest report are counted
	// anew. Its id, ingest time and event reports stay. ErrNotFound when
	// there is no such article.
	RenameArticle(ctx context.Context, id int64, a *Article) error
	// CandidateEvents returns stored events with this merge key whose
	// date lies in [from, to] (dates as YYYY-MM-DD; the event's Date).
	CandidateEvents(ctx context.Context, key string, from, to string) ([]Event, error)
	// CandidateEventsByCountry returns stored events of one of types
	// (PLOVER, upper case) whose date lies in [from, to] and that have each
	// of countries (ISO alpha-3 or IGO codes, any case; "CHN" and "PHL":
	// China on one side, the Philippines on the other) as their source or
	// target country, in id order; nothing when types or countries is
	// empty. Merge looks up reports of the same event told at another
	// granularity ("Beijing", "Wang Yi", "China") this way, and judges them
	// itself.
	CandidateEventsByCountry(ctx context.Context, types, countries []string, from, to string) ([]Event, error)
	// InsertEvent creates a merged event (its counters start at zero) and
	// returns its id.
	InsertEvent(ctx context.Context, e *Event) (int64, error)
	// SetEventParty names the party on one side of a stored event anew
	// (side SideSource or SideTarget; the same country as before): merge
	// names an event by the coarsest party its reports share ("China", not
	// the first report's "Wang Yi"). The event keeps the lookup keys of the
	// party it named before, so filtering by that actor still finds it,
	// and gains those of the new one, which is counted for the event in
	// actors. ErrNotFound when there is no such event.
	SetEventParty(ctx context.Context, id int64, side, actorID, name string) error
	// SetEventDate dates a stored event anew (date as Event.Date, to
	// precision), wherever the event is indexed by date: merge sharpens
	// an event known to a month when a later report gives its day.
	// ErrNotFound when there is no such event.
	SetEventDate(ctx context.Context, id int64, date, precision string) error
	// SetEventSpan gives a stored event the span of days it is dated by
	// (Event.DateFrom and DateTo; both "" for none): merge keeps the span
	// the event's reports agree on. ErrNotFound when there is no such
	// event.
	SetEventSpan(ctx context.Context, id int64, from, to string) error
	// SetEventLocation gives a stored event the place it happened
	// (Event.Location, LocationActor, LocationCountry; all "" for none):
	// merge keeps the place most of the event's reports give.
	// ErrNotFound when there is no such event.
	SetEventLocation(ctx context.Context, id int64, text, actorID, country string) error
	// SetEventModality gives a stored event the modality most of its
	// reports give (Event.Modality): a pledge told as done by one outlet
	// and as intended by two. ErrNotFound when there is no such event.
	SetEventModality(ctx context.Context, id int64, modality string) error
	// SetEventPolarity gives a stored event the polarity most of its
	// reports' sources give (Event.Polarity), after a denial joined the
	// act it denies or an assertion joined a denial. ErrNotFound when
	// there is no such event.
	SetEventPolarity(ctx context.Context, id int64, polarity string) error
	// EventReports returns the mentions of event id, each with its
	// article's Site (the site, else the URL: what num_sources counts),
	// Published (the publish time, else the reference date the article's
	// relative dates were read against, else the ingest time) and the Date and
	// Precision the report gave, earliest report first (then article id
	// and article event id). Merge reads them to choose between reports
	// that give the event different days.
	EventReports(ctx context.Context, id int64) ([]EventMention, error)
	// AddMention links an article to an event and refreshes the event's
	// counters (num_mentions, num_articles, num_sources, earliest report).
	AddMention(ctx context.Context, m *EventMention) error
	// ClearEvents deletes every merged event with its mentions, lookup
	// keys and per-country ranks, sets every actor's event count to zero
	// and removes the actors known only from events (no article lists
	// them): merge.Remerge then merges the stored articles' events anew.
	// Articles, their actors, mentions and quotes are untouched.
	ClearEvents(ctx context.Context) error
	// CanonicalArticles returns up to limit stored articles that are not
	// syndicated copies, with id greater than after, in id order (the
	// order they were stored in), each with its analysis (Data) and text.
	CanonicalArticles(ctx context.Context, after int64, limit int) ([]Article, error)
	// CanonicalArticleDates lists every stored article that is not a
	// syndicated copy by its id, URL and report date (reportdate.SQL), in
	// no particular order, without reading its text or analysis:
	// merge.Remerge orders the articles by them.
	CanonicalArticleDates(ctx context.Context) ([]ArticleDate, error)
	// Articles returns up to limit stored articles with id greater than
	// after, in id order, syndicated copies included (DuplicateOf set),
	// each with its analysis (Data) and text: reanalyze reads the store
	// so. Signature and Bands are left empty.
	Articles(ctx context.Context, after int64, limit int) ([]Article, error)
	// ReplaceAnalysis stores data as the analysis of article id in place
	// of the one it had: the article's Data and, for a canonical article,
	// its actors, entity mentions and quotes, as InsertArticle would have
	// stored them (each actor's article count follows; an actor no longer
	// in any article or event is removed). Renew lists actor ids whose
	// stored name, type, country, sector and Wikidata id data's actors set
	// anew, as the first article that lists an actor sets them in a fresh
	// store (reanalyze names each actor's first article of its run);
	// other actors are updated as InsertArticle updates them. The
	// article's row (URL, title, text, dates, duplicate link) and the
	// merged events are untouched: merge.Remerge rebuilds those from the
	// new Data. ErrNotFound when there is no such article.
	ReplaceAnalysis(ctx context.Context, id int64, data *model.Article, renew []string) error
	// ReplaceArticleText puts a, a new reading of the page of stored
	// article id (a full page where only a feed's description was
	// read), in place of what id held, under the same id, URL, source
	// and ingest time: its content hash, signature, title, byline,
	// language, text, canonical URL, site and publish date become a's,
	// its search entry and band keys follow (a canonical article's), and
	// its analysis becomes a.Data as ReplaceAnalysis stores it. Its
	// reports of events are dropped: each event they fed is counted
	// anew (mentions, articles, sources, earliest report) from the
	// reports left, or deleted, with its keys, ranks and timeline
	// counts, when none is left (its parties' actors count one event
	// fewer, and an actor left in no article or event is removed). The
	// caller merges the new analysis's events (merge.Upgrade); the
	// duplicate link stays. ErrNotFound when there is no such article.
	ReplaceArticleText(ctx context.Context, id int64, a *Article) error
	// RecordFailure stores a per-document failure (one row per source;
	// a repeat updates it).
	RecordFailure(ctx context.Context, f Failure) error
	// ClearFailure forgets the failure of a source that now succeeded.
	ClearFailure(ctx context.Context, source string) error
	// PutFeed stores the polling state of a feed.
	PutFeed(ctx context.Context, f Feed) error
	// PutFeedLink keeps a feed's linked article to fetch again (one row
	// per feed and link; a repeat updates it).
	PutFeedLink(ctx context.Context, l FeedLink) error
	// DeleteFeedLink forgets a feed's link: fetched, or given up.
	DeleteFeedLink(ctx context.Context, feed, link string) error
}

// EventTruncater is a Tx that can also clear the events (as ClearEvents,
// leaving the store as it does) by a faster statement that keeps readers
// of the event tables waiting until its transaction ends: PostgreSQL's
// TRUNCATE, which takes the tables' exclusive lock, where ClearEvents'
// deletes let readers see the old events until the commit. For a
// transaction that clears the events and does nothing else, as a remerge
// in batches begins (merge.RemergeStore); a remerge in one transaction
// calls ClearEvents, so that the store shows the old events until the new
// ones are merged.
type EventTruncater interface {
	TruncateEvents(ctx context.Context) error
}

// ArticleDate is a stored article's id, URL and report date: its publish
// date, else its reference date, else when it was ingested (see
// Tx.CanonicalArticleDates).
type ArticleDate struct {
	ID         int64
	URL        string
	ReportDate time.Time
}

// Article is one stored article.
type Article struct {
	ID           int64
	URL          string // the document's own address (or file:// path); unique
	CanonicalURL string // <link rel=canonical> when known
	Source       string // input name as given to ingest
	Site         string // outlet (host or site name): what num_sources counts
	ContentHash  string // hex SHA-256 of the raw bytes; unique
	// Signature is the near-duplicate signature of the text (a MinHash
	// sketch, opaque to the store) and Bands its LSH band keys; empty for
	// texts too short to judge.
	Signature  []byte
	Bands      []uint64
	Title      string
	Byline     string
	Language   string
	Text       string
	Published  *time.Time
	IngestedAt time.Time
	// DuplicateOf is the canonical article this one is a syndicated copy
	// of (0 when it is itself canonical).
	DuplicateOf int64
	// Data is the full analysis (entities, actors, quotes, events...).
	Data *model.Article
}

// ArticleSig is what near-duplicate detection needs of a stored article.
type ArticleSig struct {
	ID        int64
	Signature []byte
	Site      string
	// URL and ReportDate (reportdate.SQL) tell which of a story's
	// copies is its original: the earliest report, then the lower URL.
	URL        string
	ReportDate time.Time
	// DuplicateOf is the canonical article this one is a syndicated copy
	// of (Store.ArticleByHash); 0 when it is itself canonical, as every
	// article Tx.NearDuplicateCandidates and Tx.CanonicalArticle give is.
	DuplicateOf int64
}

// Event is one merged event: the same happening reported by one or more
// articles.
type Event struct {
	ID            int64  `json:"id"`
	Key           string `json:"-"` // merge key (merge.EventKey)
	Type          string `json:"type"`
	Mode          string `json:"mode,omitempty"`
	SourceActor   string `json:"source_actor,omitempty"` // actor id
	SourceName    string `json:"source_name,omitempty"`  // left out with no party on the side, as its actor and country are
	SourceCountry string `json:"source_country,omitempty"`
	TargetActor   string `json:"target_actor,omitempty"`
	TargetName    string `json:"target_name,omitempty"`
	TargetCountry string `json:"target_country,omitempty"`
	Location      string `json:"location,omitempty"`
	// LocationActor and LocationCountry are where the event happened as
	// the knowledge base knows it: the place's actor id (a country, city
	// or region) and its country (ISO alpha-3): the place most of its
	// reports give (merge.Apply); "" when none is known.
	LocationActor   string `json:"location_actor,omitempty"`
	LocationCountry string `json:"location_country,omitempty"`
	// LocationPoint is LocationActor's point when the knowledge base has
	// one (a country, city or town: kb.KB.Coords), nil otherwise. It is
	// not stored: the API, the CLI and the JSONL export look it up when
	// they hand the event out (export.LocatePoints), so a regenerated
	// coords table applies to every stored event.
	LocationPoint *Point `json:"location_point,omitempty"`
	Date          string `json:"date,omitempty"` // YYYY-MM-DD (or shorter, per precision)
	Precision     string `json:"date_precision,omitempty"`
	// DateFrom and DateTo are the first and last day (YYYY-MM-DD) of the
	// span of days a planned event is dated by ("next week", "March
	// 17-23"; model.Event.DateFrom), which Date and Precision cannot hold:
	// the span its reports agree on (merge.Apply); "" for none.
	DateFrom string `json:"date_from,omitempty"`
	DateTo   string `json:"date_to,omitempty"`
	// Polarity and Modality say whether the event took place, as its
	// reports tell it (model.Event.Polarity: "asserted", "negated";
	// Modality: "actual", "intended", "planned", "hypothetical",
	// "demanded"): a negated report joins no other, so a negated event has
	// one report; an event keeps the modality most of its reports give.
	// "" is unknown (stored before schema 33, until remerge).
	Polarity    string     `json:"polarity,omitempty"`
	Modality    string     `json:"modality,omitempty"`
	CAMEO       string     `json:"cameo,omitempty"`
	Goldstein   float64    `json:"goldstein"`
	QuadClass   int        `json:"quad_class"`
	NumMentions int        `json:"num_mentions"`
	NumArticles int        `json:"num_articles"`
	NumSources  int        `json:"num_sources"`
	FirstSeen   time.Time  `json:"first_seen"`                // when newsgraph first stored it
	EarliestURL string     `json:"earliest_url,omitempty"`    // the earliest report
	EarliestAt  *time.Time `json:"earliest_report,omitempty"` // its date: published (read at its publisher's offset, display.EarliestAt), else reference date, else ingested
}

// Point is a place's latitude and longitude in decimal degrees (WGS 84).
type Point struct {
	Lat  float64 `json:"lat"`
	Long float64 `json:"long"`
}

// EventMention links an article to a merged event, with the evidence.
type EventMention struct {
	EventID        int64      `json:"event_id"`
	ArticleID      int64      `json:"article_id"`
	ArticleEventID string     `json:"article_event_id"` // model.Event.ID within the article
	URL            string     `json:"url,omitempty"`
	Site           string     `json:"site,omitempty"`
	Title          string     `json:"title,omitempty"`
	Published      *time.Time `json:"published,omitempty"` // the article's publish date, when it has one
	// ReportDate is the date the report is placed by among the event's
	// reports (reportdate.SQL) and ReportDateSource which date it is:
	// "published", "reference" (the Last-Modified or capture time the
	// article's relative dates were read against) or "ingested".
	ReportDate       *time.Time `json:"report_date,omitempty"`
	ReportDateSource string     `json:"report_date_source,omitempty"`
	Sentence         int        `json:"sentence"`
	Text             string     `json:"text"`
	Trigger          string     `json:"trigger,omitempty"`
	Rule             string     `json:"rule,omitempty"`
	Confidence       float64    `json:"confidence"`
	// Date and Precision are the date this report gives the event, as
	// the event's Date and Precision; "" when the report gives none (the
	// event was dated by its article's publish day). The event's own
	// date is the one its reports agree on (see merge.Apply).
	Date      string `json:"date,omitempty"`
	Precision string `json:"date_precision,omitempty"`
	// DateFrom and DateTo are the span of days this report gives the
	// event (model.Event.DateFrom and DateTo); "" when it gives none.
	DateFrom string `json:"date_from,omitempty"`
	DateTo   string `json:"date_to,omitempty"`
	// Location, LocationActor and LocationCountry are the place this
	// report gives the event (model.Event.Location: its text, actor id,
	// country); "" when it gives none.
	Location        string `json:"location,omitempty"`
	LocationActor   string `json:"location_actor,omitempty"`
	LocationCountry string `json:"location_country,omitempty"`
	// Polarity and Modality are this report's (model.Event.Polarity and
	// Modality); "" when stored before schema 33.
	Polarity string `json:"polarity,omitempty"`
	Modality string `json:"modality,omitempty"`
}

// PlaceDiffers says whether this report places its event somewhere else
// than the event does: the event keeps the place most of its reports
// give, so a report that put the clash in the next town, or named the
// region rather than the city, is hidden unless shown beside it (the web
// event page, newsgraph events --id). Places are told apart as the merge
// tells them: by actor where both have one, else by words. A report that
// names no place has no say and differs from none.
func (m EventMention) PlaceDiffers(e Event) bool {
	switch {
	case m.Location == "":
		return false
	case m.LocationActor != "" && e.LocationActor != "":
		return m.LocationActor != e.LocationActor
	}
	return !strings.EqualFold(strings.TrimSpace(m.Location), strings.TrimSpace(e.Location))
}

// PolarityDiffers says whether this report tells its event's act the
// other way from the event: it denies what the event's other reports
// tell ("did not sign" beside "signed"), or tells as done what the event
// keeps as denied. The event keeps the polarity most of its reports give,
// so the dissenting report is hidden unless shown beside it. A report or
// event stored before polarity was kept ("") differs from none.
func (m EventMention) PolarityDiffers(e Event) bool {
	return m.Polarity != "" && e.Polarity != "" && (m.Polarity == "negated") != (e.Polarity == "negated")
}

// ModalityDiffers says whether this report tells its event's act with
// another modality than the event ("planned" beside an act most reports
// tell as done). A report stored before modality was kept ("") differs
// from none.
func (m EventMention) ModalityDiffers(e Event) bool {
	return m.Modality != "" && m.Modality != e.Modality
}

// SpanDiffers says whether this report dates its event by a span of days
// other than the event's: the event keeps the span most of its reports
// give, and a report that counted "next week" from a later publish day
// names another week. A report that gives no span differs from none.
func (m EventMention) SpanDiffers(e Event) bool {
	return m.DateFrom != "" && (m.DateFrom != e.DateFrom || m.DateTo != e.DateTo)
}

// Failure is a document that could not be ingested.
type Failure struct {
	Source   string    `json:"source"`
	Stage    string    `json:"stage,omitempty"`
	Error    string    `json:"error"`
	At       time.Time `json:"at"`
	Attempts int       `json:"attempts"`
}

// Feed is the polling state of a feed (for conditional GETs).
type Feed struct {
	URL          string    `json:"url"`
	Title        string    `json:"title,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPolled   time.Time `json:"last_polled"`
	LastError    string    `json:"last_error,omitempty"`
}

// FeedLink is a linked article of a feed whose fetch failed for a reason
// that may pass, kept so that the next run polling the feed fetches it
// again (see runner.FeedRetries).
type FeedLink struct {
	Feed string `json:"feed"`
	Link string `json:"link"`
	// Entry is the feed item's link as the runner encodes it (its source
	// name, date and hints), to fetch it as the feed offered it.
	Entry     string    `json:"entry,omitempty"`
	Attempts  int       `json:"attempts"` // fetches again handed out so far
	NextTry   time.Time `json:"next_try"` // not fetched again before
	LastError string    `json:"last_error,omitempty"`
	Seq       int64     `json:"seq"` // order of first failure
}

// Stats counts what the store holds.
type Stats struct {
	Articles   int `json:"articles"`
	Duplicates int `json:"duplicates"`
	Events     int `json:"events"`
	Mentions   int `json:"event_mentions"`
	Actors     int `json:"actors"`
	Failures   int `json:"failures"`
	Schema     int `json:"schema_version"`
	// Estimated: some counts are estimates (Health on PostgreSQL tables of
	// EstimateFrom rows or more, from the planner's statistics).
	Estimated bool `json:"estimated,omitempty"`
}

// EstimateFrom is the size from which Health may estimate a table's rows
// rather than count them: counting reads the whole table (0.13 s for the
// 310,000 rows of a store of 100,000 events on PostgreSQL), an estimate
// reads one catalogue row.
const EstimateFrom = 100_000

// SearchQuery is a full-text search.
type SearchQuery struct {
	Text string // FTS query: words, "phrases", OR, prefix*
	// Since and Until bound the day of the article's report date (its
	// publish date, else its reference date, else when it was ingested;
	// YYYY-MM-DD, both inclusive) as ArticleQuery's do: "talks" in March
	// 2025 is the matches of those days, still ranked by relevance.
	// ErrBadQuery when one is not YYYY-MM-DD.
	Since, Until string
	Limit        int // default 20, max MaxLimit
	Offset       int // rows skipped (after After, when set)
	// After resumes the listing after this hit (keyset paging: the
	// previous page's last hit), so a deep page costs no more than the
	// first. Hits are ordered by rank, then article id.
	After *SearchPos
}

// SearchPos is a hit's place in a search's order.
type SearchPos struct {
	Rank float64 `json:"r,omitzero"`
	ID   int64   `json:"id"`
}

// Pos is the place of h in its search's order.
func (h SearchHit) Pos() SearchPos { return SearchPos{Rank: h.Rank, ID: h.ArticleID} }

// SearchHit is one article matching a search.
type SearchHit struct {
	ArticleID int64      `json:"article_id"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Site      string     `json:"site,omitempty"`
	Published *time.Time `json:"published,omitempty"`
	Snippet   string     `json:"snippet"` // matched words between SnippetOpen and SnippetClose
	Rank      float64    `json:"rank"`    // bm25, lower is better
	// ReportDate and ReportDateSource are the date an actor's articles
	// and the latest articles are listed by, and a search's Since and
	// Until match, and which it is, as EventMention's: an undated hit
	// found by its reference or ingest date shows the date it was
	// found by.
	ReportDate       *time.Time `json:"report_date,omitempty"`
	ReportDateSource string     `json:"report_date_source,omitempty"`
}

// SnippetOpen and SnippetClose mark the matched words of a SearchHit's
// Snippet. They are control characters, which article text does not hold,
// so that a bracket of the text itself (an editor's "[Syrian]" inside a
// quotation) is not taken for a match, as it was when the marks were "["
// and "]". JSON and the command line still show matches between [ and ]
// (BracketedSnippet).
const (
	SnippetOpen  = "\x02"
	SnippetClose = "\x03"
)

// BracketedSnippet is the snippet with its matches between [ and ], as the
// API and the search command print it.
func (h SearchHit) BracketedSnippet() string {
	return strings.NewReplacer(SnippetOpen, "[", SnippetClose, "]").Replace(h.Snippet)
}

// MarshalJSON writes the snippet bracketed, as the API always gave it.
func (h SearchHit) MarshalJSON() ([]byte, error) {
	type plain SearchHit // without this method
	p := plain(h)
	p.Snippet = h.BracketedSnippet()
	return json.Marshal(p)
}

// Event sort orders.
const (
	SortDate      = "date"     // newest event date first (default)
	SortSources   = "sources"  // most independent sources first
	SortArticles  = "articles" // most articles first
	SortFirst     = "first_seen"
	SortGoldstein = "goldstein" // most negative (conflictual) first
)

// MaxLimit caps every page.
const MaxLimit = 1000

// CountCap is how far CountEvents and CountSearch count by default: a
// listing of more says "10,000+", as search engines and log tools do,
// rather than read every match to say how many.
const CountCap = 10_000

// Total is how many rows a listing has in all: N, or, with More, more
// than N (N is then the count's limit).
type Total struct {
	N    int
	More bool
}

// CountLimit is limit for a count, CountCap when limit is 0 or less.
func CountLimit(limit int) int {
	if limit <= 0 {
		return CountCap
	}
	return limit
}

// CappedTotal is the Total of a count of at most limit+1 rows: more than
// limit is Total{limit, true}.
func CappedTotal(n, limit int) Total {
	if n > limit {
		return Total{N: limit, More: true}
	}
	return Total{N: n}
}

// PageTotal is how many rows a listing has in all, for a page of rows rows
// after offset with room for limit: the page itself when it is the first
// and not full (nothing is counted), else count's (a store count, which
// stops at its cap and says More). The API, the web pages and the CLI
// give the same total for the same page.
func PageTotal(ctx context.Context, offset, rows, limit int, count func(context.Context) (Total, error)) (Total, error) {
	if offset == 0 && rows < limit {
		return Total{N: rows}, nil
	}
	t, err := count(ctx)
	if err != nil {
		return Total{}, err
	}
	// Rows removed between the page and the count (a remerge) cannot
	// make the count smaller than what the page shows.
	if rows > 0 && !t.More && t.N < offset+rows {
		t.N = offset + rows
	}
	return t, nil
}

// AssertedSQL is EventQuery.Asserted's condition on the events table
// aliased e, in the SQL both backends read: not negated, and actual (or
// unknown: stored before schema 33), or an intended act that is itself an
// act, a pledge (AGREE, CAMEO 03x) or a threat (THREATEN, 13x). The rule is
// stated once per backend, as the generated column events.not_asserted
// (SQLite migration 34, PostgreSQL 29), which the kept timeline counts'
// triggers read as well; in Go it is model.TookPlace, which IsAsserted
// applies (the conformance test testEventPolarity holds both to the same
// events).
const AssertedSQL = `(e.not_asserted = 0)`

// IsAsserted says in Go what AssertedSQL says in SQL (model.TookPlace).
func (e *Event) IsAsserted() bool {
	return model.TookPlace(e.Polarity, e.Modality, e.Type, e.CAMEO)
}

// EventMark is what the CLI's events table and the web's event lists
// write before the type of an event that its reports do not tell as having taken place: "not:" for a
// negated one ("have not signed a treaty"), its modality for one only
// intended, planned, hypothetical or demanded ("planned:", "not:planned:"
// for "will not meet"); "" for an asserted, actual one (or one stored
// before polarity was kept).
func EventMark(polarity, modality string) string {
	var mark string
	if polarity == "negated" {
		mark = "not:"
	}
	if modality != "" && modality != "actual" {
		mark += modality + ":"
	}
	return mark
}

// EventQuery filters merged events. Zero values mean "any".
type EventQuery struct {
	Actor   string // source or target: actor id, or a name (case-insensitive)
	Source  string // source actor id or name
	Target  string // target actor id or name
	Country string // source or target country (ISO alpha-3)
	// Where: events that happened in this country (ISO alpha-3): the
	// country of the event's location, not of its parties ("what
	// happened in Sudan", not "involving Sudan").
	Where string
	// Asserted: only events that took place (AssertedSQL): not negated,
	// and actual, or a pledge or threat (a statement of intent CAMEO
	// codes as an act of its own); not a planned, hypothetical, demanded
	// or otherwise intended act.
	Asserted bool
	// Sector: source or target actor of this sector, by its name as the
	// knowledge base spells it ("agriculture", "labour"; kb.ParseSector
	// reads the CAMEO codes too). Parties without an actor id have none.
	Sector     string
	Type       string // PLOVER type
	QuadClass  int    // 1..4
	Since      string // date >= (YYYY-MM-DD)
	Until      string // date <= (YYYY-MM-DD)
	MinSources int
	// Article: events this article reports (has a mention in); 0 is any.
	// The article's page links its events to the merged events by it.
	Article int64
	Sort    string // Sort* constant
	Limit   int    // default 50, max MaxLimit
	Offset  int    // rows skipped (after After, when set)
	// After resumes the listing after this event (keyset paging: the
	// previous page's last event, in the same Sort), so a deep page costs
	// no more than the first. Every sort ends with the event id, so rows
	// that tie on the sort's columns are neither lost nor repeated.
	After *EventPos
	// Before lists the page that ends just before this event (keyset
	// paging back, the "Previous" of a deep page: the next page's first
	// event), up to Limit rows in the Sort's order, read from the index
	// backwards instead of skipping every earlier row by an offset. Not
	// with After.
	Before *EventPos
}

// DateCount is how many matching events share a date (as events hold it:
// YYYY-MM-DD, YYYY-MM, YYYY or "") and a quad class.
type DateCount struct {
	Date      string `json:"date"`
	QuadClass int    `json:"quad_class"`
	Events    int    `json:"events"`
	// NotAsserted is how many of Events did not take place as their
	// reports tell them (negated, or only planned, demanded, hypothetical:
	// not IsAsserted), 0 with EventQuery.Asserted.
	NotAsserted int `json:"not_asserted,omitempty"`
}

// EventPos is an event's place in the event sorts: the columns they order
// by and the id that breaks ties.
type EventPos struct {
	ID          int64     `json:"id"`
	Date        string    `json:"d,omitzero"`
	NumSources  int       `json:"s,omitzero"`
	NumArticles int       `json:"a,omitzero"`
	FirstSeen   time.Time `json:"f,omitzero"`
	Goldstein   float64   `json:"g,omitzero"`
}

// Pos is the place of e in the event sorts.
func (e Event) Pos() EventPos {
	return EventPos{ID: e.ID, Date: e.Date, NumSources: e.NumSources, NumArticles: e.NumArticles, FirstSeen: e.FirstSeen, Goldstein: e.Goldstein}
}

// ActorQuery asks for top actors, or an actor's counterparts.
type ActorQuery struct {
	Actor string // when set: counterparts of this actor (id or name)
	// Country: the top actors of this country only (its code as actors
	// hold it: ISO alpha-3 or an IGO code, any case); counterparts and
	// ActorArticles ignore it.
	Country string
	Limit   int // default 20, max MaxLimit
	Offset  int // rows skipped (after After, when set)
	// After resumes ActorArticles after this article (keyset paging: the
	// previous page's last), so that articles stored meanwhile neither
	// repeat nor hide a row. Actors and counterparts ignore it.
	After *ArticlePos
}

// ArticleQuery lists canonical articles by report date (LatestArticles).
// Zero values mean "any".
type ArticleQuery struct {
	// Since and Until bound the day of the article's report date
	// (SearchHit.ReportDate: its publish date, else its reference date,
	// else when it was ingested; YYYY-MM-DD, both inclusive) as the
	// listing shows it, as QuoteQuery's do: a publish date's day at its
	// publisher's offset, the others' in UTC.
	Since, Until string
	Limit        int // default 20, max MaxLimit
	Offset       int // rows skipped (after After, when set)
	// After resumes the listing after this article (keyset paging: the
	// previous page's last).
	After *ArticlePos
}

// ArticlePos is an article's place in ActorArticles' order: newest
// report date (SearchHit.ReportDate) first, and by id, highest first,
// within the same time. A position without a date (a cursor of a release
// that listed undated articles last) is after every dated article.
type ArticlePos struct {
	Date *time.Time `json:"p,omitempty"`
	ID   int64      `json:"id"`
}

// ArticlePos is the place of h in an ActorArticles listing.
func (h SearchHit) ArticlePos() ArticlePos {
	return ArticlePos{Date: h.ReportDate, ID: h.ArticleID}
}

// QuoteQuery filters stored quotes. Zero values mean "any".
type QuoteQuery struct {
	// Speaker: the speaker's actor id (exact; resolve names with
	// Speakers), alone or as one of a joint speaker (Quote.SpeakerIDs).
	Speaker string
	// SpeakerWords: the words that named the speaker ("officials",
	// "Germany and France"), whole, however cased or accented (FoldName,
	// as Speakers' wording way), whether the quote is filed under one
	// actor, several (a joint speaker) or none. A speaker no one actor
	// stands for is found only so.
	SpeakerWords string
	Article      int64 // quotes of this article only
	// Since and Until bound the day of the article's report date
	// (Quote.ReportDate: its publish date, else its reference date, else
	// when it was ingested; YYYY-MM-DD, both inclusive) as the listing
	// shows it: a publish date's day at its publisher's offset, the
	// others' in UTC.
	Since, Until string
	// Text: every word must occur in the quote, in any case (of any
	// script: "élysée" finds "ÉLYSÉE"), as a plain substring (QuoteGlobs
	// and QuoteRegexps, not full-text search: quotes are short and the
	// speaker, article or date filter narrows them first; without one a
	// page reads quotes newest first until it is full).
	Text   string
	Limit  int // default 50, max MaxLimit
	Offset int // rows skipped (after After, when set)
	// After resumes the listing after this quote (keyset paging: the
	// previous page's last quote).
	After *QuotePos
}

// QuotePos is a quote's place in Quotes' order: its article's report
// date (Quote.ReportDate, newest first), article id (highest first) and
// the quote's sequence number in the article (first first). A position
// without a date (a cursor of a release that listed undated articles
// last) is after every dated quote.
type QuotePos struct {
	Date      *time.Time `json:"p,omitempty"`
	ArticleID int64      `json:"a"`
	Seq       int        `json:"s"`
}

// Quote is one stored quote with its article.
type Quote struct {
	ArticleID int64  `json:"article_id"`
	Seq       int    `json:"seq"`
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Sentence  int    `json:"sentence"`
	Speaker   string `json:"speaker,omitempty"`    // the words naming the speaker
	SpeakerID string `json:"speaker_id,omitempty"` // its actor id, when resolved
	// SpeakerIDs are the actors of a joint speaker ("China and the U.S.":
	// CHN, USA; model.Speaker.ActorIDs), in order; SpeakerID is then
	// empty, and a Speaker filter for any of them finds the quote.
	SpeakerIDs []string `json:"speaker_ids,omitempty"`
	// Conduit and Audience are the words naming the medium that carried
	// the words and whom they were addressed to (model.Quote); empty for
	// quotes stored before schema version 7 until reanalyze.
	Conduit string `json:"conduit,omitempty"`
	// ConduitKind is model.Quote.ConduitKind: model.ConduitChannel when
	// Conduit names the occasion or form of the words ("in a statement")
	// rather than who carried them ("Newsweek"), so that a listing says
	// "(in a statement)" and not "via in a statement"; empty for an outlet.
	ConduitKind string     `json:"conduit_kind,omitempty"`
	Audience    string     `json:"audience,omitempty"`
	URL         string     `json:"url"`
	Title       string     `json:"title"`
	Site        string     `json:"site,omitempty"`
	Published   *time.Time `json:"published,omitempty"`
	// ReportDate and ReportDateSource are the date quotes are listed and
	// filtered by and which it is, as EventMention's.
	ReportDate       *time.Time `json:"report_date,omitempty"`
	ReportDateSource string     `json:"report_date_source,omitempty"`
}

// Pos is the place of q in Quotes' order.
func (q Quote) Pos() QuotePos {
	return QuotePos{Date: q.ReportDate, ArticleID: q.ArticleID, Seq: q.Seq}
}

// SpeakerText is the words of s ("" for nil): what the quotes table keeps
// of a quote's conduit and audience.
func SpeakerText(s *model.Speaker) string {
	if s == nil {
		return ""
	}
	return s.Text
}

// ConduitKind is what the quotes table keeps of q.ConduitKind: the kind of
// a conduit it has, "" without one (a kind with no conduit words to go
// with it would say nothing).
func ConduitKind(q model.Quote) string {
	if q.Conduit == nil {
		return ""
	}
	return q.ConduitKind
}

// QuoteDates parses a QuoteQuery's Since and Until into the half-open
// range [from, to) of days, as UTC midnights (nil for an empty bound), that
// a quote's report date at its publisher's offset must fall in
// (display.OffsetSQL); ErrBadQuery when one is not a date.
func QuoteDates(since, until string) (from, to *time.Time, err error) {
	parse := func(name, s string) (*time.Time, error) {
		s = strings.TrimSpace(s)
		if s == "" {
			return nil, nil
		}
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return nil, fmt.Errorf("%s %q is not YYYY-MM-DD: %w", name, s, ErrBadQuery)
		}
		return &d, nil
	}
	if from, err = parse("since", since); err != nil {
		return nil, nil, err
	}
	if to, err = parse("until", until); err != nil {
		return nil, nil, err
	}
	if to != nil {
		next := to.AddDate(0, 0, 1) // until is inclusive
		to = &next
		if next.Year() > 9999 {
			// The day after 9999-12-31 has a five-digit year, which the
			// stores compare as text ("10000-01-01" sorts before every
			// stored date, so until=9999-12-31 matched nothing): no date
			// is after it, so the range has no upper bound.
			to = nil
		}
	}
	return from, to, nil
}

// ActorCount is an actor with how often it appears.
type ActorCount struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Type    string `json:"type,omitempty"`
	Country string `json:"country,omitempty"`
	// Sector is the actor's sector as the knowledge base spells it
	// ("media", "government"; kb.Sectors), in Store.Actor and both of
	// Store.Actors' lists (a counterpart named without an id has none).
	Sector   string `json:"sector,omitempty"`
	Articles int    `json:"articles"` // articles mentioning it
	Events   int    `json:"events"`   // merged events it takes part in (with the queried actor, for counterparts)
}

// SpeakerMatch is a stored actor that a speaker's name can stand for
// (Store.Speakers), with the way the name matched it.
type SpeakerMatch struct {
	ActorCount
	By string `json:"matched_by"` // a Match* constant
}

// The ways a speaker's name matches a stored actor, in the order
// Store.Speakers tries them.
const (
	MatchID      = "id"      // the actor's id
	MatchName    = "name"    // its canonical name
	MatchAlias   = "alias"   // a name the knowledge base knows it by
	MatchWording = "wording" // the words that named it as a quote's speaker
	MatchFamily  = "family"  // a person's family name alone
)

// MatchOrder is the rank of a Match* constant in Store.Speakers' order
// (the order of the backends' union of the five ways).
var MatchOrder = []string{MatchID, MatchName, MatchAlias, MatchWording, MatchFamily}

// NameID is the id of an actor that has none (an event's side named only
// by its words, "companies"): "name:" and the lower-cased name, as the
// graph names its node and the actor pages and filters accept it. A
// counterpart without an id is listed under it, not under an empty id that
// reads as a missing value and names nothing.
func NameID(name string) string {
	return "name:" + strings.ToLower(strings.TrimSpace(name))
}

// Limit returns n clamped to [1, MaxLimit], def when n <= 0.
func Limit(n, def int) int {
	switch {
	case n <= 0:
		return def
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// The sides of an event, for Tx.SetEventParty.
const (
	SideSource = "source"
	SideTarget = "target"
)
