package timex

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A weekday right after the verb of saying ("said on Tuesday it would
// ...", "told reporters on Tuesday the bank would ...") dates the saying,
// though no "that" opens the reported clause; so does a weekday on a past
// act that a participle of saying follows ("blocked the deal on Tuesday,
// saying it would harm ..."): the reported "would" is another clause's.
// A weekday inside the reported future clause stays ahead.
func TestFindSaidOnWeekday(t *testing.T) {
	tests := []struct {
		sentence, text, value, rel string
	}{
		{"The trade ministry said on Tuesday it would take all necessary measures to protect its exporters.", "Tuesday", "2021-07-27", "past"},
		{"The trade ministry said on Tuesday it would take all necessary measures to protect its exporters and would launch an inquiry into tomato imports.", "Tuesday", "2021-07-27", "past"},
		{"Ghana's finance minister said on Monday the government would raise taxes on mobile payments.", "Monday", "2021-07-26", "past"},
		{"The central bank governor told reporters on Wednesday the bank would not hesitate to act again.", "Wednesday", "2021-07-28", "past"},
		{"The competition authority blocked the merger on Tuesday, saying the deal would harm consumers.", "Tuesday", "2021-07-27", "past"},
		{"The regulator fined the bank on Monday, saying it would not tolerate such breaches.", "Monday", "2021-07-26", "past"},
		// Near misses: the weekday stands in the reported future clause.
		{"The trade ministry said it would impose the tariffs on Tuesday.", "Tuesday", "2021-08-03", "future"},
		{"The minister said the tariffs would take effect on Monday.", "Monday", "2021-08-02", "future"},
		{"The regulator will rule on the merger on Tuesday, officials said.", "Tuesday", "2021-08-03", "future"},
	}
	for _, tt := range tests {
		var te *model.TimeExpr
		got := Find(tt.sentence, 0, 0, ref)
		for i := range got {
			if got[i].Text == tt.text {
				te = &got[i]
			}
		}
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.Relation != tt.rel {
			t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.Relation, tt.value, tt.rel)
		}
	}
}
