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
// page by its stored name (an id the store does not know as itself, linked
// to the quotes filed under it, as it has no actor page), never
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
		{"/actors/ARD.GOV", `jointly: Ardenia, Belvar and Corvia (with <a href="/actors/BLV" title="actor id BLV">Belvar</a>, <a href="/quotes?speaker=CRV" title="actor id CRV">CRV</a>)`, `<Council>`},
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

// A joint speaker's actor that is no stored actor (the analysis resolved
// "the two governments" to BLV.GOV and CRV.GOV, and the article names
// neither) still has its quotes filed under its id, and the quotes and
// actor pages link that id to its quotes: the speaker filter lists them where it was a
// 400, "no quote names its speaker so". An id no quote is filed under is
// still refused.
func TestSpeakerFilterUnstoredJointActor(t *testing.T) {
	pub := time.Date(2025, 6, 4, 8, 0, 0, 0, time.UTC)
	text := "The two governments said the talks would resume in July."
	url := "https://wire.example/talks"
	govs := &model.Speaker{Text: "the two governments", ActorIDs: []string{"BLV.GOV", "CRV.GOV"}}
	mux := siteWith(t, &store.Article{URL: url, Source: url, Site: "Wire", ContentHash: url, Title: "Talks to resume", Text: text, Published: &pub,
		Data: &model.Article{Title: "Talks to resume", Paragraphs: []string{text}, Text: text, Published: &pub,
			Quotes: []model.Quote{{Text: "the talks would resume in July", Kind: model.QuoteIndirect, Speaker: govs}}}})
	code, body := fetch(t, mux, "/quotes")
	if code != 200 || !strings.Contains(body, `<a href="/quotes?speaker=CRV.GOV" title="actor id CRV.GOV">CRV.GOV</a>`) {
		t.Fatalf("/quotes: %d, no link to CRV.GOV in\n%s", code, body)
	}
	for _, id := range []string{"CRV.GOV", "BLV.GOV"} {
		code, body := fetch(t, mux, "/quotes?speaker="+id)
		if code != 200 || !strings.Contains(body, "the talks would resume in July") || !strings.Contains(body, "<h1>Quotes of "+id+"</h1>") {
			t.Errorf("/quotes?speaker=%s: %d, no quote in\n%s", id, code, body)
		}
	}
	if code, _ := fetch(t, mux, "/quotes?speaker=ZZZ.GOV"); code != 400 {
		t.Errorf("/quotes?speaker=ZZZ.GOV: %d, want 400", code)
	}
	// The words that named the joint speaker list its quotes too: no one
	// actor stands for them.
	code, body = fetch(t, mux, "/quotes?speaker=The+Two+Governments")
	if code != 200 || !strings.Contains(body, "the talks would resume in July") || !strings.Contains(body, "<h1>Quotes of The Two Governments</h1>") {
		t.Errorf("/quotes?speaker=The+Two+Governments: %d, no quote in\n%s", code, body)
	}
}
