package web

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/api"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// labelBox is the box placeLabels reckons a node's name to cover, without
// the slack it keeps around it.
func labelBox(n DrawnNode) box {
	lw := labelWidth(n.Name)
	x0 := n.LabelX
	switch n.Anchor {
	case "middle":
		x0 -= lw / 2
	case "end":
		x0 -= lw
	}
	return box{x0, n.LabelY - labelSize + 2, x0 + lw, n.LabelY + 3}
}

// overlaps counts the pairs of names laid over each other.
func overlaps(nodes []DrawnNode) int {
	n := 0
	for i := range nodes {
		for j := i + 1; j < len(nodes); j++ {
			if labelBox(nodes[i]).overlap(labelBox(nodes[j])) > 0 {
				n++
			}
		}
	}
	return n
}

// Names of actors side by side do not cover each other (the graph drew
// every name above its circle: "Saudi Arabia" over "Rapid Support
// Forces"), and stay inside the drawing.
func TestGraphLabelsApart(t *testing.T) {
	for _, tt := range []struct {
		name  string
		nodes []DrawnNode
	}{
		{"a row", []DrawnNode{
			{GraphNode: api.GraphNode{Name: "Saudi Arabia"}, X: 300, Y: 100, R: 9},
			{GraphNode: api.GraphNode{Name: "Sudanese Armed Forces"}, X: 240, Y: 95, R: 7},
			{GraphNode: api.GraphNode{Name: "Rapid Support Forces"}, X: 360, Y: 105, R: 7},
		}},
		{"a column", []DrawnNode{
			{GraphNode: api.GraphNode{Name: "Germany"}, X: 100, Y: 100, R: 8},
			{GraphNode: api.GraphNode{Name: "Poland"}, X: 95, Y: 125, R: 8},
			{GraphNode: api.GraphNode{Name: "Czech Republic"}, X: 105, Y: 150, R: 6},
		}},
		{"at the edges", []DrawnNode{
			{GraphNode: api.GraphNode{Name: "Democratic Republic of the Congo"}, X: 5, Y: 5, R: 10},
			{GraphNode: api.GraphNode{Name: "United Nations Security Council"}, X: 395, Y: 295, R: 10},
		}},
	} {
		nodes := tt.nodes
		placeLabels(nodes, nil, 400, 300)
		if n := overlaps(nodes); n != 0 {
			t.Errorf("%s: %d names laid over each other: %+v", tt.name, n, nodes)
		}
		for _, n := range nodes {
			b := labelBox(n)
			if b.x0 < 0 || b.x1 > 400 || b.y0 < 0 || b.y1 > 300 {
				t.Errorf("%s: %q outside the drawing: %+v", tt.name, n.Name, b)
			}
		}
	}
}

// On a crowded drawing the names cover each other far less than all
// above their circles did.
func TestGraphLabelsCrowded(t *testing.T) {
	var g api.Graph
	for i := range 40 {
		g.Nodes = append(g.Nodes, api.GraphNode{ID: strconv.Itoa(i), Name: fmt.Sprintf("Ministry of Affairs %d", i), Events: 40 - i})
		if i > 0 {
			g.Edges = append(g.Edges, api.GraphEdge{Source: strconv.Itoa(i % 5), Target: strconv.Itoa(i), Weight: 1 + i%3})
		}
	}
	d := Layout(g, 960, 620, 250)
	placed := overlaps(d.Nodes)
	above := slicesClone(d.Nodes)
	for i := range above {
		above[i].LabelX, above[i].LabelY, above[i].Anchor = above[i].X, above[i].Y-above[i].R, "middle"
	}
	naive := overlaps(above)
	t.Logf("%d pairs of names overlap, %d with every name above its circle", placed, naive)
	if placed*3 > naive || naive == 0 {
		t.Errorf("%d pairs of names overlap, %d with every name above its circle", placed, naive)
	}
}

func slicesClone(n []DrawnNode) []DrawnNode { return append([]DrawnNode(nil), n...) }

func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// An edge is an arrow from the rim of its source's circle to the rim of
// its target's (the direction of the events was not drawn), and the two
// ways between a pair of actors are two lines, not one over the other.
func TestGraphArrows(t *testing.T) {
	g := api.Graph{Nodes: []api.GraphNode{{ID: "a", Name: "A", Events: 6}, {ID: "b", Name: "B", Events: 3}, {ID: "c", Name: "C", Events: 1}},
		Edges: []api.GraphEdge{{Source: "a", Target: "b", Weight: 4}, {Source: "b", Target: "a", Weight: 1}, {Source: "a", Target: "c", Weight: 1}}}
	d := Layout(g, 400, 300, 100)
	node := map[string]DrawnNode{}
	for _, n := range d.Nodes {
		node[n.ID] = n
	}
	lines := map[string]DrawnEdge{}
	for _, e := range d.Edges {
		lines[e.Source+e.Target] = e
		src, tgt := node[e.Source], node[e.Target]
		pts := strings.Fields(e.Head)
		if len(pts) != 3 {
			t.Fatalf("%s→%s: head %q", e.Source, e.Target, e.Head)
		}
		var tx, ty float64
		fmt.Sscanf(pts[0], "%g,%g", &tx, &ty)
		// The point touches the target's circle (the two-way offset
		// moves it along the rim a little).
		if dist := math.Hypot(tx-tgt.X, ty-tgt.Y); math.Abs(dist-tgt.R-1) > 1+e.Width {
			t.Errorf("%s→%s: arrow point %.1f from the target's centre, radius %.1f", e.Source, e.Target, dist, tgt.R)
		}
		if dist := math.Hypot(e.X1-src.X, e.Y1-src.Y); dist < src.R-0.5 {
			t.Errorf("%s→%s: starts inside its source's circle (%.1f < %.1f)", e.Source, e.Target, dist, src.R)
		}
		if dist := math.Hypot(e.X2-tgt.X, e.Y2-tgt.Y); dist < tgt.R {
			t.Errorf("%s→%s: its line ends under the target's circle", e.Source, e.Target)
		}
	}
	ab, ba, ac := lines["ab"], lines["ba"], lines["ac"]
	if !ab.Both || !ba.Both || ac.Both {
		t.Errorf("two-way flags: ab %v ba %v ac %v", ab.Both, ba.Both, ac.Both)
	}
	// The two ways run on either side: the midpoints are apart by more
	// than half the widths.
	mx := func(e DrawnEdge) (float64, float64) { return (e.X1 + e.X2) / 2, (e.Y1 + e.Y2) / 2 }
	x1, y1 := mx(ab)
	x2, y2 := mx(ba)
	if gap := math.Hypot(x1-x2, y1-y2); gap < (ab.Width+ba.Width)/2 {
		t.Errorf("the two ways between a and b are %.1f apart, widths %.1f and %.1f", gap, ab.Width, ba.Width)
	}
}

func TestBoxCrosses(t *testing.T) {
	b := box{10, 10, 20, 20}
	for _, tt := range []struct {
		x1, y1, x2, y2 float64
		want           bool
	}{
		{0, 15, 30, 15, true},  // straight through
		{0, 0, 30, 30, true},   // the diagonal
		{12, 12, 14, 14, true}, // inside
		{0, 0, 5, 30, false},   // beside it
		{0, 25, 30, 25, false}, // under it
		{0, 0, 9, 9, false},    // stops short
	} {
		if got := b.crosses(tt.x1, tt.y1, tt.x2, tt.y2); got != tt.want {
			t.Errorf("(%g,%g)-(%g,%g): %v", tt.x1, tt.y1, tt.x2, tt.y2, got)
		}
	}
}

// The graph page draws its arrows and its key, and its table lists the
// heaviest links first.
func TestGraphPage(t *testing.T) {
	h := testUI(t)
	code, body := fetch(t, h, "/graph")
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	for _, want := range []string{"<polygon points=", `<figcaption class="legend">`, "mostly conflict", "mostly cooperation",
		`<div class="scroll chart" role="region" aria-label="Actor graph drawing" tabindex="0">`, `text-anchor="`} {
		if !strings.Contains(body, want) {
			t.Errorf("graph page lacks %q", want)
		}
	}
	rows := regexp.MustCompile(`aria-label="(\d+) events? from`).FindAllStringSubmatch(body, -1)
	if len(rows) < 3 {
		t.Fatalf("%d rows in the links table", len(rows))
	}
	prev := math.MaxInt
	for _, r := range rows {
		n, _ := strconv.Atoi(r[1])
		if n > prev {
			t.Fatalf("links table not heaviest first: %d after %d", n, prev)
		}
		prev = n
	}
}

// The timeline's axis names its bars, at a step that leaves the labels
// apart, and has a scale of counts; the year is in the first label.
func TestTimelineAxis(t *testing.T) {
	days := func(from string, n int) []store.Event {
		var out []store.Event
		for i := range n {
			d := mustDay(t, from).AddDate(0, 0, i).Format("2006-01-02")
			for range i%7 + 1 {
				out = append(out, store.Event{Date: d, QuadClass: 1 + i%4})
			}
		}
		return out
	}
	for _, tt := range []struct {
		name        string
		evs         []store.Event
		period      string
		first, more string
	}{
		{"days", days("2025-02-20", 30), "day", "20 Feb 2025", "27 Feb"},
		{"one day", days("2018-06-01", 1), "day", "1 Jun 2018", ""},
		{"months", append(days("2023-01-01", 3), days("2025-06-01", 2)...), "month", "Jan 2023", ""},
	} {
		tl := BuildTimeline(tt.evs, 960, 260)
		if tl.Period != tt.period || len(tl.Ticks) == 0 {
			t.Errorf("%s: period %s, %d ticks", tt.name, tl.Period, len(tl.Ticks))
			continue
		}
		if tl.Ticks[0].Label != tt.first {
			t.Errorf("%s: first tick %q, want %q", tt.name, tl.Ticks[0].Label, tt.first)
		}
		if tt.more != "" && (len(tl.Ticks) < 2 || tl.Ticks[1].Label != tt.more) {
			t.Errorf("%s: ticks %+v, want the second %q", tt.name, tl.Ticks, tt.more)
		}
		for i := 1; i < len(tl.Ticks); i++ {
			a, b := tl.Ticks[i-1], tl.Ticks[i]
			if gap := b.X - a.X; gap < float64(len(a.Label)+len(b.Label))*tickChar/2 {
				t.Errorf("%s: ticks %q and %q %.0f apart", tt.name, a.Label, b.Label, gap)
			}
		}
		for _, k := range tl.Ticks {
			if k.X < 0 || k.X > tl.W {
				t.Errorf("%s: tick %+v outside", tt.name, k)
			}
		}
		if len(tl.Levels) == 0 || len(tl.Levels) > 4 {
			t.Errorf("%s: %d levels for a tallest bar of %d", tt.name, len(tl.Levels), tl.Max)
		}
		for _, l := range tl.Levels {
			if l.N > tl.Max || l.Y < tl.PlotTop-0.1 || l.Y >= tl.PlotH {
				t.Errorf("%s: level %+v (max %d, plot %.0f-%.0f)", tt.name, l, tl.Max, tl.PlotTop, tl.PlotH)
			}
		}
		// The tallest bar reaches the top of the plot, not above it.
		for _, b := range tl.Bars {
			if b.Total == tl.Max && len(b.Segs) > 0 && math.Abs(b.Segs[len(b.Segs)-1].Y-tl.PlotTop) > 0.2 {
				t.Errorf("%s: tallest bar ends at %.1f, plot top %.1f", tt.name, b.Segs[len(b.Segs)-1].Y, tl.PlotTop)
			}
		}
	}
	for _, tt := range []struct{ max, step int }{{3, 1}, {4, 1}, {7, 2}, {9, 2}, {11, 5}, {83, 20}, {20, 5}, {400, 100}} {
		tl := Timeline{PlotH: 230, PlotTop: 16, Max: tt.max}
		tl.addLevels()
		if len(tl.Levels) == 0 || tl.Levels[0].N != tt.step {
			t.Errorf("max %d: levels %+v, want a step of %d", tt.max, tl.Levels, tt.step)
		}
	}
}

// The timeline's counts are on the page as a table too (for a screen
// reader, and to read exact counts), each period linking its events, and
// adding up to the events drawn.
func TestTimelineTable(t *testing.T) {
	h := testUI(t)
	_, body := fetch(t, h, "/timeline?quad_class=4")
	if !strings.Contains(body, `<details class="counts">`) || !strings.Contains(body, `<th scope="row"><a href="/events?`) {
		t.Fatalf("no table of counts:\n%.3000s", body)
	}
	rows := regexp.MustCompile(`<th scope="row"><a href="[^"]*">[^<]*</a></th><td class="num">(\d+)</td><td class="num">(\d+)</td><td class="num">(\d+)</td><td class="num">(\d+)</td><td class="num">(\d+)</td>`).FindAllStringSubmatch(body, -1)
	total := 0
	for _, r := range rows {
		n, _ := strconv.Atoi(r[1])
		q4, _ := strconv.Atoi(r[5])
		if n == 0 || n != q4 {
			t.Errorf("row %v: under quad_class=4 every event is material conflict", r[1:])
		}
		total += n
	}
	drawn := regexp.MustCompile(`(\d+) events by`).FindStringSubmatch(body)
	if drawn == nil || len(rows) == 0 || strconv.Itoa(total) != drawn[1] {
		t.Errorf("the table's %d rows count %d events; the page says %v", len(rows), total, drawn)
	}
}

// A refused filter's field is marked invalid, described by the message
// and focused; the other fields are not.
func TestBadFieldMarked(t *testing.T) {
	h := testUI(t)
	for _, tt := range []struct{ path, field string }{
		{"/events?since=bad&actor=Q17", "since"},
		{"/graph?quad_class=9", "quad_class"},
		{"/timeline?country=FR", "country"},
		{"/quotes?since=2025-99-01&q=stay", "since"},
	} {
		code, body := fetch(t, h, tt.path)
		if code != 400 {
			t.Errorf("%s: status %d", tt.path, code)
			continue
		}
		if n := strings.Count(body, `aria-invalid="true"`); n != 1 {
			t.Errorf("%s: %d fields marked invalid", tt.path, n)
		}
		field := regexp.MustCompile(`<(?:input|select) name="` + tt.field + `"[^>]*aria-invalid="true" aria-describedby="err" autofocus>`)
		if !field.MatchString(body) || !strings.Contains(body, `<p role="alert" id="err">`) {
			t.Errorf("%s: field %s not marked:\n%.3000s", tt.path, tt.field, body)
		}
	}
}

// Each cell of an events table names its column (data-label), which the
// phone's layout shows beside the value; the page footer's rule is the
// page footer's alone.
func TestEventCardsOnPhones(t *testing.T) {
	h := testUI(t)
	for _, page := range []string{"/", "/events", "/actors/Q17"} {
		_, body := fetch(t, h, page)
		rows := strings.Count(body, `<td data-label="Date"`)
		if rows == 0 || strings.Count(body, "<td data-label=") != 6*rows {
			t.Errorf("%s: %d rows, %d labelled cells", page, rows, strings.Count(body, "<td data-label="))
		}
	}
	_, css := fetch(t, h, "/static/style.css")
	for _, rule := range []string{"@media (max-width: 560px)", "content: attr(data-label)", "body > footer {"} {
		if !strings.Contains(css, rule) {
			t.Errorf("style.css lacks %q", rule)
		}
	}
	if regexp.MustCompile(`(?m)^footer \{`).MatchString(css) {
		t.Error("a rule for every footer: a quote's footer takes the page footer's rule")
	}
}

// Hostile names (markup, quotes, an attribute break-out) are text on every
// page that shows them, the drawings' SVG included: a party's name, an
// article's title, site and byline come from the pages read.
func TestHostileNamesEscaped(t *testing.T) {
	ctx := context.Background()
	st := tempStore(t, "hostile.db")
	const evil = `Sean "O'Brien" <script>alert(1)</script><img src=x onerror=alert(2)>`
	pub := time.Date(2025, 3, 12, 8, 0, 0, 0, time.UTC)
	err := st.Write(ctx, func(ctx context.Context, tx store.Tx) error {
		text := evil + " led farmers in a protest against the government."
		id, err := tx.InsertArticle(ctx, &store.Article{URL: `https://x.example/a?b="c"&d=<e>`, Source: "x", Site: `The "Quoted" <Wire>`, ContentHash: "h1",
			Title: "Farmers rally " + evil, Text: text, Published: &pub,
			Data: &model.Article{Title: "Farmers rally " + evil, Byline: evil, Paragraphs: []string{text}, Text: text,
				Quotes: []model.Quote{{Text: "We stay " + evil, Speaker: &model.Speaker{Text: evil}}}}})
		if err != nil {
			return err
		}
		for i, tgt := range []string{"Government of Ireland", evil + " 2"} {
			e := &store.Event{Key: "k" + strconv.Itoa(i), Type: "PROTEST", SourceName: evil, TargetName: tgt, Date: "2025-03-12", QuadClass: 4, Location: evil}
			if _, err := tx.InsertEvent(ctx, e); err != nil {
				return err
			}
			if err := tx.AddMention(ctx, &store.EventMention{EventID: e.ID, ArticleID: id, ArticleEventID: "e" + strconv.Itoa(i), Text: text}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	for _, page := range []string{"/", "/events", "/events/1", "/graph", "/articles/1", "/search?q=farmers", "/quotes",
		"/actors/" + url.PathEscape(evil)} {
		code, body := fetch(t, mux, page)
		if code != 200 || !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("%s: status %d, or the name not shown", page, code)
			continue
		}
		for _, raw := range []string{"<script>", "<img", `"O'Brien"`, "<Wire>", "<e>"} {
			if strings.Contains(body, raw) {
				t.Errorf("%s: %q unescaped", page, raw)
			}
		}
	}
	if _, body := fetch(t, mux, "/graph"); !regexp.MustCompile(`<text [^>]*>Sean &#34;O&#39;Brien&#34; &lt;script&gt;`).MatchString(body) {
		t.Errorf("the graph draws no escaped name:\n%.3000s", body)
	}
}

// Pages load nothing from elsewhere and run no script: one style sheet of
// the site's own, the drawings inline SVG.
func TestNoExternalAssets(t *testing.T) {
	h := testUI(t)
	asset := regexp.MustCompile(`<(?:script|iframe|img|object|embed)\b|\bsrc=|<link [^>]*href="([^"]*)"`)
	for _, page := range []string{"/", "/events", "/events/1", "/graph", "/timeline", "/articles/501", "/actors/Q17", "/quotes", "/search?q=marched", "/nope"} {
		_, body := fetch(t, h, page)
		for _, m := range asset.FindAllStringSubmatch(body, -1) {
			if m[1] != "/static/style.css" {
				t.Errorf("%s loads %q", page, m[0])
			}
		}
	}
}
