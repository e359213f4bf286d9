package quotes

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestGerundReportEndsAtSpeakersNextAct: a report that is a gerund phrase
// (the charge after "accused X of", the warning after "warned X against",
// "admitted taking ...") has no tense, so a finite verb coordinated after
// it is the speaker's next act and no part of what was reported; a second
// gerund, or a participle under "having", stays in the report.
func TestGerundReportEndsAtSpeakersNextAct(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	f := newFinder(t)
	for _, c := range []struct{ text, want string }{
		{"The interior ministry accused the rebels of politicising sport and summoned their envoy on Tuesday.",
			"politicising sport"},
		{"The interior ministry accused the rebels of politicising sport and undermining the regional league.",
			"politicising sport and undermining the regional league"},
		{"The interior ministry accused the rebels of blocking aid convoys but declined to give details.",
			"blocking aid convoys"},
		{"The army accused the rebels of having shelled the market and burned two schools.",
			"having shelled the market and burned two schools"},
		{"The foreign ministry warned the neighbouring state against deploying troops near the border and recalled its ambassador.",
			"against deploying troops near the border"},
		{"The mayor admitted taking money from a building contractor and resigned on Friday.",
			"taking money from a building contractor"},
	} {
		qs := f.Find(tagged(t, c.text))
		if len(qs) != 1 {
			t.Errorf("%q: got %d quotes, want 1: %+v", c.text, len(qs), qs)
			continue
		}
		if got := strings.TrimSpace(qs[0].Text); got != c.want || qs[0].Kind != model.QuoteIndirect {
			t.Errorf("%q: %s quote %q, want indirect %q", c.text, qs[0].Kind, got, c.want)
		}
	}
}

// TestReportHoldingPartialGivesBoth: a report whose words are partly
// quoted ("said the decision was "a regrettable provocation"") gives the
// report (what was said, in the writer's words) and the quoted words as a
// partial quote of the same speaker, as GUM marks the quoted words alone;
// a second act after it ("and urged the federation to intervene") is in
// neither.
func TestReportHoldingPartialGivesBoth(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	f := newFinder(t)
	text := `The foreign minister said the decision was "a regrettable provocation" and urged the federation to intervene.`
	qs := f.Find(tagged(t, text))
	var got []string
	for _, q := range qs {
		got = append(got, q.Kind+" | "+q.Text)
	}
	want := []string{
		`indirect | the decision was "a regrettable provocation"`,
		`partial | a regrettable provocation`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
