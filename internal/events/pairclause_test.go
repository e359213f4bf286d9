package events_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPairClauseAfterMeeting checks "the two sides" or "the two leaders"
// opening a clause joined by "and" to a meeting of two parties in the
// same sentence, at every confidence (the second clause codes below the
// main-clause threshold TestProbes reads): both parties act, each on the
// other, and the place the meeting was held in is neither.
func TestPairClauseAfterMeeting(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text    string
		code    string   // CAMEO code of the second clause's events
		want    []string // "SRC>TGT" of those events, in any order
		notWith string   // a country none of them may have as a side
	}{
		{"The Saudi crown prince met Egyptian President Abdel Fattah al-Sisi in Riyadh on Monday, and the two sides signed memoranda on energy.", "057", []string{"SAU>EGY", "EGY>SAU"}, ""},
		{"Kenyan President William Ruto met Tanzania's president in Nairobi on Friday and the two leaders signed three agreements on trade.", "057", []string{"KEN>TZA", "TZA>KEN"}, ""},
		{"Chad's foreign minister met his Sudanese counterpart in Addis Ababa, and the two sides agreed to reopen the border.", "", []string{"TCD>SDN", "SDN>TCD"}, "ETH"},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		checkCountryPairs(t, tc.text, art.Events, func(e model.Event) bool {
			return e.Type != "CONSULT" && (tc.code == "" || e.CAMEO == tc.code)
		}, tc.want, tc.notWith)
	}
}

// TestPairBetweenPastMeeting checks "the two leaders" (sides, countries)
// after "between" in a meeting that "after" or "following" tells as past:
// the two parties the sentence named before met each other. A meeting
// between a pair offered, urged or planned is no meeting held, and names
// no pair from the sentence.
func TestPairBetweenPastMeeting(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	consult := func(e model.Event) bool { return e.Type == "CONSULT" }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Kenya and Tanzania pledged on Monday to reopen their border after a meeting between the two leaders.", []string{"KEN>TZA", "TZA>KEN"}},
		{"Chile and Peru vowed on Friday to reopen their border after a meeting between the two presidents.", []string{"CHL>PER", "PER>CHL"}},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		checkCountryPairs(t, tc.text, art.Events, consult, tc.want, "")
	}
	for _, text := range []string{
		"Kenya and Tanzania said they were ready for a meeting between the two leaders.",
		"Kenya and Tanzania urged a meeting between the two leaders before the vote.",
	} {
		art := codeSentence(t, stages, text, pub)
		for _, e := range art.Events {
			if consult(e) && e.Modality == "actual" && len(e.Source) > 0 && len(e.Target) > 0 {
				t.Errorf("%s: a meeting not held coded as held: %s", text, describe(art.Events))
			}
		}
	}
}
