package web

import (
	"math"
	"sort"

	"github.com/newsgraph/newsgraph/internal/api"
)

// Graph drawing: a deterministic force-directed layout (Fruchterman and
// Reingold 1991) computed on the server, so the page is plain SVG with
// links and needs no script.

// DrawnNode is a positioned actor.
type DrawnNode struct {
	api.GraphNode
	X, Y, R float64
}

// DrawnEdge is a positioned edge.
type DrawnEdge struct {
	api.GraphEdge
	X1, Y1, X2, Y2 float64
	Width          float64
	Conflict       bool // most of its events are conflictual (quad class 3-4)
	SourceName     string
	TargetName     string
}

// Drawing is a laid-out graph.
type Drawing struct {
	W, H  float64
	Nodes []DrawnNode
	Edges []DrawnEdge
}

// Layout places the graph's nodes in a w x h box.
func Layout(g api.Graph, w, h float64, iterations int) Drawing {
	n := len(g.Nodes)
	d := Drawing{W: w, H: h}
	if n == 0 {
		return d
	}
	idx := map[string]int{}
	xs, ys := make([]float64, n), make([]float64, n)
	for i, nd := range g.Nodes {
		idx[nd.ID] = i
		// Start on a circle, the busiest actors first, so the result is
		// the same on every run.
		a := 2 * math.Pi * float64(i) / float64(n)
		xs[i] = w/2 + w/3*math.Cos(a)
		ys[i] = h/2 + h/3*math.Sin(a)
	}
	// Lay out in a unit-free space, then scale into the box: clamping to
	// the box while iterating piles the nodes up on its edges.
	k := math.Sqrt(w*h/float64(n)) * 0.6
	// Gravity strong enough that an actor repelled by all the others
	// settles near the edge of the box (n·k²/r = g·r at r ≈ half the box),
	// not far outside it, which would shrink everything else when the
	// drawing is scaled to fit.
	grav := float64(n) * k * k / (w / 2 * h / 2)
	temp := w / 8
	dx, dy := make([]float64, n), make([]float64, n)
	for it := 0; it < iterations; it++ {
		for i := range dx {
			dx[i], dy[i] = 0, 0
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				ddx, ddy := xs[i]-xs[j], ys[i]-ys[j]
				dist := math.Max(0.01, math.Hypot(ddx, ddy))
				f := k * k / dist
				dx[i] += ddx / dist * f
				dy[i] += ddy / dist * f
				dx[j] -= ddx / dist * f
				dy[j] -= ddy / dist * f
			}
		}
		for _, e := range g.Edges {
			i, j := idx[e.Source], idx[e.Target]
			ddx, ddy := xs[i]-xs[j], ys[i]-ys[j]
			dist := math.Max(0.01, math.Hypot(ddx, ddy))
			f := dist * dist / k
			dx[i] -= ddx / dist * f
			dy[i] -= ddy / dist * f
			dx[j] += ddx / dist * f
			dy[j] += ddy / dist * f
		}
		for i := 0; i < n; i++ {
			// Gravity towards the centre keeps unconnected actors and
			// small components close instead of flung to the edges.
			dx[i] -= (xs[i] - w/2) * grav
			dy[i] -= (ys[i] - h/2) * grav
			disp := math.Max(0.01, math.Hypot(dx[i], dy[i]))
			step := math.Min(disp, temp)
			xs[i] += dx[i] / disp * step
			ys[i] += dy[i] / disp * step
		}
		temp = math.Max(0.5, temp*0.96)
	}
	fit(xs, 70, w-70)
	fit(ys, 30, h-20)
	maxEv := 1
	for _, nd := range g.Nodes {
		maxEv = max(maxEv, nd.Events)
	}
	for i, nd := range g.Nodes {
		r := 5 + 15*math.Sqrt(float64(nd.Events)/float64(maxEv))
		d.Nodes = append(d.Nodes, DrawnNode{GraphNode: nd, X: round1(xs[i]), Y: round1(ys[i]), R: round1(r)})
	}
	maxW := 1
	for _, e := range g.Edges {
		maxW = max(maxW, e.Weight)
	}
	for _, e := range g.Edges {
		i, j := idx[e.Source], idx[e.Target]
		d.Edges = append(d.Edges, DrawnEdge{GraphEdge: e, X1: round1(xs[i]), Y1: round1(ys[i]), X2: round1(xs[j]), Y2: round1(ys[j]),
			Width: round1(1 + 7*float64(e.Weight)/float64(maxW)), Conflict: e.Conflict*2 > e.Weight,
			SourceName: g.Nodes[i].Name, TargetName: g.Nodes[j].Name})
	}
	// Heavier edges drawn last, on top.
	sort.SliceStable(d.Edges, func(a, b int) bool { return d.Edges[a].Weight < d.Edges[b].Weight })
	return d
}

// fit scales and shifts vs into [lo, hi].
func fit(vs []float64, lo, hi float64) {
	mn, mx := math.Inf(1), math.Inf(-1)
	for _, v := range vs {
		mn, mx = math.Min(mn, v), math.Max(mx, v)
	}
	if mx-mn < 1e-9 {
		for i := range vs {
			vs[i] = (lo + hi) / 2
		}
		return
	}
	for i, v := range vs {
		vs[i] = lo + (v-mn)/(mx-mn)*(hi-lo)
	}
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
