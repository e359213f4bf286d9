package api

import (
	"bytes"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// responseCache keeps recent successful GET answers for a short time. The
// store changes only when an ingest commits, and a reader who sees an
// answer a second or two old loses nothing, while repeated dashboard and
// pagination queries (the common case) no longer reach SQLite. Identical
// requests that arrive together are computed once (the later ones wait for
// the first). POSTs through this server clear it; ingests by another
// process are seen after at most the TTL.
type responseCache struct {
	ttl     time.Duration
	maxSize int // entries
	maxBody int // bytes per entry

	mu       sync.Mutex
	entries  map[string]*cacheEntry
	inflight map[string]*flight
	hits     uint64
	misses   uint64
}

type cacheEntry struct {
	body    []byte
	ctype   string
	expires time.Time
}

type flight struct {
	done    chan struct{}
	entry   *cacheEntry // nil when the first request did not produce a cacheable 200
	waiters int         // requests waiting on this one (under responseCache.mu)
}

func newResponseCache(ttl time.Duration, maxEntries int) *responseCache {
	return &responseCache{ttl: ttl, maxSize: maxEntries, maxBody: 1 << 20,
		entries: map[string]*cacheEntry{}, inflight: map[string]*flight{}}
}

// cacheKey is the path with the query parameters in a canonical order.
func cacheKey(r *http.Request) string {
	return r.URL.Path + "?" + canonicalQuery(r.URL.Query())
}

func canonicalQuery(v url.Values) string { return v.Encode() } // Encode sorts by key

func (c *responseCache) clear() {
	c.mu.Lock()
	c.entries = map[string]*cacheEntry{}
	c.mu.Unlock()
}

// wrap serves h through the cache.
func (c *responseCache) wrap(h http.HandlerFunc) http.HandlerFunc {
	if c == nil || c.ttl <= 0 {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) {
		key := cacheKey(r)
		now := time.Now()
		c.mu.Lock()
		if e, ok := c.entries[key]; ok && now.Before(e.expires) {
			c.hits++
			c.mu.Unlock()
			writeCached(w, e, "hit")
			return
		}
		if f, ok := c.inflight[key]; ok {
			f.waiters++
			c.mu.Unlock()
			select {
			case <-f.done:
				if f.entry != nil {
					writeCached(w, f.entry, "shared")
					return
				}
			case <-r.Context().Done():
				return
			}
			h(w, r) // the first one failed: answer this one on its own
			return
		}
		f := &flight{done: make(chan struct{})}
		c.inflight[key] = f
		c.misses++
		c.mu.Unlock()

		rec := &bufferWriter{header: http.Header{}, code: http.StatusOK}
		func() {
			defer func() {
				c.mu.Lock()
				delete(c.inflight, key)
				c.mu.Unlock()
				close(f.done)
			}()
			h(rec, r)
			if rec.code == http.StatusOK && rec.buf.Len() <= c.maxBody {
				e := &cacheEntry{body: rec.buf.Bytes(), ctype: rec.header.Get("Content-Type"), expires: time.Now().Add(c.ttl)}
				f.entry = e
				c.mu.Lock()
				if len(c.entries) >= c.maxSize {
					c.evictLocked(time.Now())
				}
				c.entries[key] = e
				c.mu.Unlock()
			}
		}()
		for k, vs := range rec.header {
			w.Header()[k] = vs
		}
		w.Header().Set("X-Cache", "miss")
		w.WriteHeader(rec.code)
		w.Write(rec.buf.Bytes())
	}
}

// evictLocked drops expired entries, and half of the rest when that is not
// enough (map order is random, which is as good as any order here).
func (c *responseCache) evictLocked(now time.Time) {
	for k, e := range c.entries {
		if !now.Before(e.expires) {
			delete(c.entries, k)
		}
	}
	if len(c.entries) < c.maxSize {
		return
	}
	n := len(c.entries) / 2
	for k := range c.entries {
		if n == 0 {
			break
		}
		delete(c.entries, k)
		n--
	}
}

func writeCached(w http.ResponseWriter, e *cacheEntry, how string) {
	w.Header().Set("Content-Type", e.ctype)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Cache", how)
	w.WriteHeader(http.StatusOK)
	w.Write(e.body)
}

// bufferWriter collects a response.
type bufferWriter struct {
	header http.Header
	code   int
	wrote  bool
	buf    bytes.Buffer
}

func (b *bufferWriter) Header() http.Header { return b.header }
func (b *bufferWriter) WriteHeader(code int) {
	if !b.wrote {
		b.code, b.wrote = code, true
	}
}
func (b *bufferWriter) Write(p []byte) (int, error) {
	b.wrote = true
	return b.buf.Write(p)
}
