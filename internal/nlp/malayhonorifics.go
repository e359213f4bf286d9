package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// Malaysia's and Brunei's state honours are written before the name of
// everyone who holds one ("Datuk Seri Aminah Yusof", "Tan Sri Razali
// Hamzah", "Dato' Sri Kamal Idris", "Puan Sri Noraini Salleh"), in English
// reports too, and are no part of the name: the same person is "Aminah"
// or "Ms Aminah" later. The tagger, which knows none of them, runs them
// into a person's span, makes an organisation of them ("Datuk Seri Aminah
// Yusof"), or cuts the name after "Sri" ("Tan [Sri Muhyiddin] [Yassin]").
// The honours' grammar is the knowledge base's (kb.MalayHonourEnd), which
// the resolver reads them by too.

// cutMalayHonorifics takes a Malaysian honour out of the tagger's spans and
// makes the capitalised name after it one person: "Tan Sri Razali Hamzah"
// is the person "Razali Hamzah" however the tagger split or typed it. The
// honour must stand where a name starts (untagged, or first in a span),
// and the name is up to five capitalised words or name particles ("bin",
// "binti"), ending in a capitalised word, before any place or other name
// the tagger marked, and not ending like an organisation's name.
func cutMalayHonorifics(words, tags []string) {
	n := len(words)
	for i := 0; i < n; i++ {
		if strings.HasPrefix(tags[i], "I-") {
			continue
		}
		e := kb.MalayHonourEnd(words, i)
		if e < 0 || e >= n {
			continue
		}
		end := e
		for k := e; k < n && k-e < 5; k++ {
			w := words[k]
			typ := strings.TrimPrefix(strings.TrimPrefix(tags[k], "B-"), "I-")
			if k > e && tags[k] != "O" && typ != "PER" && typ != "ORG" || k > e && strings.HasPrefix(tags[k], "B-") && typ != "PER" {
				break
			}
			if nameParticles[w] && k > e {
				continue
			}
			if !capitalised(w) || functionWords[strings.ToLower(w)] || !hasAlnum(w) {
				break
			}
			end = k + 1
		}
		if end == e || orgHeads[strings.ToLower(words[end-1])] {
			continue
		}
		for k := i; k < e; k++ {
			tags[k] = "O"
		}
		setSpan(tags, e, end, "PER")
		if end < n && strings.HasPrefix(tags[end], "I-") {
			tags[end] = "B-" + strings.TrimPrefix(tags[end], "I-")
		}
		i = end - 1
	}
}
