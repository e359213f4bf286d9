package events

// What a verb's object, or its lack of one, says about the act: an "ease"
// with nothing eased, a "block" of a way.

// easedItself says whether "ease" or "relax" at trigger t has no object,
// so its subject is what eases ("Tensions between India and China eased
// on Friday", "the weather should ease by Thursday"): nobody eased a
// restriction (CONCEDE 081 needs one eased).
func easedItself(toks []tok, p *Pattern, t *trigger) bool {
	if t.nominal || t.passive || len(p.Words) != 1 || (p.Words[0] != "ease" && p.Words[0] != "relax") {
		return false
	}
	return !directObject(toks, t.j)
}

// wayNouns are ways a state can close to movement: crossings, roads,
// ports, straits.
var wayNouns = map[string]bool{"crossing": true, "crossings": true, "border": true, "borders": true,
	"road": true, "roads": true, "highway": true, "highways": true, "port": true, "ports": true,
	"access": true, "route": true, "routes": true, "passage": true, "entry": true, "strait": true,
	"corridor": true, "corridors": true, "convoy": true, "convoys": true, "bridge": true, "pass": true}

// blockedWay says whether the object of the verb at t, within its first
// five words, is a way (wayNouns): "blocked the Rafah crossing",
// "blocked access to the camp".
func blockedWay(toks []tok, t *trigger) bool {
	for k := t.j; k < len(toks) && k < t.j+5; k++ {
		if wayNouns[toks[k].low] {
			return true
		}
		if isPunct(toks[k].text) || toks[k].low == "to" && k > t.j {
			return false
		}
	}
	return false
}
