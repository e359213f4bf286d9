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
	} {
		if got := conduitPhrase(&model.Speaker{Text: c.text}, c.kind); got != c.want {
			t.Errorf("%q %q: got %q, want %q", c.text, c.kind, got, c.want)
		}
	}
}
