package codec

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/store"
)

// Blobs written before compression (plain JSON) still decode, and a
// compressed blob round-trips the analysis.
func TestArticleBlobFormats(t *testing.T) {
	old := []byte(`{"source":"s","url":"u","title":"T","text":"A. B.","paragraphs":["A. B."],"entities":[{"text":"A","type":"PER","sentence":0,"start":0,"end":1}]}`)
	a, err := DecodeArticle(old, "ignored")
	if err != nil || a.Title != "T" || a.Text != "A. B." || len(a.Entities) != 1 {
		t.Fatalf("plain JSON blob: %+v, %v", a, err)
	}
	blob, err := EncodeArticle(a, a.Text)
	if err != nil || blob[0] == '{' {
		t.Fatalf("encode: %q, %v", blob, err)
	}
	back, err := DecodeArticle(blob, a.Text)
	if err != nil || back.Title != "T" || back.Text != "A. B." || len(back.Paragraphs) != 1 || len(back.Entities) != 1 {
		t.Errorf("compressed blob: %+v, %v", back, err)
	}
	if _, err := DecodeArticle([]byte(BlobMagic+"not deflate"), ""); err == nil {
		t.Error("corrupt blob decoded")
	}
}

func TestEventKeys(t *testing.T) {
	e := &store.Event{SourceActor: "FRA", SourceName: " France ", SourceCountry: "FRA", TargetName: "Farmers", TargetCountry: ""}
	got := EventKeys(e)
	want := []string{"s:fra", "a:fra", "s:france", "a:france", "t:farmers", "a:farmers", "c:fra"}
	if len(got) != len(want) {
		t.Fatalf("EventKeys = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("EventKeys = %q, want %q", got, want)
		}
	}
	// Only ASCII letters fold, as SQL lower() does under SQLite and the
	// "C" collation: both sides of a query agree.
	if got := KeyLower(" ÉTAT Öl "); got != "État Öl" {
		t.Errorf("KeyLower = %q", got)
	}
}
