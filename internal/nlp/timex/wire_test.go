package timex

import (
	"testing"
	"time"
)

// Wire-style sentences read against their publish date: relative days,
// weeks and months, a yearless day before or after the publish month in
// the past or the future tense, and a year before a noun. Each publish date
// is a Tuesday: one in the middle of a year, one at its end, one just into
// the next.
func TestWireAgainstPublishDate(t *testing.T) {
	mid := time.Date(2021, 7, 20, 9, 0, 0, 0, time.UTC)
	end := time.Date(2021, 12, 28, 9, 0, 0, 0, time.UTC)
	start := time.Date(2022, 1, 4, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		pub             time.Time
		sentence, text  string
		value, endValue string
	}{
		{mid, "Officials met last Tuesday to discuss the plan.", "last Tuesday", "2021-07-13", ""},
		{mid, "The vote will be held next Tuesday, officials said.", "next Tuesday", "2021-07-27", ""},
		{mid, "The ministers met on Tuesday.", "Tuesday", "2021-07-20", ""},
		{mid, "The ministers will meet on Tuesday.", "Tuesday", "2021-07-27", ""},
		{mid, "Talks will resume next month.", "next month", "2021-08", ""},
		{mid, "Talks collapsed last month.", "last month", "2021-06", ""},
		// July 27 after the publish day: last year's told in the past,
		// this year's told ahead.
		{mid, "The first round was held on July 27.", "July 27", "2020-07-27", ""},
		{mid, "The second round will be held on July 27.", "July 27", "2021-07-27", ""},
		{mid, "The 2018 summits failed to produce a deal.", "2018", "2018", ""},
		{mid, "The strike began last week.", "last week", "2021-07-12", "2021-07-18"},
		// At the turn of the year.
		{end, "The vote will be held next Tuesday, officials said.", "next Tuesday", "2022-01-04", ""},
		{end, "Talks will resume next month.", "next month", "2022-01", ""},
		{end, "The first round was held on July 27.", "July 27", "2021-07-27", ""},
		{end, "The second round will be held on July 27.", "July 27", "2022-07-27", ""},
		{end, "The agency said it would publish the report in January.", "January", "2022-01", ""},
		{end, "The agency published the report in January.", "January", "2021-01", ""},
		{end, "The summit will be held on the 27th.", "the 27th", "2022-01-27", ""},
		{end, "Prices rose this week, traders said.", "this week", "2021-12-27", "2022-01-02"},
		{start, "Officials met last Tuesday to discuss the plan.", "last Tuesday", "2021-12-28", ""},
		{start, "Talks collapsed last month.", "last month", "2021-12", ""},
		{start, "The agency published the report in December.", "December", "2021-12", ""},
		{start, "The accord was signed last year.", "last year", "2021", ""},
		{start, "Elections are due this year.", "this year", "2022", ""},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, tt.pub)
		if te == nil {
			t.Errorf("%s %q: no expression %q in %+v", tt.pub.Format("2006-01-02"), tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.EndValue != tt.endValue {
			t.Errorf("%s %q: %q = %s/%s, want %s/%s", tt.pub.Format("2006-01-02"), tt.sentence, tt.text, te.Value, te.EndValue, tt.value, tt.endValue)
		}
	}
}
