package resolve

import "testing"

// TestElectoralBodies: a national electoral body named or written without
// its country is the country of the dateline or of the article; a country
// written with it wins; a lower-case mention after a named body is that
// body; with no home country, or for a commission that runs no elections,
// nothing is guessed.
func TestElectoralBodies(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		mention    string
		country    string // the mention's country; "" for none
		actor      string // the mention's actor id; "" to leave unchecked
	}{
		{"a named commission under a dateline",
			"TBILISI (Reuters) - The Central Election Commission said on Sunday the ruling party had won 54 percent of the vote.",
			[][2]string{{"TBILISI", "GPE"}, {"Reuters", "ORG"}, {"Central Election Commission", "ORG"}},
			"Central Election Commission", "GEO", "doc:org:GEO:central_election_commission"},
		{"a lower-case commission after the named one is that body",
			"TBILISI (Reuters) - The Central Election Commission said on Sunday the ruling party had won. The electoral commission said turnout was 59 percent.",
			[][2]string{{"TBILISI", "GPE"}, {"Reuters", "ORG"}, {"Central Election Commission", "ORG"}},
			"electoral commission", "GEO", "doc:org:GEO:central_election_commission"},
		{"a lower-case commission under a dateline",
			"HARARE (Reuters) - The electoral commission said on Sunday the count would finish within days.",
			[][2]string{{"HARARE", "GPE"}, {"Reuters", "ORG"}},
			"electoral commission", "ZWE", ""},
		{"a country written with it",
			"LONDON (Reuters) - Nigeria's election commission said on Wednesday the vote would go ahead.",
			[][2]string{{"LONDON", "GPE"}, {"Reuters", "ORG"}, {"Nigeria", "GPE"}},
			"election commission", "NGA", ""},
		{"a long name under a dateline",
			"LAGOS (Reuters) - The Independent National Electoral Commission said on Wednesday the vote would go ahead.",
			[][2]string{{"LAGOS", "GPE"}, {"Reuters", "ORG"}, {"Independent National Electoral Commission", "ORG"}},
			"Independent National Electoral Commission", "NGA", ""},
		{"no home country",
			"The electoral commission said on Sunday the count would finish within days.",
			nil, "electoral commission", "", ""},
		{"a commission that runs no elections",
			"TBILISI (Reuters) - The Central Trade Commission said on Sunday the tariffs would stay.",
			[][2]string{{"TBILISI", "GPE"}, {"Reuters", "ORG"}, {"Central Trade Commission", "ORG"}},
			"Central Trade Commission", "", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-03-12", c.ents)
		country, actor := "", ""
		for _, e := range art.Entities {
			if e.Text == c.mention {
				country, actor = e.Country, e.ActorID
			}
		}
		if country != c.country {
			t.Errorf("%s: %q country %q, want %q", c.name, c.mention, country, c.country)
		}
		if c.actor != "" && actor != c.actor {
			t.Errorf("%s: %q actor %q, want %q", c.name, c.mention, actor, c.actor)
		}
	}
}
