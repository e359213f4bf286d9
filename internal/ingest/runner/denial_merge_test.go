package runner

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/analysis"
	"github.com/newsgraph/newsgraph/internal/store"
)

// Ingested end to end, an outlet's denial that gives no day of its own
// ("Niger did not sign the security pact with Nigeria, its foreign
// minister said on Thursday": Thursday is when it was said) joins the
// signing two other outlets report two days before, whichever order the
// reports come in: the event stays told as done (most sources) and shows
// the denial beside it. A denial dated by its own clause ("did not sign
// ... on Tuesday") keeps an event of its own.
func TestIngestJoinsAnUndatedDenialToTheActItDenies(t *testing.T) {
	signedA := func() Item {
		return docItem2("a.txt", "https://a.example/pact", "Niger and Nigeria sign pact\n\nABUJA, March 10, 2026 (Wire) - Niger and Nigeria signed a security pact in Abuja on Tuesday, officials from both governments said.\n")
	}
	signedB := func() Item {
		return docItem2("b.txt", "https://b.example/pact", "Security pact signed\n\nABUJA, March 11, 2026 (Wire) - Nigeria and Niger signed a security pact on Tuesday in the Nigerian capital, the two governments said in a joint statement.\n")
	}
	denied := func() Item {
		return docItem2("c.txt", "https://c.example/pact", "Niger denies pact\n\nNIAMEY, March 12, 2026 (Wire) - Niger did not sign the security pact with Nigeria, its foreign minister said on Thursday.\n")
	}
	deniedOnTuesday := func() Item {
		return docItem2("d.txt", "https://d.example/pact", "Niger denies pact\n\nNIAMEY, March 12, 2026 (Wire) - Niger did not sign the security pact with Nigeria on Tuesday, its foreign minister said.\n")
	}
	for _, c := range []struct {
		name  string
		items []func() Item // fresh documents for each run: a run analyses them in place
		want  []string      // date polarity sources of each Niger-Nigeria signing, newest id first
		deny  int           // reports of the asserted event that deny it
	}{
		{"denial last", []func() Item{signedA, signedB, denied}, []string{"2026-03-10 asserted 3"}, 1},
		{"denial first", []func() Item{denied, signedA, signedB}, []string{"2026-03-10 asserted 3"}, 1},
		{"denial with its own day", []func() Item{signedA, signedB, deniedOnTuesday}, []string{"2026-03-10 negated 1", "2026-03-10 asserted 2"}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			stages, err := analysis.Stages(analysis.Config{SummarySentences: analysis.DefaultSummarySentences})
			if err != nil {
				t.Fatal(err)
			}
			st := openTemp(t)
			if _, err := Run(ctx, Config{Store: st, Stages: stages, Workers: 1}, func(yield func(Item) bool) {
				for _, it := range c.items {
					if !yield(it()) {
						return
					}
				}
			}); err != nil {
				t.Fatal(err)
			}
			evs, err := st.Events(ctx, store.EventQuery{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			deny := 0
			for _, e := range evs {
				if e.Type != "SUPPORT" || e.CAMEO != "057" {
					continue
				}
				got = append(got, e.Date+" "+e.Polarity+" "+string(rune('0'+e.NumSources)))
				_, reports, err := st.Event(ctx, e.ID)
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range reports {
					if e.Polarity == "asserted" && r.PolarityDiffers(e) {
						deny++
					}
				}
			}
			if !slices.Equal(got, c.want) || deny != c.deny {
				t.Errorf("signings %q with %d denying reports, want %q with %d", got, deny, c.want, c.deny)
			}
		})
	}
}
