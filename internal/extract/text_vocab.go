package extract

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Vocabulary and shape tests for plain-text furniture. The word lists are
// generic web furniture in several languages (subscribe, newsletter, share,
// cookies, "read more", "related"), not any one site's strings.

// txtStrongPromo lists phrases that almost only occur in promotions, share
// bars, cookie banners and link blocks. Matched on lower-cased text at word
// boundaries; a trailing "*" allows any word ending. Plain substring search
// is used rather than one big case-insensitive regexp, which was two orders
// of magnitude slower.
var txtStrongPromo = []string{
	// English
	"subscri*", "newsletter*", "sign up", "signing up", "sign in", "log in", "login", "unlimited access", "ad-free", "ad free",
	"free trial", "cancel anytime", "cancel any time", "/month", "/mo",
	"delivered to your door", "delivered to your inbox", "become a member", "become a subscriber",
	"support our journalism", "support independent journalism", "app access", "download the app", "download our app",
	"podcast*", "premium content", "premium access", "premium membership",
	"share this", "share on", "share via", "share the story", "share article", "copy link", "email this", "print this",
	"we use cookies", "cookie policy", "cookie settings", "cookie preferences", "privacy policy", "terms of use",
	"terms of service", "accept cookies", "accept all cookies", "by continuing to use", "by continuing to browse",
	"editor's pick*", "editors' pick*", "editors pick*", "read more", "read also", "also read", "see also",
	"related articles", "related article", "related stories", "related content", "related posts", "related coverage",
	"related topics", "related news", "more from", "most popular", "most read", "most viewed", "most shared", "most emailed",
	"trending now", "recommended for you", "recommended stories", "recommended reading", "recommended articles",
	"you may also like", "you might also like", "you may also be interested", "you might also be interested",
	"don't miss", "dont miss", "sponsored content", "sponsored by", "advertisement", "partner content", "continue reading",
	"story continues below", "click here", "follow us", "all rights reserved", "top stories", "latest news", "more stories",
	"skip to content", "skip to main content", "back to top", "min read",
	// German
	"abonnieren", "abonnement", "jetzt anmelden", "jetzt lesen", "jetzt testen", "mehr zum thema", "lesen sie auch",
	"auch interessant", "anzeige", "werbung", "datenschutzerklärung", "artikel teilen",
	// French
	"abonnez-vous", "s'abonner", "inscrivez-vous", "lire aussi", "voir aussi", "les plus lus", "publicité",
	"partager cet", "partager sur",
	// Spanish / Portuguese
	"suscríbete", "suscripción", "suscribirse", "regístrate", "lea también", "leer más", "lo más leído", "publicidad",
	"compartir en", "compartir este", "assine", "assinatura", "leia também", "leia mais", "compartilhe",
	// Italian / Dutch
	"iscriviti", "abbonati", "abbonamento", "leggi anche", "pubblicità", "condividi", "lees ook", "lees meer",
	"abonneer*", "advertentie",
}

// txtCountPromo counts promo phrases in lower-cased text, up to max.
func txtCountPromo(lower string, max int) int {
	n := 0
	for _, p := range txtStrongPromo {
		prefix := strings.HasSuffix(p, "*")
		p = strings.TrimSuffix(p, "*")
		from := 0
		for from < len(lower) {
			i := strings.Index(lower[from:], p)
			if i < 0 {
				break
			}
			i += from
			from = i + len(p)
			if txtWordBoundaryBefore(lower, i, p) && (prefix || txtWordBoundaryAfter(lower, from, p)) {
				n++
				if n >= max {
					return n
				}
				break // one hit per phrase is enough
			}
		}
	}
	return n
}

func txtWordBoundaryBefore(s string, i int, p string) bool {
	if i == 0 || !txtIsWordByte(p[0]) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func txtWordBoundaryAfter(s string, j int, p string) bool {
	if j >= len(s) || !txtIsWordByte(p[len(p)-1]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func txtIsWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// txtWeakPromo are words that are furniture on their own but ordinary in news
// prose ("Facebook said..."): they only count in short units made of little else.
var txtWeakPromo = map[string]bool{
	"share": true, "shares": true, "tweet": true, "email": true, "e-mail": true, "print": true, "facebook": true,
	"twitter": true, "x": true, "linkedin": true, "whatsapp": true, "reddit": true, "pinterest": true,
	"telegram": true, "flipboard": true, "comments": true, "comment": true, "save": true, "copy": true,
	"link": true, "menu": true, "home": true, "search": true, "login": true, "register": true, "app": true,
	"advertisement": true, "ad": true, "ads": true, "subscribe": true, "newsletter": true, "follow": true,
	"us": true, "on": true, "teilen": true, "partager": true, "compartir": true, "condividi": true, "delen": true,
	"cookies": true, "accept": true, "close": true, "more": true, "video": true, "photos": true,
}

// txtSectionHeader matches the heading of a link block or promo tail, by
// language: lists of other stories ("Related", "You may also like"), most
// read and latest boxes, and the closing sections of a press release or
// an opinion page ("Media contact", "About the author"). A trailing colon,
// full stop or ellipsis ("Você pode gostar...") is part of the heading.
var txtSectionHeader = regexp.MustCompile(`(?i)^(?:` + strings.Join(slices.Concat([]string{
	// English
	`editor'?s'? picks?`, `read (?:more|also|next)`, `(?:also|further) read(?:ing)?`, `see also`, `related(?: \w+)?`,
	`more (?:from|on|about|news|stories|like this)(?: .*)?`, `more (?:\S+ ){1,3}(?:stories|news|articles|reads)`, `most (?:popular|read|viewed|shared)`, `trending(?: now| stories)?`,
	`recommended(?: for you| stories| reading)?`, `you (?:may|might) (?:also )?(?:like|enjoy)`, `you (?:may|might) also be interested(?: in)?`,
	`don'?t miss`, `top stories`, `latest(?: news| stories)?`, `popular(?: now| stories)?`, `what to read next`, `up next`,
	`sponsored(?: stories| content)?`,
	`about (?:the author|the authors|us|this (?:site|newsletter))`, `media contacts?`, `press contacts?`, `notes to editors`,
}, []string{
	// French
	`lire aussi`, `à lire aussi`, `à lire également`, `voir aussi`, `les plus lus`, `sur le même sujet`, `articles similaires`,
	`vous aimerez (?:aussi|peut-être(?: aussi)?)`, `vous pourriez (?:aussi )?aimer`, `à propos(?: de l'auteur)?`,
}, []string{
	// German
	`mehr zum thema`, `lesen sie auch`, `(?:das )?könnte (?:sie|dich) auch interessieren`, `auch interessant`, `meistgelesen`,
	`weitere artikel`, `ähnliche artikel`, `über uns`,
}, []string{
	// Spanish
	`lea también`, `lee también`, `(?:también )?te (?:puede|podría) interesar`, `(?:también )?le (?:puede|podría) interesar`,
	`quizás te interese`, `lo más leído`, `más noticias`, `noticias relacionadas`, `artículos relacionados`,
	`entradas relacionadas`, `sobre el autor`,
}, []string{
	// Portuguese
	`leia também`, `veja também`, `você (?:também )?pode gostar(?: de)?`, `você pode se interessar(?: por)?`, `mais lidas`,
	`notícias relacionadas`, `matérias relacionadas`, `posts relacionados`, `artigos relacionados`, `sobre o autor`,
}, []string{
	// Italian
	`leggi anche`, `i più letti`, `(?:ti )?potrebbe(?:ro)? (?:anche )?interessarti`, `ti potrebbe(?:ro)? (?:anche )?interessare`,
	`(?:ti )?potrebbe anche piacer(?:ti|e)`, `articoli correlati`,
}, []string{
	// Dutch
	`lees ook`, `meest gelezen`, `misschien ook interessant`, `gerelateerde artikelen`,
}), "|") + `)\s*(?:[:.]|\.\.\.|…)?$|(?-i:^About (?:the )?\p{Lu}[^.!?:]{0,60}$)`)

// txtCommentsHeader matches the heading of a reader-comments section;
// everything after it is comments, prose or not.
var txtCommentsHeader = regexp.MustCompile(`(?i)^(?:\d+\s+)?(?:comments?|reader comments|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|` +
	`\d+\s+(?:responses?|replies)(?: to .{1,80})?|kommentare|kommentieren|commentaires|réagir|comentarios|comentários|commenti|reacties)\s*(?:\(\d+\))?\s*[:.]?$`)

// txtReaderAddress marks text that speaks to the reader, as promotions do:
// the second person, or an imperative call to act at the start. ("We" and
// "our" are not enough: quoted speech is full of them.)
var txtReaderAddress = regexp.MustCompile(`(?i)\b(?:you|your|yours|vous|votre|vos|dich|dein|deine|tu|tus|usted|ustedes|você|vocês|voi|vostro)\b|` +
	`(?i)^(?:subscribe|sign|log|download|follow|share|click|tap|read|get|join|support|donate|try|register|listen|watch|see|` +
	`abonnez|inscrivez|téléchargez|suivez|partagez|lisez|abonnieren|jetzt|folgen|teilen|lesen|suscríbete|regístrate|descarga|sigue|` +
	`comparte|lee|iscriviti|abbonati|scarica|segui|condividi|leggi|assine|baixe|siga|compartilhe|leia)\b`)

// txtPromoKind grades a unit: 2 = promotion or furniture, 1 = a link-block
// header (what follows is furniture too), 0 = content.
func txtPromoKind(u *txtUnit, words int, prose bool) int {
	t := strings.TrimSpace(u.text)
	if words <= 8 && txtSectionHeader.MatchString(t) {
		return 1
	}
	strong := txtCountPromo(strings.ToLower(t), 4)
	if words <= 20 && (strings.HasPrefix(t, "©") || strings.HasPrefix(strings.ToLower(t), "copyright ")) {
		strong++ // a copyright line
	}
	if strong > 0 {
		switch {
		case !prose && words <= 20:
			return 2
		case words <= 40 && txtReaderAddress.MatchString(t):
			return 2
		case strong >= 3 && words <= 80:
			return 2
		}
	}
	if words <= 10 {
		// "Facebook Twitter Email Print", "Share 12 Comments": only furniture words.
		weak, other := 0, 0
		for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-'
		}) {
			if txtWeakPromo[w] {
				weak++
			} else {
				other++
			}
		}
		if weak >= 1 && other == 0 {
			return 2
		}
	}
	// Lines with no letters at all ("1 / 12", "***", "12:04") and bare
	// links are page furniture.
	if !strings.ContainsFunc(t, unicode.IsLetter) {
		return 2
	}
	if !strings.Contains(t, " ") && (strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "www.")) {
		return 2
	}
	// "Read more: <headline>", "RELATED: <headline>".
	if i := strings.IndexAny(t, ":|"); i > 0 && i < 30 && txtSectionHeader.MatchString(strings.TrimSpace(t[:i])) {
		return 2
	}
	return 0
}

// txtWordCount counts words; CJK characters count as half a word each, as
// those scripts do not separate words with spaces.
func txtWordCount(s string) int {
	n, cjk := 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			cjk++
			inWord = false
		case unicode.IsSpace(r):
			inWord = false
		default:
			if !inWord && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				n++
				inWord = true
			}
		}
	}
	return n + cjk/2
}

// txtEndsTerminal reports whether s ends a sentence (. ! ? … and CJK stops,
// before closing quotes and brackets).
func txtEndsTerminal(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]*")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？", r)
}

// txtBylineRe matches a byline: "By Jane Doe", "BY JANE DOE AND JOHN ROE",
// "Von Max Muster", "Par Jean Dupont", "Written by ...".
var txtBylineRe = regexp.MustCompile(`^(?i:(?:written |story |words |text |reported |posted )?by|von|par|por|di|door|av|af|autor(?:a)?:|author:|auteur:|texto:)\s+(.+)$`)

// txtByline returns the names of a byline unit, or "".
func txtByline(t string, words int) string {
	if words > 14 {
		return ""
	}
	m := txtBylineRe.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	name := m[1]
	// Cut what follows the names: "| July 30, 2021", " - Updated ...", ", 3:04 PM".
	for _, sep := range []string{" | ", " · ", " • ", " - ", " – ", " — ", " on "} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	if i := strings.Index(name, ", "); i > 0 && strings.ContainsAny(name[i:], "0123456789") {
		name = name[:i]
	}
	name = strings.TrimRight(strings.TrimSpace(name), ",.;:")
	// Names are capitalised words (or connectors): "By the way, ..." is not a byline.
	caps, n := 0, 0
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	if n == 0 || n > 10 || caps*3 < n*2 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) {
		return ""
	}
	return name
}

// txtDatelineRe matches a wire dateline at the start of a paragraph:
// "WASHINGTON (Reuters) -", "SEOUL, July 30 (AP) —", "PARIS -". The place
// may carry both its country or state and the date ("BUENOS AIRES,
// Argentina, Feb. 7 (AP) -"), and the date its year, as syndicated and
// agency copy often writes it ("KHARTOUM, March 4, 2025 (Reuters) -").
// French, Spanish, Portuguese and German agencies put the day first
// ("N'DJAMENA, 25 mars 2026 (AFP) -", "MADRID, 25 de marzo de 2026
// (EFE).-", "BERLIN, 25. März 2026 (dpa) -"); the group dmon holds that
// date's month word, which txtDatelineIndex checks against txtMonths.
var txtDatelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{M} .'’/-]{1,40}(?:, [\p{L}. ]{2,30}(?: \d{1,2})?){0,2}(?:, \d{4}|, \d{1,2}\.?(?: de)? (?P<dmon>\p{L}{3,10})\.?(?:(?: de)? \d{4})?)?(?P<agency> \([\p{L}\p{N} .&/-]{1,40}\)\.?)?\s*[-–—:]+(?:\s|$)`)

// txtDatelineDMon and txtDatelineAgency are the indexes of the dmon and
// agency groups of txtDatelineRe.
var (
	txtDatelineDMon   = txtDatelineRe.SubexpIndex("dmon")
	txtDatelineAgency = txtDatelineRe.SubexpIndex("agency")
)

// txtDatelineIndex is where the wire dateline opening s is (as
// FindStringIndex), or nil. A day-first date's word must be a month name:
// "UN, 25 killed: ..." opens with no dateline.
func txtDatelineIndex(s string) []int {
	m := txtDatelineRe.FindStringSubmatchIndex(s)
	if m == nil {
		return txtTitleDatelineIndex(s)
	}
	if g := 2 * txtDatelineDMon; m[g] >= 0 {
		if _, ok := txtMonths[strings.ToLower(s[m[g]:m[g+1]])]; !ok {
			return txtTitleDatelineIndex(s)
		}
	}
	if g := 2 * txtDatelineAgency; m[g] >= 0 && !datelineAgencyLike(s[m[g]:m[g+1]]) {
		// "PALM BAY (1-0): ...", "ENGLAND (GROUP A) - ...": results
		// set in capitals put a record or group where a dateline names
		// its agency. A place with no bracket is checked below.
		return nil
	}
	if upperDatelineLabel(s[:m[1]]) || !upperBareDatelinePlace(s[:m[1]]) {
		return nil
	}
	return m[:2]
}

// upperBareDatelinePlace reports whether the upper-case dateline match d,
// when it is a bare word group before a dash with no qualifier, date or
// agency ("VIENNA — ", "PEPA – "), names a place the knowledge base knows:
// a city, capital or country (knownDatelinePlace) or a town of 10,000 or
// more. Wires write a place bare only for cities their readers know
// (smaller ones carry their state or country: "DEKALB, Ill. (AP) -"), while
// acronyms and shouted words open blog and column paragraphs in the same
// shape ("PEPA – die elektronische ..."). Any other match is left to the
// other checks and reported true.
func upperBareDatelinePlace(d string) bool {
	t := strings.TrimRight(d, " \t\n")
	if strings.ContainsAny(t, ",([:") {
		return true
	}
	place := strings.TrimSpace(strings.TrimRight(t, "-–— "))
	if place == "" || knownDatelinePlace(place) {
		return true
	}
	k, err := kb.Load()
	if err != nil || k == nil {
		return true // without the knowledge base, keep the shape's reading
	}
	return len(k.Towns(kb.Normalize(place))) > 0
}

// upperDatelineLabels are the first words of the upper-case labels that
// open columns, notes and promotions in the dateline's shape: "DEAR ABBY:",
// "EDITOR'S NOTE:", "UPDATE:", "CORRECTION -", "WATCH:", "OPINION:".
// Upper-case datelines need no known place (a wire names towns far below
// the knowledge base's size: "DEKALB, Ill. (AP) -"), so these words are
// what tells a label from a place; no place is named by one of them alone.
var upperDatelineLabels = map[string]bool{
	"DEAR": true, "EDITOR'S": true, "EDITOR’S": true, "EDITORS'": true, "EDITORS": true,
	"UPDATE": true, "UPDATED": true, "UPDATES": true, "CORRECTION": true, "CORRECTIONS": true,
	"CLARIFICATION": true, "WATCH": true, "OPINION": true, "EDITORIAL": true, "ANALYSIS": true,
	"COMMENTARY": true, "BREAKING": true, "EXCLUSIVE": true, "LISTEN": true, "PHOTOS": true,
	"VIDEO": true, "READ": true, "RELATED": true, "ADVERTISEMENT": true, "SPONSORED": true,
	"NOTE": true, "ASK": true, "LETTER": true, "LETTERS": true, "REVIEW": true, "PODCAST": true,
}

// upperDatelineLabel reports whether the upper-case dateline match d is a
// column or note label instead: its first word is one of
// upperDatelineLabels ("DEAR ABBY: My husband ..."), or it is a bare
// word group ended by a colon, with no qualifier, date or agency, that
// names no place the knowledge base knows ("BOTTOM LINE: ..."). A colon
// after a bare place is how labels are set; wires end a bare dateline
// with a dash, and their colon datelines name known places ("LONDON:").
func upperDatelineLabel(d string) bool {
	first, _, _ := strings.Cut(d, " ")
	first = strings.TrimRight(first, ",:-–—")
	if upperDatelineLabels[first] {
		return true
	}
	if bare := strings.TrimSpace(strings.TrimRight(d, " \t\n:-–—")); bare == "I" || bare == "A" {
		return true // "I -- I never thought ...": a pronoun or article, no place
	}
	place := strings.TrimRight(d, " \t\n")
	if !strings.HasSuffix(place, ":") || strings.ContainsAny(place, ",()[") {
		return false
	}
	place = strings.TrimSpace(strings.TrimRight(place, ":-–— "))
	return !knownDatelinePlace(place)
}

// txtTitleDatelineRe matches a dateline whose place is written in title
// case, as many outlets and agencies write it: "Panama City, March 12
// (EFE) -", "Nairobi, Kenya (AFP) –", "Geneva, 3 March 2025 –", "Kabul
// [Afghanistan], March 10 (ANI):". A title-case place also opens ordinary
// sentences ("Panama City officials said ...", "Nairobi is ..."), so the
// shape asks for more than the upper-case one: the place (up to five
// words, the lower-case particles of names like "Rio de Janeiro" and "Dar
// es Salaam" allowed), its country or state after a comma or in square
// brackets, then a date (group mon holds its month word) or an agency in
// brackets or both (or, with neither, the country or state the place lies
// in), and the dash or colon that ends it. txtTitleDateline
// Index checks that the place is a known one and the month word a month.
var txtTitleDatelineRe = regexp.MustCompile(`^(?P<place>\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|da|do|dos|das|es|el|al|la|le|sur|upon|on|am)){0,4})` +
	`(?P<qual>(?:, \p{Lu}[\p{L}\p{M}.]*(?: \p{Lu}[\p{L}\p{M}.]*){0,2}){1,2}| \[\p{Lu}[\p{L}\p{M}. ]{1,30}\])?` +
	`(?P<date>,? (?:(?P<mmon>\p{L}{3,10})\.? \d{1,2}(?:, \d{4})?|\d{1,2}\.?(?: de)? (?P<dmon>\p{L}{3,10})\.?(?:(?: de)? \d{4})?))?` +
	`(?P<agency> \([\p{L}\p{N} .&/-]{1,40}\)\.?)?\s*[-–—:]+(?:\s|$)`)

var (
	txtTitleDatelinePlace  = txtTitleDatelineRe.SubexpIndex("place")
	txtTitleDatelineDate   = txtTitleDatelineRe.SubexpIndex("date")
	txtTitleDatelineMMon   = txtTitleDatelineRe.SubexpIndex("mmon")
	txtTitleDatelineDMon   = txtTitleDatelineRe.SubexpIndex("dmon")
	txtTitleDatelineAgency = txtTitleDatelineRe.SubexpIndex("agency")
	txtTitleDatelineQual   = txtTitleDatelineRe.SubexpIndex("qual")
)

// txtTitleDatelineIndex is where the title-case dateline opening s is (as
// FindStringIndex), or nil. It needs a date or an agency ("Nairobi - a
// city of..." is no dateline), a month name for the date's month word, and
// a place the knowledge base knows (knownDatelinePlace): "Officials, March
// 3 (AP) -" is no dateline. A place with neither needs the country or
// state it lies in after it (datelinePlaceIn).
func txtTitleDatelineIndex(s string) []int {
	m := txtTitleDatelineRe.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	group := func(i int) (string, bool) {
		if m[2*i] < 0 {
			return "", false
		}
		return s[m[2*i]:m[2*i+1]], true
	}
	_, dated := group(txtTitleDatelineDate)
	bracket, agency := group(txtTitleDatelineAgency)
	if agency && !datelineAgencyLike(bracket) {
		// "Palm Bay (1-0): ...", "England (Group A): ...": a team's
		// record or group, not the agency a dateline names.
		return nil
	}
	qual, _ := group(txtTitleDatelineQual)
	place, _ := group(txtTitleDatelinePlace)
	if !dated && !agency {
		// Without a date or an agency only a place followed by the
		// country or state it lies in is a dateline: "Nairobi, Kenya –",
		// "Washington, D.C., United States:". Two places of one country
		// in a row ("Nairobi, Mombasa – ...") are a list.
		if qual == "" && bareDatelinePlace(place, s[m[2*txtTitleDatelinePlace+1]:m[1]], s[m[1]:]) {
			return m[:2]
		}
		if !strings.HasPrefix(qual, ", ") || !datelinePlaceIn(place, strings.Split(qual[2:], ", ")) {
			return nil
		}
		return m[:2]
	}
	for _, g := range []int{txtTitleDatelineMMon, txtTitleDatelineDMon} {
		if w, ok := group(g); ok {
			if _, month := txtMonths[strings.ToLower(w)]; !month {
				return nil
			}
		}
	}
	if !knownDatelinePlace(place) && (!strings.HasPrefix(qual, ", ") || !datelinePlaceIn(place, strings.Split(qual[2:], ", "))) {
		// A place the knowledge base does not know by itself may still
		// be a US town with its state: "Dekalb, Ill., March 3 (AP) -".
		return nil
	}
	return m[:2]
}

// datelineAgencyLike reports whether bracket, the bracketed part of a
// dateline (" (Reuters)", " (EFE).", " (Wire One)"), looks like the
// agency or outlet a dateline names: up to four words, each capitalised
// ("(AP)", "(CNN Business)") or a short lower-case acronym alone ("(dpa)"),
// no digits and no lone letter. Sports results set a team or country in
// the same shape with its record or group instead ("Palm Bay (1-0):",
// "England (Group A):", "Hawks (Pool B) -"); an agency's name has no
// score and no group letter.
func datelineAgencyLike(bracket string) bool {
	b := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(bracket), "."))
	b = strings.TrimSuffix(strings.TrimPrefix(b, "("), ")")
	if b == "" || strings.ContainsFunc(b, unicode.IsDigit) && !stationCallSign(b) {
		return false
	}
	words := strings.Fields(b)
	if len(words) > 4 {
		return false
	}
	if len(words) == 1 {
		if n := utf8.RuneCountInString(b); n >= 2 && n <= 4 && strings.ToLower(b) == b && !strings.ContainsFunc(b, notLetter) {
			return true // "(dpa)", "(apa)": agencies that write their name in lower case
		}
		if joinedAgencies(b) {
			return true // "(dpa-AFX)", "(dpa/AFP)": a lower-case agency joined to another
		}
	}
	for _, w := range words {
		if w == "&" || w == "/" || !strings.ContainsFunc(w, notDigit) {
			continue // "&", "/" and a station's channel ("FOX 5")
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) == 1 && len(words) > 1 {
			return false // "(the wire)", "(Group A)"
		}
		switch strings.ToLower(w) {
		case "group", "pool":
			return false // "(Group Stage)", "(Pool Play)"
		}
	}
	return true
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

func notDigit(r rune) bool { return !unicode.IsDigit(r) }

// joinedAgencies reports whether w, one word, is two or more agency names
// joined by a hyphen or slash, as wires that share a story credit it
// ("dpa-AFX", "dpa/AFP", "apa/dpa"): each part a lower-case acronym of two
// to four letters or a capitalised name, and at least one joint.
func joinedAgencies(w string) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' })
	if len(parts) < 2 || strings.Count(w, "-")+strings.Count(w, "/") != len(parts)-1 {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		n := utf8.RuneCountInString(p)
		switch {
		case unicode.IsUpper(r) && n >= 2:
		case n >= 2 && n <= 4 && strings.ToLower(p) == p && !strings.ContainsFunc(p, unicode.IsDigit):
		default:
			return false
		}
	}
	return true
}

// datelineScoreRe matches a score or record: "1-0", "3 - 2", "12-4-1".
var datelineScoreRe = regexp.MustCompile(`\d\s*[-–:/]\s*\d`)

// stationCallSign reports whether b, a dateline bracket's text with
// digits in it, names a broadcaster by its call sign or network and
// channel, as local television datelines do ("CBS46", "FOX 5", "WSB-TV 2",
// "KTVU FOX 2"): a word of three or more capital letters (digits and
// hyphens aside) and no score or record. A league or round ("Ligue 1",
// "U-21") has no such word, and a record ("1-0") is a score.
func stationCallSign(b string) bool {
	if datelineScoreRe.MatchString(b) {
		return false
	}
	for _, w := range strings.Fields(b) {
		letters := 0
		upper := true
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters++
				upper = upper && unicode.IsUpper(r)
			case unicode.IsDigit(r), r == '-':
			default:
				upper = false
			}
		}
		if upper && letters >= 3 {
			return true
		}
	}
	return false
}

// DatelineLen returns the length in bytes of a wire dateline that opens
// text ("SEOUL, July 30 (AP) — "), or 0. The extractor keeps the dateline at
// the start of the first paragraph; later stages use this to leave it out
// of quotes and keyphrases.
func DatelineLen(text string) int {
	if len(text) > 200 {
		text = text[:200]
	}
	loc := txtDatelineIndex(text)
	if loc == nil || strings.TrimSpace(text[loc[1]:]) == "" {
		return 0
	}
	return loc[1]
}

// ArticleDatelineLen returns DatelineLen(a.Text), taken from a.Dateline
// when nlp has already worked it out (a.DatelineKnown), so the stages
// after nlp read an article's dateline without matching it again.
func ArticleDatelineLen(a *model.Article) int {
	if a.DatelineKnown {
		return a.Dateline
	}
	return DatelineLen(a.Text)
}

// txtIsDatelineOnly reports a unit that is a dateline and nothing else.
func txtIsDatelineOnly(t string) bool {
	loc := txtDatelineIndex(t)
	return loc != nil && strings.TrimSpace(t[loc[1]:]) == ""
}

// txtTagPrefix introduces an explicit tag line.
var txtTagPrefix = regexp.MustCompile(`(?i)^(?:tags?|topics?|keywords?|filed under|schlagw(?:ö|oe)rter|themen|mots[- ]cl(?:é|e)s|sujets|etiquetas|temas|palabras clave|argomenti|tag)\s*:\s*`)

// txtTags returns the tags of a tag line, or nil. A tag line is a list of at
// least three short items separated by commas (or | · • ;), with no sentence
// punctuation at the end; or any such list after an explicit "Tags:".
func txtTags(t string, prose bool) []string {
	explicit := false
	if loc := txtTagPrefix.FindStringIndex(t); loc != nil {
		t = t[loc[1]:]
		explicit = true
	}
	if strings.HasPrefix(t, "#") {
		// "#Korea #Kim #military"
		var tags []string
		for _, f := range strings.Fields(t) {
			f = strings.TrimRight(strings.TrimPrefix(f, "#"), ",;")
			if f == "" || strings.HasPrefix(f, "#") {
				return nil
			}
			tags = append(tags, f)
		}
		if !strings.Contains(t[1:], "#") && !explicit {
			return nil
		}
		return tags
	}
	if prose && !explicit {
		return nil
	}
	if !explicit && txtEndsTerminal(t) {
		return nil
	}
	sep := ""
	for _, s := range []string{",", "|", "·", "•", ";", "/"} {
		if strings.Count(t, s) >= 2 || (explicit && strings.Contains(t, s)) {
			sep = s
			break
		}
	}
	var parts []string
	if sep == "" {
		if !explicit {
			return nil
		}
		parts = []string{t}
	} else {
		parts = strings.Split(t, sep)
	}
	if len(parts) < 3 && !explicit {
		return nil
	}
	var tags []string
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), "."))
		if p == "" {
			continue
		}
		w := txtWordCount(p)
		if w > 4 || utf8.RuneCountInString(p) > 40 {
			return nil
		}
		if strings.ContainsAny(p, ".!?\"“”:()") {
			return nil
		}
		if !explicit && txtPredicateItem(p) {
			return nil
		}
		tags = append(tags, p)
	}
	if len(tags) < 3 && !explicit {
		return nil
	}
	// A list that reads as a sentence ("red, white and blue, he said") has
	// connectors; tags rarely do.
	if !explicit {
		conn := 0
		for _, p := range tags {
			for _, w := range strings.Fields(strings.ToLower(p)) {
				if w == "and" || w == "or" || w == "the" || w == "he" || w == "she" || w == "said" {
					conn++
				}
			}
		}
		if conn > 1 {
			return nil
		}
	}
	return tags
}

// txtCreditVocab is the vocabulary of photo credits.
var txtCreditVocab = regexp.MustCompile(`(?i)(?:\bphoto(?:graph)?s?\b|\bimages?\b|\bpicture\b|\bcredit\b|\bfoto\b|\bbild\b|\bgetty\b|\breuters\b|\bafp\b|\bap\b|\bepa\b|\bxinhua\b|\bkcna\b|\bshutterstock\b|\bistock(?:photo)?\b|\balamy\b|\bpool\b|\bhandout\b|\bcourtesy\b|\bfile\b|\bpa wire\b|\bdpa\b|\banadolu\b|\bsipa\b|\bbloomberg\b|\bnews agency\b)`)

// txtCaptionCredit reports whether the unit ends with a photo credit: a
// parenthesised credit, a credit word near the end of an unpunctuated line,
// or a short Capitalised Name tail after the last full stop ("... treaty.
// Some News Agency"). desc says whether there is a description before it.
func txtCaptionCredit(t string) (credit bool, descWords int) {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, "("); i >= 0 {
			inner := t[i+1 : len(t)-1]
			if txtWordCount(inner) <= 10 && txtCreditVocab.MatchString(inner) {
				return true, txtWordCount(t[:i])
			}
		}
	}
	if txtEndsTerminal(t) {
		return false, 0
	}
	// The tail after the last sentence end.
	cut := -1
	for i := len(t) - 2; i > 0; i-- {
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i+1] == ' ' && txtRealSentenceEnd(t[:i]) {
			cut = i + 1
			break
		}
	}
	if cut < 0 {
		return false, 0
	}
	tail := strings.TrimSpace(t[cut:])
	desc := txtWordCount(t[:cut])
	tw := txtWordCount(tail)
	if tw == 0 || tw > 8 {
		return false, 0
	}
	if desc <= 15 && txtTitleCased(t[:cut]) {
		// "How Fast Is Your Site? Measure It With Google's Tool" is a
		// headline of two parts: a caption describes in sentence case
		// (a long one may still be mostly names).
		return false, 0
	}
	if txtCreditVocab.MatchString(tail) || strings.Contains(tail, "/") {
		return true, desc
	}
	// Capitalised words only (connectors allowed): an agency or a name.
	for _, w := range strings.Fields(tail) {
		switch strings.ToLower(w) {
		case "via", "of", "and", "for", "the", "de", "du", "des", "del", "la", "von", "van", "&", "-", "|":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '©' {
			return false, 0
		}
	}
	return true, desc
}

// txtRealSentenceEnd reports whether a full stop after s ends a sentence
// rather than an abbreviation ("U.S.", "Mr.", "Jan.").
func txtRealSentenceEnd(s string) bool {
	if t := strings.TrimRight(s, "\"'”’)"); len(t) < len(s) {
		return true // a full stop after a closing quote or bracket
	}
	i := strings.LastIndexAny(s, " .")
	w := s[i+1:]
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	lower := false
	for _, r := range w {
		if unicode.IsLower(r) {
			lower = true
		}
	}
	return lower || utf8.RuneCountInString(w) >= 4
}

// txtIsCreditOnly reports a unit that is a photo credit alone:
// "John Smith/Getty Images", "Photo: AP", "(Reuters)".
func txtIsCreditOnly(t string, words int) bool {
	if words == 0 || words > 8 || txtEndsTerminal(t) {
		return false
	}
	lt := strings.ToLower(t)
	for _, p := range []string{"photo:", "photograph:", "photo by", "image:", "credit:", "foto:", "bild:", "photo credit", "image credit", "picture:"} {
		if strings.HasPrefix(lt, p) {
			return true
		}
	}
	if !txtCreditVocab.MatchString(t) {
		return false
	}
	// A credit names its source; a lower-case word outside the credit
	// vocabulary says the line is about something ("Photo atlas: the
	// Japan earthquake" is a headline).
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, "():,;.|-–—/\"'“”‘’")
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			continue
		}
		if !txtCreditWords[w] && !txtCreditVocab.MatchString(w) {
			return false
		}
	}
	// e.g. "John Smith/Getty Images", "AFP via Getty Images", "REUTERS/Kim Hong-Ji"
	return strings.Contains(t, "/") || strings.Contains(lt, "getty") || strings.Contains(lt, "via ") ||
		strings.Contains(lt, "photo") || strings.HasPrefix(t, "(")
}

// txtCreditWords are the lower-case words a credit line may hold besides
// its vocabulary and names ("photo courtesy of the ministry" is not one:
// "ministry" is a name only when capitalised).
var txtCreditWords = map[string]bool{
	"via": true, "by": true, "of": true, "for": true, "the": true, "from": true, "and": true,
	"courtesy": true, "photographer": true, "staff": true, "wire": true, "agency": true,
	"de": true, "du": true, "des": true, "del": true, "la": true, "von": true, "van": true,
}

// txtTitleCased reports text whose words of four letters or more are nearly
// all capitalised, as in a headline ("How Fast Is Your Site?").
func txtTitleCased(s string) bool {
	long, capped := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'“”‘’()?!.,:;")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capped++
		}
	}
	return long >= 2 && capped*5 >= long*4
}

// txtCaptionPrefix introduces an explicit caption.
var txtCaptionPrefix = regexp.MustCompile(`(?i)^(?:caption|image caption|photo caption|pictured|bildunterschrift|légende|pie de foto)\s*:\s*`)

// txtPredicateItem says a comma-separated item reads as a verb phrase, not
// a tag: a lower-case first word followed by a capitalised one ("meets
// Chinese envoy" in "Ruto, Kenya's president, meets Chinese envoy"). Tags
// are names or topics, cased alike throughout ("North Korea", "foreign
// policy").
func txtPredicateItem(p string) bool {
	words := strings.Fields(p)
	if len(words) < 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsLower(first) {
		return false
	}
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// txtShortClause says a short unit with no sentence punctuation still reads
// as a line of the article: a clause with a subject and a finite verb, "Kim
// declined", "Stocks fell sharply". Page furniture of the same length is a
// label ("Politics", "World News", "Jane Porter"), a counter ("5 min read")
// or a call to the reader ("Share this article"), none of which has a
// verb after its first word; "Last updated" and "All rights reserved" are
// the few whose participle looks like one (txtFurnitureVerbs).
func txtShortClause(u *txtUnit, words int) bool {
	if u.bullet || u.head || words < 2 || words > 6 || txtAllCaps(u.text) || txtTitleCased(u.text) {
		return false
	}
	t := strings.TrimSpace(u.text)
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return false
	}
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") || txtReaderAddress.MatchString(t) || txtSectionHeader.MatchString(t) ||
		txtCommentsHeader.MatchString(t) {
		return false
	}
	fields := strings.Fields(t)
	for _, w := range fields[1:] {
		w = strings.Trim(w, "\"'“”‘’()!?.,;")
		if w == "" || !unicode.IsLower([]rune(w)[0]) || txtFurnitureVerbs[w] {
			continue
		}
		if txtFiniteVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// txtFiniteVerbs are common finite verbs that do not end in -ed: the past
// of irregular verbs, auxiliaries and the present of "say".
var txtFiniteVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"can": true, "could": true, "did": true, "does": true, "must": true, "may": true, "might": true, "should": true,
	"said": true, "says": true, "fell": true, "rose": true, "won": true, "lost": true, "left": true, "came": true, "went": true,
	"took": true, "made": true, "gave": true, "got": true, "grew": true, "sank": true, "hit": true, "cut": true, "met": true,
	"ran": true, "saw": true, "told": true, "stood": true, "fled": true, "quit": true, "held": true, "kept": true, "paid": true,
	"sold": true, "spent": true, "struck": true, "broke": true, "began": true, "led": true, "shut": true, "sent": true,
	"fought": true, "bought": true, "brought": true, "caught": true, "found": true, "knew": true, "slid": true, "sought": true,
	"spoke": true, "threw": true, "wrote": true, "won't": true, "can't": true, "didn't": true, "refused": true,
}

// txtFurnitureVerbs are participles that page furniture uses: "Last
// updated", "Posted in", "All rights reserved", "Sponsored", "Powered by".
var txtFurnitureVerbs = map[string]bool{
	"updated": true, "posted": true, "published": true, "sponsored": true, "filed": true, "featured": true,
	"recommended": true, "related": true, "reserved": true, "powered": true, "presented": true, "supported": true,
	"selected": true, "continued": true, "edited": true, "produced": true, "compiled": true, "licensed": true,
	"verified": true, "checked": true, "viewed": true, "shared": true, "liked": true, "followed": true, "subscribed": true,
}
