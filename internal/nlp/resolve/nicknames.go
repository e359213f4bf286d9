package resolve

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// nicknameWords returns the words a knowledge-base person is also called
// by in an alias of two or three capitalised words that are not in the
// person's name ("Bibi" of "Bibi Netanyahu" for Benjamin Netanyahu), so
// that a later short form ("Bibi said") links to the person the article
// named in full (shortForm). An alias of one word ("AMLO", "Lula") is
// looked up whole already. Spellings of the name the aliases hold
// ("Zelensky", "Sergei") count as well. Only capitalised words count: "Prince of Wales"
// gives no "of"; a lone nickname before any full name is left alone.
func (d *docState) nicknameWords(l *link) []string {
	a, ok := d.s.kb.Actor(l.id)
	if !ok || a.Type != kb.TypePerson {
		return nil
	}
	var out []string
	for _, alias := range a.Aliases {
		fields := strings.Fields(alias)
		if len(fields) < 2 || len(fields) > 3 {
			continue
		}
		capitalised := true
		for _, f := range fields {
			if r := []rune(f)[0]; !unicode.IsUpper(r) {
				capitalised = false
				break
			}
		}
		if !capitalised {
			continue
		}
		for _, w := range strings.Fields(kb.Normalize(alias)) {
			// An initial ("Donald J. Trump") or a title ("King Charles",
			// "Ayatollah Khamenei") is no name a story shortens to.
			if len(w) < 2 || aliasTitles[w] || personTitle[w] || honorific[w] {
				continue
			}
			if !slices.Contains(l.words, w) && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// aliasTitles are the titles the knowledge base's aliases put before a
// name ("Queen Elizabeth", "Emperor Naruhito", "Prince Sultan").
var aliasTitles = wordSet("king queen emperor empress prince princess crown ayatollah sheikh sheik emir sultan pope saint st")
