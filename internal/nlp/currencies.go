package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// currencyWords name currencies. Left out are names that are also common
// words or given names ("won", "real", "rand", "mark"), which the context
// test below cannot tell apart.
var currencyWords = wordSet(`sterling pound pounds euro euros yen dollar dollars greenback rouble roubles
	ruble rubles yuan renminbi rupee rupees rupiah ringgit baht peso pesos lira franc francs shekel
	dinar naira zloty forint hryvnia krona krone cedi shilling`)

// marketVerbs are what a currency does in a market report right after its
// name ("sterling rose", "the yen slipped").
var marketVerbs = wordSet(`rose rises rising fell falls falling gained gains lost slipped slips eased eases
	firmed weakened weakens strengthened edged jumped slumped dropped climbed plunged rallied recovered
	steadied dipped tumbled surged sank advanced retreated declined extended pared traded trades
	hovered appreciated depreciated`)

// currenciesAreNoActors untags a one-word person or organisation that is a
// currency named in a market report: "Sterling rose 0.4 percent against
// the dollar" is about money, and read as a person the currency became an
// actor and a keyword. The report's context decides (a market verb right
// after the name, or "against" soon after it), so that a family name such
// as Sterling stays a person elsewhere ("Sterling scored twice").
func currenciesAreNoActors(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if j != i+1 || typ != model.EntityPerson && typ != model.EntityOrg || !currencyWords[strings.ToLower(words[i])] {
			return
		}
		if !currencyContext(words, j) {
			return
		}
		tags[i] = "O"
	})
}

// currencyContext reports whether the words from j on read as a market
// report about the currency named just before: a market verb next (after
// at most one adverb such as "also" or "briefly"), or "against" within the
// next four words ("sterling was flat against the euro").
func currencyContext(words []string, j int) bool {
	for k := j; k < len(words) && k < j+2; k++ {
		if marketVerbs[strings.ToLower(words[k])] {
			return true
		}
		if !strings.HasSuffix(strings.ToLower(words[k]), "ly") && strings.ToLower(words[k]) != "also" {
			break
		}
	}
	for k := j; k < len(words) && k < j+4; k++ {
		w := strings.ToLower(words[k])
		if w == "against" {
			return true
		}
		if w == "." || w == ";" {
			break
		}
	}
	return false
}
