package kb

import (
	"strings"
	"time"
)

// SurnameEvidence is what an article says for a family name written alone
// ("Paz said"): the evidence LoneSurname weighs before taking it for an
// office holder of that name.
type SurnameEvidence struct {
	// Office: an office word stands right before the name ("President
	// Paz", "Prime Minister Carney"); an honorific ("Mr Castro") is no
	// office.
	Office bool
	// Countries: the countries (and international bodies, by their codes)
	// the article names by a country's name, a demonym, a capital or a
	// place of the country, or its dateline names.
	Countries map[string]bool
}

// LoneSurname reports whether a family name written alone, with no given
// name before it, may be taken for a, the person in office at t whose
// family name it is. Office holders of the world share their family names with
// millions ("Paz", "Fernandez", "Castro", "Lam", "Kim"): in a story filed
// in Madrid "Fernandez criticised the police" names a neighbour, not Costa
// Rica's president. The name is the holder's only when the article gives
// evidence of it: an office word right before it, or the holder's country
// (or international body) named in the article. A caller checks the other
// evidence, the holder named in full earlier, itself. A family name so
// rare that no other known person bears it and that is no given name,
// place or other name of the knowledge base ("Putin", "Macron") is the
// holder's without further evidence, as wire copy writes it.
func (k *KB) LoneSurname(a *Actor, t time.Time, ev SurnameEvidence) bool {
	if ev.Office {
		return true
	}
	if c := k.CountryAt(a, t); c != "" && ev.Countries[c] || ev.Countries[a.Country] {
		return true
	}
	return k.distinctFamily(a)
}

// DistinctFamily reports whether a's family name names a alone in the
// knowledge base and is of no kind of name whole nations share (see
// distinctFamily): "Gorbachev", not "Bush", "Kim" or "Fernandez".
func (k *KB) DistinctFamily(a *Actor) bool { return k.distinctFamily(a) }

// distinctFamily says a's family name names a alone: it is no other known
// person's family name, no given name, no city's or town's name and no alias of any
// other actor, and is none of the kinds of name that whole nations share:
// the short ones ("Xi", "Lam", "Kim", "Li"), the family names of the
// countries that write them first (China, Korea, Vietnam draw theirs from
// a small pool: "Zhang", "Wang"), and the Spanish patronymics in -ez
// ("Fernandez", "Sanchez"), the commonest names of the Spanish-speaking
// world.
func (k *KB) distinctFamily(a *Actor) bool {
	fam := familyName(a.Name, a.Country)
	if len(fam) < 4 || familyNameFirst[a.Country] || strings.HasSuffix(fam, "ez") || k.GivenNameGender(fam) != "" {
		return false
	}
	k.familyOnce.Do(k.countFamilies)
	if k.families[fam] > 1 {
		return false
	}
	// A family name that is also a large city's name, or towns' in more
	// than one country ("Castro": Brazil's and Chile's), is of the names
	// taken from places and spread with a language across a continent; a
	// single small town of the name somewhere ("Carney") says nothing.
	if _, ok := k.cities[fam]; ok || townCountries(k.Towns(fam)) > 1 {
		return false
	}
	for _, i := range k.byAlias[fam] {
		if k.actors[i].ID != a.ID {
			return false
		}
	}
	return true
}

// familyName is the normalised family name of a full name: its last word,
// or its first where the family name comes first (China, Korea, Vietnam).
func familyName(name, country string) string {
	words := strings.Fields(Normalize(name))
	if len(words) < 2 {
		return ""
	}
	if familyNameFirst[country] {
		return words[0]
	}
	return words[len(words)-1]
}

// countFamilies counts the known persons of each family name.
func (k *KB) countFamilies() {
	k.families = map[string]int{}
	for i := range k.actors {
		if a := &k.actors[i]; a.Type == TypePerson {
			if fam := familyName(a.Name, a.Country); fam != "" {
				k.families[fam]++
			}
		}
	}
}

// townCountries counts the countries of towns.
func townCountries(towns []*Actor) int {
	seen := map[string]bool{}
	for _, t := range towns {
		seen[t.Country] = true
	}
	return len(seen)
}

// DistinctSurname reports whether the normalised family name key names
// one known person and no one and nothing else (distinctFamily):
// "guterres", "macron". A tagger that left such a word written alone
// untagged ("Guterres told the council ...") may take it for a person's
// name; whether it is the office holder's is still LoneSurname's to say.
func (k *KB) DistinctSurname(key string) bool {
	ps := k.Surname(key)
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps[1:] {
		if p.ID != ps[0].ID {
			return false
		}
	}
	return familyName(ps[0].Name, ps[0].Country) == key && k.distinctFamily(ps[0])
}
