package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/merge"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// A side the events name only by its words ("civilians") has no actor id:
// its page calls it a named party, not "Actor id civilians", and the API
// answers its graph node id ("name:civilians"), as counterparts list it,
// however the page was reached; an actor of the knowledge base keeps its id.
func TestNamedPartyPage(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "named.db")
	pub := time.Date(2025, 5, 6, 9, 0, 0, 0, time.UTC)
	text := "Kestria's army shelled civilians near the border on Monday, witnesses said."
	ev := model.Event{ID: "e1", Type: "ASSAULT", Date: "2025-05-05", Confidence: 1, QuadClass: 4, Goldstein: -9,
		Source:   []model.EventActor{{Text: "Kestria", ActorID: "KST", Country: "KST"}},
		Target:   []model.EventActor{{Text: "civilians"}},
		Evidence: []model.Evidence{{Text: text, Trigger: "shelled"}}}
	u := "https://wire.example/shelling"
	d := &model.Document{URL: u, Raw: []byte(u), Article: &model.Article{URL: u, Title: "Border shelling", Text: text,
		Published: &pub, Events: []model.Event{ev},
		Actors: []model.ActorRef{{ID: "KST", Name: "Kestria", Type: "country", Country: "KST"}}}}
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := merge.Apply(ctx, tx, merge.NewArticle(d, pub), merge.Options{})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	mux.Handle("/api/", api.New(api.Config{Store: st}).Handler())
	for _, path := range []string{"/actors/civilians", "/actors/name:civilians", "/actors/Civilians"} {
		checkPage(t, mux, path, 200, []string{"Named party: civilians", `href="/events?actor=name%3acivilians"`}, []string{"Actor id"})
	}
	checkPage(t, mux, "/actors/KST", 200, []string{"Actor id KST"}, []string{"Named party"})
	for path, want := range map[string]string{
		"/api/actors/civilians":      "name:civilians",
		"/api/actors/name:civilians": "name:civilians",
		"/api/actors/KST":            "KST",
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		var got api.ActorResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != 200 || got.ID != want {
			t.Errorf("%s: %d id %q, want %q (%v)", path, rec.Code, got.ID, want, err)
		}
	}
}
