package web

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// An error page's title says what failed, not only "Bad Request".
func TestErrorTitle(t *testing.T) {
	for _, c := range []struct {
		code int
		msg  string
		want string
	}{
		{400, `since: "March" is not a date (want YYYY-MM-DD, YYYY-MM, YYYY or an RFC 3339 time)`, `Bad request: since: "March" is not a date`},
		{400, `limit: "abc" is not an integer`, `Bad request: limit: "abc" is not an integer`},
		// A parenthesis inside the message stays; only a closing one
		// of examples goes.
		{400, "until: until (2026-03-01) is before since (2026-03-10)", "Bad request: until: until (2026-03-01) is before since"},
		{400, "quad_class: 9 is out of range [1, 4]", "Bad request: quad_class: 9 is out of range [1, 4]"},
		{400, `bad query: search "NOT x": NOT leaves out the articles of the words after it from those of the words before it (talks NOT Seoul)`,
			`Bad request: search "NOT x": NOT leaves out the articles of the words after it from those of…`},
		{404, "There is nothing at this address.", "Not found: There is nothing at this address"},
		{503, "The query took too long.", "Service unavailable: The query took too long"},
		{400, "", "Bad request"},
	} {
		got := errorTitle(c.code, c.msg)
		if got != c.want {
			t.Errorf("%d %q: %q, want %q", c.code, c.msg, got, c.want)
		}
		if n := utf8.RuneCountInString(got); n > 110 {
			t.Errorf("%q: %d characters", got, n)
		}
	}
}

var pageTitle = regexp.MustCompile(`<title>(.*)</title>`)
var pageH1 = regexp.MustCompile(`<h1>(.*)</h1>`)

// Each refused page is titled by what failed, its heading still the
// status; a page that answers is titled as before.
func TestErrorPageTitles(t *testing.T) {
	mux := seedSearchReported(t)
	for _, c := range []struct {
		path, title, h1 string
	}{
		{"/search?since=March", `Bad request: since: "March" is not a date · newsgraph`, "400 Bad Request"},
		{"/events?since=2025-02-30", `Bad request: since: "2025-02-30" is not a date · newsgraph`, "400 Bad Request"},
		{"/quotes?until=soon", `Bad request: until: "soon" is not a date · newsgraph`, "400 Bad Request"},
		{"/events?quad_class=9", "Bad request: quad_class: 9 is out of range [1, 4] · newsgraph", "400 Bad Request"},
		{"/articles/999", "Not found: There is nothing at this address · newsgraph", "404 Not Found"},
		{"/actors/zzzz", "Not found: No stored actor has the id or name “zzzz” · newsgraph", "404 Not Found"},
		// Near miss: a page that answers keeps its own title.
		{"/search?q=toll", "Search: toll · newsgraph", "Search"},
	} {
		_, body := fetch(t, mux, c.path)
		title, h1 := "", ""
		if m := pageTitle.FindStringSubmatch(body); m != nil {
			title = html.UnescapeString(m[1])
		}
		if m := pageH1.FindStringSubmatch(body); m != nil {
			h1 = html.UnescapeString(m[1])
		}
		if title != c.title || !strings.HasPrefix(h1, c.h1) {
			t.Errorf("%s: title %q, h1 %q; want %q, %q", c.path, title, h1, c.title, c.h1)
		}
	}
}
