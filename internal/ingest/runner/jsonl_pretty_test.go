package runner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// JSON objects pretty-printed one after another (jq's output without -c),
// in a .jsonl file or on standard input, are each an article: read as
// JSON lines, every line of them was an error of its own and no article
// was read.
func TestPrettyObjectsOneAfterAnother(t *testing.T) {
	ctx := context.Background()
	const objects = `{
  "url": "https://wire.example/tbilisi",
  "title": "Georgia vote count",
  "text": "TBILISI, Oct 27 (Reuters) - Georgia's election commission said on Sunday the ruling party had won 54% of the vote, with nearly all ballots counted."
}
{
  "url": "https://wire.example/chisinau",
  "title": "Moldova referendum",
  "text": "CHISINAU, Oct 21 (Reuters) - Moldovans narrowly backed a change to the constitution on the path to EU membership, the electoral commission said on Monday."
}
`
	path := filepath.Join(t.TempDir(), "export.jsonl")
	if err := os.WriteFile(path, []byte(objects), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string]Inputs{
		"file":           {Paths: []string{path}},
		"standard input": {Paths: []string{"-"}, Stdin: strings.NewReader(objects)},
	} {
		t.Run(name, func(t *testing.T) {
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
			if len(errs) != 0 || strings.Join(titles, "|") != "Georgia vote count|Moldova referendum" {
				t.Errorf("titles %q, errors %q; want both articles", titles, errs)
			}
		})
	}
}
