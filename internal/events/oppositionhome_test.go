package events

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPairedOpposition: a government mention with a country joined to the
// opposition by "and", on either side, gives the opposition that
// country; a government and the opposition not so joined, or joined to
// the governments of two countries, give none.
func TestPairedOpposition(t *testing.T) {
	for _, c := range []struct {
		name, text string
		govs       []string // "<country>:<government mention's first occurrence text>"
		want       string
	}{
		{"government first", "Venezuela's government and the opposition signed an agreement.", []string{"VEN:government"}, "VEN"},
		{"main opposition", "Venezuela's government and the main opposition held talks.", []string{"VEN:government"}, "VEN"},
		{"largest opposition party", "Venezuela's government and the largest opposition party held talks.", []string{"VEN:government"}, "VEN"},
		{"biggest opposition", "Venezuela's government and the biggest opposition bloc held talks.", []string{"VEN:government"}, "VEN"},
		{"leading opposition party first", "The leading opposition party and the Nicaraguan government met in Oslo.", []string{"NIC:government"}, "NIC"},
		{"opposition first", "The opposition and the Sudanese government signed a ceasefire.", []string{"SDN:government"}, "SDN"},
		{"opposition first, possessive", "The opposition and Nicaragua's government met in Oslo.", []string{"NIC:government"}, "NIC"},
		// Near misses.
		{"not joined", "Venezuela's government accused the opposition of plotting.", []string{"VEN:government"}, ""},
		{"former opposition", "Venezuela's government and the former opposition held talks.", []string{"VEN:government"}, ""},
		{"comma between", "Venezuela's government, and later the opposition, welcomed it.", []string{"VEN:government"}, ""},
		{"two governments", "Kenya's government and the opposition met. The opposition and Uganda's government met.", []string{"KEN:government", "UGA:Uganda's government"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Article{Text: c.text}
			for _, g := range c.govs {
				cc, phrase, _ := strings.Cut(g, ":")
				start := strings.Index(c.text, phrase)
				if strings.HasSuffix(phrase, "government") {
					start += len(phrase) - len("government")
				}
				a.Entities = append(a.Entities, model.Entity{Text: "government", Type: "ROLE", Start: start, End: start + len("government"), Country: cc, Sector: kb.SectorGovernment})
			}
			if got := pairedOpposition(a); got != c.want {
				t.Errorf("pairedOpposition(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}
