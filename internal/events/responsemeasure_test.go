package events_test

import (
	"testing"
	"time"
)

// A sanction named as what an act answers ("in response to US
// sanctions") is a reference to a measure told elsewhere: no event of its
// own at any confidence, and its maker is no target of the act unless
// the act's object names it. Events of every confidence are checked: the
// reference used to be a background event of the measure's maker.
func TestResponseMeasureIsReference(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text string
		want []string // "SRC>TGT" of every SANCTION event, first source's and target's country
	}{
		{"China froze the assets in response to new EU sanctions on Monday.", []string{"CHN>"}},
		// A seizure is COERCE: the only SANCTION would be the reference.
		{"Iran seized the funds in reaction to British sanctions.", nil},
		// Near misses: an object that names its owner keeps it as target;
		// a response told first, with no verb event before it, keeps the
		// measure as background.
		{"China froze the assets of US firms in response to US sanctions.", []string{"CHN>USA"}},
		{"China imposed tariffs on US goods in response to new US tariffs.", []string{"CHN>USA"}},
		{"In response to US sanctions, China froze the assets.", []string{"USA>", "CHN>"}},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var got []string
		for _, e := range art.Events {
			if e.Type != "SANCTION" {
				continue
			}
			var src, tgt string
			if len(e.Source) > 0 {
				src = e.Source[0].Country
			}
			if len(e.Target) > 0 {
				tgt = e.Target[0].Country
			}
			got = append(got, src+">"+tgt)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: SANCTION events %v, want %v", tt.text, got, tt.want)
			continue
		}
		for _, w := range tt.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%q: SANCTION events %v, want %v", tt.text, got, tt.want)
			}
		}
	}
}
