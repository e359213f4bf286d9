package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
)

// FeedState is what a poller remembers about one feed between polls: the
// HTTP validators for a conditional GET and the keys of items already
// handed out. The ingest command may persist it in the store.
type FeedState struct {
	Validators fetch.Validators
	Seen       map[string]bool
	LastPoll   time.Time
}

// PollResult is the outcome of one poll of one feed.
type PollResult struct {
	URL         string
	NotModified bool        // 304, or the same bytes as last time
	Feed        *Feed       // nil when NotModified
	New         []FeedEntry // entries for items not seen before
}

// FeedPoller polls feeds with conditional GETs and hands out each item once.
// It is safe for concurrent use.
type FeedPoller struct {
	Client  *fetch.Client
	Options FeedOptions

	mu    sync.Mutex
	state map[string]*FeedState
	last  map[string][sha256.Size]byte // hash of the last body, for servers that send no validators
}

// NewFeedPoller returns a poller using c.
func NewFeedPoller(c *fetch.Client, opts FeedOptions) *FeedPoller {
	return &FeedPoller{Client: c, Options: opts, state: map[string]*FeedState{}, last: map[string][sha256.Size]byte{}}
}

// SetState restores a feed's state (from the store).
func (p *FeedPoller) SetState(url string, st FeedState) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if st.Seen == nil {
		st.Seen = map[string]bool{}
	}
	p.state[url] = &st
}

// State returns a copy of a feed's state (to persist it).
func (p *FeedPoller) State(url string) FeedState {
	p.mu.Lock()
	defer p.mu.Unlock()
	st, ok := p.state[url]
	if !ok {
		return FeedState{Seen: map[string]bool{}}
	}
	cp := FeedState{Validators: st.Validators, LastPoll: st.LastPoll, Seen: make(map[string]bool, len(st.Seen))}
	for k := range st.Seen {
		cp.Seen[k] = true
	}
	return cp
}

// FeedFetchError is a poll that could not fetch the feed (an address that
// may not be fetched, a timeout, an error status), as opposed to one whose
// answer is no feed: the API answers the two differently, as it answers a
// URL posted as an article. The message is the fetch error's.
type FeedFetchError struct{ Err error }

func (e *FeedFetchError) Error() string { return e.Err.Error() }
func (e *FeedFetchError) Unwrap() error { return e.Err }

// Poll fetches one feed once and returns the items not seen before.
func (p *FeedPoller) Poll(ctx context.Context, url string) (*PollResult, error) {
	p.mu.Lock()
	st, ok := p.state[url]
	if !ok {
		st = &FeedState{Seen: map[string]bool{}}
		p.state[url] = st
	}
	prev := st.Validators
	p.mu.Unlock()

	resp, err := p.Client.GetConditional(ctx, url, prev, fetch.FeedAccept)
	if err != nil {
		return nil, &FeedFetchError{Err: err}
	}
	res := &PollResult{URL: url}
	p.mu.Lock()
	st.LastPoll = time.Now()
	st.Validators = resp.Validators
	if resp.NotModified {
		p.mu.Unlock()
		res.NotModified = true
		return res, nil
	}
	sum := sha256.Sum256(resp.Body)
	if prev, ok := p.last[url]; ok && prev == sum {
		p.mu.Unlock()
		res.NotModified = true
		return res, nil
	}
	p.last[url] = sum
	p.mu.Unlock()

	opts := p.Options
	// Its country domain places dates written without a zone, and its
	// relative item links resolve against it: the address the feed was
	// read from, after redirects.
	opts.URL = firstNonEmpty(resp.URL, url)
	opts.Fetched = time.Now()
	feed, err := ParseFeed(bytes.NewReader(resp.Body), opts)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", fetch.StripUserinfo(url), err)
	}
	res.Feed = feed
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := range feed.Items {
		key := feed.Items[i].ItemKey()
		if key != "" && st.Seen[key] {
			continue
		}
		if key != "" {
			st.Seen[key] = true
		}
		res.New = append(res.New, feed.Entry(url, i))
	}
	res.New = append(res.New, feed.Problems(url)...)
	return res, nil
}

// Watch polls every feed now and then every interval until ctx ends,
// calling fn with each result (or error) from this goroutine. A failing
// feed is reported and polled again next round; it never stops the others.
// With interval <= 0 it polls once.
func (p *FeedPoller) Watch(ctx context.Context, urls []string, interval time.Duration, fn func(url string, res *PollResult, err error)) error {
	for {
		for _, u := range urls {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			res, err := p.Poll(ctx, u)
			fn(u, res, err)
		}
		if interval <= 0 {
			return nil
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}
