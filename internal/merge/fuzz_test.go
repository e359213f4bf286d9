package merge

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzSketch: any text gives a signature that decodes back, matches itself
// exactly, and yields one band key per band.
func FuzzSketch(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Add("")
	f.Add("one two")
	f.Add("\xff\xfe broken \x00 utf8")
	f.Fuzz(func(t *testing.T, text string) {
		sig, _ := Sketch(text)
		if Similarity(sig, sig) != 1 {
			t.Fatal("signature not similar to itself")
		}
		back, ok := ParseSignature(sig.Bytes())
		if !ok || back != sig {
			t.Fatal("signature does not round-trip")
		}
		if len(sig.Bands()) != NumBands {
			t.Fatalf("%d bands", len(sig.Bands()))
		}
	})
}
