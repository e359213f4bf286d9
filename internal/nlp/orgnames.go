package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// Organisation names made of common nouns. Many organisations are named
// with ordinary words under capitals, ending in a word that says what kind
// of body they are: "Rapid Support Forces", "Consumer Financial Protection
// Bureau", "Federal Trade Commission". The tagger, reading one word at a
// time, knows "Commission" and "Bureau" as parts of names but not "Rapid"
// or "Consumer", and cuts such names short or misses them. In running text
// a run of capitalised words that ends in one of these heads is one
// organisation's name.

// orgNameHeads end organisations' names: armed bodies, agencies, councils
// and parties. Words that also end other kinds of names are left out:
// "League" and "Division" (sports competitions, MISC in CoNLL), "Union"
// ("Soviet Union"), "Federation" ("Russian Federation"), "Group" (the Davis
// Cup's "World Group"). Foundations, institutions, societies,
// associations, clubs, police forces, orchestras and choirs are bodies
// too ("Heritage Foundation", "Metropolitan Police", "Brookfield Golf
// Club"), which the tagger cut to the head or to the words before it.
var orgNameHeads = wordSet(`forces bureau agency commission authority council front army party movement
	brigade brigades committee ministry department organisation organization corps alliance coalition
	foundation institution society association club police orchestra choir`)

// News media's names end in their own heads ("Saudi Gazette", "Korea
// Times", "Nairobi Standard"; package media lists them): a newspaper is
// an organisation, and a nationality right before the head begins its
// name, while a name made of the head alone ("Times of India") is left to
// the tagger and the knowledge base, as sentences begin with "News".

// ministryHeads end the names of a government's departments, which a
// nationality before them does not begin.
var ministryHeads = wordSet(`ministry department`)

// nameLinks join an organisation's head to the rest of its name.
var nameLinks = wordSet(`of on for`)

// nonNameWords are capitalised words that begin sentences or stand before
// a name without being part of it.
var nonNameWords = wordSet(`january february march april may june july august september october november
	december mr mrs ms dr`)

// markOrgNames makes a run of capitalised words ending in an organisation's
// head one ORG span, whatever the tagger made of its words: "The Rapid
// Support Forces said" has no name the tagger knows, and in "Consumer
// Financial Protection Bureau" it tags only "Bureau". The run takes in
// places ("Sudan Liberation Army", "Reuters Ottawa Bureau") and joins
// words with "'s" or "and" ("Tigray People 's Liberation Front", "Justice
// and Equality Movement"); it stops at a person or a nationality ("German"
// | "Foreign Ministry", as CoNLL-2003 tags it) and at a function word. A
// head that is all capitals (a headline) or a sentence written in title
// case is left to the tagger.
func markOrgNames(words, tags []string) {
	if titleCase(words) {
		return
	}
	for k := 1; k < len(words); k++ {
		w := words[k]
		placeOutlet := media.PlaceHead(w)
		outlet := (media.Head(w) || placeOutlet) && !orgNameHeads[strings.ToLower(w)]
		if !orgNameHeads[strings.ToLower(w)] && !outlet || !capitalised(w) || allCaps(w) {
			continue
		}
		// The head may lie inside a span: an organisation's span that
		// goes on after it is kept whole ("Army Corps of Engineers"), any
		// other span going on after it is left alone.
		end := k + 1
		if tags[k] != "O" {
			typ := tags[k][2:]
			e := k + 1
			for e < len(tags) && tags[e] == "I-"+typ {
				e++
			}
			if e > k+1 {
				if typ != "ORG" {
					continue
				}
				end = e
			}
		}
		a := k
		for a > 0 {
			if nameModifier(words[a-1], tags[a-1]) {
				a--
				continue
			}
			// A nationality begins the name of a party, army or agency
			// ("Iraqi News Agency", "Irish Republican Army"), not of a
			// country's ministry ("German" | "Foreign Ministry").
			if (a < k || outlet) && strings.HasSuffix(tags[a-1], "-NORP") && !ministryHeads[strings.ToLower(w)] &&
				(a < 2 || !strings.HasSuffix(tags[a-2], "-NORP")) && capitalised(words[a-1]) {
				a--
				break
			}
			// A head before "and" ends another name: "The New York Times
			// and ABC News" are two.
			if a >= 2 && joinsName(words[a-1]) && nameModifier(words[a-2], tags[a-2]) && plainTag(tags[a-2]) && plainTag(tags[a]) &&
				!orgNameHeads[strings.ToLower(words[a-2])] && !media.Head(words[a-2]) {
				a -= 2
				continue
			}
			break
		}
		// "of", "on" or "for" and a capitalised run go on the name:
		// "News Agency of Nigeria", "Commission on Presidential Debates".
		if end == k+1 && end+1 < len(words) && nameLinks[words[end]] && tags[end] == "O" {
			// The run may be one span the tagger made of its own, begun
			// right after the link ("Kenya National Commission on" |
			// "Human Rights"): its inner words go on the name too, but
			// not a span begun before the link.
			b := end + 1
			for b < len(words) && nameModifier(words[b], tags[b]) && (!strings.HasPrefix(tags[b], "I-") || b > end+1 && tags[b] == "I-"+tags[b-1][2:]) {
				b++
			}
			// "Organisation for Security and Cooperation in Europe": where
			// the name goes on past "and", its end is not known.
			more := b+1 < len(words) && joinsName(words[b]) && capitalised(words[b+1])
			if more && ministryHeads[strings.ToLower(w)] {
				if c := secondField(words, tags, b); c > b {
					b, more = c, false
				}
			}
			if b > end+1 && !more && (b == len(tags) || !strings.HasPrefix(tags[b], "I-")) {
				end = b
			}
		}
		if a == k && (end == k+1 || outlet) {
			continue
		}
		// "Review" ends a periodical's name only after a place
		// ("the Washington Review"), not after other words ("the Nuclear
		// Posture Review").
		if placeOutlet && !allPlace(tags[a:k]) {
			continue
		}
		// A medium's name is written after "the" or holds a name the
		// tagger found ("Arab News", "Gulf News"); capitalised common
		// words before "News" or "Post" in social media are no name
		// ("Fake News", "Technology News").
		if outlet && !(a > 0 && strings.EqualFold(words[a-1], "the")) && allO(tags[a:end]) {
			continue
		}
		// A capitalised word after the head goes on with the name, which
		// then is not a medium's ("BBC Daily E-mail").
		if outlet && end < len(words) && capitalised(words[end]) {
			continue
		}
		// A modifier that ends an organisation's span begun further back
		// takes the whole span in.
		if strings.HasPrefix(tags[a], "I-ORG") {
			for a > 0 && tags[a] != "B-ORG" {
				a--
			}
		}
		setSpan(tags, a, end, "ORG")
		k = end - 1
	}
}

// allPlace reports whether tags are one place's span, as a LOC or GPE.
func allPlace(tags []string) bool {
	if len(tags) == 0 || !strings.HasPrefix(tags[0], "B-") {
		return false
	}
	typ := tags[0][2:]
	if typ != model.EntityLoc && typ != model.EntityGPE {
		return false
	}
	for _, t := range tags[1:] {
		if t != "I-"+typ {
			return false
		}
	}
	return true
}

// secondField returns the end of the second field of a government
// department's name when "and" at b goes on with it: "Department of Foreign
// Affairs | and Trade", "Ministry of Agriculture | and Rural Development".
// A name of its own after "and" (tagged: "and NATO", "and Human Rights
// Watch"), an acronym, or a run ending in a body's head ("and Interior
// Ministry") is another body, and b is returned.
func secondField(words, tags []string, b int) int {
	if b >= len(words) || words[b] != "and" {
		return b
	}
	c := b + 1
	for c < len(words) && tags[c] == "O" && nameModifier(words[c], tags[c]) && !allCaps(words[c]) {
		c++
	}
	if c == b+1 || c < len(tags) && strings.HasPrefix(tags[c], "I-") || orgNameHeads[strings.ToLower(words[c-1])] {
		return b
	}
	return c
}

// departmentHeads begin the names of government bodies that go on "of X
// and Y": "Department of Housing and Urban Development", "Office of
// Management and Budget", "Ministry of Agriculture and Rural Development".
// Public institutes, centres, agencies, commissions and organisations are
// named the same way, after the two fields they cover: "Philippine
// Institute of Volcanology and Seismology", "Centers for Disease Control
// and Prevention", "Agency for Toxic Substances and Disease Registry",
// "Commission on Human Rights and Administrative Justice".
var departmentHeads = wordSet(`ministry department office bureau institute center centre centers centres
	agency commission organization organisation`)

// joinDepartmentFields makes a department's or ministry's name that the
// tagger ended at "and" one span with its second field: "Department of
// Foreign Affairs and Trade" is one body, the tagger's "Department of
// Foreign Affairs" none. The head may stand inside the span ("U.S.
// Department of Housing"), the tagger may have taken the "and" in
// ("Office of Management and" | "Budget") or called the second field a
// name of its own ("Department of Housing and" | "Urban Development"):
// such a span is the second field when it has the shape of one (see
// fieldSpan) and known, which reports whether the knowledge base knows
// words as an actor's name, does not know it ("and Goldman Sachs" is
// another body). A span left ending in "and" loses it.
func joinDepartmentFields(words, tags []string, known func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || j-i < 3 {
			return
		}
		h := -1
		for k := i; k+2 < j; k++ {
			if departmentHeads[strings.ToLower(words[k])] && capitalised(words[k]) && nameLinks[words[k+1]] && capitalised(words[k+2]) {
				h = k
				break
			}
		}
		if h < 0 {
			return
		}
		b := j
		if words[j-1] == "and" {
			b = j - 1 // the tagger took "and" in
		}
		c := secondField(words, tags, b)
		if c == b {
			c = fieldSpan(words, tags, b, known)
		}
		if c > b || b < j {
			setSpan(tags, i, c, model.EntityOrg)
			for k := c; k < j; k++ {
				tags[k] = "O" // the "and" the tagger took in
			}
		}
	})
}

// fieldSpan returns the end of an organisation's span right after "and" at
// b that is a department's second field and not another body: one to three
// capitalised words, none in capitals only ("and NATO"), not ending in a
// body's or a company's head ("and Interior Ministry", "and Acme Holdings"),
// and not a name known reports the knowledge base knows. Otherwise b.
func fieldSpan(words, tags []string, b int, known func([]string) bool) int {
	if b+1 >= len(words) || words[b] != "and" || tags[b+1] != "B-ORG" {
		return b
	}
	e := spanEnd(tags, b+1)
	if e-(b+1) > 3 {
		return b
	}
	for _, w := range words[b+1 : e] {
		if !nameModifier(w, "O") || allCaps(w) {
			return b
		}
	}
	last := strings.ToLower(words[e-1])
	if orgNameHeads[last] || orgHeads[last] || corporateHeads[last] || companyHeads[last] || media.Head(words[e-1]) {
		return b
	}
	if known != nil && known(words[b+1:e]) {
		return b
	}
	return e
}

// markQuotedLetterNames makes a name with a letter in quotation marks
// inside it one organisation: `Toys "R" Us`. The marks are part of the
// name, not a quotation, and the tagger, reading them as punctuation,
// tags none of it or only its pieces.
func markQuotedLetterNames(words, tags []string) {
	for i := 0; i+4 < len(words); i++ {
		if !capitalised(words[i]) || allCaps(words[i]) || !doubleMark(words[i+1]) || !doubleMark(words[i+3]) ||
			!capitalised(words[i+4]) || len(words[i+2]) > 2 || !allCaps(words[i+2]) {
			continue
		}
		ok := true
		for k := i; k < i+5; k++ {
			if tags[k] != "O" && !strings.HasSuffix(tags[k], "-ORG") || k > i && strings.HasPrefix(tags[k], "B-") && k != i+2 && k != i+4 {
				ok = false
			}
		}
		if ok && (i+5 == len(tags) || !strings.HasPrefix(tags[i+5], "I-")) {
			setSpan(tags, i, i+5, model.EntityOrg)
			i += 4
		}
	}
}

func doubleMark(w string) bool { return w == "\"" || w == "“" || w == "”" }

// markOutlets makes a news medium's head after "the" that the tagger
// calls a person or a place an organisation, alone or with "of" and a
// place: "the Gazette reported", "the Herald said", "the Times of India".
// No one is named "the Post".
func markOutlets(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != "PER" && typ != "LOC" && typ != "GPE" || i == 0 || !strings.EqualFold(words[i-1], "the") ||
			!media.Head(words[i]) || !capitalised(words[i]) || allCaps(words[i]) {
			return
		}
		if j == i+1 || j > i+2 && words[i+1] == "of" && capitalised(words[i+2]) {
			setSpan(tags, i, j, model.EntityOrg)
		}
	})
}

// outletKinds are the common nouns that, right before a name, say it is a
// publication's ("the newspaper Corriere della Sera", "the German
// magazine Der Spiegel", "the tabloid Bild"). "Daily" and "weekly" are
// left out: they more often say how often something named recurs ("the
// weekly Cabinet meeting", "daily NATO briefings"); so is "broadcaster",
// which describes people too ("veteran broadcaster David Dimbleby").
var outletKinds = map[string]bool{"newspaper": true, "tabloid": true, "magazine": true}

// stationKinds are the nouns for a broadcaster that say what the name after
// them is only after a word for the medium ("radio station RPP", "TV
// channel NTV", "television network TVN"): alone, "station" is also a
// police's or a railway's ("station Euston").
var stationKinds = map[string]bool{"station": true, "channel": true, "network": true}

// broadcastMedia are the words for a medium before a word of stationKinds.
var broadcastMedia = map[string]bool{"radio": true, "television": true, "tv": true, "TV": true, "news": true, "cable": true}

// outletKindBefore reports whether words[i] follows a lower-case word of
// outletKinds, or a medium's word and a word of stationKinds: the name
// there is a publication's or a broadcaster's.
func outletKindBefore(words []string, i int) bool {
	return i > 0 && outletKinds[words[i-1]] || i > 1 && stationKinds[words[i-1]] && broadcastMedia[words[i-2]]
}

// markDescribedOutlets makes a name right after a word of outletKinds an
// organisation whatever the tagger called it: no person or place is
// introduced as "the newspaper X". A nationality there stays ("the
// newspaper Israeli officials cited").
func markDescribedOutlets(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg && typ != model.EntityNORP && outletKindBefore(words, i) {
			setSpan(tags, i, j, model.EntityOrg)
		}
	})
}

// plainOutlet reports whether the span [i,j) of words is the ordinary word
// of an outlet named "The" and that word ("The Hill", "The Atlantic",
// media.Plain) used as the outlet's name: a capitalised word after "the",
// no longer name going on after it, and a cue that it is a publication —
// a capital "The" inside the sentence ("spoke to The Hill, Politico and
// The Atlantic") or the press words around it (media.OutletCue: "told the
// Hill", "the Intercept reported"). "Across the Atlantic", "on the Hill"
// and "an independent panel" are no outlets.
func plainOutlet(words []string, i, j int) bool {
	if j != i+1 || i == 0 || !media.Plain(words[i]) || !capitalised(words[i]) || allCaps(words[i]) ||
		!strings.EqualFold(words[i-1], "the") || j < len(words) && capitalised(words[j]) {
		return false
	}
	// A capital "The" after a word or a comma is written as part of the
	// name; at a sentence's start, or after a dash or a quotation mark,
	// any "The" has its capital.
	if words[i-1] == "The" && i >= 2 && (hasAlnum(words[i-2]) || words[i-2] == "," || words[i-2] == ";") {
		return true
	}
	low := func(k int) string {
		if k < 0 || k >= len(words) || !hasAlnum(words[k]) {
			return ""
		}
		return strings.ToLower(words[k])
	}
	return media.OutletCue(low(i-3), low(i-2), low(j))
}

// markPlainOutlets makes the word of an outlet named "The" and an ordinary
// word an organisation where plainOutlet reads it so, whatever the tagger
// called it ("The Hill" as a place), and leaves the "The" out of the name
// as the tagger does for "the Guardian". Elsewhere the tagger's reading
// stands.
func markPlainOutlets(words, tags []string) {
	for i := 1; i < len(words); i++ {
		if !plainOutlet(words, i, i+1) {
			continue
		}
		// The word's span may hold the article, nothing else.
		if strings.HasPrefix(tags[i-1], "I-") || i+1 < len(tags) && strings.HasPrefix(tags[i+1], "I-") {
			continue
		}
		tags[i-1] = "O"
		setSpan(tags, i, i+1, model.EntityOrg)
	}
}

// nameModifier reports whether w, tagged t, can stand inside an
// organisation's name before its head.
func nameModifier(w, t string) bool {
	if !capitalised(w) || !hasAlnum(w) {
		return false
	}
	lw := strings.ToLower(w)
	if functionWords[lw] || nonNameWords[lw] || personTitles[lw] {
		return false
	}
	return !strings.HasSuffix(t, "-PER") && !strings.HasSuffix(t, "-NORP")
}

// joinsName reports whether w joins two words of one name.
func joinsName(w string) bool {
	switch w {
	case "'s", "’s", "and", "&":
		return true
	}
	return false
}

// plainTag reports whether t is untagged or part of an organisation: words
// tagged as places are not joined through "and" or "'s" ("Britain and
// Ireland", "China 's Communist Party").
func plainTag(t string) bool {
	return t == "O" || strings.HasSuffix(t, "-ORG")
}

// titleCase reports whether a sentence of at least four words is written
// in title case, as headlines are: every word of four letters or more
// capitalised ("Rebel Army Takes Key Town"). Capitals there say nothing of
// names.
func titleCase(words []string) bool {
	n := 0
	for _, w := range words {
		if !startsWithLetter(w) {
			continue
		}
		n++
		if len(w) >= 4 && !capitalised(w) {
			return false
		}
	}
	return n >= 4
}

// startsWithLetter reports whether w begins with an ASCII letter or a
// non-ASCII character.
func startsWithLetter(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127
	}
	return false
}

// markCodeNames tags as ORG the untagged words that mix letters and digits
// and that the gazetteer knows as an organisation's name exactly ("G20",
// "G-7", "P5"): the tagger reads such a word as a code or a number.
func markCodeNames(words, tags, gaz []string) {
	for i, w := range words {
		if tags[i] == "O" && gaz[i] == "B-ORG" && (i+1 == len(gaz) || gaz[i+1] != "I-ORG") && letterDigit(w) {
			tags[i] = "B-ORG"
		}
	}
}

// letterDigit reports whether w begins with a capital letter and holds a
// digit ("G20", "G-7").
func letterDigit(w string) bool {
	if !capitalised(w) {
		return false
	}
	for _, r := range w {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// descriptiveTails end the knowledge base's descriptive aliases ("Iranian
// government", "U.S. military"), which are no names even when capitalised.
var descriptiveTails = wordSet(`government military administration authorities police`)

// markKnownOrgs makes a name of two words or more (a leading "the" aside)
// that the gazetteer knows as an organisation one ORG span, when it ends
// in a capital or a number and cuts no other span at its edges. Channels
// and stations are named with a number ("France 24", "Channel 4"), which
// the tagger leaves out, keeping only the place before it ("France").
func markKnownOrgs(words, tags, gaz []string) {
	for i := 0; i < len(gaz); i++ {
		if gaz[i] != "B-ORG" {
			continue
		}
		j := i + 1
		for j < len(gaz) && gaz[j] == "I-ORG" {
			j++
		}
		if strings.EqualFold(words[i], "the") {
			i++
		}
		ok := j-i >= 2 && !descriptiveTails[strings.ToLower(words[j-1])] && !strings.HasPrefix(tags[i], "I-") && (j == len(tags) || !strings.HasPrefix(tags[j], "I-")) && (capitalised(words[j-1]) || allDigits(words[j-1]))
		if ok && !(tags[i] == "B-ORG" && spanEnd(tags, i) == j) {
			setSpan(tags, i, j, "ORG")
		}
		i = j - 1
	}
}

// markHyphenAcronyms makes an all-capitals acronym with a hyphenated
// capital suffix ("PML-N", "JD-U", "CPI-M": a party and its faction) that
// the gazetteer knows as an organisation one ORG span when the tagger left
// it untagged or gave it a one-word span of another type. The tagger,
// trained on text where a hyphenated word before a noun is mostly a
// compound modifier ("ANC-led", "Franco-German"), misses these before a
// noun ("PML-N leaders"); a lower-case or digit suffix ("ANC-led",
// "COVID-19") is no such acronym.
func markHyphenAcronyms(words, tags, gaz []string) {
	for i, w := range words {
		if gaz[i] != "B-ORG" || i+1 < len(gaz) && gaz[i+1] == "I-ORG" || !hyphenAcronym(w) {
			continue
		}
		alone := tags[i] == "O" || strings.HasPrefix(tags[i], "B-") && (i+1 == len(tags) || !strings.HasPrefix(tags[i+1], "I-"))
		if alone {
			tags[i] = "B-" + model.EntityOrg
		}
	}
}

// hyphenAcronym says w is capital letters, at least two, then one or more
// hyphenated parts of one to three capital letters ("PML-N", "CPI-M").
func hyphenAcronym(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || len(parts[0]) < 2 {
		return false
	}
	for k, p := range parts {
		if p == "" || k > 0 && len(p) > 3 {
			return false
		}
		for _, r := range p {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
	}
	return true
}

// cutKnownOrgTails ends an organisation's span at a name the gazetteer
// knows when the tagger ran it on over one more capitalised plural noun,
// the people of the body: "State Department Arabists" are Arabists of the
// State Department, no body called so. The last word must end in "s" and
// be no word that ends bodies' names ("Holdings", "Services", "Forces").
func cutKnownOrgTails(words, tags, gaz []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || j-i < 2 || !gazCovers(gaz, i, j-1, model.EntityOrg) {
			return
		}
		w := words[j-1]
		lw := strings.ToLower(w)
		if !capitalised(w) || allCaps(w) || !strings.HasSuffix(lw, "s") || orgHeads[lw] || orgNameHeads[lw] ||
			corporateHeads[lw] || companyHeads[lw] || acronymHeads[lw] || media.Head(w) {
			return
		}
		tags[j-1] = "O"
	})
}

// keepOrgNames gives every other mention of a multi-word organisation's
// name the type and edges it has where the tagger found it whole, ending
// in an organisation's head ("He joined the Ferris Wheel Company in 1998
// and left the Ferris Wheel Company in 2004": the second mention had
// "Ferris" as a person). A head is strong evidence, and an article names
// one body the same way throughout. A mention is retagged only when no
// other span runs across its edges.
func keepOrgNames(sents, tags [][]string) {
	var names map[string][][]string // by first word
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if typ != model.EntityOrg || j-i < 2 || !capitalised(ws[i]) {
				return
			}
			last := strings.ToLower(ws[j-1])
			if !(orgHeads[last] || orgNameHeads[last] || corporateHeads[last] || companyHeads[last] || acronymHeads[last]) {
				return
			}
			if names == nil {
				names = map[string][][]string{}
			}
			names[ws[i]] = append(names[ws[i]], ws[i:j])
		})
	}
	if names == nil {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		for i := 0; i < len(ws); i++ {
			cands := names[ws[i]]
			if len(cands) == 0 || strings.HasPrefix(ts[i], "I-") {
				continue
			}
			n := 0 // the longest name found here
			for _, c := range cands {
				if len(c) > n && i+len(c) <= len(ws) && equalWords(ws[i:i+len(c)], c) {
					n = len(c)
				}
			}
			if n == 0 || i+n < len(ts) && strings.HasPrefix(ts[i+n], "I-") {
				continue // none, or a span runs on past the name
			}
			setSpan(ts, i, i+n, model.EntityOrg)
			i += n - 1
		}
	}
}

func equalWords(a, b []string) bool {
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return len(a) == len(b)
}

// institutionHeads begin names of the form "X of Y" that are always an
// institution's, whatever Y is: "University of Nairobi", "Bank of
// Tanzania", "Ministry of Health". "City of", "Union of" and "Federation
// of" are left out: they also name places and states ("Union of South
// Africa", "Federation of Bosnia and Herzegovina").
var institutionHeads = wordSet(`university college institute school academy bank ministry department office
	agency commission council board foundation society association authority forces`)

// sportBodyHeads head a sport's governing body named "<Sport> Federation
// of <Country>" ("Football Federation of Ghana", "Athletics Association of
// Kenya"); alone they may head a state's name ("Federation of Bosnia and
// Herzegovina"), so the capitalised sport before them is asked for.
var sportBodyHeads = wordSet(`federation association confederation`)

// sportNames are the sports whose governing bodies the news names.
var sportNames = wordSet(`football soccer athletics cricket rugby basketball volleyball handball hockey
	tennis boxing wrestling cycling swimming chess golf baseball judo taekwondo`)

// sportBodyHead reports whether words[k] heads a sport's governing body:
// a capitalised sport's name right before it ("Football Federation").
func sportBodyHead(words []string, k int) bool {
	return k > 0 && sportBodyHeads[strings.ToLower(words[k])] && capitalised(words[k-1]) && sportNames[strings.ToLower(words[k-1])]
}

// joinSportFirstBodies puts the capitalised sport the tagger left out
// back into a governing body's name written sport first, "<Sport>
// <Country> Federation" ("Football Kenya Federation", "Athletics Nigeria
// Association" as some federations style themselves): the tagger read only
// "Kenya Federation", a body of no sport. The span must end in a
// federation's head (sportBodyHeads) and the sport must stand right before
// it, untagged.
func joinSportFirstBodies(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || i < 1 || j-i > 3 || tags[i-1] != "O" ||
			!sportBodyHeads[strings.ToLower(words[j-1])] || !capitalised(words[j-1]) ||
			!capitalised(words[i-1]) || !sportNames[strings.ToLower(words[i-1])] {
			return
		}
		setSpan(tags, i-1, j, model.EntityOrg)
	})
}

// andPlace returns where an institution's name that reached a place's span
// ending at end goes on to: past "and" and a second place's span when one
// follows ("Port Authority of New York | and | New Jersey"), else end. A
// second place that owns what follows ("and France 's bank") or that runs
// on into "of" or another "and" is not the name's.
func andPlace(words, tags []string, end int) int {
	if end+1 >= len(words) || words[end] != "and" || tags[end] != "O" || !capitalised(words[end+1]) {
		return end
	}
	t := tags[end+1]
	if t != "B-"+model.EntityLoc && t != "B-"+model.EntityGPE {
		return end
	}
	e := spanEnd(tags, end+1)
	if e < len(words) {
		switch words[e] {
		case "'s", "’s", "of", "and":
			return end
		}
	}
	return e
}

// markInstitutionsOf makes a name of the form "Head of Place" one ORG span:
// the tagger, seeing a place at its end, calls "University of Cape Town"
// and "Bank of Tanzania" places, or tags the place alone ("the University
// of | Nairobi"), or the head and the place as two spans ("Central Bank |
// of | Nigeria"). A span that begins with the head and "of" is retyped; an
// untagged head (with the capitalised words before it) or an ORG span
// ending in the head, followed by "of" and a place's span, is joined to
// the place. The head must be capitalised, as in a name ("a bank of
// Tanzania" is none).
func markInstitutionsOf(words, tags []string) {
	for k := 0; k+2 < len(words); k++ {
		if !institutionHeads[strings.ToLower(words[k])] && !sportBodyHead(words, k) || !capitalised(words[k]) || allCaps(words[k]) || words[k+1] != "of" {
			continue
		}
		// The place's span begins at k+p: "of" and, before a country
		// named with an article, "the" ("Armed Forces of the
		// Philippines", "University of the Philippines").
		p := 2
		if k+3 < len(words) && tags[k+2] == "O" && words[k+2] == "the" {
			p = 3
		}
		switch {
		case strings.HasPrefix(tags[k], "B-") && tags[k+1] == "I-"+tags[k][2:]:
			// The span holds head, "of" and more: "University of Nairobi" LOC.
			typ := tags[k][2:]
			if typ == model.EntityLoc || typ == model.EntityGPE || typ == model.EntityPerson {
				a := k
				if sportBodyHead(words, k) && tags[k-1] == "O" {
					// "Football | Federation of Ghana": the sport
					// the tagger left out is the name's.
					a = k - 1
				}
				setSpan(tags, a, andPlace(words, tags, spanEnd(tags, k)), model.EntityOrg)
			}
		case tags[k+1] == "O" && strings.HasPrefix(tags[k+p], "B-") && capitalised(words[k+p]):
			typ := tags[k+p][2:]
			if typ != model.EntityLoc && typ != model.EntityGPE {
				continue
			}
			end := spanEnd(tags, k+p)
			if end < len(words) && (words[end] == "'s" || words[end] == "’s") {
				continue // "the Office of | Kenya 's president": the place is the owner
			}
			a := k
			switch {
			case tags[k] == "O":
				// Capitalised words before an untagged head are the name's:
				// "Reserve Bank of India".
				for a > 0 && tags[a-1] == "O" && nameModifier(words[a-1], "O") && !allCaps(words[a-1]) {
					a--
				}
			case tags[k] == "B-"+model.EntityOrg || tags[k] == "I-"+model.EntityOrg:
				a = spanStart(tags, k)
			default:
				continue
			}
			setSpan(tags, a, andPlace(words, tags, end), model.EntityOrg)
		}
	}
}

// bodyOfHeads head a public body's name that goes on "of" and its field:
// "Directorate of Criminal Investigations", "Bureau of Alcohol, Tobacco,
// Firearms and Explosives", "Ministry of Foreign Affairs".
var bodyOfHeads = wordSet(`directorate department ministry office bureau agency inspectorate secretariat commission`)

// joinBodiesOf makes a body's head, "of" and the capitalised field after
// it one ORG span when the tagger tagged the field alone ("the Directorate
// of | Criminal Investigations"): the field is no body of its own, and cut
// from its head it names none ("Criminal Investigations" said nothing).
// Capitalised words before an untagged head are the name's ("National
// Directorate of ..."). The field must be an ORG span of capitalised words,
// so "the Office of | Kenya's president" (a place, the owner) is left alone.
func joinBodiesOf(words, tags []string) {
	for k := 0; k+2 < len(words); k++ {
		if !bodyOfHeads[strings.ToLower(words[k])] || !capitalised(words[k]) || allCaps(words[k]) || tags[k] != "O" ||
			words[k+1] != "of" || tags[k+1] != "O" || tags[k+2] != "B-"+model.EntityOrg {
			continue
		}
		end := spanEnd(tags, k+2)
		field := true
		for _, w := range words[k+2 : end] {
			if !capitalised(w) && !nameLinks[w] && w != "and" && w != "," {
				field = false
			}
		}
		if !field || !capitalised(words[end-1]) {
			continue
		}
		a := k
		for a > 0 && tags[a-1] == "O" && nameModifier(words[a-1], "O") && !allCaps(words[a-1]) {
			a--
		}
		setSpan(tags, a, end, model.EntityOrg)
	}
}

// localGovernmentHeads begin a place's formal name that also names its
// government: "City of Denver", "County of Los Angeles".
var localGovernmentHeads = wordSet(`city town county village borough`)

// governmentActs are verbs that, after "the City of Denver", say the
// city's government acted: a place does not sue, fine or announce. Bare
// forms follow an auxiliary ("will appeal"); "fine" is left out, being
// also an adjective.
var governmentActs = wordSet(`sued sues sue fined fines announced announces said says filed files appealed appeals
	approved approves ordered orders issued issues banned bans agreed agrees settled settles imposed imposes
	declared declares hired hires argued argues paid pays awarded awards warned warns rejected rejects
	denied denies responded responds announce say file appeal approve order issue ban agree settle impose
	declare hire argue pay award warn reject deny respond`)

// governmentAux stand between the government's name and the verb of what
// it did: "the City of Denver has filed", "will appeal".
var governmentAux = wordSet(`has have had will would also is was could can`)

// governmentSpeakers are phrases before "the City of Denver" that make it
// the government: "a spokesman for the City of Denver".
var governmentSpeakers = [][]string{
	{"spokesman", "for"}, {"spokeswoman", "for"}, {"spokesperson", "for"}, {"lawyers", "for"},
	{"attorneys", "for"}, {"lawyer", "for"}, {"attorney", "for"}, {"officials", "from"}, {"officials", "of"},
	{"lawsuit", "against"}, {"suit", "against"}, {"sued"},
}

// markCityGovernments makes "the City of Denver" one ORG span when it
// acts as the city's government: it sues, fines or announces, or a
// spokesman or lawyers speak for it. Otherwise it is the place, and the
// tags are left as they are ("She moved to the City of Denver"). The
// place after "of" must be a place's span the tagger found, ending before
// the verb (after an auxiliary, "has filed") or after the speaker's phrase
// (with "the" between).
func markCityGovernments(words, tags []string) {
	for k := 0; k+2 < len(words); k++ {
		if !localGovernmentHeads[strings.ToLower(words[k])] || !capitalised(words[k]) || allCaps(words[k]) || words[k+1] != "of" {
			continue
		}
		p := k + 2
		if tags[k+1] != "O" {
			// The tagger's span holds "City of Denver" whole.
			if !strings.HasPrefix(tags[k], "B-") || tags[k+1] != "I-"+tags[k][2:] {
				continue
			}
			p = k
		}
		typ, e, ok := spanAt(tags, p)
		if !ok || p != k && !strings.HasPrefix(tags[p], "B-") || typ != model.EntityLoc && typ != model.EntityGPE && typ != model.EntityOrg || !capitalised(words[k+2]) {
			continue
		}
		if typ == model.EntityOrg && p == k {
			continue // already the government's
		}
		v := e
		for v < len(words) && governmentAux[strings.ToLower(words[v])] {
			v++
		}
		acts := v < len(words) && governmentActs[words[v]]
		b := k
		if b > 0 && strings.EqualFold(words[b-1], "the") {
			b--
		}
		if acts || phraseBefore(words, b, governmentSpeakers) {
			setSpan(tags, k, e, model.EntityOrg)
			k = e - 1
		}
	}
}

// linkHeads are the bodies' heads that "of" or "for" joins to a name the
// tagger found on its own: "Centers for | Disease Control and Prevention",
// "Office of the | High Commissioner for Human Rights", "Court of Justice
// of the | European Union".
var linkHeads = wordSet(`center centers centre centres office offices court council board commission committee
	institute institutes agency bureau ministry department authority organisation organization`)

// joinLinkedOrgs makes one ORG span of a body's head, "of" or "for" (and
// "the"), and an organisation's span right after: the tagger, reading the
// name in two parts, tags the part after the link and leaves the head out
// or makes it a name of its own. The head is an untagged capitalised word
// (a lone "Centers", not a run the tagger did not take in) or an ORG span
// that ends in it or begins with it and "of" ("Court of Justice"); the
// span after the link must end where the sentence's name ends (no span
// going on after it). "Minister for Foreign Affairs" has no body's head
// and is left alone, as is a head after a person ("Ann Lee 's Office").
func joinLinkedOrgs(words, tags []string) {
	for k := 0; k+2 < len(words); k++ {
		w := words[k]
		if !linkHeads[strings.ToLower(w)] || !capitalised(w) || allCaps(w) {
			continue
		}
		// The head's own span, or the untagged head alone.
		a, end := k, k+1
		switch {
		case tags[k] == "O":
			if k > 0 && tags[k-1] != "O" && !strings.HasSuffix(tags[k-1], "-"+model.EntityOrg) {
				continue
			}
		case strings.HasSuffix(tags[k], "-"+model.EntityOrg):
			a, end = spanStart(tags, k), spanEnd(tags, k)
			// The head ends the span, or begins it with "of" after it.
			if end != k+1 && !(a == k && words[k+1] == "of") {
				continue
			}
		default:
			continue
		}
		l := end
		if l >= len(words) || tags[l] != "O" || words[l] != "of" && words[l] != "for" {
			continue
		}
		l++
		if l < len(words) && tags[l] == "O" && strings.EqualFold(words[l], "the") {
			l++
		}
		if l >= len(words) || tags[l] != "B-"+model.EntityOrg || !capitalised(words[l]) {
			continue
		}
		e := spanEnd(tags, l)
		if e == l+1 && !allCaps(words[l]) && e < len(words) && lowerWord(words[e]) {
			continue // one word and a noun: an adjective ("Board of | Muslim clerics")
		}
		if a > 0 && tags[a-1] == "O" && !strings.EqualFold(words[a-1], "the") && nameModifier(words[a-1], "O") {
			continue // a capitalised word the tagger left out before the head: the name's start is not known
		}
		setSpan(tags, a, e, model.EntityOrg)
		k = e - 1
	}
}

// growOrgHeads takes into an organisation's span the capitalised words the
// tagger left out before it, where the span is a body's head or begins
// with one: "Random" | "House" ORG, "the Superior" | "Court of Arizona"
// ORG, "the Trade" | "Union Congress" ORG. A one-word span that is a head that ends no person's name (orgHeads:
// "House", "Party"; not a news medium's) takes in the untagged capitalised words right
// before it; a longer span that begins with a body's head ("Court of
// Appeals", "Bureau of Prisons") takes them in only after "the", which
// says where the name begins. A sentence's first word is taken in only
// right before the head, as in markCompanyHeads.
func growOrgHeads(words, tags []string) {
	if titleCase(words) {
		return
	}
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || i == 0 {
			return
		}
		lw := strings.ToLower(words[i])
		// News media's heads are left to markOrgNames, which needs "the"
		// before them: "Post" also ends persons' names ("Emily Post").
		alone := j == i+1 && orgHeads[lw] && !media.Head(words[i])
		// "the Trade" | "Union Congress": a union's name begins with the
		// words for whose union it is, which the tagger may leave out.
		if !alone && !(orgNameHeads[lw] || institutionHeads[lw] || lw == "court" || lw == "union" || lw == "unions") || !capitalised(words[i]) || allCaps(words[i]) {
			return
		}
		a := i
		for a > 0 && tags[a-1] == "O" && nameModifier(words[a-1], "O") && !allCaps(words[a-1]) && (a-1 > 0 || a == i) {
			a--
		}
		if a == i {
			return
		}
		if !alone && !(a > 0 && strings.EqualFold(words[a-1], "the")) {
			return
		}
		setSpan(tags, a, j, model.EntityOrg)
	})
}

// growOrgFields takes into an organisation's span ending in a body's head
// the two fields of its name joined by "and" that the tagger left out:
// "the Employment and Labour Relations Court", "the Environment and Land
// Court", "the Trade and Industry Ministry" name one body each, and the
// tagger reading "and" as a break keeps only the part after it (or the
// head alone), so that "Labour" alone became a name of its own. "The"
// before the first field says where the name begins; the fields are
// untagged capitalised words, and a field that is itself a body's head
// ("the Army and Navy Council") is a second body, not a field.
func growOrgFields(words, tags []string) {
	if titleCase(words) {
		return
	}
	head := func(w string) bool {
		lw := strings.ToLower(w)
		return orgNameHeads[lw] || institutionHeads[lw] || lw == "court" || lw == "courts" || lw == "tribunal"
	}
	plain := func(k int) bool {
		return tags[k] == "O" && nameModifier(words[k], "O") && !allCaps(words[k]) && !head(words[k])
	}
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || i == 0 || !head(words[j-1]) || !capitalised(words[j-1]) || allCaps(words[j-1]) {
			return
		}
		a := i
		for a > 0 && plain(a-1) {
			a--
		}
		if a < 2 || words[a-1] != "and" || tags[a-1] != "O" || !plain(a-2) {
			return
		}
		b := a - 2
		for b > 0 && plain(b-1) {
			b--
		}
		if b == 0 || !strings.EqualFold(words[b-1], "the") {
			return
		}
		setSpan(tags, b, j, model.EntityOrg)
	})
}

// officeWords are titles a person's name follows: "UN Secretary-General
// Antonio Guterres", "Senate Majority Leader Chuck Schumer".
var officeWords = wordSet(`leader president president-elect chairman chairwoman chair chairperson speaker
	secretary secretary-general spokesman spokeswoman spokesperson director director-general governor
	ambassador envoy commissioner ceo minister chancellor mayor coach manager treasurer`)

// officeModifiers stand before an office word in a title: "Majority
// Leader", "Deputy Director", "Vice Chairman".
var officeModifiers = wordSet(`majority minority deputy vice acting assistant senior executive managing interim
	general`)

// cutOfficeTitles ends an organisation's span before the title that comes
// between it and a person's name: "U.S. Senate Majority Leader" | "Chuck
// Schumer" is the Senate, a title and a person, as the CoNLL and OntoNotes
// guidelines tag it. The tagger puts the title's words in the
// organisation's span, leaves them untagged, or begins the person's span
// with them ("House" | "Speaker Jane Doe", "House Minority" | "Leader" |
// "Ann Lee"); wherever they are, they become untagged. The title is a run
// of capitalised office words and the modifiers before them, ending in an
// office word; the organisation must keep a word that is neither, and the
// person a word after the title. A capitalised "Former" or "Then" the
// tagger put before the organisation at a sentence's start is dropped
// with the title ("Former House Speaker Jane Doe").
func cutOfficeTitles(words, tags []string) {
	title := func(w string) bool {
		lw := strings.ToLower(w)
		return capitalised(w) && (officeWords[lw] || officeModifiers[lw])
	}
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg {
			return
		}
		t := j
		for t > i && title(words[t-1]) {
			t--
		}
		k := j
		for k < len(words) && tags[k] == "O" && title(words[k]) {
			k++
		}
		if k >= len(words) || tags[k] != "B-"+model.EntityPerson {
			return
		}
		e, p := spanEnd(tags, k), k
		for p+1 < e && title(words[p]) {
			p++
		}
		if p == t || !officeWords[strings.ToLower(words[p-1])] {
			return // no title, or one that does not end in an office word
		}
		a := i
		if lw := strings.ToLower(words[a]); a == 0 && (lw == "former" || lw == "then") && a+1 < t {
			a++
		}
		keeps := false
		for _, w := range words[a:t] {
			lw := strings.ToLower(w)
			keeps = keeps || !officeWords[lw] && !officeModifiers[lw]
		}
		if !keeps {
			return
		}
		for x := i; x < p; x++ {
			tags[x] = "O"
		}
		setSpan(tags, a, t, model.EntityOrg)
		setSpan(tags, p, e, model.EntityPerson)
	})
}

// joinTitledNames makes one person of an organisation's span right after
// a capitalised office title and the person's span right after it: in
// "African Union Commission Chairperson Amina Lasso" the tagger, having
// seen few of these names, took the given name for a body and the surname
// for a person, but a name after a title is the holder's, and a body's
// name would not run on into a person's. The organisation's part must be
// one or two capitalised words that are no acronym and no body's head,
// and the whole name four words at most.
func joinTitledNames(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || i == 0 || j-i > 2 || tags[i-1] != "O" || !capitalised(words[i-1]) ||
			!officeWords[strings.ToLower(words[i-1])] || j >= len(tags) || tags[j] != "B-"+model.EntityPerson {
			return
		}
		for _, w := range words[i:j] {
			lw := strings.ToLower(w)
			if !capitalised(w) || allCaps(w) || orgHeads[lw] || orgNameHeads[lw] || placeHeads[lw] {
				return
			}
		}
		e := spanEnd(tags, j)
		if e-i > 4 {
			return
		}
		setSpan(tags, i, e, model.EntityPerson)
	})
}

// personRoles are lower-case words for what a person is that news writes
// right before the person's name: "Tesla chief executive Elon Musk",
// "Hamas leader Ismail Haniyeh", "party spokesman Tom Ade".
var personRoles = wordSet(`leader president chairman chairwoman chair chairperson speaker secretary spokesman
	spokeswoman spokesperson director governor ambassador envoy commissioner ceo minister chancellor mayor
	coach manager treasurer executive chief founder co-founder commander cleric senator lawmaker adviser
	advisor aide prefect representative coordinator director-general secretary-general`)

// roleBeforeName reports whether words[k] is a lower-case word for a
// person's role that news writes right before the person's name
// (personRoles), or "official" used as one ("UNICEF official Jane Roe")
// rather than as the adjective of "the official Xinhua news agency" or
// "an official Syrian report", which an article stands before.
func roleBeforeName(words []string, k int) bool {
	if personRoles[words[k]] {
		return true
	}
	if words[k] != "official" {
		return false
	}
	if k == 0 {
		return true
	}
	switch strings.ToLower(words[k-1]) {
	case "the", "a", "an", "its", "their", "his", "her", "our":
		return false
	}
	return true
}

// splitOrgAtRole cuts an organisation's span at a lower-case word for a
// person's role inside it: the tagger, reading "UASU secretary-general
// Constantine Wasonga" or "Hamas spokesman Abu Obeida" as one name, took
// the body, its officer's title and the officer's name together, but a
// role written in lower case is no word of a body's name. The body before
// it stays an organisation and the capitalised words after it become a
// span of their own, which rolePersons then reads as the person who holds
// the role. Both sides must be capitalised words; the role needs a body
// before it and a name of two or three words after it. A role that ends
// the span ("ODM secretary-general" | "Edwin Sifuna", "the FAO
// director-general,") is cut off the body the same way.
func splitOrgAtRole(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		// "ODM secretary-general" | "Edwin Sifuna": the role ends the
		// span, and the person's name the tagger found follows.
		// "Qu Dongyu, the FAO director-general, said": a role in lower
		// case ending the span is the officer's title whatever follows
		// it, since no body's name ends in one.
		if typ == model.EntityOrg && j-i >= 2 && personRoles[words[j-1]] {
			for _, w := range words[i : j-1] {
				if !capitalised(w) {
					return
				}
			}
			setSpan(tags, i, j-1, model.EntityOrg)
			tags[j-1] = "O"
			return
		}
		if typ != model.EntityOrg || j-i < 4 {
			return
		}
		for k := i + 1; k < j-2; k++ {
			if !personRoles[words[k]] {
				continue
			}
			if n := j - k - 1; n > 3 {
				return
			}
			for _, w := range words[i:k] {
				if !capitalised(w) {
					return
				}
			}
			for _, w := range words[k+1 : j] {
				if !capitalised(w) || allCaps(w) {
					return
				}
			}
			setSpan(tags, i, k, model.EntityOrg)
			tags[k] = "O"
			setSpan(tags, k+1, j, model.EntityOrg)
			return
		}
	})
}

// rolePersons makes a person of an organisation's span of two or three
// capitalised words right after a lower-case word for a person's role:
// the tagger, which had seen few of these names, called "Elon Musk" in
// "Tesla chief executive Elon Musk" an organisation, but a role written
// in lower case is followed by the person who has it. A span that ends
// like an organisation's or a place's name is left ("chief executive
// Kestrel Holdings" names the firm), and so is one that other reports
// names in the knowledge base and no person ("adviser Goldman Sachs").
func rolePersons(words, tags []string, other func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || i == 0 || j-i < 2 || j-i > 3 || !roleBeforeName(words, i-1) || !capitalised(words[i]) {
			return
		}
		for _, w := range words[i:j] {
			if allCaps(w) {
				return // an acronym is an organisation's
			}
			// Capitalised words, or a particle before a hyphen ("al-Sadr").
			if p, _, ok := strings.Cut(w, "-"); !capitalised(w) && !(ok && nameParticles[p]) {
				return
			}
		}
		last := strings.ToLower(words[j-1])
		if orgHeads[last] || orgNameHeads[last] || corporateHeads[last] || companyHeads[last] || tradeHeads[last] ||
			acronymHeads[last] || placeHeads[last] || media.Head(words[j-1]) || other != nil && other(words[i:j]) {
			return
		}
		setSpan(tags, i, j, model.EntityPerson)
	})
}

// joinNamesBeforeRoles makes one ORG span of a run of capitalised words,
// "for" or "of", and the organisation's span after it, where a lower-case
// word for a person's role follows: in "Forum for Democratic Change
// spokesman Ssemujju Nganda" the words before the role are the body the
// spokesman speaks for, so the capitalised "Forum" the tagger left out
// (its head is no body's head joinLinkedOrgs knows) begins that body's
// name. The tagger may have taken the link into the span ("for Democratic
// Change").
func joinNamesBeforeRoles(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || j >= len(words) || tags[j] != "O" || !personRoles[words[j]] {
			return
		}
		l := i // the link's position
		if !nameLinks[words[i]] || words[i] == "on" {
			l = i - 1
			if l < 0 || tags[l] != "O" || words[l] != "for" && words[l] != "of" || !capitalised(words[i]) {
				return
			}
		} else if i+1 >= j || !capitalised(words[i+1]) {
			return
		}
		a := l
		for a > 0 && tags[a-1] == "O" && nameModifier(words[a-1], "O") && !allCaps(words[a-1]) {
			a--
		}
		if a == l {
			return
		}
		// At a sentence's start any word is capitalised ("Support for",
		// "Critics of"): there the word before the link must name a body.
		if a == 0 || !hasAlnum(words[a-1]) && words[a-1] != "," {
			if lw := strings.ToLower(words[l-1]); !orgNameHeads[lw] && !linkHeads[lw] && !purposeBodies[lw] {
				return
			}
		}
		setSpan(tags, a, j, model.EntityOrg)
	})
}

// purposeBodies are words for bodies named after what they work for that
// neither orgNameHeads nor linkHeads hold: "Forum for Democratic Change",
// "Union for the Mediterranean", "Rally for Culture and Democracy".
var purposeBodies = wordSet(`forum union congress league rally assembly convention campaign platform network
	centre center conference`)

// markArticleOrgs makes an organisation the gazetteer knows by a name
// that begins with the Arabic article and a hyphen ("al-Shabaab",
// "al-Nusra Front", "Al-Nusra") one ORG span where the tagger left every
// word of it untagged. The gazetteer matches only names whose first word
// is capitalised, and news writes the article in lower case mid-sentence
// ("Somalia's al-Shabaab claimed", "20 al-Shabab militants"), so the name
// is looked up with the article capitalised; a one-word name is kept too,
// which markKnownOrgs leaves to the tagger. Only organisations are taken:
// a person's or place's name with the article has passes of its own
// (articleSurnames, knownPlaces).
func markArticleOrgs(words, tags []string, gazTag func(words, out []string)) {
	var caps []string // words with each article capitalised; nil when none
	for i, w := range words {
		art, rest, ok := strings.Cut(w, "-")
		if !ok || tags[i] != "O" || !arabicArticles[strings.ToLower(art)] || !capitalised(rest) {
			continue
		}
		if caps == nil {
			caps = append([]string(nil), words...)
		}
		caps[i] = strings.ToUpper(art[:1]) + strings.ToLower(art[1:]) + "-" + rest
	}
	if caps == nil {
		return
	}
	gaz := make([]string, len(words))
	gazTag(caps, gaz)
	for i := 0; i < len(words); i++ {
		if gaz[i] != "B-"+model.EntityOrg || tags[i] != "O" || !strings.Contains(caps[i], "-") || !capitalised(caps[i]) {
			continue
		}
		if art, _, _ := strings.Cut(caps[i], "-"); !arabicArticles[strings.ToLower(art)] {
			continue
		}
		j := i + 1
		for j < len(words) && gaz[j] == "I-"+model.EntityOrg {
			j++
		}
		untagged := true
		for k := i; k < j; k++ {
			untagged = untagged && tags[k] == "O"
		}
		if untagged {
			setSpan(tags, i, j, model.EntityOrg)
		}
		i = j - 1
	}
}
