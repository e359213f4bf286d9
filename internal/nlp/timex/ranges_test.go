package timex

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A part of a year or month whose value stays the whole year or month says
// the part as TIMEX3's mod: deadlines as wire reports write them ("by
// end-2025", "by year-end", "by end of the year"), and the early, middle
// and late parts of a year. A part narrowed into the value has none.
func TestPartMod(t *testing.T) {
	ref := time.Date(2021, 7, 30, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		sentence, text, value, mod string
	}{
		{"The ministry aims to finish the pipeline by the end of the year.", "the end of the year", "2021", model.ModEnd},
		{"The ministry aims to finish the pipeline by end of the year.", "end of the year", "2021", model.ModEnd},
		{"The ministry aims to finish the pipeline by end of year.", "end of year", "2021", model.ModEnd},
		{"The ministry aims to finish the pipeline by year-end.", "year-end", "2021", model.ModEnd},
		{"The ministry aims to finish the pipeline by year end.", "year end", "2021", model.ModEnd},
		{"The ministry aims to finish the pipeline by end-year.", "end-year", "2021", model.ModEnd},
		{"The ministry aims to finish the pipeline by end-2025.", "end-2025", "2025", model.ModEnd},
		{"The ministry aims to finish the pipeline by end of 2025.", "2025", "2025", model.ModEnd},
		{"The contract runs until the end of 2026.", "2026", "2026", model.ModEnd},
		{"The ministry aims to finish the pipeline by the end of next year.", "the end of next year", "2022", model.ModEnd},
		{"The pipeline opened at the end of last month.", "the end of last month", "2021-06", model.ModEnd},
		// Told in the past in July, the close of "the" year is last
		// year's: this year's has not come.
		{"Exports rose at the close of the year.", "the close of the year", "2020", model.ModEnd},
		{"Exports will rise at the close of the year.", "the close of the year", "2021", model.ModEnd},
		// The end of a named month or year: the name is the text
		// (as GUM marks it), the part its mod.
		{"The moratorium will lapse at the end of March.", "March", "2022-03", model.ModEnd},
		{"The moratorium lapsed at the beginning of March.", "March", "2021-03", model.ModStart},
		{"Exports rose at the start of the year.", "the start of the year", "2021", model.ModStart},
		{"Talks resume at the beginning of next year.", "the beginning of next year", "2022", model.ModStart},
		{"Talks resume in the middle of next year.", "the middle of next year", "2022", model.ModMid},
		{"The brewery was sold in early 2019.", "early 2019", "2019", model.ModStart},
		{"The brewery was sold in mid-2019.", "mid-2019", "2019", model.ModMid},
		{"The brewery was sold in late 2019.", "late 2019", "2019", model.ModEnd},
		// A year named from the day of writing takes its part as a year
		// in numbers does.
		{"The government signed the accord late last year.", "late last year", "2020", model.ModEnd},
		{"Elections are due early next year.", "early next year", "2022", model.ModStart},
		{"The plant will open late this year.", "late this year", "2021", model.ModEnd},
		// Must not: a whole year, a part narrowed into the value.
		{"The brewery was sold in 2019.", "2019", "2019", ""},
		{"Mills closed in the late 1970s.", "the late 1970s", "1975", ""},
		{"The rains start in late September.", "late September", "2021-09-16", ""},
		{"The deal is due to close by end-September.", "end-September", "2021-09-16", ""},
		{"Prices rose earlier this year.", "earlier this year", "2021", ""},
		{"Talks will resume later this year.", "later this year", "2021", ""},
		{"Talks stalled late last month.", "late last month", "2021-06-16", ""},
		{"Police arrested 40 people early this month.", "early this month", "2021-07-01", ""},
	} {
		var te *model.TimeExpr
		got := Find(tc.sentence, 0, 0, ref)
		for i := range got {
			if got[i].Text == tc.text {
				te = &got[i]
			}
		}
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tc.sentence, tc.text, got)
			continue
		}
		if te.Value != tc.value || te.Mod != tc.mod {
			t.Errorf("%q: %q = %s mod %q; want %s mod %q", tc.sentence, tc.text, te.Value, te.Mod, tc.value, tc.mod)
		}
	}
	// "end-" is a year's: no decade, no word.
	for _, s := range []string{"Sales rose in the dead-end 1990s.", "The bend-2025 project stalled."} {
		for _, te := range Find(s, 0, 0, ref) {
			if te.Mod != "" {
				t.Errorf("%q: %q has mod %q", s, te.Text, te.Mod)
			}
		}
	}
}
