package resolve

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// resolveSentences resolves text as resolveTagged does, with the text
// split into sentences after each ". " and every entity given its
// sentence, for rules that count sentences back.
func resolveSentences(t *testing.T, s *Stage, text string, ents [][2]string) *model.Article {
	t.Helper()
	art := article(text, "2024-05-01")
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end += start + 1
		}
		art.Sentences = append(art.Sentences, model.Sentence{Index: len(art.Sentences), Start: start, End: end, Text: text[start:end]})
		start = end + 1
	}
	from := 0
	for _, e := range ents {
		ent := entity(art, e[0], e[1], from)
		from = ent.End
		for _, sn := range art.Sentences {
			if ent.Start >= sn.Start && ent.Start < sn.End {
				ent.Sentence = sn.Index
			}
		}
		art.Entities = append(art.Entities, ent)
	}
	if err := s.Process(context.Background(), &model.Document{Article: art}); err != nil {
		t.Fatal(err)
	}
	return art
}

// TestDeputyAndNationalSpeakers: a capitalised "Speaker" before a name is a
// legislature's presiding officer (TestIncomingAndSpeakerTitles); so is the
// deputy's title, and a country's name or demonym before either says whose
// legislature it is. A billing ("Guest Speaker", "Assistant Speaker"), an
// organisation's or a city's word before it, and a lower-case speaker stay
// no office.
func TestDeputyAndNationalSpeakers(t *testing.T) {
	s := newStage(t)
	const kenya = "NAIROBI, Kenya (AP) — "
	dl := [][2]string{{"NAIROBI", "GPE"}, {"Kenya", "GPE"}, {"AP", "ORG"}}
	with := func(more ...[2]string) [][2]string { return append(append([][2]string{}, dl...), more...) }
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		person     string // the last entity's actor/country/sector
	}{
		{"Deputy Speaker under a dateline", kenya + "Deputy Speaker Jane Wambui criticised the budget.",
			with([2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/legislature"},
		{"Vice Speaker under a dateline", kenya + "Vice Speaker Jane Wambui adjourned the sitting.",
			with([2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/legislature"},
		{"the Deputy Speaker", kenya + "The Deputy Speaker Jane Wambui adjourned the sitting.",
			with([2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/legislature"},
		{"a demonym before Speaker", kenya + "Kenyan Speaker Moses Otieno rejected the motion.",
			with([2]string{"Kenyan", "NORP"}, [2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno/KEN/legislature"},
		{"another country's demonym before Deputy Speaker", kenya + "Ugandan Deputy Speaker Ruth Ama arrived for talks.",
			with([2]string{"Ugandan", "NORP"}, [2]string{"Ruth Ama", "PER"}), "doc:person:ruth_ama/UGA/legislature"},
		{"a country's possessive before Speaker", kenya + "Uganda's Speaker Ruth Ama arrived for talks.",
			with([2]string{"Uganda", "GPE"}, [2]string{"Ruth Ama", "PER"}), "doc:person:ruth_ama/UGA/legislature"},
		{"a demonym without a dateline", "Ghanaian Speaker Kofi Mensah opened the session.",
			[][2]string{{"Ghanaian", "NORP"}, {"Kofi Mensah", "PER"}}, "doc:person:kofi_mensah/GHA/legislature"},
		{"a demonym before Deputy Speaker", kenya + "Kenyan Deputy Speaker Jane Wambui accused Uganda of theft.",
			with([2]string{"Kenyan", "NORP"}, [2]string{"Jane Wambui", "PER"}, [2]string{"Uganda", "GPE"}), "UGA/UGA/"},
		{"a chamber before Deputy Speaker", kenya + "National Assembly Deputy Speaker Jane Wambui criticised the budget.",
			with([2]string{"National Assembly", "ORG"}, [2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/legislature"},
		{"Parliament before Vice Speaker", kenya + "Parliament Vice Speaker Jane Wambui criticised the budget.",
			with([2]string{"Parliament", "ORG"}, [2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/legislature"},
		{"the Deputy Speaker in apposition", kenya + "Jane Wambui, the Deputy Speaker, criticised the budget.",
			with([2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/legislature"},
		{"a lower-case deputy in apposition stays the government's", kenya + "Jane Wambui, the deputy, criticised the budget.",
			with([2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/government"},
		{"Assistant Speaker is no deputy", kenya + "Assistant Speaker Moses Otieno told the conference to act.",
			with([2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno//"},
		{"a billing before Deputy stays a billing", kenya + "Guest Speaker Moses Otieno told the conference to act.",
			with([2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno//"},
		{"an organisation before Speaker is a billing", kenya + "Rotary Speaker Moses Otieno told the club to act.",
			with([2]string{"Rotary", "ORG"}, [2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno//"},
		// Unlike "speaker", "deputy speaker" is said of no one but the
		// chamber's officer, in lower case too (roles.tsv).
		{"a lower-case deputy speaker is the legislature's", kenya + "The deputy speaker Moses Otieno told the rally to disperse.",
			with([2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno/KEN/legislature"},
		{"a lower-case deputy speaker in apposition", kenya + "Jane Wambui, the deputy speaker of parliament, criticised the budget.",
			with([2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/legislature"},
		{"the speaker of parliament in apposition", kenya + "Jane Wambui, the speaker of parliament, criticised the budget.",
			with([2]string{"Jane Wambui", "PER"}), "doc:person:jane_wambui/KEN/legislature"},
		{"a lower-case speaker stays nothing", kenya + "The speaker Moses Otieno told the rally to disperse.",
			with([2]string{"Moses Otieno", "PER"}), "doc:person:moses_otieno//"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-01", c.ents)
			got := actorKeys(art)
			if c.name == "a demonym before Deputy Speaker" {
				// The person is the entity before the country; "Deputy"
				// is no deputy of the government.
				if p := got[len(got)-2]; p != "doc:person:jane_wambui/KEN/legislature" {
					t.Errorf("person: got %s", p)
				}
				for _, e := range art.Entities {
					if e.Text == "Deputy" {
						t.Errorf("role %q: %s", e.Text, e.ActorID)
					}
				}
				return
			}
			if len(got) == 0 || got[len(got)-1] != c.person {
				t.Errorf("got %v, want last %q", strings.Join(got, " "), c.person)
			}
		})
	}
}

// TestMissionBack: a definite "the embassy" ("the consulate", "the High
// Commission", "the mission") with no country of its own is the mission of
// that kind the text named last, so its government; with none named, or
// only one of another kind, it is no one's, and "the mission" looks only
// one sentence back, over no other organisation.
func TestMissionBack(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		mention    string // the mission word's text
		want       string // its actor/country/sector; "" for no entity
	}{
		{"the embassy after a named one", "The French embassy in Nairobi condemned the attack. The embassy said it would help.",
			[][2]string{{"French", "NORP"}, {"Nairobi", "GPE"}}, "embassy", "FRA.GOV/FRA/government"},
		{"the embassy of a government the knowledge base makes up", "The Kenyan embassy in Cairo condemned the attack. Later the embassy said it would help.",
			[][2]string{{"Kenyan", "NORP"}, {"Cairo", "GPE"}}, "embassy", "KEN.GOV/KEN/government"},
		{"the embassy several sentences on", "The French embassy in Nairobi condemned the attack. Police arrested two men. Roads were shut. The embassy said it would help.",
			[][2]string{{"French", "NORP"}, {"Nairobi", "GPE"}}, "embassy", "FRA.GOV/FRA/government"},
		{"the last of two embassies", "The French embassy in Nairobi was shut. The German embassy stayed open. The embassy said it would help.",
			[][2]string{{"French", "NORP"}, {"Nairobi", "GPE"}, {"German", "NORP"}}, "embassy", "DEU.GOV/DEU/government"},
		{"the consulate after a consulate", "The Indian consulate in Dubai issued new passports. The consulate said queues were long.",
			[][2]string{{"Indian", "NORP"}, {"Dubai", "GPE"}}, "consulate", "IND.GOV/IND/government"},
		{"the high commission after one", "The British High Commission in Nairobi issued a warning. The high commission said visas were suspended.",
			[][2]string{{"British High Commission", "ORG"}, {"Nairobi", "GPE"}}, "high commission", "GBR.GOV/GBR/government"},
		{"the embassy after a possessive one", "Britain's embassy in Kyiv was damaged. The embassy said staff were safe.",
			[][2]string{{"Britain", "GPE"}, {"Kyiv", "GPE"}}, "embassy", "GBR.GOV/GBR/government"},
		{"the mission right after", "The French embassy in Bamako closed. The mission said staff had left.",
			[][2]string{{"French", "NORP"}, {"Bamako", "GPE"}}, "mission", "FRA.GOV/FRA/government"},
		{"a capitalised bare High Commission the tagger found", "The British High Commission in Nairobi issued a warning. The High Commission said visas were suspended.",
			[][2]string{{"British High Commission", "ORG"}, {"Nairobi", "GPE"}, {"High Commission", "ORG"}}, "high commission", "GBR.GOV/GBR/government"},
		{"a capitalised bare Embassy the tagger found", "The U.S. Embassy in Kampala issued an alert. The Embassy urged citizens to stay home.",
			[][2]string{{"U.S. Embassy", "ORG"}, {"Kampala", "GPE"}, {"Embassy", "ORG"}}, "embassy", "USA.GOV/USA/government"},
		{"a bare High Commission with none named", "Protesters gathered on Monday. The High Commission said visas were suspended.",
			[][2]string{{"High Commission", "ORG"}}, "high commission", "doc:org:high_commission//"},
		{"the embassy with none named", "Protesters gathered on Monday. The embassy said it was closed.",
			nil, "embassy", ""},
		{"the consulate after an embassy only", "The French embassy in Nairobi condemned the attack. The consulate said it would help.",
			[][2]string{{"French", "NORP"}, {"Nairobi", "GPE"}}, "consulate", ""},
		{"an embassy is indefinite", "The French embassy in Nairobi condemned the attack. An embassy said it would help.",
			[][2]string{{"French", "NORP"}, {"Nairobi", "GPE"}}, "embassy", ""},
		{"the embassy of a named country is that country's", "The French embassy in Nairobi was shut. The embassy of Japan stayed open.",
			[][2]string{{"French", "NORP"}, {"Nairobi", "GPE"}, {"Japan", "GPE"}}, "embassy", "JPN.GOV/JPN/government"},
		{"a compound with a hyphen", "The French embassy in Nairobi was shut. Pupils of the embassy-run school went home.",
			[][2]string{{"French", "NORP"}, {"Nairobi", "GPE"}}, "embassy", ""},
		{"the mission two sentences on", "The French embassy in Bamako closed. Roads were shut. The mission said staff had left.",
			[][2]string{{"French", "NORP"}, {"Bamako", "GPE"}}, "mission", ""},
		{"the mission after another organisation", "The French embassy in Bamako closed as the Zarvian Stabilisation Force moved in. The mission said staff had left.",
			[][2]string{{"French", "NORP"}, {"Bamako", "GPE"}, {"Zarvian Stabilisation Force", "ORG"}}, "mission", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveSentences(t, s, c.text, c.ents)
			var got []string
			found := ""
			for _, e := range art.Entities {
				got = append(got, e.Text+"|"+e.ActorID)
				if strings.EqualFold(e.Text, c.mention) {
					found = e.ActorID + "/" + e.Country + "/" + e.Sector
				}
			}
			if found != c.want {
				t.Errorf("%q: got %q, want %q (entities %v)", c.mention, found, c.want, got)
			}
		})
	}
}

// TestMissionGovernmentType: the government a mission stands for is listed
// with the knowledge base's type whichever mention comes first: a stand-in
// the knowledge base makes up (KEN.GOV) is a role, whether the embassy or
// "the Kenyan government" names it first, and a curated one (FRA.GOV) an
// organisation; so is the military "the Army" names at home.
func TestMissionGovernmentType(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		id, typ    string
	}{
		{"embassy first", "The Kenyan embassy in Cairo condemned the attack. The Kenyan government said it would send aid.",
			[][2]string{{"Kenyan", "NORP"}, {"Cairo", "GPE"}, {"Kenyan", "NORP"}}, "KEN.GOV", "role"},
		{"government first", "The Kenyan government said it would send aid. The Kenyan embassy in Cairo condemned the attack.",
			[][2]string{{"Kenyan", "NORP"}, {"Kenyan", "NORP"}, {"Cairo", "GPE"}}, "KEN.GOV", "role"},
		{"embassy alone", "The Kenyan embassy in Cairo condemned the attack.",
			[][2]string{{"Kenyan", "NORP"}, {"Cairo", "GPE"}}, "KEN.GOV", "role"},
		{"a curated government stays an organisation", "The French embassy in Cairo condemned the attack.",
			[][2]string{{"French", "NORP"}, {"Cairo", "GPE"}}, "FRA.GOV", "organisation"},
		{"the Army at home", "NAIROBI, Kenya (AP) — The Army said it had deployed. Kenyan troops moved north.",
			[][2]string{{"NAIROBI", "GPE"}, {"Kenya", "GPE"}, {"AP", "ORG"}, {"Army", "ORG"}, {"Kenyan", "NORP"}}, "KEN.MIL", "role"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-01", c.ents)
			var got []string
			typ := ""
			for _, a := range art.Actors {
				got = append(got, a.ID+"|"+a.Type)
				if a.ID == c.id {
					typ = a.Type
				}
			}
			if typ != c.typ {
				t.Errorf("%s: got type %q, want %q (actors %v)", c.id, typ, c.typ, got)
			}
		})
	}
}
