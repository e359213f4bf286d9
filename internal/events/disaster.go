package events

// reliefWords tell of the response to a disaster: a sentence with one
// ("Spain and Portugal sent rescuers after the quake", "In Madrid, the
// government approved aid") is still about the disaster told before,
// whichever countries it names.
var reliefWords = map[string]bool{"aid": true, "relief": true, "rescuers": true, "rescue": true, "rescued": true,
	"sent": true, "send": true, "sends": true, "sending": true, "dispatched": true, "dispatch": true, "deployed": true,
	"donated": true, "donate": true, "pledged": true, "pledge": true, "offered": true, "offer": true, "help": true,
	"helped": true, "assistance": true, "condolences": true, "survivors": true, "victims": true, "teams": true,
	"team": true, "toll": true}

// disasterLeft says whether a sentence leaves the disaster in country
// home behind: it names no relief, does not name home, and places itself
// in another country. With located false, any other country named will do
// (a sentence telling another hazard: "Floods also swept through parts of
// Pakistan and India"); with located true, only a place in another country
// or a country after a place preposition ("In Lima, Peru's government
// said ...", "In Peru, ..."): a country acting is no change of scene
// ("Japan sent two teams"), a scene set elsewhere is.
func disasterLeft(toks []tok, ms []mention, home string, located bool) bool {
	if home == "" {
		return false
	}
	for _, t := range toks {
		if reliefWords[t.low] {
			return false
		}
	}
	other := false
	for _, m := range ms {
		if m.country == "" || m.borrowed || len(m.pair) > 0 {
			continue
		}
		if m.country == home {
			return false
		}
		if m.abroad || !(countryLevel(m.kind) || m.kind == "place") {
			continue
		}
		if located && m.kind != "place" && !locPreps[prepBefore(toks, m.i)] {
			continue
		}
		other = true
	}
	return other
}
