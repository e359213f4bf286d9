package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// Visible bylines: pages whose markup names no author (no author meta,
// JSON-LD, itemprop, rel=author or byline class) often still print one
// under the headline: "By Jane Doe and John Roe", "Von Anna Schmidt |
// 28.07.2021", "Por Ana Lima", "By <a>Jane Doe</a>, <a>John Roe</a> on
// Monday...". visibleByline reads the first such line.

// bylineLeads open a byline, in the languages whose pages are read. A
// lead must be followed by a name: "By continuing to use this site" is no
// byline, as "continuing" is no name.
var bylineLeads = []string{"By ", "by ", "BY ", "Von ", "von ", "Por ", "por ", "Par ", "par ", "Door ", "door ",
	"Di ", "Av ", "Author: ", "Autor: ", "Autora: ", "Auteur : ", "Auteur: ", "Автор: ", "Текст: "}

// phraseLeads open a byline inside a line too, after a date or a
// separator ("05/10/2018 - Posted by: Ana Lima - Category: Health"): unlike
// "By", they do not open ordinary headings. Each is also matched with a
// lower-case first letter; an optional colon may follow.
var phraseLeads = []string{"Posted by", "Written by", "Reported by", "Story by", "Words by", "Publicado por", "Escrito por",
	"Postado por", "Publié par", "Rédigé par", "Écrit par", "Geschrieben von", "Veröffentlicht von", "Verfasst von",
	"Pubblicato da", "Scritto da", "Geschreven door", "Geplaatst door"}

// phraseLeadForms are phraseLeads as written and with a lower-case first
// letter, in that order: afterBylineLead tries them on every text node of
// a page, so they are built once.
var phraseLeadForms = func() [][2]string {
	forms := make([][2]string, len(phraseLeads))
	for i, l := range phraseLeads {
		forms[i] = [2]string{l, lowerFirst(l)}
	}
	return forms
}()

// maxLeadOffset is how far into a line a phrase lead may start: after a
// date and a separator, not inside a sentence.
const maxLeadOffset = 40

// nameJoiners join names in a byline.
var nameJoiners = []string{", ", " and ", " und ", " e ", " y ", " et ", " en ", " & ", " i ", " и "}

// nameParticles are lower-case words inside names ("Ana de Souza",
// "Jan van der Berg").
var nameParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true, "al": true,
	"bin": true, "ibn": true, "y": true, "zu": true, "ter": true}

// maxBylineText is the longest line (in bytes) read as a byline.
const maxBylineText = 160

// visibleByline returns the names of the first visible byline line under
// root, or nil. Links, navigation, asides, footers, forms, comments and
// related blocks are passed over.
func visibleByline(root *html.Node) []string {
	var found []string
	walkVisibleText(root, bylineSkip, func(n *html.Node, t string) (tried, done bool) {
		if len(t) > maxBylineText || !hasBylineLead(t) {
			return false, false
		}
		// The lead may stand alone with the names in sibling links
		// ("By <a>Jane Doe</a>"): read the line its element makes,
		// going up while it still opens with the lead.
		line := t
		for p, up := n.Parent, 0; p != nil && p.Type == html.ElementNode && up < 3; p, up = p.Parent, up+1 {
			pt := cleanSpace(plainText(p))
			if len(pt) > maxBylineText || !hasBylineLead(pt) {
				break
			}
			line = pt
		}
		if names := bylineNames(line); len(names) > 0 {
			found = names
			return true, true
		}
		return true, false
	})
	return found
}

// bylineSkip passes over what a visible byline is never in: besides the
// page's boilerplate, forms, captions, the headline and section headings
// ("By the numbers") and cookie notices ("By continuing to use ...").
func bylineSkip(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Title, atom.Form, atom.Button, atom.Select, atom.Label, atom.Figcaption, atom.H1, atom.H2:
		return true
	}
	if boilerplateTag(n) {
		return true
	}
	c := lowerClassID(n)
	return boilerplateClass(c) || strings.Contains(c, "cookie")
}

// hasBylineLead reports whether line s opens with a byline lead, as
// afterBylineLead(s+" ") does: a lead such as "By " opens the line "By"
// too. It builds no string, as it runs on every text node of a page.
func hasBylineLead(s string) bool {
	for _, l := range bylineLeads {
		if strings.HasPrefix(s, l) || len(l) == len(s)+1 && l[len(s)] == ' ' && l[:len(s)] == s {
			return true
		}
	}
	// No phrase lead ends in a space, so the space afterBylineLead reads
	// after s is never part of one, and a phrase lead that ends s is
	// followed by nothing, which passes as the space would.
	_, ok := afterPhraseLead(s)
	return ok
}

// afterBylineLead returns what follows the byline lead of line s: a lead
// of bylineLeads that opens it, or a phrase lead that opens it or follows
// a short run of dates and separators ("05/10/2018 - Publicado por: ").
func afterBylineLead(s string) (string, bool) {
	for _, l := range bylineLeads {
		if strings.HasPrefix(s, l) {
			return s[len(l):], true
		}
	}
	return afterPhraseLead(s)
}

// afterPhraseLead returns what follows a phrase lead that opens s or
// follows a short run of dates and separators.
func afterPhraseLead(s string) (string, bool) {
	for _, forms := range phraseLeadForms {
		for _, v := range forms {
			// Only the first occurrence counts and it must start by
			// maxLeadOffset, so the search stops there.
			i := strings.Index(s[:min(len(s), maxLeadOffset+len(v))], v)
			if i < 0 || i > maxLeadOffset || !leadPrefix(s[:i]) {
				continue
			}
			rest := s[i+len(v):]
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && r != ' ' && r != ':' && r != '\u00a0' {
				continue // "Posted byline", not a lead
			}
			return strings.TrimLeft(rest, " :\u00a0"), true
		}
	}
	return "", false
}

// leadPrefix reports text before a phrase lead that is no sentence: empty,
// or ending in a separator or a digit ("05/10/2018 - ", "12:30 | ").
func leadPrefix(p string) bool {
	p = strings.TrimRight(p, " \u00a0")
	if p == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	return unicode.IsDigit(r) || strings.ContainsRune("-–—|·•/:,;)]", r)
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// hintByline writes a feed's or a JSONL record's author field ("Jane Doe
// and John Roe", "By Jane Doe, John Roe") the way a page's byline is
// written, names joined by ", ", so that one writer's articles read and
// are searched alike whichever way they came in. It is read as a page's
// byline line is (what follows a separator or a date is no name); a
// field that does not read as names (an address, a sentence) is kept as
// given.
func hintByline(v string) string {
	line := v
	if !hasBylineLead(line) {
		line = "By " + line
	}
	if names := bylineNames(line); len(names) > 0 {
		if b := cleanByline(names); b != "" {
			return b
		}
	}
	return v
}

// bylineNames reads the names of a byline line: the lead, then one or more
// names joined by commas or "and", up to a separator or the date ("By Jane
// Doe and John Roe | July 28, 2021", "By Jane Doe, John Roe on Monday,
// November 18th"). Every name must read as one: one to five words, each
// capitalised or a particle, or in a script without case. nil when any
// does not.
func bylineNames(line string) []string {
	rest, _ := afterBylineLead(line + " ")
	rest = strings.TrimSpace(rest)
	// The names end at a separator, a date word or a digit.
	for _, sep := range []string{" | ", "|", " ／ ", " / ", " - ", " – ", " — ", " · ", " • ", "\u00a0-", "\u00a0|", " · ", " • ", " on ", " am ", " em ", " el ", " le ", " il ", " op ",
		" Updated", " Published", " Veröffentlicht", " Publicado", "(", "\n"} {
		if i := strings.Index(rest, sep); i >= 0 {
			rest = rest[:i]
		}
	}
	if i := strings.IndexFunc(rest, unicode.IsDigit); i >= 0 {
		rest = rest[:i]
	}
	rest = cutAtWeekday(rest)
	rest = strings.TrimRight(strings.TrimSpace(rest), " ,;:")
	if rest == "" {
		return nil
	}
	parts := []string{rest}
	for _, j := range nameJoiners {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, j)...)
		}
		parts = next
	}
	var names []string
	for _, p := range parts {
		p = strings.Trim(strings.TrimSpace(p), ",;")
		if p == "" {
			continue
		}
		if !readsAsName(p) {
			return nil
		}
		names = append(names, p)
		if len(names) >= 10 {
			break
		}
	}
	return names
}

// readsAsName reports a person's or desk's name: one to five words, each
// capitalised (or a particle, or an initial), or written in a script
// without letter case.
func readsAsName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	capital := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case nameParticles[w]:
		case unicode.IsUpper(r):
			capital++
		case unicode.IsLetter(r) && !unicode.IsLower(r):
			capital++ // a script without case
		default:
			return false
		}
	}
	return capital > 0
}

// chooseByline picks the byline from the markup's author sources, in their
// order of trust, and the page's visible byline line (read only when
// needed). The first source that names anyone is taken, as before, with
// two exceptions that a visible line corrects:
//
//   - An account handle ("kei_eno", "webnata": lower case or joined by "_"
//     or digits, no space) names no person. A later source or the visible
//     line that names one is taken instead; when none does, the handle is
//     kept, marked as an account ("@kei_eno"), not printed as a name.
//
//   - An organisation or department ("Digital Desk", "Departamento de TI",
//     the site's own name) signs pages its people wrote. A visible line
//     that names a person ("Publicado por: Ana Lima") is taken instead;
//     pages whose visible line names none keep the markup's author.
//
//   - Initials ("AS": bylines_initials.go) give way to a person's name in
//     a later source or the visible line, else to the name the author's
//     address spells (initialsName); alone, they are kept.
//
// A source that gives the page's headline or a heading of it names no
// one (a mislabelled element, another post's title) and is passed over.
//
// What is chosen is then written the one way (creditedByline): the
// persons when it names any, the organisation's name when it names only
// organisations.
func chooseByline(markup [][]string, visible func() string, orgs, headings []string, initialsName func(string) string) string {
	return creditedByline(pickByline(markup, visible, orgs, headings, initialsName), orgs)
}

func pickByline(markup [][]string, visible func() string, orgs, headings []string, initialsName func(string) string) string {
	clean := func(names []string) string {
		b := cleanByline(names)
		if b != "" && isHeading(b, headings) {
			return ""
		}
		return dropTrailingOrg(b, orgs)
	}
	first := ""
	for _, names := range markup {
		if first = clean(names); first != "" {
			break
		}
	}
	switch {
	case first == "":
		return visible()
	case allHandles(first):
		for _, names := range markup {
			if b := clean(names); b != "" && !allHandles(b) {
				return b
			}
		}
		if v := visible(); v != "" && !allHandles(v) {
			return v
		}
		return markHandles(first)
	case allInitials(first):
		person := func(b string) bool {
			return b != "" && !allHandles(b) && !allInitials(b) && !readsAsOrganisation(b, orgs)
		}
		for _, names := range markup {
			if b := clean(names); person(b) {
				return b
			}
		}
		if v := visible(); person(v) {
			return v
		}
		if initialsName != nil && !strings.Contains(first, ", ") {
			if n := initialsName(first); n != "" {
				return n
			}
		}
	case readsAsOrganisation(first, orgs):
		if v := visible(); v != "" && !allHandles(v) && !readsAsOrganisation(v, orgs) && !namesWithin(v, first) {
			return v
		}
		for _, names := range markup {
			if b := clean(names); b != "" && !allHandles(b) && !readsAsOrganisation(b, orgs) && !namesWithin(b, first) && fullNames(b) {
				return b
			}
		}
	default:
		if v := visible(); coAuthored(v, first, orgs) {
			return v
		}
	}
	return first
}

// coAuthored reports a visible byline that names every writer the markup
// names and more: a content system's structured data often lists only
// the story's first or filing writer while the line readers see credits
// all of them ("By Jana Novak and Tomas Kral" over a JSON-LD author of
// "Jana Novak"). Every added name must be a person's full name, not an
// organisation's, so a credit line that adds the agency or a place
// ("Jana Novak, Reuters") leaves the markup's byline as it was.
func coAuthored(v, first string, orgs []string) bool {
	if v == "" || len(bylineParts(v)) <= len(bylineParts(first)) || !namesWithin(first, v) || !fullNames(v) || allHandles(v) {
		return false
	}
	for _, p := range bylineParts(v) {
		if creditOrg(p, orgs) || readsAsOrganisation(p, orgs) {
			return false
		}
	}
	return true
}

// fullNames reports a byline whose every name has two words or more, or
// is written in a script without spaces between words: a person's full
// name. A later author element that gives one word beside an agency's
// name is its dateline ("Reuters," then "Washington,"), no writer.
func fullNames(b string) bool {
	for _, p := range bylineParts(b) {
		if len(strings.Fields(p)) >= 2 {
			continue
		}
		spaced := false
		for _, r := range p {
			if unicode.IsLetter(r) && !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai) {
				spaced = true
				break
			}
		}
		if spaced {
			return false
		}
	}
	return true
}

// namesWithin reports a byline whose every name the other already gives
// ("Jane Doe" in "Jane Doe and John Roe Associated Press"): it says
// nothing the other does not.
func namesWithin(b, other string) bool {
	lo := strings.ToLower(other)
	for _, p := range bylineParts(b) {
		if !strings.Contains(lo, strings.ToLower(p)) {
			return false
		}
	}
	return true
}

// bylineParts splits a cleaned byline into its names.
func bylineParts(b string) []string { return strings.Split(b, ", ") }

// allHandles reports a byline whose every name is an account handle.
func allHandles(b string) bool {
	for _, p := range bylineParts(b) {
		if !isHandle(p) {
			return false
		}
	}
	return b != ""
}

// isHandle reports an account handle rather than a person's name: one
// word, marked by "@", or with "_" or a digit among its letters
// ("kei_eno", "jsmith82"), or wholly in lower-case letters ("webnata"):
// names are capitalised (scripts without case have no lower-case
// letters, so their names are not caught). Initials and abbreviations in capitals ("AP", "PTI") are not
// handles.
func isHandle(name string) bool {
	if name == "" || strings.ContainsAny(name, " \t") {
		return false
	}
	if strings.HasPrefix(name, "@") && len(name) > 1 {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsLetter(r) {
		return false // "18th", "2021": dates, not handles
	}
	letters, lower, marks := 0, 0, 0
	for _, r := range name {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		case r == '_' || unicode.IsDigit(r):
			marks++
		case r == '.' || r == '-':
		default:
			return false
		}
	}
	return letters > 0 && (marks > 0 || lower == letters)
}

// markHandles writes each handle of a byline as an account: "@kei_eno".
func markHandles(b string) string {
	parts := bylineParts(b)
	for i, p := range parts {
		if !strings.HasPrefix(p, "@") {
			parts[i] = "@" + p
		}
	}
	return strings.Join(parts, ", ")
}

// orgWords are words that name an organisation, a desk or a department
// rather than a person, in the languages whose pages are read.
var orgWords = map[string]bool{
	"desk": true, "team": true, "staff": true, "newsroom": true, "editorial": true, "editors": true, "redaktion": true,
	"redacción": true, "redaccion": true, "redação": true, "redacao": true, "redazione": true, "rédaction": true, "redactie": true,
	"department": true, "dept": true, "departamento": true, "departement": true, "département": true, "dipartimento": true,
	"abteilung": true, "coordenadoria": true, "coordinación": true, "coordenação": true, "assessoria": true, "secretaria": true,
	"bureau": true, "agency": true, "agencia": true, "agência": true, "agence": true, "agentur": true, "service": true,
	"services": true, "servicio": true, "serviço": true, "wire": true, "wires": true, "news": true, "noticias": true,
	"notícias": true, "nachrichten": true, "press": true, "prensa": true, "imprensa": true, "presse": true, "media": true,
	"office": true, "ministry": true, "ministerio": true, "ministério": true, "division": true, "group": true, "inc": true,
	"ltd": true, "llc": true, "gmbh": true, "corp": true, "company": true, "web": true, "digital": true, "online": true,
	"reports": true, "correspondents": true, "reporters": true, "communications": true, "comunicação": true,
	"comunicación": true, "kommunikation": true, "marketing": true, "admin": true, "webmaster": true,
}

// orgAbbreviations are department abbreviations written in capitals
// ("Departamento de TI", "IT Team"); lower-case "it" is a word.
var orgAbbreviations = map[string]bool{"IT": true, "TI": true, "PR": true, "HR": true, "RH": true, "EDV": true}

// readsAsOrganisation reports a byline that names only organisations: each
// of its names holds an organisation word or is one of orgs, the names
// the page gives itself and its owner (site name, publisher, copyright
// holder).
func readsAsOrganisation(b string, orgs []string) bool {
	for _, p := range bylineParts(b) {
		if !creditOrg(p, orgs) {
			return false
		}
	}
	return b != ""
}

// creditOrg reports a byline name that is an organisation's: orgName's
// (an organisation word, the page's own names) or a news medium's
// (mediaName).
func creditOrg(name string, orgs []string) bool {
	return orgName(name, orgs) || mediaName(name)
}

// mediaName reports a news medium's name in a byline: a wire agency's
// abbreviation in capitals ("PTI", "AFP"), or words that are all media
// words or name particles, the last a media word ("Reuters", "CNN", "BBC
// News", "Al Jazeera", "Associated Press"). A person's name has a word
// that is neither ("Michael J. Fox", "Tom Press").
func mediaName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	if len(words) == 1 && wireAbbreviations[words[0]] {
		return true
	}
	media0 := false
	for _, w := range words {
		w = strings.Trim(w, ".,")
		switch {
		case media.Word(w):
			media0 = true
		case nameParticles[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return media0 && media.Word(strings.Trim(words[len(words)-1], ".,"))
}

// staffWords name a newsroom's people as a body ("Reuters Staff", "Al
// Jazeera Staff Writers", "Gazette Newsroom"): after an organisation's
// name they say the organisation wrote the page.
var staffWords = map[string]bool{"staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true,
	"correspondent": true, "correspondents": true, "newsroom": true, "desk": true, "team": true, "editorial": true,
	"editors": true, "redaktion": true, "redacción": true, "redação": true, "redazione": true, "rédaction": true}

// creditedByline writes a chosen byline the one way, as schema.org's
// author and the news sites' own markup do: persons first, the
// organisation when no person is named.
//
//   - A credit that names persons and organisations ("Jane Doe, CNN",
//     "Charlie Wood, Business Insider", "Reuters, Jane Doe") keeps the
//     persons; the organisation is the page's or the agency's, not a
//     writer. A byline that names only organisations is kept.
//   - An organisation's byline of one name that ends in staff words
//     ("Reuters Staff", "By Al Jazeera Staff") is the organisation's name
//     ("Reuters", "Al Jazeera"), when what is left is one (the page's own
//     name, a news medium's; "Gazette" alone is no name and "Digital Desk"
//     is kept whole).
func creditedByline(b string, orgs []string) string {
	if b == "" {
		return b
	}
	parts := bylineParts(b)
	if len(parts) > 1 {
		var persons []string
		for _, p := range parts {
			if !creditOrg(p, orgs) {
				persons = append(persons, p)
			}
		}
		// One word beside an agency is its dateline's place ("Reuters,
		// Washington"), no person: the credit is kept as given.
		if len(persons) > 0 && len(persons) < len(parts) && fullNames(strings.Join(persons, ", ")) {
			return strings.Join(persons, ", ")
		}
		return b
	}
	words := strings.Fields(b)
	k := len(words)
	for k > 0 && staffWords[strings.ToLower(words[k-1])] {
		k--
	}
	if k == 0 || k == len(words) {
		return b
	}
	rest := strings.Join(words[:k], " ")
	if ownOrgName(rest, orgs) || mediaName(rest) && !(k == 1 && media.Head(rest)) {
		return rest
	}
	return b
}

// ownOrgName reports a name that is one of the page's own names (site,
// publisher, copyright holder).
func ownOrgName(name string, orgs []string) bool {
	for _, o := range orgs {
		if o = strings.TrimSpace(o); o != "" && ownName(name, o) {
			return true
		}
	}
	return false
}

func orgName(name string, orgs []string) bool {
	name = strings.TrimSpace(name)
	for _, o := range orgs {
		if o = strings.TrimSpace(o); o != "" && ownName(name, o) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if orgWords[strings.ToLower(w)] || orgAbbreviations[w] {
			return true
		}
	}
	return false
}

// ownName reports a name that is the page's own name o, or o without its
// domain ending ("Snopes" on "Snopes.com"), or the name o's line holds
// in whole words ("Condé Nast" in "Copyright (c) Condé Nast 2019", "Sky"
// in "Sky News").
func ownName(name, o string) bool {
	if strings.EqualFold(name, o) {
		return true
	}
	if i := strings.LastIndexByte(o, '.'); i > 0 && len(o)-i <= 7 && strings.EqualFold(name, o[:i]) {
		return true
	}
	nw := strings.Fields(strings.ToLower(name))
	ow := strings.FieldsFunc(strings.ToLower(o), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' })
	for i := 0; len(nw) > 0 && i+len(nw) <= len(ow); i++ {
		if slices.Equal(ow[i:i+len(nw)], nw) {
			return true
		}
	}
	return false
}

// weekdays are the weekday names a byline line runs on into ("By Jane Doe
// Monday, November 18"), never part of a name. The Spanish "domingo" is a
// surname and left out.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true,
	"freitag": true, "samstag": true, "sonntag": true, "lundi": true, "mardi": true, "mercredi": true, "jeudi": true,
	"vendredi": true, "samedi": true, "dimanche": true, "lunes": true, "miércoles": true, "jueves": true, "viernes": true}

// cutAtWeekday cuts s before its first weekday word ("Jeff Foust Monday"
// is "Jeff Foust"), and the commas and spaces before it.
func cutAtWeekday(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,;:"))
		if weekdays[lw] || strings.HasSuffix(lw, "-feira") {
			return strings.TrimRight(strings.Join(words[:i], " "), " ,;:-–—|·")
		}
	}
	return s
}

// othersAuthorTokens are class and id words of the containers whose
// author is someone other than the page's writer: a reader's comment, a
// fact-check's claim and its claimant ("statement-author"), a quotation
// or a testimonial.
var othersAuthorTokens = map[string]bool{"comment": true, "comments": true, "commentlist": true, "respond": true,
	"statement": true, "claim": true, "claimant": true, "quote": true, "blockquote": true, "testimonial": true,
	"testimonials": true}

// othersAuthor reports an author element (class "author", itemprop or
// rel author) that names the author of something the page shows rather
// than of the page: inside a comment, a quoted statement or a blockquote
// ("comment-author", an embedded post's author, a fact-check's claimant).
func othersAuthor(n *html.Node) bool {
	for p, i := n, 0; p != nil && p.Type == html.ElementNode && i < 12; p, i = p.Parent, i+1 {
		if p.DataAtom == atom.Blockquote || p.DataAtom == atom.Q {
			return true
		}
		c := strings.ToLower(attr(p, "class") + " " + attr(p, "id"))
		if c != " " && classTokens(c, func(t string) bool { return othersAuthorTokens[t] }) {
			return true
		}
	}
	return false
}

// isHeading reports a byline that is the page's title or one of its
// headings, or holds one: names are no headlines.
func isHeading(b string, headings []string) bool {
	lb := strings.ToLower(b)
	for _, h := range headings {
		if lh := strings.ToLower(strings.TrimSpace(h)); lh != "" && (lb == lh || len(strings.Fields(lh)) >= 4 && strings.Contains(lb, lh)) {
			return true
		}
	}
	return false
}

// nameFunctionWords are the lower-case words a byline's name part may
// hold besides particles ("Analysis by Jane Doe", "Jane Doe in Kyiv",
// "Mira Holt and Tomas Berg").
var nameFunctionWords = map[string]bool{"and": true, "und": true, "e": true, "y": true, "et": true, "en": true, "i": true,
	"и": true, "by": true, "par": true, "por": true, "in": true, "at": true, "for": true, "from": true, "with": true,
	"of": true, "the": true, "für": true, "aus": true, "em": true, "à": true, "na": true, "no": true}

// readsAsPhrase reports a byline name that reads as a phrase of the
// text, not a name: capitalised words beside a lower-case content word
// ("The Russian and Syrian defense ministries", "Officials said"). A
// name's lower-case words are particles, joiners, prepositions and
// desk words ("Detroit News wire services", "Science X staff"). Only
// the part before the first comma is read: a role may follow ("Mira
// Holt, staff writer"). Wholly lower-case names are handles or
// carelessly typed names and are left to isHandle.
func readsAsPhrase(name string) bool {
	name, _, _ = strings.Cut(name, ",")
	capital, content := false, false
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(strings.Trim(w, ".:;()[]\"'“”‘’"))
		switch {
		case unicode.IsUpper(r):
			capital = true
		case !unicode.IsLower(r), nameParticles[lw], nameFunctionWords[lw], orgWords[lw]:
		default:
			content = true
		}
	}
	return capital && content
}

// isBylineLine reports a line of the page that is a byline and nothing
// more: a byline lead, after at most a date and a separator, then names
// ("By Mira Holt | July 28, 2021", "05/10/2018 - Posted by: Ana Lima -
// Category: Health - Tags: ...").
func isBylineLine(s string) bool {
	return len(s) <= maxBylineText && hasBylineLead(s) && len(bylineNames(s)) > 0
}

// runOnNames reads a byline element whose text runs its fields together:
// the writer's name element, then a sibling element naming the
// publication or the writer's title, with nothing between them but white
// space ("<span class=author>Tom Hale</span> <span
// class=publication>Harbour Press</span>" reads "Tom Hale Harbour Press").
// nested are the texts of the byline elements inside it; those that name
// an organisation (orgName: the page's own names, "Associated Press") are
// the publication's field, not names. When the element's text opens
// with one or more of the others (joined by commas or "and") and goes on
// past them, those names are the byline and the rest is another field;
// nil when it does not (the element's text is the nested names and
// nothing more, or does not open with them).
func runOnNames(outer string, nested, orgs []string) []string {
	rest := cleanByline([]string{outer})
	var inner []string
	for _, n := range nested {
		if c := cleanByline([]string{n}); c != "" && !orgName(c, orgs) {
			inner = append(inner, c)
		}
	}
	var names []string
	for len(names) < 10 {
		if len(names) > 0 {
			rest = trimJoiner(rest)
		}
		matched := false
		for _, n := range inner {
			if len(rest) >= len(n) && strings.EqualFold(rest[:len(n)], n) && (len(rest) == len(n) || !isNameByte(rest[len(n)])) {
				names = append(names, rest[:len(n)])
				rest = strings.TrimLeft(rest[len(n):], " ")
				matched = true
				break
			}
		}
		if !matched || rest == "" {
			break
		}
	}
	if len(names) == 0 || strings.TrimLeft(rest, " ,;|·•-–—") == "" {
		return nil
	}
	return names
}

// isNameByte reports a byte that continues a word of a name: a name
// element's text is a prefix of a longer text only at a word's end.
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 || c == '\'' || c == '-' || c == '.'
}

// trimJoiner cuts the comma or joining word ("and", "und", "e", "&")
// that opens s, and the spaces around it.
func trimJoiner(s string) string {
	s = strings.TrimLeft(s, " ")
	for _, j := range nameJoiners {
		if j = strings.TrimLeft(j, " "); strings.HasPrefix(s, j) {
			return strings.TrimLeft(s[len(j):], " ")
		}
	}
	return s
}

// wireAbbreviations are news agencies that sign in capitals and are not
// in the media word list (internal/nlp/media): "Jane Doe PTI" ends in the
// agency, not in the writer's initials.
var wireAbbreviations = map[string]bool{"PTI": true, "UPI": true, "DPA": true, "EFE": true, "ANI": true, "IANS": true,
	"ANSA": true, "APA": true, "AAP": true, "CP": true, "PA": true, "KNA": true, "EPA": true, "UNI": true, "ANP": true}

// dropTrailingOrg cuts the organisation a byline's last name runs on
// into when the page gave them without a separator ("Tom Hale Harbour
// Press Service" from a meta tag, "Jane Doe USA TODAY"): the
// organisation is one of orgs, the page's own names, spelt with or
// without spaces ("Florida Today" for the site "floridatoday"), two or
// more news media words ("Associated Press", "Fox News"), or an agency's
// abbreviation in capitals after a name that is not ("Jane Doe AP").
// What is left must still read as a person's name of two or more words
// that does not end in an initial ("Michael J. Fox" keeps its "Fox") nor
// name an organisation itself ("India Post News Weekly" is one name).
// The byline has no field for the organisation: it is dropped.
func dropTrailingOrg(b string, orgs []string) string {
	// The last name of the byline starts after its last joiner.
	start := 0
	for _, j := range nameJoiners {
		if i := strings.LastIndex(b, j); i >= 0 && i+len(j) > start {
			start = i + len(j)
		}
	}
	words := strings.Fields(b[start:])
	for k := min(4, len(words)-2); k >= 1; k-- {
		head, tail := words[:len(words)-k], words[len(words)-k:]
		last := head[len(head)-1]
		hs := strings.Join(head, " ")
		// The head is an organisation's name itself ("India Post News
		// Weekly"): the whole is one organisation.
		if !readsAsName(hs) || utf8.RuneCountInString(strings.TrimRight(last, ".")) == 1 || orgName(hs, orgs) || media.Head(last) || media.PlaceHead(last) {
			continue
		}
		if trailingOrg(tail, head, orgs) {
			return strings.TrimSpace(b[:start] + hs)
		}
	}
	return b
}

// trailingOrg reports words that name an organisation after a name head
// (see dropTrailingOrg).
func trailingOrg(tail, head []string, orgs []string) bool {
	joined := strings.Join(tail, " ")
	if sq := squash(joined); len(sq) >= 4 {
		for _, o := range orgs {
			o = strings.TrimSpace(o)
			if i := strings.LastIndexByte(o, '.'); i > 0 && len(o)-i <= 7 && !strings.Contains(o, " ") {
				o = o[:i] // "usatoday.com"
			}
			if squash(o) == sq {
				return true
			}
		}
	}
	words := tail
	if len(words) > 2 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) >= 2 {
		for _, w := range words {
			if !media.Word(strings.Trim(w, ".,")) {
				return false
			}
		}
		return true
	}
	w := words[0]
	return len(tail) == 1 && w == strings.ToUpper(w) && (media.Word(w) || wireAbbreviations[w]) &&
		strings.Join(head, " ") != strings.ToUpper(strings.Join(head, " "))
}

// squash lower-cases s and keeps only its letters and digits: "USA
// TODAY" and "usatoday" are one name.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameSuffixes end a name with a full stop and are no sentence's end
// ("Jane Doe Jr. and ...").
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "esq": true, "phd": true, "inc": true, "ltd": true, "co": true, "corp": true}

// cutAtStop cuts a byline at a full stop that ends a name of two or more
// words ("Finian Cunningham. Harbour International", "Mira Holt. Staff
// writer"): what follows is another field run on into the name. A stop
// after an initial ("Trevor J. Mitchell"), a title before the name ("Dr.
// Jane Doe", "Mrs. Doe") or a suffix ("Jr.") is no such end.
func cutAtStop(s string) string {
	words := strings.Fields(s)
	for i := 1; i+1 < len(words); i++ {
		w := words[i]
		if !strings.HasSuffix(w, ".") {
			continue
		}
		core := strings.TrimSuffix(w, ".")
		r, _ := utf8.DecodeRuneInString(words[i+1])
		if utf8.RuneCountInString(core) < 3 || strings.Contains(core, ".") || nameSuffixes[strings.ToLower(core)] || !unicode.IsUpper(r) {
			continue
		}
		return strings.Join(words[:i], " ") + " " + core
	}
	return s
}
