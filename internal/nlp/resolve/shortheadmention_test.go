package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestShortHeadMentions: a capitalised head word after "the" that the
// tagger left alone ("the Fund", "the Agency", "the Commission") is the
// body of that head named in full before it; lower-case, before "of" or a
// capitalised word, or with no such body named, it is no entity.
func TestShortHeadMentions(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		head       string // the word read
		want       string // its actor; "" for no entity
	}{
		{"the Fund after the International Monetary Fund",
			"The International Monetary Fund suspended its review of Kenya's loan programme on Tuesday. Finance Minister John Mbadi said the government would cooperate fully with the Fund.",
			[][2]string{{"International Monetary Fund", "ORG"}, {"Kenya", "GPE"}, {"John Mbadi", "PER"}}, "Fund", "IMF"},
		{"the Agency after the IAEA's full name",
			"The International Atomic Energy Agency said on Monday that inspectors had been denied access. Officials in Tehran rejected the findings of the Agency.",
			[][2]string{{"International Atomic Energy Agency", "ORG"}, {"Tehran", "GPE"}}, "Agency", "IAEA"},
		{"the Bank after the World Bank",
			"The World Bank approved a new loan to Ghana on Wednesday. The finance ministry thanked the Bank for its support.",
			[][2]string{{"World Bank", "ORG"}, {"Ghana", "GPE"}}, "Bank", "WBK"},
		{"the Commission after the European Commission",
			"The European Commission fined the company on Tuesday. Its lawyers said they would appeal the decision of the Commission.",
			[][2]string{{"European Commission", "ORG"}}, "Commission", "EUR.COM"},
		{"lower-case, any fund",
			"The International Monetary Fund suspended its review on Tuesday. The government said the fund would be replenished.",
			[][2]string{{"International Monetary Fund", "ORG"}}, "fund", ""},
		{"part of a longer name",
			"The World Bank approved a loan on Tuesday. Officials at the Bank of Ghana welcomed it.",
			[][2]string{{"World Bank", "ORG"}}, "Bank", ""},
		{"no body of that head named",
			"Kenya's finance minister met donors on Tuesday. He said the government would cooperate fully with the Fund.",
			[][2]string{{"Kenya", "GPE"}}, "Fund", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-04", c.ents)
		got, found := "", false
		for _, e := range art.Entities {
			if e.Text == c.head && e.Type == model.EntityOrg {
				got, found = e.ActorID, true
			}
		}
		switch {
		case c.want == "" && found:
			t.Errorf("%s: %q read as %q, want no entity", c.name, c.head, got)
		case c.want != "" && !found:
			t.Errorf("%s: no entity %q in %v", c.name, c.head, art.Entities)
		case got != c.want:
			t.Errorf("%s: %q is %q, want %q", c.name, c.head, got, c.want)
		}
	}
}
