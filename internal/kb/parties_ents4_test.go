package kb

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// sharedPartyNames are the party names and aliases the data gives more
// than one actor on purpose, each decided in the resolver by the story's
// country (resolve.pick) or by name_cues.tsv ("Congress", "PTI",
// "Jamaat-e-Islami", "AUR"); any other shared name is a collision this
// test reports.
var sharedPartyNames = map[string]bool{}

func init() {
	for _, name := range []string{"Labour Party", "Labour", "Democratic Party", "Workers' Party",
		"Jamaat-e-Islami", "PTI", "Congress", "AUR",
		// Britain's and Canada's Conservatives: the dateline's country
		// picks (resolve.pick), as for Labour.
		"Conservative Party", "Conservatives", "Tories"} {
		sharedPartyNames[Normalize(name)] = true
	}
}

// TestPartyAliasesUnambiguous: every name and alias of a party names that
// party alone (among actors valid at some time), is no two-letter acronym
// and no common given name, so a party added for one country does not
// take another country's actor or a person's name.
func TestPartyAliasesUnambiguous(t *testing.T) {
	k := mustLoad(t)
	for _, a := range k.Actors() {
		if a.Sector != SectorParty || a.Type != TypeOrganisation {
			continue
		}
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			key := Normalize(name)
			if utf8.RuneCountInString(strings.TrimPrefix(key, "the ")) <= 2 {
				t.Errorf("%s: alias %q is two letters or fewer", a.ID, name)
			}
			if !strings.Contains(key, " ") && k.GivenNameGender(name) != "" {
				t.Errorf("%s: alias %q is a given name", a.ID, name)
			}
			if sharedPartyNames[key] {
				continue
			}
			for _, o := range k.LookupNorm(key, time.Time{}) {
				if o.ID != a.ID {
					t.Errorf("%s: alias %q also names %s (%s)", a.ID, name, o.ID, o.Name)
				}
			}
		}
	}
}
