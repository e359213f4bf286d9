package resolve

import (
	"strings"
	"testing"
)

// TestPairPhrases: "the two countries", "both sides", "the two leaders"
// stand for the two parties named last before them.
func TestPairPhrases(t *testing.T) {
	s := newStage(t)
	for _, tc := range []struct {
		name, text string
		ents       []ent
		want       []string // pair entities as "text=id1,id2"
	}{
		{"the two countries after two states",
			"Armenia and Azerbaijan signed a draft accord. The two countries fought a war in 2020.",
			[]ent{{"Armenia", "GPE"}, {"Azerbaijan", "GPE"}},
			[]string{"two countries=ARM,AZE"}},
		{"both sides in the same sentence as the parties",
			"Ukraine accused Russia of shelling the plant, and both sides traded blame.",
			[]ent{{"Ukraine", "GPE"}, {"Russia", "GPE"}},
			[]string{"both sides=UKR,RUS"}},
		{"the two leaders are the persons, not their countries",
			"Chinese President Xi Jinping met U.S. President Joe Biden. The two leaders agreed to talk.",
			[]ent{{"Chinese", "NORP"}, {"Xi Jinping", "PER"}, {"U.S.", "GPE"}, {"Joe Biden", "PER"}},
			[]string{"two leaders=person:xi_jinping,person:joe_biden"}},
		{"the two countries are states even after persons",
			"Xi Jinping met Joe Biden in Beijing after China and the United States agreed. The two countries will meet again.",
			[]ent{{"Xi Jinping", "PER"}, {"Joe Biden", "PER"}, {"Beijing", "GPE"}, {"China", "GPE"}, {"United States", "GPE"}},
			[]string{"two countries=CHN,USA"}},
		{"a sentence naming one country keeps the pair before it",
			"Japan and South Korea held talks. Seoul said the meeting went well. Both governments will meet again.",
			[]ent{{"Japan", "GPE"}, {"South Korea", "GPE"}, {"Seoul", "GPE"}},
			[]string{"Both governments=JPN.GOV,KOR.GOV"}},
		{"the two governments are the parties' governments, named by country or by leader",
			"Kenya and Uganda held talks. The two governments agreed. Chinese President Xi Jinping met U.S. President Joe Biden. Both governments said trade would grow.",
			[]ent{{"Kenya", "GPE"}, {"Uganda", "GPE"}, {"Chinese", "NORP"}, {"Xi Jinping", "PER"}, {"U.S.", "GPE"}, {"Joe Biden", "PER"}},
			[]string{"two governments=KEN.GOV,UGA.GOV", "Both governments=CHN.GOV,USA.GOV"}},
		{"no pair with one country named",
			"Kenya held elections. Both sides claimed victory.",
			[]ent{{"Kenya", "GPE"}},
			nil},
		{"two of something else is no pair phrase",
			"Kenya and Uganda met. The two officials spoke, and the two sides agreed.",
			[]ent{{"Kenya", "GPE"}, {"Uganda", "GPE"}},
			[]string{"two sides=KEN,UGA"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			art := tagged(t, tc.text, tc.ents)
			s.Resolve(art)
			var pairs []string
			for _, e := range art.Entities {
				if len(e.ActorIDs) > 0 {
					if e.ActorID != "" {
						t.Errorf("%q: pair entity has ActorID %q too", e.Text, e.ActorID)
					}
					pairs = append(pairs, e.Text+"="+strings.Join(e.ActorIDs, ","))
					if strings.HasSuffix(e.Text, "governments") && e.Sector != "government" {
						t.Errorf("%q: sector %q", e.Text, e.Sector)
					}
				}
			}
			if strings.Join(pairs, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got  %v\nwant %v", pairs, tc.want)
			}
		})
	}
}
