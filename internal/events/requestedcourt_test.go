package events_test

import (
	"testing"
	"time"
)

// TestRequestToCourt checks the target of a request named by what was
// asked for ("measures requested by South Africa"): the court the sentence
// names, which rules on it, not the party its ruling binds; with no court
// named, whoever the sentence says acted on the request. The request is a
// participle's background event, which the probes (main clauses only) do
// not see. Sentences written for this test.
func TestRequestToCourt(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text       string
		src, tgt   string // country codes of the request's sides
		notTgtCode string // a country the request must not target
	}{
		{"The International Court of Justice ordered Israel to halt its offensive in Rafah, granting measures requested by South Africa.", "ZAF", "UNO", "ISR"},
		{"The ICJ ordered Russia to suspend its operations in Ukraine, granting provisional measures requested by Ukraine.", "UKR", "UNO", "RUS"},
		// No court: the one who rejected the request was asked.
		{"Israel rejected the ceasefire requested by Egypt.", "EGY", "ISR", ""},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found := false
		for _, e := range art.Events {
			if e.Type != "REQUEST" || len(e.Source) == 0 || e.Source[0].Country != tc.src {
				continue
			}
			found = true
			if len(e.Target) == 0 || e.Target[0].Country != tc.tgt {
				t.Errorf("%s\n\twant the request targeting %s; got:%s", tc.text, tc.tgt, describe(art.Events))
			}
			for _, a := range e.Target {
				if tc.notTgtCode != "" && a.Country == tc.notTgtCode {
					t.Errorf("%s\n\tthe request targets %s, whom the ruling binds:%s", tc.text, tc.notTgtCode, describe(art.Events))
				}
			}
		}
		if !found {
			t.Errorf("%s\n\twant a REQUEST by %s; got:%s", tc.text, tc.src, describe(art.Events))
		}
	}
}
