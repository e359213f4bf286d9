package events_test

import (
	"testing"
	"time"
)

// An act named inside an indirect question ("asked whether Beijing would
// retaliate", "wondered if Moscow would strike") is asserted by no one:
// no event is coded for it, not even as background. The same act told
// outside a question, or in a conditional "if" no verb of asking governs,
// is still coded.
func TestQuestionedActNotCoded(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text  string
		typ   string
		coded bool
	}{
		{"BEIJING (Wire) - Asked by journalists whether Beijing would retaliate, the Chinese envoy said no.", "THREATEN", false},
		{"MOSCOW (Wire) - Reporters asked the Kremlin spokesman if Russia would attack Finland.", "THREATEN", false},
		{"Analysts wondered whether Serbia would send troops to the border.", "MOBILIZE", false},
		{"Asked whether Israel would strike Iran, the minister said Israel had attacked Hezbollah on Monday.", "THREATEN", false},
		{"Asked whether Israel would strike Iran, the minister said Israel had attacked Hezbollah on Monday.", "ASSAULT", true},
		{"Russia will attack Finland if NATO sends troops, the minister warned.", "THREATEN", true},
		{"The Chinese envoy said Beijing would retaliate.", "THREATEN", true},
		{"Germany asked whether Poland would send troops to Lithuania.", "REQUEST", false},
		{"Asked whether Israel would strike Iran, the minister said Israel had attacked Hezbollah on Monday.", "REQUEST", false},
		{"Germany asked Poland to send troops to Lithuania.", "REQUEST", true},
		// Every form of the asking verbs, the present and the noun "questions" too.
		{"WASHINGTON (Wire) - The senator questions whether Iran would attack U.S. ships in the Gulf.", "THREATEN", false},
		{"MOSCOW (Wire) - A Kremlin aide inquires whether Kyiv would shell the bridge again.", "THREATEN", false},
		{"Lawmakers raised questions whether Serbia would send troops to the border.", "MOBILIZE", false},
	} {
		art := codeSentence(t, stages, tt.text, pub)
		got := false
		for _, e := range art.Events {
			if e.Type == tt.typ {
				got = true
			}
		}
		if got != tt.coded {
			t.Errorf("%q: %s coded = %v, want %v; events %+v", tt.text, tt.typ, got, tt.coded, art.Events)
		}
	}
}
