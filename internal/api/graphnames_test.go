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
