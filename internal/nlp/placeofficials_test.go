package nlp

import "testing"

// TestPlaceOfficials: a place the knowledge base knows before a lower-case
// "governor" or "mayor" and a name is a place, not a person or a company;
// a named crossing is a place.
func TestPlaceOfficials(t *testing.T) {
	checkTagged(t, []taggedCase{
		{"Saratov governor Igor Kozlov said drones struck an oil depot overnight.", []string{"GPE:Saratov", "PER:Igor Kozlov"}, []string{"PER:Saratov"}},
		{"Belgorod governor Vyacheslav Gladkov said two people were hurt.", []string{"GPE:Belgorod", "PER:Vyacheslav Gladkov"}, []string{"ORG:Belgorod"}},
		{"Kursk mayor Pavel Orlov said the power was back.", []string{"PER:Pavel Orlov"}, []string{"PER:Kursk"}},
		// near-miss: a company or a bank before "governor" is no place.
		{"Acme governor Tom Reed said the board would meet.", nil, []string{"GPE:Acme", "LOC:Acme"}},
		{"The Bank of England governor Andrew Bailey said rates would hold.", []string{"ORG:Bank of England"}, []string{"GPE:Bank of England"}},
		// A named crossing.
		{"Aid trucks entered Gaza through the Kerem Shalom crossing on Sunday.", []string{"LOC:Kerem Shalom"}, []string{"ORG:Kerem Shalom"}},
		{"Israel closed Kerem Shalom after a rocket attack.", nil, []string{"ORG:Kerem Shalom", "PER:Kerem Shalom"}},
	})
}
