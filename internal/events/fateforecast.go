package events

// fateWords tell that something runs out or dwindles: "funding was
// running short", "aid would run out", "reserves could dry up".
var fateWords = map[string]bool{"run": true, "runs": true, "running": true, "ran": true, "dwindle": true,
	"dwindles": true, "dwindling": true, "dwindled": true, "dry": true, "drying": true, "dried": true,
	"expire": true, "expires": true, "expiring": true, "expired": true, "lapse": true, "lapses": true,
	"lapsing": true, "lapsed": true, "exhausted": true, "depleted": true, "insufficient": true,
	"short": true, "shrink": true, "shrinking": true, "shrank": true}

// fateForecast says whether the "that" clause of the warning t has the
// embedded act emb in its subject, told to run out or dwindle
// ("warned that funding was running short", "that military aid to
// Ukraine would run out by March"): the warner forecasts the fate of
// aid or funds and threatens no one. A condition ("would run out unless
// Congress acts") still leaves it a forecast: no act of the warner's is
// named.
func fateForecast(toks []tok, t, emb *trigger) bool {
	th := warnedThat(toks, t.j)
	if th < 0 || emb == nil || emb.i <= th {
		return false
	}
	// The clause's verb: the first finite one after "that"; the
	// embedded act must stand before it, in the subject.
	q := th + 1
	for q < len(toks) && q < th+10 && !finiteVerb(toks[q]) {
		if isPunct(toks[q].text) {
			return false
		}
		q++
	}
	if q >= len(toks) || !finiteVerb(toks[q]) || emb.i >= q {
		return false
	}
	for k := q; k < len(toks) && k <= q+3; k++ {
		if fateWords[toks[k].low] {
			return true
		}
	}
	return false
}

// forecastSubjectTail says whether mention m, inside a warned clause's
// subject after its first word, is a modifier of the subject's head
// rather than its doer: the recipient or beneficiary after "to" or "for"
// ("military aid to Ukraine would run out").
func forecastSubjectTail(toks []tok, m mention, from int) bool {
	if m.i <= from {
		return false
	}
	pr := prepBefore(toks, m.i)
	return pr == "to" || pr == "for"
}
