package runner

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// syncBuffer is a log sink several goroutines may write to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A feed URL the user typed with credentials is fetched with them, and
// they appear in no log line (polls, links fetched again and given up, the
// runner's failures), no stored failure and no item's source: not for a
// feed whose links keep failing, nor for a feed whose server is down.
func TestFeedCredentialsNeverShown(t *testing.T) {
	withCreds := func(base string) string {
		u, err := url.Parse(base + "/feed.xml")
		if err != nil {
			t.Fatal(err)
		}
		u.User = url.UserPassword("deskuser", "hunter2pw")
		return u.String()
	}
	down := httptest.NewServer(nil)
	downURL := down.URL
	down.Close()
	tests := []struct {
		name    string
		feedURL func(t *testing.T) string
	}{
		{"links keep failing", func(t *testing.T) string {
			return withCreds(newFlakyFeed(t, 2, map[string]int{"/a/0": 100}).URL)
		}},
		{"feed server down", func(t *testing.T) string { return withCreds(downURL) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs syncBuffer
			log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			st := openTemp(t)
			retries, in, clock := feedRetryInputs(tt.feedURL(t), 1, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
			retries.Log, in.Log = log, log
			var sources []string
			for range 3 {
				ctx := context.Background()
				plan, err := Expand(in)
				if err != nil {
					t.Fatal(err)
				}
				items := func(yield func(Item) bool) {
					for it := range plan.Items(ctx, in, st) {
						sources = append(sources, it.Source)
						if !yield(it) {
							return
						}
					}
				}
				if _, err := Run(ctx, Config{Store: st, Stages: []pipeline.Stage{extract.New()}, Workers: 1, Log: log}, items); err != nil {
					t.Fatal(err)
				}
				clock.advance(time.Hour)
			}
			shown := logs.String() + fmt.Sprint(failuresByStage(t, st)) + strings.Join(sources, " ")
			if !strings.Contains(shown, "feed.xml") {
				t.Fatalf("nothing about the feed was logged or stored: %s", shown)
			}
			for _, secret := range []string{"deskuser", "hunter2pw"} {
				if strings.Contains(shown, secret) {
					t.Errorf("%q shown:\n%s", secret, shown)
				}
			}
		})
	}
}
