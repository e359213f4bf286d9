package events_test

import (
	"strings"
	"testing"
	"time"
)

// TestRelativeAntecedentAfterPreposition checks that the subject of a
// relative clause opened by "who" or "which" right after a noun governed by
// a preposition ("granted bail to X, who was arrested by ...") is that
// noun, not the main clause's subject: the one arrested is X, not the
// court. "whose" makes no subject of its antecedent and is left as it was.
// Sentences written for this test; a relative clause's event counts at any
// confidence.
func TestRelativeAntecedentAfterPreposition(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, trigger, source, target string
		wantTarget                    bool // false: target must not be the one named
	}{
		{"The court granted bail to Rakesh Malhotra, who was arrested by the Enforcement Directorate in March.", "arrested", "Enforcement Directorate", "Rakesh Malhotra", true},
		{"The High Court granted bail on Monday to opposition leader Anil Kapoor, who was arrested by the Enforcement Directorate in January.", "arrested", "Enforcement Directorate", "Anil Kapoor", true},
		{"NEW DELHI (Wire) - A magistrate on Tuesday released Sunil Verma on bail, who was detained by the Central Bureau of Investigation last year.", "detained", "Central Bureau of Investigation", "Sunil Verma", true},
		{"Japan sent aid to Chad, which had asked the United Nations for help.", "asked", "Chad", "United Nations", true},
		// near-miss: the brother was arrested, not Malhotra.
		{"The court granted bail to Rakesh Malhotra, whose brother was arrested by the Enforcement Directorate in March.", "arrested", "Enforcement Directorate", "Rakesh Malhotra", false},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		found, targeted := false, false
		for _, e := range art.Events {
			trig := false
			for _, ev := range e.Evidence {
				if ev.Trigger == tc.trigger {
					trig = true
				}
			}
			if !trig {
				continue
			}
			src := false
			for _, a := range e.Source {
				if a.Text == tc.source {
					src = true
				}
			}
			if !src {
				continue
			}
			found = true
			for _, a := range e.Target {
				if strings.Contains(a.Text, tc.target) {
					targeted = true
				}
			}
		}
		if !found {
			t.Errorf("%s\n\twant an event [%s] by %s; got:%s", tc.text, tc.trigger, tc.source, describe(art.Events))
			continue
		}
		if targeted != tc.wantTarget {
			t.Errorf("%s\n\ttarget %s: %v, want %v; got:%s", tc.text, tc.target, targeted, tc.wantTarget, describe(art.Events))
		}
	}
}
