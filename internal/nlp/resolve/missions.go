package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// missionName reports whether normalised name words name a state's
// diplomatic mission abroad: an embassy, a consulate, a legation, or the
// high commission one Commonwealth country keeps in another ("the British
// High Commission", "the U.S. Embassy", "the Embassy of Japan", "the
// Indian Consulate General"). A mission is its government's organ abroad,
// so it takes the government sector, as the ministry that runs it does,
// and its government's actor (missionGovernment).
// A bare "High Commission" or a commission of another kind ("the
// European Commission", "the Election Commission") is no mission.
func missionName(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	last := words[n-1]
	if missionHeads[last] {
		return true
	}
	if last == "general" && (words[n-2] == "consulate" || words[n-2] == "consulate-general") {
		return true
	}
	if last == "commission" && words[n-2] == "high" {
		return n >= 3
	}
	for i := 0; i+1 < n; i++ {
		if missionHeads[words[i]] && words[i+1] == "of" {
			return true
		}
	}
	return false
}

// missionHeads end (or head, before "of") the name of a diplomatic mission.
var missionHeads = map[string]bool{"embassy": true, "consulate": true, "consulate-general": true, "legation": true}

// widenMissions joins to a nationality or a country's name the mission
// word the tagger left outside it: in "the British embassy in Cairo said"
// it tags "British" alone, yet the speaker is the embassy, which is its
// state's government abroad. The entity becomes the organisation "British
// embassy", resolved as "the British Embassy" is (missionName). Only a
// mission word right after (one space) and in no entity of its own; a
// possessive ("Britain's embassy") is left to the role finder.
func (d *docState) widenMissions(ents []model.Entity) {
	k := d.s.kb
	for i := range ents {
		e := &ents[i]
		if e.Type != model.EntityNORP && e.Type != model.EntityGPE {
			continue
		}
		last := d.tokenAt(e.End) - 1
		t := last + 1
		if last < 0 || t >= len(d.toks) || int(d.toks[t].start) != e.End+1 || d.art.Text[e.End] != ' ' {
			continue
		}
		end := t // the mission's last word
		switch d.toks[t].norm {
		case "embassy", "consulate", "consulate-general", "legation":
			if end+1 < len(d.toks) && d.toks[end+1].norm == "general" && int(d.toks[end+1].start) == int(d.toks[end].end)+1 {
				end++ // "the Indian consulate general"
			}
		case "high":
			if end+1 >= len(d.toks) || d.toks[end+1].norm != "commission" {
				continue
			}
			end++
		default:
			continue
		}
		if i+1 < len(ents) && ents[i+1].Start < int(d.toks[end].end) {
			continue
		}
		name := kb.Normalize(cleanName(e.Text))
		if _, ok := k.DemonymNorm(name); !ok && !d.countryName(name) {
			continue
		}
		e.End = int(d.toks[end].end)
		e.Text = d.art.Text[e.Start:e.End]
		e.Type = model.EntityOrg
	}
}

// countryName reports whether the normalised name is a country's.
func (d *docState) countryName(name string) bool {
	for _, a := range d.s.kb.LookupNorm(name, d.date) {
		if a.Type == kb.TypeCountry {
			return true
		}
	}
	return false
}

// missionGovernment returns the actor a country's mission stands for: its
// government (RUS.GOV for "the Russian embassy"), as CAMEO codes an
// embassy or consulate as its state's government. The mission has no
// voice of its own apart from the government it represents, so the
// story's "the Russian embassy said" and "Moscow said" are one actor;
// the mention keeps the mission's name as its text. nil for a country the
// knowledge base does not know.
func (d *docState) missionGovernment(c string) *link {
	a, ok := d.s.kb.SectorActor(c, kb.SectorGovernment)
	if !ok {
		return nil
	}
	g := fromActor(&a)
	// The knowledge base curates most governments as organisations and
	// makes up the rest as roles; a mission is a body named in the text,
	// which "the embassy said" after it points back to (definiteOrg looks
	// for organisations only).
	g.typ = kb.TypeOrganisation
	return g
}

// missionAnt is a mention of a state's diplomatic mission: where it is,
// the government it stands for, and whether it is a consulate (a
// consulate and an embassy of one state are two bodies, which a reader
// keeps apart: "the consulate" is no embassy named before).
type missionAnt struct {
	pos, sentence int
	l             *link
	consulate     bool
}

// noteMission records a resolved mention of a diplomatic mission (the
// normalised words of its name, or of the role phrase "Britain's embassy"
// ends in) for a definite "the embassy" after it (missionBack).
func (d *docState) noteMission(pos, sentence int, words []string, l *link) {
	if l == nil || l.country == "" || l.sector != kb.SectorGovernment || len(words) == 0 {
		return
	}
	if len(words) == 1 && !missionHeads[words[0]] || len(words) > 1 && !missionName(words) {
		return
	}
	consulate := false
	for _, w := range words {
		if w == "consulate" || w == "consulate-general" {
			consulate = true
		}
	}
	d.missions = append(d.missions, missionAnt{pos: pos, sentence: sentence, l: l, consulate: consulate})
}

// missionBack reads a definite mission word with no country of its own
// ("The embassy said", "the consulate", "the High Commission", "the
// mission") as the diplomatic mission the text named last ("the French
// embassy in Nairobi"), whose government it is (missionGovernment): news
// names a mission in full once and then by its head word. i is the first
// token after "the"; it returns the mention's last token and the link, or
// nil when no mission of that kind was named before, within
// referenceWindow sentences. "the mission" is also a military, a UN or
// a space mission: it goes back only to a mission named in its own or
// the previous sentence, with no other organisation named in between. A
// mission word that modifies a noun after it ("the embassy compound",
// "the mission statement"), is followed by "of" ("the embassy of Japan",
// named in full) or by a hyphen ("the embassy-run school") names no
// mission speaking or acted on.
func (d *docState) missionBack(i int) (int, *link) {
	if len(d.missions) == 0 || i < 1 || d.toks[i-1].norm != "the" {
		return 0, nil
	}
	end := i
	consulate, anyKind := false, false
	switch d.toks[i].norm {
	case "embassy", "legation":
	case "consulate", "consulate-general":
		consulate = true
	case "mission":
		anyKind = true
	case "high":
		if i+1 >= len(d.toks) || d.toks[i+1].norm != "commission" || !d.wordRun(i, i+1) || d.toks[i].upper != d.toks[i+1].upper {
			return 0, nil
		}
		end = i + 1
	default:
		return 0, nil
	}
	if end+1 < len(d.toks) {
		next := d.toks[end+1]
		if next.norm == "of" || next.norm == "" && int(next.start) == int(d.toks[end].end) && d.art.Text[next.start:next.end] == "-" {
			return 0, nil
		}
		if next.norm != "" && int(next.start) == int(d.toks[end].end)+1 {
			if p := d.posAt(int(next.start)); strings.HasPrefix(p, "NN") {
				return 0, nil
			}
		}
	}
	if l := d.lastMission(int(d.toks[i].start), consulate, anyKind); l != nil {
		return end, l
	}
	return 0, nil
}

// lastMission returns the government of the diplomatic mission named last
// before byte offset start, within referenceWindow sentences, when it is
// of the kind asked for (a consulate or not); anyKind takes either, named
// in this sentence or the one before, with no other organisation named
// between ("the mission", see missionBack). nil for none.
func (d *docState) lastMission(start int, consulate, anyKind bool) *link {
	sent := d.sentenceOf(start)
	var best *missionAnt
	for x := range d.missions {
		m := &d.missions[x]
		if m.pos >= start || best != nil && m.pos <= best.pos {
			continue
		}
		best = m
	}
	if best == nil || best.sentence < sent-referenceWindow || !anyKind && best.consulate != consulate {
		return nil
	}
	if anyKind && (best.sentence < sent-1 || d.orgBetween(best.pos, start)) {
		return nil
	}
	return best.l
}

// bareMission reads an organisation the tagger found whose name is a
// mission word alone after "the" ("The High Commission said", "the
// Embassy urged citizens") as the mission of that kind named last
// (lastMission), as missionBack reads one in lower case: a bare "High
// Commission" is otherwise a body of no country. key is the normalised
// name. nil when the name is another or no such mission was named.
func (d *docState) bareMission(e *model.Entity, key string) *link {
	if e.Type != model.EntityOrg || len(d.missions) == 0 {
		return nil
	}
	the := strings.HasPrefix(key, "the ")
	consulate := false
	switch strings.TrimPrefix(key, "the ") {
	case "embassy", "legation", "high commission":
	case "consulate", "consulate general", "consulate-general":
		consulate = true
	default:
		return nil
	}
	if i := d.tokenAt(e.Start); !the && (i < 1 || d.toks[i-1].norm != "the") && !strings.HasPrefix(strings.ToLower(e.Text), "the ") {
		return nil
	}
	return d.lastMission(e.Start, consulate, false)
}

// orgBetween reports whether an organisation entity starts after byte
// offset from and before to.
func (d *docState) orgBetween(from, to int) bool {
	for _, e := range d.art.Entities {
		if e.Start > from && e.Start < to && e.Type == model.EntityOrg {
			return true
		}
	}
	return false
}
