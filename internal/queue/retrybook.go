package queue

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// retryBook keeps, per message (by stream sequence), when a fetch given
// back with a delay (WorkerConfig.FetchRetries) is due again. The server
// holds such a message as pending an ack until then, which its consumer
// info cannot tell from a message a worker is working on: the book lets a
// worker with UntilEmpty see that nothing is left but delayed retries, and
// exit instead of waiting up to half an hour for them.
type retryBook interface {
	put(ctx context.Context, key string, due time.Time) error
	drop(ctx context.Context, key string) error
	// waiting counts the retries due after now, and the first one's time.
	waiting(ctx context.Context, now time.Time) (n int, next time.Time, err error)
}

// retryBucket names the key-value bucket of a stream's delayed retries.
func retryBucket(stream string) string { return bucketName("newsgraph_retries_", stream) }

// retryRecord is a delayed retry's entry in the bucket.
type retryRecord struct {
	Due time.Time `json:"due"`
}

// kvRetries keeps the book in the queue's key-value bucket, so that the
// workers of a deployment, and the next run of one, see each other's
// delayed retries.
type kvRetries struct{ kv jetstream.KeyValue }

func (k kvRetries) put(ctx context.Context, key string, due time.Time) error {
	b, err := json.Marshal(retryRecord{Due: due.UTC()})
	if err != nil {
		return err
	}
	_, err = k.kv.Put(ctx, key, b)
	return err
}

func (k kvRetries) drop(ctx context.Context, key string) error {
	err := k.kv.Delete(ctx, key)
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		err = nil
	}
	return err
}

func (k kvRetries) waiting(ctx context.Context, now time.Time) (int, time.Time, error) {
	keys, err := k.kv.ListKeys(ctx)
	if err != nil {
		return 0, time.Time{}, err
	}
	defer keys.Stop()
	var n int
	var next time.Time
	for key := range keys.Keys() {
		e, err := k.kv.Get(ctx, key)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			continue // delivered again meanwhile
		}
		if err != nil {
			return 0, time.Time{}, err
		}
		var r retryRecord
		if json.Unmarshal(e.Value(), &r) != nil || !r.Due.After(now) {
			// Due: the server delivers it any moment, so it is not
			// left waiting.
			continue
		}
		n++
		if next.IsZero() || r.Due.Before(next) {
			next = r.Due
		}
	}
	return n, next, nil
}

// memRetries keeps the book in this process only, when the bucket cannot
// be made: a worker then sees its own delayed retries, not those of others
// or of an earlier run (which it waits for, as before).
type memRetries struct {
	mu  sync.Mutex
	due map[string]time.Time
}

func (m *memRetries) put(_ context.Context, key string, due time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.due == nil {
		m.due = map[string]time.Time{}
	}
	m.due[key] = due
	return nil
}

func (m *memRetries) drop(_ context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.due, key)
	return nil
}

func (m *memRetries) waiting(_ context.Context, now time.Time) (int, time.Time, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var n int
	var next time.Time
	for _, due := range m.due {
		if !due.After(now) {
			continue
		}
		n++
		if next.IsZero() || due.Before(next) {
			next = due
		}
	}
	return n, next, nil
}
