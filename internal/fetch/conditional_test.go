package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestGetConditionalLastModified(t *testing.T) {
	const lm = "Tue, 04 Mar 2025 09:30:00 GMT"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", lm)
		w.Write([]byte("<rss/>"))
	}))
	defer srv.Close()
	c := New(Config{AllowPrivate: true, Timeout: 5 * time.Second})
	ctx := context.Background()
	r1, err := c.GetConditional(ctx, srv.URL, Validators{}, FeedAccept)
	if err != nil {
		t.Fatal(err)
	}
	if r1.NotModified || string(r1.Body) != "<rss/>" || r1.Validators.LastModified != lm {
		t.Fatalf("first: %+v", r1)
	}
	r2, err := c.GetConditional(ctx, srv.URL, r1.Validators, "")
	if err != nil {
		t.Fatal(err)
	}
	if !r2.NotModified || r2.Response != nil || r2.Validators != r1.Validators {
		t.Fatalf("second: %+v", r2)
	}
	// The address guard still applies.
	if _, err := New(Config{}).GetConditional(ctx, srv.URL, Validators{}, ""); err == nil {
		t.Error("loopback fetched without AllowPrivate")
	}
}
