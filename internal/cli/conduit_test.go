package cli

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

func TestConduitPhrase(t *testing.T) {
	for _, c := range []struct{ text, kind, want string }{
		{"Newsweek", "", " via Newsweek"},
		{"social media", "", " via social media"},
		{"in a statement", model.ConduitChannel, " (in a statement)"},
		{"a news conference", model.ConduitChannel, " (at a news conference)"},
		{"In a statement", model.ConduitChannel, " (in a statement)"},
		{"a letter", model.ConduitDocument, " (in a letter)"},
		{"A readout", model.ConduitDocument, " (in a readout)"},
		{"the ministry's statement", model.ConduitDocument, " (in the ministry's statement)"},
		{"Another letter", model.ConduitDocument, " (in another letter)"},
		{"Xinhua's report", model.ConduitDocument, " (in Xinhua's report)"},
	} {
		if got := conduitPhrase(&model.Speaker{Text: c.text}, c.kind); got != c.want {
			t.Errorf("%q %q: got %q, want %q", c.text, c.kind, got, c.want)
		}
	}
}
