package nlp

import (
	"slices"
	"strings"
	"unicode"
)

// POS post-rules. The POS tagger reads a word it has seldom seen by its
// shape, and an "-ly" ending is its strongest cue for an adverb: "a rally",
// "a key ally", "the rally was peaceful" come out RB. A determiner opens a
// noun phrase, and an adverb can stand in one only to modify the word after
// it ("a very large crowd", "the then president", "a highly paid job"); an
// adverb that ends the noun phrase after a determiner (and any adjectives)
// is its head, a noun. Quotes and events read the tags ("told a rally" names
// an audience, not a manner of telling).

// npDeterminers open a noun phrase whose head may follow at once. The
// demonstratives are left out: "this early", "that far" are adverbs of
// degree after them.
var npDeterminers = wordSet(`a an the every each another his her its their our my your`)

// adverbModifies says whether tags[k] is a word an adverb inside a noun
// phrase modifies: an adjective, a participle, a number, a noun ("the then
// president") or another adverb that itself modifies what follows ("a
// really very good"); an adverb of place after the word ("the rally
// outside parliament") ends the noun phrase instead.
func adverbModifies(tags []string, k int) bool {
	switch tags[k] {
	case "JJ", "JJR", "JJS", "RBR", "RBS", "VBN", "VBG", "CD", "DT", "PRP$":
		return true
	case "RB":
		if k+1 >= len(tags) {
			return false
		}
		switch tags[k+1] {
		case "JJ", "JJR", "JJS", "VBN", "VBG", "CD":
			return true
		}
		return false
	}
	return strings.HasPrefix(tags[k], "NN")
}

// degreeAdverbs are adverbs that stand after a determiner without a head
// of their own in set phrases ("a little", "a bit", "the least", "for a
// while" is tagged a noun already).
var degreeAdverbs = wordSet(`little lot bit least most more less only very too so just also even still
	once twice yet again already not`)

// determinerAdverbs retags as nouns the words tagged RB that head a noun
// phrase: after a determiner, with only adjectives (and the adverbs that
// modify them: "a highly unusual rally") between, and not
// followed by a word they could modify. tags are Penn tags for words.
func determinerAdverbs(words, tags []string) {
	for i := 1; i < len(words); i++ {
		if tags[i] != "RB" || degreeAdverbs[strings.ToLower(words[i])] {
			continue
		}
		j := i - 1
		for j > 0 && (tags[j] == "JJ" || tags[j] == "JJR" || tags[j] == "JJS" || tags[j] == "RB" && adverbModifies(tags, j)) {
			j--
		}
		// A possessive is a determiner too: "the party's rally".
		if !npDeterminers[strings.ToLower(words[j])] && tags[j] != "POS" {
			continue
		}
		if i+1 < len(words) && adverbModifies(tags, i+1) {
			continue
		}
		tags[i] = "NN"
	}
}

// Irregular verbs take the prefixes re-, over-, under-, with-, out-, up-,
// fore- and mis- without changing their past forms ("took" ->
// "retook", "overtook", "undertook"; "drew" -> "withdrew"), but a prefixed
// form is rare in the tagger's training text, so it reads it by its shape
// and "the army retook the town" comes out with "retook" a noun,
// "withdrew" an adverb. Events and quotes need the verb. pastOnly holds
// irregular simple pasts that are never participles, participleOnly
// participles that are never simple pasts, pastShared forms that are both.
// Forms that are also common nouns or present-tense verbs once prefixed
// are left out: "shot" ("upshot"), "bound" ("rebound"), "found"
// ("refound"), "ground" ("underground"), "set" ("upset", "reset"), "cast"
// ("outcast", "overcast"), "put" ("output"), "lent" ("relent"), "sent"
// ("resent"), "thought" ("forethought"), "come" and "run" (base forms).
// Un- is left out: before a participle it negates an adjective
// ("unknown", "unpaid", "untold"), it does not make a verb.
var (
	pastOnly = wordSet(`took threw drew ran wrote saw came went gave rode drove rose spoke broke
		chose froze stole began grew knew flew swore tore wore bore ate forgot did fell
		shrank sank sprang shook arose strove forbade forgave`)
	participleOnly = wordSet(`taken thrown drawn written seen given ridden driven risen spoken
		broken chosen frozen stolen begun grown known flown sworn torn worn borne eaten
		forgotten done gone fallen`)
	pastShared = wordSet(`built held stood told sold paid made laid led spent bought
		brought fought taught caught sought kept slept dealt meant won fled struck swept swung slid`)
	verbPrefixes = []string{"with", "over", "under", "out", "fore", "mis", "re", "up"}
)

// prefixedIrregular splits w (lower case) into a verb prefix and an
// irregular past form, returning the form ("" when w is not one).
func prefixedIrregular(w string) string {
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || len(rest) < 3 {
			continue
		}
		if pastOnly[rest] || participleOnly[rest] || pastShared[rest] {
			return rest
		}
	}
	return ""
}

// auxiliaries before a participle: "had withdrawn", "was overrun", "got
// retaken".
var auxiliaries = wordSet(`have has had having 've 'd be is are was were been being 's 're get gets got gotten`)

// prefixedPasts retags a prefixed irregular past form ("retook",
// "withdrew", "overthrown") as a verb when the tagger gave it a noun,
// adverb or present-tense tag. A simple past is VBD and a participle VBN;
// a form that is both ("rebuilt", "upheld") is VBN after an auxiliary
// (adverbs between: "had since rebuilt") and VBD otherwise. Adjective tags
// are kept: "mistaken", "outspoken", "overgrown" are adjectives far more
// often than verbs, and a participle read as an adjective costs nothing
// downstream. Capitalised words are left alone, except the first of a
// sentence, so names ("Overton", "Upheld Ltd") keep their tags.
func prefixedPasts(words, tags []string) {
	for i, w := range words {
		switch tags[i] {
		// IN: "aid workers withdrew/IN from the town"; no past form is a
		// preposition.
		case "NN", "NNS", "NNP", "RB", "IN", "VB", "VBP", "VBZ":
		default:
			continue
		}
		low := strings.ToLower(w)
		if low != w && (i > 0 || strings.ToUpper(w) == w) {
			continue
		}
		form := prefixedIrregular(low)
		switch {
		case form == "":
		case pastOnly[form]:
			tags[i] = "VBD"
		case participleOnly[form]:
			tags[i] = "VBN"
		default:
			tags[i] = pastOrParticiple(words, tags, i)
		}
	}
}

// unchangedPasts are verbs whose past and present forms are one word, the
// same as a noun ("cost", "cut", "hit"): the tagger reads "it cost 2
// million euros" with "cost" an adverb or a noun, and the reported clause
// then has no verb, so no quote is found. "beat" (past "beat", participle
// "beaten") is one too: "police beat/NN protesters" has no verb otherwise.
var unchangedPasts = wordSet(`cost cut hit put set quit spread hurt let shut split burst cast thrust
	upset broadcast forecast beat`)

// subjectPronouns are nominative pronouns: the word after one is its verb
// (or an adverb before it), never a noun.
var subjectPronouns = wordSet(`i you he she it we they`)

// pronounVerbs retags an unchanged-form verb tagged a noun or an adverb
// right after a subject pronoun as a verb: VBD after a third-person
// singular pronoun ("it cost", "he quit": the present would be "costs",
// "quits"), VBP after the others ("they cut", present or past alike).
func pronounVerbs(words, tags []string) {
	for i := 1; i < len(words); i++ {
		switch tags[i] {
		case "NN", "NNS", "RB", "JJ":
		default:
			continue
		}
		p := strings.ToLower(words[i-1])
		if !subjectPronouns[p] || !unchangedPasts[words[i]] {
			continue
		}
		if p == "he" || p == "she" || p == "it" {
			tags[i] = "VBD"
		} else {
			tags[i] = "VBP"
		}
	}
}

// nounSubjectVerbs retags an unchanged-form verb read as a noun after a
// determiner's noun phrase ("the bridge cost 2 million euros", "the company
// cut 500 jobs"): the tagger takes "bridge cost" for a compound. It is the
// verb only when its object follows at once - a number, a currency sign or
// a determiner - since a compound noun is followed by a verb or a
// preposition ("the cost rose", "a tax cut of 2 percent", "the price cut
// was"), never by a number or a new noun phrase. VBD after a singular head
// (the present would be "costs"), VBP after a plural one.
func nounSubjectVerbs(words, tags []string) {
	for i := 2; i+1 < len(words); i++ {
		if tags[i] != "NN" && tags[i] != "NNS" || !unchangedPasts[strings.ToLower(words[i])] {
			continue
		}
		switch next := tags[i+1]; {
		case next == "CD" || next == "$" || next == "PRP$":
		case next == "DT" && npDeterminers[strings.ToLower(words[i+1])]:
		default:
			continue
		}
		head := tags[i-1]
		if head != "NN" && head != "NNS" {
			continue
		}
		// Back over the head's modifiers to the determiner that opens the
		// subject; a preposition or a verb on the way means the noun is
		// no subject ("a drop in the price cut", "said prices cut").
		k := i - 1
		for k > 0 && (tags[k-1] == "NN" || tags[k-1] == "NNS" || tags[k-1] == "NNP" || tags[k-1] == "JJ" || tags[k-1] == "CD") {
			k--
		}
		if k == 0 || !npDeterminers[strings.ToLower(words[k-1])] {
			continue
		}
		if head == "NNS" {
			tags[i] = "VBP"
		} else {
			tags[i] = "VBD"
		}
	}
}

// verbParticles are the adverb particles of phrasal verbs ("shut down",
// "cut off", "set up"), which the tagger marks RP only after a verb.
var verbParticles = wordSet(`down off up out back`)

// particleVerbs retags an unchanged-form verb read as a noun when the
// tagger itself read the next word as a verb particle and an object
// follows ("the government shut/NN down/RP the internet", "Pakistan cut/NN
// off/RP aid"): a particle belongs to a verb, and a compound noun ("a tax
// cut", "the shut gate") is followed by a verb or a preposition, never by
// a particle and a new noun phrase. The word before must be able to head
// a subject - a noun, a pronoun or a capitalised name the tagger read as
// an adjective ("Pakistan/JJ") - and the form must be lower case (a
// capitalised one may be a name). VBD after a singular head (the present
// would be "shuts"), VBP after a plural one.
func particleVerbs(words, tags []string) {
	for i := 1; i+2 < len(words); i++ {
		if tags[i] != "NN" && tags[i] != "NNS" || !unchangedPasts[words[i]] {
			continue
		}
		if tags[i+1] != "RP" || !verbParticles[strings.ToLower(words[i+1])] {
			continue
		}
		switch next := tags[i+2]; next {
		case "DT", "PRP$", "CD", "$", "JJ", "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		switch head := tags[i-1]; {
		case head == "NNS" || head == "NNPS":
			tags[i] = "VBP"
		case head == "NN" || head == "NNP" || head == "PRP" || head == "JJ" && capitalised(words[i-1]):
			tags[i] = "VBD"
		}
	}
}

// stockPlurals are plural nouns of what is sent or held ("relief
// supplies", "emergency funds", "security forces") whose form is also a
// present-tense verb ("Japan supplies ...", "the state funds ...").
var stockPlurals = wordSet(`supplies funds forces`)

// objectPlurals retags as a plural noun a stockPlurals word the tagger
// read as a present-tense verb right after a lower-case noun or adjective
// that itself follows a verb: "offered relief/NN supplies/VBZ to Manila",
// "released emergency/NN funds/VBZ". The modifier is then the start of the
// verb's object, and a bare singular noun as an object is never followed
// by a second finite verb; the compound is the object. A capitalised word
// before it may be a subject ("said Japan supplies ...") and is left alone.
func objectPlurals(words, tags []string) {
	for i := 2; i < len(words); i++ {
		if tags[i] != "VBZ" || !stockPlurals[strings.ToLower(words[i])] {
			continue
		}
		if tags[i-1] != "NN" && tags[i-1] != "JJ" || capitalised(words[i-1]) {
			continue
		}
		if strings.HasPrefix(tags[i-2], "VB") {
			tags[i] = "NNS"
		}
	}
}

// singularMen are words ending in "men" that are no plural of a "-man"
// compound (or are names), left to the tagger.
var singularMen = wordSet(`amen omen omens specimen abdomen regimen hymen stamen acumen albumen semen lumen
	cyclamen dolmen yemen carmen`)

// menPlurals retags as plural nouns the "-men" plurals of "-man" compounds
// the tagger read as verbs: "gunmen", "policemen", "militiamen" have the
// shape of a participle ("-en") and are seldom seen, and "gunmen/VBN
// backed by Rwanda attacked" then reads as two verbs. No English verb ends
// in "men". A capitalised word inside a sentence may be a name ("Yemen",
// "Carmen") and is left alone.
func menPlurals(words, tags []string) {
	for i, w := range words {
		if !strings.HasPrefix(tags[i], "VB") || len(w) < 5 || !strings.HasSuffix(w, "men") && !strings.HasSuffix(w, "MEN") {
			continue
		}
		l := strings.ToLower(w)
		if singularMen[l] || i > 0 && w[0] >= 'A' && w[0] <= 'Z' {
			continue
		}
		tags[i] = "NNS"
	}
}

// nameTypes are the NER types whose mentions are proper nouns. NORP is
// left out: "Chinese", "Kenyan" are adjectives before a noun.
var nameTypes = wordSet(`PER ORG GPE LOC FAC`)

// namesNotVerbs returns the POS tags to fix before tagging words again, or
// nil when there are none. The POS tagger reads a word it has seldom seen
// by its shape: a sentence's first word is capitalised whatever it is, so
// "Beijing", "Nanjing" there are read by their "-ing" as participles, and
// the verb after them then as a plural noun ("Beijing/VBG considers/NNS").
// The NER model reads the same word with the gazetteer of known names and
// the words around it; where it finds a place, person or organisation in a
// capitalised word the POS tagger took for a verb or a common noun, the
// word is a proper noun (NNP) and the words after it are read again with
// that tag before them. A word in capitals only is left alone (a headline
// says nothing by case), and so is one the NER model leaves out: "Reading
// the report, ..." is a participle, and "Reading" the town is lost with it
// when the NER model does not know it in its sentence.
func namesNotVerbs(words, pos, ner []string) []string {
	var fixed []string
	for i, w := range words {
		if i >= len(ner) || !nameTag(ner[i]) {
			continue
		}
		switch pos[i] {
		case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS":
		default:
			continue
		}
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) {
			continue
		}
		if fixed == nil {
			fixed = make([]string, len(words))
		}
		fixed[i] = "NNP"
	}
	return fixed
}

// nameTag reports whether an NER tag ("B-GPE", "I-PER", "O") is inside a
// mention of one of nameTypes.
func nameTag(t string) bool {
	_, typ, ok := strings.Cut(t, "-")
	return ok && nameTypes[typ]
}

// nounPastNouns are irregular past forms that are also nouns or adjectives
// ("a saw", "a rose", "the fell", "a bore", "a ground", "the lead"), left
// to the tagger by subjectPasts unless a number or an adverb follows: "exports
// fell 5 percent", "output fell sharply", "prices rose 2 percent" - the
// amount or the manner of a change, which no compound noun ("the rose
// garden") is followed by.
var nounPastNouns = wordSet(`saw rose fell bore led won meant`)

// movePasts are the nounPastNouns that tell a move up or down ("prices rose
// in March", "the index fell for a third day", "the dollar fell."): they
// take no object, so after a subject they are also the verb before a
// preposition or at the end of the clause, where the noun would need a
// determiner or an adjective before it ("a rose in her hair", "the fell
// above the town"). "to" is left to changeTo ("the garden rose to the
// left" is a noun phrase too), and so are "saw", "led", "won" (transitive,
// and "led" before "by" is a participle).
var movePasts = wordSet(`rose fell`)

// changeTo says whether words[k:] open the level or amount a change
// reached: "to", "by" or "from" and a number or a currency sign ("the death
// toll rose to 40", "exports fell by 3 percent", "prices rose from $2").
// A rose or a saw in a noun phrase is followed by a preposition and a
// noun phrase ("a rose to the bride"), never a bare quantity.
func changeTo(words, tags []string, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	switch strings.ToLower(words[k]) {
	case "to", "by", "from":
	default:
		return false
	}
	return tags[k+1] == "CD" || tags[k+1] == "$"
}

// changeComparatives are comparatives that give the degree or direction of
// a change ("prices fell further", "output rose higher than expected",
// "inflation fell faster"), which a tagger may read as adjectives (JJR).
// After a noun they describe its quality ("a rose larger than a fist",
// "a chain saw bigger than ..."); these describe motion, which a rose or
// a saw has none of.
var changeComparatives = wordSet(`further farther higher lower faster slower deeper steeper sharper more less`)

// comparativeComplement says the word at i is a comparative adverb of a
// change ("further", "higher" - see changeComparatives) that modifies no
// noun after it ("further gains" is an object's adjective, and a noun
// before "further gains" no verb for it).
func comparativeComplement(words, tags []string, i int) bool {
	if i >= len(words) || !changeComparatives[strings.ToLower(words[i])] {
		return false
	}
	switch tags[i] {
	case "JJR", "RBR":
	default:
		return false
	}
	return i+1 >= len(tags) || !strings.HasPrefix(tags[i+1], "NN")
}

// subjectPasts retags an irregular simple past the tagger read as a noun,
// adjective, adverb or present tense right after a noun, a pronoun or a
// coordinating conjunction ("jets flew near the island", "drones flew/VBP
// over", "fled the town and struck/VB a convoy"): the form has no noun
// reading and is no present or base form, so after the head of a noun
// phrase (or "and" joining two verbs) it is a verb in the past. It must be followed
// by what opens a complement - a preposition, a determiner, a possessive,
// a number, an adverb particle - or end the clause, so that a compound
// read as one noun ("the drew family") is not touched by accident. A
// capitalised form is left alone (a name: "Drew", "Held").
func subjectPasts(words, tags []string) {
	for i := 1; i < len(words); i++ {
		switch tags[i] {
		// POS: "the rebels struck/POS again", the possessive ending a
		// tagger saw after a plural; no past form is one. IN: "Russian
		// forces struck/IN only military targets", nor is one a
		// preposition.
		case "NN", "NNS", "JJ", "RB", "IN", "VB", "VBP", "VBZ", "POS":
		default:
			continue
		}
		w := words[i]
		if !pastOnly[w] && !pastShared[w] {
			continue
		}
		switch tags[i-1] {
		case "NN", "NNS", "NNP", "NNPS", "PRP", "CC":
		default:
			continue
		}
		if nounPastNouns[w] {
			// "the economy fell 2 percent", "output fell sharply"; a verb
			// tag only needs its tense ("prices fell/VBP further").
			if strings.HasPrefix(tags[i], "VB") {
				tags[i] = "VBD"
				continue
			}
			if i+1 >= len(tags) {
				continue
			}
			switch {
			case tags[i+1] == "CD" || tags[i+1] == "RB" || tags[i+1] == "RBR" || tags[i+1] == "$":
				tags[i] = "VBD"
			case comparativeComplement(words, tags, i+1): // "output fell further than expected"
				tags[i] = "VBD"
			case changeTo(words, tags, i+1):
				tags[i] = "VBD"
			case movePasts[w] && (tags[i+1] == "IN" || tags[i+1] == "." || tags[i+1] == ","):
				tags[i] = "VBD"
			}
			continue
		}
		// A verb tag only needs its tense: "warplanes struck/VBP
		// targets". A noun tag needs a complement opener after it.
		if i+1 < len(tags) && !strings.HasPrefix(tags[i], "VB") {
			switch tags[i+1] {
			case "IN", "DT", "PRP$", "CD", "RP", "TO", "RB", ".", ",":
			default:
				if !comparativeComplement(words, tags, i+1) { // "troops drove further into the city"
					continue
				}
			}
		}
		tags[i] = "VBD"
	}
}

// timeDeterminers open a time phrase that may follow a plural subject
// ("officials this week said"), not an object.
var timeDeterminers = wordSet(`this that last next each every`)

// nameSubjectVerbs retags as a present-tense verb (VBZ) a word ending in
// "-s" tagged a plural noun right after a proper noun that opens its
// clause, when an object's determiner, possessive or adjective follows:
// "Beijing considers/NNS new tariffs", "Kenya sends/NNS the troops". A
// plural noun after a name is the head of a compound subject ("Beijing
// residents", "Kenya police") and a verb, a preposition or an adverb
// follows it, never a new noun phrase; a time phrase ("officials this
// week said") is left alone. The name must open the sentence or follow a
// comma or "and", so that a name inside a prepositional phrase ("in
// Beijing markets ...") is no subject.
func nameSubjectVerbs(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if tags[i] != "NNS" || tags[i-1] != "NNP" {
			continue
		}
		w := words[i]
		if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
			continue
		}
		k := i - 1
		for k > 0 && tags[k-1] == "NNP" {
			k--
		}
		if k > 0 && tags[k-1] != "," && tags[k-1] != "CC" {
			continue
		}
		next := strings.ToLower(words[i+1])
		switch tags[i+1] {
		case "DT":
			if !npDeterminers[next] || timeDeterminers[next] {
				continue
			}
		case "PRP$", "JJ":
		default:
			continue
		}
		tags[i] = "VBZ"
	}
}

// clauseOpeners are the tags after which a noun phrase opens a clause: a
// comma ("In Islamabad, authorities cut ..."), a conjunction ("... and
// troops shut ..."), a colon.
var clauseOpeners = wordSet(`, CC :`)

// reportOpeners are words after which a reported clause opens without a
// comma: "activists said authorities cut internet access".
var reportOpeners = wordSet(`that said say says`)

// pluralSubjectVerbs retags an unchanged-form verb ("cut", "hit", "set",
// "shut") the tagger read as a noun, preposition, modal or adverb after a
// plural noun that opens its clause (or a reported one after "said" or
// "that"): "Pakistani authorities cut/IN
// internet services", "Lawmakers set/MD 2026 as the deadline". The subject
// may carry a demonym, adjectives, nouns or a number before its head and a
// determiner before them. A plural noun is the head of its noun phrase, so
// a noun right after it with an object after that is its verb: the object
// must follow at once - a determiner, a possessive, a number, a currency
// sign, an adjective, a gerund ("cut funding") or a bare noun. A compound whose head is the unchanged
// word is followed by a verb instead ("budget cuts hit" is a verb already;
// "emissions cut targets were missed"): a bare noun object that a finite
// verb follows at once makes the three words one noun phrase and is left
// alone. The form is read as a past (VBD): after a plural head the
// present and the past are one word, and a news report tells what was done
// - the tagger itself gives "hit", "set", "put" VBD there, and the GMB's
// news tags (1M tokens) have every such verb it fixes a past.
func pluralSubjectVerbs(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		switch tags[i] {
		case "NN", "NNS", "IN", "MD", "RB", "JJ", "RP":
		default:
			continue
		}
		if !unchangedPasts[strings.ToLower(words[i])] {
			continue
		}
		// The head may carry a place after it: "Police in Tbilisi
		// beat protesters", "Farmers from Punjab cut the road".
		h := placeQualifiedHead(words, tags, i)
		if tags[h] != "NNS" && !(tags[h] == "NN" && collectivePlurals[strings.ToLower(words[h])]) {
			continue
		}
		// Back over the subject's modifiers to what opens it.
		k := h
		for k > 0 {
			switch tags[k-1] {
			case "JJ", "NN", "NNP", "NNPS", "CD":
				k--
				continue
			}
			break
		}
		if k > 0 && (npDeterminers[strings.ToLower(words[k-1])] || tags[k-1] == "PRP$") {
			k--
		}
		if k > 0 && !clauseOpeners[tags[k-1]] && !reportOpeners[strings.ToLower(words[k-1])] {
			continue
		}
		next := tags[i+1]
		switch {
		case next == "CD" || next == "$" || next == "PRP$" || next == "JJ" || next == "VBG":
		case next == "DT" && npDeterminers[strings.ToLower(words[i+1])]:
		case next == "NN" || next == "NNS":
			j := i + 1
			for j < len(words) && (tags[j] == "NN" || tags[j] == "NNS") {
				j++
			}
			if j < len(words) && finiteTag(tags[j]) {
				continue
			}
		default:
			continue
		}
		tags[i] = "VBD"
	}
}

// placeQualifiers open a place phrase after a subject's head noun.
var placeQualifiers = wordSet(`in from near across outside around`)

// placeQualifiedHead returns the index of the head noun before the word at
// i: i-1, or, when a proper name (a place) after a preposition of place
// stands right before i ("police in Tbilisi beat"), the word before the
// preposition. A name right before i with no such preposition is the head
// itself.
func placeQualifiedHead(words, tags []string, i int) int {
	p := i - 1
	for p > 0 && (tags[p] == "NNP" || tags[p] == "NNPS") {
		p--
	}
	if p < i-1 && p > 0 && tags[p] == "IN" && placeQualifiers[strings.ToLower(words[p])] {
		return p - 1
	}
	return i - 1
}

// collectivePlurals are nouns plural in sense that the tagger reads as
// singular (NN): "Police/NN beat/NN protesters", "riot police cut the
// road". They head a plural subject as an NNS word does.
var collectivePlurals = wordSet(`police personnel`)

// nameSubjectPasts retags an unchanged-form verb ("cut", "set", "hit",
// "beat") the tagger read as a noun, adjective or adverb after a proper
// name that opens its sentence, alone or after a sentence-initial "The":
// "The Gambia cut/NN ties with Taiwan", "The Netherlands set/NN a
// deadline". A name's compound with a common noun ("the UN cost
// estimates were revised") has a finite verb of its own later in the
// clause, and the word stays a noun then; otherwise the object must follow
// at once as in pluralSubjectVerbs (a determiner, a possessive, a number,
// a currency sign, an adjective or a bare noun). A name in the middle of
// a sentence may be a modifier ("on the Gambia cut ...") and is left
// alone. VBD: a news report tells what was done.
func nameSubjectPasts(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		switch tags[i] {
		case "NN", "NNS", "JJ", "RB", "IN":
		default:
			continue
		}
		if tags[i-1] != "NNP" && tags[i-1] != "NNPS" || !unchangedPasts[words[i]] {
			continue
		}
		k := i - 1
		for k > 0 && (tags[k-1] == "NNP" || tags[k-1] == "NNPS") {
			k--
		}
		if k > 1 || k == 1 && words[0] != "The" {
			continue
		}
		next := tags[i+1]
		switch {
		case next == "CD" || next == "$" || next == "PRP$" || next == "JJ":
		case next == "DT" && npDeterminers[strings.ToLower(words[i+1])]:
		case next == "NN" || next == "NNS":
		default:
			continue
		}
		// A later finite verb before the clause ends makes the words a
		// compound subject: "The UN cost estimates for 2024 were revised".
		if !finiteLater(tags, i+1, true) {
			tags[i] = "VBD"
		}
	}
}

// finiteTag reports whether a Penn tag is a finite verb or a modal.
func finiteTag(t string) bool {
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"
}

// finiteLater says whether a finite verb is tagged from index from on
// before the clause ends at a comma, conjunction, colon or full stop, and
// also at a relative "which/that" (WDT) when relEnds: a later verb of the
// same clause makes the words before it its subject, not a clause of their own.
func finiteLater(tags []string, from int, relEnds bool) bool {
	for _, t := range tags[from:] {
		if t == "," || t == "CC" || t == ":" || t == "." || relEnds && t == "WDT" {
			return false
		}
		if finiteTag(t) {
			return true
		}
	}
	return false
}

// attributiveParticiples retags as an adjective a "-ed" form the tagger
// read as a simple past between a determiner and a noun: "the official
// stated/VBD reason for the delay was", "its stated/VBD aim was". A past
// tense right after a determiner has no subject, so the form modifies the
// noun after it, and the clause's own verb follows. Only when a finite
// verb does follow (before a comma or conjunction ends the clause) is the
// form retagged. With an adjective between the determiner and the form,
// the adjective may be the subject's head ("the official warned residents
// were at risk": "official" is a noun there), so the noun after the form
// must be singular and bare: a bare singular noun cannot open a reported
// clause ("warned reason was" is no English), a bare plural can.
func attributiveParticiples(words, tags []string) {
	for i := 1; i+2 < len(words); i++ {
		if tags[i] != "VBD" || !strings.HasSuffix(words[i], "ed") {
			continue
		}
		noun := tags[i+1]
		if noun != "NN" && noun != "NNS" {
			continue
		}
		prev := tags[i-1]
		switch {
		case prev == "PRP$" || prev == "POS" || prev == "DT" && npDeterminers[strings.ToLower(words[i-1])]:
		case prev == "JJ" && i >= 2 && noun == "NN" &&
			(tags[i-2] == "PRP$" || tags[i-2] == "POS" || tags[i-2] == "DT" && npDeterminers[strings.ToLower(words[i-2])]):
		default:
			continue
		}
		finite := false
	scan:
		for j := i + 2; j < len(words); j++ {
			switch {
			case finiteTag(tags[j]):
				finite = true
				break scan
			case clauseOpeners[tags[j]] || tags[j] == "." || tags[j] == "WDT" || tags[j] == "WP":
				break scan
			}
		}
		if finite {
			tags[i] = "JJ"
		}
	}
}

// adjectiveSuffixes end words that are adjectives rather than nouns the
// tagger mistook for one ("the newly", "the wounded", "the Syrian").
var adjectiveSuffixes = []string{"ly", "ed", "ing", "est", "al", "ous", "ive", "ful", "ic", "able", "ible", "ese", "ish", "an", "ian", "less", "ary"}

// headlessAdjectives are adjectives that stand between a determiner and a
// participle as a modifier ("the last reported", "the only known").
var headlessAdjectives = wordSet(`last first next only same other previous former latter best most least much`)

// headlessParticiples retags a noun read as an adjective, and the past
// verb after it read as a participle, when a determiner opens the phrase
// and an object follows at once: "the strike/JJ killed/VBN five people",
// "the blast/JJ wounded/VBN 20". A determiner and an adjective make no
// noun phrase without a head, and a participle modifying a noun ("the
// only known cases") is followed by that noun, not by a number, a
// possessive or a new determiner; so the word after the determiner is the
// subject's head noun and the verb is finite. The tagger may have read
// the verb as finite already ("the blast/JJ wounded/VBD 20 soldiers"); the
// noun is retagged all the same.
func headlessParticiples(words, tags []string) {
	for i := 1; i+2 < len(words); i++ {
		if tags[i] != "JJ" || tags[i+1] != "VBN" && tags[i+1] != "VBD" || !npDeterminers[strings.ToLower(words[i-1])] {
			continue
		}
		switch next := tags[i+2]; {
		case next == "CD" || next == "$" || next == "PRP$":
		case next == "DT" && npDeterminers[strings.ToLower(words[i+2])]:
		default:
			continue
		}
		w := strings.ToLower(words[i])
		if headlessAdjectives[w] || strings.Contains(w, "-") || slices.ContainsFunc(adjectiveSuffixes, func(s string) bool { return strings.HasSuffix(w, s) }) {
			continue
		}
		tags[i], tags[i+1] = "NN", "VBD"
	}
}

// conjunctNamePasts retags as a simple past (VBD) a regular "-ed" verb the
// tagger read as a participle (VBN) after a name that opens a clause
// joined by ", and" or ", but": "pledged 10 million dollars on Monday, and
// China/NNP promised/VBN to send food", "..., and Japan/JJ promised/VBN a
// further 20 million". The tagger reads a name followed by "-ed" inside a
// long sentence as a noun with a reduced relative after it; but a comma
// and a coordinating conjunction open a new clause, whose first noun
// phrase, a bare name, is its subject, and the verb after it is that
// clause's. The name is one to four capitalised words (optionally after
// "the"), tagged as a proper noun or, for a country the tagger took for
// its adjective, JJ. What follows must open an object or a
// to-infinitive (a determiner, a number, a currency sign, a possessive,
// "that", or "to" and a base verb); "to the talks", "by the army" after a
// participle ("and Japan, invited to the talks", "and Chad occupied by
// rebels") stay participles, and so does a participle whose clause has a
// finite verb of its own later ("and China invited to the talks said").
func conjunctNamePasts(words, tags []string) {
	for i := 3; i+1 < len(words); i++ {
		w := words[i]
		if tags[i] != "VBN" || len(w) < 4 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ed") {
			continue
		}
		k := i
		for k > 0 && i-k < 4 && conjunctNameWord(words[k-1], tags[k-1]) {
			k--
		}
		if k == i {
			continue
		}
		if k > 0 && strings.ToLower(words[k-1]) == "the" {
			k--
		}
		if k < 2 || tags[k-2] != "," {
			continue
		}
		if c := strings.ToLower(words[k-1]); c != "and" && c != "but" {
			continue
		}
		next, nextW := tags[i+1], strings.ToLower(words[i+1])
		switch {
		case next == "CD" || next == "$" || next == "PRP$":
		case next == "DT" && npDeterminers[nextW]:
		case nextW == "that":
		case nextW == "to" && i+2 < len(words) && tags[i+2] == "VB":
		default:
			continue
		}
		if !finiteLater(tags, i+1, false) {
			tags[i] = "VBD"
		}
	}
}

// conjunctNameWord says whether a word may be part of a name subject for
// conjunctNamePasts: capitalised, and tagged a proper noun or an
// adjective (the tagger's reading of a country name it takes for a
// modifier).
func conjunctNameWord(w, tag string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return tag == "NNP" || tag == "NNPS" || tag == "JJ"
}

// pastOrParticiple is the tag of a past form that is both a simple past
// and a participle: VBN after an auxiliary, adverbs between ("had since
// rebuilt", "was told"), VBD otherwise.
func pastOrParticiple(words, tags []string, i int) string {
	j := i - 1
	for j >= 0 && (tags[j] == "RB" || tags[j] == "RBR") {
		j--
	}
	if j >= 0 && auxiliaries[strings.ToLower(words[j])] {
		return "VBN"
	}
	return "VBD"
}
