package nlp

import (
	"strings"
	"testing"
)

// A short round-up of results told with their scores reads as sport though
// it names no sport; votes, counted in hundreds or with no result verb, and
// a single result do not.
func TestSportsDocumentResultScores(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"England thrashed Germany 4-0 at Wembley . France defeated Italy 2-1 in Paris . Brazil crushed Argentina 3-0 .", true},
		{"Petrov beat the Spaniard 6-3 6-4 6-2 on Sunday . The crowd cheered .", true},
		{"Norway edged Sweden 2-1 in Oslo . Denmark beat Finland 1-0 .", true},
		{"The House defeated the bill 220-197 . The Senate defeated it 152-148 . A vote of 210-190 followed .", false},
		{"The court ruled 5-4 . The Senate voted 52-48 . The panel split 3-2 .", false},
		{"Arsenal beat Chelsea 2-1 on Sunday . The manager was pleased .", false},
	} {
		var sents [][]string
		for _, s := range strings.Split(c.text, " . ") {
			sents = append(sents, strings.Fields(s))
		}
		if got := sportsDocument(sents); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
