package web

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// An actor's page names its country (the knowledge base's name, with the
// code) and its sector whatever its type: a sector actor stored without a
// type (HUN.MED) showed only "Actor id HUN.MED". The API's answer has the
// sector and the country's name too.
func TestActorPageCountryAndSector(t *testing.T) {
	pub := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	text := "Hungary's media regulator fined two independent broadcasters on Monday."
	u := "https://wire.example/hungary-media"
	data := &model.Article{URL: u, Title: "Regulator fines broadcasters", Text: text, Paragraphs: []string{text}, Published: &pub,
		Actors: []model.ActorRef{
			{ID: "HUN.MED", Name: "Hungarian media", Country: "HUN", Sector: "media", Mentions: 1},
			{ID: "person:marta_olsen", Name: "Marta Olsen", Type: "person", Mentions: 1},
			{ID: "place:XXQ:dock", Name: "North Dock", Type: "place", Country: "XXQ", Mentions: 1},
			{ID: "HUN", Name: "Hungary", Type: "country", Country: "HUN", Mentions: 1},
		}}
	st := storeWith(t, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
		Title: data.Title, Text: text, Published: &pub, Data: data})
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	mux.Handle("/api/", api.New(api.Config{Store: st}).Handler())
	for _, c := range []struct {
		id         string
		want, none []string
	}{
		{"HUN.MED", []string{"Hungary (HUN), sector media · Actor id HUN.MED"}, nil},
		{"person:marta_olsen", []string{"person · Actor id person:marta_olsen"}, []string{"sector "}},
		// A code the knowledge base does not name is shown as it is.
		{"place:XXQ:dock", []string{"place, XXQ · Actor id place:XXQ:dock"}, []string{"sector "}},
		// A country's own page does not name it twice.
		{"HUN", []string{"country · Actor id HUN"}, []string{"Hungary (HUN)"}},
	} {
		t.Run(c.id, func(t *testing.T) {
			checkPage(t, mux, "/actors/"+c.id, 200, c.want, c.none)
		})
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/api/actors/HUN.MED", nil))
	var got struct {
		Country, Sector string
		CountryName     string `json:"country_name"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != 200 {
		t.Fatalf("status %d, %v: %s", rec.Code, err, rec.Body)
	}
	if got.Country != "HUN" || got.Sector != "media" || got.CountryName != "Hungary" {
		t.Errorf("/api/actors/HUN.MED = %+v, want HUN, media, Hungary", got)
	}
}
