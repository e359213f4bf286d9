package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/store"
)

// FeedStates keeps the polling state of the feeds `ingest --queue --feed`
// polls (ETag, Last-Modified) in a key-value bucket of the queue's server,
// newsgraph_feeds_<STREAM>: the publisher then needs no database of its
// own, and publishers on several machines share what they polled.
func FeedStates(ctx context.Context, nc *nats.Conn, s Stream) (runner.FeedStates, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, err
	}
	name := s.Name
	if name == "" {
		name = DefaultStream
	}
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      bucketName("newsgraph_feeds_", name),
		Description: "newsgraph: polling state of the feeds ingest --queue polls",
		History:     1,
		Storage:     jetstream.FileStorage,
	})
	if err != nil {
		return nil, fmt.Errorf("queue feed states for %s: %w", name, err)
	}
	return kvFeeds{kv}, nil
}

type kvFeeds struct{ kv jetstream.KeyValue }

// Keys are the URL's digest: a URL has characters keys may not.
func (k kvFeeds) Feed(ctx context.Context, url string) (*store.Feed, error) {
	e, err := k.kv.Get(ctx, "f"+digest(url))
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	var f store.Feed
	if err := json.Unmarshal(e.Value(), &f); err != nil {
		return nil, fmt.Errorf("feed state of %s: %w", url, err)
	}
	return &f, nil
}

func (k kvFeeds) PutFeed(ctx context.Context, f store.Feed) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	_, err = k.kv.Put(ctx, "f"+digest(f.URL), b)
	return err
}
