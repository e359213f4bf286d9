package timex

import (
	"testing"
	"time"
)

// TestNominalDates checks yearless months and days that date a noun
// phrase, read on 2025-06-10 (a Tuesday), where December lies half a year
// either way.
func TestNominalDates(t *testing.T) {
	r := time.Date(2025, 6, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence, text, value, rel string
	}{
		// A one-off act named by its noun was done before it is told.
		{"Lawmakers impeached the president over his declaration of martial law in December.", "December", "2024-12", "past"},
		{"The court upheld his removal from office over the declaration of emergency rule in December.", "December", "2024-12", "past"},
		{"Opposition parties are demanding his resignation over the crackdown in December.", "December", "2024-12", "past"},
		{"Protests erupted across the capital over the court's ruling in December.", "December", "2024-12", "past"},
		{"The general stands accused of ordering the massacre in December.", "December", "2024-12", "past"},
		{"The crackdown on protesters in December drew condemnation.", "December", "2024-12", "past"},
		{"Lawmakers impeached the governor over his declaration of emergency on December 3.", "December 3", "2024-12-03", "past"},
		{"Lawmakers criticised the minister over his declaration of a curfew on Saturday.", "Saturday", "2025-06-07", "past"},
		// Near the publish month the nearest reading stands.
		{"Prosecutors charged three officers over the killing of a student in January.", "January", "2025-01", "past"},
		{"The junta has faced sanctions since the coup in February.", "February", "2025-02", "past"},
		// A scheduled event a clause looks forward to comes after it.
		{"The ruling coalition collapsed, paving the way for an early election in February.", "February", "2026-02", "future"},
		{"The parliament dissolved itself, clearing the way for a snap vote in January.", "January", "2026-01", "future"},
		{"Parties have begun campaigning ahead of the referendum in March.", "March", "2026-03", "future"},
		{"The opposition called for a fresh election in January.", "January", "2026-01", "future"},
		{"Preparations are under way for the summit in December.", "December", "2025-12", "future"},
		{"The coalition collapsed, paving the way for an election on February 12.", "February 12", "2026-02-12", "future"},
		{"The coalition collapsed, paving the way for talks on Thursday.", "Thursday", "2025-06-12", "future"},
		{"The cabinet resigned, clearing the way for a confidence vote on Friday.", "Friday", "2025-06-13", "future"},
		{"Talks collapsed, paving the way for a vote in July.", "July", "2025-07", "future"},
		// Near-misses. A clause with its own earlier time looks forward
		// from there; a past perfect is background.
		{"The government fell in December, paving the way for an early election in February.", "December", "2024-12", "past"},
		{"The government fell in December, paving the way for an early election in February.", "February", "2025-02", "past"},
		{"The parties had campaigned hard ahead of the referendum in March.", "March", "2025-03", "past"},
		// A recent month behind the publish date in a past clause stays
		// the recent one.
		{"Troops were deployed ahead of the vote in May.", "May", "2025-05", "past"},
		// A scheduled event with no word of prospect is left to the tense.
		{"He won the election in February.", "February", "2025-02", "past"},
		{"Turnout in the vote in December was low.", "December", "2024-12", "past"},
		{"Parliament will hold a snap election in December.", "December", "2025-12", "future"},
		{"Analysts expect the vote in December to be close.", "December", "2025-12", "future"},
		{"The summit in July will focus on trade.", "July", "2025-07", "future"},
		{"Voters backed the referendum in May.", "May", "2025-05", "past"},
		// A future clause keeps an act noun's date ahead; a verb is no
		// act noun.
		{"Officials will mark the anniversary of the coup in December.", "December", "2025-12", "future"},
		{"The assembly will debate the declaration of a curfew on Saturday.", "Saturday", "2025-06-14", "future"},
		{"Rebels attack the town in December, officials fear.", "December", "2025-12", "future"},
		// With no cue at all, a month half a year off stays ahead; a
		// slight lean to the past takes the last one.
		{"Parliament meets in December.", "December", "2025-12", "future"},
		{"The court voted to remove him from office over his conduct in December.", "December", "2024-12", "past"},
		{"Lawmakers voted in April to lift the ban.", "April", "2025-04", "past"},
	}
	for _, tt := range tests {
		got := Find(tt.sentence, 0, 0, r)
		found := false
		for _, te := range got {
			if te.Text != tt.text {
				continue
			}
			found = true
			if te.Value != tt.value || te.Relation != tt.rel {
				t.Errorf("%q: %q = %s/%s, want %s/%s", tt.sentence, tt.text, te.Value, te.Relation, tt.value, tt.rel)
			}
		}
		if !found {
			t.Errorf("%q: no expression %q in %+v", tt.sentence, tt.text, got)
		}
	}
}

// TestProspect checks the words of prospect before a scheduled noun.
func TestProspect(t *testing.T) {
	tests := []struct {
		words string
		want  bool
	}{
		{"paving the way for an early", true},
		{"campaigning ahead of the", true},
		{"in the run up to the", true},
		{"calls for a", true},
		{"he won the", false},
		{"turnout in the", false},
		{"for the", false},
	}
	for _, tt := range tests {
		if got := prospect(wordsOf(tt.words)); got != tt.want {
			t.Errorf("prospect(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
