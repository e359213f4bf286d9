package extract

import (
	"strings"
	"unicode"
)

// detectLanguage guesses the ISO 639-1 language of text when the page did not
// declare one. Scripts that belong to one language (Hangul, kana, Thai,
// Greek, Hebrew...) decide by themselves; for Latin and Cyrillic text it
// counts each language's most frequent function words, which separate
// languages well after a few dozen words. It returns "" when unsure.
//
// Short passages (a brief, a feed item's two sentences) give few function
// words, and sibling languages share many; the spellings only one
// language writes count as its function words do (latinMarks): ñ and
// "-ción" are Spanish, ã and õ Portuguese, an elided article or
// conjunction ("l'", "d'", "qu'") French or Italian.
func detectLanguage(text string) string {
	const sample = 4000 // bytes: enough words, bounded cost on long articles
	if len(text) > sample {
		cut := sample
		for cut < len(text) && !isBoundaryByte(text[cut]) {
			cut++
		}
		text = text[:cut]
	}
	var letters, latin, cyrillic, han, kana, hangul, arabic, persian, hebrew, greek, thai, devanagari int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case r < 0x250:
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Arabic, r):
			arabic++
			if strings.ContainsRune("پچژگکی", r) {
				persian++
			}
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Thai, r):
			thai++
		case unicode.Is(unicode.Devanagari, r):
			devanagari++
		}
	}
	if letters < 20 {
		return ""
	}
	share := func(n int) float64 { return float64(n) / float64(letters) }
	switch {
	case share(kana) > 0.05:
		return "ja"
	case share(hangul) > 0.3:
		return "ko"
	case share(han) > 0.3:
		return "zh"
	case share(arabic) > 0.3:
		// Persian letters absent from Arabic (peh, cheh, gaf...) are
		// frequent in any Persian text.
		if float64(persian) > 0.02*float64(arabic) {
			return "fa"
		}
		return "ar"
	case share(hebrew) > 0.3:
		return "he"
	case share(greek) > 0.3:
		return "el"
	case share(thai) > 0.3:
		return "th"
	case share(devanagari) > 0.3:
		return "hi"
	case share(cyrillic) > 0.3:
		return bestByStopwords(text, cyrillicStopwords, nil)
	case share(latin) > 0.5:
		return bestByStopwords(text, latinStopwords, latinMarks)
	}
	return ""
}

// textLanguage is the article's language: the declared one (page markup,
// feed or JSONL field) unless the text itself is clearly English where
// another language was declared, or clearly another language where English
// was. Sites declare their own locale on every page, syndicated English
// copies included (an English story under lang="de"), and the declaration
// picks which language's quote and date readers run. Only English against
// the rest is overruled: sibling languages (Danish and Norwegian, Spanish
// and Catalan) share too many function words for a count to outvote the
// page.
func textLanguage(declared, text string) string {
	got := detectLanguage(text)
	switch {
	case declared == "":
		return got
	case got != "" && got != declared && (got == "en" || declared == "en"):
		return got
	}
	return declared
}

func isBoundaryByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' }

// bestByStopwords returns the language whose function words cover the most
// tokens, if that cover is convincing. A word marks (one of a language's
// own spellings) counts for that language as a function word does.
func bestByStopwords(text string, lists map[string]map[string]bool, marks map[string]func(string) bool) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if len(words) < 5 {
		return ""
	}
	// The marks are read on words that keep a typographic apostrophe
	// too ("l’opposition", as most French copy prints it), written as a
	// straight one; the function words keep the split they were counted
	// on ("it’s" gives "it").
	var marked []string
	if marks != nil {
		marked = strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\'' && r != '\u2019'
		})
		for i, w := range marked {
			marked[i] = strings.ReplaceAll(w, "\u2019", "'")
		}
	}
	best, second, bestLang := 0, 0, ""
	for lang, stop := range lists {
		n := 0
		for _, w := range words {
			if stop[w] {
				n++
			}
		}
		if mark := marks[lang]; mark != nil {
			for _, w := range marked {
				if mark(w) {
					n++
				}
			}
		}
		switch {
		case n > best:
			best, second, bestLang = n, best, lang
		case n > second:
			second = n
		}
	}
	// Function words are a quarter or more of running text in these
	// languages; demand a real share and a clear winner.
	if float64(best) < 0.08*float64(len(words)) || float64(best) < 1.3*float64(second) {
		return ""
	}
	return bestLang
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Each list holds frequent function words that are rare in the other
// languages of its script (shared forms like "a", "de", "la" count for
// several languages, which the winner margin tolerates).
var latinStopwords = map[string]map[string]bool{
	"en": wordSet("the of and to in is that for it was on with as by at from his her they have has had were be been this which would their said not but an are or who"),
	"de": wordSet("der die und das ist nicht den mit von sich des auf für im dem ein eine einer zu auch es als wird wurde sind bei nach aus werden hat noch wie über"),
	"fr": wordSet("le la les et des du une est dans que pour qui pas sur au avec ce par plus sont ont été cette mais aux il elle ils leur se ne"),
	"es": wordSet("el la los las del que y en por con para una es se su al lo como más pero sus fue ha han este esta entre sobre también no según hasta desde hay tras muy ya"),
	"it": wordSet("il la di che della e per una sono con del gli non le nel alla si anche dei ha è più delle questo come ma sul dal"),
	"pt": wordSet("os as do da dos das que em para com uma não no na por mais foi ao se é são pelo pela também seu sua ele à às aos pelos pelas já há até após num numa"),
	"nl": wordSet("de het een van en in is dat op te zijn met voor niet aan er ook als bij door maar om dan wordt werd nog naar heeft"),
	"sv": wordSet("och att det som en på är av för med till den har inte om ett var men från sig de kan vid också skulle"),
	"da": wordSet("og at det som en på er af for med til den har ikke om et var men fra sig de kan ved også skal blev"),
	"no": wordSet("og at det som en på er av for med til den har ikke om et var men fra seg de kan ved også skal ble"),
	"fi": wordSet("ja on ei että oli se hän mutta kuin myös ovat tai joka mukaan kun sen niin jo vain nyt ole olisi"),
	"pl": wordSet("i w na z że się nie do jest to o jak ale przez po od za dla są był była także tym jego"),
	"cs": wordSet("a v na se že je to s o do jako by ale pro které který po za jsou byl bylo také jeho podle"),
	"ro": wordSet("și în de la cu care pe nu din este că o un mai ale a fost pentru sunt acest această au lui"),
	"tr": wordSet("ve bir bu için ile de da olarak çok daha gibi ama en olan sonra kadar her değil var ise"),
	"id": wordSet("dan yang di ini itu dengan untuk tidak dari dalam akan pada juga ke karena oleh ada mereka telah bisa"),
	"hu": wordSet("a az és hogy nem is egy meg van volt csak de már még ki mint el kell azt"),
}

// latinMarks are spellings that belong to one language (or two siblings)
// of the Latin script: the letter ñ and the "-ción" ending are Spanish
// (Portuguese writes "nh" and "-ção"), ã and õ Portuguese, an article or
// conjunction elided with an apostrophe French ("l'", "d'", "qu'", "n'")
// or Italian ("l'", "dell'", "un'"). A proper name in another language's
// text ("Peña", "São Paulo") adds one word, which the function words
// outweigh.
var latinMarks = map[string]func(string) bool{
	"es": func(w string) bool {
		return strings.ContainsRune(w, 'ñ') || strings.HasSuffix(w, "ción") || strings.HasSuffix(w, "ciones")
	},
	"pt": func(w string) bool { return strings.ContainsAny(w, "ãõ") },
	"fr": func(w string) bool {
		return hasElision(w, "l'", "d'", "qu'", "n'", "s'", "c'", "j'", "jusqu'", "lorsqu'")
	},
	"it": func(w string) bool {
		return hasElision(w, "l'", "dell'", "all'", "nell'", "sull'", "dall'", "un'", "quest'")
	},
}

// hasElision says w opens with one of the elided words and goes on after it.
func hasElision(w string, pre ...string) bool {
	for _, p := range pre {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

var cyrillicStopwords = map[string]map[string]bool{
	"ru": wordSet("и в не на что с по он как это из к у за от было его но она для о так был же бы они все только"),
	"uk": wordSet("і в не на що з по він як це із до у за від було його але вона для про так був же б вони всі тільки та й"),
	"bg": wordSet("и в не на че с по той как това от за да се е са са беше му но тя към при със"),
	"sr": wordSet("и у не на да је са по он као то из за од било његов али она се су био"),
}
