package tokenize

import "testing"

// TestSplitPlatformX checks that "X." after a preposition ends the
// sentence before a name ("wrote on X. Lior Ben-Ami posted ..."): it is the
// platform, not an initial. After a name it stays an initial ("Malcolm X.
// Smith"), and initials elsewhere keep their name together.
func TestSplitPlatformX(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The army spokesman posted on X. Lior Ben-Ami shared a video.", []string{"The army spokesman posted on X.", "Lior Ben-Ami shared a video."}},
		{"The minister announced the deal via X. Opposition leaders called it rushed.", []string{"The minister announced the deal via X.", "Opposition leaders called it rushed."}},
		{"The clip was first posted to X. Kenyan police later removed it.", []string{"The clip was first posted to X.", "Kenyan police later removed it."}},
		// Near misses: an initial inside a name.
		{"Malcolm X. Smith spoke at the rally.", []string{"Malcolm X. Smith spoke at the rally."}},
		{"The prize went to J. K. Rowling on Monday.", []string{"The prize went to J. K. Rowling on Monday."}},
		{"A letter to C. Smith was read aloud.", []string{"A letter to C. Smith was read aloud."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Split(tt.in, 0) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}
