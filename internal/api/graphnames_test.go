package api

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// A graph node is named as most of its actor's events name it: a body
// that stands for its country's sector under its own name ("Central Bank
// of Nigeria", NGA.GOV) does not rename the government the other events
// name, nor does the first event alone decide.
func TestGraphNodeNamedAsMostEventsNameIt(t *testing.T) {
	ev := func(src, srcName string) store.Event {
		return store.Event{SourceActor: src, SourceName: srcName, TargetActor: "GHA", TargetName: "Ghana", QuadClass: 3}
	}
	for _, c := range []struct {
		name   string
		events []store.Event
		want   string
	}{
		{"the body's event first", []store.Event{ev("NGA.GOV", "Central Bank of Nigeria"), ev("NGA.GOV", "Nigeria government"), ev("NGA.GOV", "Nigeria government")}, "Nigeria government"},
		{"the body's event last", []store.Event{ev("NGA.GOV", "Nigeria government"), ev("NGA.GOV", "Central Bank of Nigeria")}, "Nigeria government"},
		{"the body's events alone", []store.Event{ev("NGA.GOV", "Central Bank of Nigeria")}, "Central Bank of Nigeria"},
		{"one name throughout", []store.Event{ev("NGA", "Nigeria"), ev("NGA", "Nigeria")}, "Nigeria"},
	} {
		g := BuildGraph(c.events, 10)
		var got string
		for _, n := range g.Nodes {
			if n.ID == c.events[0].SourceActor {
				got = n.Name
			}
		}
		if got != c.want {
			t.Errorf("%s: node named %q, want %q", c.name, got, c.want)
		}
	}
}

// A link counts apart the events its reports do not tell as having taken
// place: denied, or only planned; a stated intent to agree is a verbal act
// that took place (model.TookPlace), and one stored before polarity was
// kept counts as taken place.
func TestGraphEdgeCountsNotAsserted(t *testing.T) {
	ev := func(typ, cameo, pol, mod string) store.Event {
		return store.Event{SourceActor: "KST", SourceName: "Kestria", TargetActor: "VLM", TargetName: "Volmark", Type: typ, CAMEO: cameo, QuadClass: 2, Polarity: pol, Modality: mod}
	}
	g := BuildGraph([]store.Event{
		ev("SUPPORT", "057", "asserted", "actual"),
		ev("SUPPORT", "057", "negated", "actual"),
		ev("CONSULT", "040", "asserted", "planned"),
		ev("AGREE", "030", "asserted", "intended"),
		ev("SUPPORT", "057", "", ""),
	}, 10)
	if len(g.Edges) != 1 {
		t.Fatalf("%d links, want 1", len(g.Edges))
	}
	if e := g.Edges[0]; e.Weight != 5 || e.NotAsserted != 2 {
		t.Errorf("link: %d events, %d not taken place; want 5, 2", e.Weight, e.NotAsserted)
	}
}
