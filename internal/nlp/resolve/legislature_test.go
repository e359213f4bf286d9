package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestHomeChamber: a bare "Congress" or "Senate" is the home country's
// legislature in an article set outside the United States, and stays the
// US chamber at home in the United States, with no home country, or with
// "U.S." before it. In India a bare "Congress" is the party, and so is
// one a party office follows ("Congress president", "Congress MP").
func TestHomeChamber(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name    string
		text    string
		ents    []ent
		chamber string // the chamber mention's text
		want    string // its actor id
	}{
		{"dateline abroad", "BUENOS AIRES — Thousands protested outside Congress on Wednesday.",
			[]ent{{"BUENOS AIRES", model.EntityGPE}, {"Congress", model.EntityOrg}}, "Congress", "ARG.LEG"},
		{"the senate abroad", "MANILA — The Senate approved the budget on Thursday.",
			[]ent{{"MANILA", model.EntityGPE}, {"Senate", model.EntityOrg}}, "Senate", "PHL.LEG"},
		{"dateline at home", "WASHINGTON — Congress approved the defence bill on Friday.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
		{"no home country", "Congress approved the defence bill on Friday.",
			[]ent{{"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
		{"no dateline: the only country, named twice", "Chile raised taxes. Congress backed the Chilean plan on Friday.",
			[]ent{{"Chile", model.EntityGPE}, {"Congress", model.EntityOrg}, {"Chilean", model.EntityNORP}}, "Congress", "CHL.LEG"},
		{"U.S. before the name", "MANILA — The U.S. Congress approved aid on Friday.",
			[]ent{{"MANILA", model.EntityGPE}, {"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
		{"the named U.S. chamber", "MANILA — The U.S. Congress approved aid on Friday.",
			[]ent{{"MANILA", model.EntityGPE}, {"U.S. Congress", model.EntityOrg}}, "U.S. Congress", "USA.LEG"},
		{"the dateline's country named less than the United States", "MEXICO CITY — Congress in Washington debated U.S. tariffs. The United States and America's allies disagreed.",
			[]ent{{"MEXICO CITY", model.EntityGPE}, {"Congress", model.EntityOrg}, {"Washington", model.EntityGPE}, {"U.S.", model.EntityGPE}, {"United States", model.EntityGPE}}, "Congress", "USA.LEG"},
		{"India's Congress is the party", "NEW DELHI — Congress criticised the government over fuel prices.",
			[]ent{{"NEW DELHI", model.EntityGPE}, {"Congress", model.EntityOrg}}, "Congress", "IND.PTY.INC"},
		{"a party president, no Indian cue", "Congress president Ravi Menon said the government had failed farmers.",
			[]ent{{"Congress", model.EntityOrg}, {"Ravi Menon", model.EntityPerson}}, "Congress", "IND.PTY.INC"},
		{"a congress president abroad", "LIMA — Congress president Ana Rojas said Peru would hold elections in April.",
			[]ent{{"LIMA", model.EntityGPE}, {"Congress", model.EntityOrg}, {"Ana Rojas", model.EntityPerson}, {"Peru", model.EntityGPE}}, "Congress", "PER.LEG"},
		{"a congress president in Madrid", "MADRID — Congress president Ana Rojas opened the session on Tuesday.",
			[]ent{{"MADRID", model.EntityGPE}, {"Congress", model.EntityOrg}, {"Ana Rojas", model.EntityPerson}}, "Congress", "ESP.LEG"},
		{"a party president in a London story", "LONDON — Congress president Ravi Menon said the government had failed farmers.",
			[]ent{{"LONDON", model.EntityGPE}, {"Congress", model.EntityOrg}, {"Ravi Menon", model.EntityPerson}}, "Congress", "IND.PTY.INC"},
		{"a party MP abroad stays the party's", "LIMA — Congress MP Ravi Menon criticised the budget on Tuesday.",
			[]ent{{"LIMA", model.EntityGPE}, {"Congress", model.EntityOrg}, {"Ravi Menon", model.EntityPerson}}, "Congress", "IND.PTY.INC"},
		{"a party MP, no Indian cue", "Congress MP Ravi Menon criticised the budget on Tuesday.",
			[]ent{{"Congress", model.EntityOrg}, {"Ravi Menon", model.EntityPerson}}, "Congress", "IND.PTY.INC"},
		{"a named party leader", "Congress leader Ravi Menon criticised the budget on Tuesday.",
			[]ent{{"Congress", model.EntityOrg}, {"Ravi Menon", model.EntityPerson}}, "Congress", "IND.PTY.INC"},
		{"congressional leaders stay American", "Congress leaders agreed on a spending bill on Tuesday.",
			[]ent{{"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
		{"a general counsel stays American", "Congress general counsel staff met on Tuesday.",
			[]ent{{"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
	} {
		if got := mentionActor(resolveGiven(t, s, c.text, "2024-05-01", c.ents), c.chamber); got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.chamber, got, c.want)
		}
	}
}

// TestHomeSharedBody: a bare name several countries' bodies bear in
// English is the body of the country written before it, else of the home
// country, and stays the knowledge base's body with neither.
func TestHomeSharedBody(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name string
		text string
		ents []ent
		body string // the body mention's text
		want string // its actor id
	}{
		{"possessive country", "Taiwan's Ministry of National Defense said it tracked 20 ships on Monday.",
			[]ent{{"Taiwan", model.EntityGPE}, {"Ministry of National Defense", model.EntityOrg}}, "Ministry of National Defense", "TWN.MIL"},
		{"dateline abroad", "HANOI — The Ministry of National Defense announced drills on Monday.",
			[]ent{{"HANOI", model.EntityGPE}, {"The Ministry of National Defense", model.EntityOrg}}, "The Ministry of National Defense", "VNM.MIL"},
		{"dateline at home", "BEIJING — The Ministry of National Defense announced drills on Monday.",
			[]ent{{"BEIJING", model.EntityGPE}, {"The Ministry of National Defense", model.EntityOrg}}, "The Ministry of National Defense", "CHN.GOV.MND"},
		{"no country", "The Ministry of National Defense announced drills on Monday.",
			[]ent{{"The Ministry of National Defense", model.EntityOrg}}, "The Ministry of National Defense", "CHN.GOV.MND"},
		{"Germany's foreign office", "BERLIN — The Foreign Office summoned the ambassador on Monday.",
			[]ent{{"BERLIN", model.EntityGPE}, {"The Foreign Office", model.EntityOrg}}, "The Foreign Office", "DEU.GOV"},
		{"Britain's foreign office", "LONDON — The Foreign Office summoned the ambassador on Monday.",
			[]ent{{"LONDON", model.EntityGPE}, {"The Foreign Office", model.EntityOrg}}, "The Foreign Office", "GBR.GOV.FCDO"},
		{"a presidency abroad", "SEOUL — The Presidential Office said it would respond.",
			[]ent{{"SEOUL", model.EntityGPE}, {"Presidential Office", model.EntityOrg}}, "Presidential Office", "KOR.GOV"},
		{"a justice department abroad", "MANILA — The Department of Justice filed charges on Monday.",
			[]ent{{"MANILA", model.EntityGPE}, {"Department of Justice", model.EntityOrg}}, "Department of Justice", "PHL.JUD"},
		{"U.S. before the name", "MANILA — The U.S. Justice Department filed charges on Monday.",
			[]ent{{"MANILA", model.EntityGPE}, {"U.S.", model.EntityGPE}, {"Justice Department", model.EntityOrg}}, "Justice Department", "USA.GOV.DOJ"},
		{"a prime minister's office", "NEW DELHI — The Prime Minister's Office said talks would resume.",
			[]ent{{"NEW DELHI", model.EntityGPE}, {"Prime Minister's Office", model.EntityOrg}}, "Prime Minister's Office", "IND.GOV"},
		{"joint chiefs abroad", "SEOUL — The Joint Chiefs of Staff said the North fired a missile on Monday.",
			[]ent{{"SEOUL", model.EntityGPE}, {"Joint Chiefs of Staff", model.EntityOrg}}, "Joint Chiefs of Staff", "KOR.MIL"},
		{"joint chiefs at home", "WASHINGTON — The Joint Chiefs of Staff said the drills would go ahead.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Joint Chiefs of Staff", model.EntityOrg}}, "Joint Chiefs of Staff", "USA.MIL.JCS"},
		{"joint chiefs in pakistan", "ISLAMABAD — The Joint Chiefs of Staff said the exercise would end on Friday.",
			[]ent{{"ISLAMABAD", model.EntityGPE}, {"Joint Chiefs of Staff", model.EntityOrg}}, "Joint Chiefs of Staff", "PAK.MIL"},
		{"pakistan's committee without dateline", "The chairman of the Joint Chiefs of Staff Committee met visiting Chinese officers.",
			[]ent{{"Joint Chiefs of Staff Committee", model.EntityOrg}}, "Joint Chiefs of Staff Committee", "PAK.MIL"},
		{"sky news arabia is its own outlet", "ISLAMABAD — The army chief met the committee, Sky News Arabia reported.",
			[]ent{{"ISLAMABAD", model.EntityGPE}, {"Sky News Arabia", model.EntityOrg}}, "Sky News Arabia", "ARE.MED.SKYNEWSARABIA"},
		{"joint chiefs with no country", "The Joint Chiefs of Staff said the drills would go ahead.",
			[]ent{{"Joint Chiefs of Staff", model.EntityOrg}}, "Joint Chiefs of Staff", "USA.MIL.JCS"},
		// Japan's top command is the Joint Staff: a TOKYO story's Joint
		// Chiefs are no body of Japan's.
		{"joint chiefs where the home country has none", "TOKYO — The Joint Chiefs of Staff said the drills would go ahead.",
			[]ent{{"TOKYO", model.EntityGPE}, {"Joint Chiefs of Staff", model.EntityOrg}}, "Joint Chiefs of Staff", "USA.MIL.JCS"},
		{"a country before the office", "SEOUL — Gen. Mark Ellison, the U.S. chairman of the Joint Chiefs, arrived on Monday.",
			[]ent{{"SEOUL", model.EntityGPE}, {"Mark Ellison", model.EntityPerson}, {"U.S.", model.EntityGPE}, {"Joint Chiefs", model.EntityOrg}},
			"Joint Chiefs", "USA.MIL.JCS"},
		{"a foreign office where the home country has none", "PARIS — The Foreign Office summoned the ambassador on Monday.",
			[]ent{{"PARIS", model.EntityGPE}, {"The Foreign Office", model.EntityOrg}}, "The Foreign Office", "GBR.GOV.FCDO"},
		{"Pakistan's foreign office", "ISLAMABAD — The Foreign Office summoned the ambassador on Monday.",
			[]ent{{"ISLAMABAD", model.EntityGPE}, {"The Foreign Office", model.EntityOrg}}, "The Foreign Office", "PAK.GOV"},
		// Britain's Ministry of Defence bears the name every state's
		// defence ministry has in English; its Home Office does not.
		{"another country's ministry of defence", "Ukraine's Ministry of Defence said its forces downed 30 drones overnight.",
			[]ent{{"Ukraine", model.EntityGPE}, {"Ministry of Defence", model.EntityOrg}}, "Ministry of Defence", "UKR.MIL"},
		{"a nationality inside the name", "The Ukrainian Ministry of Defence said its forces downed 30 drones overnight.",
			[]ent{{"Ukrainian Ministry of Defence", model.EntityOrg}}, "Ukrainian Ministry of Defence", "UKR.MIL"},
		{"ministry of defence abroad", "KYIV — The Ministry of Defence said its forces downed 30 drones overnight.",
			[]ent{{"KYIV", model.EntityGPE}, {"Ministry of Defence", model.EntityOrg}}, "Ministry of Defence", "UKR.MIL"},
		{"ministry of defence at home", "LONDON — The Ministry of Defence said two jets were scrambled on Monday.",
			[]ent{{"LONDON", model.EntityGPE}, {"Ministry of Defence", model.EntityOrg}}, "Ministry of Defence", "GBR.GOV.MOD"},
		{"ministry of defence with no country", "The Ministry of Defence said two jets were scrambled on Monday.",
			[]ent{{"Ministry of Defence", model.EntityOrg}}, "Ministry of Defence", "GBR.GOV.MOD"},
		{"another country's home office", "Kenya's Home Office said it would appeal the ruling.",
			[]ent{{"Kenya", model.EntityGPE}, {"Home Office", model.EntityOrg}}, "Home Office", "KEN.GOV"},
		{"a home office where the home country has none", "NAIROBI — The Home Office said it would appeal the ruling.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Home Office", model.EntityOrg}}, "Home Office", "GBR.GOV.HO"},
	} {
		if got := mentionActor(resolveGiven(t, s, c.text, "2024-05-01", c.ents), c.body); got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.body, got, c.want)
		}
	}
}

// TestBodyTitleNotStateHead: a legislature's, a court's or a party's name
// between a country and a head title ("the U.S. Senate president") makes
// the body's presiding officer, not the country's president; a country
// alone before the title ("the U.S. president") still makes the holder.
func TestBodyTitleNotStateHead(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       string // the actor id of the role "president"
	}{
		{"congress", "The U.S. Congress president said the bill would pass.",
			[][2]string{{"U.S. Congress", "ORG"}}, "USA.LEG"},
		{"senate", "The U.S. Senate president opened the session on Tuesday.",
			[][2]string{{"U.S. Senate", "ORG"}}, "USA.LEG.SEN"},
		{"party", "The Congress president said the party would contest the poll.",
			[][2]string{{"Congress", "ORG"}}, "IND.PTY.INC"},
		{"country alone", "The U.S. president met the delegation on Tuesday.",
			[][2]string{{"U.S.", "GPE"}}, "person:donald_trump"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-03-12", c.ents)
			got := ""
			for _, e := range art.Entities {
				if e.Type == EntityRole && e.Text == "president" {
					got = e.ActorID
				}
			}
			if got != c.want {
				t.Errorf("president = %q, want %q", got, c.want)
			}
		})
	}
}

// TestCongressPresidentCountry: the person a Latin American "Congress
// president" title names is of the dateline's country, not India's (whose
// party "Congress" has presidents too); without a dateline in such a
// country the title stays the Indian party's.
func TestCongressPresidentCountry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       string // the person's country
	}{
		{"datelined in Lima", "LIMA - Congress president Ana Rojas said the chamber would meet on Monday.",
			[][2]string{{"LIMA", "GPE"}, {"Congress", "ORG"}, {"Ana Rojas", "PER"}}, "PER"},
		{"datelined in Bogota", "BOGOTA - Congress president Ana Rojas said the chamber would meet on Monday.",
			[][2]string{{"BOGOTA", "GPE"}, {"Congress", "ORG"}, {"Ana Rojas", "PER"}}, "COL"},
		{"datelined in New Delhi", "NEW DELHI - Congress president Ravi Kumar said the party would contest the poll.",
			[][2]string{{"NEW DELHI", "GPE"}, {"Congress", "ORG"}, {"Ravi Kumar", "PER"}}, "IND"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-12", c.ents)
			got := ""
			for _, e := range art.Entities {
				if e.Type == model.EntityPerson {
					got = e.Country
				}
			}
			if got != c.want {
				t.Errorf("person country = %q, want %q", got, c.want)
			}
		})
	}
}
