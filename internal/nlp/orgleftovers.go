package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// foundationHeads end the name of a charitable or research body called
// after a person or family: "the Gates Foundation", "the Wellcome Trust",
// "the Ann Lee Institute", "the Koch Fund".
var foundationHeads = wordSet(`foundation foundations trust institute fund endowment`)

// foundationNames makes a person's span followed by a capitalised
// foundationHead one organisation: "The Gates Foundation funded the trial"
// is the foundation's act, but the tagger, knowing "Gates" as a family name
// and the head as a common word, left a person "Gates" (who took the
// dateline's or the sentence's country). The person's span is one to three
// capitalised words, after "the", a lower-case word, punctuation or the
// sentence's start (a capitalised word before it may be a title: "Minister
// Ann Lee Foundation" is left alone), and the head ends the name (no
// capitalised word or span after it).
func foundationNames(words, tags []string) {
	n := len(words)
	for h := 1; h < n; h++ {
		w := words[h]
		if !foundationHeads[strings.ToLower(w)] || !capitalised(w) || allCaps(w) {
			continue
		}
		if h+1 < n && (capitalised(words[h+1]) || strings.HasPrefix(tags[h+1], "I-")) {
			continue // the name goes on: "Trust Bank", a span past the head
		}
		// The name's words: tagged capitals right before the head, which
		// the tagger made a person's span, or a person's and an
		// organisation's ("Ann" | "Lee Institute").
		a := h
		for a > 0 && h-a < 3 && capitalised(words[a-1]) && !allCaps(words[a-1]) && tags[a-1] != "O" &&
			!strings.EqualFold(words[a-1], "the") {
			a--
		}
		if a == h || !strings.HasPrefix(tags[a], "B-") || spanStart(tags, h) < a && tags[h] != "O" {
			continue
		}
		if a > 0 && capitalised(words[a-1]) && !strings.EqualFold(words[a-1], "the") {
			continue // a title or a longer name before it
		}
		// A person's span in the name, or the name cut into pieces
		// ("Ann" | "Lee Institute"); places ("Qatar Foundation") are left
		// to the other rules.
		person, pieces := false, 0
		for k := a; k <= h; k++ {
			if strings.HasSuffix(tags[k], "-"+model.EntityGPE) || strings.HasSuffix(tags[k], "-"+model.EntityLoc) {
				person, pieces = false, 0
				break
			}
			person = person || strings.HasSuffix(tags[k], "-"+model.EntityPerson)
			if strings.HasPrefix(tags[k], "B-") || k == h && tags[k] == "O" {
				pieces++
			}
		}
		if !person && pieces < 2 {
			continue
		}
		// "the" stays out of the name, as the tagger's spans leave it.
		setSpan(tags, a, h+1, model.EntityOrg)
	}
}

// streetPrefixes begin a street's name in the languages news copies
// addresses from (Spanish, Portuguese, French, Italian, English): "Avenida
// de la Diputación", "Calle Mayor", "Rua Augusta", "Rue de Rivoli", "Via
// Nazionale", "Avenue Montaigne". streetSuffixes end one: "Berliner
// Strasse", "Harbour Road", "Baker Street".
var (
	streetPrefixes = wordSet(`avenida calle rua rue via avenue avinguda carrer viale corso boulevard`)
	streetSuffixes = wordSet(`strasse straße street road avenue st. rd. ave.`)
)

// streetLinks are the lower-case words inside a street's name ("Avenida de
// la Diputación", "Rua do Ouro", "Rue des Martyrs").
var streetLinks = wordSet(`de del la las los el da do das dos des du di della delle dei degli d' of the`)

// streetAddresses makes a street named in an address a place of its own: a
// street word and its name with a house number or a postcode after it
// ("Avenida de la Diputación, 15143 Arteixo", "Calle Mayor 3, La Paz",
// "Berliner Strasse 12"). An English number before the name ("120
// Lafayette Street") leaves the tagger's span.
// The tagger read such names as organisations ("Avenida de") or persons
// ("Calle"), which then took the company's "the company" or spoke for it;
// a street is no actor, a place (LOC) the resolver finds no actor for,
// its house number outside. Without a number the words are left alone: "Avenue
// Capital said" is a company, "Via Rail" a railway.
func streetAddresses(words, tags []string) {
	n := len(words)
	for k := 0; k < n; k++ {
		lw := strings.ToLower(words[k])
		if !capitalised(words[k]) || allCaps(words[k]) {
			continue
		}
		switch {
		case streetPrefixes[lw]:
			e := k + 1
			last := k
			for e < n && (capitalised(words[e]) && !allCaps(words[e]) || streetLinks[words[e]] && e+1 < n) {
				if capitalised(words[e]) {
					last = e
				}
				e++
			}
			e = last + 1
			if e == k+1 {
				continue
			}
			if !houseNumberAfter(words, e) {
				continue
			}
			end := e
			if e < n && allDigits(words[e]) {
				end = e + 1
			}
			clearStreet(tags, k, end, k, e)
			k = end - 1
		case streetSuffixes[lw] && k > 0:
			a := k
			for a > 0 && capitalised(words[a-1]) && !allCaps(words[a-1]) {
				a--
			}
			if a == k || k-a > 3 {
				continue
			}
			// Only a number after the name: an English address's number
			// before it ("120 Lafayette Street") leaves the tagger's
			// span, a named place a story may be about.
			name := a
			if !houseNumberAfter(words, k+1) {
				continue
			}
			end := k + 1
			if end < n && allDigits(words[end]) {
				end++
			}
			clearStreet(tags, a, end, name, k+1)
			k = end - 1
		}
	}
}

// houseNumberAfter reports whether a street's name ending before e is
// followed by a house number ("Calle Mayor 3") or, after a comma, by a
// postcode and a capitalised town ("Avenida de la Diputación, 15143
// Arteixo").
func houseNumberAfter(words []string, e int) bool {
	if e < len(words) && allDigits(words[e]) {
		return true
	}
	return e+2 < len(words) && words[e] == "," && allDigits(words[e+1]) && len(words[e+1]) >= 4 && capitalised(words[e+2])
}

// clearStreet sets the tags of the street's words and numbers [i, j) to O
// but for its name [a, b), a place (LOC) of its own that names no actor,
// and ends at j a span begun inside the street (the tagger's "Calle Mayor
// 3, La" read on).
func clearStreet(tags []string, i, j, a, b int) {
	for k := i; k < j; k++ {
		tags[k] = "O"
	}
	setSpan(tags, a, b, model.EntityLoc)
	// A span the tagger ran on past the street loses its head: what is
	// left after it begins a span of its own.
	if j < len(tags) && strings.HasPrefix(tags[j], "I-") {
		tags[j] = "B-" + tags[j][2:]
	}
}

// companyCues are nouns that follow a company acting, not a person:
// "Safaricom apologised to customers", "Ampex said profit rose".
var companyCues = wordSet(`customers subscribers shareholders shares profit profits revenue revenues earnings
	dividend dividends`)

// companyAppositions are the heads of an apposition that calls the name
// before it a company: "Safaricom, the telecoms operator,", "Ampex, a
// Nairobi-based lender".
var companyAppositions = wordSet(`company firm operator carrier lender bank insurer retailer group maker
	manufacturer producer conglomerate provider supplier exporter miner airline utility`)

// companyCuePersons makes a one-word person's span an organisation when
// the sentence says it is a company: a single capitalised word the tagger
// calls a person, with no given name before it and no capitalised word
// after, followed in its clause by a company's noun ("Safaricom apologised
// to customers", "Ampex said quarterly profit fell") or by an apposition
// headed by one (", the telecoms operator"). The tagger, knowing neither
// name, took it for a family name, which then spoke for no one or took a
// person's country. A given name, a person the knowledge base knows, and
// a word that is elsewhere in the document part of a person's full name
// ("Ann Ampex") are left alone, as are spans after a capitalised word (a
// title: "Minister Ampex"). The company's other one-word mentions the
// tagger called a person are the company too.
func companyCuePersons(sents, tags [][]string, given func(string) bool, known func(string) bool) {
	surnames := map[string]bool{} // words of persons' names of two words or more
	for i, ws := range sents {
		forSpans(tags[i], func(typ string, a, b int) {
			if typ == model.EntityPerson && b-a >= 2 {
				for k := a; k < b; k++ {
					surnames[ws[k]] = true
				}
			}
		})
	}
	companies := map[string]bool{}
	for i, ws := range sents {
		forSpans(tags[i], func(typ string, a, b int) {
			if typ != model.EntityPerson || b-a != 1 {
				return
			}
			w := ws[a]
			if !capitalised(w) || surnames[w] || given != nil && given(w) || known != nil && known(w) {
				return
			}
			if a > 0 && capitalised(ws[a-1]) || b < len(ws) && capitalised(ws[b]) {
				return
			}
			if companyApposition(ws, b) || companyCueAfter(ws, b) {
				companies[w] = true
			}
		})
	}
	companyPersons(sents, tags, companies)
}

// companyApposition reports whether ", the/a <lower-case words> <head>"
// follows at b, its head one of companyAppositions.
func companyApposition(ws []string, b int) bool {
	if b+2 >= len(ws) || ws[b] != "," {
		return false
	}
	if d := strings.ToLower(ws[b+1]); d != "the" && d != "a" && d != "an" {
		return false
	}
	for k := b + 2; k < len(ws) && k <= b+5; k++ {
		w := ws[k]
		if companyAppositions[w] {
			return k+1 == len(ws) || !capitalised(ws[k+1]) && ws[k+1] != "of"
		}
		if capitalised(w) && !strings.Contains(w, "-") || w == "," {
			return false
		}
	}
	return false
}

// verbBefore are words after which "shares" or "profit" (cueVerbs) is a
// verb: "it shares", "they profit", "to profit", "would profit".
var (
	cueVerbs   = wordSet(`shares profit profits`)
	verbBefore = wordSet(`it they we i you to will would could can may might also not`)
)

// companyCueAfter reports whether a companyCues noun follows at b within
// the clause (up to ten words, before a comma, a semicolon or a
// conjunction's new clause), not right after the name ("Lee shares the
// view" is a verb) nor after a pronoun or a modal, nor past a person's
// pronoun ("said he ...").
func companyCueAfter(ws []string, b int) bool {
	for k := b + 1; k < len(ws) && k <= b+10; k++ {
		switch ws[k] {
		case ",", ";", ":", "but", "while", "whereas", "who", "whose":
			return false
		case "he", "she", "his", "her", "him", "He", "She", "His", "Her":
			return false // a person's clause: "Mwangi said he shares the view"
		}
		if companyCues[ws[k]] && !(cueVerbs[ws[k]] && verbBefore[strings.ToLower(ws[k-1])]) {
			return true
		}
	}
	return false
}

// companyPersons makes every one-word person span whose word is one of
// companies an organisation: a company found once (after a "<product>
// maker" cue or a company's noun) is the company wherever else the tagger
// took its name for a person.
func companyPersons(sents, tags [][]string, companies map[string]bool) {
	if len(companies) == 0 {
		return
	}
	for i, ws := range sents {
		forSpans(tags[i], func(typ string, a, b int) {
			if typ == model.EntityPerson && b-a == 1 && companies[ws[a]] {
				tags[i][a] = "B-" + model.EntityOrg
			}
		})
	}
}
