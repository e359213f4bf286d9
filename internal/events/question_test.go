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

// An act in a "whether" clause that no verb of deciding governs ("did not
// say whether", "it is unclear whether", "whether or not") is asserted by
// no one and is not coded, not even as background. One put up for
// decision ("is weighing whether to", "a vote on whether") is coded as a
// supposition, with the one who decides as its doer. A clause that
// follows the "whether" clause ("after Iran fired missiles") is told.
func TestWhetherClause(t *testing.T) {
	stages := fullPipeline(t)
	pub := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text     string
		typ      string
		src      string // "" to leave the source unchecked
		modality string // "" when no such event is coded
	}{
		{"Paraguay and Uruguay have not said whether they will join the talks with Bolivia.", "CONSULT", "", ""},
		{"It is unclear whether Japan will attend the summit in Seoul.", "CONSULT", "", ""},
		{"It is unclear whether Japan will attend the summit in Seoul.", "AGREE", "", ""},
		{"Officials in Ankara did not say on Monday whether Turkey would meet Greek envoys.", "AGREE", "", ""},
		{"Whether or not Pakistan attends, Uzbekistan will host the regional summit.", "CONSULT", "Pakistan", ""},
		{"Traders cited uncertainty over whether Washington and Beijing could agree to end the tariff war.", "AGREE", "", ""},
		{"The envoy would not confirm whether Hungary had vetoed the sanctions package.", "REJECT", "", ""},
		{"Kenya is weighing whether to send police officers to Haiti.", "MOBILIZE", "Kenya", "hypothetical"},
		{"The Dutch cabinet is debating whether to expel Russian diplomats.", "SANCTION", "Dutch cabinet", "hypothetical"},
		{"Chile has not yet decided whether it will sign the trade accord with Peru.", "SUPPORT", "Chile", "hypothetical"},
		{"Lawmakers in Oslo will vote on whether to impose sanctions on Belarus.", "SANCTION", "", "hypothetical"},
		{"Israel will decide whether to retaliate after Iran fired missiles at Tel Aviv.", "ASSAULT", "Iran", "actual"},
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
				src = e.Source[0].Text
			}
			got = append(got, src+"/"+e.Modality)
			if (tt.src == "" || src == tt.src) && e.Modality == tt.modality {
				found = true
			}
		}
		if tt.modality == "" && len(got) > 0 {
			t.Errorf("%q: %s coded (%v), want none", tt.text, tt.typ, got)
		}
		if tt.modality != "" && !found {
			t.Errorf("%q: no %s by %q %s; got %v", tt.text, tt.typ, tt.src, tt.modality, got)
		}
	}
}
