package web

import (
	"math"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/api"
)

// Graph drawing: a deterministic force-directed layout (Fruchterman and
// Reingold 1991) computed on the server, so the page is plain SVG with
// links and needs no script.

// DrawnNode is a positioned actor.
type DrawnNode struct {
	api.GraphNode
	X, Y, R float64
	// LabelX, LabelY and Anchor place the name (its text-anchor: start,
	// middle or end), beside the circle where it covers no other name.
	LabelX, LabelY float64
	Anchor         string
}

// DrawnEdge is a positioned edge.
type DrawnEdge struct {
	api.GraphEdge
	X1, Y1, X2, Y2 float64
	Width          float64
	Conflict       bool // most of its events are conflictual (quad class 3-4)
	// Both: the two actors have events the other way too; each line is
	// drawn beside the centre line, so the two do not hide each other.
	Both bool
	// Head is the arrowhead at the target's end: the SVG points of a
	// triangle, as wide as the line is thick (a marker of one size was
	// lost in the heaviest lines).
	Head       string
	SourceName string
	TargetName string
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
	k2 := k * k
	const minDist2 = 0.01 * 0.01 // nodes closer than 0.01 repel as if that far
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
		// Repulsion k²/dist along the unit vector (ddx/dist, ddy/dist)
		// is (ddx, ddy)·k²/dist², which needs no square root: this
		// loop over every pair is the layout's cost (a 500-actor graph
		// took over a second with math.Hypot and math.Max here).
		for i := 0; i < n; i++ {
			xi, yi := xs[i], ys[i]
			var fxi, fyi float64
			for j := i + 1; j < n; j++ {
				ddx, ddy := xi-xs[j], yi-ys[j]
				d2 := ddx*ddx + ddy*ddy
				if d2 < minDist2 {
					d2 = minDist2
				}
				s := k2 / d2
				fxi += ddx * s
				fyi += ddy * s
				dx[j] -= ddx * s
				dy[j] -= ddy * s
			}
			dx[i] += fxi
			dy[i] += fyi
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
	type pair struct{ s, t string }
	has := map[pair]bool{}
	for _, e := range g.Edges {
		has[pair{e.Source, e.Target}] = true
	}
	for _, e := range g.Edges {
		i, j := idx[e.Source], idx[e.Target]
		width := round1(1 + 7*float64(e.Weight)/float64(maxW))
		de := DrawnEdge{GraphEdge: e, Width: width, Conflict: e.Conflict*2 > e.Weight,
			SourceName: g.Nodes[i].Name, TargetName: g.Nodes[j].Name, Both: has[pair{e.Target, e.Source}]}
		de.X1, de.Y1, de.X2, de.Y2, de.Head = edgeEnds(d.Nodes[i], d.Nodes[j], width, de.Both)
		d.Edges = append(d.Edges, de)
	}
	placeLabels(d.Nodes, d.Edges, w, h)
	// Heavier edges drawn last, on top.
	sort.SliceStable(d.Edges, func(a, b int) bool { return d.Edges[a].Weight < d.Edges[b].Weight })
	return d
}

// edgeEnds is where the line of an edge from a to b starts and ends, and
// its arrowhead: from the rim of a's circle to the rim of b's, less the
// head, whose point touches b (a line from centre to centre showed no
// direction, and the events between two actors have one). When the two
// have events both ways, the line runs beside the centre line, on its own
// left: the other way's line is on the other side.
func edgeEnds(a, b DrawnNode, width float64, both bool) (x1, y1, x2, y2 float64, head string) {
	dx, dy := b.X-a.X, b.Y-a.Y
	dist := math.Hypot(dx, dy)
	if dist < 1e-9 {
		return a.X, a.Y, b.X, b.Y, ""
	}
	ux, uy := dx/dist, dy/dist
	var ox, oy float64
	if both {
		off := 1 + width/2
		ox, oy = uy*off, -ux*off
	}
	headLen, headHalf := 7+1.2*width, 3.5+0.8*width
	start := math.Min(a.R+1, dist/3)
	tip := math.Max(dist-b.R-1, dist/2)
	end := math.Max(tip-headLen, dist/3)
	x1, y1 = round1(a.X+ux*start+ox), round1(a.Y+uy*start+oy)
	x2, y2 = round1(a.X+ux*end+ox), round1(a.Y+uy*end+oy)
	tx, ty := a.X+ux*tip+ox, a.Y+uy*tip+oy
	bx, by := a.X+ux*end+ox, a.Y+uy*end+oy
	head = fmtPoint(tx, ty) + " " + fmtPoint(bx+uy*headHalf, by-ux*headHalf) + " " + fmtPoint(bx-uy*headHalf, by+ux*headHalf)
	return x1, y1, x2, y2, head
}

func fmtPoint(x, y float64) string {
	return strconv.FormatFloat(round1(x), 'f', -1, 64) + "," + strconv.FormatFloat(round1(y), 'f', -1, 64)
}

// Label metrics, in drawing units, for the 12-unit sans-serif the style
// sheet gives the names: an estimate (the server cannot measure the
// browser's font), on the wide side for Latin text.
const (
	labelSize  = 12.0
	labelChar  = 7.0 // mean advance of a character
	labelGap   = 3.0 // between a circle and its name
	labelSlack = 2.0 // kept free around a name
)

// box is a rectangle of the drawing.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlap(b box) float64 {
	w := math.Min(a.x1, b.x1) - math.Max(a.x0, b.x0)
	h := math.Min(a.y1, b.y1) - math.Max(a.y0, b.y0)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
}

// crosses tells whether the segment from (x1, y1) to (x2, y2) passes
// through the box (Liang-Barsky clipping).
func (a box) crosses(x1, y1, x2, y2 float64) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := x2-x1, y2-y1
	for _, c := range [4][2]float64{{-dx, x1 - a.x0}, {dx, a.x1 - x1}, {-dy, y1 - a.y0}, {dy, a.y1 - y1}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		r := q / p
		if p < 0 {
			t0 = math.Max(t0, r)
		} else {
			t1 = math.Min(t1, r)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// labelWidth estimates the drawn width of a name.
func labelWidth(name string) float64 {
	return float64(utf8.RuneCountInString(name)) * labelChar
}

// edgeCrossCost is what a line through a name costs in placeLabels, as
// much as covering this area of another name: a name may be crossed by a
// line rather than be laid over another name, not for nothing.
const edgeCrossCost = 40.0

// placeLabels puts each actor's name beside its circle: above it, else
// below, right or left, whichever covers no name placed before it, no
// other circle and no line, and stays in the w x h box; the busiest actors
// (first in nodes) choose first. Every name above its circle, as the graph
// drew them, laid the names of neighbouring actors over each other. When
// no place is free, the one covering least is taken.
func placeLabels(nodes []DrawnNode, edges []DrawnEdge, w, h float64) {
	var placed []box
	for i := range nodes {
		n := &nodes[i]
		lw := labelWidth(n.Name)
		// Each candidate: the text's anchor point, its anchor, and the
		// box it covers (baseline at y; descenders ~3 below).
		type cand struct {
			x, y   float64
			anchor string
		}
		cands := []cand{
			{n.X, n.Y - n.R - labelGap - 3, "middle"},
			{n.X, n.Y + n.R + labelGap + labelSize - 2, "middle"},
			{n.X + n.R + labelGap, n.Y + labelSize/2 - 2, "start"},
			{n.X - n.R - labelGap, n.Y + labelSize/2 - 2, "end"},
		}
		bestCost, best, bestBox := math.Inf(1), cands[0], box{}
		for _, c := range cands {
			x0 := c.x
			switch c.anchor {
			case "middle":
				// Kept inside the drawing: a centred name of an actor
				// near the edge was cut off.
				x0 = math.Min(math.Max(c.x-lw/2, 2), w-2-lw)
				c.x = x0 + lw/2
			case "end":
				x0 = c.x - lw
			}
			b := box{x0 - labelSlack, c.y - labelSize + 2 - labelSlack, x0 + lw + labelSlack, c.y + 3 + labelSlack}
			// Every term is at least 0, so a candidate whose cost so far
			// already loses to the best is left: the choice is the same,
			// without measuring every name, circle and line against it.
			loses := func(cost float64) bool { return cost >= bestCost-1e-9 }
			cost := 0.0
			for _, p := range placed {
				if cost += b.overlap(p); loses(cost) {
					break
				}
			}
			for j := range nodes {
				if loses(cost) {
					break
				}
				if j != i {
					o := nodes[j]
					cost += b.overlap(box{o.X - o.R, o.Y - o.R, o.X + o.R, o.Y + o.R})
				}
			}
			for _, e := range edges {
				if loses(cost) {
					break
				}
				if b.crosses(e.X1, e.Y1, e.X2, e.Y2) {
					cost += edgeCrossCost
				}
			}
			// Outside the drawing counts as covered.
			inside := box{0, 0, w, h}
			cost += (b.x1-b.x0)*(b.y1-b.y0) - b.overlap(inside)
			if cost < bestCost-1e-9 {
				bestCost, best, bestBox = cost, c, b
			}
			if cost == 0 {
				break
			}
		}
		n.LabelX, n.LabelY, n.Anchor = round1(best.x), round1(best.y), best.anchor
		placed = append(placed, bestBox)
	}
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
