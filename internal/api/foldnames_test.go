package api

import (
	"context"
	"encoding/json"
	"net/url"
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// TestActorNamesFolded: an actor named only in events is found, with its
// page's name, by its name typed in another case and without accents,
// and the events filter finds its events the same way.
func TestActorNamesFolded(t *testing.T) {
	st := openTestStore(t)
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, err := tx.InsertEvent(ctx, &store.Event{Key: "fold-1", Date: "2024-03-01", Type: "PROTEST", Mode: "demonstrate",
			SourceName: "Agriculteurs du Québec", TargetName: "Gouvernement"})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	h := New(Config{Store: st}).Handler()
	res, body := get(t, h, "GET", "/api/actors/"+url.PathEscape("name:AGRICULTEURS DU QUEBEC"), "")
	var actor ActorResponse
	if err := json.Unmarshal(body, &actor); err != nil || res.StatusCode != 200 || actor.Name != "Agriculteurs du Québec" || len(actor.Events) != 1 {
		t.Errorf("actor page by folded name: %d %s", res.StatusCode, body)
	}
	res, body = get(t, h, "GET", "/api/events?actor="+url.QueryEscape("agriculteurs du quebec"), "")
	var page Page[store.Event]
	if err := json.Unmarshal(body, &page); err != nil || res.StatusCode != 200 || len(page.Items) != 1 {
		t.Errorf("events by folded name: %d %s", res.StatusCode, body)
	}
}
