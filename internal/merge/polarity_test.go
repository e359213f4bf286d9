package merge

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// markedReport is datedReport of a pledge of aid (AGREE, CAMEO 033) of
// 2025-04-15 with the polarity and modality the coder gave it.
func markedReport(t *testing.T, url, published, polarity, modality string) *model.Document {
	t.Helper()
	d := datedReport(t, url, published, "2025-04-15", model.PrecisionDay)
	ev := &d.Article.Events[0]
	ev.CAMEO, ev.Polarity, ev.Modality = "033", polarity, modality
	return d
}

// storedMarks lists the stored events as "polarity modality sources".
func storedMarks(t *testing.T, s store.Store) []string {
	return storedEvents(t, s, func(e store.Event) string { return e.Polarity + " " + e.Modality })
}

// A stored event says whether it took place as its reports do: a negated
// report keeps an event of its own (Joinable), which stays negated beside
// the asserted one; an event keeps the modality most of its sources give,
// ties going to the earliest report's; remerging gives the same.
func TestEventPolarityAndModality(t *testing.T) {
	mark := func(url, pub, pol, mod string) *model.Document { return markedReport(t, url, pub, pol, mod) }
	for _, c := range []struct {
		name string
		docs []*model.Document
		want []string
	}{
		{"asserted", []*model.Document{
			mark("https://a.example/1", "2025-04-16T09:00:00Z", "asserted", "actual"),
		}, []string{"asserted actual 1"}},
		{"a denial is not the act", []*model.Document{
			mark("https://a.example/1", "2025-04-16T09:00:00Z", "asserted", "actual"),
			mark("https://b.example/1", "2025-04-16T10:00:00Z", "negated", "actual"),
		}, []string{"negated actual 1", "asserted actual 1"}}, // newest first
		{"two denials are two events", []*model.Document{
			mark("https://a.example/1", "2025-04-16T09:00:00Z", "negated", "actual"),
			mark("https://b.example/1", "2025-04-16T10:00:00Z", "negated", "actual"),
		}, []string{"negated actual 1", "negated actual 1"}},
		{"two sources tell the pledge as intended", []*model.Document{
			mark("https://a.example/1", "2025-04-16T09:00:00Z", "asserted", "actual"),
			mark("https://b.example/1", "2025-04-16T10:00:00Z", "asserted", "intended"),
			mark("https://c.example/1", "2025-04-16T11:00:00Z", "asserted", "intended"),
		}, []string{"asserted intended 3"}},
		{"tie goes to the earliest report", []*model.Document{
			mark("https://b.example/1", "2025-04-16T10:00:00Z", "asserted", "intended"),
			mark("https://a.example/1", "2025-04-16T09:00:00Z", "asserted", "actual"),
		}, []string{"asserted actual 2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkMergedAndRemerged(t, c.docs, storedMarks, c.want)
		})
	}
}

func TestAgreedModality(t *testing.T) {
	for _, c := range []struct {
		reports []store.EventMention
		want    string
		ok      bool
	}{
		{nil, "", false},
		{[]store.EventMention{{Site: "a"}}, "", false}, // stored before schema 33
		{[]store.EventMention{{Site: "a", Modality: "actual"}, {Site: "b", Modality: "intended"}}, "actual", true},
		{[]store.EventMention{{Site: "a", Modality: "actual"}, {Site: "b", Modality: "intended"}, {Site: "c", Modality: "intended"}}, "intended", true},
		// one source twice is one
		{[]store.EventMention{{Site: "a", Modality: "actual"}, {Site: "b", Modality: "intended"}, {Site: "b", Modality: "intended"}}, "actual", true},
	} {
		if got, ok := agreedModality(c.reports); got != c.want || ok != c.ok {
			t.Errorf("agreedModality(%+v) = %q, %v; want %q, %v", c.reports, got, ok, c.want, c.ok)
		}
	}
}
