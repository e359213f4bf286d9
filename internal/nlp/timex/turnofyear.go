package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// turnOfYearRE is the turn of a year: "the turn of the year", "the turn
// of this year" (its end and the next one's start), "the turn of 2025"
// (the start of 2025 and the end of 2024).
// The turn of a century or a decade is no span this reads: how far either
// side of it the words reach, they do not say.
var turnOfYearRE = regexp.MustCompile(`\b(?i:the turn of (?:(?:(the|this|next|last) )?year|(` + fullYearRE + `)))\b`)

// turnOfYear reads a turnOfYearRE match as the last month of one year to
// the first of the next. Without a year, the turn is the coming one told
// in the future, the last one in the past, and the nearer one when the
// tense does not say.
func turnOfYear(te model.TimeExpr, m match, ref time.Time, hasRef bool, tense Tense) (model.TimeExpr, bool) {
	g := m.groups
	var y int // the year that ends at the turn
	switch {
	case g[2] != "":
		// "at the turn of 2025" is where 2025 begins.
		y, _ = strconv.Atoi(g[2])
		y--
	case !hasRef:
		return te, false
	default:
		y = ref.Year()
		switch strings.ToLower(g[1]) {
		case "last":
			y--
		case "next":
			y++
		case "this":
		default:
			switch {
			case tense == TensePast && ref.Month() < time.December:
				y-- // the turn behind, which ended last year
			case tense == TenseFuture && ref.Month() == time.January && ref.Day() <= 7:
				// A week into January the turn is still that of the year
				// just ended ("the ban will be lifted around the turn of
				// the year", written on January 3).
				y--
			case tense == TenseUnknown && ref.Month() <= time.June:
				y--
			}
		}
	}
	te.Value, te.EndValue = month(time.Date(y, time.December, 1, 12, 0, 0, 0, time.UTC)), month(time.Date(y+1, time.January, 1, 12, 0, 0, 0, time.UTC))
	te.Precision = model.PrecisionMonth
	return te, true
}
