package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// dropMalayHonour returns a person's name without the Malaysian honour
// that opens it ("Datin Aminah Yusof", "Datuk Seri Anwar Ibrahim", "Dato'
// Sri Najib Razak", "TAN SRI ..." in a headline): the honour is no part
// of the name (kb.MalayHonourEnd is its grammar), so the name's key, and
// the knowledge base's person it finds, are the same with it or without
// it. The tagger's post-pass cuts honours out of names; a span it left
// whole, or another tagger's, still names the same person. A name that is
// an honour alone, or whose first words merely look like one ("Tan Ah
// Kow": "Tan" begins an honour only before "Sri"), is kept.
func dropMalayHonour(name string) string {
	fields := strings.Fields(name)
	k := kb.MalayHonourEnd(fields, 0)
	if k <= 0 || k >= len(fields) {
		return name
	}
	return strings.Join(fields[k:], " ")
}
