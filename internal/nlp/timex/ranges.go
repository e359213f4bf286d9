package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// cutWord removes a leading word (any case) and the space after it.
func cutWord(s, w string) (string, bool) {
	if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) && s[len(w)] == ' ' {
		return s[len(w)+1:], true
	}
	return s, false
}

// dayRange reads "5-6 September 2019", "September 5–6, 2019" and, without
// a year, "10-12 May": from the first day to the second of one month.
func dayRange(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	ms, d1s, d2s := g[3], g[1], g[2]
	if _, ok := parseMonth(g[1]); ok {
		ms, d1s, d2s = g[1], g[2], g[3]
	}
	mo, ok := parseMonth(ms)
	if !ok || !isCap(ms) {
		return te, false
	}
	d1, d2 := parseDay(d1s), parseDay(d2s)
	if d2 <= d1 {
		return te, false // "3-1 May": a score, not days
	}
	if strings.Contains(te.Text, " and ") && !strings.EqualFold(firstWord(te.Text), "between") && (d2 != d1+1 || countAfter(s[m.end:])) {
		// "on March 3 and 10" names two days, not the week between;
		// "May 4 and 5 people" counts.
		return te, false
	}
	var y int
	switch {
	case g[4] != "":
		y, _ = strconv.Atoi(g[4])
	case hasRef && tense == TenseFuture:
		// Days told in the future that have begun are not yet over:
		// "the fair will run until its close, June 9-15", written on
		// June 11, is this June's (as monthRange reads a range).
		y = inferYear(mo, d2, ref, tense)
	case hasRef:
		y = inferYear(mo, d1, ref, tense)
	default:
		return te, false
	}
	if !validDate(y, mo, d1) || !validDate(y, mo, d2) {
		return te, false
	}
	te.Value, te.Precision = day(time.Date(y, mo, d1, 12, 0, 0, 0, time.UTC)), model.PrecisionDay
	te.EndValue = day(time.Date(y, mo, d2, 12, 0, 0, 0, time.UTC))
	return te, true
}

// firstWord is the first word of s, "" for none.
func firstWord(s string) string {
	if ws := strings.Fields(s); len(ws) > 0 {
		return ws[0]
	}
	return ""
}

// countAfter says the words right after a number make it a count ("and 22
// people", "and 5 percent"): a lower-case word that is not a preposition,
// a conjunction or a relative word.
func countAfter(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false
	}
	ws := wordsOf(rest)
	if len(ws) == 0 || isCap(ws[0]) {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "to", "in", "at", "for", "and", "or", "but", "when", "as", "after", "before", "with", "that",
		"which", "while", "during", "on", "from", "of", "under", "amid", "ahead", "because", "so":
		return false
	}
	return true
}

// monthRange reads "from March to May", "between January and March 2023",
// "January–March", "from June until August": the first month to the last,
// of the year written or, without one, of the year the tense calls for (a
// range that wraps, "from November to February", ends the next year). The
// preposition is not part of the text, as for "1947 to 1960".
func monthRange(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	prep, conn := strings.ToLower(g[1]), strings.ToLower(g[3])
	if conn == "and" && prep != "between" || prep == "between" && conn != "and" {
		return te, false // "March and May" lists two months
	}
	if prep == "from" && movedFrom(s[:m.start]) {
		return te, false // "postponed from April to June": two months, no span
	}
	if conn != "" && prep != "from" && prep != "between" && prep != "" {
		return te, false // "in March to ..."; "in January–March" is a range
	}
	m1, ok1 := parseMonth(g[2])
	m2, ok2 := parseMonth(g[4])
	if !ok1 || !ok2 || !isCap(g[2]) || !isCap(g[4]) || m1 == m2 {
		return te, false
	}
	var y1 int
	switch {
	case g[5] != "":
		y, _ := strconv.Atoi(g[5])
		y1 = y
		if m2 < m1 {
			y1 = y - 1 // "from November to February 2021"
		}
	case hasRef && tense == TenseFuture:
		// A range told in the future is the next one not yet over,
		// which may have begun: "results for the April-June quarter will
		// be released in August", written in June, are this June's.
		y1 = inferYear(m2, 0, ref, tense)
		if m2 < m1 {
			y1--
		}
	case hasRef:
		y1 = inferYear(m1, 0, ref, tense)
	default:
		return te, false
	}
	y2 := y1
	if m2 < m1 {
		y2++
	}
	te.Value, te.Precision = month(time.Date(y1, m1, 1, 12, 0, 0, 0, time.UTC)), model.PrecisionMonth
	te.EndValue = month(time.Date(y2, m2, 1, 12, 0, 0, 0, time.UTC))
	if g[1] != "" {
		rest, _ := cutWord(te.Text, g[1])
		te.Start += len(te.Text) - len(rest)
		te.Text = rest
	}
	return te, true
}

// economic words say a "quarter" or a "half" without a year is a part of
// the year, not of a match ("scored in the fourth quarter") or of a
// century.
var economic = map[string]bool{
	"profit": true, "profits": true, "revenue": true, "revenues": true, "sales": true, "earnings": true,
	"growth": true, "output": true, "economy": true, "gdp": true, "percent": true, "inflation": true,
	"results": true, "loss": true, "losses": true, "shrank": true, "grew": true, "contracted": true,
	"expanded": true, "quarterly": true, "exports": true, "imports": true, "income": true, "deficit": true,
	"surplus": true, "rebound": true, "recession": true, "unemployment": true, "investment": true,
	"demand": true, "prices": true, "rates": true, "fiscal": true, "forecast": true, "dividend": true,
	"margin": true, "margins": true, "orders": true, "shipments": true, "deliveries": true,
}

// partOfOther says the words after a quarter or half without a year make
// it a part of another thing: "this quarter of the city", "the last
// quarter of the match"; not of a fiscal year ("the first quarter of
// fiscal 2026", whose year another rule reads).
func partOfOther(after string) bool {
	rest, ok := strings.CutPrefix(after, " of ")
	if !ok {
		return false
	}
	w := strings.ToLower(rest)
	return !strings.HasPrefix(w, "fiscal") && !strings.HasPrefix(w, "fy")
}

// quarter reads quarters and halves of a year: "the fourth quarter", "the
// first half of 2024", "the third quarter of last year", "Q1 2024", "H2".
// "Last quarter" without "the" is the one before the publish date's. A
// quarter or half without a year needs an economic word in the sentence
// and takes the year the tense calls for: at the publish date 2024-04-12
// "sales fell in the fourth quarter" is 2023's, "growth will pick up in the
// second half" 2024's.
func quarter(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	var n, parts, y int // n-th of parts (4 quarters, 2 halves) of year y
	yearGiven := false
	if m.kind == kQCode {
		switch {
		case g[1] != "":
			n, _ = strconv.Atoi(g[1])
			parts = 4
		default:
			n, _ = strconv.Atoi(g[2])
			parts = 2
		}
		if g[3] != "" {
			v := strings.TrimLeft(g[3], "'’")
			y, _ = strconv.Atoi(v)
			if len(v) == 2 {
				y += 2000
			}
			yearGiven = true
		}
	} else {
		parts = 4
		if strings.EqualFold(g[3], "half") {
			parts = 2
		}
		switch strings.ToLower(g[2]) {
		case "first", "1st":
			n = 1
		case "second", "2nd":
			n = 2
		case "third", "3rd":
			n = 3
		case "fourth", "4th", "final":
			n = 4
		case "last":
			n = 4
			if g[1] == "" && g[4] == "" && g[5] == "" {
				n = -1 // "profits fell last quarter": the one before now
			}
		case "previous":
			n = -1 // "the previous quarter"
		case "this", "current":
			n = -2 // "sales this quarter", "the current quarter"
		case "next":
			n = -3 // "output will rise next quarter"
		case "latter":
			n = 2 // "the latter half of the year"; "the latter quarter" is no quarter
			if parts != 2 {
				return te, false
			}
		}
		if n < -1 && (parts != 4 || g[4] != "" || g[5] != "") {
			// "this half", "the next half hour", "the next quarter of
			// 2026": no part of a year this reads.
			return te, false
		}
		if parts == 2 && n == 4 {
			n = 2
		}
		switch {
		case g[4] != "":
			y, _ = strconv.Atoi(g[4])
			yearGiven = true
		case g[5] != "":
			if !hasRef {
				return te, false
			}
			y = ref.Year()
			switch strings.ToLower(g[5]) {
			case "last":
				y--
			case "next":
				y++
			}
			yearGiven = true
		}
	}
	if n > parts {
		return te, false
	}
	if !yearGiven {
		if strings.EqualFold(lastWord(s[:m.start]), "fiscal") {
			// "Apple's fiscal first quarter ended in December": a
			// company's own year, whose months its name alone does not
			// tell.
			return te, false
		}
		if !hasRef || m.kind == kQuarter && (gameQuarter(s, m) || !economicSentence(s) && !plannedQuarter(s, m, n, parts, tense) || partOfOther(s[m.end:])) {
			return te, false
		}
		size := 12 / parts
		cur := (int(ref.Month()) - 1) / size // 0-based part of the publish date
		y = ref.Year()
		if n < 0 {
			// The part before the publish date's, its own or the one
			// after, 1-based.
			n = cur + map[int]int{-1: 0, -2: 1, -3: 2}[n]
			if n == 0 {
				n, y = parts, y-1
			}
			if n > parts {
				n, y = 1, y+1
			}
		} else {
			start := time.Date(y, time.Month((n-1)*size+1), 1, 12, 0, 0, 0, time.UTC)
			end := start.AddDate(0, size, -1)
			switch {
			case tense == TensePast && end.After(ref):
				y--
			case tense == TenseFuture && end.Before(ref):
				y++
			case tense == TenseUnknown && start.Sub(ref) > 183*24*time.Hour:
				y--
			case tense == TenseUnknown && ref.Sub(end) > 183*24*time.Hour:
				y++
			}
		}
	}
	if n < 1 || y < 1000 {
		return te, false
	}
	size := 12 / parts
	start := time.Date(y, time.Month((n-1)*size+1), 1, 12, 0, 0, 0, time.UTC)
	if m.kind == kQuarter && strings.EqualFold(g[5], "the") {
		// "the year" is the one the tense is in, as for "the end of the
		// year": "exports fell in the second half of the year" written
		// on January 2 is last year's half, "will rise in the first
		// half of the year" written in December next year's.
		switch end := start.AddDate(0, size, -1); {
		case tense == TensePast && start.After(ref):
			start = start.AddDate(-1, 0, 0)
		case tense == TenseFuture && end.Before(ref):
			start = start.AddDate(1, 0, 0)
		}
	}
	te.Value, te.Precision = month(start), model.PrecisionMonth
	te.EndValue = month(start.AddDate(0, size-1, 0))
	return te, true
}

// plannedQuarter says a quarter with no word of the economy around it is
// a quarter of the year all the same: a plan told in the future tense for
// it, after a preposition of time ("the plant will reopen in the first
// quarter", "the line is to open by the third quarter"). A match's
// quarters are told once played, in the past.
func plannedQuarter(s string, m match, n, parts int, tense Tense) bool {
	if tense != TenseFuture || parts != 4 || n < 1 || m.groups[1] == "" {
		return false
	}
	switch strings.ToLower(lastWord(s[:m.start])) {
	case "in", "by", "during", "before", "until", "till", "from":
	default:
		return false
	}
	for _, w := range wordsOf(s) {
		if gameWords[strings.ToLower(w)] {
			return false // "will need to score in the fourth quarter"
		}
	}
	return true
}

// gameWords say a quarter is a game's: "points in the second quarter".
var gameWords = map[string]bool{
	"game": true, "games": true, "match": true, "points": true, "score": true, "goal": true,
	"goals": true, "touchdown": true, "lead": true, "play": true, "coach": true, "team": true,
}

// gameQuarter says a quarter or half with no year is a game's whatever
// other words of money the sentence has: a day, the evening or an opponent
// right after it ("in the fourth quarter on Sunday", "in the second half
// against Chelsea": a part of a year has no single day nor opponent), a
// margin counted in points ("erased a 12-point deficit in the third
// quarter") or a word only games use (gameOnlyWords).
func gameQuarter(s string, m match) bool {
	after := strings.ToLower(wordsAfter(s[m.end:], 2))
	for _, p := range []string{"tonight", "against ", "versus ", "vs ", "at home", "away from home"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	if w, ok := strings.CutPrefix(after, "on "); ok {
		if _, day := weekdays[strings.TrimRight(w, " ")]; day {
			return true
		}
	}
	if pointMarginRE.MatchString(s) {
		return true
	}
	for _, w := range wordsOf(s) {
		if gameOnlyWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// wordsAfter is the first n words of rest, joined by single spaces, with
// a space after each.
func wordsAfter(rest string, n int) string {
	ws := wordsOf(rest)
	if len(ws) > n {
		ws = ws[:n]
	}
	if len(ws) == 0 {
		return ""
	}
	return strings.Join(ws, " ") + " "
}

// pointMarginRE is a lead or deficit counted in points: "a 12-point lead",
// "a nine-point deficit".
var pointMarginRE = regexp.MustCompile(`(?i)\b(?:[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)-point (?:lead|deficit|margin|cushion|gap|swing|run)\b`)

// gameOnlyWords are words of ball games that talk of money or planning
// never uses, so that a quarter beside them is a game's even in a sentence
// with "losses" or "rebound".
var gameOnlyWords = map[string]bool{
	"touchdown": true, "touchdowns": true, "quarterback": true, "halftime": true, "overtime": true,
	"rebounds": true, "layup": true, "dunk": true, "interception": true, "fumble": true,
	"starters": true, "buzzer": true, "free-throw": true, "throws": true, "pointers": true,
	"innings": true, "scoreboard": true, "playoff": true, "playoffs": true,
	"kickoff": true, "sideline": true, "timeout": true, "goalkeeper": true,
}

func economicSentence(s string) bool {
	if strings.Contains(s, "%") {
		return true
	}
	for _, w := range wordsOf(s) {
		if economic[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// endOf reads "the end of the year", "the start of next year", "the end of
// 2026", "year-end", "end of year", "end-year", "the end of the month": the
// year (or month) of which a part is meant, at that precision, with the
// part as TIMEX3's mod (END, START, MID), as for "late 2022" and
// "mid-2019": the end of a year lies within it, while which of its months
// is meant the words do not say ("by the end of the year" is a deadline,
// December 31; "sales rose at the end of the year" the last months). TIMEX3
// writes "the end of 1992" as 1992 with mod END, and the deadline "by" as
// a signal outside the expression; GUM dates "year end" to December 31.
// The value follows TIMEX3: it does not say more than the words.
//
// "The" year or month is the one of writing unless the tense says the part
// meant lies outside it: told in the past, a part not yet begun at the
// publish date is the last one's ("the subsidy expired at the end of the
// year", written on January 2: the year before); told ahead, a part already
// over is the next one's ("talks will resume at the start of the year",
// written in October). "This year" is the writer's own and stays.
func endOf(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	rel, unit := strings.ToLower(g[2]), strings.ToLower(g[3])
	te.Mod = model.ModEnd // "year-end", "end-year"
	if g[1] != "" {
		te.Mod = partMod(g[1])
	}
	if g[10] != "" {
		te.Mod = model.ModMid // "by mid-year", "a midyear review", "until mid-month", "by mid-decade"
		if strings.EqualFold(g[10], "month") || strings.EqualFold(g[10], "decade") {
			unit = strings.ToLower(g[10])
		}
	}
	if g[8] != "" {
		return endOfMonth(s, te, m, ref, hasRef, tense)
	}
	if g[4] != "" {
		narrowToName(&te, g[4])
		y, _ := strconv.Atoi(g[4])
		te.Value, te.Precision = year(y), model.PrecisionYear
		return te, true
	}
	if !hasRef {
		return te, false
	}
	if unit == "month" {
		t := time.Date(ref.Year(), ref.Month(), 1, 12, 0, 0, 0, time.UTC)
		switch rel {
		case "last":
			t = t.AddDate(0, -1, 0)
		case "next":
			t = t.AddDate(0, 1, 0)
		case "", "the":
			t = t.AddDate(0, partShift(te.Mod, ref.Day(), 10, 20, tense), 0)
		}
		te.Value, te.Precision = month(t), model.PrecisionMonth
		return te, true
	}
	if unit == "week" {
		// "the ceasefire expires at the end of the week": the days of
		// the week of writing (Monday to Sunday), or the last or the
		// next one, with the part as the mod, as "this week" is written.
		monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
		switch rel {
		case "last":
			monday = monday.AddDate(0, 0, -7)
		case "next":
			monday = monday.AddDate(0, 0, 7)
		}
		te.Value, te.EndValue, te.Precision = day(monday), day(monday.AddDate(0, 0, 6)), model.PrecisionDay
		return te, true
	}
	if unit == "decade" {
		// "by the end of the decade": the decade of writing (or the
		// last or next), as "the 2020s" is written.
		d := ref.Year() / 10 * 10
		switch rel {
		case "last":
			d -= 10
		case "next":
			d += 10
		}
		te.Value, te.EndValue, te.Precision = year(d), year(d+9), model.PrecisionYear
		if d == ref.Year()/10*10 {
			te.Relation = "current" // its start, not its end, is past
		}
		return te, true
	}
	y := ref.Year() // "the year", "this year", "year-end"
	switch rel {
	case "last":
		y--
	case "next":
		y++
	case "", "the":
		y += partShift(te.Mod, int(ref.Month()), 3, 8, tense)
	}
	te.Value, te.Precision = year(y), model.PrecisionYear
	return te, true
}

// narrowToName leaves "the end of" out of the text of a part of a named
// month or year, which keeps the part as its mod: GUM marks the name alone
// ("from the end of January through May": January; "the end of 1990":
// 1990), and the name is what the other dates' spans hold ("in January").
// "The end of the year" names nothing else and keeps its words; so do
// "end-2025" and "year-end", one word.
func narrowToName(te *model.TimeExpr, name string) {
	if i := strings.LastIndex(te.Text, name); i > 0 {
		te.Start += i
		te.Text = te.Text[i:]
	}
}

// monthNamesMore says the month name that rest follows leads a name or a
// possessive of its own rather than being a month: a capitalised word or
// "'s" right after it.
func monthNamesMore(rest string) bool {
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return true
	}
	return len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z'
}

// endOfMonth reads "the end of March", "the start of May 2027": the month
// with the part as mod, as TimeML writes "the end of March". Without a
// year the tense places it as a yearless date, measured from the part's
// days: "will lapse at the end of March" written in October is next
// March's; "lapsed at the end of March" written on March 10 the last.
func endOfMonth(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	te.Mod = partMod(g[7])
	mo, ok := parseMonth(g[8])
	if !ok || !isCap(g[8]) {
		return te, false
	}
	if g[9] == "" && monthNamesMore(s[m.end:]) {
		return te, false // "the start of March Madness", "the end of May's premiership"
	}
	narrowToName(&te, g[8])
	y, ok := yearWrittenOr(g[9], hasRef, func() int {
		d := 15
		switch te.Mod {
		case model.ModStart:
			d = 1
		case model.ModEnd:
			d = 28
		}
		switch strings.ToLower(lastWord(s[:m.start])) {
		case "until", "till", "through":
			// "extended the truce until the end of May": as for "until
			// May", a bound ahead unless the sentence tells the past and
			// no order or agreement set the period running.
			if tense != TensePast || directiveBefore(s[:m.start]) {
				tense = TenseFuture
			}
		}
		return inferYear(mo, d, ref, tense)
	})
	if !ok {
		return te, false
	}
	te.Value, te.Precision = month(time.Date(y, mo, 1, 12, 0, 0, 0, time.UTC)), model.PrecisionMonth
	return te, true
}

// partShift is how many periods (-1, 0, +1) from the one of writing "the
// start/middle/end of the year (month)" lies, told in tense, when the
// writer is at position now of the period (a month of the year, a day of
// the month) and its start runs to startEnd and its middle to midEnd: a
// part not begun yet told in the past is the last period's, a part over
// told ahead the next period's. Without a tense it is the period of
// writing.
func partShift(mod string, now, startEnd, midEnd int, tense Tense) int {
	switch tense {
	case TensePast:
		switch {
		case mod == model.ModEnd && now <= midEnd, mod == model.ModMid && now <= startEnd:
			return -1
		}
	case TenseFuture:
		switch {
		case mod == model.ModStart && now > startEnd, mod == model.ModMid && now > midEnd:
			return 1
		}
	}
	return 0
}

// dayOffset is the days "the following day" (1), "the day before" (-1) or
// "that night" (0) lie from the day they count from.
func dayOffset(g []string) int {
	switch strings.ToLower(g[1]) {
	case "the following", "the next":
		return 1
	case "the previous":
		return -1
	case "":
		if strings.EqualFold(g[4], "before") {
			return -1
		}
		return 1 // "the day after"
	}
	return 0 // "that day", "the same night"
}

// countDays dates "the following day", "the day before", "that night" and
// "two days later" from the last day dated before them: anchor (the day the
// sentences before last dated, "" for none) and then each day-precision
// date of the sentence in order. "The day before" and "the day after" count
// from event (the last day dated otherwise) and move only anchor: "The vote
// was on March 3. The day before, ... The day after, ..." is March 2 and
// March 4. Without a day they are no date.
func countDays(out []found, anchor, event string) {
	if event == "" {
		event = anchor
	}
	for i := range out {
		f := &out[i]
		if f.kind != kAnaDay {
			if f.te.Precision == model.PrecisionDay && f.te.EndValue == "" && f.te.Value != "" {
				anchor, event = f.te.Value, f.te.Value
			}
			continue
		}
		from := anchor
		if f.around {
			from = event
		}
		t, err := time.Parse("2006-01-02", from)
		if err != nil {
			continue // no day to count from: dropped
		}
		f.te.Value = day(t.AddDate(0, 0, f.days))
		anchor = f.te.Value
		if !f.around {
			event = f.te.Value
		}
	}
}

// periodTo reads a period named by its length and last month, as company
// results and statistics give them: "the three months to March" (January to
// March), "the year to June 2023" (July 2022 to June 2023), "the half ended
// September" (April to September). Without a year the last month is in the
// year the tense calls for, as a bare month's; the value runs from the
// period's first month to its last (month precision; a day after the month,
// "the 12 months to June 30", is read as the end of that month).
func periodTo(te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	n := 0
	switch strings.ToLower(g[1]) {
	case "three", "3":
		n = 3
	case "six", "6":
		n = 6
	case "nine", "9":
		n = 9
	case "twelve", "12":
		n = 12
	}
	switch w := strings.ToLower(g[2]); {
	case w == "quarter":
		n = 3
	case w == "half" || w == "half-year":
		n = 6
	case strings.HasSuffix(w, "year"):
		n = 12
	}
	mo, ok := parseMonth(g[3])
	if n == 0 || !ok || !isCap(g[3]) {
		return te, false
	}
	var y int
	switch {
	case g[4] != "":
		y, _ = strconv.Atoi(g[4])
	case hasRef && periodEnded(te.Text):
		// "the quarter ended June 30" is over: read on June 10 it is
		// last year's, whatever the tense of the sentence. Its last day
		// is the one written, else the month's last.
		y = ref.Year()
		d := periodEndDay(te.Text, g[3])
		if d == 0 {
			d = time.Date(y, mo+1, 0, 12, 0, 0, 0, time.UTC).Day()
		}
		if time.Date(y, mo, min(d, time.Date(y, mo+1, 0, 12, 0, 0, 0, time.UTC).Day()), 0, 0, 0, 0, time.UTC).After(ref) {
			y--
		}
	case hasRef:
		y = inferYear(mo, 0, ref, tense)
	default:
		return te, false
	}
	last := time.Date(y, mo, 1, 12, 0, 0, 0, time.UTC)
	te.Value, te.Precision = month(last.AddDate(0, 1-n, 0)), model.PrecisionMonth
	te.EndValue = month(last)
	return te, true
}

// periodEnded says a period's phrase says it is over: "the quarter ended
// June 30" (not "ending", "to" or "through", which may run on).
func periodEnded(text string) bool {
	for _, w := range strings.Fields(text) {
		if strings.EqualFold(w, "ended") {
			return true
		}
	}
	return false
}

// periodEndDay returns the day written after the month name mon in a
// period's phrase ("June 30", "Sept. 30th"), or 0.
func periodEndDay(text, mon string) int {
	i := strings.Index(text, mon)
	if i < 0 {
		return 0
	}
	f := strings.Fields(text[i+len(mon):])
	if len(f) == 0 {
		return 0
	}
	d := strings.TrimRight(strings.TrimRight(f[0], ","), "stndrh")
	n, err := strconv.Atoi(d)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// countSteps dates "the following month", "the previous month", "the
// following week", "the previous week", "the next Tuesday" and "the
// following Monday" from the month or day the text dated last, in the sentences just before (day, month: "" for none) or
// earlier in the sentence: "He took office in February 1860 and died the
// following month" is March 1860. Without one they keep the publish date's
// reading, as news writes them ("the following week" from today).
func countSteps(out []found, day, month string, near int, hasRef bool, ref time.Time) {
	for i := range out {
		f := &out[i]
		if f.step == 0 {
			// Any day anchors a day or a week, as for countDays ("on
			// Saturday ... the next Tuesday"); only a month not read from
			// the day of writing anchors a month.
			if f.te.EndValue == "" && len(f.te.Value) >= 7 {
				switch {
				case f.te.Precision == model.PrecisionDay:
					day = f.te.Value
					if !f.deictic {
						month = f.te.Value[:7]
					}
				case f.te.Precision == model.PrecisionMonth && !f.deictic:
					day, month = "", f.te.Value[:7]
				}
			}
			continue
		}
		switch f.kind {
		case kRelMonth:
			t, err := time.Parse("2006-01", month)
			if err != nil {
				unanchored(f)
				continue
			}
			f.te.Value = t.AddDate(0, f.step, 0).Format("2006-01")
			if pastPastRef(f, hasRef, ref) {
				continue
			}
		case kRelWeek:
			t, err := time.Parse("2006-01-02", day)
			if err != nil {
				unanchored(f)
				continue
			}
			ws := weekStart(civil(t)).AddDate(0, 0, 7*f.step)
			f.te.Value, f.te.EndValue = ws.Format("2006-01-02"), ws.AddDate(0, 0, 6).Format("2006-01-02")
			if pastPastRef(f, hasRef, ref) {
				continue
			}
		case kWeekend:
			// "the previous weekend" is the one before the day dated
			// last, "the following weekend" the one after it; a day
			// of a weekend is in neither.
			t, err := time.Parse("2006-01-02", day)
			if err != nil {
				unanchored(f)
				continue
			}
			t = civil(t)
			var sat time.Time
			if f.step < 0 {
				back := (int(t.Weekday()) + 1) % 7 // days since Saturday
				if back <= 1 {
					back += 7
				}
				sat = t.AddDate(0, 0, -back)
			} else {
				ahead := (int(time.Saturday) - int(t.Weekday()) + 7) % 7
				if ahead == 0 || t.Weekday() == time.Sunday {
					ahead += 7
				}
				sat = t.AddDate(0, 0, ahead)
			}
			f.te.Value, f.te.EndValue = sat.Format("2006-01-02"), sat.AddDate(0, 0, 1).Format("2006-01-02")
			if pastPastRef(f, hasRef, ref) {
				continue
			}
		case kMonth:
			// "the following February": the first February after the
			// month dated last, else in the year after the one named.
			mo, ok := parseMonth(f.te.Text[strings.LastIndexByte(f.te.Text, ' ')+1:])
			if !ok {
				continue
			}
			var v time.Time
			if t, err := time.Parse("2006-01", month); err == nil {
				v = time.Date(t.Year(), mo, 1, 12, 0, 0, 0, time.UTC)
				if !v.After(t) {
					v = v.AddDate(1, 0, 0)
				}
			} else if near != 0 {
				v = time.Date(near+1, mo, 1, 12, 0, 0, 0, time.UTC)
			} else {
				continue
			}
			f.te.Value, f.te.EndValue, f.yearless = v.Format("2006-01"), "", false
		case kWeekday:
			t, err := time.Parse("2006-01-02", day)
			if err != nil {
				continue
			}
			wd := weekdays[strings.ToLower(f.te.Text[strings.LastIndexByte(f.te.Text, ' ')+1:])]
			n := (int(wd) - int(t.Weekday()) + 7) % 7
			if n == 0 {
				n = 7
			}
			f.te.Value = t.AddDate(0, 0, n).Format("2006-01-02")
			day = f.te.Value
		default:
			continue
		}
		f.deictic = false
		if hasRef {
			f.te.Relation = relation(f.te.Value, ref)
		}
	}
}

// unanchored drops the value of "the following week/month" when no day or
// month was dated before it: the phrase counts from a time the story gave
// ("travelled to Moscow the following week" after no date), and read from
// the day of writing it would put a past act in the future; in a forecast
// ("prices will rise the following month") it is the next one. "The previous
// week" keeps its reading from the day of writing, which reports use as
// "last week" ("had met the previous week").
// pastPastRef drops the value of "the following week/month" told in the
// past tense when counting on from the time dated before puts it after the
// day of writing ("was arrested on Monday and charged the following week",
// written on Wednesday): a past act is no later than the report of it, so
// the day before was not the one the step counts from. It says whether it
// dropped the value.
func pastPastRef(f *found, hasRef bool, ref time.Time) bool {
	if !hasRef || f.step <= 0 || !f.past || relation(f.te.Value, ref) != "future" {
		return false
	}
	f.te.Value, f.te.EndValue = "", ""
	return true
}

func unanchored(f *found) {
	if f.step > 0 && f.past {
		f.te.Value, f.te.EndValue = "", ""
	}
}

// dateRange reads a range of days across months: "from January 23 through
// March 9", "28 February to 3 March 2024", "between June 30 and July 2". A
// year written at either end dates both (the start a year earlier when the
// range wraps, "December 28 to January 3, 2024"); without one the end takes
// the year the tense calls for, so that a range under way at the publish
// date ("is to run from January 23 through March 9", written on January
// 28) starts this year, not the next. "And" joins a range only after
// "between"; the preposition is not part of the text.
func dateRange(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	prep := strings.ToLower(g[1])
	conn := strings.ToLower(strings.TrimSpace(s[m.start:m.end]))
	if strings.Contains(conn, " and ") != (prep == "between") {
		return te, false // "March 3 and April 5" lists two days
	}
	ms1, ds1, ms2, ds2 := g[2], g[3], g[7], g[8]
	if ms1 == "" {
		ms1, ds1 = g[5], g[4]
	}
	if ms2 == "" {
		ms2, ds2 = g[10], g[9]
	}
	m1, ok1 := parseMonth(ms1)
	m2, ok2 := parseMonth(ms2)
	if !ok1 || !ok2 || !isCap(ms1) || !isCap(ms2) || m1 == m2 {
		return te, false // within one month dayRange reads it
	}
	d1, d2 := parseDay(ds1), parseDay(ds2)
	var y1, y2 int
	switch {
	case g[11] != "":
		y2, _ = strconv.Atoi(g[11])
		y1 = y2
		if g[6] != "" {
			y1, _ = strconv.Atoi(g[6])
		} else if m2 < m1 {
			y1--
		}
	case g[6] != "":
		y1, _ = strconv.Atoi(g[6])
		y2 = y1
		if m2 < m1 {
			y2++
		}
	case hasRef:
		y2 = inferYear(m2, d2, ref, tense)
		y1 = y2
		if m2 < m1 {
			y1--
		}
	default:
		return te, false
	}
	if !validDate(y1, m1, d1) || !validDate(y2, m2, d2) {
		return te, false
	}
	from, to := time.Date(y1, m1, d1, 12, 0, 0, 0, time.UTC), time.Date(y2, m2, d2, 12, 0, 0, 0, time.UTC)
	if !to.After(from) {
		return te, false
	}
	te.Value, te.Precision, te.EndValue = day(from), model.PrecisionDay, day(to)
	if prep != "" {
		te.Start += len(g[1]) + 1
		te.Text = te.Text[len(g[1])+1:]
	}
	return te, true
}

// partMod is the TIMEX3 mod of a word naming a part of a period: "end",
// "close", "late" END; "start", "beginning", "early" START; "middle",
// "mid" MID; "" for none.
func partMod(word string) string {
	switch strings.ToLower(strings.TrimRight(word, " -")) {
	case "end", "close", "late", "later":
		return model.ModEnd
	case "start", "beginning", "early":
		return model.ModStart
	case "middle", "mid":
		return model.ModMid
	}
	return ""
}

// dayRangeWords reads "from May 3 to 7", "between June 10 and 12, 2024",
// "from 3 to 5 March":
// days of one month joined in words, read as "May 3-7" is. "between" goes
// with "and", "from" with the others; a second number that a unit or a
// clock follows is no day ("from May 3 to 7 p.m.", "to 7 percent"). The
// preposition is not part of the text, as for "1947 to 1960".
func dayRangeWords(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	// Groups: the preposition; month, day, connective, day; or day,
	// connective, day, month; the year.
	g := m.groups
	mo, d1, conn, d2 := g[2], g[3], g[4], g[5]
	if mo == "" {
		mo, d1, conn, d2 = g[9], g[6], g[7], g[8]
	}
	prep, conn := strings.ToLower(g[1]), strings.ToLower(conn)
	if (prep == "between") != (conn == "and") {
		return te, false
	}
	if rest := strings.TrimLeft(s[m.end:], " "); g[2] != "" && g[10] == "" && rest != "" {
		if strings.ContainsRune("%:.", rune(rest[0])) && !(rest[0] == '.' && (len(rest) == 1 || rest[1] == ' ' || rest[1] == '\n')) {
			return te, false
		}
		switch strings.ToLower(strings.TrimRight(strings.Fields(rest)[0], ",.;:")) {
		case "percent", "per", "pm", "p.m", "am", "a.m", "o'clock", "points", "pct":
			return te, false
		}
	}
	te, ok := dayRange(s, te, match{start: m.start, end: m.end, kind: kDayRange, groups: []string{g[0], mo, d1, d2, g[10]}}, ref, hasRef, tense)
	if !ok {
		return te, false
	}
	cut := len(g[1]) + 1
	te.Start += cut
	te.Text = te.Text[cut:]
	return te, true
}
