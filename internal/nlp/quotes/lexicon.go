package quotes

import (
	"bufio"
	"embed"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

//go:embed data/speech_verbs.txt data/sources.txt data/speech_verbs_intl.txt
var dataFS embed.FS

// verbForm is one inflected speech verb, possibly with the particles that
// must follow it ("called for").
type verbForm struct {
	words []string // lower case, first is the verb itself
	lemma string
}

// Lexicon holds the word lists the quote finder reads from its data files.
// It is read-only after Load and safe to share between workers.
type Lexicon struct {
	verbs    map[string][]verbForm // first word -> forms, longest first
	role     map[string]bool
	document map[string]bool
	outlet   map[string]bool
	medium   map[string]bool
	// voiceless are heads that "say" without a speaker ("the law
	// says"), so no unlisted common noun before a speech verb is read
	// as someone.
	voiceless map[string]bool
	// intl holds the attribution words of other languages, by ISO 639-1
	// code; English copy never reads them.
	intl map[string]*intlWords
}

// LoadLexicon reads the embedded speech-verb and source-word lists; the
// words for news media come from package media.
func LoadLexicon() (*Lexicon, error) {
	lx := &Lexicon{
		verbs:     map[string][]verbForm{},
		role:      map[string]bool{},
		document:  map[string]bool{},
		outlet:    map[string]bool{},
		medium:    map[string]bool{},
		voiceless: map[string]bool{},
	}
	if err := readTSV("data/speech_verbs.txt", func(cols []string) error {
		for _, f := range strings.Fields(cols[1]) {
			words := strings.Split(strings.ToLower(f), "+")
			lx.verbs[words[0]] = append(lx.verbs[words[0]], verbForm{words: words, lemma: cols[0]})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	addDenials(lx.verbs)
	for _, forms := range lx.verbs {
		// Longest first so "called for" wins over a bare "called".
		for i := 1; i < len(forms); i++ {
			for j := i; j > 0 && len(forms[j].words) > len(forms[j-1].words); j-- {
				forms[j], forms[j-1] = forms[j-1], forms[j]
			}
		}
	}
	if err := readTSV("data/sources.txt", func(cols []string) error {
		var m map[string]bool
		switch cols[0] {
		case "role":
			m = lx.role
		case "document":
			m = lx.document
		case "medium":
			m = lx.medium
		case "voiceless":
			m = lx.voiceless
		default:
			return fmt.Errorf("unknown class %q", cols[0])
		}
		for _, w := range strings.Fields(cols[1]) {
			m[strings.ToLower(w)] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	lx.intl = map[string]*intlWords{}
	if err := readTSV("data/speech_verbs_intl.txt", func(cols []string) error {
		key := strings.Fields(cols[0])
		if len(key) != 2 {
			return fmt.Errorf("want language and class, got %q", cols[0])
		}
		iw := lx.intl[key[0]]
		if iw == nil {
			iw = newIntlWords()
			lx.intl[key[0]] = iw
		}
		m, ok := iw.class(key[1])
		if !ok {
			return fmt.Errorf("unknown class %q", key[1])
		}
		for _, w := range strings.Fields(cols[1]) {
			m[strings.ToLower(w)] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, w := range media.Words() {
		lx.outlet[w] = true
	}
	return lx, nil
}

func readTSV(name string, fn func(cols []string) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("quotes lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols := strings.SplitN(s, "\t", 2)
		if len(cols) != 2 {
			return fmt.Errorf("quotes lexicon %s:%d: want two tab-separated columns", name, line)
		}
		if err := fn(cols); err != nil {
			return fmt.Errorf("quotes lexicon %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("quotes lexicon %s: %w", name, err)
	}
	return nil
}

// denialVerbs and deniedNouns make the denials of a claim: "rejected
// claims that Moscow was hitting civilian infrastructure", "dismissed
// reports that", "denied the allegation that". The speaker says the clause
// is untrue, as with a bare "denied that", and the clause is reported in
// indirect speech. "charges" is left out: a court that "dismissed charges"
// acts, and says nothing of what they allege.
var (
	denialVerbs = strings.Fields("rejected rejects rejecting dismissed dismisses dismissing denied denies denying")
	deniedNouns = strings.Fields("claim claims report reports allegation allegations suggestion suggestions " +
		"accusation accusations assertion assertions rumour rumours rumor rumors speculation")
)

// addDenials adds a verb of denial with its noun ("rejected claims", with
// or without "the") as a form of "deny" to verbs, keyed by the verb.
func addDenials(verbs map[string][]verbForm) {
	for _, v := range denialVerbs {
		for _, n := range deniedNouns {
			verbs[v] = append(verbs[v],
				verbForm{words: []string{v, n}, lemma: "deny"},
				verbForm{words: []string{v, "the", n}, lemma: "deny"})
		}
	}
}
