package events

// sanctionsNouns are the heads of measures that cover things without
// touching them: sanctions, restrictions, tariffs, bans.
var sanctionsNouns = map[string]bool{"sanctions": true, "sanction": true, "measures": true, "restrictions": true,
	"tariffs": true, "tariff": true, "curbs": true, "ban": true, "bans": true, "penalties": true, "embargo": true,
	"controls": true, "designations": true, "blacklist": true, "package": true, "levies": true, "duties": true}

// sanctionsCover says whether the participle "targeting" at i names what
// sanctions or like measures told before it cover: "imposed sanctions on
// Iran on Tuesday, targeting eleven tankers", "new export controls
// targeting Chinese chipmakers". The measures touch nothing, so this is no
// attack. An armed attack told before it ("launched air strikes on Iran,
// targeting oil depots"), or another clause's verb between them, keeps the
// participle its own.
func sanctionsCover(toks []tok, i int) bool {
	if i >= len(toks) || toks[i].low != "targeting" && toks[i].low != "targetting" {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		l := toks[k].low
		// A finite verb before the measures ("..., and rebels seized a
		// ship, targeting two tankers") opens another clause, whose act
		// the participle goes with.
		if l == ";" || l == ":" || attackNouns[l] || armedAttackVerbs[l] || finiteVerb(toks[k]) {
			return false
		}
		if sanctionsNouns[l] {
			return true
		}
	}
	return false
}
