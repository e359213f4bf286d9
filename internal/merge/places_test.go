package merge

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// placedReport is datedReport of an accord signed at the place given
// (text, actor id, country; no place when text is "").
func placedReport(t *testing.T, url, published, text, actorID, country string) *model.Document {
	t.Helper()
	d := datedReport(t, url, published, "2025-04-15", model.PrecisionDay)
	if text != "" {
		d.Article.Events[0].Location = &model.EventActor{Text: text, ActorID: actorID, Country: country}
	}
	return d
}

// storedPlaces lists the stored events as "text actor country sources".
func storedPlaces(t *testing.T, s store.Store) []string {
	return storedEvents(t, s, func(e store.Event) string { return e.Location + " " + e.LocationActor + " " + e.LocationCountry })
}

// A merged event keeps the place most of its sources give, ties going to
// the earliest report's (as its day: majorityDay); places are one by
// their actor whatever the text; a report that gives no place leaves it;
// remerging the stored analyses gives the same.
func TestEventPlaceMajority(t *testing.T) {
	at := func(url, pub, text, id, country string) *model.Document {
		return placedReport(t, url, pub, text, id, country)
	}
	for _, c := range []struct {
		name string
		docs []*model.Document
		want []string
	}{
		{"one report", []*model.Document{
			at("https://a.example/1", "2025-04-15T09:00:00Z", "Kordan", "VLM_KORDAN", "VLM"),
		}, []string{"Kordan VLM_KORDAN VLM 1"}},
		{"two sources against the earliest", []*model.Document{
			at("https://a.example/1", "2025-04-15T09:00:00Z", "Tarn", "TRN", "TRN"),
			at("https://b.example/1", "2025-04-15T10:00:00Z", "Kordan", "VLM_KORDAN", "VLM"),
			at("https://c.example/1", "2025-04-15T11:00:00Z", "the Volmarki capital", "VLM_KORDAN", "VLM"),
		}, []string{"Kordan VLM_KORDAN VLM 3"}},
		{"one source twice is one", []*model.Document{
			at("https://a.example/1", "2025-04-15T09:00:00Z", "Tarn", "TRN", "TRN"),
			at("https://b.example/1", "2025-04-15T10:00:00Z", "Kordan", "VLM_KORDAN", "VLM"),
			at("https://b.example/2", "2025-04-15T11:00:00Z", "Kordan", "VLM_KORDAN", "VLM"),
		}, []string{"Tarn TRN TRN 2"}},
		{"tie goes to the earliest report, stored later", []*model.Document{
			at("https://b.example/1", "2025-04-15T10:00:00Z", "Kordan", "VLM_KORDAN", "VLM"),
			at("https://a.example/1", "2025-04-15T09:00:00Z", "Tarn", "TRN", "TRN"),
		}, []string{"Tarn TRN TRN 2"}},
		{"reports without a place have no say", []*model.Document{
			at("https://a.example/1", "2025-04-15T09:00:00Z", "Kordan", "VLM_KORDAN", "VLM"),
			at("https://b.example/1", "2025-04-15T10:00:00Z", "", "", ""),
			at("https://c.example/1", "2025-04-15T11:00:00Z", "", "", ""),
		}, []string{"Kordan VLM_KORDAN VLM 3"}},
		{"a place joins an event first told without one", []*model.Document{
			at("https://a.example/1", "2025-04-15T09:00:00Z", "", "", ""),
			at("https://b.example/1", "2025-04-15T10:00:00Z", "Kordan", "VLM_KORDAN", "VLM"),
		}, []string{"Kordan VLM_KORDAN VLM 2"}},
		{"unresolved places are told apart by their text", []*model.Document{
			at("https://a.example/1", "2025-04-15T09:00:00Z", "Lower Fen", "", ""),
			at("https://b.example/1", "2025-04-15T10:00:00Z", "Kordan", "VLM_KORDAN", "VLM"),
			at("https://c.example/1", "2025-04-15T11:00:00Z", "lower fen", "", ""),
		}, []string{"Lower Fen   3"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkMergedAndRemerged(t, c.docs, storedPlaces, c.want)
		})
	}
}

// Remerging fills the places' actors and countries of events stored
// without them (a store upgraded by migration 32 / PostgreSQL 27) from the
// stored analyses.
func TestRemergeFillsPlaces(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	applyAll(t, s, placedReport(t, "https://a.example/1", "2025-04-15T09:00:00Z", "Kordan", "VLM_KORDAN", "VLM"))
	evs, err := s.Events(ctx, store.EventQuery{})
	if err != nil || len(evs) != 1 {
		t.Fatalf("events %+v, %v", evs, err)
	}
	if err := s.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.SetEventLocation(ctx, evs[0].ID, "Kordan", "", "")
	}); err != nil {
		t.Fatal(err)
	}
	remerge(t, s, Options{})
	if got, want := storedPlaces(t, s), []string{"Kordan VLM_KORDAN VLM 1"}; !slices.Equal(got, want) {
		t.Errorf("remerged: %q, want %q", got, want)
	}
}
