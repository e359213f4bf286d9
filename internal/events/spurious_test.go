package events_test

import (
	"testing"
	"time"
)

// TestSpuriousEvents checks events at every confidence, background
// included, which TestProbes leaves out: a meeting walked out of is no
// consultation, a quarrel called a clash is no fight, and a match report's
// words of sport make no play of a war told in another paragraph. Each
// row says whether an event of the type with the trigger is coded at
// all. Sentences and articles written for this test.
func TestSpuriousEvents(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	const match = "KYIV (Wire) - Ukraine beat Georgia 2-0 in a World Cup qualifier on Tuesday. The striker scored twice after half-time.\n\n"
	for _, tc := range []struct {
		text, typ, trigger string
		want               bool
	}{
		// Walking out of, storming out of or boycotting a meeting is no
		// meeting held, whatever the tagger makes of "the WTO meeting";
		// attending one still is.
		{"GENEVA - Delegates walked out of the WTO meeting on Monday.", "CONSULT", "meeting", false},
		{"GENEVA - Delegates walked out of the WTO meeting on Monday.", "SANCTION", "walked out of", true},
		{"Iranian delegates boycotted the WTO meeting on Monday.", "CONSULT", "meeting", false},
		{"Iranian delegates stormed out of the WTO meeting on Monday.", "ASSAULT", "stormed", false},
		{"Iranian delegates stormed out of the WTO meeting on Monday.", "SANCTION", "stormed out of", true},
		{"Iranian delegates attended the WTO meeting on Monday.", "CONSULT", "attended", true},
		{"Indian officials met WTO delegates in Geneva on Monday.", "CONSULT", "met", true},
		{"Ecuadorian police stormed the Mexican embassy in Quito.", "ASSAULT", "stormed", true},
		// A clash in words is no fight, nor a warning of one a threat.
		{"Kenya's ruling party and the opposition clashed in the political arena.", "ASSAULT", "clashed", false},
		{"Russia and Ukraine clashed at the UN Security Council over the grain deal.", "ASSAULT", "clashed", false},
		{"Kenya warned of a clash with Uganda in the political arena.", "THREATEN", "warned of", false},
		{"Kenyan opposition leaders vowed to clash with the government in parliament.", "THREATEN", "vowed ... clash", false},
		{"Kenyan troops clashed with Somali militants on Monday.", "ASSAULT", "clashed", true},
		{"Kenyan police clashed with protesters outside parliament on Monday.", "ASSAULT", "clashed", true},
		{"Kenya warned of a clash with Uganda over the border.", "THREATEN", "warned of", true},
		// Sport told in another paragraph of a match report makes no play
		// of a war; told near the sentence, it does.
		{match + "Separately, the foreign ministry summoned the Russian ambassador on Tuesday. Officials said Russia struck twice to stun Ukraine.", "ASSAULT", "struck", true},
		{"KYIV (Wire) - Russia struck twice to stun Ukraine on Tuesday, hitting power stations in Kyiv.", "ASSAULT", "struck", true},
		{"KYIV (Wire) - Russia struck twice to stun Ukraine in the World Cup qualifier on Tuesday. The striker scored after half-time.", "ASSAULT", "struck", false},
		{match + "Russia struck twice to stun Ukraine in the return leg.", "ASSAULT", "struck", false},
		{match + "Russia, which attacked Ukraine in 2022, fought back to beat Georgia 2-0.", "ASSAULT", "attacked", true},
	} {
		art := codeSentence(t, stages, tc.text, pub)
		got := false
		for _, e := range art.Events {
			for _, ev := range e.Evidence {
				got = got || e.Type == tc.typ && ev.Trigger == tc.trigger
			}
		}
		if got != tc.want {
			t.Errorf("%s\n\t%s on %q coded %v, want %v; got:%s", tc.text, tc.typ, tc.trigger, got, tc.want, describe(art.Events))
		}
	}
}
