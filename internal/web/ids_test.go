package web

import (
	"strings"
	"testing"
)

// A page's id is plain digits, by the API's rule: /articles/+501 is no
// second address of /articles/501 but a page that is not there, as
// /articles/abc is; an event filter's article=%2B1 is refused as the
// API refuses it. The plain forms still answer.
func TestPageIDsArePlainDigits(t *testing.T) {
	h := testUI(t)
	for _, tt := range []struct {
		path string
		code int
		want string
	}{
		{"/articles/+501", 404, "nothing at this address"},
		{"/articles/%2B501", 404, "nothing at this address"},
		{"/events/+1", 404, "nothing at this address"},
		{"/events?article=%2B501", 400, "article"},
		{"/articles/501", 200, "X Wire"},
		{"/events/1", 200, "Reported by"},
		{"/events?article=501", 200, "Events"},
	} {
		code, body := fetch(t, h, tt.path)
		if code != tt.code || !strings.Contains(body, tt.want) {
			t.Errorf("%s: %d, want %d with %q\n%.300s", tt.path, code, tt.code, tt.want, body)
		}
	}
}
