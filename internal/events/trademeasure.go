package events

import "strings"

// tradeMeasureNouns are the heads of measures of trade or money laid on
// another party as a punishment: CAMEO 163 (embargo, boycott or sanctions)
// when imposed, 1312 when threatened.
var tradeMeasureNouns = map[string]bool{"tariff": true, "tariffs": true, "duty": true, "duties": true, "levy": true,
	"levies": true, "surcharge": true, "surcharges": true, "surtax": true, "surtaxes": true, "sanction": true,
	"sanctions": true, "embargo": true, "embargoes": true, "boycott": true, "boycotts": true}

// tradeControlNouns are measures that are trade sanctions only after a word
// of trade ("export controls", "import curbs", "trade restrictions").
var tradeControlNouns = map[string]bool{"controls": true, "curbs": true, "restrictions": true, "bans": true, "ban": true, "measures": true}

var tradeMeasureModifiers = map[string]bool{"export": true, "import": true, "trade": true, "customs": true, "economic": true}

// tradeMeasureWord says whether toks[k] is the head of a trade measure:
// "tariffs", "counter-tariffs" (one token or three), "duties", "export
// controls".
func tradeMeasureWord(toks []tok, k int) bool {
	l := toks[k].low
	if i := strings.LastIndexByte(l, '-'); i >= 0 && i+1 < len(l) {
		l = l[i+1:]
	}
	if tradeMeasureNouns[l] {
		return true
	}
	return tradeControlNouns[l] && k > 0 && tradeMeasureModifiers[toks[k-1].low]
}

// tradeMeasureAt says whether a noun phrase starting at token j is headed
// by a trade measure, looking over its determiner and modifiers only
// ("counter-tariffs", "retaliatory duties on U.S. goods", "25 percent
// tariffs", "its own export controls").
func tradeMeasureAt(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+6; k++ {
		if tradeMeasureWord(toks, k) {
			return true
		}
		tk := toks[k]
		switch {
		case determiners[tk.low], tk.low == "its" || tk.low == "their" || tk.low == "own" || tk.low == "-" || tk.low == "%" || tk.low == "percent":
		case tk.pos == "CD" || strings.HasPrefix(tk.pos, "JJ") || tk.pos == "NN" || tk.pos == "VBN":
		default:
			return false
		}
	}
	return false
}

// retaliationInKind says whether the bare verb "retaliate" at trigger t
// names its means with "with" and a trade measure ("would retaliate with
// counter-tariffs", "retaliated with duties on American whiskey"): a
// sanction (CAMEO 163), not the force "retaliate" alone means.
func retaliationInKind(toks []tok, t *trigger) bool {
	if t.nominal || len(t.p.Words) != 1 || t.p.Words[0] != "retaliate" {
		return false
	}
	for k := t.j; k < len(toks) && k < t.j+8; k++ {
		l := toks[k].low
		if l == "with" {
			return tradeMeasureAt(toks, k+1)
		}
		if l == "," || l == ";" || l == "." || l == "and" || l == "but" {
			return false
		}
	}
	return false
}

// embeddedCAMEO is the CAMEO code of the act an embedded trigger names:
// its pattern's, or a sanction's for a retaliation in kind ("threatened
// to retaliate with counter-tariffs" threatens sanctions, 1312).
func embeddedCAMEO(toks []tok, emb *trigger) string {
	if retaliationInKind(toks, emb) {
		return "163"
	}
	return emb.p.CAMEO
}
