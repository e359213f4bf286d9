package timex

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// The first or last stretch of a month or a year: "the last day of July" is
// that month's last day, as "the first day of July" is its first; "the last
// week of March", "the final days of 2025" are the month or the year with
// the mod END (START for "the first weeks"), as TimeML writes "the end of
// March"; "the end of the month" stays the month with END.
func TestFindPartOf(t *testing.T) {
	ref := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value, mod string
	}{
		{"The festival ends on the last day of July.", "the last day of July", "2026-07-31", ""},
		{"The festival ends on the first day of July.", "the first day of July", "2026-07-01", ""},
		{"The contract ran out on the last day of June.", "the last day of June", "2025-06-30", ""},
		{"The law takes effect on the last day of February 2028.", "the last day of February 2028", "2028-02-29", ""},
		{"The law lapsed on the final day of April, 2019.", "the final day of April, 2019", "2019-04-30", ""},
		{"Talks continue through the last week of March.", "the last week of March", "2026-03", model.ModEnd},
		{"Prices rose in the final days of 2025.", "the final days of 2025", "2025", model.ModEnd},
		{"Sales fell in the first weeks of the year.", "the first weeks of the year", "2026", model.ModStart},
		{"The fund closed in the last months of 2024.", "the last months of 2024", "2024", model.ModEnd},
		{"The report is due by the end of the month.", "the end of the month", "2026-03", model.ModEnd},
		{"The office closes on the last day of the year.", "the last day of the year", "2026-12-31", ""},
		{"The deal expires in the last week of December.", "the last week of December", "2026-12", model.ModEnd},
		{"The deal expired in the last week of December.", "the last week of December", "2025-12", model.ModEnd},
		{"The lease will run out on the last day of January.", "the last day of January", "2027-01-31", ""},
		{"Rent is due on the last day of the month.", "the last day of the month", "2026-03-31", ""},
		{"Rent was due on the last day of last month.", "the last day of last month", "2026-02-28", ""},
		{"The tax applies from the first day of 2027.", "the first day of 2027", "2027-01-01", ""},
		// Near miss: no "the" before "last", and a possessive month: the
		// month alone, as "a third of March's rainfall" is.
		{"A last day of March's session was cancelled.", "March", "2026-03", ""},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, ref)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.Mod != tt.mod {
			t.Errorf("%q: %q = %s mod %q, want %s mod %q", tt.sentence, tt.text, te.Value, te.Mod, tt.value, tt.mod)
		}
	}
	// Look-alikes: the last or first stretch of an event, a person's
	// last day, or "last week" itself.
	for _, s := range []string{
		"It was the last day of talks.",
		"The final days of the campaign were bitter.",
		"The last week of the trial was tense.",
		"She spent the first weeks of her tenure travelling.",
		"His last day of work was quiet.",
		"She wrote the story The Last Day of the Year as a young woman.",
	} {
		if got := Find(s, 0, 0, ref); len(got) != 0 {
			t.Errorf("%q: want no date, got %+v", s, got)
		}
	}
	// "last week" on its own keeps its reading.
	if te, got := findText("Talks stalled last week.", "last week", ref); te == nil || te.Value != "2026-02-23" {
		t.Errorf("'last week' = %+v, want the week before 2026-03-03", got)
	}
}
