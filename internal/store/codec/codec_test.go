package codec

import (
	"slices"
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

// Driver takes the smallest key by its capped count, and on a tie or
// without counts a party before a country, the first party of equals.
func TestDriver(t *testing.T) {
	for _, c := range []struct {
		keys  []string
		sizes []int
		want  string
	}{
		{nil, nil, ""},
		{[]string{"c:fra"}, nil, "c:fra"},
		{[]string{"a:macron", "c:fra"}, nil, "a:macron"},
		{[]string{"s:usa", "a:china", "c:fra"}, nil, "s:usa"},
		{[]string{"a:usa", "c:nru"}, []int{DriverCap, 12}, "c:nru"},
		{[]string{"a:macron", "c:fra"}, []int{40, DriverCap}, "a:macron"},
		{[]string{"a:macron", "c:fra"}, []int{DriverCap, DriverCap}, "a:macron"},
		{[]string{"c:fra", "a:x"}, []int{5, 5}, "a:x"},
		{[]string{"s:a", "t:b"}, []int{300, 20}, "t:b"},
		{[]string{"s:a", "t:b"}, []int{20, 20}, "s:a"},
		{[]string{"s:a", "t:b"}, []int{20}, "s:a"}, // counts that do not fit are not read
	} {
		if got := Driver(c.keys, c.sizes); got != c.want {
			t.Errorf("Driver(%v, %v) = %q, want %q", c.keys, c.sizes, got, c.want)
		}
	}
}

func TestActorRanks(t *testing.T) {
	keys := EventKeys(&store.Event{SourceActor: "FRA", SourceName: "France", TargetActor: "DEU", TargetName: "Germany", SourceCountry: "FRA", TargetCountry: "DEU"})
	want := []string{"s:fra", "a:fra", "s:france", "a:france", "t:deu", "a:deu", "t:germany", "a:germany"}
	if got := ActorRanks(keys); !slices.Equal(got, want) {
		t.Errorf("ActorRanks(%v) = %v, want %v", keys, got, want)
	}
}
