package web

import (
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/internal/api"
)

// bigGraph is a graph of the most actors /graph draws (nodes=500), each
// with an edge or two, for the layout's benchmark and its bounds test.
func bigGraph() api.Graph {
	var g api.Graph
	for i := range 500 {
		g.Nodes = append(g.Nodes, api.GraphNode{ID: fmt.Sprint("n", i), Name: fmt.Sprint("Provincial council ", i), Events: 500 - i})
	}
	for i := range 700 {
		g.Edges = append(g.Edges, api.GraphEdge{Source: fmt.Sprint("n", i%500), Target: fmt.Sprint("n", (i*7+3)%500)})
	}
	return g
}

// BenchmarkLayoutLargest lays out the largest graph the page draws (500
// actors, the page's 250 iterations): the pairwise repulsion is its cost.
func BenchmarkLayoutLargest(b *testing.B) {
	g := bigGraph()
	for b.Loop() {
		Layout(g, 960, 620, 250)
	}
}

// TestLayoutLargestInBox: every actor of the largest graph is drawn inside
// the box, at a finite place, and the layout is the same on every run.
func TestLayoutLargestInBox(t *testing.T) {
	g := bigGraph()
	d1, d2 := Layout(g, 960, 620, 60), Layout(g, 960, 620, 60)
	if len(d1.Nodes) != len(g.Nodes) {
		t.Fatalf("%d nodes drawn, want %d", len(d1.Nodes), len(g.Nodes))
	}
	for i, n := range d1.Nodes {
		if !(n.X >= 0 && n.X <= 960 && n.Y >= 0 && n.Y <= 620) {
			t.Errorf("%s at (%v, %v), outside 960x620", n.Name, n.X, n.Y)
		}
		if m := d2.Nodes[i]; m.X != n.X || m.Y != n.Y || m.LabelX != n.LabelX || m.LabelY != n.LabelY {
			t.Errorf("%s: (%v, %v) then (%v, %v)", n.Name, n.X, n.Y, m.X, m.Y)
		}
	}
}
