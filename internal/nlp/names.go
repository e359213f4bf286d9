package nlp

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// Person-name shape. A person's name is capitalised words, initials and a
// few lower-case particles ("Joost van der Westhuizen", "Kengo wa Dondo");
// a title before it is not part of it ("King Norodom Sihanouk" is the
// person Norodom Sihanouk, the CoNLL and OntoNotes guidelines agree, and
// resolve reads the title as a role). The tagger, reading one word at a
// time, runs names across lower-case words (a cricket scorecard's
// "Tillekeratne b Dharmasena" is two bowlers' names and a "b"), stops short
// of particles, and takes titles in.

// nameParticles are the lower-case words that occur inside personal names.
var nameParticles = wordSet(`van von der den de del della di da du la le dos das do bin binti binte ibn al el
	ben bint wa ter ten zu af av y e abu`)

// personTitles are titles that stand before a person's name. Those that
// also begin organisations' names ("General Motors", "Major League") are in
// ambiguousTitles and are only cut from spans the tagger already calls
// persons.
var personTitles = wordSet(`king queen prince princess sir dame lord lady sheikh emir pope prophet
	president chancellor director chairman secretary minister spokesman
	spokeswoman colonel lieutenant-colonel lieutenant admiral brigadier sergeant corporal
	gen. col. lt. maj. capt. sgt. adm. brig. cpl. dr. mr. mrs. ms. mr mrs ms dr
	broker analyst playmaker striker coach manager skipper`)

// holderTitles are offices written before a holder's name ("Speaker Jane
// Doe", "Governor Ann Lee") that the tagger may take into the person's
// span. They are cut only from the front of a person's span, never from an
// organisation's ("Speaker" is no organisation's first word to cut, and
// "Governor's Island" is a place): so they are kept out of personTitles,
// which cutTitles also uses to split organisations' spans.
var holderTitles = wordSet(`speaker senator governor mayor ambassador commissioner congressman
	congresswoman envoy treasurer chairwoman chairperson senator-elect governor-elect mayor-elect`)

var ambiguousTitles = wordSet(`general major captain marshal field premier`)

// orgHeads end organisations' names, never persons' ("King World
// Productions", "Premier League").
var orgHeads = wordSet(`league cup group bank inc inc. corp corp. co co. ltd ltd. plc productions
	club association council party union company airlines airways hotel hotels features
	foundation institute university college school house office ministry department agency
	commission committee board fund trust press news times post services systems holdings`)

// shapePersons splits PER spans at lower-case words that are not
// particles, takes in particles (and the first name before them) right
// before a person's name, and cuts titles from the front of persons and of
// organisation spans that end in a person's name.
func shapePersons(words, tags []string) {
	cutMalayHonorifics(words, tags)
	placeNamedPersons(words, tags)
	splitAtLowercase(words, tags)
	takeParticles(words, tags)
	takeParticleTails(words, tags)
	cutTitles(words, tags)
}

// takeParticleTails takes into a person's span the capitalised word after
// a lower-case particle that ends it: a name does not end in "de" or
// "van der", and the tagger, reading one word at a time, may stop at the
// particle ("Foreign Minister [Peter de] Wit said"). The word after must
// be untagged or a person's name of its own, and no function word.
func takeParticleTails(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != "PER" || j-i < 2 || j >= len(words) || !lowerWord(words[j-1]) || !nameParticles[words[j-1]] {
			return
		}
		w := words[j]
		if !capitalised(w) || functionWords[strings.ToLower(w)] || tags[j] != "O" && tags[j] != "B-PER" {
			return
		}
		e := j + 1
		for e < len(tags) && tags[e] == "I-PER" {
			e++
		}
		setSpan(tags, i, e, "PER")
	})
}

// placeNamedPersons joins a one-word place right before a person's name into
// the name: people are named Chad, Jordan, Georgia or Israel ("Chad
// Henderson", "Israel Katz"), and in running text a place is not written
// straight before a name. All-capital words are datelines ("BONN").
func placeNamedPersons(words, tags []string) {
	// "Queen Victoria", "King George": a monarch's name after the title.
	for i := 1; i < len(tags); i++ {
		if (tags[i] == "B-GPE" || tags[i] == "B-LOC") && (i+1 == len(tags) || tags[i+1] != "I-"+tags[i][2:]) &&
			royalTitles[strings.ToLower(words[i-1])] && capitalised(words[i-1]) && tags[i-1] == "O" {
			tags[i] = "B-PER"
		}
	}
	for i := 0; i+1 < len(tags); i++ {
		if (tags[i] != "B-GPE" && tags[i] != "B-LOC") || tags[i+1] != "B-PER" || !capitalised(words[i]) || allCaps(words[i]) {
			continue
		}
		j := i + 2
		for j < len(tags) && tags[j] == "I-PER" {
			j++
		}
		// A "person" of titles alone is a title the tagger took for a
		// name, and the place before it the office's country:
		// "Bangladesh [Prime] Minister", which cutTitles clears.
		if onlyTitles(words[i+1 : j]) {
			i = j - 1
			continue
		}
		setSpan(tags, i, j, "PER")
		i = j - 1
	}
}

var royalTitles = wordSet("king queen prince princess emperor empress tsar czar sultan emir pope")

func allCaps(w string) bool {
	upper := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper = true
		}
	}
	return upper
}

func splitAtLowercase(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		// Only a lower-case word between capitalised parts splits a
		// name: names written all in lower case ("jill allen",
		// "@justinbieber") are common in social media.
		if typ == "PER" && j-i >= 3 {
			for k := i + 1; k < j-1; k++ {
				w := words[k]
				if lowerWord(w) && !nameParticles[w] && capitalised(words[k-1]) && capitalised(words[k+1]) {
					tags[k] = "O"
					tags[k+1] = "B-PER"
				}
			}
		}
	})
}

// lowerWord reports whether w is letters in lower case only ("b", "lbw";
// not "al-Saadani").
func lowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

func takeParticles(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == "PER" {
			a := i
			for a > 0 && tags[a-1] == "O" && nameParticles[strings.ToLower(words[a-1])] {
				a--
			}
			if a < i {
				// Lower-case particles need the first name before them
				// ("Joost van der Westhuizen"); a capitalised one begins
				// the name itself ("De Wilde").
				switch {
				case a > 0 && (tags[a-1] == "I-PER" || tags[a-1] == "B-PER") && !capitalised(words[a]):
					// Two person spans around lower-case particles are
					// one name the tagger broke at the particle ("Carlos
					// Agostinho do Rosario", "Ursula von der Leyen"): a
					// particle does not stand between two people's names.
					for a > 0 && tags[a-1] == "I-PER" {
						a--
					}
					a--
				case a > 0 && tags[a-1] == "O" && capitalised(words[a-1]) && !functionWords[strings.ToLower(words[a-1])]:
					a--
				case !capitalised(words[a]):
					a = i
				}
			}
			if a < i {
				setSpan(tags, a, j, "PER")
			}
		}
	})
}

func cutTitles(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		switch typ {
		case "PER":
			// A span of titles alone before a capitalised word is a
			// title before a name, no person: the tagger reads "Prime"
			// in "Prime Minister Iyad Allawi" as one.
			if j < len(words) && capitalised(words[j]) && onlyTitles(words[i:j]) {
				for k := i; k < j; k++ {
					tags[k] = "O"
				}
				return
			}
			a := i
			for a < j-1 && (personTitles[strings.ToLower(words[a])] || ambiguousTitles[strings.ToLower(words[a])] ||
				capitalised(words[a]) && holderTitles[strings.ToLower(words[a])]) {
				tags[a] = "O"
				a++
			}
			if a > i {
				tags[a] = "B-PER"
			}
		case "ORG":
			// A title the tagger made an organisation of its own before a
			// person's name: "[Prophet] [Mohammed]".
			if j < len(tags) && tags[j] == "B-PER" && onlyTitles(words[i:j]) && !ambiguousTitles[strings.ToLower(words[i])] {
				for k := i; k < j; k++ {
					tags[k] = "O"
				}
				return
			}
			// "King Norodom Sihanouk", "Federal Air Traffic Control
			// Administration Director Branko Bilbija": the words after the
			// last title are a person when one to three capitalised
			// words that do not end like an organisation's name.
			t := -1
			for k := i; k < j-1; k++ {
				if personTitles[strings.ToLower(words[k])] {
					t = k
				}
			}
			if t >= 0 && j-t-1 <= 3 && allCapitalised(words[t+1:j]) && !orgHeads[strings.ToLower(words[j-1])] {
				tags[t] = "O"
				if t > i {
					tags[i] = "B-ORG"
				}
				tags[t+1] = "B-PER"
				for k := t + 2; k < j; k++ {
					tags[k] = "I-PER"
				}
			}
		}
	})
}

// nameTitles are courtesy titles that are also part of some persons'
// names as written: "Sheikh Hasina" is her name (there is no "Hasina" she
// is called alone in Bangladesh), "Sheikh Mujibur Rahman" his. cutTitles
// cuts them like other titles; keepNameTitles puts them back for names the
// knowledge base knows with them.
var nameTitles = wordSet(`sheikh sheikha shaikh`)

// keepNameTitles takes a capitalised name title right before a person's
// span back into the span when the title and the name together are a
// person the knowledge base knows ("Prime Minister [Sheikh Hasina]"). The
// title alone, or before a name the knowledge base does not know with it,
// stays out: "Qatari Foreign Minister Sheikh [Mohammed]".
func keepNameTitles(words, tags []string, known func(string) bool) {
	if known == nil {
		return
	}
	forSpans(tags, func(typ string, i, j int) {
		if typ != "PER" || i == 0 || tags[i-1] != "O" || !capitalised(words[i-1]) ||
			!nameTitles[strings.ToLower(words[i-1])] {
			return
		}
		if known(strings.Join(words[i-1:j], " ")) {
			tags[i-1] = "B-PER"
			tags[i] = "I-PER"
		}
	})
}

// titleModifiers begin titles without being titles alone: "Prime
// Minister", "Vice President", "Deputy Governor".
var titleModifiers = wordSet(`prime vice deputy`)

// onlyTitles reports whether every word of ws is a capitalised title or a
// title's modifier.
func onlyTitles(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !capitalised(w) || !personTitles[lw] && !ambiguousTitles[lw] && !titleModifiers[lw] {
			return false
		}
	}
	return len(ws) > 0
}

func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if !capitalised(w) {
			return false
		}
	}
	return len(ws) > 0
}

// markDateline types the names of a dateline line ("BONN 1996-08-30",
// "IRVINE , Calif 1996-08-30": places, then the filing date) as places: the
// tagger, seeing an all-capitals word with no context, as often calls it a
// person.
func markDateline(words, tags []string) {
	n := len(words)
	if n < 2 || !isoDate(words[n-1]) {
		return
	}
	for _, w := range words[:n-1] {
		if w != "," && !(capitalised(w) && hasAlnum(w)) {
			return
		}
	}
	start := 0
	for k := 0; k <= n-1; k++ {
		if k == n-1 || words[k] == "," {
			if k > start {
				setSpan(tags, start, k, "LOC")
			}
			start = k + 1
		}
	}
}

// isoDate reports whether w is a date written YYYY-MM-DD.
func isoDate(w string) bool {
	return len(w) == 10 && allDigits(w[:4]) && w[4] == '-' && allDigits(w[5:7]) && w[7] == '-' && allDigits(w[8:])
}

// surnamesArePersons retypes a lone word that is the family name of a
// person named in full elsewhere in the document ("Neil Jordan" ... "Jordan
// said"; "MaliVai Washington" ... "Washington fell short") from a place or
// organisation to PER: within one article a name keeps one sense. A word
// after a preposition of place ("in Jordan") is left alone.
func surnamesArePersons(sents, tags [][]string) {
	var family map[string]bool
	for si, ws := range sents {
		ts := tags[si]
		forSpans(ts, func(typ string, i, j int) {
			if typ == "PER" && j-i >= 2 && capitalised(ws[j-1]) && !initial(ws[j-1]) {
				if family == nil {
					family = map[string]bool{}
				}
				family[ws[j-1]] = true
			}
		})
	}
	if family == nil {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		forSpans(ts, func(typ string, i, j int) {
			if j == i+1 && typ != "PER" && family[ws[i]] && !(i > 0 && placePrep[strings.ToLower(ws[i-1])]) {
				ts[i] = "B-PER"
			}
		})
	}
}

// untaggedSurnames makes a person of a family name the tagger left
// untagged where a person named in full in the document ends with it
// ("Tesla chief executive Elon Musk" ... "Musk said": the tagger had not
// seen the name alone). It runs after the rules that make persons of
// names the tagger typed otherwise (rolePersons made "Elon Musk" one),
// and leaves a word the document also writes in lower case, a common word
// ("Theresa May" ... "talks may resume ... in May"), a month or weekday, a
// word in capitals and one after a preposition of place.
func untaggedSurnames(sents, tags [][]string) {
	family := map[string]bool{}
	lower := map[string]bool{} // the words the document writes in lower case
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if typ == "PER" && j-i >= 2 && capitalised(ws[j-1]) && !initial(ws[j-1]) {
				family[ws[j-1]] = true
			}
		})
		for _, w := range ws {
			if w != "" && !capitalised(w) {
				lower[w] = true
			}
		}
	}
	if len(family) == 0 {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		for i, w := range ws {
			if ts[i] != "O" || !family[w] || i > 0 && placePrep[strings.ToLower(ws[i-1])] {
				continue
			}
			if low := strings.ToLower(w); lower[low] || months[low] || weekdays[low] || allCaps(w) {
				continue
			}
			ts[i] = "B-PER"
		}
	}
}

var placePrep = wordSet(`in at from to into near of across toward towards via through`)

// honorifics are the titles that only ever stand before a person's name:
// a name right after one is a person, however much it looks like a place
// or a company ("Mr. Houston", "Ms. Paris", "Dr. Jordan"). Abbreviated
// ranks and offices count with their period only ("Gen. Austin"; "Gen"
// alone may be a word of a name), and of the spelled-out titles only those
// that, in news, stand before persons and hardly begin other names:
// "President" (29 of 29 times before a person in eng.testa), "Senator".
var honorifics = wordSet(`mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs. dr dr. prof prof. sir dame madam
	mme mme. monsieur herr frau señor señora
	gen. lt. col. maj. capt. sgt. adm. brig. cpl. pvt. cmdr. rep. sen. gov. pres. supt. insp. det. rev. amb.
	president senator congressman congresswoman`)

// placeHeads end the names of places and buildings named after persons
// ("President Kennedy Airport", "Dr. Martin Luther King Jr. Avenue").
var placeHeads = wordSet(`airport street st. avenue ave. road boulevard bridge square park station stadium
	center centre hospital highway drive memorial falls hole island islands bay beach city county lake river valley
	heights hills springs harbour harbor point port mountain mountains`)

// titledPersons makes a name right after an honorific a person: the span
// that follows it (one to three capitalised words, not ending like an
// organisation's or a place's name), or the words after an honorific the
// tagger took into a place's or organisation's span ("Mr. Houston" as one
// place). It runs last, after the document-level rules and the gazetteer,
// which know "Houston" as a city: a title before a name is the strongest
// evidence there is.
func titledPersons(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == model.EntityPerson {
			return
		}
		a := i
		switch {
		// A title is written with a capital: "will miss England".
		case a > 0 && tags[a-1] == "O" && capitalised(words[a-1]) && honorifics[strings.ToLower(words[a-1])]:
		case capitalised(words[a]) && honorifics[strings.ToLower(words[a])] && j-a >= 2:
			a++ // the title inside the span
		default:
			return
		}
		last := strings.ToLower(words[j-1])
		if j-a > 3 || !allCapitalised(words[a:j]) || orgHeads[last] || placeHeads[last] {
			return
		}
		for k := i; k < a; k++ {
			tags[k] = "O"
		}
		setSpan(tags, a, j, model.EntityPerson)
	})
}

// namedOffices are titles, no honorifics, of offices news writes,
// capitalised, right before the holder's name ("Chief Justice Ann Lee",
// "Judge Carmen Valencia", "Foreign Minister Kenta Sapporo"). The tagger,
// reading "Justice" as the word of "Justice Department", runs the name into
// an organisation or calls it a place; officeHolders makes it a person.
// "Premier" is left out ("Premier Oil"), as are the titles honorifics and
// cutTitles already read.
var namedOffices = wordSet(`justice judge magistrate minister chancellor`)

// officeLeadWords may stand, capitalised, before a namedOffices word in the
// same span: "Chief Justice", "Associate Justice", "Prime Minister",
// "Foreign Minister" (portfolioWords).
var officeLeadWords = wordSet(`chief associate presiding senior district`)

// officeHolders makes the name right after a namedOffices title a person
// (the title outside the span, as the CoNLL and OntoNotes guidelines and
// cutTitles keep it): the span that follows the title, or the words after
// the title the tagger took into an organisation's or a place's span
// ("Chief [Justice Imran Lahore]"). The name is one to three capitalised
// words with no title, office or head of an organisation's, a place's or a
// news medium's name among them; a title after "of" or "for" is a
// portfolio or a court ("Court of Justice", "Minister for Justice"), and a
// name other reports as a place's, a body's or a group's and no person's
// is left ("Justice Democrats", "Minister Israel").
func officeHolders(words, tags []string, other func([]string) bool) {
	office := func(k int) bool {
		if k < 0 || !capitalised(words[k]) || allCaps(words[k]) || !namedOffices[strings.ToLower(words[k])] {
			return false
		}
		return k == 0 || !nameLinks[strings.ToLower(words[k-1])]
	}
	forSpans(tags, func(typ string, i, j int) {
		// A title the tagger made a span of its own, or carried there from
		// another mention ("Justice" of "Justice Ministry"), is no name.
		alone := i > 0 && strings.HasPrefix(tags[i-1], "B-") && office(i-1)
		if typ == model.EntityPerson && alone {
			tags[i-1] = "O"
		}
		if typ == model.EntityPerson || typ == model.EntityNORP {
			return
		}
		a := i
		switch {
		case i > 0 && (tags[i-1] == "O" || alone) && office(i-1):
			i-- // the title's own span, if any, is cleared with it
		default:
			// The title, and capitalised words that lead it, inside the
			// span: "[Justice Mariko Sendai]", "[Chief Justice Imran Lahore]".
			for a < j && a-i < 3 && capitalised(words[a]) && !office(a) &&
				(officeLeadWords[strings.ToLower(words[a])] || titleModifiers[strings.ToLower(words[a])] ||
					portfolioWords[strings.ToLower(words[a])]) {
				a++
			}
			if a >= j-1 || !office(a) {
				return
			}
			a++
		}
		if j-a > 3 || !allCapitalised(words[a:j]) {
			return
		}
		for _, w := range words[a:j] {
			lw := strings.ToLower(w)
			if allCaps(w) && len(w) > 1 || namedOffices[lw] || personTitles[lw] || ambiguousTitles[lw] ||
				holderTitles[lw] || officeWords[lw] || orgHeads[lw] || orgNameHeads[lw] || placeHeads[lw] ||
				corporateHeads[lw] || companyHeads[lw] || media.Head(w) || nonNameWords[lw] {
				return
			}
		}
		if other != nil && other(words[a:j]) {
			return
		}
		for k := i; k < a; k++ {
			tags[k] = "O"
		}
		setSpan(tags, a, j, model.EntityPerson)
	})
}

// rolesOfPersons splits a name the tagger ran from the end of an "X of Y"
// title into the person's name: "Secretary of [State Antony Blinken]" is
// the title "Secretary of State" and the person Antony Blinken. role
// reports whether a lower-case phrase is a title ("secretary of state",
// "deputy secretary of defense"); the words after the title must be one to
// three capitalised words that do not end like an organisation's name.
func rolesOfPersons(words, tags []string, role func(string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == model.EntityPerson || i < 2 || strings.ToLower(words[i-1]) != "of" || !capitalised(words[i-2]) {
			return
		}
		for k := 1; k <= 2 && i+k < j; k++ {
			tail := strings.ToLower(strings.Join(words[i:i+k], " "))
			found := false
			for b := i - 2; b >= 0 && b >= i-3 && capitalised(words[b]); b-- {
				if role(strings.ToLower(strings.Join(words[b:i], " ")) + " " + tail) {
					found = true
					break
				}
			}
			rest := words[i+k : j]
			if !found || len(rest) > 3 || !allCapitalised(rest) || orgHeads[strings.ToLower(rest[len(rest)-1])] {
				continue
			}
			for x := i; x < i+k; x++ {
				tags[x] = "O"
			}
			setSpan(tags, i+k, j, model.EntityPerson)
			return
		}
	})
}

// officeTitles stand before "of" or "for" and a portfolio in a minister's
// title: "Minister of Defense", "Secretary for Home Affairs".
var officeTitles = wordSet(`minister ministers secretary undersecretary under-secretary commissioner`)

// portfolioWords name the fields of ministers' portfolios. A capitalised
// run of them after "Minister of" is the title's, not a name: "Minister of
// Foreign Affairs", "Minister for Trade and Industry".
var portfolioWords = wordSet(`defense defence foreign affairs interior home finance justice health education
	agriculture trade industry industries commerce labor labour energy environment transport transportation
	economy economic culture tourism information communications housing urban rural development veterans
	homeland security treasury public works planning water resources mines mining petroleum oil science
	technology sport sports youth women social welfare immigration war state national natural fisheries
	forestry lands infrastructure aviation telecommunications heritage human services family employment
	investment budget revenue cooperation international relations external internal local government
	reconstruction electricity power research higher religious`)

// portfoliosBeforeTitles clears a span made only of a portfolio's words
// right before a minister's capitalised title: in "Labour Minister Jordan
// Hill" or "Justice Minister Ann Lee" the word names the field of the
// office (the minister of labour), not the party or body the tagger or the
// gazetteer took it for, and the CoNLL and OntoNotes guidelines leave a
// title untagged. The party stays where no minister's title follows
// ("Labour leader Keir Starmer", "a Labour minister" in lower case).
//
// Before a title in lower case only a span the tagger called a person is
// cleared: "a former Treasury secretary", "the Defense secretary" name a
// department's head, and a department's name is no person's, whereas an
// organisation there may be a party's ("a Labour minister").
//
// A nationality's adjective that the tagger joined to the portfolio before
// a capitalised title ("Philippine Defence Secretary Gilberto Teodoro")
// names the minister's country, not a body "Philippine Defence": it stays
// a nationality and the portfolio's words are cleared.
func portfoliosBeforeTitles(words, tags []string, demonym func(string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if j >= len(words) || !officeTitles[strings.ToLower(words[j])] || allCaps(words[j]) || strings.HasPrefix(tags[j], "I-") {
			return
		}
		if !capitalised(words[j]) && typ != model.EntityPerson {
			return
		}
		nat := i
		if j-i >= 2 && capitalised(words[j]) && demonym != nil && demonym(words[i]) {
			nat = i + 1 // the country's adjective, then the portfolio
		}
		for k := nat; k < j; k++ {
			w := words[k]
			if k > i && k < j-1 && (w == "and" || w == "&") {
				continue
			}
			if !capitalised(w) || allCaps(w) || !portfolioWords[strings.ToLower(w)] {
				return
			}
		}
		for k := nat; k < j; k++ {
			tags[k] = "O"
		}
		if nat > i {
			setSpan(tags, i, nat, model.EntityNORP)
		}
	})
}

// lawHeads end the names of laws, plans and programmes, which follow a
// portfolio too ("Health Care Reform Act").
var lawHeads = wordSet(`act law bill code treaty accord plan program programme initiative strategy`)

// bodyTails end the names of services and units that orgHeads and
// orgNameHeads lack, in the singular: after "Minister of Interior
// Security" a capitalised "Service" goes on with the body's name
// ("Interior Security Service"), it names no person.
var bodyTails = wordSet(`service force guard directorate unit command division secretariat inspectorate
	administration`)

// portfolioTitles makes the name after a minister's title of the form "X
// of Y" a person and the title's words none: in "Minister of Defense Hazem
// Shaalan" the tagger, reading "Defense" as part of a name, made "Defense
// Hazem Shaalan" one organisation. The portfolio is a run of capitalised
// portfolioWords (joined by "and", "&" or a comma: "Minister of Trade and
// Industry"), a lower-case "the" before it aside ("Minister of the
// Interior"); the name is one to four words the tagger saw a name in
// (capitalised, or particles inside), ending the run of capitals and not
// ending like an organisation's or a place's name.
func portfolioTitles(words, tags []string) {
	n := len(words)
	for t := 0; t+3 < n; t++ {
		if !officeTitles[strings.ToLower(words[t])] || !nameLinks[words[t+1]] || strings.HasPrefix(tags[t], "I-") {
			continue
		}
		f := t + 2
		if words[f] == "the" && f+2 < n {
			f++ // "Minister of the Interior Ada Okafor"
		}
		p := f // end of the portfolio
		for k := f; k < n; k++ {
			if capitalised(words[k]) && portfolioWords[strings.ToLower(words[k])] {
				p = k + 1
				continue
			}
			if k > f && k == p && (words[k] == "and" || words[k] == "&" || words[k] == ",") && k+1 < n &&
				capitalised(words[k+1]) && portfolioWords[strings.ToLower(words[k+1])] {
				continue
			}
			break
		}
		if p == f {
			continue
		}
		q := p // end of the name
		for q < n && q-p < 4 && (capitalised(words[q]) && !nonNameWords[strings.ToLower(words[q])] ||
			q > p && q+1 < n && nameParticles[words[q]] && capitalised(words[q+1])) {
			q++
		}
		if q == p || q < n && (capitalised(words[q]) || strings.HasPrefix(tags[q], "I-")) || allO(tags[p:q]) {
			continue
		}
		last := strings.ToLower(words[q-1])
		if orgHeads[last] || orgNameHeads[last] || placeHeads[last] || portfolioWords[last] || lawHeads[last] || bodyTails[last] {
			continue
		}
		for k := t; k < p; k++ {
			tags[k] = "O"
		}
		setSpan(tags, p, q, model.EntityPerson)
		t = q - 1
	}
}

// administrations makes the name in "the Biden administration" a person:
// a government called after its head is named by the person's name, which
// the tagger, reading it before a word for a body, often calls an
// organisation or a place ("Biden administration officials"). The name is
// one to three capitalised words, a whole run of capitals (a "The" before
// it aside), before a lower-case "administration", and not a name
// other reports as a place's, a group's or a body's ("the Kabul
// administration", "the Taliban administration"). A person's span that
// took a capitalised "Administration" in ("the Davis Administration")
// loses it.
func administrations(words, tags []string, other func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if i > 0 && capitalised(words[i-1]) && !strings.EqualFold(words[i-1], "the") {
			return // the name may begin further back
		}
		switch {
		case typ == model.EntityPerson && j-i >= 2 && j-i <= 4 && words[j-1] == "Administration" && allCapitalised(words[i:j]):
			tags[j-1] = "O"
		case typ != model.EntityPerson && typ != model.EntityNORP && j < len(words) && words[j] == "administration" &&
			j-i <= 3 && allCapitalised(words[i:j]) && !allCaps(words[i]) && (other == nil || !other(words[i:j])):
			setSpan(tags, i, j, model.EntityPerson)
		}
	})
}

// isRole reports whether a lower-case phrase is a role of the knowledge
// base ("secretary of state").
func (an *Analyzer) isRole(phrase string) bool {
	if an.kb == nil {
		return false
	}
	_, ok := an.kb.Role(phrase)
	return ok
}

// givenNamePersons makes a place span a person when its first word is a
// given name the knowledge base knows, it has one or two more capitalised
// words, and neither its first word nor the whole is a place's name:
// "Denzel Washington", "Chelsea Clinton" (not "Victoria Falls", "Santa
// Monica", "Jackson Hole"). place reports whether words name a place.
func givenNamePersons(words, tags []string, given func(string) bool, place func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityGPE && typ != model.EntityLoc || j-i < 2 || j-i > 3 || !allCapitalised(words[i:j]) {
			return
		}
		first, last := strings.ToLower(words[i]), strings.ToLower(words[j-1])
		if saintWords[first] || placeHeads[last] || orgHeads[last] || !given(words[i]) || place(words[i:i+1]) || place(words[i:j]) {
			return
		}
		if compassWords[first] && (place(words[i+1:j]) || continentWords[last]) {
			return // "West Germany", "North Dakota", "West Africa": a part of a place, not Mr West
		}
		setSpan(tags, i, j, model.EntityPerson)
	})
}

// compassWords name the part of a place before its name: "West Germany",
// "South Sudan", "East Timor".
var compassWords = wordSet("north south east west northern southern eastern western central upper lower")

// continentWords name the continents a compass word divides into the
// regions news reports on ("West Africa", "West Asia", "South America"):
// the knowledge base holds no continent as a place, and a given name
// before one ("West") is still the compass point.
var continentWords = wordSet("africa asia europe america americas oceania")

// adjectivesAreNoPersons retypes a person span made only of region
// adjectives and nationality words ("Western" in "Western diplomats",
// "Kurdish", "West African"), which never name a person, as NORP: the
// tagger, reading a capitalised word before a noun, sometimes calls it a
// person. demonym reports whether a word is a nationality or group
// adjective.
func adjectivesAreNoPersons(words, tags []string, demonym func(string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityPerson {
			return
		}
		for k := i; k < j; k++ {
			lw := strings.ToLower(words[k])
			if !kb.IsRegionWord(lw) && !(compassWords[lw] && k+1 < j) && !demonym(words[k]) {
				return
			}
		}
		setSpan(tags, i, j, model.EntityNORP)
	})
}

// saintWords begin places named after saints ("Santa Monica", "San Jose").
var saintWords = wordSet("santa san saint st st. sao são santo santiago")

// westernBloc tags "Western" before a lower-case word ("Western diplomats",
// "Western sanctions") as NORP, whatever the tagger called it: there it is
// the bloc adjective, never a person's or a place's name, and it names no
// country. Read as a person, "Western diplomats" became an actor named
// Western, and the diplomats lost the nationality word that says they are
// not from the place named after them ("in Beijing").
func westernBloc(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if j != i+1 || typ == model.EntityNORP || words[i] != "Western" || j >= len(words) || !lowerWord(words[j]) {
			return
		}
		setSpan(tags, i, j, model.EntityNORP)
	})
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "Western" && tags[i] == "O" && lowerWord(words[i+1]) {
			setSpan(tags, i, i+1, model.EntityNORP)
		}
	}
}

// splitCompanyTails ends a person's span before a company's name the
// gazetteer knows that the tagger ran into it: in an e-mail's signature,
// "Kevin A. Boone Accenture", the name and the employer stand on one line
// with no punctuation between, and the tagger reads one person. The
// company must be the gazetteer's organisation exactly, end the span, and
// leave a name of at least two words (a first name and a family name), so
// that a family name that is also a company's ("Michael Dell") stays the
// person's; a given name is no company ("Kevin A. Boone Mercedes").
func splitCompanyTails(words, tags, gaz []string, given func(string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityPerson || j-i < 3 || j < len(gaz) && gaz[j] == "I-ORG" {
			return
		}
		c := j - 1
		for c > i && gaz[c] == "I-ORG" {
			c--
		}
		if gaz[c] != "B-ORG" || c-i < 2 || c == j-1 && given != nil && given(words[c]) {
			return
		}
		for _, w := range words[c:j] {
			if !capitalised(w) {
				return
			}
		}
		setSpan(tags, c, j, model.EntityOrg)
	})
}

// wireDatelinePlaces types the place of a wire dateline that opens a
// sentence ("THE HAGUE, Nov 3 (Reuters) -", "EL PASO, Texas (AP) —",
// "ST. PETERSBURG -") as one GPE span, article and all, when the knowledge
// base knows the whole name. In capitals the tagger has no case to go by
// and cuts the name at its function word: "THE" and "EL" read as
// determiners, leaving "HAGUE" an organisation or "PASO" alone, which no
// city resolves. It runs last so no span rule cuts the name again.
//
// The place is the words before the first comma, parenthesis or dash, the
// first and last capitalised; what follows up to the dash may be only
// capitalised words, numbers, commas, periods and the agency's
// parentheses, so a sentence that goes on ("THE COMPANY, which ...") is
// no dateline.
//
// A place the knowledge base does not know is typed too when the dateline
// writes it in capitals and names a known place after it ("LOKICHOGGIO,
// Kenya, June 3 (AFP) -"): the wire gives a small town its country or
// region, and the resolver reads the town in it. Without the rule the
// tagger, seeing a capitalised word with no context, calls it a person.
func wireDatelinePlaces(words, tags []string, place func([]string) bool) {
	end := wireDatelinePlaceEnd(words)
	if end < 0 {
		return
	}
	if !place(words[:end]) && jointDatelinePlaces(words[:end], tags, place) {
		return
	}
	if !place(words[:end]) && !capitalsBeforePlace(words, end, place) {
		return
	}
	// A tagged span that runs on past the place (rare in a dateline) is
	// left alone: it is not ours to cut.
	if end < len(tags) && strings.HasPrefix(tags[end], "I-") {
		return
	}
	setSpan(tags, 0, end, model.EntityGPE)
}

// jointDatelinePlaces types each place of a joint dateline ("THE
// HAGUE/NEW YORK", "NEW DELHI/ISLAMABAD", "SAN JOSE/WASHINGTON"), the
// places ws written between slashes, as its own GPE span, article and
// all, when the knowledge base knows every one of them: a story filed
// from several cities names them so, and the tagger, reading the capitals
// as one run, cuts or joins their names. It reports whether it did; the
// tags after the places are left alone.
func jointDatelinePlaces(ws, tags []string, place func([]string) bool) bool {
	if !slices.Contains(ws, "/") {
		return false
	}
	var parts [][2]int
	from := 0
	for k := 0; k <= len(ws); k++ {
		if k < len(ws) && ws[k] != "/" {
			continue
		}
		if k == from || !place(ws[from:k]) {
			return false
		}
		parts = append(parts, [2]int{from, k})
		from = k + 1
	}
	if len(ws) < len(tags) && strings.HasPrefix(tags[len(ws)], "I-") {
		return false
	}
	for k := range ws {
		tags[k] = "O"
	}
	for _, p := range parts {
		setSpan(tags, p[0], p[1], model.EntityGPE)
	}
	return true
}

// capitalsBeforePlace reports whether the dateline place words[:end] is
// written in capitals and followed by a comma and a known place of one to
// three words that ends at a comma or a parenthesis ("KAKUMA, Kenya,",
// "GARISSA, North Eastern (Reuters)").
func capitalsBeforePlace(words []string, end int, place func([]string) bool) bool {
	for _, w := range words[:end] {
		if !allCaps(w) {
			return false
		}
	}
	if end >= len(words) || words[end] != "," {
		return false
	}
	for k := end + 2; k < len(words) && k <= end+4; k++ {
		if words[k] == "," || words[k] == "(" {
			return place(words[end+1 : k])
		}
		if !capitalised(words[k]) {
			return false
		}
	}
	return false
}

// wireDatelineDash returns the index of the dash that ends a wire
// dateline opening words ("GENEVA (Reuters) -", "UNITED NATIONS, March 3
// -"), read as wireDatelinePlaces reads one, or -1.
func wireDatelineDash(words []string) int {
	end := wireDatelinePlaceEnd(words)
	if end < 0 || !allCaps(words[0]) {
		return -1
	}
	for k := end; k < len(words); k++ {
		if dash(words[k]) || words[k] == "--" {
			return k
		}
	}
	return -1
}

// wireDatelinePlaceEnd returns the index of the comma, parenthesis or
// dash that ends a wire dateline's place within its first five words, the
// place's first and last words capitalised and what follows a dateline's
// tail (wireDatelineTail), or -1.
func wireDatelinePlaceEnd(words []string) int {
	end := -1
	for k, w := range words {
		if w == "," || w == "(" || dash(w) {
			end = k
			break
		}
		if k >= 5 {
			return -1
		}
	}
	if end < 1 || !capitalised(words[0]) || !capitalised(words[end-1]) || !wireDatelineTail(words[end:]) {
		return -1
	}
	return end
}

// wireDatelineTail reports whether ws, the words after a dateline's place,
// reach the dateline's dash within a few words of date, region and agency:
// ", Nov 3 (Reuters) -", ", Texas, March 4, 2025 (AP) —", "(AFP) -".
func wireDatelineTail(ws []string) bool {
	inParen := false
	for k, w := range ws {
		if k > 12 {
			return false
		}
		switch {
		case w == "(":
			inParen = true
		case w == ")":
			inParen = false
		case inParen && hasAlnum(w): // the agency: "(dpa)", "(Reuters)"
		case dash(w) || w == "--":
			return k+1 < len(ws)
		case w == "," || w == "." || allDigits(w) || capitalised(w):
		default:
			return false
		}
	}
	return false
}

// distinctSurnamePersons makes PER a lone capitalised word the tagger left
// untagged when it is the family name of one known person that no other
// person, place or name shares (kb.DistinctSurname: "Guterres") and it is
// the subject of the finite verb after it: "Guterres told the Security
// Council ..." opens its sentence before a verb the tagger learnt no name
// from ("said" it did). The POS tagger must read the word as a noun (an
// unknown capitalised word in -s opening a sentence is a plural to it) and
// the next word as a finite verb, so a modal ("May be ...") or an
// attributive use ("Green flags") stays as it was; a weekday, a month or a
// function word is never taken, whoever shares its name ("on Friday
// announced"), nor a word after a preposition or inside a run of
// capitalised words ("Guterres Foundation"). pos tags the sentence, asked
// only when there is such a word.
func distinctSurnamePersons(words, tags []string, distinct func(string) bool, pos func([]string) []string) {
	var ptags []string
	for i, w := range words {
		if tags[i] != "O" || len(w) < 4 || !capitalised(w) || allCaps(w) || i+1 >= len(words) || !lowerWord(words[i+1]) {
			continue
		}
		if low := strings.ToLower(w); functionWords[low] || months[low] {
			continue
		}
		if i > 0 && (tags[i-1] != "O" || capitalised(words[i-1]) && !firstOfSentence(words, i-1) || placePrep[strings.ToLower(words[i-1])]) {
			continue
		}
		if !distinct(w) {
			continue
		}
		if ptags == nil {
			ptags = pos(words)
		}
		switch ptags[i] {
		case "NNP", "NNPS", "NN", "NNS":
		default:
			continue
		}
		switch ptags[i+1] {
		case "VBD", "VBZ", "VBP", "MD":
			tags[i] = "B-PER"
		}
	}
}
