package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// foreignTitles are the courtesy titles that stand before a person's name
// in articles written in another language, as "Mr." and "Mrs." do in
// English: French "M. Macron", "Mme Le Pen", "Mlle Dupont"; Spanish and
// Portuguese "Sr. García", "Sra. Sánchez"; German "Herr Scholz", "Frau
// Baerbock". The tagger, trained on English, takes them into the person's
// span, and the resolver then finds no one called "M. Macron" and makes a
// person of the article out of the title and the name. They are cut only
// in an article of their language: in English "M." is an initial ("M.
// Night Shyamalan") and "Frau" a borrowed word.
var foreignTitles = map[string]map[string]bool{
	"fr": wordSet(`m. mm. mme mme. mmes mlle mlle. mlles monsieur madame mademoiselle`),
	"es": wordSet(`sr. sra. srta. sres. sras. señor señora señorita`),
	"pt": wordSet(`sr. sra. srta. sr.ª senhor senhora`),
	"de": wordSet(`herr herrn frau hr. fr.`),
}

// cutForeignTitles cuts the courtesy titles of the article's language
// (foreignTitles) from the front of its persons' spans, in place, when a
// capitalised name follows: "M. Macron" becomes "Macron", which the
// resolver links like any surname. A span of a title alone is left.
func cutForeignTitles(lang string, ents []model.Entity) {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i] // "fr-FR"
	}
	titles := foreignTitles[lang]
	if titles == nil {
		return
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != model.EntityPerson {
			continue
		}
		for {
			first, rest, ok := strings.Cut(e.Text, " ")
			if !ok || !titles[strings.ToLower(first)] {
				break
			}
			trimmed := strings.TrimLeft(rest, " ")
			if trimmed == "" || !capitalised(trimmed) {
				break
			}
			e.Start += len(e.Text) - len(trimmed)
			e.Text = trimmed
		}
	}
}
