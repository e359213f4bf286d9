package nlp

import "strings"

// Places a natural disaster hits. "Floods hit Valencia", "A strong
// earthquake struck Hualien", "Storm Boris battered Opole": what a flood,
// a storm or a quake hits, strikes or sweeps is a place, never a person, so
// a name the tagger calls a person there (a city named like a surname or
// a given name: Valencia, Florence, Austin) is a place. The subject must be
// a disaster's noun near the verb: "the car hit Smith", "police struck
// Garcia" keep their persons, and so does a name the document gives a
// person's sign elsewhere (a title before it, a word of a full name).

// disasterNouns name natural disasters and the weather that does damage.
var disasterNouns = wordSet(`flood floods flooding floodwaters earthquake earthquakes quake quakes tremor tremors
	aftershock aftershocks storm storms typhoon typhoons hurricane hurricanes cyclone cyclones tornado tornadoes
	tornados wildfire wildfires bushfire bushfires blaze blazes drought droughts landslide landslides mudslide
	mudslides tsunami tsunamis blizzard blizzards snowstorm snowstorms heatwave heatwaves rain rains downpour
	downpours deluge avalanche avalanches eruption`)

// disasterVerbs are the verbs news uses for a disaster reaching a place.
var disasterVerbs = wordSet(`hit hits hitting struck strike strikes striking battered batters battering
	swept sweeps sweeping lashed lashes lashing pounded pounds pounding ravaged ravages ravaging
	rocked rocks rocking devastated devastates inundated inundates`)

// disasterSubjectWindow is how many words before the verb the disaster's
// noun may stand: "Heavy floods hit", "A powerful 7.4 magnitude
// earthquake struck", "Storm Boris battered" (the storm's own name in
// between).
const disasterSubjectWindow = 5

// disasterPlaces retypes as a place (GPE) a person span right after a
// disaster verb whose subject is a disaster noun, unless a word of the
// span is a person's elsewhere in the document. Capitalised words the
// tagger left untagged there ("A powerful storm battered Florence": a
// given name as well as a city, so the tagger dares neither) are a place
// when place says the knowledge base knows them as one, on the same terms.
//
// A name after a verb of hitting whose subject is the fire of war (an
// attack noun) is a place on firmer terms: one the knowledge base knows as
// a place, town or city (struckPlace), and no person's elsewhere; and a
// one-word organisation there ("Artillery pounded Sumy") is such a place
// too when the knowledge base has no organisation of that name.
func disasterPlaces(sents, tags [][]string, place, struckPlace func([]string) bool) {
	person := map[string]bool{}
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if i > 0 {
				if p := strings.ToLower(ws[i-1]); personTitles[p] || holderTitles[p] || ambiguousTitles[p] || royalTitles[p] {
					for _, w := range ws[i:j] {
						person[w] = true
					}
				}
			}
		})
	}
	for si, ws := range sents {
		ts := tags[si]
		for v := 1; v+1 < len(ws); v++ {
			if !disasterVerbs[strings.ToLower(ws[v])] || ts[v] != "O" {
				continue
			}
			end := v + 1
			org := false
			switch {
			case ts[v+1] == "B-PER":
				end = spanEnd(ts, v+1)
			case ts[v+1] == "B-ORG" && spanEnd(ts, v+1) == v+2:
				end, org = v+2, true
			case ts[v+1] == "O" && place != nil:
				end = untaggedPlaceEnd(ws, ts, v+1, place)
			}
			if end == v+1 {
				continue
			}
			if org || !disasterSubject(ws, ts, v) {
				// What shelling, a missile or a drone hits is a place
				// too, but people are struck in war news as well, so
				// the name must be a place the knowledge base knows.
				if !attackSubject(ws, ts, v) || struckPlace == nil || !struckPlace(ws[v+1:end]) {
					continue
				}
			}
			cue := false
			for _, w := range ws[v+1 : end] {
				cue = cue || person[w] || fullNameWord(sents, tags, w, si, v+1)
			}
			if !cue {
				setSpan(ts, v+1, end, "GPE")
			}
		}
	}
}

// attackNouns name the fire of war that hits a place: "Shelling hit
// Pokrovsk", "Russian missiles struck Kramatorsk", "Artillery pounded
// Sumy".
var attackNouns = wordSet(`shelling shellfire shells shell missile missiles rocket rockets drone drones airstrike
	airstrikes strike strikes bombardment bombardments bombs artillery barrage barrages mortars mortar`)

// attackSubject reports whether an attack noun stands in the few words
// before the verb at v, with no clause break between, as disasterSubject
// does for a disaster's noun.
func attackSubject(ws, ts []string, v int) bool {
	for k := v - 1; k >= 0 && k >= v-disasterSubjectWindow; k-- {
		w := strings.ToLower(ws[k])
		if attackNouns[w] && ts[k] == "O" {
			return true
		}
		if len(w) == 1 && strings.ContainsAny(w, ",;:.!?\"()") {
			return false
		}
	}
	return false
}

// disasterSubject reports whether a disaster noun stands in the few words
// before the verb at v, with no clause break (a punctuation mark or another
// verb of the list) between.
func disasterSubject(ws, ts []string, v int) bool {
	for k := v - 1; k >= 0 && k >= v-disasterSubjectWindow; k-- {
		w := strings.ToLower(ws[k])
		if disasterNouns[w] && (ts[k] == "O" || strings.HasPrefix(ts[k], "B-")) {
			return true
		}
		if len(w) == 1 && strings.ContainsAny(w, ",;:.!?\"()") {
			return false
		}
	}
	return false
}

// fullNameWord reports whether w is a word of a person span of two words or
// more anywhere in the document other than the one at sents[si][at:].
func fullNameWord(sents, tags [][]string, w string, si, at int) bool {
	found := false
	for sj, ws := range sents {
		forSpans(tags[sj], func(typ string, i, j int) {
			if typ != "PER" || j-i < 2 || sj == si && i == at {
				return
			}
			for _, x := range ws[i:j] {
				found = found || x == w
			}
		})
	}
	return found
}

// maxUntaggedPlace is the most words an untagged place's name after a
// disaster verb is read as ("Baton Rouge", "Rio Grande do Sul").
const maxUntaggedPlace = 4

// untaggedPlaceEnd returns the end of the longest run of untagged
// capitalised words at ws[i:] that place knows, or i when there is none.
// A weekday or a month is no place ("the storm hit Monday").
func untaggedPlaceEnd(ws, ts []string, i int, place func([]string) bool) int {
	j := i
	for j < len(ws) && j-i < maxUntaggedPlace && ts[j] == "O" && capitalised(ws[j]) && isNameWord(ws[j]) && !timeWords[strings.ToLower(ws[j])] {
		j++
	}
	for ; j > i; j-- {
		if place(ws[i:j]) {
			return j
		}
	}
	return i
}

// timeWords are the capitalised words of dates.
var timeWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december`)
