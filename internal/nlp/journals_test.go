package nlp

import (
	"strings"
	"testing"
)

// A journal's name is one organisation: the capitalised run after
// "journal", and two or more capitalised words ending in "Letters"; a
// lone "Letters", a lower-case "letters" and a place after "journal" stay.
func TestJournalNames(t *testing.T) {
	runTagCases(t, "journalNames", journalNames, []tagCase{
		{"published in Environmental Research Letters , was flawed", "O O B-ORG I-ORG O O O O", "O O B-ORG I-ORG I-ORG O O O"},
		{"a paper in Geophysical Research Letters said", "O O O B-PER I-PER O O", "O O O B-ORG I-ORG I-ORG O"},
		{"published in the journal Nature Climate Change on Monday", "O O O O B-ORG O O O O", "O O O O B-ORG I-ORG I-ORG O O"},
		{"the medical journal Lancet Oncology said", "O O O B-PER I-PER O", "O O O B-ORG I-ORG O"},
		// Near misses: letters of no journal; a place after "journal".
		{"Keller sent Letters to the editor", "B-PER O O O O O", "B-PER O O O O O"},
		{"in letters to shareholders , Research Chief Anna Keller said", "O O O O O O O B-PER I-PER O", "O O O O O O O B-PER I-PER O"},
		{"a journal Paris readers like", "O O B-GPE O O", "O O B-GPE O O"},
	})
	ws := strings.Fields("published in Environmental Research Letters , and")
	if !journalName(ws, 2, 5) || journalName(ws, 2, 4) {
		t.Errorf("journalName: want only the run ending in Letters")
	}
}

// An NGO's name the knowledge base knows with a country or continent right
// after it is one organisation, the national branch; a body that is no
// NGO, a one-word name and a run going on after the place stay.
func TestNGOBranches(t *testing.T) {
	ngo := func(ws []string) bool {
		n := strings.Join(ws, " ")
		return n == "Friends of the Earth" || n == "Amnesty International" || n == "Oxfam"
	}
	place := func(ws []string) bool {
		n := strings.Join(ws, " ")
		return n == "Netherlands" || n == "Kenya" || n == "Ukraine" || n == "South Africa"
	}
	for _, c := range []tagCase{
		{"said Friends of the Earth Netherlands said", "O B-ORG I-ORG I-ORG B-PER I-PER O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"Amnesty International Kenya said", "B-ORG I-ORG B-GPE O", "B-ORG I-ORG I-ORG O"},
		{"Amnesty International South Africa urged calm", "B-ORG I-ORG B-GPE I-GPE O O", "B-ORG I-ORG I-ORG I-ORG O O"},
		{"and Friends of the Earth Europe agreed", "O O O O B-LOC I-LOC O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		// Near misses.
		{"the European Union Ukraine summit", "O B-ORG I-ORG B-GPE O", "O B-ORG I-ORG B-GPE O"},
		{"Oxfam Kenya said", "B-ORG B-GPE O", "B-ORG B-GPE O"},
		{"Amnesty International Kenya Director Ann Lee", "B-ORG I-ORG B-GPE O B-PER I-PER", "B-ORG I-ORG B-GPE O B-PER I-PER"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		ngoBranches([][]string{ws}, [][]string{tags}, ngo, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("ngoBranches(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
