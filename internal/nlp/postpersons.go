package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// postAppositivePersons makes a person of an organisation's span of two or
// three capitalised words set off by commas right after a lower-case word
// for a person's post: "The Bank of Ghana's deputy governor, Kwame
// Asante, spoke to Reuters", "the union's general secretary, Mara
// Okafor, said". The tagger, which had not seen the name, called it an
// organisation, and the interview's answers got no speaker; but the
// name a post is set beside is the one who holds it, as rolePersons reads
// it with no comma between ("deputy governor Kwame Asante"). The name must
// close where the apposition does (a comma, a full stop, a semicolon or
// "said"). A span that ends like an organisation's or a place's name
// ("its adviser, Kestrel Holdings,") or that other names in the knowledge
// base and no person ("its adviser, Goldman Sachs,") is left.
func postAppositivePersons(words, tags []string, other func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || i < 2 || j-i < 2 || j-i > 3 || words[i-1] != "," || !roleBeforeName(words, i-2) {
			return
		}
		if j < len(words) {
			switch words[j] {
			case ",", ".", ";", "said":
			default:
				return
			}
		}
		for _, w := range words[i:j] {
			lw := strings.ToLower(w)
			if !capitalised(w) || allCaps(w) || !isNameWord(w) || functionWords[lw] || nonPersonNameWords[lw] ||
				orgHeads[lw] || orgNameHeads[lw] || corporateHeads[lw] || companyHeads[lw] || tradeHeads[lw] ||
				acronymHeads[lw] || placeHeads[lw] || media.Head(w) || media.Word(w) {
				return
			}
		}
		if other != nil && other(words[i:j]) {
			return
		}
		setSpan(tags, i, j, model.EntityPerson)
	})
}
