package keywords

import (
	"testing"
	"unsafe"
)

// There is a word per token of the article, alive with the candidates and
// the graph at the keyword stage's peak: it points at its token for the
// text and tag instead of copying them (72 bytes before).
func TestWordSize(t *testing.T) {
	if got := unsafe.Sizeof(word{}); got > 48 {
		t.Errorf("word is %d bytes, want at most 48", got)
	}
}
