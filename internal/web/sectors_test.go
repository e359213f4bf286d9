package web

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Every sector the knowledge base uses has a label: those it lists
// (kb.Sectors, against which its data files are checked) and those its
// actors carry; and the map names no sector the knowledge base lacks (a
// renamed sector would leave its new key bare).
func TestSectorLabelsCoverTheKB(t *testing.T) {
	used := map[string]bool{}
	for _, s := range kb.Sectors() {
		used[s] = true
	}
	k, err := kb.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range k.Actors() {
		if a.Sector != "" && !used[a.Sector] {
			used[a.Sector] = true
			t.Logf("actor %s carries sector %q, which kb.Sectors does not list", a.ID, a.Sector)
		}
	}
	for s := range used {
		if l := sectorLabels[s]; strings.TrimSpace(l) == "" {
			t.Errorf("sector %q has no label", s)
		}
	}
	for s := range sectorLabels {
		if !used[s] {
			t.Errorf("label for %q, which the knowledge base does not use", s)
		}
	}
}

// An actor's page names its sector with its label ("sector igo" told a
// reader nothing), and the filter forms offer every sector with its label
// and code while the input still takes what was typed.
func TestSectorLabelsOnPages(t *testing.T) {
	pub := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	text := "The regional bloc's observers said the vote in Harare was orderly."
	u := "https://wire.example/harare-vote"
	data := &model.Article{URL: u, Title: "Observers call vote orderly", Text: text, Paragraphs: []string{text}, Published: &pub,
		Actors: []model.ActorRef{
			{ID: "XSB.IGO", Name: "regional bloc", Country: "XSB", Sector: "igo", Mentions: 1},
			{ID: "ZWE.MIL", Name: "Zimbabwe military", Country: "ZWE", Sector: "military", Mentions: 1},
		}}
	mux := siteWith(t, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
		Title: data.Title, Text: text, Published: &pub, Data: data})
	for _, c := range []struct {
		path       string
		want, none []string
	}{
		{"/actors/XSB.IGO", []string{"XSB, sector intergovernmental organisation · Actor id"}, []string{"sector igo"}},
		{"/actors/ZWE.MIL", []string{"sector military · Actor id"}, nil},
		{"/events?sector=mil", []string{`name="sector" value="mil"`, `list="sectors"`,
			`<option value="igo" label="intergovernmental organisation (IGO)">`,
			`<option value="military" label="military (MIL)">`}, nil},
	} {
		t.Run(c.path, func(t *testing.T) {
			body := checkPage(t, mux, c.path, 200, c.want, c.none)
			if strings.HasPrefix(c.path, "/events") {
				for _, s := range kb.Sectors() {
					if !strings.Contains(body, `<option value="`+s+`" label="`) {
						t.Errorf("the sector list lacks %s", s)
					}
				}
			}
		})
	}
}

// An actor's counterparts name their sector with its label, as the actor's
// own page does (the store and /api/actors/{id} had it; the list showed a
// name and a count): "Sudanese army" alone does not say it is the military
// that Chad's events are with. A counterpart without a sector (a country)
// shows its count alone.
func TestCounterpartSectors(t *testing.T) {
	mux := borderSite(t)
	checkPage(t, mux, "/actors/TCD", 200, []string{`Sudanese army</a> <span class="muted">military · 2 events</span>`}, []string{"sector military ·"})
	checkPage(t, mux, "/actors/SDN.MIL", 200, []string{`Chad</a> <span class="muted">2 events</span>`}, nil)
}
