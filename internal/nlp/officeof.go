package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// officeOfWords are offices whose "Office of the ..." news names and the
// knowledge base's roles lack: an ombudsman heads a body, not a government.
var officeOfWords = wordSet(`ombudsman ombudsperson comptroller`)

// officeOfTitles makes "Office of the <title>" one organisation: "the Office
// of the Ombudsman", "the Office of the Attorney General", "the Office of the
// President". The tagger leaves "Office" a name of its own and the title
// untagged or a person ("Ombudsman"), and joinLinkedOrgs joins only an
// organisation's span after the link; the office's statement was then a
// person's, or a lone "Office"'s. role reports whether a lower-case phrase
// is a title of the knowledge base; the title is one to four capitalised
// words and must end the name (no capitalised word after it, no span
// running on).
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
		t := k + 3
		e := 0
		for m := 1; m <= 4 && t+m <= len(words) && capitalised(words[t+m-1]) && !allCaps(words[t+m-1]); m++ {
			if title := strings.ToLower(strings.Join(words[t:t+m], " ")); officeOfWords[title] || role(title) {
				e = t + m
			}
		}
		if e == 0 || e < len(words) && (capitalised(words[e]) || strings.HasPrefix(tags[e], "I-")) {
			continue
		}
		setSpan(tags, a, e, model.EntityOrg)
		k = e - 1
	}
}
