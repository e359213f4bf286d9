package cli

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// eval api-load measures serve's server, not one of its own: the same
// timeouts, header limit, error log and request context as newHTTPServer
// gives serve (it had only a read-header timeout, and net/http's defaults
// for the rest), and serve's handler, whose long-URL answer is the API's
// JSON 414.
func TestAPILoadServerIsServes(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "load.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log := slog.New(slog.DiscardHandler)
	got := apiLoadServer(ctx, st, log, time.Second)
	want := newHTTPServer(ctx, http.NotFoundHandler(), 0, log)
	if got.ReadHeaderTimeout != want.ReadHeaderTimeout || got.ReadTimeout != want.ReadTimeout ||
		got.WriteTimeout != want.WriteTimeout || got.IdleTimeout != want.IdleTimeout ||
		got.MaxHeaderBytes != want.MaxHeaderBytes || got.ErrorLog == nil || got.BaseContext == nil {
		t.Errorf("api-load server = %+v\nwant serve's settings %+v", got, want)
	}

	srv := httptest.NewUnstartedServer(got.Handler)
	srv.Config = got
	srv.Start()
	defer srv.Close()
	for _, tt := range []struct {
		path string
		code int
	}{
		{"/api/events?limit=5", http.StatusOK},
		{"/api/articles?q=" + strings.Repeat("a", 100<<10), http.StatusRequestURITooLong},
		{"/", http.StatusOK}, // serve's handler: the web UI too
	} {
		res, err := srv.Client().Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != tt.code {
			t.Errorf("GET %.40s: %d %.80q, want %d", tt.path, res.StatusCode, body, tt.code)
		}
		if strings.HasPrefix(tt.path, "/api/") && !json.Valid(body) {
			t.Errorf("GET %.40s: not JSON: %.80q", tt.path, body)
		}
	}
}
