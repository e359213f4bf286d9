package runner

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/model"
)

// FetchLimits bound the fetching of linked articles: the links of feed
// items that carry no text, and URLs given or listed. Without them a feed
// of 10,000 links to hosts that do not answer took each fetch's whole
// timeout in turn, for half an hour and more. An item a limit stops is not
// dropped: it fails with ErrNotFetched under stage StageNotFetched, so it
// is counted (Stats.NotFetched), listed by `ingest --failures` and fetched
// by the next run. The zero value limits nothing.
type FetchLimits struct {
	// FeedDeadline is how long the linked articles of one feed may take,
	// from the first fetch of one: a fetch still running then is cut, and
	// the feed's links not yet fetched are not. 0: no deadline.
	FeedDeadline time.Duration
	// FeedMaxFetches is the most linked articles fetched from one feed in
	// a run. 0: no cap.
	FeedMaxFetches int
	// HostFailures is how many fetches in a row may fail to reach one host
	// (refused, timed out, no such host, TLS failure) before the run stops
	// fetching from it: a host that is down fails in seconds, not once per
	// link. An answer, even an error status, resets the count. 0: never.
	HostFailures int
	// HostConcurrency is the most fetches from one host at once. 0: no
	// bound.
	HostConcurrency int
	// HostRetryAfter is how long a host given up on stays so before one
	// fetch may try it again (a success then clears it, a failure gives it
	// up for as long again). A one-off ingest leaves it 0: given up for the
	// rest of the run. A long-lived process (a queue worker, serve's feed
	// polling) must set it, or a host that was down once would never be
	// fetched from again by that process.
	HostRetryAfter time.Duration
}

// Defaults of the ingest command's fetch limit flags.
const (
	DefaultFeedDeadline    = 10 * time.Minute
	DefaultHostFailures    = 5
	DefaultHostConcurrency = 4
	// DefaultHostRetryAfter is HostRetryAfter of the long-lived processes
	// (worker, serve).
	DefaultHostRetryAfter = 5 * time.Minute
)

// ErrNotFetched is a linked article a fetch limit stopped (see FetchLimits).
var ErrNotFetched = errors.New("not fetched")

// StageNotFetched is the failures table's stage of an item a fetch limit
// stopped.
const StageNotFetched = "fetch-limit"

// FetchGuard applies FetchLimits: the host state is shared by every fetch
// through it (one run of a local ingest; a whole queue worker or serve
// process, as NewFetchGuard makes it), the feed budgets are one per feed
// and poll. A nil *FetchGuard limits nothing.
type FetchGuard = fetchGuard

// NewFetchGuard returns the guard of lim, to share among the fetches of one
// process (see Inputs.Guard, LoadOptions.Guard).
func NewFetchGuard(lim FetchLimits) *FetchGuard { return newFetchGuard(lim) }

// Wrap applies the host limits (not the feed budgets) to the loader of the
// article at rawURL, named source in the failures table.
func (g *FetchGuard) Wrap(source, rawURL string, load func(context.Context) (*model.Document, error)) func(context.Context) (*model.Document, error) {
	return g.guard(source, rawURL, nil, load)
}

type fetchGuard struct {
	lim   FetchLimits
	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	name  string
	slots chan struct{} // nil: no concurrency bound
	fails int           // fetches in a row that did not reach the host
	down  bool
	// downUntil ends a give-up when HostRetryAfter is set: the first
	// fetch after it probes the host (zero: given up for good).
	downUntil time.Time
	probing   bool // a probe fetch is under way
	lastErr   error
}

func newFetchGuard(lim FetchLimits) *fetchGuard {
	return &fetchGuard{lim: lim, hosts: map[string]*hostState{}}
}

// feedBudget is the deadline and fetch count of one feed's links.
type feedBudget struct {
	lim FetchLimits
	// onSkip runs once, when the first link is stopped (a polled feed
	// forgets its validators, so that the next poll offers the link again
	// rather than answer 304).
	onSkip   func()
	mu       sync.Mutex
	deadline time.Time // zero until the first fetch
	fetches  int
	skipOnce sync.Once
}

func (g *fetchGuard) feed(onSkip func()) *feedBudget {
	if g == nil {
		return nil
	}
	return &feedBudget{lim: g.lim, onSkip: onSkip}
}

// host returns the state of rawURL's host, or nil when it has none.
func (g *fetchGuard) host(rawURL string) *hostState {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil
	}
	key := strings.ToLower(u.Host)
	g.mu.Lock()
	defer g.mu.Unlock()
	h := g.hosts[key]
	if h == nil {
		h = &hostState{name: key}
		if g.lim.HostConcurrency > 0 {
			h.slots = make(chan struct{}, g.lim.HostConcurrency)
		}
		g.hosts[key] = h
	}
	return h
}

// guard wraps the loader of a linked article (rawURL, named source in the
// failures table) in the limits; fb is the feed's budget, nil for a URL
// that comes from no feed.
func (g *fetchGuard) guard(source, rawURL string, fb *feedBudget, load func(context.Context) (*model.Document, error)) func(context.Context) (*model.Document, error) {
	if g == nil || g.lim == (FetchLimits{}) {
		return load
	}
	return func(ctx context.Context) (*model.Document, error) {
		h := g.host(rawURL)
		probe := false
		if err := g.hostDown(h, &probe); err != nil {
			fb.skipped()
			return nil, fmt.Errorf("%s: %w", source, err)
		}
		if probe {
			// However this fetch ends (cut short too), the next may
			// probe the host once more.
			defer g.endProbe(h)
		}
		fctx := ctx
		if fb != nil {
			var cancel context.CancelFunc
			var err error
			if fctx, cancel, err = fb.start(ctx); err != nil {
				fb.skipped()
				return nil, fmt.Errorf("%s: %w", source, err)
			}
			defer cancel()
		}
		if h != nil && h.slots != nil {
			select {
			case h.slots <- struct{}{}:
				defer func() { <-h.slots }()
			case <-fctx.Done():
				return nil, g.cut(ctx, source, fb, fctx.Err())
			}
			// The host may have gone down while this fetch waited.
			if err := g.hostDown(h, &probe); err != nil {
				fb.skipped()
				return nil, fmt.Errorf("%s: %w", source, err)
			}
		}
		doc, err := load(fctx)
		if err != nil && ctx.Err() == nil && fctx.Err() != nil {
			// The feed's deadline cut this fetch, not the host.
			return nil, g.cut(ctx, source, fb, err)
		}
		g.record(ctx, h, err)
		return doc, err
	}
}

// cut is the error of a fetch the feed's deadline ended (or that waited for
// a slot until then); an interruption of the run passes as it is.
func (g *fetchGuard) cut(ctx context.Context, source string, fb *feedBudget, err error) error {
	if ctx.Err() != nil || fb == nil {
		return err
	}
	fb.skipped()
	return fmt.Errorf("%s: %w: the feed's links took longer than %s (--feed-deadline): %w", source, ErrNotFetched, fb.lim.FeedDeadline, err)
}

// hostDown returns the error that stops a fetch from a host given up on.
// Once the host's HostRetryAfter is over, one fetch is let through to probe
// it (*probe set; a probe passes again).
func (g *fetchGuard) hostDown(h *hostState, probe *bool) error {
	if h == nil || *probe {
		return nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !h.down {
		return nil
	}
	if !h.downUntil.IsZero() && !h.probing && !time.Now().Before(h.downUntil) {
		// Time to try the host again: this one fetch probes it, the
		// others still wait for its outcome (record).
		h.probing, *probe = true, true
		return nil
	}
	return fmt.Errorf("%w: %s failed %d fetches in a row (--host-failures), the last with: %v", ErrNotFetched, h.name, h.fails, h.lastErr)
}

// endProbe lets another fetch probe h, when the probe ended without an
// outcome (record clears it otherwise).
func (g *fetchGuard) endProbe(h *hostState) {
	g.mu.Lock()
	h.probing = false
	g.mu.Unlock()
}

// record counts a fetch's outcome against its host.
func (g *fetchGuard) record(ctx context.Context, h *hostState, err error) {
	if h == nil || g.lim.HostFailures <= 0 || ctx.Err() != nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !unreachable(err) {
		h.fails, h.down, h.downUntil = 0, false, time.Time{}
		return
	}
	h.fails++
	h.lastErr = err
	if h.fails >= g.lim.HostFailures {
		h.down = true
		if g.lim.HostRetryAfter > 0 {
			h.downUntil = time.Now().Add(g.lim.HostRetryAfter)
		}
	}
}

// unreachable reports a fetch that failed to get an answer from its host:
// the connection refused or timed out, the name not found, TLS failed.
// An error status, a body too large or a page that is no article is an
// answer; so is an address the fetch client refuses to dial, which says
// nothing about the host.
func unreachable(err error) bool {
	if err == nil {
		return false
	}
	var ue *url.Error
	if !errors.As(err, &ue) {
		return false
	}
	for _, answered := range []error{fetch.ErrHTTPStatus, fetch.ErrTooLarge, fetch.ErrTooManyHops, fetch.ErrRedirectLoop, fetch.ErrScheme, fetch.ErrForbiddenIP, fetch.ErrEncoding} {
		if errors.Is(err, answered) {
			return false
		}
	}
	return true
}

// start counts a fetch against the feed's budget and returns the context
// it runs under (the feed's deadline), or the error that stops it.
func (fb *feedBudget) start(ctx context.Context) (context.Context, context.CancelFunc, error) {
	fb.mu.Lock()
	defer fb.mu.Unlock()
	now := time.Now()
	if fb.lim.FeedDeadline > 0 && fb.deadline.IsZero() {
		fb.deadline = now.Add(fb.lim.FeedDeadline)
	}
	if !fb.deadline.IsZero() && !now.Before(fb.deadline) {
		return nil, nil, fmt.Errorf("%w: the feed's links took longer than %s (--feed-deadline)", ErrNotFetched, fb.lim.FeedDeadline)
	}
	if fb.lim.FeedMaxFetches > 0 && fb.fetches >= fb.lim.FeedMaxFetches {
		return nil, nil, fmt.Errorf("%w: %d of the feed's links were fetched, the most per feed (--feed-max-fetches)", ErrNotFetched, fb.lim.FeedMaxFetches)
	}
	fb.fetches++
	if fb.deadline.IsZero() {
		return ctx, func() {}, nil
	}
	ctx, cancel := context.WithDeadline(ctx, fb.deadline)
	return ctx, cancel, nil
}

// skipped notes that one of the feed's links was stopped.
func (fb *feedBudget) skipped() {
	if fb == nil || fb.onSkip == nil {
		return
	}
	fb.skipOnce.Do(fb.onSkip)
}
