package quotes

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// personDemonym says a nationality word names one person when it follows
// "the" ("the Spaniard", "the Briton", "the Frenchman", "the Kenyan",
// "the Iraqi"), by its ending: sports and court copy goes back to a named
// person this way. The words in -ese, -ch, -sh or -ss ("the Chinese", "the
// French", "the Swiss") name a people or its government as often, and a
// plural ("the Kenyans") is many people, so those are left as they were.
func personDemonym(w string) bool {
	if w == "" || strings.ToUpper(w[:1]) != w[:1] || strings.HasSuffix(w, "s") {
		return false
	}
	for _, end := range []string{"ard", "man", "woman", "on", "an", "i"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// compoundDemonym says w is a nationality made one word with "man" or
// "woman" ("Frenchman", "Dutchwoman", "Welshman", "Scotsman"): its first
// part is a nationality adjective ending in -ch, -sh or -ts, which an
// office ("Chairman", "Ombudsman", "Spokeswoman") never is.
func compoundDemonym(w string) bool {
	if w == "" || strings.ToUpper(w[:1]) != w[:1] {
		return false
	}
	low := strings.ToLower(w)
	stem, ok := strings.CutSuffix(low, "woman")
	if !ok {
		stem, ok = strings.CutSuffix(low, "man")
	}
	if !ok || len(stem) < 4 {
		return false
	}
	return strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "ts")
}

// demonymPerson is the speaker of "the Spaniard" (tokens s..e, the
// nationality entity en): the person named before it that a pronoun of
// either gender would go back to, speaking with the mention's words, as
// "the minister" does for the person last given the title; with no such
// person, a person of that country whose name the article does not give
// (no actor: the country is not who spoke). A person the knowledge base
// gives another country is not the one meant.
func (st *state) demonymPerson(s, e int, en model.Entity) *model.Speaker {
	text := st.v.textOf(s, e)
	if p := st.resolveAs(s, s, "one"); p.sp != nil && p.sp.ActorID != "" && st.personActor(p.sp.ActorID) &&
		(p.sp.Country == "" || p.sp.Country == en.Country) {
		sp := *p.sp
		sp.Text = text
		if sp.Country == "" {
			sp.Country = en.Country
		}
		return &sp
	}
	return &model.Speaker{Text: text, Country: en.Country}
}

// personActor says a person entity of the article resolved to actor id.
func (st *state) personActor(id string) bool {
	for _, en := range st.v.a.Entities {
		if en.Type == model.EntityPerson && en.ActorID == id {
			return true
		}
	}
	return false
}
