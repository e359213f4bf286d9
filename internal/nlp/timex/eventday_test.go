package timex

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// findText returns the expression of sentence whose text is text, or nil.
func findText(sentence, text string, ref time.Time) (*model.TimeExpr, []model.TimeExpr) {
	got := Find(sentence, 0, 0, ref)
	for i := range got {
		if got[i].Text == text {
			return &got[i], got
		}
	}
	return nil, got
}

// A phrase after the date that looks to a later or purposed thing ("ahead
// of elections next year", "aimed at a ceasefire") tells that thing's time,
// not the tense of the clause the date stands in.
func TestFindProspectAdjunct(t *testing.T) {
	r := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		sentence, text, value, rel string
	}{
		{"The Chadian junta banned opposition rallies on Thursday ahead of elections next year.", "Thursday", "2025-06-05", "past"},
		{"The Malian junta suspended political parties on Friday ahead of a referendum next month.", "Friday", "2025-06-06", "past"},
		{"Israel and Hamas will resume indirect talks in Cairo on Tuesday aimed at a ceasefire.", "Tuesday", "2025-06-17", "future"},
		{"Sudan's army and the RSF will hold talks in Jeddah on Monday aimed at ending the war.", "Monday", "2025-06-16", "future"},
		// Near misses: the clause's own future, and no phrase after it.
		{"The Chadian junta will ban opposition rallies on Thursday ahead of elections next year.", "Thursday", "2025-06-12", "future"},
		{"The Chadian junta banned opposition rallies on Thursday.", "Thursday", "2025-06-05", "past"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.Relation != tt.rel {
			t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.Relation, tt.value, tt.rel)
		}
	}
}

// The day an election or a vote is called, set or moved for lies ahead of
// the call, unless the sentence places the call in a past of its own.
func TestFindSetForVote(t *testing.T) {
	r := time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value, rel string
	}{
		{"The Portuguese president called snap elections for 14 May.", "14 May", "2026-05-14", "future"},
		{"The prime minister called a snap vote for May 20.", "May 20", "2026-05-20", "future"},
		{"The Dutch king set the referendum for March 3.", "March 3", "2026-03-03", "future"},
		// Near misses: an election held, and a call told at a past time.
		{"Voters went to the polls on 14 May.", "14 May", "2025-05-14", "past"},
		{"In March the president called snap elections for 14 May.", "14 May", "2025-05-14", "past"},
	}
	for _, tt := range tests {
		te, got := findText(tt.sentence, tt.text, r)
		if te == nil {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
			continue
		}
		if te.Value != tt.value || te.Relation != tt.rel {
			t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.Relation, tt.value, tt.rel)
		}
	}
}
