package queue

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsgraph/newsgraph/internal/ingest/runner"
)

// WorkerConfig configures Work.
type WorkerConfig struct {
	// Runner is the analysis and store configuration, as for a local
	// ingest (Store, Stages, Workers, BatchSize, ...). RetryStoreErrors is
	// always on: a failed write is retried through the queue.
	Runner runner.Config
	// Load reads reference messages (files, URLs). Its Guard applies the
	// host limits (failures in a row, fetches at once) over the whole
	// worker process: other workers keep their own counts.
	Load runner.LoadOptions
	// FetchRetries is how often a linked article whose fetch failed for a
	// reason that may pass (runner.PassingFetchError: its host given up on
	// or not answering, a 5xx) is given back to the queue to be fetched
	// again, after FetchRetryDelay, doubling up to 30 minutes; after that
	// its message is terminated. Each failed fetch is in the failures
	// table. 0: DefaultFetchRetries; negative: never.
	FetchRetries int
	// FetchRetryDelay is the first wait of FetchRetries (default 1 min).
	FetchRetryDelay time.Duration
	Stream          Stream
	// Consumer is the durable consumer's name, shared by every worker of a
	// deployment (default DefaultConsumer).
	Consumer string
	// AckWait is how long the server waits for an ack before delivering a
	// message again, set when the consumer is created (default 60 s). A
	// worker keeps the messages it holds alive while it works on them, so
	// this bounds how soon a dead worker's messages come back, not how
	// long a batch may take.
	AckWait time.Duration
	// UntilEmpty stops the worker once the stream has nothing ready for
	// it and nothing is in flight (for batch jobs and benchmarks). Fetch
	// retries given back with a delay (FetchRetries) are not waited for
	// beyond UntilEmptyWait: they stay in the queue for the next run, and
	// WorkerStats.RetriesWaiting and NextRetry say how many and when.
	UntilEmpty bool
	// UntilEmptyWait is, with UntilEmpty, how long ahead a delayed fetch
	// retry may be due for the worker to wait for it rather than exit
	// (0: exit as soon as only delayed retries are left).
	UntilEmptyWait time.Duration
	// Grace is how long the analyses under way may take after ctx ends
	// (default 30 s); past it they are cut short and their messages
	// given back.
	Grace time.Duration
	// ProgressEvery is the interval of the progress log (default 10 s).
	ProgressEvery time.Duration
	// MaxCrashes bounds a document that kills the worker process itself
	// (a panic outside the analysis's recover, the kernel's OOM killer):
	// once worker processes stopped this many times while analysing it
	// alone, the next worker to receive it records it in the failures
	// table and terminates its message (default DefaultMaxCrashes).
	MaxCrashes int
	// RetryDelay is the first wait before a message whose write failed is
	// delivered again; it doubles with each delivery up to 2 minutes
	// (default 2 s).
	RetryDelay time.Duration
	Log        *slog.Logger
}

// DefaultMaxCrashes is WorkerConfig.MaxCrashes's default.
const DefaultMaxCrashes = 5

// DefaultFetchRetries is WorkerConfig.FetchRetries's default.
const DefaultFetchRetries = 4

// WorkerStats counts what a worker did.
type WorkerStats struct {
	runner.Stats
	Received     int `json:"received"`      // messages taken from the queue
	Redelivered  int `json:"redelivered"`   // of which were delivered before (to this or another worker)
	Acked        int `json:"acked"`         // done: stored, a copy, or already stored
	Terminated   int `json:"terminated"`    // failed, recorded in the failures table, not to be delivered again
	Retried      int `json:"retried"`       // given back to the queue (shutdown, store errors)
	FetchRetried int `json:"fetch_retried"` // of Failed: given back to be fetched again later (see WorkerConfig.FetchRetries)
	Alone        int `json:"alone"`         // analysed alone: delivered again, and the last worker may have died on it
	// RetriesWaiting, with UntilEmpty, counts the fetch retries left in
	// the queue when the worker stopped, due later than UntilEmptyWait;
	// NextRetry is when the first is due.
	RetriesWaiting int       `json:"retries_waiting"`
	NextRetry      time.Time `json:"next_retry,omitzero"`
}

// retryDelay is how long a message whose write failed waits before its next
// delivery: doubling with each delivery, from base (2 s) up to 2 min.
func retryDelay(base time.Duration, delivered uint64) time.Duration {
	d := cmp.Or(base, 2*time.Second)
	for i := uint64(1); i < delivered && d < 2*time.Minute; i++ {
		d *= 2
	}
	return min(d, 2*time.Minute)
}

// fetchRetryDelay is the wait before the delivered-th delivery's fetch is
// tried again: base (1 min) doubling up to 30 min.
func fetchRetryDelay(base time.Duration, delivered uint64) time.Duration {
	d := cmp.Or(base, time.Minute)
	for i := uint64(1); i < delivered && d < 30*time.Minute; i++ {
		d *= 2
	}
	return min(d, 30*time.Minute)
}

// fetchRetries is how many times a message's fetch may be tried again.
func (w *worker) fetchRetries() uint64 {
	switch n := w.cfg.FetchRetries; {
	case n < 0:
		return 0
	case n == 0:
		return DefaultFetchRetries
	default:
		return uint64(n)
	}
}

// Work consumes the stream until ctx ends (or, with UntilEmpty, the queue is
// empty): N analysis goroutines and one batched writer, as a local ingest.
// A message is acked only after the transaction holding its document
// committed; a document that fails is recorded in the failures table and
// its message terminated (never delivered again); a store error naks the
// batch with a delay. When ctx ends the worker stops taking messages,
// finishes and stores what it holds (within Grace), acks, and returns.
func Work(ctx context.Context, nc *nats.Conn, cfg WorkerConfig) (WorkerStats, error) {
	rcfg := cfg.Runner
	rcfg.RetryStoreErrors = true
	if rcfg.Workers <= 0 {
		rcfg.Workers = 1
	}
	if rcfg.BatchSize <= 0 {
		rcfg.BatchSize = 64
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	rcfg.Log = log
	js, err := jetstream.New(nc)
	if err != nil {
		return WorkerStats{}, err
	}
	st, err := ensureStream(ctx, js, cfg.Stream)
	if err != nil {
		return WorkerStats{}, err
	}
	stream := st.CachedInfo().Config.Name
	cons, err := js.CreateOrUpdateConsumer(ctx, stream, jetstream.ConsumerConfig{
		Durable:       cmp.Or(cfg.Consumer, DefaultConsumer),
		Description:   "newsgraph workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cmp.Or(cfg.AckWait, 60*time.Second),
		MaxDeliver:    -1,
		FilterSubject: cfg.Stream.SubjectPrefix() + ".>",
		MaxAckPending: 10000,
	})
	if err != nil {
		return WorkerStats{}, fmt.Errorf("queue consumer on %s: %w", stream, err)
	}
	ackWait := cons.CachedInfo().Config.AckWait
	crashes, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      crashBucket(stream),
		Description: "newsgraph: worker processes that stopped while analysing a message alone",
		History:     1,
		TTL:         7 * 24 * time.Hour,
		Storage:     jetstream.FileStorage,
	})
	if err != nil {
		// An account that may not make the bucket still gets its work
		// done, without the bound on documents that crash workers.
		log.Error("queue crash bucket unavailable: a document that kills its worker will be delivered without limit", "bucket", crashBucket(stream), "err", err)
		crashes = nil
	}

	var retries retryBook = &memRetries{}
	if kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      retryBucket(stream),
		Description: "newsgraph: when the fetch retries given back to the queue are due",
		History:     1,
		// Longer than the longest retry delay (30 min): a record is
		// dropped when its message comes back, this only clears those
		// whose worker stopped in between.
		TTL:     2 * time.Hour,
		Storage: jetstream.FileStorage,
	}); err != nil {
		log.Warn("queue retry bucket unavailable: --until-empty waits for the fetch retries of other workers and earlier runs", "bucket", retryBucket(stream), "err", err)
	} else {
		retries = kvRetries{kv}
	}

	w := &worker{cfg: cfg, log: log, held: map[jetstream.Msg]time.Time{}, start: time.Now(),
		crashes: crashes, retries: retries, settled: make(chan struct{}, 1)}
	// The analyses get their own context: they are not cut short the
	// moment ctx ends, but Grace later.
	actx, cancelAnalysis := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelAnalysis()
	go func() {
		select {
		case <-ctx.Done():
		case <-actx.Done():
			return
		}
		t := time.NewTimer(cmp.Or(cfg.Grace, 30*time.Second))
		defer t.Stop()
		select {
		case <-t.C:
			log.Warn("worker: grace period over, cutting the analyses short")
			cancelAnalysis()
		case <-actx.Done():
		}
	}()
	rcfg.Progress = func(s runner.Stats) {
		w.mu.Lock()
		w.stats.Stats = s
		w.mu.Unlock()
	}

	// Hold at most what the analysis workers and one full batch can use:
	// more would only wait, with its ack timer running.
	slots := make(chan struct{}, rcfg.Workers*2+rcfg.BatchSize)
	jobs := make(chan runner.Item)
	pullErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		pullErr <- w.pull(ctx, cons, slots, jobs)
	}()
	stopTicks := make(chan struct{})
	var ticks sync.WaitGroup
	ticks.Add(1)
	go func() { defer ticks.Done(); w.tick(stopTicks, ackWait) }()

	rstats, perr := runner.Process(actx, rcfg, jobs)
	close(stopTicks)
	ticks.Wait()
	// The acks are sent asynchronously; make sure the server has them
	// before reporting done.
	if err := nc.FlushTimeout(10 * time.Second); err != nil {
		log.Warn("worker: flushing acks", "err", err)
	}
	w.mu.Lock()
	w.stats.Stats = rstats
	w.stats.Elapsed = time.Since(w.start)
	out := w.stats
	w.mu.Unlock()
	w.logProgress("worker stopped", out)
	err = <-pullErr
	if perr != nil && !errors.Is(perr, context.Canceled) {
		err = errors.Join(err, perr)
	}
	return out, err
}

type worker struct {
	cfg   WorkerConfig
	log   *slog.Logger
	start time.Time

	// crashes counts, per message (by stream sequence), the worker
	// processes that stopped while analysing it alone (see alone).
	crashes jetstream.KeyValue
	settled chan struct{} // a message was settled (wakes alone)
	// retries keeps when each fetch given back with a delay is due (see
	// idle).
	retries retryBook

	mu     sync.Mutex
	held   map[jetstream.Msg]time.Time // messages taken and not settled, by when taken
	active int                         // of which made into items
	stats  WorkerStats
}

// crashBucket names the key-value bucket of a stream's crash counts.
func crashBucket(stream string) string { return bucketName("newsgraph_crashes_", stream) }

// bucketName is prefix and the stream's name, in the letters, digits, '_'
// and '-' that bucket names take.
func bucketName(prefix, stream string) string {
	b := []byte(stream)
	for i, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			b[i] = '_'
		}
	}
	return prefix + string(b)
}

// pull fetches messages while there is room, and hands them to the
// analysis as items whose settlement acks, terminates or naks them.
func (w *worker) pull(ctx context.Context, cons jetstream.Consumer, slots chan struct{}, jobs chan<- runner.Item) error {
	every := cmp.Or(w.cfg.ProgressEvery, 10*time.Second)
	lastLog := time.Now()
	for ctx.Err() == nil {
		if time.Since(lastLog) >= every {
			lastLog = time.Now()
			w.mu.Lock()
			s := w.stats
			w.mu.Unlock()
			s.Elapsed = time.Since(w.start)
			w.logProgress("worker progress", s)
		}
		// Take every free slot (at least one, waiting for it).
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return nil
		}
		n := 1
	more:
		for n < cap(slots) {
			select {
			case slots <- struct{}{}:
				n++
			default:
				break more
			}
		}
		batch, err := cons.Fetch(n, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			for range n {
				<-slots
			}
			if ctx.Err() != nil {
				return nil
			}
			w.log.Warn("queue fetch failed; trying again", "err", err)
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
			}
			continue
		}
		got := 0
		var again []jetstream.Msg
		for msg := range batch.Messages() {
			got++
			if ctx.Err() != nil {
				// Shutting down: give it back at once for another worker.
				w.givenBack(msg)
				msg.Nak()
				w.count(func(s *WorkerStats) { s.Received++; s.Retried++ })
				<-slots
				continue
			}
			w.hold(msg)
			if t := w.lookup(ctx, msg); t.suspect {
				again = append(again, msg)
			} else {
				w.dispatch(ctx, w.track(w.item(msg, slots), t), jobs)
			}
		}
		for range n - got {
			<-slots
		}
		if err := batch.Error(); err != nil && ctx.Err() == nil {
			w.log.Warn("queue fetch ended early", "err", err)
		}
		for _, msg := range again {
			w.alone(ctx, msg, slots, jobs)
		}
		if got == 0 && w.cfg.UntilEmpty && w.idle(ctx, cons) {
			return nil
		}
	}
	return nil
}

// idle reports whether the queue has nothing ready for the workers and this
// one holds nothing. Messages pending an ack are in flight (a worker's,
// which may fail and come back) or fetch retries given back with a delay
// (up to 30 min); when every one of them is such a retry due later than
// UntilEmptyWait, the queue is empty for a batch run: the retries stay
// queued for the next, and the stats say how many and when.
func (w *worker) idle(ctx context.Context, cons jetstream.Consumer) bool {
	w.mu.Lock()
	held := len(w.held)
	w.mu.Unlock()
	if held > 0 {
		return false
	}
	info, err := cons.Info(ctx)
	if err != nil {
		w.log.Warn("queue consumer info", "err", err)
		return false
	}
	if info.NumPending > 0 {
		return false
	}
	if info.NumAckPending == 0 {
		return true
	}
	n, next, err := w.retries.waiting(ctx, time.Now())
	if err != nil {
		w.log.Warn("queue retry records unavailable", "err", err)
		return false
	}
	if n == 0 || n < info.NumAckPending || time.Until(next) <= w.cfg.UntilEmptyWait {
		return false
	}
	// More records than messages pending: a record whose message was
	// taken by a worker that stopped before dropping it.
	w.count(func(s *WorkerStats) { s.RetriesWaiting, s.NextRetry = info.NumAckPending, next })
	return true
}

// dispatch hands an item to the analysis (or back to the queue when the
// worker is stopping).
func (w *worker) dispatch(ctx context.Context, it runner.Item, jobs chan<- runner.Item) {
	select {
	case jobs <- it:
	case <-ctx.Done():
		it.Settle(runner.Settlement{Retry: ctx.Err()})
	}
}

// waitIdle waits until every item this worker made is settled; false when
// ctx ended first.
func (w *worker) waitIdle(ctx context.Context) bool {
	for {
		w.mu.Lock()
		active := w.active
		w.mu.Unlock()
		if active == 0 {
			return true
		}
		select {
		case <-w.settled:
		case <-ctx.Done():
			return false
		}
	}
}

// crashRecord is what the crash bucket keeps of a message delivered more
// than once.
type crashRecord struct {
	// Crashes counts the worker processes that stopped while analysing it
	// alone (see alone).
	Crashes int `json:"crashes,omitempty"`
	// GivenBack is the delivery that a live worker gave back (a store
	// outage, a shutdown): the next one is no sign of a crash.
	GivenBack uint64 `json:"given_back,omitempty"`
}

// tracked is a message with its crash record.
type tracked struct {
	key       string // "" when the message has no stream sequence (untracked)
	delivered uint64
	rec       crashRecord
	had       bool // the bucket holds a record for it
	// suspect: delivered before, and not because a live worker gave it
	// back; its last worker may have died on it.
	suspect bool
}

// lookup reads msg's record when it was delivered before.
func (w *worker) lookup(ctx context.Context, msg jetstream.Msg) tracked {
	md, err := msg.Metadata()
	if err != nil {
		return tracked{delivered: 1}
	}
	t := tracked{key: "s" + strconv.FormatUint(md.Sequence.Stream, 10), delivered: md.NumDelivered}
	if w.crashes == nil {
		t.key, t.suspect = "", t.delivered > 1
		return t
	}
	if t.delivered <= 1 {
		return t
	}
	kctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	e, err := w.crashes.Get(kctx, t.key)
	switch {
	case err == nil:
		t.had = json.Unmarshal(e.Value(), &t.rec) == nil
	case !errors.Is(err, jetstream.ErrKeyNotFound):
		// Without the record the bound cannot hold: analyse it alone
		// anyway, uncounted.
		w.log.Warn("queue crash record unavailable", "message", t.key, "err", err)
		t.key = ""
	}
	t.suspect = t.rec.GivenBack != t.delivered-1
	return t
}

// putRecord stores a message's record, or deletes it when there is nothing
// to keep.
func (w *worker) putRecord(key string, rec crashRecord) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if rec == (crashRecord{}) {
		err := w.crashes.Delete(ctx, key)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			err = nil
		}
		return err
	}
	b, _ := json.Marshal(rec)
	_, err := w.crashes.Put(ctx, key, b)
	return err
}

// track makes the item's settlement keep its record: given back alive, the
// record says so (the next delivery is then analysed with the others); done
// for good, the record is deleted.
func (w *worker) track(it runner.Item, t tracked) runner.Item {
	if t.key == "" {
		return it
	}
	settle := it.Settle
	it.Settle = func(s runner.Settlement) {
		settle(s)
		var err error
		switch {
		case s.Retry != nil:
			err = w.putRecord(t.key, crashRecord{Crashes: t.rec.Crashes, GivenBack: t.delivered})
		case t.had:
			err = w.putRecord(t.key, crashRecord{})
		}
		if err != nil {
			w.log.Warn("queue crash record not updated", "source", it.Source, "err", err)
		}
	}
	return it
}

// givenBack records that msg, taken but not made an item, is given back
// alive.
func (w *worker) givenBack(msg jetstream.Msg) {
	t := w.lookup(context.Background(), msg)
	if t.key == "" {
		return
	}
	if err := w.putRecord(t.key, crashRecord{Crashes: t.rec.Crashes, GivenBack: t.delivered}); err != nil {
		w.log.Warn("queue crash record not updated", "message", t.key, "err", err)
	}
}

// alone analyses a suspect message (see tracked) with nothing else in
// flight in this process. If the message killed its worker, it did so
// alongside everything else the process held, and those came back too;
// taken one at a time, only the document that kills a worker is blamed for
// it: its crash count is raised before its analysis and lowered once the
// message is settled, so what remains counts the processes that stopped
// while analysing it alone. Once that reaches MaxCrashes the document is
// recorded as a failure and its message terminated instead of analysed:
// neither lost nor looped.
func (w *worker) alone(ctx context.Context, msg jetstream.Msg, slots chan struct{}, jobs chan<- runner.Item) {
	if !w.waitIdle(ctx) {
		w.givenBack(msg)
		w.item(msg, slots).Settle(runner.Settlement{Retry: ctx.Err()})
		return
	}
	t := w.lookup(ctx, msg)
	it := w.item(msg, slots)
	it.Flush = true
	w.count(func(s *WorkerStats) { s.Alone++ })
	if t.key == "" || it.Err != nil {
		// Nothing to count it by, or nothing to analyse (an unreadable
		// message).
		w.dispatch(ctx, w.track(it, t), jobs)
		w.waitIdle(ctx)
		return
	}
	maxCrashes := cmp.Or(w.cfg.MaxCrashes, DefaultMaxCrashes)
	if t.rec.Crashes >= maxCrashes {
		w.log.Error("giving up on a message that keeps stopping its worker", "source", it.Source, "deliveries", t.delivered, "crashes", t.rec.Crashes)
		it = runner.Item{Source: it.Source, Stage: "queue", Settle: it.Settle, Flush: true, Err: fmt.Errorf(
			"delivered %d times without completing; the worker may have crashed on it (a worker process stopped %d times while analysing it alone)",
			t.delivered-1, t.rec.Crashes)}
	} else if err := w.putRecord(t.key, crashRecord{Crashes: t.rec.Crashes + 1, GivenBack: t.rec.GivenBack}); err != nil {
		w.log.Warn("queue crash count not raised", "source", it.Source, "err", err)
	} else {
		t.had = true
	}
	w.dispatch(ctx, w.track(it, t), jobs)
	w.waitIdle(ctx)
}

func (w *worker) count(f func(*WorkerStats)) {
	w.mu.Lock()
	f(&w.stats)
	w.mu.Unlock()
}

func (w *worker) hold(msg jetstream.Msg) {
	w.mu.Lock()
	w.held[msg] = time.Now()
	w.stats.Received++
	w.mu.Unlock()
}

// item decodes a message into the runner's item. An unreadable message
// becomes a failure of its own, named after its subject and sequence.
func (w *worker) item(msg jetstream.Msg, slots chan struct{}) runner.Item {
	var delivered uint64 = 1
	name, key := msg.Subject(), ""
	if md, err := msg.Metadata(); err == nil {
		delivered = md.NumDelivered
		name += "#" + strconv.FormatUint(md.Sequence.Stream, 10)
		key = "s" + strconv.FormatUint(md.Sequence.Stream, 10)
	}
	if delivered > 1 && key != "" {
		// Back from a delay, or from a worker that stopped: no longer
		// a retry waiting.
		w.bookRetry(key, time.Time{})
	}
	w.mu.Lock()
	w.active++
	w.mu.Unlock()
	var it runner.Item
	m, err := DecodeMessage(msg.Data())
	if err != nil {
		it = runner.Item{Source: name, Err: err, Stage: "queue"}
	} else {
		// On the last delivery a fetch failure that may pass is given
		// up (see Settle below), so a feed link falls back to its
		// feed's description then rather than be lost.
		load := w.cfg.Load
		load.LastFetch = delivered > w.fetchRetries()
		it = m.Item(load)
	}
	if delivered > 1 {
		w.count(func(s *WorkerStats) { s.Redelivered++ })
		if delivered > 3 {
			// A message delivered again and again may be killing its
			// workers (see alone for the bound).
			w.log.Warn("message delivered repeatedly", "source", it.Source, "deliveries", delivered, "message", name)
		}
	}
	it.Settle = func(s runner.Settlement) {
		var err error
		switch {
		case s.Retry != nil:
			if errors.Is(s.Retry, context.Canceled) || errors.Is(s.Retry, context.DeadlineExceeded) {
				err = msg.Nak()
			} else {
				err = msg.NakWithDelay(retryDelay(w.cfg.RetryDelay, delivered))
			}
			w.count(func(st *WorkerStats) { st.Retried++ })
		case s.Outcome == runner.OutcomeFailed && runner.PassingFetchError(s.Err) && delivered <= w.fetchRetries():
			// The host may answer later (and a host the limits gave
			// up on is tried again after HostRetryAfter): given back,
			// rather than lost until someone publishes it again. The
			// failures table counts the attempts.
			d := fetchRetryDelay(w.cfg.FetchRetryDelay, delivered)
			if key != "" {
				w.bookRetry(key, time.Now().Add(d))
			}
			err = msg.NakWithDelay(d)
			w.count(func(st *WorkerStats) { st.FetchRetried++ })
		case s.Outcome == runner.OutcomeFailed:
			// Recorded in the failures table by the batch that just
			// committed: delivering it again would fail the same way.
			err = msg.Term()
			w.count(func(st *WorkerStats) { st.Terminated++ })
		default:
			err = msg.Ack()
			w.count(func(st *WorkerStats) { st.Acked++ })
		}
		if err != nil {
			// The server will deliver it again; the store skips it.
			w.log.Warn("queue ack failed", "source", it.Source, "err", err)
		}
		w.mu.Lock()
		delete(w.held, msg)
		w.active--
		w.mu.Unlock()
		<-slots
		select {
		case w.settled <- struct{}{}:
		default:
		}
	}
	return it
}

// bookRetry records that the message of key is a fetch retry due at due,
// or (zero due) no longer one.
func (w *worker) bookRetry(key string, due time.Time) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var err error
	if due.IsZero() {
		err = w.retries.drop(ctx, key)
	} else {
		err = w.retries.put(ctx, key, due)
	}
	if err != nil {
		w.log.Warn("queue retry record not updated", "message", key, "err", err)
	}
}

// tick keeps the held messages alive (InProgress resets their ack timer)
// so a long batch or a slow fetch is not delivered to a second worker.
func (w *worker) tick(stop <-chan struct{}, ackWait time.Duration) {
	every := max(ackWait/3, 100*time.Millisecond)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		w.mu.Lock()
		var due []jetstream.Msg
		for m, at := range w.held {
			if time.Since(at) >= every {
				due = append(due, m)
				w.held[m] = time.Now()
			}
		}
		w.mu.Unlock()
		for _, m := range due {
			m.InProgress()
		}
	}
}

func (w *worker) logProgress(msg string, s WorkerStats) {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Items) / s.Elapsed.Seconds()
	}
	w.log.Info(msg, "received", s.Received, "items", s.Items, "stored", s.Stored, "skipped", s.Skipped,
		"duplicates", s.Duplicates, "incomplete", s.Incomplete, "failed", s.Failed, "retried", s.Retried, "fetch_retried", s.FetchRetried, "redelivered", s.Redelivered, "alone", s.Alone,
		"new_events", s.NewEvents, "merged", s.Merged, "docs_per_s", strconv.FormatFloat(rate, 'f', 1, 64))
}
