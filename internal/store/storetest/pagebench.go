package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/store"
)

// seedPaged stores 2n canonical articles, 5,000 to a transaction, for the
// keyset-paging benchmarks: one in a hundred undated, the others at a
// random hour of 2024 (hours, so that many articles share a time and the
// id breaks ties). data gives article i's analysis from the same random
// source (drawn before its date); path and hash keep the seeds' URLs and
// content hashes apart. Synthetic data, fixed seed.
func seedPaged(tb testing.TB, db store.Store, n int, path, hash string, seed1, seed2 uint64, data func(i int, r *rand.Rand) *model.Article) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(seed1, seed2))
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	const chunk = 5000
	for lo := 0; lo < 2*n; lo += chunk {
		err := db.Write(ctx, func(ctx context.Context, tx store.Tx) error {
			for i := lo; i < min(lo+chunk, 2*n); i++ {
				d := data(i, r)
				a := &store.Article{URL: fmt.Sprintf("https://site%d.example/%s/%d", i%150, path, i), Site: fmt.Sprintf("site%d.example", i%150),
					ContentHash: fmt.Sprint(hash, i), Title: "t", Text: "x", Data: d}
				if i%100 != 0 {
					p := day0.Add(time.Duration(r.IntN(365*24)) * time.Hour)
					a.Published = &p
				}
				if _, err := tx.InsertArticle(ctx, a); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// benchPages measures a keyset-paged listing: the first page of 20, and
// the page of 20 after the position 5,000 rows in. It reports p50 and p99.
// list runs the listing with a limit and a position (nil: from the start);
// pos is a row's position.
func benchPages[P, R any](b *testing.B, list func(ctx context.Context, limit int, after *P) ([]R, error), pos func(R) P) {
	benchPagesAt(b, 5000, list, pos)
}

// benchPagesAt is benchPages with the keyset page depth rows in (none
// when depth is 0: a listing too short for one).
func benchPagesAt[P, R any](b *testing.B, depth int, list func(ctx context.Context, limit int, after *P) ([]R, error), pos func(R) P) {
	ctx := context.Background()
	var after P
	var at *P
	for n := 0; n < depth; {
		page, err := list(ctx, min(500, depth-n), at)
		if err != nil || len(page) == 0 {
			b.Fatalf("walking to row %d: %v (%d rows)", depth, err, len(page))
		}
		n += len(page)
		after = pos(page[len(page)-1])
		at = &after
	}
	cases := []struct {
		name  string
		after *P
	}{{"first-page", nil}}
	if depth > 0 {
		cases = append(cases, struct {
			name  string
			after *P
		}{fmt.Sprintf("keyset-%d", depth), &after})
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				t0 := time.Now()
				page, err := list(ctx, 20, c.after)
				lat = append(lat, time.Since(t0))
				if err != nil || len(page) != 20 {
					b.Fatalf("%s: %d rows, %v", c.name, len(page), err)
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
		})
	}
}
