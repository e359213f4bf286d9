package runner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Of JSON objects pretty-printed one after another (jq's output without
// -c), one broken object made the whole file fall back to reading line by
// line, so every good article was lost with it and each line was an error.
// Now the good objects are read and the broken one is one error that says
// where it is in the file.
func TestPrettyObjectsOneBroken(t *testing.T) {
	ctx := context.Background()
	const lagos = `{
  "url": "https://wire.example/lagos-fuel",
  "title": "Nigeria fuel price",
  "text": "LAGOS, May 2 (Reuters) - Nigeria's state oil company raised the pump price of petrol for the second time in a month on Thursday, queues formed at filling stations across Lagos."
}
`
	const hanoi = `{
  "url": "https://wire.example/hanoi-exports",
  "title": "Vietnam exports",
  "text": "HANOI, May 3 (Reuters) - Vietnam's exports rose 10% in April from a year earlier, led by electronics shipments to the United States, the statistics office said on Friday."
}
`
	tests := []struct {
		name    string
		objects string
		titles  string
		errWant []string // in the one error
	}{
		{"missing comma in the middle object", lagos + `{
  "url": "https://wire.example/quito-power"
  "title": "Ecuador power cuts",
  "text": "QUITO, May 2 (AP) - Ecuador ordered eight-hour power cuts across the country as drought left its hydroelectric dams low."
}
` + hanoi, "Nigeria fuel price|Vietnam exports", []string{"broken JSON object", "object 2", "lines 6-10", "at line 8"}},
		{"raw newline inside a string", lagos + `{
  "url": "https://wire.example/quito-power",
  "text": "QUITO, May 2 (AP) - Ecuador ordered power cuts
as drought left its dams low."
}
` + hanoi, "Nigeria fuel price|Vietnam exports", []string{"object 2", "lines 6-10"}},
		{"last object cut short", lagos + hanoi + `{
  "url": "https://wire.example/quito-power",
  "title": "Ecuador power cu`, "Nigeria fuel price|Vietnam exports", []string{"object 3", "lines 11-13"}},
		{"a stray closing brace between objects", lagos + "}\n" + hanoi, "Nigeria fuel price|Vietnam exports", []string{"object 2", "lines 6-6"}},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "export.jsonl")
		if err := os.WriteFile(path, []byte(tt.objects), 0o644); err != nil {
			t.Fatal(err)
		}
		for name, in := range map[string]Inputs{
			"file":           {Paths: []string{path}},
			"standard input": {Paths: []string{"-"}, Stdin: strings.NewReader(tt.objects)},
		} {
			t.Run(tt.name+"/"+name, func(t *testing.T) {
				plan, err := Expand(in)
				if err != nil {
					t.Fatal(err)
				}
				var titles, errs []string
				for it := range plan.Items(ctx, in, nil) {
					doc, err := it.Doc, it.Err
					if err == nil && it.Load != nil {
						doc, err = it.Load(ctx)
					}
					if err != nil {
						errs = append(errs, err.Error())
						continue
					}
					titles = append(titles, doc.Hints["title"])
				}
				if strings.Join(titles, "|") != tt.titles || len(errs) != 1 {
					t.Fatalf("titles %q, errors %q; want %q and one error", titles, errs, tt.titles)
				}
				for _, w := range tt.errWant {
					if !strings.Contains(errs[0], w) {
						t.Errorf("error %q lacks %q", errs[0], w)
					}
				}
			})
		}
	}
}
