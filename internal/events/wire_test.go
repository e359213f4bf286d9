package events

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Constructions of wire copy found failing on sentences written for the
// purpose (none from a corpus): relative clauses before the verb, denials
// of a claim, reciprocal objects, the patient of a nominal event, and event
// nouns that only modify a word for people.
func TestWireConstructions(t *testing.T) {
	c := coder(t)
	tests := []struct {
		name string
		text string
		want []ev
		not  []ev
	}{
		{"relative clause before the verb", "Congolese rebels, who seized a Rwandan border town last month, attacked a Ugandan base on Sunday.",
			[]ev{{typ: "ASSAULT", src: "COD", tgt: "UGA"}}, []ev{{typ: "ASSAULT", src: "RWA"}}},
		{"relative clause with a preposition phrase", "Chadian police, who were deployed after clashes with Sudanese herders, arrested Nigerian traders.",
			[]ev{{typ: "COERCE", src: "TCD", tgt: "NGA"}}, []ev{{typ: "COERCE", src: "SDN", tgt: "NGA"}}},
		{"relative clause, possessive", "Iran, whose envoy was expelled from Bahrain, condemned Saudi Arabia.",
			[]ev{{typ: "ACCUSE", src: "IRN", tgt: "SAU"}}, []ev{{typ: "ACCUSE", src: "BHR", tgt: "SAU"}}},
		{"rejected claims is a denial", "Beijing rejected claims that it had supplied weapons to Russia.",
			nil, []ev{{typ: "REJECT", src: "CHN"}, {typ: "AID", src: "CHN", tgt: "RUS", polarity: "asserted"}}},
		{"dismissed reports is a denial", "Ghana dismissed reports that its troops had crossed into Togo and attacked a police post.",
			nil, []ev{{typ: "REJECT", src: "GHA"}, {typ: "ASSAULT", src: "GHA", polarity: "asserted"}}},
		{"a long denied clause", "Moscow denied that Russian units stationed near the border had shelled Ukrainian villages.",
			[]ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR", polarity: "negated"}}, []ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR", polarity: "asserted"}}},
		{"rejecting a proposal stays a refusal", "Tokyo rejected the Chinese proposal on Monday.",
			[]ev{{typ: "REJECT", src: "JPN", tgt: "CHN"}}, nil},
		{"each other", "Serbia and Croatia accused each other of stoking tensions.",
			[]ev{{typ: "ACCUSE", src: "SRB", tgt: "HRV"}, {typ: "ACCUSE", src: "HRV", tgt: "SRB"}}, nil},
		{"one another's", "Sudan and Chad shelled one another's positions overnight.",
			[]ev{{typ: "ASSAULT", src: "SDN", tgt: "TCD"}, {typ: "ASSAULT", src: "TCD", tgt: "SDN"}}, nil},
		{"the arrest of X by Y", "The arrest of a French journalist by Iranian police angered Paris.",
			[]ev{{typ: "COERCE", src: "IRN", tgt: "FRA"}}, nil},
		{"the expulsion of X by Y", "The expulsion of two Dutch diplomats by Venezuela was condemned in Europe.",
			[]ev{{typ: "SANCTION", src: "VEN", tgt: "NLD"}}, nil},
		{"coordinated objects with head nouns", "Austrian police arrested two Iranian nationals and a Turkish citizen.",
			[]ev{{typ: "COERCE", src: "AUT", tgt: "IRN"}, {typ: "COERCE", src: "AUT", tgt: "TUR"}}, nil},
		{"a new clause is no coordinated object", "Kenya arrested Somali smugglers and Ethiopian officials condemned the raid.",
			[]ev{{typ: "COERCE", src: "KEN", tgt: "SOM"}}, []ev{{typ: "COERCE", src: "KEN", tgt: "ETH"}}},
		{"a past participle after the main verb is passive", "Azerbaijan released five Armenian soldiers captured during the fighting.",
			[]ev{{typ: "RETREAT", src: "AZE", tgt: "ARM"}}, []ev{{typ: "ASSAULT", src: "ARM"}}},
		{"a past participle after a head noun is passive", "Ethiopia pardoned dozens of opposition figures jailed after the election.",
			nil, []ev{{typ: "COERCE", src: "ETH", tgt: "ETH"}}},
		{"the date of an after-clause is another event's", "The African Union suspended Niger after the military seized power in March.",
			[]ev{{typ: "SANCTION", src: "AFU", tgt: "NER", date: "-"}}, nil},
		{"the date of a fronted after-clause is another event's", "After the military seized power in March, the African Union suspended Niger.",
			[]ev{{typ: "SANCTION", src: "AFU", tgt: "NER", date: "-"}}, nil},
		{"a year modifying a noun dates that noun", "Ethiopia pardoned dozens of opposition figures jailed after the 2018 election.",
			[]ev{{typ: "CONCEDE", src: "ETH", tgt: "ETH", date: "-"}}, nil},
		{"a year modifying the trigger dates it", "The army staged the 2014 coup, Thai officials said.",
			[]ev{{typ: "COERCE", src: "THA", tgt: "THA", date: "2014"}}, nil},
		{"a participle after a time adjunct shares the main subject", "Eritrean exiles marched through London on Saturday demanding the release of political prisoners.",
			[]ev{{typ: "PROTEST", src: "ERI", tgt: "GBR"}, {typ: "REQUEST", src: "ERI"}}, []ev{{typ: "REQUEST", src: "GBR"}}},
		{"an active participle's subject is the noun it modifies", "Israeli troops fired on Palestinian protesters demanding the return of their land.",
			[]ev{{typ: "ASSAULT", src: "ISR", tgt: "PSE"}, {typ: "REQUEST", src: "PSE"}}, []ev{{typ: "REQUEST", src: "ISR"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, c, tt.text)
			for _, w := range tt.want {
				if !has(evs, w) {
					t.Errorf("missing %+v in %+v", w, views(evs))
				}
			}
			for _, w := range tt.not {
				if hasLoose(evs, w) {
					t.Errorf("unexpected %+v in %+v", w, views(evs))
				}
			}
		})
	}
}

// hasLoose is has with empty fields of want matching anything.
func hasLoose(evs []model.Event, want ev) bool {
	for _, e := range evs {
		v := view(e)
		if v.typ == want.typ && (want.src == "" || v.src == want.src) && (want.tgt == "" || v.tgt == want.tgt) &&
			(want.polarity == "" || v.polarity == want.polarity) {
			return true
		}
	}
	return false
}

// An event noun that modifies a word for people names those people ("a
// French aid worker"), with the tags a tagger gives.
func TestEventNounModifyingRole(t *testing.T) {
	c := coder(t)
	text := "The arrest of a French aid worker by Iranian authorities strained ties with Paris."
	evs := c.Code(&model.Article{Text: text}, pub, taggedSentence(text, []wordPOS{{"The", "DT"}, {"arrest", "NN"}, {"of", "IN"},
		{"a", "DT"}, {"French", "JJ"}, {"aid", "NN"}, {"worker", "NN"}, {"by", "IN"}, {"Iranian", "JJ"}, {"authorities", "NNS"},
		{"strained", "VBD"}, {"ties", "NNS"}, {"with", "IN"}, {"Paris", "NNP"}, {".", "."}}))
	if hasLoose(evs, ev{typ: "AID"}) {
		t.Errorf("aid worker coded as aid: %+v", views(evs))
	}
	if !has(evs, ev{typ: "COERCE", src: "IRN", tgt: "FRA"}) {
		t.Errorf("missing the arrest: %+v", views(evs))
	}
}

// Irregular past forms that are never nouns are verbs whatever the tagger
// says ("Britain froze/IN Russian assets").
func TestIrregularPastMistagged(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		words []wordPOS
		want  ev
	}{
		{[]wordPOS{{"Britain", "NNP"}, {"froze", "IN"}, {"Russian", "JJ"}, {"assets", "NNS"}, {".", "."}}, ev{typ: "SANCTION", src: "GBR", tgt: "RUS"}},
		{[]wordPOS{{"China", "NNP"}, {"lent", "NN"}, {"money", "NN"}, {"to", "IN"}, {"Kenya", "NNP"}, {".", "."}}, ev{typ: "AID", src: "CHN", tgt: "KEN"}},
	} {
		var ws []string
		for _, w := range tc.words[:len(tc.words)-1] {
			ws = append(ws, w.w)
		}
		text := strings.Join(ws, " ") + "."
		evs := c.Code(&model.Article{Text: text}, pub, taggedSentence(text, tc.words))
		if !has(evs, tc.want) {
			t.Errorf("%s: missing %+v in %+v", text, tc.want, views(evs))
		}
	}
}

// The same coordination with the tags a tagger gives.
func TestCoordinatedObjectsTagged(t *testing.T) {
	c := coder(t)
	text := "Austrian police arrested two Iranian nationals and a Turkish citizen suspected of spying."
	evs := c.Code(&model.Article{Text: text}, pub, taggedSentence(text, []wordPOS{{"Austrian", "JJ"}, {"police", "NNS"},
		{"arrested", "VBD"}, {"two", "CD"}, {"Iranian", "JJ"}, {"nationals", "NNS"}, {"and", "CC"}, {"a", "DT"}, {"Turkish", "JJ"},
		{"citizen", "NN"}, {"suspected", "VBN"}, {"of", "IN"}, {"spying", "VBG"}, {".", "."}}))
	for _, w := range []ev{{typ: "COERCE", src: "AUT", tgt: "IRN"}, {typ: "COERCE", src: "AUT", tgt: "TUR"}} {
		if !has(evs, w) {
			t.Errorf("missing %+v in %+v", w, views(evs))
		}
	}
}
