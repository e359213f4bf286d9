package resolve

import (
	"testing"
)

// TestShortTitleInPersonSpan: a short title the tagger put at the front of
// a person's span ("Sen. Leon Marsh" after a closing quotation mark) is
// read as the role it stands for, as it is before the span: the person is
// the bare name (one id with "Leon Marsh" elsewhere) and gets the role's
// sector. A word that only looks like a short title, with no period, is
// no title.
func TestShortTitleInPersonSpan(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, span, typ string
		id, sector            string
	}{
		{"a senator", `"This bill is dead," Sen. Leon Marsh said on Tuesday.`,
			"Sen. Leon Marsh", "PER", "doc:person:leon_marsh", "legislature"},
		{"a representative with a party tag", `"We have the votes," Rep. Tessa Orlov, D-Mich., told reporters.`,
			"Rep. Tessa Orlov", "PER", "doc:person:tessa_orlov", "legislature"},
		{"a governor", `"The order stands," Gov. Ray Dunnell said in a statement.`,
			"Gov. Ray Dunnell", "PER", "doc:person:ray_dunnell", "government"},
		{"near miss: no period, a given name", `"We will appeal," Gov Ray Dunnell said.`,
			"Gov Ray Dunnell", "PER", "doc:person:gov_ray_dunnell", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-01", [][2]string{{c.span, c.typ}})
			checkMention(t, art, c.span, c.id, "", c.sector)
		})
	}
}
