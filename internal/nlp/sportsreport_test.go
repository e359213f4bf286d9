package nlp

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestSportsReport(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"France will host Brazil at the Stade de France on Saturday. The coach recalled two midfielders and a goalkeeper. Brazil's striker missed training.", true},
		{"France will host Brazil for talks on trade on Saturday. The two governments hope to settle a dispute over beef.", false},
	} {
		a := &model.Article{Text: c.text}
		if got := SportsReport(Sentences(a)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
