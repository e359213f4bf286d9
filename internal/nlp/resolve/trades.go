package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// Trades. A definite description by a company's trade ("the French
// drugmaker", "the carmaker", "the airline", "the bank") refers back to a
// company of that trade: after "Renault said ... Sanofi reported ...",
// "the drugmaker" is Sanofi, and after Renault alone it is not Renault.
// The trade of a company is known from a small curated table of the
// knowledge base's companies whose trade is their main and lasting
// business (kb.CompanyTrade, data/company_trades.tsv: the makers of cars,
// medicines, chips, aircraft and steel, airlines and banks), or from its
// name ("Kenya Airways", "Equity Bank", "Atlas Motors", "Sage
// Therapeutics"). A company whose trade is not known stays
// a candidate for any trade word, as before.

// tradeNouns map the head of a trade description to its trade.
var tradeNouns = map[string]string{
	"carmaker": "car", "automaker": "car", "drugmaker": "drug", "airline": "airline",
	"bank": "bank", "lender": "bank", "chipmaker": "chip", "planemaker": "plane", "jetmaker": "plane",
	"steelmaker": "steel", "toymaker": "toy",
}

// nameTrades are the words in a company's name that give its trade.
var nameTrades = map[string]string{
	"airlines": "airline", "airways": "airline", "bank": "bank", "bancorp": "bank", "motors": "car",
	"motor": "car", "pharmaceuticals": "drug", "pharmaceutical": "drug", "pharma": "drug",
	"therapeutics": "drug", "semiconductor": "chip", "semiconductors": "chip", "steel": "steel",
}

// tradeOf returns the trade of the organisation l, "" when not known.
func tradeOf(k *kb.KB, l *link) string {
	if t := k.CompanyTrade(l.id); t != "" {
		return t
	}
	for _, w := range strings.Fields(kb.Normalize(l.name)) {
		if t, ok := nameTrades[w]; ok {
			return t
		}
	}
	return ""
}

// makerTrades are the trades of "<product>maker" nouns whose product is
// written otherwise in company_trades.tsv ("automaker" and "carmaker" are
// both "car").
var makerTrades = map[string]string{"auto": "car", "jet": "plane", "handset": "phone", "tyre": "tire"}

// headTrade returns the trade a trade description's head names: a
// tradeNouns word, or any "<product>maker" of kb.ProductMaker
// ("toymaker": "toy", "truckmaker": "truck"); "" for any other word.
func headTrade(head string) string {
	if t, ok := tradeNouns[head]; ok {
		return t
	}
	if !kb.ProductMaker(head) {
		return ""
	}
	p := strings.TrimSuffix(head, "maker")
	if t, ok := makerTrades[p]; ok {
		return t
	}
	return p
}

// otherTrade reports whether the trade description whose head is head
// ("drugmaker") names a trade other than the one organisation l is known
// to ply.
func otherTrade(k *kb.KB, head string, l *link) bool {
	want := headTrade(head)
	if want == "" {
		return false
	}
	got := tradeOf(k, l)
	return got != "" && got != want
}

// tradeWindow is how many sentences back a trade description ("the
// drugmaker", "the toymaker") looks for the company it names: a company
// of that very trade is still in the reader's mind a few sentences on
// ("Pfizer raised its forecast. ... . ... . The drugmaker said"), where
// "the company" has only its own and the previous sentence (definiteOrg).
const tradeWindow = 3

// sameTrade reports whether organisation l is known to ply the trade the
// description's head names: beyond definiteOrg's own window only such a
// company is what "the drugmaker" refers back to, not any firm.
func sameTrade(k *kb.KB, head string, l *link) bool {
	want := headTrade(head)
	return want != "" && tradeOf(k, l) == want
}
