package nlp

import (
	"testing"
)

// TestPatronModifiers: a patron modifier ("Kurdish-led", "U.S.-backed") is
// no word of the group's name.
func TestPatronModifiers(t *testing.T) {
	checkTagged(t, []taggedCase{
		// Patron modifiers.
		{"The Kurdish-led Syrian Democratic Forces said they repelled an attack.", []string{"ORG:Syrian Democratic Forces"}, []string{"ORG:Kurdish-led Syrian Democratic Forces"}},
		{"The U.S.-backed Syrian Democratic Forces control the northeast.", []string{"ORG:Syrian Democratic Forces"}, []string{"ORG:U.S.-backed Syrian Democratic Forces"}},
		// near-miss: a hyphenated word that is part of a name stays.
		{"The Anti-Corruption Commission said it would appeal.", []string{"ORG:Anti-Corruption Commission"}, nil},
	})
}
