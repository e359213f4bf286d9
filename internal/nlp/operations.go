package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// operationNames makes a capitalised "Operation" and the one to three
// capitalised words after it one ORG span, whatever the tagger called
// them: "Operation Atalanta", "Operation Barkhane", "Operation Inherent
// Resolve" name military or police operations, which in the news are
// mostly the task forces that run them and issue statements ("Operation
// Atalanta said the ship was boarded"), never persons; the tagger, seeing
// an unknown single name, made "Atalanta" a person. A lower-case
// "operation" is a common noun ("the operation Smith led") and is left,
// and so is a capitalised one inside a longer span the tagger made
// ("Special Operation Forces").
func operationNames(words, tags []string) {
	for i := 0; i+1 < len(words); i++ {
		if words[i] != "Operation" || strings.HasPrefix(tags[i], "I-") {
			continue
		}
		end := i + 1
		for end < len(words) && end-i <= 3 && capitalised(words[end]) && isNameWord(words[end]) &&
			!allCaps(words[end]) && !functionWords[strings.ToLower(words[end])] {
			end++
		}
		if end == i+1 || end-i > 3 && end < len(words) && capitalised(words[end]) {
			continue // no name, or a longer run than an operation's name
		}
		// The name's span must not go on past the last word.
		if end < len(tags) && strings.HasPrefix(tags[end], "I-") {
			continue
		}
		setSpan(tags, i, end, model.EntityOrg)
		i = end - 1
	}
}

// bodyModifiers say a force, mission or operation is a body of a state or
// an alliance ("naval force", "peacekeeping mission"), not a task a person
// is given.
var bodyModifiers = wordSet(`naval military maritime peacekeeping anti-piracy counter-piracy police training
	stabilisation stabilization border monitoring observer`)

// bodyHeads are the nouns that name such a body.
var bodyHeads = wordSet(`force forces mission operation`)

// namedMissions makes the one capitalised word the tagger read as a person
// right after "naval force", "maritime mission", "peacekeeping operation"
// and the like an organisation: "the European Union's naval force Atalanta
// said", "the EU's maritime mission Aspides" name the body in apposition,
// without "Operation" before it (see operationNames) and without commas.
// The modifier is required: "the operation Smith led" has a person after a
// bare head noun.
func namedMissions(words, tags []string) {
	for i := 2; i < len(words); i++ {
		if tags[i] != "B-"+model.EntityPerson || (i+1 < len(tags) && tags[i+1] == "I-"+model.EntityPerson) ||
			!capitalised(words[i]) || allCaps(words[i]) || !bodyHeads[words[i-1]] || !bodyModifiers[words[i-2]] {
			continue
		}
		tags[i] = "B-" + model.EntityOrg
	}
}
