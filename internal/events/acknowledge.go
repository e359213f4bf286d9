package events

// acknowledgedThings are what one acknowledges rather than recognises as
// a state or government: "recognised the need for reform", "recognises
// the importance of the partnership", "recognized the efforts of aid
// workers".
var acknowledgedThings = map[string]bool{"need": true, "needs": true, "importance": true, "value": true,
	"role": true, "efforts": true, "effort": true, "contribution": true, "contributions": true, "work": true,
	"achievement": true, "achievements": true, "problem": true, "problems": true, "challenge": true,
	"challenges": true, "risk": true, "risks": true, "threat": true, "threats": true, "difficulty": true,
	"difficulties": true, "fact": true, "reality": true, "limits": true, "mistake": true, "mistakes": true,
	"sacrifice": true, "sacrifices": true, "concerns": true, "suffering": true, "talent": true}

// acknowledgedRecognition says whether "recognise" at trigger t
// acknowledges something rather than recognising a state or government
// (SUPPORT 054): "recognizes that his team's hopes are slim",
// "recognised the need for reform". A "that" clause, or an object phrase
// headed by one of acknowledgedThings, recognises no party.
func acknowledgedRecognition(toks []tok, p *Pattern, t *trigger) bool {
	if t.nominal || len(p.Words) != 1 || (p.Words[0] != "recognize" && p.Words[0] != "recognise") || t.j >= len(toks) {
		return false
	}
	if toks[t.j].low == "that" {
		return true
	}
	for k := t.j; k < len(toks) && k < t.j+4; k++ {
		l := toks[k].low
		if acknowledgedThings[l] {
			return true
		}
		if isPunct(toks[k].text) || objPreps[l] || locPreps[l] || isCap(toks[k].text) {
			return false
		}
	}
	return false
}
