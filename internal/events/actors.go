package events

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// mention is one actor mention in a sentence, as a token span [i, j).
type mention struct {
	i, j    int
	text    string
	actorID string
	country string
	sector  string
	kind    string // country, person, organisation, place, role, name, pronoun
	surname string // for persons: the family name, for later lone mentions
	// borrowed: the country is the sentence's only country, taken by a
	// mention that names none of its own; see dropBorrowed.
	borrowed bool
	// abroad: the mention is located where it is not from ("diplomats in
	// Beijing", "Western officials in Kyiv"); the place gives it no
	// country.
	abroad bool
	// pair: for "the two leaders", "both sides", the two actors named
	// before in the article that the phrase stands for (groupAt puts them
	// in its place).
	pair []mention
	// where: the mention is the clause's place standing in as its target
	// for want of a party ("arrived in Amman", "gathered in the capital,
	// Nairobi"): a capital there stays the city, not its government.
	where bool
	// officeHolder: a speaker whose head is the role of one person ("the
	// Polish prime minister", given the demonym's kind): "he" or "she"
	// in what it reports may stand for it (see markOfficeHolder).
	officeHolder bool
}

func (m mention) key() string {
	if m.actorID != "" {
		// "Algerian" and "Algerian government forces" may carry the same
		// country id; the sector tells them apart.
		return m.actorID + "|" + m.sector
	}
	if m.country != "" {
		if m.kind == "role" {
			// Roles with no actor id are told apart by their head word:
			// "Herdsmen attacked farmers in northern Nigeria", "Rebels
			// clashed with militants in Mali" name two actors of one
			// country and sector, not one acting on itself.
			return m.country + "." + m.sector + "." + roleHead(m.text)
		}
		return m.country + "." + m.sector
	}
	return strings.ToLower(m.text)
}

// roleHead is a role mention's last word, lower-cased, without a plural
// "s" ("farmers", "farmer": "farmer").
func roleHead(text string) string {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return ""
	}
	return strings.TrimSuffix(f[len(f)-1], "s")
}

// mergeKey identifies the actor for merging repeated events: a country, its
// capital and its demonym are one actor.
func (m mention) mergeKey() string {
	if countryLevel(m.kind) && m.country != "" {
		return "C:" + m.country
	}
	return m.key()
}

func (m mention) actor() model.EventActor {
	return model.EventActor{Text: m.text, ActorID: m.actorID, Country: m.country, Sector: m.sector}
}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true}

const maxNgram = 6

// isCap says whether a token starts with an upper-case letter.
// seatRulerTitles are the titles of rulers known by their seat ("the
// Sultan of Sokoto", "the Ooni of Ife", "the Maharaja of Jaipur") that
// the knowledge base holds as no role: a sultan also rules Oman, but
// "Sultan" is as often a given name ("Sultan Al Jaber"), so the title
// counts only before "of" and a place. Kings, emirs, governors and
// mayors are roles the resolver already links to the place's officials.
var seatRulerTitles = map[string]bool{
	"sultan": true, "ooni": true, "oba": true, "alaafin": true, "kabaka": true,
	"asantehene": true, "maharaja": true, "maharajah": true, "raja": true, "rajah": true, "nawab": true,
}

// placeKind says whether a mention kind names a place: a country, its
// capital or another place.
func placeKind(kind string) bool {
	return kind == kb.TypeCountry || kind == "capital" || kind == kb.TypePlace
}

// pluralWord says whether a lower-case noun looks plural ("reporters",
// "officials"), not one ending in "ss" ("press").
func pluralWord(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")
}

// streetAfter reports whether toks[j] is a capitalised noun for a street or
// landmark (kb.IsStreetNoun), so that the place name before it names the
// street ("Cairo Road" in Lusaka, "Kyiv Bridge"), which is neither the
// place nor its country.
func streetAfter(toks []tok, j int) bool {
	return j < len(toks) && isCap(toks[j].text) && kb.IsStreetNoun(toks[j].low)
}

// nameWordAt says whether toks[j] continues a person's name: a capitalised
// word that is no punctuation, weekday or month ("Ali Tuesday" in a
// dateless lead is no name) and that the tagger did not read as a verb or
// function word (a title-case headline's "Says", "To").
func nameWordAt(toks []tok, j int) bool {
	if j >= len(toks) || !isCap(toks[j].text) || isPunct(toks[j].text) || timeNames[toks[j].low] {
		return false
	}
	return toks[j].pos == "" || toks[j].pos == "NNP" || toks[j].pos == "NNPS"
}

// calendarSlot says whether toks[i] is a weekday or month name in a
// date's slot: after a preposition or time word ("on Friday", "since
// March", "last Tuesday", "late Friday") or before a day part or day
// number ("Friday night", "March 3").
func calendarSlot(toks []tok, i int) bool {
	if !timeNames[toks[i].low] {
		return false
	}
	if i > 0 && calendarBefore[toks[i-1].low] {
		return true
	}
	if i+1 < len(toks) {
		n := toks[i+1].low
		return dayParts[n] || isNumber(n) && len(n) <= 2
	}
	return false
}

// calendarBefore are the words that put a weekday or month name right
// after them in a date's slot.
var calendarBefore = map[string]bool{"on": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"before": true, "after": true, "through": true, "in": true, "last": true, "next": true, "this": true, "late": true,
	"early": true, "every": true, "each": true, "of": true, "between": true}

// dayParts are the parts of a day that follow a weekday ("Friday night").
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// ownerPronoun are the possessives that tie a role to the clause's
// subject ("its troops", "their envoys").
var ownerPronoun = map[string]bool{"its": true, "their": true}

// withdrawnBy says whether the role at token i is the object of a verb of
// withdrawing ("withdrew 1,000 troops from Mali", "began pulling troops
// out of"): forces withdrawn are the withdrawer's, as "its troops" are.
func withdrawnBy(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		l := toks[k].low
		if strings.HasPrefix(l, "withdr") || l == "pull" || l == "pulls" || l == "pulled" || l == "pulling" {
			return true
		}
		if !(numeral(toks[k]) || l == "the" || l == "some" || l == "more" || l == "all" || l == "remaining" || l == "most" || l == "about") {
			return false
		}
	}
	return false
}

// deployedBy says whether the role at token i is the object of a verb
// of sending forces ("deploy 300 troops", "sent more soldiers",
// "dispatched additional forces").
func deployedBy(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		if strings.HasPrefix(l, "deploy") || strings.HasPrefix(l, "dispatch") || strings.HasPrefix(l, "station") || l == "send" || l == "sends" || l == "sent" || l == "sending" {
			return true
		}
		if !(numeral(toks[k]) || l == "the" || l == "some" || l == "more" || l == "about" || l == "additional" || l == "extra" || l == "fresh" || l == "up" || l == "to" || l == "several" || l == "hundreds" || l == "thousands" || l == "of") {
			return false
		}
	}
	return false
}

func isPunct(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// findMentions finds actor mentions in the tokens with the knowledge base:
// names, demonyms, capitals, role words, and persons introduced earlier in
// the article by full name (surnames). Entities already resolved upstream
// (with an actor id or country) take precedence over what is found here.
// questionWordAt says whether toks[i:j] is one interrogative or relative
// word in initial capitals ("Who", "What") that opens its sentence or a
// clause after punctuation: a pronoun, not an acronym ("WHO").
func questionWordAt(toks []tok, i, j int) bool {
	if j != i+1 || i >= len(toks) {
		return false
	}
	switch toks[i].text {
	case "Who", "What", "Whom", "Which":
	default:
		return false
	}
	return i == 0 || isPunct(toks[i-1].text)
}

func (c *Coder) findMentions(toks []tok, ents []model.Entity, at time.Time, art *articleState) []mention {
	var ms []mention
	covered := make([]bool, len(toks))
	// Resolved entities from the resolve stage. Those without a country are
	// kept aside: the scan below may place them (a family name seen earlier
	// in full, a demonym); they fill the gaps it leaves.
	var weak []mention
	// Organisations the tagger named in full that the resolver placed
	// nowhere ("the Independent Electoral and Boundaries Commission").
	var unplacedOrgs []mention
	for _, e := range ents {
		// "told parliament troops on the border would be withdrawn": a
		// phrase the tagger ran from the one told into the report's
		// subject is two (see markToldReports). A role keeps its head,
		// the report's part; a name is left to the scan below.
		if i, j := spanOf(toks, e.Start, e.End); i >= 0 && reportOpenIn(toks, i, j) {
			if e.Type != "ROLE" {
				continue
			}
			k := i + 1
			for toks[k].report != k+1 {
				k++
			}
			e.Start, e.Text = toks[k].start, spanText(toks, k, j)
		}
		if e.Country == "" && e.Type == model.EntityOrg && strings.Contains(e.Text, " ") {
			if i, j := spanOf(toks, e.Start, e.End); i >= 0 && j-i > 1 {
				unplacedOrgs = append(unplacedOrgs, mention{i: i, j: j, text: e.Text, actorID: e.ActorID, kind: kb.TypeOrganisation})
			}
		}
		if e.ActorID == "" && e.Country == "" {
			continue
		}
		// A span joining two names ("Hungarian and Romanian", "U.S.-South
		// Korea") is left to the knowledge-base scan, which splits it.
		// A name the knowledge base holds whole for the actor the
		// resolver linked ("Ethics and Anti-Corruption Commission") is
		// that one body's, whatever it joins.
		if !c.wholeKBName(e, at) && (strings.Contains(e.Text, " and ") && !oneBodyOf(e) || strings.Contains(e.Text, ", ") || strings.Contains(e.Text, " or ") || capHyphen(e.Text) && !c.hyphenedPerson(e) && !c.hyphenedOrg(e, at) && !c.hyphenedKnownName(e) && !particleName(e) && !c.hyphenedAcronym(e, at)) {
			continue
		}
		i, j := spanOf(toks, e.Start, e.End)
		if i < 0 {
			continue
		}
		if (e.Type == model.EntityGPE || e.Type == model.EntityLoc) && streetAfter(toks, j) {
			// "Moscow Avenue": a street named after the place (see
			// streetAfter); its words name no actor.
			for k := i; k <= j; k++ {
				covered[k] = true
			}
			continue
		}
		// "Who attacked the convoy remained unclear": a question word
		// opening a clause is no actor, though "who" is the World Health
		// Organization's acronym lower-cased; the acronym is written in
		// capitals.
		if questionWordAt(toks, i, j) {
			for k := i; k < j; k++ {
				covered[k] = true
			}
			continue
		}
		m := mention{i: i, j: j, text: e.Text, actorID: e.ActorID, country: e.Country, sector: e.Sector, kind: kindOfEntity(e.Type)}
		// "Zambia's creditors", "the creditors of Zambia": the resolver
		// gives a role its possessor's country, but those a state owes
		// are not its own.
		if m.kind == "role" && creditorRole(toks, m) && (ownedBefore(toks, i) || j < len(toks) && toks[j].low == "of") {
			m.country, m.actorID = "", ""
		}
		// "Zambia's official creditors": a lower-case "official" before a
		// noun is the adjective, as the knowledge-base scan reads it.
		if m.kind == "role" && e.Text == "official" && j-i == 1 && j < len(toks) && headNoun(toks[j]) {
			continue
		}
		// "the recently imposed Sharia law", "the Magnitsky act": a name
		// right before a word for a legal text names that text, not a
		// person who acts or is acted on.
		if m.kind == "person" && m.actorID != "" && strings.HasPrefix(m.actorID, "doc:") && j < len(toks) && namedTextWords[toks[j].low] {
			continue
		}
		// "10 million Australian dollars", "a loan of 200 million U.S.
		// dollars", "3 million Swiss francs": a country or its demonym
		// right before a currency names the money, not an actor (see
		// currencyName).
		if currencyName(toks, e.Type, j) {
			for k := i; k < j; k++ {
				covered[k] = true
			}
			continue
		}
		// A country's own name ("PRC", "DPRK", "People's Republic of China
		// (PRC)") is that country, whatever the context suggested, unless
		// the resolver found it stands for the national team.
		if c.kb != nil && e.Sector != kb.SectorSports {
			names := []string{e.Text}
			if k := strings.Index(e.Text, " ("); k > 0 {
				// The acronym in brackets is the more specific name:
				// "People's Republic of China (PRC)".
				names = []string{strings.Trim(e.Text[k+2:], ") "), e.Text[:k]}
			}
			// "American" tagged as an organisation is still the demonym.
			if cc, ok := demonymOf(c.kb, kb.Normalize(e.Text)); ok && cc == m.country && m.kind != "role" {
				m.kind = "demonym"
			}
			for _, name := range names {
				if as := c.kb.LookupNorm(kb.Normalize(name), at); len(as) > 0 && as[0].Type == kb.TypeCountry {
					// The resolver may have read a name two countries
					// share from the article ("Congo" beside Kinshasa):
					// its country stays.
					if a, ok := c.kb.Actor(e.ActorID); !ok || a.Type != kb.TypeCountry {
						m.country, m.actorID = as[0].Country, as[0].ID
					}
					m.kind = "country"
					break
				} else if len(as) > 0 && as[0].Capital && as[0].Country == m.country {
					m.kind = "capital" // "Tehran rejected": the government, by its seat
					break
				}
			}
		}
		// "the Sultan of Sokoto", "the Ooni of Ife": a ruler's title
		// before "of" makes the place after it the ruler's seat; the
		// ruler, not the place, acts and is acted on. He stands for the
		// place's own authorities, as the resolver reads "the Emir of
		// Kano" (see kb.LocalActor and localSectorActor).
		if c.kb != nil && i >= 2 && toks[i-1].low == "of" && seatRulerTitles[toks[i-2].low] && isCap(toks[i-2].text) && placeActor(c.kb, m.actorID) {
			m.i, m.text, m.kind, m.sector = i-2, toks[i-2].text, "role", kb.SectorGovernment
			i = i - 2
		}
		// A lone family name of someone the article named in full: the
		// article knows better than a global guess.
		if s, ok := art.surnames[strings.ToLower(e.Text)]; ok && j-i == 1 {
			s.i, s.j, s.text = i, j, e.Text
			m = s
		}
		if m.country == "" {
			// "Francesca Albanese, the U.N. rapporteur, ... Albanese
			// urged": the resolver linked the lone family name to the
			// fuller name the article gave; the scan below must not
			// read it again as a holder of office who shares it (the
			// Australian prime minister).
			// "The opposition Democratic Party accused ...", undatelined:
			// the resolver read a party name many countries' parties
			// bear as a party of no known country rather than the
			// knowledge base's one abroad; the scan below must not read
			// it again as that party.
			if familyNameOfNamed(m) || m.kind == kb.TypeOrganisation && m.sector == kb.SectorParty && strings.HasPrefix(m.actorID, "doc:org:") {
				for k := i; k < j; k++ {
					covered[k] = true
				}
			}
			weak = append(weak, m)
			continue
		}
		ms = append(ms, m)
		for k := i; k < j; k++ {
			covered[k] = true
		}
	}

	k := c.kb
	for i := 0; i < len(toks); i++ {
		if covered[i] || questionWordAt(toks, i, i+1) {
			continue
		}
		t := toks[i]
		if pronouns[t.low] {
			ms = append(ms, mention{i: i, j: i + 1, text: t.text, kind: "pronoun"})
			continue
		}
		if k == nil {
			continue
		}
		// "Saudi-led", "U.S.-led": the coalition or force is led by that
		// country, which acts through it. "the Chinese-drafted proposal",
		// "U.S.-imposed sanctions": the country made the thing, and is the
		// target of whoever rejects or welcomes it.
		if stem := authoredBy(t); stem != "" && isCap(t.text) {
			if cc := countryOfWord(k, stem, at); cc != "" {
				// The country is the actor, as for a demonym the resolver
				// tagged: "the Russian-led alliance" is RUS, not an
				// actor known only by its words.
				m := mention{i: i, j: i + 1, text: t.text, country: cc, kind: "demonym"}
				if a, ok := k.Actor(cc); ok && a.Type == kb.TypeCountry {
					m.actorID = a.ID
				}
				// "the Spanish-owned grid operator": a company owned from
				// that country is its business, as "a Spanish company" is.
				if strings.HasSuffix(t.low, "-owned") {
					m.sector = kb.SectorBusiness
				}
				ms = append(ms, m)
				continue
			}
		}
		found := false
		if isCap(t.text) {
			for n := min(maxNgram, len(toks)-i); n >= 1 && !found; n-- {
				// Upstream spans may be cut short ("Republic of China" inside
				// "People's Republic of China"): a longer name found here
				// wins over them when overlaps are settled below.
				if !isCap(toks[i+n-1].text) || reportOpenIn(toks, i, i+n) {
					continue
				}
				// "The England striker": Normalize drops the article, and
				// the name after it is the upstream entity's (there, the
				// national team), not a longer name.
				if n > 1 && toks[i].low == "the" && covered[i+1] {
					continue
				}
				ok := true
				for q := i; q < i+n; q++ {
					if isPunct(toks[q].text) && toks[q].text != "'s" && toks[q].text != "&" {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				// "No", "In", "It": two-letter words match aliases only when
				// written in capitals ("US", "UN", "EU").
				if n == 1 && len(t.text) <= 2 && !acronym(t.text) {
					continue
				}
				key := kb.Normalize(joinTokens(toks[i : i+n]))
				as := k.LookupNorm(key, at)
				if len(as) > 0 && as[0].Type != kb.TypePerson && streetAfter(toks, i+n) {
					// "crowds blocked Cairo Road in Lusaka": a street
					// named after the place, no actor.
					found = true
					i += n
					break
				}
				if len(as) > 0 && n == 1 && as[0].Type == kb.TypePlace && !as[0].Capital {
					// "Somali" is a region of Ethiopia but, as a word, far
					// more often the demonym.
					if _, ok := demonymOf(k, key); ok {
						as = nil
					}
				}
				// "the Gulf states restored ties with Qatar": see
				// regionStatesGroup.
				if n == 1 {
					if a, end, ok := regionStatesGroup(k, toks, i, key); ok {
						ms = append(ms, mention{i: i, j: end, text: spanText(toks, i, end), actorID: a.ID, country: k.CountryAt(a, at), sector: k.SectorAt(a, at), kind: a.Type})
						found = true
						i = end - 1
						break
					}
				}
				// "Gulf states", "Balkan nations": a province's name
				// before a noun for states is a region of the world
				// (kb.IsStatesNoun), not the province.
				if len(as) > 0 && onlyProvinces(as) && i+n < len(toks) && kb.IsStatesNoun(toks[i+n].low) {
					as = nil
				}
				// A name that stands for an actor only in context ("the
				// Gulf" is a province of Papua New Guinea only in a story
				// about it) is left to the resolver, which reads the
				// article: when it took the name for the actor the
				// mention is covered and never looked up here.
				if len(as) > 0 && k.NeedsContext(key, as[0].ID) {
					as = nil
				}
				// "Real Madrid", "Dynamo Kyiv", "Inter Milan": a place
				// after a club's prefix names the club, no actor of the
				// place's country, let alone its government (clubname.go).
				if len(as) > 0 && as[0].Type == kb.TypePlace && clubPrefixBefore(toks, i) {
					found = true
					i += n - 1
					break
				}
				if len(as) > 0 {
					a := as[0]
					m := mention{i: i, j: i + n, text: spanText(toks, i, i+n), actorID: a.ID, country: k.CountryAt(a, at), sector: k.SectorAt(a, at), kind: a.Type}
					if a.Type == kb.TypePerson {
						// Western order puts the family name last; East Asian
						// names in the KB put it first. Record both.
						f := strings.Fields(key)
						if len(f) > 1 {
							// Short final parts ("Un", "in") are not family names.
							art.surnames[f[0]] = m
							if w := f[len(f)-1]; len(w) >= 3 {
								art.surnames[w] = m
							}
						}
					}
					if a.Type == kb.TypePlace && a.Capital {
						m.kind = "capital"
					}
					ms = append(ms, m)
					found = true
					i += n - 1
					break
				}
				if cc, ok := demonymOf(k, key); ok {
					ms = append(ms, mention{i: i, j: i + n, text: spanText(toks, i, i+n), country: cc, kind: "demonym"})
					found = true
					i += n - 1
					break
				}
				// "European ministers", "African leaders": a regional word
				// before a role names the region's actors, coded with its
				// CAMEO region code (EUR, AFR) as PETRARCH codes them.
				// Elsewhere ("European markets") it names no actor.
				// "Nordic countries", "Balkan nations" are the region's
				// states, coded so too.
				if rc, ok := k.RegionCode(key); ok && (roleAt(k, toks, i+n) || i+n < len(toks) && kb.IsStatesNoun(toks[i+n].low)) {
					ms = append(ms, mention{i: i, j: i + n, text: spanText(toks, i, i+n), country: rc, kind: "demonym"})
					found = true
					i += n - 1
					break
				}
				// "South American countries", "North American automakers":
				// a regional word of several words without a region code
				// names no actor, and the demonym inside it ("American")
				// is not the one state it names alone.
				if n > 1 && k.RegionalWord(key) {
					found = true
					i += n - 1
					break
				}
			}
			if found {
				continue
			}
			// A weekday or month name in a date's slot ("resigned on
			// Friday", "since March 3") is the date even where an
			// office holder bears it as a family name (Saint Vincent's
			// prime minister Godwin Friday).
			if calendarSlot(toks, i) {
				continue
			}
			// A lone family name of a person named in full earlier.
			if m, ok := art.surnames[t.low]; ok {
				m.i, m.j, m.text = i, i+1, t.text
				ms = append(ms, m)
				continue
			}
			// A family name after someone else's given name ("Chief
			// Justice Javier Arevalo", not President Bernardo Arévalo) is
			// another person's full name: the holder's own full name was
			// matched above, so the office holder is not the one named.
			otherGiven := i > 0 && isCap(toks[i-1].text) && k.GivenNameGender(toks[i-1].low) != ""
			// A name word right after ("President Ali Bongo") makes
			// this word the given name of a full name the knowledge
			// base does not know, not a holder's lone family name.
			givenHere := nameWordAt(toks, i+1)
			if as := k.Surname(t.low); len(as) > 0 && !otherGiven && !givenHere {
				var inOffice []*kb.Actor
				ev := art.surnameEvidence(k, toks, i)
				// A weekday or month name written alone is a date far
				// oftener than a holder's family name ("resigned
				// Friday"): only an office word before it ("Prime
				// Minister Friday") makes it the holder's.
				if timeNames[t.low] && !ev.Office {
					as = nil
				}
				for _, a := range as {
					if len(k.Terms(a.ID)) > 0 {
						if _, offices := k.OfficeAt(a.ID, at); len(offices) > 0 && k.LoneSurname(a, at, ev) {
							inOffice = append(inOffice, a)
						}
					}
				}
				if len(inOffice) == 1 {
					a := inOffice[0]
					// The office held at the date says the country
					// (Tusk: Poland's or the EU's).
					ms = append(ms, mention{i: i, j: i + 1, text: t.text, actorID: a.ID, country: k.CountryAt(a, at), sector: k.SectorAt(a, at), kind: a.Type})
					continue
				}
			}
		}
		// "Thousands marched in Nairobi", "killed hundreds": a crowd named
		// by its size is people (civilians); "thousands of Georgians" is
		// left to the demonym after it.
		if crowdWords[t.low] && (i+1 == len(toks) || toks[i+1].low != "of") && (i == 0 || !isNumber(toks[i-1].text) && (toks[i-1].low != "of" || i >= 2 && crowdWords[toks[i-2].low])) {
			ms = append(ms, mention{i: i, j: i + 1, text: t.text, sector: kb.SectorCivilian, kind: "role"})
			continue
		}
		// "Police fired tear gas to disperse the crowd", "a crowd attacked
		// the station": a crowd named by no cause is people gathered
		// (civilians), as "thousands" are; "a crowd of protesters" is left
		// to the noun after it, and a crowd modifying a noun ("crowd
		// control") names no one.
		if (t.low == "crowd" || t.low == "crowds") && (i+1 == len(toks) || toks[i+1].low != "of" && !strings.HasPrefix(toks[i+1].pos, "NN") && toks[i+1].low != "-") {
			ms = append(ms, mention{i: i, j: i + 1, text: t.text, sector: kb.SectorCivilian, kind: "role"})
			continue
		}
		// "3,000 families in Gaza", "thousands of families": households
		// counted by number are people (civilians); a family named
		// otherwise ("the royal family", "the Bongo family") is left alone.
		if (t.low == "families" || t.low == "households") && i > 0 && countWord(toks, i-1) {
			ms = append(ms, mention{i: i, j: i + 1, text: t.text, sector: kb.SectorCivilian, kind: "role"})
			continue
		}
		// "the two Koreas", "both Sudans": the two states of a divided
		// country's name.
		if codes, ok := sharedNamePlurals[t.low]; ok && i > 0 && (toks[i-1].low == "two" || toks[i-1].low == "both") {
			var pair []mention
			for _, cc := range codes {
				if a, ok := k.Actor(cc); ok {
					pair = append(pair, mention{i: i, j: i + 1, text: t.text, actorID: a.ID, country: a.Country, kind: kb.TypeCountry})
				}
			}
			if len(pair) == 2 {
				m := pair[0]
				m.pair = pair
				ms = append(ms, m)
				continue
			}
		}
		// "the two countries", "both sides": no role, but a pair of the
		// parties named before (see pairPhrase); "the three countries"
		// the states named before (see groupPhrase).
		if m := (mention{i: i, j: i + 1, text: t.text, kind: "role"}); pairPhrase(toks, m) || groupPhrase(toks, m) > 0 {
			if _, isRole := k.RoleNorm(t.low); !isRole {
				ms = append(ms, m)
				continue
			}
		}
		// "A jury found the former mayor guilty", "the jury convicted
		// him": the court's jury gives its verdict, judiciary as a court
		// is (see juryAt; the knowledge base leaves a bare "jury" out of
		// its roles).
		if juryAt(toks, i) {
			ms = append(ms, mention{i: i, j: i + 1, text: t.text, sector: kb.SectorJudiciary, kind: "role"})
			continue
		}
		// Role words ("officials", "police", "President"): a group or office
		// without a country of its own; merged below with a neighbouring
		// country or name.
		for n := min(4, len(toks)-i); n >= 1; n-- {
			if isPunct(toks[i+n-1].text) || isPunct(toks[i].text) || determiners[t.low] || reportOpenIn(toks, i, i+n) {
				continue
			}
			key := kb.Normalize(joinTokens(toks[i : i+n]))
			if key == "" {
				continue
			}
			if ri, ok := k.RoleNorm(key); ok {
				// "Durham University", "Calvary Church": a word of a name.
				if n == 1 && isCap(t.text) && kb.NameHead(key) {
					break
				}
				// "General Mills", "General Atomics": a title followed by
				// a company's word is the first word of the company's
				// name, not a rank: the two words are a business actor
				// (of no known country, so a role of that sector), and the
				// title is no actor.
				if !ri.Group && isCap(t.text) && i+n < len(toks) && isCap(toks[i+n].text) && kb.CompanyWord(toks[i+n].low) {
					ms = append(ms, mention{i: i, j: i + n + 1, text: spanText(toks, i, i+n+1), sector: kb.SectorBusiness, kind: "role"})
					i += n
					break
				}
				// "China's military spending", "suspended military aid":
				// a role word modifying a word for money or things.
				if roleModifiesAt(toks, i+n) {
					i += n - 1
					break
				}
				// "deployed vessels to monitor the exercise", "sent
				// troops to police the streets": a lower-case role word
				// the tagger reads as a bare verb after "to", before a
				// determiner, is an infinitive of purpose, not a body.
				if n == 1 && !isCap(t.text) && t.pos == "VB" && i > 0 && toks[i-1].low == "to" && i+1 < len(toks) && determiners[toks[i+1].low] {
					break
				}
				// "agreed to set up joint police patrols": a role word in
				// an undertaking only names its kind.
				if n == 1 && undertakingModifier(k, toks, i) {
					break
				}
				// "a general strike", "the general election": a lower-case
				// "general" before a noun is an adjective, not the rank.
				if key == "general" && !isCap(t.text) && i+1 < len(toks) && headNoun(toks[i+1]) {
					break
				}
				// "its official creditors", "official figures", "an
				// official visit": a lower-case singular "official" before
				// a noun is the adjective, not a person holding office
				// ("an official said", "a senior official in Kyiv" stay).
				if key == "official" && n == 1 && t.low == "official" && i+1 < len(toks) && headNoun(toks[i+1]) {
					break
				}
				// "would face a criminal investigation", "criminal
				// charges", "the criminal code": a lower-case singular
				// "criminal" before a noun is the adjective of the law
				// or process, not a criminal. Before a word for a band of
				// people ("criminal groups", "a criminal network") it
				// still names criminals, as a role noun after it does.
				if key == "criminal" && n == 1 && t.low == "criminal" && i+1 < len(toks) && headNoun(toks[i+1]) && !criminalBands[toks[i+1].low] {
					if _, isRole := k.RoleNorm(kb.Normalize(toks[i+1].low)); !isRole {
						break
					}
				}
				// "restore civilian rule", "civilian oversight of the
				// army", "a civilian-led transition": "civilian" before a
				// word of governance says who is to govern, a kind of
				// government, not civilians acted on.
				if n == 1 && (key == "civilian" || key == "civil") && i+1 < len(toks) && governanceNouns[toks[i+1].low] {
					break
				}
				// "a passenger train", "a Ukrainian passenger jet": a
				// singular "passenger" before a noun is the kind of
				// vehicle or service, not people.
				if key == "passenger" && i+n < len(toks) && headNoun(toks[i+n]) {
					break
				}
				if titleCaseName(toks, ms, covered, i, n) {
					i += n - 1
					break
				}
				sector := ri.Sector
				// "destroyed a tank and its crew", "the warship's crew": a
				// crew said to be a war machine's serves in the armed
				// forces, not a ship's civilians.
				if (key == "crew" || key == "crews") && militaryCrew(toks, i) {
					sector = kb.SectorMilitary
				}
				// "COSATU president Zingiswa Losi", "ASUU president
				// Emmanuel Osodeke": a lower-case head title right after an
				// acronym no actor was found for is that body's post, not
				// the state's office of that name; what the body is, and
				// so the holder's sector, is not known (as the resolver
				// reads it: postBodyBefore).
				if sector == kb.SectorGovernment && !isCap(t.text) && bodyPostWord(joinTokens(toks[i:i+n])) && unknownAcronymAt(toks, ms, weak, i-1) {
					sector = ""
				}
				if legislatorsCounted(toks, ms, i, key) {
					sector = kb.SectorLegislature
				}
				ms = append(ms, mention{i: i, j: i + n, text: spanText(toks, i, i+n), sector: sector, kind: "role"})
				i += n - 1
				break
			}
		}
	}
	ms = orgHeadsToNames(ms, unplacedOrgs)
	// Unplaced upstream entities fill the spans the scan left empty.
	for _, w := range weak {
		free := true
		var inner []int
		for mi, m := range ms {
			if m.i < w.j && w.i < m.j {
				free = false
				inner = append(inner, mi)
			}
		}
		if free {
			ms = append(ms, w)
			continue
		}
		// "Globex Corporation", "Zorvath Mining Corporation": a company
		// word the role scan found inside a longer named organisation is
		// that organisation's head, not an actor of its own; the
		// organisation, which has an actor id, takes its place and its
		// sector. A state body's word ("Ministry") stays the role, which
		// may still be placed in a country.
		// "Kurdistan Democratic Party", "Kurdistan Workers Party": the
		// knowledge base's shorter name at the end of a longer
		// organisation's name ("Democratic Party", "Workers Party", other
		// countries' parties) is a cut of that name, not an actor of its
		// own; the whole name, words before it and all, is the actor.
		if w.kind == "organisation" && w.actorID != "" && orgNameTail(toks, ms, inner, w) {
			ms = replaceInner(ms, inner, w)
			continue
		}
		// "the Allied Democratic Forces", "the Lord's Resistance Army",
		// "The Arakan Army denied the accusation": a named armed body the
		// resolver read whole but knows no country of is that body, not
		// the home country's military that its head word alone would be;
		// its actor and whole span stand. One whose capitalised name ends
		// in a force word (armedGroupName: "Arakan Army", "Allied
		// Democratic Forces") is a rebel group.
		armedGroup := w.kind == kb.TypeOrganisation && armedGroupName(toks, ms, inner, w)
		if armedGroup || w.kind == kb.TypeOrganisation && strings.HasPrefix(w.actorID, "doc:org:") && armedHeadOnly(toks, ms, inner, w) {
			if armedGroup {
				w.sector = kb.SectorRebel
			}
			ms = replaceInner(ms, inner, w)
			continue
		}
		// "Police arrested Tendai Moyo", "Paulo Lima was charged": a
		// name the knowledge base holds as a town or a capital (Moyo in
		// Uganda, Lima) inside words the tagger read as one person's name
		// is that person's family or given name, not the place; else the
		// place, no actor where no preposition of place precedes it, is
		// dropped below and the person with it, or the capital stands
		// for its government. The person keeps no country until the
		// domestic reading gives one.
		if w.kind == "person" && placesInside(toks, ms, inner, w) {
			ms = replaceInner(ms, inner, w)
			continue
		}
		// "stormed the offices of The Citizen", "told The Reporter": a
		// name written with its own capital "The" inside the sentence
		// (nlp's theOrgNames) is the outlet or body so named, not the
		// people its ordinary word would be; the role the scan read in
		// it is a word of the name.
		if w.kind == "organisation" && w.actorID != "" && capitalTheName(toks, w) && rolesInside(ms, inner, w) {
			ms = replaceInner(ms, inner, w)
			continue
		}
		if w.kind == "organisation" && w.actorID != "" && headRolesOnly(ms, inner, w) {
			w.sector = ms[inner[0]].sector
			ms = replaceInner(ms, inner, w)
			continue
		}
		// "The Niger Delta Avengers", "the Sudan Liberation Movement": a
		// place name the scan found inside an organisation the resolver
		// read whole, and deliberately placed in no country, is a word
		// of that organisation's name, not the country acting or acted on.
		if w.kind == kb.TypeOrganisation && w.actorID != "" && (placeNamesInside(toks, ms, inner, w) || ofNameInside(toks, ms, inner, w)) {
			kept := ms[:0:0]
			for mi, m := range ms {
				if !slices.Contains(inner, mi) {
					kept = append(kept, m)
				}
			}
			ms = append(kept, w)
		}
	}
	// "the North", "the South" in a story about a divided country
	// ("restored two hotlines with the South"), once this sentence's own
	// countries are known.
	for _, m := range ms {
		if m.kind == kb.TypeCountry && m.country != "" && art.countries != nil {
			art.countries[m.country] = true
		}
	}
	for i := range toks {
		if m, ok := c.halfOfPair(toks, i, art); ok && !covered[i] && !overlapsAny(ms, i) {
			ms = append(ms, m)
		}
	}
	// "Jihadists captured Timbuktu": a town the tagger missed, taken by
	// an armed force (see capturedPlace).
	for i := range toks {
		if m, ok := c.capturedPlace(toks, ms, covered, i, art); ok {
			ms = append(ms, m)
		}
	}
	sortMentions(ms)
	ms = dropOverlaps(ms)
	// A one-word region name ("Rivera", "Central") is a place only where a
	// place is expected: after "in", "at", "from", "near", "of", or as
	// what a verb of capture took ("Rebels seized Kidal": the slot names a
	// place, as for capturedPlace).
	out := ms[:0]
	for _, m := range ms {
		if m.kind == kb.TypePlace && m.j-m.i == 1 && m.actorID != "" && strings.HasPrefix(m.actorID, "place:") {
			if m.i == 0 {
				continue
			}
			switch l := toks[m.i-1].low; {
			case captureForms[l]:
			case l == "in" || l == "at" || l == "from" || l == "near" || l == "of" || l == "into" || l == "across" || l == "to" || l == "outside":
			default:
				continue
			}
		}
		out = append(out, m)
	}
	ms = out
	ms = c.mergeMentions(toks, ms, art)
	ms = headOfBody(toks, ms)
	ms = supportersOf(toks, ms)
	// "Indian and Chinese troops", "South Korean and Japanese leaders": a
	// demonym coordinated with another that heads a role shares the role.
	for i := len(ms) - 2; i >= 0; i-- {
		a, b := ms[i], ms[i+1]
		// "US and British activists": a country's name used as a modifier
		// too.
		if a.kind != "demonym" && a.kind != "country" || a.sector != "" || b.kind != "demonym" && b.kind != "role" || b.sector == "" || b.j-b.i < 2 || b.i != a.j+1 || !isCap(toks[b.i].text) {
			continue
		}
		if l := toks[a.j].low; l == "and" || l == "or" || l == "," {
			ms[i].sector = b.sector
		}
	}
	// "Colombian government and rebel negotiators": two sector words share
	// one head noun and the nationality before the first; the second
	// phrase is of that country and of its own sector word's sector, not
	// of the head's ("negotiators" alone would be the government's).
	for i := 0; i+1 < len(ms) && k != nil; i++ {
		a, b := ms[i], ms[i+1]
		if a.country == "" || a.sector == "" || b.kind != "role" || b.j-b.i < 2 || b.i != a.j+1 || a.j-a.i < 2 {
			continue
		}
		if l := toks[a.j].low; l != "and" && l != "or" {
			continue
		}
		last, first := toks[a.j-1], toks[b.i]
		if isCap(last.text) || isCap(first.text) {
			continue
		}
		ra, okA := k.RoleNorm(last.low)
		rb, okB := k.RoleNorm(first.low)
		if !okA || !okB || ra.Sector != a.sector || rb.Sector == "" {
			continue
		}
		ms[i+1].country, ms[i+1].sector, ms[i+1].actorID, ms[i+1].borrowed = a.country, rb.Sector, "", false
	}
	// "The US withdrew its troops from Afghanistan": a role its owner's
	// pronoun places is the owner's, not of the place it leaves or is in,
	// whatever country the resolver read from that place (possessed gives
	// it the owner's later).
	for i := 0; i+1 < len(ms); i++ {
		m, nx := ms[i], ms[i+1]
		if m.kind != "role" || m.country == "" || m.country != nx.country || m.i == 0 || !ownerPronoun[toks[m.i-1].low] && !withdrawnBy(toks, m.i) {
			continue
		}
		named := false // "its Afghan allies" names the country itself
		for _, t := range toks[m.i:m.j] {
			named = named || isCap(t.text)
		}
		if gap := toks[m.j:nx.i]; !named && len(gap) >= 1 && len(gap) <= 3 && (gap[0].low == "from" || gap[0].low == "in" || gap[0].low == "inside" || gap[0].low == "out") {
			ms[i].country, ms[i].actorID, ms[i].borrowed = "", "", false
		}
	}
	// Words of a nationality or group naming no country ("Western",
	// "Arab", "European").
	blocWord := map[int]bool{}
	for _, e := range ents {
		if e.Type == model.EntityNORP && e.Country == "" && e.ActorID == "" {
			if i, j := spanOf(toks, e.Start, e.End); i >= 0 {
				for k := i; k < j; k++ {
					blocWord[k] = true
				}
			}
		}
	}
	// "three ethnic Albanians in southern Serbia", "ethnic Albanian
	// guerrillas in Macedonia": an ethnic group is a people, placed where
	// it lives (as CAMEO codes an ethnic group by its country of
	// residence); the state its name recalls is not its country. With no
	// place named it is placed as any group is (the domestic convention).
	for i, m := range ms {
		if m.i > 0 && toks[m.i-1].low == "ethnic" && m.country != "" && (m.kind == "demonym" || m.kind == "role") {
			ms[i].country, ms[i].actorID, ms[i].borrowed = "", "", false
			if m.kind == "demonym" {
				ms[i].kind = "role"
				if m.sector == "" {
					ms[i].sector = kb.SectorCivilian
				}
			}
		}
	}
	// "released about 300 child soldiers", "demobilised child
	// combatants": children recruited by an armed group are its victims,
	// civilians, not a fighting force whose release is a retreat by it.
	for i, m := range ms {
		if m.kind == "role" && m.i > 0 && (toks[m.i-1].low == "child" || toks[m.i-1].low == "underage") && (m.sector == kb.SectorMilitary || m.sector == kb.SectorRebel) {
			ms[i].sector = kb.SectorCivilian
		}
	}
	// "banned a popular Chinese short-video app", "fined a Chinese
	// telecoms group": a nationality before a noun for a business or
	// what it sells names a business of that country, not its state.
	for i, m := range ms {
		if m.kind == "demonym" && m.sector == "" && m.country != "" && businessHeadAfter(toks, ms, i) {
			ms[i].sector = kb.SectorBusiness
		}
	}
	// "Shell agreed to sell its Nigerian onshore assets", "the bank's
	// Russian unit": a nationality between a possessive and a noun for
	// holdings says where the possessor's property lies; that country is
	// no party to what is done with it, so the mention names no actor.
	for i, m := range ms {
		if m.kind == "demonym" && m.sector == "" && m.country != "" && possessedHolding(toks, m) {
			ms[i].country, ms[i].actorID, ms[i].borrowed = "", "", false
		}
	}
	// "attacked an Indian patrol", "a Russian warship fired": a
	// nationality before a noun for an armed formation or a war vessel
	// names that country's military, not its state at large.
	for i, m := range ms {
		if m.kind == "demonym" && m.sector == "" && m.country != "" && militaryHeadAfter(toks, ms, i) {
			ms[i].sector = kb.SectorMilitary
		}
	}
	// "Tokyo summoned the ambassador": a state summons or expels another
	// state's envoy; the country the sentence names is the summoner's,
	// not the envoy's, and the story's is no better evidence.
	for i, m := range ms {
		if summonedEnvoy(toks, m) || expelledEnvoy(toks, m) || orderedOutEnvoy(toks, m) {
			ms[i].abroad = true
		}
	}
	// "WASHINGTON — The visiting prime minister praised ...": a visitor
	// is by definition away from home, so neither the dateline nor the
	// one country the sentence names is his ("The visiting prime minister
	// met Kenya's president in Nairobi"); "the visiting Kenyan president"
	// names his own.
	for i, m := range ms {
		if m.country == "" && countryless(m.kind) && visitingMention(toks, m) {
			ms[i].abroad = true
		}
	}
	// "Ukraine asked the court in The Hague to order Russia to halt the
	// attacks": a court in a city that seats international courts is no
	// court of the host state nor of the party before it (see
	// seatedCourt); the sentence does not say which it is, so it is
	// nobody's.
	for i := range ms {
		if seatedCourt(c.kb, toks, ms, i) >= 0 {
			ms[i].country, ms[i].actorID, ms[i].borrowed = "", "", false
		}
	}
	// "rebels in the Ivory Coast", "students throughout Indonesia",
	// "officials of Sudan": a group or name located in a country is of it.
	for i := 0; i+1 < len(ms); i++ {
		m, nx := ms[i], ms[i+1]
		if m.country != "" || m.abroad || !countryless(m.kind) || nx.country == "" || nx.kind == "pronoun" || seatedCourt(c.kb, toks, ms, i) >= 0 {
			continue
		}
		gap := toks[m.j:nx.i]
		// "a summit of European leaders in Brussels": the participants of
		// a meeting are where they meet, not from there.
		if len(gap) >= 1 && gap[0].low == "in" && meetingParticipant(toks, m.i) {
			continue
		}
		// "diplomats in Beijing", "Western officials in Kyiv": envoys
		// serve abroad, and a nationality word naming no country ("Western",
		// "Arab") already says whose the people are; where they are is a
		// location, not a nationality.
		if len(gap) >= 1 && gap[0].low == "in" && (envoyWords[toks[m.j-1].low] || m.i > 0 && blocWord[m.i-1] && !c.creedArmedGroup(toks, m)) {
			ms[i].abroad = true
			continue
		}
		// "government negotiators in Havana": negotiators go where the
		// talks are; the place is the venue, not whose they are.
		if len(gap) >= 1 && gap[0].low == "in" && negotiatorWords[toks[m.j-1].low] {
			continue
		}
		// "Government negotiators met rebel leaders in Oslo": where a
		// state and its rebels meet is the venue of their talks, held
		// abroad as often as at home; it names neither side's country.
		if len(gap) >= 1 && gap[0].low == "in" && conflictTalksVenue(toks, ms, nx) {
			continue
		}
		// "withdraw its troops from eastern Congo": a role its owner's
		// pronoun already places is not of the place it leaves or is in.
		if m.i > 0 && (toks[m.i-1].low == "its" || toks[m.i-1].low == "their") || withdrawnBy(toks, m.i) {
			continue
		}
		// "pledged to deploy 300 troops in Estonia", "sent troops to
		// Estonia": forces a state deploys are its own, sent to the host
		// state; the place they go is where, not whose, they are.
		if deployedBy(toks, m.i) {
			continue
		}
		// "guerrillas operating in Macedonia", "refugees living in
		// Lebanon", "rebels based in eastern Congo": a participle of being
		// somewhere places the group as the bare preposition does.
		if len(gap) >= 2 && locatedParticiples[gap[0].low] && gap[1].low == "in" {
			gap = gap[1:]
		}
		if len(gap) >= 1 && len(gap) <= 2 {
			switch gap[0].low {
			case "in", "from", "of", "throughout", "across":
				if len(gap) == 1 || gap[1].low == "the" || compassWord(gap[1]) {
					ms[i].country = nx.country
				}
			}
		}
	}
	// Apposition: "the US commander in Iraq, General David Petraeus," — a
	// name right after a comma takes the country of the phrase before it.
	for i := 1; i < len(ms); i++ {
		m := ms[i]
		if m.country != "" || !countryless(m.kind) || m.i < 1 || toks[m.i-1].low != "," {
			continue
		}
		// "Three civilians were killed by Russian shelling, officials
		// said": a role right before a verb of saying after the comma is
		// the closing attribution's speaker, no apposition to the phrase
		// before it; the officials are not Russian.
		if m.j < len(toks) && reportWords[toks[m.j].low] {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			p := ms[k]
			if p.j > m.i-1 || m.i-1-p.j > 3 {
				if p.j <= m.i-1 {
					break
				}
				continue
			}
			if p.country != "" && p.kind != "pronoun" {
				// Skip a place in between ("commander in Iraq"): use the
				// phrase head before the locative preposition.
				if k > 0 && prepBefore(toks, p.i) != "" && ms[k-1].country != "" && p.i-ms[k-1].j <= 2 {
					p = ms[k-1]
				}
				ms[i].country = p.country
			}
			break
		}
	}
	ms = dropAudience(toks, ms)
	ms = dropChannel(toks, ms)
	ownMembers(toks, ms)
	// "the two leaders", "both countries": the two actors of different
	// countries named last before; with none known, the phrase names no
	// country of its own (not the speaker's).
	notePairOfficeMeeting(toks, ms, art)
	ms = splitPairPossessor(toks, ms)
	for i := range ms {
		m := &ms[i]
		// "The foreign ministers of South Africa and Kenya met ... The
		// ministers will meet again": the bare plural is that pair.
		if art.hasPair && pairOfficeMeeters(toks, *m, art) {
			m.pair = []mention{art.pair[0], art.pair[1]}
			m.country = art.pair[0].country
			continue
		}
		// "The African Union urged the three countries to return to the
		// table": the states of the last sentence naming three; with no
		// such sentence the phrase names no country (not a pair's).
		if n := groupPhrase(toks, *m); n > 0 {
			if g, ok := art.stateGroups[n]; ok {
				m.pair = append([]mention(nil), g...)
				m.country = g[0].country
			} else {
				m.kind = "pair"
			}
			continue
		}
		if !pairPhrase(toks, *m) {
			continue
		}
		kind, _ := kb.PairHead(toks[m.i].low)
		if a, b, ok := clashers(toks, ms, m.i); ok && kind != kb.PairStates {
			// "Troops clashed with rebels near the town, and both sides
			// suffered losses": the sides are the two who clashed.
			m.pair = []mention{a, b}
			m.country = a.country
		} else if a, b, ok := c.pairInSentence(toks, ms, m.i, kind); ok && (clauseAfterAnd(toks, m.i) || pastBetween(toks, m.i)) {
			// "X met Y in Riyadh on Monday, and the two sides signed
			// memoranda": a pair phrase opening a clause joined by "and"
			// takes up the two parties the first clause named, before any
			// pair of earlier sentences ("The Somali president warned of
			// al-Shabaab. Ruto met Museveni ..., and both countries
			// pledged" are Kenya and Uganda); so does one "between" whom
			// a meeting the sentence tells as past was held ("pledged to
			// deepen their alliance after a meeting between the two
			// leaders").
			m.pair = []mention{a, b}
			m.country = a.country
		} else if art.hasStates && kind == kb.PairStates {
			m.pair = []mention{art.statePair[0], art.statePair[1]}
			m.country = art.statePair[0].country
		} else if a, b, ok := c.statesOfPair(art); ok && kind == kb.PairStates {
			// "Chinese Foreign Minister Wang Yi met Japanese Foreign
			// Minister Takeshi Iwaya ... The two countries agreed to
			// resume flights": with no state named, the two countries
			// are the states the two officials serve, not the officials.
			m.pair = []mention{a, b}
			m.country = a.country
		} else if art.hasPair && kind != kb.PairStates {
			// "The two countries" are never a country's president and
			// the rebels fighting it, nor two parties of one country:
			// two states of the pair are taken above (statesOfPair), and
			// with none the phrase names no one.
			m.pair = []mention{art.pair[0], art.pair[1]}
			m.country = art.pair[0].country
		} else if a, b, ok := statesBefore(ms, m.i); ok && kind == kb.PairStates && possessiveAt(toks, m.j) {
			// "Raiders from South Sudan killed Kenyan herders, prompting
			// the two countries' ministers to meet": with no pair known
			// from earlier sentences, the two states this sentence named
			// before the phrase are the two countries. Kept to a phrase
			// owning its holders (pairPossessedRoles): for any pair phrase
			// it also coded "talks between the two neighbors" an offer
			// was made for as talks held (dev all-asserted F1 0.841 ->
			// 0.839).
			m.pair = []mention{a, b}
			m.country = a.country
		} else if personNouns[toks[m.i].low] {
			// "A court in Nairobi remanded the two men in custody": with
			// no two parties known, "the two men" are people the story
			// does not name, as "two men" are (unknownPerson): civilians
			// who take the sentence's country, never a pair of states.
			m.kind, m.sector = "role", kb.SectorCivilian
			m.text = spanText(toks, m.i-1, m.j)
		} else {
			m.kind = "pair"
		}
		// "the two governments" are the two parties' governments, not
		// the two countries.
		if sector := kb.PairSector(toks[m.i].low); sector != "" && len(m.pair) == 2 {
			m.pair = []mention{sectorOf(m.pair[0], sector), sectorOf(m.pair[1], sector)}
			m.sector = sector
		}
	}
	ms = pairPossessedRoles(toks, ms)
	ms = c.dropTreatyPlaces(toks, ms)
	ms = c.placedSeats(toks, ms)
	// Officials, names and groups without a country of their own take the
	// country of the sentence when it names exactly one ("police in
	// Nairobi", "opposition groups in Zimbabwe ... President Mugabe").
	// "Leaders meeting at an emergency ECOWAS summit": the leaders at a
	// bloc's summit meet as that bloc.
	for i := range ms {
		if n := summitBloc(toks, ms, ms[i], c.isState); n >= 0 {
			ms[i].country, ms[i].borrowed = ms[n].country, true
		}
	}
	only := ""
	counterpartOnly := true
	for mi, m := range ms {
		if m.country == "" || m.kind == "pronoun" {
			continue
		}
		// "Ethiopia and Tigrayan rebels signed a peace deal in Pretoria":
		// the venue of talks or a signing between a state and its rebels
		// is no second side, and the rebels are still the state's.
		if !m.borrowed && conflictTalksVenue(toks, ms, m) {
			continue
		}
		// "The foreign ministry summoned the Chinese ambassador": an
		// envoy serves abroad, so his country is the one the sentence
		// is not set in; the ministry is the story's.
		if envoyMention(toks, m) {
			continue
		}
		// "The Swedish consulate accused the police of beating
		// protesters": a state's embassy or consulate, as its envoys,
		// stands abroad; its state is not the scene, and the police and
		// protesters are not Swedish.
		if missionMention(toks, m) {
			continue
		}
		// "The ministry summoned the ambassador after its embassy in
		// Berlin was attacked": the host of a mission the sentence's own
		// actor owns is abroad for that actor; the ministry is not
		// German.
		if ownMissionHost(toks, m) {
			continue
		}
		// "The court in The Hague convicted the former warlord": the
		// seat of an international court is no scene; the warlord is
		// not Dutch.
		if mi > 0 && seatedCourt(c.kb, toks, ms, mi-1) == mi {
			continue
		}
		// "KINSHASA - Gunmen backed by Rwanda attacked a village": a
		// backer is named as a proxy's sponsor, not as the scene; the
		// village and its people are not Rwanda's, and the dateline may
		// still place them.
		if sponsorMention(toks, m) {
			continue
		}
		// "Shipping companies blacklisted by Washington resumed
		// operations": the agent of a participle on a noun acts on it
		// and is no scene; the companies are not American.
		if passiveAgentMention(toks, ms, mi) {
			continue
		}
		// "Families of civilians killed in Russian shelling criticised
		// the government": the nationality of an attack that killed or
		// struck someone is the attacker's, no scene; the victims and
		// the government are not Russian.
		if attackerMention(toks, m) {
			continue
		}
		// "CONAKRY - Police arrested four journalists, including a
		// correspondent for Radio France Internationale": a news outlet
		// is named as whom someone works for or who reported, not as the
		// scene; international broadcasters and agencies report from
		// everywhere, so the police are not French.
		if outletMention(m) {
			continue
		}
		// "Tan's family asked the public to pray, his son said in a post
		// on Facebook": a network the words were posted on carries them,
		// as an outlet does; where its owner is registered is no scene,
		// and the family is not American.
		if postedOn(toks, m) {
			continue
		}
		// "WARSAW - Farmers blocked roads to protest against cheaper
		// imports from Ukraine": where goods come from is what the
		// protest is about, no scene; the farmers are not Ukrainian.
		if goodsOrigin(toks, m) {
			continue
		}
		// "NAIROBI - Two activists were detained in the capital, State
		// Department spokesman John Kato said": a speaker of another
		// state than the story's comments on it from abroad; his
		// country is no scene, and the activists are not American.
		if art != nil && art.home != "" && m.country != art.home && reportingSpeaker(toks, m) {
			continue
		}
		if only != "" && only != m.country {
			only = "-"
			break
		}
		only = m.country
		if !counterpartPlace(toks, m) && !missionOutside(toks, m) && !discussedTopic(toks, m) && !destinationPlace(toks, m) && !sentBy(toks, m) {
			counterpartOnly = false
		}
	}
	// "The Baltic states agreed to deploy more troops to their borders
	// with Russia": a country named only as the other side of a relation
	// is no scene, and the troops are not Russia's.
	if counterpartOnly {
		only = ""
	}
	// Nor is the venue of talks between a state and its rebels ("met
	// rebel leaders in Oslo"): the rebels fight in the article's
	// rebellion, and the government is theirs (see below).
	if only != "" && only != "-" && venueOnly(toks, ms, only) {
		only = ""
	}
	// An international body or a group's own code ("Amnesty International
	// condemned the government's new law") is no country to lend: the
	// government is not Amnesty's. It still names a second side, so with
	// a country beside it nothing is lent either.
	if only != "" && only != "-" && !c.isState(only) {
		only = ""
	}
	// "the phone call between Duvall and Zelensky": a named party
	// without a country, joined by "and" or "or" to the one that has the
	// sentence's country, is the other side of a pair, most likely of
	// another country; the sentence names two sides, not one scene.
	if only != "" && only != "-" && pairedCountryless(toks, ms, only) {
		only = ""
	}
	if only != "" && only != "-" {
		actorHolds := countryHeldByActor(toks, ms, only)
		namesOnly := onlyNamesHold(ms, only)
		for i := range ms {
			// "The Niger Delta Avengers bombed a Chevron pipeline": an
			// organisation the resolver could not place is not of the
			// country of another organisation or person the sentence
			// names (Chevron's is the firm's, not the scene's); a place
			// or state named still sets the scene.
			if namesOnly && unplacedOrg(ms[i]) {
				continue
			}
			// "John Smith met the Japanese foreign minister": a person
			// named bare, with no title and no country of the article's
			// own, is as likely the other side's visitor as one of its
			// people; another actor's country is no evidence of theirs.
			// The scene still is ("John Smith was arrested in Nairobi").
			if actorHolds && bareName(ms[i]) {
				continue
			}
			// "The foreign ministers met in Geneva": the venue of a
			// meeting among several is no country of theirs.
			if reciprocalMeeters(toks, ms[i], art) {
				continue
			}
			// "CONAKRY - The junta revoked the licences of two French
			// mining companies": a country the sentence names only as
			// the nationality of private parties (firms, nationals,
			// journalists) says whose they are, not whose the bare
			// government or junta is; a story filed from a country
			// means its own, and one filed from nowhere leaves it
			// uncoded rather than the firms' state.
			// So are bare soldiers and police ("KINSHASA - Soldiers
			// freed two French tourists"): a state's forces act at home,
			// and the tourists' nationality is theirs alone.
			// With no story country, the forces who act on a country's
			// people are most likely its own ("Police detained six
			// Egyptian activists"), so they still take it below.
			home := art != nil && art.home != "" && c.isState(art.home)
			if (bareRegime(toks, ms[i]) || home && bareForces(toks, ms[i])) && privateHoldersOnly(toks, ms, only) {
				if art != nil && art.home != "" && c.isState(art.home) {
					ms[i].country, ms[i].borrowed = art.home, true
				}
				continue
			}
			// "ATHENS - Police arrested the migrants from Afghanistan",
			// "... who had crossed from Turkey", "... near the Turkish
			// border": a country the sentence names only as where
			// people came from or as the far side of a border is not
			// where bare forces of a story filed from a state serve;
			// they are that state's.
			if home && bareForceMention(ms[i]) && originOnly(toks, ms, i, only) {
				ms[i].country, ms[i].borrowed = art.home, true
				continue
			}
			// ... and the migrants or refugees such a sentence names
			// are not of the country they came from or reached a
			// border of ("the migrants, who had crossed from Turkey");
			// "migrants from Afghanistan" are Afghans.
			if uprootedMention(toks, ms[i]) && originOnly(toks, ms, i, only) {
				continue
			}
			// "France condemned the government's new law": a state
			// acting on "the government" acts on another's (a country
			// does not condemn its own); it is the story's country when
			// a dateline names another, else nobody's.
			if bareGovernment(toks, ms[i]) && actedOnByState(toks, ms, i, only) {
				if art != nil && art.dateline != "" && art.dateline != only {
					ms[i].country, ms[i].borrowed = art.dateline, true
				}
				continue
			}
			// "Rights groups criticised the plan, saying it would push
			// Afghan refugees back": a nationality the sentence gives
			// only to private parties after a group outside the state
			// says whose those parties are, not whose the group is
			// (rights groups speak for refugees of any country).
			if civilBeforePrivateHolders(toks, ms, i, only) {
				continue
			}
			// "Leaders condemned the coup in Niger", "world leaders
			// condemned it": leaders no word places are those of
			// several states reacting to an act within one, not that
			// country's own.
			// So for "Western governments" (supranational.go).
			if bareLeaders(toks, ms[i]) != "" || supranationalPlural(toks, ms[i]) {
				continue
			}
			// "Delegates from 40 developing countries walked out of
			// the talks in Paris": people of many states are of none.
			if manyStatesMembers(toks, ms[i]) {
				continue
			}
			// "foreign journalists" are not of the sentence's country,
			// nor are a borrower's creditors ("Zambia's creditors").
			// "The Dutch government expects the crew to be released": a
			// ship's or an aircraft's people cross borders with it and are
			// of the flag the sentence gives it (see craftCountry), not of
			// the sentence's only country.
			if ms[i].country == "" && seafarerMention(toks, ms[i]) {
				continue
			}
			// "met his counterpart": another state's holder (see
			// counterpartRole).
			if ms[i].country == "" && counterpartRole(toks, ms[i]) {
				continue
			}
			if ms[i].country == "" && countryless(ms[i].kind) && !ms[i].abroad && !(ms[i].i > 0 && toks[ms[i].i-1].low == "foreign") && !creditorRole(toks, ms[i]) && !sponsoredBy(toks, ms[i].j) && passiveAgentAt(toks, ms, ms[i].j) < 0 && !attackedBy(toks, ms, i, only) && !courtBroughtTo(toks, ms[i]) && seatedCourt(c.kb, toks, ms, i) < 0 {
				ms[i].country, ms[i].borrowed = only, true
			}
		}
	}
	// "NAIROBI (Wire) - The opposition condemned the government's new
	// law": in a sentence naming no country, the bare government of a
	// story filed from a country's city is that country's.
	// So are its officials and titled people ("Opposition leader John
	// Mwangi", "the finance minister", "Governor Jane Achieng"): a title
	// places its holder in some country's politics, and the story was
	// filed from one. A bare name ("John Smith") has no such tie and
	// stays uncoded.
	// The story's country is the dateline's unless the article names
	// another more often (see articleState.home). A bare "the government"
	// is one such role (datelineHolder); the resolver has already given it
	// the dateline's government when the story names no other country at
	// all, and "a foreign government" stays no one's here.
	if only == "" && art != nil && art.home != "" {
		// "DOHA - Sudan's government and the RSF signed a deal. Under
		// it, government troops will withdraw and rebel fighters will
		// join the army": rebels fight in the rebellion the article told
		// of, wherever the story was filed, and the government troops
		// facing them are that state's (the rebellion blocks below place
		// both); the venue of the talks lends neither.
		conflict := art.rebellion != "" && art.rebellion != art.home && c.isState(art.rebellion) && bareRebels(ms)
		for i := range ms {
			// "WASHINGTON - Firms sanctioned by the United States":
			// acted on by the dateline's state, the firms are not its.
			if a := passiveAgentAt(toks, ms, ms[i].j); a >= 0 && ms[a].country == art.home {
				continue
			}
			if conflict && ms[i].kind == "role" && (ms[i].sector == kb.SectorRebel || ms[i].sector == kb.SectorGovernment || ms[i].sector == kb.SectorMilitary) {
				continue
			}
			if reciprocalMeeters(toks, ms[i], art) {
				continue
			}
			// "ABUJA - Regional leaders condemned the coup": world or
			// regional leaders are no one state's, wherever the story
			// was filed. Bare "leaders" in a story from a country may
			// be its own and keep the dateline's.
			if q := bareLeaders(toks, ms[i]); q != "" && q != "bare" {
				continue
			}
			// "GENEVA - Delegates from 40 developing countries walked
			// out": people of many states are not the dateline's.
			if manyStatesMembers(toks, ms[i]) {
				continue
			}
			// "LONDON - Fighting in Sudan has displaced thousands.
			// Rebels shelled the town": a wire hub's bureau files on its
			// region's wars, so rebels no word places fight in the one
			// other state the story names most (see venueHome), not
			// in the hub's country; with none named they keep the
			// dateline's, for want of better.
			if art.hub && art.home == art.dateline && art.about != "" && ms[i].kind == "role" && ms[i].sector == kb.SectorRebel && datelineHolder(toks, ms[i]) {
				ms[i].country, ms[i].borrowed = art.about, true
				continue
			}
			if datelineHolder(toks, ms[i]) {
				ms[i].country, ms[i].borrowed = art.home, true
			}
		}
	}
	// "BRIDGETOWN (Wire) - Venezuela's government and the opposition
	// signed an agreement. The opposition welcomed the deal": in a
	// sentence naming no country, the bare opposition is that of the
	// country whose government the article named beside it, not the
	// dateline's (see pairedOpposition).
	// A sentence naming another country lends the opposition none of its
	// own: "The Nicaraguan government and the main opposition held talks
	// in Oslo. Opposition leaders praised Norway" is Nicaragua's
	// opposition twice.
	// "Venezuela held a presidential election on Sunday. The opposition
	// rejected the result": with no dateline and none named beside a
	// government, the opposition of a story whose sentences have named
	// one country only is that country's, as its bare government is.
	if art != nil {
		// The paired country is the article's word for whose opposition
		// it is, not a country borrowed from the sentence (see
		// dropBorrowed); the scene's is borrowed.
		opp, lent := art.opposition, false
		if opp == "" && only == "" && art.dateline == "" && art.scene != "-" {
			opp, lent = art.scene, true
		}
		if opp != "" && c.isState(opp) {
			for i := range ms {
				if oppositionMention(ms[i]) && (ms[i].country == "" || ms[i].borrowed) && !sponsoredBy(toks, ms[i].j) {
					ms[i].country, ms[i].borrowed = opp, lent
				}
			}
		}
		// "BRIDGETOWN (Wire) - Venezuela's government and the opposition
		// signed an agreement. The army withdrew from the border": the
		// story is about the one country whose two sides it paired, so
		// its bare government and army, in a sentence naming no
		// country, are that country's, not the venue's (the dateline's
		// home) nor no one's. Only the paired country does this, not
		// the scene: a bare government is already the scene's below.
		if only == "" && art.opposition != "" && c.isState(art.opposition) {
			for i := range ms {
				if (ms[i].country == "" || ms[i].borrowed) && pairedSideMention(toks, ms[i]) && !sponsoredBy(toks, ms[i].j) {
					ms[i].country, ms[i].borrowed = art.opposition, true
				}
			}
		}
	}
	// "Protesters clashed with police in Tokyo. Chief Justice Haruto
	// Imamiya criticised the government's handling of the protests": with
	// no dateline, a story whose sentences have named one country only is
	// set there, and its bare "the government" is that country's.
	// Officials are left alone: a story names visitors by their titles
	// as often as its own officials.
	if only == "" && art != nil && art.dateline == "" && art.scene != "" && art.scene != "-" && c.isState(art.scene) {
		for i := range ms {
			if bareGovernment(toks, ms[i]) {
				ms[i].country, ms[i].borrowed = art.scene, true
			}
		}
	}
	// "Congo's army fought M23 fighters. The rebels shelled the town":
	// rebels the sentence gives no country fight in the rebellion the
	// article told of last, the one whose rebels had a country (their
	// own, or the place or the state they fought).
	if art != nil && art.rebellion != "" {
		for i := range ms {
			m := ms[i]
			if m.country == "" && m.kind == "role" && m.sector == kb.SectorRebel && !m.abroad && !sponsoredBy(toks, m.j) {
				ms[i].country, ms[i].borrowed = art.rebellion, true
			}
		}
	}
	// "Colombian rebel leaders met government negotiators in Havana": a
	// government or army named by no country, in a sentence whose rebels
	// are of one country, is that country's: rebels fight and negotiate
	// with their own state, wherever the talks are held.
	if rc := rebelCountry(ms); rc != "" && c.isState(rc) {
		for i := range ms {
			m := ms[i]
			if m.country == "" && m.kind == "role" && (m.sector == kb.SectorGovernment || m.sector == kb.SectorMilitary) && !m.abroad && !sponsoredBy(toks, m.j) {
				ms[i].country, ms[i].borrowed = rc, true
			}
		}
	}
	return ms
}

// conflictTalksVenue says whether place p, after "in", is where a state and
// rebels meet: a word of meeting comes before it in its clause ("met",
// "held talks with") and the sentence names rebels with no country of
// their own and a government or army side. Peace talks between a state
// and its rebels are held in third countries (Oslo, Havana, Doha) as often
// as at home, so the venue is no evidence of either side's country.
func conflictTalksVenue(toks []tok, ms []mention, p mention) bool {
	if p.kind == "pronoun" || p.i < 1 || prepBefore(toks, p.i) != "in" {
		return false
	}
	// The word of meeting governs the place: no other verb or clause
	// break comes between ("after talks collapsed, the army attacked
	// rebels in Kidal" places them in Kidal).
	meeting := false
	for k := min(p.i, len(toks)) - 1; k >= 0; k-- {
		l := toks[k].low
		if meetingWords[l] || meetingNouns[l] || l == "meets" || l == "meeting" || l == "hosted" || strings.HasPrefix(l, "negotiat") || signingWords[l] {
			meeting = true
			break
		}
		if isPunct(l) || finiteVerb(toks[k]) {
			break
		}
	}
	if !meeting {
		return false
	}
	rebels, state := false, false
	for _, m := range ms {
		if m.abroad || m.borrowed {
			continue
		}
		switch {
		case m.kind == "role" && m.sector == kb.SectorRebel:
			rebels = rebels || m.country == ""
		case m.kind == "country" && m.sector == "":
			state = true
		case (m.kind == "role" || m.kind == "demonym") && (m.sector == kb.SectorGovernment || m.sector == kb.SectorMilitary):
			state = true
		}
	}
	return rebels && state
}

// signingWords sign a document, at a ceremony held somewhere: a peace
// deal between a state and its rebels is signed in a third country as
// often as talks are held there.
var signingWords = map[string]bool{"signed": true, "sign": true, "signs": true, "signing": true}

// venueOnly says whether every mention of country cc in the sentence is
// the venue of talks between a state and its rebels (conflictTalksVenue).
func venueOnly(toks []tok, ms []mention, cc string) bool {
	for _, m := range ms {
		if m.country != cc || m.kind == "pronoun" {
			continue
		}
		if m.borrowed || !conflictTalksVenue(toks, ms, m) {
			return false
		}
	}
	return true
}

// negotiatorWords name negotiators, who go where talks are held.
var negotiatorWords = map[string]bool{"negotiator": true, "negotiators": true}

// rebelCountry is the one country of the rebels a sentence names, "" when
// it names none with a country or rebels of two.
func rebelCountry(ms []mention) string {
	cc := ""
	for _, m := range ms {
		if m.sector != kb.SectorRebel || m.country == "" || m.kind == "pronoun" {
			continue
		}
		if cc != "" && cc != m.country {
			return ""
		}
		cc = m.country
	}
	return cc
}

// bareRebels says whether the sentence names rebels by a role with no
// country of its own ("rebel fighters", "the rebels").
func bareRebels(ms []mention) bool {
	for _, m := range ms {
		if m.kind == "role" && m.sector == kb.SectorRebel && m.country == "" && !m.abroad {
			return true
		}
	}
	return false
}

// noteRebellion remembers the country of the last rebels a sentence
// placed in one (see findMentions): the country of the article's
// rebellion, for rebels named later with none.
func (st *articleState) noteRebellion(ms []mention) {
	for _, m := range ms {
		if m.sector == kb.SectorRebel && m.country != "" && !m.abroad && m.kind != "pronoun" {
			st.rebellion = m.country
		}
	}
}

// datelineHolder says whether a mention is a role or a titled person
// with no country of its own that a dateline's country may place: not a
// bare name, not someone named as from abroad ("foreign journalists") or
// as another's proxy ("Iranian-backed militias" have their sponsor).
func datelineHolder(toks []tok, m mention) bool {
	if m.country != "" || m.abroad || m.i < 0 || m.j > len(toks) || m.i >= m.j {
		return false
	}
	if m.actorID != "" && !strings.HasPrefix(m.actorID, "doc:person:") {
		return false
	}
	switch {
	case m.kind == "role":
	case m.kind == "person" && m.sector != "":
	default:
		return false
	}
	return !(m.i > 0 && toks[m.i-1].low == "foreign") && !sponsoredBy(toks, m.j)
}

// visitingMention says whether a mention is introduced by "visiting" ("the
// visiting prime minister", "a visiting delegation"): the word may open
// the mention or stand right before it.
func visitingMention(toks []tok, m mention) bool {
	if m.i < 0 || m.i >= len(toks) || m.j > len(toks) {
		return false
	}
	return toks[m.i].low == "visiting" && m.j-m.i > 1 || m.i > 0 && toks[m.i-1].low == "visiting"
}

// bareGovernment says whether a mention is "the government" named by no
// country or owner, which only the sentence or the story can place.
func bareGovernment(toks []tok, m mention) bool {
	return m.kind == "role" && m.sector == kb.SectorGovernment && m.country == "" && m.actorID == "" && m.i >= 0 && m.j <= len(toks) && m.j-m.i == 1 && toks[m.i].low == "government"
}

// regimeWords name a state's ruling body, written bare in a story about
// its own country.
var regimeWords = map[string]bool{"government": true, "junta": true, "regime": true}

// bareRegime says whether a mention is a bare "the government", "the
// junta" or "the regime": a role of one word with no country or actor of
// its own.
func bareRegime(toks []tok, m mention) bool {
	return m.kind == "role" && m.country == "" && m.actorID == "" && m.i >= 0 && m.j <= len(toks) && m.j-m.i == 1 && regimeWords[toks[m.i].low]
}

// bareForces says whether a mention is a bare "soldiers", "troops" or
// "police": one word of the military or the police with no country or
// actor of its own.
func bareForces(toks []tok, m mention) bool {
	return m.kind == "role" && m.country == "" && m.actorID == "" && m.i >= 0 && m.j <= len(toks) && m.j-m.i == 1 &&
		(m.sector == kb.SectorMilitary || m.sector == kb.SectorPolice)
}

// bareForceMention says whether m names a state's forces by a bare word
// or two of the military or the police ("police", "soldiers", "the coast
// guard"), with no country or actor of its own.
func bareForceMention(m mention) bool {
	return m.kind == "role" && m.country == "" && m.actorID == "" && m.i >= 0 && m.j-m.i <= 2 &&
		(m.sector == kb.SectorMilitary || m.sector == kb.SectorPolice)
}

// originOnly says whether the sentence names country cc only as where
// people came from ("from Afghanistan", "crossed from Turkey") or as the
// far side of a border ("near the Turkish border", "the border with
// Turkey"), or by the nationality of private parties (privateHoldersOnly),
// never as a place, people or body of state acting or acted on. A "from"
// right after the forces mention at f names the forces' own country
// ("Police from Bulgaria arrested ..."), and is no origin.
func originOnly(toks []tok, ms []mention, f int, cc string) bool {
	named := false
	var rest []mention
	for _, m := range ms {
		if m.country != cc || m.borrowed {
			continue
		}
		if m.i < 1 || m.j > len(toks) {
			return false
		}
		from := toks[m.i-1].low == "from" && m.i-1 != ms[f].j
		border := m.j < len(toks) && borderNouns[toks[m.j].low] && (m.kind == "demonym" || m.kind == kb.TypeCountry) ||
			m.i >= 2 && toks[m.i-1].low == "with" && borderNouns[toks[m.i-2].low]
		if (from || border) && (m.kind == kb.TypeCountry || m.kind == "demonym") {
			named = true
			continue
		}
		rest = append(rest, m)
	}
	if !named {
		return false
	}
	return len(rest) == 0 || privateHoldersOnly(toks, rest, cc)
}

// borderNouns are the words for a border a country's name or nationality
// stands before or after ("the Turkish border", "the border with Turkey").
var borderNouns = map[string]bool{"border": true, "borders": true, "frontier": true}

// privateSectors are the sectors of parties outside the state and its
// politics: a nationality given to them is theirs alone.
var privateSectors = map[string]bool{kb.SectorBusiness: true, kb.SectorCivilian: true, kb.SectorMedia: true,
	kb.SectorLabour: true, kb.SectorRefugee: true, kb.SectorEducation: true, kb.SectorHealth: true,
	kb.SectorAgriculture: true, kb.SectorSports: true}

// privateHoldersOnly says whether the sentence names country cc only by
// the nationality of private parties ("two French mining companies",
// "three Nigerian nationals"): neither the country, its capital or a place
// of it, nor any of its people or bodies of state.
//
// A nationality before a word for visitors ("two French tourists") is
// theirs too, though the knowledge base gives such people no sector: a
// tourist is by that word from elsewhere (outsiderPeopleWords).
func privateHoldersOnly(toks []tok, ms []mention, cc string) bool {
	held := false
	for _, m := range ms {
		if m.country != cc || m.borrowed {
			continue
		}
		if m.kind == "demonym" && m.sector == "" && m.j >= 0 && m.j < len(toks) && outsiderPeopleWords[toks[m.j].low] {
			held = true
			continue
		}
		if m.kind != "demonym" && m.kind != "role" && m.kind != "organisation" || !privateSectors[m.sector] {
			return false
		}
		held = true
	}
	return held
}

// civilBeforePrivateHolders says whether ms[i] is a countryless group
// outside the state and its politics (rights groups, aid agencies,
// activists, firms) named before every mention of country cc, and the
// sentence names cc only by the nationality of private parties
// (privateHoldersOnly). A state's body before them ("Police arrested three
// Nigerian nationals") is not: the scene of an arrest is most often the
// arrested people's country, and other rules place it.
func civilBeforePrivateHolders(toks []tok, ms []mention, i int, cc string) bool {
	m := ms[i]
	if m.country != "" || m.sector == "" || !civilSectors[m.sector] || !privateHoldersOnly(toks, ms, cc) {
		return false
	}
	for _, h := range ms {
		if h.country == cc && !h.borrowed && h.i < m.j {
			return false
		}
	}
	return true
}

// civilSectors are the sectors of groups outside the state and its
// politics that speak for others: a nationality named after them is of
// those they speak for.
var civilSectors = map[string]bool{kb.SectorNGO: true, kb.SectorCivilian: true, kb.SectorProtester: true,
	kb.SectorBusiness: true, kb.SectorMedia: true, kb.SectorLabour: true, kb.SectorReligion: true,
	kb.SectorEducation: true, kb.SectorHealth: true, kb.SectorEnvironment: true}

// actedOnByState says whether ms[i], a bare "the government", is the
// object of a verb (or the owner of its object: "condemned the
// government's new law") whose subject is country cc itself, named (or
// by its capital) before it in the sentence: a state acting on "the
// government" acts on another's. Its own officials are left out: a
// president who dissolves or reshuffles the government acts on his own.
// A government that is the subject of a clause after the verb ("said the
// government would resign") is not acted upon and is left alone: it is
// mostly the speaker's own.
func actedOnByState(toks []tok, ms []mention, i int, cc string) bool {
	m := ms[i]
	if m.i < 2 || toks[m.i-1].low != "the" || !strings.HasPrefix(toks[m.i-2].pos, "VB") || clauseVerbs[toks[m.i-2].low] {
		return false
	}
	if m.j < len(toks) {
		if p := toks[m.j].pos; strings.HasPrefix(p, "VB") || p == "MD" {
			return false
		}
	}
	for k := 0; k < i; k++ {
		a := ms[k]
		if a.country != cc || a.borrowed || a.j > m.i-2 {
			continue
		}
		if (a.kind == "country" || a.kind == "capital") && !locPreps[prepBefore(toks, a.i)] {
			return true
		}
	}
	return false
}

// clauseVerbs take a clause as object: "said the government would",
// "believes the government has".
var clauseVerbs = map[string]bool{"said": true, "says": true, "say": true, "saying": true, "told": true, "tells": true,
	"believe": true, "believes": true, "believed": true, "think": true, "thinks": true, "thought": true, "hope": true,
	"hopes": true, "hoped": true, "expect": true, "expects": true, "expected": true, "announced": true, "announces": true,
	"insisted": true, "insists": true, "argued": true, "argues": true, "claimed": true, "claims": true, "added": true}

// bareName says whether a mention is a person known by name only: no
// title or role merged into it gave a sector ("President Okello", "Judge
// Rivera" have one), and no country of its own.
func bareName(m mention) bool {
	return m.kind == "person" && m.sector == "" && m.country == "" && (m.actorID == "" || strings.HasPrefix(m.actorID, "doc:person:"))
}

// familyNameOfNamed says whether a person mention is the family name of a
// fuller name the article gave and the resolver linked it to: its
// document-local id ("doc:person:francesca_albanese") ends with the
// mention's words after more of them.
func familyNameOfNamed(m mention) bool {
	slug, ok := strings.CutPrefix(m.actorID, "doc:person:")
	if !ok || m.kind != "person" {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(m.text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return false
	}
	return strings.HasSuffix(slug, "_"+strings.Join(words, "_"))
}

// countryHeldByActor says whether some mention of country cc in the
// sentence is an actor rather than the scene: anything but a place, a
// capital or a country's name after a locative preposition ("in Tokyo",
// "across Kenya").
func countryHeldByActor(toks []tok, ms []mention, cc string) bool {
	for _, m := range ms {
		if m.country != cc || m.kind == "pronoun" || m.borrowed {
			continue
		}
		switch m.kind {
		case "place":
			continue
		case "country", "capital":
			if locPreps[prepBefore(toks, m.i)] {
				continue
			}
		}
		return true
	}
	return false
}

// pairedCountryless says whether a person or name without a country is
// joined by a lone "and" or "or" to a mention of country cc.
func pairedCountryless(toks []tok, ms []mention, cc string) bool {
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if b.i != a.j+1 || a.j >= len(toks) || toks[a.j].low != "and" && toks[a.j].low != "or" {
			continue
		}
		person := func(m mention) bool { return m.country == "" && (m.kind == "person" || m.kind == "name") }
		if person(a) && b.country == cc || person(b) && a.country == cc {
			return true
		}
	}
	return false
}

// missionOutside says whether a mention names the state whose mission
// people stand outside or go to ("protested outside the U.S. embassy",
// "marched to the French embassy"): the mission's state is not the scene's
// country, so people there are not its own. Officials "at" or "of" the
// embassy are its staff and keep its country.
func missionOutside(toks []tok, m mention) bool {
	if !missionWords[wordAt(toks, m.j)] && !missionMention(toks, m) {
		return false
	}
	k := m.i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	switch wordAt(toks, k) {
	case "outside", "near", "around", "opposite", "to", "toward", "towards":
		return true
	case "of":
		// "in front of the embassy"
		return k >= 2 && toks[k-1].low == "front" && toks[k-2].low == "in"
	}
	return false
}

// ownMissionHost says whether a mention is the place where a mission owned
// through a possessive pronoun stands ("its embassy in Berlin", "their
// consulates in Erbil"): a state keeps missions only abroad, so the host
// is never the country of the owner the pronoun refers back to, nor of
// anyone else the sentence leaves unplaced.
func ownMissionHost(toks []tok, m mention) bool {
	if m.i < 3 || toks[m.i-1].low != "in" || !missionWords[toks[m.i-2].low] {
		return false
	}
	switch toks[m.i-3].low {
	case "its", "their", "our":
		return true
	}
	return false
}

// courtBroughtTo says whether m is a bare court something is brought to
// ("Russia's appeal to the court", "Kenya took the dispute to the
// tribunal"): the country the sentence names is a party before the court,
// and a party goes to foreign and international courts as often as to its
// own, so the court takes no country from it (as the resolver gives it
// none). A named court keeps its own country; one the resolver could not
// place ("the East African Court of Justice") has none to keep and takes
// none either. A case is filed "at", "before" or "with" a court as often
// as it is taken "to" one ("Tanzania filed a case at the East African
// Court of Justice", "argued before the tribunal"): the same party before
// a court.
func courtBroughtTo(toks []tok, m mention) bool {
	return (m.kind == "role" || unplacedOrg(m)) && m.sector == kb.SectorJudiciary && m.i >= 2 && toks[m.i-1].low == "the" && courtPreps[toks[m.i-2].low]
}

// courtPreps are the prepositions a party brings or argues a case to a
// court with.
var courtPreps = map[string]bool{"to": true, "at": true, "before": true, "with": true}

// missionMention says whether a mention is itself a state's mission the
// resolver named with its nationality ("the French embassy", one
// organisation of France): its last word is a mission word.
func missionMention(toks []tok, m mention) bool {
	return m.j-m.i >= 2 && missionWords[wordAt(toks, m.j-1)]
}

// counterpartPlace says whether a mention is a state named only as the
// other side of a relation: after "with" or "toward(s)" ("borders with
// Russia", "talks with Iran"). Not "against": "rebels fought a war
// against Uganda" are most often Uganda's own.
func counterpartPlace(toks []tok, m mention) bool {
	k := m.i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "with", "toward", "towards":
		return true
	}
	return false
}

// sentBy says whether a mention is whom the clause's subject received
// something from ("The ministry received a formal demand for compensation
// from Germany"): the sender is the other side of the exchange, no scene,
// and the ministry is not Germany's. The receiving verb stands before
// "from" in the same clause, with no punctuation or conjunction between.
func sentBy(toks []tok, m mention) bool {
	k := m.i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k < 1 || toks[k].low != "from" {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-10; q-- {
		l := toks[q].low
		if receiveForms[l] {
			return true
		}
		// "received $4 million from Qatar": a currency sign is part of
		// the sum received, no break in the clause.
		if currency(l) {
			continue
		}
		if isPunct(l) || l == "and" || l == "but" || l == "that" || l == "which" || l == "who" {
			return false
		}
	}
	return false
}

// destinationPlace says whether a mention is a place people are carried or
// come to: after "flown to", "taken to", "arrived in",
// "landed at" ("three journalists released by the junta arrived in
// Paris"). Where people go says nothing of whose they are, nor of who sent
// or held them: released captives fly home, envoys fly abroad.
func destinationPlace(toks []tok, m mention) bool {
	k := m.i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k < 1 {
		return false
	}
	v := k - 1
	if toks[v].low == "home" || toks[v].low == "back" {
		v--
	}
	if v < 0 {
		return false
	}
	switch toks[k].low {
	case "to":
		return carriedVerbs[toks[v].low] || shippedTo(toks, k)
	case "in", "at":
		return arrivalVerbs[toks[v].low]
	}
	return false
}

// shipForms are the non-finite forms of verbs of sending goods or people
// somewhere, the "-ing" form first and the past participle second.
var shipForms = map[string]bool{
	"shipping": true, "smuggling": true, "selling": true, "exporting": true, "supplying": true,
	"sending": true, "delivering": true, "transferring": true, "funnelling": true, "funneling": true,
	"diverting": true, "transporting": true, "trafficking": true, "channelling": true, "channeling": true,
}

// shippedParticiples are the past participles of the same verbs.
var shippedParticiples = map[string]bool{
	"shipped": true, "smuggled": true, "sold": true, "exported": true, "supplied": true,
	"sent": true, "delivered": true, "funnelled": true, "funneled": true,
	"diverted": true, "transported": true, "trafficked": true, "channelled": true, "channeled": true,
}

// shippedTo says whether the "to" at token k ends a phrase of sending
// something somewhere that describes a noun ("firms accused of shipping
// oil to Syria", "companies selling drones to Russia", "weapons smuggled
// to Yemen"): the "-ing" form with its object (up to four words) before
// "to", or the participle right before it (a passive with no object). The
// country is where the goods go, which says nothing of whose the firms,
// the goods or the people around them are. A finite verb with its object
// ("Iran shipped oil to Syria") is left alone: its subject names the
// sender, and the destination may be the event's target.
func shippedTo(toks []tok, k int) bool {
	if k >= 1 && shippedParticiples[toks[k-1].low] {
		return true
	}
	for v := k - 1; v >= 0 && v >= k-5; v-- {
		l := toks[v].low
		if shipForms[l] {
			return true
		}
		if isPunct(l) || l == "to" {
			return false
		}
	}
	return false
}

// carriedVerbs are forms of verbs of carrying people to a place ("flown
// to", "taken to"). Not returning, repatriating or deporting, which take
// people home and so do say whose they are ("without returning to
// Kyrgyzstan").
var carriedVerbs = map[string]bool{"flown": true, "flew": true, "taken": true, "brought": true, "transferred": true,
	"evacuated": true, "airlifted": true}

// arrivalVerbs are forms of verbs of arriving ("arrived in Paris").
var arrivalVerbs = map[string]bool{"arrived": true, "arrive": true, "arrives": true, "arriving": true,
	"landed": true, "land": true, "lands": true, "landing": true}

// discussedTopic says whether a mention is a state named only as what is
// discussed: after a form of "discuss" or after "about" ("met to discuss
// Iran", "talked about Syria"), or after "on" or "over" following a word
// for a meeting ("talks on Syria", "a summit on Ukraine"). "Ministers met
// to discuss Iran" does not tell of Iranian ministers.
func discussedTopic(toks []tok, m mention) bool {
	return topicAt(toks, m.i, 2)
}

// topicAt says whether the noun phrase starting at i is what is talked
// over (see discussedTopic), or, up to depth levels down, the object of
// a preposition modifying such a topic: "discussed the threat from North
// Korea", "talks on the crisis in Sudan", "discussed the risks posed by
// Iran" are about that country, which is no scene of the talks.
func topicAt(toks []tok, i, depth int) bool {
	k := i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k < 0 {
		return false
	}
	l := toks[k].low
	if strings.HasPrefix(l, "discuss") || l == "about" {
		return true
	}
	if (l == "on" || l == "over") && k > 0 && meetingWords[toks[k-1].low] {
		return true
	}
	if depth == 0 || !(l == "from" || l == "of" || l == "in" || l == "by") {
		return false
	}
	h := k - 1
	if l == "by" && h >= 0 && toks[h].low == "posed" {
		h--
	}
	if h < 0 || !commonNoun(toks[h]) {
		return false
	}
	for h > 0 && (commonNoun(toks[h-1]) || strings.HasPrefix(toks[h-1].pos, "JJ")) {
		h--
	}
	return topicAt(toks, h, depth-1)
}

// commonNoun says whether t is a common (not proper) noun.
func commonNoun(t tok) bool {
	return t.pos == "NN" || t.pos == "NNS"
}

// meetingWords name meetings, whose subject follows "on" or "over".
var meetingWords = map[string]bool{"talks": true, "meeting": true, "meetings": true, "summit": true, "conference": true,
	"met": true, "meet": true, "talked": true, "consultations": true, "negotiations": true}

// titleCaseName says whether a capitalised role word at toks[i:i+n] ends
// the proper name of a thing: "the crew of the Galaxy Leader" (a ship),
// "the Sea Guardian". The word before is capitalised, names no actor and
// opens after "the" in mid-sentence, and no name follows the role word
// ("the Labour Leader Keir Starmer" is a title before a name).
func titleCaseName(toks []tok, ms []mention, covered []bool, i, n int) bool {
	if !isCap(toks[i].text) || i < 2 || toks[i-2].low != "the" || i-2 == 0 {
		return false
	}
	prev := toks[i-1]
	if !isCap(prev.text) || isPunct(prev.text) || covered[i-1] {
		return false
	}
	for _, m := range ms {
		if m.i <= i-1 && i-1 < m.j {
			return false
		}
	}
	if e := i + n; e < len(toks) && isCap(toks[e].text) && !isPunct(toks[e].text) {
		return false
	}
	return true
}

// sponsorParticiples name a backer: "gunmen backed by Iran", "hackers
// linked to Russia", "militias funded by the Gulf states".
var sponsorParticiples = map[string]bool{"backed": true, "linked": true, "funded": true, "sponsored": true, "armed": true,
	"trained": true, "tied": true, "connected": true, "directed": true, "aligned": true, "supported": true, "financed": true}

// sponsoredBy says whether a backer's phrase starts at token j, right after
// a mention: the backer's country is not the backed group's own ("gunmen
// backed by Iran" are not Iranian), so the mention borrows none from it.
func sponsoredBy(toks []tok, j int) bool {
	if j+1 >= len(toks) || !sponsorParticiples[toks[j].low] {
		return false
	}
	switch toks[j+1].low {
	case "by", "to", "with":
		return true
	}
	return false
}

// sponsorMention says whether mention m is named as a backer after a
// sponsor's participle following a mention ("gunmen backed by Rwanda",
// "militias funded by the Gulf states"): sponsoredBy's backer.
func sponsorMention(toks []tok, m mention) bool {
	k := m.i
	for k > 0 && (toks[k-1].low == "the" || toks[k-1].low == "a" || toks[k-1].low == "an") {
		k--
	}
	return k >= 2 && sponsoredBy(toks, k-2)
}

// spokesHeads are the words for one who speaks for a body.
var spokesHeads = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// bodyHeads are words for a body's leader or voice that belong to the
// body named after them.
var bodyHeads = map[string]bool{"leader": true, "leaders": true, "head": true, "chief": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "member": true, "members": true}

// headOfBody gives a leader word the sector of the body after "of" or
// "for": "the leader of the main opposition party" is the opposition's,
// not a government's; "a spokesman for the rebels" speaks for rebels. A
// state or a government body after it changes nothing ("the leader of
// China").
func headOfBody(toks []tok, ms []mention) []mention {
	for i := 0; i+1 < len(ms); i++ {
		m := ms[i]
		if m.kind != "role" || m.j-m.i != 1 || !bodyHeads[toks[m.i].low] || m.j >= len(toks) {
			continue
		}
		if l := toks[m.j].low; l != "of" && l != "for" {
			continue
		}
		nx := ms[i+1]
		if nx.kind != "role" || nx.sector == "" || nx.sector == kb.SectorGovernment || nx.i-m.j > 4 {
			continue
		}
		ok := true
		for k := m.j + 1; k < nx.i; k++ {
			if !determiners[toks[k].low] && !modifierWord(toks[k]) && toks[k].low != "main" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		ms[i].sector = nx.sector
		if ms[i].country == "" {
			ms[i].country = nx.country
		}
	}
	return ms
}

// roleAt says whether a role phrase ("ministers", "foreign ministers",
// "leaders") starts at token i, after at most one lower-case modifier
// ("senior officials").
func roleAt(k *kb.KB, toks []tok, i int) bool {
	for s := i; s < len(toks) && s <= i+1; s++ {
		for n := 1; n <= 3 && s+n <= len(toks); n++ {
			if _, ok := k.RoleNorm(kb.Normalize(joinTokens(toks[s : s+n]))); ok {
				return true
			}
		}
		if isCap(toks[s].text) || !modifierWord(toks[s]) {
			break
		}
	}
	return false
}

// onlyProvinces reports whether every actor of as is a place below a
// country that is not a capital (a province, a region).
func onlyProvinces(as []*kb.Actor) bool {
	for _, a := range as {
		if a.Type != kb.TypePlace || a.Capital {
			return false
		}
	}
	return len(as) > 0
}

// followerWords name the people who back a leader or a party.
var followerWords = map[string]bool{"supporters": true, "followers": true, "loyalists": true, "backers": true, "partisans": true}

// formerWords mark a leader out of office.
var formerWords = map[string]bool{"former": true, "ousted": true, "deposed": true, "exiled": true, "jailed": true, "late": true, "toppled": true}

// supportersOf reads "supporters of the president", "the president's
// supporters", "Tshisekedi supporters" as one actor: the supporters, a
// group of the leader's country, not the leader. As CAMEO codes them,
// they are civilians; supporters of the opposition, of rebels or of a
// leader out of office ("supporters of former President X") are of the
// opposition (or the rebels). The leader is at most whom they support, no
// actor of the clause. A state ("supporters of Ukraine") is not so read:
// a country's supporters are other states.
func supportersOf(toks []tok, ms []mention) []mention {
	states := func(m mention) bool { return countryLevel(m.kind) || m.kind == kb.TypeCountry }
	for k := 0; k < len(toks); k++ {
		if !followerWords[toks[k].low] || overlapsAny(ms, k) {
			continue
		}
		lo, hi, x := k, k+1, -1
		if k+1 < len(toks) && toks[k+1].low == "of" {
			// "supporters of the (former) president", "of Mr Odinga".
			q := k + 2
			for q < len(toks) && q < k+5 && (determiners[toks[q].low] || formerWords[toks[q].low] || modifierWord(toks[q])) {
				q++
			}
			for mi, m := range ms {
				if m.i == q || m.i < q && m.j > q {
					x = mi
					break
				}
			}
			if x >= 0 {
				hi = ms[x].j
			} else {
				// "supporters of the ruling party": a body no actor names.
				hi = k + 1
			}
		} else {
			// "the president's supporters", "Tshisekedi supporters",
			// "opposition supporters".
			b := k
			if b > 0 && toks[b-1].low == "'s" {
				b--
			}
			for mi, m := range ms {
				if m.j == b {
					x = mi
					lo = m.i
					break
				}
			}
			if x < 0 {
				// "his supporters", "their followers": people, whose
				// country the sentence gives. So are bare supporters a
				// leader addresses ("called on supporters to protest",
				// "urged followers to vote"): the leader's own, no
				// country's state.
				// Counted ones ("banned more than 300 supporters from
				// stadiums", "arrested dozens of supporters") are people
				// too, civilians of the sentence's country, not its state.
				if b > 0 && (toks[b-1].low == "his" || toks[b-1].low == "her") || b == k && k > 0 && (toks[k-1].low == "on" || strings.HasPrefix(toks[k-1].pos, "VB") || countWord(toks, k-1)) {
					hi = k + 1
				} else {
					continue
				}
			}
		}
		if x >= 0 && states(ms[x]) {
			continue
		}
		sm := mention{i: lo, j: hi, text: spanText(toks, lo, hi), sector: kb.SectorCivilian, kind: "role"}
		if x >= 0 {
			m := ms[x]
			sm.country = m.country
			switch {
			case m.sector == kb.SectorOpposition || m.sector == kb.SectorRebel:
				sm.sector = m.sector
			case m.i > 0 && formerWords[toks[m.i-1].low] || m.i > 1 && formerWords[toks[m.i-2].low] && determiners[toks[m.i-1].low]:
				sm.sector = kb.SectorOpposition
			}
		}
		out := ms[:0:0]
		placed := false
		for _, m := range ms {
			if m.i >= lo && m.j <= hi {
				continue
			}
			if !placed && m.i >= hi {
				out = append(out, sm)
				placed = true
			}
			out = append(out, m)
		}
		if !placed {
			out = append(out, sm)
		}
		ms = out
		k = hi - 1
	}
	return ms
}

// sharedNamePlurals are the plurals of names two states share.
var sharedNamePlurals = map[string][2]string{"koreas": {"PRK", "KOR"}, "sudans": {"SDN", "SSD"}, "congos": {"COD", "COG"}}

// crowdWords name a crowd by its size.
var crowdWords = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "tens": true}

// countWord says whether token k counts the noun after it: a figure
// ("3,000", "1.2 million"), a number word, or "of" after a crowd word
// ("thousands of").
func countWord(toks []tok, k int) bool {
	l := toks[k].low
	if l == "of" {
		return k > 0 && crowdWords[toks[k-1].low]
	}
	if l != "" && l[0] >= '0' && l[0] <= '9' || crowdWords[l] {
		return true
	}
	switch l {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty", "million", "millions":
		return true
	}
	return false
}

// pairPhrase says whether a mention without a country of its own is "the
// two X" or "both X" for a pair head X (kb.PairPhrase).
func pairPhrase(toks []tok, m mention) bool {
	if m.country != "" && !m.borrowed || m.i < 1 {
		return false
	}
	if m.j-m.i != 1 {
		return false
	}
	words := make([]string, 0, 3)
	for k := max(0, m.i-2); k <= m.i; k++ {
		words = append(words, toks[k].low)
	}
	return kb.PairPhrase(words, len(words)-1)
}

// unplacedOrg says whether m is an organisation the resolver found no
// country for: one only the article names ("doc:org:..."), or none, or
// its members standing for it (see ownMembers).
func unplacedOrg(m mention) bool {
	if m.country != "" {
		return false
	}
	return m.kind == kb.TypeOrganisation && (m.actorID == "" || strings.HasPrefix(m.actorID, "doc:")) || strings.HasPrefix(m.actorID, "doc:org:")
}

// onlyNamesHold says whether the sentence's only country is held by named
// organisations and persons alone, no state, place, demonym or role.
func onlyNamesHold(ms []mention, only string) bool {
	for _, m := range ms {
		if m.country == only && !m.borrowed && m.kind != kb.TypeOrganisation && m.kind != "person" {
			return false
		}
	}
	return true
}

// memberWords head the phrases naming an organisation's own people ("its
// fighters", "their members"), who act for it.
var memberWords = map[string]bool{"fighters": true, "members": true, "militants": true, "gunmen": true,
	"combatants": true, "cadres": true, "operatives": true}

// ownMembers makes "its fighters" (members, militants) after an
// organisation that organisation: "The Niger Delta Avengers said its
// fighters had bombed a pipeline" is the Avengers bombing, placed in a
// country or not. The owner is the nearest actor named before the
// pronoun; a state's or a person's are left alone ("its troops" are a
// state's sector, placed by the pronoun elsewhere).
func ownMembers(toks []tok, ms []mention) {
	for x := range ms {
		m := &ms[x]
		if m.kind != "role" || m.country != "" || m.actorID != "" || m.i < 1 || m.j > len(toks) || !ownerPronoun[toks[m.i-1].low] || !memberWords[toks[m.j-1].low] {
			continue
		}
		owner := -1
		for q := range ms {
			if ms[q].j <= m.i-1 && ms[q].kind != "pronoun" && ms[q].kind != "role" && (owner < 0 || ms[q].j > ms[owner].j) {
				owner = q
			}
		}
		if owner < 0 || ms[owner].kind != kb.TypeOrganisation || ms[owner].actorID == "" || len(ms[owner].pair) > 0 {
			continue
		}
		o := ms[owner]
		m.actorID, m.country = o.actorID, o.country
		if o.sector != "" {
			m.sector = o.sector
		}
	}
}

// The counts "the three countries" to "the five countries" refer back to
// (see groupPhrase); two is a pair (pairPhrase), and more than five is
// rarely a set a story has just listed.
const (
	minGroupCount = 3
	maxGroupCount = 5
)

// groupCounts are the number words of a group phrase.
var groupCounts = map[string]int{"three": 3, "four": 4, "five": 5}

// groupHeads are the plural heads of a group phrase: the states a story
// named ("countries", "nations", "states") or its sides.
var groupHeads = map[string]bool{"countries": true, "nations": true, "states": true, "sides": true}

// groupPhrase returns N for a mention without a country of its own that is
// "the N countries" (nations, states, sides) for N from three to five, or 0.
func groupPhrase(toks []tok, m mention) int {
	if m.country != "" && !m.borrowed || m.j-m.i != 1 || m.i < 2 {
		return 0
	}
	if !groupHeads[toks[m.i].low] || toks[m.i-2].low != "the" {
		return 0
	}
	return groupCounts[toks[m.i-1].low]
}

// authorParticiples are what a country hyphened before them did to the
// thing named ("Saudi-led", "Chinese-drafted", "U.S.-brokered"). Support
// for a proxy ("Iranian-backed militias") and origin ("Iranian-made
// drones") are left out: those name no act of the country's in the event.
// A place a country holds ("the Philippine-held reef", "Russian-controlled
// towns") is its own: what is done there is done to it. So is a ship
// under a country's flag ("a Panama-flagged tanker"): a vessel is the flag
// state's in law of the sea, so seizing or striking it acts on that state.
// A company owned from a country ("the Spanish-owned grid operator") is
// that country's business: nationalising it acts on that country.
var authorParticiples = []string{"-led", "-drafted", "-proposed", "-sponsored", "-authored", "-tabled", "-brokered",
	"-mediated", "-imposed", "-initiated", "-held", "-controlled", "-flagged", "-owned"}

// authoredBy returns the lower-case name before an author participle
// ("chinese" of "Chinese-drafted"), or "".
func authoredBy(t tok) string {
	for _, suf := range authorParticiples {
		if stem, ok := strings.CutSuffix(t.low, suf); ok && stem != "" {
			return stem
		}
	}
	return ""
}

// overlapsAny says whether token i is inside one of the mentions.
func overlapsAny(ms []mention, i int) bool {
	for _, m := range ms {
		if m.i <= i && i < m.j {
			return true
		}
	}
	return false
}

// dividedPairs are countries whose halves the news calls "the North" and
// "the South" once the story has named one of them.
var dividedPairs = []struct{ north, south string }{{"PRK", "KOR"}, {"SDN", "SSD"}}

// halfOfPair recognises "the North" or "the South" (not "the South China
// Sea", not "the north of the country") at token i as the half of a divided
// country the article has already named.
func (c *Coder) halfOfPair(toks []tok, i int, art *articleState) (mention, bool) {
	t := toks[i]
	if c.kb == nil || art.countries == nil || i == 0 || toks[i-1].low != "the" || (t.text != "North" && t.text != "South") {
		return mention{}, false
	}
	if i+1 < len(toks) && (isCap(toks[i+1].text) || toks[i+1].text == "-") {
		return mention{}, false // "the South China Sea", "the North-West"
	}
	if i+2 < len(toks) && toks[i+1].low == "of" && (isCap(toks[i+2].text) || determiners[toks[i+2].low]) {
		return mention{}, false // "the South of France", "the north of the country"
	}
	for _, p := range dividedPairs {
		if !art.countries[p.north] && !art.countries[p.south] {
			continue
		}
		cc := p.south
		if t.text == "North" {
			cc = p.north
		}
		if a, ok := c.kb.Actor(cc); ok {
			return mention{i: i, j: i + 1, text: t.text, actorID: a.ID, country: a.Country, kind: kb.TypeCountry}, true
		}
	}
	return mention{}, false
}

// countryOfWord gives the country a word names, as a demonym ("saudi") or a
// country name or alias ("u.s."), or "".
func countryOfWord(k *kb.KB, word string, at time.Time) string {
	key := kb.Normalize(word)
	if cc, ok := demonymOf(k, key); ok {
		return cc
	}
	for _, a := range k.LookupNorm(key, at) {
		if a.Type == kb.TypeCountry {
			return a.Country
		}
	}
	return ""
}

// demonymOf looks a demonym up, also in the plural that names people of
// the country ("Iraqis", "Palestinians", "Afghans").
func demonymOf(k *kb.KB, key string) (string, bool) {
	if cc, ok := k.DemonymNorm(key); ok {
		return cc, true
	}
	if n := len(key); n > 4 && key[n-1] == 's' && key[n-2] != 's' {
		return k.DemonymNorm(key[:n-1])
	}
	return "", false
}

// hyphenedPerson says whether e is one person the resolver found in the
// knowledge base under its whole hyphenated name: a double-barrelled
// surname or given name ("Wladyslaw Kosiniak-Kamysz", "Jean-Noel Barrot")
// names one person, where "U.S.-South Korea" joins two actors.
func (c *Coder) hyphenedPerson(e model.Entity) bool {
	if c.kb == nil || e.Type != model.EntityPerson || e.ActorID == "" {
		return false
	}
	a, ok := c.kb.Actor(e.ActorID)
	return ok && a.Type == kb.TypePerson
}

// nameParticles are the articles and kin words that Arabic and other
// names join to the next part with a hyphen ("al-Nur", "el-Sisi",
// "bin-Salman", "Abd-al-Rahman").
var nameParticles = map[string]bool{"al": true, "el": true, "ul": true, "ud": true, "ad": true, "ar": true, "as": true,
	"ash": true, "az": true, "an": true, "at": true, "bin": true, "ibn": true, "abd": true, "abu": true, "ben": true}

// particleName says whether e is a person's name whose every hyphen before
// a capital follows a name particle: "Abdel Wahid al-Nur" is one man, the
// hyphen joining his name's article to its last part, not two names a
// hyphen pairs as in "U.S.-South Korea". A name the resolver found only in
// the article (not a person of the knowledge base, see hyphenedPerson)
// would otherwise be cut to "Abdel Wahid" by the scan.
func particleName(e model.Entity) bool {
	if e.Type != model.EntityPerson {
		return false
	}
	s, seen := e.Text, false
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '-' || s[i+1] < 'A' || s[i+1] > 'Z' {
			continue
		}
		left := s[:i]
		if k := strings.LastIndexAny(left, " -"); k >= 0 {
			left = left[k+1:]
		}
		if !nameParticles[strings.ToLower(left)] {
			return false
		}
		seen = true
	}
	return seen
}

// ownedBefore says whether a possessive ("'s", "'") stands before token
// i, across up to two lower-case modifiers ("Zambia's official
// creditors").
func ownedBefore(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch l := toks[k].low; {
		case l == "'s" || l == "'":
			return true
		case isCap(toks[k].text) || isPunct(l):
			return false
		}
	}
	return false
}

// capHyphen finds a hyphen joining two capitalised names ("U.S.-South").
func capHyphen(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '-' && s[i+1] >= 'A' && s[i+1] <= 'Z' {
			return true
		}
	}
	return false
}

// hyphenedKnownName says whether e is the whole name of the one country or
// place the resolver found for it: "Guinea-Bissau" is a country of its own
// name, not Guinea (a country) beside Bissau (its capital), whereas the
// pair "U.S.-South Korea" is the name of no single actor. Organisations
// are left to hyphenedOrg: a known group's name kept whole ("Al-Qaeda")
// brings its home country into the sentence, where a title without a
// country ("Prime Minister Iyad Allawi") would no longer find its own.
func (c *Coder) hyphenedKnownName(e model.Entity) bool {
	if c.kb == nil || e.ActorID == "" {
		return false
	}
	a, ok := c.kb.Actor(e.ActorID)
	if !ok || a.Type != kb.TypeCountry && a.Type != kb.TypePlace {
		return false
	}
	return namedAs(a, e.Text)
}

// hyphenedOrg says whether e is one organisation the resolver found in the
// article (not in the knowledge base) whose hyphen joins no known actor's
// name or demonym: "China's Export-Import Bank", "Rolls-Royce". The
// knowledge-base scan would cut such a name down to a generic head word
// ("Bank") that is no actor; "U.S.-South Korea" still joins two actors.
func (c *Coder) hyphenedOrg(e model.Entity, at time.Time) bool {
	if c.kb == nil || e.Type != model.EntityOrg || !strings.HasPrefix(e.ActorID, "doc:") {
		return false
	}
	return !c.hyphenJoinsActors(e.Text, at)
}

// hyphenedAcronym says whether e is a known organisation whose name ends
// in a wing's or faction's suffix after a hyphen, capital letters or a
// compass word ("SPLM-N", "PML-N", "CPN-UML", "Sudan People's Liberation
// Movement-North"), written as the knowledge base lists it: one group, not
// two actors a hyphen pairs ("US-UK", which no actor is called and whose
// parts name actors, stays split). Other hyphened names of known groups
// ("Al-Qaeda") are left to the scan (see hyphenedKnownName).
func (c *Coder) hyphenedAcronym(e model.Entity, at time.Time) bool {
	if c.kb == nil || e.Type != model.EntityOrg || e.ActorID == "" || strings.HasPrefix(e.ActorID, "doc:") {
		return false
	}
	k := strings.LastIndexByte(e.Text, '-')
	if k < 2 || k+1 >= len(e.Text) {
		return false
	}
	suffix := e.Text[k+1:]
	if !wingSuffix[suffix] && (strings.ToUpper(suffix) != suffix || strings.ContainsAny(suffix, " .")) {
		return false
	}
	a, ok := c.kb.Actor(e.ActorID)
	if !ok || a.Type != kb.TypeOrganisation || c.hyphenJoinsActors(e.Text, at) {
		return false
	}
	return namedAs(a, e.Text)
}

// namedAs says whether text is a's name or one of its aliases, as the
// knowledge base normalises names.
func namedAs(a *kb.Actor, text string) bool {
	key := kb.Normalize(text)
	if kb.Normalize(a.Name) == key {
		return true
	}
	for _, alias := range a.Aliases {
		if kb.Normalize(alias) == key {
			return true
		}
	}
	return false
}

// wingSuffix are the words after a hyphen that name a movement's regional
// wing ("Sudan People's Liberation Movement-North").
var wingSuffix = map[string]bool{"North": true, "South": true, "East": true, "West": true}

// hyphenJoinsActors says whether a hyphen before a capital in s joins a
// known actor's name or demonym to another name ("U.S.-South Korea",
// "Russian-Ukrainian").
func (c *Coder) hyphenJoinsActors(s string, at time.Time) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '-' || s[i+1] < 'A' || s[i+1] > 'Z' {
			continue
		}
		left := s[:i]
		if k := strings.LastIndexByte(left, ' '); k >= 0 {
			left = left[k+1:]
		}
		if c.namesActor(left, at) {
			return true
		}
		right := strings.Fields(s[i+1:])
		for n := 1; n <= 3 && n <= len(right); n++ {
			if c.namesActor(strings.Join(right[:n], " "), at) {
				return true
			}
		}
	}
	return false
}

// namesActor says whether name is a name or demonym of an actor in the
// knowledge base.
func (c *Coder) namesActor(name string, at time.Time) bool {
	key := kb.Normalize(name)
	if len(c.kb.LookupNorm(key, at)) > 0 {
		return true
	}
	_, ok := demonymOf(c.kb, key)
	return ok
}

// orgNameTail says whether the scan's one mention inside the organisation
// w (index inner) is an organisation the knowledge base knows that ends
// w's name and starts after its first capitalised word, the words before
// it capitalised too: "Kurdistan Democratic Party" holds "Democratic
// Party". A name opening w ("Hamas political bureau") or a country or
// demonym inside it ("Friends of Syria") stays the scan's.
func orgNameTail(toks []tok, ms []mention, inner []int, w mention) bool {
	if len(inner) != 1 {
		return false
	}
	m := ms[inner[0]]
	start := w.i
	if toks[start].low == "the" {
		start++
	}
	if m.kind != kb.TypeOrganisation || m.j != w.j || m.i <= start || m.i >= w.j {
		return false
	}
	for k := start; k < m.i; k++ {
		if !isCap(toks[k].text) {
			return false
		}
	}
	return true
}

// armedHeadOnly says the one mention at idx is an armed or police role
// word with no country or actor that ends w's span ("Forces" in "Allied
// Democratic Forces"), after capitalised words no other mention took: the
// head word of a named armed body's name, not the state's forces.
func armedHeadOnly(toks []tok, ms []mention, idx []int, w mention) bool {
	if len(idx) != 1 {
		return false
	}
	m := ms[idx[0]]
	if m.kind != "role" || m.actorID != "" || m.country != "" || m.j != w.j || m.j-m.i != 1 {
		return false
	}
	if m.sector != kb.SectorMilitary && m.sector != kb.SectorPolice {
		return false
	}
	start := w.i
	if toks[start].low == "the" {
		start++
	}
	if start >= m.i {
		return false
	}
	for k := start; k < m.i; k++ {
		if !isCap(toks[k].text) {
			return false
		}
	}
	return true
}

// capitalTheName says whether a capital "The" after a word or a comma of
// its sentence stands right before w's span, which only a name's own
// article has there ("the offices of The Citizen").
func capitalTheName(toks []tok, w mention) bool {
	if w.i < 2 || toks[w.i-1].text != "The" {
		return false
	}
	prev := toks[w.i-2].text
	return prev == "," || !isPunct(prev)
}

// rolesInside says whether the mentions at idx are all roles with no
// actor id inside w's span.
func rolesInside(ms []mention, idx []int, w mention) bool {
	for _, mi := range idx {
		m := ms[mi]
		if m.kind != "role" || m.actorID != "" || m.i < w.i || m.j > w.j {
			return false
		}
	}
	return len(idx) > 0
}

// headRolesOnly says whether the mentions at idx are all roles with no
// country or actor id, of a non-state sector, strictly inside w's span:
// the head word of an organisation's name ("Corporation", "Group").
func headRolesOnly(ms []mention, idx []int, w mention) bool {
	for _, mi := range idx {
		m := ms[mi]
		if m.kind != "role" || m.actorID != "" || m.country != "" || m.i < w.i || m.j > w.j || m.j-m.i >= w.j-w.i {
			return false
		}
		switch m.sector {
		case kb.SectorBusiness, kb.SectorMedia:
		default:
			return false
		}
	}
	return len(idx) > 0
}

// armedGroupName says whether w, an organisation only the article names
// ("doc:org:..."), with no country, ends in a force word ("Army",
// "Forces", "Front") that the scan read as a role of the military
// sector, in capitalised words with no other mention inside but a
// region's name: "Arakan Army", "Kachin Independence Army". A country or
// demonym inside ("Sudanese Armed Forces") keeps the name the state's.
func armedGroupName(toks []tok, ms []mention, inner []int, w mention) bool {
	if !strings.HasPrefix(w.actorID, "doc:org:") || w.country != "" || len(inner) == 0 || w.j-w.i < 2 || !armedGroupHeads[toks[w.j-1].low] {
		return false
	}
	head := false
	for _, mi := range inner {
		m := ms[mi]
		switch {
		case m.kind == "role" && m.sector == kb.SectorMilitary && m.actorID == "" && m.j == w.j && m.i > w.i:
			head = true
		case m.kind == kb.TypePlace && m.i >= w.i && m.j < w.j:
			// "Kachin Independence Army": a region the group is
			// named for, no country.
		default:
			return false
		}
	}
	if !head {
		return false
	}
	for k := w.i; k < w.j; k++ {
		if !isCap(toks[k].text) && toks[k].low != "the" {
			return false
		}
	}
	return true
}

// armedGroupHeads are the force words that end armed groups' names.
var armedGroupHeads = map[string]bool{"army": true, "forces": true, "front": true}

// placesInside says whether the mentions at inner are all towns, regions
// or capitals lying wholly inside w's span of at least two words, or
// one-word countries at either end of it: a place's name that is part of
// a longer name, not a place of its own.
func placesInside(toks []tok, ms []mention, inner []int, w mention) bool {
	if w.j-w.i < 2 || len(inner) == 0 {
		return false
	}
	for _, mi := range inner {
		m := ms[mi]
		if m.i < w.i || m.j > w.j {
			return false
		}
		// "Jordan Otieno said", "Michael Jordan": a one-word country's
		// name opening or closing a person's name is the given or family
		// name it shares, as a town's is.
		country := m.kind == kb.TypeCountry && m.j-m.i == 1 && (m.i == w.i || m.j == w.j)
		if m.kind != kb.TypePlace && m.kind != "capital" && !country {
			return false
		}
		// "President Ascom North America": after a word of a region
		// ("North America", "Latin America") the country's name is the
		// region's, no name word of a person the tagger misread.
		if country && m.i > w.i && regionBeforeCountry[toks[m.i-1].low] {
			return false
		}
	}
	return true
}

// regionBeforeCountry are the words that make a region of a country's
// name after them ("North America", "Central America", "Latin America").
var regionBeforeCountry = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"central": true, "latin": true}

// replaceInner returns ms without the mentions at inner (those inside
// w's span) and with w, the whole name that stands for them.
func replaceInner(ms []mention, inner []int, w mention) []mention {
	kept := ms[:0:0]
	for mi, m := range ms {
		if !slices.Contains(inner, mi) {
			kept = append(kept, m)
		}
	}
	return append(kept, w)
}

// dropOverlaps keeps mentions that do not overlap an earlier kept one; of
// two overlapping mentions the longer wins (upstream entities and the
// knowledge-base scan can cover the same words).
func dropOverlaps(ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.j <= m.i {
			continue
		}
		if n := len(out); n > 0 && m.i < out[n-1].j {
			if m.j-m.i > out[n-1].j-out[n-1].i {
				out[n-1] = m
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// audienceVerbs take the people spoken to as their object ("told
// reporters", "briefed journalists").
var audienceVerbs = map[string]bool{
	"told": true, "tell": true, "tells": true, "telling": true, "briefed": true, "brief": true, "briefs": true,
	"briefing": true, "addressed": true, "informed": true,
}

// dropAudience removes media roles that are only the audience of a speech
// verb ("Shin told reporters after the meeting"): they hear the news, they
// take no part in the event.
func dropAudience(toks []tok, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.kind == "role" && m.actorID == "" && m.sector == "media" && m.i > 0 && audienceVerbs[toks[m.i-1].low] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropChannel removes media roles that only name where something was
// said: "criticised the decision on social media", "denounced the ruling
// on state television" - the medium carries the words, it is not the one
// criticised. The preposition "on" before the medium (past its
// determiner and modifiers) marks the channel; media named as subject or
// object ("accused foreign media of bias") stay.
func dropChannel(toks []tok, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.kind == "role" && m.actorID == "" && m.sector == "media" && channelOn(toks, m.i) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// channelOn says whether the noun phrase ending in the medium at i is the
// object of "on": up to three determiners or lower-case modifiers
// ("social", "state", "its official") may stand between.
func channelOn(toks []tok, i int) bool {
	k := i - 1
	for n := 0; n < 3 && k >= 0; n++ {
		t := toks[k]
		if !(determiners[t.low] || t.low == "its" || t.low == "their" || !isCap(t.text) && (strings.HasPrefix(t.pos, "JJ") || strings.HasPrefix(t.pos, "NN"))) {
			break
		}
		k--
	}
	return k >= 0 && toks[k].low == "on"
}

// countryless kinds may take a country from context: people, groups,
// organisations and names not known to the knowledge base.
func countryless(kind string) bool {
	return kind == "role" || kind == "name" || kind == "person" || kind == "organisation"
}

func kindOfEntity(t string) string {
	switch t {
	case model.EntityPerson:
		return "person"
	case model.EntityGPE:
		return "country"
	case model.EntityLoc:
		return "place"
	case model.EntityNORP:
		return "demonym"
	case "ROLE":
		return "role"
	}
	return "organisation"
}

func sortMentions(ms []mention) {
	for a := 1; a < len(ms); a++ {
		for b := a; b > 0 && ms[b].i < ms[b-1].i; b-- {
			ms[b], ms[b-1] = ms[b-1], ms[b]
		}
	}
}

// glossEnd gives the token after the closing bracket of a gloss right
// after the named mention m ("(Party of God)", "(PKK)"), or -1: up to five
// words in brackets, the first capitalised, each a capitalised word or a
// small joining word ("of", "the", "for", "and"). A bracket after a role
// or a demonym ("officials (anonymous)") or holding a number or a date
// ("(2019)") is no gloss of a name.
func glossEnd(toks []tok, m mention) int {
	switch m.kind {
	case "person", "organisation", "name":
	default:
		return -1
	}
	if m.j+2 >= len(toks) || toks[m.j].text != "(" || !isCap(toks[m.j+1].text) || isPunct(toks[m.j+1].text) {
		return -1
	}
	for k := m.j + 1; k < len(toks) && k <= m.j+6; k++ {
		w := toks[k]
		if w.text == ")" {
			if k == m.j+1 {
				return -1
			}
			return k + 1
		}
		if isPunct(w.text) || isNumber(w.low) || !(isCap(w.text) || w.low == "of" || w.low == "the" || w.low == "for" || w.low == "and") {
			return -1
		}
	}
	return -1
}

// spelledAcronym reports whether ts is one token of capital letters, two
// at least, with digits, dots, hyphens or "&" between ("PKK", "PML-N",
// "TS-LKD", "M23"): an acronym, not a capitalised word.
func spelledAcronym(ts []tok) bool {
	if len(ts) != 1 {
		return false
	}
	caps := 0
	for _, r := range ts[0].text {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9' || r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return caps >= 2
}

// rank orders how specific an actor is: a person over an organisation over
// a country over a demonym over a bare role.
func rank(kind string) int {
	switch kind {
	case "person":
		return 5
	case "organisation":
		return 4
	case "name":
		return 3
	case "country", "capital":
		return 2
	case "demonym", "place":
		return 1
	}
	return 0
}

// mergeMentions joins adjacent pieces of one actor phrase: "Chinese" +
// "President" + "Xi Jinping", "North Korea" + "'s" + "leader", "Iraqi" +
// "police". An unknown capitalised name after a role word ("Deputy Secretary
// Jane Doe") becomes a named mention.
func (c *Coder) mergeMentions(toks []tok, ms []mention, art *articleState) []mention {
	var out []mention
	for idx := 0; idx < len(ms); idx++ {
		m := ms[idx]
		if m.kind == "pronoun" {
			out = append(out, m)
			continue
		}
		for {
			// Unknown capitalised name right after a role or demonym.
			if (m.kind == "role" || m.kind == "demonym" && m.sector != "") && m.j < len(toks) && (idx+1 >= len(ms) || ms[idx+1].i > m.j) && isCap(toks[m.j].text) && !isPunct(toks[m.j].text) && c.properName(toks[m.j].text) {
				n := m.j
				for n < len(toks) && n-m.j < 4 && toks[n].report != n+1 && isCap(toks[n].text) && !isPunct(toks[n].text) && c.properName(toks[n].text) && (idx+1 >= len(ms) || n < ms[idx+1].i) {
					n++
				}
				if n-m.j >= 2 || m.kind == "role" && n-m.j >= 1 && c.properName(toks[m.j].text) {
					m.text = spanText(toks, m.i, n)
					m.kind = "name"
					last := strings.ToLower(toks[n-1].text)
					m.j = n
					art.surnames[last] = m
				}
			}
			// "Hizbollah (Party of God) guerrilla group", "the Kurdistan
			// Workers' Party (PKK) said": a bracketed gloss right after a
			// name, its translation or acronym, belongs to the name; the
			// words after it continue the phrase as if it were absent.
			// Mentions inside it (an acronym the scan found) are the
			// same actor.
			if end := glossEnd(toks, m); end > 0 {
				// An acronym filling the brackets is the more specific
				// name ("Workers Party (PKK)": the party the acronym
				// names, not another workers' party), and so is a name
				// spelling out an acronym before them ("the MDC
				// (Movement for Democratic Change)"). A word in the
				// brackets that glosses a name ("Homeland Union
				// (Conservatives)", "(Social Democrats)") says what the
				// body is, not which one: another country's party of
				// that name lends it no country.
				acr := spelledAcronym(toks[m.j+1:end-1]) || m.j-m.i == 1 && spelledAcronym(toks[m.i:m.j])
				for idx+1 < len(ms) && ms[idx+1].i < end && ms[idx+1].kind != "pronoun" {
					if in := ms[idx+1]; acr && in.i == m.j+1 && in.j == end-1 && in.actorID != "" && in.actorID != m.actorID && in.kind == "organisation" {
						m.actorID, m.country, m.sector, m.kind = in.actorID, in.country, in.sector, in.kind
					}
					idx++
				}
				m.j = end
			}
			if idx+1 >= len(ms) {
				break
			}
			nx := ms[idx+1]
			if nx.kind == "pronoun" {
				break
			}
			// "told parliament troops would be withdrawn": the one told
			// and the report's subject are two phrases.
			if reportOpenIn(toks, m.i, nx.j) {
				break
			}
			// "People's Republic of China (PRC)": the acronym is the same actor.
			if nx.i == m.j+1 && nx.j < len(toks) && toks[m.j].text == "(" && toks[nx.j].text == ")" {
				m.j = nx.j + 1
				m.text = spanText(toks, m.i, m.j)
				idx++
				continue
			}
			// "Secretary of Homeland Security Alejandro Mayorkas": a role
			// "of" a named body right before a person's name is the
			// person's title; the person acts, with the body's country.
			if m.kind == "role" && nx.kind == "organisation" && idx+2 < len(ms) && ms[idx+2].kind == "person" && ms[idx+2].i == nx.j && ofThe(toks[m.j:nx.i]) {
				p := ms[idx+2]
				p.i, p.text = m.i, spanText(toks, m.i, p.j)
				if p.country == "" {
					p.country = nx.country
				}
				if p.sector == "" {
					p.sector = nx.sector
				}
				m = p
				idx += 2
				continue
			}
			gap := toks[m.j:nx.i]
			// "Australian writer Yang Wei", "media tycoon Jimmy Lai": a
			// demonym or sector word, a lower-case title and a name are
			// one person (see titledPersonGap).
			if titledPersonGap(toks, m, nx) {
				p := nx
				p.i, p.text = m.i, spanText(toks, m.i, nx.j)
				if p.country == "" {
					p.country = m.country
				}
				if p.sector == "" {
					p.sector = titledPersonSector(m)
				}
				m = p
				idx++
				continue
			}
			// "the Secretary of Homeland Security", "a spokesman for the
			// ministry" with no name after: the resolver gave the role
			// the body it serves, or the body's head in office; the
			// phrase is one actor, the role's.
			if m.kind == "role" && nx.kind == "organisation" && m.actorID != "" && nx.actorID != "" && (ofThe(gap) || forThe(gap)) &&
				(m.actorID == nx.actorID || m.country == nx.country && c.holderPerson(m.actorID)) {
				m.j = nx.j
				m.text = spanText(toks, m.i, m.j)
				idx++
				continue
			}
			okGap := len(gap) == 0 || len(gap) == 1 && (gap[0].text == "'s" || gap[0].text == "'")
			// "Zambia's creditors", "Ghana's bondholders": those a state
			// owes are not its own people or body; the owner and the
			// creditors stay two mentions.
			if len(gap) == 1 && creditorRole(toks, nx) {
				okGap = false
			}
			// "told reporters Moscow would not halt ...", "told reporters
			// Ukrainian forces had ...": a plural role is no title of the
			// place or demonym right after it, which begins the next
			// clause ("reporters Russia" is no phrase; titles before a
			// name are singular).
			if len(gap) == 0 && m.kind == "role" && (placeKind(nx.kind) || nx.kind == "demonym") && pluralWord(toks[m.j-1].low) {
				okGap = false
			}
			// "Latvian Constitutional Court", "Iraqi Interior Ministry": a
			// demonym before a capitalised name of a body or office.
			if !okGap && m.kind == "demonym" && (nx.kind == "role" || nx.kind == "organisation") && len(gap) <= 2 {
				okGap = true
				for _, g := range gap {
					if !isCap(g.text) || isPunct(g.text) || !c.properName(g.text) {
						okGap = false
					}
				}
			}
			// "the German defence ministry": a demonym, a lower-case word and
			// a role the resolver gave the same country are one body.
			// A demonym that already took a body ("Kenyan police") takes
			// no second one: "Kenyan police arrest opposition leader" is a
			// headline's subject, verb and object.
			if !okGap && m.kind == "demonym" && m.sector == "" && nx.kind == "role" && len(gap) == 1 && !isCap(gap[0].text) && !isPunct(gap[0].text) &&
				nx.country != "" && nx.country == m.country && (headNoun(gap[0]) || modifierWord(gap[0])) {
				okGap = true
			}
			if !okGap || (m.kind != "role" && nx.kind != "role" && rank(m.kind) >= 2 && rank(nx.kind) >= 2 && !(m.kind == "country" && nx.kind == "person") && !(m.kind == "organisation" && nx.kind == "person")) {
				break
			}
			// Merge nx into m.
			merged := m
			merged.j = nx.j
			merged.text = spanText(toks, m.i, nx.j)
			if rank(nx.kind) > rank(m.kind) {
				merged.actorID, merged.kind, merged.surname = nx.actorID, nx.kind, nx.surname
				if nx.country != "" {
					merged.country = nx.country
				}
			} else if rank(nx.kind) == rank(m.kind) && nx.actorID != "" && m.actorID == "" {
				merged.actorID = nx.actorID
			} else if nx.kind == "role" && (nx.country == "" || merged.country == "" || nx.country == merged.country) && c.holderPerson(nx.actorID) {
				// "the Kenyan president": the resolver found who held
				// the office the role names; that person acts, as he
				// would named ("Kenyan President William Ruto").
				merged.actorID = nx.actorID
			} else if countryLevel(m.kind) && nx.kind == "role" && m.country != "" && m.actorID == m.country && strings.HasPrefix(nx.actorID, m.country+".") {
				// "the Kenyan government", "Kenya's police": the resolver
				// made the role word that country's body (KEN.GOV); the
				// phrase is that body, not the bare country the demonym
				// or name alone would give.
				merged.actorID = nx.actorID
			}
			if merged.country == "" {
				merged.country = nx.country
			}
			// "Volkswagen workers", "Boeing machinists": a company's
			// workers are its country's labour (the resolver's actor for
			// the role word), who strike against the company, not the
			// company itself.
			if m.kind == "organisation" && m.sector == kb.SectorBusiness && nx.kind == "role" && nx.sector == kb.SectorLabour && nx.actorID != "" {
				merged.actorID = nx.actorID
			}
			// "a militant commander", "rebel fighters": a military head
			// word keeps the armed group it belongs to.
			// "rebel leaders", "militant spokesmen": so do the leaders
			// and spokesmen an armed group's word (not its name: the
			// "Taliban leader" heads a government) goes with, whom the
			// head word alone would make a government's; so does a
			// criminal group's word ("gang leaders", "cartel bosses").
			// "BNP leader", "Congress chief": a head title after a party's
			// name is the party's, not the state's office of that name.
			// "opposition spokesman", "party officials": so do the
			// opposition's and a party's words before a bare role word
			// no office holder was found for; the spokesman speaks for
			// the opposition, not for a government.
			// "NLC president", "Labour leader" in a union's story: so is
			// a head title after a workers' union's name, the union's.
			partyHead := m.kind == "organisation" && (m.sector == kb.SectorParty || m.sector == kb.SectorLabour) && nx.kind == "role" && nx.sector == kb.SectorGovernment && partyHeadWord(toks[nx.j-1].low)
			// "Hamas leader", "Hezbollah chief": so is a head title after
			// an armed group's name; a holder the knowledge base places
			// in office ("Taliban leader Hibatullah Akhundzada") still
			// acts for a government (below).
			partyHead = partyHead || m.kind == "organisation" && m.sector == kb.SectorRebel && nx.kind == "role" && nx.sector == kb.SectorGovernment &&
				(partyHeadWord(toks[nx.j-1].low) || toks[nx.j-1].low == "commander")
			bareGovRole := m.kind == "role" && nx.sector == kb.SectorGovernment && nx.actorID == ""
			// "Amnesty International spokesman", "Forum for Democratic
			// Change spokesman": a spokesman after an organisation's name
			// speaks for it and keeps its sector, or none when it has
			// none known; his title does not make him a government's.
			orgVoice := m.kind == "organisation" && nx.kind == "role" && nx.sector == kb.SectorGovernment && nx.actorID == "" && spokesHeads[toks[nx.j-1].low]
			// "NLC president Joe Ajaero", "UASU secretary-general": a head
			// title after an organisation the knowledge base does not
			// know, of no known sector, is that body's post; the title
			// word alone does not make its holder a government's.
			orgVoice = orgVoice || m.kind == "organisation" && m.sector == "" && (m.actorID == "" || strings.HasPrefix(m.actorID, "doc:org:")) &&
				nx.kind == "role" && nx.sector == kb.SectorGovernment && nx.actorID == "" && bodyPostWord(joinTokens(toks[nx.i:nx.j]))
			// "the workers' leaders" in a union's story: organised
			// labour's words before a bare head word keep their sector,
			// as the opposition's and a party's do.
			keepsOwn := (merged.sector == kb.SectorRebel || merged.sector == kb.SectorCriminal) && (nx.sector == kb.SectorMilitary || bareGovRole) ||
				(merged.sector == kb.SectorOpposition || merged.sector == kb.SectorParty || merged.sector == kb.SectorLabour) && bareGovRole
			if nx.sector != "" && (merged.sector == "" || nx.kind == "role") && !partyHead && !keepsOwn && !orgVoice {
				merged.sector = nx.sector
			}
			// "Congress leader Rahul Gandhi", "BJP leader Narendra Modi":
			// a person the knowledge base places in the opposition or in
			// office acts in that sector, which says more than the party.
			if (m.sector == kb.SectorParty || m.sector == kb.SectorRebel && c.holderPerson(nx.actorID)) && nx.kind == "person" && (nx.sector == kb.SectorOpposition || nx.sector == kb.SectorGovernment) {
				merged.sector = nx.sector
			}
			// "party spokesman John Kato", "FDC spokesman John Kato": the
			// resolver read whose voice the spokesman is from the words
			// before the title (a party, the opposition, rebels); the bare
			// title word alone would make him a government's.
			if nx.kind == "person" && merged.sector == kb.SectorGovernment && m.kind == "role" && m.actorID == "" && spokesHeads[toks[m.j-1].low] &&
				(nx.sector == kb.SectorParty || nx.sector == kb.SectorOpposition || nx.sector == kb.SectorRebel) {
				merged.sector = nx.sector
			}
			// "UN Secretary-General Antonio Guterres": the title word is
			// a government's, but its holder in office at an international
			// body acts for that body, as the body's own name would.
			// So does the head of a non-governmental group the resolver
			// placed there ("Amnesty International Secretary General
			// Agnes Callamard").
			if nx.kind == "person" && (nx.sector == kb.SectorIGO || nx.sector == kb.SectorNGO) {
				merged.sector = nx.sector
			}
			m = merged
			idx++
		}
		if m.kind == "role" && m.country == "" && !c.groupRole(toks, m) {
			// A lone singular office word ("the president") is kept: the
			// coder may still use it as an actor without a country.
		}
		out = append(out, m)
	}
	return out
}

// oneBodyOf says an organisation's name joins fields with "and" after its
// "of" ("Philippine Institute of Volcanology and Seismology", "Ministry of
// Lands and Housing") and the resolver placed it in a sector: the name is
// one body's, not two names joined.
//
// So is a name whose words before "and" are no body's name of their own but
// the words after it end in a body's head noun ("Independent Electoral and
// Boundaries Commission"), when the resolver placed it as one body of its
// document: "the European Commission and the Council" names two. Such a
// body of the document may be placed in no country yet ("the Employment and
// Labour Relations Court", which the dateline places later): its name is
// still one body's, and split at "and" its second field ("Labour") would
// read as a party.
func oneBodyOf(e model.Entity) bool {
	if e.Type != model.EntityOrg || e.Sector == "" {
		return false
	}
	of, and := strings.Index(e.Text, " of "), strings.Index(e.Text, " and ")
	if of > 0 && of < and && e.Country != "" {
		return true
	}
	if and < 0 || !strings.HasPrefix(e.ActorID, "doc:org:") {
		return false
	}
	lastWord := func(s string) string {
		f := strings.Fields(strings.ToLower(s))
		if len(f) == 0 {
			return ""
		}
		return f[len(f)-1]
	}
	return nameBodyHeads[lastWord(e.Text)] && !nameBodyHeads[lastWord(e.Text[:and])]
}

// wholeKBName says the resolver linked an organisation's whole name,
// "and" and all, to a knowledge-base actor that bears that name ("Ethics
// and Anti-Corruption Commission" is Kenya's EACC): the name is that one
// body's, and the knowledge-base scan, splitting it at "and", would keep
// only its head noun ("Commission", read as the European Commission).
func (c *Coder) wholeKBName(e model.Entity, at time.Time) bool {
	if c.kb == nil || e.Type != model.EntityOrg || e.ActorID == "" || strings.HasPrefix(e.ActorID, "doc:") {
		return false
	}
	for _, a := range c.kb.LookupNorm(kb.Normalize(e.Text), at) {
		if a.ID == e.ActorID {
			return true
		}
	}
	return false
}

// nameBodyHeads are the nouns that end the name of a public body.
var nameBodyHeads = map[string]bool{"commission": true, "council": true, "board": true, "committee": true,
	"authority": true, "agency": true, "ministry": true, "department": true, "court": true, "tribunal": true}

// partyHeadWord says w is a head title a party's name can stand before
// ("leader", "chief", "president", "chairman").
func partyHeadWord(w string) bool {
	switch w {
	case "leader", "chief", "president", "chairman", "chairwoman", "chairperson", "chair", "head":
		return true
	}
	return false
}

// bodyPostWord says w, a lower-case title, is a post a body's name can
// stand before: a head title (partyHeadWord) or the secretary-general's.
func bodyPostWord(w string) bool {
	switch w {
	case "secretary-general", "secretary general", "general secretary", "general-secretary":
		return true
	}
	return partyHeadWord(w)
}

// unknownAcronymAt reports whether toks[a] is an acronym of three to eight
// capitals (no "US", "UK") that no mention found so far covers, in ms or
// among the upstream entities weak of no known sector: a body the
// knowledge base does not know by that name.
func unknownAcronymAt(toks []tok, ms, weak []mention, a int) bool {
	if a < 0 {
		return false
	}
	w := toks[a].text
	if len(w) < 3 || len(w) > 8 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	for _, m := range ms {
		if m.i <= a && a < m.j {
			return false
		}
	}
	for _, m := range weak {
		if m.i <= a && a < m.j && (m.sector != "" || m.actorID != "" && !strings.HasPrefix(m.actorID, "doc:org:")) {
			return false
		}
	}
	return true
}

// holderPerson reports whether id is a person of the knowledge base: a
// role the resolver read as the office's holder ("the Kenyan president" in
// 2024 is William Ruto) rather than as the country's government.
func (c *Coder) holderPerson(id string) bool {
	if id == "" || c.kb == nil {
		return false
	}
	a, ok := c.kb.Actor(id)
	return ok && a.Type == kb.TypePerson
}

func (c *Coder) groupRole(toks []tok, m mention) bool {
	ri, ok := c.kb.RoleNorm(kb.Normalize(spanText(toks, m.i, m.j)))
	return ok && ri.Group
}

// properName guesses whether a capitalised word is a name rather than a
// capitalised common word.
func (c *Coder) properName(w string) bool {
	lw := strings.ToLower(w)
	return !stopCaps[lw]
}

var stopCaps = map[string]bool{"the": true, "a": true, "an": true, "on": true, "in": true, "and": true, "of": true, "said": true, "says": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "today": true, "yesterday": true, "but": true,
	"while": true, "after": true, "as": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true}

func joinTokens(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.start > ts[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func spanText(ts []tok, i, j int) string { return joinTokens(ts[i:j]) }

// spanOf maps byte offsets to a token span.
func spanOf(ts []tok, start, end int) (int, int) {
	i, j := -1, -1
	for k, t := range ts {
		if i < 0 && t.end > start {
			i = k
		}
		if t.start < end {
			j = k + 1
		}
	}
	if i < 0 || j <= i {
		return -1, -1
	}
	return i, j
}

// meetingNouns name a gathering whose participants come from elsewhere.
var meetingNouns = map[string]bool{"summit": true, "summits": true, "meeting": true, "meetings": true,
	"conference": true, "conferences": true, "gathering": true, "gatherings": true, "talks": true,
	"session": true, "sessions": true, "forum": true, "congress": true, "convention": true}

// meetingParticipant says whether the words before token i are "of" after
// a meeting noun, across a determiner and modifiers ("a summit of European
// leaders", "a meeting of the foreign ministers").
func meetingParticipant(toks []tok, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		l := toks[k].low
		if l == "of" {
			return meetingNouns[toks[k-1].low]
		}
		if isPunct(l) || !(l == "the" || isCap(toks[k].text) || modifierWord(toks[k]) || headNoun(toks[k])) {
			return false
		}
	}
	return false
}

// orgHeadsToNames gives back to a longer organisation name the one word
// the knowledge-base scan found as its last word: in "the Independent
// Electoral and Boundaries Commission" or "the Trade Union Congress" the
// head noun is that body's, not the European Commission or the U.S.
// Congress it names alone. The name, placed nowhere, replaces the word;
// names the scan found inside it otherwise (a country) stay.
// placeNamesInside says whether the scan's mentions inner all lie within
// the span of w, shorter than it, and are names of places (a country, its
// capital or demonym) rather than roles or other actors. The article
// before the organisation's name may have joined the place's ("The Niger"
// in "The Niger Delta Avengers"): it is no word of the place.
func placeNamesInside(toks []tok, ms []mention, inner []int, w mention) bool {
	if len(inner) == 0 {
		return false
	}
	for _, mi := range inner {
		m := ms[mi]
		i := m.i
		if i == w.i-1 && i >= 0 && toks[i].low == "the" {
			i = w.i
		}
		if i < w.i || m.j > w.j || m.j-i >= w.j-w.i {
			return false
		}
		switch m.kind {
		case kb.TypeCountry, kb.TypePlace, "capital", "demonym":
		default:
			return false
		}
	}
	return true
}

// ofNameInside says whether the scan's mentions inner are a place name or
// demonym and role words in the middle of the organisation w's name, after
// its first capitalised word and before an "of" phrase of capitalised
// words that ends it: "East African Court of Justice" holds "African" and
// "Court", which would read as an African court (the African Union's),
// but an "of"-joined capitalised run is one body's name, and "East
// African" is no demonym of the African Union.
func ofNameInside(toks []tok, ms []mention, inner []int, w mention) bool {
	if len(inner) == 0 {
		return false
	}
	start := w.i
	if toks[start].low == "the" {
		start++
	}
	first, last, place := w.j, w.i, false
	for _, mi := range inner {
		m := ms[mi]
		switch {
		case placeKind(m.kind) || m.kind == "demonym":
			place = true
		case m.kind == "role" && m.country == "" && m.actorID == "":
		default:
			return false
		}
		first, last = min(first, m.i), max(last, m.j)
	}
	if !place || first <= start || last >= w.j || toks[last].low != "of" || last+1 >= w.j {
		return false
	}
	for k := start; k < first; k++ {
		if !isCap(toks[k].text) {
			return false
		}
	}
	for k := last + 1; k < w.j; k++ {
		if !isCap(toks[k].text) && toks[k].low != "the" {
			return false
		}
	}
	return true
}

func orgHeadsToNames(ms []mention, orgs []mention) []mention {
	for _, o := range orgs {
		for mi := range ms {
			m := &ms[mi]
			if m.j == o.j && m.i == o.j-1 && m.i > o.i && m.kind == kb.TypeOrganisation {
				*m = o
				m.i = o.i
				break
			}
		}
	}
	return ms
}

// bodyNouns head the names of international bodies that news refers back
// to by the bare noun: "the UN Security Council ... The council renewed".
var bodyNouns = map[string]bool{"council": true, "assembly": true, "commission": true}

// bodyAnaphora reads "the council", "the assembly", "the commission" as
// the international body of that head noun named earlier in the article
// (the latest one), and records the bodies this sentence names. A noun
// with "of" after it names another body ("the council of ministers"); a
// capitalised one is a name the resolver handles.
func bodyAnaphora(toks []tok, ms []mention, st *articleState) []mention {
	if len(st.bodies) > 0 {
		covered := coveredBy(ms, len(toks))
		for i := 1; i < len(toks); i++ {
			t := toks[i]
			if covered[i] || toks[i-1].low != "the" || t.text != t.low || !bodyNouns[t.low] {
				continue
			}
			if i+1 < len(toks) && toks[i+1].low == "of" {
				continue
			}
			b, ok := st.bodies[t.low]
			if !ok {
				continue
			}
			b.i, b.j, b.text = i, i+1, t.text
			ms = insertMention(ms, b)
		}
	}
	for _, m := range ms {
		if m.sector != kb.SectorIGO || m.actorID == "" || m.j-m.i < 2 {
			continue
		}
		f := strings.Fields(strings.ToLower(m.text))
		if w := f[len(f)-1]; bodyNouns[w] {
			if st.bodies == nil {
				st.bodies = map[string]mention{}
			}
			st.bodies[w] = m
		}
	}
	return ms
}

// coveredBy marks the tokens (of n) that mentions in ms cover: a bare
// noun read back to an earlier phrase (bodyAnaphora, demonymAnaphora) must
// not be part of a mention already.
func coveredBy(ms []mention, n int) []bool {
	covered := make([]bool, n)
	for _, m := range ms {
		for k := max(m.i, 0); k < m.j && k < n; k++ {
			covered[k] = true
		}
	}
	return covered
}

// insertMention puts m into ms, kept in order of their first token, after
// the mentions that start at or before it.
func insertMention(ms []mention, m mention) []mention {
	k := 0
	for k < len(ms) && ms[k].i <= m.i {
		k++
	}
	return slices.Insert(ms, k, m)
}

// demonymAnaphora reads "the engineers" as the people a demonym named
// before with that plural noun ("kidnapped two Chinese engineers ... seized
// the engineers"): a definite noun repeated bare refers back to the phrase
// that introduced it, of that country. It records the phrases this
// sentence introduces; a noun met with two countries' demonyms is
// ambiguous and left alone, as is one with "of" after it ("the engineers
// of the dam") or a mention of its own.
func demonymAnaphora(toks []tok, ms []mention, st *articleState) []mention {
	if len(st.peopleOf) > 0 {
		covered := coveredBy(ms, len(toks))
		for i := 1; i < len(toks); i++ {
			t := toks[i]
			if covered[i] || toks[i-1].low != "the" || t.text != t.low || t.pos != "NNS" {
				continue
			}
			if i+1 < len(toks) && (toks[i+1].low == "of" || headNoun(toks[i+1])) {
				continue
			}
			d, ok := st.peopleOf[t.low]
			if !ok || d.country == "" {
				continue
			}
			d.i, d.j, d.text = i, i+1, t.text
			ms = insertMention(ms, d)
		}
	}
	for _, m := range ms {
		if m.kind != "demonym" || m.country == "" || m.j >= len(toks) || m.j < 1 || m.i >= m.j {
			continue
		}
		n := toks[m.j]
		if n.pos != "NNS" || n.text != n.low || !headNoun(n) || m.j+1 < len(toks) && headNoun(toks[m.j+1]) {
			continue
		}
		if st.peopleOf == nil {
			st.peopleOf = map[string]mention{}
		}
		if o, seen := st.peopleOf[n.low]; seen && o.country != m.country {
			st.peopleOf[n.low] = mention{}
			continue
		}
		st.peopleOf[n.low] = m
	}
	return ms
}

// ofThe says whether the tokens are "of" or "of the".
func forThe(gap []tok) bool {
	return len(gap) == 1 && gap[0].low == "for" || len(gap) == 2 && gap[0].low == "for" && gap[1].low == "the"
}

func ofThe(gap []tok) bool {
	return len(gap) == 1 && gap[0].low == "of" || len(gap) == 2 && gap[0].low == "of" && gap[1].low == "the"
}

// locatedParticiples say where a group is: "operating in", "based in".
var locatedParticiples = map[string]bool{"operating": true, "based": true, "living": true, "active": true, "stationed": true,
	"residing": true}

// criminalBands are the words for a band of people that "criminal"
// names criminals in ("criminal groups", "a criminal network").
var criminalBands = map[string]bool{"group": true, "groups": true, "network": true, "networks": true, "organisation": true,
	"organisations": true, "organization": true, "organizations": true, "element": true, "elements": true,
	"syndicate": true, "syndicates": true, "ring": true, "rings": true, "enterprise": true, "enterprises": true,
	"outfit": true, "outfits": true, "band": true, "bands": true, "underworld": true}

// governanceNouns are the words for governing or holding power that
// "civilian" (or "civil") may modify: "civilian rule", "civilian
// control", "a return to civilian government".
var governanceNouns = map[string]bool{"rule": true, "control": true, "oversight": true, "leadership": true, "administration": true,
	"authority": true, "authorities": true, "transition": true, "power": true, "hands": true, "governance": true, "government": true,
	"governments": true, "-": true, "led": true, "-led": true, "order": true, "supremacy": true, "cabinet": true}

// roleModifiesAt says whether the lower-case noun phrase from token k is
// one a role word before it only modifies (kb.RoleModifies): its first
// word, or its head after hyphenated compounds ("a military
// intelligence-sharing pact", "military early-warning data").
func roleModifiesAt(toks []tok, k int) bool {
	for k < len(toks) && !isCap(toks[k].text) {
		w := toks[k].low
		next := k + 1
		// A compound the tokeniser split at its hyphen: "intelligence - sharing".
		for next+1 < len(toks) && toks[next].text == "-" && toks[next].start == toks[next-1].end && toks[next+1].start == toks[next].end {
			w += "-" + toks[next+1].low
			next += 2
		}
		if kb.RoleModifies(w) {
			return true
		}
		if !strings.Contains(strings.Trim(w, "-"), "-") {
			return false
		}
		k = next
	}
	return false
}

// undertakingModifier says whether the one-word role at i modifies the
// common noun after it in the object of a verb that sets something up or
// carries it out ("agreed to set up joint police patrols", "will conduct
// joint army checkpoints", "launched a police crackdown"): what is set up
// or carried out is the subject's undertaking, and the role word only
// says of what kind; the subject acts, not the police or the army.
// Elsewhere the same phrase may name the force itself ("joint police
// patrols were attacked"), and a noun that is a role of its own ("formed
// a military council") is left to the role scan.
func undertakingModifier(k *kb.KB, toks []tok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	if n := toks[i+1]; isCap(n.text) || !headNoun(n) {
		return false
	} else if _, isRole := k.RoleNorm(kb.Normalize(n.low)); isRole {
		return false
	}
	q := i - 1
	for q >= 0 && q >= i-4 && (determiners[toks[q].low] || toks[q].low == "joint" || toks[q].low == "combined" || toks[q].low == "new" ||
		toks[q].low == "more" || numeral(toks[q]) || toks[q].pos == "JJ" && !isCap(toks[q].text)) {
		q--
	}
	if q < 0 {
		return false
	}
	w := toks[q].low
	if (w == "up" || w == "out") && q > 0 {
		return phrasalUndertaking[toks[q-1].low+" "+w]
	}
	return undertakingVerbs[w]
}

// undertakingVerbs are the forms of verbs whose object is something the
// subject sets up or carries out; phrasalUndertaking those ending in a
// particle.
var undertakingVerbs = map[string]bool{}

var phrasalUndertaking = map[string]bool{}

func init() {
	for _, stem := range []string{"establish", "form", "create", "launch", "conduct", "mount", "organise", "organize", "expand", "increase", "resume"} {
		for _, f := range verbForms(stem) {
			undertakingVerbs[f] = true
		}
	}
	for _, v := range [][2]string{{"set", "up"}, {"carry", "out"}, {"step", "up"}, {"scale", "up"}} {
		for _, f := range verbForms(v[0]) {
			phrasalUndertaking[f+" "+v[1]] = true
		}
	}
}

// treatyWords name an international agreement that is known by the place
// where it was negotiated or signed ("the Minsk agreements", "the Ottawa
// treaty", "the Kyoto protocol", "the Moscow format").
var treatyWords = map[string]bool{"treaty": true, "treaties": true, "accord": true, "accords": true,
	"agreement": true, "agreements": true, "protocol": true, "protocols": true, "convention": true,
	"conventions": true, "statute": true, "declaration": true, "charter": true, "format": true, "process": true}

// dropTreatyPlaces drops a city (or a capital standing for its government)
// that names a treaty: after "the" (and perhaps the treaty's year) and
// before, past at most two words ("climate", "peace"), a word for a
// treaty. Such treaties are named after where they were signed, not after
// a party: "Myanmar is not a signatory to the 1997 Ottawa treaty" is
// nothing Canada did, and "quit the Paris climate agreement" is no
// agreement with France. A country before the word is left alone: "the
// Iran nuclear agreement" names a party.
func (c *Coder) dropTreatyPlaces(toks []tok, ms []mention) []mention {
	if c.kb == nil {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if (m.kind == "capital" || placeActor(c.kb, m.actorID)) && treatyNameAt(toks, m.i, m.j) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// treatyNameAt says whether the name at toks[i:j] opens a treaty's name:
// "the" (and perhaps a year) before it, a word for a treaty after it past
// at most two other words.
func treatyNameAt(toks []tok, i, j int) bool {
	b := i - 1
	if b >= 0 && isNumber(toks[b].text) && len(toks[b].text) == 4 {
		b--
	}
	if b < 0 || toks[b].low != "the" {
		return false
	}
	for q := j; q < len(toks) && q <= j+2; q++ {
		if treatyWords[toks[q].low] {
			return true
		}
		// Only words of letters come between: punctuation or a number
		// ends the name.
		if strings.IndexFunc(toks[q].text, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return false
}

// namedTextWords are the words for a law or a policy that a name before
// them names ("Sharia law", "the Magnitsky act", "the Monroe doctrine").
var namedTextWords = map[string]bool{"law": true, "laws": true, "act": true, "bill": true, "doctrine": true, "amendment": true, "code": true}

// sectorOf is party p of a pair phrase read as its country's sector
// ("the two governments"): a country named as such takes the sector; a
// leader or body named stays itself, as it acts for its government.
// statesOfPair returns the states of the last pair of parties named
// (see notePair), when the pair is of two different countries the
// knowledge base knows.
func (c *Coder) statesOfPair(art *articleState) (a, b mention, ok bool) {
	if c.kb == nil || !art.hasPair {
		return a, b, false
	}
	var st [2]mention
	for k, p := range art.pair {
		x, found := c.kb.Actor(p.country)
		if !found || x.Type != kb.TypeCountry {
			return a, b, false
		}
		st[k] = mention{i: -1, j: -1, text: x.Name, actorID: x.ID, country: x.Country, kind: "country"}
	}
	if st[0].country == st[1].country {
		return a, b, false
	}
	return st[0], st[1], true
}

func sectorOf(p mention, sector string) mention {
	if countryLevel(p.kind) {
		p.sector = sector
	}
	return p
}

// hazardNouns name natural disasters, after which foreign rescuers and
// teams are sent as humanitarian aid (CAMEO 073).
var hazardNouns = map[string]bool{
	"earthquake": true, "earthquakes": true, "quake": true, "quakes": true,
	"flood": true, "floods": true, "flooding": true, "cyclone": true,
	"hurricane": true, "typhoon": true, "tsunami": true, "wildfire": true,
	"wildfires": true, "landslide": true, "landslides": true, "mudslide": true,
	"mudslides": true, "eruption": true, "avalanche": true, "famine": true,
	"drought": true,
}

// noteDisaster remembers the country a sentence naming a hazard places
// it in ("A powerful earthquake struck Morocco"), when it names exactly
// one country: with two ("Spain sent rescuers to Morocco after the
// quake", "floods hit Pakistan and India") the struck one is not told.
// The remembered country is let go when the article turns to something
// else (see disasterLeft): another disaster named only in other countries
// ("Floods also swept through parts of Pakistan and India"), or a
// paragraph opening in another country ("In Lima, Peru's government
// said ..."); aid sent after that has no recipient to borrow.
// newParagraph says the sentence opens a paragraph.
func (st *articleState) noteDisaster(toks []tok, ms []mention, newParagraph bool) {
	hazard := false
	for k, t := range toks {
		// A storm with a name ("Storm Boris battered Poland") is one
		// whatever "storm" means elsewhere ("a storm of protest").
		if hazardNouns[t.low] || namedHazards[t.low] && k+1 < len(toks) && isCap(toks[k+1].text) {
			hazard = true
			break
		}
	}
	st.hazard = st.hazard || hazard
	if !hazard {
		if newParagraph && st.disaster != "" && disasterLeft(toks, ms, st.disaster, true) {
			st.disaster = ""
		}
		return
	}
	found := ""
	for _, m := range ms {
		if m.country == "" || m.borrowed || m.abroad || len(m.pair) > 0 || !(countryLevel(m.kind) || m.kind == "place") {
			continue
		}
		if found != "" && found != m.country {
			if disasterLeft(toks, ms, st.disaster, false) {
				st.disaster = ""
			}
			return
		}
		found = m.country
	}
	if found != "" {
		st.disaster = found
	}
}

// domesticSectors are a country's institutions that act within it: a
// court, the police, parliament. Whom they act on is, by the domestic
// convention, of their country (see domesticObject).
var domesticSectors = map[string]bool{kb.SectorJudiciary: true, kb.SectorPolice: true, kb.SectorLegislature: true}

// passiveAgentAt returns the index in ms of the agent of a passive
// participle at token j that modifies the noun before it ("two firms
// sanctioned by the United States", "shipping companies blacklisted by
// Washington"), or -1. Being acted on by a state says nothing of whose
// the noun is: a state sanctions, blacklists or bombs others as often as
// its own. An agent that is a country's court, police or parliament
// (domesticSectors) is left out: those act at home.
func passiveAgentAt(toks []tok, ms []mention, j int) int {
	if j < 1 || j+2 >= len(toks) || toks[j+1].low != "by" || beForms[toks[j-1].low] || auxiliaries[toks[j-1].low] {
		return -1
	}
	w := toks[j]
	if !(w.pos == "VBN" || w.pos == "VBD" || w.pos == "") || isCap(w.text) || !strings.HasSuffix(w.low, "ed") && !irregularParticiples[w.low] {
		return -1
	}
	k := j + 2
	for k < len(toks) && (toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an") {
		k++
	}
	for q, m := range ms {
		if m.i == k && m.kind != "pronoun" && m.country != "" && !domesticSectors[m.sector] {
			return q
		}
	}
	return -1
}

// irregularParticiples are past participles without "-ed" that modify
// a noun before a "by" phrase ("troops driven by", "towns hit by").
var irregularParticiples = map[string]bool{"hit": true, "driven": true, "taken": true, "held": true,
	"shot": true, "struck": true, "beaten": true, "caught": true, "sought": true, "brought": true, "forbidden": true}

// passiveAgentMention says whether ms[i] is the agent of a passive
// participle modifying the mention right before it (passiveAgentAt).
func passiveAgentMention(toks []tok, ms []mention, i int) bool {
	if i < 0 || i >= len(ms) {
		return false
	}
	for q := range ms {
		if q != i && ms[q].j < ms[i].i && ms[q].kind != "pronoun" && passiveAgentAt(toks, ms, ms[q].j) == i {
			return true
		}
	}
	return false
}

// attackNouns are the heads of nouns for an armed attack a nationality
// may modify: "Russian shelling", "an Israeli air strike".
var attackNouns = map[string]bool{"shelling": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "bombardment": true, "bombardments": true,
	"fire": true, "raid": true, "raids": true, "shells": true, "missiles": true, "rockets": true, "drones": true}

// armedAttackVerbs are the finite verbs of an armed attack on what
// follows: "shelled the hospital", "struck a power plant".
var armedAttackVerbs = map[string]bool{"attacked": true, "attacks": true, "attack": true, "shelled": true, "shells": true, "shell": true,
	"bombed": true, "bombs": true, "bomb": true, "struck": true, "strikes": true, "strike": true, "hit": true, "hits": true,
	"raided": true, "raids": true, "raid": true, "targeted": true, "targets": true, "target": true, "pounded": true, "pounds": true,
	"bombarded": true, "bombards": true, "stormed": true, "storms": true, "shot": true, "shoots": true}

// attackedBy says whether ms[i], a facility (see attackedFacility), is the object of an armed attack whose
// subject, before the verb, holds country cc as a state or its armed
// forces ("Russian forces shelled the hospital", "Russia struck a power
// plant"): what an army strikes is most often the enemy's, so the
// attacker's nationality says nothing of the target's; it keeps the
// country of its own place ("the hospital in Kharkiv") or none. Police
// are left out: "Kenyan police shot protesters" acts at home.
func attackedBy(toks []tok, ms []mention, i int, cc string) bool {
	m := ms[i]
	k := m.i - 1
	for n := 0; k > 0 && n < 3 && (determiners[toks[k].low] || toks[k].pos == "JJ" || toks[k].pos == "CD" || toks[k].pos == "PRP$"); n++ {
		k--
	}
	if k < 1 || !armedAttackVerbs[toks[k].low] {
		return false
	}
	if !attackedFacility(toks, m) {
		return false
	}
	for _, a := range ms[:i] {
		if a.country != cc || a.borrowed || a.j > k || a.j < k-6 {
			continue
		}
		if a.sector == kb.SectorMilitary || a.sector == "" && (a.kind == "country" || a.kind == "demonym" || a.kind == "capital") {
			return true
		}
	}
	return false
}

// woundedBy are the participles of being killed, hurt or struck whose
// cause follows "in" or "by": "killed in Russian shelling", "hit by an
// Israeli air strike".
var woundedBy = map[string]bool{"killed": true, "wounded": true, "injured": true, "hurt": true, "died": true, "dead": true,
	"destroyed": true, "damaged": true, "hit": true, "struck": true, "pounded": true, "targeted": true}

// attackerMention says whether m is a nationality or country naming the
// attacker in a phrase of the cause of harm ("civilians killed in Russian
// shelling", "the hospital was hit by an Israeli air strike"): the
// country of the attack, not of the place or of those harmed.
func attackerMention(toks []tok, m mention) bool {
	// A mention lent by the dateline (i < 0) names no phrase.
	if m.i < 0 || m.kind != "demonym" && m.kind != kb.TypeCountry {
		return false
	}
	attack := false
	for k := m.j; k < len(toks) && k < m.j+3; k++ {
		if attackNouns[toks[k].low] {
			attack = true
			break
		}
		// "killed in Kharkiv by Russian shelling": the attack after a
		// preposition is another phrase's head, not the one the name
		// modifies.
		if isPunct(toks[k].low) || (toks[k].low == "by" || toks[k].low == "in" || toks[k].low == "during" || toks[k].low == "from" || toks[k].low == "after") {
			break
		}
	}
	if !attack {
		return false
	}
	k := m.i - 1
	for k > 0 && determiners[toks[k].low] {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].low {
	case "in", "by", "during", "from":
	default:
		return false
	}
	if woundedBy[toks[k-1].low] {
		return true
	}
	// "killed in Kharkiv by Russian shelling": the place of the harm may
	// come between the participle and the attack.
	q := k - 1
	for q > k-4 && q > 0 && isCap(toks[q].text) {
		q--
	}
	if q == k-1 || q < 1 {
		return false
	}
	switch toks[q].low {
	case "in", "near", "at", "outside":
		return woundedBy[toks[q-1].low]
	}
	return false
}

// surnameEvidence is what the article says for the lone family name at
// toks[i] (see kb.LoneSurname): an office title right before it
// ("President Paz", "Foreign Minister Lavrov"; not "Mr"), and the countries
// the article names, its dateline's and those of the sentences so far.
func (art *articleState) surnameEvidence(k *kb.KB, toks []tok, i int) kb.SurnameEvidence {
	ev := kb.SurnameEvidence{Countries: map[string]bool{}}
	for n := 1; n <= 3 && n <= i; n++ {
		if r, ok := k.RoleNorm(kb.Normalize(joinTokens(toks[i-n : i]))); ok && !r.Group && isCap(toks[i-n].text) {
			ev.Office = true
			break
		}
	}
	if art == nil {
		return ev
	}
	for c := range art.named {
		ev.Countries[c] = true
	}
	for c := range art.countries {
		ev.Countries[c] = true
	}
	return ev
}

// reportingSpeaker says whether mention m is the speaker of a report of
// the sentence: right before "said" (or "says", "told", "added") and
// either opening the sentence or following the comma that closes the
// reported clause ("..., a State Department spokesman said").
func reportingSpeaker(toks []tok, m mention) bool {
	if m.j >= len(toks) {
		return false
	}
	switch toks[m.j].low {
	case "said", "says", "told", "added":
	default:
		return false
	}
	k := m.i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	return k < 0 || toks[k].low == ","
}

// outletMention says whether m is a named news organisation ("Reuters",
// "Radio France Internationale", "Xinhua"): an outlet's country is where it
// is owned, not where the story it reports or its correspondent is, so it
// lends no country to the sentence's police or officials. Journalists given
// a country by a demonym ("Kenyan journalists") are roles, not outlets.
func outletMention(m mention) bool {
	return m.kind == "organisation" && m.sector == kb.SectorMedia
}

// postedOn says whether organisation m is the network words were posted
// on: right after "on" that follows a word for what carries words ("in a
// post on Facebook", "a video on YouTube") or a verb of saying or posting
// ("wrote on X", "said on Telegram"). "A ban on TikTok" names the network
// as what the ban is about, and it stays.
func postedOn(toks []tok, m mention) bool {
	if m.kind != "organisation" || m.i < 2 || toks[m.i-1].low != "on" {
		return false
	}
	return postedWords[toks[m.i-2].low]
}

// postedWords come right before "on <network>" when the network carried
// the words.
var postedWords = wordSet("post posts posting message messages statement video videos comment comments remarks interview livestream broadcast tweet page account channel said says wrote writes posted tweeted shared announced stated added")

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// seatedCourt returns the index in ms of the seat city right after a bare
// court ms[i] ("the court in The Hague", "the tribunal in Arusha"), when it
// is a city where a bare court is an international one
// (kb.InternationalCourtSeat, from data/seats.tsv), or -1. In wire usage
// such a court is one of those, not the host state's.
func seatedCourt(k *kb.KB, toks []tok, ms []mention, i int) int {
	m := ms[i]
	if m.kind != "role" || m.sector != kb.SectorJudiciary || m.j+1 >= len(toks) || toks[m.j].low != "in" {
		return -1
	}
	for q := i + 1; q < len(ms); q++ {
		p := ms[q]
		if p.i == m.j+1 || p.i == m.j+2 && toks[m.j+1].low == "the" {
			if k != nil && k.InternationalCourtSeat(p.text) {
				return q
			}
			return -1
		}
		if p.i > m.j+2 {
			break
		}
	}
	return -1
}

// statesBefore returns the last two different states (countries, their
// capitals or demonyms, each with a country of its own) named before token
// end, as copies placed nowhere in the sentence.
func statesBefore(ms []mention, end int) (mention, mention, bool) {
	return lastTwoBefore(ms, end, func(m mention) bool { return countryLevel(m.kind) })
}

// lastTwoBefore returns the last two mentions keep accepts, each with a
// country of its own (not borrowed, no pair) and the two of different
// countries, named before token end, as copies placed nowhere in the
// sentence.
func lastTwoBefore(ms []mention, end int, keep func(mention) bool) (mention, mention, bool) {
	var b *mention
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.j > end || m.country == "" || m.borrowed || len(m.pair) > 0 || !keep(m) {
			continue
		}
		if b == nil {
			b = &ms[k]
			continue
		}
		if m.country != b.country {
			a, bb := m, *b
			a.i, a.j, bb.i, bb.j = -1, -1, -1, -1
			return a, bb, true
		}
	}
	return mention{}, mention{}, false
}

// pairPossessedRoles gives a role owned by a pair phrase ("the two
// countries' interior ministers", "both sides' negotiators") the pair, in
// the role's sector: the holders are one from each side, and the phrase
// owning them is no party of its own, so it is dropped.
func pairPossessedRoles(toks []tok, ms []mention) []mention {
	drop := map[int]bool{}
	for x := 0; x+1 < len(ms); x++ {
		p, r := ms[x], &ms[x+1]
		if len(p.pair) != 2 || r.kind != "role" || len(r.pair) > 0 || p.j >= len(toks) || p.j+1 > r.i {
			continue
		}
		if l := toks[p.j].low; l != "'" && l != "'s" && l != "’" && l != "’s" {
			continue
		}
		ok := true
		for k := p.j + 1; k < r.i; k++ {
			if !strings.HasPrefix(toks[k].pos, "JJ") && toks[k].pos != "NN" && toks[k].pos != "NNP" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		sector := r.sector
		if sector == "" {
			sector = p.sector
		}
		r.pair = []mention{sectorOf(p.pair[0], sector), sectorOf(p.pair[1], sector)}
		r.country = r.pair[0].country
		r.borrowed = false
		drop[x] = true
	}
	if len(drop) == 0 {
		return ms
	}
	out := ms[:0:0]
	for x, m := range ms {
		if !drop[x] {
			out = append(out, m)
		}
	}
	return out
}

// splitPairPossessor splits a role read with its pair possessor ("two
// sides' negotiators", "both countries' foreign ministers") into the pair
// phrase and the role it owns, for pairPossessedRoles to join.
func splitPairPossessor(toks []tok, ms []mention) []mention {
	out := make([]mention, 0, len(ms)+1)
	for _, m := range ms {
		k := m.i + 1
		if m.kind != "role" || m.i < 1 || k+1 >= m.j || m.j > len(toks) || toks[k].pos != "POS" {
			out = append(out, m)
			continue
		}
		words := make([]string, 0, 3)
		for q := max(0, m.i-2); q <= m.i; q++ {
			words = append(words, toks[q].low)
		}
		if !kb.PairPhrase(words, len(words)-1) {
			out = append(out, m)
			continue
		}
		parts := make([]string, 0, m.j-k-1)
		for q := k + 1; q < m.j; q++ {
			parts = append(parts, toks[q].text)
		}
		head := mention{i: m.i, j: k, text: toks[m.i].text, kind: "role"}
		m.i, m.text = k+1, strings.Join(parts, " ")
		out = append(out, head, m)
	}
	return out
}

// possessiveAt says whether token k is a possessive marker ("'s", "'").
func possessiveAt(toks []tok, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "'", "'s", "’", "’s":
		return true
	}
	return false
}

// supranationalQualifiers are the words that make leaders those of many
// states: "world leaders", "regional leaders", "Western leaders".
var supranationalQualifiers = map[string]bool{"world": true, "regional": true, "international": true, "global": true, "western": true, "foreign": true}

// bareLeaders says whether m is "leaders" placed by no word of its own:
// "bare" for the lone plural ("Leaders condemned the coup"), the
// qualifier for "world leaders" and the like, "" otherwise ("opposition
// leaders", "leaders of the ruling party", "African leaders" name whose
// they are).
func bareLeaders(toks []tok, m mention) string {
	if m.kind != "role" || m.i < 0 || m.j-m.i != 1 || m.j > len(toks) || toks[m.i].low != "leaders" {
		return ""
	}
	if m.j < len(toks) && toks[m.j].low == "of" {
		return ""
	}
	if m.i > 0 {
		if q := toks[m.i-1].low; supranationalQualifiers[q] {
			return q
		}
		if p := toks[m.i-1].pos; !(p == "DT" || p == "," || p == ":" || p == "CD" || p == "IN" || p == "CC" || strings.HasPrefix(p, "RB")) {
			return ""
		}
	}
	return "bare"
}

// placeActor says whether id is a place of the knowledge base below a
// country (a city, town or region), not a country.
func placeActor(k *kb.KB, id string) bool {
	a, ok := k.Actor(id)
	return ok && a.Type == kb.TypePlace
}

// businessHeadAfter says whether the noun phrase ms[mi] opens ends, past
// at most four lower-case modifiers and no other mention, in a noun for a
// business or its product ("Chinese short-video app", "South Korean tech
// giant", "Chinese telecoms group").
func businessHeadAfter(toks []tok, ms []mention, mi int) bool {
	end := len(toks)
	if mi+1 < len(ms) {
		end = ms[mi+1].i
	}
	m := ms[mi]
	for q := m.j; q < end && q < m.j+6; q++ {
		l := toks[q].low
		if businessProductNouns[l] {
			return q+1 >= len(toks) || !headNoun(toks[q+1])
		}
		if (l == "group" || l == "groups") && q > m.j && tradeWords[toks[q-1].low] {
			return true
		}
		if l != "-" && (isPunct(l) || isCap(toks[q].text) || toks[q].pos == "DT" || strings.HasPrefix(toks[q].pos, "V") || toks[q].pos == "IN" || toks[q].pos == "CC") {
			return false
		}
	}
	return false
}

// possessedHolding says whether demonym mention m stands between a
// possessive ("its", "their", "the bank's") and a head noun naming
// holdings (holdingNouns), across at most three lower-case modifiers:
// "its Nigerian onshore assets", "their Chinese operations".
func possessedHolding(toks []tok, m mention) bool {
	if m.i < 1 || m.j-m.i != 1 {
		return false
	}
	switch toks[m.i-1].low {
	case "its", "their", "his", "her", "our", "'s":
	default:
		return false
	}
	for q := m.j; q < len(toks) && q < m.j+4; q++ {
		l := toks[q].low
		if holdingNouns[l] {
			return true
		}
		if isPunct(toks[q].text) || isCap(toks[q].text) || toks[q].pos == "DT" || toks[q].pos == "IN" || toks[q].pos == "CC" || strings.HasPrefix(toks[q].pos, "V") {
			return false
		}
	}
	return false
}

// holdingNouns name what an owner holds somewhere: assets, a unit or
// subsidiary, operations, a stake, plants or fields.
var holdingNouns = map[string]bool{"assets": true, "asset": true, "unit": true, "units": true,
	"subsidiary": true, "subsidiaries": true, "operations": true, "operation": true, "business": true,
	"businesses": true, "arm": true, "division": true, "holdings": true, "stake": true, "stakes": true,
	"plants": true, "plant": true, "factories": true, "factory": true, "oilfields": true, "fields": true,
	"mines": true, "branch": true, "branches": true, "affiliate": true, "affiliates": true}

// businessProductNouns are heads naming a business or what it sells and
// runs: a ban on an app or a platform falls on the company behind it.
var businessProductNouns = map[string]bool{"app": true, "apps": true, "platform": true, "platforms": true,
	"brand": true, "brands": true, "startup": true, "startups": true, "conglomerate": true, "conglomerates": true,
	"giant": true, "giants": true, "chipmaker": true, "chipmakers": true}

// tradeWords name a trade before "group" ("telecoms group", "mining
// group"): the group is a company, not a people or an armed group.
var tradeWords = map[string]bool{"telecoms": true, "telecom": true, "tech": true, "technology": true, "mining": true,
	"energy": true, "oil": true, "steel": true, "shipping": true, "retail": true, "internet": true, "banking": true,
	"insurance": true, "media": true, "chemicals": true, "engineering": true, "construction": true, "e-commerce": true}

// militaryUnitNouns are heads naming an armed formation or a war vessel:
// whose nationality they bear, its military they are. "Unit" is left
// out: a company's subsidiary is one too ("a Chinese unit of the
// carmaker").
var militaryUnitNouns = map[string]bool{"patrol": true, "patrols": true, "convoy": true, "convoys": true,
	"battalion": true, "battalions": true, "brigade": true, "brigades": true, "regiment": true, "regiments": true,
	"platoon": true, "platoons": true, "squadron": true, "squadrons": true, "garrison": true, "garrisons": true,
	"warship": true, "warships": true, "frigate": true, "frigates": true, "destroyer": true, "destroyers": true,
	"submarine": true, "submarines": true, "gunboat": true, "gunboats": true}

// militaryKindWords may stand between a nationality and a military unit
// noun and keep it armed ("an Indian border patrol", "a Russian naval
// convoy"); any other word ("a Turkish aid convoy") may make it civil.
var militaryKindWords = map[string]bool{"border": true, "naval": true, "military": true, "army": true,
	"armoured": true, "armored": true}

// militaryHeadAfter says whether the noun phrase ms[mi] opens ends in a
// military unit noun, right after it or after one military kind word.
func militaryHeadAfter(toks []tok, ms []mention, mi int) bool {
	m := ms[mi]
	q := m.j
	if q < len(toks) && militaryKindWords[toks[q].low] && !overlapsAny(ms, q) {
		q++
	}
	if q >= len(toks) || overlapsAny(ms, q) || !militaryUnitNouns[toks[q].low] {
		return false
	}
	// "a Russian convoy route": the unit noun modifies another head.
	return q+1 >= len(toks) || !headNoun(toks[q+1]) || isPunct(toks[q+1].text)
}

// warMachineNouns are weapons with a crew: tanks, warships, military
// aircraft.
var warMachineNouns = map[string]bool{"tank": true, "tanks": true, "warship": true, "warships": true, "frigate": true,
	"frigates": true, "destroyer": true, "destroyers": true, "submarine": true, "submarines": true, "gunboat": true,
	"gunboats": true, "helicopter": true, "helicopters": true, "bomber": true, "bombers": true, "howitzer": true, "howitzers": true}

// militaryCrew says whether the crew word at i is said to be a war
// machine's: owned by a possessive ("its", "their", "'s") whose owner, a
// war machine, comes at most six words before ("a tank and its crew",
// "the warship's crew").
func militaryCrew(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].low {
	case "'s", "’s":
		return i >= 2 && warMachineNouns[toks[i-2].low]
	case "its", "their":
		for k := i - 2; k >= 0 && k >= i-7; k-- {
			if warMachineNouns[toks[k].low] {
				return true
			}
			if isPunct(toks[k].low) {
				return false
			}
		}
	}
	return false
}

// uprootedWords are the heads of role mentions naming people outside the
// country they belong to. The displaced and returnees are at home.
var uprootedWords = map[string]bool{"migrant": true, "migrants": true, "immigrant": true, "immigrants": true,
	"refugee": true, "refugees": true, "seeker": true, "seekers": true, "emigrant": true, "emigrants": true}

// uprootedMention says whether m is a role mention headed by a word for
// migrants, refugees or asylum seekers ("the migrants", "40 asylum
// seekers").
func uprootedMention(toks []tok, m mention) bool {
	if m.kind != "role" || m.i < 0 || m.j <= m.i || m.j > len(toks) {
		return false
	}
	return uprootedWords[toks[m.j-1].low]
}
