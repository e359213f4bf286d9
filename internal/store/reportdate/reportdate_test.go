package reportdate

import (
	"testing"
	"time"
)

// Of chooses as SQL does: the publish date, else the reference date, else
// the ingest time; a zero time counts as none, as the stores write it.
func TestOf(t *testing.T) {
	pub := time.Date(2024, 5, 10, 9, 0, 0, 0, time.UTC)
	ref := time.Date(2024, 5, 8, 12, 0, 0, 0, time.UTC)
	in := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
	var zero time.Time
	for _, c := range []struct {
		name     string
		pub, ref *time.Time
		want     time.Time
	}{
		{"published", &pub, &ref, pub},
		{"reference", nil, &ref, ref},
		{"ingested", nil, nil, in},
		{"zero publish date", &zero, &ref, ref},
		{"zero reference date", nil, &zero, in},
	} {
		if got := Of(c.pub, c.ref, in); !got.Equal(c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
