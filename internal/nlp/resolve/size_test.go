package resolve

import (
	"testing"
	"unsafe"
)

// The resolver keeps a tok per word of the article for the whole stage
// (about 2.5M on a text at the 10 MB size limit, as tokenize sizes its
// slice): 32-bit offsets keep it at 32 bytes.
func TestTokSize(t *testing.T) {
	if got := unsafe.Sizeof(tok{}); got > 32 {
		t.Errorf("tok is %d bytes, want at most 32", got)
	}
}
