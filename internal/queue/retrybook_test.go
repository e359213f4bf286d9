package queue

import (
	"context"
	"testing"
	"time"
)

// memRetries counts the retries due after now, and the first of them;
// those due already (the server delivers them any moment) and those dropped
// do not count.
func TestMemRetriesWaiting(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		put      map[string]time.Duration // key -> due after now
		drop     []string
		wantN    int
		wantNext time.Duration
	}{
		{"none", nil, nil, 0, 0},
		{"two later", map[string]time.Duration{"s1": 4 * time.Minute, "s2": time.Minute}, nil, 2, time.Minute},
		{"one due already", map[string]time.Duration{"s1": -time.Second, "s2": 8 * time.Minute}, nil, 1, 8 * time.Minute},
		{"due exactly now", map[string]time.Duration{"s1": 0}, nil, 0, 0},
		{"one dropped", map[string]time.Duration{"s1": time.Minute, "s2": 2 * time.Minute}, []string{"s1"}, 1, 2 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			var m memRetries
			for k, d := range tt.put {
				if err := m.put(ctx, k, now.Add(d)); err != nil {
					t.Fatal(err)
				}
			}
			for _, k := range tt.drop {
				if err := m.drop(ctx, k); err != nil {
					t.Fatal(err)
				}
			}
			n, next, err := m.waiting(ctx, now)
			if err != nil {
				t.Fatal(err)
			}
			var wantNext time.Time
			if tt.wantN > 0 {
				wantNext = now.Add(tt.wantNext)
			}
			if n != tt.wantN || !next.Equal(wantNext) {
				t.Errorf("waiting = %d, %v; want %d, %v", n, next, tt.wantN, wantNext)
			}
		})
	}
}
