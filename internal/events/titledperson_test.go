package events_test

import (
	"strings"
	"testing"
	"time"
)

// TestTitledPersonTarget checks that a demonym or sector word, a lower-case
// title the knowledge base lists as no role, and a name are one target, the
// person ("Australian writer Yang Wei" is Yang Wei, an Australian; "media
// tycoon Jimmy Lai" is Lai), not the demonym or the sector word alone. A
// plural role and a verb before the name ("Australian diplomats met Yang
// Wei") are two phrases, as before. Sentences written for this test.
func TestTitledPersonTarget(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, trigger, source, target, country string
	}{
		{"A Beijing court sentenced Australian writer Yang Wei to 10 years.", "sentenced", "Beijing court", "Yang Wei", "AUS"},
		{"Moscow's Lefortovo court on Tuesday extended the detention of American musician Tom Harlow.", "detention", "Lefortovo court", "Tom Harlow", "USA"},
		{"HONG KONG (Wire) - The court refused bail to media tycoon Jimmy Lai.", "refused", "court", "Jimmy Lai", ""},
		{"HARARE (Wire) - Police arrested opposition stalwart Tendai Moyo on Monday.", "arrested", "Police", "Tendai Moyo", ""},
		// near-miss: "diplomats" is a role of its own and "met" a verb.
		{"Australian diplomats met Yang Wei in Beijing on Monday.", "met", "Australian diplomats", "Yang Wei", ""},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		ok := false
		for _, e := range art.Events {
			trig := false
			for _, ev := range e.Evidence {
				if strings.Contains(ev.Trigger, tc.trigger) {
					trig = true
				}
			}
			if !trig || len(e.Source) == 0 || e.Source[0].Text != tc.source {
				continue
			}
			for _, a := range e.Target {
				if strings.HasSuffix(a.Text, tc.target) && (tc.country == "" || a.Country == tc.country) {
					ok = true
				}
			}
		}
		if !ok {
			t.Errorf("%s\n\twant [%s] %s > %s (%s); got:%s", tc.text, tc.trigger, tc.source, tc.target, tc.country, describe(art.Events))
		}
	}
}
