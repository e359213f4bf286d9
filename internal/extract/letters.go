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

// maxContactLines is how many contact lines (isContactLine: a phone
// number, an e-mail address, a web address) the signature may hold
// besides those: a sender gives a phone, a mobile, an e-mail and a site
// under the name, role and address.
const maxContactLines = 4

// contactLabels label a contact line ("Tel: +44 ...", "E-mail: ...").
var contactLabels = map[string]bool{
	"tel": true, "tel.": true, "telephone": true, "phone": true, "ph": true, "mobile": true, "mob": true, "cell": true,
	"fax": true, "t": true, "m": true, "f": true, "e": true, "w": true, "email": true, "e-mail": true, "mail": true,
	"web": true, "website": true, "telefon": true, "téléphone": true, "teléfono": true, "telefone": true, "telefono": true,
	"handy": true, "courriel": true, "correo": true,
}

// isContactLine reports a line that is a way to reach the sender and
// nothing else: a phone number, an e-mail address or a web address,
// after an optional label ("Tel: +44 20 7946 0321", "mira@example.org").
// The plain-text extractor drops such a line on its own as furniture (a
// line without letters, a bare link); after a letter's closing it is the
// signature's.
func isContactLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxSignatureLine {
		return false
	}
	if label, rest, ok := strings.Cut(s, ":"); ok && contactLabels[strings.ToLower(strings.TrimSpace(label))] {
		s = strings.TrimSpace(rest)
	} else if f := strings.Fields(s); len(f) > 1 && contactLabels[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		s = strings.TrimSpace(s[len(f[0]):]) // "Tel +44 ...", "Mobile 0171 ..."
	}
	if s == "" {
		return false
	}
	// Several on one line ("+44 20 7946 0321 | mira@example.org").
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' || r == ';' }) {
		if p := strings.TrimSpace(part); !isPhoneNumber(p) && !isEmailAddress(p) && !isWebAddress(p) {
			return false
		}
	}
	return true
}

// isPhoneNumber reports a phone number as written: 7 to 15 digits with
// spaces, dots, dashes, slashes, brackets and a leading plus; an
// extension ("ext. 214", "x214") may follow.
func isPhoneNumber(s string) bool {
	if i := strings.Index(strings.ToLower(s), "ext"); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0, r == ' ', r == '.', r == '-', r == '/', r == '(', r == ')', r == ' ':
		default:
			return false
		}
	}
	return digits >= 7 && digits <= 15
}

// isEmailAddress reports one e-mail address: a local part, "@", and a
// dotted domain, with no spaces.
func isEmailAddress(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "mailto:"), ".")
	local, domain, ok := strings.Cut(s, "@")
	return ok && local != "" && !strings.ContainsAny(s, " \t<>,") && strings.Contains(domain, ".") &&
		!strings.HasPrefix(domain, ".") && !strings.HasSuffix(domain, ".") && !strings.Contains(domain, "@")
}

// isWebAddress reports one web address ("www.example.org",
// "https://example.org/contact").
func isWebAddress(s string) bool {
	if strings.ContainsAny(s, " \t") {
		return false
	}
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") && len(l) > 6
}

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
// end in lines, when every line from it on is the closing, up to
// maxSignatureLines signature lines and up to maxContactLines contact
// lines; -1 when lines do not end so.
func signatureFrom(lines []string) int {
	sig, contact := 0, 0
	for j := len(lines) - 1; j >= 0; j-- {
		switch {
		case isLetterClosing(lines[j]):
			return j
		case isContactLine(lines[j]) && contact < maxContactLines:
			contact++
		case isSignatureLine(lines[j]) && sig < maxSignatureLines:
			sig++
		default:
			return -1
		}
	}
	return -1
}

// signatureEnd is the end (one past the last line) of the signature that
// follows a closing at lines[0]: the signature lines (up to
// maxSignatureLines) and contact lines (up to maxContactLines) after it,
// in any order, up to the first line that is neither. isBody says whether
// a line is still body text here; a contact line counts whatever it says,
// as the extractor drops one on its own as furniture.
func signatureEnd(lines []string, isBody func(int) bool) int {
	sig, contact := 0, 0
	j := 1
	for ; j < len(lines); j++ {
		switch {
		case isContactLine(lines[j]) && contact < maxContactLines:
			contact++
		case isBody(j) && isSignatureLine(lines[j]) && sig < maxSignatureLines:
			sig++
		default:
			return j
		}
	}
	return j
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

// opensEndSection reports a line that heads a section pages put after the
// body: a press release's "Media contact:" or "About Eastport Harbour"
// block, "Notes to editors", a "Related" or "Read more" list, on its own
// or as the label of its first line ("Media contact: Tomas Berg, +44 ...").
// A letter's signature ends there: the signature above it is the body's,
// what follows is furniture (text_vocab.go).
func opensEndSection(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" {
		return false
	}
	if len(strings.Fields(t)) <= 8 && txtSectionHeader.MatchString(t) {
		return true
	}
	i := strings.IndexByte(t, ':')
	return i > 0 && i < 30 && txtSectionHeader.MatchString(strings.TrimSpace(t[:i]))
}

// signatureBeforeSection finds a closing near the end of lines whose
// signature runs up to a section that opensEndSection (a press release
// signed "Sincerely," / "Mira Holt" / "Chair" above its "Media contact:"
// block). It returns the end of the signature (the section's first
// line), or -1 when lines do not end so. heading(k) says whether line k
// is a heading: a heading inside the signature ends it.
func signatureBeforeSection(lines []string, heading func(int) bool) int {
	// The sections after the signature are short: a few contacts, an
	// "About" paragraph or two, a list of links.
	const maxSectionLines = 30
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-maxSectionLines; i-- {
		if heading(i) || !isLetterClosing(lines[i]) {
			continue
		}
		j := i + signatureEnd(lines[i:], func(k int) bool { return !heading(i+k) && !opensEndSection(lines[i+k]) })
		if j < len(lines) && opensEndSection(lines[j]) {
			return j
		}
		return -1 // only the last closing can end the letter
	}
	return -1
}
