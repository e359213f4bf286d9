package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Languages. Most nationality words are also the names of languages
// ("French", "German", "Persian", "Lao"), and a language is no actor: "she
// speaks French", "translated into German" and "a statement in Arabic" say
// nothing about France, Germany or any Arab state. A mention is the language
// when the words around it say so:
//   - a verb of speaking, learning or translating before it ("speaks
//     French", "learned Japanese");
//   - "in", "into" or "from" before it and no noun after it ("in French.",
//     "translated into German by", but not "in French politics");
//   - a word of language after it ("French-speaking", "the Greek word",
//     "Arabic-language", "German speakers");
//   - a list with a language: "French, German and Spanish" after "speaks";
//   - a name given in it: "(Persian: ...)";
//   - "Spanish is widely spoken", "Lao is a tonal language".

// languageNames are the nationality words that are also languages, and the
// languages that are no nationality the knowledge base knows; normalised.
var languageNames = wordSet("english french german spanish portuguese italian dutch flemish russian ukrainian polish czech slovak " +
	"greek turkish persian farsi dari pashto urdu hindi bengali punjabi tamil lao thai japanese korean chinese mandarin cantonese " +
	"vietnamese indonesian malay filipino tagalog swedish norwegian danish finnish icelandic hungarian romanian bulgarian serbian " +
	"croatian bosnian slovenian albanian armenian georgian azerbaijani kazakh uzbek mongolian estonian latvian lithuanian hebrew " +
	"arabic burmese khmer nepali sinhala maltese irish welsh gaelic belarusian macedonian tajik turkmen kyrgyz somali amharic " +
	"swahili hausa yoruba zulu afrikaans catalan basque galician kurdish latin yiddish tibetan uyghur")

// languageVerbs take a language as their object ("speaks French").
var languageVerbs = wordSet("speak speaks spoke spoken speaking learn learns learned learnt learning study studies studied " +
	"studying teach teaches taught teaching translate translates translated translating dub dubbed subtitled fluent " +
	"understand understands understood")

// languageFiller may stand between a verb of speaking or learning and the
// language: "taught himself Japanese", "speaks some Arabic", "speaks
// fluent French".
var languageFiller = wordSet("himself herself themselves myself yourself ourselves some fluent basic little good perfect " +
	"broken native conversational")

// languagePreps take a language with no noun after it ("in French.").
var languagePreps = wordSet("in into from")

// languageNouns follow a language's name ("the French word", "German
// speakers", "French-speaking", "Arabic-language").
var languageNouns = wordSet("language languages speaker speakers speaking word words term translation translations " +
	"dialect dialects subtitles")

// notNounAfter are words after "in French" that show no noun follows: the
// name is the language, not an adjective ("in French and English", "in
// German by a ...").
var notNounAfter = wordSet("and or but as to by with on at for than instead rather only too also while when which that " +
	"is was are were has had will would said says so if because before after during until since without in of " +
	"last next this earlier later yesterday today tomorrow now then again first soon recently")

// languages returns, for each entity, whether it names a language.
func (d *docState) languages(ents []model.Entity) []bool {
	out := make([]bool, len(ents))
	any := false
	for i := range ents {
		if d.isLanguageName(&ents[i]) && d.languageContext(&ents[i]) {
			out[i] = true
			any = true
		}
	}
	if !any {
		return out
	}
	// A list: "French, German and Spanish" after "speaks"; both ways.
	for changed := true; changed; {
		changed = false
		for i := range ents {
			if out[i] || !d.isLanguageName(&ents[i]) {
				continue
			}
			if i > 0 && out[i-1] && d.listed(ents[i-1].End, ents[i].Start) || i+1 < len(ents) && out[i+1] && d.listed(ents[i].End, ents[i+1].Start) {
				out[i] = true
				changed = true
			}
		}
	}
	return out
}

// isLanguageName says the mention is one word (or a possessive-free name)
// that is a language's name, of a type the tagger gives languages.
func (d *docState) isLanguageName(e *model.Entity) bool {
	switch e.Type {
	case model.EntityNORP, model.EntityMisc, model.EntityLoc, model.EntityGPE:
	default:
		return false
	}
	return languageNames[kb.Normalize(e.Text)]
}

func (d *docState) languageContext(e *model.Entity) bool {
	i := d.tokenAt(e.Start) - 1
	j := d.tokenAt(e.End)
	if i >= 0 {
		p := d.toks[i].norm
		if languageVerbs[p] || i >= 1 && languageVerbs[d.toks[i-1].norm] && languageFiller[p] {
			return true
		}
		// A name given in another language: "(Persian: ...)", "; Greek:".
		if j < len(d.toks) && d.punct(j) == ":" && (d.punct(i) == "(" || d.punct(i) == ";") {
			return true
		}
		if languagePreps[p] && (j >= len(d.toks) || d.toks[j].norm == "" && d.art.Text[int(d.toks[j].start):int(d.toks[j].end)] != "-" || notNounAfter[d.toks[j].norm]) {
			return true
		}
	}
	if j < len(d.toks) {
		n := j
		if d.toks[n].norm == "" && d.art.Text[int(d.toks[n].start):int(d.toks[n].end)] == "-" && n+1 < len(d.toks) {
			n++ // "French-speaking"
		}
		if w := d.toks[n].norm; w == "speaker" || w == "speakers" {
			// "Chinese speakers at the forum" are people; "German
			// speakers in the French-speaking region", "native Chinese
			// speakers", "millions of Arabic speakers" speak a language.
			return n == j+1 || d.speakersOfLanguage(i, n)
		}
		if languageNouns[d.toks[n].norm] {
			return true
		}
		// "Spanish is widely spoken", "Lao is a tonal language".
		if d.toks[j].norm == "is" || d.toks[j].norm == "was" {
			for n := j + 1; n < len(d.toks) && n <= j+3; n++ {
				if d.toks[n].norm == "spoken" || d.toks[n].norm == "language" {
					return true
				}
				if d.toks[n].norm == "" {
					break
				}
			}
		}
	}
	return false
}

// speakerCounts before "N speakers" count the speakers of a language
// ("native", "millions of"); linguisticWords in the sentence say it is about
// languages.
var (
	speakerCounts   = wordSet("native non fluent first second million millions billion thousand thousands percent number")
	linguisticWords = wordSet("language languages dialect dialects tongue bilingual multilingual spoken speak speaks speaking " +
		"fluent fluently translation translated literacy linguistic linguists accent accents vocabulary grammar")
)

// speakersOfLanguage says a nationality word before "speakers" (at token n;
// the word ends before token i+1) names their language, not their country:
// a count or "native" before it, or a word about languages in its sentence.
// Otherwise "Chinese speakers at the forum" are Chinese people who spoke.
func (d *docState) speakersOfLanguage(i, n int) bool {
	if i >= 0 && (speakerCounts[d.toks[i].norm] || d.toks[i].norm == "of" && i > 0 && speakerCounts[d.toks[i-1].norm]) {
		return true
	}
	for k := i; k >= 0 && i-k < 30 && !d.sentenceEnd(k); k-- {
		if linguisticWords[d.toks[k].norm] {
			return true
		}
	}
	for k := n + 1; k < len(d.toks) && k-n < 30 && !d.sentenceEnd(k); k++ {
		if linguisticWords[d.toks[k].norm] {
			return true
		}
	}
	return false
}

// sentenceEnd says token k ends a sentence.
func (d *docState) sentenceEnd(k int) bool {
	switch d.punct(k) {
	case ".", "!", "?":
		return true
	}
	return false
}

// punct returns the punctuation mark token i is, or "" for a word.
func (d *docState) punct(i int) string {
	if d.toks[i].norm != "" {
		return ""
	}
	return d.art.Text[int(d.toks[i].start):int(d.toks[i].end)]
}

// listed says the text between two mentions joins them in a list:
// "French, German and Spanish", "Arabic or English".
func (d *docState) listed(from, to int) bool {
	if to < from {
		return false
	}
	switch d.art.Text[from:to] {
	case ", ", ",", ", and ", ", or ", " and ", " or ", " & ":
		return true
	}
	return false
}
