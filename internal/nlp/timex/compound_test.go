package timex

import (
	"testing"
	"time"
)

// "the past two years and three months" is one span up to the publish date;
// a count after it ("and three months later"), a larger second unit or a
// week with days stays the first span alone.
func TestCompoundPast(t *testing.T) {
	ref := time.Date(2021, 8, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, want, duration string
	}{
		{"He has lived here for the past two years and three months.", "the past two years and three months", "2019-05-16/2021-08-15", "P2Y3M"},
		{"I have lived for the last 9 years and 10 months past in the city.", "the last 9 years and 10 months past", "2011-10-16/2021-08-15", "P9Y10M"},
		{"Sales fell over the past three months and ten days.", "the past three months and ten days", "2021-05-06/2021-08-15", "P3M10D"},
		// Near misses: the first span alone.
		{"Prices rose in the past two weeks and three days.", "the past two weeks", "2021-08-02/2021-08-15", "P2W"},
		{"Over the past two years and three decades, nothing changed.", "the past two years", "2019-08-16/2021-08-15", "P2Y"},
		{"He spent the past two years and three months later left.", "the past two years", "2019-08-16/2021-08-15", "P2Y"},
		{"In the past two years and five of them were bad.", "the past two years", "2019-08-16/2021-08-15", "P2Y"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, ref)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if v := te.Value + "/" + te.EndValue; v != tt.want || te.Duration != tt.duration {
			t.Errorf("%q: %q = %s %s, want %s %s", tt.sentence, tt.text, v, te.Duration, tt.want, tt.duration)
		}
	}
}
