package extract

import (
	"strings"
	"unicode/utf8"
)

// Letters, open letters and statements end with a closing and the sender
// ("Thanks," / "Mira Holt" / "Harbour Board of Eastport"). Those short
// lines are part of what was written: who signs a letter is part of the
// letter. Both extractors trim short lines without sentence punctuation at
// the end of a body as page furniture; a closing keeps itself and the few
// short lines after it. A press release's "Media contact:" block stays
// furniture (text_vocab.go): it is about reaching the issuer, not part of
// the release's text.

// closingPhrases are valedictions that end a letter, on a line of their
// own (a trailing comma or full stop is dropped before matching).
var closingPhrases = map[string]bool{
	"thanks": true, "thank you": true, "many thanks": true, "thanks again": true, "thanks so much": true,
	"with thanks": true, "best": true, "all the best": true, "best regards": true, "best wishes": true,
	"kind regards": true, "warm regards": true, "warmest regards": true, "regards": true, "with best regards": true,
	"sincerely": true, "sincerely yours": true, "yours sincerely": true, "yours truly": true, "yours faithfully": true,
	"respectfully": true, "respectfully yours": true, "cordially": true, "cheers": true,
	"atenciosamente": true, "cordialmente": true, "abraços": true, "um abraço": true, "saludos": true,
	"saludos cordiales": true, "atentamente": true, "un saludo": true, "mit freundlichen grüßen": true,
	"viele grüße": true, "beste grüße": true, "herzliche grüße": true, "freundliche grüße": true, "cordialement": true,
	"bien cordialement": true, "bien à vous": true, "cordiali saluti": true, "distinti saluti": true,
	"met vriendelijke groet": true, "hartelijke groeten": true,
}

// maxSignatureLines is how many short lines after a closing are the
// sender's name, role, organisation and contact.
const maxSignatureLines = 5

// maxSignatureLine is the longest such line, in bytes.
const maxSignatureLine = 80

// isLetterClosing reports a line that is a closing ("Thanks,", "Kind
// regards,").
func isLetterClosing(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 40 {
		return false
	}
	l := strings.ToLower(strings.TrimRight(s, " ,.!—–-"))
	return closingPhrases[l]
}

// isSignatureLine reports a short line that can follow a closing: a name,
// a role, an organisation, a phone number or an address; not a sentence
// of its own and not a heading of a new section.
func isSignatureLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxSignatureLine || strings.HasSuffix(s, ":") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r == '?' || r == '!' {
		return false
	}
	return len(strings.Fields(s)) <= 10
}

// signatureFrom returns the index of the closing that opens the letter's
// end in lines, when every line from it on is the closing and up to
// maxSignatureLines signature lines; -1 when lines do not end so.
func signatureFrom(lines []string) int {
	for j := len(lines) - 1; j >= 0 && j >= len(lines)-1-maxSignatureLines; j-- {
		if isLetterClosing(lines[j]) {
			return j
		}
		if !isSignatureLine(lines[j]) {
			return -1
		}
	}
	return -1
}

// salutationOpeners open a letter's salutation ("Dear residents,").
var salutationOpeners = []string{"Dear ", "Hi ", "Hello ", "To whom it may concern", "Prezados", "Prezado ", "Prezada ",
	"Caro ", "Cara ", "Caros ", "Queridos ", "Querido ", "Querida ", "Estimado ", "Estimada ", "Estimados ",
	"Liebe ", "Lieber ", "Sehr geehrte", "Cher ", "Chère ", "Chers ", "Madame", "Monsieur", "Gentile ", "Beste "}

// isSalutation reports a letter's salutation on a line of its own: an
// opener, a few words and a comma or colon ("Dear residents,", "Sehr
// geehrte Damen und Herren,").
func isSalutation(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 60 || len(strings.Fields(s)) > 8 || !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, ":") {
		return false
	}
	for _, o := range salutationOpeners {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}
