package api

import (
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestResponseCache(t *testing.T) {
	var calls atomic.Int32
	release := make(chan struct{})
	c := newResponseCache(time.Minute, 3)
	h := c.wrap(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.URL.Query().Get("slow") != "" {
			<-release
		}
		if r.URL.Query().Get("bad") != "" {
			writeJSON(w, 400, errorBody{Error: "bad"})
			return
		}
		writeJSON(w, 200, map[string]string{"q": r.URL.RawQuery})
	})
	// Parameter order does not matter; the second answer is a hit.
	res1, b1 := get(t, h, "GET", "/api/events?a=1&b=2", "")
	res2, b2 := get(t, h, "GET", "/api/events?b=2&a=1", "")
	if calls.Load() != 1 || string(b1) != string(b2) || res1.Header.Get("X-Cache") != "miss" || res2.Header.Get("X-Cache") != "hit" || res2.Header.Get("Content-Type") == "" {
		t.Errorf("calls %d, %s / %s, %q %q", calls.Load(), b1, b2, res1.Header.Get("X-Cache"), res2.Header.Get("X-Cache"))
	}
	// Errors are not kept.
	get(t, h, "GET", "/api/events?bad=1", "")
	if res, _ := get(t, h, "GET", "/api/events?bad=1", ""); res.StatusCode != 400 || calls.Load() != 3 {
		t.Errorf("error cached: %d calls %d", res.StatusCode, calls.Load())
	}
	// Expired entries are recomputed.
	c.mu.Lock()
	for _, e := range c.entries {
		e.expires = time.Now().Add(-time.Second)
	}
	c.mu.Unlock()
	get(t, h, "GET", "/api/events?a=1&b=2", "")
	if calls.Load() != 4 {
		t.Errorf("expired entry served: calls %d", calls.Load())
	}
	// Concurrent identical requests run the handler once: the test releases
	// the first only when the other four are waiting on it, so the shared
	// path is what answers them (not a cache hit after the fact).
	var wg sync.WaitGroup
	bodies := make([]string, 5)
	how := make([]string, 5)
	for i := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, b := get(t, h, "GET", "/api/events?slow=1", "")
			bodies[i], how[i] = string(b), res.Header.Get("X-Cache")
		}()
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		c.mu.Lock()
		waiting := -1
		if f := c.inflight["/api/events?slow=1"]; f != nil {
			waiting = f.waiters
		}
		c.mu.Unlock()
		if waiting == 4 {
			break
		}
		if time.Now().After(deadline) {
			close(release)
			t.Fatalf("identical requests did not wait on the first: %d waiting", waiting)
		}
		time.Sleep(time.Millisecond)
	}
	close(release)
	wg.Wait()
	slices.Sort(how)
	if calls.Load() != 5 || strings.Join(bodies, "") != strings.Repeat(bodies[0], 5) || strings.Join(how, " ") != "miss shared shared shared shared" {
		t.Errorf("concurrent: calls %d bodies %q cache %q", calls.Load(), bodies, how)
	}
	// The size cap holds, and clear empties it.
	for _, q := range []string{"x=1", "x=2", "x=3", "x=4", "x=5"} {
		get(t, h, "GET", "/api/events?"+q, "")
	}
	c.mu.Lock()
	n := len(c.entries)
	c.mu.Unlock()
	if n > 3 {
		t.Errorf("%d entries over the cap of 3", n)
	}
	c.clear()
	if len(c.entries) != 0 {
		t.Error("clear left entries")
	}
}

func TestCacheClearedByPost(t *testing.T) {
	st := openTestStore(t)
	seedSmall(t, st)
	ing := &fakeIngester{}
	s := New(Config{Store: st, Ingester: ing, Token: "s3cret", CacheTTL: time.Minute})
	h := s.Handler()
	get(t, h, "GET", "/api/events", "")
	if res, _ := get(t, h, "GET", "/api/events", ""); res.Header.Get("X-Cache") != "hit" || res.Header.Get("Cache-Control") != "max-age=60" {
		t.Fatalf("second GET: X-Cache %q, Cache-Control %q", res.Header.Get("X-Cache"), res.Header.Get("Cache-Control"))
	}
	if res, _ := get(t, New(Config{Store: st}).Handler(), "GET", "/api/events", ""); res.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("without a cache: Cache-Control %q", res.Header.Get("Cache-Control"))
	}
	get(t, h, "POST", "/api/feeds", `{"url":"https://x.example/f"}`, "Authorization", "Bearer s3cret")
	if res, _ := get(t, h, "GET", "/api/events", ""); res.Header.Get("X-Cache") != "miss" {
		t.Errorf("after POST: X-Cache %q, want miss", res.Header.Get("X-Cache"))
	}
	if _, m := get(t, h, "GET", "/metrics", ""); !strings.Contains(string(m), "newsgraph_api_cache_hits_total 1") {
		t.Errorf("metrics lack the cache counter:\n%s", m)
	}
}
