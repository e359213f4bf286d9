package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Publish dates in the header lines of plain text ("Published: 30 July
// 2021", "By Jane Doe | Updated March 3, 2031 at 9:14 AM", "2021-07-30").
// Only full dates (day, month, year) count. The time of day next to the
// date is kept (headerDate): with the zone it is written with ("2:05 PM
// EDT", "GMT+2", "+0200"), else placed in the zone the text's other
// evidence gives (textIn).

var (
	txtISODate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?)?\b`)
	// "30 July 2021", "30. Juli 2021", "30 de julio de 2021", "1er mars 2021"
	txtDMYDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})\b`)
	// "July 30, 2021", "Jan. 3 2021"
	txtMDYDate = regexp.MustCompile(`(?i)\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// "30.07.2021" (day first, as written wherever dots are used)
	txtDotDate = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	// "2021년 7월 30일" (Korean), "2021年7月30日" (Japanese, Chinese)
	txtCJKDate = regexp.MustCompile(`\b(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]`)
	// "2021.07.30", "2021. 7. 30." (Korean, Hungarian, Chinese sites),
	// "2021/07/30": year first, so never ambiguous
	txtYMDDate = regexp.MustCompile(`\b(\d{4})(?:\.\s?(\d{1,2})\.\s?(\d{1,2})|/(\d{1,2})/(\d{1,2}))\b`)
)

// txtMonths maps month names and common abbreviations in several languages.
var txtMonths = func() map[string]time.Month {
	m := map[string]time.Month{}
	for _, names := range []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr may jun jul aug sep oct nov dec",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"januari februari maart april mei juni juli augustus september oktober november december",
		// Russian, genitive as in "28 июля 2021" and nominative (CLDR ru,
		// months format and stand-alone wide)
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
		"январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
	} {
		for i, n := range strings.Fields(names) {
			m[n] = time.Month(i + 1)
		}
	}
	m["sept"] = time.September
	// Abbreviations that are no common word of another language (CLDR
	// abbreviated month names, de, fr, ru); Portuguese "set" and "out" and
	// Spanish "ago" are left out: they read as words.
	for k, v := range map[string]time.Month{
		"mär": time.March, "mrz": time.March, "okt": time.October, "dez": time.December,
		"janv": time.January, "févr": time.February, "avr": time.April, "juil": time.July, "déc": time.December,
		"янв": time.January, "февр": time.February, "фев": time.February, "мар": time.March, "апр": time.April,
		"июн": time.June, "июл": time.July, "авг": time.August, "сент": time.September, "сен": time.September,
		"окт": time.October, "нояб": time.November, "ноя": time.November, "дек": time.December,
	} {
		m[k] = v
	}
	return m
}()

// txtParseDate finds the first full date in s.
func txtParseDate(s string) (time.Time, bool) {
	t, loc := txtFindDate(s)
	return t, loc != nil
}

// txtFindDate returns the first full date in s and where it is.
func txtFindDate(s string) (time.Time, []int) {
	if m := txtISODate.FindStringSubmatchIndex(s); m != nil {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		if g(4) != "" && g(5) != "" {
			clock := g(4)
			if strings.Count(clock, ":") == 1 {
				clock += ":00"
			}
			if t, err := time.Parse(time.RFC3339Nano, g(1)+"-"+g(2)+"-"+g(3)+"T"+clock+g(5)); err == nil {
				return t, m[:2]
			}
		}
		if t, ok := txtMakeDate(g(1), g(2), g(3)); ok {
			// A clock without a zone is not part of the date: the
			// caller may read it with a zone written after it.
			return t, []int{m[0], m[7]}
		}
	}
	for _, m := range txtDMYDate.FindAllStringSubmatchIndex(s, 4) {
		if mon, ok := txtMonths[strings.ToLower(s[m[4]:m[5]])]; ok {
			if t, ok := txtMakeDate(s[m[6]:m[7]], strconv.Itoa(int(mon)), s[m[2]:m[3]]); ok {
				return t, m[:2]
			}
		}
	}
	for _, m := range txtMDYDate.FindAllStringSubmatchIndex(s, 4) {
		if mon, ok := txtMonths[strings.ToLower(s[m[2]:m[3]])]; ok {
			if t, ok := txtMakeDate(s[m[6]:m[7]], strconv.Itoa(int(mon)), s[m[4]:m[5]]); ok {
				return t, m[:2]
			}
		}
	}
	if m := txtCJKDate.FindStringSubmatchIndex(s); m != nil {
		if t, ok := txtMakeDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); ok {
			return t, m[:2]
		}
	}
	if m := txtYMDDate.FindStringSubmatchIndex(s); m != nil {
		mi, di := 4, 6
		if m[4] < 0 {
			mi, di = 8, 10
		}
		if t, ok := txtMakeDate(s[m[2]:m[3]], s[m[mi]:m[mi+1]], s[m[di]:m[di+1]]); ok {
			return t, m[:2]
		}
	}
	if m := txtDotDate.FindStringSubmatchIndex(s); m != nil {
		if t, ok := txtMakeDate(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]]); ok {
			return t, m[:2]
		}
	}
	return time.Time{}, nil
}

// txtDateWords may surround a date on a date line ("Updated 3:04 PM EDT,
// Fri July 30, 2021"); any other word makes the line something else (a
// headline that mentions a date).
var txtDateWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`published updated posted last modified first on at am pm a.m p.m uhr h hrs date
		gmt utc bst cet cest edt est cdt cst mdt mst pdt pst ist jst kst aest aedt et pt
		veröffentlicht aktualisiert zuletzt publié mis à jour le publicado actualizado el pubblicato aggiornato il
		gepubliceerd bijgewerkt op
		mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
		montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
		lunes martes miércoles jueves viernes sábado domingo de del a las alle ore om
		publiziert erschienen am um publicada em às por publicação pubblicata
		опубликовано опубликован дата публикации обновлено в г года мск
		понедельник вторник среда четверг пятница суббота воскресенье
		기사입력 입력 최종수정 수정 발행 발행일 게재 게재일 작성일 등록일 오전 오후
		公開 公開日 投稿日 掲載 发布 發布 发布时间 更新 午前 午後 上午 下午`) {
		m[w] = true
	}
	return m
}()

// txtIsDateLine reports a short unit that is a date stamp: a full date
// and nothing but date words around it.
func txtIsDateLine(t string, words int) bool { return isDateLineOrder(t, words, orderNone) }

// isDateLineOrder is txtIsDateLine that also reads slash dates in the
// given day/month order.
func isDateLineOrder(t string, words int, order dateOrder) bool {
	if words > 16 {
		return false
	}
	_, loc := findDateOrder(t, order)
	if loc == nil {
		return false
	}
	other := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(t[:loc[0]]+" "+t[loc[1]:]), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.'
	}) {
		if !isDateWord(strings.Trim(w, ".")) {
			other++
		}
	}
	return other == 0
}

// txtMakeDate builds a UTC midnight date, rejecting impossible ones.
func txtMakeDate(ys, ms, ds string) (time.Time, bool) {
	y, err1 := strconv.Atoi(ys)
	m, err2 := strconv.Atoi(ms)
	d, err3 := strconv.Atoi(ds)
	if err1 != nil || err2 != nil || err3 != nil || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 June
	}
	return t, true
}
