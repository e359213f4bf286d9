package kb

import "strings"

// productMakers are the one-word "<product>maker" nouns wire copy writes
// before a company's name ("drugmaker Biogen", "chipmaker Nvidia",
// "toymaker Hasbro"): each names a firm, never a person, as "lawmaker",
// "policymaker" or "filmmaker" do, which are left out. The tagger's rule
// (nlp) and the resolver's company cue read the same list.
var productMakers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`drugmaker chipmaker carmaker automaker planemaker jetmaker steelmaker toymaker
		truckmaker phonemaker handsetmaker shipmaker tiremaker tyremaker`) {
		m[w] = true
	}
	return m
}()

// ProductMaker reports whether lower-case word w is a "<product>maker"
// noun that names a company's trade.
func ProductMaker(w string) bool { return productMakers[w] }
