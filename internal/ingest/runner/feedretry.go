package runner

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/model"
)

// FeedRetries keeps, per feed, the linked articles whose fetch failed for a
// reason that passes (the host did not answer or timed out, a 5xx or 429
// status, a fetch limit) and offers them again on the feed's next polls.
// Without it such a link waited for the feed to change: a poll of an
// unchanged feed is answered 304 Not Modified and offers no item at all.
// A link is fetched again at most Max times, the waits between doubling
// from Wait; then it is given up (logged; its failure stays in the
// failures table). The state is in memory: a process that polls again
// (serve, ingest --watch) keeps one for its lifetime.
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

	mu    sync.Mutex
	feeds map[string]map[string]*pendingLink // feed URL -> link URL -> state
	seq   int
	now   func() time.Time // time.Now; tests move it
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
// and counts the fetch again of each.
func (f *FeedRetries) due(feed string, fresh []ingest.FeedEntry) []pendingLink {
	if f == nil {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	links := f.feeds[feed]
	if len(links) == 0 {
		return nil
	}
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
		case !now.Before(p.next):
			p.attempts++
			// Until it settles, as if it failed: a fetch that is never
			// made (the run stopped first) waits its turn again.
			p.next = now.Add(f.backoff(p.attempts))
			out = append(out, *p)
		}
	}
	sortPending(out)
	return out
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
	it.Load = func(ctx context.Context) (*model.Document, error) {
		doc, err := load(ctx)
		if ctx.Err() != nil {
			return doc, err // the run stopped: the link keeps its turn
		}
		if next, ok := f.settle(feed, e, attempts, err); ok {
			err = fmt.Errorf("%w (fetch %d of at most %d; fetched again by a poll of the feed from %s)", err, attempts+1, f.max()+1, next.UTC().Format(time.RFC3339))
		}
		return doc, err
	}
	return it
}

// settle records the outcome of a fetch of e; it returns when the link is
// fetched again, and false when it is not.
func (f *FeedRetries) settle(feed string, e ingest.FeedEntry, attempts int, err error) (time.Time, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u := e.Link.URL
	links := f.feeds[feed]
	if err == nil || !passing(err) {
		if links != nil {
			delete(links, u)
		}
		return time.Time{}, false
	}
	if attempts >= f.max() {
		delete(links, u)
		if f.Log != nil {
			f.Log.Warn("feed link given up after its fetches again failed", "source", e.Link.Source, "feed", feed, "fetches", attempts+1, "err", err)
		}
		return time.Time{}, false
	}
	if f.feeds == nil {
		f.feeds = map[string]map[string]*pendingLink{}
	}
	if links == nil {
		links = map[string]*pendingLink{}
		f.feeds[feed] = links
	}
	p := links[u]
	if p == nil {
		if len(links) >= maxPendingPerFeed {
			dropOldest(links)
		}
		f.seq++
		p = &pendingLink{entry: e, seq: f.seq}
		links[u] = p
	}
	p.attempts = attempts
	if errors.Is(err, ErrNotFetched) {
		// A fetch limit stopped it before any fetch: the next poll may
		// offer it (the guard says when its host is tried again). It
		// still counts, so that a host given up on for good does not
		// keep it forever.
		p.next = f.clock()
	} else {
		p.next = f.clock().Add(f.backoff(attempts))
	}
	return p.next, true
}

func dropOldest(links map[string]*pendingLink) {
	var oldest string
	for u, p := range links {
		if oldest == "" || p.seq < links[oldest].seq {
			oldest = u
		}
	}
	delete(links, oldest)
}

// PassingFetchError reports a fetch failure that may not happen again (see
// passing): a queue worker gives such a message back to be fetched later.
func PassingFetchError(err error) bool { return err != nil && passing(err) }

// passing reports a fetch failure that may not happen again: no answer
// (refused, timed out, no such host), a server error or too many requests
// (5xx, 429, 408), or a fetch limit. A 404, a page too large or a page that
// is no article would fail the same way again.
func passing(err error) bool {
	if errors.Is(err, ErrNotFetched) || unreachable(err) {
		return true
	}
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Code >= 500 || se.Code == http.StatusTooManyRequests || se.Code == http.StatusRequestTimeout
	}
	return false
}
