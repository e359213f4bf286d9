package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Pair phrases: "the two countries", "both sides", "the two leaders" stand
// for the two parties named last before them (kb.PairPhrase, kb.LastPair:
// the event coder reads them by the same rule). The phrase becomes a ROLE
// entity with the two actors in ActorIDs, so that quotes ("the two sides
// said") and the article's entities say who is meant.

// pairAt reads a pair phrase whose head is toks[i] and returns its ROLE
// entity, or ok false when toks[i] heads none or fewer than two parties
// were named before it.
func (d *docState) pairAt(i int) (model.Entity, bool) {
	if i < 1 || d.toks[i].upper && d.toks[i-1].norm != "both" && d.toks[i-1].norm != "two" {
		return model.Entity{}, false
	}
	words := make([]string, 0, 3)
	for k := max(0, i-2); k <= i; k++ {
		words = append(words, d.toks[k].norm)
	}
	if !kb.PairPhrase(words, len(words)-1) {
		return model.Entity{}, false
	}
	kind, _ := kb.PairHead(d.toks[i].norm)
	start, stop := int(d.toks[i-1].start), int(d.toks[i].end)
	a, b, ok := d.pairBefore(start, kind)
	if !ok && kind == kb.PairPersons {
		a, b, ok = d.pairBefore(start, kb.PairAny)
	}
	if !ok {
		return model.Entity{}, false
	}
	e := model.Entity{Text: d.art.Text[start:stop], Type: EntityRole, Sentence: d.sentenceOf(start), Start: start, End: stop,
		ActorIDs: []string{partyID(a), partyID(b)}}
	if a.sector == b.sector {
		e.Sector = a.sector
	}
	// "Both governments" are the two parties' governments (KEN.GOV as
	// "the Kenyan government" is), whether the parties were named as
	// countries or by their leaders.
	if sector := kb.PairSector(d.toks[i].norm); sector != "" {
		for n, l := range []*link{a, b} {
			if s, ok := d.s.kb.SectorActor(l.country, sector); ok {
				e.ActorIDs[n] = s.ID
			}
		}
		e.Sector = sector
	}
	return e, true
}

// pairBefore returns the two parties named last before byte offset pos
// (within referenceWindow sentences): the last sentence (up to pos) whose mentions of countries, places and
// persons of countries name two countries gives them, by kb.LastPair.
// For kb.PairStates only countries and places count ("the two
// countries"), for kb.PairPersons only persons ("the two leaders").
func (d *docState) pairBefore(pos int, kind kb.PairKind) (a, b *link, ok bool) {
	end := before(d.antecedents, pos)
	lo := windowStart(d.antecedents, d.sentenceOf(pos))
	for end > lo {
		s := d.antecedents[end-1].sentence
		start := end
		for start > lo && d.antecedents[start-1].sentence == s {
			start--
		}
		ants := d.antecedents[start:end]
		country := func(k int) string {
			l := ants[k].l
			switch l.typ {
			case kb.TypeCountry, kb.TypePlace:
				if kind == kb.PairPersons {
					return ""
				}
			case kb.TypePerson:
				if kind == kb.PairStates {
					return ""
				}
			default:
				return ""
			}
			if c, found := d.s.kb.Actor(l.country); !found || c.Type != kb.TypeCountry {
				return ""
			}
			return l.country
		}
		if x, y, found := kb.LastPair(len(ants), country); found {
			return ants[x].l, ants[y].l, true
		}
		end = start
	}
	return nil, nil, false
}

// partyID is the actor a party of a pair stands for: a place named for
// its country ("in Beijing") is that country.
func partyID(l *link) string {
	if l.typ == kb.TypePlace {
		return l.country
	}
	return l.id
}
