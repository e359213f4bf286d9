package fetch

import "testing"

func TestStripUserinfo(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://user:pass@example.org/a", "https://example.org/a"},
		{"https://user@example.org/a?q=1#f", "https://example.org/a?q=1#f"},
		{"http://u:p@example.org:8080", "http://example.org:8080"},
		{"https://example.org/a", "https://example.org/a"},
		{"https://example.org/people/@wire", "https://example.org/people/@wire"},
		{"https://example.org/a?mail=desk@example.org", "https://example.org/a?mail=desk@example.org"},
		{"mailto:desk@example.org", "mailto:desk@example.org"},
		{"https://user:p%zz@example.org/a", "https://example.org/a"}, // does not parse: cut by hand
		{"not a url @ all", "not a url @ all"},
	}
	for _, tt := range tests {
		if got := StripUserinfo(tt.in); got != tt.want {
			t.Errorf("StripUserinfo(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
