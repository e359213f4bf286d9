package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// Organisation contexts. A one-word name the tagger has never seen is
// called a person more often than anything else ("Pirelli", "Ruch"), yet
// the words around it often say it cannot be one: a person has no shares,
// no chairman and no subsidiaries, and no one owns "40 percent of" a
// person. When a one-word name tagged PER or ORG stands in such a context
// anywhere in a document, every PER mention of it there becomes ORG.

// orgAfter are words that, right after a name, make it an organisation
// ("Pirelli shares", "Deportivo chairman", "Ruch 's shares").
var orgAfter = wordSet(`shares stock stocks shareholders shareholder chairman chairwoman ceo
	subsidiary subsidiaries division divisions plant plants factory factories headquarters
	board stake stakes turnover revenues revenue profits earnings`)

// orgBefore are phrases that, right before a name, make it an
// organisation ("percent of Ruch", "a stake in Petofi").
var orgBefore = [][]string{
	{"percent", "of"}, {"%", "of"}, {"stake", "in"}, {"shares", "in"}, {"shares", "of"},
	{"stakes", "in"}, {"takeover", "of"}, {"subsidiary", "of"}, {"unit", "of"},
	{"chairman", "of"}, {"manager", "of"}, {"shareholders", "of"}, {"shareholder", "in"},
	{"chain"}, {"firm"}, {"company"}, {"group"}, {"carrier"}, {"airline"}, {"club"},
	{"agency"}, {"bank"}, {"newspaper"}, {"daily"}, {"brewer"}, {"maker"}, {"retailer"},
}

// orgSpeechVerbs report what an organisation said about itself: "Toyota
// said it would cut output", "Pirelli said its profits rose".
var orgSpeechVerbs = wordSet(`said says announced added reported expects expected`)

// expletiveVerbs follow an "it" that stands for no one ("said it would
// be a mistake", "said it would take years"): after them "it" says nothing
// of the speaker.
var expletiveVerbs = wordSet(`be been take takes took seem seemed seems appear appeared appears depend depends
	depended make makes made mean means meant remain remains remained become became happen happened matter
	matters mattered help helps cost costs need needs require requires look looks looked feel felt`)

// itsSpeaker reports whether the words after a name at i say it spoke of
// itself as "it": "X said its ...", or "X said it would/will/had/has/was
// VERB" with a verb that is no expletive's ("it would invest", "it was
// recalling", not "it would be", "it was time").
func itsSpeaker(ws []string, i int) bool {
	at := func(k int) string {
		if k < len(ws) {
			return strings.ToLower(ws[k])
		}
		return ""
	}
	if !orgSpeechVerbs[at(i+1)] {
		return false
	}
	switch at(i + 2) {
	case "its":
		return true
	case "it":
	default:
		return false
	}
	aux, k := at(i+3), i+4
	if at(k) == "not" || at(k) == "also" {
		k++
	}
	v := at(k)
	switch aux {
	case "would", "will":
	case "was", "is", "had", "has":
		if !strings.HasSuffix(v, "ing") && !strings.HasSuffix(v, "ed") {
			return false
		}
	default:
		return false
	}
	return v != "" && !expletiveVerbs[v] && lowerWord(ws[k])
}

// markOrgContexts retypes one-word PER names found in an organisation's
// context, in every sentence of the document. A one-word place the
// knowledge base does not know (place reports known ones) is retyped too
// when a context only a company has names it ("Ravensworth said its
// profits rose", "a stake in Greystone"), except after a preposition of
// place ("in Greystone"): a town has no shares, but it has plants and
// people "which" live there.
func markOrgContexts(sents, tags [][]string, place func([]string) bool) {
	var orgs map[string]bool
	for si, ws := range sents {
		ts := tags[si]
		forSpans(ts, func(typ string, i, j int) {
			if j != i+1 {
				return
			}
			isOrg := (typ == "PER" || typ == "ORG") && orgContext(ws, i) ||
				(typ == "LOC" || typ == "GPE") && companyContext(ws, i) && !place(ws[i:j])
			if isOrg {
				if orgs == nil {
					orgs = map[string]bool{}
				}
				orgs[ws[i]] = true
			}
		})
	}
	if orgs == nil {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		forSpans(ts, func(typ string, i, j int) {
			if j != i+1 || !orgs[ws[i]] {
				return
			}
			afterPrep := i > 0 && placePrep[strings.ToLower(ws[i-1])] && !companyContext(ws, i) // not "a stake in Greystone"
			if typ == "PER" || (typ == "LOC" || typ == "GPE") && !afterPrep && !place(ws[i:j]) {
				ts[i] = "B-ORG"
			}
		})
	}
}

// companyAfter are the words of orgAfter that follow no place's name
// ("Dorton plant" is a plant in Dorton; "Dorton shares" are a company's).
var companyAfter = wordSet(`shares stock stocks shareholders shareholder chairman chairwoman ceo
	subsidiary subsidiaries stake stakes turnover revenues revenue profits earnings`)

// companyBefore are the phrases of orgBefore that precede no place's name.
var companyBefore = [][]string{
	{"stake", "in"}, {"shares", "in"}, {"shares", "of"}, {"stakes", "in"}, {"takeover", "of"},
	{"subsidiary", "of"}, {"shareholders", "of"}, {"shareholder", "in"},
	{"firm"}, {"company"}, {"carrier"}, {"airline"}, {"brewer"}, {"maker"}, {"retailer"}, {"newspaper"},
}

// companyContext reports whether the one-word name ws[i] stands where only
// a company can: before a word of companyAfter, after a phrase of
// companyBefore, or speaking of itself as "it" ("said it would invest").
func companyContext(ws []string, i int) bool {
	next := func(k int) string {
		if k < len(ws) {
			return strings.ToLower(ws[k])
		}
		return ""
	}
	if companyAfter[next(i+1)] || next(i+1) == "'s" && companyAfter[next(i+2)] || itsSpeaker(ws, i) {
		return true
	}
	return phraseBefore(ws, i, companyBefore)
}

// phraseBefore reports whether one of phrases ends right before ws[i].
func phraseBefore(ws []string, i int, phrases [][]string) bool {
	for _, p := range phrases {
		if i < len(p) {
			continue
		}
		match := true
		for k, w := range p {
			if strings.ToLower(ws[i-len(p)+k]) != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// orgContext reports whether the one-word name ws[i] stands where only an
// organisation can.
func orgContext(ws []string, i int) bool {
	next := func(k int) string {
		if k < len(ws) {
			return strings.ToLower(ws[k])
		}
		return ""
	}
	if orgAfter[next(i+1)] || next(i+1) == "'s" && orgAfter[next(i+2)] {
		return true
	}
	// "Toyota, which makes ...": people take "who". Not after a title or
	// "of": in "a son of President Suharto, which plans ..." the clause
	// tells of a noun before.
	if next(i+1) == "," && next(i+2) == "which" && (i == 0 || lowerWord(ws[i-1]) && ws[i-1] != "of") || itsSpeaker(ws, i) {
		return true
	}
	return orgAppositive(ws, i) || phraseBefore(ws, i, orgBefore)
}

// appositiveOrgHeads end a noun phrase that, set off after a name,
// says what kind of body the name is: "Gavi, the vaccine alliance,",
// "Frontex, the EU border agency,". A person is never called so.
var appositiveOrgHeads = wordSet(`alliance agency organisation organization group company firm body charity
	coalition association federation foundation consortium regulator watchdog lender insurer carrier airline
	broadcaster conglomerate cooperative`)

// maxAppositiveWords bounds the words between the article and the head
// of an appositive ("the U.N. refugee agency").
const maxAppositiveWords = 4

// appositiveStops are words that, inside an appositive, make it more
// than the head and its modifiers: prepositions, conjunctions, relatives
// and pronouns ("the head of the agency", "the one who ran the firm").
var appositiveStops = wordSet(`of for in at on to from by with as and or but who whom whose which that
	he she his her him they their them it its we our`)

// orgAppositive reports whether the name ws[i] is followed by an
// appositive "the/a ... HEAD" with HEAD in appositiveOrgHeads, closed by
// a comma, a full stop or a bracket. The words between the article and
// the head must modify the head, not take it as their own complement:
// "Smith, the head of the agency," names a person, so a preposition or a
// possessive between them (or right after the head: "the group's chief")
// stops the rule.
func orgAppositive(ws []string, i int) bool {
	if i+3 >= len(ws) || ws[i+1] != "," {
		return false
	}
	switch strings.ToLower(ws[i+2]) {
	case "the", "a", "an":
	default:
		return false
	}
	for k := i + 3; k < len(ws) && k <= i+3+maxAppositiveWords; k++ {
		w := strings.ToLower(ws[k])
		if appositiveOrgHeads[w] {
			if k+1 == len(ws) {
				return true
			}
			switch ws[k+1] {
			case ",", ".", ")", ";", "--", "—":
				return true
			}
			return false
		}
		if appositiveStops[w] || possessiveClitic(w) || w == "'" || !startsWithLetter(ws[k]) {
			return false
		}
	}
	return false
}

// corporateHeads end organisations' names only: a span ending in one is an
// organisation whatever the tagger called it ("Lear Corp", "Smith Holdings").
var corporateHeads = wordSet(`corp corp. inc inc. ltd ltd. plc llc gmbh ag s.a. n.v. co. holdings
	bancorp bancshares airlines airways university college institute foundation ministry
	corporation limited industries technologies pharmaceuticals securities motors motorsports logistics
	enterprises laboratories company s.p.a. spa srl s.r.l. sarl kgaa oyj tbk bhd pte
	labs therapeutics biotech biosciences biopharma biologics genomics`)

// markCorporate retypes PER and place spans that end in a corporate word,
// and PER spans that end in a trade word or a legal form in capitals: no one
// is named "Kellan Bank", "Fenwick Capital" or "Brenner Chemie SE", while
// "Texas Energy" may be the state's sector.
func markCorporate(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if j-i < 2 {
			return
		}
		last := strings.ToLower(words[j-1])
		if typ != "ORG" && typ != "NORP" && typ != "MISC" && corporateHeads[last] ||
			typ == model.EntityPerson && tradeHeads[last] && capitalised(words[j-1]) && (j == len(words) || !capitalised(words[j])) ||
			typ == model.EntityPerson && capsForms[last] && allCaps(words[j-1]) {
			setSpan(tags, i, j, "ORG")
		}
	})
}

// companyHeads end companies' names and hardly anything else: legal forms
// and the trade words firms are named with ("Okafor Motorsports", "Hallam
// Capital Partners", "Pellam Pharmaceuticals"). "AG" (also an attorney
// general), "Co" without its stop (a county) and "Energy" or "Insurance"
// (departments, taxes) are left out.
var companyHeads = wordSet(`inc inc. corp corp. corporation co. ltd ltd. limited llc llp plc gmbh s.a. n.v. pvt. pty
	s.p.a. spa srl s.r.l. sarl s.a.r.l. kgaa oyj oy tbk bhd sdn pte l.p. b.v. k.k.
	holdings industries technologies pharmaceuticals securities motors motorsports logistics enterprises
	airlines airways bancorp bancshares laboratories investments associates partners entertainment productions
	company labs therapeutics biotech biosciences biopharma biologics genomics`)

// tradeHeads end companies' names after a name ("Caldwell Insurance",
// "Carr Futures", "Kellan Bank") but also name sectors, departments and
// portfolios after a place or on their own ("Texas Energy prices", "the
// Energy Secretary", "National Insurance"). They count as heads only after
// a person's or an organisation's name the tagger found, and only where
// the name ends with them (no capitalised word after: "Brown Transport
// Secretary").
var tradeHeads = wordSet(`bank capital insurance energy futures transport construction systems`)

// legalForms are the company heads that may follow the name after a comma
// ("Enron Broadband Services, Inc.").
var legalForms = wordSet(`inc inc. corp corp. ltd ltd. llc llp plc co. oyj`)

// capsForms are legal forms written in capitals ("Brenner Chemie SE",
// "Hafnia Shipping ASA") that also abbreviate other things: a compass
// point ("SE"), a province or a state after a town and a comma ("Calgary,
// AB"), a record ("LP"). They count as heads right after the name only,
// never after a comma.
var capsForms = wordSet(`se asa ab kk lp bv nv`)

// formSpan reports whether the span that begins at k is made of legal forms
// only ("Pte Ltd", "Sdn Bhd"), as the tagger tags them apart from the name.
func formSpan(words, tags []string, k int) bool {
	if tags[k] != "B-"+model.EntityOrg {
		return false
	}
	for x := k; x < spanEnd(tags, k); x++ {
		lx := strings.ToLower(words[x])
		if !companyHeads[lx] && !capsForms[lx] {
			return false
		}
	}
	return true
}

// headWords are the words markCompanyHeads takes as a head: company heads,
// trade heads, legal forms written in capitals, and "group".
var headWords = func() map[string]bool {
	m := map[string]bool{"group": true}
	for _, set := range []map[string]bool{companyHeads, tradeHeads, capsForms} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// markCompanyHeads makes a name followed by an untagged company head one
// ORG span with it: the tagger, which has seen few of these words, reads
// "Carver" in "Carver Pharmaceuticals" as a person and stops before the
// head, or misses a name of untagged words ("Quintal Securities"). The
// name is the tagged spans and capitalised words right before the head,
// joined by "&" ("Procter & Gamble Co."); a lone untagged word at the
// start of the sentence is taken in only right before the head ("Okafor
// Motorsports said", not "Yesterday Okafor Motorsports"). "Group" counts
// as a head only after a name the tagger found ("Iraq Study Group", not
// "Job Group"). In a sentence written in title case only tagged spans are
// taken in.
func markCompanyHeads(words, tags []string) {
	title := titleCase(words)
	for k := 1; k < len(words); k++ {
		// One lookup turns away the words that cannot be a head (nearly
		// all): the test below needs the word to be one of these.
		if !hasFold(headWords, words[k]) {
			continue
		}
		lw := strings.ToLower(words[k])
		// A trade head needs a person's or an organisation's name before
		// it, and nothing capitalised after it.
		trade := tradeHeads[lw] && (k+1 == len(words) || !capitalised(words[k+1]))
		group := lw == "group" || trade
		// A legal form the tagger made a name of its own ("Lowry Partners"
		// | "LLP") is a head too.
		loneForm := legalForms[lw] && tags[k] == "B-"+model.EntityOrg && (k+1 == len(tags) || !strings.HasPrefix(tags[k+1], "I-")) ||
			formSpan(words, tags, k)
		capsForm := capsForms[lw] && allCaps(words[k])
		// A legal form that ends an organisation's span the tagger began
		// late ("Redwater" | "Capital LLC" ORG) takes in the words before.
		ending := legalForms[lw] && tags[k] == "I-"+model.EntityOrg && (k+1 == len(tags) || !strings.HasPrefix(tags[k+1], "I-"))
		// "plc" is written in lower case ("Barclays plc").
		if !companyHeads[lw] && !group && !capsForm || tags[k] != "O" && !loneForm && !ending || !capitalised(words[k]) && lw != "plc" ||
			allCaps(words[k]) && !legalForms[lw] && !capsForm {
			continue
		}
		end := k + 1
		if loneForm {
			end = spanEnd(tags, k) // "Meranti Logistics" | "Pte Ltd"
		}
		a, tagged, personOrOrg := k, false, true
		if ending {
			a, tagged = spanStart(tags, k), true
		}
		from := a
	walk:
		for a > 0 {
			p := a - 1
			w := words[p]
			switch {
			case tags[p] != "O" && ending:
				break walk // only the untagged words the tagger left out
			case tags[p] != "O":
				b := p
				for b > 0 && strings.HasPrefix(tags[b], "I-") {
					b--
				}
				a = b
				if tags[b] == "B-"+model.EntityNORP {
					personOrOrg = false
					break walk // a nationality begins the name: "Korean Airlines"
				}
				if t := tags[b][2:]; t != model.EntityPerson && t != model.EntityOrg {
					personOrOrg = false
				}
				tagged = true
			case w == "," && a == k && legalForms[lw] && p > 0 && tags[p-1] != "O":
				a = p // "Services, Inc."
			case w == "&" && a < k && p > 0 && capitalised(words[p-1]):
				a = p
			case !title && nameModifier(w, "O") && !honorifics[strings.ToLower(w)] && (p > 0 || a == k || legalForms[lw] || capsForm):
				// A legal form says the run before it is a name, its
				// first word too ("Tessaly Foods plc reported").
				a = p
			default:
				break walk
			}
		}
		if a == from || group && !tagged || trade && !personOrOrg || words[a] == "," {
			continue
		}
		setSpan(tags, a, end, model.EntityOrg)
		k = end - 1
	}
}

// shortFormHeads end the names of companies and institutions that news
// goes on to call by their first word alone ("Kestrel Energy Corporation
// ... Kestrel said", "Morland Bank ... Morland had lent"). Parties,
// ministries and councils are not named so ("Tarvian National Party" ...
// "Tarvian leaders" are the nation's).
var shortFormHeads = wordSet(`group bank university college institute airlines airways motors corp corp. corporation
	inc inc. co. ltd ltd. limited llc plc holdings industries technologies pharmaceuticals securities motorsports
	logistics enterprises bancorp laboratories investments partners entertainment productions`)

// shortFormMiddles are trade words that stand between a company's first
// word and its head ("Kestrel Energy Corporation", "Morland Steel Group").
var shortFormMiddles = wordSet(`energy oil gas petroleum steel chemical chemicals foods electric electronics mining
	resources financial capital insurance media telecom communications health healthcare international global
	systems software automotive motor power pharma shipping trading investment asset management air`)

// markOrgShortForms types as ORG the lone mentions of an organisation's
// first word when the document names the organisation in full as that
// word and a company's or institution's head: "Kestrel Energy Corporation
// agreed ... Kestrel will pay" (the tagger called the short form a
// person). The word must not be a known place, a nationality, a title or
// a function word, nor part of a person's name in the document ("John
// Halvorsen ... Halvorsen said" stays his). A mention the tagger called a
// person is retyped, and an untagged one with no capitalised word next to
// it; places are left alone ("in Delmont"). A word the document also
// writes in lower case is a common word ("First" of "First Bank").
func markOrgShortForms(sents, tags [][]string, place func([]string) bool, demonym func(string) bool) {
	var short map[string]bool
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if typ != model.EntityOrg || j-i < 2 || !shortFormHeads[strings.ToLower(ws[j-1])] {
				return
			}
			for _, w := range ws[i+1 : j-1] {
				if !shortFormMiddles[strings.ToLower(w)] && !shortFormHeads[strings.ToLower(w)] {
					return
				}
			}
			w, lw := ws[i], strings.ToLower(ws[i])
			if !capitalised(w) || allCaps(w) && len(w) < 3 || functionWords[lw] || nonNameWords[lw] || personTitles[lw] ||
				ambiguousTitles[lw] || compassWords[lw] || shortFormMiddles[lw] || shortFormHeads[lw] || demonym(w) || place(ws[i:i+1]) {
				return
			}
			if short == nil {
				short = map[string]bool{}
			}
			short[w] = true
		})
	}
	if short == nil {
		return
	}
	// Not a word of a person's name, nor a common word.
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if typ == model.EntityPerson && j-i >= 2 {
				for _, w := range ws[i:j] {
					delete(short, w)
				}
			}
		})
		for _, w := range ws {
			if lowerWord(w) {
				for s := range short {
					if strings.EqualFold(s, w) {
						delete(short, s)
					}
				}
			}
		}
	}
	if len(short) == 0 {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		for i, w := range ws {
			if !short[w] {
				continue
			}
			alone := i+1 == len(ts) || !strings.HasPrefix(ts[i+1], "I-")
			switch {
			case ts[i] == "B-"+model.EntityPerson && alone:
				ts[i] = "B-" + model.EntityOrg
			case ts[i] == "O" && !(i > 0 && capitalised(ws[i-1])) && !(i+1 < len(ws) && capitalised(ws[i+1])):
				// Not a word of a longer name nobody tagged.
				ts[i] = "B-" + model.EntityOrg
			}
		}
	}
}

// maxRoleAppositiveWords is how far into an appositive the role word of
// personAppositive may lie ("the group's deputy Asia director").
const maxRoleAppositiveWords = 6

// personAppositive reports whether the name ending before ws[j] is followed
// by an appositive naming a person's post: a comma, "the", "a" or "an",
// then a lower-case role word (personRoles, or "head") before any
// preposition, conjunction or pronoun and within maxRoleAppositiveWords:
// "Meenakshi Ganguly, the group's deputy Asia director, said", "Jane Roe,
// a spokeswoman for the ministry, said". A body's appositive names a kind
// of body ("Gavi, the vaccine alliance"), which orgAppositive reads. With
// no article the role word must come first and "of" right after it
// ("Raila Odinga, leader of the ODM party,", "Jane Roe, secretary general
// of the union,"): wire style drops the article before a post held in a
// named body, while a bare lower-case word after a body's name is rarely a
// post of it.
func personAppositive(ws []string, j int) bool {
	if j+3 >= len(ws) || ws[j] != "," {
		return false
	}
	if w := ws[j+1]; personRoles[w] || w == "head" {
		k := j + 2
		if w := ws[k]; k+1 < len(ws) && w != "of" && startsWithLetter(w) && !capitalised(w) {
			k++ // a two-word post: "secretary general of", "chief executive of"
		}
		return strings.ToLower(ws[k]) == "of"
	}
	switch strings.ToLower(ws[j+1]) {
	case "the", "a", "an":
	default:
		return false
	}
	for k := j + 2; k < len(ws) && k <= j+1+maxRoleAppositiveWords; k++ {
		w := ws[k]
		if personRoles[w] || w == "head" {
			return true
		}
		if k+1 < len(ws) && possessiveClitic(strings.ToLower(ws[k+1])) {
			k++ // an owner ("the group's"), whose post follows
			continue
		}
		lw := strings.ToLower(w)
		if appositiveStops[lw] || appositiveOrgHeads[lw] || orgHeads[lw] || !startsWithLetter(w) && !possessiveClitic(lw) {
			return false
		}
	}
	return false
}

// appositivePersons makes a person of an organisation's span of two or
// three capitalised words that personAppositive says a person's post
// follows: the tagger, reading a name it had not seen after a quotation
// (`"...," Meenakshi Ganguly, the group's deputy Asia director, said`),
// made it an organisation, but a body is not "the group's director". A
// span whose words end or make an organisation's or a place's name, or
// that other names in the knowledge base as no person, is left.
func appositivePersons(words, tags []string, other func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || j-i < 2 || j-i > 3 || !personAppositive(words, j) {
			return
		}
		for _, w := range words[i:j] {
			lw := strings.ToLower(w)
			if !capitalised(w) || allCaps(w) || !isNameWord(w) || functionWords[lw] || nonPersonNameWords[lw] ||
				orgHeads[lw] || orgNameHeads[lw] || corporateHeads[lw] || companyHeads[lw] || tradeHeads[lw] ||
				acronymHeads[lw] || placeHeads[lw] || media.Head(w) {
				return
			}
		}
		if other != nil && other(words[i:j]) {
			return
		}
		setSpan(tags, i, j, model.EntityPerson)
	})
}
