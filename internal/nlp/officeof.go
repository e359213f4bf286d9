package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// officeOfWords are offices whose "Office of the ..." news names and the
// knowledge base's roles lack: an ombudsman heads a body, not a government.
var officeOfWords = wordSet(`ombudsman ombudsperson comptroller`)

// officeOfTitleWords are titles of several words that roles.tsv lacks too:
// the heads of a state's audit and accounts offices ("Office of the
// Auditor General").
var officeOfTitleWords = map[string]bool{"auditor general": true, "auditor-general": true, "accountant general": true,
	"controller and auditor general": true}

// officeOfLinks are the lower-case words inside a title of several words
// ("Director of Public Prosecutions", "Inspector General of Police",
// "Controller and Auditor General"); the title still ends in a
// capitalised word.
var officeOfLinks = map[string]bool{"of": true, "and": true, "for": true}

// officeOfTitles makes "Office of the <title>" one organisation: "the Office
// of the Ombudsman", "the Office of the Attorney General", "the Office of the
// President". The tagger leaves "Office" a name of its own and the title
// untagged or a person ("Ombudsman"), and joinLinkedOrgs joins only an
// organisation's span after the link; the office's statement was then a
// person's, or a lone "Office"'s. role reports whether a lower-case phrase
// is a title of the knowledge base; the title is one to six words,
// capitalised but for linking words (officeOfLinks), and must end the
// name (no capitalised word after it, no span running on).
func officeOfTitles(words, tags []string, role func(string) bool) {
	for k := 0; k+3 < len(words); k++ {
		if w := words[k]; w != "Office" && w != "Offices" || words[k+1] != "of" || !strings.EqualFold(words[k+2], "the") {
			continue
		}
		a := k
		switch {
		case tags[k] == "O" || tags[k] == "B-"+model.EntityOrg:
		case tags[k] == "I-"+model.EntityOrg:
			a = spanStart(tags, k)
		default:
			continue
		}
		if spanEnd(tags, a) > k+1 && tags[k] != "O" {
			continue // the tagger's span already runs on past "Office"
		}
		e := officeOfTitleEnd(words, k+3, role)
		if e == 0 || e < len(words) && (capitalised(words[e]) || strings.HasPrefix(tags[e], "I-")) {
			continue
		}
		setSpan(tags, a, e, model.EntityOrg)
		k = e - 1
	}
}

// officeOfTitleEnd returns the end of the longest title (see
// officeOfTitles) that starts at word t, or 0.
func officeOfTitleEnd(words []string, t int, role func(string) bool) int {
	e := 0
	for m := 1; m <= 6 && t+m <= len(words); m++ {
		w := words[t+m-1]
		if m > 1 && officeOfLinks[w] {
			continue // "Director of Public Prosecutions"
		}
		if !capitalised(w) || allCaps(w) {
			break
		}
		if title := strings.ToLower(strings.Join(words[t:t+m], " ")); officeOfWords[title] || officeOfTitleWords[title] || role(title) {
			e = t + m
		}
	}
	return e
}
