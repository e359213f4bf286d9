package timex

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A date takes the tense of the clause it stands in, not that of the
// attribution wrapped around a reported clause: a trailing ", officials
// said.", an opening "Officials said ...", or "according to ...". A date in
// the attribution itself ("said on Friday") is the saying's.
func TestTenseAroundAttribution(t *testing.T) {
	tests := []struct {
		s    string
		want Tense
	}{
		// Trailing attribution after a comma.
		{"Moldova will sign an energy agreement with Romania on Friday, officials said.", TenseFuture},
		{"Moldova is to sign an energy agreement with Romania on Friday, the foreign ministry said.", TenseFuture},
		{"The two leaders plan to meet in the capital on Friday, a government spokesman told reporters.", TenseFuture},
		{"The finance ministers are expected to approve the loan on Friday, said a senior diplomat.", TenseFuture},
		{"Moldova will sign an energy agreement with Romania on Friday, officials said in a statement.", TenseFuture},
		// Other verbs of saying close a future clause alike.
		{"The rebels will attack the town on Friday, officials warned.", TenseFuture},
		{"The convoy will not cross the border on Friday, the ministry denied.", TenseFuture},
		// Opening attribution, with and without "that".
		{"Officials said Moldova will sign an energy agreement with Romania on Friday.", TenseFuture},
		{"The foreign ministry said on its website that Moldova would sign the agreement on Friday.", TenseFuture},
		// "according to".
		{"Moldova will sign an energy agreement with Romania on Friday, according to officials.", TenseFuture},
		{"According to officials, Moldova will sign the energy agreement on Friday.", TenseFuture},
		// Past reports stay past, whatever the attribution.
		{"Officials said Moldova signed the deal on Friday.", TensePast},
		{"Moldova signed the deal with Romania on Friday, officials said.", TensePast},
		{"Moldova and Romania signed the energy deal on Friday, according to officials.", TensePast},
		// A date in the attribution is the saying's.
		{"Moldova will sign an energy agreement with Romania, officials said on Friday.", TensePast},
		{"Officials said on Friday that Moldova will sign an energy agreement with Romania.", TensePast},
		// A date opening the sentence before a comma: what follows is
		// the clause, not a trailing attribution.
		{"On Friday, the ministry said it would pay.", TensePast},
		{"On Friday, the ministry said the talks were to resume.", TensePast},
	}
	for _, tt := range tests {
		i := strings.Index(tt.s, "Friday")
		if got := TenseAround(tt.s, i, i+len("Friday")); got != tt.want {
			t.Errorf("TenseAround(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// A long reported clause puts its own verb far from the date; the opening
// attribution verb still does not govern it.
func TestTenseAroundLongReportedClause(t *testing.T) {
	tests := []struct {
		s    string
		want Tense
	}{
		{"Officials said Moldova will sign an energy agreement with Romania and Ukraine in Chisinau on Friday.", TenseFuture},
		{"The ministry told reporters the two presidents are to open the new gas interconnector near the border on Friday.", TenseFuture},
		{"Officials said Moldova signed an energy agreement with Romania and Ukraine in Chisinau on Friday.", TensePast},
	}
	for _, tt := range tests {
		i := strings.Index(tt.s, "Friday")
		if got := TenseAround(tt.s, i, i+len("Friday")); got != tt.want {
			t.Errorf("TenseAround(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// The resolved value follows the reported clause's tense: the coming
// weekday, March or 3rd for a reported future, the last for a past one.
func TestFindReportedClause(t *testing.T) {
	tests := []struct {
		sentence, text, value, rel string
	}{
		{"Moldova will sign an energy agreement with Romania on Tuesday, officials said.", "Tuesday", "2021-08-03", "future"},
		{"Moldova will sign an energy agreement with Romania on Tuesday.", "Tuesday", "2021-08-03", "future"},
		{"Officials said Moldova will sign an energy agreement with Romania on Tuesday.", "Tuesday", "2021-08-03", "future"},
		{"Moldova will sign an energy agreement with Romania on Tuesday, according to officials.", "Tuesday", "2021-08-03", "future"},
		{"Officials said Moldova signed the deal on Tuesday.", "Tuesday", "2021-07-27", "past"},
		{"Moldova signed the deal with Romania on Tuesday, officials said.", "Tuesday", "2021-07-27", "past"},
		{"Moldova will sign the deal with Romania, officials said on Tuesday.", "Tuesday", "2021-07-27", "past"},
		{"The two countries are to open the new interconnector in March, the ministry said.", "March", "2022-03", "future"},
		{"The two countries opened the new interconnector in March, the ministry said.", "March", "2021-03", "past"},
		{"The talks will resume on the 3rd, a spokesman told reporters.", "the 3rd", "2021-08-03", "future"},
		{"The rebels will attack the town on Tuesday, officials warned.", "Tuesday", "2021-08-03", "future"},
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
