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
