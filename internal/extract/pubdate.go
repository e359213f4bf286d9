package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Publish dates of HTML pages.
//
// A page states its publish date in many places, some more trustworthy than
// others. resolvePublished takes the first date that parses from, in order:
//
//  1. structured data about the article: JSON-LD datePublished of an
//     article-typed object, microdata itemprop=datePublished;
//  2. publish-date <meta> tags (article:published_time, pubdate, ...), then
//     any other <meta> whose name says it is a publish or post date;
//  3. JSON-LD datePublished of another top-level object (the WebPage, a
//     ClaimReview) when no article object gives one;
//  4. <time> elements: those marked as the publish time first (pubdate,
//     itemprop or class "published"), then any with a datetime;
//  5. hidden form inputs named or classed as the publish date;
//  6. a visible dateline: a short element classed as a date or dateline
//     whose text is a date and nothing else (the part before "Updated");
//  7. a dateline given in words: a short text with a publish label
//     ("Published", "Veröffentlicht am", "Publicado em", "Опубликовано",
//     "기사입력") and a date in its part of the line or the part next to
//     it (pubdate_intl.go);
//  8. the date in the URL (/2019/11/18/, -20191115).
//
// Slash dates (28/07/2021) are read in datelines only, day first unless
// the page's language says otherwise (pubdate_intl.go).
//
// Modified/updated dates are never used, nor dates inside links, comments or
// asides, nor dates after the present (with two days' grace for time zones).

// maxDatelines caps the visible dateline candidates kept per page.
const maxDatelines = 4

// dateClassTokens mark an element whose text is a date stamp.
var dateClassTokens = map[string]bool{
	"date": true, "dateline": true, "pubdate": true, "published": true, "publishdate": true,
	"posted": true, "timestamp": true, "datetime": true, "time": true, "postdate": true,
	"publish": true, "pub": true,
}

// notPublishTokens mark a date that is not the article's publish date.
var notPublishTokens = map[string]bool{
	"updated": true, "update": true, "modified": true, "lastmod": true, "comment": true,
	"comments": true, "related": true, "event": true, "expiry": true, "expires": true,
	"reply": true,
}

// visitDate records what element n, whose lower-cased class (or id) is cls,
// says about the publish date: <time> marked as published, hidden publish
// date inputs, short dateline elements.
func (m *metaCollector) visitDate(n *html.Node, cls string) {
	switch n.DataAtom {
	case atom.Time:
		marked := attr(n, "pubdate") != "" || hasAttr(n, "pubdate") ||
			strings.Contains(strings.ToLower(attr(n, "itemprop")), "publish") ||
			classTokens(cls, func(t string) bool { return t == "published" || t == "pubdate" || t == "publish" })
		if classTokens(cls, func(t string) bool { return notPublishTokens[t] }) {
			return
		}
		for _, k := range []string{"datetime", "data-pubdate", "data-datetime", "content"} {
			if v := attr(n, k); v != "" {
				if marked && len(m.pubTimes) < maxMetaValues {
					m.pubTimes = append(m.pubTimes, v)
				} else if k != "datetime" && len(m.times) < maxMetaValues {
					m.times = append(m.times, v) // datetime was taken by visit
				}
				return
			}
		}
		// A <time> with no machine-readable value still shows its date
		// to the reader ("<time>2021年7月30日</time>", "<time>July 30,
		// 2021</time>"): the element says its text is a date, so it is a
		// dateline whatever its class.
		if len(m.datelines) < maxDatelines && !inAsideOrLink(n) {
			if t := cleanSpace(plainText(n)); t != "" && len(t) <= 120 {
				m.datelines = append(m.datelines, t)
			}
		}
		return
	case atom.Input:
		if !strings.EqualFold(attr(n, "type"), "hidden") || len(m.hiddenDates) >= maxMetaValues {
			return
		}
		key := strings.ToLower(attr(n, "name") + " " + attr(n, "id") + " " + cls)
		if strings.Contains(key, "publish") && strings.Contains(key, "date") &&
			!strings.Contains(key, "modif") && !strings.Contains(key, "updat") {
			if v := attr(n, "value"); v != "" {
				m.hiddenDates = append(m.hiddenDates, v)
			}
		}
		return
	}
	// Every date class token holds one of these; most classes hold none,
	// and this cheap test spares the tokenising.
	if len(m.datelines) >= maxDatelines || cls == "" || !strings.Contains(cls, "date") &&
		!strings.Contains(cls, "time") && !strings.Contains(cls, "pub") && !strings.Contains(cls, "posted") {
		return
	}
	if !classTokens(cls, func(t string) bool { return dateClassTokens[t] }) ||
		classTokens(cls, func(t string) bool { return notPublishTokens[t] }) || inAsideOrLink(n) {
		return
	}
	if t := cleanSpace(plainText(n)); t != "" && len(t) <= 120 {
		m.datelines = append(m.datelines, t)
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// inAsideOrLink reports whether n sits in a link, an aside, a footer, or a
// comments or related-links block, where dates belong to other pages.
func inAsideOrLink(n *html.Node) bool {
	for p, i := n, 0; p != nil && i < 12; p, i = p.Parent, i+1 {
		switch p.DataAtom {
		case atom.A, atom.Aside, atom.Footer, atom.Nav:
			return true
		}
		if c := strings.ToLower(attr(p, "class") + " " + attr(p, "id")); strings.Contains(c, "comment") ||
			strings.Contains(c, "related") || strings.Contains(c, "recommend") {
			return true
		}
	}
	return false
}

// datelineDate reads a visible dateline: the part before any "Updated"
// must be a date with nothing but date words around it ("Posted: Nov. 19,
// 2019", "19 NOV 2019 | 5:44 PM GMT"), else the part a publish label opens
// after an update stamp ("Updated 3:04 PM | Published July 28, 2021").
// "15時24分" and "15시 24분" are clocks.
func datelineDate(s string, order dateOrder) (time.Time, bool) {
	s = normCJKClock(s)
	if d, ok := datelinePart(beforeUpdated(s), order); ok {
		return d, true
	}
	if p, ok := publishAfterUpdate(s); ok {
		return datelinePart(p, order)
	}
	return time.Time{}, false
}

// datelinePart reads the publish part of a dateline: a date with nothing
// but date words around it.
func datelinePart(s string, order dateOrder) (time.Time, bool) {
	s = strings.TrimRight(s, " |-–—·,;:")
	// The clock and its zone are not words of the line ("11:28 AMT").
	rest := clockRe.ReplaceAllString(s, " ")
	if !isDateLineOrder(rest, len(strings.Fields(rest)), order) {
		return time.Time{}, false
	}
	return looseDateTimeOrder(s, order)
}

// beforeUpdated cuts s at its first update label (updateLabels, in the
// languages whose datelines are read).
func beforeUpdated(s string) string {
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		return s // lower-casing changed the byte offsets; nothing to cut safely
	}
	for _, w := range updateLabels {
		if i := strings.Index(ls, w); i >= 0 {
			s, ls = s[:i], ls[:i]
		}
	}
	return s
}

// clockRe matches a time of day with its optional am/pm and zone:
// "4:06 p.m.", "05:44:06 GMT+0000", "07:47 PM EST", "13:38 +05:30",
// "14:05 GMT+2". "14h03" is how French and Portuguese pages write 14:03;
// "МСК" is Moscow time. After GMT or UTC the offset may be written in
// whole hours ("GMT+2", "UTC-5", "GMT+5:30"); a bare offset takes four
// digits, as a bare "+2" is no zone.
var clockRe = regexp.MustCompile(`(?i)\b(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?\s*((?:gmt|utc)\s?[+-]\d{1,2}(?::?\d{2})?\b|[+-]\d{2}:?\d{2}\b|[a-z]{2,5}\b|мск)?`)

// clockWords follow a clock without naming a zone ("14:03 Uhr").
var clockWords = map[string]bool{"uhr": true, "hrs": true, "hs": true, "horas": true, "hod": true}

// pmWords and amWords come before the clock they qualify in Korean,
// Japanese and Chinese ("오후 2:03" is 14:03).
var (
	pmWords = []string{"오후", "午後", "下午"}
	amWords = []string{"오전", "午前", "上午"}
)

// zoneOffsets are the common time zone abbreviations news pages print, in
// seconds east of UTC. Ambiguous ones (AMT, IST outside India is rare on
// news pages) take their most common news reading.
var zoneOffsets = map[string]int{
	"gmt": 0, "utc": 0, "z": 0, "bst": 3600, "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600,
	"pst": -8 * 3600, "pdt": -7 * 3600, "et": -5 * 3600, "pt": -8 * 3600, "ist": 5*3600 + 1800, "jst": 9 * 3600,
	"kst": 9 * 3600, "hkt": 8 * 3600, "sgt": 8 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600, "msk": 3 * 3600,
	"wib": 7 * 3600, "pkt": 5 * 3600, "sast": 2 * 3600, "wat": 3600, "eat": 3 * 3600,
	"mez": 3600, "mesz": 7200, "мск": 3 * 3600, "brt": -3 * 3600,
}

// looseDateTime finds the first full date in s and the time of day written
// next to it (after it, or just before it as in "01:38:07 PM IST Nov 20,
// 2019"), kept in its zone when one is given and known, else floating; a
// date alone is midnight UTC.
func looseDateTime(s string) (time.Time, bool) { return looseDateTimeOrder(s, orderNone) }

// looseDateTimeOrder is looseDateTime that also reads slash dates in the
// given day/month order.
func looseDateTimeOrder(s string, order dateOrder) (time.Time, bool) {
	d, loc := findDateOrder(s, order)
	if loc == nil {
		return time.Time{}, false
	}
	if d.Hour() != 0 || d.Minute() != 0 || d.Location() != time.UTC {
		return d, true // an ISO timestamp with its clock and zone
	}
	after := s[loc[1]:min(len(s), loc[1]+32)]
	before := s[max(0, loc[0]-32):loc[0]]
	for _, w := range []string{after, before} {
		if t, ok := withClock(d, w); ok {
			return t, true
		}
	}
	return d, true
}

// withClock sets d's time of day from the first clock in w.
func withClock(d time.Time, w string) (time.Time, bool) {
	ix := clockRe.FindStringSubmatchIndex(w)
	if ix == nil {
		return d, false
	}
	m := make([]string, len(ix)/2)
	for i := range m {
		if ix[2*i] >= 0 {
			m[i] = w[ix[2*i]:ix[2*i+1]]
		}
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	sec, _ := strconv.Atoi(m[3])
	half := strings.ToLower(m[4])
	lead := strings.TrimSpace(w[:ix[0]])
	for _, p := range pmWords {
		if strings.HasSuffix(lead, p) {
			half = "p"
		}
	}
	for _, a := range amWords {
		if strings.HasSuffix(lead, a) {
			half = "a"
		}
	}
	switch half {
	case "p":
		if h < 12 {
			h += 12
		}
	case "a":
		if h == 12 {
			h = 0
		}
	}
	if h > 23 || mi > 59 || sec > 59 {
		return d, false
	}
	// A clock with no zone written is in the page's own zone, which the
	// caller may know (placeFloating).
	loc := floating
	if z := strings.ToLower(strings.TrimSpace(m[5])); z != "" && !clockWords[z] {
		if off, ok := zoneOffsets[z]; ok {
			loc = time.FixedZone(strings.ToUpper(z), off)
		} else if off, ok := numericOffset(z); ok {
			loc = time.FixedZone("", off)
		} else if strings.ToUpper(m[5]) == m[5] {
			// A zone we do not know ("AMT"): the clock is in it, so the
			// instant is unknown; keep the day alone.
			return d, false
		}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), h, mi, sec, 0, loc), true
}

// numericOffset reads "+0530", "-05:00", "gmt+0000", "utc -0500", and
// after GMT or UTC whole hours: "gmt+2", "utc-11", "gmt+5:30".
func numericOffset(z string) (int, bool) {
	named := strings.HasPrefix(z, "gmt") || strings.HasPrefix(z, "utc")
	z = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(z, "gmt"), "utc"))
	hours, mins, colon := z, "", false
	if i := strings.IndexByte(z, ':'); i >= 0 {
		hours, mins, colon = z[:i], z[i+1:], true
	}
	if len(hours) < 2 || (hours[0] != '+' && hours[0] != '-') {
		return 0, false
	}
	sign, digits := hours[0], hours[1:]
	switch {
	case colon && len(mins) == 2 && (len(digits) == 2 || named && len(digits) == 1):
	case !colon && len(digits) == 4:
		digits, mins = digits[:2], digits[2:]
	case !colon && named && len(digits) <= 2:
		mins = "00"
	default:
		return 0, false
	}
	hh, err1 := strconv.Atoi(digits)
	mm, err2 := strconv.Atoi(mins)
	if err1 != nil || err2 != nil || hh > 14 || mm > 59 {
		return 0, false
	}
	off := hh*3600 + mm*60
	if sign == '-' {
		off = -off
	}
	return off, true
}

// publishMetaKey reports a <meta> name that says it holds the publish or
// post date (site-specific names such as "xyz-post-date").
func publishMetaKey(k string) bool {
	if strings.Contains(k, "modif") || strings.Contains(k, "updat") || strings.Contains(k, "expir") {
		return false
	}
	return strings.Contains(k, "publish") && (strings.Contains(k, "date") || strings.Contains(k, "time")) ||
		strings.Contains(k, "post-date") || strings.Contains(k, "post_date") || strings.Contains(k, "postdate")
}
