package api

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// An actor's id typed in another case ("irn", "Hun.Med") is the stored
// actor's page, with its name, type and country, as the event filters
// already read it: the page said only "irn", typeless, without quotes.
// A name-only side and an unknown id are unchanged.
func TestActorIDInAnotherCase(t *testing.T) {
	st := openTestStore(t)
	pub := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	text := "Iran accused Israel of sabotage on Wednesday, and Hungary's media regulator fined fishermen's radio."
	u := "https://wire.example/iran-accuses"
	data := &model.Article{URL: u, Title: "Iran accuses Israel", Text: text, Paragraphs: []string{text}, Published: &pub,
		Actors: []model.ActorRef{
			{ID: "IRN", Name: "Iran", Type: "country", Country: "IRN", Mentions: 1},
			{ID: "ISR", Name: "Israel", Type: "country", Country: "ISR", Mentions: 1},
			{ID: "HUN.MED", Name: "Hungarian media", Country: "HUN", Sector: "media", Mentions: 1},
		}}
	if err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.InsertArticle(ctx, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
			Title: data.Title, Text: text, Published: &pub, Data: data}); err != nil {
			return err
		}
		for _, e := range []store.Event{
			{Key: "k1", Type: "ACCUSE", SourceActor: "IRN", SourceName: "Iran", TargetActor: "ISR", TargetName: "Israel", Date: "2026-11-25", QuadClass: 3},
			{Key: "k2", Type: "COERCE", SourceActor: "HUN.MED", SourceName: "Hungarian media", TargetName: "fishermen", Date: "2026-11-25", QuadClass: 4},
		} {
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	for _, c := range []struct {
		path, id, name, typ, country string
	}{
		{"/api/actors/irn", "IRN", "Iran", "country", "IRN"},
		{"/api/actors/Irn", "IRN", "Iran", "country", "IRN"},
		{"/api/actors/isr", "ISR", "Israel", "country", "ISR"},
		{"/api/actors/hun.med", "HUN.MED", "Hungarian media", "", "HUN"},
		{"/api/actors/IRN", "IRN", "Iran", "country", "IRN"},
		{"/api/actors/iran", "IRN", "Iran", "country", "IRN"},
		{"/api/actors/fishermen", "name:fishermen", "fishermen", "", ""},
	} {
		res, body := get(t, h, "GET", c.path, "")
		if res.StatusCode != 200 {
			t.Errorf("%s: %d %s", c.path, res.StatusCode, body)
			continue
		}
		var got ActorResponse
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatal(err)
		}
		if got.ID != c.id || got.Name != c.name || got.Type != c.typ || got.Country != c.country {
			t.Errorf("%s: %q %q %q %q, want %q %q %q %q", c.path, got.ID, got.Name, got.Type, got.Country, c.id, c.name, c.typ, c.country)
		}
		if len(got.Events) != 1 {
			t.Errorf("%s: %d events, want 1", c.path, len(got.Events))
		}
	}
	for _, path := range []string{"/api/actors/irq", "/api/actors/hun.gov"} {
		if res, body := get(t, h, "GET", path, ""); res.StatusCode != 404 {
			t.Errorf("%s: %d %s, want 404", path, res.StatusCode, body)
		}
	}
}
