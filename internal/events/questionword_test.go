package events

import "testing"

// TestQuestionWordAt checks that an interrogative or relative word in
// initial capitals opening a sentence or a clause is read as no actor,
// while the acronym "WHO" and a question word inside a clause are left to
// the resolver. Sentences written for this test.
func TestQuestionWordAt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		at   int
		want bool
	}{
		{"Who attacked the convoy remained unclear", 0, true},
		{"What prompted the raid was not clear", 0, true},
		{"police said : Who fired first is not known", 3, true},
		{"WHO sent medical supplies to Gaza", 0, false},
		{"the WHO said", 1, false},
		{"officials asked Who would pay", 2, false},
	} {
		toks := words(tc.s, nil)
		if got := questionWordAt(toks, tc.at, tc.at+1); got != tc.want {
			t.Errorf("%q at %d: got %v, want %v", tc.s, tc.at, got, tc.want)
		}
	}
}

// TestOpenSpaceAfter checks which objects of "fired ... into" are an open
// space where a shot or missile hits no one. Sentences written for this
// test.
func TestOpenSpaceAfter(t *testing.T) {
	tags := map[string]string{"off": "IN", "of": "IN", "to": "TO", "disperse": "VB", "as": "IN", ",": ","}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"the air to disperse the crowd", true},
		{"the Yellow Sea", true},
		{"the sea off its east coast", true},
		{"the Sea of Japan", true},
		{"Israel 's Red Sea port of Eilat", false},
		{"a crowd of people", false},
		{"northern Israel , officials said", false},
	} {
		if got := openSpaceAfter(words(tc.s, tags), 0); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.s, got, tc.want)
		}
	}
}
