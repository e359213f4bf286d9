package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// refreshPage is a page that sends the reader to target after delay
// seconds, written as content.
func refreshPage(content string) string {
	return `<!DOCTYPE html><html><head><title>Redirecting</title><meta http-equiv="Refresh" content="` + content + `"></head><body><p>Redirecting you to the story.</p></body></html>`
}

// A page whose meta refresh sends the reader on at once is followed as a
// redirect (the answer is the story, under its own address), relative
// and quoted addresses included; a page that reloads after minutes, one
// that refreshes itself, a refresh to no http(s) address and a loop of
// refreshes end with the page that has the refresh, never an error; a
// refresh in the body (a quoted example) is no refresh.
func TestGetFollowsMetaRefresh(t *testing.T) {
	story := `<html><head><title>Harare fuel</title></head><body><p>HARARE - Zimbabwe cut fuel prices on Monday, the energy regulator said.</p></body></html>`
	pages := map[string]string{
		"/story":        story,
		"/tracker":      refreshPage("0; url=/story"),
		"/quoted":       refreshPage("0;URL='/story'"),
		"/absolute":     "", // filled below with the server's address
		"/front":        refreshPage("300; url=/story"),
		"/self":         refreshPage("0"),
		"/script":       refreshPage("0; url=javascript:alert(1)"),
		"/loop-a":       refreshPage("0; url=/loop-b"),
		"/loop-b":       refreshPage("1; url=/loop-a"),
		"/chain":        refreshPage("0; url=/tracker"),
		"/in-body":      `<html><head><title>How redirects work</title></head><body><p>Write <code>&lt;meta http-equiv="refresh"&gt;</code> in the head.</p><meta http-equiv="refresh" content="0; url=/story"></body></html>`,
		"/not-html.txt": "0; url=/story",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if strings.HasSuffix(r.URL.Path, ".txt") {
			w.Header().Set("Content-Type", "text/plain")
		} else {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		fmt.Fprint(w, body)
	}))
	defer srv.Close()
	pages["/absolute"] = refreshPage("0; url=" + srv.URL + "/story")
	c := New(Config{AllowPrivate: true})
	tests := []struct {
		path, wantPath string
	}{
		{"/tracker", "/story"},
		{"/quoted", "/story"},
		{"/absolute", "/story"},
		{"/chain", "/story"},
		{"/front", "/front"},
		{"/self", "/self"},
		{"/script", "/script"},
		{"/loop-a", "/loop-b"},
		{"/in-body", "/in-body"},
		{"/not-html.txt", "/not-html.txt"},
	}
	for _, tt := range tests {
		resp, err := c.Get(context.Background(), srv.URL+tt.path)
		if err != nil {
			t.Errorf("%s: %v", tt.path, err)
			continue
		}
		if resp.URL != srv.URL+tt.wantPath {
			t.Errorf("%s: ended at %s, want %s", tt.path, resp.URL, srv.URL+tt.wantPath)
		}
		if tt.wantPath == "/story" && !strings.Contains(string(resp.Body), "Zimbabwe cut fuel prices") {
			t.Errorf("%s: body %q, want the story", tt.path, resp.Body)
		}
	}
}

// A refresh to a private address is refused as an HTTP redirect to one
// is, by the address check of the fetch that follows it.
func TestMetaRefreshToPrivateRefused(t *testing.T) {
	var privateHits atomic.Int32
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		privateHits.Add(1)
		fmt.Fprint(w, "internal admin page")
	}))
	defer private.Close()
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, refreshPage("0; url="+private.URL+"/admin"))
	}))
	defer public.Close()
	c := New(Config{publicAddr: publicPorts(public)})
	if _, err := c.Get(context.Background(), public.URL+"/go"); !errors.Is(err, ErrForbiddenIP) {
		t.Errorf("err = %v, want ErrForbiddenIP", err)
	}
	if n := privateHits.Load(); n != 0 {
		t.Errorf("private server reached %d times", n)
	}
}

func TestParseRefresh(t *testing.T) {
	tests := []struct {
		in     string
		delay  int
		target string
		ok     bool
	}{
		{"0; url=https://a.example/x", 0, "https://a.example/x", true},
		{"0;URL=https://a.example/x", 0, "https://a.example/x", true},
		{" 3 , url = 'https://a.example/x' ", 3, "https://a.example/x", true},
		{`0; url="/x?a=1;b=2"`, 0, "/x?a=1;b=2", true},
		{"0; /x", 0, "/x", true},
		{"5", 5, "", true},
		{".5; url=/x", 0, "/x", true},
		{"1.5; url=/x", 1, "/x", true},
		{"url=/x", 0, "", false},
		{"", 0, "", false},
		{"0 url=/x", 0, "", false},
	}
	for _, tt := range tests {
		d, target, ok := parseRefresh(tt.in)
		if d != tt.delay || target != tt.target || ok != tt.ok {
			t.Errorf("parseRefresh(%q) = %d, %q, %v; want %d, %q, %v", tt.in, d, target, ok, tt.delay, tt.target, tt.ok)
		}
	}
}

func FuzzParseRefresh(f *testing.F) {
	for _, s := range []string{"0; url=https://a.example/x", " 3 , url = 'x' ", ".5", "", "9999999999999999999999; url=x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, _, _ := parseRefresh(s)
		if d < 0 {
			t.Errorf("parseRefresh(%q): negative delay %d", s, d)
		}
	})
}
