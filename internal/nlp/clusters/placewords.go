package clusters

// Many city names are also English words or given names (Reading, Nice,
// Split, Mobile, Bath, Eugene), so a knowledge base's city word alone does
// not make a capitalised word a place: the word must also keep company with
// place names. In these clusters, those six bits deep where city names are
// common hold a share of 17-22% city names; the next ones hold 9% or less,
// and those of "nice", "split", "mobile", "bath", "reading" and "eugene"
// 0.1-6%. A word in a cluster of at least placeShare city names is a place
// name. The event coder (untagged cities where an event happens) and the
// NER fix-ups (untagged cities after "in") both ask this one question.
const (
	placeBits  = 6
	placeShare = 0.15
)

// PlaceWords tells whether a lower-case word keeps company with place names.
type PlaceWords struct {
	cl    *Clusters
	dense map[string]bool // cluster prefixes rich in city names
}

// NewPlaceWords finds the clusters rich in the given city names (one-word,
// lower-case, normalised as the clusters' words are). With no clusters no
// word is a place word.
func NewPlaceWords(cl *Clusters, cityWords []string) *PlaceWords {
	pw := &PlaceWords{cl: cl, dense: map[string]bool{}}
	if cl == nil {
		return pw
	}
	cities := map[string]int{}
	for _, w := range cityWords {
		if p := cl.Path(w); p != "" {
			cities[p[:min(placeBits, len(p))]]++
		}
	}
	for prefix, n := range cl.PrefixCounts(placeBits) {
		if n > 0 && float64(cities[prefix])/float64(n) >= placeShare {
			pw.dense[prefix] = true
		}
	}
	return pw
}

// PlaceLike says whether a lower-case word is in a cluster rich in place
// names.
func (pw *PlaceWords) PlaceLike(lower string) bool {
	if pw == nil || pw.cl == nil {
		return false
	}
	p := pw.cl.Path(lower)
	return p != "" && pw.dense[p[:min(placeBits, len(p))]]
}
