package events

import (
	"strings"
	"testing"
)

// edgeToks builds tagged tokens from "word/TAG" fields; a field with no
// tag is left untagged, as the coder sees words the tagger skipped.
func edgeToks(s string) []tok {
	var toks []tok
	at := 0
	for _, f := range strings.Fields(s) {
		w, pos := f, ""
		if k := strings.LastIndex(f, "/"); k > 0 {
			w, pos = f[:k], f[k+1:]
		}
		toks = append(toks, tok{text: w, low: strings.ToLower(w), start: at, end: at + len(w), pos: pos})
		at += len(w) + 1
	}
	return toks
}

// edgeShapes are the token shapes index-heavy rules misread at the ends
// of a sentence: the trigger or cue word as its first or last token, a
// lone quote mark, a clause cut off right after its conjunction or
// preposition.
var edgeShapes = []string{
	"",
	"./.",
	"\"/''",
	"said/VBD ,/,",
	"Asked/VBN whether/IN",
	"a/DT day/NN after/IN",
	"and/CC wounded/VBD 12/CD",
	"wounded/VBD 12/CD",
	"accused/VBD Kenya/NNP of/IN",
	"accused/VBD Kenya/NNP of/IN shelling/VBG",
	"leaders/NNS",
	"world/NN leaders/NNS",
	"leaders/NNS of/IN",
	"crowd/NN",
	"that/IN",
	"demanded/VBD that/IN",
	"demanded/VBD that/IN the/DT army/NN stop/NN",
	"warned/VBD that/IN",
	"warned/VBD that/IN civilians/NNS would/MD",
	"being/VBG charged/VBN",
	"after/IN being/VBG",
	"posted/VBD on/IN",
	"'s/POS",
	"Kenya/NNP 's/POS",
	"urged/VBD Sudan/NNP to/TO",
	"with/IN",
	"with/IN an/DT",
	"into/IN",
	"the/DT report/NN ,/, said/VBD",
	",/, said/VBD",
	"locusts/NNS swarm/NN",
	"swarm/NN of/IN",
	"officers/NNS",
	"he/PRP",
	"who/WP",
	"Sultan/NNP of/IN",
	"Chinese/JJ app/NN",
	"the/DT village/NN",
	"and/CC",
	"untagged words only",
}

// edgeMentions gives every token of toks a one-token mention, cycling
// through the kinds the helpers test for, so that a mention sits at the
// first and at the last token too.
func edgeMentions(toks []tok) []mention {
	kinds := []string{"role", "person", "organisation", "country", "demonym", "pronoun", "name", "place"}
	ms := make([]mention, 0, len(toks))
	for i, t := range toks {
		k := kinds[i%len(kinds)]
		ms = append(ms, mention{i: i, j: i + 1, text: t.text, kind: k, country: []string{"", "KEN"}[i%2]})
	}
	return ms
}

// TestEdgeHelpersStayInRange calls the index-heavy helpers this round of
// rules added at every position of every edge shape, including the
// positions just past either end that callers pass (a trigger ending the
// sentence has j == len(toks)): none may read outside the tokens.
func TestEdgeHelpersStayInRange(t *testing.T) {
	c := &Coder{}
	st := &articleState{named: map[string]bool{}}
	for _, shape := range edgeShapes {
		toks := edgeToks(shape)
		ms := edgeMentions(toks)
		n := len(toks)
		t.Run(shape, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic on %q: %v", shape, r)
				}
			}()
			for i := 0; i <= n; i++ {
				mandativeVerb(toks, i)
				selfFailure(toks, i)
				weaponBefore(toks, i)
				accountabilityAppeal(toks, i)
				conduitSpeaker(toks, i)
				inhabitedObject(toks, i)
				withInquiry(toks, i)
				reportedState(toks, i-1, n)
				if i < n {
					pestMass(toks, i)
					beingAdjunctHost(toks, i, -1)
				}
				for j := 0; j <= i; j++ {
					inRestrictiveRelative(toks, j, i)
					accusedDoer(toks, ms, j, i)
				}
				c.speakerPossessor(toks, ms, i)
			}
			for mi, m := range ms {
				postedOn(toks, m)
				bareLeaders(toks, m)
				businessHeadAfter(toks, ms, mi)
				possessorNotPlace(toks, m, "about")
				rep := group{mention{i: n, j: n}}
				trailingReportAntecedent(toks, ms, mi, &rep)
				policeOfficers(toks, group{m}, "173", &rep)
			}
			// Triggers of every width, the last one ending the sentence.
			for i := 0; i < n; i++ {
				for j := i + 1; j <= n; j++ {
					tr := &trigger{i: i, j: j, head: i}
					executorSubject(toks, tr, ms)
					plightWarning(toks, ms, tr)
					elidedObject(toks, ms, tr)
				}
			}
			c.otherSide(st, "KEN")
		})
	}
}

// TestEdgeHelpersStillRead keeps the sweep above honest: on whole phrases
// the same helpers still find what they are for, so a guard that made
// them return early everywhere would fail here.
func TestEdgeHelpersStillRead(t *testing.T) {
	// "Militants killed five soldiers and wounded 12": the count after the
	// second verb borrows the first verb's object.
	toks := edgeToks("Militants/NNS killed/VBD five/CD soldiers/NNS and/CC wounded/VBD 12/CD ./.")
	ms := []mention{
		{i: 0, j: 1, text: "Militants", kind: "role"},
		{i: 3, j: 4, text: "soldiers", kind: "role"},
	}
	if g := elidedObject(toks, ms, &trigger{i: 5, j: 6, head: 5}); len(g) != 1 || g[0].text != "soldiers" {
		t.Errorf("elidedObject = %+v, want the soldiers", g)
	}
	// The same count with its own noun names its own object.
	own := edgeToks("Militants/NNS killed/VBD five/CD soldiers/NNS and/CC wounded/VBD 12/CD civilians/NNS")
	if g := elidedObject(own, ms, &trigger{i: 5, j: 6, head: 5}); g != nil {
		t.Errorf("elidedObject with its own object = %+v, want nil", g)
	}
	// "demanded that the army stop its attacks": a bare verb tagged as a
	// noun after the clause's subject.
	dem := edgeToks("Kenya/NNP demanded/VBD that/IN the/DT army/NN stop/NN its/PRP$ attacks/NNS")
	if !mandativeVerb(dem, 5) {
		t.Error("mandativeVerb missed \"stop\" in \"demanded that the army stop its attacks\"")
	}
	if mandativeVerb(dem, len(dem)-1) {
		t.Error("mandativeVerb read the last token as a verb")
	}
	// "urged Sudan to investigate": an appeal for accountability.
	if !accountabilityAppeal(edgeToks("urged/VBD Sudan/NNP to/TO investigate/VB"), 0) {
		t.Error("accountabilityAppeal missed \"urged Sudan to investigate\"")
	}
	if accountabilityAppeal(edgeToks("urged/VBD Sudan/NNP to/TO"), 0) {
		t.Error("accountabilityAppeal read a verb after a final \"to\"")
	}
	// "world leaders" is a supranational qualifier, "the leaders" bare,
	// "leaders of" owned.
	lead := edgeToks("world/NN leaders/NNS met/VBD the/DT leaders/NNS of/IN Kenya/NNP")
	for _, c := range []struct {
		i    int
		want string
	}{{1, "world"}, {4, ""}} {
		if got := bareLeaders(lead, mention{i: c.i, j: c.i + 1, kind: "role"}); got != c.want {
			t.Errorf("bareLeaders at %d = %q, want %q", c.i, got, c.want)
		}
	}
	if got := bareLeaders(edgeToks("leaders/NNS"), mention{i: 0, j: 1, kind: "role"}); got != "bare" {
		t.Errorf("bareLeaders of a lone \"leaders\" = %q, want bare", got)
	}
}
