package web

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// borderSite is a site of a store holding one article (naming a sector
// actor, SDN.MIL, and a country, TCD) and three events between them and an
// unresolved side whose country code the knowledge base does not know.
func borderSite(t *testing.T) *http.ServeMux {
	t.Helper()
	ctx := context.Background()
	pub := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	text := "Sudan's army shelled positions near the border with Chad, the defence ministry in N'Djamena said."
	u := "https://wire.example/border-shelling"
	data := &model.Article{URL: u, Title: "Army shells border positions", Text: text, Paragraphs: []string{text}, Published: &pub,
		Actors: []model.ActorRef{
			{ID: "SDN.MIL", Name: "Sudanese army", Type: "role", Country: "SDN", Sector: "military", Mentions: 1},
			{ID: "TCD", Name: "Chad", Type: "country", Country: "TCD", Mentions: 1},
		}}
	st := storeWith(t, &store.Article{URL: u, Source: u, Site: "wire.example", ContentHash: u,
		Title: data.Title, Text: text, Published: &pub, Data: data})
	if err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "k1", Type: "ASSAULT", SourceActor: "SDN.MIL", SourceName: "Sudanese army", SourceCountry: "SDN",
				TargetActor: "TCD", TargetName: "Chad", TargetCountry: "TCD", Date: "2026-11-27", QuadClass: 4},
			{Key: "k2", Type: "ACCUSE", SourceActor: "TCD", SourceName: "Chad", TargetActor: "SDN.MIL", TargetName: "Sudanese army",
				TargetCountry: "SDN", Date: "2026-11-27", QuadClass: 3},
			// A code outside the knowledge base (stored by another tool).
			{Key: "k3", Type: "CONSULT", SourceActor: "name:envoys", SourceName: "envoys", SourceCountry: "QQQ",
				TargetActor: "TCD", TargetName: "Chad", TargetCountry: "TCD", Date: "2026-11-26", QuadClass: 1},
		} {
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	return mux
}

// An event's side shows its country by name, the stored code in the title
// ("SDN" asked a reader to know ISO 3166), on every page that lists events
// and on the event's own page (and the article page's actor list); a side that is the country itself is not
// named twice, and a code the knowledge base does not name shows as it is.
func TestEventSideCountries(t *testing.T) {
	mux := borderSite(t)
	sudan := `<span class="muted country" title="country code SDN">Sudan</span>`
	for _, c := range []struct {
		path       string
		want, none []string
	}{
		{"/events", []string{sudan, `title="country code QQQ">QQQ</span>`}, []string{`title="country code TCD"`}},
		{"/", []string{sudan}, nil},
		{"/actors/TCD", []string{sudan}, []string{`title="country code TCD"`}},
		{"/events/1", []string{`Sudanese army</a> ` + sudan}, []string{"(SDN)", "(TCD)", `title="country code TCD"`}},
		// The article's actor list: a role names its country, a country is not named twice.
		{"/articles/1", []string{`<span class="muted">role, <span class="country" title="country code SDN">Sudan</span></span>`,
			`<span class="muted">country</span>`}, []string{"role, SDN", "country, TCD"}},
	} {
		t.Run(c.path, func(t *testing.T) {
			checkPage(t, mux, c.path, 200, c.want, c.none)
		})
	}
}

func TestEventSideCountry(t *testing.T) {
	for _, c := range []struct {
		actor, name, code string
		want              sideCountry
	}{
		{"SDN.MIL", "Sudanese army", "SDN", sideCountry{"Sudan", "SDN"}},
		{"SDN", "Sudan", "SDN", sideCountry{}},                      // the side is the country
		{"name:khartoum", "sudan", "SDN", sideCountry{}},            // named as the country
		{"name:envoys", "envoys", "", sideCountry{}},                // no country
		{"name:envoys", "envoys", "QQQ", sideCountry{"QQQ", "QQQ"}}, // not in the knowledge base
	} {
		if got := eventSideCountry(c.actor, c.name, c.code); got != c.want {
			t.Errorf("eventSideCountry(%q, %q, %q) = %+v, want %+v", c.actor, c.name, c.code, got, c.want)
		}
	}
}
