package merge

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
	"github.com/newsgraph/newsgraph/internal/store/display"
	"github.com/newsgraph/newsgraph/internal/store/reportdate"
)

// Options tunes merging.
type Options struct {
	// Window is how far apart (in days) two reports' event dates may be
	// and still be one event (default 3).
	Window int
	// Threshold is the estimated Jaccard similarity from which an
	// article is a copy of a stored one (default DefaultThreshold).
	Threshold float64
	// JoinConfidence is the coder's confidence from which a report may
	// join or seed an event shared across articles (default
	// DefaultJoinConfidence; see Joinable). It is tied to the coder's
	// confidence scale: a coder that scores differently needs its own.
	JoinConfidence float64
	// Now stamps ingested_at and first_seen (default time.Now).
	Now func() time.Time
}

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = 3
	}
	if o.Threshold <= 0 || o.Threshold > 1 {
		o.Threshold = DefaultThreshold
	}
	if o.JoinConfidence <= 0 || o.JoinConfidence > 1 {
		o.JoinConfidence = DefaultJoinConfidence
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// ContentHash is the identity of a document's bytes.
func ContentHash(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// Identity is the URL a document is stored under: its own URL when it has
// one, else the absolute path of the file it came from as a file:// URL,
// else its source name (a document POSTed to the API without a URL).
func Identity(doc *model.Document) string {
	if doc.URL != "" {
		return doc.URL
	}
	src := doc.Source
	if src == "" || src == "-" {
		return ""
	}
	if strings.Contains(src, "://") || strings.HasPrefix(src, "api:") {
		// A URL, or a document POSTed to the API without one, which
		// names it "api:sha256:..." by its bytes: not a file path.
		return src
	}
	if abs, err := filepath.Abs(src); err == nil {
		src = abs
	}
	return "file://" + filepath.ToSlash(src)
}

// Site is the outlet an article counts as for num_sources: the host of its
// URL without "www.", else the site name the page declares.
func Site(doc *model.Document) string {
	for _, u := range []string{doc.URL, articleURL(doc)} {
		if p, err := url.Parse(u); err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" {
			return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
		}
	}
	if doc.Article != nil && doc.Article.Site != "" {
		return strings.ToLower(strings.TrimSpace(doc.Article.Site))
	}
	return ""
}

func articleURL(doc *model.Document) string {
	if doc.Article == nil {
		return ""
	}
	return doc.Article.URL
}

// NewArticle turns an analysed document into the row the store keeps.
func NewArticle(doc *model.Document, now time.Time) *store.Article {
	a := doc.Article
	if a == nil {
		a = &model.Article{Source: doc.Source, URL: doc.URL}
	}
	sa := &store.Article{
		URL:         Identity(doc),
		Source:      doc.Source,
		Site:        Site(doc),
		ContentHash: ContentHash(doc.Raw),
		Title:       a.Title,
		Byline:      a.Byline,
		Language:    a.Language,
		Text:        a.Text,
		Published:   a.Published,
		IngestedAt:  now,
		Data:        a,
	}
	if sa.URL == "" {
		// Standard input and other nameless inputs are known by their
		// bytes alone.
		sa.URL = "urn:sha256:" + sa.ContentHash
	}
	if a.URL != "" && a.URL != sa.URL {
		sa.CanonicalURL = a.URL
	}
	if sa.Published == nil && !doc.Published.IsZero() {
		p := doc.Published
		sa.Published = &p
	}
	if sig, words := Sketch(a.Text); words >= MinWords {
		sa.Signature, sa.Bands = sig.Bytes(), sig.Bands()
	}
	return sa
}

// Outcome says what Apply did with a document.
type Outcome struct {
	ArticleID int64
	// Skipped: already stored (same URL or same bytes). Nothing is
	// written, but for the same bytes stored under another URL and
	// published later: the stored article takes this one's URL and
	// dates (takeIdentity).
	Skipped     bool
	DuplicateOf int64 // syndicated copy of this article
	// Replaced is the stored article this one took the place of as its
	// story's original (store.Tx.MakeCopy): it was published before it,
	// or at the same time under a lower URL, and arrived after it. The
	// stored article is now its copy, and its reports of events are this
	// article's.
	Replaced  int64
	NewEvents int // events created
	// Merged counts the article's event reports that joined an event
	// another article had reported. Its reports that share one event of
	// its own (a symmetric event coded both ways round, "Niger and
	// Nigeria agreed": Niger->Nigeria and Nigeria->Niger) are no merge
	// across outlets and are not counted: ingest said "6 reports merged"
	// where 2 had joined another outlet's events.
	Merged int
}

// Apply stores one article inside tx: it skips an article already stored,
// links a near-duplicate to its canonical article, and merges each of the
// article's events into a stored event with the same key in the date
// window (or creates one). A duplicate's events are not recorded again:
// the canonical article already reported them, and a copy is not an
// independent source.
func Apply(ctx context.Context, tx store.Tx, a *store.Article, opts Options) (Outcome, error) {
	opts = opts.withDefaults()
	var out Outcome
	id, err := tx.FindArticle(ctx, a.URL, a.ContentHash)
	if err != nil {
		return out, err
	}
	if id != 0 {
		if err := takeIdentity(ctx, tx, id, a, opts); err != nil {
			return out, err
		}
		return Outcome{ArticleID: id, Skipped: true}, nil
	}
	best, err := nearestCopy(ctx, tx, a, opts, 0)
	if err != nil {
		return out, err
	}
	if best != nil {
		if a.IngestedAt.IsZero() {
			a.IngestedAt = opts.Now()
		}
		if reportsBefore(a, best) {
			return applyOriginal(ctx, tx, a, best.ID)
		}
		a.DuplicateOf = best.ID
	}
	if a.IngestedAt.IsZero() {
		a.IngestedAt = opts.Now()
	}
	if out.ArticleID, err = tx.InsertArticle(ctx, a); err != nil {
		return out, err
	}
	out.DuplicateOf = a.DuplicateOf
	if a.DuplicateOf != 0 {
		return out, nil
	}
	merged, created, err := applyEvents(ctx, tx, out.ArticleID, a, opts)
	out.Merged, out.NewEvents = merged, created
	return out, err
}

// nearestCopy is the stored canonical article, other than except, that
// a's text is a near duplicate of: the most similar of the candidates its
// band keys find, at opts.Threshold or above; nil when there is none (or
// a's text is too short to judge).
func nearestCopy(ctx context.Context, tx store.Tx, a *store.Article, opts Options, except int64) (*store.ArticleSig, error) {
	sig, ok := ParseSignature(a.Signature)
	if !ok || len(a.Bands) == 0 {
		return nil, nil
	}
	cands, err := tx.NearDuplicateCandidates(ctx, a.Bands, 32)
	if err != nil {
		return nil, err
	}
	var best *store.ArticleSig
	bestSim := opts.Threshold
	for i, c := range cands {
		cs, ok := ParseSignature(c.Signature)
		if !ok || c.ID == except {
			continue
		}
		if s := Similarity(sig, cs); s >= bestSim {
			best, bestSim = &cands[i], s
		}
	}
	return best, nil
}

// takeIdentity gives stored article id, which FindArticle found for a, a's
// URL and dates (store.Tx.RenameArticle) when id holds a's very bytes
// under another URL and a is the story's original (TakesIdentity): the
// same bytes arriving twice under two URLs are stored once, under the
// earliest published URL, whichever arrived first, as a near duplicate's
// original is. An article found by its URL, or a stored syndicated copy,
// is left as it is.
func takeIdentity(ctx context.Context, tx store.Tx, id int64, a *store.Article, opts Options) error {
	if byURL, err := tx.FindArticle(ctx, a.URL, ""); err != nil || byURL != 0 {
		return err
	}
	stored, ok, err := tx.CanonicalArticle(ctx, id)
	if err != nil || !ok {
		return err
	}
	if a.IngestedAt.IsZero() {
		a.IngestedAt = opts.Now()
	}
	if !TakesIdentity(a, stored) {
		return nil
	}
	return tx.RenameArticle(ctx, id, a)
}

// TakesIdentity says whether article a, the very bytes of stored article
// stored (store.Store.ArticleByHash) under another URL, is to take its
// identity (Apply renames it, store.Tx.RenameArticle): stored is
// canonical, and a is the story's original rather than it
// (reportsBefore). It reads only a's URL and dates (publish date,
// reference date, ingest time), which extraction gives: ingest asks it
// before the rest of the analysis, and bytes it says no to are stored
// already, so they are skipped unanalysed (Apply would skip them).
func TakesIdentity(a *store.Article, stored store.ArticleSig) bool {
	return stored.DuplicateOf == 0 && reportsBefore(a, &stored)
}

// reportsBefore says whether article a, a copy of the same story as
// stored canonical article c, is the story's original rather than c: the
// one reported first (its report date, reportdate.Of: published, else
// reference date, else ingest time), then the one of the lower URL (in
// byte order). The original is the story's source, whichever of its
// copies arrived first: an archive ingested newest first, or a wire story
// that arrived after an outlet's copy of it, keeps the outlet that
// published it first.
func reportsBefore(a *store.Article, c *store.ArticleSig) bool {
	var ref *time.Time
	if a.Data != nil {
		ref = a.Data.ReferenceDate
	}
	// The stores keep whole seconds (SQLite's layout): compared at that,
	// two copies of one minute are not told apart by a fraction the
	// stored one lost.
	at := reportdate.Of(a.Published, ref, a.IngestedAt).Truncate(time.Second)
	return cmp.Or(at.Compare(c.ReportDate.Truncate(time.Second)), cmp.Compare(a.URL, c.URL)) < 0
}

// applyOriginal stores article a as the original of stored canonical
// article dup, which becomes its syndicated copy (store.Tx.MakeCopy): a's
// reports of events are dup's (near duplicates tell the same events),
// which become a's, so the events count a's outlet and not dup's as their
// source, as if a had arrived first.
//
// The moved reports keep the copy's evidence (sentence, text, trigger)
// and its days until a remerge, which applies each canonical article's
// own analysis (so does a rename of the same bytes, takeIdentity, whose
// reports keep the days read against the stored URL's publish date). They
// are not refreshed here on purpose. A report's day, read against the
// copy's publish date ("yesterday" is a day later in a copy published a
// day later), decided which stored event it joined (the date window),
// the event's date (sharpen: the day most sources give) and which later
// reports joined that event: giving it the original's day would mean
// taking the report out of its event, perhaps emptying the event or
// leaving others joined on a day no report of it gives, and deciding
// the event's date, parties, span and place again from what is left.
// That is Remerge's work, over every event, and done for one article at
// a time it gives events that neither an ordered ingest nor a remerge
// gives. The evidence alone could be swapped where the original tells a
// report the same way (key, day, span, place, polarity, modality), but
// telling which of the original's events a copy's report is, among texts
// that differ by a sentence or more (their events numbered differently),
// is a guess, and it would change no count or date.
func applyOriginal(ctx context.Context, tx store.Tx, a *store.Article, dup int64) (Outcome, error) {
	a.DuplicateOf = 0
	id, err := tx.InsertArticle(ctx, a)
	if err != nil {
		return Outcome{}, err
	}
	if err := tx.MakeCopy(ctx, dup, id); err != nil {
		return Outcome{}, err
	}
	return Outcome{ArticleID: id, Replaced: dup}, nil
}

// reportDay is the date an article's events without a date of their own
// are put on: its publish date, else its reference date (the page's
// Last-Modified or capture time, which extract records when the page gives
// no publish date), and only when nothing dates the article the time it
// was ingested. A publish time is taken at its publisher's offset (the
// analysis keeps it; the store's column is the UTC instant), so that an
// event of a story of 23:30 at -05:00 is of the day its dateline and its
// listings say (display.OwnOffset), and events --since/--until find it by
// that day, not the next day in UTC.
func reportDay(a *store.Article) time.Time {
	switch {
	case a.Published != nil:
		if a.Data != nil && a.Data.Published != nil && a.Data.Published.Equal(*a.Published) {
			return display.OwnOffset(*a.Data.Published)
		}
		return display.OwnOffset(*a.Published)
	case a.Data != nil && a.Data.ReferenceDate != nil:
		return a.Data.ReferenceDate.UTC() // a UTC day, as the listings show it
	}
	return a.IngestedAt.UTC()
}

// applyEvents merges the events of a stored canonical article (id
// articleID, analysis a.Data) into the stored events: Apply does it for a
// new article, Remerge for every stored one anew. merged counts the
// reports that joined an event another article had reported
// (Outcome.Merged), created the events the article made.
func applyEvents(ctx context.Context, tx store.Tx, articleID int64, a *store.Article, opts Options) (merged, created int, err error) {
	if a.Data == nil {
		return 0, 0, nil
	}
	fallback := reportDay(a)
	names := map[string]string{}
	for _, ar := range a.Data.Actors {
		if ar.ID != "" && ar.Name != "" {
			names[ar.ID] = ar.Name
		}
	}
	// The coder already joined what one article tells twice, so an
	// article's events with different keys are distinct: none may join,
	// told differently, a stored event that another of them created or
	// joined. (Events with one key still share one: the coder codes a
	// symmetric event both ways round, "a deal between the US and China";
	// so do joinable reports of one day told at two granularities, which
	// the coder keys apart: see ownAtOtherGranularity.)
	st := &articleMerge{taken: map[int64]bool{}, own: map[string][]*store.Event{}, mentioned: map[[2]int64]bool{}, dated: map[int64]bool{},
		bodies: sectorBodies(a.Data, names), days: map[string]map[string]bool{}, site: a.Site}
	if st.site == "" {
		st.site = a.URL
	}
	st.at = reportdate.Of(a.Published, a.Data.ReferenceDate, a.IngestedAt)
	for i := range a.Data.Events {
		ev := &a.Data.Events[i]
		if day, precision, given := eventDate(ev, fallback); given && precision == model.PrecisionDay {
			key := dayKey(ev)
			if st.days[key] == nil {
				st.days[key] = map[string]bool{}
			}
			st.days[key][day.Format(time.DateOnly)] = true
		}
	}
	// Joinable reports go first, so that an event the article tells both
	// loosely and properly is keyed, and joined, as the proper report.
	order := make([]int, 0, len(a.Data.Events))
	for pass := range 2 {
		for i := range a.Data.Events {
			if Joinable(&a.Data.Events[i], opts.JoinConfidence) == (pass == 0) {
				order = append(order, i)
			}
		}
	}
	for _, i := range order {
		ev := &a.Data.Events[i]
		joined, err := mergeEvent(ctx, tx, articleID, ev, fallback, a.IngestedAt, names, st, opts)
		if err != nil {
			return st.joinedOthers, created, err
		}
		if !joined {
			created++
		}
	}
	return st.joinedOthers, created, nil
}

// articleMerge is what merging one article's events remembers between
// them.
type articleMerge struct {
	// bodies are the article's bodies named by their own names that
	// stand for their country's sector (sectorBodies).
	bodies map[[2]string]string
	// taken holds the stored events the article's reports joined: no
	// second loose report of the article joins one of them.
	taken map[int64]bool
	// own holds the events of the article's reports by key.
	own map[string][]*store.Event
	// days holds, by dayKey, the days the article's reports are dated to.
	// The coder joins what an article tells twice, so reports of one key
	// it dates to two days ("struck Khost on Sunday ... struck Paktika on
	// Monday") are two happenings: each keeps to its own day. So are
	// reports of one type between the same countries told at two
	// granularities ("Pakistani warplanes struck Paktika on Monday ...
	// Pakistan bombed Khost on Sunday").
	days map[string]map[string]bool
	// dated holds the events of the article's reports that gave a day of
	// their own (see ownAtOtherGranularity).
	dated map[int64]bool
	// mentioned holds (event id, sentence) pairs the article has a mention
	// of: the coder codes a symmetric event both ways round from one
	// sentence ("a deal between the US and China"), which is one mention
	// of the event, not two.
	mentioned map[[2]int64]bool
	// joinedOthers counts the article's reports that joined an event
	// another article had reported (Outcome.Merged), not one the article
	// made or joined itself.
	joinedOthers int
	// site is the outlet the article counts as for num_sources (its Site,
	// else its URL, as store.Tx.EventReports gives a report's site).
	site string
	// at is the article's report date (reportdate.Of), which places its
	// reports among an event's (see redateUndated).
	at time.Time
}

// siteDatedOtherDay says whether another article of site gave stored event
// c a day other than day. An outlet that dated a strike on Kharkiv to
// Tuesday in one story and dates one to Wednesday in the next ("Russian
// drones struck Kharkiv on Wednesday, a day after ...") tells two
// happenings, as one article dating one key to two days does (see
// articleMerge.days): the window that forgives different outlets a day's
// disagreement must not fold the outlet's own two days into one. An
// outlet's follow-up of the same happening gives it the same day
// ("yesterday" read against the later publish date), and a report that
// gives no day of its own (dated by its publish day) is not held to it.
func siteDatedOtherDay(ctx context.Context, tx store.Tx, c *store.Event, site string, articleID int64, day time.Time) (bool, error) {
	if site == "" {
		return false, nil
	}
	reports, err := eventReports(ctx, tx, c.ID)
	if err != nil {
		return false, err
	}
	d := day.Format(time.DateOnly)
	for _, r := range reports {
		if r.ArticleID != articleID && r.Site == site && r.Precision == model.PrecisionDay && r.Date != "" && r.Date != d {
			return true, nil
		}
	}
	return false, nil
}

func mergeEvent(ctx context.Context, tx store.Tx, articleID int64, ev *model.Event, fallback, now time.Time, names map[string]string, st *articleMerge, opts Options) (merged bool, err error) {
	day, precision, given := eventDate(ev, fallback)
	if given && ev.Polarity == "negated" && ev.DatedBy == model.DatedByReport {
		// "Niger did not sign the pact, its minister said on Thursday":
		// Thursday is when the denial was told, its report's day, and
		// says nothing of when the act it denies would have been.
		given = false
	}
	key := EventKey(ev)
	from := day.AddDate(0, 0, -opts.Window).Format(time.DateOnly)
	to := day.AddDate(0, 0, opts.Window).Format(time.DateOnly)
	if given && precision == model.PrecisionDay && len(st.days[dayKey(ev)]) > 1 {
		// The article itself tells this key on another day too: the
		// window that forgives an outlet a wrong day would fold its two
		// happenings into one (see articleMerge.days).
		from = day.Format(time.DateOnly)
		to = from
	}
	// An article's events with one key in the window share one event, as
	// the coder codes a symmetric event both ways round and tells one
	// event in several sentences, whichever of them may join other
	// articles' events.
	var target *store.Event
	swapped, other := false, false
	for _, e := range st.own[key] {
		// One article telling an act and denying one of the same key
		// tells two acts ("Modi pledged to double renewable capacity
		// ... but did not commit to any cut in emissions"): a denial
		// joins another outlet's report of the act it denies, never its
		// own article's.
		if ev.Polarity != "" && e.Polarity != "" && (ev.Polarity == "negated") != (e.Polarity == "negated") {
			continue
		}
		// Dates of two precisions meet by the coarser's period, not the
		// window (see datesMeet): a month stands at its first day, and
		// "India and China held talks earlier this month", coded both
		// ways round, would otherwise find the day its first direction
		// joined outside the window and send the second direction to
		// another stored event of that month.
		stored := e.Precision
		if stored == "" {
			stored = model.PrecisionDay // as datesMeet reads it
		}
		inWindow := e.Date >= from && e.Date <= to || stored != precision
		if inWindow && datesMeet(day, precision, e.Date, e.Precision) {
			target = e
			break
		}
	}
	if target == nil && Joinable(ev, opts.JoinConfidence) {
		// The article telling this happening again, at another
		// granularity (see ownAtOtherGranularity).
		if given {
			target, swapped = ownAtOtherGranularity(ev, key, day, precision, st.own, st.dated)
		}
	}
	if target == nil && Joinable(ev, opts.JoinConfidence) {
		// A country acting on itself with no actor named on either side
		// ("China accused China", coded from loose sentences) says too
		// little to tell one outlet's event from another's: only a stored
		// event that also corroborates it is joined (see corroborates).
		var accept func(*store.Event) bool
		var acceptErr error
		if bareSelfPair(eventParty(ev.Source), eventParty(ev.Target)) {
			accept = func(c *store.Event) bool {
				ok, err := corroborates(ctx, tx, c, ev, given, opts.Threshold)
				if err != nil && acceptErr == nil {
					acceptErr = err
				}
				return ok
			}
		}
		// A stored denial is the act's event only for a report of a day
		// it may deny (acceptDenial); the window alone would let it
		// join an act told after the denial was.
		inner := accept
		accept = func(c *store.Event) bool {
			if given && precision == model.PrecisionDay {
				// The outlet itself told this key on another day in an
				// earlier article: see siteDatedOtherDay.
				other, err := siteDatedOtherDay(ctx, tx, c, st.site, articleID, day)
				if err != nil && acceptErr == nil {
					acceptErr = err
				}
				if err != nil || other {
					return false
				}
			}
			if c.Polarity == "negated" {
				if st.taken[c.ID] && ev.Polarity != "negated" {
					return false // the article's own denial: see the loop over st.own
				}
				waiting, err := waitingDenial(ctx, tx, c)
				if err != nil && acceptErr == nil {
					acceptErr = err
				}
				if err != nil || waiting && !deniedAfter(c, day) {
					return false
				}
			}
			return inner == nil || inner(c)
		}
		if target, swapped, err = findEvent(ctx, tx, ev, key, day, precision, from, to, st.taken, accept); err != nil {
			return false, err
		}
		if acceptErr != nil {
			return false, acceptErr
		}
		if target == nil && given {
			if target, swapped, err = findOtherPrecision(ctx, tx, ev, key, day, precision, st.taken); err != nil {
				return false, err
			}
		}
		if target == nil && precision == model.PrecisionDay {
			// A denial told before the act's own reports (see
			// undatedDenial) waits, dated by its report's day, for them.
			to := day.AddDate(0, 0, denialReach).Format(time.DateOnly)
			if target, swapped, err = findEvent(ctx, tx, ev, key, day, precision, day.Format(time.DateOnly), to, st.taken,
				func(c *store.Event) bool { return acceptDenial(ctx, tx, c, day, &acceptErr) }); err != nil {
				return false, err
			}
			if acceptErr != nil {
				return false, acceptErr
			}
		}
		// Neither search returns an event in st.taken, which holds every
		// event this article made or joined: one found is another's.
		other = target != nil
	}
	denial := undatedDenial(ev, given, opts.JoinConfidence)
	if target == nil && denial {
		// An undated denial meets the act it denies dated up to
		// denialReach days before its report's day, and another such
		// denial within the window.
		var acceptErr error
		from := day.AddDate(0, 0, -denialReach).Format(time.DateOnly)
		to := day.AddDate(0, 0, opts.Window).Format(time.DateOnly)
		// Not its own article's event (st.taken), which the exact key
		// would find: see the loop over st.own above.
		if target, swapped, err = findEvent(ctx, tx, ev, key, day, precision, from, to, st.taken,
			func(c *store.Event) bool {
				return !st.taken[c.ID] && deniable(ctx, tx, c, day, opts.Window, &acceptErr)
			}); err != nil {
			return false, err
		}
		if acceptErr != nil {
			return false, acceptErr
		}
		other = target != nil // not in st.taken, as above
	}
	wasDenial := false
	if target != nil && target.Polarity == "negated" && !denial {
		// An assertion joining a denial that waited for it dates the
		// event: the act's day is its reports', not the denial's report
		// day (sharpen below then weighs the days reports give).
		wasDenial = true
	}
	if target == nil {
		storedKey := key
		if !Joinable(ev, opts.JoinConfidence) && !denial {
			// No other article's report may join it either: a report
			// this loose is no better evidence of which event a second
			// outlet tells than the reverse.
			storedKey = key + localKeyMark + strconv.FormatInt(articleID, 10)
		}
		e := NewEvent(ev, storedKey, day, precision, now)
		// Name resolved parties as the article's actor list does ("China",
		// not the mention "China's military"), but a body standing for
		// its country's sector by its own name (partyName).
		e.SourceName = partyName(e.SourceActor, e.SourceName, names, st.bodies)
		e.TargetName = partyName(e.TargetActor, e.TargetName, names, st.bodies)
		if _, err := tx.InsertEvent(ctx, e); err != nil {
			return false, err
		}
		target = e
	} else {
		merged = true
		if err := coarsen(ctx, tx, target, ev, swapped, names); err != nil {
			return false, err
		}
		if other {
			st.joinedOthers++
		}
	}
	st.taken[target.ID] = true
	if given && precision == model.PrecisionDay {
		st.dated[target.ID] = true
	}
	if !slices.Contains(st.own[key], target) {
		st.own[key] = append(st.own[key], target)
	}
	m := &store.EventMention{EventID: target.ID, ArticleID: articleID, ArticleEventID: ev.ID, Confidence: ev.Confidence,
		Polarity: ev.Polarity, Modality: ev.Modality}
	if m.ArticleEventID == "" {
		m.ArticleEventID = key
	}
	if given {
		m.Date, m.Precision = day.Format(time.DateOnly), precision
		if ev.DateFrom != "" && ev.DateTo != "" {
			m.DateFrom, m.DateTo = ev.DateFrom, ev.DateTo
		}
	}
	if ev.Location != nil {
		m.Location, m.LocationActor, m.LocationCountry = ev.Location.Text, ev.Location.ActorID, ev.Location.Country
	}
	if len(ev.Evidence) > 0 {
		e := ev.Evidence[0]
		m.Sentence, m.Text, m.Trigger, m.Rule = e.Sentence, e.Text, e.Trigger, e.Rule
		said := [2]int64{target.ID, int64(e.Sentence)}
		if st.mentioned[said] {
			return merged, nil
		}
		st.mentioned[said] = true
	}
	if err := tx.AddMention(ctx, m); err != nil {
		return merged, err
	}
	if wasDenial && !given && target.Date != day.Format(time.DateOnly) {
		if err := tx.SetEventDate(ctx, target.ID, day.Format(time.DateOnly), precision); err != nil {
			return merged, err
		}
		target.Date, target.Precision = day.Format(time.DateOnly), precision
	}
	if merged && !given && !wasDenial {
		if err := redateUndated(ctx, tx, target, day, st.at); err != nil {
			return merged, err
		}
	}
	if merged && m.Polarity != "" && m.Polarity != target.Polarity {
		if err := repolar(ctx, tx, target); err != nil {
			return merged, err
		}
	}
	if merged && given {
		if err := sharpen(ctx, tx, target, day, precision); err != nil {
			return merged, err
		}
	}
	if merged && m.Modality != "" && m.Modality != target.Modality {
		if err := remodal(ctx, tx, target); err != nil {
			return merged, err
		}
	}
	if merged && m.Location != "" {
		if err := relocate(ctx, tx, target); err != nil {
			return merged, err
		}
	}
	if merged && (m.DateFrom != "" || target.DateFrom != "") {
		return merged, respan(ctx, tx, target)
	}
	return merged, nil
}

// denialReach is how many days before a denial's report day the act it
// denies may be dated: "Niger did not sign the pact, its minister said
// on Thursday" answers reports of a signing earlier that week, and a
// denial that gives no day of its own tells nothing nearer of when the
// act it denies would have been.
const denialReach = 7

// undatedDenial says whether ev is a report denying an act that other
// outlets may tell as done ("Niger did not sign the security pact with
// Nigeria"), naming both parties as a joinable report does, with no date
// of its own (given false: the date is its report's day, or the time of
// the attribution that closes its sentence, model.Event.DatedBy). Such a denial joins
// the event of the act it denies (see deniable), where the event page
// shows it beside the reports that tell the act as done
// (store.EventMention.PolarityDiffers). A denial with a date of its own
// ("did not sign on Tuesday") is kept to its own article's event, as
// before: it may deny a day, not the act.
func undatedDenial(ev *model.Event, given bool, minConfidence float64) bool {
	if given || ev.Polarity != "negated" || ev.Confidence < minConfidence {
		return false
	}
	return model.TookPlace("asserted", ev.Modality, ev.Type, ev.CAMEO) &&
		namedParty(ev.Source) && namedParty(ev.Target)
}

// waitingDenial says whether stored event c holds only reports that deny
// its act with no date of their own: its date is the first denial's
// report day, not the act's.
func waitingDenial(ctx context.Context, tx store.Tx, c *store.Event) (bool, error) {
	if c.Polarity != "negated" {
		return false, nil
	}
	reports, err := eventReports(ctx, tx, c.ID)
	if err != nil {
		return false, err
	}
	for _, r := range reports {
		if r.Date != "" || r.Polarity != "negated" {
			return false, nil
		}
	}
	return true, nil
}

// deniable says whether an undated denial reported on day may join stored
// event c: an act dated up to denialReach days before the report day (not
// after: a report cannot deny what had not yet been told), or another
// undated denial's event within window days of it.
func deniable(ctx context.Context, tx store.Tx, c *store.Event, day time.Time, window int, errp *error) bool {
	waiting, err := waitingDenial(ctx, tx, c)
	if err != nil {
		if *errp == nil {
			*errp = err
		}
		return false
	}
	d, err := time.Parse(time.DateOnly, c.Date)
	if err != nil {
		return false
	}
	gap := int(day.Sub(d).Hours() / 24)
	if waiting {
		return gap >= -window && gap <= window
	}
	return c.Precision == model.PrecisionDay && gap >= 0 && gap <= denialReach
}

// acceptDenial says whether a report of an act dated to day may join stored
// event c found beyond its window: only an event of undated denials
// reported up to denialReach days after day (the reverse of deniable).
func acceptDenial(ctx context.Context, tx store.Tx, c *store.Event, day time.Time, errp *error) bool {
	waiting, err := waitingDenial(ctx, tx, c)
	if err != nil {
		if *errp == nil {
			*errp = err
		}
		return false
	}
	return waiting && deniedAfter(c, day)
}

// deniedAfter says whether the undated denials of stored event c were
// reported on day or up to denialReach days after it.
func deniedAfter(c *store.Event, day time.Time) bool {
	d, err := time.Parse(time.DateOnly, c.Date)
	if err != nil {
		return false
	}
	gap := int(d.Sub(day).Hours() / 24)
	return gap >= 0 && gap <= denialReach
}

// repolar gives stored event e the polarity most of its reports' sources
// give (agreedPolarity), after a report of the other polarity joined it.
func repolar(ctx context.Context, tx store.Tx, e *store.Event) error {
	reports, err := eventReports(ctx, tx, e.ID)
	if err != nil {
		return err
	}
	pol, ok := agreedPolarity(reports)
	if !ok || pol == e.Polarity {
		return nil
	}
	if err := tx.SetEventPolarity(ctx, e.ID, pol); err != nil {
		return err
	}
	e.Polarity = pol
	return nil
}

// agreedPolarity is the polarity most sources of reports give, ties going
// to the earliest report's (as agreedModality); ok is false when no report
// gives one (reports stored before schema 33).
func agreedPolarity(reports []store.EventMention) (polarity string, ok bool) {
	sources := map[string]map[string]bool{}
	var order []string
	for _, r := range reports {
		if r.Polarity == "" {
			continue
		}
		if sources[r.Polarity] == nil {
			sources[r.Polarity] = map[string]bool{}
			order = append(order, r.Polarity)
		}
		sources[r.Polarity][r.Site] = true
	}
	for _, p := range order {
		if polarity == "" || len(sources[p]) > len(sources[polarity]) {
			polarity = p
		}
	}
	return polarity, polarity != ""
}

// remodal gives stored event e the modality most of its reports' sources
// give (agreedModality), after a report of another modality joined it.
// Only asserted reports join (Joinable), so its polarity stays its first
// report's; their modalities differ where a pledge is told as made by one
// outlet ("actual") and as intended by another ("pledged to send").
func remodal(ctx context.Context, tx store.Tx, e *store.Event) error {
	reports, err := eventReports(ctx, tx, e.ID)
	if err != nil {
		return err
	}
	mod, ok := agreedModality(reports)
	if !ok || mod == e.Modality {
		return nil
	}
	if err := tx.SetEventModality(ctx, e.ID, mod); err != nil {
		return err
	}
	e.Modality = mod
	return nil
}

// agreedModality is the modality most sources of reports give, ties going
// to the earliest report's, as agreedPlace weighs places; ok is false when
// no report gives one (reports stored before schema 33).
func agreedModality(reports []store.EventMention) (modality string, ok bool) {
	sources := map[string]map[string]bool{}
	var order []string
	for _, r := range reports {
		if r.Modality == "" {
			continue
		}
		if sources[r.Modality] == nil {
			sources[r.Modality] = map[string]bool{}
			order = append(order, r.Modality)
		}
		sources[r.Modality][r.Site] = true
	}
	for _, m := range order {
		if modality == "" || len(sources[m]) > len(sources[modality]) {
			modality = m
		}
	}
	return modality, modality != ""
}

// relocate gives stored event e the place most of its reports give
// (agreedPlace), after a report that gave a place joined it.
func relocate(ctx context.Context, tx store.Tx, e *store.Event) error {
	reports, err := eventReports(ctx, tx, e.ID)
	if err != nil {
		return err
	}
	p, ok := agreedPlace(reports)
	if !ok || p == [3]string{e.Location, e.LocationActor, e.LocationCountry} {
		return nil
	}
	if err := tx.SetEventLocation(ctx, e.ID, p[0], p[1], p[2]); err != nil {
		return err
	}
	e.Location, e.LocationActor, e.LocationCountry = p[0], p[1], p[2]
	return nil
}

// agreedPlace is the place (text, actor id, country) most sources of
// reports give the event, ties going to the earliest report's place, as
// majorityDay weighs days: a wire story datelined in the capital and two
// outlets that name the town where the shelling fell tell one event, and
// the place most of them give is the likelier; the first report alone
// would let one outlet's dateline decide. Places are told apart by their
// knowledge-base actor ("Khartoum" and "the Sudanese capital" are one),
// else by their text (case-folded); the text kept is the earliest
// report's of that place. ok is false when no report gives a place: the
// event keeps what it has (reports stored before migration 32 have none).
func agreedPlace(reports []store.EventMention) (place [3]string, ok bool) {
	key := func(r store.EventMention) string {
		if r.LocationActor != "" {
			return "a:" + r.LocationActor
		}
		return "t:" + strings.ToLower(r.Location)
	}
	sources := map[string]map[string]bool{}
	first := map[string][3]string{}
	var order []string // places in the order of their earliest report
	for _, r := range reports {
		if r.Location == "" && r.LocationActor == "" {
			continue
		}
		k := key(r)
		if sources[k] == nil {
			sources[k] = map[string]bool{}
			first[k] = [3]string{r.Location, r.LocationActor, r.LocationCountry}
			order = append(order, k)
		}
		sources[k][r.Site] = true
	}
	best := ""
	for _, k := range order {
		if best == "" || len(sources[k]) > len(sources[best]) {
			best = k
		}
	}
	if best == "" {
		return place, false
	}
	return first[best], true
}

// respan gives stored event e the span of days its reports agree on
// (agreedSpan), after a report that gave a span joined it or one that
// may have moved its date.
func respan(ctx context.Context, tx store.Tx, e *store.Event) error {
	reports, err := eventReports(ctx, tx, e.ID)
	if err != nil {
		return err
	}
	from, to := agreedSpan(reports, e.Date, e.Precision)
	if from == e.DateFrom && to == e.DateTo {
		return nil
	}
	if err := tx.SetEventSpan(ctx, e.ID, from, to); err != nil {
		return err
	}
	e.DateFrom, e.DateTo = from, to
	return nil
}

// agreedSpan is the span of days (first and last day) most sources of
// reports give the event, ties going to the span of the earliest report,
// as majorityDay weighs days: "next week" is counted from each report's
// own publish date, so two outlets a week apart name different weeks,
// and the first account is the one nearest the plan; neither the widest
// span (which blurs the plan into both weeks) nor the earliest alone
// (which one stray report would decide) says when the sources agree it
// is. Only spans that meet the event's date, to its precision (date
// is the month or the first day the span was stored under), count: a
// report that gave a span of another month joined the event by the merge
// window, not by its date. "", "" when no report gives such a span.
func agreedSpan(reports []store.EventMention, date, precision string) (from, to string) {
	sources := map[[2]string]map[string]bool{}
	var order [][2]string // spans in the order of their earliest report
	for _, r := range reports {
		if r.DateFrom == "" || r.DateTo == "" || !spanMeets(r.DateFrom, r.DateTo, date, precision) {
			continue
		}
		sp := [2]string{r.DateFrom, r.DateTo}
		if sources[sp] == nil {
			sources[sp] = map[string]bool{}
			order = append(order, sp)
		}
		sources[sp][r.Site] = true
	}
	var best [2]string
	for _, sp := range order {
		if best[0] == "" || len(sources[sp]) > len(sources[best]) {
			best = sp
		}
	}
	return best[0], best[1]
}

// spanMeets says whether the span of days from..to (YYYY-MM-DD) meets the
// period a stored date stands for at precision: the day itself, its
// month or its year.
func spanMeets(from, to, date, precision string) bool {
	n := len(time.DateOnly)
	switch precision {
	case model.PrecisionMonth:
		n = 7
	case model.PrecisionYear:
		n = 4
	}
	if len(date) < n || len(from) < n || len(to) < n {
		return false
	}
	d := date[:n]
	return from[:n] <= d && d <= to[:n]
}

// bareSelfPair says whether an event's two sides are one country as a
// whole, no actor of it named on either side ("China" accusing "China"):
// the coder reaches such a pair from loose sentences (a country's name
// as subject and again in the object), and every outlet's report of that
// country's affairs on a day would share its key.
func bareSelfPair(src, tgt party) bool {
	return src.country != "" && src.country == tgt.country && src.generic() && tgt.generic()
}

// corroborates says whether stored event c may take report ev of a bare
// self-pair (see bareSelfPair). An event that names an actor of its own
// on a side was matched by that actor, and may. Otherwise, in a test of
// the merging corpus's kind, two outlets' undated "China" and "China"
// reports of a day were unrelated stories filed under the publisher's
// day; one of c's reports must add evidence: a date of its own where ev
// gives one too (dated), or a sentence as alike as a copied article's
// text (estimated Jaccard similarity of word shingles of at least
// threshold, as Apply finds near-duplicates).
func corroborates(ctx context.Context, tx store.Tx, c *store.Event, ev *model.Event, dated bool, threshold float64) (bool, error) {
	if !bareSelfPair(storedParty(c.SourceActor, c.SourceCountry, c.SourceName), storedParty(c.TargetActor, c.TargetCountry, c.TargetName)) {
		return true, nil
	}
	reports, err := eventReports(ctx, tx, c.ID)
	if err != nil {
		return false, fmt.Errorf("reports of event %d: %w", c.ID, err)
	}
	text := ""
	if len(ev.Evidence) > 0 {
		text = ev.Evidence[0].Text
	}
	var sig Signature
	if text != "" {
		sig, _ = Sketch(text)
	}
	for _, r := range reports {
		if dated && r.Date != "" {
			return true, nil
		}
		if text != "" && r.Text != "" {
			rs, _ := Sketch(r.Text)
			if Similarity(sig, rs) >= threshold {
				return true, nil
			}
		}
	}
	return false, nil
}

// precisionRank orders date precisions from the finest (0, a day) to the
// coarsest; an unknown precision ranks coarsest of all.
func precisionRank(p string) int {
	switch p {
	case model.PrecisionDay:
		return 0
	case model.PrecisionMonth:
		return 1
	case model.PrecisionYear:
		return 2
	}
	return 3
}

// within says whether day lies in the period a stored date stands for at
// precision (its month, its year; the day itself at day precision).
func within(day time.Time, date, precision string) bool {
	d := day.Format(time.DateOnly)
	switch precision {
	case model.PrecisionMonth:
		return len(date) >= 7 && d[:7] == date[:7]
	case model.PrecisionYear:
		return len(date) >= 4 && d[:4] == date[:4]
	}
	return d == date
}

// datesMeet says whether a report dated to day at precision may tell a
// stored event dated to date at storedPrecision, beyond the window the
// caller looked in. A month or a year is stored at its first day (see
// EventDay), so a window around that day reaches into the month or year
// before it: "severed relations in 2021" stored on 2021-01-01 would take a
// report of December 30, 2020, and a report of a year looked up around
// January 1 would take an event of the last days of the year before. Two
// dates of different precision meet only when the finer lies within the
// coarser's month or year, as a happening dated to a period took place in
// it; two days meet within the window (the caller's range).
func datesMeet(day time.Time, precision, date, storedPrecision string) bool {
	if storedPrecision == "" {
		storedPrecision = model.PrecisionDay // as NewEvent stores an undated report
	}
	if storedPrecision == precision {
		return true // two months or two years a window apart are one
	}
	if precisionRank(precision) < precisionRank(storedPrecision) {
		return within(day, date, storedPrecision)
	}
	stored, err := time.Parse(time.DateOnly, date)
	return err == nil && within(stored, day.Format(time.DateOnly), precision)
}

// sharpen dates a stored event by a report that joined it and gave its
// date (day at precision). An event known only to a month or a year takes
// the finer date of a report that falls within that month or year: "in
// June 2018" and then "on June 12, 2018" is an event of June 12. A coarser
// report never makes the event coarser. Reports that give different days
// are weighed: the day the most sources give wins, and of days given by
// as many sources, the day of the earliest report (the one published
// first, as earliest_report counts it), as the first account of an event
// is dated nearest to it and a later one may count days from its own
// publish date. Reports that gave no date (dated by their publish day)
// have no say; so an event first dated by its report's day takes the day
// a later report gives.
func sharpen(ctx context.Context, tx store.Tx, e *store.Event, day time.Time, precision string) error {
	date := day.Format(time.DateOnly)
	switch {
	case precisionRank(precision) < precisionRank(e.Precision):
		if e.Precision != "" && !within(day, e.Date, e.Precision) {
			return nil
		}
	case precision == model.PrecisionDay && e.Precision == model.PrecisionDay && date != e.Date:
		reports, err := eventReports(ctx, tx, e.ID)
		if err != nil {
			return err
		}
		date = majorityDay(reports)
		if date == "" || date == e.Date {
			return nil
		}
	default:
		return nil
	}
	if err := tx.SetEventDate(ctx, e.ID, date, precision); err != nil {
		return err
	}
	e.Date, e.Precision = date, precision
	return nil
}

// majorityDay is the day most sources of reports give to the day, ties
// going to the day of the earliest report (reports come earliest first;
// see store.Tx.EventReports); "" when none gives a day.
func majorityDay(reports []store.EventMention) string {
	sources := map[string]map[string]bool{}
	var order []string // days in the order of their earliest report
	for _, r := range reports {
		if r.Precision != model.PrecisionDay || r.Date == "" {
			continue
		}
		if sources[r.Date] == nil {
			sources[r.Date] = map[string]bool{}
			order = append(order, r.Date)
		}
		sources[r.Date][r.Site] = true
	}
	best := ""
	for _, d := range order {
		if best == "" || len(sources[d]) > len(sources[best]) {
			best = d
		}
	}
	return best
}

// findOtherPrecision looks for the stored event a dated report belongs to
// among events dated to another precision, which the window around the
// report's day misses: an event known to a month is stored at its first
// day (see EventDay), and a report of June 12 looks for it there; one
// known to a year, on January 1. A report dated only to a month ("in June
// 2018", stored on June 1) looks for events dated to a day of that month,
// so the day report and the month report join whichever came first. A
// report dated to a year does not look through its year: the same two
// parties meet, agree or clash many times in a year, and a year names none
// of them.
func findOtherPrecision(ctx context.Context, tx store.Tx, ev *model.Event, key string, day time.Time, precision string, taken map[int64]bool) (*store.Event, bool, error) {
	y, m, _ := day.Date()
	switch precision {
	case model.PrecisionDay:
		for _, p := range []struct {
			start     time.Time
			precision string
		}{
			{time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), model.PrecisionMonth},
			{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), model.PrecisionYear},
		} {
			at := p.start.Format(time.DateOnly)
			e, sw, err := findEvent(ctx, tx, ev, key, day, precision, at, at, taken, func(c *store.Event) bool { return c.Precision == p.precision })
			if e != nil || err != nil {
				return e, sw, err
			}
		}
	case model.PrecisionMonth:
		start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		end := start.AddDate(0, 1, -1)
		return findEvent(ctx, tx, ev, key, day, precision, start.Format(time.DateOnly), end.Format(time.DateOnly), taken,
			func(c *store.Event) bool { return c.Precision == model.PrecisionDay })
	}
	return nil, false, nil
}

// localKeyMark separates an event key from the id of the one article whose
// events may share the stored event (see Joinable).
const localKeyMark = "#a"

// DefaultJoinConfidence is Options.JoinConfidence's default: the events
// coder gives 0.9 or more only to an event of the sentence's main clause
// with both parties named in the sentence (0.75 when a party is left out or
// implied, less than half for a background event, 0.2 less for a
// hypothesis), and only such reports name their event closely enough to be
// told from another outlet's (see Joinable).
const DefaultJoinConfidence = 0.9

// Joinable says whether a report may join another article's event, or
// seed one that other articles' reports join. Only a report's own,
// asserted, actual event (confidence at least minConfidence, see
// DefaultJoinConfidence) with both parties known
// as actors or countries may: on the extraction benchmark's news pages,
// exact keys of background events ("Apple released the iPad Pro before
// the end of last year"), one-sided events ("Apple continues to offer free
// repairs", "Apple made a big deal about ...") and parties known only by
// words ("leaders", "protesters", "militants") joined unrelated sentences
// from different outlets in almost every event they made with two
// sources. Such a report keeps an event of its own article.
//
// A report the coder keeps as background is joinable too when it names
// its event as closely as a main clause does (see datedReference): "Li
// Qiang, meeting Sanae Takaichi in Tokyo on Tuesday, said ..." tells the
// meeting other outlets report as "Takaichi met Li", and kept to its own
// article it showed as a second "CONSULT Sanae Takaichi -> Li Qiang" of
// that day beside theirs.
func Joinable(ev *model.Event, minConfidence float64) bool {
	if !model.TookPlace(ev.Polarity, ev.Modality, ev.Type, ev.CAMEO) {
		return false
	}
	if ev.Confidence < minConfidence && !datedReference(ev, minConfidence) {
		return false
	}
	return namedParty(ev.Source) && namedParty(ev.Target)
}

// backgroundFactor is what the events coder multiplies the confidence of an
// event told in a subordinate clause, a participial adjunct or a relative
// clause by (0.45; see background in internal/events): such an event has
// minConfidence*backgroundFactor when the sentence names both its parties.
const backgroundFactor = 0.45

// backgroundCeiling is the confidence below which the events coder's events
// are background: it keeps them below 0.5, which separates main-clause
// events.
const backgroundCeiling = 0.5

// datedReference says whether a report below the join gate is a background
// event (below backgroundCeiling) that names its happening as closely as a main clause would: both
// parties named in the sentence (the confidence a main-clause event of the
// gate has, times backgroundFactor), both resolved to actors (not parties
// known only by a country or by words), and the day it took place given by
// the sentence itself ("meeting Takaichi on Tuesday", "who held talks with
// Prabowo in Jakarta on Thursday"). The gate keeps out background events
// because they name their event loosely ("released the iPad Pro before the
// end of last year"): one with its two actors and its day names one
// happening, which is whatever the main-clause reports of those actors
// that day tell.
func datedReference(ev *model.Event, minConfidence float64) bool {
	// The coder's arithmetic (0.4+0.25+0.25+0.1, times 0.45) may fall a
	// rounding error short of the product.
	const eps = 1e-9
	// Only background: a main-clause event below the gate (0.75, a party
	// implied, not named) names its event no better with a day.
	if ev.Confidence >= backgroundCeiling || ev.Confidence+eps < minConfidence*backgroundFactor || len(ev.Date) != len(time.DateOnly) {
		return false
	}
	if _, err := time.Parse(time.DateOnly, ev.Date); err != nil {
		return false
	}
	return len(ev.Source) > 0 && ev.Source[0].ActorID != "" && len(ev.Target) > 0 && ev.Target[0].ActorID != ""
}

func namedParty(as []model.EventActor) bool {
	return len(as) > 0 && (as[0].ActorID != "" || as[0].Country != "")
}

// findEvent picks the stored event a report of ev (dated to day at
// precision) within [from, to] whose date meets it (datesMeet) belongs
// to, or nil. Outlets code one happening at different granularity ("Beijing",
// "China's foreign ministry", "Foreign Minister Wang Yi") and choose between
// neighbouring types, so a report of an event between two countries is
// looked up by type family and by both countries and judged by matchScore;
// other reports need the exact key. Of several candidates the closest match
// wins: the exact key, then more parties the same, then the same type, then
// the nearest date, then the most sources, then the one reported first
// (reportedBefore: not the one stored first, which is the order of arrival).
func findEvent(ctx context.Context, tx store.Tx, ev *model.Event, key string, day time.Time, precision, from, to string, taken map[int64]bool, accept func(*store.Event) bool) (best *store.Event, swapped bool, err error) {
	src, tgt := eventParty(ev.Source), eventParty(ev.Target)
	// Only a report whose two parties are actors or countries may join a
	// stored event told differently (the caller passes only joinable
	// reports: a background event, a denial or a hypothesis names its
	// parties too loosely to say which stored event it is); the others
	// need the exact key. Within one country the rule is stricter (see
	// domesticSideMatch).
	loose := src.country != "" && tgt.country != ""
	domestic := loose && src.country == tgt.country
	var cands []store.Event
	if loose {
		// The exact key's events are among these: the same actors have
		// the same countries.
		cands, err = tx.CandidateEventsByCountry(ctx, candidateTypes(ev.Type, ev.CAMEO), []string{src.country, tgt.country}, from, to)
	} else {
		cands, err = tx.CandidateEvents(ctx, key, from, to)
	}
	if err != nil {
		return nil, false, err
	}
	bestScore, bestGap, bestSameDay := 0, 0, false
	dayDated := len(ev.Date) == len(time.DateOnly)
	for i := range cands {
		c := &cands[i]
		d, err := time.Parse(time.DateOnly, c.Date)
		if err != nil || !datesMeet(day, precision, c.Date, c.Precision) || accept != nil && !accept(c) {
			continue
		}
		score, sw := 0, false
		if strings.Contains(c.Key, localKeyMark) {
			continue // another article's own event
		} else if c.Key == key {
			score = 100
		} else if !loose || taken[c.ID] {
			continue
		} else if score, sw = granularMatch(ev, key, src, tgt, domestic, c); score == 0 {
			continue
		}
		gap := int(d.Sub(day).Abs().Hours() / 24)
		// A report dated to a day that a candidate is dated to tells that
		// one rather than one a day or two off, however closely the other
		// names the parties: outlets name one act at different
		// granularities ("Afghanistan", "Afghan civilians") far more often
		// than two of them date one act to different days, and the store
		// keeps two such events apart because they are two happenings.
		sameDay := dayDated && gap == 0 && c.Precision == model.PrecisionDay
		if best == nil || sameDay && !bestSameDay || sameDay == bestSameDay && (score > bestScore || score == bestScore && (gap < bestGap || gap == bestGap && (c.NumSources > best.NumSources ||
			c.NumSources == best.NumSources && reportedBefore(c, best)))) {
			best, swapped, bestScore, bestGap, bestSameDay = c, sw, score, gap, sameDay
		}
	}
	return best, swapped, nil
}

// granularMatch is how closely a report of ev (key, parties src and tgt,
// both with a country; domestic when it is one country) fits stored event c
// of another key, which may tell it at another granularity: 0 when it does
// not (see matchScore); swapped as matchScore says.
func granularMatch(ev *model.Event, key string, src, tgt party, domestic bool, c *store.Event) (score int, swapped bool) {
	if !compatibleTypes(ev.Type, ev.CAMEO, c.Type, c.CAMEO) {
		return 0, false
	}
	if score, swapped = matchScore(ev.Type, ev.CAMEO, src, tgt, c, domestic); score > 0 {
		return score, swapped
	}
	// "Bangladeshi police detained forty workers" (BGD.COP) and
	// "Bangladesh detained forty garment workers" (BGD): within one
	// country, the state told at two granularities acting on the same
	// target key (people known by their country and sector) is one act of
	// state.
	if !domestic || symmetric(ev.Type, ev.CAMEO) || keyPart(c.Key, 2) != keyPart(key, 2) ||
		!stateGranularity(src, storedParty(c.SourceActor, c.SourceCountry, c.SourceName)) {
		return 0, false
	}
	score = 2 * sideCountry
	if strings.EqualFold(ev.Type, c.Type) {
		score += sameTypeBias
	}
	return score, false
}

// coarsen names a stored event's side by the country as a whole when a
// report joining it does and the event named a part of that country's
// state (see party.state): outlets that tell one act of state as "Wang Yi", "China's
// foreign ministry" and "China" agree on China, and an analyst looking
// for China's events expects to see it so. The finer names stay in the
// reports' sentences, and the event is still found by the actor it named
// first (see store.Tx.SetEventParty). A side known only by words and a
// country takes the first state actor a joining report names for it.
// swapped: the report's source
// matched the event's target (a symmetric type told the other way round).
func coarsen(ctx context.Context, tx store.Tx, c *store.Event, ev *model.Event, swapped bool, names map[string]string) error {
	sides := []struct {
		side       string
		actor      *string
		name       *string
		country    string
		reportSide []model.EventActor
	}{
		{store.SideSource, &c.SourceActor, &c.SourceName, c.SourceCountry, ev.Source},
		{store.SideTarget, &c.TargetActor, &c.TargetName, c.TargetCountry, ev.Target},
	}
	if swapped {
		sides[0].reportSide, sides[1].reportSide = ev.Target, ev.Source
	}
	for _, sd := range sides {
		if len(sd.reportSide) == 0 {
			continue
		}
		p := sd.reportSide[0]
		country := strings.ToUpper(p.Country)
		// "coast guard officials" told first, "Foreign Minister Iwaya" or
		// "Japan" by a report joining later: a side the event knows only
		// by words and its country takes the actor of its state a report
		// names, so that the event is named alike whichever outlet's
		// report was stored first (queue workers store in any order).
		if *sd.actor == "" && p.ActorID != "" && sd.country != "" && strings.EqualFold(sd.country, country) &&
			(party{id: p.ActorID, country: country, sector: p.Sector}).state() {
			if err := setParty(ctx, tx, c.ID, sd.side, p, names, sd.actor, sd.name); err != nil {
				return err
			}
			continue
		}
		if p.ActorID == "" || !strings.EqualFold(p.ActorID, country) || !strings.EqualFold(sd.country, country) || strings.EqualFold(*sd.actor, p.ActorID) {
			continue
		}
		// Only a part of the country's state stands for the country: an
		// Israeli strike on Hezbollah told as one on Lebanon stays one on
		// Hezbollah.
		if !storedParty(*sd.actor, sd.country, *sd.name).state() {
			continue
		}
		if err := setParty(ctx, tx, c.ID, sd.side, p, names, sd.actor, sd.name); err != nil {
			return err
		}
	}
	return nil
}

// setParty names side of stored event id by the report's party p, as the
// article's actor list names it, and updates the caller's copy.
func setParty(ctx context.Context, tx store.Tx, id int64, side string, p model.EventActor, names map[string]string, actor, name *string) error {
	n := names[p.ActorID]
	if n == "" {
		n = p.Text
	}
	if err := tx.SetEventParty(ctx, id, side, p.ActorID, n); err != nil {
		return err
	}
	*actor, *name = p.ActorID, n
	return nil
}

// party is one side of an event as merging sees it.
type party struct {
	id, country, sector, text string
}

func eventParty(as []model.EventActor) party {
	if len(as) == 0 {
		return party{}
	}
	a := as[0]
	return party{id: partyID(a), country: strings.ToUpper(a.Country), sector: a.Sector, text: strings.Join(Words(a.Text), " ")}
}

// partyID is the actor a report's party stands for: its actor id, else,
// for a mention the coder knows by country and sector but left without an
// actor ("reporters" in Turkey, where another outlet's "journalists" is
// TUR.MED), the sector's actor by the knowledge base's convention (see
// kb.KB.SectorActor), else "". Without it such a mention is keyed by its
// country alone, so "police detained reporters" and "police detained
// protesters" shared a key and "police detained journalists" did not.
func partyID(a model.EventActor) string {
	if a.ActorID != "" {
		return a.ActorID
	}
	if code := kb.SectorCode(a.Sector); a.Country != "" && code != "" {
		return strings.ToUpper(a.Country) + "." + code
	}
	return ""
}

func storedParty(id, country, name string) party {
	return party{id: id, country: strings.ToUpper(country), text: strings.Join(Words(name), " ")}
}

func (p party) missing() bool { return p.id == "" && p.country == "" && p.text == "" }

// countryItself: the party is resolved to the country as a whole ("Turkey",
// "Ankara"), not a mention known only by its country nor one of a sector
// ("Turkish police" resolved to TUR with the sector police is a part of its
// state).
func (p party) countryItself() bool { return p.id != "" && p.id == p.country && p.sector == "" }

// generic: the party is a country as a whole ("China", "Beijing" resolved
// to the country, or a mention known only by its country), which stands for
// any of the country's actors.
func (p party) generic() bool {
	return p.country != "" && (p.id == "" || p.id == p.country)
}

// state: the party is part of a country's state (its government, a
// ministry, the military or police, an official, a place standing for its
// authorities), which outlets name interchangeably for one act of state.
// Persons of the knowledge base ("person:wang_yi") are its office holders.
func (p party) state() bool {
	if p.generic() {
		return true
	}
	switch p.sector {
	case kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice, kb.SectorJudiciary, kb.SectorLegislature:
		return true
	}
	if strings.HasPrefix(p.id, "person:") || strings.HasPrefix(p.id, "place:") || strings.HasPrefix(p.id, "city:") {
		return true
	}
	if rest, ok := strings.CutPrefix(p.id, p.country+"."); ok {
		code, _, _ := strings.Cut(rest, ".")
		for _, s := range []string{kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice, kb.SectorJudiciary, kb.SectorLegislature} {
			if code == kb.SectorCode(s) {
				return true
			}
		}
	}
	return false
}

// Side match strengths (see sideMatch).
const (
	sideNone     = 0
	sideCountry  = 2
	sideSame     = 4
	sameTypeBias = 1
)

// sideMatch says how well two reports' parties on one side agree: the same
// actor (or words, for parties without a country); the same country, one
// party standing for the whole country or both parts of its state; or not at
// all. Parties of different countries never match. A side one report leaves
// out matches nothing here (only the exact key, which leaves it out too):
// "China condemned the move" fits every event China is the source of in
// the window, and on real news pages such reports joined mostly unrelated
// events, while on the merging corpus's dev split they joined none that the
// other rules did not.
func sideMatch(a, b party) int {
	switch {
	case a.missing() || b.missing():
		return sideNone
	case a.id != "" && a.id == b.id:
		return sideSame
	case a.id == "" && b.id == "" && a.country == b.country && a.text == b.text:
		return sideSame
	case a.country == "" || b.country == "" || a.country != b.country:
		return sideNone
	case a.generic() || b.generic() || a.state() && b.state():
		return sideCountry
	}
	return sideNone
}

// matchScore is how well a report with parties src and tgt of type typ fits
// a stored event of the same type family: 0 when it does not, else higher
// for closer matches; swapped when the report's source is the event's
// target (symmetric types).
func matchScore(typ, cameo string, src, tgt party, c *store.Event, domestic bool) (score int, swapped bool) {
	cs := storedParty(c.SourceActor, c.SourceCountry, c.SourceName)
	ct := storedParty(c.TargetActor, c.TargetCountry, c.TargetName)
	score = pairScore(src, tgt, cs, ct, domestic)
	if symmetric(typ, cameo) && symmetric(c.Type, c.CAMEO) {
		if s := pairScore(src, tgt, ct, cs, domestic); s > score {
			score, swapped = s, true
		}
	}
	if score > 0 && strings.EqualFold(typ, c.Type) {
		score += sameTypeBias
	}
	return score, swapped
}

// pairScore matches the sides in order: both must match. Within one
// country (domestic) one side must be the same party and the other match
// by domesticSideMatch.
func pairScore(src, tgt, cs, ct party, domestic bool) int {
	if domestic {
		s, t := sideMatch(src, cs), sideMatch(tgt, ct)
		switch {
		case s == sideSame && t == sideSame:
			return s + t
		case s == sideSame && domesticSideMatch(tgt, ct):
			return s + sideCountry
		case t == sideSame && domesticSideMatch(src, cs):
			return sideCountry + t
		}
		return 0
	}
	s, t := sideMatch(src, cs), sideMatch(tgt, ct)
	if s == sideNone || t == sideNone {
		return 0
	}
	return s + t
}

// stateGranularity says whether two parties of one country are its state
// told at two granularities: the country or its government by the
// country's id ("Bangladesh", "Bangladeshi authorities") and a part of the
// state with an id of its own ("Bangladeshi police", BGD.COP).
func stateGranularity(a, b party) bool {
	whole := func(p party) bool {
		return p.id != "" && p.id == p.country && (p.sector == "" || p.sector == kb.SectorGovernment)
	}
	if a.country == "" || a.country != b.country || a.id == b.id {
		return false
	}
	return whole(a) && b.id != "" && b.state() || whole(b) && a.id != "" && a.state()
}

// keyPart is part n of an event key "TYPE|SOURCE|TARGET" (see EventKey).
func keyPart(key string, n int) string {
	parts := strings.SplitN(key, "|", 3)
	if n < len(parts) {
		return parts[n]
	}
	return ""
}

// domesticSideMatch says whether two parties of an event within one country
// are one party told at two granularities: the country by name ("Turkey",
// "Ankara") and a part of its state ("Turkish police", "the interior
// ministry"), which outlets name interchangeably for one act of state ("Turkey
// arrested seven reporters", "Turkish police detained seven journalists").
// Between countries a mention known only by its country ("Turkish officials")
// or two parts of one state match too (see sideMatch); within one country
// they do not: there the country's government, police and courts are
// parties to one another's events, and a mention known only by its country
// ("Turkish reporters" left without an actor) is any of its people.
func domesticSideMatch(a, b party) bool {
	if a.missing() || b.missing() || a.country != b.country {
		return false
	}
	// The part must be an actor: a stored event keeps no sector for a
	// mention without one ("Turkish students"), which would pass for the
	// country's state.
	return a.countryItself() && b.id != "" && b.state() || b.countryItself() && a.id != "" && a.state()
}

// typeFamilies groups the PLOVER types that outlets use for the same
// happening: aid is also told as support ("pledged help"), sanctions and
// bans as coercion, a release or pull-out as a concession or a retreat, and
// joint work as talks.
var typeFamilies = [][]string{
	{"AID", "SUPPORT"},
	{"COERCE", "SANCTION"},
	{"RETREAT", "CONCEDE"},
	{"CONSULT", "COOPERATE"},
}

// FamilyTypes lists typ and the types outlets interchange with it.
func FamilyTypes(typ string) []string {
	typ = strings.ToUpper(typ)
	for _, f := range typeFamilies {
		if slices.Contains(f, typ) {
			return f
		}
	}
	return []string{typ}
}

// pledgedAid says whether an event is a pledge of aid: AGREE with CAMEO
// 033 ("Express intent to provide material aid", 0331-0334). Outlets tell
// one aid announcement as a pledge ("Brussels pledged new funding for
// Sudan") and as the aid itself ("the EU announced 120 million euros in
// aid"), so such a pledge is of the aid family (see typeFamilies). Other
// intents are not what they intend: "agreed to meet next week" is no
// meeting.
func pledgedAid(typ, cameo string) bool {
	return strings.EqualFold(typ, "AGREE") && strings.HasPrefix(cameo, "033")
}

// signing says whether an event is the signing of a formal agreement:
// SUPPORT with CAMEO 057 (see symmetric).
func signing(typ, cameo string) bool {
	return strings.EqualFold(typ, "SUPPORT") && strings.HasPrefix(cameo, "057")
}

// agreementReached says whether an AGREE event may tell an agreement the
// parties came to: CAMEO 030 (the coder's code for "agreed a trade deal",
// "sealed/inked/finalised an agreement", "reached a ceasefire agreement"),
// an intent to cooperate materially or diplomatically (031x, 032), or to
// settle a dispute (039). Outlets tell one deal as its signing ("India and
// the UAE signed a trade deal", SUPPORT 057) and as the agreement itself
// ("India and the UAE sealed a trade agreement"), so within the window
// the two join. The other intents are not a deal: aid (033, of the aid
// family), reform (034), yielding (035), a meeting (036: "agreed to meet
// next week" is no signing) or mediation (037, 038). A bare "03" or no
// code is too coarse to say.
func agreementReached(typ, cameo string) bool {
	if !strings.EqualFold(typ, "AGREE") {
		return false
	}
	return cameo == "030" || strings.HasPrefix(cameo, "031") || strings.HasPrefix(cameo, "032") || strings.HasPrefix(cameo, "039")
}

// candidateTypes are the stored types a report of type typ and CAMEO code
// cameo may join (compatibleTypes narrows them by the stored CAMEO code).
func candidateTypes(typ, cameo string) []string {
	types := FamilyTypes(typ)
	switch {
	case pledgedAid(typ, cameo):
		return append(slices.Clone(FamilyTypes("AID")), "AGREE")
	case slices.Contains(types, "AID"):
		return append(slices.Clone(types), "AGREE")
	case agreementReached(typ, cameo):
		return append(slices.Clone(types), "SUPPORT")
	}
	return types
}

// compatibleTypes says whether reports of types a and b (with their CAMEO
// codes) may tell one happening: the same type family, a pledge of aid and
// the aid family, two pledges of aid, or a signing and an agreement
// reached (see agreementReached).
func compatibleTypes(a, cameoA, b, cameoB string) bool {
	if signing(a, cameoA) && agreementReached(b, cameoB) || signing(b, cameoB) && agreementReached(a, cameoA) {
		return true
	}
	family := func(typ, cameo string) []string {
		if pledgedAid(typ, cameo) {
			return FamilyTypes("AID")
		}
		return FamilyTypes(typ)
	}
	if strings.EqualFold(a, b) && !pledgedAid(a, cameoA) && !pledgedAid(b, cameoB) {
		return true
	}
	return slices.Equal(family(a, cameoA), family(b, cameoB))
}

// EventDay is the day an event is merged on and stored under, and the
// precision its date is known to. An event dated to the day keeps its day.
// One dated only to a month or a year takes the first day of it: the 2018
// summit an article of 2021 recalls happened in 2018, a meeting planned for
// next month is not one of today's events, and an event of "this month"
// told today is not known to be newer than this month's dated events. The
// store lists events newest first by that day, so an event known only to
// November comes after every event dated to a day of November and before
// October's, wherever the reports that told it were published: the order
// of "2026-11" before "2026-11-27" in text, turned round. (An event of its
// report's own month or year kept the report's day until SQLite's
// migration 25 and PostgreSQL's 20 moved it, and sorted above the events
// of the days before it.) An event without a date
// takes the report's day.
func EventDay(ev *model.Event, fallback time.Time) (time.Time, string) {
	day, precision, _ := eventDate(ev, fallback)
	return day, precision
}

// eventDate is EventDay, and says whether the report gave the date (given)
// or the event took the report's day for want of one.
func eventDate(ev *model.Event, fallback time.Time) (day time.Time, precision string, given bool) {
	// The report's day at the offset it comes with (reportDay gives a
	// publish time at its publisher's; other times are UTC).
	y, m, d := display.OwnOffset(fallback).Date()
	report := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	var start time.Time
	prec := ""
	switch len(ev.Date) {
	case len(time.DateOnly):
		if day, err := time.Parse(time.DateOnly, ev.Date); err == nil {
			return day, model.PrecisionDay, true
		}
	case len("2006-01"):
		if t, err := time.Parse("2006-01", ev.Date); err == nil {
			start, prec = t, model.PrecisionMonth
		}
	case len("2006"):
		if t, err := time.Parse("2006", ev.Date); err == nil {
			start, prec = t, model.PrecisionYear
		}
	}
	if prec == "" {
		return report, model.PrecisionDay, false
	}
	return start, prec, true
}

// EventKey is what two reports must share to be one event: the PLOVER type
// and the primary source and target, each named by actor id, else country,
// else normalised text. For symmetric events (two parties meet, agree,
// cooperate or sign an agreement) the order of the parties does not matter:
// "Japan and South Korea agreed" is coded either way round by different
// reports.
func EventKey(ev *model.Event) string {
	typ := strings.ToUpper(ev.Type)
	src, tgt := actorKey(ev.Source), actorKey(ev.Target)
	if symmetric(typ, ev.CAMEO) && tgt != "" && tgt < src {
		src, tgt = tgt, src
	}
	return typ + "|" + src + "|" + tgt
}

// symmetricTypes are the PLOVER types whose source and target are peers.
var symmetricTypes = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// symmetric says whether an event's source and target are peers: a
// symmetric type, or signing a formal agreement (CAMEO 057, coded
// SUPPORT), which both parties do: "India and the UAE signed an
// agreement" is coded both ways round, and "Modi said India had signed an
// agreement with the UAE" one way, and all three tell one signing.
func symmetric(typ, cameo string) bool {
	return symmetricTypes[strings.ToUpper(typ)] || signing(typ, cameo)
}

func actorKey(as []model.EventActor) string {
	if len(as) == 0 {
		return ""
	}
	a := as[0]
	switch {
	case partyID(a) != "":
		return partyID(a)
	case a.Country != "":
		return "c:" + a.Country
	}
	return "t:" + strings.Join(Words(a.Text), " ")
}

// NewEvent builds a stored event from the first report of it, dated day
// to precision (see EventDay).
func NewEvent(ev *model.Event, key string, day time.Time, precision string, now time.Time) *store.Event {
	e := &store.Event{
		Key:       key,
		Type:      strings.ToUpper(ev.Type),
		Mode:      ev.Mode,
		Date:      day.Format(time.DateOnly),
		Precision: precision,
		CAMEO:     ev.CAMEO,
		Goldstein: ev.Goldstein,
		QuadClass: ev.QuadClass,
		FirstSeen: now,
		Polarity:  ev.Polarity,
		Modality:  ev.Modality,
	}
	if ev.DateFrom != "" && ev.DateTo != "" && spanMeets(ev.DateFrom, ev.DateTo, e.Date, precision) {
		e.DateFrom, e.DateTo = ev.DateFrom, ev.DateTo
	}
	if len(ev.Source) > 0 {
		e.SourceActor, e.SourceName, e.SourceCountry = ev.Source[0].ActorID, ev.Source[0].Text, ev.Source[0].Country
	}
	if len(ev.Target) > 0 {
		e.TargetActor, e.TargetName, e.TargetCountry = ev.Target[0].ActorID, ev.Target[0].Text, ev.Target[0].Country
	}
	if ev.Location != nil {
		e.Location, e.LocationActor, e.LocationCountry = ev.Location.Text, ev.Location.ActorID, ev.Location.Country
	}
	return e
}

// RemergeStats says what Remerge did.
type RemergeStats struct {
	Articles int // canonical articles whose events were merged
	Events   int // stored events made
	Merged   int // reports that joined an event another article reported (Outcome.Merged)
}

// Remerge recomputes every merged event of the store inside tx: it clears
// the stored events (store.Tx.ClearEvents) and merges the events of every
// canonical article again, oldest first (mergeOrder: by publish date, else
// reference date, else ingest time, then by URL), as Apply merges them when
// they come in that order, but under the current rules and opts. The
// merged events are thus the same whatever order the articles were
// ingested in: an archive ingested twice in different orders gives two
// stores whose events, once remerged, are alike (event ids aside). A
// store written before a change to the merging rules (or to EventKey)
// keeps the events it merged then until it is remerged; remerging twice
// gives the same events, counters and first-seen times (taken from each
// article's ingest time), though event ids may change. Articles and their
// analyses are not touched, and no article is analysed again.
func Remerge(ctx context.Context, tx store.Tx, opts Options) (RemergeStats, error) {
	if err := tx.ClearEvents(ctx); err != nil {
		return RemergeStats{}, err
	}
	ids, next, err := mergeOrder(ctx, tx)
	if err != nil {
		return RemergeStats{}, err
	}
	return remergeArticles(ctx, tx, ids, next, opts)
}

func (s *RemergeStats) add(o RemergeStats) {
	s.Articles += o.Articles
	s.Events += o.Events
	s.Merged += o.Merged
}

// remergeArticles is one step of a remerge (RemergeStore splits it over
// several transactions): it merges the events of the canonical articles
// ids, in that order (mergeOrder's, with its next), into the stored
// events. The store's events must have been cleared before the first
// step.
func remergeArticles(ctx context.Context, tx store.Tx, ids []int64, next map[int64]int64, opts Options) (st RemergeStats, err error) {
	opts = opts.withDefaults()
	err = readInOrder(ctx, tx, ids, next, func(a *store.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		merged, created, err := applyEvents(ctx, tx, a.ID, a, opts)
		if err != nil {
			return fmt.Errorf("merge: remerge article %d: %w", a.ID, err)
		}
		st.Articles++
		st.Merged += merged
		st.Events += created
		return nil
	})
	return st, err
}

// RemergeStore remerges the store s (see Remerge). With batch 0 or less it
// does so in one transaction: readers see the old events until it
// commits, and an error or cancellation leaves the store as it was, but
// the store's one writer is held for the whole run (about 2 ms per article
// on SQLite, so minutes for a store of 100,000 articles, while ingest
// waits). With batch above zero it clears the events in one transaction
// and merges the events of batch articles per transaction after it:
// writers wait for one batch at most, but until the last commits the
// store holds only the events of the articles merged so far, and an
// interrupted run leaves it so (remerging again completes it).
func RemergeStore(ctx context.Context, s store.Store, opts Options, batch int) (RemergeStats, error) {
	var st RemergeStats
	if batch <= 0 {
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
			st, err = Remerge(ctx, tx, opts)
			return err
		})
		return st, err
	}
	// The clear is a transaction of its own: a backend's faster clear,
	// which keeps readers of events waiting until it commits, waits them
	// for that alone.
	err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		if tr, ok := tx.(store.EventTruncater); ok {
			return tr.TruncateEvents(ctx)
		}
		return tx.ClearEvents(ctx)
	})
	if err != nil {
		return st, err
	}
	// The order is taken once, after the clear: an article ingested
	// while the remerge runs is merged by its own ingest.
	var ids []int64
	var next map[int64]int64
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
		ids, next, err = mergeOrder(ctx, tx)
		return err
	}); err != nil {
		return st, fmt.Errorf("%w (the store holds no merged events: remerge again)", err)
	}
	for len(ids) > 0 {
		step := ids[:min(batch, len(ids))]
		var page RemergeStats
		err := s.Write(ctx, func(ctx context.Context, tx store.Tx) (err error) {
			page, err = remergeArticles(ctx, tx, step, next, opts)
			return err
		})
		if err != nil {
			return st, fmt.Errorf("%w (the store holds the merged events of the first %d articles only: remerge again)", err, st.Articles)
		}
		st.add(page)
		ids = ids[len(step):]
	}
	return st, nil
}
