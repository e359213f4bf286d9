package events

import (
	"strings"
	"testing"
)

// findTok is the index of the first token of toks reading w, or -1.
func findTok(toks []tok, w string) int {
	for k, tk := range toks {
		if tk.low == w {
			return k
		}
	}
	return -1
}

// A negation word negates the event after it unless it is part of "not
// only", "did not hesitate to", "no doubt that", "no sooner" or is the
// conjunction "yet" (negcues.go); the sweep (sweep_modality.tsv) runs the
// same cases through the whole pipeline.
func TestNegationNegatesNothing(t *testing.T) {
	for _, tt := range []struct {
		text, cue, trigger string
		want               bool
	}{
		{"russia not only attacked kharkiv but also shelled odesa", "not", "attacked", true},
		{"iran did not hesitate to launch drones at israel", "not", "launch", true},
		{"turkey never hesitated to strike kurdish fighters", "never", "strike", true},
		{"there is no doubt that russia attacked the dam", "no", "attacked", true},
		{"it is no secret that iran supplies drones to russia", "no", "supplies", true},
		{"no sooner had the truce begun than jets struck gaza", "no", "struck", true},
		{"yet to the surprise of many egypt condemned the raid", "yet", "condemned", true},
		{"moscow has yet to withdraw its troops", "yet", "withdraw", false},
		{"hamas is yet to release the hostages", "yet", "release", false},
		{"russia did not attack kharkiv", "not", "attack", false},
		{"egypt did not condemn the raid", "not", "condemn", false},
		{"there is no evidence that russia attacked the dam", "no", "attacked", false},
		{"there were no talks between the two sides", "no", "talks", false},
		{"china did not only hesitate but refused to attack", "not", "attack", true},
	} {
		toks := taggedToks(tt.text)
		k, i := findTok(toks, tt.cue), findTok(toks, tt.trigger)
		if got := negationNegatesNothing(toks, k, i); got != tt.want {
			t.Errorf("%q: negationNegatesNothing = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// "was to (have)" before a verb is an arrangement; "was to blame" has no
// verb trigger after it, and "went to" is no "was".
func TestWasToBefore(t *testing.T) {
	for _, tt := range []struct {
		text, trigger string
		want          bool
	}{
		{"the president was to have met his counterpart", "met", true},
		{"the envoys were to sign the deal in doha", "sign", true},
		{"the envoys went to sign the deal in doha", "sign", false},
		{"the envoys wanted to sign the deal", "sign", false},
		{"the envoys have met in doha", "met", false},
	} {
		toks := taggedToks(tt.text)
		if got := wasToBefore(toks, findTok(toks, tt.trigger)); got != tt.want {
			t.Errorf("%q: wasToBefore = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A modality cue that is the gerund of an adverbial phrase is the phrase's
// verb; an adjective such as "upcoming" still makes its noun planned.
func TestModalCueInAdjunct(t *testing.T) {
	for _, tt := range []struct {
		text, cue string
		want      bool
	}{
		{"israel , after weighing its options , struck iran", "weighing", true},
		{"while considering sanctions , the eu condemned", "considering", true},
		{"the eu is considering sanctions", "considering", false},
		{"after upcoming elections in june", "upcoming", false},
	} {
		toks := taggedToks(tt.text)
		if got := modalCueInAdjunct(toks, findTok(toks, tt.cue)); got != tt.want {
			t.Errorf("%q: modalCueInAdjunct = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// The terms of a fronted proposal ("Under the proposal, X would ...") are
// supposed; those of a deal, or "would" with no such frame, are not.
func TestProposedTerm(t *testing.T) {
	for _, tt := range []struct {
		text, trigger string
		want          bool
	}{
		{"Under the proposal , Israel would withdraw its troops", "withdraw", true},
		{"Under a draft seen by diplomats , Russia would pull back", "pull", true},
		{"CAIRO ( Wire ) - Under the U.S. plan , Hamas would free the hostages", "free", true},
		{"Under the deal , Israel would release 50 prisoners", "release", false},
		{"Under pressure , Israel would withdraw its troops", "withdraw", false},
		{"Under the plan , Kenya will deploy police", "deploy", false},
		{"Israel would withdraw its troops under the proposal", "withdraw", false},
	} {
		toks := taggedToks(strings.TrimSpace(tt.text))
		if got := proposedTerm(toks, findTok(toks, strings.ToLower(tt.trigger))); got != tt.want {
			t.Errorf("%q: proposedTerm = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// An "-ing" verb right after a verb that takes a gerund is its object, the
// sentence's act; after a noun it is a participle, and verbs of stopping
// are no such heads.
func TestGerundComplement(t *testing.T) {
	for _, tt := range []struct {
		text, trigger string
		want          bool
	}{
		{"russia denied attacking the port", "attacking", true},
		{"mexico is considering recalling its ambassador", "recalling", true},
		{"russian forces began shelling kharkiv", "shelling", true},
		{"russian forces stopped shelling kharkiv", "shelling", false},
		{"the resolution condemning israel passed", "condemning", false},
		{"russia denied the attack", "attack", false},
	} {
		toks := taggedToks(tt.text)
		i := findTok(toks, tt.trigger)
		if got := gerundComplement(toks, &trigger{i: i, j: i + 1, head: i}); got != tt.want {
			t.Errorf("%q: gerundComplement = %v, want %v", tt.text, got, tt.want)
		}
	}
}
