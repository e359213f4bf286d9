package nlp

import (
	"strings"
	"testing"
)

func TestPropagate(t *testing.T) {
	words := [][]string{
		strings.Fields("General Alexander Lebed visited Grozny ."),
		strings.Fields("Lebed said the Grozny talks went well ."),
		strings.Fields("May Lebed leave ?"),
		strings.Fields("Grozny is calm ."),
		strings.Fields("Calm returned ."),
		strings.Fields("They said Calm ."),
	}
	tags := [][]string{
		strings.Fields("O B-PER I-PER O B-LOC O"),
		strings.Fields("O O O O O O O O"),
		strings.Fields("O O O O"),
		strings.Fields("O O O O"),
		strings.Fields("B-ORG O O"),
		strings.Fields("O O O O"),
	}
	propagate(words, tags)
	want := []string{
		"O B-PER I-PER O B-LOC O",
		"B-PER O O B-LOC O O O O",
		"O B-PER O O",
		"B-LOC O O O",
		"B-ORG O O",
		"O O B-ORG O", // capitalised inside a sentence: trusted
	}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("sentence %d: got %s, want %s", i, got, want[i])
		}
	}
}

func TestTrimSpans(t *testing.T) {
	words := strings.Fields(`" Kim " met ( UN ) and Xi 's aide`)
	tags := strings.Fields("B-PER I-PER I-PER O B-ORG I-ORG I-ORG O B-PER I-PER O")
	trimSpans(words, tags)
	if got, want := strings.Join(tags, " "), "O B-PER O O O B-ORG O O B-PER O O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestTrimSpansPossessive(t *testing.T) {
	// A possessive begins no name: "Peru | 's Ministry of Energy".
	words := strings.Fields("Peru 's Ministry of Energy said")
	tags := strings.Fields("B-GPE B-ORG I-ORG I-ORG I-ORG O")
	trimSpans(words, tags)
	if got, want := strings.Join(tags, " "), "B-GPE O B-ORG I-ORG I-ORG O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestTrimSpansScore(t *testing.T) {
	// A score ends no name; a number does ("Apollo 13").
	words := strings.Fields("Germany lost to Mexico 1-0 aboard Apollo 13 .")
	tags := strings.Fields("B-LOC O O B-LOC I-LOC O B-MISC I-MISC O")
	trimSpans(words, tags)
	if got, want := strings.Join(tags, " "), "B-LOC O O B-LOC O O B-MISC I-MISC O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestMergeGazetteer(t *testing.T) {
	words := strings.Fields("North Korean , South Korea and Kim Jong")
	tags := strings.Fields("B-LOC B-NORP O B-LOC I-LOC O B-PER B-ORG")
	gaz := []string{"B-NORP", "I-NORP", "", "B-GPE", "I-GPE", "", "B-PER", "I-PER"}
	mergeGazetteer(words, tags, gaz)
	if got, want := strings.Join(tags, " "), "B-NORP I-NORP O B-LOC I-LOC O B-PER I-PER"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// Joining words left untagged inside a known name.
	words = strings.Fields("the Democratic People 's Republic of Korea said")
	tags = strings.Fields("O B-ORG I-ORG O B-LOC I-LOC I-LOC O")
	gaz = []string{"", "B-GPE", "I-GPE", "I-GPE", "I-GPE", "I-GPE", "I-GPE", ""}
	mergeGazetteer(words, tags, gaz)
	if got, want := strings.Join(tags, " "), "O B-GPE I-GPE I-GPE I-GPE I-GPE I-GPE O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// A capitalised word left untagged between two parts of one type is
	// part of the known name.
	words = strings.Fields("U.S. Forces Korea vowed")
	tags = strings.Fields("B-LOC O B-LOC O")
	gaz = []string{"B-ORG", "I-ORG", "I-ORG", ""}
	mergeGazetteer(words, tags, gaz)
	if got, want := strings.Join(tags, " "), "B-ORG I-ORG I-ORG O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// A numeral closing a known name after "of" is the name's, though
	// the tagger leaves it out as a quantity.
	words = strings.Fields("the Group of 20 major economies")
	tags = strings.Fields("O B-ORG O O O O")
	gaz = []string{"", "B-ORG", "I-ORG", "I-ORG", "", ""}
	mergeGazetteer(words, tags, gaz)
	if got, want := strings.Join(tags, " "), "O B-ORG I-ORG I-ORG O O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// A numeral not after a joiner is no name's end.
	words = strings.Fields("Boeing 737 crashed")
	tags = strings.Fields("B-ORG O O")
	gaz = []string{"B-ORG", "I-ORG", ""}
	mergeGazetteer(words, tags, gaz)
	if got, want := strings.Join(tags, " "), "B-ORG O O"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// A content word left untagged between parts of different types
	// blocks the merge.
	words = strings.Fields("Bank of America Merrill")
	tags = strings.Fields("B-ORG O O B-PER")
	gaz = []string{"B-ORG", "I-ORG", "I-ORG", "I-ORG"}
	mergeGazetteer(words, tags, gaz)
	if got, want := strings.Join(tags, " "), "B-ORG O O B-PER"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestPropagateSkipsFunctionWords(t *testing.T) {
	words := [][]string{strings.Fields("He saw The Hague ."), strings.Fields("We said The end .")}
	tags := [][]string{strings.Fields("O O B-MISC O O"), strings.Fields("O O O O O")}
	propagate(words, tags)
	if got := strings.Join(tags[1], " "); got != "O O O O O" {
		t.Errorf("got %s", got)
	}
}

func TestVoteGivesNameItsMajorityType(t *testing.T) {
	words := [][]string{
		strings.Fields("Magna said on Monday ."),
		strings.Fields("Shares in Magna rose ."),
		strings.Fields("Magna expects growth ."),
		strings.Fields("Jordan met Jordan ."),
	}
	tags := [][]string{
		strings.Fields("B-ORG O O O O"),
		strings.Fields("O O B-LOC O O"),
		strings.Fields("B-ORG O O O"),
		strings.Fields("B-PER O B-LOC O"), // a tie: both kept
	}
	propagate(words, tags)
	want := []string{"B-ORG O O O O", "O O B-ORG O O", "B-ORG O O O", "B-PER O B-LOC O"}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("sentence %d: got %s, want %s", i, got, want[i])
		}
	}
}

func TestJoinAdjacent(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"the Chicago Symphony Orchestra played", "O B-LOC B-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"Reuters Ottawa Bureau said", "B-ORG B-LOC B-ORG O", "B-ORG I-ORG I-ORG O"},
		{"Rose Cheruiyot won", "B-PER B-PER O", "B-PER I-PER O"},
		// Separated by a word or punctuation: kept apart.
		{"Paris , France", "B-LOC O B-LOC", "B-LOC O B-LOC"},
		{"Smith of Leeds", "B-PER O B-LOC", "B-PER O B-LOC"},
		// A title taken for a name before a person: left for resolve.
		{"Secretary of State Wendy Sherman said", "O O B-ORG B-PER I-PER O", "O O B-ORG B-PER I-PER O"},
		// Not both capitalised (mentions, hashtags, lower-case text): kept.
		{"@bob @alice hi", "B-PER B-PER O", "B-PER B-PER O"},
		{"Apple iPhone sales", "B-ORG B-MISC O", "B-ORG B-MISC O"},
	} {
		tags := strings.Fields(c.tags)
		joinAdjacent(strings.Fields(c.words), tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestExtendInitials(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"bowled by K. Curran .", "O O O B-PER O", "O O B-PER I-PER O"},
		{"W.H.S. Koerner painted", "O B-PER O", "B-PER I-PER O"},
		{"Richard J. Roberts won", "B-PER I-PER O O", "B-PER I-PER I-PER O"},
		// Not an initial, or already tagged, or not a person: kept.
		{"the U.S. Smith", "O B-LOC B-PER", "O B-LOC B-PER"},
		{"Dr. Smith", "O B-PER", "O B-PER"},
		{"K. Mart", "O B-ORG", "O B-ORG"},
		{"Richard J. 's", "B-PER I-PER O", "B-PER I-PER O"},
	} {
		tags := strings.Fields(c.tags)
		extendInitials(strings.Fields(c.words), tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestMarkGPE(t *testing.T) {
	// "U.N. sanctions on Libya near the Nile": the gazetteer knows U.N. as
	// an organisation, Libya as a GPE, and nothing about the Nile.
	// "Xi Jinping", known only as a person, was tagged ORG.
	tags := strings.Fields("B-LOC O O B-LOC O O B-LOC B-ORG I-ORG")
	gaz := []string{"B-ORG", "", "", "B-GPE", "", "", "", "B-PER", "I-PER"}
	markGPE(tags, gaz)
	if got, want := strings.Join(tags, " "), "B-ORG O O B-GPE O O B-LOC B-PER I-PER"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestMarkGroups(t *testing.T) {
	// "the European and Kurdish leaders met european officials": the
	// gazetteer knows European and Kurdish as groups; a lower-case word is
	// not taken, nor is a word the tagger typed as a person or as part of
	// a longer name; a group word the tagger made an organisation alone is
	// the group.
	for _, c := range []struct{ words, tags, want string }{
		{"the European and Kurdish leaders met european officials", "O O O B-PER O O O O", "O B-NORP O B-PER O O O O"},
		{"the European and Kurdish leaders met", "O O O B-ORG O O", "O B-NORP O B-NORP O O"},
		{"the European and Kurdish Front met", "O O O B-ORG I-ORG O", "O B-NORP O B-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		gaz := make([]string, len(words))
		for i, w := range words {
			if strings.EqualFold(w, "European") || w == "Kurdish" {
				gaz[i] = "B-NORP"
			}
		}
		markGroups(words, tags, gaz)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

// TestSpanAt checks that a span runs over the I- tags of its own type only.
func TestSpanAt(t *testing.T) {
	for _, c := range []struct {
		tags string
		i    int
		typ  string
		end  int
		ok   bool
	}{
		{"B-PER I-PER I-PER O", 0, "PER", 3, true},
		{"B-PER I-ORG", 0, "PER", 1, true},
		{"B-ORG I-ORGX I-ORG", 0, "ORG", 1, true},
		{"B-GPE B-GPE I-GPE", 1, "GPE", 3, true},
		{"B-LOC I-LOC", 1, "", 0, false},
		{"O B-NORP", 0, "", 0, false},
		{"B-PER I-PE", 0, "PER", 1, true},
	} {
		typ, end, ok := spanAt(strings.Fields(c.tags), c.i)
		if typ != c.typ || end != c.end || ok != c.ok {
			t.Errorf("spanAt(%q, %d) = %q, %d, %v, want %q, %d, %v", c.tags, c.i, typ, end, ok, c.typ, c.end, c.ok)
		}
	}
}
