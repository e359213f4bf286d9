package events

import (
	"os"
	"path/filepath"
	"testing"
)

// patternSeeds are the fuzz target's seed pattern files: short files that
// between them use every line form and option the loader reads (comments,
// blank lines, tab and two-space separators, "- kind phrase" removals,
// cues with and without "after", gaps, each option and each malformed
// TYPE:CAMEO option) and the verb and noun inflection classes the index
// builds forms for. The built-in files are not seeds: LoadPatterns reads
// them for every input anyway, and as 100 KB inputs they made each
// mutation and each minimisation step cost as much as the whole set, so
// FuzzPatterns ran a few inputs a second.
func patternSeeds() []string {
	return []string{
		"verb  laud  SUPPORT  051\n- verb criticize\n",
		"verb  strike  ASSAULT  195  intrans=PROTEST:143\nnoun  * *  AID  070\n",
		"verb  fine  COERCE  172  court=ACCUSE:116\n",
		"noun  games  MOBILIZE  150  recip target=with partner=COOPERATE:062\n",
		"verb  fire * * at  ASSAULT  193  target=on mode=x context=a;b\ncue  not  negation\n",
		"# user file\n\nverb\tagree to\tAGREE\t030\tframe\nverb  vow  THREATEN  130  intent\n" +
			"verb  gather  PROTEST  140  crowd sector=civilian\nverb  dispatch  AID  070  disaster\n",
		"verb  pledge  AGREE  030  given\nverb  commit  AGREE  030  given=required\n" +
			"verb  block * statement  REJECT  120  owner\nverb  receive * loan  AID  071  from\n" +
			"verb  detect * aircraft  MOBILIZE  150  seen\n",
		"cue  plans to  planned  after\ncue  may  hypothetical\ncue  urged  demanded\n- cue not\n",
		"verb  deny  REJECT  120\nverb  push  COERCE  170\nverb  ban  COERCE  172\nverb  withdraw  RETREAT  340\n" +
			"noun  ally  COOPERATE  060\nnoun  clash  ASSAULT  190\nnoun  peace talks  CONSULT  040\nnoun  protests  PROTEST  140\n",
		"verb  attack  ASSAULT  190\nverb  attack  SUPPORT  051\n- verb  attack\n",
		"verb  warn  THREATEN  130  bogus\n",
		"verb  strike  ASSAULT  195  intrans=PROTEST\n",
		"verb  meet  CONSULT  040  partner=:\n",
		"verb  fine  COERCE  172  court=ACCUSE:\n",
		"verb  *  ASSAULT  190\n",
		"verb attack ASSAULT 190\n",
	}
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
