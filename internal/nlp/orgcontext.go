package nlp

import "strings"

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

// markOrgContexts retypes one-word PER names found in an organisation's
// context, in every sentence of the document.
func markOrgContexts(sents, tags [][]string) {
	var orgs map[string]bool
	for si, ws := range sents {
		ts := tags[si]
		forSpans(ts, func(typ string, i, j int) {
			if (typ == "PER" || typ == "ORG") && j == i+1 && orgContext(ws, i) {
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
			if typ == "PER" && j == i+1 && orgs[ws[i]] {
				ts[i] = "B-ORG"
			}
		})
	}
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
	for _, p := range orgBefore {
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

// corporateHeads end organisations' names only: a span ending in one is an
// organisation whatever the tagger called it ("Lear Corp", "Smith Holdings").
var corporateHeads = wordSet(`corp corp. inc inc. ltd ltd. plc llc gmbh ag s.a. n.v. co. holdings
	bancorp bancshares airlines airways university college institute foundation ministry`)

// markCorporate retypes PER and place spans that end in a corporate word.
func markCorporate(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != "ORG" && typ != "NORP" && typ != "MISC" && j-i >= 2 && corporateHeads[strings.ToLower(words[j-1])] {
			setSpan(tags, i, j, "ORG")
		}
	})
}
