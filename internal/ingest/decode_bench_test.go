package ingest

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/newsgraph/newsgraph/internal/model"
)

// BenchmarkPrepare measures format and charset detection plus decoding on
// 1 MB inputs (run with GOMAXPROCS=1; figures taken while others compile
// are low).
func BenchmarkPrepare(b *testing.B) {
	inputs := map[string][]byte{}
	var err error
	inputs["utf-8"] = []byte(strings.Repeat(sampleFrench+"\n", 1<<20/len(sampleFrench)))
	if inputs["windows-1251 unlabelled"], err = charmap.Windows1251.NewEncoder().Bytes([]byte(strings.Repeat(sampleRussian+"\n", 1<<20/len(sampleRussian)))); err != nil {
		b.Fatal(err)
	}
	if inputs["shift_jis unlabelled"], err = japanese.ShiftJIS.NewEncoder().Bytes([]byte(strings.Repeat(sampleJapanese+"\n", 1<<20/len(sampleJapanese)))); err != nil {
		b.Fatal(err)
	}
	for name, raw := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for i := 0; i < b.N; i++ {
				doc := &model.Document{Raw: raw}
				if err := Prepare(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
