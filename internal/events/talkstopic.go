package events

import "strings"

// topicTalkNouns are words for talks held about a matter named after a
// preposition of topic ("talks on a ceasefire").
var topicTalkNouns = map[string]bool{"talks": true, "negotiations": true, "discussions": true, "dialogue": true,
	"consultations": true, "deliberations": true}

// talksTopicPreps are the prepositions that name what talks are about.
var talksTopicPreps = map[string]bool{"on": true, "over": true, "about": true, "toward": true, "towards": true, "for": true}

// talksTopic says whether the event noun at token i is the matter talks
// are held about: a preposition of topic after a word for talks, with
// only the noun's modifiers between ("talks on a Gaza ceasefire",
// "negotiations over the withdrawal of U.S. troops", "discussions about a
// permanent truce"). What talks are about has not happened; whether the
// talks themselves are an event is read from their own verb ("held talks",
// "resumed"). An event the talks yield is no topic ("talks that ended
// with a ceasefire": "with" names no topic).
func talksTopic(toks []tok, i int) bool {
	q := i - 1
	for n := 0; q >= 1 && n < 4; n++ {
		l := toks[q].low
		if !(determiners[l] || l == "'s" || l == "’s" || l == "-" || toks[q].pos == "PRP$" || strings.HasPrefix(toks[q].pos, "JJ") ||
			toks[q].pos == "NNP" || toks[q].pos == "NN" || toks[q].pos == "CD") {
			break
		}
		q--
	}
	return q >= 1 && talksTopicPreps[toks[q].low] && topicTalkNouns[toks[q-1].low]
}
