package nlp

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestSportsReportRugbyAndCupCues checks that a rugby or cup report read
// by its own terms (scrum, try line, final whistle, FA Cup, kick-off) is a
// sports report, while a war report that attacks a line or holds a line
// of defence is none. Texts written for this test.
func TestSportsReportRugbyAndCupCues(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The Welsh pack attacked England's line again and again. A scrum on the try line brought a penalty try before the break.", true},
		{"Arsenal attacked relentlessly after kick-off. Their second goal came moments before the final whistle in the FA Cup tie.", true},
		{"Russian troops attacked the Ukrainian line near Pokrovsk on Monday. Ukrainian forces held the line of defence and repelled the assault before nightfall.", false},
		{"The army attacked rebel lines at dawn. The final assault on the town came after a week of shelling.", false},
	} {
		a := &model.Article{Text: c.text}
		if got := SportsReport(Sentences(a)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
