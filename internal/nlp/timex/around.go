package timex

import (
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// dayAroundRE is "the day before" or "the day after" (or "night"), or "the
// eve of", right before a date: "the day after Christmas", "the day before
// March 3", "on the eve of Sunday's vote" (the day before it).
var dayAroundRE = regexp.MustCompile(`\b(?i:the (?:day|night) (before|after)|the (eve) of) $`)

// daysAround dates "the day after Christmas" and "the day before March 3"
// as the day next to the date they name, one expression, as TimeML marks
// them: alone, "the day after" of an event the text does not date is no
// date (aroundEvent), and a holiday or a written date after it is. base is
// where s starts in the document; ref the publish date the relation is
// told against.
func daysAround(s string, base int, out []found, ref time.Time, hasRef bool) []found {
	for i := range out {
		te := &out[i].te
		if te.Precision != model.PrecisionDay || len(te.Value) != 10 || te.EndValue != "" {
			continue
		}
		at := te.Start - base
		if at <= 0 || at > len(s) {
			continue
		}
		lo := max(0, at-24)
		loc := dayAroundRE.FindStringSubmatchIndex(s[lo:at])
		if loc == nil {
			continue
		}
		d, err := time.Parse("2006-01-02", te.Value)
		if err != nil {
			continue
		}
		step := 1
		if loc[4] >= 0 || strings.EqualFold(s[lo+loc[2]:lo+loc[3]], "before") {
			step = -1 // "the day before", "the eve of"
		}
		te.Value = d.AddDate(0, 0, step).Format("2006-01-02")
		te.Start = base + lo + loc[0]
		te.Text = s[lo+loc[0] : te.End-base]
		if hasRef {
			te.Relation = relation(te.Value, ref)
		}
	}
	return out
}
