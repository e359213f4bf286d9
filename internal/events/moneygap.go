package events

// sumScales are the words that scale a number told in money ("$2
// billion", "500 million euros").
var sumScales = map[string]bool{"million": true, "billion": true, "trillion": true, "bn": true, "mln": true}

// moneySum returns how many tokens beyond its first a sum of money
// starting at token k has ("$ 2 billion" 2, "500 million euros" 2, "$ 300"
// 1), 0 when no sum of two or more tokens starts there. A pattern's "*"
// gap counts such a sum as one word, as a reader does: "forgave $1
// billion of Cuba's debt" has the gap of "forgave the bulk of Cuba's
// debt". A bare number ("25 tanks") is no sum and stays one word. Nor is
// a sum whose words hold the pattern's next word (next: "approve *
// billion" must still find "billion" in "approved $2 billion").
func moneySum(toks []tok, k int, next string) int {
	q := k
	sign := q < len(toks) && currency(toks[q].text)
	if sign {
		q++
	}
	if q >= len(toks) || toks[q].pos != "CD" {
		return 0
	}
	q++
	if q < len(toks) && sumScales[toks[q].low] {
		q++
	}
	if q < len(toks) && moneyUnits[toks[q].low] {
		q++
	} else if !sign {
		return 0
	}
	for r := k; r < q; r++ {
		if wordEq(toks[r].low, next, true) {
			return 0
		}
	}
	return q - k - 1
}
