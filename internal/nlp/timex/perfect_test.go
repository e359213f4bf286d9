package timex

import (
	"testing"
	"time"
)

// "for N units" in the present perfect of a state or a lasting act is the
// span up to the publish date; in the past tense, after "had", in a clause
// of its own, or with a participle that sets a term, it is a length only.
func TestPerfectSpans(t *testing.T) {
	ref := time.Date(2021, 8, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, want, duration string
	}{
		{"The law has been settled for close to 100 years.", "close to 100 years", "1921-08-16/2021-08-15", "P100Y"},
		{"The family has lived there for more than 30 years.", "more than 30 years", "1991-08-16/2021-08-15", "P30Y"},
		{"The region has been at peace for about two decades.", "about two decades", "2001-08-16/2021-08-15", "P2DE"},
		{"The border has been closed for two weeks, officials said.", "two weeks", "2021-08-02/2021-08-15", "P2W"},
		{"Rebels have fought the army for nearly a decade.", "nearly a decade", "2011-08-16/2021-08-15", "P1DE"},
		{"The plant has not operated for six months.", "six months", "2021-02-16/2021-08-15", "P6M"},
		// The past N years keep their own rule.
		{"The company has operated in the region for the past 10 years.", "the past 10 years", "2011-08-16/2021-08-15", "P10Y"},
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
	// Near misses: a length, no date.
	for _, s := range []string{
		"He has been jailed for 10 years.",
		"The striker has signed for two years.",
		"The ban has been extended for a year.",
		"He was jailed for 10 years.",
		"The family had lived there for 30 years before the war.",
		"She will stay for two weeks.",
		"He has promised to stay for two years.",
		"She has claimed that the group held her for twelve years.",
		"The firm has been hired for three years.",
	} {
		if got := Find(s, 0, 0, ref); len(got) != 0 {
			t.Errorf("%q: want no date, got %+v", s, got)
		}
	}
}
