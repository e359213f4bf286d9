package quotes

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestAppealAfterStateEndsReport: after a report that describes a state
// ("the vote was free and fair") or a passive, "but" or "and" with an
// active verb of appeal or warning and no subject of its own is the
// speaker's next act, not part of what was said; a participle under the
// report's "was" ("but called into question by ...") stays in it. Quotes
// are joined by "|" in want.
func TestAppealAfterStateEndsReport(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	f := newFinder(t)
	for _, c := range []struct{ text, want string }{
		{"Observers said the vote was free and fair but called for calm.",
			"the vote was free and fair"},
		{"Observers said the vote was free and fair but urged calm.",
			"the vote was free and fair"},
		{"Observers said the vote was free and fair but asked for patience.",
			"the vote was free and fair"},
		{"Observers said the vote was free and fair and appealed for calm.",
			"the vote was free and fair"},
		{"Observers said the vote had been free and fair but called on both sides to accept the count.",
			"the vote had been free and fair"},
		{"Police said the road was closed and asked drivers to avoid the area.",
			"the road was closed"},
		{"Observers said the result was expected but called into question by the losing side.",
			"the result was expected but called into question by the losing side"},
		{"Observers said the vote was free and fair but called into question the count.",
			"the vote was free and fair but called into question the count"},
		{"Observers said the vote was free and fair but urged both sides to accept the result.",
			"the vote was free and fair"},
	} {
		var got []string
		for _, q := range f.Find(tagged(t, c.text)) {
			if q.Kind == model.QuoteIndirect {
				got = append(got, strings.TrimSpace(q.Text))
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: indirect quotes %q, want %q", c.text, got, strings.Split(c.want, "|"))
		}
	}
}

// TestChargeAfterCommonNoun: the charge after "accused <noun phrase> of"
// reads the same whether the one accused is named or a common noun, even
// when the tagger reads the gerund after "state of" or "government of" as
// a noun; an "-ing" noun with no object ("of wrongdoing") is no charge to
// report.
func TestChargeAfterCommonNoun(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	f := newFinder(t)
	for _, c := range []struct{ text, want string }{
		{"Algeria accused Rabat of politicising sport and summoned its envoy.", "politicising sport"},
		{"Algeria accused the neighbouring state of politicising sport and summoned its envoy.", "politicising sport"},
		{"Algeria accused the government of politicising sport and summoned its envoy.", "politicising sport"},
		{"Algeria accused the neighbouring state of politicising sport.", "politicising sport"},
		{"The union accused the minister of wrongdoing.", ""},
	} {
		var got []string
		for _, q := range f.Find(tagged(t, c.text)) {
			got = append(got, strings.TrimSpace(q.Text))
		}
		want := []string{}
		if c.want != "" {
			want = append(want, c.want)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: quotes %q, want %q", c.text, got, want)
		}
	}
}
