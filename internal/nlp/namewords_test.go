package nlp

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestFamilyNamesLikePronouns(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A person's name right after "He": the family name He.
		{"He Lifeng met the minister", "O B-PER O O O", "B-PER I-PER O O O"},
		{"Vice Premier He Lifeng said", "O O O B-PER O", "O O B-PER I-PER O"},
		{"On Tuesday , He Yadong told reporters", "O O O O B-PER O O", "O O O B-PER I-PER O O"},
		// The pronoun: a verb or a lower-case word after it.
		{"He said Ann Lee left", "O O B-PER I-PER O", "O O B-PER I-PER O"},
		{"He told Ann Lee", "O O B-PER I-PER", "O O B-PER I-PER"},
		// A long span after it is a name of its own; capitals say nothing.
		{"He Juan Carlos de Silva", "O B-PER I-PER I-PER I-PER", "O B-PER I-PER I-PER I-PER"},
		{"He LEE", "O B-PER", "O B-PER"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		familyNamesLikePronouns(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestGivenNamesLikeVerbs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A title, then "Said" and a name: the given name Said.
		{"Puntland President Said Abdullahi Deni condemned it", "B-LOC O O B-PER I-PER O O", "B-LOC O B-PER I-PER I-PER O O"},
		{"Interior Minister Said Omar spoke", "O O O B-PER O", "O O B-PER I-PER O"},
		// The verb: no title before it, or lower case.
		{"The President said Ann Lee left", "O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"Officials Said Ann Lee left", "O O B-PER I-PER O", "O O B-PER I-PER O"},
		// A headline in title case runs capitals on after the name.
		{"Minister Said Ann Lee Quit", "O O B-PER I-PER O", "O O B-PER I-PER O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		givenNamesLikeVerbs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestMonthsAreDates(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"the vote will be held in May .", "O O O O O O B-PER O", "O O O O O O O O"},
		{"talks since June have stalled", "O O B-PER O O", "O O O O O"},
		{"on May 5 the polls open", "O B-PER O O O O", "O O O O O O"},
		{"by 12 April 2020", "O O B-PER O", "O O O O"},
		// The person: her name without a date beside it.
		{"May said the deal was good", "B-PER O O O O O", "B-PER O O O O O"},
		{"a speech by May on Brexit", "O O O B-PER O B-MISC", "O O O B-PER O B-MISC"},
		{"confidence in May 's leadership", "O O B-PER O O", "O O B-PER O O"},
		{"Theresa May in 2019", "B-PER I-PER O O", "B-PER I-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		monthsAreDates(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

// TestNamesLikeWordsTagged runs the stage over our own wire-style
// sentences: a family name spelled like "He" stays in the person's name,
// and a month named like the person the article names stays a date.
func TestNamesLikeWordsTagged(t *testing.T) {
	st, err := New(Config{NoPOS: true})
	if err != nil {
		t.Fatal(err)
	}
	text := "He Lifeng met the trade envoy in Beijing on Friday.\n\n" +
		"Chinese Vice Foreign Minister He Yadong told reporters the visit had gone well.\n\n" +
		"Former prime minister Theresa May spoke on Monday. May said the party must unite before the election in May."
	a := &model.Article{Text: text, Paragraphs: strings.Split(text, "\n\n")}
	if err := st.Process(context.Background(), &model.Document{Article: a}); err != nil {
		t.Fatal(err)
	}
	persons := map[string]int{}
	for _, e := range a.Entities {
		if e.Type == model.EntityPerson {
			persons[e.Text]++
		}
	}
	want := map[string]int{"He Lifeng": 1, "He Yadong": 1, "Theresa May": 1, "May": 1}
	for name, n := range want {
		if persons[name] != n {
			t.Errorf("person %q tagged %d times, want %d (persons %v)", name, persons[name], n, persons)
		}
	}
	for _, bare := range []string{"Lifeng", "Yadong"} {
		if persons[bare] > 0 {
			t.Errorf("given name %q tagged without the family name He", bare)
		}
	}
}

func TestDeterminerAdverbs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"told a rally in Ohio", "VBD DT RB IN NNP", "VBD DT NN IN NNP"},
		{"a key ally of the president", "DT JJ RB IN DT NN", "DT JJ NN IN DT NN"},
		{"the rally was peaceful", "DT RB VBD JJ", "DT NN VBD JJ"},
		{"joined the rally outside parliament", "VBD DT RB RB NN", "VBD DT NN RB NN"},
		{"for a highly unusual rally .", "IN DT RB JJ RB .", "IN DT RB JJ NN ."},
		{"the party 's rally", "DT NN POS RB", "DT NN POS NN"},
		// Adverbs that modify the word after them stay adverbs.
		{"a very good year", "DT RB JJ NN", "DT RB JJ NN"},
		{"the then president", "DT RB NN", "DT RB NN"},
		{"a really very large crowd", "DT RB RB JJ NN", "DT RB RB JJ NN"},
		{"a highly paid job", "DT RB VBN NN", "DT RB VBN NN"},
		// Degree words and demonstratives: "this early in the season".
		{"a little over budget", "DT RB IN NN", "DT RB IN NN"},
		{"this early in the season", "DT RB IN DT NN", "DT RB IN DT NN"},
		{"she spoke quickly", "PRP VBD RB", "PRP VBD RB"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		determinerAdverbs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestPrefixedPasts(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The cases the tagger got wrong: a prefixed irregular past read as
		// a noun, an adverb or a present tense.
		{"the army retook the town", "DT NN NN DT NN", "DT NN VBD DT NN"},
		{"troops withdrew", "NNS RB", "NNS VBD"},
		{"aid workers withdrew from the town", "PRP$ NNS IN IN DT NN", "PRP$ NNS VBD IN DT NN"},
		{"rebels overran the base", "NNS VBP DT NN", "NNS VBD DT NN"},
		{"protesters overthrew the governor", "NNS VBP DT NN", "NNS VBD DT NN"},
		{"the firm undertook a review", "DT NN NN DT NN", "DT NN VBD DT NN"},
		// A participle-only form is VBN; a shared form is VBN after an
		// auxiliary (adverbs between) and VBD otherwise.
		{"the town was retaken", "DT NN VBD NN", "DT NN VBD VBN"},
		{"they had since rebuilt it", "PRP VBD RB NN PRP", "PRP VBD RB VBN PRP"},
		{"the court upheld the ban", "DT NN NN DT NN", "DT NN VBD DT NN"},
		// The first word of a sentence may be capitalised.
		{"Withdrew troops", "NNP NNS", "VBD NNS"},
		// Left alone: tags that are already verbs or adjectives, nouns made
		// with the same prefixes, un- adjectives, names and other words.
		{"the army retook the town", "DT NN VBD DT NN", "DT NN VBD DT NN"},
		{"a mistaken belief", "DT JJ NN", "DT JJ NN"},
		{"an outspoken critic", "DT JJ NN", "DT JJ NN"},
		{"the upshot was", "DT NN VBD", "DT NN VBD"},
		{"they resent it", "PRP VBP PRP", "PRP VBP PRP"},
		{"an unknown gunman", "DT NN NN", "DT NN NN"},
		{"with forethought", "IN NN", "IN NN"},
		{"Mr Retook spoke", "NNP NNP VBD", "NNP NNP VBD"},
		{"the output rose", "DT NN VBD", "DT NN VBD"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		prefixedPasts(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestNounSubjectVerbs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"the bridge cost 2 million euros", "DT NN NN CD CD NNS", "DT NN VBD CD CD NNS"},
		{"the new bridge cost $ 40 million", "DT JJ NN NN $ CD CD", "DT JJ NN VBD $ CD CD"},
		{"the two carmakers cut their forecasts", "DT CD NNS NN PRP$ NNS", "DT CD NNS VBP PRP$ NNS"},
		{"the carmakers cut their forecasts", "DT NNS NN PRP$ NNS", "DT NNS VBP PRP$ NNS"},
		{"her company set a record", "PRP$ NN NN DT NN", "PRP$ NN VBD DT NN"},
		// Kept: a compound before a preposition or verb, no determiner
		// opening the subject, a word no unchanged verb.
		{"a tax cut of 2 percent", "DT NN NN IN CD NN", "DT NN NN IN CD NN"},
		{"the price cut was 2 percent", "DT NN NN VBD CD NN", "DT NN NN VBD CD NN"},
		{"prices cut 2 percent", "NNS NN CD NN", "NNS NN CD NN"},
		{"the bridge toll 2 euros", "DT NN NN CD NNS", "DT NN NN CD NNS"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		nounSubjectVerbs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestParticleVerbs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"the government shut down the internet", "DT NN NN RP DT NN", "DT NN VBD RP DT NN"},
		{"Pakistan shut down mobile internet", "JJ NN RP JJ NN", "JJ VBD RP JJ NN"},
		{"protesters cut off the road", "NNS NN RP DT NN", "NNS VBP RP DT NN"},
		{"it cut off aid", "PRP NN RP NN", "PRP VBD RP NN"},
		// Kept: no particle, no object after it, a lower-case adjective
		// before it, a capitalised form, a word no unchanged verb.
		{"a tax cut of 2 percent", "DT NN NN IN CD NN", "DT NN NN IN CD NN"},
		{"the budget cut back .", "DT NN NN RP .", "DT NN NN RP ."},
		{"a deep cut off the coast", "DT JJ NN RP DT NN", "DT JJ NN RP DT NN"},
		{"the Shut Down campaign", "DT NNP NN RP NN", "DT NNP NN RP NN"},
		{"the government crackdown on protesters", "DT NN NN RP NNS", "DT NN NN RP NNS"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		particleVerbs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestObjectPlurals(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Japan offered relief supplies to Manila", "NNP VBD NN VBZ TO NNP", "NNP VBD NN NNS TO NNP"},
		{"the government released emergency funds for farmers", "DT NN VBD NN VBZ IN NNS", "DT NN VBD NN NNS IN NNS"},
		// Kept: a name or a determiner's noun phrase as the subject, no
		// verb before the modifier, a word with no noun reading here.
		{"said Japan supplies gas to Manila", "VBD NNP VBZ NN TO NNP", "VBD NNP VBZ NN TO NNP"},
		{"said the state funds schools", "VBD DT NN VBZ NNS", "VBD DT NN VBZ NNS"},
		{"thinks aid helps", "VBZ NN VBZ", "VBZ NN VBZ"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		objectPlurals(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestPronounVerbs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"said it cost 2 million euros", "VBD PRP RB CD CD NNS", "VBD PRP VBD CD CD NNS"},
		{"he quit the party", "PRP NN DT NN", "PRP VBD DT NN"},
		{"they cut taxes", "PRP NN NNS", "PRP VBP NNS"},
		// Kept: a verb tag, a word no unchanged verb, no pronoun before.
		{"it cost more", "PRP VBD RBR", "PRP VBD RBR"},
		{"it rally", "PRP NN", "PRP NN"},
		{"the cost rose", "DT NN VBD", "DT NN VBD"},
		{"their cut", "PRP$ NN", "PRP$ NN"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		pronounVerbs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestMenPlurals(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"gunmen backed by Rwanda attacked", "VBN VBN IN NNP VBD", "NNS VBN IN NNP VBD"},
		{"Gunmen backed by Rwanda attacked", "VBN VBN IN NNP VBD", "NNS VBN IN NNP VBD"},
		{"two policemen were hurt", "CD VBN VBD VBN", "CD NNS VBD VBN"},
		{"women marched", "VBN VBD", "NNS VBD"},
		// Kept: a noun tag, a singular "-men" word, a name inside the
		// sentence.
		{"militiamen fired", "NNS VBD", "NNS VBD"},
		{"the omen was", "DT VBN VBD", "DT VBN VBD"},
		{"troops in Yemen", "NNS IN VBN", "NNS IN VBN"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		menPlurals(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestSubjectPasts(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The cases the tagger got wrong: an irregular past after a
		// plural subject read as a noun, or as a present tense.
		{"fighter jets flew near the island", "NN NNS NN IN DT NN", "NN NNS VBD IN DT NN"},
		{"gunmen fled into the forest", "NNS NN IN DT NN", "NNS VBD IN DT NN"},
		{"drones flew over the capital", "NNS VBP IN DT NN", "NNS VBD IN DT NN"},
		{"warplanes struck targets", "NNS VBP NNS", "NNS VBD NNS"},
		{"fled the town and struck a convoy", "VBD DT NN CC VB DT NN", "VBD DT NN CC VBD DT NN"},
		{"the rebels fought .", "DT NNS NN .", "DT NNS VBD ."},
		{"the economy shrank 2 percent", "DT NN NN CD NN", "DT NN VBD CD NN"},
		// A form that is a noun too is a verb before the amount or the
		// manner of a change, and needs its tense when read as a verb.
		{"prices rose 2 percent", "NNS NN CD NN", "NNS VBD CD NN"},
		{"output fell sharply in March", "NN NN RB IN NNP", "NN VBD RB IN NNP"},
		{"exports fell 5 percent", "NNS VBP CD NN", "NNS VBD CD NN"},
		// "to", "by" or "from" and a quantity give the level a change reached.
		{"the death toll rose to 40 .", "DT NN NN NN TO CD .", "DT NN NN VBD TO CD ."},
		{"exports fell by 3 percent", "NNS NN IN CD NN", "NNS VBD IN CD NN"},
		{"the price rose from $ 2", "DT NN NN IN $ CD", "DT NN VBD IN $ CD"},
		// A comparative of a change read as an adjective is its degree.
		{"output fell further than expected", "NN NN JJR IN VBN", "NN VBD JJR IN VBN"},
		{"the currency fell further .", "DT NN NN JJR .", "DT NN VBD JJR ."},
		{"output rose higher than forecast", "NN NN JJR IN NN", "NN VBD JJR IN NN"},
		{"troops drove further into the city", "NNS NN JJR IN DT NN", "NNS VBD JJR IN DT NN"},
		// A rise or a fall takes no object: before a preposition or at
		// the end of the clause it is the verb.
		{"the Nasdaq rose for a seventh session", "DT NNP NN IN DT JJ NN", "DT NNP VBD IN DT JJ NN"},
		{"shares opened higher and fell in late trading", "NNS VBD JJR CC NN IN JJ NN", "NNS VBD JJR CC VBD IN JJ NN"},
		{"the dollar fell .", "DT NN NN .", "DT NN VBD ."},
		// Rarer strong pasts the tagger reads as nouns.
		{"stocks swung between gains and losses", "NNS NN IN NNS CC NNS", "NNS VBD IN NNS CC NNS"},
		{"the yen slid against the dollar", "DT NN NN IN DT NN", "DT NN VBD IN DT NN"},
		{"a dispute arose over the border", "DT NN NN IN DT NN", "DT NN VBD IN DT NN"},
		{"the court forbade the march", "DT NN NN DT NN", "DT NN VBD DT NN"},
		{"the junta forgave the debts", "DT NN JJ DT NNS", "DT NN VBD DT NNS"},
		// A past read as a preposition: no past form is one.
		{"Russian forces struck only military targets", "JJ NNS IN RB JJ NNS", "JJ NNS VBD RB JJ NNS"},
		// A past a tagger read as a possessive ending after a plural.
		{"the rebels struck again", "DT NNS POS RB", "DT NNS VBD RB"},
		// Kept: forms that are nouns too, no noun before, a noun tag not
		// followed by a complement, a participle after an auxiliary, a name.
		{"protesters saw the convoy", "NNS NN DT NN", "NNS NN DT NN"},
		{"rose garden tours", "NN NN NNS", "NN NN NNS"},
		{"workers at the saw mill", "NNS IN DT NN NN", "NNS IN DT NN NN"},
		// must not: a preposition before a noun phrase, not a quantity.
		{"the garden rose to the left", "DT NN NN TO DT NN", "DT NN NN TO DT NN"},
		// must not: a rose or a fell after a determiner or an adjective,
		// and "led" before "by" (a participle).
		{"a white rose in her hair", "DT JJ NN IN PRP$ NN", "DT JJ NN IN PRP$ NN"},
		{"she held a rose .", "PRP VBD DT NN .", "PRP VBD DT NN ."},
		{"the fell above the town", "DT NN IN DT NN", "DT NN IN DT NN"},
		{"troops led by a general", "NNS NN IN DT NN", "NNS NN IN DT NN"},
		// must not: a comparative of quality after a noun ("a chain saw
		// larger than ..."), and one that is an object's adjective.
		{"a chain saw larger than a man", "DT NN NN JJR IN DT NN", "DT NN NN JJR IN DT NN"},
		{"a garden rose redder than wine", "DT NN NN JJR IN NN", "DT NN NN JJR IN NN"},
		{"the hand saw further cuts", "DT NN NN JJR NNS", "DT NN NN JJR NNS"},
		{"the fell walkers in the valley", "DT NN NNS IN DT NN", "DT NN NNS IN DT NN"},
		{"the flew was", "DT NN VBD", "DT NN VBD"},
		{"jets flew jets", "NNS NN NNS", "NNS NN NNS"},
		{"they have fought", "PRP VBP VBN", "PRP VBP VBN"},
		{"a film by Drew in Paris", "DT NN IN NNP IN NNP", "DT NN IN NNP IN NNP"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		subjectPasts(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestHeadlessParticiples(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"the strike killed five people", "DT JJ VBN CD NNS", "DT NN VBD CD NNS"},
		{"a blast wounded his brother", "DT JJ VBN PRP$ NN", "DT NN VBD PRP$ NN"},
		{"the storm destroyed the bridge", "DT JJ VBN DT NN", "DT NN VBD DT NN"},
		{"the blast wounded 20 soldiers", "DT JJ VBD CD NNS", "DT NN VBD CD NNS"},
		// Kept: an adjective that needs no noun reading, a participle
		// followed by its noun or a preposition, no determiner.
		{"the last reported 5 cases", "DT JJ VBN CD NNS", "DT JJ VBN CD NNS"},
		{"the wounded taken to hospital", "DT JJ VBN TO NN", "DT JJ VBN TO NN"},
		{"the Syrian backed 20 fighters", "DT JJ VBN CD NNS", "DT JJ VBN CD NNS"},
		{"the strike killed in Gaza", "DT JJ VBN IN NNP", "DT JJ VBN IN NNP"},
		{"strike killed five", "JJ VBN CD", "JJ VBN CD"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		headlessParticiples(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestNamesNotVerbs(t *testing.T) {
	for _, c := range []struct{ words, pos, ner, want string }{
		{"Beijing considers", "VBG NNS", "B-GPE O", "NNP _"},
		{"Nanjing opens", "VBG VBZ", "B-LOC O", "NNP _"},
		{"Shell cuts jobs", "NN NNS NNS", "B-ORG O O", "NNP _ _"},
		{"in New Reading", "IN NNP VBG", "O B-LOC I-LOC", "_ _ NNP"},
		// Nothing to fix: a participle the NER model leaves out, a
		// nationality adjective, a proper noun already, a headline in
		// capitals.
		{"Reading the report", "VBG DT NN", "O O O", ""},
		{"Chinese jets", "JJ NNS", "B-NORP O", ""},
		{"Beijing said", "NNP VBD", "B-GPE O", ""},
		{"BEIJING CONSIDERS", "VBG NNS", "B-GPE O", ""},
	} {
		words := strings.Fields(c.words)
		got := namesNotVerbs(words, strings.Fields(c.pos), strings.Fields(c.ner))
		want := []string(nil)
		if c.want != "" {
			want = strings.Fields(strings.ReplaceAll(c.want, "_", "-"))
			for i := range want {
				if want[i] == "-" {
					want[i] = ""
				}
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") || (got == nil) != (want == nil) {
			t.Errorf("%q: got %q, want %q", c.words, got, want)
		}
	}
}

// TestNameAndPastTags runs the taggers and the post-rules over wire-style
// sentences: a place whose name ends in "-ing" first in its sentence is a
// proper noun and the verb after it a verb; a past form after a plural
// subject is a verb, and so is an unchanged form ("cut", "set") after a
// clause-opening plural subject; an "-ed" form between a determiner's
// adjective and a noun is an adjective; an "-ing" noun and a
// sentence-opening participle keep their tags.
func TestNameAndPastTags(t *testing.T) {
	st, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Beijing steps up patrols near the island.\n\n" +
		"Beijing considers new tariffs on imported steel.\n\n" +
		"Nanjing opens a new airport.\n\n" +
		"Chinese fighter jets flew near the island on Tuesday.\n\n" +
		"The opening of the bridge was delayed.\n\n" +
		"Reading the report, the minister said the plan would fail.\n\n" +
		"Pakistani authorities cut internet services in Islamabad.\n\n" +
		"Lawmakers set 2026 as the deadline.\n\n" +
		"The official stated reason for the delay was bad weather.\n\n" +
		"Budget cuts hit the health service."
	a := &model.Article{Text: text, Paragraphs: strings.Split(text, "\n\n")}
	if err := st.Process(context.Background(), &model.Document{Article: a}); err != nil {
		t.Fatal(err)
	}
	got := map[[2]string]string{}
	for _, s := range a.Sentences {
		for i, tk := range s.Tokens {
			if i+1 < len(s.Tokens) {
				got[[2]string{tk.Text, s.Tokens[i+1].Text}] = tk.POS
			}
		}
	}
	for _, c := range []struct{ word, next, want string }{
		{"Beijing", "steps", "NNP"},
		{"steps", "up", "VBZ"},
		{"considers", "new", "VBZ"},
		{"Nanjing", "opens", "NNP"},
		{"opens", "a", "VBZ"},
		{"flew", "near", "VBD"},
		{"opening", "of", "NN"},
		{"Reading", "the", "VBG"},
		{"cut", "internet", "VBD"},
		{"set", "2026", "VBD"},
		{"stated", "reason", "JJ"},
		{"cuts", "hit", "NNS"},
		{"hit", "the", "VBD"},
	} {
		if g := got[[2]string{c.word, c.next}]; g != c.want {
			t.Errorf("%q before %q tagged %q, want %q", c.word, c.next, g, c.want)
		}
	}
}

func TestNameSubjectVerbs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Beijing considers new tariffs", "NNP NNS JJ NNS", "NNP VBZ JJ NNS"},
		{"Kenya sends the troops", "NNP NNS DT NNS", "NNP VBZ DT NNS"},
		{"Prime Minister Modi opens his campaign", "NNP NNP NNP NNS PRP$ NN", "NNP NNP NNP VBZ PRP$ NN"},
		{"on Monday , Beijing considers new tariffs", "IN NNP , NNP NNS JJ NNS", "IN NNP , NNP VBZ JJ NNS"},
		// Kept: a compound subject before its verb, a time phrase, a name
		// inside a prepositional phrase, "-ss" words, a name before.
		{"Beijing residents fear new lockdowns", "NNP NNS VBP JJ NNS", "NNP NNS VBP JJ NNS"},
		{"Beijing officials this week said", "NNP NNS DT NN VBD", "NNP NNS DT NN VBD"},
		{"in Beijing markets the price rose", "IN NNP NNS DT NN VBD", "IN NNP NNS DT NN VBD"},
		{"Kenya Airways the", "NNP NNS DT", "NNP NNS DT"},
		{"Beijing business new", "NNP NNS JJ", "NNP NNS JJ"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		nameSubjectVerbs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestPluralSubjectVerbs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The cases the tagger got wrong: an unchanged-form verb after a
		// clause-opening plural subject read as a preposition, a modal or
		// a noun.
		{"Pakistani authorities cut internet services", "NNP NNS IN NN NNS", "NNP NNS VBD NN NNS"},
		{"Israeli troops shut the border", "JJ NNS IN DT NN", "JJ NNS VBD DT NN"},
		{"Lawmakers set 2026 as the deadline", "NNS MD CD IN DT NN", "NNS VBD CD IN DT NN"},
		{"the rebels hit a convoy", "DT NNS NN DT NN", "DT NNS VBD DT NN"},
		{"health officials cut funding", "NN NNS IN VBG", "NN NNS VBD VBG"},
		{"in Islamabad , authorities cut mobile internet", "IN NNP , NNS IN JJ NN", "IN NNP , NNS VBD JJ NN"},
		{"activists said authorities cut internet access", "NNS VBD NNS IN NN NN", "NNS VBD NNS VBD NN NN"},
		{"budget cuts cut their spending", "NN NNS NN PRP$ NN", "NN NNS VBD PRP$ NN"},
		// A place after the head: "Police in Tbilisi beat protesters".
		{"Police in Tbilisi beat protesters", "NN IN NNP NN NNS", "NN IN NNP VBD NNS"},
		{"Farmers from Punjab cut the highway", "NNS IN NNP NN DT NN", "NNS IN NNP VBD DT NN"},
		{"police in New Delhi shut the market", "NN IN NNP NNP IN DT NN", "NN IN NNP NNP VBD DT NN"},
		// Kept: a noun after a determiner or a possessive, a compound
		// before a preposition or a verb, a subject inside a prepositional
		// phrase, a verb tag already, a word no unchanged verb.
		{"budget cuts hit the health service", "NN NNS VBD DT NN NN", "NN NNS VBD DT NN NN"},
		{"a cut in rates", "DT NN IN NNS", "DT NN IN NNS"},
		{"the hit on the economy", "DT NN IN DT NN", "DT NN IN DT NN"},
		{"a set of rules", "DT NN IN NNS", "DT NN IN NNS"},
		{"the protesters ' hit list included ministers", "DT NNS POS NN NN VBD NNS", "DT NNS POS NN NN VBD NNS"},
		{"emissions cut targets were missed", "NNS NN NNS VBD VBN", "NNS NN NNS VBD VBN"},
		{"a drop in prices cut the margin", "DT NN IN NNS NN DT NN", "DT NN IN NNS NN DT NN"},
		{"workers set up", "NNS NN RP", "NNS NN RP"},
		{"rebels fled the town", "NNS NN DT NN", "NNS NN DT NN"},
		// Kept: a singular head before the place, a subject inside a
		// prepositional phrase, a name after no preposition of place.
		{"a rise in London set prices", "DT NN IN NNP NN NNS", "DT NN IN NNP NN NNS"},
		{"talks with officials in Kyiv cut losses", "NNS IN NNS IN NNP NN NNS", "NNS IN NNS IN NNP NN NNS"},
		{"the reports of Reuters hit headlines", "DT NNS IN NNP NN NNS", "DT NNS IN NNP NN NNS"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		pluralSubjectVerbs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestAttributiveParticiples(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"the official stated reason for the delay was bad weather", "DT JJ VBD NN IN DT NN VBD JJ NN", "DT JJ JJ NN IN DT NN VBD JJ NN"},
		{"its stated aim was peace", "PRP$ VBD NN VBD NN", "PRP$ JJ NN VBD NN"},
		{"the injured protesters were taken", "DT VBD NNS VBD VBN", "DT JJ NNS VBD VBN"},
		{"the party 's declared policy has not changed", "DT NN POS VBD NN VBZ RB VBN", "DT NN POS JJ NN VBZ RB VBN"},
		// Kept: no finite verb follows in the clause, a past after a
		// noun, a bare plural after an adjective that may be the head
		// ("official" a noun), an irregular past, a participle tag.
		{"the official stated reason , officials said", "DT JJ VBD NN , NNS VBD", "DT JJ VBD NN , NNS VBD"},
		{"the rebels attacked positions were", "DT NNS VBD NNS VBD", "DT NNS VBD NNS VBD"},
		{"the official warned residents were at risk", "DT JJ VBD NNS VBD IN NN", "DT JJ VBD NNS VBD IN NN"},
		{"the official said talks were over", "DT JJ VBD NNS VBD RB", "DT JJ VBD NNS VBD RB"},
		{"the alleged attack drew condemnation", "DT VBN NN VBD NN", "DT VBN NN VBD NN"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		attributiveParticiples(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
