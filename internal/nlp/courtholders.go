package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// courtWords end a court's name right before a judge's title: "Supreme
// Court Justice ...", "Administrative Tribunal Judge ...".
var courtWords = wordSet(`court tribunal`)

// courtOffices are the judges' titles written after a court's name.
var courtOffices = wordSet(`justice judge magistrate`)

// courtOfficeHolders splits "<court> Justice|Judge <name>" into the court,
// the title and the judge: "[Supreme Court] Justice [Alexandre de Moraes]",
// "[High Court] Judge [Mario Quintero Vidal]". The tagger, reading "Court
// Justice" as the inside of a body's name, runs the court, the title and
// the judge's name into one organisation (or splits the name), and
// officeHolders, which takes only titles led by "Chief" or a portfolio,
// leaves it; the resolver then made an organisation of the judge, and the
// event a body's. The name is one to five capitalised words, with name
// particles ("de", "dos") between them, and no title, office or head of a
// body's, a place's or a medium's name; a span running on past it, or a
// title after "of" ("Court of Justice"), is left alone.
func courtOfficeHolders(words, tags []string) {
	for t := 2; t+1 < len(words); t++ {
		if !courtOffices[strings.ToLower(words[t])] || !capitalised(words[t-1]) || !courtWords[strings.ToLower(words[t-1])] {
			continue
		}
		// The court's name: the organisation span that holds "Court", or
		// the capitalised words before it.
		a := t - 1
		if strings.HasPrefix(tags[a], "I-") {
			for a > 0 && strings.HasPrefix(tags[a], "I-") {
				a--
			}
		} else {
			for a > 0 && tags[a-1] == "O" && capitalised(words[a-1]) && !functionWords[strings.ToLower(words[a-1])] &&
				!strings.Contains(words[a-1], "'") && !allCaps(words[a-1]) {
				a--
			}
		}
		if a == t-1 || tags[a] != "O" && tags[a] != "B-ORG" {
			continue
		}
		n := t + 1
		for n < len(words) {
			if capitalised(words[n]) || nameParticles[words[n]] && n+1 < len(words) && capitalised(words[n+1]) && n > t+1 {
				n++
				continue
			}
			break
		}
		if n == t+1 || n-(t+1) > 5 || n < len(tags) && strings.HasPrefix(tags[n], "I-") || !courtJudgeName(words[t+1:n]) {
			continue
		}
		setSpan(tags, a, t, model.EntityOrg)
		tags[t] = "O"
		setSpan(tags, t+1, n, model.EntityPerson)
		t = n - 1
	}
}

// courtJudgeName reports whether ws can be a judge's name after the title:
// no word of it is a title, an office, or the head of a body's, a place's
// or a medium's name.
func courtJudgeName(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		if allCaps(w) && len(w) > 1 || namedOffices[lw] || personTitles[lw] || ambiguousTitles[lw] ||
			holderTitles[lw] || officeWords[lw] || orgHeads[lw] || orgNameHeads[lw] || placeHeads[lw] ||
			corporateHeads[lw] || companyHeads[lw] || media.Head(w) || nonNameWords[lw] || courtWords[lw] {
			return false
		}
	}
	return true
}
