package migrate

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"m/0010_later.sql": {Data: []byte("B")},
		"m/0002_first.sql": {Data: []byte("A")},
	}
	ms, err := Load(fsys, "m")
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Version != 2 || ms[0].SQL != "A" || ms[1].Name != "0010_later.sql" || Latest(ms) != 10 {
		t.Errorf("Load = %+v, Latest %d", ms, Latest(ms))
	}
	if Latest(nil) != 0 {
		t.Errorf("Latest(nil) = %d", Latest(nil))
	}
	for name, bad := range map[string]fstest.MapFS{
		"want NNNN_name.sql": {"m/first.sql": {}, "m/0001_a.txt": {}},
		"share a version":    {"m/0001_a.sql": {}, "m/0001_b.sql": {}},
	} {
		if _, err := Load(bad, "m"); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
