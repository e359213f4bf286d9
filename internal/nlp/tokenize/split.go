package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a sentence's byte range and tokens.
type Sentence struct {
	Start, End int
	Tokens     []Token
}

// Split tokenises text (offsets shifted by base) and groups the tokens into
// sentences. A line break always ends a sentence: scraped headlines and
// captions carry no final punctuation. Callers split paragraphs first.
func Split(text string, base int) []Sentence {
	toks := Tokens(text, base)
	return group(text, base, toks)
}

// SplitUpTo is Split of the first limit tokens of text; more reports that
// the text went on past them, when the last sentence is the one the limit
// cut in two.
func SplitUpTo(text string, base, limit int) (sents []Sentence, more bool) {
	toks, more := TokensUpTo(text, base, limit)
	return group(text, base, toks), more
}

// MaxSentenceTokens is the longest sentence Split returns; news sentences
// are far shorter.
const MaxSentenceTokens = 250

func group(text string, base int, toks []Token) []Sentence {
	var out []Sentence
	start := 0
	for k := 0; k < len(toks); k++ {
		end := k + 1
		cut := false
		if end < len(toks) && strings.ContainsAny(text[toks[k].End-base:toks[end].Start-base], "\n\r") {
			cut = true
		} else if isFinal(toks[k].Text) || closesQuote(toks, k) {
			// Closing quotes and brackets glued to the final mark belong
			// to the sentence: `"We will," he said.` / `... ties."`
			for end < len(toks) && isCloser(toks[end].Text) && toks[end].Start == toks[end-1].End {
				end++
			}
			after, before := "", ""
			if end+1 < len(toks) {
				after = toks[end+1].Text
			}
			if k > start {
				before = toks[k-1].Text
			}
			if end < len(toks) && (startsSentence(toks[k].Text, toks[end].Text, after) || platformX(before, toks[k].Text, toks[end].Text)) {
				cut = true
			}
			k = end - 1
		}
		if !cut && end-start >= MaxSentenceTokens {
			// A run of text with no sentence end (a table, a list, a
			// transcript without punctuation) is cut, so that no stage
			// that looks across a sentence meets thousands of tokens.
			cut = true
		}
		if cut || end == len(toks) {
			s := toks[start:end:end]
			out = append(out, Sentence{Start: s[0].Start, End: s[len(s)-1].End, Tokens: s})
			start = end
		}
	}
	return out
}

// isFinal reports whether a token can end a sentence.
func isFinal(t string) bool {
	switch t {
	case ".", "!", "?", "...", "…", "?!", "!?", "!!", "??":
		return true
	}
	if isFullStopCJK(t) {
		return true
	}
	if strings.HasPrefix(t, "..") || (len(t) > 1 && strings.Trim(t, "?!") == "") {
		return true
	}
	// "U.S." or "Inc." at the end of a sentence carries the period, and
	// so does a lone capital ("wrote on X."), which startsSentence takes
	// for an initial unless a pronoun or determiner follows.
	return len(t) > 1 && strings.HasSuffix(t, ".") && (!IsTitleAbbrev(t) || isInitial(t)) && !isNumberLike(t)
}

// isInitial reports whether t is one capital letter and a period: "J."
// of "J. Smith", or "X." of "wrote on X.".
func isInitial(t string) bool {
	w, ok := strings.CutSuffix(t, ".")
	return ok && utf8.RuneCountInString(w) == 1 && isUpper(firstRune(w))
}

// closesQuote reports whether toks[k] is an abbreviation that takes a
// period ("No.", "Gen.") with a closing quotation mark glued after it:
// `said: "No." Officials ...`. No title or number word precedes its
// name or figure across a closing mark, so the period ends the quoted
// sentence; startsSentence still asks for an opener after it.
func closesQuote(toks []Token, k int) bool {
	if k+1 >= len(toks) || !strings.HasSuffix(toks[k].Text, ".") || toks[k+1].Start != toks[k].End {
		return false
	}
	switch toks[k+1].Text {
	case "\"", "”", "'", "’", "»":
		return true
	}
	return false
}

// isFullStopCJK reports whether t is a sentence-final mark of the
// ideographic scripts: the ideographic full stop "。" (and its halfwidth
// form), and the fullwidth "！" and "？". Chinese and Japanese put no space
// after them, and none of them is ever an abbreviation's period.
func isFullStopCJK(t string) bool {
	switch t {
	case "。", "｡", "！", "？", "！？", "？！":
		return true
	}
	return t != "" && strings.Trim(t, "。｡！？") == ""
}

// isLower reports whether r is a lowercase letter of a cased script.
// Letters of scripts without case (Hangul, Han, kana, Arabic, Hebrew,
// Thai, Devanagari) are neither upper nor lower.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isNumberLike(t string) bool {
	r := firstRune(t)
	return isDigit(r)
}

func isCloser(t string) bool {
	switch t {
	case "\"", "'", "”", "’", ")", "]", "»", "}", "」", "』", "）":
		return true
	}
	return false
}

// startsSentence reports whether next can begin a new sentence after the
// final token fin; after is the token that follows next, or "".
func startsSentence(fin, next, after string) bool {
	r := firstRune(next)
	if r == utf8.RuneError {
		return false
	}
	// Only a cased script signals a continuation by a lowercase letter.
	// Hangul, kana, Han, Arabic and the like have no case, so after a
	// full stop their next word starts a sentence: "...비롯됐다. 그건 ...".
	lower := isLower(r)
	switch {
	case isFullStopCJK(fin):
		// "。" ends the sentence with no space after it; only a glued
		// comma-like mark or closer would continue it, and closers were
		// taken into the sentence already.
		switch next {
		case "，", "、", "：", "；", ",", ";", ":":
			return false
		}
		return true
	case fin == "." || fin == "!" || fin == "?" || fin == "etc." || strings.Trim(fin, "?!") == "":
		if lower {
			return false
		}
		switch next {
		case ",", ";", ":", ")", "]", "%", "-", "--":
			return false
		}
		return true
	case strings.HasPrefix(fin, "..") || fin == "…":
		return isUpper(r) || next == "\"" || next == "“"
	case isClockAbbrev(fin):
		// "at 3 p.m. Police arrived": the time ends the clause far more
		// often than a name follows it. What does follow a time inside
		// a sentence is a day, a month, a time zone or "Beijing time".
		if strings.HasPrefix(next, "\"") || next == "“" {
			return true
		}
		if !isUpper(r) || after == "time" || after == "Time" {
			return false
		}
		_, inside := clockFollowers[strings.TrimSuffix(next, ".")]
		return !inside
	case isInitial(fin):
		// "J. Smith", "George W. Bush": an initial precedes a name, and a
		// name or a nickname in quotes ("Jon B. \"Skip\" Hale") is no
		// sentence opener. A pronoun or determiner is: "wrote on X. He
		// gave no details", "Proposition C. The measure ...".
		_, ok := initialOpeners[next]
		return ok
	default:
		// An abbreviation such as "U.S." or "Inc.": a new sentence only
		// when the next word is a typical sentence opener, because
		// "U.S. President" is far more common than "U.S. The".
		if strings.HasPrefix(next, "\"") || next == "“" {
			return true
		}
		_, ok := openers[next]
		return ok
	}
}

// openers are capitalised words that usually start a sentence and rarely
// follow an abbreviation inside one.
var openers = map[string]struct{}{
	"The": {}, "A": {}, "An": {}, "He": {}, "She": {}, "It": {}, "They": {}, "We": {}, "I": {}, "You": {},
	"But": {}, "And": {}, "In": {}, "On": {}, "At": {}, "This": {}, "That": {}, "These": {}, "Those": {},
	"There": {}, "His": {}, "Her": {}, "Their": {}, "Its": {}, "Our": {}, "If": {}, "When": {}, "While": {},
	"After": {}, "Before": {}, "However": {}, "Meanwhile": {}, "Some": {}, "Many": {}, "Most": {}, "As": {},
	"For": {}, "So": {}, "Yet": {}, "Still": {}, "Also": {}, "Both": {}, "No": {}, "Not": {}, "What": {},
	"Why": {}, "How": {}, "Who": {}, "Officials": {}, "Last": {}, "Earlier": {}, "Later": {},
}

// platformX reports whether fin, "X." after a preposition ("wrote on X.",
// "posted via X."), is the platform's name ending the sentence before a
// capitalised next word: "... on X. Lior Ben-Ami posted a video". An
// initial opening a name would follow a preposition too ("a letter to J.
// Smith"), but no name opens with the initial X that a platform sentence
// does not far outnumber; after a name "X." stays an initial ("Malcolm X.
// Smith"), and so does one another initial follows ("on X. Y. Zhang's
// behalf").
func platformX(before, fin, next string) bool {
	if fin != "X." || !isUpper(firstRune(next)) || isInitial(next) {
		return false
	}
	_, ok := platformPreps[strings.ToLower(before)]
	return ok
}

// platformPreps are the prepositions that put a platform's name after
// them: "on X", "via X", "to X", "from X".
var platformPreps = map[string]struct{}{"on": {}, "via": {}, "to": {}, "from": {}, "onto": {}}

// initialOpeners are the openers that begin a sentence after a lone
// capital and a period: pronouns and determiners, which do not begin a
// surname. "I" is left out: after an initial it is a middle initial
// written without its period more often than a first-person sentence,
// which news text has only inside quotations.
var initialOpeners = map[string]struct{}{
	"The": {}, "A": {}, "An": {}, "He": {}, "She": {}, "It": {}, "They": {}, "We": {}, "You": {}, "This": {},
	"That": {}, "These": {}, "Those": {}, "There": {}, "His": {}, "Her": {}, "Their": {}, "Its": {},
	"Our": {},
}

// isClockAbbrev reports whether t is "a.m." or "p.m." in any case.
func isClockAbbrev(t string) bool {
	switch strings.ToLower(t) {
	case "a.m.", "p.m.":
		return true
	}
	return false
}

// clockFollowers are the capitalised words that continue a sentence after
// "a.m."/"p.m.": days ("3 p.m. Tuesday"), months, and time zones.
var clockFollowers = map[string]struct{}{
	"Monday": {}, "Tuesday": {}, "Wednesday": {}, "Thursday": {}, "Friday": {}, "Saturday": {}, "Sunday": {},
	"Mon": {}, "Tue": {}, "Tues": {}, "Wed": {}, "Thu": {}, "Thurs": {}, "Fri": {}, "Sat": {}, "Sun": {},
	"January": {}, "February": {}, "March": {}, "April": {}, "May": {}, "June": {}, "July": {}, "August": {},
	"September": {}, "October": {}, "November": {}, "December": {}, "Jan": {}, "Feb": {}, "Mar": {},
	"Apr": {}, "Jun": {}, "Jul": {}, "Aug": {}, "Sep": {}, "Sept": {}, "Oct": {}, "Nov": {}, "Dec": {},
	"Eastern": {}, "Central": {}, "Mountain": {}, "Pacific": {}, "Atlantic": {}, "Greenwich": {},
	"ET": {}, "EST": {}, "EDT": {}, "CT": {}, "CST": {}, "CDT": {}, "MT": {}, "MST": {}, "MDT": {}, "PT": {},
	"PST": {}, "PDT": {}, "AKST": {}, "HST": {}, "GMT": {}, "UTC": {}, "BST": {}, "CET": {}, "CEST": {},
	"EET": {}, "EEST": {}, "WET": {}, "MSK": {}, "IST": {}, "PKT": {}, "JST": {}, "KST": {}, "HKT": {},
	"SGT": {}, "AEST": {}, "AEDT": {}, "NZST": {}, "NZDT": {}, "WIB": {}, "EAT": {}, "WAT": {}, "CAT": {},
	"SAST": {}, "GST": {},
}
