package events

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A date in a closing attribution (", its foreign minister said on
// Thursday.") is the report's time, not one the event's clause gives:
// the event says so (model.Event.DatedBy), as merging reads a denial so
// dated as undated. A date in the event's own clause is not.
func TestDatedByClosingReport(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Niger did not sign the security pact with Nigeria, its foreign minister said on Thursday.", model.DatedByReport},
		{"Niger signed a security pact with Nigeria, officials said late on Thursday.", model.DatedByReport},
		// A participle clause going on with the report ("adding that",
		// "citing") leaves the attribution closing what came before.
		{"Niger signed a security pact with Nigeria, the ministry said on Tuesday, adding that talks would continue.", model.DatedByReport},
		{"Niger did not sign the security pact with Nigeria, its foreign minister said on Thursday, citing unfinished drafts.", model.DatedByReport},
		// Not an "-ing" preposition, nor a date in the participle
		// clause (which may be another act's), nor the event's own date.
		{"Niger signed a security pact with Nigeria, the ministry said on Tuesday, following talks in Abuja.", ""},
		{"Niger signed a security pact with Nigeria, the ministry said, citing a statement issued on Tuesday.", ""},
		{"Niger signed a security pact with Nigeria on Monday, the ministry said on Tuesday, adding that talks would continue.", ""},
		{"Niger did not sign the security pact with Nigeria on Tuesday, its foreign minister said.", ""},
		{"Niger and Nigeria signed a security pact in Abuja on Tuesday, officials said.", ""},
		{"Niger signed a security pact with Nigeria on Tuesday.", ""},
	} {
		evs := code(t, c, tc.text)
		found := false
		for _, e := range evs {
			if e.CAMEO != "057" {
				continue
			}
			found = true
			if e.Date == "" || e.DatedBy != tc.want {
				t.Errorf("%q: date %q dated by %q, want a date dated by %q", tc.text, e.Date, e.DatedBy, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no signing coded: %+v", tc.text, evs)
		}
	}
}

// A trailing report verb followed by a participle clause that goes on
// with the report ("warned, adding that ...") still closes the sentence:
// the warning is the clause before, not an event of its own, and its
// speaker is no party to that clause. A "warned" inside the clause is
// left alone.
func TestTrailingReportParticiple(t *testing.T) {
	c := coder(t)
	for _, s := range []string{
		"Niger may veto the package, the Chadian foreign minister warned, adding that talks would continue.",
		"Niger may veto the package, the Chadian foreign minister warned on Monday.",
	} {
		for _, e := range code(t, c, s) {
			if e.Type == "THREATEN" {
				t.Errorf("%q: the closing warning coded as an event: %+v", s, view(e))
			}
			for _, a := range e.Target {
				if a.Country == "TCD" {
					t.Errorf("%q: the speaker is a target: %+v", s, view(e))
				}
			}
		}
	}
	evs := code(t, c, "The Chadian foreign minister warned Niger on Monday, adding that talks would continue.")
	if len(evs) == 0 {
		t.Errorf("a warning that opens the sentence coded nothing")
	}
}
