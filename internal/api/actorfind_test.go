package api

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// TestAPIActorsByNameAndCountry: /api/actors?q= finds the stored actors a
// name stands for (id, name, or a person's family name alone, in any
// case), so an analyst can find an actor's id by its name; country=
// keeps one country's actors, with or without q; an unknown country is a
// 400 naming the parameter, and a name nobody has is an empty list.
func TestAPIActorsByNameAndCountry(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2025, 6, 3, 9, 0, 0, 0, time.UTC)
	actors := []model.ActorRef{
		{ID: "person:nadia_okafor", Name: "Nadia Okafor", Type: "person", Country: "NGA"},
		{ID: "person:pieter_okafor", Name: "Pieter Okafor", Type: "person", Country: "ZAF"},
		{ID: "FRA.GOV", Name: "French government", Type: "organisation", Country: "FRA"},
		{ID: "DEU.GOV", Name: "German government", Type: "organisation", Country: "DEU"},
		{ID: "Q_KESTRAL", Name: "Kestral Shipping", Type: "organisation", Country: "NOR"},
	}
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		url := "https://wire.example/okafor"
		data := &model.Article{URL: url, Title: "Shipping talks", Published: &pub, Actors: actors}
		_, err := tx.InsertArticle(ctx, &store.Article{URL: url, Source: url, ContentHash: url, Title: data.Title,
			Text: "Shipping talks.", Published: &pub, Data: data})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		query string
		want  []string // ids, in any order
		by    string   // matched_by of every item, when q is given
	}{
		{"q=Nadia+Okafor", []string{"person:nadia_okafor"}, "name"},
		{"q=nadia+OKAFOR", []string{"person:nadia_okafor"}, "name"},
		{"q=french+government", []string{"FRA.GOV"}, "name"},
		{"q=FRA.GOV", []string{"FRA.GOV"}, "id"},
		{"q=Okafor", []string{"person:nadia_okafor", "person:pieter_okafor"}, "family"},
		{"q=Okafor&country=ZAF", []string{"person:pieter_okafor"}, "family"},
		{"q=okafor&country=nor", nil, ""},
		{"q=Okafor+Shipping", nil, ""}, // no one's name
		{"country=fra", []string{"FRA.GOV"}, ""},
		{"country=DEU", []string{"DEU.GOV"}, ""},
		{"", []string{"DEU.GOV", "FRA.GOV", "Q_KESTRAL", "person:nadia_okafor", "person:pieter_okafor"}, ""},
	} {
		res, body := get(t, h, "GET", "/api/actors?"+c.query, "")
		var page struct {
			Items []store.SpeakerMatch `json:"items"`
			Next  string               `json:"next_cursor"`
		}
		if res.StatusCode != 200 || json.Unmarshal(body, &page) != nil {
			t.Errorf("/api/actors?%s: %d %s", c.query, res.StatusCode, body)
			continue
		}
		var ids []string
		for _, a := range page.Items {
			ids = append(ids, a.ID)
			if a.By != c.by {
				t.Errorf("/api/actors?%s: %s matched_by %q, want %q", c.query, a.ID, a.By, c.by)
			}
		}
		slices.Sort(ids)
		if !slices.Equal(ids, c.want) || page.Next != "" {
			t.Errorf("/api/actors?%s: %v (next %q), want %v", c.query, ids, page.Next, c.want)
		}
	}
	// Paged: one at a time, the second page ends the listing.
	res, body := get(t, h, "GET", "/api/actors?q=okafor&limit=1", "")
	var first struct {
		Items []store.SpeakerMatch `json:"items"`
		Next  string               `json:"next_cursor"`
	}
	if res.StatusCode != 200 || json.Unmarshal(body, &first) != nil || len(first.Items) != 1 || first.Next == "" {
		t.Fatalf("/api/actors?q=okafor&limit=1: %d %s, want one actor and a next cursor", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/api/actors?q=okafor&limit=1&cursor="+first.Next, "")
	var second struct {
		Items []store.SpeakerMatch `json:"items"`
		Next  string               `json:"next_cursor"`
	}
	if res.StatusCode != 200 || json.Unmarshal(body, &second) != nil || len(second.Items) != 1 || second.Next != "" || second.Items[0].ID == first.Items[0].ID {
		t.Errorf("/api/actors?q=okafor&limit=1, page 2: %d %s, want the other Okafor and no next cursor", res.StatusCode, body)
	}
	if res, body := get(t, h, "GET", "/api/actors?country=X1Y2Z3!", ""); res.StatusCode != 400 {
		t.Errorf("/api/actors?country=X1Y2Z3!: %d %s, want 400", res.StatusCode, body)
	}
}
