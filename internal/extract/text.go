package extract

import (
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/clockzone"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Text extracts the article from plain text (pasted, or scraped from a page).
//
// Lines are first re-joined into units (paragraphs broken by hard wrapping or
// by a scraper; see text_lines.go). Each unit is then classified from its
// shape, position and vocabulary:
//
//   - the first headline-shaped unit before the body is the title; a text
//     of one unit has none: it is body, so a pasted sentence is analysed;
//   - short units between the headline and the body are furniture unless
//     they read as sentences (a lead-in ending in a colon, a one-sentence
//     quotation paragraph, a clause without its full stop such as "Stocks
//     fell sharply"), which belong to the body;
//   - "By Jane Doe" units give the byline (a wire dateline such as
//     "WASHINGTON (Reuters) -" stays at the start of the first paragraph);
//   - lists of short comma-separated items are tags;
//   - a description ending in a photo credit is a caption;
//   - promotions, share bars, cookie notices, link blocks ("Related",
//     "Read more", "Editor's Picks") and the furniture after the last real
//     paragraph are dropped;
//   - everything else is body, in order.
//
// Text never fails on odd input; an input with nothing article-like gives an
// empty article and the stage reports ErrNoContent.
func Text(content string) (*model.Article, error) { return textIn(content, nil, nil) }

// textIn is Text for a document whose addresses (urls) and language tags
// (locales, as a feed or a JSONL record gives them) are known: a publish
// time of day the header lines write without a zone is placed by them as
// an HTML page's is (clockzone.Place): the zone of another header clock
// ("Updated 16:20 CEST"), the language (the source's tag, else the one the
// text is written in), the domain, else the place of the wire dateline
// ("SEOUL, July 30 (Yonhap) --"); the article says where the zone came
// from (PublishedZoneSource).
func textIn(content string, urls, locales []string) (*model.Article, error) {
	units := txtUnits(rewriteHeaderBlock(rewriteExportFront(content)))
	a := &model.Article{}
	c := txtClassify(units)
	seenTag := map[string]bool{}
	var places []string
	source := model.DateFromContent
	for i, u := range units {
		if c.role[i] == roleBody {
			if c.published.IsZero() {
				if t, ok := txtDatelineDate(u.text); ok {
					c.published, source = t, model.DateFromDateline
				}
			}
			if p := txtDatelinePlace(u.text); p != "" {
				places = append(places, p)
			}
			break
		}
	}
	if !c.published.IsZero() {
		t, zoneSource := c.published, ""
		if t.Location() == floating {
			// A text has no language tag of its own but the one its
			// source gave; the language it is written in says as much
			// ("de": a German-speaking country, all on one clock).
			locales = append(locales[:len(locales):len(locales)], detectLanguage(txtBodyText(units, c.role)))
			t, zoneSource = clockzone.Place(t, clockzone.Evidence{Offsets: c.stamps, Modified: c.modified,
				Locales: locales, URLs: urls, Places: places})
		}
		a.Published, a.PublishedSource, a.PublishedZoneSource = &t, source, zoneSource
	}
	for i, u := range units {
		switch c.role[i] {
		case roleTitle:
			a.Title = u.text
		case roleByline:
			if a.Byline == "" {
				a.Byline = c.byline[i]
			}
		case roleTags:
			for _, t := range c.tags[i] {
				if k := strings.ToLower(t); !seenTag[k] {
					seenTag[k] = true
					a.Tags = append(a.Tags, t)
				}
			}
		case roleCaption:
			a.Captions = append(a.Captions, c.caption[i])
		case roleBody:
			a.Paragraphs = append(a.Paragraphs, u.text)
		}
	}
	// A sign-off at the end ("이바다 기자 sea@..."): the writer, when no
	// "By" line named one. The line itself is read as the furniture after
	// the last paragraph.
	if a.Byline == "" {
		tail := make([]string, 0, maxSignOffLines)
		for _, u := range units[max(0, len(units)-maxSignOffLines):] {
			tail = append(tail, u.text)
		}
		a.Byline = signOffByline(tail)
	}
	if a.Byline == "" && len(a.Paragraphs) > 0 {
		a.Byline = datelineCredit(a.Paragraphs[:1])
	}
	return a, nil
}

type txtRole int

const (
	roleBody txtRole = iota
	roleDrop
	roleTitle
	roleByline
	roleTags
	roleCaption
)

type txtClasses struct {
	published time.Time // from a date or byline line above the body; a clock without a zone is floating
	// stamps are the header lines' times written with a zone, publish and
	// update alike; modified those that give an update time: the zone
	// evidence of a floating published (clockzone.Evidence).
	stamps, modified []time.Time
	role             []txtRole
	byline           map[int]string
	tags             map[int][]string
	caption          map[int]string
}

// txtClassify assigns a role to every unit.
func txtClassify(units []*txtUnit) *txtClasses {
	n := len(units)
	c := &txtClasses{
		role:    make([]txtRole, n),
		byline:  map[int]string{},
		tags:    map[int][]string{},
		caption: map[int]string{},
	}
	words := make([]int, n)
	prose := make([]bool, n)
	promo := make([]int, n)
	for i, u := range units {
		words[i] = txtWordCount(u.text)
		prose[i] = !u.head && (words[i] >= 8 && txtEndsTerminal(u.text) || words[i] >= 25)
		promo[i] = txtPromoKind(u, words[i], prose[i])
	}

	// Short lines repeated verbatim are page furniture (a scraper collects
	// the same promo box twice); a long repeated paragraph is kept once.
	// Speech is not furniture: a refrain quoted twice, or an interview's
	// "A: No." given to two questions, stays both times.
	seen := map[string]int{}
	for i, u := range units {
		seen[u.text]++
		if seen[u.text] > 1 && words[i] > 12 && !txtOpensQuote(u.text) {
			c.role[i] = roleDrop
		}
	}
	for i, u := range units {
		if seen[u.text] > 1 && words[i] <= 12 && !(txtOpensQuote(u.text) && txtSentenceLike(u, words[i])) {
			c.role[i] = roleDrop
		}
	}

	// Tags, captions, bylines and credits are recognised wherever they are.
	for i, u := range units {
		if c.role[i] != roleBody {
			continue
		}
		if name := txtByline(u.text, words[i]); name != "" {
			c.role[i] = roleByline
			c.byline[i] = name
			continue
		}
		if promo[i] == 0 {
			if tags := txtTags(u.text, prose[i]); len(tags) > 0 {
				c.role[i] = roleTags
				c.tags[i] = tags
				continue
			}
		}
		if loc := txtCaptionPrefix.FindStringIndex(u.text); loc != nil && words[i] <= 80 {
			c.role[i] = roleCaption
			c.caption[i] = u.text[loc[1]:]
			continue
		}
		if !u.bullet && words[i] <= 80 {
			if ok, desc := txtCaptionCredit(u.text); ok && desc >= 5 {
				c.role[i] = roleCaption
				c.caption[i] = u.text
				continue
			}
		}
		if txtIsCreditOnly(u.text, words[i]) {
			// A credit on its own line belongs to the description just
			// above it in the same block; with none, it is dropped.
			c.role[i] = roleDrop
			if j := i - 1; j >= 0 && !units[i].firstInBlock && units[j].block == u.block && words[j] <= 60 && words[j] >= 3 &&
				(c.role[j] == roleBody || c.role[j] == roleCaption) && !units[j].bullet {
				base := units[j].text
				if c.role[j] == roleCaption {
					base = c.caption[j]
				}
				c.role[j] = roleCaption
				c.caption[j] = base + " " + u.text
			}
		}
	}

	// Promotions and link blocks. After a link-block header, the short
	// link-like units that follow are dropped until real prose returns.
	inBlock := false
	for i := range units {
		if promo[i] == 1 {
			inBlock = true
			c.role[i] = roleDrop
			continue
		}
		if promo[i] == 2 && c.role[i] == roleBody {
			c.role[i] = roleDrop
			continue
		}
		if inBlock {
			if prose[i] && words[i] >= 15 && !units[i].bullet {
				inBlock = false
			} else if c.role[i] == roleBody {
				c.role[i] = roleDrop
			}
		}
	}

	// A list whose items are mostly promotional is an offer box: drop it all.
	for i := 0; i < n; {
		if !units[i].bullet {
			i++
			continue
		}
		j := i
		bad := 0
		for j < n && units[j].bullet {
			if promo[j] > 0 || c.role[j] == roleDrop {
				bad++
			}
			j++
		}
		if bad*2 >= j-i {
			for k := i; k < j; k++ {
				if c.role[k] == roleBody {
					c.role[k] = roleDrop
				}
			}
		}
		i = j
	}

	// The body runs from the first to the last real paragraph. Before it:
	// title, byline, date stamps, section names. After it: furniture.
	// On a whole page dumped as text (menus, teasers, footers around the
	// article) the body is the densest run of prose: the contiguous range
	// with the most prose words after charging every short non-prose unit a
	// little (the classic body-text-extraction idea). For a pasted article
	// this is simply all of it.
	lo, hi := txtDensestRun(units, c.role, words, prose)
	first, last := -1, -1
	for i := lo; i <= hi; i++ {
		if c.role[i] == roleBody && prose[i] && !units[i].bullet {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	// Short closing sentences ("X declined to comment.") right after the
	// last paragraph still end the body; the first other line stops it.
	for i := last + 1; first >= 0 && i < n; i++ {
		if c.role[i] == roleCaption || c.role[i] == roleTags || c.role[i] == roleByline {
			continue
		}
		if c.role[i] != roleBody || !txtSentenceLike(units[i], words[i]) && !txtShortClause(units[i], words[i]) || strings.HasSuffix(units[i].text, ":") {
			break
		}
		last = i
	}
	// A letter's closing right after the last paragraph, and the sender's
	// short lines after it ("Thanks," / "Mira Holt" / "Harbour Board of
	// Eastport"), end the body as they end the letter (letters.go): when
	// they end the text, or give way to a longer line. More short lines
	// than a signature has, or furniture right after the closing, are a
	// page's: none is kept. The sender's phone number, e-mail and web
	// address among those lines are the signature's too, though on their
	// own such lines are dropped as furniture (no letters, a bare link).
	if i := last + 1; first >= 0 && i < n && c.role[i] == roleBody && isLetterClosing(units[i].text) {
		lines := make([]string, n-i)
		for k := range lines {
			lines[k] = units[i+k].text
		}
		j := i + signatureEnd(lines, func(k int) bool { return c.role[i+k] == roleBody && !opensEndSection(lines[k]) })
		// A section that pages put after the body ("Media contact:",
		// "About ...") may follow the signature: it ends the letter.
		if j == n || j > i+1 && c.role[j] == roleBody && !isSignatureLine(units[j].text) || opensEndSection(units[j].text) {
			for k := i + 1; k < j; k++ {
				if c.role[k] == roleDrop {
					c.role[k] = roleBody // a contact line (signatureEnd)
				}
			}
			last = j - 1
		}
	}
	if first < 0 {
		// No prose at all: keep whatever body-like units remain, with the
		// first headline-shaped one as the title.
		first, last = n, n-1
		for i := range units {
			if c.role[i] == roleBody {
				first = i
				break
			}
		}
		for i := n - 1; i >= 0; i-- {
			if c.role[i] == roleBody {
				last = i
				break
			}
		}
		if first < n && txtHeadlineShaped(units[first], words[first]) && first < last {
			c.role[first] = roleTitle
		}
		return c
	}
	titled := false
	// The headline sits just above the body; anything further up is the
	// page's furniture.
	// A lead-in ending in a colon and one-line quotation paragraphs just
	// above the first long paragraph are body and do not use up the window.
	// (Other short sentences do: on a page dump they are as often teasers.)
	top, far := first, 0
	for top > 0 && far < txtTitleWindow {
		top--
		if c.role[top] != roleBody || !txtSentenceLike(units[top], words[top]) ||
			!txtOpensQuote(units[top].text) && !strings.HasSuffix(units[top].text, ":") {
			far++
		}
	}
	for i := 0; i < top; i++ {
		if c.role[i] == roleBody {
			c.role[i] = roleDrop
		}
	}
	for i := top; i < first; i++ {
		u := units[i]
		if c.role[i] == roleByline {
			c.headerDate(u.text)
		}
		if c.role[i] == roleDrop && !strings.ContainsFunc(u.text, unicode.IsLetter) && txtIsDateLine(u.text, words[i]) {
			// "2021-07-30 14:05", "30.07.2021" on a line of their own:
			// furniture by their shape (no letters), a date line by their
			// content.
			c.headerDate(u.text)
		}
		if c.role[i] != roleBody {
			continue
		}
		switch {
		case i == first-1 && isSalutation(u.text):
			// "Dear residents," opens the letter that follows.
		case txtIsDateLine(u.text, words[i]):
			c.headerDate(u.text)
			c.role[i] = roleDrop
		case txtIsDatelineOnly(u.text):
			// A dateline on its own line: it stays with the first paragraph.
			c.role[i] = roleDrop
			units[first].text = u.text + " " + units[first].text
		case !titled && txtHeadlineShaped(u, words[i]) && (words[i] >= 3 || !txtHasLaterHeadline(units, words, c.role, i, first, false)) &&
			(!txtAllCaps(u.text) || !txtHasLaterHeadline(units, words, c.role, i, first, true)):
			// An all-caps line above a normal headline is a kicker or a
			// label ("FOR IMMEDIATE RELEASE", "EXCLUSIVE"), not the title.
			c.role[i] = roleTitle
			titled = true
		case !titled:
			// Site name, section name, breadcrumbs above the headline.
			c.role[i] = roleDrop
		case words[i] <= 4 && !txtSentenceLike(u, words[i]) && !txtShortClause(u, words[i]):
			// "Politics", "5 min read" between headline and body; a
			// short sentence there ("The vote is off.", a quotation
			// paragraph, "Stocks fell sharply" with no full stop) is
			// the start of the body.
			c.role[i] = roleDrop
		}
	}
	// The headline repeated at the top of the body by a scraper.
	if titled {
		var title string
		for i := 0; i < first; i++ {
			if c.role[i] == roleTitle {
				title = units[i].text
			}
		}
		for i := first; i < n; i++ {
			if c.role[i] == roleBody && units[i].text == title {
				c.role[i] = roleDrop
			}
		}
	}
	for i := last + 1; i < n; i++ {
		if c.role[i] == roleBody {
			c.role[i] = roleDrop
		}
	}
	// Reader comments after the article are not the article, however
	// article-like they read. Only a header after a real body counts.
	bodyWords := 0
	for i := first; i <= last; i++ {
		if c.role[i] == roleBody && prose[i] {
			bodyWords += words[i]
		}
		if bodyWords >= 50 && words[i] <= 8 && txtCommentsHeader.MatchString(strings.TrimSpace(units[i].text)) {
			for j := i; j < n; j++ {
				if c.role[j] == roleBody {
					c.role[j] = roleDrop
				}
			}
			last = i - 1
			break
		}
	}
	// A link-block header followed only by short items up to the end cuts
	// the tail even when a teaser in it looked like prose.
	lastLong := -1
	for j := n - 1; j >= 0; j-- {
		if c.role[j] == roleBody && prose[j] && words[j] >= 25 {
			lastLong = j
			break
		}
	}
	for i := first; i <= last; i++ {
		if promo[i] == 1 && i > lastLong {
			for j := i + 1; j < n; j++ {
				if c.role[j] == roleBody {
					c.role[j] = roleDrop
				}
			}
			break
		}
	}
	return c
}

// txtHeadlineShaped reports a unit that could be a headline: one short line
// that is not a sentence ending in a full stop, not a list item.
func txtHeadlineShaped(u *txtUnit, words int) bool {
	if u.bullet || words == 0 || words > 30 || len(u.text) > 300 {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(u.text, "\"'”’) "), ".") && !strings.HasSuffix(u.text, "...") && words > 10 {
		return false
	}
	if strings.HasSuffix(u.text, ":") || strings.HasSuffix(u.text, ",") {
		return false
	}
	return true
}

// txtHasLaterHeadline reports whether a longer headline-shaped unit (in
// mixed case, if asked) comes after unit i and before the body, so that a
// one-word section name or an all-caps label above it is not the title.
func txtHasLaterHeadline(units []*txtUnit, words []int, role []txtRole, i, first int, mixedCase bool) bool {
	for j := i + 1; j < first && j <= i+8; j++ { // headlines sit within a few lines of the top
		if role[j] == roleBody && words[j] >= 3 && txtHeadlineShaped(units[j], words[j]) && (!mixedCase || !txtAllCaps(units[j].text)) &&
			!txtFullStop(units[j].text) {
			return true
		}
	}
	return false
}

// txtFullStop reports text ending in a full stop (inside closing quotation
// marks or not), not in an ellipsis: a sentence. Headlines leave the full
// stop out, so a short sentence below a one-word line is the body's first
// paragraph, not a headline that makes the line above it a section name.
func txtFullStop(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..")
}

// txtSentenceLike reports a short unit that reads as a sentence of the
// article, not as page furniture: it has lower-case words and ends in
// sentence punctuation, or is a lead-in of three or more words ending in a
// colon ("The minister said in a speech:"). Labels, section names, "5 min
// read" and share bars end in neither. A line that speaks to the reader
// ("Listen to this article.") is furniture, unless it is quoted speech.
func txtSentenceLike(u *txtUnit, words int) bool {
	if u.bullet || u.head || words < 2 || txtAllCaps(u.text) || !strings.ContainsFunc(u.text, unicode.IsLower) {
		return false
	}
	if !txtOpensQuote(u.text) && txtReaderAddress.MatchString(u.text) {
		return false
	}
	return txtEndsTerminal(u.text) || words >= 3 && strings.HasSuffix(u.text, ":")
}

// txtOpensQuote reports a paragraph of speech: one that opens with a
// quotation mark, or an interview's "Q:" or "A:" turn.
func txtOpensQuote(s string) bool {
	return strings.ContainsAny(s[:min(len(s), 4)], "\"“‘'«„") || strings.HasPrefix(s, "Q: ") || strings.HasPrefix(s, "A: ")
}

// txtTitleWindow is how many units above the first body paragraph the
// headline, byline and date may be.
const txtTitleWindow = 8

// txtDensestRun returns the range of units with the highest score, where a
// body prose unit scores its word count, other body units and dropped
// furniture cost a little, and captions, tags and bylines are neutral.
// Units outside the range cannot be body.
func txtDensestRun(units []*txtUnit, role []txtRole, words []int, prose []bool) (int, int) {
	bestLo, bestHi, best := 0, len(units)-1, 0
	lo, sum := 0, 0
	for i := range units {
		var s int
		switch {
		case role[i] == roleBody && prose[i] && !units[i].bullet:
			s = words[i]
		case role[i] == roleBody && units[i].bullet:
			// A marked list that survived the promo checks is content
			// ("Key points:"); it neither adds nor costs.
		case role[i] == roleBody && txtSentenceLike(units[i], words[i]) && txtOpensQuote(units[i].text):
			// A one-line quotation paragraph is more likely content than
			// furniture: it costs only as much as a dropped unit, so a run
			// of them does not cut the paragraphs above them off the body.
			// (Other short sentences keep the full cost: letting them
			// through cost precision on the page-dump benchmark.)
			s = -1
		case role[i] == roleBody:
			s = -(2 + words[i]/2)
		case role[i] == roleDrop:
			s = -1
		}
		if sum <= 0 {
			lo, sum = i, 0
		}
		sum += s
		if sum > best {
			bestLo, bestHi, best = lo, i, sum
		}
	}
	return bestLo, bestHi
}

// txtAllCaps reports text whose letters are all capitals (at least three).
func txtAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 3
}

// txtBodyText is the text of the units classified as title or body, for
// guessing its language: the first few thousand bytes, as much as
// detectLanguage reads.
func txtBodyText(units []*txtUnit, role []txtRole) string {
	var b strings.Builder
	for i, u := range units {
		if b.Len() > 4000 {
			break
		}
		if role[i] == roleBody || role[i] == roleTitle {
			b.WriteString(u.text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// txtDatelineDate finds a full date in the dateline that opens a wire
// paragraph ("RIVERSIDE, March 3, 2031 --"), with its time of day when it
// gives one (floating without a zone).
func txtDatelineDate(p string) (time.Time, bool) {
	head := p[:min(len(p), 80)]
	// ".- " ends Spanish agency datelines: "MADRID, 3 abr (EFE).- ".
	for _, sep := range []string{" -- ", " - ", " — ", " – ", ".- "} {
		if i := strings.Index(head, sep); i > 0 {
			return looseDateTime(head[:i])
		}
	}
	return time.Time{}, false
}

// txtDatelinePlace is the place the wire dateline opening the paragraph p
// names ("SEOUL" of "SEOUL, July 30 (Yonhap) --", "WASHINGTON" of
// "WASHINGTON (Reuters) -"), or "". A dateline that names a region or
// country after its place ("PARIS, Texas (AP) -") gives none: the place
// table (clockzone.PlaceZone) knows places by their name alone, and the
// Paris it knows is not that one.
func txtDatelinePlace(p string) string {
	loc := txtDatelineIndex(p)
	if loc == nil || strings.TrimSpace(p[loc[1]:]) == "" {
		return ""
	}
	// Cut the dash or colon that ends the dateline, then the agency in
	// brackets: what is left is the place and its qualifier. (A hyphen
	// within the place stays: "PORT-AU-PRINCE".)
	head := strings.TrimRight(p[:loc[1]], " \t-–—:")
	if i := strings.Index(head, " ("); i >= 0 {
		head = head[:i]
	}
	place, qual, hasQual := strings.Cut(head, ",")
	place = strings.TrimSpace(place)
	if place == "" {
		return ""
	}
	if hasQual && !txtDatelineQualDate(strings.Fields(qual)) {
		return ""
	}
	return place
}

// txtDatelineQualDate says the words after a dateline's place are a date
// and nothing else: month first ("July 30", "July 30, 2021") or day first
// as French, Spanish, Portuguese and German write it ("25 mars 2026",
// "25 de marzo de 2026", "25. März 2026").
func txtDatelineQualDate(f []string) bool {
	if len(f) > 0 && f[0] != "" && f[0][0] >= '0' && f[0][0] <= '9' {
		f = f[1:]
		if len(f) > 0 && f[0] == "de" {
			f = f[1:]
		}
		if len(f) == 0 {
			return false
		}
		if _, ok := txtMonths[strings.ToLower(strings.TrimSuffix(f[0], "."))]; !ok {
			return false
		}
		f = f[1:]
		if len(f) > 0 && f[0] == "de" {
			f = f[1:]
		}
		return len(f) == 0 || len(f) == 1 && len(f[0]) == 4
	}
	if len(f) == 3 && len(f[2]) == 4 && strings.HasSuffix(f[1], ",") {
		f = f[:2]
	}
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	_, ok := txtMonths[strings.ToLower(strings.TrimSuffix(f[0], "."))]
	return ok
}

// headerDate reads a date or byline line above the body ("Published: 30
// July 2021 14:05 | Updated 16:20 CEST"): the first such line that gives a
// date gives the publish date, from the part before any update word when
// that has one (with its clock: zoned, or floating for Text to place),
// else the line's date alone (an update's clock is no publish time). Every
// clock written with its zone is kept as evidence of the site's zone, an
// update's also as a bound the publish time is not after.
func (c *txtClasses) headerDate(line string) {
	pubPart := beforeUpdated(line)
	var pub time.Time
	ok := false
	if pubPart != "" {
		pub, ok = looseDateTime(pubPart)
		if ok && !dateOnly(pub) && pub.Location() != floating {
			c.stamps = append(c.stamps, pub)
		}
	}
	if !ok {
		pub, ok = txtParseDate(line)
	}
	if upd := line[len(pubPart):]; upd != "" {
		if u, uok := looseDateTime(upd); uok && !dateOnly(u) && u.Location() != floating {
			c.stamps = append(c.stamps, u)
			c.modified = append(c.modified, u)
		}
	}
	if ok && c.published.IsZero() {
		c.published = pub
	}
}
