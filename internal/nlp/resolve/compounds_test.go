package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// ent is a tagger entity given by its text (the first occurrence at or
// after the previous entity) and type.
type ent struct{ text, typ string }

// tagged builds an article whose tagger output is ents, in order.
func tagged(t *testing.T, text string, ents []ent) *model.Article {
	t.Helper()
	art := article(text, "2024-05-01")
	at := 0
	for _, e := range ents {
		i := strings.Index(text[at:], e.text)
		if i < 0 {
			t.Fatalf("%q not in %q after %d", e.text, text, at)
		}
		s := at + i
		art.Entities = append(art.Entities, model.Entity{Text: e.text, Type: e.typ, Start: s, End: s + len(e.text)})
		at = s + len(e.text)
	}
	return art
}

// got lists the entities as "text/TYPE/actor/country".
func got(art *model.Article) []string {
	var out []string
	for _, e := range art.Entities {
		if e.Type == EntityRole {
			continue
		}
		out = append(out, e.Text+"/"+e.Type+"/"+e.ActorID+"/"+e.Country)
	}
	return out
}

// compoundCase is a text with the tagger's entities (nil: none) and the
// entities the resolver should leave, as got writes them.
type compoundCase struct {
	name string
	text string
	ents []ent
	want []string
}

func runCompoundCases(t *testing.T, s *Stage, cases []compoundCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			art := tagged(t, tc.text, tc.ents)
			s.Resolve(art)
			if g := got(art); strings.Join(g, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got  %v\nwant %v", g, tc.want)
			}
		})
	}
}

func TestCompoundNames(t *testing.T) {
	s := newStage(t)
	runCompoundCases(t, s, []compoundCase{
		{"a peninsula after a nationality is a place",
			"The envoy called for the denuclearization of the Korean Peninsula.",
			[]ent{{"Korean", "NORP"}},
			[]string{"Korean Peninsula/LOC/loc:korean_peninsula/"}},
		{"wire style writes the peninsula in lower case",
			"Tensions on the Korean peninsula rose again.",
			[]ent{{"Korean", "NORP"}},
			[]string{"Korean peninsula/LOC/loc:korean_peninsula/"}},
		{"a strait after a place",
			"Two destroyers sailed through the Taiwan Strait on Monday.",
			[]ent{{"Taiwan", "GPE"}},
			[]string{"Taiwan Strait/LOC/loc:taiwan_strait/"}},
		{"a gulf after a nationality",
			"Tankers in the Persian Gulf slowed down.",
			[]ent{{"Persian", "NORP"}},
			[]string{"Persian Gulf/LOC/loc:persian_gulf/"}},
		{"a war is an event, no nationality",
			"The armistice that ended the Korean War was signed in 1953.",
			[]ent{{"Korean", "NORP"}},
			[]string{"Korean War/MISC//"}},
		{"a war tagged whole as an organisation is an event",
			"Veterans of the Vietnam War gathered in Hanoi.",
			[]ent{{"Vietnam War", "ORG"}, {"Hanoi", "GPE"}},
			[]string{"Vietnam War/MISC//", "Hanoi/GPE/place:VNM:hanoi/VNM"}},
		{"a nationality before a common noun stays one",
			"Korean exporters welcomed the deal.",
			[]ent{{"Korean", "NORP"}},
			[]string{"Korean/NORP/KOR/KOR"}},
		{"an organisation's name with a channel word is left whole",
			"The Discovery Channel aired the film.",
			[]ent{{"Discovery Channel", "ORG"}},
			[]string{"Discovery Channel/ORG/doc:org:discovery_channel/"}},
	})
}

func TestHyphenPairs(t *testing.T) {
	s := newStage(t)
	runCompoundCases(t, s, []compoundCase{
		{"a pair tagged as one place gives both sides",
			"Next month's U.S.-South Korea drills may prove a test.",
			[]ent{{"U.S.-South Korea", "GPE"}},
			[]string{"U.S./GPE/USA/USA", "South Korea/GPE/KOR/KOR"}},
		{"a pair the tagger missed",
			"The U.S.-China trade talks resumed in Geneva.",
			[]ent{{"Geneva", "GPE"}},
			[]string{"U.S./GPE/USA/USA", "China/GPE/CHN/CHN", "Geneva/GPE/city:CHE:geneve/CHE"}},
		{"a country and an armed group",
			"Fighting in the Israel-Hamas war went on overnight.",
			nil,
			[]string{"Israel/GPE/ISR/ISR", "Hamas/ORG/PSE.REB.HAMAS/PSE"}},
		{"a pair with one side tagged",
			"Officials praised China-DPRK ties.",
			[]ent{{"DPRK", "GPE"}},
			[]string{"China/GPE/CHN/CHN", "DPRK/GPE/PRK/PRK"}},
		{"a country named with a hyphen is one country",
			"Troops crossed into Guinea-Bissau on Friday.",
			[]ent{{"Guinea-Bissau", "GPE"}},
			[]string{"Guinea-Bissau/GPE/GNB/GNB"}},
		{"a name running past the pair is left whole",
			"The U.S.-China Business Council met on Friday.",
			[]ent{{"U.S.-China Business Council", "ORG"}},
			[]string{"U.S.-China Business Council/ORG/doc:org:us_china_business_council/"}}, // one body of its own, of neither side (bilateralName)
		{"a bilateral body named after two countries has no country",
			"The Japan-Korea Friendship Association said the visit went well.",
			[]ent{{"Japan-Korea Friendship Association", "ORG"}},
			[]string{"Japan-Korea Friendship Association/ORG/doc:org:japan_korea_friendship_association/"}},
		{"a pair tagged as an organisation alone is still the first side",
			"Officials said U.S.-Iran relations were strained.",
			[]ent{{"U.S.-Iran", "ORG"}},
			[]string{"U.S./GPE/USA/USA", "Iran/GPE/IRN/IRN"}},
		{"a lower-case second part is no pair",
			"The U.S.-led coalition withdrew.",
			[]ent{{"U.S.-led", "GPE"}},
			[]string{"U.S.-led/GPE/USA/USA"}},
	})
}

func TestDatelineAgency(t *testing.T) {
	s := newStage(t)
	for _, tc := range []compoundCase{
		{"an agency the tagger read as a place",
			"OTTAWA (Newsgraph Wire) - The talks resumed on Monday.",
			[]ent{{"OTTAWA", "GPE"}, {"Newsgraph Wire", "LOC"}},
			[]string{"OTTAWA/GPE/place:CAN:ottawa/CAN", "Newsgraph Wire/ORG/doc:org:newsgraph_wire/"}},
		{"an agency the tagger missed",
			"LUSAKA, March 3 (Harbour Wire) - The count went on.",
			[]ent{{"LUSAKA", "GPE"}},
			[]string{"LUSAKA/GPE/place:ZMB:lusaka/ZMB", "Harbour Wire/ORG/doc:org:harbour_wire/"}},
		{"parentheses outside a dateline are left alone",
			"The Lusaka (Zambia) office closed.",
			[]ent{{"Lusaka", "GPE"}, {"Zambia", "GPE"}},
			[]string{"Lusaka/GPE/ZMB/ZMB", "Zambia/GPE/ZMB/ZMB"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			art := tagged(t, tc.text, tc.ents)
			s.Resolve(art)
			if g := got(art); strings.Join(g, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got  %v\nwant %v", g, tc.want)
			}
			for _, e := range art.Entities {
				if strings.HasSuffix(e.Text, "Wire") && e.Sector != "media" {
					t.Errorf("%s: sector %q, want media", e.Text, e.Sector)
				}
			}
		})
	}
}

func TestPartyBodies(t *testing.T) {
	s := newStage(t)
	runCompoundCases(t, s, []compoundCase{
		{"the party named before",
			"The Workers' Party of Korea said its Party Central Committee would meet in Pyongyang.",
			[]ent{{"Workers' Party of Korea", "ORG"}, {"Party Central Committee", "ORG"}, {"Pyongyang", "GPE"}},
			[]string{"Workers' Party of Korea/ORG/PRK.PTY.WPK/PRK", "Party Central Committee/ORG/PRK.PTY.WPK/PRK", "Pyongyang/GPE/place:PRK:pyongyang/PRK"}},
		{"the party named in the body's name",
			"The Central Committee of the Communist Party of China met on Monday.",
			[]ent{{"Central Committee of the Communist Party of China", "ORG"}},
			[]string{"Central Committee of the Communist Party of China/ORG/CHN.PTY.CCP/CHN"}},
		{"the only party, named after the body",
			"A plenary meeting of the Politburo was held. The Workers' Party of Korea announced no agenda.",
			[]ent{{"Politburo", "ORG"}, {"Workers' Party of Korea", "ORG"}},
			[]string{"Politburo/ORG/PRK.PTY.WPK/PRK", "Workers' Party of Korea/ORG/PRK.PTY.WPK/PRK"}},
		{"no party in sight: no guess",
			"The Party Central Committee met on Monday.",
			[]ent{{"Party Central Committee", "ORG"}},
			[]string{"Party Central Committee/ORG/doc:org:party_central_committee/"}},
	})
}
