package timex

import (
	"testing"
	"time"
)

// Formal dates: "the Nth day of Month", a "last" or "next" after a yearless
// day, a circa range with the second year cut to two digits, and decades
// written by two digits ("the '90s"). Each with look-alikes that must keep
// their reading.
func TestFormalDates(t *testing.T) {
	ref := time.Date(2021, 8, 15, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		sentence, text, value, end string
	}{
		// "the Nth day of Month" is one date, "the" included.
		{"The deal was signed on the 1st day of July, 2021.", "the 1st day of July, 2021", "2021-07-01", ""},
		{"The lease ends on the 30th day of June 2024.", "the 30th day of June 2024", "2024-06-30", ""},
		{"The council met on the 3rd day of March.", "the 3rd day of March", "2021-03-03", ""},
		// A postposed "last" or "next" points the yearless day back or
		// ahead of the day of writing.
		{"The decree of the 12th of October last abolished the board.", "12th of October last", "2020-10-12", ""},
		{"The court ruled on 5 March last that the contract was void.", "5 March last", "2021-03-05", ""},
		{"The court ruled on 20 August last that the contract was void.", "20 August last", "2020-08-20", ""},
		{"The members will assemble on the 1st day of Feb. next, the order says.", "the 1st day of Feb. next", "2022-02-01", ""},
		{"The hearing is set for 5 March next.", "5 March next", "2022-03-05", ""},
		{"The hearing is set for 20 August next.", "20 August next", "2021-08-20", ""},
		// Must not: "last" or "next" leading what follows ("last year"
		// is a date of its own, which gives the day its year).
		{"The court ruled on 5 March last year that the contract was void.", "5 March", "2020-03-05", ""},
		{"The office on 5 March next to the station closed.", "5 March", "", ""},
		{"Kenya's elections, held on the 9th of August, were peaceful.", "9th of August", "2021-08-09", ""},
		// A circa range whose second year is cut to two digits.
		{"The photograph dates from c. 1871 – 72.", "1871 – 72", "1871", "1872"},
		{"The portrait (ca. 1910 - 12) was sold.", "1910 - 12", "1910", "1912"},
		{"The photograph dates from 1871–72.", "1871–72", "1871", "1872"},
		// Decades by their last two digits.
		{"Unemployment peaked in the '90s.", "the '90s", "1990", "1999"},
		{"The style was popular in the ’60s and faded.", "the ’60s", "1960", "1969"},
		{"The band was big in the '10s.", "the '10s", "2010", "2019"},
		{"Jazz thrived in the '20s.", "the '20s", "1920", "1929"},
		{"Sales peaked in the late '80s.", "the late '80s", "1985", "1989"},
	} {
		got := Find(tc.sentence, 0, 0, ref)
		found := false
		for _, te := range got {
			if te.Text != tc.text {
				continue
			}
			found = true
			if tc.value != "" && (te.Value != tc.value || te.EndValue != tc.end) {
				t.Errorf("%q: %q = %s/%s; want %s/%s", tc.sentence, tc.text, te.Value, te.EndValue, tc.value, tc.end)
			}
		}
		if !found {
			t.Errorf("%q: no expression %q in %+v", tc.sentence, tc.text, got)
		}
	}
	// Look-alikes that are no dates, or no range.
	for _, s := range []string{
		"The score was 2010 - 12 at half time.",
		"The team won 1998 - 99 on aggregate points.",
		"He was 90s in the shade, he said.",
		"The file '90s.txt was deleted.",
		"The list ran to pp. 1871 – 72 of the report.",
	} {
		for _, te := range Find(s, 0, 0, ref) {
			if te.EndValue != "" || te.Text == "'90s" {
				t.Errorf("%q: unexpected %q = %s/%s", s, te.Text, te.Value, te.EndValue)
			}
		}
	}
}
