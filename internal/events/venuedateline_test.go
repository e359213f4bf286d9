package events

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/model"
)

// TestDatelineVenueFromResolver: whether a dateline is only a meeting's
// venue is the resolver's decision (Article.DatelineVenue); the coder
// reads it and decides nothing itself. Recorded for the dateline's
// country, the bare army of a story about two other states' talks is no
// one's (nothing is coded for it); unrecorded (the resolver did not run, or read the dateline as
// the story's home) or recorded for another country, it keeps the
// dateline's country.
func TestDatelineVenueFromResolver(t *testing.T) {
	c := coder(t)
	const text = "GENEVA (Wire) - Iranian and U.S. envoys met on Tuesday for talks on the nuclear programme. The army held exercises near the border."
	for _, tt := range []struct {
		venue string
		host  bool // the army's MOBILIZE is coded as the dateline country's
	}{
		{"CHE", false},
		{"", true},
		{"AUT", true},
	} {
		a := &model.Article{Text: text, DatelineVenue: tt.venue, Entities: []model.Entity{
			entAt(t, text, "GENEVA", model.EntityGPE, "city:CHE:geneve", "CHE"),
			entAt(t, text, "Iranian", model.EntityNORP, "IRN", "IRN"),
			entAt(t, text, "U.S.", model.EntityGPE, "USA", "USA"),
		}}
		evs := c.Code(a, pub, segment.Sentences(text))
		if got := has(evs, ev{typ: "MOBILIZE", src: "CHE", tgt: "CHE"}); got != tt.host {
			t.Errorf("DatelineVenue %q: MOBILIZE CHE>CHE coded %v, want %v (%+v)", tt.venue, got, tt.host, views(evs))
		}
		if !has(evs, ev{typ: "CONSULT", src: "IRN", tgt: "USA"}) {
			t.Errorf("DatelineVenue %q: no CONSULT IRN>USA in %+v", tt.venue, views(evs))
		}
	}
}
