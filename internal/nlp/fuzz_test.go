package nlp

import (
	"strings"
	"testing"
)

// FuzzTagDocument runs the tagger and every document-level rule (sports
// teams, organisation contexts, name shape, gazetteer merges) on arbitrary
// sentences: nothing may panic, and every sentence keeps one well-formed BIO
// tag per word.
func FuzzTagDocument(f *testing.F) {
	an, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Surrey beat Kent by six wickets in the innings .\nReading 2 Stoke 2\nBrechin 3 0 3 0 2 2 3",
		"Pirelli shares rose .\nThe state keeps 40 percent of Ruch .",
		"R. Kaluwitharana b S. Waugh 8\nKing Norodom Sihanouk spoke .\nJoost van der Westhuizen scored",
		"U.N. sanctions on Libya\nKurdish and European leaders met in Belgium .",
		"NEW YORK 1996-08-30\n. 5 - : ( ) v vs",
		// Storm names, disaster verbs before a place, a city's full name
		// read as a person, and coordinated known names (repeated, as the
		// split's search once doubled for each repetition).
		"Storm Boris battered Opole on Sunday .\nHurricane Milton hit Florida .\nThe National Hurricane Center said",
		"A powerful earthquake struck Hualien .\nFloods hit Valencia and Florence .\nThe car hit Smith .",
		"Strikes on Khan Younis and Deir al-Balah continued .\nPresident Francisco Morazan spoke .",
		"The European Union and Mexico and Bosnia and Herzegovina and Serbia met .\nSao Tome and Principe and Sao Tome and Principe and Sao Tome and Principe and Xyzzy",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var sents [][]string
		for _, line := range strings.Split(text, "\n") {
			if ws := strings.Fields(line); len(ws) > 0 && len(ws) < 200 {
				sents = append(sents, ws)
			}
		}
		tags := an.TagDocument(sents)
		if len(tags) != len(sents) {
			t.Fatalf("%d sentences, %d tag rows", len(sents), len(tags))
		}
		for i := range sents {
			if len(tags[i]) != len(sents[i]) {
				t.Fatalf("sentence %d: %d words, %d tags", i, len(sents[i]), len(tags[i]))
			}
			prev := "O"
			for _, tg := range tags[i] {
				if strings.HasPrefix(tg, "I-") && (prev == "O" || prev[2:] != tg[2:]) {
					t.Fatalf("sentence %q: ill-formed tags %v", sents[i], tags[i])
				}
				prev = tg
			}
		}
	})
}
