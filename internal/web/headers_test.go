package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/api"
)

// Every answer of the site, not only its pages, says nosniff and no
// referrer and carries a content security policy: /openapi.json was served
// as "application/json" without a charset or nosniff, and the static files
// and the API's JSON had no policy at all. A page keeps its own policy
// (which allows its stylesheet); every other answer gets the strictest.
func TestSecurityHeadersOnEveryAnswer(t *testing.T) {
	st := tempStore(t, "headers.db")
	mux := http.NewServeMux()
	srv := api.New(api.Config{Store: st})
	srv.Register(mux)
	New(st, nil).Register(mux)
	h := srv.Guard(mux)
	const pagePolicy = "style-src 'self'"
	for _, c := range []struct {
		path, ctype string
		page        bool
	}{
		{"/openapi.json", "application/json; charset=utf-8", false},
		{"/api/events", "application/json; charset=utf-8", false},
		{"/api/nothing-here", "application/json; charset=utf-8", false},
		{"/api", "application/json; charset=utf-8", false},
		{"/healthz", "application/json; charset=utf-8", false},
		{"/static/style.css", "text/css; charset=utf-8", false},
		{"/events", "text/html; charset=utf-8", true},
		{"/no-such-page", "text/html; charset=utf-8", true},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
		hd := rec.Result().Header
		if got := hd.Get("Content-Type"); got != c.ctype {
			t.Errorf("%s: Content-Type %q, want %q", c.path, got, c.ctype)
		}
		if got := hd.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", c.path, got)
		}
		if got := hd.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", c.path, got)
		}
		csp := hd.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: Content-Security-Policy %q has no frame-ancestors 'none'", c.path, csp)
		}
		if got := strings.Contains(csp, pagePolicy); got != c.page {
			t.Errorf("%s: policy %q: page's own %v, want %v", c.path, csp, got, c.page)
		}
	}
}
