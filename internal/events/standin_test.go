package events

import (
	"slices"
	"testing"
)

// TestStandInAtPronoun checks that a pronoun subject's antecedent from an
// earlier sentence comes back at the pronoun's place in this one, with who
// it is unchanged, wherever it stood in its own sentence: past this
// sentence's end, or on a word of this sentence ("not", "would", "its")
// that a position check would otherwise read as the subject's neighbour.
// Sentences written for this test.
func TestStandInAtPronoun(t *testing.T) {
	kenya := mention{text: "Kenya", actorID: "KEN", country: "KEN", kind: "country"}
	officials := mention{text: "officials", kind: "role", sector: "government"}
	ruto := mention{text: "Ruto", actorID: "KENGOV", country: "KEN", kind: "person"}
	cases := []struct {
		name     string
		sentence string
		pronoun  int // token index of the pronoun subject
		verb     int // token index of the verb
		last     mention
		old      [2]int // the antecedent's span in its own sentence
		person   bool   // remembered as the last person, not the last actor
	}{
		{"past the end", "It would not sanction Ghana .", 0, 3, kenya, [2]int{14, 15}, false},
		{"on not", "It would not sanction Ghana .", 0, 3, kenya, [2]int{2, 3}, false},
		{"on would", "It would not sanction Ghana .", 0, 3, kenya, [2]int{1, 2}, false},
		{"after its", "They said its army would withdraw .", 0, 1, officials, [2]int{3, 4}, false},
		{"person past the end", "On Monday he criticized Ghana .", 2, 3, ruto, [2]int{20, 21}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			toks := words(tc.sentence, nil)
			pr := mention{i: tc.pronoun, j: tc.pronoun + 1, text: toks[tc.pronoun].text, kind: "pronoun"}
			last := tc.last
			last.i, last.j = tc.old[0], tc.old[1]
			st := &articleState{}
			if tc.person {
				st.lastPerson = &last
			} else {
				st.lastActor = &last
			}
			g, ok := subjectOf(toks, []mention{pr}, tc.verb, 0, st, nil)
			if !ok || len(g) != 1 {
				t.Fatalf("subjectOf = %+v, %v; want the remembered actor", g, ok)
			}
			got := g[0]
			if got.i != pr.i || got.j != pr.j {
				t.Errorf("span = %d..%d, want the pronoun's %d..%d", got.i, got.j, pr.i, pr.j)
			}
			if got.text != tc.last.text || got.actorID != tc.last.actorID || got.country != tc.last.country || got.sector != tc.last.sector || got.kind != tc.last.kind {
				t.Errorf("mention = %+v, want %+v at the pronoun", got, tc.last)
			}
			if last.i != tc.old[0] || last.j != tc.old[1] {
				t.Errorf("the remembered mention itself moved to %d..%d", last.i, last.j)
			}
		})
	}
}

// TestCarriedSubjectIndependentOfEarlierSentence codes the same pronoun
// sentence after a short and after a long sentence naming the same
// subject: what the second sentence says must not depend on where its
// antecedent stood in the first. Before the antecedent was re-anchored at
// the pronoun, "which Nigeria welcomed" after a long first sentence made
// Nigeria the partner of Kenya's meeting (the relative clause was not cut
// off, the subject seeming to stand after "which"). Sentences written for
// this test.
func TestCarriedSubjectIndependentOfEarlierSentence(t *testing.T) {
	c := coder(t)
	const short = "Kenya met Ghana."
	const long = "After a long flight from Nairobi on Sunday night, Kenya met Ghana."
	for _, second := range []string{
		// relative clause after the verb
		"It met again on Monday, which Nigeria welcomed.",
		// "its" before a role, a modal and a negation later on
		"It recalled its ambassador to Ghana on Monday and would not send him back.",
		// "their" before a role
		"They agreed to withdraw their troops from the border.",
		// negation and modal right after the pronoun
		"It did not criticize Nigeria.",
		"It may criticize Nigeria.",
		// a long second sentence: the short first sentence's subject
		// position lands early in it, the long one's on "not"
		"On Monday, after talks in Accra that ran late into the night and did not end in a deal, it said it would not accept the offer of Ghana.",
	} {
		views := func(first string) []ev {
			text := first + " " + second
			var out []ev
			for _, e := range code(t, c, text) {
				if len(e.Evidence) > 0 && e.Evidence[0].Start > len(first) {
					out = append(out, view(e))
				}
			}
			return out
		}
		a, b := views(short), views(long)
		if !slices.Equal(a, b) {
			t.Errorf("%q:\n after a short sentence %+v\n after a long one     %+v", second, a, b)
		}
	}
	// The partner of the second meeting is not the country of the
	// relative clause.
	for _, e := range code(t, c, long+" It met again on Monday, which Nigeria welcomed.") {
		if v := view(e); v.typ == "CONSULT" && v.tgt == "NGA" {
			t.Errorf("Nigeria taken for the partner of the meeting: %+v", e)
		}
	}
}
