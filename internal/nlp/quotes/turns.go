package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/model"
)

// An interview printed as questions and answers ("Q: ..." / "A: ...") and
// a transcript printed as turns ("BADENOCH: ...") quote their speakers
// without quotation marks: the label at the head of the paragraph says who
// speaks. The questions are the outlet's and give no quote; an answer is
// the words of the one interviewed, named before the first turn; a turn
// labelled with a name is the words of the person of that name the article
// names. A label that names no one the article names ("LONDON:", "Note:")
// is no turn, and a lone labelled paragraph makes no interview.

// turn is one labelled paragraph.
type turn struct {
	label      string // as printed, without the colon
	start, end int    // byte range of the words after the label
}

// maxLabel bounds the bytes of a turn's label ("PRIME MINISTER KEIR STARMER").
const maxLabel = 40

// cutLabel splits a paragraph into its label and the offset of the words
// after it: "Q: Is the fight won?" -> "Q", 3. A label is a question or
// answer mark, or one to four words that are each capitalised or all in
// capitals, followed by a colon and a space.
func cutLabel(p string) (string, int, bool) {
	i := strings.IndexByte(p[:min(len(p), maxLabel+1)], ':')
	if i <= 0 || i+2 > len(p) || p[i+1] != ' ' {
		return "", 0, false
	}
	label := p[:i]
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 || strings.TrimSpace(label) != label {
		return "", 0, false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return "", 0, false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '\u2019' {
				return "", 0, false
			}
		}
	}
	k := i + 1
	for k < len(p) && p[k] == ' ' {
		k++
	}
	if k >= len(p) {
		return "", 0, false
	}
	return label, k, true
}

var (
	questionLabels = set("q question interviewer reporter journalist")
	answerLabels   = set("a answer")
)

// turns emits the answers of an interview and the turns of a transcript.
func (st *state) turns() {
	v := st.v
	var ts []turn
	for _, p := range v.paras {
		text := v.a.Text[p[0]:p[1]]
		label, k, ok := cutLabel(text)
		if !ok {
			continue
		}
		end := trimRightSpace(v.a.Text, p[0]+k, p[1])
		if end <= p[0]+k {
			continue
		}
		ts = append(ts, turn{label: label, start: p[0] + k, end: end})
	}
	if len(ts) < 2 {
		return
	}
	var interviewee *model.Speaker
	lookedUp := false
	var named []turn // turns whose label names a person
	answers := 0
	for _, t := range ts {
		switch low := strings.ToLower(t.label); {
		case questionLabels[low]:
		case answerLabels[low]:
			answers++
		default:
			if st.personNamed(t.label) != nil {
				named = append(named, t)
			}
		}
	}
	// An interview has answers; a transcript has two turns or more of
	// named speakers.
	if answers == 0 && len(named) < 2 {
		return
	}
	for _, t := range ts {
		low := strings.ToLower(t.label)
		var sp *model.Speaker
		switch {
		case questionLabels[low]:
			continue
		case answerLabels[low]:
			if answers == 0 {
				continue
			}
			if !lookedUp {
				interviewee, lookedUp = st.interviewee(ts[0].start), true
			}
			sp = interviewee
		default:
			if len(named) < 2 {
				continue
			}
			if sp = st.personNamed(t.label); sp == nil {
				continue
			}
		}
		if isQuoteMark(string(firstRune(v.a.Text[t.start:t.end]))) {
			continue // a quotation of its own, read as one
		}
		st.emitTurn(t, sp)
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// emitTurn records the words of a turn as a direct quote of sp (nil when
// the one interviewed cannot be told).
func (st *state) emitTurn(t turn, sp *model.Speaker) {
	v := st.v
	sent := v.sentenceOf(t.start)
	if sent < 0 {
		sent = 0
	}
	q := model.Quote{Text: v.a.Text[t.start:t.end], Start: t.start, End: t.end, Kind: model.QuoteDirect, Speaker: sp, Sentence: sent}
	st.out = append(st.out, finding{q: q, para: v.paragraphOf(t.start), verb: -1})
	st.remember(v.tokAt(t.start), sp)
}

// personNamed returns the person the article names whose family name is
// the label's last word ("BADENOCH", "Prime Minister STARMER"), from the
// fullest mention; nil when no one or more than one person answers to it.
func (st *state) personNamed(label string) *model.Speaker {
	v := st.v
	words := strings.Fields(label)
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".'\u2019"))
	if len(last) < 2 {
		return nil
	}
	var best *model.Entity
	for i := range v.a.Entities {
		en := &v.a.Entities[i]
		if en.Type != model.EntityPerson || strings.ToLower(lastWord(en.Text)) != last {
			continue
		}
		if best != nil && best.ActorID != en.ActorID && best.ActorID != "" && en.ActorID != "" {
			return nil // two people of that name
		}
		if best == nil || len(strings.Fields(en.Text)) > len(strings.Fields(best.Text)) {
			best = en
		}
	}
	if best == nil {
		return nil
	}
	return speakerOf(*best)
}

// interviewee returns the one interviewed: the only person named before
// the first turn (at byte first), or of several the one the headline
// names; nil when that cannot be told.
func (st *state) interviewee(first int) *model.Speaker {
	v := st.v
	var people []*model.Entity
	seen := map[string]bool{}
	for i := range v.a.Entities {
		en := &v.a.Entities[i]
		if en.Type != model.EntityPerson || en.End > first {
			continue
		}
		key := en.ActorID
		if key == "" {
			key = strings.ToLower(lastWord(en.Text))
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		people = append(people, en)
	}
	switch len(people) {
	case 0:
		return nil
	case 1:
		return speakerOf(*people[0])
	}
	var pick *model.Entity
	title := strings.ToLower(v.a.Title)
	for _, en := range people {
		if title != "" && strings.Contains(title, strings.ToLower(lastWord(en.Text))) {
			if pick != nil {
				return nil
			}
			pick = en
		}
	}
	if pick == nil {
		return nil
	}
	return speakerOf(*pick)
}
