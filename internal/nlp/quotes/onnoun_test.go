package quotes

import (
	"strings"
	"testing"
)

// TestOnNounNoChannel: "on <network>" completing a common noun inside the
// report ("the ban on TikTok", "restrictions on Telegram") says what the
// report is about, not the channel; after a word for what carries words,
// a speech verb or shared pictures the network stays the channel.
func TestOnNounNoChannel(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	f := newFinder(t)
	for _, c := range []struct {
		text, contains, conduit string
	}{
		{"Communications Minister Rahim Osman said the ban on TikTok would take effect immediately.",
			"would take effect", ""},
		{"The regulator said new restrictions on Telegram would be lifted next month.",
			"would be lifted", ""},
		{"Police said a crackdown on WhatsApp groups spreading rumours had led to 40 arrests.",
			"had led to 40 arrests", ""},
		{"The minister said in a post on Facebook that the border would reopen on Monday.",
			"border would reopen", "Facebook"},
		{"The opposition leader said on Telegram that the vote had been rigged.",
			"vote had been rigged", "Telegram"},
		{"The governor said this morning on Facebook that schools would stay closed.",
			"schools would stay closed", "Facebook"},
	} {
		qs := f.Find(tagged(t, c.text))
		found := false
		for _, q := range qs {
			if !strings.Contains(q.Text, c.contains) {
				continue
			}
			found = true
			got := ""
			if q.Conduit != nil {
				got = q.Conduit.Text
			}
			if got != c.conduit {
				t.Errorf("%q: conduit %q, want %q", c.text, got, c.conduit)
			}
		}
		if !found {
			t.Errorf("%q: no quote containing %q in %+v", c.text, c.contains, qs)
		}
	}
}
