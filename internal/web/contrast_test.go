package web

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// luminance is the WCAG relative luminance of a #rgb or #rrggbb colour.
func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	h := strings.TrimPrefix(hex, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 {
		t.Fatalf("colour %q", hex)
	}
	var ch [3]float64
	for i := range ch {
		v, err := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
		if err != nil {
			t.Fatalf("colour %q: %v", hex, err)
		}
		c := float64(v) / 255
		if c <= 0.03928 {
			ch[i] = c / 12.92
		} else {
			ch[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*ch[0] + 0.7152*ch[1] + 0.0722*ch[2]
}

func contrast(t *testing.T, a, b string) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestContrastFormula(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{{"#000", "#fff", 21}, {"#fff", "#ffffff", 1}, {"#767676", "#fff", 4.54}} {
		if got := contrast(t, c.a, c.b); math.Abs(got-c.want) > 0.01 {
			t.Errorf("contrast(%s, %s) = %.2f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

// The stylesheet's colours keep WCAG AA contrast: 4.5:1 for text on its
// ground, 3:1 for what shows a control or a state (a box's border, the
// focus ring, the drawings' lines). Read from style.css as served, so a
// colour changed there is checked here.
func TestStylesheetContrast(t *testing.T) {
	_, css := fetch(t, testUI(t), "/static/style.css")
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`(--[a-z0-9]+):\s*(#[0-9a-fA-F]{3,6})\b`).FindAllStringSubmatch(css, -1) {
		vars[m[1]] = m[2]
	}
	col := func(s string) string {
		if strings.HasPrefix(s, "--") {
			v, ok := vars[s]
			if !ok {
				t.Fatalf("style.css defines no %s", s)
			}
			return v
		}
		return s
	}
	// The focus ring's colour, from the rule every focusable element takes.
	ring := regexp.MustCompile(`(?m)^:focus-visible \{ outline: 3px solid (?:var\((--[a-z0-9]+)\)|(#[0-9a-fA-F]{3,6}))`).FindStringSubmatch(css)
	if ring == nil {
		t.Fatal("style.css has no :focus-visible outline")
	}
	focus := ring[1] + ring[2]
	const chart, badge = "#fbfcfd", "#f1f3f5" // the drawings' ground, the mark badge's
	for _, c := range []struct {
		what   string
		fg, bg string
		min    float64
	}{
		{"text", "--fg", "--bg", 4.5},
		{"muted text", "--muted", "--bg", 4.5},
		{"links and buttons", "--accent", "--bg", 4.5},
		{"verbal cooperation badge", "#fff", "--q1", 4.5},
		{"material cooperation badge", "#fff", "--q2", 4.5},
		{"verbal conflict badge", "#fff", "--q3", 4.5},
		{"material conflict badge", "#fff", "--q4", 4.5},
		{"unknown class badge", "#fff", "--q0", 4.5},
		{"a mark badge's words", "--fg", badge, 4.5},
		{"axis labels", "--muted", chart, 4.5},
		{"a box's border", "--field", "--bg", 3},
		{"the focus ring", focus, "--bg", 3},
		// The ring lies off the element (outline-offset), on the page's
		// ground and the yellow halo under it, not on a button's blue.
		{"the focus ring on its halo", focus, "#ffbf47", 3},
		{"a cooperation arrow", "--coop", chart, 3},
		{"a conflict arrow", "--q4", chart, 3},
	} {
		if got := contrast(t, col(c.fg), col(c.bg)); got < c.min {
			t.Errorf("%s: %s on %s is %.2f:1, want %.1f:1", c.what, c.fg, c.bg, got, c.min)
		}
	}
	if !strings.Contains(css, "stroke-dasharray") || !regexp.MustCompile(`\.graph \.conflict line[^{]*\{[^}]*stroke-dasharray`).MatchString(css) {
		t.Error("a conflict arrow differs from a cooperation arrow by its colour alone: dash it")
	}
}
