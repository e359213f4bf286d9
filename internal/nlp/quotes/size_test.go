package quotes

import (
	"testing"
	"unsafe"
)

// The finder's view holds a tok per token of the article beside the
// article's own tokens; its peak on a text at the size limit is the
// pipeline's. 32-bit offsets and indexes keep it at 72 bytes (88 with ints).
func TestTokSize(t *testing.T) {
	if got := unsafe.Sizeof(tok{}); got > 72 {
		t.Errorf("tok is %d bytes, want at most 72", got)
	}
}
