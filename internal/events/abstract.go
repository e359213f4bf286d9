package events

// abstractGoods are benefits no one hands over: "providing the peoples of
// the two countries with happiness", "bring peace and prosperity to the
// region" wish a state of affairs on someone; they give no aid (PLOVER
// AID: "material aid whose material benefits primarily accrue to the
// recipient": money, arms, personnel, relief, asylum).
var abstractGoods = map[string]bool{
	"happiness": true, "prosperity": true, "peace": true, "stability": true, "well-being": true,
	"wellbeing": true, "welfare": true, "hope": true, "dignity": true, "harmony": true,
	"friendship": true, "progress": true, "benefits": true, "opportunities": true, "justice": true,
	"freedom": true, "democracy": true, "cause": true, "tranquillity": true, "tranquility": true, "blessings": true,
}

// abstractGift says whether the object of a giving verb that ends at
// token j names only abstract goods: one of abstractGoods and nothing a
// state gives as aid (givenKinds: "aid", "money", "food", "troops", ...).
// The object runs to the clause's end ("provide the peoples of both
// countries with peace and prosperity"); a cause furthered ("contribute
// to accomplishing the cause of socialism") is no gift either.
func abstractGift(toks []tok, j int) bool {
	abstract := false
	for q := j; q < len(toks) && q < j+16; q++ {
		l := toks[q].low
		if l == "," || l == ";" || l == "." || l == ":" || l == "that" || l == "while" || l == "but" || finiteVerb(toks[q]) {
			break
		}
		if _, ok := givenKinds[l]; ok {
			return false
		}
		if abstractGoods[l] {
			abstract = true
		}
	}
	return abstract
}
