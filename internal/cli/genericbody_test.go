package cli

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// Two articles datelined in two countries that each name a body only by
// its generic name ("the Electoral Commission", "the Interior Ministry")
// store two actors, one per country: the store keys actors by id across
// articles, and one id for both had Kenya's commission stored as
// Zambia's. The actor pages and the API serve the new ids.
func TestGenericBodiesOfTwoCountriesAreTwoActors(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bodies.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log := slog.New(slog.DiscardHandler)
	ing := &serveIngester{st: st, log: log, workers: 1, metrics: api.NewMetrics(), fetcher: fetch.New(fetch.Config{}),
		stages: sync.OnceValues(func() ([]pipeline.Stage, error) { return buildStages(stageConfig{SummarySentences: 2}) })}
	h := serveHandler(api.Config{Store: st, Ingester: ing, Token: "0123456789abcdef", Log: log})
	post := func(slug, title, text string) {
		t.Helper()
		body, _ := json.Marshal(map[string]string{"url": "https://wire.example/" + slug, "title": title,
			"text": text, "published": "2026-11-30", "source": "Wire"})
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(string(body)))
		req.Header.Set("Authorization", "Bearer 0123456789abcdef")
		h.ServeHTTP(rec, req)
		if rec.Code != 201 {
			t.Fatalf("POST article: %d %s", rec.Code, rec.Body)
		}
	}
	post("ken-vote", "Kenya vote count delayed", "NAIROBI - The Electoral Commission said on Monday that the count would take two more days. "+
		"The Interior Ministry said police had detained five activists.")
	post("zmb-vote", "Zambia vote count delayed", "LUSAKA - The Electoral Commission said on Tuesday that the count would resume on Thursday. "+
		"The Interior Ministry said police had arrested 12 protesters.")
	get := func(path string) string {
		t.Helper()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		b, _ := io.ReadAll(rec.Result().Body)
		if rec.Code != 200 {
			t.Fatalf("GET %s: %d %.300s", path, rec.Code, b)
		}
		return string(b)
	}
	var list struct {
		Items []struct {
			ID, Country string
			Articles    int
		}
	}
	if err := json.Unmarshal([]byte(get("/api/actors?limit=100")), &list); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range list.Items {
		got[a.ID] = a.Country
		if strings.HasPrefix(a.ID, "doc:org:") && a.Articles != 1 {
			t.Errorf("actor %s is in %d articles, want 1", a.ID, a.Articles)
		}
	}
	for id, country := range map[string]string{"doc:org:KEN:electoral_commission": "KEN", "doc:org:ZMB:electoral_commission": "ZMB",
		"KEN.GOV": "KEN", "ZMB.GOV": "ZMB"} {
		if got[id] != country {
			t.Errorf("actor %s country %q, want %q (all: %v)", id, got[id], country, got)
		}
	}
	if _, ok := got["doc:org:electoral_commission"]; ok {
		t.Errorf("the two commissions are still stored as one actor: %v", got)
	}
	if page := get("/actors/" + url.PathEscape("doc:org:KEN:electoral_commission")); !strings.Contains(page, "Electoral Commission") {
		t.Errorf("actor page of Kenya's commission does not name it: %.1500s", page)
	}
	var one struct{ ID, Country string }
	if err := json.Unmarshal([]byte(get("/api/actors/"+url.PathEscape("doc:org:ZMB:electoral_commission"))), &one); err != nil {
		t.Fatal(err)
	}
	if one.ID != "doc:org:ZMB:electoral_commission" || one.Country != "ZMB" {
		t.Errorf("API actor = %+v, want Zambia's commission", one)
	}
	get("/graph")
	get("/api/graph")
}
