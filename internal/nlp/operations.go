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
