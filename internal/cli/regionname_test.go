package cli

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/store/sqlite"
)

// A story datelined in a city that also names the state of that name lists
// two places; the article's page and the API show the state with its
// division word ("Kaduna State") and the city as "Kaduna", where both were
// shown as "Kaduna".
func TestRegionShownWithDivisionWord(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "regions.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log := slog.New(slog.DiscardHandler)
	ing := &serveIngester{st: st, log: log, workers: 1, metrics: api.NewMetrics(), fetcher: fetch.New(fetch.Config{}),
		stages: sync.OnceValues(func() ([]pipeline.Stage, error) { return buildStages(stageConfig{SummarySentences: 2}) })}
	h := serveHandler(api.Config{Store: st, Ingester: ing, Token: "0123456789abcdef", Log: log})
	text := "KADUNA, Nigeria - Gunmen killed 12 villagers in an attack on a farming community in Kaduna state on Monday, police said. " +
		"The attack followed clashes last week, a Kaduna state police spokesman said."
	body, _ := json.Marshal(map[string]string{"url": "https://wire.example/kaduna-attack", "title": "Gunmen kill 12 in Kaduna state",
		"text": text, "published": "2026-11-30", "source": "Wire"})
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(string(body)))
	req.Header.Set("Authorization", "Bearer 0123456789abcdef")
	h.ServeHTTP(rec, req)
	var created struct{ ID int64 }
	if rec.Code != 201 || json.Unmarshal(rec.Body.Bytes(), &created) != nil {
		t.Fatalf("POST article: %d %s", rec.Code, rec.Body)
	}
	get := func(path string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		b, _ := io.ReadAll(rec.Result().Body)
		if rec.Code != 200 {
			t.Fatalf("GET %s: %d %.300s", path, rec.Code, b)
		}
		return string(b)
	}
	id := strconv.FormatInt(created.ID, 10)
	var art struct {
		Actors []struct{ ID, Name string }
	}
	if err := json.Unmarshal([]byte(get("/api/articles/"+id)), &art); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, a := range art.Actors {
		names[a.ID] = a.Name
	}
	if names["place:NGA-KD"] != "Kaduna State" || names["city:NGA:kaduna"] != "Kaduna" {
		t.Errorf("API actors: state %q, city %q; want \"Kaduna State\" and \"Kaduna\" (all: %v)", names["place:NGA-KD"], names["city:NGA:kaduna"], names)
	}
	page := get("/articles/" + id)
	if !strings.Contains(page, ">Kaduna State<") {
		t.Errorf("article page does not show \"Kaduna State\": %.2000s", page)
	}
	if actor := get("/actors/place:NGA-KD"); !strings.Contains(actor, "<h1>Kaduna State") {
		t.Errorf("actor page of the state is not headed \"Kaduna State\": %.1500s", actor)
	}
}
