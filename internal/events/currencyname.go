package events

import "github.com/newsgraph/newsgraph/internal/model"

// currencyName says whether a place or nationality entity of type typ
// ending at token j names a currency: the word after it is a unit of money
// ("Australian dollars", "U.S. dollar", "Swiss francs", "Mexican pesos",
// "Hong Kong dollars"). Such a name says in what money a sum is told and is
// no side of an event: "the regulator will seek penalties of 10 million
// Australian dollars" seeks nothing from Australia. An organisation or a
// person so placed ("paid the Dollar Shave Club") is not read this way.
func currencyName(toks []tok, typ string, j int) bool {
	if typ != model.EntityGPE && typ != model.EntityNORP {
		return false
	}
	return j < len(toks) && moneyUnits[toks[j].low]
}
