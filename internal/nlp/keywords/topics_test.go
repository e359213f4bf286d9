package keywords

import (
	"math"
	"strings"
	"testing"
)

// cands builds candidates from keys with their occurrences (word indexes).
func cands(spec map[string][]int32) []*candidate {
	var out []*candidate
	for _, key := range sortedKeys(spec) {
		c := &candidate{key: key, stems: strings.Fields(key), at: spec[key], first: int(spec[key][0]), count: len(spec[key])}
		out = append(out, c)
	}
	return out
}

func sortedKeys(m map[string][]int32) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}

func TestTopics(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		same [][2]string // pairs in one topic
		diff [][2]string // pairs in two
	}{
		{"shared head", []string{"tax", "tax break", "payrol tax", "trade"},
			[][2]string{{"tax", "tax break"}, {"tax break", "payrol tax"}}, [][2]string{{"tax", "trade"}}},
		{"one word of three", []string{"joint militari exercis", "militari", "north korea"},
			[][2]string{{"joint militari exercis", "militari"}}, [][2]string{{"militari", "north korea"}}},
		{"nothing shared", []string{"vote", "senat", "budget"},
			nil, [][2]string{{"vote", "senat"}, {"senat", "budget"}, {"vote", "budget"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			spec := map[string][]int32{}
			for i, k := range tc.keys {
				spec[k] = []int32{int32(i)}
			}
			list := cands(spec)
			topic := topics(list)
			of := map[string]int{}
			for i, c := range list {
				of[c.key] = topic[i]
			}
			for _, p := range tc.same {
				if of[p[0]] != of[p[1]] {
					t.Errorf("%q and %q in topics %d and %d, want one", p[0], p[1], of[p[0]], of[p[1]])
				}
			}
			for _, p := range tc.diff {
				if of[p[0]] == of[p[1]] {
					t.Errorf("%q and %q both in topic %d", p[0], p[1], of[p[0]])
				}
			}
		})
	}
}

func TestTopicScores(t *testing.T) {
	// "budget" runs through the text among the other topics; "weather"
	// is mentioned once, far from the rest; "budget cut" shares its
	// topic with "budget" and comes later.
	list := cands(map[string][]int32{
		"budget":     {2, 20, 41, 60, 82},
		"budget cut": {45},
		"senat":      {5, 22, 58},
		"vote":       {8, 25, 62, 80},
		"weather":    {300},
	})
	sc := topicScores(list)
	by := map[string]float64{}
	var sum float64
	for i, c := range list {
		by[c.key] = sc[i]
		sum += sc[i]
		if sc[i] <= 0 {
			t.Errorf("%q scored %v, want > 0", c.key, sc[i])
		}
	}
	if math.Abs(sum-1) > 1e-6 {
		t.Errorf("scores sum to %v, want 1", sum)
	}
	if by["budget"] <= by["weather"] || by["vote"] <= by["weather"] {
		t.Errorf("an isolated mention outranks a recurring topic: %v", by)
	}
	if by["budget"] <= by["budget cut"] {
		t.Errorf("the topic's first, recurring phrase is below its later variant: %v", by)
	}
	if got := topicScores(nil); len(got) != 0 {
		t.Errorf("empty list scored %v", got)
	}
}

// A word's recurrence counts its uses in any part of speech: "strike"
// used once as a noun and three times as a verb recurs four times and
// outranks a noun used twice.
func TestRecurrenceCountsAllUses(t *testing.T) {
	a := slashTagged("Workers/NNS will/MD strike/VB on/IN Monday/NNP ./. The/DT union/NN said/VBD the/DT strike/NN would/MD close/VB ports/NNS ./. " +
		"Dockers/NNS strike/VBP often/RB ./. Drivers/NNS strike/VBP too/RB ./. Ports/NNS reopen/VBP later/RB ./.")
	sigs := New(Config{}).Signals(a)
	var strike, ports float64
	for _, s := range sigs {
		switch s.Key {
		case "strike":
			strike = s.Score
		case "port":
			ports = s.Score
		}
	}
	if strike == 0 || ports == 0 {
		t.Fatalf("strike %v, ports %v: want both candidates; signals %+v", strike, ports, sigs)
	}
	if strike <= ports {
		t.Errorf("strike (one noun use, three verb uses) %v <= ports (two noun uses) %v", strike, ports)
	}
}

func TestPlace(t *testing.T) {
	a := slashTagged("The/DT payroll/NN tax/NN break/NN ended/VBD ./. A/DT tax/NN ,/, break/NN ./. " +
		"The/DT Hall/NNP of/IN Fame/NNP voted/VBD on/IN the/DT tax/NN break/NN ./. Taxes/NNS rose/VBD ./.")
	words := New(Config{}).words(a)
	tests := []struct {
		key  string
		want int // occurrences placed
	}{
		{"tax break", 2}, // inside "payroll tax break" and alone; not across the comma
		{"payrol tax break", 1},
		{"hall fame", 1}, // the name's "of" skipped
		{"tax", 4},       // every use of the stem
		{"budget", 1},    // found nowhere: placed at its first occurrence
	}
	var top []*candidate
	for _, tc := range tests {
		top = append(top, &candidate{key: tc.key, stems: strings.Fields(tc.key), first: 7})
	}
	place(top, words)
	for i, tc := range tests {
		if got := len(top[i].at); got != tc.want {
			t.Errorf("%q placed %d times (%v), want %d", tc.key, got, top[i].at, tc.want)
		}
	}
	if top[4].at[0] != 7 {
		t.Errorf("unplaced candidate at %v, want its first occurrence 7", top[4].at)
	}
}
