package store

import (
	"context"
	"errors"
	"testing"
)

func TestPageTotal(t *testing.T) {
	errCount := errors.New("count failed")
	cases := []struct {
		name                string
		offset, rows, limit int
		count               Total
		countErr            error
		want                Total
		counted             bool
		wantErr             error
	}{
		{name: "first page not full: the page is the total", rows: 7, limit: 50, want: Total{N: 7}},
		{name: "empty first page", rows: 0, limit: 50, want: Total{N: 0}},
		{name: "full first page is counted", rows: 50, limit: 50, count: Total{N: 1234}, want: Total{N: 1234}, counted: true},
		{name: "later page is counted", offset: 50, rows: 3, limit: 50, count: Total{N: 53}, want: Total{N: 53}, counted: true},
		{name: "capped count keeps its cap", offset: 50, rows: 50, limit: 50, count: Total{N: 10000, More: true}, want: Total{N: 10000, More: true}, counted: true},
		{name: "rows removed since the page: never below what it shows", offset: 50, rows: 20, limit: 50, count: Total{N: 60}, want: Total{N: 70}, counted: true},
		{name: "page past the end keeps the count", offset: 100, rows: 0, limit: 50, count: Total{N: 12}, want: Total{N: 12}, counted: true},
		{name: "count error", offset: 50, rows: 5, limit: 50, countErr: errCount, wantErr: errCount, counted: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			counted := false
			got, err := PageTotal(context.Background(), c.offset, c.rows, c.limit, func(context.Context) (Total, error) {
				counted = true
				return c.count, c.countErr
			})
			if !errors.Is(err, c.wantErr) {
				t.Fatalf("err = %v, want %v", err, c.wantErr)
			}
			if c.wantErr == nil && got != c.want {
				t.Errorf("total = %+v, want %+v", got, c.want)
			}
			if counted != c.counted {
				t.Errorf("counted = %v, want %v", counted, c.counted)
			}
		})
	}
}
