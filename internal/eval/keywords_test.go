package eval

import (
	"reflect"
	"testing"
)

func TestSplitKeyphraseDocs(t *testing.T) {
	docs := []KeyphraseDoc{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}, {ID: "e"}}
	ids := func(ds []KeyphraseDoc) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.ID)
		}
		return out
	}
	for _, tc := range []struct {
		split string
		want  []string
	}{
		{"dev", []string{"a", "c", "e"}},
		{"test", []string{"b", "d"}},
		{"all", []string{"a", "b", "c", "d", "e"}},
	} {
		got, err := SplitKeyphraseDocs(docs, tc.split)
		if err != nil {
			t.Fatalf("%s: %v", tc.split, err)
		}
		if !reflect.DeepEqual(ids(got), tc.want) {
			t.Errorf("%s: got %v, want %v", tc.split, ids(got), tc.want)
		}
	}
	if _, err := SplitKeyphraseDocs(docs, "train"); err == nil {
		t.Error("unknown split accepted")
	}
}
