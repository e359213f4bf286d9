package events_test

import (
	"strings"
	"testing"
	"time"
)

// The speakers of an inverted report (", Kenyan officials said,") are no
// party to the act told in an adjunct after it ("after months of
// fighting"): the act keeps the parties it names itself, or is not coded.
// A participle after the preposition ("said, after meeting the envoys")
// is still the speaker's own act. (The unnamed civilians killed take the
// one-sentence article's country, the speakers'; only sources are checked.)
func TestReportAdjunctParties(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text  string
		typ   string
		want  string // "SRC>TGT" countries of an event that must be coded, "" for none
		notBy string // a country no event of that type may have as a party
	}{
		{"The rivals agreed to a truce on Tuesday, Kenyan officials said, after months of fighting in Darfur.", "ASSAULT", "", "KEN"},
		{"The two sides agreed to a ceasefire, Qatari mediators said, after weeks of fighting that has killed hundreds of civilians.", "ASSAULT", "", "QAT"},
		{"The rivals agreed to a truce, Kenyan officials said, after months of fighting between Sudanese troops and Eritrean militias.", "ASSAULT", "SDN>ERI", "KEN"},
		{"Talks resumed in Cairo, Egyptian officials said, amid clashes between Israeli troops and Hamas fighters in Rafah.", "ASSAULT", "ISR>PSE", "EGY"},
		{"Uganda will send more troops, Ugandan officials said, after meeting Somali envoys in Kampala.", "CONSULT", "UGA>SOM", ""},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		var got []string
		found := false
		for _, e := range art.Events {
			if e.Type != tt.typ {
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
			if src+">"+tgt == tt.want {
				found = true
			}
			if tt.notBy != "" && src == tt.notBy {
				t.Errorf("%q: %s %s>%s has the speakers as its source", tt.text, tt.typ, src, tgt)
			}
		}
		if tt.want != "" && !found {
			t.Errorf("%q: no %s %s; got %s", tt.text, tt.typ, tt.want, strings.Join(got, " "))
		}
	}
}
