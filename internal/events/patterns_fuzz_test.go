package events

import (
	"os"
	"path/filepath"
	"testing"
)

// patternSeeds are the fuzz target's seed pattern files: the built-in
// files whole (every option the loader knows, in real use) and short user
// files that add, remove and override entries.
func patternSeeds() []string {
	var seeds []string
	for _, name := range []string{"patterns/verbs.txt", "patterns/nouns.txt", "patterns/cues.txt"} {
		if b, err := patternFS.ReadFile(name); err == nil {
			seeds = append(seeds, string(b))
		}
	}
	return append(seeds,
		"verb  laud  SUPPORT  051\n- verb criticize\n",
		"verb  strike  ASSAULT  195  intrans=PROTEST:143\nnoun  * *  AID  070\n",
		"verb  fine  COERCE  172  court=ACCUSE:116\n",
		"noun  games  MOBILIZE  150  recip target=with partner=COOPERATE:062\n",
		"verb  fire * * at  ASSAULT  193  target=on mode=x context=a;b\ncue  not  negation\n",
	)
}

// checkPatternFile loads s as a user pattern file: the loader must refuse it
// with an error or load patterns the coder can run on a sentence without
// panicking. base lends the CAMEO table, knowledge base and place words,
// which a pattern file cannot change, so each input costs only its own
// patterns (New would rebuild them all, some 100 ms an input).
func checkPatternFile(t testing.TB, base *Coder, s string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "user.txt"), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	ps, err := LoadPatterns(dir)
	if err != nil {
		return
	}
	for _, p := range ps.All {
		if len(p.Words) == 0 || p.Words[0] == "*" {
			t.Fatalf("loaded a pattern with no first word: %+v", p)
		}
	}
	c, err := assemble(ps, base.cameo, base.kb, base.places)
	if err != nil {
		return // e.g. an unknown CAMEO code
	}
	code(t, c, "Turkish troops attacked Syrian positions on Tuesday, and Ankara said it would not withdraw.")
}

// FuzzPatterns feeds arbitrary user pattern files to the loader.
func FuzzPatterns(f *testing.F) {
	for _, s := range patternSeeds() {
		f.Add(s)
	}
	base := coder(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkPatternFile(t, base, s)
	})
}

// BenchmarkPatternFile times one fuzz input over the seeds, the figure
// that bounds how many inputs FuzzPatterns tries a second.
func BenchmarkPatternFile(b *testing.B) {
	base := coder(b)
	seeds := patternSeeds()
	for b.Loop() {
		for _, s := range seeds {
			checkPatternFile(b, base, s)
		}
	}
}
