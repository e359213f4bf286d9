package model

import (
	"testing"
	"unsafe"
)

// There is a Token per word of an article, held from the nlp stage to the
// last one: on a text at the 10 MB size limit each byte of a Token is about
// 1.7 MB of the analysis's peak. A field added here should be one a later
// stage reads.
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(Token{}); got > 48 {
		t.Errorf("model.Token is %d bytes, want at most 48", got)
	}
}
