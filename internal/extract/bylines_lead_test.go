package extract

import (
	"strings"
	"testing"
)

// hasBylineLeadSpaced is hasBylineLead as it was: the line with a space
// appended, read by afterBylineLead. hasBylineLead must agree with it.
func hasBylineLeadSpaced(s string) bool {
	_, ok := afterBylineLead(s + " ")
	return ok
}

func TestHasBylineLeadMatchesSpacedLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"", false},
		{"By", true}, // the lead alone, names in the links after it
		{"By Jane Doe", true},
		{"by", true},
		{"Byline", false},
		{"Bye Jane", false},
		{"Auteur :", true},
		{"Auteur", false},
		{"Posted by", true},
		{"Posted by: Ana Lima", true},
		{"05/10/2018 - Publicado por: Ana Lima", true},
		{"05/10/2018 - Publicado por", true},
		{"Posted byline", false},
		{"The story was posted by Ana Lima", false},
		{"written by", true},
		{"Geplaatst door\u00a0Jan de Vries", true},
		{"12:30 | Written by", true},
		{"Текст:", true},
	}
	for _, tt := range tests {
		if got := hasBylineLead(tt.line); got != tt.want {
			t.Errorf("hasBylineLead(%q) = %v, want %v", tt.line, got, tt.want)
		}
		if old := hasBylineLeadSpaced(tt.line); old != tt.want {
			t.Errorf("hasBylineLeadSpaced(%q) = %v, want %v", tt.line, old, tt.want)
		}
	}
}

// TestPhraseLeadsEndInNoSpace guards what hasBylineLead relies on: the
// space afterBylineLead read after a line can end no phrase lead.
func TestPhraseLeadsEndInNoSpace(t *testing.T) {
	for _, forms := range phraseLeadForms {
		for _, v := range forms {
			if v == "" || strings.HasSuffix(v, " ") {
				t.Errorf("phrase lead %q is empty or ends in a space", v)
			}
		}
	}
}

// TestHasBylineLeadEveryLead checks each lead alone, cut short, and
// after a date, against the spaced reading.
func TestHasBylineLeadEveryLead(t *testing.T) {
	var leads []string
	leads = append(leads, bylineLeads...)
	for _, forms := range phraseLeadForms {
		leads = append(leads, forms[0], forms[1])
	}
	for _, l := range leads {
		for _, line := range []string{l, strings.TrimSpace(l), l[:len(l)-1], l + "Ana Lima", l + ": Ana", l + "x", "01.02.2020 | " + l, "01.02.2020 | " + strings.TrimSpace(l), "Text " + l} {
			if got, want := hasBylineLead(line), hasBylineLeadSpaced(line); got != want {
				t.Errorf("hasBylineLead(%q) = %v, spaced reading says %v", line, got, want)
			}
		}
	}
}

func FuzzHasBylineLead(f *testing.F) {
	for _, s := range []string{"By", "By Jane Doe", "Auteur :", "05/10/2018 - Publicado por", "Posted byline", "Текст:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if got, want := hasBylineLead(line), hasBylineLeadSpaced(line); got != want {
			t.Errorf("hasBylineLead(%q) = %v, spaced reading says %v", line, got, want)
		}
	})
}
