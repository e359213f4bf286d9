package nlp

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// nameCoordinators join two names into a pair ("the European Union and
// Mexico", "Russia or Ukraine"). "&" is left out: it is part of firms'
// names ("Procter & Gamble", "AT&T"), seldom a list in news prose.
var nameCoordinators = wordSet(`and or`)

// splitCoordinatedNames makes an entity span that coordinates names the
// knowledge base knows ("European Union and Mexico", "France and
// Germany") one entity per name, each with its own type, when the whole
// span is no name itself. The tagger, seeing capitalised words on both
// sides of "and", sometimes makes one span of a pair of actors, which
// would then resolve to neither. Fixed names with "and" that the
// knowledge base knows whole ("Bosnia and Herzegovina", "Trinidad and
// Tobago", "Ministry of Foreign Affairs and Trade") stay one span, and a
// span is split only when every part is a known name, so that a name
// whose second part is no name alone ("Institute of Peace and Conflict
// Studies") is kept.
func splitCoordinatedNames(words, tags []string, nameType func([]string) string, knownWhole func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if j-i < 3 || knownWhole(words[i:j]) {
			return
		}
		parts, types := coordinatedParts(words[i:j], nameType)
		if parts == nil {
			return
		}
		a := i
		for k, end := range parts {
			setSpan(tags, a, i+end, types[k])
			if i+end < j {
				tags[i+end] = "O" // the coordinator
			}
			a = i + end + 1
		}
	})
}

// coordinatedParts cuts words at coordinators into two parts or more,
// each a name nameType knows, and returns each part's end (relative to
// words) and type; nil when words cannot be so cut. A part may itself
// hold a coordinator when the knowledge base knows it whole ("Bosnia and
// Herzegovina and Serbia"), so the cut is searched over every choice of
// coordinators, the longest known part first. Where the rest of words
// from a given word on cannot be cut is remembered: names known both
// whole and in parts ("Sao Tome and Principe", "Sao Tome", "Principe")
// repeated before an unknown word would otherwise make the search try
// every grouping of them, twice as many for each repetition.
func coordinatedParts(words []string, nameType func([]string) string) (ends []int, types []string) {
	dead := map[int]bool{} // starts of rests that cannot be cut
	var cut, rest func(start int) ([]int, []string)
	// cut cuts words[start:] into two parts or more.
	cut = func(start int) ([]int, []string) {
		for end := len(words) - 2; end > start; end-- {
			if !nameCoordinators[strings.ToLower(words[end])] {
				continue
			}
			t := nameType(words[start:end])
			if t == "" {
				continue
			}
			restEnds, restTypes := rest(end + 1)
			if restEnds == nil {
				continue
			}
			return append([]int{end}, restEnds...), append([]string{t}, restTypes...)
		}
		return nil, nil
	}
	// rest is cut for what follows a coordinator, where the whole may be
	// one part.
	rest = func(start int) ([]int, []string) {
		if dead[start] {
			return nil, nil
		}
		if t := nameType(words[start:]); t != "" {
			return []int{len(words)}, []string{t}
		}
		e, t := cut(start)
		if e == nil {
			dead[start] = true
		}
		return e, t
	}
	return cut(0)
}

// coordinatedNameType returns the entity type of the name words as the
// knowledge base knows it: GPE for a country or a city, LOC for another
// place, ORG for an organisation, PER for a person; "" for no known name.
// A name with lower-case words only ("and", "the") or an unknown one gets
// "". Roles are no names.
func (an *Analyzer) coordinatedNameType(words []string) string {
	if an.kb == nil || len(words) == 0 || !capitalised(words[0]) {
		return ""
	}
	if an.isCountry(words) {
		return model.EntityGPE
	}
	key := kb.Normalize(strings.Join(words, " "))
	if key == "" {
		return ""
	}
	typ := ""
	for _, a := range an.kb.LookupNorm(key, time.Time{}) {
		switch a.Type {
		case kb.TypeCountry:
			return model.EntityGPE
		case kb.TypeOrganisation:
			if typ == "" || typ == model.EntityPerson {
				typ = model.EntityOrg
			}
		case kb.TypePlace:
			if typ == "" {
				typ = model.EntityLoc
			}
		case kb.TypePerson:
			if typ == "" {
				typ = model.EntityPerson
			}
		}
	}
	if typ != "" {
		return typ
	}
	if _, ok := an.kb.City(key); ok {
		return model.EntityGPE
	}
	return ""
}
