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
