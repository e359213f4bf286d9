package timex

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// centuryPartRE is a part of a century named by no number: "the first
// decade of the century", "the first two decades of this century", "the
// second half of the last century". Groups: the ordinal, the part, and
// the word that places the century ("this", "last", "next"; empty for
// "the century"). A numbered century's part ("the second half of the 20th
// century") is left to the century's own rule, as TIMEX3 marks it: the
// century, whose part is a modifier outside the expression.
var centuryPartRE = regexp.MustCompile(`\b(?i:the (first|second|third|fourth|last|final|latter|closing|opening) (half|quarter|decade|two decades|three decades) of (?:(?:the )?(this|last|previous|past|next|current) century|the century))\b`)

// centuryPart reads a centuryPartRE match as its span of years, the
// century counted as the package counts it elsewhere ("the 20th century"
// is 1900-1999) and being the one of the publish date ("the century"), or
// the one before or after it: "the first decade of the century", written
// in 2026, is 2000-2009, "the second half of the last century" 1950-1999.
func centuryPart(te model.TimeExpr, m match, ref time.Time, hasRef bool) (model.TimeExpr, bool) {
	g := m.groups
	if !hasRef {
		return te, false
	}
	y0 := ref.Year() / 100 * 100
	switch strings.ToLower(g[3]) {
	case "last", "previous", "past":
		y0 -= 100
	case "next":
		y0 += 100
	}
	var span int
	switch strings.ToLower(g[2]) {
	case "half":
		span = 50
	case "quarter":
		span = 25
	case "decade":
		span = 10
	case "two decades":
		span = 20
	case "three decades":
		span = 30
	}
	parts := 100 / span
	var k int
	switch strings.ToLower(g[1]) {
	case "first", "opening":
		k = 1
	case "second":
		k = 2
	case "third":
		k = 3
	case "fourth":
		k = 4
	case "last", "final", "closing", "latter":
		k = parts
	}
	if span == 20 || span == 30 {
		// "the first two decades", "the last three decades": the
		// century's start or end only.
		switch k {
		case 1:
		case parts:
			te.Value, te.EndValue = fmt.Sprintf("%04d", y0+100-span), fmt.Sprintf("%04d", y0+99)
			te.Precision = model.PrecisionYear
			return te, true
		default:
			return te, false
		}
	}
	if k > parts || strings.EqualFold(g[1], "latter") && span != 50 {
		return te, false // "the third half", "the latter decade"
	}
	te.Value, te.EndValue = fmt.Sprintf("%04d", y0+(k-1)*span), fmt.Sprintf("%04d", y0+k*span-1)
	te.Precision = model.PrecisionYear
	return te, true
}
