package events

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzPatterns feeds arbitrary user pattern files to the loader: it must
// either refuse the file with an error or load patterns the coder can run
// on a sentence without panicking.
func FuzzPatterns(f *testing.F) {
	for _, name := range []string{"patterns/verbs.txt", "patterns/nouns.txt", "patterns/cues.txt"} {
		if b, err := patternFS.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("verb  laud  SUPPORT  051\n- verb criticize\n")
	f.Add("verb  strike  ASSAULT  195  intrans=PROTEST:143\nnoun  * *  AID  070\n")
	f.Add("verb  fine  COERCE  172  court=ACCUSE:116\n")
	f.Add("noun  games  MOBILIZE  150  recip target=with partner=COOPERATE:062\n")
	f.Add("verb  fire * * at  ASSAULT  193  target=on mode=x context=a;b\ncue  not  negation\n")
	base := coder(f)
	f.Fuzz(func(t *testing.T, s string) {
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
		c, err := New(Config{PatternDirs: []string{dir}, KB: base.kb})
		if err != nil {
			return // e.g. an unknown CAMEO code
		}
		code(t, c, "Turkish troops attacked Syrian positions on Tuesday, and Ankara said it would not withdraw.")
	})
}
