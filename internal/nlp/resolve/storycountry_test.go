package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestOppositionStoryCountry: an opposition title written with no country
// ("Opposition leader Maria Salazar") takes the country whose government
// the article names beside the opposition, or, in a story filed from one
// country about another, the country the story is about, before the
// dateline's. Near misses: a story that names the other country's
// government nowhere, and a domestic story, keep the old readings.
func TestOppositionStoryCountry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		person     string
		want       string
	}{
		{"paired with a government abroad",
			"BRIDGETOWN (Wire) - Venezuela's government and the opposition signed an agreement on Tuesday. Opposition leader Maria Salazar praised Barbados for hosting the talks.",
			[][2]string{{"BRIDGETOWN", "GPE"}, {"Wire", "ORG"}, {"Venezuela", "GPE"}, {"Maria Salazar", "PER"}, {"Barbados", "GPE"}}, "Maria Salazar", "VEN"},
		{"opposition named first",
			"OSLO (Wire) - The opposition and the Nicaraguan government resumed talks in Oslo on Monday. Norway hosted the talks. Opposition leader Tomas Ruiz said the talks were useful.",
			[][2]string{{"OSLO", "GPE"}, {"Wire", "ORG"}, {"Nicaraguan", "NORP"}, {"Oslo", "GPE"}, {"Norway", "GPE"}, {"Tomas Ruiz", "PER"}}, "Tomas Ruiz", "NIC"},
		{"story about another country",
			"WASHINGTON (Wire) - The United States urged Venezuela to free political prisoners on Tuesday. Venezuela's President has ruled the country since 2013, and Venezuela holds an election next year. Opposition leader Maria Salazar said the vote would be rigged.",
			[][2]string{{"WASHINGTON", "GPE"}, {"Wire", "ORG"}, {"United States", "GPE"}, {"Venezuela", "GPE"}, {"Venezuela", "GPE"}, {"Venezuela", "GPE"}, {"Maria Salazar", "PER"}}, "Maria Salazar", "VEN"},
		// Near misses.
		{"no government of the story's country named",
			"WASHINGTON (Wire) - The United States sent aid to Venezuela on Tuesday. Floods hit Venezuela last week, and Venezuela expects more rain. Opposition leader Maria Salazar said the aid was welcome.",
			[][2]string{{"WASHINGTON", "GPE"}, {"Wire", "ORG"}, {"United States", "GPE"}, {"Venezuela", "GPE"}, {"Venezuela", "GPE"}, {"Venezuela", "GPE"}, {"Maria Salazar", "PER"}}, "Maria Salazar", ""},
		{"domestic story keeps the dateline",
			"NAIROBI (Wire) - Opposition leader John Mwangi rejected the election result on Monday.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"John Mwangi", "PER"}}, "John Mwangi", "KEN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
			found := false
			for _, e := range art.Entities {
				if e.Type == model.EntityPerson && e.Text == c.person {
					found = true
					if e.Country != c.want {
						t.Errorf("%s -> country %q, want %q", e.Text, e.Country, c.want)
					}
				}
			}
			if !found {
				t.Fatalf("no person %q in %v", c.person, art.Entities)
			}
		})
	}
}

// TestStoryCountryBodies: a state's high court and its electoral body
// named bare in a story filed from one country about another are the
// other country's; with no government of that country named they stay
// no one's, and a domestic story keeps the dateline's.
func TestStoryCountryBodies(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		body, want string
	}{
		{"electoral council abroad",
			"WASHINGTON (Wire) - The United States urged Venezuela to free political prisoners. Venezuela's government has ruled out talks, and Venezuela votes next year. Members of the National Electoral Council and the Supreme Court met on Monday.",
			[][2]string{{"WASHINGTON", "GPE"}, {"Wire", "ORG"}, {"United States", "GPE"}, {"Venezuela", "GPE"}, {"Venezuela", "GPE"}, {"Venezuela", "GPE"}, {"National Electoral Council", "ORG"}, {"Supreme Court", "ORG"}}, "National Electoral Council", "VEN"},
		{"supreme court abroad",
			"BRUSSELS (Wire) - The European Union criticised Bolivia's government on Tuesday. Bolivia holds a referendum in May, and Bolivia's Congress approved it. The Constitutional Court rejected an appeal against the vote.",
			[][2]string{{"BRUSSELS", "GPE"}, {"Wire", "ORG"}, {"European Union", "ORG"}, {"Bolivia", "GPE"}, {"Bolivia", "GPE"}, {"Bolivia", "GPE"}, {"Constitutional Court", "ORG"}}, "Constitutional Court", "BOL"},
		// Near misses.
		{"no government named",
			"WASHINGTON (Wire) - The United States sent aid to Venezuela. Floods hit Venezuela last week, and Venezuela expects more rain. The Supreme Court met on Monday.",
			[][2]string{{"WASHINGTON", "GPE"}, {"Wire", "ORG"}, {"United States", "GPE"}, {"Venezuela", "GPE"}, {"Venezuela", "GPE"}, {"Venezuela", "GPE"}, {"Supreme Court", "ORG"}}, "Supreme Court", ""},
		{"domestic story",
			"NAIROBI (Wire) - The Supreme Court rejected the opposition's appeal on Monday.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"Supreme Court", "ORG"}}, "Supreme Court", "KEN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
			got := orgByText(art, c.body)
			if got == nil {
				t.Fatalf("no mention %q in %v", c.body, art.Entities)
			}
			if got.Country != c.want {
				t.Errorf("%s -> %q country %q, want %q", c.body, got.ActorID, got.Country, c.want)
			}
		})
	}
}

// TestVenueDateline: a dateline city that only hosts a meeting of other
// states' people is no story country: a bare high court there is the
// country the story is about when one alone leads and its government is
// named, and no one's when two states meet. The resolver records the
// decision on the article (Article.DatelineVenue) for the event coder,
// which no longer makes its own: the host's firm named later ("UBS said")
// does not name the host, a firm being quoted from anywhere; a title the
// resolver gave another state ("the foreign ministers of Armenia and
// Azerbaijan") and the opposition paired elsewhere in the story with
// another state's government are the other states' sides. Near misses: a
// story naming the host among those meeting, by its leader or by one of
// its state bodies (the Swiss National Bank), a bare title meeting a
// foreigner, or no meeting, keeps the dateline's country.
func TestVenueDateline(t *testing.T) {
	s := newStage(t)
	const talks = "GENEVA (Wire) - Iranian and U.S. envoys met on Tuesday for talks on the nuclear programme."
	talksEnts := [][2]string{{"GENEVA", "GPE"}, {"Wire", "ORG"}, {"Iranian", "NORP"}, {"U.S.", "GPE"}}
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       string // the Supreme Court's country, when the text names it
		venue      string // Article.DatelineVenue
	}{
		{"one state meets abroad",
			"GENEVA (Wire) - Libyan delegates met in Geneva on Monday for talks on a unity plan. The Libyan government has rejected two earlier plans. The Supreme Court ruled the last election void.",
			[][2]string{{"GENEVA", "GPE"}, {"Wire", "ORG"}, {"Libyan", "NORP"}, {"Geneva", "GPE"}, {"Libyan", "NORP"}, {"Supreme Court", "ORG"}}, "LBY", "CHE"},
		{"two states meet abroad",
			talks + " The Supreme Court ruled on the sanctions case.",
			append(slices.Clone(talksEnts), [2]string{"Supreme Court", "ORG"}), "", "CHE"},
		{"a title placed by its country after it",
			"GENEVA (Wire) - The foreign ministers of Armenia and Azerbaijan met on Monday for talks.",
			[][2]string{{"GENEVA", "GPE"}, {"Wire", "ORG"}, {"Armenia", "GPE"}, {"Azerbaijan", "GPE"}}, "", "CHE"},
		{"the host's firm is no host",
			talks + " UBS said markets were calm.",
			append(slices.Clone(talksEnts), [2]string{"UBS", "ORG"}), "", "CHE"},
		{"the opposition paired later with another state's government",
			"GENEVA (Wire) - The opposition met Venezuelan envoys for talks on Monday. Venezuela's government and the opposition later signed an agreement.",
			[][2]string{{"GENEVA", "GPE"}, {"Wire", "ORG"}, {"Venezuelan", "NORP"}, {"Venezuela", "GPE"}}, "", "CHE"},
		// Near misses.
		{"the host among those meeting",
			"GENEVA (Wire) - Swiss and Iranian envoys met on Tuesday for talks on the nuclear programme. The Supreme Court ruled on the sanctions case.",
			[][2]string{{"GENEVA", "GPE"}, {"Wire", "ORG"}, {"Swiss", "NORP"}, {"Iranian", "NORP"}, {"Supreme Court", "ORG"}}, "CHE", ""},
		{"the host's state body",
			talks + " The Swiss National Bank left its rates unchanged.",
			append(slices.Clone(talksEnts), [2]string{"Swiss National Bank", "ORG"}), "", ""},
		{"the host's leader among those meeting",
			"MOSCOW (Wire) - Chinese President Xi Jinping met Vladimir Putin on Monday for talks on trade. The Supreme Court ruled on the border case.",
			[][2]string{{"MOSCOW", "GPE"}, {"Wire", "ORG"}, {"Chinese", "NORP"}, {"Xi Jinping", "PER"}, {"Vladimir Putin", "PER"}, {"Supreme Court", "ORG"}}, "RUS", ""},
		{"a bare title meets a foreigner",
			"NAIROBI (Wire) - The foreign minister met the Somali ambassador on Monday. The Supreme Court ruled on the border case.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"Somali", "NORP"}, {"Supreme Court", "ORG"}}, "KEN", ""},
		{"no meeting in the lead",
			"NAIROBI (Wire) - Somali troops crossed the border on Monday. The Supreme Court ruled on the border case.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"Somali", "NORP"}, {"Supreme Court", "ORG"}}, "KEN", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
			if art.DatelineVenue != c.venue {
				t.Errorf("DatelineVenue = %q, want %q (entities %v)", art.DatelineVenue, c.venue, art.Entities)
			}
			if !strings.Contains(c.text, "Supreme Court") {
				return
			}
			got := orgByText(art, "Supreme Court")
			if got == nil {
				t.Fatalf("no mention %q in %v", "Supreme Court", art.Entities)
			}
			if got.Country != c.want {
				t.Errorf("Supreme Court -> %q country %q, want %q", got.ActorID, got.Country, c.want)
			}
		})
	}
}
