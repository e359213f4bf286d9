package keywords

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestVariantStems checks which pairs of words of one article end up as one
// stem, Porter's joins and variantStems' together: the derivational
// variants a reader takes for one topic join; words the suffixes only look
// alike in stay apart. (Porter alone joins some of the second kind, as
// "report" and "reporter" or "general" and "generation"; the rows here are
// pairs it keeps apart, which variantStems must not join.)
func TestVariantStems(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
		// also holds more words of the article, which can make a stem a
		// wider family than the rule's base.
		also []string
	}{
		// Joined by the rules.
		{a: "migrant", b: "migration", same: true},
		{a: "migrants", b: "migrations", same: true},
		{a: "migrants", b: "migration", same: true, also: []string{"migrate", "migrated"}},
		{a: "inflationary", b: "inflation", same: true},
		{a: "revolutionary", b: "revolution", same: true},
		{a: "terrorist", b: "terrorism", same: true},
		{a: "terrorists", b: "terror", same: true, also: []string{"terrorism"}},
		{a: "extremists", b: "extremism", same: true},
		{a: "variant", b: "variation", same: true},
		// Joined by Porter already.
		{a: "protest", b: "protesters", same: true},
		{a: "negotiation", b: "negotiators", same: true},
		// Apart: -ment, -al and -ent are no suffixes here, nor plain -er/-or.
		{a: "state", b: "statement"},
		{a: "present", b: "president"},
		{a: "investor", b: "invest"},
		{a: "success", b: "successor"},
		{a: "government", b: "governor"},
		{a: "director", b: "direction"},
		{a: "conductor", b: "conduct"},
		{a: "traders", b: "trade"},
		// Apart: -ary on a short or concrete noun.
		{a: "station", b: "stationary"},
		{a: "document", b: "documentary"},
		{a: "mission", b: "missionary"},
		{a: "military", b: "militants"},
		// Apart: -ation on a word that is no -ant's process.
		{a: "plant", b: "plantation"},
		// Apart: Porter's "commun" holds "community" too, a wider family
		// than "communism": "communist" is not joined to it.
		{a: "communist", b: "community", also: []string{"communism"}},
		// Apart: without the base in the article nothing joins.
		{a: "migrant", b: "migrate"},
		{a: "terrorist", b: "terror"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			forms := map[string]string{}
			for _, w := range append([]string{tt.a, tt.b}, tt.also...) {
				forms[w] = Stem(w)
			}
			v := variantStems(forms)
			stem := func(w string) string {
				if to, ok := v[forms[w]]; ok {
					return to
				}
				return forms[w]
			}
			if got := stem(tt.a) == stem(tt.b); got != tt.same {
				t.Errorf("%s (%s) and %s (%s) one stem = %v, want %v (joins %v)", tt.a, stem(tt.a), tt.b, stem(tt.b), got, tt.same, v)
			}
		})
	}
}

// An article about migrants and migration lists them as one keyphrase, in
// the form it uses most.
func TestDerivationalVariantsOneKeyphrase(t *testing.T) {
	text := "Migrants crossed the border. The migrants waited at a camp. Migration has doubled. " +
		"Officials said migrants need shelter. Officials blamed migration."
	a := taggedArticle(text, [][2]string{{"Migrants", "NNS"}, {"crossed", "VBD"}, {"the", "DT"}, {"border", "NN"}, {".", "."},
		{"The", "DT"}, {"migrants", "NNS"}, {"waited", "VBD"}, {"at", "IN"}, {"a", "DT"}, {"camp", "NN"}, {".", "."},
		{"Migration", "NN"}, {"has", "VBZ"}, {"doubled", "VBN"}, {".", "."},
		{"Officials", "NNS"}, {"said", "VBD"}, {"migrants", "NNS"}, {"need", "VBP"}, {"shelter", "NN"}, {".", "."},
		{"Officials", "NNS"}, {"blamed", "VBD"}, {"migration", "NN"}, {".", "."}})
	kws := New(Config{}).Extract(a)
	var family []string
	for _, k := range kws {
		if strings.HasPrefix(strings.ToLower(k.Phrase), "migra") {
			family = append(family, k.Phrase)
		}
	}
	if len(family) != 1 || !strings.EqualFold(family[0], "migrants") {
		t.Errorf("migrant family listed as %q, want one keyphrase shown as migrants (keywords %v)", family, kws)
	}
}

// A name holding a word of a joined family keeps its own stem: it is still
// the entity of its actor, and the family in running text stays a topic of
// its own rather than folding into the name.
func TestDerivationalVariantsBesideNames(t *testing.T) {
	text := "Migrants crossed the border. The Migration Agency opened a camp. The Migration Agency said migrants waited. " +
		"Migration has doubled."
	a := taggedArticle(text, [][2]string{{"Migrants", "NNS"}, {"crossed", "VBD"}, {"the", "DT"}, {"border", "NN"}, {".", "."},
		{"The", "DT"}, {"Migration", "NNP"}, {"Agency", "NNP"}, {"opened", "VBD"}, {"a", "DT"}, {"camp", "NN"}, {".", "."},
		{"The", "DT"}, {"Migration", "NNP"}, {"Agency", "NNP"}, {"said", "VBD"}, {"migrants", "NNS"}, {"waited", "VBD"}, {".", "."},
		{"Migration", "NN"}, {"has", "VBZ"}, {"doubled", "VBN"}, {".", "."}})
	const agency = "SWE_MIGRATION_AGENCY" // any actor ID: the test reads it back
	for _, s := range a.Sentences[1:3] {
		e := model.Entity{Text: "Migration Agency", Type: model.EntityOrg, ActorID: agency, Start: s.Tokens[1].Start, End: s.Tokens[2].End}
		a.Entities = append(a.Entities, e)
	}
	list, _, _ := New(Config{}).scored(a)
	shown := map[string]*candidate{}
	for _, c := range list {
		shown[strings.ToLower(bestForm(c.forms))] = c
	}
	if c := shown["migration agency"]; c == nil || !c.entity || c.actor != agency {
		t.Errorf("Migration Agency = %+v, want the entity of actor %s", c, agency)
	}
	if c := shown["migrants"]; c == nil || c.count != 3 {
		t.Errorf("migrants = %+v, want a candidate of the 2 migrants and the migration outside the name", c)
	}
}
