package runner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// FeedRetries keeps, per feed, the linked articles whose fetch failed for a
// reason that passes (the host did not answer or timed out, a 5xx or 429
// status, a fetch limit) and offers them again on the feed's next polls.
// Without it such a link waited for the feed to change: a poll of an
// unchanged feed is answered 304 Not Modified and offers no item at all.
// A link is fetched again at most Max times, the waits between doubling
// from Wait; then it is given up (logged; its failure stays in the
// failures table). The state is in memory: a process that polls again
// (serve, ingest --watch) keeps one for its lifetime; with Store it is
// kept in the store as well, so that the next process polling the feed (a
// one-off ingest --feed run after another) fetches those links again,
// before the feed's new links.
type FeedRetries struct {
	// Max is the most fetches again of one link (DefaultFeedRetries when
	// 0).
	Max int
	// Wait is the least wait before the first fetch again; each later
	// one waits twice as long (DefaultFeedRetryWait when 0). A link is
	// fetched again by the first poll after its wait.
	Wait time.Duration
	// Log takes the links given up; nil discards.
	Log *slog.Logger
	// Store, when set, keeps the pending links (store.FeedLink): read
	// when a feed is first polled, written as each fetch settles.
	Store store.Store

	mu     sync.Mutex
	feeds  map[string]map[string]*pendingLink // feed URL -> link URL -> state
	loaded map[string]bool                    // feeds whose stored links were read
	seq    int
	counts FeedRetryCounts
	now    func() time.Time // time.Now; tests move it
}

// FeedRetryCounts sums up what FeedRetries did, for a run's summary.
type FeedRetryCounts struct {
	// Again counts the fetches again of links that failed before (by
	// this process or, with Store, an earlier run).
	Again int `json:"again"`
	// Fetched counts those that succeeded.
	Fetched int `json:"fetched"`
	// Described counts those that failed again for good and were stored
	// from the feed's description instead (ingest.DescriptionDocument):
	// not fetched, and not lost.
	Described int `json:"described,omitempty"`
	// GivenUp counts the links whose fetches again ran out.
	GivenUp int `json:"given_up"`
	// Pending is how many links of the feeds polled wait to be fetched
	// again (with Store, by the next run).
	Pending int `json:"pending"`
}

// Counts returns what f did so far.
func (f *FeedRetries) Counts() FeedRetryCounts {
	if f == nil {
		return FeedRetryCounts{}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.counts
	for _, links := range f.feeds {
		c.Pending += len(links)
	}
	return c
}

// load reads the links of feed that an earlier run kept in the store, once
// per feed. A link this process already keeps stays as it is.
func (f *FeedRetries) load(ctx context.Context, feed string) error {
	if f == nil || f.Store == nil {
		return nil
	}
	f.mu.Lock()
	done := f.loaded[feed]
	f.mu.Unlock()
	if done {
		return nil
	}
	stored, err := f.Store.FeedLinks(ctx, feed)
	if err != nil {
		return fmt.Errorf("feed links of %s: %w", feed, err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.loaded == nil {
		f.loaded = map[string]bool{}
	}
	f.loaded[feed] = true
	for _, l := range stored {
		link, err := decodeLinkEntry(l.Link, l.Entry)
		if err != nil {
			if f.Log != nil {
				f.Log.Warn("stored feed link unreadable; fetched only when the feed offers it again", "source", l.Link, "feed", fetch.StripUserinfo(feed), "err", err)
			}
			continue
		}
		links := f.links(feed)
		if links[l.Link] != nil {
			continue
		}
		f.seq++
		links[l.Link] = &pendingLink{entry: ingest.FeedEntry{Link: link}, attempts: l.Attempts, next: l.NextTry, seq: f.seq, lastErr: l.LastError}
	}
	return nil
}

// links returns feed's map, made when missing; f.mu is held.
func (f *FeedRetries) links(feed string) map[string]*pendingLink {
	if f.feeds == nil {
		f.feeds = map[string]map[string]*pendingLink{}
	}
	links := f.feeds[feed]
	if links == nil {
		links = map[string]*pendingLink{}
		f.feeds[feed] = links
	}
	return links
}

// linkChange is what a settled fetch changes in the store: a link to keep
// (put) and links to forget (drop).
type linkChange struct {
	put  *store.FeedLink
	drop []string
	// fetched says the fetch was counted in FeedRetryCounts.Fetched.
	fetched bool
}

// persist writes a change to the store (nothing without one). A failure is
// logged: the link is still kept in memory, for this process's next polls.
func (f *FeedRetries) persist(ctx context.Context, feed string, c linkChange) {
	if f.Store == nil || (c.put == nil && len(c.drop) == 0) {
		return
	}
	err := f.Store.Write(context.WithoutCancel(ctx), func(ctx context.Context, tx store.Tx) error {
		for _, u := range c.drop {
			if err := tx.DeleteFeedLink(ctx, feed, u); err != nil {
				return err
			}
		}
		if c.put != nil {
			return tx.PutFeedLink(ctx, *c.put)
		}
		return nil
	})
	if err != nil && f.Log != nil {
		f.Log.Warn("could not keep the feed's links to fetch again in the store", "feed", fetch.StripUserinfo(feed), "err", err)
	}
}

// Defaults of FeedRetries.
const (
	DefaultFeedRetries   = 4
	DefaultFeedRetryWait = time.Minute
	// maxPendingPerFeed bounds the links kept for one feed: a feed whose
	// every link fails keeps its newest ones.
	maxPendingPerFeed = 1000
)

type pendingLink struct {
	entry    ingest.FeedEntry
	attempts int       // fetches again handed out so far
	next     time.Time // not offered before
	seq      int       // order of first failure, for a stable order
	lastErr  string    // why it is pending, as the store keeps it
}

func (f *FeedRetries) max() int {
	if f.Max > 0 {
		return f.Max
	}
	return DefaultFeedRetries
}

func (f *FeedRetries) clock() time.Time {
	if f.now != nil {
		return f.now()
	}
	return time.Now()
}

// backoff is the wait after the attempts-th fetch again failed (0: the
// first fetch).
func (f *FeedRetries) backoff(attempts int) time.Duration {
	d := f.Wait
	if d <= 0 {
		d = DefaultFeedRetryWait
	}
	for range min(attempts, 16) {
		d *= 2
	}
	return d
}

// Pending is how many links of feed wait to be fetched again.
func (f *FeedRetries) Pending(feed string) int {
	if f == nil {
		return 0
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.feeds[feed])
}

// due hands out the links of feed whose wait is over, in the order they
// first failed, leaving out those in fresh (the poll offers them anyway),
// and counts the fetch again of each. The change is for the store: each
// link handed out is kept with its attempt counted, and a link handed out
// as often as allowed is dropped, so that a link whose fetch never
// settles (stored meanwhile, or stored from its description past
// Config.UpgradeWindow: skipped unfetched) is not read back by every
// later run.
func (f *FeedRetries) due(feed string, fresh []ingest.FeedEntry) ([]pendingLink, linkChanges) {
	if f == nil {
		return nil, nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	links := f.feeds[feed]
	if len(links) == 0 {
		return nil, nil
	}
	var changes linkChanges
	skip := make(map[string]bool, len(fresh))
	for _, e := range fresh {
		if e.Link != nil {
			skip[e.Link.URL] = true
		}
	}
	now := f.clock()
	var out []pendingLink
	for u, p := range links {
		switch {
		case skip[u]:
		case p.attempts >= f.max():
			// Handed out as often as allowed and never settled (the
			// link was stored meanwhile, so not fetched): done.
			delete(links, u)
			changes = append(changes, linkChange{drop: []string{u}})
		case !now.Before(p.next):
			f.counts.Again++
			p.attempts++
			// Until it settles, as if it failed: a fetch that is never
			// made (the run stopped first) waits its turn again.
			p.next = now.Add(f.backoff(p.attempts))
			out = append(out, *p)
			if f.Store != nil {
				changes = append(changes, linkChange{put: &store.FeedLink{Feed: feed, Link: u, Entry: encodeLinkEntry(p.entry.Link),
					Attempts: p.attempts, NextTry: p.next, LastError: p.lastErr, Seq: int64(p.seq)}})
			}
		}
	}
	sortPending(out)
	return out, changes
}

// linkChanges are changes to the store of several links.
type linkChanges []linkChange

// persistAll writes cs to the store (see persist).
func (f *FeedRetries) persistAll(ctx context.Context, feed string, cs linkChanges) {
	for _, c := range cs {
		f.persist(ctx, feed, c)
	}
}

// fresh is the attempts of a link the poll offers anew (the feed changed):
// a link pending counts it as a fetch again, any other is fetched for the
// first time (0).
func (f *FeedRetries) fresh(feed string, e ingest.FeedEntry) int {
	if f == nil || e.Link == nil {
		return 0
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.feeds[feed][e.Link.URL]
	if p == nil {
		return 0
	}
	f.counts.Again++
	p.attempts++
	p.next = f.clock().Add(f.backoff(p.attempts))
	return p.attempts
}

func sortPending(ps []pendingLink) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].seq < ps[j-1].seq; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// watch wraps the loader of the feed's link entry e (fetched again for the
// attempts-th time; 0 the first) so that its outcome is kept: a failure
// that passes makes the link pending, anything else forgets it. The
// failure's message says when it is fetched again, for the failures table.
func (f *FeedRetries) watch(feed string, e ingest.FeedEntry, attempts int, it Item) Item {
	if f == nil || it.Load == nil || e.Link == nil {
		return it
	}
	load := it.Load
	// countedFetched says settle counted this fetch again as Fetched
	// (f.mu guards it): a page that then holds no article, stored from
	// the feed's description (Item.Described), moves to Described.
	countedFetched := false
	// loadCtx is the context of the fetch, for Described to keep the link
	// in the store with.
	loadCtx := context.Background()
	it.Load = func(ctx context.Context) (*model.Document, error) {
		doc, err := load(ctx)
		if ctx.Err() != nil {
			return doc, err // the run stopped: the link keeps its turn
		}
		f.mu.Lock()
		loadCtx = ctx
		f.mu.Unlock()
		next, ok, change := f.settle(feed, e, attempts, err, ingest.IsDescriptionDocument(doc))
		f.mu.Lock()
		countedFetched = change.fetched
		f.mu.Unlock()
		f.persist(ctx, feed, change)
		if ok {
			err = &retryPending{fmt.Errorf("%w (fetch %d of at most %d; fetched again by a poll of the feed from %s)", err, attempts+1, f.max()+1, next.UTC().Format(time.RFC3339))}
		}
		return doc, err
	}
	it.Described = func() {
		f.mu.Lock()
		if countedFetched {
			countedFetched = false
			f.counts.Fetched--
			f.counts.Described++
		}
		ctx := loadCtx
		change := f.keepDescribed(feed, e, attempts, errDescribedPage)
		f.mu.Unlock()
		f.persist(ctx, feed, change)
	}
	return it
}

// errDescribedPage is what a link kept by keepDescribed after its page
// held no article says in the store.
var errDescribedPage = errors.New("stored from the feed's description: the page held no article; read again to complete it")

// keepDescribed keeps the link of e, whose article was stored from the
// feed's description after its attempts-th fetch again (0: the first), for
// the feed's next polls to offer again though the feed is unchanged (a
// feed answered 304 Not Modified offers no item): its page is read again
// and takes the description's place once it holds the article (a paywall
// lifted, an embargo over, a page not up when the feed announced it;
// describedStored, within Config.UpgradeWindow of storing it). It is
// bounded as a failed link is: at most Max fetches again, the waits
// doubling from Wait; then it is dropped, the description staying. f.mu
// is held; the change is for the store.
func (f *FeedRetries) keepDescribed(feed string, e ingest.FeedEntry, attempts int, cause error) linkChange {
	u := e.Link.URL
	links := f.links(feed)
	var change linkChange
	if attempts >= f.max() {
		if links[u] != nil {
			delete(links, u)
			change.drop = []string{u}
		}
		return change
	}
	p, dropped := f.pendingFor(feed, e)
	change.drop = append(change.drop, dropped...)
	p.attempts, p.lastErr = attempts, cause.Error()
	p.next = f.clock().Add(f.backoff(attempts))
	change.put = f.storedRow(feed, e, p)
	return change
}

// retryPending is the failure of a link kept to be fetched again: its
// article may still come, so the item does not fall back to the feed's
// description (describeWhenLost).
type retryPending struct{ err error }

func (e *retryPending) Error() string { return e.err.Error() }
func (e *retryPending) Unwrap() error { return e.err }

// errDescribedFetch is what a link kept by keepDescribed after its fetch
// failed says in the store.
var errDescribedFetch = errors.New("stored from the feed's description: the page could not be fetched; read again to complete it")

// settle records the outcome of a fetch of e; it returns when the link is
// fetched again, false when it is not, and what to change in the store.
// described says the load gave the feed's description for the article
// (err is then nil): the link is done, but its article was not fetched.
func (f *FeedRetries) settle(feed string, e ingest.FeedEntry, attempts int, err error, described bool) (time.Time, bool, linkChange) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u := e.Link.URL
	links := f.feeds[feed]
	var change linkChange
	if err == nil && described {
		// Its fetch failed for good (a 404, a page too large) and the
		// feed's description stands in: its page may still come.
		if attempts > 0 {
			f.counts.Described++
		}
		return time.Time{}, false, f.keepDescribed(feed, e, attempts, errDescribedFetch)
	}
	if err == nil || !passing(err) {
		if links[u] != nil {
			delete(links, u)
			change.drop = []string{u}
		}
		switch {
		case err != nil || attempts == 0:
		default:
			f.counts.Fetched++
			change.fetched = true
		}
		return time.Time{}, false, change
	}
	if attempts >= f.max() {
		if links[u] != nil {
			delete(links, u)
			change.drop = []string{u}
		}
		f.counts.GivenUp++
		if f.Log != nil {
			f.Log.Warn("feed link given up after its fetches again failed", "source", e.Link.Source, "feed", fetch.StripUserinfo(feed), "fetches", attempts+1, "err", err)
		}
		return time.Time{}, false, change
	}
	p, dropped := f.pendingFor(feed, e)
	change.drop = append(change.drop, dropped...)
	p.attempts, p.lastErr = attempts, err.Error()
	if errors.Is(err, ErrNotFetched) {
		// A fetch limit stopped it before any fetch: the next poll may
		// offer it (the guard says when its host is tried again). It
		// still counts, so that a host given up on for good does not
		// keep it forever.
		p.next = f.clock()
	} else {
		p.next = f.clock().Add(f.backoff(attempts))
	}
	change.put = f.storedRow(feed, e, p)
	return p.next, true, change
}

// pendingFor returns feed's pending link for e, adding one when there is
// none; dropped is the feed's oldest link, forgotten to make room when the
// feed already holds maxPendingPerFeed. f.mu is held.
func (f *FeedRetries) pendingFor(feed string, e ingest.FeedEntry) (p *pendingLink, dropped []string) {
	links := f.links(feed)
	if p = links[e.Link.URL]; p != nil {
		return p, nil
	}
	if len(links) >= maxPendingPerFeed {
		dropped = []string{dropOldest(links)}
	}
	f.seq++
	p = &pendingLink{entry: e, seq: f.seq}
	links[e.Link.URL] = p
	return p, dropped
}

// storedRow is pending link p of feed, offered now as e, as the store
// keeps it; nil without a store.
func (f *FeedRetries) storedRow(feed string, e ingest.FeedEntry, p *pendingLink) *store.FeedLink {
	if f.Store == nil {
		return nil
	}
	return &store.FeedLink{Feed: feed, Link: e.Link.URL, Entry: encodeLinkEntry(e.Link), Attempts: p.attempts,
		NextTry: p.next, LastError: p.lastErr, Seq: int64(p.seq)}
}

// dropOldest forgets the link of links that failed first, and returns it.
func dropOldest(links map[string]*pendingLink) string {
	var oldest string
	for u, p := range links {
		if oldest == "" || p.seq < links[oldest].seq {
			oldest = u
		}
	}
	delete(links, oldest)
	return oldest
}

// linkEntry is a feed item's link as store.FeedLink.Entry keeps it, but
// for its URL: the row's link.
type linkEntry struct {
	Source              string            `json:"source"`
	Published           time.Time         `json:"published,omitzero"`
	PublishedSource     string            `json:"published_source,omitempty"`
	PublishedZoneSource string            `json:"published_zone_source,omitempty"`
	Hints               map[string]string `json:"hints,omitempty"`
}

func encodeLinkEntry(l *ingest.FeedLink) string {
	b, err := json.Marshal(linkEntry{Source: l.Source, Published: l.Published,
		PublishedSource: l.PublishedSource, PublishedZoneSource: l.PublishedZoneSource, Hints: l.Hints})
	if err != nil {
		return ""
	}
	return string(b)
}

// decodeLinkEntry reads a stored link of link's URL. An empty entry is the
// bare link (named by its URL).
func decodeLinkEntry(link, entry string) (*ingest.FeedLink, error) {
	if link == "" {
		return nil, errors.New("stored feed link without a URL")
	}
	var e linkEntry
	if entry != "" {
		if err := json.Unmarshal([]byte(entry), &e); err != nil {
			return nil, fmt.Errorf("stored feed link %s: %w", link, err)
		}
	}
	if e.Source == "" {
		e.Source = link
	}
	return &ingest.FeedLink{Source: e.Source, URL: link, Published: e.Published, PublishedSource: e.PublishedSource,
		PublishedZoneSource: e.PublishedZoneSource, Hints: e.Hints}, nil
}

// PassingFetchError reports a fetch failure that may not happen again (see
// passing): a queue worker gives such a message back to be fetched later.
func PassingFetchError(err error) bool { return err != nil && passing(err) }

// PassingCauses names, for help texts, the fetch failures passing takes for
// ones that may pass: serve --feed-retries, ingest --feed-retries and
// worker --fetch-retries all retry by passing, so their help says the same.
const PassingCauses = "no answer or a timeout, an answer broken off, a 5xx, 429 or 408 status, a fetch limit; not a 404, a page too large or no article"

// passing reports a fetch failure that may not happen again: no answer
// (refused, timed out, no such host), an answer that broke off before the
// end of its body (fetch.ErrBodyCut), a server error or too many requests
// (5xx, 429, 408), or a fetch limit. A 404, a page too large or a page that
// is no article would fail the same way again.
func passing(err error) bool {
	if errors.Is(err, ErrNotFetched) || errors.Is(err, fetch.ErrBodyCut) || unreachable(err) {
		return true
	}
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Code >= 500 || se.Code == http.StatusTooManyRequests || se.Code == http.StatusRequestTimeout
	}
	return false
}
