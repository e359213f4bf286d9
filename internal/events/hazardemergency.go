package events

// hazardEmergency says whether a state of emergency declared, extended or
// lifted (CAMEO 1724, a pattern naming "emergency") is told over a natural
// hazard, an epidemic or a shortage and over no unrest: "Italy declared a
// state of emergency in Emilia-Romagna after deadly floods", "Kenya
// declared a state of emergency over the drought". Such a declaration
// frees funds and rescuers for the struck region and restricts no one:
// a disaster declaration, no coercion of the country's people. A sentence
// that also names protests, riots, fighting or an attack ("after floods
// and riots") keeps COERCE 1724, as martial law and a state of siege
// always do.
func hazardEmergency(toks []tok, words []string, code string) bool {
	if code != "1724" {
		return false
	}
	emergency := false
	for _, w := range words {
		emergency = emergency || w == "emergency"
	}
	if !emergency {
		return false
	}
	hazard := false
	for k, tk := range toks {
		l := tk.low
		if violenceWords[l] || attackNouns[l] || weaponNouns[l] || unrestNouns[l] {
			return false
		}
		// "opened fire" is shooting, no blaze.
		if l == "fire" && k > 0 && (toks[k-1].low == "opened" || toks[k-1].low == "open") {
			return false
		}
		if hazards[l] || hazardNouns[l] || warnedHazards[l] || diseaseNouns[l] {
			hazard = true
		}
	}
	return hazard
}

// unrestNouns are the political causes of an emergency besides
// violenceWords: a state of emergency over them restricts the country's
// people (COERCE 1724).
var unrestNouns = map[string]bool{"protest": true, "protests": true, "protesters": true, "demonstrations": true,
	"demonstrators": true, "coup": true, "insurgency": true, "uprising": true, "terrorism": true, "terror": true,
	"terrorist": true, "crime": true, "security": true, "looting": true, "strikes": true, "unrest": true}

// diseaseNouns name epidemics a state of emergency is declared over,
// besides the outbreak, epidemic and disease words of hazards.
var diseaseNouns = map[string]bool{"ebola": true, "cholera": true, "measles": true, "mpox": true, "dengue": true,
	"malaria": true, "covid": true, "covid-19": true, "coronavirus": true, "polio": true, "plague": true}

// hazardForecast says whether the "that" clause of the warning t has a
// natural hazard, an epidemic or want for its subject before the embedded
// verb emb ("warned that famine could hit parts of Somalia", "that the
// storm would strike the coast"): no actor is named to act, so the
// warning forecasts and threatens no one.
func hazardForecast(toks []tok, t, emb *trigger) bool {
	th := warnedThat(toks, t.j)
	if th < 0 || emb == nil || emb.i <= th+1 || emb.i > len(toks) {
		return false
	}
	for k := th + 1; k < emb.i; k++ {
		l := toks[k].low
		if hazards[l] || hazardNouns[l] || warnedHazards[l] || diseaseNouns[l] {
			return true
		}
	}
	return false
}
