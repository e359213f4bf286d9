package kb

// Pair phrases. "The two countries", "both sides", "the two leaders" name
// no actor of their own but the two parties a story has just named: the
// event coder (internal/events) and the resolver (internal/nlp/resolve,
// for entities and quotes) read them alike with what is here.

// PairKind says which parties a pair head names.
type PairKind int

// Pair kinds.
const (
	PairAny     PairKind = iota // any two parties: "both sides", "the two delegations"
	PairStates                  // states only: "the two countries" (and their "two governments") are the last two states named, not a leader and a state
	PairPersons                 // persons first: "the two leaders" are the two persons named, when there are two
)

// pairHeads are the plural heads that "the two" or "both" make a pair of
// the parties named before.
var pairHeads = map[string]PairKind{"leaders": PairPersons, "sides": PairAny, "parties": PairAny, "countries": PairStates, "nations": PairStates,
	"governments": PairStates, "presidents": PairPersons, "ministers": PairPersons, "delegations": PairAny,
	"neighbours": PairStates, "neighbors": PairStates, "men": PairPersons, "rivals": PairAny, "allies": PairAny}

// PairHead reports whether the lower-case word is a pair head, and which
// parties it names.
func PairHead(word string) (kind PairKind, ok bool) {
	kind, ok = pairHeads[word]
	return kind, ok
}

// pairSectors are the pair heads that name a sector of the two parties,
// not the parties themselves: "the two governments" after "Kenya and
// Uganda" are the Kenyan and Ugandan governments, as "the Kenyan
// government" is, not the two countries.
var pairSectors = map[string]string{"governments": SectorGovernment}

// PairSector returns the sector a pair head names of its two parties
// ("governments": the government), "" for a head that names the parties
// themselves ("countries", "sides", "leaders").
func PairSector(word string) string {
	return pairSectors[word]
}

// PairPhrase reports whether the lower-case words end in a pair phrase at
// words[i]: "both X" or "the two X" for a pair head X.
func PairPhrase(words []string, i int) bool {
	if i < 1 || i >= len(words) {
		return false
	}
	if _, ok := pairHeads[words[i]]; !ok {
		return false
	}
	if words[i-1] == "both" {
		return true
	}
	return i >= 2 && words[i-1] == "two" && words[i-2] == "the"
}

// LastPair picks, from n mentions in text order whose countries country(k)
// gives ("" for none, which are skipped), the last two of different
// countries: a mention is taken when its country differs from the one taken
// last and, with two or more taken, from the first one taken ("Biden met Xi
// ... Biden said" is still Biden and Xi). It returns their indexes; ok is false when
// fewer than two countries are named.
func LastPair(n int, country func(k int) string) (a, b int, ok bool) {
	var taken []int
	for k := 0; k < n; k++ {
		c := country(k)
		if c == "" {
			continue
		}
		if len(taken) == 0 || country(taken[len(taken)-1]) != c && (len(taken) < 2 || country(taken[0]) != c) {
			taken = append(taken, k)
		}
	}
	if len(taken) < 2 {
		return 0, 0, false
	}
	return taken[len(taken)-2], taken[len(taken)-1], true
}

// PairSide is the side a party stands on for pairing: its country, with a
// country's armed rebels and political opposition a side apart from its
// government ("Sudan's government and the SPLM-N signed a deal. The two
// sides agreed to meet again" are a pair within one country, as a civil
// war's talks are). Give it to LastPair as the country of each mention.
//
// A country's civilians or refugees are no side ("" like a mention with no
// country): "The army chose war over the lives of Sudanese people, an RSF
// adviser said. Mediators urged both sides to respect the ceasefire" asks
// the army and the RSF, not the people caught between them.
func PairSide(country, sector string) string {
	if country == "" {
		return ""
	}
	switch sector {
	case SectorRebel, SectorOpposition:
		return country + "/" + sector
	case SectorCivilian, SectorRefugee:
		return ""
	}
	return country
}
