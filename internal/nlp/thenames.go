package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// maxTheNameWords is the most capitalised words after a capital "The"
// that theOrgNames reads as one name ("The Daily Nation Weekly Review").
const maxTheNameWords = 4

// theOrgNames makes the capitalised words after a capital "The" inside a
// sentence one organisation where the tagger split them and tagged a
// piece of them as an organisation: "raided the offices of The Daily
// Voice" came out The/ORG Daily/O Voice/ORG, and the raid's target became
// the city named next. Inside a sentence only a name's "The" is written
// with a capital (an outlet's or a body's: "The Citizen", "The Elders"),
// so the capital ties the words after it into the name. Where the tagger
// read nothing of the name as an organisation, the words before it must
// say it is one (outletNameCue: "the offices of", "the newspaper", "the
// editor of", "told"); without them a name the tagger read, even in part,
// as a place or a work ("at The Oval", "the film, The Great Escape")
// stays, and a place
// the knowledge base knows ("in The Hague") always does. A name the tagger
// read as one organisation, with its "The" or without it ("told The
// Courier" as the tagger writes "told the Guardian"), is left as it is. A
// "The" at a sentence's start, or after a quotation mark, a dash or a
// bracket, has its capital anyway and begins nothing here; neither does a
// headline's title case.
func theOrgNames(words, tags []string, place func([]string) bool) {
	if titleCase(words) {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "The" || !hasAlnum(words[i-1]) && words[i-1] != "," && words[i-1] != ";" {
			continue
		}
		e := i + 1
		for e < len(words) && e-i-1 < maxTheNameWords && theNameWord(words[e]) {
			e++
		}
		if e == i+1 || e < len(words) && (capitalised(words[e]) || strings.HasPrefix(tags[e], "I-")) {
			continue // no name, or a longer run than a name's
		}
		if strings.HasPrefix(tags[i], "I-") || place != nil && (place(words[i+1:e]) || place(words[i:e])) {
			continue
		}
		org, other, spans := false, false, 0
		for k := i; k < e; k++ {
			if strings.HasPrefix(tags[k], "B-") {
				spans++
			}
			switch {
			case strings.HasSuffix(tags[k], "-"+model.EntityOrg):
				// The "The" alone tagged so says nothing of the
				// words after it ("the film, The Great Escape").
				org = org || k > i
			case tags[k] != "O":
				other = true
			}
		}
		if spans == 1 && (tags[i] == "B-"+model.EntityOrg && spanEnd(tags, i) == e ||
			tags[i] == "O" && tags[i+1] == "B-"+model.EntityOrg && spanEnd(tags, i+1) == e) {
			// Already the one name, with its "The" or without it as
			// the tagger writes "told the Guardian".
			i = e - 1
			continue
		}
		// A name the tagger read, even in part, as a place or a work
		// ("at The Oval", "the film, The Great Escape") stands unless
		// the words before say a body follows.
		if (!org || other) && !outletNameCue(words, i) {
			continue
		}
		// The "The" stays out of the span, as the tagger leaves it out
		// of "told the Guardian" (and markPlainOutlets of "The Hill"):
		// the name is the same with a lower-case article.
		tags[i] = "O"
		setSpan(tags, i+1, e, model.EntityOrg)
		i = e - 1
	}
}

// theNameWord reports whether w can stand in a name after "The": a
// capitalised word that is no function word, month or title ("The Daily
// Voice", "The Citizen", but not "The Monday" or "The President").
func theNameWord(w string) bool {
	lw := strings.ToLower(w)
	return capitalised(w) && startsWithLetter(w) && !functionWords[lw] && !personTitles[lw] && !months[lw]
}

// outletNameCueWords are the lower-case words right before a capital "The"
// (or before "of the" / "of") that say an outlet or a body is named there:
// "the offices of The Citizen", "the newspaper The Monitor", "the editor
// of The Standard", "told The Daily Voice", "a reporter for The Star".
var outletNameCueWords = wordSet(`offices office headquarters newsroom newspaper tabloid magazine weekly daily
	paper publication outlet broadcaster publisher editor editors reporter reporters journalist
	journalists correspondent columnist staff owner owners founder told`)

// outletNameCue reports whether the words before the "The" at i say a
// name of an outlet or a body follows: a word of outletNameCueWords right
// before it, or such a word and "of", "for", "at" or "with" ("the offices
// of The Citizen", "a reporter for The Star"), or a press cue media.OutletCue
// reads ("according to", "spoke to", "in an interview with").
func outletNameCue(words []string, i int) bool {
	low := func(k int) string {
		if k < 0 || !hasAlnum(words[k]) {
			return ""
		}
		return strings.ToLower(words[k])
	}
	prev := words[i-1]
	if outletNameCueWords[prev] {
		return true
	}
	switch prev {
	case "of", "for", "at", "with":
		if outletNameCueWords[low(i-2)] {
			return true
		}
	}
	return media.OutletCue(low(i-2), low(i-1), "")
}

// cuedMediaNames makes a run of two to four capitalised words that ends in
// a word for news media ("Nova Media", "Lakeside Broadcasting Press",
// media.Word or media.Head) one organisation where the words before it say
// an outlet or a body is named there (outletNameCue: "the offices of Nova
// Media", "the editor of Sahel News"): the tagger, which had not seen the
// name, left it untagged, and the resolver read its last word alone as a
// role ("media"). A run the tagger read in part as a person or a place, a
// place the knowledge base knows, and one inside a longer span stay.
func cuedMediaNames(words, tags []string, place func([]string) bool) {
	if titleCase(words) {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if !theNameWord(words[i]) || allCaps(words[i]) || !outletNameCue(words, i) || strings.HasPrefix(tags[i], "I-") {
			continue
		}
		e := i + 1
		for e < len(words) && e-i < maxTheNameWords && theNameWord(words[e]) {
			e++
		}
		last := words[e-1]
		if e-i < 2 || e < len(words) && (capitalised(words[e]) || strings.HasPrefix(tags[e], "I-")) ||
			!media.Word(last) && !media.Head(last) || allCaps(last) {
			continue
		}
		ok := true
		for k := i; k < e; k++ {
			if tags[k] != "O" && !strings.HasSuffix(tags[k], "-"+model.EntityOrg) {
				ok = false
			}
		}
		if ok && (place == nil || !place(words[i:e])) {
			setSpan(tags, i, e, model.EntityOrg)
		}
		i = e - 1
	}
}
