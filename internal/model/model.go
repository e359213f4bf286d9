// Package model holds the plain types that every stage of newsgraph shares.
//
// A Document is one input as it arrived (bytes plus what is known about where
// they came from). The stages fill Document.Article step by step:
// extract sets the article fields, nlp adds sentences, entities, actors,
// quotes, dates, keywords and a summary, and events adds coded events.
// Nothing here does I/O.
//
// Offsets: every Start/End pair in this package is a half-open byte range
// into Article.Text (UTF-8). Byte offsets are what Go slices with; a consumer
// in another language decodes Text as UTF-8 bytes to use them.
package model

import (
	"strings"
	"time"
)

// Format is what kind of content a document carries.
type Format string

// The formats ingest recognises.
const (
	FormatUnknown Format = ""
	FormatText    Format = "text"
	FormatHTML    Format = "html"
)

// Document is one input: a file, a fetched URL, a feed item, a WARC record or
// a JSONL line. Ingest fills the input fields; later stages fill Article.
type Document struct {
	// Source names where the document came from (file path, URL, "-",
	// "file.warc.gz#record-id", "feed.jsonl:12"). It is echoed in every
	// output so a reader can find the input again.
	Source string
	// URL is the document's own address when known (fetched URL, WARC
	// target URI, feed item link). It may differ from Source.
	URL string
	// Raw holds the bytes as read, before any decoding.
	Raw []byte
	// ContentType is the declared media type (HTTP header, WARC header), if any.
	ContentType string
	// Format is the detected content kind.
	Format Format
	// Charset is the detected or declared character encoding of Raw
	// (canonical lower-case name such as "utf-8", "windows-1252", "shift_jis").
	Charset string
	// Content is Raw decoded to valid UTF-8.
	Content string
	// Published is a publish date supplied from outside the content itself
	// (a feed item date, --published); zero when unknown. Extract prefers a
	// date found in the page and falls back to this one.
	Published time.Time
	// PublishedSource says who supplied Published: DateFromFeed for a feed
	// item's date; empty (read as DateGiven) for a date given with the
	// input (--published, a JSONL "published" field).
	PublishedSource string
	// PublishedZoneSource says where the zone of Published came from when
	// the feed (or a JSONL record) wrote its time of day without one (model.ZoneFromFeed,
	// ZoneFromLanguage, ZoneFromDomain, ZoneUnknown), as
	// Article.PublishedZoneSource; empty otherwise.
	PublishedZoneSource string
	// LastModified is the HTTP Last-Modified of the response the document
	// came in (a fetch, a WARC response record); zero when unknown.
	// Captured is when the document was fetched or archived (the fetch
	// time, WARC-Date), or for a file read from disk its modification
	// time; zero for standard input. CapturedSource says which:
	// DateFileModified for a file's time, empty (read as DateCaptured)
	// otherwise. Neither is a publish date: both are no earlier than it.
	// Extract uses them, marked as such, only when no publish date is
	// known (Article.ReferenceDate).
	LastModified   time.Time
	Captured       time.Time
	CapturedSource string
	// Hints carries metadata an adapter already knows (feed title, tags,
	// author, language) keyed by the Article JSON field name.
	Hints map[string]string

	// Article is filled by the extract stage and enriched by later stages.
	Article *Article
}

// HintUnreadablePublished is the Document.Hints key of a publish date given
// with the input that could not be read as a date (a JSONL "published"):
// the date is left unknown and extract notes the value in the article's
// Incomplete (stage ingest), so the article is kept and the loss shown.
const HintUnreadablePublished = "unreadable_published"

// HintTruncated is the Document.Hints key of an input that arrived cut
// short (a WARC record cut by the end of its file, a payload the crawler
// marked WARC-Truncated); its value says what was cut. The article is
// kept, and extract notes the cut in its Incomplete (stage ingest).
const HintTruncated = "truncated"

// Article is the structured result for one document. Its JSON field names are
// part of newsgraph's public interface (documented in the README): add fields,
// do not rename or remove them.
type Article struct {
	Source    string     `json:"source"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Byline    string     `json:"byline"`
	Published *time.Time `json:"published"` // RFC 3339; null when unknown
	// PublishedSource is where Published came from: DateFromContent,
	// DateFromURL, DateFromDateline, DateFromFeed, DateFromFeedUpdated or
	// DateGiven; empty
	// when Published is null.
	PublishedSource string `json:"published_source,omitempty"`
	// PublishedZoneSource says where the zone of Published came from when
	// the page (or the feed) wrote its time of day without one:
	// ZoneFromPage, ZoneFromFeed, ZoneFromLanguage, ZoneFromDomain,
	// ZoneFromDateline (the wire dateline opening a text or a page body), or
	// ZoneUnknown (the clock is read as UTC for want of any evidence).
	// Empty when the zone was written with the time, the date has no time
	// of day, or the date came from neither the content nor a feed.
	PublishedZoneSource string `json:"published_zone_source,omitempty"`
	// ReferenceDate is, for an article with no known publish date, the
	// date its relative dates ("on Monday") and undated events were read
	// against, and ReferenceSource what it is: DateLastModified,
	// DateCaptured, DateFileName or DateFileModified. None is known to be
	// the publish date, so they are kept apart from Published. Null and empty
	// when Published is set or nothing dates the article.
	ReferenceDate   *time.Time `json:"reference_date,omitempty"`
	ReferenceSource string     `json:"reference_source,omitempty"`
	Site            string     `json:"site"`
	Language        string     `json:"language"` // ISO 639-1 where known
	Text            string     `json:"text"`     // body paragraphs joined by one blank line
	Paragraphs      []string   `json:"paragraphs"`
	Captions        []string   `json:"captions"`
	Tags            []string   `json:"tags"`

	// Filled by nlp.
	Sentences []Sentence `json:"sentences,omitempty"`
	Entities  []Entity   `json:"entities,omitempty"`
	Actors    []ActorRef `json:"actors,omitempty"`
	Dates     []TimeExpr `json:"dates,omitempty"`
	Quotes    []Quote    `json:"quotes,omitempty"`
	Keywords  []Keyword  `json:"keywords,omitempty"`
	Summary   string     `json:"summary,omitempty"`
	// Sports: the text reads as a sports report (nlp's test: sports words
	// and scores), where countries and towns may name teams.
	Sports bool `json:"sports,omitempty"`
	// Dateline is the byte length of the wire dateline opening Text
	// (extract.DatelineLen), worked out once by nlp for the stages after
	// it (quotes, keywords, resolve, events), which would otherwise each
	// run the dateline patterns on the same text again; DatelineKnown says
	// nlp set it. Kept in memory, not printed: an article read back from
	// JSON or the store has it unset, and extract.ArticleDatelineLen then
	// reads the text.
	Dateline      int  `json:"-"`
	DatelineKnown bool `json:"-"`
	// DatelineVenue is the country of the dateline's place when resolve
	// read that place as only the venue of a meeting of other states'
	// people ("GENEVA (Wire) - Iranian and U.S. envoys met for talks"),
	// so that events reads the dateline as the resolver did rather than
	// deciding it again; "" when it is no venue or resolve did not run.
	// Kept in memory, not printed, as Dateline is.
	DatelineVenue string `json:"-"`
	// Filled by events.
	Events []Event `json:"events,omitempty"`
	// Incomplete lists the optional stages (quotes, keywords, summary,
	// events) that failed on this article. Their output is left empty and
	// the rest of the analysis is kept: one stage's bug on one odd text
	// loses no article. It also says when only part of the input was read
	// (extract: an HTML page past its size cap) or analysed (nlp: a text
	// with more tokens than nlp.TokenLimit), when extraction found a title
	// but no body text (a page cut short, a body swallowed by an unclosed
	// comment), and when the input gave something unreadable that was left
	// out rather than losing the article (ingest: a JSONL record's
	// "published" that is no date).
	Incomplete []StageFailure `json:"incomplete,omitempty"`
}

// Where a date of an article came from (Article.PublishedSource and
// ReferenceSource, Document.PublishedSource).
const (
	DateFromContent = "content" // the page's markup or the text's header lines
	DateFromURL     = "url"     // a date in the article's URL
	DateFromFeed    = "feed"    // the feed item's publish date
	// DateFromFeedUpdated is a feed item's update time taken for want of
	// a publish date (an Atom entry with only <updated>): no earlier than
	// the publish date.
	DateFromFeedUpdated = "feed-updated"
	DateGiven           = "given"         // given with the input (--published, JSONL)
	DateLastModified    = "last-modified" // the HTTP Last-Modified header: not a publish date
	DateCaptured        = "captured"      // when it was fetched or archived (WARC-Date): not a publish date
	DateFileModified    = "file-modified" // the modification time of the file it was read from: not a publish date
	// DateFileName is a date written in the name of the file the text was
	// read from ("newsweek-2021-07-30-xi-kim.txt"): whoever saved it named
	// it by a date, most often the article's, but it is not read as the
	// publish date, only as the date relative dates are read against.
	DateFileName = "file-name"
	// DateFromDateline is the date of the wire dateline opening the text
	// ("KHARTOUM, March 4, 2025 (Reuters) -"), taken when the markup, the
	// header lines and the URL give none; a dateline without its year
	// ("ANKARA, Nov 28 (Wire) -") is placed in the nearest year not after
	// the reference or ingest date, and only when nothing else (a feed, a
	// given date) dates the article.
	DateFromDateline = "dateline"
)

// Where the zone of a publish time written without one came from
// (Article.PublishedZoneSource).
const (
	ZoneFromPage     = "page"     // the offset of another timestamp on the page
	ZoneFromFeed     = "feed"     // the offset of another date in the feed the item came in
	ZoneFromLanguage = "language" // the page's language tag (html lang, og:locale): a one-clock country
	ZoneFromDomain   = "domain"   // the site's country domain (.kr, .co.uk): a one-clock country
	ZoneFromDateline = "dateline" // the place a wire dateline of the text names ("SEOUL, July 30 --")
	ZoneUnknown      = "unknown"  // no evidence: the clock is read as UTC
)

// StageFailure is an optional stage that failed on an article.
type StageFailure struct {
	Stage string `json:"stage"`
	Error string `json:"error"` // first line; a panic's stack goes to the log
}

// Sentence is one sentence of Article.Text.
type Sentence struct {
	Index     int     `json:"index"`
	Paragraph int     `json:"paragraph"` // index into Article.Paragraphs
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Tokens    []Token `json:"-"` // kept in memory for later stages, not printed
}

// Token is one word or punctuation mark. There is one per word of the
// article, held by every stage after nlp, so it carries only what a later
// stage reads: the tagger's entity tags are in Article.Entities (a BIO tag
// per token, read by no stage, was a quarter of a token's size).
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	POS   string `json:"pos,omitempty"` // Penn Treebank tag when a tagger ran
}

// Entity types produced by the tagger.
const (
	EntityPerson = "PER"
	EntityOrg    = "ORG"
	EntityGPE    = "GPE"  // countries, cities, states: places with a government
	EntityLoc    = "LOC"  // other places: rivers, regions, mountains
	EntityNORP   = "NORP" // nationalities, religious and political groups
	EntityMisc   = "MISC"
	// EntityRole marks a role or nominal mention added by the resolver ("the
	// Chinese leader", "U.S. officials"), resolved to an office holder or a
	// country's sector actor.
	EntityRole = "ROLE"
)

// Entity is one named mention in the text, resolved to an actor where possible.
type Entity struct {
	Text     string `json:"text"`
	Type     string `json:"type"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	ActorID  string `json:"actor_id,omitempty"`
	Country  string `json:"country,omitempty"` // ISO 3166 alpha-3, or an IGO code
	Sector   string `json:"sector,omitempty"`  // PLOVER sector: government, military, ...
	// Gender of a person, "female" or "male", when the article or the
	// person's given name says it; pronouns are matched against it.
	Gender string `json:"gender,omitempty"`
	// ActorIDs are the two parties a pair phrase stands for ("the two
	// countries", "both sides": the two named last before it), in order;
	// ActorID is then empty, as no one actor is meant (as in
	// Speaker.ActorIDs).
	ActorIDs []string `json:"actor_ids,omitempty"`
}

// Genders of persons (Entity.Gender).
const (
	GenderFemale = "female"
	GenderMale   = "male"
)

// ActorRef is a distinct actor mentioned in an article.
type ActorRef struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"` // person, organisation, country, place, role
	Country  string `json:"country,omitempty"`
	Sector   string `json:"sector,omitempty"`
	QID      string `json:"qid,omitempty"` // Wikidata id where known
	Mentions int    `json:"mentions"`
}

// Date precisions.
const (
	PrecisionMinute = "minute" // a clock time: "2021-07-27T15:00"
	PrecisionHour   = "hour"   // an hour: "2021-07-27T23" ("shortly before midnight")
	PrecisionDay    = "day"
	PrecisionMonth  = "month"
	PrecisionYear   = "year"
)

// TimeExpr is a date or relative time expression normalised against the
// article's publish date.
type TimeExpr struct {
	Text      string `json:"text"`
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Value     string `json:"value"`               // "2021-07-27T15:00+01:00", "2021-07-27", "2021-08", "2018"
	Precision string `json:"precision"`           // minute, hour, day, month, year
	Relation  string `json:"relation,omitempty"`  // past, current, future (to the publish date)
	EndValue  string `json:"end_value,omitempty"` // for ranges ("since April" -> start in Value)
	// Base is the date of the original event an anniversary counts from
	// ("the 68th anniversary of the cease-fire" in 2021 -> "1953").
	Base string `json:"base,omitempty"`
	// PartOfDay is the part of its day a day-precision expression names
	// ("Tuesday evening": evening; "early Tuesday": early, its first
	// hours; "late Tuesday": late): morning, afternoon, evening, night,
	// early, late, or a part with its modifier ("early morning", "late
	// night" of "late Friday night"). The value stays the day.
	PartOfDay string `json:"part_of_day,omitempty"`
	// Mod is the part of Value meant when Value is a whole year or month
	// and the words name a part of it, as TIMEX3's mod attribute writes
	// it: START ("the start of the year", "early 2019"), MID ("mid-2019",
	// "the middle of next year"), END ("the end of the year", "year-end",
	// "end-2025", "late 2021"). A part already narrowed into the value
	// ("late September": its 16th to 30th; "the late 1990s": 1995-1999)
	// has none.
	Mod string `json:"mod,omitempty"`
	// TimeZone is the zone a clock time is given in, as written ("GMT",
	// "EST"), or "local" for "local time"; its offset, when the zone has
	// one fixed offset, is part of Value.
	TimeZone string `json:"time_zone,omitempty"`
	// Duration is the length a duration names, as TIMEX3 and ISO 8601
	// write it ("after 14 months of silence": P14M; "the past two days":
	// P2D; "the past decade": P1DE). Value and EndValue are then the span
	// it covers, counted back from the date of its sentence ("On July 27,
	// ... after 14 months": to July 27) or else the publish date.
	Duration string `json:"duration,omitempty"`
}

// TIMEX3 mods (TimeExpr.Mod).
const (
	ModStart = "START"
	ModMid   = "MID"
	ModEnd   = "END"
)

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuotePartial  = "partial"
	QuoteIndirect = "indirect"
)

// Quote is something someone said, with who said it and through whom.
type Quote struct {
	Text    string   `json:"text"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Kind    string   `json:"kind"`
	Speaker *Speaker `json:"speaker"` // null when the speaker cannot be found
	Conduit *Speaker `json:"conduit,omitempty"`
	// ConduitKind is ConduitChannel when the Conduit names the occasion or
	// form the words came in ("in a statement", "told a news conference")
	// rather than who carried them ("told Newsweek", "on CNN"), so a
	// reader says "(in a statement)" and not "via in a statement";
	// ConduitDocument when it is the document the speaker issued ("a
	// letter", "a readout"); empty for an outlet, a platform or a relaying
	// speaker.
	ConduitKind string `json:"conduit_kind,omitempty"`
	// Audience is who the words were addressed to when that is not the
	// medium carrying them: "told the Security Council", "told lawmakers",
	// "in a speech to parliament", "told reporters" (people, of whatever
	// trade). A news medium addressed ("told Reuters", "told Le Monde") is
	// the Conduit.
	Audience *Speaker `json:"audience,omitempty"`
	Sentence int      `json:"sentence"`
}

// Speaker is who a quote is attributed to, or the outlet it went through.
type Speaker struct {
	Text    string `json:"text"`
	ActorID string `json:"actor_id,omitempty"`
	// ActorIDs are the actors of a joint speaker, one per named conjunct
	// ("China and the U.S." -> CHN, USA), in order; ActorID is then empty,
	// as no one actor spoke, and Country and Sector are set only when all
	// of them share one.
	ActorIDs []string `json:"actor_ids,omitempty"`
	Country  string   `json:"country,omitempty"`
	Sector   string   `json:"sector,omitempty"`
	// Kind is how the quote finder marks a conduit that is a channel
	// (ConduitChannel) while it works; the output carries it as
	// Quote.ConduitKind, as a Speaker is also an event's attribution.
	Kind string `json:"-"`
}

// ConduitChannel is the Quote.ConduitKind of a conduit that is an occasion or
// a form of words, not a medium.
const ConduitChannel = "channel"

// ConduitDocument is the Quote.ConduitKind of a conduit that is the
// document the words were written in ("a letter", "a readout of the call",
// "the ministry's statement"): the speaker issued it, no one relayed it,
// so a reader says "(in a letter)" and not "via a letter".
const ConduitDocument = "document"

// ConduitPhrase words a quote's conduit (its text and ConduitKind) for a
// reader, after the speaker: "via Newsweek" for whoever carried the words,
// "(in a statement)" for the occasion they came in, which is no medium,
// "(in a letter)" for the document they were written in; an
// occasion named without its preposition ("told a news conference": "a
// news conference") is where the words were said, "(at a news
// conference)". The CLI and the web pages word it alike.
func ConduitPhrase(text, kind string) string {
	if kind == ConduitDocument {
		// "A readout" opening a sentence reads "(in a readout)"; a name
		// ("Xinhua's report") keeps its capital.
		first, rest, _ := strings.Cut(text, " ")
		switch first {
		case "A", "An", "The", "Another", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our":
			text = strings.ToLower(first) + " " + rest
		}
		return "(in " + text + ")"
	}
	if kind != ConduitChannel {
		return "via " + text
	}
	first, _, _ := strings.Cut(text, " ")
	switch low := strings.ToLower(first); low {
	case "in", "on", "at", "during", "through":
		// A channel stored from a sentence's opening words ("In a
		// statement, ...") reads as one inside the clause.
		return "(" + low + text[len(first):] + ")"
	}
	return "(at " + text + ")"
}

// Keyword is a ranked keyphrase.
type Keyword struct {
	Phrase string  `json:"phrase"`
	Score  float64 `json:"score"`
}

// EventTypes lists the PLOVER 2 event types, the values of Event.Type: the
// coder's patterns use them, and the API and the query commands accept
// only them as a type filter.
var EventTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// Event is one coded event: who did what to whom, when and where.
type Event struct {
	ID          string       `json:"id"`   // stable within the article
	Type        string       `json:"type"` // PLOVER event type: AGREE, CONSULT, ...
	Mode        string       `json:"mode,omitempty"`
	Context     []string     `json:"context,omitempty"`
	Source      []EventActor `json:"source"`
	Target      []EventActor `json:"target"`
	Location    *EventActor  `json:"location,omitempty"`
	Date        string       `json:"date,omitempty"` // normalised, to Precision
	Precision   string       `json:"date_precision,omitempty"`
	DateFrom    string       `json:"date_from,omitempty"` // first day of a span of days the date names (see DateTo)
	DateTo      string       `json:"date_to,omitempty"`   // last day of it: "next week" said on 2025-03-12 is 2025-03-17..2025-03-23, a week Date and Precision cannot hold (they widen it to its month or narrow it to its first day); empty for a day, month or year
	Relation    string       `json:"relation,omitempty"`  // past, current, future
	DatedBy     string       `json:"dated_by,omitempty"`  // "report" (DatedByReport) when Date is the time of a closing attribution (", its foreign minister said on Thursday"), not one the event's own clause gives: when the event was told, which dates an act told as done but not the act a denial denies; empty otherwise
	Polarity    string       `json:"polarity"`            // asserted, negated
	Modality    string       `json:"modality"`            // actual, intended, planned, hypothetical, demanded
	Attribution *Speaker     `json:"attribution,omitempty"`
	CAMEO       string       `json:"cameo,omitempty"`
	Goldstein   float64      `json:"goldstein"`
	QuadClass   int          `json:"quad_class"`
	Confidence  float64      `json:"confidence"`
	Evidence    []Evidence   `json:"evidence"` // one per mention of the event in the article
}

// DatedByReport is Event.DatedBy of an event dated by the time of the
// report that tells it.
const DatedByReport = "report"

// TookPlace says whether an event told with this polarity, modality,
// PLOVER type and CAMEO code is one that took place: not negated, and
// actual (or unknown: ""), or an intended act that is an act of its own.
// CAMEO codes the statement of an intention as an event, a pledge or
// promise (AGREE, 03x: "Brussels pledged new funding for Sudan") or a
// threat (THREATEN, 13x), so two outlets telling one pledge tell one event
// however far off what is pledged is. A planned, demanded or hypothetical
// act, or an intended one of another type ("sent envoys to negotiate"), has
// not happened. The merge stage joins only such events across outlets, and
// the store's asserted filter (store.AssertedSQL) lists only them.
func TookPlace(polarity, modality, typ, cameo string) bool {
	if polarity == "negated" {
		return false
	}
	switch modality {
	case "", "actual":
		return true
	case "intended":
		typ = strings.ToUpper(typ)
		return typ == "AGREE" && strings.HasPrefix(cameo, "03") || typ == "THREATEN" && strings.HasPrefix(cameo, "13")
	}
	return false
}

// EventActor is one participant of an event.
type EventActor struct {
	Text    string `json:"text"`
	ActorID string `json:"actor_id,omitempty"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
}

// Evidence points at the text that supports an event.
type Evidence struct {
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Trigger  string `json:"trigger"`
	Rule     string `json:"rule"` // pattern file and entry that fired
}
