package events_test

import (
	"testing"
	"time"
)

// A gerund after "after", "before", "by" or "without" has the main
// clause's subject as its doer, background though its act is ("fired
// tear gas after arresting three activists").
func TestGerundAfterPreposition(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text, typ, src string // src "" wants no event of the type
	}{
		{"Kenyan police fired tear gas after arresting three opposition activists in Nairobi.", "COERCE", "KEN"},
		{"Ugandan soldiers stormed the studio before detaining two Kenyan reporters.", "COERCE", "UGA"},
		{"The UN envoy left Tripoli without meeting the Libyan prime minister.", "CONSULT", "UNO"},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var got []string
		found := false
		for _, e := range art.Events {
			if e.Type != tt.typ {
				continue
			}
			src := ""
			if len(e.Source) > 0 {
				src = e.Source[0].Country
			}
			got = append(got, src)
			found = found || src == tt.src
		}
		if tt.src == "" && len(got) > 0 {
			t.Errorf("%q: %s coded (sources %v), want none", tt.text, tt.typ, got)
		}
		if tt.src != "" && !found {
			t.Errorf("%q: no %s by %s; sources %v", tt.text, tt.typ, tt.src, got)
		}
	}
}
