package events

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/events/segment"
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

var (
	coderOnce sync.Once
	testCoder *Coder
	coderErr  error
)

func coder(t testing.TB) *Coder {
	t.Helper()
	coderOnce.Do(func() { testCoder, coderErr = New(Config{}) })
	if coderErr != nil {
		t.Fatal(coderErr)
	}
	return testCoder
}

var pub = time.Date(2021, 7, 30, 0, 0, 0, 0, time.UTC)

func code(t testing.TB, c *Coder, text string) []model.Event {
	t.Helper()
	a := &model.Article{Text: text}
	return c.Code(a, pub, segment.Sentences(text))
}

// ev is a compact view of an event for table tests; a wanted date "-" is
// no date of its own (the store files such an event under its report's day).
type ev struct {
	typ, src, tgt, date, polarity, modality string
}

func view(e model.Event) ev {
	cs := func(as []model.EventActor) string {
		var s []string
		for _, a := range as {
			s = append(s, a.Country)
		}
		return strings.Join(s, ",")
	}
	return ev{e.Type, cs(e.Source), cs(e.Target), e.Date, e.Polarity, e.Modality}
}

func has(evs []model.Event, want ev) bool {
	for _, e := range evs {
		v := view(e)
		if v.typ == want.typ && v.src == want.src && v.tgt == want.tgt &&
			(want.date == "" || v.date == want.date || want.date == "-" && v.date == "") &&
			(want.polarity == "" || v.polarity == want.polarity) &&
			(want.modality == "" || v.modality == want.modality) {
			return true
		}
	}
	return false
}

// Fixtures written for these tests, in several styles: wire copy, reported
// speech, passive voice, headlines, nominal events.
func TestCoderFixtures(t *testing.T) {
	c := coder(t)
	tests := []struct {
		name string
		text string
		want []ev
		not  []ev
	}{
		{"active transitive", "Turkish troops attacked Syrian positions on Tuesday.",
			[]ev{{typ: "ASSAULT", src: "TUR", tgt: "SYR", date: "2021-07-27"}}, nil},
		{"passive with by", "A Ukrainian convoy was shelled by Russian forces near the border.",
			[]ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}, nil},
		{"coordinated subjects", "Washington and Seoul held talks in Geneva last week.",
			[]ev{{typ: "CONSULT", src: "USA", tgt: "KOR"}, {typ: "CONSULT", src: "KOR", tgt: "USA"}}, nil},
		{"reported speech", "Egypt said Israel had agreed to meet Jordan next month.",
			[]ev{{typ: "AGREE", src: "ISR", tgt: "JOR"}}, nil},
		{"negation", "Brazil did not criticize Argentina over the dispute.",
			[]ev{{typ: "ACCUSE", src: "BRA", tgt: "ARG", polarity: "negated"}}, []ev{{typ: "ACCUSE", src: "BRA", tgt: "ARG", polarity: "asserted"}}},
		{"planned nominal", "Japanese and Australian navies will hold joint exercises next month.",
			[]ev{{typ: "COOPERATE", src: "JPN", tgt: "AUS", date: "2021-08", modality: "planned"}}, nil},
		{"visit nominal", "The French president's visit to Mali was cut short.",
			[]ev{{typ: "CONSULT", src: "FRA", tgt: "MLI"}}, nil},
		{"talks between", "Talks between Ethiopia and Sudan resumed in Khartoum.",
			[]ev{{typ: "CONSULT", src: "ETH", tgt: "SDN"}}, nil},
		{"historical date", "The two countries signed a trade pact in 2018. Kenya later accused Uganda of breaking it.",
			[]ev{{typ: "ACCUSE", src: "KEN", tgt: "UGA"}}, nil},
		{"signing a document", "Iran and Iraq signed a security agreement on Monday.",
			[]ev{{typ: "SUPPORT", src: "IRN", tgt: "IRQ"}, {typ: "SUPPORT", src: "IRQ", tgt: "IRN"}}, nil},
		{"signing a person is no agreement", "A Spanish club signed the French defender.",
			nil, []ev{{typ: "SUPPORT", src: "ESP", tgt: "FRA"}}},
		{"demand", "Germany urged Iran to release the detained journalists.",
			[]ev{{typ: "REQUEST", src: "DEU", tgt: "IRN"}}, nil},
		{"strike with an object is an assault", "Israeli jets struck targets in Gaza on Sunday.",
			[]ev{{typ: "ASSAULT", src: "ISR", tgt: "PSE"}}, []ev{{typ: "PROTEST", src: "ISR", tgt: "PSE"}}},
		{"strike without an object is a labour strike", "Nigerian teachers struck on Monday over unpaid wages.",
			[]ev{{typ: "PROTEST", src: "NGA", tgt: "NGA"}}, []ev{{typ: "ASSAULT", src: "NGA"}}},
		{"a participial adjunct shares the main subject", "Russian missiles struck Kyiv overnight, killing three people.",
			[]ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}, []ev{{typ: "ASSAULT", src: "UKR"}}},
		{"a comma closes a relative clause before the main verb", "Kenyan President William Ruto, who arrived in Addis Ababa on Monday, met Ethiopian officials.",
			[]ev{{typ: "CONSULT", src: "KEN", tgt: "ETH"}}, nil},
		{"a cancelled meeting did not happen", "The meeting between Chilean and Bolivian officials was cancelled.",
			[]ev{{typ: "CONSULT", src: "CHL", tgt: "BOL", polarity: "negated"}}, []ev{{typ: "CONSULT", src: "CHL", tgt: "BOL", polarity: "asserted"}}},
		{"a postponed meeting is still planned", "Talks between Chile and Bolivia were postponed.",
			[]ev{{typ: "CONSULT", src: "CHL", tgt: "BOL", modality: "planned"}}, nil},
		{"vowing revenge is a threat", "Iran's supreme leader vowed revenge against Israel.",
			[]ev{{typ: "THREATEN", src: "IRN", tgt: "ISR"}}, []ev{{typ: "AGREE", src: "IRN", tgt: "ISR"}}},
		{"coordinated subjects of a reciprocal event act on each other", "Saudi Arabia and Iran agreed to restore ties in a deal brokered by China.",
			[]ev{{typ: "AGREE", src: "SAU", tgt: "IRN"}, {typ: "AGREE", src: "IRN", tgt: "SAU"}}, []ev{{typ: "AGREE", src: "SAU", tgt: "CHN"}}},
		{"missiles fired at no one are a show of force", "Seoul said Pyongyang fired two missiles into the sea.",
			[]ev{{typ: "MOBILIZE", src: "PRK"}}, nil},
		{"denying a charge is no refusal", "Israel denied it was behind the attack.",
			nil, []ev{{typ: "REJECT", src: "ISR"}}},
		{"what an actor announces is its own", "The Pentagon announced a new weapons package for Ukraine.",
			[]ev{{typ: "AID", src: "USA", tgt: "UKR"}}, nil},
		{"a possessive object names the target", "Armenia said Azerbaijani troops opened fire on its positions.",
			[]ev{{typ: "ASSAULT", src: "AZE", tgt: "ARM"}}, nil},
		{"resuming talks is a meeting", "Chile and Bolivia resumed talks on Monday.",
			[]ev{{typ: "CONSULT", src: "CHL", tgt: "BOL"}}, []ev{{typ: "COOPERATE", src: "CHL", tgt: "BOL"}}},
		{"a refusal said in the future tense", "\"We will never accept this,\" the Iranian foreign minister said of the Canadian offer.",
			[]ev{{typ: "REJECT", src: "IRN", tgt: "CAN"}}, []ev{{typ: "AGREE", src: "IRN", tgt: "IRN", polarity: "negated"}}},
		{"a role owned by its speaker", "The Russian defence ministry said its forces had captured two villages in eastern Ukraine.",
			[]ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}, nil},
		{"a loan with a currency sign", "The World Bank approved a $500 million loan for Kenya.",
			[]ev{{typ: "AID", src: "WBK", tgt: "KEN"}}, nil},
		{"exchanging fire", "Indian and Pakistani troops exchanged fire across the border.",
			[]ev{{typ: "ASSAULT", src: "IND", tgt: "PAK"}, {typ: "ASSAULT", src: "PAK", tgt: "IND"}}, nil},
		{"a shared sea is where, not who", "Chinese warships patrolled the South China Sea on Monday.",
			[]ev{{typ: "MOBILIZE", src: "CHN", tgt: ""}}, []ev{{typ: "MOBILIZE", src: "CHN", tgt: "CHN"}}},
		{"people named by their role act where the event happens", "Gunmen attacked a police station in Kano on Sunday.",
			[]ev{{typ: "ASSAULT", src: "NGA", tgt: "NGA"}}, nil},
		{"a prisoner swap", "Russia and Ukraine swapped dozens of prisoners on Friday.",
			[]ev{{typ: "RETREAT", src: "RUS", tgt: "UKR"}, {typ: "RETREAT", src: "UKR", tgt: "RUS"}}, nil},
		{"a coalition led by a country", "The Saudi-led coalition bombed Houthi positions in Yemen.",
			[]ev{{typ: "ASSAULT", src: "SAU", tgt: "YEM"}}, nil},
		{"harm done by nature is no one's act", "An earthquake killed more than 300 people in western Nepal.",
			nil, []ev{{typ: "ASSAULT", src: "", tgt: "NPL"}}},
		{"the South of a divided country", "North Korea restored two hotlines with the South on Tuesday.",
			[]ev{{typ: "COOPERATE", src: "PRK", tgt: "KOR"}}, nil},
		{"the North named by the other half", "South Korea said the North fired two missiles into the sea.",
			[]ev{{typ: "MOBILIZE", src: "PRK", tgt: ""}}, []ev{{typ: "MOBILIZE", src: "KOR", tgt: ""}}},
		{"the South China Sea is no half of Korea", "North Korea and China held talks. Chinese warships patrolled the South China Sea on Monday.",
			nil, []ev{{typ: "MOBILIZE", src: "CHN", tgt: "KOR"}}},
		{"a quotation opening at the verb keeps its subject", "Iranian President Masoud Pezeshkian spoke on Monday. He \"urged Iraq to close the border at once.\"",
			[]ev{{typ: "REQUEST", src: "IRN", tgt: "IRQ"}}, nil},
		{"victims take the country of the place", "Russian artillery shelled a market in Kyiv on Tuesday, killing four people.",
			[]ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}, []ev{{typ: "ASSAULT", src: "RUS", tgt: "RUS"}}},
		{"a dateline names no attacker", "LONDON (Example Wire) - Russian artillery shelled a market in Kyiv on Tuesday.",
			[]ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}, []ev{{typ: "ASSAULT", src: "GBR", tgt: "UKR"}}},
		{"a typhoon's victims are no one's target", "A powerful typhoon hit the Philippines on Sunday, killing at least 12 people.",
			nil, []ev{{typ: "ASSAULT", src: "PHL", tgt: ""}, {typ: "ASSAULT", src: "PHL", tgt: "PHL"}}},
		{"a participle joined to a hazard's participle is no one's act either", "A strong earthquake hit central Peru on Friday, killing 40 people and injuring 300.",
			nil, []ev{{typ: "ASSAULT", src: "PER", tgt: ""}, {typ: "ASSAULT", src: "PER", tgt: "PER"}}},
		{"a participle joined to an attacker's participle is still the attacker's", "Russian missiles struck Kyiv overnight, killing three people and wounding 20.",
			[]ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}, nil},
		{"a dated dateline names no attacker", "LONDON, March 4, 2025 (Example Wire) - Russian artillery shelled a market in Kyiv on Tuesday.",
			[]ev{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}, []ev{{typ: "ASSAULT", src: "GBR", tgt: "UKR"}}},
		{"a year after a preposition", "In 1979 Egypt signed a peace treaty with Israel.",
			[]ev{{typ: "SUPPORT", src: "EGY", tgt: "ISR"}}, nil},
		{"an adjunct's event is not the addressee's", "Kishida told Chinese reporters after the summit that Japan wants calm.",
			nil, []ev{{typ: "CONSULT", src: "CHN", tgt: ""}}},
		{"what shared data are about is no partner", "Japan pledged on Monday to share data on Chinese warships.",
			nil, []ev{{typ: "AGREE", src: "JPN", tgt: "CHN"}}},
		{"what drew criticism is its target", "Turkey's purchase of the missiles drew criticism from Washington on Monday.",
			[]ev{{typ: "ACCUSE", src: "USA", tgt: "TUR"}}, nil},
		{"a name does not take the reacting side's country", "Abe's remarks sparked protests from Beijing.",
			nil, []ev{{typ: "PROTEST", src: "CHN", tgt: "CHN"}}},
		{"a weekday after a preposition", "On Tuesday Egypt signed a peace treaty with Israel.",
			[]ev{{typ: "SUPPORT", src: "EGY", tgt: "ISR"}}, nil},
		{"a month and day after a preposition", "On July 27 Egypt signed a peace treaty with Israel.",
			[]ev{{typ: "SUPPORT", src: "EGY", tgt: "ISR"}}, nil},
		{"expelling diplomats is a sanction", "Russia expelled two diplomats from Estonia on Friday.",
			nil, []ev{{typ: "ASSAULT", src: "RUS", tgt: "EST"}}},
		{"a bill fights only in metaphor", "The bill fought its way through the German parliament.",
			nil, []ev{{typ: "ASSAULT", src: "", tgt: "DEU"}}},
		{"breaking off diplomatic relations", "Georgia broke off diplomatic relations with Russia in 2008.",
			[]ev{{typ: "SANCTION", src: "GEO", tgt: "RUS"}}, nil},
		{"a capital speaking for its government acts on no one unnamed", "Moscow vowed to retaliate against any new sanctions.",
			nil, []ev{{typ: "THREATEN", src: "RUS", tgt: "RUS"}}},
		{"drones launched toward a country", "Iran launched drones toward Israel on Saturday.",
			[]ev{{typ: "ASSAULT", src: "IRN", tgt: "ISR"}}, nil},
		{"export controls are a sanction", "China imposed export controls on the United States on Wednesday.",
			[]ev{{typ: "SANCTION", src: "CHN", tgt: "USA"}}, nil},
		{"retaliating is an attack", "Israel retaliated against Lebanon on Sunday.",
			[]ev{{typ: "ASSAULT", src: "ISR", tgt: "LBN"}}, nil},
		{"the event of an if-clause is a supposition", "If Israel attacks Iran, Tehran will respond, an Iranian official said.",
			[]ev{{typ: "ASSAULT", src: "ISR", tgt: "", modality: "hypothetical"}}, []ev{{typ: "ASSAULT", src: "ISR", tgt: "", modality: "actual"}}},
		{"criticism comes from its maker", "The new law drew sharp criticism from Germany on Tuesday.",
			[]ev{{typ: "ACCUSE", src: "DEU", tgt: ""}}, nil},
		{"forces from a place are not its attack", "The United States sped up the withdrawal of its invasion forces from Panama.",
			nil, []ev{{typ: "ASSAULT", src: "PAN", tgt: ""}}},
		{"a condition returning is no one's act", "Calm returned to the streets of Mombasa on Tuesday.",
			nil, []ev{{typ: "RETREAT", src: "", tgt: "KEN"}}},
		{"people returning still act", "Thousands of refugees returned to Syria from Lebanon last week.",
			[]ev{{typ: "RETREAT", src: "", tgt: "SYR"}}, nil},
		{"a bomb is an attack", "A car bomb killed 12 Somali soldiers in Mogadishu.",
			[]ev{{typ: "ASSAULT", src: "", tgt: "SOM"}}, nil},
		{"sending tanks is military aid", "Germany sent more tanks to Ukraine last month.",
			[]ev{{typ: "AID", src: "DEU", tgt: "UKR"}}, nil},
		{"an adjective that is not the demonym", "The Philippine coast guard accused Chinese vessels of ramming its ships.",
			[]ev{{typ: "ACCUSE", src: "PHL", tgt: "CHN"}}, nil},
		{"people protesting demonstrate", "Thousands of Kenyans protested against tax increases in Nairobi.",
			[]ev{{typ: "PROTEST", src: "KEN", tgt: "KEN"}}, []ev{{typ: "ACCUSE", src: "KEN"}}},
		{"a government protesting complains", "China protested against the visit of the Japanese minister.",
			[]ev{{typ: "ACCUSE", src: "CHN", tgt: "JPN"}}, []ev{{typ: "PROTEST", src: "CHN"}}},
		{"taking to the streets is a protest", "Thousands of Thai students took to the streets of Bangkok on Sunday.",
			[]ev{{typ: "PROTEST", src: "THA", tgt: "THA"}}, nil},
		{"reported obligation without an event verb", "Norway declared on Monday that Sweden must drop its fishing quotas.",
			[]ev{{typ: "REQUEST", src: "NOR", tgt: "SWE"}}, nil},
		{"obligation with no actor asked", "Norway said the quotas must be dropped.",
			nil, []ev{{typ: "REQUEST", src: "NOR", tgt: ""}}},
		{"declared without that is no report", "Chile declared a state of emergency after Peruvian troops shelled the border.",
			[]ev{{typ: "COERCE", src: "CHL"}, {typ: "ASSAULT", src: "PER"}}, nil},
		{"parenthetical acronym before the verb", "The International Atomic Energy Agency (IAEA) condemned Syria on Friday.",
			[]ev{{typ: "ACCUSE", src: "IAEA", tgt: "SYR"}}, nil},
		{"denying a report is no refusal", "Ghana denied reports that it had closed its border with Togo.",
			nil, []ev{{typ: "REJECT", src: "GHA"}}},
		{"denying a request is a refusal", "Ghana denied landing rights to Togolese airlines.",
			[]ev{{typ: "REJECT", src: "GHA", tgt: "TGO"}}, nil},
		{"threat", "Pakistan threatened to close its border with Afghanistan.",
			[]ev{{typ: "THREATEN", src: "PAK", tgt: "AFG"}}, nil},
		{"no comment is no event", "Greek officials declined to comment on Albania's claims.",
			nil, []ev{{typ: "REJECT", src: "GRC", tgt: "ALB"}, {typ: "REJECT", src: "GRC", tgt: ""}}},
		{"relative clause", "Colombian police, who had surrounded the camp, arrested Venezuelan smugglers.",
			[]ev{{typ: "COERCE", src: "COL", tgt: "VEN"}}, nil},
		{"plural demonym object", "Kenyan troops killed six Somalis near the border.",
			[]ev{{typ: "ASSAULT", src: "KEN", tgt: "SOM"}}, nil},
		{"place after a nominal event", "Morocco imposed a blockade in Western Sahara after the attack on its convoy by Algerians.",
			[]ev{{typ: "COERCE", src: "MAR", tgt: "ESH"}}, []ev{{typ: "COERCE", src: "MAR", tgt: "DZA"}}},
		{"domestic default target", "Bolivian opposition leaders called off a planned strike in La Paz.",
			[]ev{{typ: "CONCEDE", src: "BOL", tgt: "BOL"}}, nil},
		{"no domestic default with a second country", "Bolivian opposition leaders called off a strike after talks in Lima.",
			nil, []ev{{typ: "CONCEDE", src: "BOL", tgt: "BOL"}}},
		{"long trailing attribution is not the object", "Kenyan police arrested opposition activists, a spokesman for the Ugandan delegation visiting the capital said.",
			[]ev{{typ: "COERCE", src: "KEN", tgt: "KEN"}}, []ev{{typ: "COERCE", src: "KEN", tgt: "UGA"}}},
		{"predicative as after the verb", "Chile condemned as illegal Bolivia's seizure of the border post.",
			[]ev{{typ: "ACCUSE", src: "CHL", tgt: "BOL"}}, nil},
		{"demonym before a named body", "The Peruvian Supreme Court lifted restrictions on Chilean fishing boats.",
			[]ev{{typ: "CONCEDE", src: "PER", tgt: "CHL"}}, nil},
		{"ending a fight is no fight", "Norway sent envoys to Sri Lanka in an effort to end the fighting.",
			nil, []ev{{typ: "ASSAULT"}, {typ: "ASSAULT", src: "NOR", tgt: "LKA"}}},
		{"no implicit partner past the next predicate", "The Peruvian cabinet met on Monday and agreed to expel Bolivian diplomats.",
			nil, []ev{{typ: "CONSULT", src: "PER", tgt: "BOL"}}},
		{"-ing form modifying a noun is no verb", "Kenyan fighting units arrived in Somalia on Monday.",
			nil, []ev{{typ: "ASSAULT", src: "KEN", tgt: "SOM"}}},
		{"seek to is an intention, seek a request", "Chile is seeking to expand cooperation with Peru. Bolivia sought help from Brazil.",
			[]ev{{typ: "AGREE", src: "CHL", tgt: "PER"}, {typ: "REQUEST", src: "BOL", tgt: "BRA"}}, []ev{{typ: "REQUEST", src: "CHL", tgt: "PER"}}},
		{"passive with a from-origin and a pronoun object", "Jordan said rockets were fired at it from Syria on Monday.",
			[]ev{{typ: "ASSAULT", src: "SYR", tgt: "JOR"}}, nil},
		{"pronoun object refers to the speaker", "Kenya said Somali militants attacked it.",
			[]ev{{typ: "ASSAULT", src: "SOM", tgt: "KEN"}}, nil},
		{"ultimatum names its target in the condition", "Syrian villagers threatened to hold a general strike unless Israel rescinded the decision.",
			[]ev{{typ: "THREATEN", src: "SYR", tgt: "ISR"}}, []ev{{typ: "THREATEN", src: "SYR", tgt: "SYR"}}},
		{"conditional hostile step is a threat", "Norway may suspend aid to Kenya if the elections are postponed.",
			[]ev{{typ: "THREATEN", src: "NOR", tgt: "KEN"}}, []ev{{typ: "SANCTION", src: "NOR", tgt: "KEN"}}},
		{"gave a welcome to", "The Peruvian president gave a warm welcome to Chilean envoys on Monday.",
			[]ev{{typ: "CONSULT", src: "PER", tgt: "CHL"}}, nil},
		{"pressure to", "Germany pressured Greece to accept the plan.",
			[]ev{{typ: "REQUEST", src: "DEU", tgt: "GRC"}}, nil},
		{"passive infinitive in a request is not an event", "The United Nations rejected a call for its peacekeepers to be deployed in Haiti.",
			[]ev{{typ: "REJECT", src: "UNO", tgt: "HTI"}}, []ev{{typ: "MOBILIZE"}, {typ: "MOBILIZE", src: "HTI", tgt: "HTI"}}},
		{"engaged X in a nominal event", "Malian soldiers engaged Algerian smugglers in a firefight near the border.",
			[]ev{{typ: "ASSAULT", src: "MLI", tgt: "DZA"}}, nil},
		{"domestic meeting", "Bolivian opposition leaders met in La Paz on Monday.",
			[]ev{{typ: "CONSULT", src: "BOL", tgt: "BOL"}}, nil},
		{"stative 'is opposed to' is no passive", "Chile is opposed to Peruvian mediation in the dispute.",
			[]ev{{typ: "REJECT", src: "CHL", tgt: "PER"}}, nil},
		{"want X to is a request, want to an intention", "Japan wants China to release the detained sailors. Iran wants to attack Israeli bases.",
			[]ev{{typ: "REQUEST", src: "JPN", tgt: "CHN"}, {typ: "THREATEN", src: "IRN", tgt: "ISR"}}, nil},
		{"no domestic default for a country itself", "Bolivia called off the strike.",
			nil, []ev{{typ: "CONCEDE", src: "BOL", tgt: "BOL"}}},
		{"a demonym on the object names the target", "Tokyo rejected the Chinese proposal on Monday.",
			[]ev{{typ: "REJECT", src: "JPN", tgt: "CHN"}}, nil},
		{"a hyphened author on the object names the target", "Tokyo rejected the Chinese-drafted proposal. Iran condemned the U.S.-imposed sanctions.",
			[]ev{{typ: "REJECT", src: "JPN", tgt: "CHN"}, {typ: "ACCUSE", src: "IRN", tgt: "USA"}}, nil},
		{"a proxy's backer is no actor of its attack", "Iranian-backed militias attacked U.S. troops in Syria.",
			nil, []ev{{typ: "ASSAULT", src: "IRN", tgt: "USA"}}},
		{"support for a demonym-named object", "Japan expressed support for the Chinese proposal.",
			[]ev{{typ: "SUPPORT", src: "JPN", tgt: "CHN"}}, nil},
		{"an explicit from-agent makes the criticism, not the actor before it", "Russia's visit to Moscow drew criticism from Washington on Monday.",
			[]ev{{typ: "ACCUSE", src: "USA", tgt: "RUS"}}, []ev{{typ: "ACCUSE", src: "RUS"}}},
		{"a from-agent after a finite verb is not the subject noun's maker", "The deal drew sharp criticism from Berlin on Tuesday.",
			[]ev{{typ: "ACCUSE", src: "DEU"}}, []ev{{typ: "AGREE", src: "DEU"}}},
		{"a from-agent of a protest", "Chinese troops' deployment near the border drew a protest from New Delhi.",
			[]ev{{typ: "MOBILIZE", src: "CHN"}, {typ: "PROTEST", src: "IND", tgt: "CHN"}}, []ev{{typ: "PROTEST", src: "CHN"}}},
		{"a by-agent reached through a participle is the participle's", "Iran's talks with the U.S. mediated by Oman resumed.",
			[]ev{{typ: "CONSULT", src: "IRN", tgt: "USA"}}, []ev{{typ: "CONSULT", src: "OMN", tgt: "USA"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, c, tt.text)
			for _, w := range tt.want {
				if !has(evs, w) {
					t.Errorf("missing %+v in %+v", w, views(evs))
				}
			}
			for _, w := range tt.not {
				if has(evs, w) {
					t.Errorf("unexpected %+v", w)
				}
			}
			for _, e := range evs {
				if len(e.Evidence) == 0 || e.Evidence[0].Trigger == "" || e.Evidence[0].Rule == "" {
					t.Errorf("event without evidence: %+v", e)
				}
			}
		})
	}
}

func TestMergeRepeatedEvent(t *testing.T) {
	c := coder(t)
	text := "Chile criticized Peru on Monday.\n\nOn Monday, Chile criticized Peru again over the fishing dispute."
	evs := code(t, c, text)
	n := 0
	for _, e := range evs {
		if e.Type == "ACCUSE" {
			n++
			if len(e.Evidence) != 2 {
				t.Errorf("want two evidence entries, got %d", len(e.Evidence))
			}
		}
	}
	if n != 1 {
		t.Errorf("want one ACCUSE event, got %d", n)
	}
}

func TestUserPatternChangesResult(t *testing.T) {
	text := "Norway lauded Iceland for its fisheries policy."
	base := coder(t)
	if has(code(t, base, text), ev{typ: "SUPPORT", src: "NOR", tgt: "ISL"}) {
		t.Fatal("built-in patterns already know 'laud'; pick another verb for this test")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("verb  laud  SUPPORT  051\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := New(Config{PatternDirs: []string{dir}, KB: base.kb})
	if err != nil {
		t.Fatal(err)
	}
	evs := code(t, c, text)
	if !has(evs, ev{typ: "SUPPORT", src: "NOR", tgt: "ISL"}) {
		t.Errorf("user pattern did not fire: %+v", evs)
	}
	if !strings.Contains(evs[0].Evidence[0].Rule, "mine.txt:1") {
		t.Errorf("rule = %q, want the user file", evs[0].Evidence[0].Rule)
	}
	// Removing a built-in entry.
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("- verb criticize\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = New(Config{PatternDirs: []string{dir}, KB: base.kb})
	if err != nil {
		t.Fatal(err)
	}
	if evs := code(t, c, "Chile criticize Peru."); has(evs, ev{typ: "ACCUSE", src: "CHL", tgt: "PER"}) {
		t.Errorf("removed pattern still fires")
	}
}

// An intrans option names a type and a CAMEO code; anything else is refused
// with the file and line.
func TestIntransOption(t *testing.T) {
	base := coder(t)
	for _, bad := range []string{"verb  lampoon  ACCUSE  111  intrans=PROTEST\n", "verb  lampoon  ACCUSE  111  intrans=PROTEST:999\n"} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := New(Config{PatternDirs: []string{dir}, KB: base.kb}); err == nil || !strings.Contains(err.Error(), "mine.txt:1") {
			t.Errorf("%q: err = %v, want an error naming mine.txt:1", bad, err)
		}
	}
}

// A court option names a type and a CAMEO code; anything else is refused
// with the file and line.
func TestCourtOption(t *testing.T) {
	base := coder(t)
	for _, bad := range []string{"verb  lampoon  COERCE  172  court=ACCUSE\n", "verb  lampoon  COERCE  172  court=ACCUSE:999\n"} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := New(Config{PatternDirs: []string{dir}, KB: base.kb}); err == nil || !strings.Contains(err.Error(), "mine.txt:1") {
			t.Errorf("%q: err = %v, want an error naming mine.txt:1", bad, err)
		}
	}
}

// A partner option names a type and a CAMEO code; anything else is refused
// with the file and line. A valid one recodes the phrase when the other
// side is a partner and leaves it when it is a target.
func TestPartnerOption(t *testing.T) {
	base := coder(t)
	for _, bad := range []string{"verb  rehearse  MOBILIZE  150  partner=COOPERATE\n", "verb  rehearse  MOBILIZE  150  partner=COOPERATE:999\n"} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := New(Config{PatternDirs: []string{dir}, KB: base.kb}); err == nil || !strings.Contains(err.Error(), "mine.txt:1") {
			t.Errorf("%q: err = %v, want an error naming mine.txt:1", bad, err)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("verb  rehearse  MOBILIZE  150  recip target=with|near partner=COOPERATE:062\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := New(Config{PatternDirs: []string{dir}, KB: base.kb})
	if err != nil {
		t.Fatal(err)
	}
	if evs := code(t, c, "Chile rehearsed with Peru."); !has(evs, ev{typ: "COOPERATE", src: "CHL", tgt: "PER"}) || !has(evs, ev{typ: "COOPERATE", src: "PER", tgt: "CHL"}) {
		t.Errorf("partner: events = %+v, want COOPERATE both ways", views(evs))
	}
	if evs := code(t, c, "Chile rehearsed near Peru."); has(evs, ev{typ: "COOPERATE", src: "CHL"}) {
		t.Errorf("target: events = %+v, want no COOPERATE", views(evs))
	}
}

// The tagger sometimes calls an irregular past form a noun ("struck/NN").
func TestOnlyVerbForms(t *testing.T) {
	c := coder(t)
	text := "Israeli jets struck targets in Gaza."
	evs := c.Code(&model.Article{Text: text}, pub, taggedSentence(text, []wordPOS{{"Israeli", "JJ"}, {"jets", "NNS"}, {"struck", "NN"},
		{"targets", "NNS"}, {"in", "IN"}, {"Gaza", "NNP"}, {".", "."}}))
	if !has(evs, ev{typ: "ASSAULT", src: "ISR", tgt: "PSE"}) {
		t.Errorf("events = %+v", views(evs))
	}
}

func TestPatternFilesLoad(t *testing.T) {
	ps, err := LoadPatterns()
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, p := range ps.All {
		types[p.Type] = true
	}
	for _, typ := range PLOVERTypes {
		if !types[typ] {
			t.Errorf("no pattern for PLOVER type %s", typ)
		}
	}
	tab, err := LoadCAMEO()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps.All {
		e, ok := tab.Lookup(p.CAMEO)
		if !ok {
			t.Errorf("%s: CAMEO %s not in table", p.Rule, p.CAMEO)
		}
		if e.QuadClass < 1 || e.QuadClass > 4 {
			t.Errorf("%s: bad quad class", p.Rule)
		}
	}
	if _, err := LoadPatterns("/nonexistent/dir"); err == nil {
		t.Error("missing user dir should be an error")
	}
}

func TestCAMEOTable(t *testing.T) {
	tab, err := LoadCAMEO()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code, plover string
		quad         int
		goldstein    float64
		mode         string
	}{
		{"042", "CONSULT", 1, 1.9, "visit"},
		// A killing has no PLOVER mode of its own; "beat" is 182's only.
		{"1823", "ASSAULT", 4, -9.5, ""},
		{"182", "ASSAULT", 4, -9.5, "beat"},
		{"1822", "ASSAULT", 4, -9.5, "torture"},
		{"1821", "ASSAULT", 4, -9.5, "sexual"},
		{"1833", "ASSAULT", 4, -10.0, "explosives"},
		{"195", "ASSAULT", 4, -10.0, "heavy-weapons"},
		{"163", "SANCTION", 4, -8.0, "sever"},
		{"0871", "RETREAT", 2, 9.0, "ceasefire"},
		{"010", "", 1, 0, ""},
		{"112", "ACCUSE", 3, -2.0, "disapprove"},
		{"1312", "THREATEN", 3, -5.8, "restrict"},
		{"1384", "THREATEN", 3, -7.0, "violence"},
	}
	for _, tt := range tests {
		e, ok := tab.Lookup(tt.code)
		if !ok || e.PLOVER != tt.plover || e.QuadClass != tt.quad || e.Goldstein != tt.goldstein || e.Mode != tt.mode {
			t.Errorf("Lookup(%s) = %+v, want %s quad %d goldstein %v mode %q", tt.code, e, tt.plover, tt.quad, tt.goldstein, tt.mode)
		}
	}
}

func TestVerbForms(t *testing.T) {
	for v, want := range map[string]string{"accuse": "accused", "ban": "banned", "deny": "denied", "meet": "met", "criticize": "criticizing", "attack": "attacks"} {
		found := false
		for _, f := range verbForms(v) {
			if f == want {
				found = true
			}
		}
		if !found {
			t.Errorf("verbForms(%s) lacks %s: %v", v, want, verbForms(v))
		}
	}
}

func TestNounForms(t *testing.T) {
	tests := []struct {
		noun string
		want []string
	}{
		{"deal", []string{"deal", "deals"}},
		{"memorandum", []string{"memorandum", "memorandums", "memoranda"}},
		{"ultimatum", []string{"ultimatum", "ultimatums", "ultimata"}},
		{"crisis", []string{"crisis", "crises"}},
		{"analysis", []string{"analysis", "analyses"}},
		{"talks", []string{"talks"}},
		{"sanctions", []string{"sanctions"}},
		{"casualty", []string{"casualty", "casualties"}},
		{"truce", []string{"truce", "truces"}},
	}
	for _, tt := range tests {
		if got := nounForms(tt.noun); !slices.Equal(got, tt.want) {
			t.Errorf("nounForms(%s) = %v, want %v", tt.noun, got, tt.want)
		}
	}
}

func TestStage(t *testing.T) {
	c := coder(t)
	doc := &model.Document{Published: pub, Article: &model.Article{Text: "Greece accused Albania of violating its airspace."}}
	if err := NewStage(c).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if !has(doc.Article.Events, ev{typ: "ACCUSE", src: "GRC", tgt: "ALB"}) {
		t.Errorf("events = %+v", doc.Article.Events)
	}
	if doc.Article.Events[0].ID == "" || doc.Article.Events[0].QuadClass != 3 {
		t.Errorf("id/quad missing: %+v", doc.Article.Events[0])
	}
}

func FuzzCode(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.txt")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Washington and Seoul held talks. North Korea did not attack South Korea's forces (KPA) on July 27.")
	f.Add("\"We will fight,\" he said, and vowed to -- retaliate against ( U.S.-led")
	// A pronoun subject after a long sentence and after a short one: its
	// antecedent stood where this sentence has other words, or none.
	f.Add("After a long flight from Nairobi on Sunday night, the officials of Kenya met Ghana. They recalled their envoys and would not return.")
	f.Add("Kenya met Ghana. On Monday, after talks in Accra that ran late into the night and did not end in a deal, it said it would not accept the offer, which Nigeria welcomed.")
	c := coder(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range code(t, c, s) {
			for _, v := range e.Evidence {
				if v.Start < 0 || v.End > len(s) || v.Start > v.End {
					t.Fatalf("bad evidence offsets %+v", v)
				}
			}
		}
	})
}

// benchText is written for the benchmark: wire-style sentences.
const benchText = `Turkish troops attacked Syrian positions on Tuesday, the defence ministry said.
Washington and Seoul will hold joint military exercises next month, officials said.
North Korea criticized the drills as a rehearsal for invasion.
Germany urged Iran to release the detained journalists without delay.
The French president's visit to Mali was cut short after protests in Bamako.
Pakistan threatened to close its border with Afghanistan if the attacks continued.
Talks between Ethiopia and Sudan resumed in Khartoum on Monday after a two-month pause.
Police arrested dozens of protesters outside parliament in Nairobi.`

// BenchmarkSplitCode times the coder alone, on the fallback splitter's
// untagged tokens; the production figure (nlp tagging included) is
// BenchmarkStages in internal/cli.
func BenchmarkSplitCode(b *testing.B) {
	c := coder(b)
	sents := len(segment.Sentences(benchText))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &model.Article{Text: benchText}
		c.Code(a, pub, segment.Sentences(a.Text))
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// The nlp stage's tokens (with tags) may differ from the fallback
// tokeniser's; hyphenated name pairs are split by the coder itself.
func TestUpstreamTokens(t *testing.T) {
	c := coder(t)
	text := "U.S.-South Korea drills will begin next month."
	a := &model.Article{Text: text}
	evs := c.Code(a, pub, taggedSentence(text, []wordPOS{{"U.S.-South", "NNP"}, {"Korea", "NNP"}, {"drills", "NNS"},
		{"will", "MD"}, {"begin", "VB"}, {"next", "JJ"}, {"month", "NN"}, {".", "."}}))
	if !has(evs, ev{typ: "COOPERATE", src: "USA", tgt: "KOR", date: "2021-08", modality: "planned"}) {
		t.Errorf("events = %+v", views(evs))
	}
}

// A tagger calls the first word of "ethnic cleansing" an adjective; the
// noun pattern still fires.
func TestAdjectiveLedNounPattern(t *testing.T) {
	c := coder(t)
	text := "Serbian forces carried out ethnic cleansing against Croats."
	a := &model.Article{Text: text}
	evs := c.Code(a, pub, taggedSentence(text, []wordPOS{{"Serbian", "JJ"}, {"forces", "NNS"}, {"carried", "VBD"}, {"out", "RP"},
		{"ethnic", "JJ"}, {"cleansing", "NN"}, {"against", "IN"}, {"Croats", "NNPS"}, {".", "."}}))
	if !has(evs, ev{typ: "ASSAULT", src: "SRB", tgt: "HRV"}) {
		t.Errorf("events = %+v", views(evs))
	}
}

type wordPOS struct{ w, pos string }

// taggedSentence makes the one-sentence input an upstream tagger would
// give: tokens with their offsets in text and POS tags.
func taggedSentence(text string, words []wordPOS) []model.Sentence {
	var toks []model.Token
	off := 0
	for _, w := range words {
		i := strings.Index(text[off:], w.w) + off
		toks = append(toks, model.Token{Text: w.w, Start: i, End: i + len(w.w), POS: w.pos})
		off = i + len(w.w)
	}
	return []model.Sentence{{Index: 0, Start: 0, End: len(text), Text: text, Tokens: toks}}
}

// views lists events in the short form the tests compare and print.
func views(evs []model.Event) []ev {
	var got []ev
	for _, e := range evs {
		got = append(got, view(e))
	}
	return got
}

// Articles written for these tests (testdata/*.txt): a wire story and a
// feature, published on Friday 30 July 2021.
func TestFixtureArticles(t *testing.T) {
	c := coder(t)
	tests := []struct {
		file string
		want []ev
		not  []ev
	}{
		{"wire.txt", []ev{
			{typ: "AGREE", src: "ETH", tgt: "SDN", date: "2021-07-29"},
			{typ: "ASSAULT", src: "ETH", tgt: "SDN", date: "2020"},
			{typ: "ACCUSE", src: "SDN", tgt: "ETH"},
			{typ: "REQUEST", src: "AFU", tgt: "SDN"},
		}, []ev{
			// "welcomed the move and urged Khartoum ...": welcomed has no object.
			{typ: "SUPPORT", src: "AFU", tgt: "SDN"},
		}},
		{"feature.txt", []ev{
			{typ: "CONCEDE", src: "KEN", tgt: "SOM", date: "2021-06"},
			{typ: "COERCE", src: "KEN", polarity: "negated"},
			{typ: "CONSULT", src: "SOM", tgt: "KEN", date: "2021-09", modality: "planned"},
		}, []ev{
			{typ: "COERCE", src: "KEN", polarity: "asserted"},
		}},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		evs := code(t, c, string(b))
		got := views(evs)
		for _, w := range tt.want {
			if !has(evs, w) {
				t.Errorf("%s: missing %+v in %+v", tt.file, w, got)
			}
		}
		for _, w := range tt.not {
			if has(evs, w) {
				t.Errorf("%s: unexpected %+v", tt.file, w)
			}
		}
	}
}

// Upstream entities may overlap each other or the coder's own matches, or
// point outside the sentence; none of that may break the coder.
func TestMessyEntities(t *testing.T) {
	c := coder(t)
	text := "Senior Hungarian and Romanian officials met Austrian envoys in Vienna."
	ents := []model.Entity{
		{Text: "Hungarian and Romanian", Type: "NORP", Start: 7, End: 29, Country: "HUN"},
		{Text: "Romanian officials", Type: "ORG", Start: 21, End: 39, ActorID: "doc:org:1"},
		{Text: "Austrian", Type: "NORP", Start: 44, End: 52, Country: "AUT"},
		{Text: "Austrian envoys", Type: "ORG", Start: 44, End: 59, ActorID: "doc:org:2"},
		{Text: "bogus", Type: "PER", Start: 500, End: 510, Country: "USA"},
	}
	a := &model.Article{Text: text, Entities: ents}
	evs := c.Code(a, pub, segment.Sentences(text))
	if !has(evs, ev{typ: "CONSULT", src: "HUN", tgt: "AUT"}) || !has(evs, ev{typ: "CONSULT", src: "ROU", tgt: "AUT"}) {
		t.Errorf("events = %+v", views(evs))
	}
}

// A country and that country's forces are different actors even when the
// resolver gives both the country's id.
func TestSameCountryDifferentSector(t *testing.T) {
	c := coder(t)
	text := "Algerian protesters clashed with Algerian police in Oran."
	ents := []model.Entity{
		{Text: "Algerian", Type: "NORP", Start: 0, End: 8, Country: "DZA", ActorID: "DZA"},
		{Text: "Algerian", Type: "NORP", Start: 33, End: 41, Country: "DZA", ActorID: "DZA"},
	}
	a := &model.Article{Text: text, Entities: ents}
	evs := c.Code(a, pub, segment.Sentences(text))
	if !has(evs, ev{typ: "ASSAULT", src: "DZA", tgt: "DZA"}) {
		t.Errorf("events = %+v", views(evs))
	}
}

// Events told in a participial adjunct or a subordinate clause are kept
// below the 0.5 confidence that separates the sentence's own events.
func TestBackgroundConfidence(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct{ text, typ string }{
		{"Chadian police dispersed the crowd, arresting two Sudanese traders.", "COERCE"},
		{"Chadian police dispersed the crowd on Monday, killing one and arresting two Sudanese traders.", "COERCE"},
		{"Kenya protested after Ugandan troops attacked a border post.", "ASSAULT"},
		// (An act in a "whether" clause nobody decides is no event at all:
		// see TestWhetherClause.)
		{"Kenya recalled its envoy because Somali troops attacked a border post.", "ASSAULT"},
		{"Ghana is opposed to Nigerian mediation in the border dispute with Togo.", "CONSULT"},
		{"Chile welcomed the Peruvian statement as proof of progress in its recent talks with Ecuador.", "CONSULT"},
	} {
		found := false
		for _, e := range code(t, c, tc.text) {
			if e.Type == tc.typ {
				found = true
				if e.Confidence >= 0.5 {
					t.Errorf("%q: %s confidence %.2f, want < 0.5", tc.text, e.Type, e.Confidence)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event", tc.text, tc.typ)
		}
	}
}

// A verb in the simple past is not dated by a future expression elsewhere
// in its clause: "signed ... to hold talks in August" dates the talks only.
func TestPastVerbNotDatedInFuture(t *testing.T) {
	c := coder(t)
	text := "Japan signed an accord with Vietnam and pledged to hold talks in August."
	aug := strings.Index(text, "August")
	a := &model.Article{Text: text, Dates: []model.TimeExpr{{Text: "August", Start: aug, End: aug + 6, Value: "2021-08",
		Precision: model.PrecisionMonth, Relation: "future"}}}
	evs := c.Code(a, pub, taggedSentence(text, []wordPOS{{"Japan", "NNP"}, {"signed", "VBD"}, {"an", "DT"}, {"accord", "NN"},
		{"with", "IN"}, {"Vietnam", "NNP"}, {"and", "CC"}, {"pledged", "VBD"}, {"to", "TO"}, {"hold", "VB"}, {"talks", "NNS"},
		{"in", "IN"}, {"August", "NNP"}, {".", "."}}))
	for _, e := range evs {
		if e.Evidence[0].Trigger == "signed" && e.Date == "2021-08" {
			t.Errorf("the signing is dated in the future: %+v", view(e))
		}
	}
	signed := false
	for _, e := range evs {
		signed = signed || strings.HasPrefix(e.Evidence[0].Trigger, "signed")
	}
	if !signed {
		t.Errorf("no event for 'signed': %+v", views(evs))
	}
}

// A participle with no auxiliary is read as a past verb for dating ("Kihara,
// met in Seoul" is often tagged VBN); one governed by "to be" is not.
func TestPastVerb(t *testing.T) {
	mk := func(ws ...wordPOS) []tok {
		var ts []tok
		for _, w := range ws {
			ts = append(ts, tok{text: w.w, low: strings.ToLower(w.w), pos: w.pos})
		}
		return ts
	}
	tests := []struct {
		toks []tok
		i    int
		want bool
	}{
		{mk(wordPOS{"Abe", "NNP"}, wordPOS{",", ","}, wordPOS{"met", "VBN"}), 2, true},
		{mk(wordPOS{"They", "PRP"}, wordPOS{"met", "VBD"}), 1, true},
		{mk(wordPOS{"It", "PRP"}, wordPOS{"was", "VBD"}, wordPOS{"held", "VBN"}), 2, true},
		{mk(wordPOS{"to", "TO"}, wordPOS{"be", "VB"}, wordPOS{"held", "VBN"}), 2, false},
		{mk(wordPOS{"will", "MD"}, wordPOS{"be", "VB"}, wordPOS{"signed", "VBN"}), 2, false},
		{mk(wordPOS{"They", "PRP"}, wordPOS{"meet", "VBP"}), 1, false},
	}
	for _, tt := range tests {
		if got := pastVerb(tt.toks, tt.i); got != tt.want {
			t.Errorf("pastVerb(%v, %d) = %v, want %v", tt.toks, tt.i, got, tt.want)
		}
	}
}

// Reporters spoken to are not participants: "told reporters after the
// meeting" yields no event with reporters as a party.
func TestAudienceIsNotAnActor(t *testing.T) {
	c := coder(t)
	evs := code(t, c, "South Korean Defense Minister Shin Won-sik met his Japanese counterpart in Seoul on Thursday.\n\n"+
		"\"We have turned a page,\" Shin told reporters after the meeting.")
	for _, e := range evs {
		for _, p := range append(append([]model.EventActor{}, e.Source...), e.Target...) {
			if strings.Contains(strings.ToLower(p.Text), "reporters") {
				t.Errorf("reporters as a party: %+v", view(e))
			}
		}
	}
}

// A capital that resolve linked to its country's government ("Moscow said")
// stands for the government: it acts on no unnamed target of its own
// country, as the country itself would not.
func TestResolvedCapitalNoSelfTarget(t *testing.T) {
	c := coder(t)
	text := "Moscow vowed to retaliate against any new sanctions."
	a := &model.Article{Text: text, Entities: []model.Entity{{Text: "Moscow", Type: model.EntityGPE, Start: 0, End: 6,
		ActorID: "RUS", Country: "RUS", Sector: "government"}}}
	evs := c.Code(a, pub, segment.Sentences(text))
	if !has(evs, ev{typ: "THREATEN", src: "RUS", tgt: ""}) || has(evs, ev{typ: "THREATEN", src: "RUS", tgt: "RUS"}) {
		t.Errorf("events %v, want THREATEN RUS with no target", evs)
	}
}

// An -ing noun that modifies the noun after it names no event: "the
// fighting will of the army" is its resolve, not a fight. A head that names
// an operation keeps it ("a bombing campaign"), and "will" before a verb is
// the modal ("Kenya's fighting will end").
func TestIngNounModifierIsNoEvent(t *testing.T) {
	c := coder(t)
	for _, text := range []string{
		"North Korea stressed the fighting will of the KPA on Monday.",
		"South Korea doubted the fighting capacity of the North Korean army.",
		"Pyongyang hailed the fighting spirit of its soldiers.",
	} {
		for _, e := range code(t, c, text) {
			if e.Type == "ASSAULT" {
				t.Errorf("%q: unexpected %+v", text, view(e))
			}
		}
	}
	tagged := "North Korea stressed the fighting will of the KPA."
	a := &model.Article{Text: tagged}
	for _, e := range c.Code(a, pub, taggedSentence(tagged, []wordPOS{{"North", "NNP"}, {"Korea", "NNP"}, {"stressed", "VBD"}, {"the", "DT"},
		{"fighting", "NN"}, {"will", "MD"}, {"of", "IN"}, {"the", "DT"}, {"KPA", "NNP"}, {".", "."}})) {
		if e.Type == "ASSAULT" {
			t.Errorf("tagged: unexpected %+v", view(e))
		}
	}
	for _, tt := range []struct {
		text string
		want ev
	}{
		{"Kenya's fighting will end soon, Nairobi said.", ev{typ: "ASSAULT", src: "KEN"}},
		{"The United States began a bombing campaign against Islamic State.", ev{typ: "ASSAULT", src: "USA"}},
	} {
		if evs := code(t, c, tt.text); !has(evs, tt.want) {
			t.Errorf("%q: missing %+v in %+v", tt.text, tt.want, views(evs))
		}
	}
}

// National sides meeting or beating each other at sport do nothing
// political; people at a match, or a host of talks, still act.
func TestSportsFixtureIsNoEvent(t *testing.T) {
	c := coder(t)
	for _, text := range []string{
		"Brazil will host Germany in a friendly on Sunday.",
		"Japan hosted South Korea in a World Cup qualifier on Tuesday.",
		"Nigeria will meet Ghana in the semifinal.",
		"Spain attacked Italy 3-0 in Madrid.",
		"India will host Pakistan for a Test series next year.",
	} {
		if evs := code(t, c, text); len(evs) > 0 {
			t.Errorf("%q: unexpected %+v", text, views(evs))
		}
	}
	for _, tt := range []struct {
		text string
		want ev
	}{
		{"Police attacked fans outside the stadium in Lagos.", ev{typ: "ASSAULT", src: "NGA", tgt: "NGA"}},
		{"Brazil will host Argentina for talks on Sunday.", ev{typ: "AGREE", src: "BRA", tgt: "ARG"}},
		{"China hosted a friendly visit by Vietnamese officials.", ev{typ: "CONSULT", src: "CHN", tgt: "VNM"}},
	} {
		if evs := code(t, c, tt.text); !has(evs, tt.want) {
			t.Errorf("%q: missing %+v in %+v", tt.text, tt.want, views(evs))
		}
	}
}

// A national team (the resolver's sports sector) does nothing political,
// whatever the verb; the same names as states still act.
func TestNationalTeamsAreNoActors(t *testing.T) {
	c := coder(t)
	text := "Sweden accused South Korea of wasting time."
	ents := func(sector string) []model.Entity {
		var es []model.Entity
		for _, n := range []struct{ name, id, cc string }{{"Sweden", "SWE", "SWE"}, {"South Korea", "KOR", "KOR"}} {
			i := strings.Index(text, n.name)
			e := model.Entity{Text: n.name, Type: model.EntityGPE, Start: i, End: i + len(n.name), ActorID: n.id, Country: n.cc}
			if sector != "" {
				e.Type, e.ActorID, e.Sector = model.EntityOrg, "doc:team:"+n.cc, sector
			}
			es = append(es, e)
		}
		return es
	}
	a := &model.Article{Text: text, Entities: ents(kb.SectorSports)}
	if evs := c.Code(a, pub, segment.Sentences(text)); len(evs) > 0 {
		t.Errorf("teams: unexpected %+v", views(evs))
	}
	a = &model.Article{Text: text, Entities: ents("")}
	if evs := c.Code(a, pub, segment.Sentences(text)); !has(evs, ev{typ: "ACCUSE", src: "SWE", tgt: "KOR"}) {
		t.Errorf("states: missing ACCUSE SWE KOR in %+v", views(evs))
	}
	// "The England": the article before the team's name makes no longer
	// name of the place.
	text = "The England striker rejected the offer."
	a = &model.Article{Text: text, Entities: []model.Entity{{Text: "England", Type: model.EntityOrg, Start: 4, End: 11,
		ActorID: "doc:team:GBR:england", Country: "GBR", Sector: kb.SectorSports}}}
	if evs := c.Code(a, pub, segment.Sentences(text)); len(evs) > 0 {
		t.Errorf("%q: unexpected %+v", text, views(evs))
	}
}

// entAt is an upstream entity for the first occurrence of sub in text.
func entAt(t *testing.T, text, sub, typ, actorID, country string) model.Entity {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return model.Entity{Text: sub, Type: typ, Start: i, End: i + len(sub), ActorID: actorID, Country: country}
}

// A person the knowledge base does not know takes no country from the
// event's own object ("rejected the Chinese proposal"); an actor within the
// country named ("Ugandan opposition candidates") keeps the domestic reading.
func TestBorrowedCountryNotFromObject(t *testing.T) {
	c := coder(t)
	for _, tt := range []struct {
		text, person string
		want, not    ev
	}{
		{"Abe rejected the Chinese proposal on Monday.", "Abe",
			ev{typ: "REJECT", src: "", tgt: "CHN"}, ev{typ: "REJECT", src: "CHN", tgt: "CHN"}},
		{"Ms. Okafor criticised the French embassy on Tuesday.", "Okafor",
			ev{typ: "ACCUSE", src: "", tgt: "FRA"}, ev{typ: "ACCUSE", src: "FRA", tgt: "FRA"}},
		{"Kowalczyk condemned Germany after the vote.", "Kowalczyk",
			ev{typ: "ACCUSE", src: "", tgt: "DEU"}, ev{typ: "ACCUSE", src: "DEU", tgt: "DEU"}},
		{"President Okello banned Ugandan opposition candidates from the vote.", "Okello",
			ev{typ: "COERCE", src: "UGA", tgt: "UGA"}, ev{typ: "COERCE", src: "", tgt: "UGA"}},
		{"Governor Mbeki extended the curfew in Nairobi on Sunday.", "Mbeki",
			ev{typ: "COERCE", src: "KEN", tgt: "KEN"}, ev{typ: "COERCE", src: "", tgt: "KEN"}},
	} {
		ents := []model.Entity{entAt(t, tt.text, tt.person, model.EntityPerson, "doc:person:"+strings.ToLower(tt.person), "")}
		a := &model.Article{Text: tt.text, Entities: ents}
		evs := c.Code(a, pub, segment.Sentences(tt.text))
		if !has(evs, tt.want) || has(evs, tt.not) {
			t.Errorf("%q: events %+v, want %+v and not %+v", tt.text, views(evs), tt.want, tt.not)
		}
	}
}

// A plan named as the object of an event is the thing acted on, not a plan
// to act: the event is no less actual for it.
func TestPlanObjectIsNoModalityCue(t *testing.T) {
	c := coder(t)
	for _, tt := range []struct {
		text string
		want ev
	}{
		{"Japan voiced criticism of the Chinese plan.", ev{typ: "ACCUSE", src: "JPN", tgt: "CHN", modality: "actual"}},
		{"Japan criticised the Chinese plan on Monday.", ev{typ: "ACCUSE", src: "JPN", tgt: "CHN", date: "2021-07-26", modality: "actual"}},
		{"Japan voiced criticism of Chinese plans on Monday.", ev{typ: "ACCUSE", src: "JPN", tgt: "CHN", modality: "actual"}},
		{"The Chinese plan drew criticism from Japan.", ev{typ: "ACCUSE", src: "JPN", tgt: "CHN", modality: "actual"}},
		{"Japan will criticise the Chinese plan.", ev{typ: "ACCUSE", src: "JPN", tgt: "CHN", modality: "planned"}},
		{"China plans to hold talks with India.", ev{typ: "AGREE", src: "CHN", tgt: "IND", modality: "planned"}},
	} {
		if evs := code(t, c, tt.text); !has(evs, tt.want) {
			t.Errorf("%q: missing %+v in %+v", tt.text, tt.want, views(evs))
		}
	}
}

// "Object to" is a rejection (CAMEO 120, as the CAMEO verb dictionary codes
// "object"); concern voiced or expressed about or over what another did is
// disapproval (CAMEO 110), with the target after either preposition.
func TestObjectionAndConcern(t *testing.T) {
	c := coder(t)
	for _, tt := range []struct {
		text, cameo string
		want        ev
	}{
		{"Seoul objected to the deployment of American missiles.", "120", ev{typ: "REJECT", src: "KOR", tgt: "USA"}},
		{"Brazil objects to Argentina's tariff plan.", "120", ev{typ: "REJECT", src: "BRA", tgt: "ARG"}},
		{"Norway raised objections to the Danish proposal.", "120", ev{typ: "REJECT", src: "NOR", tgt: "DNK"}},
		{"India voiced concern over the Pakistani troop buildup.", "110", ev{typ: "ACCUSE", src: "IND", tgt: "PAK"}},
		{"Kenya expressed deep concern over the arrests in Uganda.", "110", ev{typ: "ACCUSE", src: "KEN", tgt: "UGA"}},
		{"Japan voiced concerns about North Korean missile launches.", "110", ev{typ: "ACCUSE", src: "JPN", tgt: "PRK"}},
	} {
		evs := code(t, c, tt.text)
		found := false
		for _, e := range evs {
			if v := view(e); v.typ == tt.want.typ && v.src == tt.want.src && v.tgt == tt.want.tgt && e.CAMEO == tt.cameo {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: missing %+v (CAMEO %s) in %+v", tt.text, tt.want, tt.cameo, views(evs))
		}
	}
}

func TestPrepMatch(t *testing.T) {
	for _, tt := range []struct {
		spec, w string
		want    bool
	}{
		{"about", "about", true}, {"about|over", "over", true}, {"about|over", "about", true},
		{"about|over", "of", false}, {"", "", false}, {"", "about", false}, {"about", "", false},
	} {
		if got := prepMatch(tt.spec, tt.w); got != tt.want {
			t.Errorf("prepMatch(%q, %q) = %v", tt.spec, tt.w, got)
		}
	}
}

// An actor the subject is compared with ("like X", "unlike X", set off by
// commas) is not the subject, and the comparison is no subordinate clause.
func TestComparisonIsNotTheSubject(t *testing.T) {
	c := coder(t)
	for _, tt := range []struct {
		text      string
		want, not ev
	}{
		{"Brazil, like Argentina, rejected the offer.", ev{typ: "REJECT", src: "BRA"}, ev{typ: "REJECT", src: "ARG"}},
		{"Brazil, like Argentina before it, rejected the offer.", ev{typ: "REJECT", src: "BRA"}, ev{typ: "REJECT", src: "ARG"}},
		{"Chile, unlike Peru after the vote, accepted the offer.", ev{typ: "AGREE", src: "CHL"}, ev{typ: "AGREE", src: "PER"}},
	} {
		evs := code(t, c, tt.text)
		ok := false
		for _, e := range evs {
			if v := view(e); v.typ == tt.want.typ && v.src == tt.want.src && e.Confidence >= 0.5 {
				ok = true
			}
		}
		if !ok || has(evs, tt.not) {
			t.Errorf("%q: events %+v, want %+v (main clause) and not %+v", tt.text, views(evs), tt.want, tt.not)
		}
	}
}

// The Soviet Union is a state of the knowledge base (CAMEO USR), named in
// history told today.
func TestSovietUnion(t *testing.T) {
	c := coder(t)
	for _, tt := range []struct {
		text string
		want ev
	}{
		{"The Soviet Union invaded Afghanistan in 1979.", ev{typ: "ASSAULT", src: "USR", tgt: "AFG", date: "1979"}},
		{"In 1971 the USSR signed a friendship treaty with India.", ev{typ: "SUPPORT", src: "USR", tgt: "IND"}},
	} {
		if evs := code(t, c, tt.text); !has(evs, tt.want) {
			t.Errorf("%q: missing %+v in %+v", tt.text, tt.want, views(evs))
		}
	}
}

// In an article that reads as a sports report, sides hosting, meeting or
// beating each other play a match even where the sentence names none; an
// invasion, or leaders meeting, stays political there, and outside sports
// reports hosting stays a meeting.
func TestSportsReportMatchesAreNoEvents(t *testing.T) {
	c := coder(t)
	codeIn := func(text string, sports bool) []model.Event {
		a := &model.Article{Text: text, Sports: sports}
		return c.Code(a, pub, segment.Sentences(text))
	}
	for _, text := range []string{
		"France will host Brazil at the Stade de France on Saturday.",
		"Germany beat Spain in Munich on Sunday.",
		"Spain meet Italy next week.",
	} {
		if evs := codeIn(text, true); len(evs) > 0 {
			t.Errorf("%q in a sports report: unexpected %+v", text, views(evs))
		}
	}
	for _, tt := range []struct {
		text   string
		sports bool
		want   ev
	}{
		{"Russia invaded Ukraine in 2014.", true, ev{typ: "ASSAULT", src: "RUS", tgt: "UKR"}},
		{"President Emmanuel Macron will meet the Brazilian president at the stadium.", true, ev{typ: "AGREE", src: "FRA", tgt: "BRA"}},
		{"France will host Brazil at the Elysee on Saturday.", false, ev{typ: "AGREE", src: "FRA", tgt: "BRA"}},
	} {
		if evs := codeIn(tt.text, tt.sports); !has(evs, tt.want) {
			t.Errorf("%q (sports %v): missing %+v in %+v", tt.text, tt.sports, tt.want, views(evs))
		}
	}
}

// A national team the resolver found is a side too: hosting it in a sports
// report is a match.
func TestSportsReportHostingATeam(t *testing.T) {
	c := coder(t)
	text := "France will host Brazil at the Stade de France on Saturday."
	e := entAt(t, text, "Brazil", model.EntityOrg, "doc:team:BRA", "BRA")
	e.Sector = kb.SectorSports
	a := &model.Article{Text: text, Sports: true, Entities: []model.Entity{e}}
	if evs := c.Code(a, pub, segment.Sentences(text)); len(evs) > 0 {
		t.Errorf("unexpected %+v", views(evs))
	}
}

// Without the timex stage's dates the coder reads them as the stage does,
// with the sentences before: a story's year dates its yearless days, and
// "the following day" counts from the day before it.
func TestDatesWithoutStageTakeContext(t *testing.T) {
	c := coder(t)
	text := "Peru and Ecuador signed a border accord in 1998. On October 27 Peru accused Ecuador of moving troops to the frontier. The following day Ecuador rejected the charge."
	evs := code(t, c, text)
	for _, want := range []ev{{typ: "ACCUSE", src: "PER", tgt: "ECU", date: "1998-10-27"}, {typ: "REJECT", src: "ECU", date: "1998-10-28"}} {
		if !has(evs, want) {
			t.Errorf("want %+v in %+v", want, views(evs))
		}
	}
}

// A year modifying the noun of a phrase that says when the clause happened
// dates the event; a year modifying its object does not.
func TestAttributiveYearInTimePhrase(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		text string
		want ev
	}{
		{"Kim Jong Un met Donald Trump in Singapore in the 2018 summit.", ev{typ: "CONSULT", src: "PRK", tgt: "USA", date: "2018"}},
		{"Police clashed with protesters in Hong Kong during the 2019 protests.", ev{typ: "ASSAULT", src: "HKG", tgt: "HKG", date: "2019"}},
	} {
		evs := code(t, c, tc.text)
		if !has(evs, tc.want) {
			t.Errorf("%q: want %+v in %+v", tc.text, tc.want, views(evs))
		}
	}
	// "the 2020 election" is what was disputed, not when.
	evs := code(t, c, "Kenya accused Uganda of meddling in the 2020 election.")
	for _, e := range evs {
		if e.Date == "2020" {
			t.Errorf("the election's year dates the accusation: %+v", views(evs))
		}
	}
}

// An event in a clause opening "N years (days) after", right after a date,
// is dated that long before it; the main clause keeps the date.
func TestShiftedDate(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		text, date, value, precision string
		want                         map[string]string // trigger prefix -> date
	}{
		{"Kenya and Somalia restored ties in 2022, two years after they severed relations.", "2022", "2022", model.PrecisionYear,
			map[string]string{"restored": "2022", "severed": "2020"}},
		{"China and Japan signed a trade deal on March 3, 2021, ten days after they resumed talks.", "March 3, 2021", "2021-03-03", model.PrecisionDay,
			map[string]string{"signed": "2021-03-03", "resumed": "2021-02-21"}},
		{"Kenya and Somalia restored ties in 2022, two months after they severed relations.", "2022", "2022", model.PrecisionYear,
			map[string]string{"severed": "2022"}},
		// The date inside the main clause, the shifted clause appended
		// after the object: still measured from that date.
		{"Russia on March 3, 2021 banned 25 British officials from entering the country, a day after Britain sanctioned Russian prison officials.",
			"March 3, 2021", "2021-03-03", model.PrecisionDay,
			map[string]string{"banned": "2021-03-03", "sanctioned": "2021-03-02"}},
		{"Hungary on March 3, 2021 expelled two Czech diplomats, just a week before the Czech Republic sanctioned Hungarian officials.",
			"March 3, 2021", "2021-03-03", model.PrecisionDay,
			map[string]string{"expelled": "2021-03-03", "sanctioned": "2021-03-10"}},
		// A bare "after" clause tells what came before the main clause's
		// date: not that date, and none when it names none of its own.
		{"Kenya recalled its ambassador to Uganda on March 3, 2021 after a Kenyan border guard was shot dead by Ugandan soldiers.",
			"March 3, 2021", "2021-03-03", model.PrecisionDay,
			map[string]string{"recalled": "2021-03-03", "shot": ""}},
		{"Kenya recalled its ambassador to Uganda on March 3, 2021 following the shooting of a Kenyan border guard by Ugandan soldiers, who fired on a patrol.",
			"March 3, 2021", "2021-03-03", model.PrecisionDay,
			map[string]string{"recalled": "2021-03-03", "fired": "2021-03-03"}},
		// Hours after: the same day as far as the text tells.
		{"Kenya recalled its ambassador to Uganda on March 3, 2021, hours after Ugandan soldiers shot dead a Kenyan border guard.",
			"March 3, 2021", "2021-03-03", model.PrecisionDay,
			map[string]string{"recalled": "2021-03-03", "shot": "2021-03-03"}},
		// A clause between the phrase and the event: the event is not in
		// the shifted clause.
		{"Russia on March 3, 2021 banned British officials, a day after the vote, and Britain sanctioned Russian prison officials.",
			"March 3, 2021", "2021-03-03", model.PrecisionDay,
			map[string]string{"sanctioned": "2021-03-03"}},
	} {
		at := strings.Index(tc.text, tc.date)
		a := &model.Article{Text: tc.text, Dates: []model.TimeExpr{{Text: tc.date, Start: at, End: at + len(tc.date), Value: tc.value,
			Precision: tc.precision, Relation: "past"}}}
		evs := c.Code(a, pub, segment.Sentences(tc.text))
		for trig, want := range tc.want {
			found := false
			for _, e := range evs {
				if strings.HasPrefix(e.Evidence[0].Trigger, trig) {
					found = true
					if e.Date != want {
						t.Errorf("%q: %s dated %s, want %s", tc.text, trig, e.Date, want)
					}
				}
			}
			if !found {
				t.Errorf("%q: no event for %q: %+v", tc.text, trig, views(evs))
			}
		}
	}
}

// A hypothetical event takes no date from a clause after "but" or ";";
// a date in its own clause still dates it.
func TestHypotheticalNotDatedAcrossContrast(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		text, trig string
		dated      bool
	}{
		{"Russia may attack Ukraine but did meet Turkish officials on July 26.", "attack", false},
		{"Russia may attack Ukraine but did meet Turkish officials on July 26.", "meet", true},
		{"Russia could attack Ukraine; Turkish officials met on July 26.", "attack", false},
		{"Russia may attack Ukraine on July 26.", "attack", true},
	} {
		date := "July 26"
		at := strings.Index(tc.text, date)
		a := &model.Article{Text: tc.text, Dates: []model.TimeExpr{{Text: date, Start: at, End: at + len(date), Value: "2021-07-26",
			Precision: model.PrecisionDay, Relation: "past"}}}
		evs := c.Code(a, pub, segment.Sentences(tc.text))
		found := false
		for _, e := range evs {
			if !strings.HasPrefix(e.Evidence[0].Trigger, tc.trig) {
				continue
			}
			found = true
			if got := e.Date == "2021-07-26"; got != tc.dated {
				t.Errorf("%q: %s dated %q, want dated by July 26: %v", tc.text, tc.trig, e.Date, tc.dated)
			}
		}
		if !found {
			t.Errorf("%q: no event for %q: %+v", tc.text, tc.trig, views(evs))
		}
	}
}

// A clock time dates its event to its day: events are filed by day, and
// the time stays in the article's dates. (The times stand outside the
// "of" complement: a date inside it would date the act charged, not the
// accusation.)
func TestClockTimeDatesEventToItsDay(t *testing.T) {
	c := coder(t)
	for _, text := range []string{
		"At 3 p.m. local time on Tuesday, Peru accused Ecuador of moving troops.",
		"Peru accused Ecuador on Tuesday at 14:30 GMT of moving troops.",
		"On Tuesday, Peru accused Ecuador of moving troops shortly before midnight.",
	} {
		evs := code(t, c, text)
		if !has(evs, ev{typ: "ACCUSE", src: "PER", tgt: "ECU", date: "2021-07-27"}) {
			t.Errorf("%q: want ACCUSE PER ECU 2021-07-27 in %+v", text, views(evs))
		}
		for _, e := range evs {
			if e.Precision != model.PrecisionDay && e.Date != "" {
				t.Errorf("%q: event dated %s at %s", text, e.Date, e.Precision)
			}
		}
	}
}

// A ", when" or ", as" clause after a date is set at that date, even when
// the date stands in an "until" or "after" phrase of the clause before,
// and not at a date carried from an earlier sentence; a date of the
// clause's own still wins.
func TestWhenClauseDatedByItsDate(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		text string
		want ev
	}{
		{"Ties froze in 2015. The feud lasted until June 2018, when Peru agreed to reopen the border with Chile.",
			ev{typ: "AGREE", src: "PER", date: "2018-06"}},
		{"The talks stalled after the vote in May 2019, when Peru accused Ecuador of fraud.",
			ev{typ: "ACCUSE", src: "PER", tgt: "ECU", date: "2019-05"}},
		{"Relations soured in 2017, as Peru expelled the Chilean ambassador.",
			ev{typ: "SANCTION", src: "PER", date: "2017"}},
		{"The dispute ran until 2018, when Peru accused Ecuador of fraud on July 3, 2018.",
			ev{typ: "ACCUSE", src: "PER", tgt: "ECU", date: "2018-07-03"}},
	} {
		evs := c.Code(&model.Article{Text: tc.text}, pub, segment.Sentences(tc.text))
		found := false
		for _, e := range evs {
			v := view(e)
			if v.typ != tc.want.typ || !strings.HasPrefix(v.src, tc.want.src) {
				continue
			}
			found = true
			if v.date != tc.want.date {
				t.Errorf("%q: %s dated %q, want %q", tc.text, v.typ, v.date, tc.want.date)
			}
		}
		if !found {
			t.Errorf("%q: no %s event: %+v", tc.text, tc.want.typ, views(evs))
		}
	}
}

// A role followed by a person's name in apposition ("his Japanese
// counterpart, Minoru Kihara,") is that person; a name that opens a list
// ("the envoy, Kihara and two aides") is no apposition.
func TestRoleInAppositionIsThePerson(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		text, typ string
		person    bool
	}{
		{"Peru's defence minister and his Japanese counterpart, Minoru Kihara, held talks in Lima on Monday.", "CONSULT", true},
		{"The Japanese defence minister, Minoru Kihara, criticized Peru on Monday.", "ACCUSE", true},
		{"Peru's defence minister met his Japanese counterpart, Minoru Kihara, on Monday.", "CONSULT", true},
		{"Peru's defence minister and his Japanese counterpart held talks in Lima on Monday.", "CONSULT", false},
	} {
		evs := code(t, c, tc.text)
		found := false
		for _, e := range evs {
			if e.Type != tc.typ {
				continue
			}
			for _, a := range append(append([]model.EventActor{}, e.Source...), e.Target...) {
				if a.Country != "JPN" {
					continue
				}
				found = true
				if got := strings.Contains(a.ActorID, "person:"); got != tc.person {
					t.Errorf("%q: Japanese party %+v, want a person: %v", tc.text, a, tc.person)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event with a Japanese party: %+v", tc.text, tc.typ, views(evs))
		}
	}
}

// "the first summit since 2019" bounds what the event is the first of; the
// event is not dated by the bound. A "since" that spans the act itself
// ("has held since 2019") still dates it.
func TestComparedSinceNotTheEventDate(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		text, trig string
		dated      bool
	}{
		{"Kenyan and Ethiopian leaders met in Nairobi, the first summit between the two neighbours since 2019.", "met", false},
		{"Rebels attacked the town of Kidal, the deadliest assault on the north since 2019.", "attacked", false},
		{"The ceasefire between Kenya and Ethiopia has held since 2019.", "ceasefire", true},
		{"Kenya and Ethiopia have held talks every year since 2019.", "held", true},
	} {
		date := "2019"
		at := strings.Index(tc.text, date)
		a := &model.Article{Text: tc.text, Dates: []model.TimeExpr{{Text: date, Start: at, End: at + len(date), Value: "2019",
			Precision: model.PrecisionYear, Relation: "past", EndValue: pub.Format("2006-01-02")}}}
		evs := c.Code(a, pub, segment.Sentences(tc.text))
		found := false
		for _, e := range evs {
			if !strings.HasPrefix(e.Evidence[0].Trigger, tc.trig) {
				continue
			}
			found = true
			if got := e.Date == "2019"; got != tc.dated {
				t.Errorf("%q: %s dated %q, want dated by 2019: %v", tc.text, tc.trig, e.Date, tc.dated)
			}
		}
		if !found {
			t.Errorf("%q: no event for %q: %+v", tc.text, tc.trig, views(evs))
		}
	}
}
