package resolve

import "testing"

// TestShortHeadNamesTheBodyNamedBefore: a body's head noun used alone and
// capitalised ("Commission chairman ...", "the Alliance said") is the body
// of that head the report has just named in full, not the well-known body
// the knowledge base files under the bare word (the European Commission);
// with no such body named first, the knowledge base's reading stands.
func TestShortHeadNamesTheBodyNamedBefore(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       string // actor id of the last entity
	}{
		{"an electoral commission named first",
			"LUSAKA (Reuters) - The National Electoral Commission declared the result on Sunday. Commission chairman Peter Banda said turnout was high.",
			[][2]string{{"LUSAKA", "GPE"}, {"National Electoral Commission", "ORG"}, {"Commission", "ORG"}, {"Peter Banda", "PER"}}, "doc:org:national_electoral_commission"},
		{"a known commission named first",
			"WASHINGTON (Reuters) - The Federal Trade Commission sued the retailer on Monday. The Commission said the merger would raise prices.",
			[][2]string{{"WASHINGTON", "GPE"}, {"Federal Trade Commission", "ORG"}, {"Commission", "ORG"}}, "USA.GOV.FTC"},
		{"no commission named first keeps the knowledge base's reading",
			"BRUSSELS (Reuters) - The Commission proposed new steel tariffs on Monday.",
			[][2]string{{"BRUSSELS", "GPE"}, {"Commission", "ORG"}}, "EUR.COM"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-08-18", c.ents)
			var got string
			for _, e := range art.Entities {
				if e.Text == "Commission" {
					got = e.ActorID
				}
			}
			if got != c.want {
				t.Errorf("Commission -> %q, want %q", got, c.want)
			}
		})
	}
}
