package api

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Graph is the actor graph: actors as nodes, events between two actors as
// weighted edges.
type Graph struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// GraphNode is one actor.
type GraphNode struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Events  int    `json:"events"` // events it takes part in (within the sample)
}

// GraphEdge is the events from Source to Target.
type GraphEdge struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	Weight   int    `json:"weight"`   // number of merged events
	Conflict int    `json:"conflict"` // of which quad class 3 or 4
	// NotAsserted: of which its reports do not tell as having taken
	// place (negated, or only planned, demanded ...: store.Event.IsAsserted),
	// so that a reader of the graph can tell talk of an act from the act,
	// as the lists' marks do; asserted=1 leaves them out altogether.
	NotAsserted int            `json:"not_asserted,omitempty"`
	Types       map[string]int `json:"types"`     // PLOVER type -> count
	Goldstein   float64        `json:"goldstein"` // mean
}

// actorKey names an actor in the graph: its id, else its name.
func actorKey(id, name string) string {
	if id != "" {
		return id
	}
	return store.NameID(name)
}

// ActorParam reads an actor given in a path or parameter: an actor id, a
// name, or a graph node id ("name:" and the lowercased name of an actor
// without an id), which names that actor.
func ActorParam(s string) string {
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "name:"); ok {
		return strings.TrimSpace(rest)
	}
	return s
}

// BuildGraph aggregates events into a graph keeping the maxNodes actors
// with the most events. Events with a missing side are counted for the
// actor but make no edge.
func BuildGraph(events []store.Event, maxNodes int) Graph {
	nodes := map[string]*GraphNode{}
	// An actor's events may name it differently (a body standing for its
	// country's sector keeps its own name: "Central Bank of Nigeria" of
	// NGA.GOV), so a node is named as most of its events name it, the
	// first such name on a tie: one body's event does not rename the
	// actor the others name.
	named := map[string]map[string]int{}
	add := func(id, name, country string) string {
		if strings.TrimSpace(id) == "" && strings.TrimSpace(name) == "" {
			return ""
		}
		k := actorKey(id, name)
		name = firstNonEmpty(strings.TrimSpace(name), id)
		n, ok := nodes[k]
		if !ok {
			n = &GraphNode{ID: k, Name: name, Country: country}
			nodes[k] = n
			named[k] = map[string]int{}
		}
		named[k][name]++
		if name != n.Name && named[k][name] > named[k][n.Name] {
			n.Name = name
		}
		n.Events++
		return k
	}
	type pair struct{ s, t string }
	edges := map[pair]*GraphEdge{}
	for _, e := range events {
		s := add(e.SourceActor, e.SourceName, e.SourceCountry)
		t := add(e.TargetActor, e.TargetName, e.TargetCountry)
		if s == "" || t == "" || s == t {
			continue
		}
		p := pair{s, t}
		ed, ok := edges[p]
		if !ok {
			ed = &GraphEdge{Source: s, Target: t, Types: map[string]int{}}
			edges[p] = ed
		}
		ed.Weight++
		if e.QuadClass >= 3 {
			ed.Conflict++
		}
		if !e.IsAsserted() {
			ed.NotAsserted++
		}
		ed.Types[e.Type]++
		ed.Goldstein += e.Goldstein
	}
	list := make([]*GraphNode, 0, len(nodes))
	for _, n := range nodes {
		list = append(list, n)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Events != list[j].Events {
			return list[i].Events > list[j].Events
		}
		return list[i].ID < list[j].ID
	})
	if maxNodes > 0 && len(list) > maxNodes {
		list = list[:maxNodes]
	}
	g := Graph{Nodes: make([]GraphNode, 0, len(list)), Edges: []GraphEdge{}}
	keep := map[string]bool{}
	for _, n := range list {
		keep[n.ID] = true
		g.Nodes = append(g.Nodes, *n)
	}
	for _, ed := range edges {
		if keep[ed.Source] && keep[ed.Target] {
			ed.Goldstein /= float64(ed.Weight)
			g.Edges = append(g.Edges, *ed)
		}
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		return a.Source+"\x00"+a.Target < b.Source+"\x00"+b.Target
	})
	return g
}
