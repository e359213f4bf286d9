package timex

import (
	"strings"
	"testing"
	"time"
)

// A sentence opened by "Today" that states in the present what is generally
// so ("Today, more people own phones than ever", "Today, most households
// have internet access") means the present age (TimeML's PRESENT_REF), no
// date; "have" as the verb of owning is no perfect. A day's act, a perfect
// or a named subject keeps the day of writing.
func TestFindGenericToday(t *testing.T) {
	ref := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Today, more people own phones than ever.",
		"Today, most households have internet access.",
		"Today many families have two cars.",
		"Today, most families have children.",
		"Today more people work from home than at any time.",
	} {
		for _, te := range Find(s, 0, 0, ref) {
			if strings.EqualFold(te.Text, "today") {
				t.Errorf("%q: 'today' dated %s, want no date (the present age)", s, te.Value)
			}
		}
	}
	for _, s := range []string{
		"Today the minister resigned.",
		"Today, the council voted to close the plant.",
		"Today, most households have lost power.",
		"Today, most shops have been closed.",
		"Today, many families had to leave.",
		"Today, many families have not returned.",
		"Today, thousands have fled the city.",
		"Today the minister has a meeting with the pope.",
		"Today, more than 200 people attended the rally.",
		"Today is the last day of the fair.",
	} {
		te, got := findText(s, "Today", ref)
		if te == nil || te.Value != "2026-03-03" {
			t.Errorf("%q: want 'Today' = 2026-03-03, got %+v", s, got)
		}
	}
}
