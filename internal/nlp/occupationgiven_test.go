package nlp

import "testing"

// TestOccupationGivenNames: a lower-case occupation before a person's
// whole name keeps the given name in it, which the tagger made a one-word
// organisation; and a capitalised occupation the tagger made an
// organisation of its own before the person is no organisation.
func TestOccupationGivenNames(t *testing.T) {
	checkTagged(t, []taggedCase{
		{"In an interview with Arise TV, economist Bismarck Rewane said the naira would weaken further.", []string{"PER:Bismarck Rewane"}, []string{"ORG:Bismarck", "PER:Rewane"}},
		{"The economist Bismarck Rewane said inflation would ease.", []string{"PER:Bismarck Rewane"}, []string{"ORG:Bismarck", "PER:Rewane"}},
		{"Prices will keep rising, said economist Bismarck Rewane, who heads a Lagos consultancy.", []string{"PER:Bismarck Rewane"}, []string{"ORG:Bismarck", "PER:Rewane"}},
		{"Speaking on Channels TV, analyst Bismarck Adeyemi said the naira would weaken.", []string{"PER:Bismarck Adeyemi"}, []string{"ORG:Bismarck", "PER:Adeyemi"}},
		{"Economist Bismarck Rewane said the naira would weaken further.", []string{"PER:Bismarck Rewane"}, []string{"ORG:Economist"}},
		// near-miss: an organisation named after the occupation's "at" is
		// no person, and a plural occupation opens a list.
		{"An analyst at Capital Economics said the naira would weaken.", nil, []string{"PER:Capital Economics", "PER:Economics"}},
		{"The consultant Oxford Economics said in a note that growth would slow.", nil, []string{"PER:Oxford Economics"}},
		{"The Economist reported that the naira would weaken.", nil, []string{"PER:Economist"}},
	})
}
