package api

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// An actor's answer has its sector and its country's name (documented in
// openapi.json): a sector actor (HUN.MED) said only its country code.
func TestActorSectorAndCountryName(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	text := "Hungary's media regulator fined two independent broadcasters on Monday."
	u := "https://wire.example/hungary-media"
	data := &model.Article{URL: u, Title: "Regulator fines broadcasters", Text: text, Paragraphs: []string{text}, Published: &pub,
		Actors: []model.ActorRef{{ID: "HUN.MED", Name: "Hungarian media", Country: "HUN", Sector: "media", Mentions: 1}}}
	if err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
			Title: data.Title, Text: text, Published: &pub, Data: data})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	res, body := get(t, h, "GET", "/api/actors/HUN.MED", "")
	if res.StatusCode != 200 {
		t.Fatalf("status %d: %s", res.StatusCode, body)
	}
	var got ActorResponse
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if got.Sector != "media" || got.Country != "HUN" || got.CountryName != "Hungary" {
		t.Errorf("sector %q, country %q (%q); want media, HUN (Hungary)", got.Sector, got.Country, got.CountryName)
	}
	spec := loadSpec(t)
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatal(err)
	}
	resp := spec.operations(t)["GET /api/actors/{id}"].Responses["200"]
	for _, p := range undocumented(spec, resp.Content["application/json"].Schema, v, "") {
		t.Errorf("field %s is not in openapi.json", p)
	}
}

// /api/actors lists each actor with its sector, as /api/actors/{id} gives
// it, and so do an actor's counterparts (documented in openapi.json): the
// list had none, so a client wanting the sectors asked for every actor.
func TestActorListSector(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2026, 11, 24, 8, 0, 0, 0, time.UTC)
	text := "Hungary's government accused the country's media of bias on Tuesday."
	u := "https://wire.example/hungary-bias"
	data := &model.Article{URL: u, Title: "Government accuses media", Text: text, Paragraphs: []string{text}, Published: &pub,
		Actors: []model.ActorRef{
			{ID: "HUN.MED", Name: "Hungarian media", Country: "HUN", Sector: "media", Mentions: 1},
			{ID: "HUN.GOV", Name: "Hungarian government", Country: "HUN", Sector: "government", Mentions: 1},
			{ID: "HUN", Name: "Hungary", Type: "country", Country: "HUN", Mentions: 1},
		}}
	if err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
			Title: data.Title, Text: text, Published: &pub, Data: data}); err != nil {
			return err
		}
		_, err := tx.InsertEvent(ctx, &store.Event{Key: "k1", Type: "ACCUSE", SourceActor: "HUN.GOV", SourceName: "Hungarian government",
			TargetActor: "HUN.MED", TargetName: "Hungarian media", Date: "2026-11-24", QuadClass: 3})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	spec := loadSpec(t)
	for _, c := range []struct {
		path, op string
		items    func(v map[string]any) []any
		want     map[string]string
	}{
		{"/api/actors?limit=10", "GET /api/actors", func(v map[string]any) []any { l, _ := v["items"].([]any); return l },
			map[string]string{"HUN.MED": "media", "HUN.GOV": "government", "HUN": ""}},
		{"/api/actors/HUN.GOV", "GET /api/actors/{id}", func(v map[string]any) []any { l, _ := v["counterparts"].([]any); return l },
			map[string]string{"HUN.MED": "media"}},
	} {
		res, body := get(t, h, "GET", c.path, "")
		if res.StatusCode != 200 {
			t.Fatalf("%s: status %d: %s", c.path, res.StatusCode, body)
		}
		var v map[string]any
		if err := json.Unmarshal(body, &v); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, it := range c.items(v) {
			m, _ := it.(map[string]any)
			id, _ := m["id"].(string)
			sector, _ := m["sector"].(string)
			got[id] = sector
		}
		for id, want := range c.want {
			if s, ok := got[id]; !ok || s != want {
				t.Errorf("%s: %s has sector %q (listed %v), want %q", c.path, id, s, ok, want)
			}
		}
		resp := spec.operations(t)[c.op].Responses["200"]
		for _, p := range undocumented(spec, resp.Content["application/json"].Schema, v, "") {
			t.Errorf("%s: field %s is not in openapi.json", c.path, p)
		}
	}
}
