package extract

import (
	"net"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Publish dates written for readers in other languages: slash dates whose
// day/month order depends on the page's language, and datelines that carry
// no date class but say in words that they give the publish date
// ("publiziert am 28. Juli 2021", "기사입력 : 2021-07-28 14:03",
// "28/07/2021 - Publicado por ...").

// dateOrder is how a page writes the day and month of a slash date.
type dateOrder int

const (
	orderNone dateOrder = iota // slash dates are not read
	orderDMY                   // 28/07/2021: most of the world
	orderMDY                   // 07/28/2021: the United States
	orderAny                   // unknown order: only a date whose day is above 12 reads
)

// slashOrder is the slash-date order of a page in language lang (the
// <html lang> value). English without a region is left to the numbers.
func slashOrder(lang string) dateOrder {
	l := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	switch {
	case l == "":
		return orderAny
	case l == "en-us" || l == "en-ph":
		return orderMDY
	case l == "en":
		return orderAny
	}
	return orderDMY
}

// pageDateOrder is the slash-date order of a page from its language
// tags (most trusted first: <html lang>, og:locale, Content-Language,
// JSON-LD inLanguage) and its addresses. A tag with a region decides
// ("en_GB", "pt-BR"), as does a language other than English ("pt", "de":
// day first wherever it is written). English without a region ("en",
// which <html lang> often says while og:locale says "en_GB") leaves it to
// a later tag, then to the site's country domain (".co.uk", ".com.br":
// day first; ".us", ".ph": month first); a generic domain (.com) leaves
// the order unknown, and only a day above 12 is read.
func pageDateOrder(locales []string, urls ...string) dateOrder {
	english := false
	for _, l := range locales {
		code := normLang(l)
		if code == "" {
			continue
		}
		if code != "en" || strings.ContainsAny(strings.TrimSpace(l), "-_") {
			return slashOrder(l)
		}
		english = true
	}
	for _, raw := range urls {
		if o := domainOrder(raw); o != orderAny {
			return o
		}
	}
	if english {
		return slashOrder("en")
	}
	return orderAny
}

// genericDomains are two-letter country domains sold to sites anywhere
// (".io", ".tv", ".co"): they say nothing of where a page is written.
var genericDomains = map[string]bool{"io": true, "tv": true, "co": true, "me": true, "ai": true, "fm": true, "cc": true,
	"ws": true, "to": true, "ly": true, "gg": true, "am": true, "im": true, "is": true}

// domainOrder is the slash-date order of the country an address's domain
// names: month first for the United States and the Philippines (and
// their territories' sites), day first for other countries, unknown for
// generic domains and no address.
func domainOrder(raw string) dateOrder {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return orderAny
	}
	host := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	tld := host[strings.LastIndexByte(host, '.')+1:]
	switch {
	case len(tld) != 2 || genericDomains[tld] || net.ParseIP(host) != nil:
		return orderAny
	case tld == "us" || tld == "ph":
		return orderMDY
	}
	return orderDMY
}

// txtSlashDate matches "28/07/2021" and "7/28/2021".
var txtSlashDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)

// findDateOrder is txtFindDate, then a slash date read in order.
func findDateOrder(s string, order dateOrder) (time.Time, []int) {
	if t, loc := txtFindDate(s); loc != nil || order == orderNone {
		return t, loc
	}
	m := txtSlashDate.FindStringSubmatchIndex(s)
	if m == nil {
		return time.Time{}, nil
	}
	a, b, y := s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]
	day, mon := a, b
	switch order {
	case orderMDY:
		day, mon = b, a
	case orderAny:
		// Only a number above 12 tells which is the day.
		switch {
		case len(a) == 2 && a > "12":
		case len(b) == 2 && b > "12":
			day, mon = b, a
		default:
			return time.Time{}, nil
		}
	}
	if t, ok := txtMakeDate(y, mon, day); ok {
		return t, m[:2]
	}
	return time.Time{}, nil
}

// hasPublishLabel reports whether lower-cased text carries a publish label
// or a bare date field (pubdate_labels.go). Update labels are not among
// them: datelineDate cuts the line at those.
func hasPublishLabel(ls string) bool {
	for _, l := range publishLabels {
		if strings.Contains(ls, l) {
			return true
		}
	}
	return hasBareDateField(ls)
}

// maxLabelledText is the longest text (in bytes) read as a labelled
// dateline: a sentence that mentions publishing is no dateline.
const maxLabelledText = 240

// labelledDate finds a publish date given in words on a page that gave
// none in its markup: a short text with a publish label whose own part of
// the line is a date ("Veröffentlicht am 28. Juli 2021"), or whose
// neighbouring part is ("28/07/2021 - Publicado por Ana Lima"). Text in
// links, asides, footers, comments and related-story blocks is passed
// over, as are scripts and styles.
func labelledDate(root *html.Node, order dateOrder) (time.Time, bool) {
	var found time.Time
	var ok bool
	walkVisibleText(root, boilerplateElement, func(n *html.Node, t string) (tried, done bool) {
		if len(t) > maxLabelledText {
			return false, false
		}
		if ls := strings.ToLower(t); !hasPublishLabel(ls) && !hasSourceField(ls) {
			return false, false
		}
		if d, good := labelledLine(n, t, order); good {
			found, ok = d, true
			return true, true
		}
		return true, false
	})
	return found, ok
}

// labelledLine reads the date of the labelled text t in node n: in t
// itself, else in the short line its parent element makes of it and its
// siblings, split where the line separates its parts.
func labelledLine(n *html.Node, t string, order dateOrder) (time.Time, bool) {
	if d, ok := labelledPart(t, order); ok {
		return d, true
	}
	if n.Parent == nil || n.Parent.Type != html.ElementNode {
		return time.Time{}, false
	}
	line := cleanSpace(plainText(n.Parent))
	if len(line) > maxLabelledText {
		return time.Time{}, false
	}
	parts := splitMetaLine(line)
	if len(parts) > 0 && hasSourceField(strings.ToLower(parts[0])) {
		// The source field is an element of its own ("<span>2021-07-30
		// 10:20</span> <span>来源：新华社</span>"): the stamp before it is
		// in the meta line its parent makes.
		if gp := n.Parent.Parent; gp != nil && gp.Type == html.ElementNode {
			if l := cleanSpace(plainText(gp)); len(l) <= maxLabelledText {
				if d, ok := stampBeforeSourceIn(splitMetaLine(l), order); ok {
					return d, true
				}
			}
		}
	}
	if d, ok := stampBeforeSourceIn(parts, order); ok {
		return d, true
	}
	for i, p := range parts {
		if !hasPublishLabel(strings.ToLower(p)) {
			continue
		}
		if d, ok := labelledPart(p, order); ok {
			return d, true
		}
		// The date stands next to its label: "28/07/2021 - Publicado
		// por ...", "Publicado por ... | 28/07/2021".
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(parts) {
				if d, ok := datelineDate(parts[j], order); ok && !tooLate(d) {
					return d, true
				}
			}
		}
	}
	return time.Time{}, false
}

// sourceLabels are the Korean, Japanese and Chinese field labels that
// name an article's source (来源/來源, 出处/出處, 出典, 출처). News sites
// in these languages open the body with a meta line of issue stamp and
// source, and often leave the stamp unlabelled ("2021-07-30 10:20
// 来源：新华社"): the stamp before a source field is the publish time.
var sourceLabels = []string{"来源", "來源", "出处", "出處", "出典", "출처"}

// hasSourceField reports lower-cased text that holds a source label as a
// field of its own, followed by a colon (sourceLabels).
func hasSourceField(ls string) bool {
	for _, l := range sourceLabels {
		i := strings.Index(ls, l)
		if i < 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(ls[:i]); i > 0 && unicode.IsLetter(r) {
			continue
		}
		rest := strings.TrimLeft(ls[i+len(l):], " 　")
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
			return true
		}
	}
	return false
}

// stampBeforeSource reads the unlabelled part before a source field as
// the publish time when it is a date with a clock time and nothing else:
// a bare date there may be an event's or a print edition's, but a date
// told to the minute next to the source is the article's issue stamp.
func stampBeforeSource(p string, order dateOrder) (time.Time, bool) {
	if !clockRe.MatchString(normCJKClock(p)) {
		return time.Time{}, false
	}
	d, ok := datelineDate(p, order)
	if !ok || tooLate(d) || d.Year() < 1990 {
		return time.Time{}, false
	}
	return d, true
}

// stampBeforeSourceIn finds the issue stamp just before a source field
// among a meta line's parts (stampBeforeSource).
func stampBeforeSourceIn(parts []string, order dateOrder) (time.Time, bool) {
	for i := 1; i < len(parts); i++ {
		if hasSourceField(strings.ToLower(parts[i])) {
			if d, ok := stampBeforeSource(parts[i-1], order); ok {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// labelledPart reads one part of a line that holds a publish label: the
// label and a date, with nothing but date words around them. Brackets
// and colons ("기사입력 :[ 2021-07-28 14:03 ]") are punctuation.
func labelledPart(p string, order dateOrder) (time.Time, bool) {
	p = strings.NewReplacer("[", " ", "]", " ", "(", " ", ")", " ", "：", " ").Replace(p)
	d, ok := datelineDate(p, order)
	if !ok || tooLate(d) || d.Year() < 1990 {
		return time.Time{}, false
	}
	return d, true
}

// splitMetaLine splits an article's meta line into its parts at the
// separators pages put between date, author and section, and before a
// Korean, Japanese or Chinese field label ("发布时间：2021-07-28 15:24
// 来源：新华社": the source is a field of its own).
func splitMetaLine(s string) []string {
	parts := strings.FieldsFunc(strings.NewReplacer(" - ", "\x00", " – ", "\x00", " — ", "\x00").Replace(s), func(r rune) bool {
		return r == 0 || r == '|' || r == '·' || r == '•' || r == '\n'
	})
	var out []string
	for _, p := range parts {
		from := 0
		for _, m := range cjkFieldLabel.FindAllStringIndex(p, -1) {
			if head := strings.TrimSpace(p[from:m[0]]); head != "" {
				out = append(out, head)
			}
			from = m[0]
		}
		if tail := strings.TrimSpace(p[from:]); tail != "" {
			out = append(out, tail)
		}
	}
	return out
}

// cjkFieldLabel is a Korean, Japanese or Chinese field label after a
// space: a word and a colon ("来源：", "출처:").
var cjkFieldLabel = regexp.MustCompile(`\s[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{1,8}\s?[:：]`)
