package nlp

import (
	"strings"
	"testing"
)

// TestFloorLeaders checks that a capitalised chamber + majority/minority +
// leader/whip before a name gives the chamber, the title outside any span
// and the whole name as one person, and that lower-case titles, a title
// with no name after it and longer spans are left alone.
func TestFloorLeaders(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"House Minority Leader Rita Okonkwo said", "B-ORG I-ORG O O B-PER O", "B-ORG O O B-PER I-PER O"},
		{"Senate Majority Whip Carl Brenner said", "B-ORG O O B-PER I-PER O", "B-ORG O O B-PER I-PER O"},
		{"praised House Majority Leader Ann Lee", "O B-ORG I-ORG I-ORG I-ORG I-ORG", "O B-ORG O O B-PER I-PER"},
		// Near misses.
		{"the house majority leader Ann Lee said", "O O O O B-PER I-PER O", "O O O O B-PER I-PER O"},
		{"the Senate Majority Leader said", "O B-ORG O O O", "O B-ORG O O O"},
		{"House Minority Leader Office Building", "B-ORG I-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG I-ORG"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		floorLeaders(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("floorLeaders(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
