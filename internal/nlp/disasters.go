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
func disasterPlaces(sents, tags [][]string, place func([]string) bool) {
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
			switch {
			case ts[v+1] == "B-PER":
				end = spanEnd(ts, v+1)
			case ts[v+1] == "O" && place != nil:
				end = untaggedPlaceEnd(ws, ts, v+1, place)
			}
			if end == v+1 || !disasterSubject(ws, ts, v) {
				continue
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
