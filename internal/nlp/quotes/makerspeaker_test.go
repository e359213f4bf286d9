package quotes

import (
	"testing"
	"time"
)

// TestMakerSpeaker: a quote told by "the drugmaker", "the toymaker" or any
// "<product>maker" speaks as the company of that trade the resolver links
// the description to, a few sentences back; after a company of another
// trade, or one too far back, the speaker has no actor rather than the
// nearest firm.
func TestMakerSpeaker(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	stages := probePipeline(t)
	for _, c := range []struct {
		text, speaker, actor string
	}{
		{`Pfizer raised its forecast on Tuesday. Shares rose. "Demand stayed strong," the drugmaker said.`, "the drugmaker", "USA.BUS.PFIZER"},
		{`Renault and Sanofi reported results on Thursday. Shares rose. The drugmaker said its profits rose on strong demand for vaccines.`, "The drugmaker", "FRA.BUS.SANOFI"},
		{`Mattel cut 900 jobs on Monday. "We expect a better year," the toymaker said.`, "the toymaker", "USA.BUS.MATTEL"},
		// Near misses: a chipmaker is no carmaker; four sentences back.
		{`Nvidia shares jumped on Monday. "We will recall 10,000 vehicles," the carmaker said.`, "the carmaker", ""},
		{`Toyota met unions on Monday. Talks went on. Nothing was agreed. The weather was cold. The automaker said it would try again.`, "The automaker", ""},
	} {
		got, quotes := speakerByText(t, stages, c.text, time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), c.speaker)
		if got == nil {
			t.Errorf("%q: no quote by %q in %+v", c.text, c.speaker, quotes)
			continue
		}
		if got.ActorID != c.actor {
			t.Errorf("%q: speaker %+v, want actor %q", c.text, *got, c.actor)
		}
	}
}
