package web

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// An actor's page lists its joint quotes with "jointly:" and the words
// naming the speaker; it also names the other parties, each linked to its
// page by its stored name (an id the store does not know as itself), never
// the page's own actor, each once, and escaped: "jointly: the two
// governments" named nobody the actor spoke with.
func TestActorPageJointCoParties(t *testing.T) {
	pub := time.Date(2025, 6, 3, 8, 0, 0, 0, time.UTC)
	text := "Ardenia and Belvar said in a joint statement they would reopen the border."
	url := "https://wire.example/joint"
	govs := &model.Speaker{Text: "the two governments", ActorIDs: []string{"ARD.GOV", "BLV.GOV", "ARD.GOV"}}
	trio := &model.Speaker{Text: "Ardenia, Belvar and Corvia", ActorIDs: []string{"ARD.GOV", "BLV", "CRV"}}
	mux := siteWith(t, &store.Article{URL: url, Source: url, Site: "Wire", ContentHash: url, Title: "Border to reopen", Text: text, Published: &pub,
		Data: &model.Article{Title: "Border to reopen", Paragraphs: []string{text}, Text: text, Published: &pub,
			Actors: []model.ActorRef{
				{ID: "ARD.GOV", Name: "Ardenia government", Type: "role", Country: "ARD", Mentions: 1},
				{ID: "BLV.GOV", Name: "Belvar <Council> & Co", Type: "role", Country: "BLV", Mentions: 1},
				{ID: "BLV", Name: "Belvar", Type: "country", Country: "BLV", Mentions: 1}},
			Quotes: []model.Quote{
				{Text: "The border reopens in June", Kind: model.QuoteDirect, Speaker: govs},
				{Text: "Trade will follow", Kind: model.QuoteDirect, Speaker: trio}}}})
	for _, c := range []struct{ page, want, not string }{
		{"/actors/ARD.GOV", `jointly: the two governments (with <a href="/actors/BLV.GOV" title="actor id BLV.GOV">Belvar &lt;Council&gt; &amp; Co</a>)`, `>Ardenia government</a>`},
		{"/actors/ARD.GOV", `jointly: Ardenia, Belvar and Corvia (with <a href="/actors/BLV" title="actor id BLV">Belvar</a>, <a href="/actors/CRV" title="actor id CRV">CRV</a>)`, `<Council>`},
		{"/actors/BLV.GOV", `jointly: the two governments (with <a href="/actors/ARD.GOV" title="actor id ARD.GOV">Ardenia government</a>)</span>`, `(with <a href="/actors/ARD.GOV" title="actor id ARD.GOV">Ardenia government</a>, `},
	} {
		code, body := fetch(t, mux, c.page)
		if code != 200 || !strings.Contains(body, c.want) {
			t.Errorf("%s: %d, no %q in\n%s", c.page, code, c.want, body)
		}
		if strings.Contains(body, c.not) {
			t.Errorf("%s: has %q", c.page, c.not)
		}
	}
}
