package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/internal/store"
)

// seedEventKey stores a planned week of talks (a span, known to the
// month), a denied sanction and a plain meeting with a country side.
func seedEventKey(t *testing.T) *http.ServeMux {
	t.Helper()
	st := tempStore(t, "ekey.db")
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "k1", Type: "CONSULT", SourceName: "Kenyan army", SourceCountry: "KEN", TargetName: "Uganda", Date: "2026-04-01", Precision: "month", DateFrom: "2026-04-20", DateTo: "2026-04-26", QuadClass: 1},
			{Key: "k2", Type: "SANCTION", SourceName: "European Union", TargetName: "Ruvalo Shipping", Date: "2026-04-03", Polarity: "negated", QuadClass: 4},
			{Key: "k3", Type: "AGREE", SourceName: "Sudanese army", SourceCountry: "SDN", TargetName: "Chad", Date: "2026-04-05", QuadClass: 2},
		} {
			if _, err := tx.InsertEvent(ctx, &e); err != nil {
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
	return mux
}

// The events table's key says in text what its title attributes say to a
// mouse alone: the sources' "outlets / articles", a span of days, a date
// known to its month, a "not:" mark; each part when a row shows that form.
// A country side's code is in text for a screen reader.
func TestEventTableKey(t *testing.T) {
	mux := seedEventKey(t)
	const (
		sources = "Sources</abbr>: independent outlets / articles that report the event."
		span    = "A span after a date (Apr 21–27): the days its reports date the event by."
		coarse  = "(month), (year): known only to the month or year"
		mark    = "not: its reports say it did not take place"
	)
	for _, c := range []struct {
		path string
		want []string
		not  []string
	}{
		{"/events", []string{sources, span, coarse, mark, `Sudan</span><span class="visually-hidden">, country code SDN</span>`}, nil},
		{"/events?type=CONSULT", []string{sources, span, coarse}, []string{mark}},
		{"/events?type=SANCTION", []string{sources, mark}, []string{span, coarse}},
		// Near misses: a plain row needs only the sources' part; no
		// rows, no key.
		{"/events?type=AGREE", []string{sources}, []string{span, coarse, mark}},
		{"/events?type=PROTEST", nil, []string{sources, `class="muted key"`}},
		{"/", []string{sources, span, mark}, nil},
	} {
		code, body := fetch(t, mux, c.path)
		if code != 200 {
			t.Errorf("%s: %d", c.path, code)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: no %q:\n%s", c.path, w, body)
			}
		}
		for _, n := range c.not {
			if strings.Contains(body, n) {
				t.Errorf("%s: has %q", c.path, n)
			}
		}
	}
}

// On a phone the events table is a list of cards (display:block), which
// drops its table semantics in Safari: the table, its row groups, rows,
// column headers and cells carry their roles explicitly.
func TestEventTableRoles(t *testing.T) {
	mux := seedEventKey(t)
	for _, path := range []string{"/events", "/events?type=PROTEST", "/"} {
		doc := parsePage(t, mux, path)
		tables := 0
		for _, el := range elements(doc) {
			if el.DataAtom != atom.Table || !strings.Contains(" "+attrVal(el, "class")+" ", " events ") {
				continue
			}
			tables++
			if r := attrVal(el, "role"); r != "table" {
				t.Errorf("%s: table role %q", path, r)
			}
			cells := 0
			for c := range el.Descendants() {
				if c.Type != html.ElementNode {
					continue
				}
				want := map[atom.Atom]string{atom.Thead: "rowgroup", atom.Tbody: "rowgroup", atom.Tr: "row", atom.Th: "columnheader", atom.Td: "cell"}[c.DataAtom]
				if want == "" {
					continue
				}
				if c.DataAtom == atom.Td {
					cells++
				}
				if r := attrVal(c, "role"); r != want {
					t.Errorf("%s: <%s> %q has role %q, want %q", path, c.Data, textOf(c), r, want)
				}
			}
			if cells == 0 {
				t.Errorf("%s: an events table without cells", path)
			}
		}
		if tables != 1 {
			t.Errorf("%s: %d events tables, want 1", path, tables)
		}
	}
	// The roles are for the card layout, which is still there.
	css, err := staticFS.ReadFile("static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(css), "table.events, table.events tbody, table.events tr, table.events td { display: block") {
		t.Errorf("the card layout changed: check its roles")
	}
}

// An event's page says in text what its span of days and its mode are:
// both were explained only in a title attribute.
func TestEventPageDetailsInText(t *testing.T) {
	st := tempStore(t, "edetails.db")
	var ids []int64
	err := st.Write(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, e := range []store.Event{
			{Key: "d1", Type: "CONSULT", SourceName: "Ghana", TargetName: "Togo", Date: "2026-05-01", Precision: "month", DateFrom: "2026-05-11", DateTo: "2026-05-15", QuadClass: 1},
			{Key: "d2", Type: "RESTRICT", Mode: "curfew", SourceName: "Police", TargetName: "protesters", Date: "2026-05-02", QuadClass: 4},
			{Key: "d3", Type: "CONSULT", SourceName: "Ghana", TargetName: "Benin", Date: "2026-05-03", QuadClass: 1},
		} {
			id, err := tx.InsertEvent(ctx, &e)
			if err != nil {
				return err
			}
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	New(st, nil).Register(mux)
	for i, c := range []struct {
		want, not []string
	}{
		{[]string{">2026-05-11 to 2026-05-15</span> <span class=\"muted\">(the days its reports give)</span>"}, []string{"(how it was carried out)"}},
		{[]string{">curfew</span> <span class=\"muted\">(how it was carried out)</span>"}, []string{"(the days its reports give)"}},
		// Near miss: a day's event with no mode has neither.
		{nil, []string{"(the days its reports give)", "(how it was carried out)"}},
	} {
		path := "/events/" + strconv.FormatInt(ids[i], 10)
		code, body := fetch(t, mux, path)
		if code != 200 {
			t.Fatalf("%s: %d", path, code)
		}
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: no %q:\n%s", path, w, body)
			}
		}
		for _, n := range c.not {
			if strings.Contains(body, n) {
				t.Errorf("%s: has %q", path, n)
			}
		}
	}
}
