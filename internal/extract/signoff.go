package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sign-offs: Korean, Japanese and Chinese papers (and some others) sign
// an article at the end of its body, not under the headline: the
// writer's name, a role word and an e-mail address on a line of their
// own ("정덕현 칼럼니스트 thekian@example.co.kr", "칼럼니스트 박생강
// pillgoo@example.com", "Mira Holt, correspondent, mholt@example.com").
// The line stays in the body, as the page prints it there; when no other
// source names the writer, its name is the byline.

// signOffRoles are the role words of a sign-off line: reporter,
// correspondent, columnist and the like, in the languages whose bylines
// are read (bylines.go) and in Korean, Japanese and Chinese.
var signOffRoles = map[string]bool{
	// Korean
	"기자": true, "칼럼니스트": true, "특파원": true, "객원기자": true, "선임기자": true, "전문기자": true, "수습기자": true,
	"논설위원": true, "편집위원": true, "통신원": true, "평론가": true,
	// Japanese and Chinese
	"記者": true, "特派員": true, "編集委員": true, "論説委員": true, "记者": true, "特派员": true, "通讯员": true,
	"通訊員": true, "评论员": true, "評論員": true, "专栏作家": true, "專欄作家": true,
	// English, Portuguese, Spanish, French, German, Italian, Dutch
	"reporter": true, "correspondent": true, "columnist": true, "repórter": true, "correspondente": true,
	"colunista": true, "jornalista": true, "periodista": true, "corresponsal": true, "columnista": true,
	"journaliste": true, "correspondant": true, "correspondante": true, "chroniqueur": true, "reporterin": true,
	"korrespondent": true, "korrespondentin": true, "redakteur": true, "redakteurin": true, "giornalista": true,
	"corrispondente": true, "editorialista": true, "verslaggever": true,
}

// maxSignOffLines is how far from the body's end a sign-off is looked
// for: after it come at most a photo credit and the copyright lines.
const maxSignOffLines = 4

// signOffByline returns the writer's name from a sign-off line among the
// last paragraphs of a body, or "".
func signOffByline(paras []string) string {
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-maxSignOffLines; i-- {
		if n := signOffName(paras[i]); n != "" {
			return n
		}
	}
	return ""
}

// signOffName reads one sign-off line: a name and a role word in either
// order, then an e-mail address, and nothing else ("정덕현 칼럼니스트
// a@b.kr", "칼럼니스트 박생강 a@b.com", "Mira Holt, correspondent,
// a@b.com"). A Korean, Japanese or Chinese role word may be written onto
// the name ("山田太郎記者"). "" when the line is anything else.
func signOffName(line string) string {
	if len(line) > 160 {
		return ""
	}
	words := strings.FieldsFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '|' || r == '/' })
	if len(words) < 2 || !isEmail(strings.Trim(words[len(words)-1], "()[]<>.;:")) {
		return ""
	}
	words = words[:len(words)-1]
	role := -1
	for i, w := range words {
		if signOffRoles[strings.ToLower(w)] {
			role = i
			break
		}
	}
	var name []string
	switch {
	case role == 0:
		name = words[1:]
	case role == len(words)-1:
		name = words[:role]
	case role < 0 && len(words) == 1:
		// The role written onto a name in a script without spaces.
		for r := range signOffRoles {
			if n := strings.TrimSuffix(words[0], r); n != words[0] && !hasLatin(r) && caselessName(n) {
				return n
			}
		}
		return ""
	default:
		return ""
	}
	n := strings.Join(name, " ")
	if len(name) == 1 && caselessName(n) || len(name) >= 2 && len(name) <= 4 && readsAsName(n) && hasLatin(n) {
		return n
	}
	return ""
}

// caselessName reports a name in a script without letter case of two to
// five letters: Korean, Japanese and Chinese names ("정덕현", "山田太郎").
func caselessName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 5 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func hasLatin(s string) bool {
	for _, r := range s {
		if r < 0x250 && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isEmail reports an e-mail address: a local part, "@", and a domain
// with a dot, no spaces.
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at != strings.LastIndexByte(s, '@') {
		return false
	}
	dom := s[at+1:]
	dot := strings.LastIndexByte(dom, '.')
	return dot > 0 && dot < len(dom)-2 && !strings.ContainsAny(s, " \t<>\"'")
}

// datelineCredit returns the news agency a wire dateline credits at the
// start of the body ("SANTA FE, N.M. (AP) —", "SEOUL, July 30 (Yonhap)
// --"), or "". A wire story reprinted with no "By" line carries its
// author in the dateline: the agency wrote it, as an agency-only byline
// ("By The Associated Press") says. Only a news medium's name counts
// (mediaName): "(Reuters)", "(AFP)", not a place's note ("PARIS (Texas)").
func datelineCredit(paras []string) string {
	if len(paras) == 0 {
		return ""
	}
	p := paras[0]
	if len(p) > 200 {
		p = p[:200]
	}
	loc := txtDatelineIndex(p)
	if loc == nil {
		return ""
	}
	head := p[:loc[1]]
	i, j := strings.LastIndex(head, "("), strings.LastIndex(head, ")")
	if i < 0 || j < i {
		return ""
	}
	if credit := strings.TrimSpace(head[i+1 : j]); mediaName(credit) {
		return credit
	}
	return ""
}
