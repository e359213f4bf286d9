package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// toldPlace gives the acts of one sentence the place that the next sentence
// names for them: "Gunmen killed 12 civilians in an ambush on Monday. The
// attack took place near the town of Beni." A wire story often tells the
// act first and where it happened after; the second sentence, opening on a
// definite noun for that kind of act ("The attack", "The talks") and a verb
// of occurring ("took place", "happened", "occurred"), is about the act
// just told and adds no event of its own. Only events first told in the
// sentence right before it, of the kinds its noun names, that happened
// (modality actual) and name no place of their own get the place; the
// dateline's place (datelinePlace, run after) is then not needed.
func toldPlace(evs []*draft, sents []model.Sentence, entsBy sentenceEntities) {
	for si := 1; si < len(sents); si++ {
		s := sents[si]
		types, rest := sceneOpening(s.Text)
		if types == nil {
			continue
		}
		place, ok := placeAfter(s, rest, entsBy.of(s.Index))
		if !ok {
			continue
		}
		prev := sents[si-1].Index
		for _, d := range evs {
			e := &d.ev
			if e.Location != nil || e.Modality != "actual" || len(e.Evidence) == 0 || e.Evidence[0].Sentence != prev || !types[e.Type] {
				continue
			}
			l := place
			e.Location = &l
		}
	}
}

// sceneNouns map the definite nouns a follow-up sentence names an act by to
// the event types that act is coded as.
var sceneNouns = map[string]map[string]bool{}

func init() {
	violent := map[string]bool{"ASSAULT": true, "FIGHT": true}
	for _, n := range strings.Fields("attack attacks ambush assault raid bombing bombings blast explosion shooting killing killings massacre clash clashes fighting") {
		sceneNouns[n] = violent
	}
	meeting := map[string]bool{"CONSULT": true}
	for _, n := range strings.Fields("meeting talks summit") {
		sceneNouns[n] = meeting
	}
}

// sceneVerbs are the verbs of occurring that open the place after a
// scene noun ("took place in", "happened near").
var sceneVerbs = []string{"took place", "happened", "occurred", "was held", "were held"}

// scenePreps are the prepositions of place after a scene verb.
var scenePreps = []string{"in", "near", "at", "outside", "on the outskirts of"}

// sceneOpening reads the opening "The attack took place near" of a
// sentence: the types its noun names and the text after the preposition,
// or nil when the sentence does not open so.
func sceneOpening(text string) (map[string]bool, string) {
	w := strings.Fields(text)
	if len(w) < 4 || (w[0] != "The" && w[0] != "This" && w[0] != "That") {
		return nil, ""
	}
	types := sceneNouns[strings.ToLower(w[1])]
	if types == nil {
		return nil, ""
	}
	rest := strings.Join(w[2:], " ")
	for _, v := range sceneVerbs {
		after, ok := strings.CutPrefix(rest, v+" ")
		if !ok {
			continue
		}
		for _, p := range scenePreps {
			if r, ok := strings.CutPrefix(after, p+" "); ok {
				return types, r
			}
		}
	}
	return nil, ""
}

// placeAfter returns the first place the rest of the sentence names, when
// it comes first after the preposition, past a place noun ("the town of",
// "the village of"): the scene's place. A place named later ("in an area
// controlled by ...") is not the scene's.
func placeAfter(s model.Sentence, rest string, ents []model.Entity) (model.EventActor, bool) {
	off := strings.Index(s.Text, rest)
	if off < 0 {
		return model.EventActor{}, false
	}
	lead := rest
	for _, p := range []string{"the town of ", "the village of ", "the city of ", "the district of ", "the port of ", "the region of "} {
		if r, ok := strings.CutPrefix(lead, p); ok {
			lead = r
			break
		}
	}
	at := s.Start + off + len(rest) - len(lead)
	for _, e := range ents {
		if e.Start == at && e.Country != "" && (e.Type == model.EntityGPE || e.Type == model.EntityLoc) {
			return model.EventActor{Text: e.Text, ActorID: e.ActorID, Country: e.Country}, true
		}
	}
	return model.EventActor{}, false
}
