package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzPages: whatever is in the path or the query string, a page answers
// 200, 400 or 404 with an HTML page and never echoes markup unescaped.
func FuzzPages(f *testing.F) {
	h := testUI(f)
	paths := []string{"/", "/search", "/events", "/timeline", "/graph", "/events/", "/articles/", "/actors/", "/quotes"}
	for _, s := range []struct {
		path  uint8
		id, q string
	}{
		{1, "", "q=marched&offset=20"}, {2, "", "country=JPN&quad_class=4&limit=5&offset=5"}, {3, "", "since=2024-01-01&until=2023-01-01"},
		{4, "", "actor=Q17&min_sources=x"}, {5, "1", ""}, {6, "501", ""}, {7, "name:marchers", ""}, {7, "<script>", ""}, {1, "", "q=%3Cb%3E"},
		{7, ".", "0"}, {5, "..", ""}, // unclean paths: ServeMux's redirect to the clean one
		{8, "", "speaker=%3Cscript%3E&q=x"}, {8, "", "cursor=abc&since=2025-13-01"}, {2, "", "article=5&sort=goldstein"},
	} {
		f.Add(s.path, s.id, s.q)
	}
	f.Fuzz(func(t *testing.T, p uint8, id, query string) {
		path := paths[int(p)%len(paths)]
		if strings.HasSuffix(path, "/") && path != "/" {
			path += url.PathEscape(id)
		}
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path, req.URL.RawQuery = path, query
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		body := rec.Body.String()
		switch rec.Code {
		case 200, 400, 404:
		case http.StatusTemporaryRedirect, http.StatusMovedPermanently:
			// An unclean path ("/actors/.") goes to its clean form, on
			// this site: a browser follows it (the API answers JSON
			// instead, see api.Server.Guard).
			loc := rec.Header().Get("Location")
			if !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, "/\\") {
				t.Fatalf("GET %s: %d to %q, not a path of this site", req.URL, rec.Code, loc)
			}
			return
		default:
			t.Fatalf("GET %s: status %d: %.300s", req.URL, rec.Code, body)
		}
		if !strings.Contains(body, "</html>") {
			t.Fatalf("GET %s: %d, not a whole page: %.300s", req.URL, rec.Code, body)
		}
		if strings.Contains(body, "<script") {
			t.Fatalf("GET %s: markup from the request echoed unescaped", req.URL)
		}
	})
}
