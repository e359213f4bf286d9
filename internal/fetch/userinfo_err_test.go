package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestTransportErrorsHideUserinfo: the errors Go's HTTP client returns
// (*url.Error) name the URL with the user name shown ("user:***@host"); the
// wrapped error the fetcher returns must show neither name nor password,
// and must still be a *url.Error for callers that ask whether it timed out.
func TestTransportErrorsHideUserinfo(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(2 * time.Second):
		}
	}))
	defer slow.Close()
	loop := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/again"+r.URL.Path, http.StatusFound)
	}))
	defer loop.Close()
	withCreds := func(base, path string) string {
		u, err := url.Parse(base + path)
		if err != nil {
			t.Fatal(err)
		}
		u.User = url.UserPassword("deskuser", "hunter2pw")
		return u.String()
	}
	tests := []struct {
		name    string
		url     string
		timeout time.Duration
	}{
		{"connection refused", withCreds(closedURL, "/feed.xml"), 0},
		{"timeout", withCreds(slow.URL, "/feed.xml"), 50 * time.Millisecond},
		{"redirect loop", withCreds(loop.URL, "/feed.xml"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(Config{AllowPrivate: true, Timeout: tt.timeout})
			for name, get := range map[string]func() error{
				"Get": func() error { _, err := c.Get(context.Background(), tt.url); return err },
				"GetConditional": func() error {
					_, err := c.GetConditional(context.Background(), tt.url, Validators{}, FeedAccept)
					return err
				},
			} {
				err := get()
				if err == nil {
					t.Fatalf("%s: no error", name)
				}
				if msg := err.Error(); strings.Contains(msg, "deskuser") || strings.Contains(msg, "hunter2pw") || strings.Contains(msg, "***") {
					t.Errorf("%s: error shows the credentials: %s", name, msg)
				}
				if _, ok := errors.AsType[*url.Error](err); !ok && tt.name != "redirect loop" {
					t.Errorf("%s: error %v is no longer a *url.Error", name, err)
				}
			}
		})
	}
}

// TestHideUserinfo: the *url.Error is found wherever it is in the chain,
// its text loses the userinfo, and errors.Is/As still reach what it wraps.
func TestHideUserinfo(t *testing.T) {
	inner := errors.New("connection reset")
	ue := &url.Error{Op: "Get", URL: "https://deskuser:***@example.org/feed.xml", Err: inner}
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"url.Error", ue, `Get "https://example.org/feed.xml": connection reset`},
		{"wrapped", fmt.Errorf("poll: %w", ue), `poll: Get "https://example.org/feed.xml": connection reset`},
		{"no userinfo", &url.Error{Op: "Get", URL: "https://example.org/", Err: inner}, `Get "https://example.org/": connection reset`},
		{"other error", inner, "connection reset"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := hideUserinfo(tt.err)
			if got.Error() != tt.want {
				t.Errorf("hideUserinfo(%v) = %q, want %q", tt.err, got.Error(), tt.want)
			}
			if !errors.Is(got, inner) {
				t.Errorf("hideUserinfo(%v) no longer wraps %v", tt.err, inner)
			}
		})
	}
}
