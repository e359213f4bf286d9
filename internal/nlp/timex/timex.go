// Package timex finds date and relative time expressions in article text and
// normalises them against the publish date: "Friday", "last week", "next
// month", "July 27", "since April", "in 2018", "2018-2019", "the 1990s",
// "the 19th century", "the past three years", "after 14 months", "the 68th
// anniversary of ...", "on Christmas Day", "late April", "January 23
// through March 9", "WWII"; "the following month", "the next Tuesday" and
// "three months later" count from the date the text gave last. Tense cues in the sentence ("will hold",
// "had exchanged", "planned for") decide whether an underspecified date
// ("Friday", "July 27") lies before or after the publish date.
package timex

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/model"
)

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
	"several": 3, "few": 3, "a few": 3,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "fiftieth": 50, "hundredth": 100,
}

const (
	monthRE = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	dayRE   = `(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?`
	yearRE  = `(?:1[89][0-9]{2}|20[0-9]{2})`
	// fullYearRE is a year inside a fuller date ("August 2, 1754"), where
	// the month leaves no doubt that the number is a year.
	fullYearRE = `(?:1[0-9]{3}|20[0-9]{2})`
	wdRE       = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	numRE      = `(?i:[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|several|a few|few)`
	unitRE     = `(?i:days?|weeks?|months?|years?|decades?)`
	ordRE      = `(?:[0-9]{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|fiftieth|hundredth)`
	seasonR    = `(?:spring|summer|autumn|fall|winter)`
	capSeasonR = `(?:Spring|Summer|Autumn|Fall|Winter)`
	// seasonPlaceR names whose season it is: one or two capitalised words
	// ("European", "New Zealand") or a hemisphere.
	seasonPlaceR = `(?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?|(?i:northern|southern|austral|boreal)(?: (?i:hemisphere))?)`
	// ordDayWordRE is a day of the month as an ordinal in words (see
	// spelledDays).
	ordDayWordRE = `(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)`
)

// kind says how a match is normalised.
type kind int

const (
	kISO kind = iota
	kMonthDayYear
	kDayMonthYear
	kMonthDay
	kDayMonth
	kMonthYear
	kSinceMonth
	kMonth
	kYearRange
	kYear
	kDecade
	kCentury
	kDecadeWord
	kBareMonth
	kNamedPeriod
	kAnaYear
	kRelDay
	kWeekday
	kRelWeek
	kWeekend
	kRelMonth
	kRelYear
	kAgo
	kDuration
	kSeason
	kAnniversary
	kDayRange
	kMonthRange
	kFiscal
	kQuarter
	kQCode
	kEndOf
	kAnaDay
	kPeriodTo
	kHoliday
	kDateRange
	kEraYear
	kOldYear
	kDayRangeWords
	kOrdDay
	kInThe
	kPartOf
	kNthWeekday
	kFromNow
	kMonthsOf
	kTurnOfYear
	kCenturyPart
	kWeekOfMonth
	kDayOfRelMonth
	kWeekOfDay
)

type rule struct {
	re   *regexp.Regexp
	kind kind
	// also lists substrings of the lower-cased sentence of which one must
	// occur besides the kind's need, for rules that need more than their
	// kind ("between", a dash).
	also []string
}

// need lists, per kind, substrings of the lower-cased sentence of which at
// least one must occur for the kind's pattern to have a chance: a cheap test
// that skips most regular-expression runs (timex is on the hot path of
// split+tag+code).
var (
	monthKeys = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	need      = map[kind][]string{
		kMonthDay: monthKeys, kDayMonth: monthKeys, kMonthYear: monthKeys, kSinceMonth: monthKeys, kMonth: monthKeys,
		kMonthDayYear: monthKeys, kDayMonthYear: monthKeys,
		kRelDay:        {"yesterday", "today", "tonight", "tomorrow", "this morning", "this afternoon", "this evening", "last night", "time of writing", "time of publication", "time of going to press", "overnight"},
		kWeekday:       {"day"},
		kNthWeekday:    {"day"},
		kFromNow:       {"today", "now", "tomorrow", "day", "week"},
		kMonthsOf:      {"months of"},
		kTurnOfYear:    {"turn of"},
		kCenturyPart:   {"century"},
		kWeekOfMonth:   {"week of", "half of"},
		kDayOfRelMonth: {" month"},
		kWeekOfDay:     {"week of "},
		kRelWeek:       {"week"},
		kWeekend:       {"weekend"},
		kRelMonth:      {"month"},
		kRelYear:       {"year"},
		kAgo:           {"ago", "earlier", "before", "later", "afterwards"},
		kDuration:      {"day", "week", "month", "year", "decade", "century", "hour", "fortnight"},
		kSeason:        {"spring", "summer", "autumn", "fall", "winter"},
		kCentury:       {"century"},
		kDecadeWord:    {"ties"},
		kBareMonth:     monthKeys,
		kNamedPeriod:   {" war", "9/11", "depression", "revolution", "ww", "middle ages", "crusades", "recession"},
		kAnaYear:       {"year", "decade"},
		kAnniversary:   {"anniversary"},
		kDayRange:      monthKeys,
		kDayRangeWords: monthKeys,
		kMonthRange:    monthKeys,
		kFiscal:        {"fiscal", "fy"},
		kQuarter:       {"quarter", "half"},
		kQCode:         {"q1", "q2", "q3", "q4", "h1", "h2"},
		kEndOf:         {"end of", "start of", "beginning of", "middle of", "close of", "year-end", "year end", "end-year", "mid-year", "midyear", "mid-month", "midmonth", "mid-decade", "middecade", "year's end", "year’s end"},
		kAnaDay:        {"day", "morning", "afternoon", "evening", "night"},
		kPeriodTo:      monthKeys,
		kDateRange:     monthKeys,
		kInThe:         {"earlier in the", "later in the"},
		kPartOf:        {" of "},
		kHoliday:       {"christmas", "new year", "valentine", "halloween", "hallowe", "boxing day", "bastille", "patrick", "fawkes", "armistice", "remembrance", "veterans", "saints", "may day", "easter", "good friday", "thanksgiving", "black friday", "cyber monday", "labor day", "memorial day", "ascension", "pentecost", "whit", "ash wednesday", "palm sunday", "maundy", "holy thursday", "holy saturday", "shrove", "mardi gras", "lunar new", "chinese new", "ramadan", "ramadhan", "eid", "rosh hash", "kippur", "passover", "pesach", "hanuk", "chanuk", "sukkot", "succot", "shavuot", "purim"},
	}
)

var dashes = []string{"-", "–"}

func containsAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

func mayMatch(k kind, lower string, hasDigit bool) bool {
	switch k {
	case kISO, kYearRange, kYear, kDecade, kMonthDayYear, kDayMonthYear, kMonthYear, kFiscal, kDayRange, kDateRange, kEraYear, kOldYear, kOrdDay:
		if !hasDigit {
			return false
		}
	}
	if k == kDateRange {
		// A range across months names two different months.
		n := 0
		for _, key := range monthKeys {
			if strings.Contains(lower, key) {
				n++
			}
		}
		return n >= 2
	}
	keys, ok := need[k]
	if !ok {
		return true
	}
	for _, key := range keys {
		if strings.Contains(lower, key) {
			return true
		}
	}
	return false
}

// weeksFromRE is the count of weeks that ends the words before a weekday
// in "a week from Friday", "two weeks from Monday".
var weeksFromRE = regexp.MustCompile(`\b(?i:(a|one|two|three|four|[1-4])) (?i:weeks?) (?i:from) $`)

var rules = []rule{
	{regexp.MustCompile(`\b(` + dayRE + `) ?[-–] ?(` + dayRE + `) (` + monthRE + `)(?:,? (` + fullYearRE + `))?\b`), kDayRange, dashes},
	{regexp.MustCompile(`\b(` + monthRE + `) (` + dayRE + `) ?[-–] ?(` + dayRE + `)(?:,? (` + fullYearRE + `))?\b`), kDayRange, dashes},
	// "on June 21 and 22", "on 14 and 15 April": two days running, one
	// span (dayRange keeps it to days that follow each other).
	{regexp.MustCompile(`\b(` + dayRE + `) and (` + dayRE + `) (` + monthRE + `)(?:,? (` + fullYearRE + `))?\b`), kDayRange, []string{" and "}},
	{regexp.MustCompile(`\b(` + monthRE + `) (` + dayRE + `) and (` + dayRE + `)(?:,? (` + fullYearRE + `))?\b`), kDayRange, []string{" and "}},
	// "from May 3 to 7", "between 10 and 12 June": days of one month
	// joined in words, which need the preposition that opens a range
	// ("May 3 to 7 percent" is no range).
	{regexp.MustCompile(`\b(?i:(from|between)) (?:(` + monthRE + `) (` + dayRE + `) (?i:(to|through|until|till|and)) (` + dayRE + `)|(` + dayRE + `) (?i:(to|through|until|till|and)) (` + dayRE + `) (?:of )?(` + monthRE + `))(?:,? (` + fullYearRE + `))?\b`), kDayRangeWords, nil},
	{regexp.MustCompile(`\b(?:(?i:(from|between|in|during|by|of|since|until|through)) )?(` + monthRE + `)(?: ?[-–] ?| (?i:(to|until|till|through|and)) )(` + monthRE + `)(?:,? (?:(?i:of|in) )?(` + fullYearRE + `))?\b`), kMonthRange, []string{"-", "–", " to ", " until ", " till ", " through ", " and "}},
	{regexp.MustCompile(`\b(?i:between) (` + yearRE + `) (?i:and) (` + yearRE + `)\b`), kYearRange, []string{"between"}},
	{regexp.MustCompile(`\b(?:(?i:fiscal)(?: (?i:year))? (?:(` + fullYearRE + `)|['’]([0-9]{2}))|FY ?(?:(` + fullYearRE + `)|['’]?([0-9]{2})))(?:[-–/]([0-9]{4}|[0-9]{2}))?\b`), kFiscal, nil},
	{regexp.MustCompile(`\b((?i:the) )?(?i:(first|second|third|fourth|final|last|1st|2nd|3rd|4th|latter|this|next|current|previous)) (?i:(quarter|half))(?: (?i:of) (?:(` + fullYearRE + `)|(?i:(this|last|next|the)) (?i:year)))?\b`), kQuarter, nil},
	{regexp.MustCompile(`\b(?:Q([1-4])|H([12]))(?:[ -]?(` + fullYearRE + `|['’]?[0-9]{2}))?\b`), kQCode, nil},
	{turnOfYearRE, kTurnOfYear, nil},
	{regexp.MustCompile(`\b(?i:(?:the )?(end|start|beginning|middle|close) of (?:(?:(this|next|last|the) )?(year|month|decade|week)|(` + fullYearRE + `))|(year)(?:[- ]|['’]s )end|end-(year)|(?:the )?(end|start|beginning|middle|close) of (` + monthRE + `)(?:,? (` + fullYearRE + `))?|mid-?(year|month|decade))\b`), kEndOf, nil},
	{regexp.MustCompile(`\b(?i:(the following|the next|the previous|that|that same|the same) (day|morning|afternoon|evening|night)|the (day|night) (before|after))\b`), kAnaDay, []string{"following", "next", "previous", "that day", "that morning", "that afternoon", "that evening", "that night", "same", "the day", "the night"}},
	{regexp.MustCompile(`\b(?i:the) (?:(?i:(three|six|nine|twelve|3|6|9|12)) (?i:months)|(?i:(quarter|half|half-year|(?:financial |fiscal )?year))) (?i:to|ended|ending|through) (?:(?i:the end of) |(?i:end)-)?(` + monthRE + `)(?: ` + dayRE + `)?(?:,? (` + fullYearRE + `))?\b`), kPeriodTo, []string{"months", "quarter", "half", "year"}},
	{holidayRE, kHoliday, nil},
	{nthWeekdayRE, kNthWeekday, []string{" of ", " in "}},
	{fromNowRE, kFromNow, []string{" from ", " ago "}},
	{monthsOfRE, kMonthsOf, nil},
	{regexp.MustCompile(`\b(?:(?i:(from|between)) )?(?:(` + monthRE + `) (` + dayRE + `)|(` + dayRE + `) (?:of )?(` + monthRE + `))(?:,? (` + fullYearRE + `))?(?: ?[-–] ?| (?i:to|through|until|till|and) )(?:(` + monthRE + `) (` + dayRE + `)|(` + dayRE + `) (?:of )?(` + monthRE + `))(?:,? (` + fullYearRE + `))?\b`), kDateRange, []string{"-", "–", " to ", " until ", " till ", " through ", " and "}},
	// "on the 3rd", "on the 15th", "set for the 24th", "by the 15th": a
	// day of the month the story is in, which ordDayFits tells from "on
	// the 3rd Battalion" and "for the 20th time".
	{regexp.MustCompile(`\b(?i:on|for|by|until|till) ((?i:the) ([1-9]|[12][0-9]|3[01])(?i:st|nd|rd|th))\b`), kOrdDay, nil},
	{regexp.MustCompile(`\b(` + yearRE + `)-([01][0-9])-([0-3][0-9])\b`), kISO, nil},
	{regexp.MustCompile(`\b(` + monthRE + `) (` + dayRE + `),? (` + fullYearRE + `)\b`), kMonthDayYear, nil},
	{regexp.MustCompile(`\b(` + dayRE + `) (?:(?i:day) of |of )?(` + monthRE + `),? (` + fullYearRE + `)\b`), kDayMonthYear, nil},
	// A day of the month as a spelled-out ordinal: "the first day of
	// July", "the fifteenth of March, 2021". spelledDayFits wants "the"
	// before it ("a third of March's rain" is a share).
	{regexp.MustCompile(`\b(` + ordDayWordRE + `) (?:(?i:day) of |of )(` + monthRE + `),? (` + fullYearRE + `)\b`), kDayMonthYear, nil},
	{regexp.MustCompile(`\b(` + ordDayWordRE + `) (?:(?i:day) of |of )(` + monthRE + `)\b`), kDayMonth, nil},
	// "the last day of July": the month's last day (see lastDayWord).
	{regexp.MustCompile(`\b((?i:last|final)) (?i:day) of (` + monthRE + `),? (` + fullYearRE + `)\b`), kDayMonthYear, nil},
	{regexp.MustCompile(`\b((?i:last|final)) (?i:day) of (` + monthRE + `)\b`), kDayMonth, nil},
	{partOfRE, kPartOf, nil},
	{regexp.MustCompile(`\b(` + monthRE + `) (` + dayRE + `)\b`), kMonthDay, nil},
	{regexp.MustCompile(`\b(` + dayRE + `) (?:(?i:day) of |of )?(` + monthRE + `)\b`), kDayMonth, nil},
	{regexp.MustCompile(`\b(?:(?i:early|mid|late|mid-)[ -]|(?i:end)-)?(` + monthRE + `),? (?:of )?(` + fullYearRE + `)\b`), kMonthYear, nil},
	// A month may take its year from the words after it: "since March last
	// year", "in May next year", "in April of this year".
	{regexp.MustCompile(`\b(?i:since|until|till|through|from) (?:(?i:early|mid|late|mid-)[ -]|(?i:end)-)?(` + monthRE + `)\b(?: (?:(?i:of) )?(?i:(last|this|next)) (?i:year)\b)?`), kSinceMonth, nil},
	// "end-June", as wire reports write the end of a month ("by
	// end-June", "at end-March"), stands on its own like "mid-July".
	{regexp.MustCompile(`\b(?:(?i:in|by|of|during|since|early|late|mid|mid-|last|next|this|following) (?:(?i:early|mid|late|mid-)[ -]|(?i:end)-)?|(?i:end|mid)-)(` + monthRE + `)\b(?: (?:(?i:of) )?(?i:(last|this|next)) (?i:year)\b)?`), kMonth, nil},
	{regexp.MustCompile(`\b(` + yearRE + `)(?:-|–| to | through |/)(` + yearRE + `|[0-9]{2})\b`), kYearRange, nil},
	// A dash with spaces around it joins full years only: "2000 - 2050",
	// "(1704 – 1787)"; "2010 - 12" may be a score.
	{regexp.MustCompile(`\b(` + fullYearRE + `) [-–—] (` + fullYearRE + `)\b`), kYearRange, []string{" - ", " – ", " — "}},
	// Or a full year and the last two digits of the next when the pair
	// is all a parenthesis holds, as a biography dates a period or a
	// life: "(1892 – 94)". A score or a count has no such brackets;
	// yearRangeBracketed checks them.
	{regexp.MustCompile(`\b(` + fullYearRE + `) [-–—] ([0-9]{2})\b`), kYearRange, []string{" - ", " – ", " — "}},
	// A year to the present, as a career or a tenure is listed: "(2013 –
	// present)", "2005-present".
	{regexp.MustCompile(`\b(` + fullYearRE + `) ?[-–—] ?((?i:present))\b`), kYearRange, []string{"present"}},
	{regexp.MustCompile(`\b(?:[Tt]he )?()(1[0-9][0-9]0|20[0-9]0)['’]?s\b`), kDecade, nil},
	// "the '90s", "the late ’80s": a decade by its last two digits
	// (shortDecade picks the century).
	{regexp.MustCompile(`\b[Tt]he (?:(?i:(early|mid|late))[ -])?['’]([0-9]0)s\b`), kDecade, nil},
	{centuryPartRE, kCenturyPart, nil},
	{weekOfMonthRE, kWeekOfMonth, nil},
	{dayOfRelMonthRE, kDayOfRelMonth, nil},
	{weekOfDayRE, kWeekOfDay, nil},
	{regexp.MustCompile(`\b(?:[Tt]he )?(?i:(early|mid|late|mid-) ?)?([1-9]|1[0-9]|2[01])(?:st|nd|rd|th)[ -](?i:century)\b(?: ((?:BCE|BC|AD|CE)\b|B\.C\.(?:E\.)?|A\.D\.|C\.E\.))?`), kCentury, nil},
	{regexp.MustCompile(`\b(?:[Tt]he )?(?i:(early|mid|late|mid-) ?)?(?i:(eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[ -](?i:century)\b(?: ((?:BCE|BC|AD|CE)\b|B\.C\.(?:E\.)?|A\.D\.|C\.E\.))?`), kCentury, nil},
	{regexp.MustCompile(`\b()(` + fullYearRE + `)\b`), kYear, nil},
	// "earlier today", "later tonight": the day itself, the adverb with it.
	{regexp.MustCompile(`\b(?:(?i:earlier|later) )?(?i:(the day before yesterday|yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night|the time of writing|the time of publication|the time of going to press))\b`), kRelDay, nil},
	// "shelled the village overnight": the night before the day of
	// writing in a report of the past, the coming one in a forecast
	// (overnightFits tells the adverb from "an overnight curfew").
	{regexp.MustCompile(`\b(?i:(overnight))\b`), kRelDay, nil},
	{regexp.MustCompile(`\b(?:(?i:(last|next|this|on|earlier|later|since|until|by|following)) )?(` + wdRE + `)\b`), kWeekday, nil},
	{regexp.MustCompile(`\b(?i:(earlier|later) )?(?i:(last|this|next|past|previous|coming|the previous|the following)) (?i:week)\b`), kRelWeek, nil},
	// "the week after next": the week two on from this one; "the week
	// before last" two back.
	{regexp.MustCompile(`\b(?i:the week ()(after next|before last))\b`), kRelWeek, nil},
	// "earlier in the week", "later in the year": a part of the day,
	// week, month or year the text last dated (see inThe).
	{regexp.MustCompile(`\b(?i:(earlier|later) in the (day|week|month|year))\b`), kInThe, nil},
	{regexp.MustCompile(`\b(?i:(over|during|throughout|on|at|this|last|next|by|before|until|till) (?:the )?(?:(last|this|next|past|coming|previous|following) )?weekend)\b`), kWeekend, nil},
	// "held a march the following weekend": these two need no preposition
	// (the empty group stands for it).
	{regexp.MustCompile(`\b(?i:()the (previous|following) weekend)\b`), kWeekend, nil},
	{regexp.MustCompile(`\b(?i:(earlier|later|early|late) )?(?i:(last|this|next|past|previous|coming|the previous|the following))(?i: month)(?:'s)?\b`), kRelMonth, nil},
	{regexp.MustCompile(`\b(?i:(earlier|later|early|late) )?(?i:(last|this|next|past|previous|coming|the previous|the following)) (?i:year)\b`), kRelYear, nil},
	// "in the new year", lower case: the year about to begin or just
	// begun (the holiday is "New Year"); not "the new year's budget".
	{regexp.MustCompile(`\b(?:in|into|by|since|early in|later in) ()(the new) year\b`), kRelYear, nil},
	{regexp.MustCompile(`\b(` + numRE + `|[1-9][0-9]{0,2}(?:,[0-9]{3})+) (` + unitRE + `) (?i:(ago|earlier|before|later|afterwards))\b`), kAgo, nil},
	// "24 hours ago": the day that many hours before noon of the publish
	// day, whose hour is seldom known.
	{regexp.MustCompile(`\b(` + numRE + `) (?i:(hours?)) (?i:(ago))\b`), kAgo, nil},
	// "a fortnight ago", British for two weeks; "earlier" and "later" stay
	// with the units the stories count in.
	{regexp.MustCompile(`\b(` + numRE + `) (?i:(fortnights?)) (?i:(ago))\b`), kAgo, nil},
	// "a century ago", "two centuries ago": counted back in years, as
	// "a decade ago" is.
	{regexp.MustCompile(`\b(` + numRE + `) (?i:(century|centuries)) (?i:(ago))\b`), kAgo, nil},
	{regexp.MustCompile(`\b[Tt]he (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`), kDecadeWord, nil},
	{regexp.MustCompile(`\b(` + monthRE + `)\b`), kBareMonth, nil},
	{namedPeriodRE, kNamedPeriod, nil},
	{anaphoric, kAnaYear, nil},
	{regexp.MustCompile(`\b(?:(?i:(the past|the last|the previous|the next|the coming|the following|past|last|previous|next|coming|following|after|within|in)) )?(` + numRE + `)( |-)(` + unitRE + `)\b`), kDuration, nil},
	// "in a fortnight", "the past fortnight", "within two fortnights":
	// British for two weeks, as "a fortnight ago" above.
	{regexp.MustCompile(`\b(?i:(the past|the last|the next|the coming|past|last|next|within|in)) (?:(` + numRE + `)( ))?(?i:(fortnights?))\b`), kDuration, nil},
	// "the past decade", "the next century": one of the unit, counted
	// from the day of writing. ("The following decade" counts from a
	// story's time, and is left alone.) This is the rolling reading the
	// TIMEX2 (TIDES) and TimeML/TIMEX3 guidelines give "the past/last N
	// units": a duration (P1DE, P1CE) anchored at the reference time and
	// ending there, not the calendar decade or century before it, which
	// they write as a date ("the 2000s", "the 20th century"). GUM reads
	// "the past century" in a 2009 interview as 1900-1999; we read
	// 1909-04-05 to 2009-04-04, as the guidelines do, and let GUM's
	// calendar count score as a wrong value.
	{regexp.MustCompile(`\b(?i:(the past|the last|the next|the coming))()( )(?i:(decade|century))\b`), kDuration, []string{"decade", "century"}},
	// "the past 24 hours": the days they reach back to, counted from
	// noon of the publish day. Hours ahead ("within 48 hours", "the next
	// 30 hours") are deadlines and forecasts more than dates, and are
	// left alone.
	{regexp.MustCompile(`\b(?i:(the past|the last|past|last)) (` + numRE + `)( )(?i:(hours))\b`), kDuration, nil},
	// "in recent days", "recent years": a few of the unit up to the day
	// of writing, read as "the past few days" is.
	{regexp.MustCompile(`\b(?i:(recent))()( )(?i:(days|weeks|months))\b`), kDuration, nil},
	// "in the coming weeks", "in the coming days": a few of the unit
	// from the day of writing, as "the next few weeks" reads; TimeML
	// would write FUTURE_REF, which has no span to store.
	{regexp.MustCompile(`\b(?i:(the coming))()( )(?i:(days|weeks|months))\b`), kDuration, []string{"coming"}},
	// A season opening a sentence has its capital ("Spring 2025 brought
	// floods"); capSeasonFits keeps it to where a lower-case one stands.
	// A word of place or hemisphere may stand between the lead and the
	// season ("during the European summer", "this austral winter"):
	// seasonSpan reads the half of the world from it.
	{regexp.MustCompile(`\b(?:(?i:(last|this|next|in the|during the|over the|early|late|the coming|the past|the following|the next|the previous|by the following|by the next|by the|until the|till the|before the|after the|by|until|till|before)) (?:` + seasonPlaceR + ` )?)?(` + seasonR + `|` + capSeasonR + `)(?: (?:of )?(` + fullYearRE + `)(?:[-–]([0-9]{4}|[0-9]{2}))?)?\b`), kSeason, nil},
	{regexp.MustCompile(`\b(?i:the )?(` + ordRE + `) anniversary of\b`), kAnniversary, nil},
	// A year with its era: "753 BC", "AD 79", "410 A.D.", "300 BCE". The
	// era is written in capitals ("ad" and "ce" are no era), and only "AD"
	// leads a year ("CE 10" is a name).
	{regexp.MustCompile(`\b(?:(AD|A\.D\.) ?([1-9][0-9]{0,3})\b|([1-9][0-9]{0,3}) ?(BCE|BC|AD|CE)\b|([1-9][0-9]{0,3}) ?(B\.C\.(?:E\.)?|A\.D\.|C\.E\.))`), kEraYear, nil},
	// A three-digit year after a preposition of time: "fell in 476",
	// "until about 360"; a two-digit one only after a word that makes it
	// a year ("c. 71", "in the year 71"). oldYearFits and oldYearLead
	// judge the rest. A month may lead it, a biography's "in December
	// of 384": the month of that year (its lead group is then empty);
	// the match takes the preposition in, so that it is longer than the
	// month's own "in December", which starts there too.
	{regexp.MustCompile(`\b(?:(?i:(in|since|until|during|circa|c\.|ca\.|around|about|after|from|the year))|(?:(?i:in|by|since|until|from|during) )?` + monthRE + ` (?i:of)) (?i:(about|around|c\.|circa) )?([1-9][0-9]{1,2})\b`), kOldYear, nil},
}

// ruleCues are the strings each rule's pattern needs (see cueSet).
var ruleCues = newCueSet(rulePatterns())

func rulePatterns() []*regexp.Regexp {
	ps := make([]*regexp.Regexp, len(rules))
	for i, r := range rules {
		ps[i] = r.re
	}
	return ps
}

// ruleGate says which rules may match a sentence: those whose cues occur in
// it (most rules on most sentences have none) and that pass their kind's
// tests (need, also, eraMark), which read the lower-cased sentence, made
// only when a rule gets that far.
type ruleGate struct {
	s, lower          string
	lowered, hasDigit bool
	hits              cueHits
}

func newRuleGate(s string) *ruleGate {
	g := &ruleGate{s: s}
	ruleCues.scan(s, &g.hits)
	return g
}

func (g *ruleGate) may(i int) bool {
	if !ruleCues.may(&g.hits, i) {
		return false
	}
	if !g.lowered {
		g.lower, g.hasDigit, g.lowered = strings.ToLower(g.s), strings.ContainsAny(g.s, "0123456789"), true
	}
	r := rules[i]
	return mayMatch(r.kind, g.lower, g.hasDigit) && (r.also == nil || containsAny(g.lower, r.also)) && (r.kind != kEraYear || eraMark(g.s))
}

// eraMark says s may hold an era's name, in the capitals eraYear's rule
// wants (a cheap test before it runs).
func eraMark(s string) bool {
	return strings.Contains(s, "BC") || strings.Contains(s, "AD") || strings.Contains(s, "CE") ||
		strings.Contains(s, "B.C") || strings.Contains(s, "A.D") || strings.Contains(s, "C.E")
}

// eraYear dates a year with its era. Values are years of four digits, those
// before Christ with a minus and no year zero, as XML Schema 1.0 and TEI
// write them (753 BC is -0753, as it is read; ISO 8601's astronomical
// count would make it -0752): they compare before all later ones.
func eraYear(g []string) (string, bool) {
	digits, era := g[2], g[1]
	if digits == "" {
		digits, era = g[3], g[4]
	}
	if digits == "" {
		digits, era = g[5], g[6]
	}
	y, err := strconv.Atoi(digits)
	if err != nil || y < 1 {
		return "", false
	}
	if strings.HasPrefix(era, "B") {
		return fmt.Sprintf("-%04d", y), true
	}
	if y > 2100 {
		return "", false
	}
	return fmt.Sprintf("%04d", y), true
}

// oldYearFits says the three-digit number of a kOldYear match is a year: it
// follows a preposition of time and ends its clause or is followed by what
// follows a year ("fell in 476.", "in 476 the last emperor", "in 476 Odoacer
// deposed"), in a sentence with a verb in the past, and no number leads the
// preposition ("one in 250." is a ratio; "in 250 cases" counts cases).
func oldYearFits(s string, m match, tense Tense, strong bool) bool {
	if strong {
		// "c. 347", "in the year 71" name a year in any tense; only a
		// count after it ("c. 300 soldiers") makes it a number.
		rest := strings.TrimLeftFunc(s[m.end:], unicode.IsSpace)
		return !countFollows(rest) && !(rest != "" && (rest[0] == '%' || rest[0] == '.' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9'))
	}
	if tense != TensePast {
		return false
	}
	before := strings.ToLower(lastWord(s[:m.start]))
	switch before {
	case "one", "1", "a", "ranked", "number", "no.", "page", "p.", "room", "route", "flight", "seat":
		return false
	}
	if before != "" && before[0] >= '0' && before[0] <= '9' {
		return false
	}
	rest := strings.TrimLeftFunc(s[m.end:], unicode.IsSpace)
	if rest == "" {
		// A line with no stop is a heading or a table's cell, whose
		// numbers are counts: "Runs batted in 171".
		return false
	}
	if strings.ContainsRune(",.;:)", rune(rest[0])) {
		// "in 476." but not "in 476.5" nor "in 476,000".
		return len(rest) < 2 || !(rest[1] >= '0' && rest[1] <= '9')
	}
	if strings.ContainsRune("%-–/", rune(rest[0])) {
		return false
	}
	if countsJoined(rest) {
		return false
	}
	next := strings.TrimRight(strings.Fields(rest)[0], ",.;:")
	if isCap(next) {
		// "in 476 Odoacer deposed ...", but not "in 476 BC" (era rule) or
		// a unit "in 476 AU".
		return len(next) > 1 && strings.ToUpper(next) != next
	}
	switch strings.ToLower(next) {
	case "as", "when", "the", "he", "she", "it", "they", "his", "her", "their", "after", "before", "until", "while", "where", "but", "and":
		return true
	}
	return false
}

// oldYearExpr reads a kOldYear match in a sentence of the given tense.
func oldYearExpr(s string, m match, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	te := model.TimeExpr{Text: s[m.start:m.end], Start: m.start, End: m.end}
	y, _ := strconv.Atoi(g[3])
	strong := oldYearLead(g) == leadYear
	if len(g[3]) < 3 && !strong {
		return model.TimeExpr{}, false // "in 12 cases", "about 40"
	}
	// "(c. 314 – 368)", "until about 360 - 366": a span of years.
	y2, from := 0, m.end-len(g[3])
	if r := oldYearEnd.FindStringSubmatch(s[m.end:]); r != nil {
		if n, err := strconv.Atoi(r[1]); err == nil && n > y && n-y <= 100 {
			y2 = n
			m.end += len(r[0])
		}
	}
	if !oldYearFits(s, m, tense, strong) {
		return model.TimeExpr{}, false
	}
	te.Value, te.Precision = fmt.Sprintf("%04d", y), model.PrecisionYear
	if g[1] == "" {
		// "December of 384": the month of the year, and no span; the
		// preposition before the month is no part of it.
		ws := strings.Fields(te.Text)
		mo, ok := parseMonth(ws[0])
		if !ok && len(ws) > 1 {
			te.Start += len(ws[0]) + 1
			te.Text = s[te.Start:te.End]
			mo, ok = parseMonth(ws[1])
		}
		if !ok || y2 != 0 {
			return model.TimeExpr{}, false
		}
		te.Value, te.Precision = fmt.Sprintf("%04d-%02d", y, mo), model.PrecisionMonth
		return te, true
	}
	if y2 != 0 {
		te.EndValue = fmt.Sprintf("%04d", y2)
	}
	// The year alone, not the preposition: "in 476" is "476".
	te.Start = from
	te.End = m.end
	te.Text = s[te.Start:te.End]
	return te, true
}

// oldYearEnd matches the end of a span after an old year: " – 368",
// "-366".
var oldYearEnd = regexp.MustCompile(`^ ?[-–] ?([1-9][0-9]{1,2})\b`)

// Leads of a kOldYear match (oldYearLead).
const (
	leadTime = iota // a preposition of time: "in 476", "until about 360"
	leadYear        // a word that makes the number a year: "c. 347", "the year 71"
	leadNear        // a word that leads counts as often: "about 373", "after 211"
)

// oldYearLead says how a kOldYear match's words make its number a year.
// "About", "around", "after" and "from" lead counts as often as years
// ("around 300 died"), so find takes the number for a year only near a
// year the text has named (the story is of that age).
func oldYearLead(g []string) int {
	lead, hedge := strings.ToLower(g[1]), strings.ToLower(g[2])
	switch {
	case lead == "c." || lead == "ca." || lead == "circa" || lead == "the year" || hedge == "c." || hedge == "circa":
		return leadYear
	case lead == "about" || lead == "around" || lead == "after" || lead == "from":
		return leadNear
	}
	return leadTime
}

// holidayRE finds the holidays that fall on the same day every year, with
// what leads them and an optional year: "on Christmas Day", "last
// Halloween", "New Year's Eve 2019". Groups: leading word, name, year.
var holidayRE = regexp.MustCompile(`\b(?:(?i:(last|next|this|on|at|before|after|since|until|till|by|over|during|around|from|to|through|for|ahead of|in the run-up to)) )?(?:(?i:the) )?(Lunar New Year|Chinese New Year|Ramadh?an|Rosh Hashanah?|Yom Kippur|Passover|Pesach|Hanukk?ah|Chanukah|Sukkot|Succot|Shavuot|Purim|Eid[- ](?:al|ul|el)[- ](?:Fitr|Adha)|Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|New Year['’]s Day|Valentine['’]s Day|Hallowe['’]?en|Boxing Day|Bastille Day|St\.? Patrick['’]s Day|Saint Patrick['’]s Day|Guy Fawkes Night|Armistice Day|Remembrance Day|Veterans['’]? Day|All Saints['’] Day|May Day|Orthodox Easter Sunday|Orthodox Easter|Easter Sunday|Easter Monday|Easter Day|Easter|Good Friday|Ascension Day|Ascension Thursday|Pentecost Sunday|Pentecost Monday|Pentecost|Whit Sunday|Whit Monday|Whitsunday|Whitsun|Ash Wednesday|Palm Sunday|Maundy Thursday|Holy Thursday|Holy Saturday|Shrove Tuesday|Mardi Gras|Thanksgiving Day|Thanksgiving|Black Friday|Cyber Monday|Labor Day|Memorial Day)(?:,? (?:of )?(` + fullYearRE + `))?\b`)

// holidays are the month and day of holidayRE's names (lower case, curly
// apostrophes straightened, "St." and "Saint" dropped).
var holidays = map[string][2]int{
	"christmas eve": {12, 24}, "christmas day": {12, 25}, "christmas": {12, 25},
	"new year's eve": {12, 31}, "new year's day": {1, 1}, "valentine's day": {2, 14},
	"halloween": {10, 31}, "hallowe'en": {10, 31}, "boxing day": {12, 26}, "bastille day": {7, 14},
	"patrick's day": {3, 17}, "guy fawkes night": {11, 5}, "armistice day": {11, 11},
	"remembrance day": {11, 11}, "veterans day": {11, 11}, "veterans' day": {11, 11},
	"all saints' day": {11, 1}, "may day": {5, 1},
}

// holiday reads a holidayRE match. A bare "Christmas" or "Halloween" is a
// day only after a word that leads a time or with a year ("Christmas
// shopping", "a Halloween costume" are not); "Orthodox Christmas" falls on
// another day. Without a year it takes the one its modifier or the tense
// calls for, as a yearless date does.
func holiday(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	if loc := holidayPartRE.FindStringIndex(s[:m.start]); loc != nil {
		// "will pray in the last ten days of Ramadan": the part's
		// "last" is no past; the tense is the words' around it.
		blank := s[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + s[loc[1]:]
		tense = TenseAround(blank, m.start, m.end)
	}
	name := holidayName(g[2])
	md, fixed := holidays[name]
	_, _, movable := holidayOn(name, 2020)
	if !fixed && !movable {
		return te, false
	}
	// "the" may come before a lunar holiday's name ("for the Lunar New
	// Year", "during the Eid al-Adha holiday"); before the others it
	// leads a name of another thing ("since the Good Friday Agreement").
	lunar := lunarName(name) != ""
	afterLead := te.Text
	if g[1] != "" {
		afterLead = te.Text[len(g[1])+1:]
	}
	the := !strings.HasPrefix(afterLead, g[2])
	if the && !lunar {
		return te, false
	}
	if lunar && g[3] == "" && tense == TenseUnknown {
		switch strings.ToLower(g[1]) {
		case "last", "next", "this":
		default:
			// "Muslims fast during Ramadan", "millions travel home for
			// the Lunar New Year": a custom in the present tense, no
			// one year's days; but "for Eid next week" is this year's.
			if comingPeriodAfter(s[m.end:]) == 0 {
				return te, false
			}
		}
	}
	switch strings.ToLower(lastWord(s[:m.start])) {
	case "orthodox", "coptic", "armenian", "julian", "chinese", "lunar", "canadian":
		return te, false
	}
	lead := strings.ToLower(g[1])
	inYear, hasInYear := holidayInYear(s[m.end:])
	fallsYear, falls := holidayFalls(s[m.end:])
	if g[1] == "" && g[3] == "" && !hasInYear && !falls && (!strings.Contains(name, " ") || movable) && !lunar {
		// A movable holiday's name leads many a name of its own ("the
		// Good Friday Agreement", "the Easter Sunday bombings"): it is
		// a day only after a word that leads a time, or with its year.
		// A lunar holiday's name is the festival's even so ("the holy
		// month of Ramadan", "Lunar New Year celebrations"); the tense,
		// asked for below, tells the year.
		return te, false
	}
	// on returns the holiday's day in year y.
	on := func(y int) (time.Time, bool) {
		if movable {
			t, _, ok := holidayOn(name, y)
			return t, ok
		}
		return time.Date(y, time.Month(md[0]), md[1], 12, 0, 0, 0, time.UTC), true
	}
	near, ok := on(ref.Year())
	if g[3] == "" && !ok {
		return te, false
	}
	mo, d := near.Month(), near.Day()
	var y int
	switch {
	case g[3] != "":
		y, _ = strconv.Atoi(g[3])
	case hasInYear:
		y = inYear // "Christmas in 2019"
	case !hasRef:
		return te, false
	case falls && fallsYear != 0:
		y = ref.Year() + fallsYear - 2 // "Easter falls late this year"
	default:
		cand := func(y int) time.Time {
			if t, ok := on(y); ok {
				return t
			}
			return time.Date(y, mo, d, 12, 0, 0, 0, time.UTC)
		}
		switch lead {
		case "last", "since":
			y = ref.Year()
			if !cand(y).Before(ref) {
				y--
			}
		case "next", "until", "till":
			y = ref.Year()
			if !cand(y).After(ref) {
				y++
			}
		case "this":
			y = inferYear(mo, d, ref, TenseUnknown)
		default:
			y = inferYear(mo, d, ref, tense)
			if dy, n := trailingYear(s, m.end); n > 0 {
				// "ahead of Thanksgiving last year", "at Christmas
				// next year": the year the words after it name, as for
				// "5 March last year".
				y = ref.Year() + dy
			} else if coming := nextHoliday(cand, ref); holidaySoon(s[m.end:], lead, tense, coming, ref) {
				y = coming.Year()
			} else if first, last, ok := holidayOn(name, ref.Year()); ok && movable && last.After(first) && !ref.Before(first) && !ref.After(last) {
				// A holiday of many days under way ("will pray during
				// Ramadan", written in its third week) is this one,
				// whatever the tense.
				y = ref.Year()
			}
		}
	}
	dt, ok := on(y)
	if !ok {
		return te, false
	}
	te.Value, te.Precision = day(dt), model.PrecisionDay
	if _, last, ok := holidayOn(name, y); ok && movable && !last.Equal(dt) {
		te.EndValue = day(last) // Ramadan, a month
	}
	// Keep a leading preposition out of the text, as for months;
	// "last", "next" and "this" belong to the expression; "the" before
	// a lunar holiday's name does not.
	switch lead {
	case "", "last", "next", "this":
	default:
		te.Start += len(g[1]) + 1
		te.Text = te.Text[len(g[1])+1:]
	}
	if the && lead != "last" && lead != "next" && lead != "this" {
		i := strings.Index(te.Text, g[2])
		te.Start += i
		te.Text = te.Text[i:]
	}
	return te, true
}

// soonHolidayDays is how near a holiday must be ahead of the day of
// writing for a past clause to tell of the run-up to it: "shoppers flocked
// to the markets ahead of Christmas", written on December 20, is this
// Christmas, written on January 5 the one gone.
const soonHolidayDays = 30

// nextHoliday is the first day of the holiday after the day of writing ref,
// cand giving its day in a year.
func nextHoliday(cand func(int) time.Time, ref time.Time) time.Time {
	t := cand(ref.Year())
	if !t.After(ref) {
		t = cand(ref.Year() + 1)
	}
	return t
}

// holidaySoon says a holiday whose next day is coming (rest is the
// sentence after its name, lead the word before it) is that one whatever
// the tense: the words after it put it in the coming week or month
// ("ahead of Eid al-Adha next week"), or a past clause tells what was
// done in the run-up to it ("pilgrims began arriving ahead of Eid
// al-Adha") and it is near.
func holidaySoon(rest, lead string, tense Tense, coming, ref time.Time) bool {
	days := coming.Sub(ref).Hours() / 24
	if within := comingPeriodAfter(rest); within > 0 {
		return days <= float64(within)
	}
	switch lead {
	case "ahead of", "in the run-up to":
		// Not "before": "the bomb went off the night before Easter
		// Sunday" counts back from the one gone.
		return tense == TensePast && days <= soonHolidayDays
	}
	return false
}

// comingPeriodAfter is, when rest (the words after a holiday's name)
// opens with the coming week or month ("Eid al-Adha next week", "the
// Lunar New Year this month"), the most days ahead the holiday can be in
// it; else 0.
func comingPeriodAfter(rest string) int {
	next := strings.ToLower(strings.TrimLeft(rest, " "))
	for _, p := range []struct {
		words string
		days  int
	}{{"next week", 14}, {"this week", 7}, {"next month", 62}, {"this month", 31}} {
		if w, ok := strings.CutPrefix(next, p.words); ok && (w == "" || !isLetter(w[0])) {
			return p.days
		}
	}
	return 0
}

// holidayName is a holidayRE name as the holiday tables key it: lower
// case, curly apostrophes straightened, "St." and "Saint" dropped.
func holidayName(s string) string {
	name := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(name, "saint "), "st. "), "st ")
}

// Reference date handling: all arithmetic is on civil dates (UTC, noon) so
// time zones and DST never shift a day.
func civil(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 12, 0, 0, 0, time.UTC)
}

// Tense is what the words around an expression say about time.
type Tense int

// Tenses.
const (
	TenseUnknown Tense = iota
	TensePast
	TenseFuture
)

var futureCue = map[string]bool{
	"will": true, "shall": true, "'ll": true, "upcoming": true, "planned": true, "plans": true, "plan": true,
	"scheduled": true, "schedule": true, "expected": true, "expects": true, "due": true, "going": true,
	"forthcoming": true, "next": true, "intends": true, "set": true, "slated": true, "coming": true,
	"await": true, "awaits": true, "would": true, "to": false,
}

var nounDeterminer = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "new": true}

var pastCue = map[string]bool{
	"had": true, "was": true, "were": true, "did": true, "said": true, "ago": true, "last": true,
	"earlier": true, "previously": true, "already": true, "since": true, "has": true, "have": true,
	// Irregular past forms that are no other part of speech: the -ed rule
	// below does not see them ("began on August 10", "took place").
	"began": true, "took": true, "came": true, "went": true, "became": true, "told": true, "wrote": true,
	"spoke": true, "gave": true, "won": true, "saw": true, "met": true, "sent": true, "fought": true,
	"broke": true, "brought": true, "bought": true, "caught": true, "thought": true, "drew": true,
	"grew": true, "knew": true, "threw": true, "flew": true, "fell": true, "rose": true, "ran": true,
	"struck": true, "stood": true, "sold": true, "sank": true, "chose": true, "led": true, "paid": true,
	"lit": true, "sang": true, "rang": true, "swore": true, "shook": true, "froze": true, "stole": true,
	"drove": true, "rode": true, "fled": true, "forgot": true, "wore": true, "woke": true, "swam": true,
	"sought": true, "taught": true, "wept": true, "strove": true, "fed": true, "dealt": true,
	"heard": true, "kept": true, "lost": true, "found": true, "built": true, "spent": true, "felt": true,
	"withdrew": true, "shrank": true,
	"held": false, "made": false, // also participles of the future ("to be held")
}

// verbModals are the words before a plain verb (a modal, or "to" of an
// infinitive): after them "last" is the verb of duration.
var verbModals = map[string]bool{
	"will": true, "would": true, "shall": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "to": true, "'ll": true,
}

// movedFrom says the words before a "from" (before, which ends with the
// space before it) move an act to another time: a reschedule verb right
// before or a few words back ("postponed the vote from April"), or one
// before a "to" phrase ("brought forward to May from September").
func movedFrom(before string) bool {
	return rescheduleBefore(strings.TrimRight(before, " ")) != ""
}

// movedTo says the words before a month end in "to" after a reschedule
// verb: "postponed to June", "brought the vote forward to May".
func movedTo(before string) bool {
	b := strings.TrimRight(before, " ")
	w := lastWord(b)
	return strings.EqualFold(w, "to") && rescheduleBefore(b[:len(b)-len(w)]) != ""
}

// modalBefore says a modal or an infinitive's "to" stands among the last
// eight words of before, in its clause: "will start at midnight and last
// 24 hours" joins "last" to the modal's verb.
func modalBefore(before string) bool {
	before = before[clauseStart(before, len(before)):]
	ws := wordsOf(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-8; k-- {
		if verbModals[strings.ToLower(ws[k])] {
			return true
		}
	}
	return false
}

// lastNegation are the words of a negation or an auxiliary before a plain
// verb: "did not last", "won't last", "does not last".
var lastNegation = map[string]bool{
	"not": true, "never": true, "didn't": true, "don't": true, "doesn't": true, "won't": true,
	"can't": true, "cannot": true, "wouldn't": true, "couldn't": true, "did": true, "does": true,
}

// nounPreps are prepositions after which "plan" or "plans" is a noun
// ("criticism of plans", "anger over plans").
var nounPreps = map[string]bool{"of": true, "for": true, "over": true, "about": true, "against": true, "on": true,
	"with": true, "in": true, "into": true, "under": true, "from": true, "by": true, "behind": true, "amid": true,
	"despite": true, "without": true}

// PlanNoun says whether words[i], "plan", "plans" or "schedule", is a noun
// naming a plan, which says nothing of when the sentence's events happen,
// rather than a verb of intention ("China plans to ..."). It is a noun
//   - after a determiner or a possessive: "the plan", "Iran's plans";
//   - after a preposition: "criticism of plans", "anger over plans";
//   - after a past form: "rejected plans", "the revised plan";
//   - in the singular after a determiner and one or two words that make no
//     plural subject: "the Chinese plan", "a new peace plan" (but "the two
//     Koreas plan to meet");
//   - before a past form: "the plan drew condemnation".
func PlanNoun(words []string, i int) bool {
	switch strings.ToLower(words[i]) {
	case "plan", "plans", "schedule":
	default:
		return false
	}
	// It reads words i-3 to i+1 only: lower-case those.
	lo, hi := max(0, i-3), min(len(words), i+2)
	var buf [5]string
	lows := buf[:0]
	for _, w := range words[lo:hi] {
		lows = append(lows, strings.ToLower(w))
	}
	return planNounLower(lows, i-lo)
}

// planNounLower is PlanNoun on lower-cased words.
func planNounLower(lows []string, i int) bool {
	lw := lows[i]
	if lw != "plan" && lw != "plans" && lw != "schedule" {
		return false
	}
	if i > 0 {
		prev := lows[i-1]
		if nounDeterminer[prev] || strings.HasSuffix(prev, "'s") || nounPreps[prev] || pastForm(prev) {
			return true
		}
	}
	if lw != "plans" {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			w := lows[k]
			if k < i-1 && nounDeterminer[w] {
				return true
			}
			if strings.HasSuffix(w, "s") || subjectPronoun[w] || futureCue[w] || pastCue[w] {
				break
			}
		}
	}
	if i+1 < len(lows) {
		if next := lows[i+1]; pastForm(next) || next == "was" || next == "were" {
			return true
		}
	}
	return false
}

// givenUntil says lows[i] is the "have" of a deadline given: "has until",
// "have until", "given until" ("had until" tells a past one).
func givenUntil(lows []string, i int) bool {
	switch lows[i] {
	case "has", "have", "given", "gives", "give":
		return i+1 < len(lows) && (lows[i+1] == "until" || lows[i+1] == "till")
	}
	return false
}

// pastForm is a past tense or participle: an irregular one of pastCue, or
// a word ending in -ed.
func pastForm(w string) bool {
	switch w {
	case "has", "have", "last", "earlier", "previously", "already", "since", "ago":
		return false // "has plans to": an intention
	}
	return pastCue[w] ||
		len(w) > 4 && strings.HasSuffix(w, "ed")
}

// setForLater says whether words[i], "set", is the participle of an
// arrangement for later ("talks set for Monday", "is set to visit"): only
// "set for" and "set to" put an act ahead. Elsewhere "set" is a verb of
// its own in the past or present ("set fire to", "set up", "set off").
func setForLater(words []string, i int) bool {
	if i+1 >= len(words) {
		return false
	}
	next := strings.ToLower(words[i+1])
	return next == "for" || next == "to"
}

var subjectPronoun = map[string]bool{"i": true, "we": true, "you": true, "they": true}

// clockLetters says words[i] (lows[i] lower-cased) is written with a clock
// time: a letter of "a.m." or "p.m.", or a zone's abbreviation ("GMT",
// "EDT") in capitals.
func clockLetters(words, lows []string, i int) bool {
	switch lows[i] {
	case "a", "p":
		return i+1 < len(lows) && lows[i+1] == "m"
	case "m":
		return i > 0 && (lows[i-1] == "a" || lows[i-1] == "p")
	}
	_, zone := zoneOffsets[words[i]]
	return zone
}

// TenseAround reads cue words in the sentence, weighting those near the
// expression [start,end) (byte offsets into sentence) more.
func TenseAround(sentence string, start, end int) Tense {
	score := tenseScore(sentence, start, end)
	switch {
	case score > 0.2:
		return TenseFuture
	case score < -0.2:
		return TensePast
	}
	return TenseUnknown
}

// tenseScore is TenseAround's weighing of the cue words: above 0 they lean
// to the future, below to the past.
func tenseScore(sentence string, start, end int) float64 {
	// Words further than a few hundred bytes weigh little; reading the
	// whole of a very long sentence for each date would be quadratic.
	const window = 400
	if lo := start - window; lo > 0 {
		for lo < start && sentence[lo] != ' ' {
			lo++
		}
		sentence, start, end = sentence[lo:], start-lo, end-lo
	}
	if hi := end + window; hi < len(sentence) {
		for hi > end && sentence[hi] != ' ' {
			hi--
		}
		sentence = sentence[:hi]
	}
	score := 0.0
	words := strings.FieldsFunc(sentence, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'')
	})
	// position of the expression in words: approximate by counting words before start.
	pos := len(strings.FieldsFunc(sentence[:start], func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'')
	}))
	// Each word lower-cased once, and the clause words before each word
	// counted (acrossClause asks for every word); so the letters of the
	// clock times ("p.m.", "GMT"), which stand no further from the verb.
	lows := make([]string, len(words))
	clausesBefore := make([]int, len(words)+1)
	clockBefore := make([]int, len(words)+1)
	for i, w := range words {
		lows[i] = strings.ToLower(w)
		clausesBefore[i+1] = clausesBefore[i]
		if clauseWords[lows[i]] {
			clausesBefore[i+1]++
		}
		clockBefore[i+1] = clockBefore[i]
		if clockLetters(words, lows, i) {
			clockBefore[i+1]++
		}
	}
	// A trailing attribution (", officials said.") wraps the clause the
	// expression stands in: its verb is the saying's tense, not the act's.
	attrFrom := len(words)
	if at := trailingAttribution(sentence, end); at >= 0 {
		attrFrom = len(strings.FieldsFunc(sentence[:at], func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'')
		}))
	}
	asideLo, asideHi := asideBefore(sentence, pos)
	relLo, relHi := relativeAsideAround(sentence, pos)
	adjFrom := prospectAdjunct(lows, pos)
	for i, w := range words {
		lw := lows[i]
		if planNounLower(lows, i) {
			continue // "The plan drew condemnation": a noun, no future
		}
		// The distance in words, those of clock times between not
		// counted: "will announce its decision at 2 p.m. (1800 GMT) on
		// Wednesday" holds its verb as near as "at 2 on Wednesday".
		d := i - pos - (clockBefore[i] - clockBefore[pos])
		if d < 0 {
			d = -d
		}
		wgt := 1.0 / (1.0 + float64(d)/4)
		if acrossClause(clausesBefore, i, pos) || i >= asideLo && i < asideHi || i >= adjFrom || relHi > 0 && (i < relLo || i >= relHi) {
			// A cue in another clause says less: in "announced on April
			// 2 that subsidies would end" the date is the announcing's.
			wgt /= 8
		}
		if i >= attrFrom || speechVerb[lw] && i < pos && futureBetween(lows, i, pos) {
			// "Moldova will sign ... on Tuesday, officials said" and
			// "Officials said Moldova will sign ... on Tuesday": the
			// date belongs to the reported clause, whose own verb
			// governs it; the attribution's past says little.
			wgt /= 8
		}
		prev := ""
		if i > 0 {
			prev = lows[i-1]
		}
		switch {
		case futureCue[lw] && prev == "to" && (lw == "plan" || lw == "schedule" || lw == "set" || lw == "await"):
			// An infinitive has no tense of its own: "met to plan the
			// streets" is past.
		case lw == "set" && !setForLater(words, i):
			// "soldiers set fire to homes", "set up a camp": the verb
			// "set" in its own past or present, no plan.
		case futureCue[lw]:
			if pastBetween(lows, pos, i) || sayingBetween(lows, pos, i) || saidJustBefore(lows, pos) {
				// "On July 14 the ministry said it would pay": the
				// future is the saying's, the date the saying's. So
				// with no "that" after a date on the saying ("said on
				// Monday it would take ... and would launch"), and
				// after a participle of saying ("blocked the deal on
				// Monday, saying it would harm ...").
				wgt /= 8
			}
			score += 1.5 * wgt
		case (w == "may" || w == "might") && !(i+1 < len(words) && strings.EqualFold(words[i+1], "have")):
			// "schools may reopen on Wednesday": a possible act is a
			// later one, unless it "may have" happened. "May" written
			// with a capital is the month, or begins a sentence whose
			// modal is rare in reports.
			score += 1.5 * wgt
		case (lw == "is" || lw == "are") && i+1 < len(words) && strings.EqualFold(words[i+1], "to"):
			score += 1.5 * wgt // "is to be held", "are to travel"
		case (lw == "has" || lw == "have") && i+1 < len(words) && lows[i+1] == "to" && i < pos:
			// "the minister has to resign by Sunday", "Boston will
			// have to defend better on Sunday": an obligation, whose
			// act lies ahead, no perfect tense.
			score += 1.5 * wgt
		case scheduledPresent(lows, i, pos):
			// "The summit opens on Friday", "talks begin in Doha on
			// Monday": a scheduled event told in the present.
			score += 1.5 * wgt
		case givenUntil(lows, i):
			// "Lawmakers have until Friday to pass a budget", "the
			// firm has until Oct. 15 to reply": a deadline given, ahead
			// of the day it is told; no perfect tense.
			score += 1.5 * wgt
		case (prev == "be" || prev == "been" && i > 1 && lows[i-2] == "have" && i > 2 && verbModals[lows[i-3]]) &&
			(pastCue[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed")):
			// "will be sold", "is to be paid", "will have been
			// completed": a passive's participle, whose tense is its
			// modal's or infinitive's, no past of its own.
		case lw == "last" && verbModals[prev]:
			// "will last", "is expected to last": the verb of
			// duration, whose tense is its modal's, not "last week".
		case pastCue[lw]:
			score -= wgt
		case len(lw) > 4 && strings.HasSuffix(lw, "ed") && i > 0 && !presentPassive(lows, i) && !isCap(w):
			// A capitalised word inside the sentence is a name, not a
			// past form: "Mohamed", "Ahmed", "the United Nations".
			score -= 0.6 * wgt
		}
	}
	return score
}

// prospectAdjunct gives the first word after the expression's last word
// (pos is its first; the search starts past it) that opens a phrase looking
// to a later or a purposed thing, "ahead of", "aimed at", "before", "prior
// to", "in advance of", "in the run-up to", "pending": "banned rallies on
// Thursday ahead of elections next year", "will resume talks on Tuesday
// aimed at a ceasefire". The cue words from there on tell that thing's time
// ("next year") or are a participle on a noun ("aimed"), not the tense of
// the clause the expression dates. With no such word it gives len(lows).
func prospectAdjunct(lows []string, pos int) int {
	for k := pos + 1; k < len(lows); k++ {
		next := ""
		if k+1 < len(lows) {
			next = lows[k+1]
		}
		switch lows[k] {
		case "ahead", "advance":
			if next == "of" {
				return k
			}
		case "aimed":
			if next == "at" {
				return k
			}
		case "prior":
			if next == "to" {
				return k
			}
		case "up":
			if k > 0 && lows[k-1] == "run" && next == "to" {
				return k - 1
			}
		case "before", "pending":
			return k
		}
	}
	return len(lows)
}

// speechVerb are the verbs of attribution that wrap a reported clause
// ("..., officials said", "officials warned that ..."). One list serves both
// the tense of a reported clause and reporting's test for news narrative, so
// a verb of saying cannot count for one and not the other.
var speechVerb = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"adds": true, "announced": true, "reported": true, "confirmed": true, "stated": true, "noted": true,
	"explained": true, "insisted": true, "claimed": true, "wrote": true, "according": true, "warned": true,
	"denied": true}

// trailingAttribution returns the byte offset in s of a short attribution
// that closes the sentence after the first comma following end (", officials
// said.", ", said a senior diplomat.", ", according to officials."), or -1.
// Only a clause of a few words with a verb of attribution counts: a longer
// one ("..., after the talks were delayed") is a clause of its own.
func trailingAttribution(s string, end int) int {
	c := strings.IndexByte(s[end:], ',')
	if c < 0 {
		return -1
	}
	at := end + c + 1
	ws := wordsOf(s[at:])
	if len(ws) == 0 || len(ws) > 10 {
		return -1
	}
	found := false
	for _, w := range ws {
		switch lw := strings.ToLower(w); {
		case speechVerb[lw]:
			found = true
		case futureCue[lw], pastForm(lw), lw == "is", lw == "are":
			// A verb of its own after the comma: "On Friday, the
			// ministry said it would pay" reports a clause there.
			return -1
		}
	}
	if !found {
		return -1
	}
	return at
}

// futureBetween says whether a future cue ("will", "plans", "is/are to")
// stands strictly between words i and pos of the lower-cased words lows:
// the verb of a reported clause after an attribution verb at i ("Officials
// said Moldova will sign ... on Friday"). A past reported verb agrees with
// the attribution's past and needs no such reading.
func futureBetween(lows []string, i, pos int) bool {
	for k := i + 1; k < pos && k < len(lows); k++ {
		lw := lows[k]
		switch {
		case lw == "to" || planNounLower(lows, k):
		case lw == "set" && !(k+1 < len(lows) && (lows[k+1] == "for" || lows[k+1] == "to")):
			// the verb "set" ("set up"), no arrangement for later
		case futureCue[lw]:
			return true
		case (lw == "is" || lw == "are") && k+1 < len(lows) && lows[k+1] == "to":
			return true
		}
	}
	return false
}

// parenthetical says whether byte offset at of sentence s lies in a clause
// set off by commas ("The dam, completed in 1964, ...") or opened by a
// relative word ("who took office in 2019").
func parenthetical(s string, at int) bool {
	open := strings.LastIndexByte(s[:at], ',')
	for _, w := range wordsOf(s[open+1 : at]) {
		switch strings.ToLower(w) {
		case "who", "which", "whose", "whom", "that", "where", "when":
			return true
		}
	}
	return open > 0 && strings.IndexByte(s[at:], ',') >= 0 && len(wordsOf(s[:open])) > 1
}

// pastClause says the sentence has a verb in the simple past or the past
// perfect (the tagger's VBD, or "was", "were", "had", "did" and the
// irregular pasts of pastCue): what "since" reaches to is then the past
// told, not the day of writing; a present perfect ("has come under
// pressure ... the worst since 1998") is the present.
func pastClause(s string, dc discourse) bool {
	if dc.pastVerb {
		return true
	}
	for _, w := range wordsOf(s) {
		switch lw := strings.ToLower(w); lw {
		case "has", "have", "last", "earlier", "previously", "already", "since", "ago", "said":
		default:
			if pastCue[lw] {
				return true
			}
		}
	}
	return false
}

// sayingBetween says a participle of saying ("saying", "adding", "warning")
// stands strictly between the expression's first word pos and a later word
// i: what follows it is a reported clause, not the dated act's.
func sayingBetween(lows []string, pos, i int) bool {
	for k := pos + 1; k < i && k < len(lows); k++ {
		switch lows[k] {
		case "saying", "adding", "warning", "arguing", "insisting", "stating":
			return true
		}
	}
	return false
}

// saidJustBefore says a past verb of saying stands right before the
// expression at word pos, its "on" aside ("said on Monday", "told
// reporters on Monday", "announced Monday"): the date is the saying's.
func saidJustBefore(lows []string, pos int) bool {
	k := pos - 1
	if k >= 0 && lows[k] == "on" {
		k--
	}
	if k >= 1 && (lows[k] == "reporters" || lows[k] == "journalists") && lows[k-1] == "told" {
		return true
	}
	if k < 0 {
		return false
	}
	switch lows[k] {
	case "said", "told", "announced", "stated", "warned", "confirmed", "insisted", "claimed", "added", "noted", "wrote", "denied":
		return true
	}
	return false
}

// pastBetween says a past form (pastCue, or a word in -ed) stands between
// the expression's first word pos and a later word i (of the lower-cased
// words lows).
func pastBetween(lows []string, pos, i int) bool {
	for k := pos + 1; k < i && k < len(lows); k++ {
		lw := lows[k]
		if pastForm(lw) && lw != "had" || lw == "said" || lw == "told" {
			return true
		}
	}
	return false
}

// asideBefore gives the words [lo, hi) of the last phrase set off by two
// commas that ends before word pos and follows at least one word ("The
// Guinean junta, in office until elections next year, suspended two
// parties on Monday", "Kenya, which will host the summit, said on
// Monday"): the aside tells its own time or describes the noun before it,
// and its cue words say little of the tense of the clause the expression
// stands in. With no such phrase it gives 0, 0.
func asideBefore(s string, pos int) (int, int) {
	var commas []int // the commas up to word pos
	for _, c := range commaWords(s) {
		if c > pos {
			break
		}
		commas = append(commas, c)
	}
	if len(commas) < 2 {
		return 0, 0
	}
	lo, hi := commas[len(commas)-2], commas[len(commas)-1]
	if lo == 0 || hi-lo < 1 || hi-lo > 12 {
		return 0, 0
	}
	return lo, hi
}

// commaWords gives, for each comma of s in order, the number of words
// before it (a word: a run of ASCII letters and apostrophes, as the cue
// readers count them).
func commaWords(s string) []int {
	var commas []int
	n, in := 0, false
	for _, r := range s {
		word := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\''
		if word && !in {
			n++
		}
		in = word
		if r == ',' {
			commas = append(commas, n)
		}
	}
	return commas
}

// relativeAsideAround gives the words [lo, hi) of a relative clause set
// off by two commas that holds word pos ("The president, who took office
// in January, will visit Kenya in May", "Ghana's president, elected in
// December, will be sworn in ..."): its own verb tells the tense of
// its date, and the words of the main clause around it say little. With
// no such clause it gives 0, 0.
func relativeAsideAround(s string, pos int) (int, int) {
	lo, hi := -1, -1
	for _, c := range commaWords(s) {
		if c <= pos {
			lo = c
		} else {
			hi = c
			break
		}
	}
	if lo <= 0 || hi < 0 || hi-lo > 12 {
		return 0, 0
	}
	ws := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'')
	})
	if lo >= len(ws) {
		return 0, 0
	}
	// A relative pronoun opens it, or a participle, as a reduced relative
	// clause ("Ghana's president, elected in December, will ...", "the
	// deal, expected in May, ...").
	switch w := strings.ToLower(ws[lo]); {
	case w == "who" || w == "which" || w == "whose", pastForm(w) || futureCue[w]:
		return lo, hi
	}
	return 0, 0
}

// clauseWords open a clause of their own.
var clauseWords = map[string]bool{"that": true, "which": true, "who": true, "because": true, "but": true,
	"although": true, "while": true, "whereas": true}

// acrossClause says whether a word opening a clause stands between words i
// and pos (the expression's first word), given the number of clause words
// before each word (clausesBefore[k] counts words 0 to k-1).
func acrossClause(clausesBefore []int, i, pos int) bool {
	lo, hi := i+1, pos
	if i > pos {
		lo, hi = pos, i
	}
	hi = min(hi, len(clausesBefore)-1)
	return lo < hi && clausesBefore[hi] > clausesBefore[lo]
}

// presentPassive says whether the -ed word lows[i] (lower-cased words) is a
// participle after a present form of "be" or a modal ("can be severely
// limited", "is still used", "may be delayed"): no past.
func presentPassive(lows []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch lows[k] {
		case "is", "are", "am", "be", "can", "may", "must", "should", "might", "could":
			return true
		case "was", "were", "been", "had", "has", "have":
			return false
		}
	}
	return false
}

type match struct {
	start, end int
	kind       kind
	groups     []string
}

// Find returns the time expressions in sentence text s (which starts at byte
// offset base of the article), normalised against ref. A zero ref keeps
// only absolute dates.
func Find(s string, base, sentence int, ref time.Time) []model.TimeExpr {
	fs := find(s, base, sentence, ref, discourse{})
	out := make([]model.TimeExpr, 0, len(fs))
	for _, f := range fs {
		if !clockYear(s, base, f.te) {
			out = append(out, f.te)
		}
	}
	return timesOfDay(s, base, sentence, out, 0, ref, discourse{})
}

// discourse is what the sentences before tell find about time.
type discourse struct {
	// near is the year the text wrote out in the last two sentences (0
	// when none), which dates "that year", "two years later" and "the year
	// before".
	near int
	// narr is the year of the narrative the sentence continues (0 when
	// none): a yearless date in the past tense takes it ("In 1831 he
	// sailed ... On July 14 he reached ..."). Process decides when the text
	// is such a narrative.
	narr int
	// narrFrom is the month the narrative's year was last at when its
	// year was named late in it ("in late 2022", "at the end of 2022",
	// "in November 2022"), else 0: a yearless date of an earlier month
	// comes the next year, as the story moves forward ("The company was
	// sold in late 2022. The new owners took over on January 1").
	narrFrom time.Month
	// news says the text has read dates from the day it was written
	// ("on Tuesday", "last week", a yearless date before any year): its
	// reporting sentences ("the ministry said") tell of that day.
	news bool
	// story says the text has named a year and read no date from the day
	// of writing: spans counted from the publish date are suspect.
	story bool
	// day is the last day the text dated (a day's value, "" when none is
	// near), which "the following day" and "two days later" count from.
	day string
	// dayPart is the part of that day it was told with ("night" for
	// "on Friday night"), which moves a clock time in the small hours of
	// the next sentences to the next day (smallHoursDay).
	dayPart string
	// eventDay is the last day dated by other than "the day before" or
	// "the day after" ("" when none is near), which those count from.
	eventDay string
	// month is the last month the text dated, by a day or a month
	// ("2021-03", "" when none is near), which "the following month"
	// counts from in a story.
	month string
	// pastVerb says the tagger found a verb in the past tense (VBD) in the
	// sentence, which the cue words of TenseAround may miss ("left").
	pastVerb bool
	// south says the text's first sentence (its dateline, where it has
	// one) names a place south of the equator: its seasons are counted
	// there.
	south bool
}

// found is an expression with what the stage needs to follow the text's
// time: its kind and whether its year came from the publish date.
type found struct {
	te       model.TimeExpr
	kind     kind
	yearless bool // its year was inferred from the publish date
	frame    bool // it opens its sentence: "In 1831, ...", "On 4 May 1902 ..."
	deictic  bool // it counts from the day of writing: "Tuesday", "last week"
	days     int  // for kAnaDay: the days from the day it counts from
	// around says a kAnaDay is "the day before" or "the day after": it
	// counts from the day of the event last dated (eventDay), so that
	// "the day before" and then "the day after" flank one day.
	around bool
	// step is +1 for "the following month/week", -1 for "the previous
	// month/week", 0 otherwise: with a month or day dated before, they
	// count from it, not from the day of writing (countSteps).
	step int
	// past says the sentence of a "the following week/month" tells of
	// the past, where with no time dated before it has no value
	// (unanchored).
	past bool
	// movable names a movable holiday ("easter"), whose day moves with
	// the year it is given.
	movable string
}

// find is Find with what the sentences before say about time.
func find(s string, base, sentence int, ref time.Time, dc discourse) []found {
	var ms []match
	gate := newRuleGate(s)
	for i, r := range rules {
		if !gate.may(i) {
			continue
		}
		for _, loc := range ruleCues.findAll(i, r.re, s, &gate.hits) {
			g := make([]string, len(loc)/2)
			for i := range g {
				if loc[2*i] >= 0 {
					g[i] = s[loc[2*i]:loc[2*i+1]]
				}
			}
			m := match{start: loc[0], end: loc[1], kind: r.kind, groups: g}
			if r.kind == kYear || r.kind == kDecade {
				m = withModifier(s, m)
			}
			ms = append(ms, m)
		}
	}
	ms = withWeekday(s, ms)
	// Longest leftmost wins; ties go to the earlier (more specific) rule.
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].end-ms[i].start > ms[j].end-ms[j].start
	})
	var out []found
	// frameYear is a past year counted from the day of writing that opens
	// the sentence ("Last year, ...", "Two years ago, ..."), frameAt where
	// it ends: it dates the sentence's yearless months as "In 2019, ..."
	// does.
	frameYear, frameAt := 0, 0
	inYear, inYears := "", 0 // the sentence's own "in YYYY"
	near := dc.near          // the last year written, here or just before
	last := -1
	hasRef := !ref.IsZero()
	ref = civil(ref)
	for _, m := range ms {
		if m.start < last {
			continue
		}
		var te model.TimeExpr
		ok, inTheRef := false, false
		k, days := m.kind, 0
		switch {
		case k == kAnaYear:
			te, ok = anaphoricYear(s, m, near)
			if !ok && near == 0 && hasRef && m.groups[2] != "" && !eventFollows(s[m.end:]) {
				// With no year named, "the year before" is the one before
				// the day of writing's, as "the previous year" is;
				// "that year" stays undated, and so does "the year before
				// the election", which counts from the election.
				te, ok = anaphoricYear(s, m, ref.Year())
				k = kRelYear
			}
		case k == kAgo && (strings.EqualFold(m.groups[3], "later") || strings.EqualFold(m.groups[3], "afterwards")):
			te, k, days, ok = counted(s, m, near)
		case k == kAgo && countsBackFromDay(s, m, out):
			// "freed four tourists on Thursday who had been kidnapped
			// five days earlier": counted back from the day the sentence
			// just dated, not from the day of writing.
			te, k, days, ok = counted(s, m, near)
			days = -days
		case k == kOrdDay:
			te, ok = ordDay(s, m, lastMonth(out, dc.month), ref, hasRef, dc)
		case k == kInThe:
			te, inTheRef, ok = inThe(s, m, out, dc, near, ref, hasRef)
		case k == kAnaDay:
			// Dated below, once the sentence's own dates have their
			// years: "the following day" counts from the day before it.
			te = model.TimeExpr{Text: s[m.start:m.end], Start: m.start, End: m.end, Precision: model.PrecisionDay}
			days, ok = dayOffset(m.groups), !aroundEvent(s, m)
		default:
			if m.kind == kOldYear {
				// The tagger's past verb counts where the cue words
				// miss it: "In 348 Pachomius died".
				tense := TenseAround(s, m.start, m.end)
				if tense == TenseUnknown && dc.pastVerb {
					tense = TensePast
				}
				te, ok = oldYearExpr(s, m, tense)
			} else if m.kind == kSeason && southSeasons(s, dc.south) {
				// "Sydney shivered through its coldest winter": the
				// season of the half of the world the text is in.
				te, ok = seasonSpan(s, model.TimeExpr{Text: s[m.start:m.end], Start: m.start, End: m.end}, m, ref, hasRef, TenseAround(s, m.start, m.end), true)
			} else {
				te, ok = normalise(s, m, ref, hasRef)
			}
			if ok && m.kind == kOldYear && oldYearLead(m.groups) == leadNear {
				// "around 328" in a life of the 300s, not "around 300
				// died" in a report of today.
				y, _ := strconv.Atoi(te.Value)
				ok = near != 0 && abs(near-y) <= 200
			}
			// "the following year" counts from the year the text last
			// named, when one is near, not from the publish date.
			if ok && m.kind == kSeason && m.groups[3] == "" {
				// "by the following spring" is the spring after the year
				// just named; without one it is no date.
				switch strings.TrimPrefix(strings.ToLower(m.groups[1]), "by ") {
				case "the following", "the next", "the previous":
					ok = near != 0
					if ok {
						y := near + 1
						if strings.HasSuffix(strings.ToLower(m.groups[1]), "previous") {
							y = near - 1
						}
						ey := y
						if te.EndValue[5:7] < te.Value[5:7] {
							ey++ // a winter ends the next year
						}
						te.Value, te.EndValue, te.Relation = year(y)+te.Value[4:], year(ey)+te.EndValue[4:], ""
					}
				}
			}
			if ok && m.kind == kRelYear && near != 0 && m.groups[1] == "" {
				switch strings.ToLower(m.groups[2]) {
				case "the following":
					te.Value, te.Relation = year(near+1), ""
				case "the previous":
					te.Value, te.Relation = year(near-1), ""
				}
			}
		}
		if ok && k == m.kind {
			te, ok = storyRelative(s, m, te, dc, near)
		}
		if y, isYear := namedYear(found{te: te, kind: k}); ok && isYear {
			near = y // "founded in 2001 and restructured a decade later"
		}
		if !ok {
			continue
		}
		f := found{kind: k, frame: opensSentence(s[:te.Start]), days: days}
		// "the day before", "the night after": around the day of the
		// event told, not a step in a chain of days.
		f.around = k == kAnaDay && m.kind == kAnaDay && m.groups[4] != ""
		if k == kMonth && strings.EqualFold(lastWord(s[:m.start]), "the") {
			// "the following February": the first after the month dated
			// last, or in the year after the one named.
			switch strings.ToLower(strings.Fields(m.groups[0])[0]) {
			case "next", "following":
				f.step = 1
			}
		}
		if k == kWeekday && strings.EqualFold(lastWord(s[:m.start]), "the") {
			// "the next Tuesday", "the following Monday": the first
			// after the day dated last.
			switch strings.ToLower(m.groups[1]) {
			case "next", "following":
				f.step = 1
			}
		}
		// "the following weekend/week/month": the one after the day dated
		// last; past when its clause is, or when the clause has no tense
		// of its own and the story's verbs are past.
		following := func() {
			f.step = 1
			tense := TenseAround(s, m.start, m.end)
			f.past = tense == TensePast || tense == TenseUnknown && dc.pastVerb
		}
		if k == kWeekend {
			switch strings.ToLower(m.groups[2]) {
			case "following":
				following()
			case "previous":
				f.step = -1
			}
		}
		if k == kRelMonth && m.kind == kAgo {
			f.step, f.days = days, 0 // "three months later"
		} else if (k == kRelMonth || k == kRelWeek) && m.groups[1] == "" {
			switch strings.ToLower(m.groups[2]) {
			case "the following":
				following()
			case "the previous":
				f.step = -1
			case "next":
				// "docked in Durban the next week", told in the past:
				// the week after the day dated last, as "the following
				// week" ("in the next week" is the coming seven days).
				before := s[:m.start]
				if !strings.EqualFold(lastWord(before), "the") {
					break
				}
				switch strings.ToLower(lastWord(strings.TrimRight(before, " ")[:len(strings.TrimRight(before, " "))-len("the")])) {
				case "in", "over", "within", "during", "for", "of":
					break
				default:
					// The tense of the words around it ("next" is a word
					// of the future of its own).
					blank := s[:m.start] + strings.Repeat(" ", m.end-m.start) + s[m.end:]
					if tense := TenseAround(blank, m.start, m.end); tense == TensePast || tense == TenseUnknown && dc.pastVerb {
						f.step, f.past = 1, true
						te.Start -= len("the ")
						te.Text = s[te.Start:te.End]
					}
				}
			}
		}
		switch k {
		case kMonthDay, kDayMonth, kMonth, kBareMonth, kSinceMonth, kMonthRange, kDayRange, kPeriodTo:
			f.yearless = m.kind != kMonthRange && m.kind != kDayRange && m.kind != kPeriodTo || m.groups[len(m.groups)-1] == ""
			if (m.kind == kMonth || m.kind == kSinceMonth) && len(m.groups) > 2 && m.groups[2] != "" ||
				(m.kind == kMonthDay || m.kind == kDayMonth) && trailingYearAt(s, m.end) {
				// "in April last year" has its year, from the day of writing.
				f.yearless, f.deictic = false, true
			}
			// "since April" runs to the day of writing.
			f.deictic = k == kSinceMonth && hasRef && te.EndValue == day(ref) && !pastClause(s, dc)
		case kPartOf:
			// "the last week of March" takes a story's year, as "in
			// March" does.
			f.yearless = m.groups[3] != "" && m.groups[4] == ""
		case kEndOf:
			f.yearless = (m.groups[2] == "" || strings.EqualFold(m.groups[2], "the")) && strings.EqualFold(m.groups[3], "year") || m.groups[10] != ""
		case kDateRange:
			f.yearless = m.groups[6] == "" && m.groups[11] == ""
		case kHoliday:
			if _, _, ok := holidayOn(holidayName(m.groups[2]), 2020); ok {
				f.movable = holidayName(m.groups[2])
			}
			// "On Christmas Day the troops attacked" in a story of 1914
			// takes the story's year; "last Christmas" is the writer's.
			switch strings.ToLower(m.groups[1]) {
			case "last", "next", "this":
				f.deictic = true
			default:
				f.yearless = m.groups[3] == "" && !trailingYearAt(s, m.end)
				f.deictic = m.groups[3] == "" && !f.yearless
			}
		case kYear:
			// "In 2018, Kim met Trump in Singapore on June 12": the
			// sentence's own year dates its yearless dates.
			// A modified year ("in late 2022") frames less: "took effect
			// on January 1" after it is likely the next year's.
			// A year in a relative or parenthetical clause ("The
			// president, who took office in 2019, will travel ... in
			// May") does not date the main clause.
			if strings.EqualFold(lastWord(s[:m.start]), "in") && m.groups[1] == "" && te.EndValue == "" && te.Value != inYear && !parenthetical(s, m.start) {
				inYear = te.Value
				inYears++
			}
			// "the worst since 1998" runs to the day of writing (not
			// "became the second player since 1900", which runs to the
			// story's time).
			f.deictic = hasRef && te.EndValue == day(ref) && !pastClause(s, dc)
		case kRelDay, kWeekday, kRelWeek, kWeekend, kRelMonth, kRelYear, kDuration:
			f.deictic = true
			if k == kRelYear {
				frameYear, frameAt = pastFrameYear(f.frame, te, ref, hasRef)
			}
		case kInThe:
			f.deictic = inTheRef
		case kAgo:
			f.deictic = strings.HasSuffix(strings.ToLower(te.Text), "ago")
			if f.deictic {
				frameYear, frameAt = pastFrameYear(f.frame, te, ref, hasRef)
			}
		case kSeason:
			// "last winter", not "the winter of 1791" nor "in the winter".
			switch strings.ToLower(m.groups[1]) {
			case "last", "this", "next", "the coming", "the past":
				f.deictic = m.groups[3] == ""
			}
		}
		te.Start += base
		te.End += base
		te.Sentence = sentence
		if te.Relation == "" && hasRef {
			te.Relation = spanRelation(te, ref)
		}
		f.te = te
		out = append(out, f)
		last = m.end
	}
	if inYears == 1 {
		at := base + strings.Index(s, inYear)
		y, _ := strconv.Atoi(inYear)
		for i := range out {
			te := &out[i].te
			if !out[i].yearless || out[i].kind == kSinceMonth || te.Start <= at || len(te.Value) < 7 && out[i].kind != kEndOf {
				continue // the year comes after the date
			}
			reyear(&out[i], y, ref, hasRef)
		}
	}
	if inYears == 0 && frameYear != 0 {
		for i := range out {
			f := &out[i]
			if !f.yearless || f.te.Start < base+frameAt || f.te.EndValue != "" || len(f.te.Value) < 7 {
				continue
			}
			if t := TenseAround(s, f.te.Start-base, f.te.End-base); t == TensePast || t == TenseUnknown && dc.pastVerb {
				reyear(f, frameYear, ref, hasRef)
			}
		}
	}
	narrate(s, base, out, dc, ref, hasRef)
	countDays(out, dc.day, dc.eventDay)
	countSteps(out, dc.day, dc.month, near, hasRef, ref)
	storyWeekPart(s, base, out, dc, ref, hasRef)
	anchorDurations(s, base, out, ref, hasRef)
	unanchoredAfter(s, base, out, dc)
	out = perfectSpans(s, base, sentence, out, ref, hasRef)
	reportedWeekdays(s, base, out, ref, hasRef)
	out = daysAround(s, base, out, ref, hasRef)
	out = weekdayRanges(s, base, out, ref, hasRef)
	weekTo(s, base, out)
	holidayParts(s, base, out)
	out = countedFrom(s, base, out, ref, hasRef)
	for i := range out {
		if out[i].kind == kAnaDay && out[i].te.Value != "" && hasRef {
			out[i].te.Relation = relation(out[i].te.Value, ref)
		}
	}
	// Anniversary arithmetic: "the 68th anniversary of X" with a date in the
	// same sentence dates X to that date minus 68 years.
	for i := range out {
		if out[i].te.Base != "anniv" {
			continue
		}
		n := anniversaryN(out[i].te.Text)
		anchor := ""
		for j := range out {
			// A point in time anchors; a period does not ("the 68th
			// anniversary of the end of the Korean War" counts from the
			// day it is said on, not from 1950).
			if j != i && out[j].te.Base != "anniv" && out[j].te.Precision != "" && out[j].te.EndValue == "" && abs(out[j].te.Start-out[i].te.Start) < 120 {
				anchor = out[j].te.Value
				break
			}
		}
		if anchor == "" && hasRef {
			anchor = strconv.Itoa(ref.Year())
		}
		if anchor == "" || n == 0 {
			// "the 0th anniversary", or no year to count back from: no
			// date; dropped below.
			out[i].te.Base, out[i].te.Value = "", ""
			continue
		}
		out[i].te.Value = anchor
		out[i].te.Precision = precisionOf(anchor)
		y, _ := strconv.Atoi(anchor[:4])
		out[i].te.Base = strconv.Itoa(y-n) + anchor[4:]
		if hasRef {
			out[i].te.Relation = relation(anchor, ref)
		}
	}
	kept := out[:0]
	for _, f := range out {
		if f.te.Value != "" {
			kept = append(kept, f)
		}
	}
	return kept
}

// yearModifiers may stand before a year or a decade: "early 2019",
// "mid-2019", "the late 1990s", "end-2025" (as wire reports write a
// deadline: "by end-2025"). (Looked for before the match rather than in
// the rules' patterns, which then had to try them at every position.)
var yearModifiers = []string{"early ", "early-", "mid-", "mid ", "late ", "late-", "later ", "end-"}

// withModifier widens a year or decade match (groups: whole, empty
// modifier, digits) over a modifier right before it, and for a decade over
// "the" before that: "the mid-1990s".
func withModifier(s string, m match) match {
	if m.kind == kDecade && !strings.HasPrefix(m.groups[0], m.groups[2]) {
		return m // "the 1990s": nothing can stand between "the" and the digits
	}
	pre := s[:m.start]
	for _, mod := range yearModifiers {
		if len(pre) < len(mod) || !strings.EqualFold(pre[len(pre)-len(mod):], mod) {
			continue
		}
		start := m.start - len(mod)
		if start > 0 && isLetter(s[start-1]) {
			return m // "amid 2019": the modifier must be a word of its own
		}
		if m.kind == kYear && mod == "later " {
			return m // "later 2019" is no part of a year
		}
		if m.kind == kDecade && mod == "end-" {
			continue // wire style for a year's end only
		}
		if m.kind == kDecade {
			if k := start - 4; k >= 0 && (s[k:start] == "the " || s[k:start] == "The ") && (k == 0 || !isLetter(s[k-1])) {
				start = k
			}
		}
		g := []string{s[start:m.end], strings.TrimRight(mod, " -"), m.groups[2]}
		return match{start: start, end: m.end, kind: m.kind, groups: g}
	}
	return m
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// withWeekday joins a bare weekday to the date right after it: "Saturday,
// April 4, 2009" is one expression, dated by its date.
func withWeekday(s string, ms []match) []match {
	var drop []bool
	for i, w := range ms {
		if w.kind != kWeekday || w.groups[1] != "" && !strings.EqualFold(w.groups[1], "on") {
			continue
		}
		for j, d := range ms {
			switch d.kind {
			case kMonthDayYear, kDayMonthYear, kMonthDay, kDayMonth, kISO:
			default:
				continue
			}
			if sep := s[w.end:max(d.start, w.end)]; d.start > w.end && (sep == ", " || sep == " " || sep == ",") {
				if drop == nil {
					drop = make([]bool, len(ms))
				}
				drop[i] = true
				ms[j].start = w.end - len(w.groups[2]) // "on" stays outside
				break
			}
		}
	}
	if drop == nil {
		return ms
	}
	kept := ms[:0]
	for i, m := range ms {
		if !drop[i] {
			kept = append(kept, m)
		}
	}
	return kept
}

// weekdayYear is the year of a yearless date written with its weekday
// ("Monday, June 9", "Sunday, 8 June"): the weekday names the year better
// than the tense does, so of the year the tense chose (y) and the years
// either side of it, the one whose date falls on that weekday wins ("the
// lawyers said they would appeal on Monday, June 9" two days after it is
// still that Monday). The years either side never both agree (the same
// date moves two or three weekdays in two years); when none agrees the
// weekday is a slip and y stays, and so it does when the agreeing year
// lies more than a year from the day of writing's (refYear).
func weekdayYear(text string, y int, mo time.Month, d int, refYear int) int {
	f := strings.Fields(text)
	if len(f) < 2 {
		return y
	}
	wd, ok := weekdays[strings.ToLower(strings.TrimRight(f[0], ","))]
	if !ok {
		return y
	}
	for _, c := range []int{y, y - 1, y + 1} {
		if abs(c-refYear) <= 1 && validDate(c, mo, d) && time.Date(c, mo, d, 12, 0, 0, 0, time.UTC).Weekday() == wd {
			return c
		}
	}
	return y
}

// inThe dates "earlier in the day", "later in the week", "earlier in the
// month", "later in the year": the part before or after the time the text
// dated last of that day, week, month or year. "Talks collapsed on May 3.
// Later in the month ..." is the rest of May; "In 2019 ... later in the
// year" the rest of 2019. The anchor is the sentence's own last date or the
// discourse's (a day for the day and the week, a month, the year named
// near); with none, a report of the day of writing (not a story told in a
// year of its own) counts from the publish date, as "earlier this week"
// does, and a story leaves it undated. fromRef says the anchor was the
// publish date.
func inThe(s string, m match, out []found, dc discourse, near int, ref time.Time, hasRef bool) (te model.TimeExpr, fromRef, ok bool) {
	te = model.TimeExpr{Text: s[m.start:m.end], Start: m.start, End: m.end}
	earlier := strings.EqualFold(m.groups[1], "earlier")
	unit := strings.ToLower(m.groups[2])
	var anchor time.Time
	switch unit {
	case "day", "week":
		d := dc.day
		for i := len(out) - 1; i >= 0; i-- {
			if t := out[i].te; t.Precision == model.PrecisionDay && t.EndValue == "" {
				d = t.Value
				break
			}
		}
		if t, err := time.Parse("2006-01-02", d); err == nil {
			anchor = t.Add(12 * time.Hour)
		}
		if earlier && hasRef && !anchor.IsZero() && day(anchor) > day(ref) && !futureAround(s, m) {
			// "Talks will resume on Tuesday. Protesters clashed with police
			// earlier in the week": what a report tells as done happened
			// by the day of writing, whatever day ahead the text named
			// last; the week is the one of writing, up to that day.
			anchor = time.Time{}
		}
	case "month":
		if v := lastMonth(out, dc.month); len(v) >= 7 {
			if t, err := time.Parse("2006-01", v[:7]); err == nil {
				anchor = t.Add(12 * time.Hour)
			}
		}
	case "year":
		if near != 0 {
			anchor = time.Date(near, 1, 1, 12, 0, 0, 0, time.UTC)
		}
	}
	if anchor.IsZero() {
		if !hasRef || dc.story {
			return te, false, false
		}
		anchor, fromRef = ref, true
	}
	switch unit {
	case "day":
		te.Value, te.Precision = day(anchor), model.PrecisionDay
	case "week":
		// The part of the anchor's week before or after its day, as
		// "earlier this week" is of the week of writing: "arrived on
		// Thursday ... had met earlier in the week" is Monday to
		// Wednesday.
		te.Precision = model.PrecisionDay
		te.Value, te.EndValue = weekPart(weekStart(anchor), anchor, earlier)
	case "month":
		te.Value, te.Precision = month(anchor), model.PrecisionMonth
	case "year":
		te.Value, te.Precision = year(anchor.Year()), model.PrecisionYear
	}
	if fromRef && unit != "day" {
		// As "earlier this year" and "later this week" are.
		te.Relation = "future"
		if earlier {
			te.Relation = "past"
		}
	}
	return te, fromRef, true
}

// futureAround says the clause of the expression matched at m in s is in the
// future, its own words ("earlier", a past cue) left out.
func futureAround(s string, m match) bool {
	blank := s[:m.start] + strings.Repeat(" ", m.end-m.start) + s[m.end:]
	return TenseAround(blank, m.start, m.end) == TenseFuture
}

// aroundEvent says "the day before" or "the night after" (m) counts from
// an event named right after it ("left the day before the vote", "on
// Saturday, the day after the debate", "the night after his arrest"),
// whose day the text has not given: no date, as "the year before the
// election" is none. The day last dated is not that event's. A month or a
// weekday after it is a date, read as before.
func aroundEvent(s string, m match) bool {
	if m.groups[4] == "" {
		return false
	}
	rest := s[m.end:]
	if !eventFollows(rest) {
		return false
	}
	w := strings.ToLower(strings.Trim(strings.Fields(rest)[0], ".,"))
	_, isMonth := monthNames[w]
	_, isWeekday := weekdays[w]
	return !isMonth && !isWeekday
}

// anaphoric matches years named from an earlier one.
var anaphoric = regexp.MustCompile(`\b(?i:(that|that same|the same) year|the year (before|after))\b`)

// countedLater matches the text of "two years later", "a decade afterwards"
// (found by the "ago" rule, dated by counted).
var countedLater = regexp.MustCompile(`(?i)\b(?:years?|decades?) (?:later|afterwards)$`)

// anaphoricYear dates "that year", "the same year", "the year before",
// "two years later" from the year the text last named (anchor); without
// one they are no date. ("Two years earlier" is the "ago" rule's, read
// against the publish date.)
func anaphoricYear(s string, m match, anchor int) (model.TimeExpr, bool) {
	te := model.TimeExpr{Text: s[m.start:m.end], Start: m.start, End: m.end, Precision: model.PrecisionYear}
	if anchor == 0 {
		return te, false
	}
	y := anchor
	switch strings.ToLower(m.groups[2]) {
	case "before":
		y--
	case "after":
		y++
	}
	te.Value = year(y)
	return te, true
}

// counted dates "two years later", "a decade afterwards" from the year just
// named (near) and "two days later", "a week afterwards" from the day
// just dated (by countDays, as kind kAnaDay with days set); without one,
// and for months, they are no date.
func counted(s string, m match, near int) (te model.TimeExpr, k kind, days int, ok bool) {
	te = model.TimeExpr{Text: s[m.start:m.end], Start: m.start, End: m.end}
	n := parseNum(m.groups[1])
	if n == 0 {
		return te, kAgo, 0, false
	}
	switch unit := strings.TrimSuffix(strings.ToLower(m.groups[2]), "s"); unit {
	case "year", "decade":
		if near == 0 {
			return te, kAgo, 0, false
		}
		if unit == "decade" {
			n *= 10
		}
		te.Value, te.Precision = year(near+n), model.PrecisionYear
		return te, kAnaYear, 0, true
	case "day", "week":
		if unit == "week" {
			n *= 7
		}
		te.Precision = model.PrecisionDay
		return te, kAnaDay, n, true
	case "month":
		// Dated by countSteps from the month dated last; without one
		// it is dropped.
		te.Precision = model.PrecisionMonth
		return te, kRelMonth, n, true
	}
	return te, kAgo, 0, false
}

// countsBackFromDay says the span m ("five days earlier", "two weeks
// before" ending its clause) counts back in days from a day the sentence
// dated before it ("on Thursday ... five days earlier"): as "later" counts
// forward from it. With no such day it keeps counting from the day of
// writing.
func countsBackFromDay(s string, m match, out []found) bool {
	switch strings.ToLower(m.groups[3]) {
	case "earlier":
	case "before":
		if !clauseEnd(s[m.end:]) {
			return false
		}
	default:
		return false
	}
	switch strings.TrimSuffix(strings.ToLower(m.groups[2]), "s") {
	case "day", "week":
	default:
		return false
	}
	for _, f := range out {
		if f.te.Precision == model.PrecisionDay && f.te.EndValue == "" && (f.te.Value != "" || f.kind == kAnaDay) {
			return true
		}
	}
	return false
}

// validISO says v ("2018-06-12", "2018-02") is a real date in year y
// (February 29 moves only to a leap year).
func validISO(v string, y int) bool {
	if len(v) < 10 {
		return true
	}
	mo, _ := strconv.Atoi(v[5:7])
	d, _ := strconv.Atoi(v[8:10])
	return validDate(y, time.Month(mo), d)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func anniversaryN(text string) int {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if n, ok := ordinalWords[w]; ok {
			return n
		}
		w = strings.TrimRight(w, "stndrh")
		if n, err := strconv.Atoi(w); err == nil {
			return n
		}
	}
	return 0
}

func precisionOf(v string) string {
	switch len(v) {
	case 10:
		return model.PrecisionDay
	case 7:
		return model.PrecisionMonth
	}
	return model.PrecisionYear
}

// relation compares a normalised value with the reference at the value's
// precision.
// spanRelation is the relation of te to the publish date ref: its
// start's, but a period that began before ref and ends after it, or in
// ref's month or year ("H1 2026" or "the first quarter" said in March
// 2026, "the mid-2020s"), holds ref and is current. A span that ends on ref ("since April", "the past
// decade") is past, as its start is.
func spanRelation(te model.TimeExpr, ref time.Time) string {
	r := relation(te.Value, ref)
	if r != "past" || te.EndValue == "" || te.Duration != "" {
		return r
	}
	// An end month or year that holds ref ("the first quarter" ends in
	// March) is current too; an end day is ref's only when it is ref.
	if e := relation(te.EndValue, ref); e == "future" || e == "current" && len(te.EndValue) < 10 {
		return "current"
	}
	return r
}

func relation(v string, ref time.Time) string {
	if len(v) < 4 {
		return ""
	}
	r := ref.Format("2006-01-02")[:len(v)]
	switch {
	case v < r:
		return "past"
	case v > r:
		return "future"
	}
	return "current"
}

func day(t time.Time) string   { return t.Format("2006-01-02") }
func month(t time.Time) string { return t.Format("2006-01") }

// year writes a year as a value: four digits, those before 1000 with
// leading zeros ("0348"), as eraYear writes them.
func year(y int) string {
	if y > 0 && y < 1000 {
		return fmt.Sprintf("%04d", y)
	}
	return strconv.Itoa(y)
}

// valueAt is t's value at a precision: its day, its month, else its year
// (a relative date counted in days, months or years, a duration's start).
func valueAt(t time.Time, prec string) string {
	switch prec {
	case model.PrecisionDay:
		return day(t)
	case model.PrecisionMonth:
		return month(t)
	}
	return year(t.Year())
}

func parseMonth(s string) (time.Month, bool) {
	m, ok := monthNames[strings.TrimSuffix(strings.ToLower(s), ".")]
	return m, ok
}

func parseDay(s string) int {
	if d, ok := spelledDays[spelledKey(s)]; ok {
		return d
	}
	n, _ := strconv.Atoi(strings.TrimRight(s, "stndrh"))
	return n
}

func parseNum(s string) int {
	// "5,000 years ago" writes its thousands with a comma.
	if n, err := strconv.Atoi(strings.ReplaceAll(s, ",", "")); err == nil {
		return n
	}
	return numberWords[strings.ToLower(s)]
}

func validDate(y int, m time.Month, d int) bool {
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return false
	}
	t := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// yearWrittenOr is the year a date's own words write (written, its year's
// group), else the one infer picks from the publish date; ok is false with
// neither (no year written and no publish date, hasRef false).
func yearWrittenOr(written string, hasRef bool, infer func() int) (y int, ok bool) {
	switch {
	case written != "":
		y, _ = strconv.Atoi(written)
		return y, true
	case !hasRef:
		return 0, false
	}
	return infer(), true
}

// inferYear places month/day in the year that the tense calls for.
func inferYear(m time.Month, d int, ref time.Time, tense Tense) int {
	if m == time.February && d == 29 {
		return leapDayYear(ref, tense)
	}
	y := ref.Year()
	var cand time.Time
	if d == 0 {
		// A month without a day: compare whole months.
		cand = time.Date(y, m, 1, 12, 0, 0, 0, time.UTC)
		ref = time.Date(y, ref.Month(), 1, 12, 0, 0, 0, time.UTC)
	} else {
		cand = time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	}
	switch {
	case tense == TensePast && cand.After(ref):
		return y - 1
	case tense == TenseFuture && cand.Before(ref):
		return y + 1
	case tense == TenseUnknown && cand.Sub(ref) > 183*24*time.Hour:
		return y - 1
	case tense == TenseUnknown && ref.Sub(cand) > 183*24*time.Hour:
		return y + 1
	}
	return y
}

// weekPart returns the days of the week starting ws before (earlier) or
// after the day d in it, as the first and last day; the last is empty
// when there is one day. With no day before or after d (it is the
// Monday, or the Sunday) it returns d alone: a writer whose week starts
// on Sunday, or whose day of writing is not the publish day, may still
// say so, and d is the nearest day to date it by.
func weekPart(ws, d time.Time, earlier bool) (from, to string) {
	first, last := ws, ws.AddDate(0, 0, 6)
	if earlier {
		last = d.AddDate(0, 0, -1)
	} else {
		first = d.AddDate(0, 0, 1)
	}
	switch {
	case last.Before(first):
		return day(d), ""
	case day(first) == day(last):
		return day(first), ""
	}
	return day(first), day(last)
}

func weekStart(t time.Time) time.Time {
	off := (int(t.Weekday()) + 6) % 7 // Monday = 0
	return t.AddDate(0, 0, -off)
}

func normalise(s string, m match, ref time.Time, hasRef bool) (model.TimeExpr, bool) {
	g := m.groups
	te := model.TimeExpr{Text: s[m.start:m.end], Start: m.start, End: m.end}
	tense := TenseAround(s, m.start, m.end)
	setDay := func(t time.Time) { te.Value, te.Precision = day(t), model.PrecisionDay }
	switch m.kind {
	case kEraYear:
		v, ok := eraYear(g)
		if !ok {
			return te, false
		}
		te.Value, te.Precision = v, model.PrecisionYear
	case kOldYear:
		return oldYearExpr(s, m, tense)
	case kISO:
		y, _ := strconv.Atoi(g[1])
		mo, _ := strconv.Atoi(g[2])
		d, _ := strconv.Atoi(g[3])
		if !validDate(y, time.Month(mo), d) {
			return te, false
		}
		setDay(time.Date(y, time.Month(mo), d, 12, 0, 0, 0, time.UTC))
	case kMonthDayYear, kDayMonthYear:
		ms, ds := g[1], g[2]
		if m.kind == kDayMonthYear {
			ms, ds = g[2], g[1]
		}
		mo, ok := parseMonth(ms)
		d := parseDay(ds)
		y, _ := strconv.Atoi(g[3])
		if ok && lastDayWord(ds) {
			d = daysIn(y, mo)
		}
		if !ok || !validDate(y, mo, d) || isLetter(ds[0]) && !spelledDayFits(s, m) {
			return te, false
		}
		setDay(time.Date(y, mo, d, 12, 0, 0, 0, time.UTC))
		dayOfForm(s, &te) // "the 1st day of July, 2021"
	case kMonthDay, kDayMonth:
		ms, ds := g[1], g[2]
		if m.kind == kDayMonth {
			ms, ds = g[2], g[1]
		}
		mo, ok := parseMonth(ms)
		d := parseDay(ds)
		if !ok || !hasRef || strings.EqualFold(ms, "may") && m.kind == kMonthDay && !isCap(ms) || isLetter(ds[0]) && !spelledDayFits(s, m) {
			return te, false
		}
		if strings.HasSuffix(ms, ".") == false && len(ms) <= 4 && !isCap(ms) {
			return te, false
		}
		if lastDayWord(ds) {
			d = daysIn(ref.Year(), mo)
			tense = tenseOutside(s, m) // its "last" is no past
		}
		y := inferYear(mo, d, ref, nominalTense(s, m.start, m.end, tense, monthsBack(mo, ref)))
		y = weekdayYear(s[m.start:m.end], y, mo, d, ref.Year())
		if dy, n := trailingYear(s, m.end); n > 0 {
			// "5 March last year", "on March 5 next year": the year
			// the words after the day name. They stay a date of their
			// own, as GUM and TimeML mark them.
			y = ref.Year() + dy
		} else if pt, n := postposedTerm(s, m.end); n > 0 && validDate(ref.Year(), mo, d) {
			// "the 12th of October last", "5 March next"
			y = postposedYear(mo, d, ref, pt)
			te.End += n
			te.Text = s[te.Start:te.End]
		}
		if lastDayWord(ds) {
			d = daysIn(y, mo) // February's last day is the year's
		}
		if !validDate(y, mo, d) {
			return te, false
		}
		setDay(time.Date(y, mo, d, 12, 0, 0, 0, time.UTC))
		dayOfForm(s, &te) // "the 1st day of February"
	case kMonthYear:
		mo, ok := parseMonth(g[1])
		y, _ := strconv.Atoi(g[2])
		if !ok || !isCap(g[1]) {
			return te, false
		}
		te.Value, te.Precision = month(time.Date(y, mo, 1, 12, 0, 0, 0, time.UTC)), model.PrecisionMonth
		if sinceMonth(s, m, te, ref, hasRef) {
			te.EndValue = day(ref) // "since Feb. 2019", "since mid-March 2020"
		}
		monthPart(&te, monthPartWord(te.Text[:strings.Index(te.Text, g[1])]), y, mo)
	case kDecadeWord:
		// "the sixties" is the 1960s; "the twenties" of a person's age
		// comes without "the" ("in her twenties").
		y := 1900 + 10*decadeWords[strings.ToLower(g[1])]
		te.Value, te.Precision, te.EndValue = year(y), model.PrecisionYear, year(y+9)
	case kBareMonth:
		return bareMonth(s, te, m, ref, hasRef, tense)
	case kHoliday:
		return holiday(s, te, m, ref, hasRef, tense)
	case kNthWeekday:
		if strings.EqualFold(g[3], "the month") {
			// The tense of the words around it: "last" in "the last
			// Wednesday of the month" is no past of its own.
			tense = TenseAround(s[:m.start]+strings.Repeat(" ", m.end-m.start)+s[m.end:], m.start, m.end)
			if !explicitFutureBefore(s[clauseStart(s, m.start):m.start]) {
				// "The board meets on the first Monday of the month": a
				// present of habit, each month's day.
				tense = TenseUnknown
			}
		}
		return nthWeekdayOf(te, g, ref, hasRef, tense)
	case kFromNow:
		return fromNow(te, g, ref, hasRef)
	case kMonthsOf:
		return monthsOf(te, g, ref, hasRef, tense)
	case kDateRange:
		return dateRange(s, te, m, ref, hasRef, tense)
	case kNamedPeriod:
		p, ok := namedPeriods[periodKey(g[0])]
		if !ok {
			return te, false
		}
		te.Value, te.EndValue = p.from, p.to
		te.Precision = precisionOf(p.from)
	case kSinceMonth, kMonth:
		mo, ok := parseMonth(g[1])
		if !ok || !hasRef || !isCap(g[1]) || recurringMonth(s, m) {
			return te, false
		}
		after := s[m.end:]
		if len(g[1]) <= 4 && strings.HasPrefix(after, ".") {
			// The abbreviation's full stop ("since Feb. 14") is left outside
			// the match by the closing \b, yet the day after it still makes
			// the fuller rule the one to take.
			after = after[1:]
		}
		if rest := strings.TrimPrefix(strings.TrimLeft(after, " ,"), "of "); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return te, false // "in March 1921", "since April 3", "since Feb. 14": a fuller rule matches
		}
		lw := strings.ToLower(strings.Fields(te.Text)[0])
		t := tense
		moved := m.kind == kSinceMonth && lw == "from" && movedFrom(s[:m.start])
		if moved {
			// "the vote was postponed from April", "brought forward to
			// May from September": the month it was set for, no span
			// from it; the nearest one, told ahead or behind, and ahead
			// when the act was brought forward from it.
			t = TenseUnknown
			if before := strings.TrimRight(s[:m.start], " "); earlierReschedule(before, rescheduleBefore(before)) {
				t = TenseFuture
			}
		}
		if m.kind == kMonth && (lw == "in" || lw == "during" || lw == "of") {
			t = nominalTense(s, m.start+len(lw)+1, m.end, tense, monthsBack(mo, ref)) // "his declaration of martial law in December"
		}
		switch lw {
		case "since", "last":
			t = TensePast
		case "next", "following":
			t = TenseFuture
		case "until", "till":
			// As for an "until" weekday: ahead, unless the sentence
			// tells the past ("Last year, talks ran until
			// mid-December") and no order set the period running
			// ("extended the curfew until March").
			if t != TensePast || directiveBefore(s[:m.start]) {
				t = TenseFuture
			}
		}
		y := inferYear(mo, 0, ref, halfYearLean(s, m.start, m.end, mo, ref, t))
		if lw == "last" && y == ref.Year() && mo >= ref.Month() {
			y--
		}
		if lw == "next" && y == ref.Year() && mo <= ref.Month() {
			y++
		}
		// "in April last year", "in March this year": the words after the
		// month name its year, whatever the tense says.
		if len(g) > 2 && g[2] != "" {
			y = ref.Year() + relYearAfterMonth(m)
		}
		te.Value, te.Precision = month(time.Date(y, mo, 1, 12, 0, 0, 0, time.UTC)), model.PrecisionMonth
		// "since April" runs to the publish date, and so does "from April"
		// when April is past; "from May" ahead starts then and runs on.
		if m.kind == kSinceMonth && (lw == "since" || lw == "from" && te.Value <= month(ref)) && !moved {
			te.EndValue = day(ref)
		}
		if moved {
			te.Start += len(lw) + 1
			te.Text = te.Text[len(lw)+1:]
		}
		// Keep only the month words in the text when a preposition led,
		// its part ("late September") included.
		part := monthPartWord(te.Text[:strings.Index(te.Text, g[1])])
		if i := strings.Index(te.Text, g[1]); i > 0 && m.kind == kMonth && lw != "early" && lw != "late" && lw != "mid" && lw != "mid-" && lw != "last" && lw != "next" && lw != "this" {
			if part != "" {
				i = strings.LastIndex(strings.ToLower(te.Text[:i]), part)
			}
			te.Start += i
			te.Text = te.Text[i:]
		}
		monthPart(&te, part, y, mo)
	case kYearRange:
		y1, _ := strconv.Atoi(g[1])
		if strings.EqualFold(g[2], "present") {
			// "(2013 – present)": from the year to the day of writing,
			// as "since 2013" runs.
			if !hasRef || y1 > ref.Year() {
				return te, false
			}
			te.Value, te.Precision, te.EndValue = year(y1), model.PrecisionYear, day(ref)
			break
		}
		y2, _ := strconv.Atoi(g[2])
		if len(g[2]) == 2 {
			if spaced := strings.ContainsAny(te.Text, " "); spaced && !yearRangeBracketed(s, m) && !circaBefore(s[:m.start]) {
				return te, false // "2010 - 12" may be a score
			}
			y2 = y1/100*100 + y2
		}
		// A range of years is most often a few years or decades; a
		// lifetime or a reign may reach a century ("(1704 – 1787)",
		// "reigned 1715 - 1774"), but a longer one, or one followed by
		// what it counts ("1900-2000 troops"), is a count.
		if y2 <= y1 || y2-y1 > 120 || (y2-y1 > 50 || y1 < 1800) && countFollows(s[m.end:]) {
			return te, false
		}
		te.Value, te.Precision, te.EndValue = year(y1), model.PrecisionYear, year(y2)
		if rest, ok := cutWord(te.Text, "between"); ok {
			te.Start += len(te.Text) - len(rest)
			te.Text = rest
		}
	case kYear:
		y, _ := strconv.Atoi(g[2])
		// A bare number is a year only in year-like company: "in 2018",
		// "2018's", "since 2018", "mid-2019", not "2018 people".
		before := strings.ToLower(lastWord(s[:m.start]))
		if g[1] != "" {
			before = "mid" // "early 2019", "since mid-2019": a year
		}
		if m.end+1 < len(s) && (s[m.end] == '.' || s[m.end] == ',') && s[m.end+1] >= '0' && s[m.end+1] <= '9' {
			return te, false // "2021.5 points", "1,2000": a number
		}
		if countRange(g[2], s[m.end:]) || (before == "and" || before == "or" || before == "to") && countJoinedBefore(s[:m.start], g[2], s[m.end:]) {
			// "between 2000 and 3000 people", "1900 and 2000
			// protesters": both numbers count what follows them.
			return te, false
		}
		coord := (before == "and" || before == "or") && coordinatedYear(s[:m.start]) && !countFollows(s[m.end:]) ||
			y >= 1800 && yearCoordinatedAfter(s[m.end:])
		// A year of 1000-1799 that opens its sentence before a comma or a
		// colon heads what happened then ("1596, dating from the Safavid
		// era, ...", "1647: the palace ..."); a count names what it counts.
		heading := before == "" && strings.TrimSpace(s[:m.start]) == "" && m.end < len(s) && (s[m.end] == ',' || s[m.end] == ':')
		if y < 1800 && !coord && !heading && !oldYear(s, match{start: m.end - len(g[2]), end: m.end}, before) {
			return te, false
		}
		switch before {
		case "in", "since", "until", "by", "of", "from", "during", "before", "after", "early", "late", "mid", "the", "and", "to", "through", "", "between",
			"circa", "c.", "ca.", "b.", "d.": // "(c. 1818 – 1880)", "(b. 1950)": circa, born, died
		default:
			if !coord && !(m.end < len(s) && strings.IndexByte(",.);", s[m.end]) >= 0) && !boundedYear(s, m, before) && !yearInCompany(s, m, y) {
				return te, false
			}
		}
		te.Value, te.Precision, te.Mod = year(y), model.PrecisionYear, partMod(g[1])
		if strings.EqualFold(lastWord(s[:m.start]), "since") && hasRef {
			te.EndValue = day(ref)
		}
	case kDecade:
		// "the 1990s" is ten years; "the 1800s" a hundred (the 1800s
		// are the nineteenth century, whose early part is its first third
		// as for "the early 19th century"), but "the 2000s" is the decade,
		// as it is commonly written. A decade's early and late parts are
		// its halves, its middle the five years around it: "the early
		// 1990s" is 1990-1994, "the mid-1990s" 1993-1997, "the late 1990s"
		// 1995-1999 (a third, three years, would leave out years people
		// commonly mean: 1996 is in the late 1990s).
		y, _ := strconv.Atoi(g[2])
		if len(g[2]) == 2 {
			y = shortDecade(y, ref, hasRef) // "the '90s"
		}
		var y1, y2 int
		switch mod := strings.ToLower(g[1]); {
		case y%100 == 0 && y < 2000:
			y1, y2 = thirds(y, 100, mod)
		case mod == "early":
			y1, y2 = y, y+4
		case mod == "mid":
			y1, y2 = y+3, y+7
		case mod == "late" || mod == "later":
			y1, y2 = y+5, y+9
		default:
			y1, y2 = y, y+9
		}
		te.Value, te.Precision, te.EndValue = year(y1), model.PrecisionYear, year(y2)
	case kCentury:
		// "the 19th century" is 1800-1899, as it is commonly written
		// about; "early" and "late" take its first or last third.
		n, err := strconv.Atoi(g[2])
		if err != nil {
			n = centuryWords[strings.ToLower(g[2])]
		}
		y1, y2 := thirds((n-1)*100, 100, strings.TrimSuffix(g[1], "-"))
		if strings.HasPrefix(g[3], "B") {
			// "the 5th century BC" runs from 500 BC to 401 BC, and its
			// early part is its first years, 500 BC on: count the
			// years of the century back from its first, and write them
			// as eraYear does (-0500, no year zero).
			y1, y2 = -(n*100 - (y1 - (n-1)*100)), -(n*100 - (y2 - (n-1)*100))
			te.Value, te.Precision, te.EndValue = fmt.Sprintf("-%04d", -y1), model.PrecisionYear, fmt.Sprintf("-%04d", -y2)
			break
		}
		if y1 == 0 {
			y1 = 1 // the first century AD begins with AD 1
		}
		// Years before 1000 take four digits, as eraYear writes them.
		te.Value, te.Precision, te.EndValue = fmt.Sprintf("%04d", y1), model.PrecisionYear, fmt.Sprintf("%04d", y2)
	case kRelDay:
		if !hasRef || strings.EqualFold(g[1], "today") && nowadays(s, m.start, m.end, tense) {
			return te, false
		}
		switch strings.ToLower(g[1]) {
		case "overnight":
			// TimeML writes the night as the day with TNI; the value
			// is the day the night begins on, as for "last night".
			if !overnightFits(s, m) {
				return te, false
			}
			switch tense {
			case TensePast:
				setDay(ref.AddDate(0, 0, -1))
			case TenseFuture:
				setDay(ref)
			default:
				return te, false // "markets are calm overnight"
			}
			te.PartOfDay = "night"
		case "yesterday", "last night":
			setDay(ref.AddDate(0, 0, -1))
		case "the day before yesterday":
			setDay(ref.AddDate(0, 0, -2))
		case "tomorrow":
			setDay(ref.AddDate(0, 0, 1))
		default:
			setDay(ref)
		}
	case kWeekday:
		if !hasRef || recurringWeekday(s, m) || weekdayInTitle(s, m) || namedWeekday(s, m) {
			return te, false
		}
		wd := weekdays[strings.ToLower(g[2])]
		mod := strings.ToLower(g[1])
		t := tense
		lead := mod
		if cs := clockBefore(s, m.start); cs >= 0 && (mod == "" || mod == "on") {
			// "The deadline is 5 p.m. Friday", "the curfew runs until
			// midnight Sunday": the clock time is part of the date, and
			// the words before it give the day its tense and lead.
			t = TenseAround(s, cs, m.end)
			switch lw := strings.ToLower(lastWord(s[:cs])); lw {
			case "until", "till", "by":
				lead = "until"
			}
		}
		switch lead {
		case "last", "earlier", "since":
			t = TensePast
		case "next", "later", "following":
			t = TenseFuture
		case "until", "by":
			// "by Thursday" is ahead unless the sentence is in the past
			// ("had been used a million times by Thursday night"). An
			// order or declaration sets a period that runs from when it
			// was made, which a report tells the day it is made, so
			// its end is ahead whatever the tense of the order
			// ("ordered flags flown at half-mast until Friday",
			// "extended the curfew until Monday", "told them to leave
			// by Friday").
			if t != TensePast || directiveBefore(s[:m.start]) {
				t = TenseFuture
			}
		case "this":
			if t == TenseUnknown {
				t = TenseFuture
			}
		case "":
			// "called a strike for Thursday", "a rally set for
			// Saturday": a day something is set for is ahead of its
			// announcement, whatever the tense of the announcing verb.
			// "for Monday's attack" names a past day's event.
			// "called a strike for Thursday, which unions called off" tells
			// the day as past.
			if strings.EqualFold(lastWord(s[:m.start]), "for") && !strings.HasPrefix(s[m.end:], "'") && !strings.HasPrefix(s[m.end:], "’") && !pastRelativeAfter(s[m.end:]) {
				t = TenseFuture
			}
		}
		present := mod == "" && presentSubjectWeekday(s, m)
		if present {
			// "Thursday marks the anniversary of the attack": the day
			// told as the subject of a present verb is this week's
			// coming one, or the day of writing itself.
			t = TenseFuture
		}
		if mod == "on" || mod == "" {
			// "paving the way for talks on Thursday", "over his
			// declaration of a curfew on Monday": the noun the weekday
			// dates places it.
			t = nominalTense(s, m.start+len(g[1]), m.end, t, 0)
		}
		if (mod == "on" || mod == "") && pastActWeekday(s, m.start, m.end, mod == "on") {
			t = TensePast
		} else if (mod == "on" || mod == "") && t != TenseFuture && wd != ref.Weekday() && appealComplement(s[:m.start]) {
			// "called on supporters to march through the capital on
			// Saturday", "ordered them to report on Friday": the act
			// asked for, planned or ordered comes after the asking,
			// which a report tells near the day it is made, so its day
			// is ahead whatever the tense of the asking verb. The
			// weekday of writing itself stays that day ("urged voters
			// to turn out on Sunday", written on a Sunday).
			t = TenseFuture
		}
		if mod == "on" || mod == "earlier" || mod == "later" || mod == "since" || mod == "until" || mod == "by" {
			te.Start += len(g[1]) + 1
			te.Text = g[2]
		}
		if n, width := weekdayOrdinal(s[m.end:]); n > 0 {
			if mod == "" && wd == time.Friday && n == 13 {
				// "Friday the 13th" with nothing leading it is the
				// unlucky day in general or the film's title: "Friday
				// the 13th is feared", "They watched Friday the 13th".
				return te, false
			}
			// "on Tuesday the 5th": the nearest day of the month that
			// falls on that weekday, in the tense's direction, or either
			// way when the tense does not say ("opens on Tuesday the
			// 3rd").
			d, ok := weekdayOfMonthDay(ref, wd, n, t == TenseFuture)
			if t == TenseUnknown {
				if ahead, ok2 := weekdayOfMonthDay(ref, wd, n, true); ok2 && (!ok || ahead.Sub(ref) < ref.Sub(d)) {
					d, ok = ahead, true
				}
			}
			if ok {
				te.End += width
				te.Text = s[te.Start : m.end+width]
				setDay(d)
				break
			}
		}
		// "a week from Friday", "two weeks from Monday": that many weeks
		// after the coming weekday, always ahead.
		weeks, from := 0, 0
		if mod == "" {
			if w := weeksFromRE.FindStringSubmatchIndex(s[:m.start]); w != nil {
				weeks, from = parseNum(s[w[2]:w[3]]), w[0]
				if weeks > 0 {
					t = TenseFuture
				}
			}
		}
		diff := int(wd) - int(ref.Weekday())
		var d time.Time
		if t == TenseFuture {
			// "from Wednesday" and "opens on Wednesday" said on a
			// Wednesday are that day; "will meet on Wednesday" is a
			// week on.
			// The match holds its "on": scheduledBefore reads it ("is on").
			sameDay := present || opensPeriod(s[:m.start], mod) || (mod == "" || mod == "on") && scheduledBefore(s[:m.start+len(g[1])])
			if diff < 0 || diff == 0 && !sameDay {
				diff += 7
			}
			d = ref.AddDate(0, 0, diff)
			if mod == "next" && diff < 7 && int(wd) > int(ref.Weekday()) {
				// "next Friday" said on a Tuesday is commonly the Friday of next week.
				d = d.AddDate(0, 0, 7)
			}
		} else {
			if diff > 0 {
				diff -= 7
			}
			if diff == 0 && mod == "last" {
				diff = -7
			}
			d = ref.AddDate(0, 0, diff)
		}
		if weeks > 0 {
			d = d.AddDate(0, 0, 7*weeks)
			te.Start -= m.start - from
			te.Text = s[from:m.end]
		} else if (mod == "" || mod == "on") && weekdayWeek(s[m.end:]) {
			// "Friday week", as British reports write it: a week after
			// the coming Friday ("the vote is on Friday week"), or, told
			// of a past act ("the ceasefire began Friday week"), a week
			// before the last one, as the tense reads the weekday alone.
			// Said on a Friday, "Friday week" is a week from that day.
			ahead := (int(wd) - int(ref.Weekday()) + 7) % 7
			if t == TensePast {
				d = ref.AddDate(0, 0, ahead-7-7*min(ahead, 1))
			} else {
				d = ref.AddDate(0, 0, ahead+7)
			}
			te.End = m.end + len(" week")
			te.Text = s[te.Start:te.End]
		}
		setDay(d)
	case kRelWeek:
		if !hasRef || lastWeekOf(s, m) {
			return te, false
		}
		ws := weekStart(ref)
		switch strings.ToLower(g[2]) {
		case "after next":
			// Not "the week after next month's vote", which counts
			// from the vote.
			if !ordDayFits(s[m.end:]) {
				return te, false
			}
			ws = ws.AddDate(0, 0, 14)
		case "before last":
			// Not "the week before last year's vote".
			if !ordDayFits(s[m.end:]) {
				return te, false
			}
			ws = ws.AddDate(0, 0, -14)
		case "last", "past", "previous", "the previous":
			ws = ws.AddDate(0, 0, -7)
		case "next", "coming", "the following":
			ws = ws.AddDate(0, 0, 7)
		}
		setDay(ws)
		te.EndValue = day(ws.AddDate(0, 0, 6))
		switch strings.ToLower(g[1]) {
		case "earlier":
			te.Relation = "past"
		case "later":
			te.Relation = "future"
		}
		if te.Relation != "" && strings.EqualFold(g[2], "this") {
			// "earlier this week" is the part of the week of writing
			// before the day of writing, which the report would call
			// "today" or "yesterday" else; "later this week" the part
			// after it. "Earlier last week", "later next week" stay in
			// the week they name (the whole of it above).
			te.Value, te.EndValue = weekPart(ws, ref, te.Relation == "past")
		}
		if strings.EqualFold(g[2], "this") && te.Relation == "" {
			te.Relation = "current"
		}
	case kWeekend:
		if !hasRef {
			return te, false
		}
		mod := strings.ToLower(g[2])
		lead := strings.ToLower(g[1])
		// The most recent Saturday on/before ref (past) or the coming one.
		back := (int(ref.Weekday()) - 6 + 7) % 7
		sat := ref.AddDate(0, 0, -back)
		if ref.Weekday() == time.Sunday {
			sat = ref.AddDate(0, 0, -1)
		}
		// "the previous weekend" and "the following weekend" count from
		// a day the story dated (countSteps); with none, from the day of
		// writing, as "last" and "next" do.
		switch mod {
		case "previous":
			mod = "last"
		case "following":
			mod = "next"
		}
		future := mod == "next" || mod == "coming" || (mod == "" && lead == "this" && tense != TensePast) || (mod == "" && tense == TenseFuture)
		onWeekend := ref.Weekday() == time.Saturday || ref.Weekday() == time.Sunday
		if future && !sat.After(ref) && !(onWeekend && (mod == "this" || mod == "" && lead == "this")) {
			sat = sat.AddDate(0, 0, 7)
		}
		if mod == "last" || mod == "past" {
			if !future && ref.Weekday() == time.Saturday || ref.Weekday() == time.Sunday {
				sat = sat.AddDate(0, 0, -7)
			}
		}
		setDay(sat)
		te.EndValue = day(sat.AddDate(0, 0, 1))
		switch lead {
		case "by", "before", "until", "till":
			// "results are expected by the weekend": the deadline's
			// word is a signal, outside the expression, as for "by
			// Friday".
			te.Start += len(lead) + 1
			te.Text = te.Text[len(lead)+1:]
		}
	case kRelMonth:
		if !hasRef {
			return te, false
		}
		first := time.Date(ref.Year(), ref.Month(), 1, 12, 0, 0, 0, time.UTC)
		switch strings.ToLower(g[2]) {
		case "last", "past", "previous", "the previous":
			first = first.AddDate(0, -1, 0)
		case "next", "coming", "the following":
			first = first.AddDate(0, 1, 0)
		}
		te.Value, te.Precision = month(first), model.PrecisionMonth
		te.Text = strings.TrimSuffix(te.Text, "'s")
		te.End = te.Start + len(te.Text)
		switch strings.ToLower(g[1]) {
		case "earlier":
			te.Relation = "past"
		case "later":
			te.Relation = "future"
		case "early", "late":
			// "late last month" is a part of that month as "late
			// February" is: its first or second half.
			monthPart(&te, strings.ToLower(g[1]), first.Year(), first.Month())
		}
	case kRelYear:
		if !hasRef {
			return te, false
		}
		y := ref.Year()
		switch strings.ToLower(g[2]) {
		case "last", "past", "previous", "the previous":
			y--
		case "next", "coming", "the following":
			y++
		case "the new":
			// "a ceasefire in the new year": said from October on, the
			// coming year; in January or February, the one just begun;
			// else no year can be told.
			switch {
			case strings.HasPrefix(s[m.end:], "'") || strings.HasPrefix(s[m.end:], "’"):
				return te, false
			case ref.Month() >= time.October:
				y++
			case ref.Month() > time.February:
				return te, false
			}
			// The preposition is no part of it; "early in" is its start.
			if strings.HasPrefix(te.Text, "early") {
				te.Mod = model.ModStart
			}
			cut := strings.Index(te.Text, "the new")
			te.Start += cut
			te.Text = te.Text[cut:]
		}
		te.Value, te.Precision = year(y), model.PrecisionYear
		if rel := strings.ToLower(g[2]); g[1] == "" && (rel == "last" || rel == "next") && strings.HasSuffix(strings.ToLower(s[:m.start]), "this time ") {
			// "this time last year" is the day of writing a year
			// before (or after): its year and its day, the 28th of
			// February for a 29th.
			from := m.start - len("this time ")
			te.Start -= m.start - from
			te.Text = s[from:m.end]
			d := min(ref.Day(), time.Date(y, ref.Month()+1, 0, 12, 0, 0, 0, time.UTC).Day())
			setDay(time.Date(y, ref.Month(), d, 12, 0, 0, 0, time.UTC))
		}
		switch strings.ToLower(g[1]) {
		case "earlier":
			te.Relation = "past"
		case "later":
			te.Relation = "future"
		case "early", "late":
			if lw := strings.ToLower(lastWord(s[:m.start])); timingVerbs[lw] || spanUnits[lw] {
				// "Easter falls late this year", "the rains came
				// early this year", "arrived two weeks early this
				// year": the adverb is the verb's or the span's, when
				// the thing came against its usual time, and the
				// year is whole.
				cut := len(g[1]) + 1
				te.Start += cut
				te.Text = te.Text[cut:]
				break
			}
			// "late last year" is the part of that year "late 2024"
			// names: the year with TIMEX3's mod, as for a year in
			// numbers. "Earlier" and "later" place the time before or
			// after the writing, not in a part of the year.
			te.Mod = partMod(g[1])
		}
	case kDuration:
		if prev := strings.ToLower(lastWord(s[:m.start])); strings.EqualFold(g[1], "last") && (verbModals[prev] || lastNegation[prev] || (prev == "and" || prev == "or") && modalBefore(s[:m.start])) {
			// "the strike will last 48 hours", "is expected to last
			// three days", "did not last two days": the verb of
			// duration, not the days just gone.
			return te, false
		}
		if ofSomething(s[m.end:]) {
			// "the last five months of her life", "the first two years
			// of the war": counted from that, not from the day of
			// writing.
			return te, false
		}
		te, ok := duration(te, g, ref, hasRef, tense)
		if ok {
			compoundPast(s, m.end, &te, ref) // "the past two years and three months"
		}
		return te, ok
	case kAgo:
		if !hasRef {
			return te, false
		}
		n := parseNum(g[1])
		if n == 0 {
			return te, false
		}
		unit := strings.TrimSuffix(strings.ToLower(g[2]), "s")
		sign := -1
		var t time.Time
		prec := model.PrecisionDay
		switch unit {
		case "day":
			t = ref.AddDate(0, 0, sign*n)
		case "hour":
			t = civil(ref).Add(time.Duration(sign*n) * time.Hour)
		case "week":
			t = ref.AddDate(0, 0, sign*7*n)
		case "fortnight":
			t = ref.AddDate(0, 0, sign*14*n)
		case "month":
			t = ref.AddDate(0, sign*n, 0)
			prec = model.PrecisionMonth
		case "year":
			t = ref.AddDate(sign*n, 0, 0)
			prec = model.PrecisionYear
		case "decade":
			t = ref.AddDate(sign*10*n, 0, 0)
			prec = model.PrecisionYear
		case "century", "centurie":
			t = ref.AddDate(sign*100*n, 0, 0)
			prec = model.PrecisionYear
		}
		te.Value = valueAt(t, prec)
		te.Precision = prec
	case kSeason:
		return seasonSpan(s, te, m, ref, hasRef, tense, false)
	case kDayRange:
		return dayRange(s, te, m, ref, hasRef, tense)
	case kDayRangeWords:
		return dayRangeWords(s, te, m, ref, hasRef, tense)
	case kMonthRange:
		return monthRange(s, te, m, ref, hasRef, tense)
	case kFiscal:
		// "fiscal 2025", "FY24": the fiscal year so named, which
		// companies and states end in different months; the value is the
		// named year.
		y := 0
		for _, v := range []string{g[1], g[3]} {
			if v != "" {
				y, _ = strconv.Atoi(v)
			}
		}
		for _, v := range []string{g[2], g[4]} {
			if v != "" {
				n, _ := strconv.Atoi(v)
				y = 2000 + n
			}
		}
		if y == 0 {
			return te, false
		}
		te.Value, te.Precision = year(y), model.PrecisionYear
		if g[5] != "" {
			// "fiscal 2026-27", "FY2024/25": a fiscal year over two
			// calendar years (April to March, July to June), or a run
			// of fiscal years ("FY2021-2023"); a second year that does
			// not follow the first is no such thing.
			e, _ := strconv.Atoi(g[5])
			if len(g[5]) == 2 {
				e += y / 100 * 100
			}
			if e <= y || e > y+10 {
				return te, false
			}
			te.EndValue = year(e)
		}
	case kQuarter, kQCode:
		return quarter(s, te, m, ref, hasRef, tense)
	case kTurnOfYear:
		return turnOfYear(te, m, ref, hasRef, tense)
	case kCenturyPart:
		return centuryPart(te, m, ref, hasRef)
	case kWeekOfMonth:
		return weekOfMonth(s, te, m, ref, hasRef)
	case kDayOfRelMonth:
		return dayOfRelMonth(te, m, ref, hasRef)
	case kWeekOfDay:
		return weekOfDay(s, te, m, ref, hasRef)
	case kPeriodTo:
		return periodTo(te, m, ref, hasRef, tense)
	case kEndOf:
		return endOf(s, te, m, ref, hasRef, tense)
	case kPartOf:
		return partOf(s, te, m, ref, hasRef, tense)
	case kAnniversary:
		te.Base = "anniv" // filled in Find once the sentence's dates are known
		te.Precision = model.PrecisionYear
	}
	if sinceDay(s, m, te, ref, hasRef) {
		// "since October 7", "since Monday" run to the publish date, as
		// "since April" and "since 2018" do.
		te.EndValue = day(ref)
	}
	return te, true
}

// sinceDay says the day te, matched at m in s, follows "since" and is no
// later than the publish date ref: the span it opens runs to the day of
// writing.
func sinceDay(s string, m match, te model.TimeExpr, ref time.Time, hasRef bool) bool {
	switch m.kind {
	case kISO, kMonthDayYear, kDayMonthYear, kMonthDay, kDayMonth, kWeekday:
	default:
		return false
	}
	return hasRef && te.EndValue == "" && te.Precision == model.PrecisionDay && len(te.Value) == 10 &&
		te.Value <= day(ref) && sinceBefore(s, m)
}

// sinceBefore says "since" opens the expression matched at m in s: the word
// before it, or the weekday rule's own modifier ("since Monday", whose match
// takes the "since" in).
func sinceBefore(s string, m match) bool {
	if m.kind == kWeekday && strings.EqualFold(m.groups[1], "since") {
		return true
	}
	return strings.EqualFold(lastWord(s[:m.start]), "since")
}

// sinceMonth says the month of a year te, matched at m in s, follows "since"
// ("since Feb. 2019", "since mid-March 2020") and is no later than the
// publish month: the span it opens runs to the day of writing, as "since
// April" and "since 2018" do.
func sinceMonth(s string, m match, te model.TimeExpr, ref time.Time, hasRef bool) bool {
	return m.kind == kMonthYear && hasRef && te.EndValue == "" && te.Precision == model.PrecisionMonth &&
		len(te.Value) == 7 && te.Value <= month(ref) && sinceBefore(s, m)
}

// thirds is the span of n years from y1 that a modifier names: all of it,
// or its first ("early"), middle ("mid") or last ("late", "later") third,
// the middle one taking what does not divide: the early 19th century is
// 1800-1832, its middle 1833-1866, its end 1867-1899.
func thirds(y1, n int, mod string) (int, int) {
	t := n / 3
	switch strings.ToLower(mod) {
	case "early":
		return y1, y1 + t - 1
	case "mid", "mid-":
		return y1 + t, y1 + n - t - 1
	case "late", "later":
		return y1 + n - t, y1 + n - 1
	}
	return y1, y1 + n - 1
}

// oldYear says a number from 1000 to 1799 is a year: it follows a
// preposition ("in 1724", "since 1689", "(1738)") and is followed by
// punctuation or a word that cannot be what it counts ("in 1724 as
// professor", not "of 1500 troops").
// boundVerbs open or close a stretch of time, which may be their object: a
// team "opened 2012 with a win", a market "ended 2022 lower".
var boundVerbs = map[string]bool{
	"open": true, "opens": true, "opened": true, "opening": true,
	"begin": true, "begins": true, "began": true, "begun": true, "beginning": true,
	"start": true, "starts": true, "started": true, "starting": true,
	"end": true, "ends": true, "ended": true, "ending": true,
	"close": true, "closes": true, "closed": true, "closing": true,
	"finish": true, "finishes": true, "finished": true, "finishing": true,
	"enter": true, "enters": true, "entered": true, "entering": true,
}

// afterBound are the words that may follow a year a bound verb takes ("opened
// 2012 with a win", "ended 2022 as champion", "closed 2021 up 7 percent"):
// after a number that is no year comes its unit ("the index closed 1850
// points lower", "ended 2012 votes short").
var afterBound = map[string]bool{
	"with": true, "as": true, "on": true, "at": true, "in": true, "by": true, "and": true, "without": true,
	"under": true, "ahead": true, "behind": true, "up": true, "down": true, "higher": true, "lower": true,
	"strongly": true, "well": true, "badly": true, "level": true, "flat": true, "unbeaten": true, "for": true,
}

// boundedYear says a bare year is the object of a verb that opens or closes a
// stretch of time: "Holt opened 2012 with a win in Boston".
func boundedYear(s string, m match, before string) bool {
	if !boundVerbs[before] {
		return false
	}
	// Any white space ends the year, a form feed or a line break at the
	// end of the text included.
	rest := strings.TrimLeftFunc(s[m.end:], unicode.IsSpace)
	if rest == "" || strings.ContainsRune(",.;:)", rune(rest[0])) {
		return true
	}
	return afterBound[strings.ToLower(strings.TrimRight(strings.Fields(rest)[0], ",.;:"))]
}

// yearHead matches the end of the text before "and" or "or" when it
// closes on a year that a preposition of time leads, the years between
// listed with commas: "in 1687 and", "from 1699 or", "in 1687, 1688 and".
var yearHead = regexp.MustCompile(`(?i)\b(?:in|since|from|until|by|during|between|circa|c\.|ca\.) [1-9][0-9]{2,3}(?:, [1-9][0-9]{2,3})*,? (?:and|or)\s*$`)

// coordinatedYear says a bare number joined by "and" or "or" to a year in
// year-like company is a year too: "in 1687 and 1689", "from 1699 or
// 1700". before is the text up to the number.
func coordinatedYear(before string) bool {
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	return yearHead.MatchString(before)
}

// nextYearJoined matches "and" or "or" and a modern year after a number.
var nextYearJoined = regexp.MustCompile(`^ (?:and|or) ((?:1[89]|20)[0-9]{2})\b`)

// yearCoordinatedAfter says a number is joined by "and" or "or" (rest: the
// text after it) to a modern year that counts nothing ("contracted in both
// 2023 and 2024", "either 2027 or 2028"): both are years, as the second
// of "in 2023 and 2024" is by coordinatedYear.
func yearCoordinatedAfter(rest string) bool {
	loc := nextYearJoined.FindStringIndex(rest)
	return loc != nil && !countFollows(rest[loc[1]:])
}

// numberJoined matches "and", "or", "to" or a dash and a number after a
// number.
var numberJoined = regexp.MustCompile(`^(?: (?:and|or|to) | ?[-–] ?)([0-9][0-9,]*)\b`)

// countRange says the number n is joined to another (rest: the text after
// n) and both count what follows (countPair): "2000 and 3000 people",
// "1500 to 2000 troops".
func countRange(n, rest string) bool {
	loc := numberJoined.FindStringSubmatchIndex(rest)
	return loc != nil && countPair(n, rest[loc[2]:loc[3]], rest[loc[1]:])
}

// countJoinedBefore says the number n, after "and", "or" or "to" (before:
// the text up to n), ends a pair of numbers that count what follows (rest).
func countJoinedBefore(before, n, rest string) bool {
	ws := strings.Fields(before)
	if len(ws) < 2 {
		return false
	}
	return countPair(strings.TrimLeft(ws[len(ws)-2], "(["), n, rest)
}

// countPair says two numbers joined ("a and b", "a to b") count the words
// after them (rest): a plural that only counts ("people", "children"), or
// a plural noun when one of them cannot be a modern year ("1500 and 2000
// troops", "2000 to 3000 protesters"). Two modern years before a plural
// name the years of things ("the 2011 and 2017 censuses").
func countPair(a, b, rest string) bool {
	if irregularPlurals[strings.ToLower(strings.TrimRight(firstWord(rest), ",.;:)"))] {
		return true
	}
	return countFollows(rest) && (!modernYear(a) || !modernYear(b))
}

// modernYear says a number could be a year of the last two centuries or
// this one: four digits from 1800 to 2100.
func modernYear(n string) bool {
	y, err := strconv.Atoi(n)
	return err == nil && len(n) == 4 && y >= 1800 && y <= 2100
}

// irregularPlurals are the plural nouns a count names that do not end in
// -s: "2000 to 3000 people".
var irregularPlurals = map[string]bool{"people": true, "men": true, "women": true, "children": true, "police": true, "personnel": true, "staff": true, "cattle": true}

func oldYear(s string, m match, before string) bool {
	if m.start > 0 && s[m.start-1] == '(' {
		return true
	}
	switch before {
	case "in", "since", "until", "by", "of", "from", "during", "before", "after", "between", "and", "to", "through", "circa", "c.", "ca.", "b.", "d.":
	default:
		return false
	}
	rest := strings.TrimLeftFunc(s[m.end:], unicode.IsSpace) // "in 1000\f" ends there too
	if rest == "" || strings.ContainsRune(",.;:)–-", rune(rest[0])) {
		return true
	}
	next := strings.TrimRight(strings.ToLower(strings.Fields(rest)[0]), ",.;:")
	if countsJoined(rest) {
		return false
	}
	if f := strings.Fields(rest); (next == "a" || next == "an") && len(f) > 1 {
		// "in 1689 a revolution broke out", not a rate: "in 1500 a
		// year", "1200 a head".
		w := strings.TrimRight(strings.ToLower(f[1]), ",.;:")
		return !countUnits[w] && !rateNouns[w]
	}
	switch next {
	case "as", "and", "or", "with", "when", "at", "the", "he", "she", "it", "they", "his", "her", "their", "to", "for", "in", "on", "after", "before", "until", "while", "where", "but", "was", "were", "had", "by":
		return true
	}
	// "an illness in 1733 gave him an excuse": a verb in the past tells
	// what happened then; a count is followed by what it counts.
	return pastForm(next) && next != "had"
}

// countsJoined says the text after a number joins it to another number by
// "and" or "or", and that one counts what follows it: "(in 250) and 300
// stores", "(1650) or 1700 tonnes".
func countsJoined(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 3 || !strings.EqualFold(f[0], "and") && !strings.EqualFold(f[0], "or") || f[1][0] < '0' || f[1][0] > '9' {
		return false
	}
	return countFollows(strings.Join(f[2:], " "))
}

// countFollows says the text after a number starts with a lower-case plural
// noun, the things the number counts: "2000 Syrians" does not, "1900-2000
// troops" does.
func countFollows(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimRight(f[0], ",.;:)")
	return len(w) > 3 && strings.HasSuffix(w, "s") && w[0] >= 'a' && w[0] <= 'z' || countUnits[strings.ToLower(w)]
}

// recurringWeekday says a weekday names every such day, not one: "every
// Friday", "each Monday", "on a Monday", "on Saturday mornings", "Friday
// nights". No date; a single part of a day ("on Saturday morning") is one.
//
// A weekday joined to a recurring one recurs too ("every Wednesday/Thursday",
// "each Monday and Thursday"), and so does one in a sentence that counts per
// week ("two flights per week on Wednesday afternoon").
// titleAfterWeekday lists the words that, right after a weekday, make it
// part of a newspaper's title or a kind of paper: "the Sunday Leader",
// "the Sunday Times", "a Sunday newspaper" name a paper that comes out on
// that day of every week, not a day the story tells of. The capitalised
// ones are the mastheads' usual second words and count only as written
// so; the lower-case ones are the common nouns for a paper or an issue.
var titleAfterWeekday = map[string]bool{
	"Leader": true, "Times": true, "Telegraph": true, "Observer": true, "Post": true, "Mail": true,
	"Express": true, "Herald": true, "Independent": true, "Tribune": true, "Mirror": true, "Standard": true,
	"Nation": true, "Guardian": true, "Gleaner": true, "Monitor": true, "Chronicle": true,
	"newspaper": true, "newspapers": true, "paper": true, "papers": true, "tabloid": true, "tabloids": true,
	"edition": true, "editions": true, "supplement": true,
}

// weekdayInTitle reports whether a bare weekday (no "last", "on" or other
// word of its own) is the first word of a newspaper's name or a kind of
// paper ("a closure order on the Sunday Leader newspaper", "told the
// Sunday Times"): a paper's weekly day is no date.
func weekdayInTitle(s string, m match) bool {
	if m.groups[1] != "" || !strings.HasPrefix(s[m.end:], " ") {
		return false
	}
	rest := strings.Fields(s[m.end:])
	if len(rest) == 0 {
		return false
	}
	w := strings.TrimRight(rest[0], ",.;:!?)\"”")
	for _, pos := range []string{"'s", "’s", "'", "’"} {
		w = strings.TrimSuffix(w, pos)
	}
	return titleAfterWeekday[w]
}

func recurringWeekday(s string, m match) bool {
	if m.groups[1] == "" {
		switch strings.ToLower(lastWord(s[:m.start])) {
		case "every", "each", "a", "most", "some", "many", "alternate":
			return true
		case "other", "second", "third", "fourth":
			// "every other Thursday", "every second Monday".
			w := strings.TrimRight(s[:m.start], " ")
			if strings.EqualFold(lastWord(w[:len(w)-len(lastWord(w))]), "every") {
				return true
			}
		}
		before := strings.TrimRight(s[:m.start], " ")
		for _, join := range []string{"/", ",", " and", " or", "&"} {
			if rest, ok := strings.CutSuffix(before, join); ok {
				prev := strings.TrimRight(rest, " ")
				w := lastWord(prev)
				if _, isDay := weekdays[strings.ToLower(w)]; isDay {
					start := len(prev) - len(w)
					return recurringWeekday(s, match{start: start, end: len(prev), groups: []string{w, "", w}})
				}
				break
			}
		}
	}
	if ordinalOfMonth(s, m) {
		return true
	}
	lower := strings.ToLower(s[:m.start])
	// ("A week after the vote, on Friday" is one Friday: a bare "a
	// week" counts nothing.)
	for _, per := range []string{"per week", "once a week", "twice a week", "times a week", "each week", "every week", "weekly"} {
		if strings.Contains(lower, per) {
			return true
		}
	}
	rest := strings.Fields(s[m.end:])
	if len(rest) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(rest[0], ",.;:!?)")) {
	case "mornings", "afternoons", "evenings", "nights":
		return true
	}
	return false
}

// ordinalOfMonth says the weekday matched at m is counted in a month
// that is no one month: "the first Monday of the month", "the last Friday
// of every month", a day that comes back each month (nthWeekdayRE reads
// "the first Monday of April").
func ordinalOfMonth(s string, m match) bool {
	ord := strings.ToLower(m.groups[1])
	if ord == "" {
		ord = strings.ToLower(lastWord(s[:m.start]))
	}
	switch ord {
	case "first", "second", "third", "fourth", "fifth", "last", "1st", "2nd", "3rd", "4th", "5th":
	default:
		return false
	}
	after := strings.ToLower(s[m.end:])
	for _, per := range []string{" of the month", " of each month", " of every month", " in the month", " of a month", " in each month", " in every month"} {
		if strings.HasPrefix(after, per) {
			return true
		}
	}
	return false
}

// monthPartWord is the part of a month the words before its name give
// ("early ", "in late ", "since mid-", "by end-"): "early", "mid", "late"
// or "end", else "".
func monthPartWord(before string) string {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(before, "-", " ")))
	if len(ws) == 0 {
		return ""
	}
	switch w := ws[len(ws)-1]; w {
	case "early", "mid", "late":
		return w
	case "end":
		if strings.HasSuffix(before, "-") {
			return w
		}
	}
	return ""
}

// monthPart narrows a month's value to the part of it a modifier names, as
// a decade's: "early October" is its first half (1-15), "late April" and
// "end-April" its second (16 to the month's end: TIMEX3 gives both the one
// mod, END), "mid-August" the days around its middle (10-20). A value that
// already runs to the publish date ("since early March") keeps that end
// and starts at the part.
func monthPart(te *model.TimeExpr, part string, y int, mo time.Month) {
	var from, to int
	last := time.Date(y, mo+1, 0, 12, 0, 0, 0, time.UTC).Day()
	switch part {
	case "early":
		from, to = 1, 15
	case "mid":
		from, to = 10, 20
	case "late", "end":
		from, to = 16, last
	default:
		return
	}
	te.Value, te.Precision = day(time.Date(y, mo, from, 12, 0, 0, 0, time.UTC)), model.PrecisionDay
	if te.EndValue == "" {
		te.EndValue = day(time.Date(y, mo, to, 12, 0, 0, 0, time.UTC))
	}
}

// ofSomething says a span is of something named after it: "of" and a
// determiner, a possessive or a name ("of her life", "of the war", "of
// Obama's presidency").
func ofSomething(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 2 || f[0] != "of" {
		return false
	}
	return eventFollows(strings.Join(f[1:2], " ")) || strings.HasSuffix(f[1], "'s") || strings.HasSuffix(f[1], "’s")
}

// eventFollows says "before" or "after" ends in what it is before or after
// rather than in the sentence's time: a determiner, a possessive or a name
// comes next ("the year before the Games", "the year after his death").
func eventFollows(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := f[0]
	switch strings.ToLower(w) {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that":
		return true
	}
	return isCap(w)
}

// countUnits are the singular words of measure that may follow a number
// after "a": "a 2000 metre climb", "a 1900 km trek" count, they are no years.
// rateNouns are what a rate is counted per besides units: "1500 a head".
var rateNouns = map[string]bool{"head": true, "piece": true, "share": true, "barrel": true, "person": true, "time": true, "go": true, "pop": true, "night": true, "unit": true}

var countUnits = map[string]bool{
	"metre": true, "meter": true, "m": true, "km": true, "kilometre": true, "kilometer": true, "mile": true,
	"foot": true, "feet": true, "ft": true, "yard": true, "kg": true, "kilogram": true, "pound": true, "lb": true,
	"ton": true, "tonne": true, "point": true, "percent": true, "per": true, "seat": true, "page": true,
	"word": true, "square": true, "cubic": true, "horsepower": true, "hp": true, "cc": true, "mph": true,
	"calorie": true, "dollar": true, "euro": true, "yen": true, "strong": true, "odd": true,
	"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true, "second": true,
	"decade": true, "century": true, "km²": true,
}

// numberedNouns take a number that is a label, not a year: "Flight 1906",
// "Room 2010", "Resolution 1973".
var numberedNouns = map[string]bool{
	"flight": true, "route": true, "room": true, "article": true, "resolution": true, "section": true,
	"chapter": true, "page": true, "figure": true, "table": true, "no": true, "number": true, "bus": true,
	"highway": true, "road": true, "street": true, "suite": true, "unit": true, "box": true, "gate": true,
	"platform": true, "model": true, "version": true, "level": true, "grade": true, "channel": true,
	"line": true, "paragraph": true, "rule": true, "bill": true, "exit": true, "pier": true, "lot": true,
	"building": true, "block": true, "apartment": true, "code": true, "form": true, "item": true,
	"mile": true, "km": true, "kilometre": true, "kilometer": true,
}

// figureNouns are the heads of what a year and a plural noun before them
// describe: "its 2030 emissions target", "their 2026 sales forecast",
// "its 2025 exports figures". After such a pair the plural is no thing
// counted but the year's figure's subject.
var figureNouns = map[string]bool{
	"target": true, "targets": true, "goal": true, "goals": true, "forecast": true, "forecasts": true,
	"outlook": true, "guidance": true, "estimate": true, "estimates": true, "figures": true, "data": true,
	"deadline": true, "plan": true, "plans": true, "pledge": true, "pledges": true, "budget": true,
	"report": true, "results": true, "cap": true, "quota": true, "quotas": true,
}

// pluralModifier says rest, the words after a year, opens with a plural
// noun that modifies a figure's noun after it: "emissions target".
func pluralModifier(rest string) bool {
	f := strings.Fields(rest)
	return len(f) > 1 && figureNouns[strings.ToLower(strings.TrimRight(f[1], ",.;:)"))]
}

// possessives are the determiners that, like "a" or a possessive noun,
// make a year before a noun attributive: "his 2010 season".
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// yearInCompany says a bare year of 1800 or later stands where years stand
// though no preposition leads it (y is its value):
//   - after another year, in a list: "in 2009, 2010 and 2012";
//   - attributively, after "a"/"an" or a possessive, before a noun that is no
//     unit: "a 2003 interview", "Fox's 1999 contest", "his 2010 season" (not
//     "a 2000 metre climb", "their 2000 employees");
//   - from 1900 on, as part of a name or a citation after a capitalised word
//     that is not the sentence's first: "Fan Expo Canada 2016", "the
//     World Cup 2018", "Cross 2017" (not "Flight 1906", "Room 2010").
func yearInCompany(s string, m match, y int) bool {
	prev := lastWord(s[:m.start])
	if p := strings.TrimRight(prev, ","); p != prev && len(p) == 4 {
		if py, err := strconv.Atoi(p); err == nil && py >= 1800 && py <= 2099 {
			return true
		}
	}
	rest := s[m.end:]
	if rest != "" && rest[0] != ' ' && rest[0] != ':' && rest[0] != '?' && rest[0] != '!' {
		return false // "a 2000-strong crowd", "2000%"
	}
	next := ""
	if f := strings.Fields(rest); len(f) > 0 {
		next = f[0]
	}
	lp := strings.ToLower(prev)
	if lp == "a" || lp == "an" || strings.HasSuffix(lp, "'s") || strings.HasSuffix(lp, "’s") || possessives[lp] && (!countFollows(rest) || pluralModifier(rest)) {
		// "his 2010 season", "their 2019 album"; not "their 2000
		// employees", which counts.
		w := strings.ToLower(strings.Trim(next, `"“”'‘’`))
		return w != "" && isLetter(w[0]) && !countUnits[strings.TrimSuffix(w, "s")] && !countUnits[w]
	}
	if citedYear(s, m, prev) {
		return true
	}
	if y < 1900 || prev == "" || !unicode.IsUpper(rune(prev[0])) || !isLetter(prev[len(prev)-1]) || numberedNouns[lp] {
		return false
	}
	if len(wordsOf(s[:m.start])) < 2 {
		return false // "Nearly 2000 people": the capital is the sentence's
	}
	if _, isMonth := monthNames[lp]; isMonth {
		return false // "May 2000" is read by the month rules
	}
	// A count names what it counts: "killed 2000 Syrians" has the capital
	// after the number, "Canada 2016" before it.
	return !countFollows(rest)
}

// duration reads "the past five years", "the next two weeks", "after 14
// months", "within 30 days": a span from or to the publish date. A bare
// duration ("jailed for ten years", "a 30-day visa", "a 14-year-old")
// is no date and is dropped.
func duration(te model.TimeExpr, g []string, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	mod := strings.TrimPrefix(strings.ToLower(g[1]), "the ")
	if !hasRef || mod == "" || g[3] == "-" {
		return te, false
	}
	n := parseNum(g[2])
	if g[2] == "" {
		n = 1 // "the past decade"
	}
	switch {
	case mod == "recent":
		mod, n = "past", numberWords["few"] // "in recent days": the past few days
	case mod == "coming" && g[2] == "" && strings.HasSuffix(strings.ToLower(g[4]), "s"):
		n = numberWords["few"] // "the coming weeks": the next few weeks
	}
	if n == 0 {
		return te, false
	}
	unit := strings.TrimSuffix(strings.ToLower(g[4]), "s")
	te.Duration = isoDuration(n, unit)
	if unit == "hour" {
		return hoursSpan(te, mod, n, ref)
	}
	back := func(t time.Time, k int) time.Time {
		switch unit {
		case "day":
			return t.AddDate(0, 0, k*n)
		case "week":
			return t.AddDate(0, 0, k*7*n)
		case "fortnight":
			return t.AddDate(0, 0, k*14*n)
		case "month":
			return t.AddDate(0, k*n, 0)
		case "decade":
			return t.AddDate(k*10*n, 0, 0)
		case "century":
			return t.AddDate(k*100*n, 0, 0)
		}
		return t.AddDate(k*n, 0, 0)
	}
	switch mod {
	case "past", "last", "previous":
		// "the past three years" up to 2023-02-28: 2020-02-29 to 2023-02-28.
		te.Value, te.Precision, te.EndValue = day(back(ref, -1).AddDate(0, 0, 1)), model.PrecisionDay, day(ref)
		te.Relation = "past"
	case "next", "coming", "following":
		te.Value, te.Precision, te.EndValue = day(ref), model.PrecisionDay, day(back(ref, 1).AddDate(0, 0, -1))
		te.Relation = "future"
	case "within":
		te.Value, te.Precision, te.EndValue = day(ref), model.PrecisionDay, day(back(ref, 1))
		te.Relation = "future"
	case "in":
		// "in two weeks" from now; "in ten years of marriage" is no date.
		if tense != TenseFuture {
			return te, false
		}
		te.Value, te.Precision = day(back(ref, 1)), model.PrecisionDay
		te.Relation = "future"
	case "after":
		// "reopened after 14 months of silence": the silence began 14
		// months before; the span runs from then to the publish date.
		start := back(ref, -1)
		switch unit {
		case "day", "week":
			te.Value, te.Precision = day(start), model.PrecisionDay
		case "month":
			te.Value, te.Precision = month(start), model.PrecisionMonth
		default:
			te.Value, te.Precision = year(start.Year()), model.PrecisionYear
		}
		te.EndValue = day(ref)
		// The text is the duration alone: "after" tells how it relates.
		te.Start += len(g[1]) + 1
		te.Text = te.Text[len(g[1])+1:]
	}
	return te, true
}

// hoursSpan is duration for the past hours ("the past 24 hours"): the days
// they reach back to, counted from noon of the publish day (its hour is
// seldom known), at day precision.
func hoursSpan(te model.TimeExpr, mod string, n int, ref time.Time) (model.TimeExpr, bool) {
	if mod != "past" && mod != "last" {
		return te, false
	}
	start := civil(ref).Add(-time.Duration(n) * time.Hour)
	te.Value, te.Precision, te.EndValue, te.Relation = day(start), model.PrecisionDay, day(ref), "past"
	return te, true
}

// isoDuration writes n units as a TIMEX3 duration value: P14M, P2D, P3W,
// P1DE (a decade), P1CE (a century).
func isoDuration(n int, unit string) string {
	u := "Y"
	switch unit {
	case "day":
		u = "D"
	case "week":
		u = "W"
	case "fortnight":
		return "P" + strconv.Itoa(2*n) + "W"
	case "month":
		u = "M"
	case "decade":
		u = "DE"
	case "century":
		u = "CE"
	case "hour":
		return "PT" + strconv.Itoa(n) + "H"
	}
	return "P" + strconv.Itoa(n) + u
}

// addDuration moves t by k times an isoDuration value of days or more (an
// hours' value, PT24H, is not moved: false).
func addDuration(t time.Time, d string, k int) (time.Time, bool) {
	i := 1
	for i < len(d) && d[i] >= '0' && d[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(d[1:i])
	if err != nil || !strings.HasPrefix(d, "P") {
		return t, false
	}
	n *= k
	switch d[i:] {
	case "D":
		return t.AddDate(0, 0, n), true
	case "W":
		return t.AddDate(0, 0, 7*n), true
	case "M":
		return t.AddDate(0, n, 0), true
	case "Y":
		return t.AddDate(n, 0, 0), true
	case "DE":
		return t.AddDate(10*n, 0, 0), true
	case "CE":
		return t.AddDate(100*n, 0, 0), true
	}
	return t, false
}

// anchorDurations counts a duration that ended when its sentence's event
// happened ("On July 27, the military said the lines were restored after
// 14 months of silence"; "agreed on Wednesday to a ceasefire after two
// days of fighting") back from the date its sentence gives, not from the
// publish date: the silence ended on July 27. The date is the nearest
// point in time (a day or a month, no span) of the sentence, before the
// duration or else after it.
func anchorDurations(s string, base int, out []found, ref time.Time, hasRef bool) {
	for i := range out {
		te := &out[i].te
		if out[i].kind != kDuration || te.Duration == "" || te.EndValue == "" {
			continue
		}
		if at := te.Start - base; at < 6 || !strings.EqualFold(s[at-6:at], "after ") {
			continue
		}
		anchor := -1
		for j := range out {
			p := out[j].te
			if j == i || p.Duration != "" || p.EndValue != "" || p.Base != "" || p.Precision != model.PrecisionDay && p.Precision != model.PrecisionMonth {
				continue
			}
			switch {
			case anchor < 0:
				anchor = j
			case p.Start < te.Start && (out[anchor].te.Start > te.Start || p.Start > out[anchor].te.Start):
				anchor = j // nearer before
			case p.Start > te.Start && out[anchor].te.Start > te.Start && p.Start < out[anchor].te.Start:
				anchor = j // nearer after, with none before
			}
		}
		if anchor < 0 {
			continue
		}
		a := out[anchor].te
		layout := "2006-01-02"
		if a.Precision == model.PrecisionMonth {
			layout = "2006-01"
		}
		end, err := time.Parse(layout, a.Value)
		if err != nil {
			continue
		}
		start, ok := addDuration(end, te.Duration, -1)
		if !ok {
			continue
		}
		te.Value = valueAt(start, te.Precision)
		te.EndValue = a.Value
		out[i].deictic = false
		if hasRef {
			te.Relation = relation(te.Value, ref)
		}
	}
}

// spanUnits are the units of a span an "early" or "late" after them
// measures: "two weeks early", "three days late".
var spanUnits = map[string]bool{
	"minutes": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true, "month": true,
	"months": true,
}

var centuryWords = map[string]int{"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}

var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// bareMonth reads a month named without a preposition ("October was wet",
// "the September vote"). Months that are also given names or words (May,
// March, April, June, August) need the fuller rules.
func bareMonth(s string, te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	name := m.groups[1]
	mo, ok := parseMonth(name)
	if rest := strings.TrimLeft(s[m.end:], " ,"); ok && hasRef && isCap(name) && movedTo(s[:m.start]) &&
		!(rest != "" && (rest[0] >= '0' && rest[0] <= '9' || isCap(rest))) {
		// "the vote was postponed to June", "brought forward to May
		// from September": the month an act is moved to lies ahead,
		// whatever the month's other senses; unless the act is told as
		// done ("brought forward to April and ended in chaos").
		t := TenseFuture
		if movedActDone(s[m.end:]) {
			t = TensePast
		}
		te.Value, te.Precision = month(time.Date(inferYear(mo, 0, ref, t), mo, 1, 12, 0, 0, 0, time.UTC)), model.PrecisionMonth
		return te, true
	}
	if !ok || !hasRef || !isCap(name) || len(name) < 5 || strings.HasSuffix(name, ".") || recurringMonth(s, m) {
		return te, false
	}
	switch mo {
	case time.March, time.April, time.May, time.June, time.August:
		return te, false
	}
	// Not part of a name ("October Revolution", "November Project") and
	// not a date a fuller rule reads ("October 5", "October 2009").
	if rest := strings.TrimLeft(s[m.end:], " ,"); rest != "" && (rest[0] >= '0' && rest[0] <= '9' || isCap(rest) && !strings.HasPrefix(rest, "I ")) {
		return te, false
	}
	tense = halfYearLean(s, m.start, m.end, mo, ref, nominalTense(s, m.start, m.end, tense, monthsBack(mo, ref)))
	te.Value, te.Precision = month(time.Date(inferYear(mo, 0, ref, tense), mo, 1, 12, 0, 0, 0, time.UTC)), model.PrecisionMonth
	return te, true
}

// namedPeriods are historical periods news dates events by ("during the
// Korean War", "since 9/11"). Dates: the conventional start and end (for
// wars, the outbreak or declaration and the armistice or surrender), as
// the English Wikipedia articles on each period give them.
var namedPeriods = map[string]struct{ from, to string }{
	"9/11":                           {"2001-09-11", ""},
	"world war i":                    {"1914-07-28", "1918-11-11"},
	"the first world war":            {"1914-07-28", "1918-11-11"},
	"world war ii":                   {"1939-09-01", "1945-09-02"},
	"the second world war":           {"1939-09-01", "1945-09-02"},
	"the korean war":                 {"1950-06-25", "1953-07-27"},
	"the vietnam war":                {"1955-11-01", "1975-04-30"},
	"the cold war":                   {"1947", "1991"},
	"the gulf war":                   {"1990-08-02", "1991-02-28"},
	"the iraq war":                   {"2003-03-20", "2011-12-18"},
	"the great depression":           {"1929", "1939"},
	"the american revolution":        {"1775", "1783"},
	"the american revolutionary war": {"1775", "1783"},
	"the great war":                  {"1914-07-28", "1918-11-11"},
	"the iran-iraq war":              {"1980-09-22", "1988-08-20"},
	"the falklands war":              {"1982-04-02", "1982-06-14"},
	"the six-day war":                {"1967-06-05", "1967-06-10"},
	"the yom kippur war":             {"1973-10-06", "1973-10-25"},
	"the spanish civil war":          {"1936-07-17", "1939-04-01"},
	"the bosnian war":                {"1992-04-06", "1995-12-14"},
	"the kosovo war":                 {"1998-02-28", "1999-06-11"},
	"the soviet-afghan war":          {"1979-12-24", "1989-02-15"},
	// Ages and eras by their usual bounds: the Middle Ages from the end
	// of the western Roman empire to about 1500, the crusades to the
	// Holy Land from 1095 to the fall of Acre (1291), the Napoleonic Wars,
	// the Great Recession as the NBER dates it.
	"the middle ages":     {"0500", "1499"},
	"the crusades":        {"1095", "1291"},
	"the napoleonic wars": {"1803-05-18", "1815-11-20"},
	"the great recession": {"2007-12", "2009-06"},
}

var namedPeriodRE = regexp.MustCompile(`\b(?:9/11|WW ?(?:II|I|1|2)|(?:[Tt]he )?(?:World War (?:II|I|One|Two|1|2)|First World War|Second World War|Korean War|Vietnam War|Cold War|Gulf War|Iran[-–]Iraq War|Iraq War|Great Depression|American Revolution(?:ary War)?|Great War|Falklands War|Six[- ]Day War|Yom Kippur War|Spanish Civil War|Bosnian War|Kosovo War|Soviet[-–]Afghan War|Middle Ages|Crusades|Napoleonic Wars|Great Recession))\b`)

// periodKey normalises a matched period name to its namedPeriods key: "World
// War Two" and "the Second World War" are one period.
func periodKey(s string) string {
	k := strings.TrimPrefix(strings.ToLower(s), "the ")
	switch {
	case k == "9/11":
		return k
	case strings.HasPrefix(k, "ww"):
		// "WWII", "WW2", "WW I": the world wars by their abbreviations.
		switch strings.TrimSpace(strings.TrimPrefix(k, "ww")) {
		case "i", "1":
			return "world war i"
		}
		return "world war ii"
	case strings.HasPrefix(k, "world war"):
		switch strings.TrimPrefix(k, "world war ") {
		case "i", "one", "1":
			return "world war i"
		case "ii", "two", "2":
			return "world war ii"
		}
		return k
	}
	// One spelling of dashes and spaces: "Iran–Iraq", "Six Day".
	k = strings.ReplaceAll(k, "–", "-")
	k = strings.Replace(k, "six day", "six-day", 1)
	return "the " + k
}

func seasonStart(t time.Time) time.Time {
	m := t.Month()
	y := t.Year()
	var s time.Month
	switch {
	case m >= 3 && m <= 5:
		s = 3
	case m >= 6 && m <= 8:
		s = 6
	case m >= 9 && m <= 11:
		s = 9
	default:
		s = 12
		if m <= 2 {
			y--
		}
	}
	return time.Date(y, s, 1, 12, 0, 0, 0, time.UTC)
}

func isCap(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// clockBeforeRE is a clock time ending right before a weekday: "5 p.m. ",
// "at midnight ", "14:30 GMT on ", "9:30 a.m. local time on ".
var clockBeforeRE = regexp.MustCompile(`(?:\b(?i:at) )?\b(?:(?i:midnight|noon)|(?:[01]?[0-9])(?:[:.][0-5][0-9])? ?(?i:a\.m\.|p\.m\.|am|pm)|(?:[01][0-9]|2[0-3])[:.]?[0-5][0-9])(?: (?:[A-Z]{2,4}|local time))?(?: (?i:on))? $`)

// clockBefore is where a clock time that ends right before at begins
// (with its "at"), else -1.
func clockBefore(s string, at int) int {
	lo := max(0, at-40)
	if loc := clockBeforeRE.FindStringIndex(s[lo:at]); loc != nil {
		return lo + loc[0]
	}
	return -1
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexAny(s, " (\n\t")
	return s[i+1:]
}

// weekdayOrdinal reads the day of the month that may follow a weekday: " the
// 13th", " the 5th" (n, and the bytes it spans), else 0.
func weekdayOrdinal(rest string) (n, width int) {
	const lead = " the "
	if len(rest) < len(lead)+3 || !strings.EqualFold(rest[:len(lead)], lead) {
		return 0, 0
	}
	i := len(lead)
	j := i
	for j < len(rest) && j < i+2 && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j == i || j+2 > len(rest) {
		return 0, 0
	}
	switch strings.ToLower(rest[j : j+2]) {
	case "st", "nd", "rd", "th":
	default:
		return 0, 0
	}
	if j+2 < len(rest) && isLetter(rest[j+2]) {
		return 0, 0
	}
	n, _ = strconv.Atoi(rest[i:j])
	if n < 1 || n > 31 {
		return 0, 0
	}
	return n, j + 2
}

// weekdayOfMonthDay is the day n of a month that falls on weekday wd nearest
// ref: the first on or after it when ahead, else the last on or before it.
// Every such pair comes round within 14 months; none comes for a day
// beyond a month's length.
func weekdayOfMonthDay(ref time.Time, wd time.Weekday, n int, ahead bool) (time.Time, bool) {
	step := -1
	if ahead {
		step = 1
	}
	first := time.Date(ref.Year(), ref.Month(), 1, 12, 0, 0, 0, time.UTC)
	for k := 0; k <= 30; k++ {
		mo := first.AddDate(0, step*k, 0)
		if !validDate(mo.Year(), mo.Month(), n) {
			continue
		}
		d := time.Date(mo.Year(), mo.Month(), n, 12, 0, 0, 0, time.UTC)
		if ahead && d.Before(civil(ref)) || !ahead && d.After(civil(ref)) || d.Weekday() != wd {
			continue
		}
		return d, true
	}
	return time.Time{}, false
}

// relYearAfterMonth is the year, counted from the day of writing, that the
// words after a month name give it ("April last year" -1, "May next year"
// +1, "March this year" 0, no such words 0).
func relYearAfterMonth(m match) int {
	if (m.kind != kMonth && m.kind != kSinceMonth) || len(m.groups) < 3 {
		return 0
	}
	switch strings.ToLower(m.groups[2]) {
	case "last":
		return -1
	case "next":
		return 1
	}
	return 0
}

// yearRangeBracketed says a match is all its parenthesis holds: "(1892 –
// 94)".
func yearRangeBracketed(s string, m match) bool {
	return m.start > 0 && s[m.start-1] == '(' && m.end < len(s) && s[m.end] == ')'
}

// citedYear says a year is that of a work cited in brackets, after its
// author's name and a comma: "(Domínguez Caparrós, 2000: 103)", "(see
// Martínez Cantón, 2011 for an overview)", "(Smith et al., 2014)". prev is
// the word before the year; the bracket must still be open.
func citedYear(s string, m match, prev string) bool {
	name, ok := strings.CutSuffix(prev, ",")
	if !ok || name == "" || !(unicode.IsUpper([]rune(name)[0]) || name == "al.") {
		return false
	}
	open := strings.LastIndexByte(s[:m.start], '(')
	return open >= 0 && !strings.ContainsRune(s[open:m.start], ')') && !countFollows(s[m.end:])
}

// pastActNouns name a violent act that is told once it has happened: a
// weekday naming its day ("the Israeli strike on Tuesday", "Tuesday's
// attack") is the past one, whatever a "would" in the clause says of the
// response to it ("said it would respond to the strike on Tuesday").
var pastActNouns = map[string]bool{"attack": true, "attacks": true, "strike": true, "strikes": true,
	"airstrike": true, "airstrikes": true, "raid": true, "raids": true, "bombing": true, "bombings": true,
	"shelling": true, "blast": true, "explosion": true, "shooting": true, "assassination": true,
	"killing": true, "killings": true, "incursion": true, "assault": true, "ambush": true, "massacre": true}

// actBoundVerb are the plain forms of verbs that start or stop an act
// ("call off", "end", "suspend", "resume"): after a modal or "to" the
// weekday following their object dates the starting or stopping, which
// the sentence's tense places.
var actBoundVerb = map[string]bool{"off": true, "end": true, "halt": true, "stop": true, "suspend": true,
	"resume": true, "begin": true, "start": true, "launch": true, "stage": true}

// pastActWeekday says the weekday at [start,end) of s dates a definite
// past act named by its noun: "the strike on Tuesday" (on, after a
// determiner and up to two modifiers) or "Tuesday's strike".
func pastActWeekday(s string, start, end int, on bool) bool {
	if on {
		before := wordsOf(s[:start])
		n := len(before)
		if n < 2 || !pastActNouns[strings.ToLower(before[n-1])] {
			return false
		}
		for k := n - 2; k >= 0 && k >= n-4; k-- {
			switch strings.ToLower(before[k]) {
			case "the", "its", "their", "his", "her", "this", "that", "last":
				// "would call off the strike on Wednesday", "will end
				// the raids on Friday": a verb that starts or stops the
				// act in its plain form takes the weekday, and its tense
				// says which day.
				return k == 0 || !actBoundVerb[strings.ToLower(before[k-1])]
			}
		}
		return false
	}
	rest := s[end:]
	var ok bool
	if rest, ok = strings.CutPrefix(rest, "'s "); !ok {
		if rest, ok = strings.CutPrefix(rest, "’s "); !ok {
			return false
		}
	}
	after := wordsOf(rest)
	for k := 0; k < len(after) && k < 3; k++ {
		if pastActNouns[strings.ToLower(after[k])] {
			return true
		}
	}
	return false
}

// ordDayFollowers may follow a bare ordinal that is a day ("on the 3rd
// after talks broke down", "on the 15th, when ..."); a noun after it makes
// the ordinal its modifier ("on the 3rd Battalion", "on the 15th century",
// "on the 20th anniversary", "on the 2nd floor").
var ordDayFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "after": true, "before": true, "at": true,
	"in": true, "as": true, "with": true, "while": true, "to": true, "for": true, "by": true,
	"from": true, "amid": true, "until": true, "than": true, "that": true, "which": true,
	"where": true, "because": true, "despite": true, "following": true, "under": true,
	"without": true, "over": true, "against": true, "during": true, "near": true, "across": true,
}

// ordDayFits says the ordinal of a kOrdDay match ends a phrase: the end of
// the sentence, a stop or a comma, or a word that opens what follows.
func ordDayFits(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', '.', ';', ':', ')', '!', '?':
		return true
	}
	w := strings.Fields(rest)[0]
	w = strings.TrimRight(w, ",.;:)!?")
	return ordDayFollowers[strings.ToLower(w)]
}

// lastMonth is the last day or month dated before in the sentence, else
// the month the text dated last by other than the day of writing ("" when
// none).
func lastMonth(out []found, month string) string {
	for i := len(out) - 1; i >= 0; i-- {
		te := out[i].te
		if te.EndValue == "" && len(te.Value) >= 7 && (te.Precision == model.PrecisionDay || te.Precision == model.PrecisionMonth) {
			return te.Value
		}
	}
	return month
}

// ordDay dates "on the 3rd": that day of the month dated last ("talks
// opened on March 28 and ended on the 3rd" - the next month's when the day
// is before one dated in the sentence, as the clause runs on), else of the
// publish month, the month before
// when a past act would be ahead of the publish day ("took effect on the
// 15th" written on the 12th) and the month after when a future one would
// be behind it.
func ordDay(s string, m match, anchor string, ref time.Time, hasRef bool, dc discourse) (model.TimeExpr, bool) {
	g := m.groups
	te := model.TimeExpr{Text: g[1], Start: m.start + len(m.groups[0]) - len(g[1]), End: m.end, Precision: model.PrecisionDay}
	if !ordDayFits(s[m.end:]) {
		return te, false
	}
	d, _ := strconv.Atoi(g[2])
	var y int
	var mo time.Month
	if t, err := time.Parse("2006-01", anchor[:min(7, len(anchor))]); err == nil {
		y, mo = t.Year(), t.Month()
		if len(anchor) == 10 {
			if ad, _ := strconv.Atoi(anchor[8:]); d < ad {
				mo++ // "from March 28 to the 3rd"
			}
		}
	} else if hasRef {
		y, mo = ref.Year(), ref.Month()
		tense := TenseAround(s, m.start, m.end)
		if tense == TenseUnknown && dc.pastVerb {
			tense = TensePast
		}
		switch {
		case tense == TensePast && d > ref.Day():
			mo--
		case tense == TenseFuture && d < ref.Day():
			mo++
		}
	} else {
		return te, false
	}
	t := time.Date(y, mo, 1, 12, 0, 0, 0, time.UTC) // normalises a month of 0 or 13
	if !validDate(t.Year(), t.Month(), d) {
		return te, false
	}
	te.Value = day(time.Date(t.Year(), t.Month(), d, 12, 0, 0, 0, time.UTC))
	return te, true
}

// weekdayWeek says the words after a weekday are "week" ending its phrase
// ("Friday week.", "on Monday week when ..."), not a noun's start ("Friday
// week-long protests", "Monday week of action").
func weekdayWeek(rest string) bool {
	if !strings.HasPrefix(rest, " week") || strings.HasPrefix(rest, " weeks") {
		return false
	}
	after := rest[len(" week"):]
	if after != "" && (isLetter(after[0]) || after[0] >= '0' && after[0] <= '9') {
		return false // "weekend", "weekly"
	}
	return ordDayFits(after)
}

// overnightDeterminers before "overnight" make it an adjective: "an
// overnight curfew", "the overnight rate", "its overnight raids".
var overnightDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "our": true, "my": true, "your": true,
}

// overnightFits says "overnight" is the adverb of time ("troops shelled the
// village overnight, the army said"): no determiner before it, and after
// it the sentence's end, a stop or a word that opens what follows, not a
// noun it modifies ("overnight talks", "overnight trading"). Before a
// weekday ("overnight Tuesday") the weekday dates the night.
func overnightFits(s string, m match) bool {
	if overnightDeterminers[strings.ToLower(lastWord(s[:m.start]))] {
		return false
	}
	rest := strings.TrimLeft(s[m.end:], " ")
	if rest != "" && (rest[0] == '-' || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s")) {
		return false
	}
	w := strings.Fields(rest)
	if len(w) == 0 {
		return true
	}
	switch strings.ToLower(w[0]) {
	case "on":
		// "overnight on Tuesday": the weekday dates it.
		return len(w) < 2 || !isCap(w[1])
	case "into", "near", "outside", "inside", "around", "killing", "wounding":
		return true
	}
	return ordDayFits(rest)
}

// directiveVerbs are the past forms of verbs that order, declare or set
// a state for a period: the period they set runs from the act, so an
// "until" or "by" weekday after them ends ahead of the act. Not "closed"
// or "shut", which also name a state ("the market stayed closed until
// Friday").
var directiveVerbs = map[string]bool{"ordered": true, "declared": true, "decreed": true, "imposed": true,
	"extended": true, "announced": true, "suspended": true, "postponed": true, "adjourned": true,
	"deferred": true, "banned": true, "told": true, "instructed": true, "directed": true, "urged": true,
	"asked": true, "proclaimed": true,
	// An agreement or a grant sets a period running too: "agreed a truce
	// until May", "renewed the mandate until the end of June".
	"agreed": true, "renewed": true, "prolonged": true, "approved": true, "granted": true,
	"authorised": true, "authorized": true}

// directiveBefore says a directive verb heads the clause that ends just
// before a weekday: up to ten words back, stopping at a clause break.
func directiveBefore(before string) bool {
	if i := strings.LastIndexAny(before, ";:"); i >= 0 {
		before = before[i+1:]
	}
	ws := wordsOf(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-10; k-- {
		if directiveVerbs[strings.ToLower(ws[k])] {
			return true
		}
	}
	return false
}

// opensPeriod says the words before a weekday make it the first day of a
// period ("from Wednesday", "starting Wednesday", "effective Wednesday",
// "as of Wednesday"). Wire copy names the day of writing by its weekday
// rather than "today", and keeps "next Wednesday" for the week after, so
// a period said to open on the weekday of writing opens that same day.
func opensPeriod(before, mod string) bool {
	if mod != "" {
		return false
	}
	ws := wordsOf(before)
	n := len(ws)
	if n == 0 {
		return false
	}
	switch strings.ToLower(ws[n-1]) {
	case "from", "starting", "beginning", "effective":
		return true
	case "of":
		return n >= 2 && strings.EqualFold(ws[n-2], "as")
	}
	return false
}

// appealVerbs head an infinitive whose act comes after them: verbs that
// ask, urge or order someone to act ("called on X to", "urged X to",
// "ordered X to") and verbs of intention ("plans to", "vowed to").
var appealVerbs = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true,
	"urge": true, "urges": true, "urged": true, "urging": true,
	"appeal": true, "appeals": true, "appealed": true, "appealing": true,
	"ask": true, "asks": true, "asked": true, "asking": true,
	"order": true, "orders": true, "ordered": true, "ordering": true,
	"tell": true, "tells": true, "told": true, "telling": true,
	"instruct": true, "instructs": true, "instructed": true,
	"direct": true, "directs": true, "directed": true,
	"summon": true, "summons": true, "summoned": true,
	"invite": true, "invites": true, "invited": true,
	"encourage": true, "encourages": true, "encouraged": true,
	"plan": true, "plans": true, "planned": true, "planning": true,
	"intend": true, "intends": true, "intended": true,
	"vow": true, "vows": true, "vowed": true, "pledge": true, "pledges": true, "pledged": true,
	"promise": true, "promises": true, "promised": true,
	"threaten": true, "threatens": true, "threatened": true,
}

// asWhen are words that make an appeal verb after them the time of
// another act ("when asked to comment", "if told to leave").
var asWhen = map[string]bool{"when": true, "if": true, "once": true, "after": true, "before": true, "as": true}

// ownTime are words that give the act of an infinitive its own time or
// deadline ("to leave within a month", "to withdraw immediately", "to
// reply by noon"), after which a trailing weekday is the asking's.
var ownTime = map[string]bool{"within": true, "immediately": true, "by": true, "until": true, "before": true,
	"after": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true, "now": true,
	"today": true, "tomorrow": true, "tonight": true}

// notInfinitive are words after "to" that make it a preposition ("to the
// capital", "to them") rather than the mark of an infinitive.
var notInfinitive = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true,
	"these": true, "those": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "him": true, "them": true, "us": true, "me": true, "it": true,
	"all": true, "each": true, "every": true, "some": true, "any": true, "no": true}

// appealComplement says the words before a weekday end inside the
// infinitive of an appeal, order or plan: an appeal verb, up to four words
// of object ("called on supporters", "ordered all civil servants"), "to",
// a plain verb, and up to eight words of its complement, with no clause
// break on the way ("called on supporters to march peacefully through the
// capital"). A weekday before the "to" dates the appeal itself ("urged
// voters on Saturday to ...") and is left to the tense.
func appealComplement(before string) bool {
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	ws := wordsOf(before)
	n := len(ws)
	for k := n - 2; k >= 1 && k >= n-10; k-- {
		lw := strings.ToLower(ws[k])
		if clauseWords[lw] || lw == "and" || lw == "or" || lw == "when" || lw == "after" || lw == "before" || lw == "said" || lw == "says" {
			return false
		}
		if lw != "to" {
			continue
		}
		v := ws[k+1]
		lv := strings.ToLower(v)
		if isCap(v) || notInfinitive[lv] || strings.HasSuffix(lv, "ing") || strings.HasSuffix(lv, "ed") ||
			strings.HasSuffix(lv, "s") && !strings.HasSuffix(lv, "ss") {
			continue // "to the capital", "to Paris", "to talks": a preposition
		}
		for _, w := range ws[k+2:] {
			if ownTime[strings.ToLower(w)] {
				// "ordered the ambassador to leave within 72 hours on
				// Tuesday": the act asked for has its own time, so the
				// weekday dates the order.
				return false
			}
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			lj := strings.ToLower(ws[j])
			if appealVerbs[lj] {
				// "the plan to" / "calls to" as nouns are appeals too:
				// the act they ask for is ahead all the same. "When
				// asked to comment on Friday" tells of the asking.
				return j == 0 || !asWhen[strings.ToLower(ws[j-1])]
			}
			if clauseWords[lj] || lj == "and" || lj == "or" || lj == "to" || lj == "said" || lj == "says" {
				break
			}
		}
		return false
	}
	return false
}

// reportedWeekdays dates a weekday ahead in a clause reported by a saying
// the sentence dates by a past weekday ("Egypt said on Sunday Israel and
// Hamas will resume talks on Tuesday", "... on Tuesday, Egypt said on
// Sunday"): the reported plan was told that day, so its weekday is the first
// after the saying's, not the first after the day of writing (the
// Tuesday after a Sunday three days back may already be past). A weekday
// with its own modifier ("next Tuesday", "this Friday", "until Monday")
// counts as written; with no dated saying nothing changes.
func reportedWeekdays(s string, base int, out []found, ref time.Time, hasRef bool) {
	if !hasRef {
		return
	}
	today := day(ref)
	said := ""
	for _, f := range out {
		if f.kind == kWeekday && f.te.EndValue == "" && len(f.te.Value) == 10 && f.te.Value < today && sayingWeekday(s[:f.te.Start-base]) {
			if said != "" && said != f.te.Value {
				return // two sayings on two days: which one reports which is unclear
			}
			said = f.te.Value
		}
	}
	if said == "" {
		return
	}
	from, err := time.Parse("2006-01-02", said)
	if err != nil {
		return
	}
	for i := range out {
		te := &out[i].te
		if out[i].kind != kWeekday || te.EndValue != "" || len(te.Value) != 10 || te.Value <= today || !bareWeekday(s, te.Start-base, te.End-base) {
			continue
		}
		wd, ok := weekdays[strings.ToLower(te.Text)]
		if !ok {
			continue
		}
		gap := (int(wd) - int(from.Weekday()) + 7) % 7
		if gap == 0 {
			gap = 7
		}
		if v := day(from.AddDate(0, 0, gap)); v < te.Value {
			te.Value, te.Relation = v, relation(v, ref)
		}
	}
}

// sayingWeekday says the words before a weekday (before) end in a verb of
// saying and its "on": "said on", "told reporters on", "announced".
func sayingWeekday(before string) bool {
	ws := wordsOf(before)
	n := len(ws)
	if n > 0 && strings.EqualFold(ws[n-1], "on") {
		n--
	}
	if n >= 2 && strings.EqualFold(ws[n-2], "told") {
		switch strings.ToLower(ws[n-1]) {
		case "reporters", "journalists":
			return true
		}
	}
	if n == 0 {
		return false
	}
	switch strings.ToLower(ws[n-1]) {
	case "said", "told", "announced", "stated", "confirmed", "added", "reported":
		return true
	}
	return false
}

// bareWeekday says the weekday at s[start:end] stands with no modifier of
// its own, or after "on": "on Tuesday", not "next Tuesday", "by Tuesday",
// "the following Tuesday", nor "Tuesday the 17th".
func bareWeekday(s string, start, end int) bool {
	if _, ok := weekdays[strings.ToLower(s[start:end])]; !ok {
		return false
	}
	switch strings.ToLower(lastWord(s[:start])) {
	case "next", "this", "last", "following", "coming", "until", "till", "by", "since", "from", "before", "after", "the", "earlier", "later":
		return false
	}
	return true
}
