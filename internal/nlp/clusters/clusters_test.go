package clusters

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestGenerateRead(t *testing.T) {
	// Two tight groups of vectors: the first split must separate them.
	js := `{"dimensions":2,"words":["paris","london","red","blue"],"vectors":{
		"paris":[1,0.1,9,0],"london":[1,0.2,9,1],"red":[0,1,9,2],"blue":[0.1,1,9,3]}}`
	var buf bytes.Buffer
	if err := Generate(strings.NewReader(js), &buf, GenerateConfig{Depth: 4, MinSize: 2, Iterations: 4}); err != nil {
		t.Fatal(err)
	}
	c, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 4 {
		t.Fatalf("%d words", c.Len())
	}
	p, l, r, b := c.Path("paris"), c.Path("london"), c.Path("red"), c.Path("blue")
	if p[:1] != l[:1] || r[:1] != b[:1] || p[:1] == r[:1] {
		t.Errorf("paths paris %s london %s red %s blue %s", p, l, r, b)
	}
	if c.Path("unknown") != "" {
		t.Error("unknown word has a path")
	}
}

func TestDefault(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 100000 || c.Path("france") == "" {
		t.Errorf("embedded clusters: %d words, france=%q", c.Len(), c.Path("france"))
	}
}

func TestReadBad(t *testing.T) {
	if _, err := Read(strings.NewReader("not gzip")); err == nil {
		t.Error("no error for non-gzip input")
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("a\t01\nbad line\n"))
	zw.Close()
	c, err := Read(&buf)
	if err != nil || c.Len() != 1 {
		t.Errorf("got %v, %v", c, err)
	}
}

func TestPrefixCounts(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("paris\t0100\nlondon\t0101\nred\t10\nblue\t1\n"))
	zw.Close()
	c, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got := c.PrefixCounts(2)
	want := map[string]int{"01": 2, "10": 1, "1": 1}
	if len(got) != len(want) {
		t.Fatalf("PrefixCounts(2) = %v, want %v", got, want)
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("PrefixCounts(2)[%q] = %d, want %d", k, got[k], n)
		}
	}
	if n := len(c.PrefixCounts(0)); n != 0 {
		t.Errorf("PrefixCounts(0) has %d prefixes", n)
	}
}
