package timex

import (
	"regexp"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// weekToRE is the end of the words before a day that make it the last of
// the week weekly figures are counted over: "jobless claims fell in the
// week ended Jan. 3", "crude stocks rose in the week to Friday", "the
// seven days to Sunday".
var weekToRE = regexp.MustCompile(`(?i)\bthe (?:week|seven days) (?:ended|ending|to|through) $`)

// weekTo widens each day of out (s is the sentence at byte offset base of
// the text) that weekToRE's words lead over them, to the seven days it
// ends.
func weekTo(s string, base int, out []found) {
	for i := range out {
		te := &out[i].te
		at := te.Start - base
		if te.Precision != model.PrecisionDay || te.EndValue != "" || len(te.Value) != len("2006-01-02") || at <= 0 || at > len(s) {
			continue
		}
		m := weekToRE.FindStringIndex(s[:at])
		if m == nil {
			continue
		}
		t, err := time.Parse("2006-01-02", te.Value)
		if err != nil {
			continue
		}
		te.Start = base + m[0]
		te.Text = s[m[0] : te.End-base]
		te.Value, te.EndValue = day(t.AddDate(0, 0, -6)), te.Value
	}
}
