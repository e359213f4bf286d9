package queue

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/ingest/runner"
)

// Defaults for the stream and the workers' consumer.
const (
	DefaultStream   = "NEWSGRAPH"
	DefaultConsumer = "newsgraph-workers"
	// DefaultDedupWindow is how long the stream remembers message IDs when
	// newsgraph creates it: a publish repeated within it (a rerun after an
	// interruption) enqueues nothing. Later repeats are enqueued again and
	// skipped by the workers, who find the documents stored.
	DefaultDedupWindow = time.Hour
)

// ErrTooLarge marks an input whose message would exceed the queue's size
// limit.
var ErrTooLarge = errors.New("too large for a queue message")

// Stream names the stream and says how to create it when it is missing.
type Stream struct {
	Name        string        // default DefaultStream
	DedupWindow time.Duration // for a new stream; default DefaultDedupWindow
}

// SubjectPrefix is where the stream's items are published: newsgraph.items
// for the default stream, newsgraph.<name>.items for another, since two
// JetStream streams cannot take the same subjects (a second deployment on
// one server, a test queue beside the real one).
func (s Stream) SubjectPrefix() string {
	if s.Name == "" || s.Name == DefaultStream {
		return SubjectPrefix
	}
	return "newsgraph." + strings.ToLower(s.Name) + ".items"
}

// Auth is how to authenticate to the NATS server and secure the connection,
// beside what the URL itself says (nats://user:pass@host, nats://token@host,
// tls://host). Each field maps to nats.go's own option of the same purpose.
type Auth struct {
	CredsFile string // a .creds file: user JWT and NKey seed (nats.UserCredentials)
	NKeyFile  string // an NKey seed file (nats.NkeyOptionFromSeed)
	User      string // with Password (nats.UserInfo)
	Password  string
	Token     string // (nats.Token)
	CAFile    string // PEM roots to verify the server with (nats.RootCAs); turns TLS on
	CertFile  string // client certificate and key, PEM (nats.ClientCert); turns TLS on
	KeyFile   string
}

// Options checks a and returns the nats.go options for it. At most one way
// to authenticate may be given, a user with its password and a certificate
// with its key, and the files must be readable.
func (a Auth) Options() ([]nats.Option, error) {
	var opts []nats.Option
	ways := 0
	for _, f := range []struct{ name, path string }{{"creds", a.CredsFile}, {"nkey", a.NKeyFile}, {"TLS CA", a.CAFile}, {"TLS certificate", a.CertFile}, {"TLS key", a.KeyFile}} {
		if f.path == "" {
			continue
		}
		if _, err := os.Stat(f.path); err != nil {
			return nil, fmt.Errorf("NATS %s file: %w", f.name, err)
		}
	}
	if a.CredsFile != "" {
		ways++
		opts = append(opts, nats.UserCredentials(a.CredsFile))
	}
	if a.NKeyFile != "" {
		ways++
		o, err := nats.NkeyOptionFromSeed(a.NKeyFile)
		if err != nil {
			return nil, fmt.Errorf("NATS nkey file: %w", err)
		}
		opts = append(opts, o)
	}
	if a.User != "" || a.Password != "" {
		ways++
		if a.User == "" || a.Password == "" {
			return nil, errors.New("a NATS user needs its password, and a password its user")
		}
		opts = append(opts, nats.UserInfo(a.User, a.Password))
	}
	if a.Token != "" {
		ways++
		opts = append(opts, nats.Token(a.Token))
	}
	if ways > 1 {
		return nil, errors.New("give one way to authenticate to NATS: creds, nkey, user and password, or token")
	}
	if (a.CertFile == "") != (a.KeyFile == "") {
		return nil, errors.New("a NATS TLS client certificate needs its key, and a key its certificate")
	}
	if a.CAFile != "" {
		opts = append(opts, nats.RootCAs(a.CAFile))
	}
	if a.CertFile != "" {
		opts = append(opts, nats.ClientCert(a.CertFile, a.KeyFile))
	}
	return opts, nil
}

// Connect dials the NATS server at url (nats://[user:pass@]host:port, or a
// comma-separated list of servers) and keeps reconnecting for as long as
// the process runs. opts add nats.go options (see Auth.Options).
func Connect(url, name string, log *slog.Logger, opts ...nats.Option) (*nats.Conn, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts = append([]nats.Option{nats.Name(name), nats.MaxReconnects(-1),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("queue disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { log.Info("queue reconnected", "server", c.ConnectedUrlRedacted()) }),
		// Asynchronous errors (a permission the account lacks) go to the
		// log, not to nats.go's default print on stderr.
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { log.Warn("queue error", "err", err) })}, opts...)
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", redact(url), err)
	}
	return nc, nil
}

// redact hides a password in a server URL before it reaches a log.
func redact(url string) string {
	scheme, rest, ok := strings.Cut(url, "://")
	if !ok {
		return url
	}
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		if user, _, ok := strings.Cut(rest[:at], ":"); ok {
			return scheme + "://" + user + ":xxx" + rest[at:]
		}
	}
	return url
}

// ensureStream returns the stream, creating it when missing: file storage,
// work-queue retention (a message is removed once a worker acks it), every
// item subject, and the de-duplication window.
func ensureStream(ctx context.Context, js jetstream.JetStream, s Stream) (jetstream.Stream, error) {
	name := cmp.Or(s.Name, DefaultStream)
	subjects := s.SubjectPrefix() + ".>"
	st, err := js.Stream(ctx, name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		st, err = js.CreateStream(ctx, jetstream.StreamConfig{
			Name:        name,
			Description: "newsgraph ingest items (ingest --queue; newsgraph worker)",
			Subjects:    []string{subjects},
			Retention:   jetstream.WorkQueuePolicy,
			Storage:     jetstream.FileStorage,
			Duplicates:  cmp.Or(s.DedupWindow, DefaultDedupWindow),
		})
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			// Another publisher or worker created it meanwhile.
			st, err = js.Stream(ctx, name)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("queue stream %s: %w", name, err)
	}
	if !slices.Contains(st.CachedInfo().Config.Subjects, subjects) {
		return nil, fmt.Errorf("queue stream %s exists but does not take the subjects %s (it takes %v): name another with --stream",
			name, subjects, st.CachedInfo().Config.Subjects)
	}
	return st, nil
}

// PublishOptions configure a Publisher.
type PublishOptions struct {
	Stream Stream
	// SharedPaths: the workers read the same file paths as the publisher
	// (one machine, or a shared mount), so a file too large for a message
	// is sent as its path. Without it such a file is reported as failed.
	SharedPaths bool
	// MaxPending is how many publishes may await the stream's
	// acknowledgement at once (default 128): each holds its message.
	MaxPending int
	Log        *slog.Logger
	// OnItem, when set, is told what was sent for each item: a message
	// type, with the reason when it is TypeFailure.
	OnItem func(source, sent string, err error)
}

// PublishStats counts what a publish did.
type PublishStats struct {
	Items      int           `json:"items"`
	Published  int           `json:"published"`  // new messages in the stream
	Duplicates int           `json:"duplicates"` // already in the stream's duplicate window: not enqueued again
	Refs       int           `json:"refs"`       // sent as a path or URL for the workers to read
	Failures   int           `json:"failures"`   // sent as failures (unreadable, too large) for the failures table
	Bytes      int64         `json:"bytes"`      // message bodies sent
	Elapsed    time.Duration `json:"elapsed_ns"`
}

// Publisher sends items to the stream.
type Publisher struct {
	js     jetstream.JetStream
	name   string
	prefix string
	limit  int64
	opts   PublishOptions
}

// NewPublisher opens the stream (creating it when missing) and reads the
// size limit a message must fit: the server's max_payload, or the stream's
// max_msg_size when smaller.
func NewPublisher(ctx context.Context, nc *nats.Conn, opts PublishOptions) (*Publisher, error) {
	if opts.MaxPending <= 0 {
		opts.MaxPending = 128
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(opts.MaxPending),
		jetstream.WithPublishAsyncTimeout(30*time.Second))
	if err != nil {
		return nil, err
	}
	st, err := ensureStream(ctx, js, opts.Stream)
	if err != nil {
		return nil, err
	}
	limit := nc.MaxPayload()
	if m := int64(st.CachedInfo().Config.MaxMsgSize); m > 0 && m < limit {
		limit = m
	}
	return &Publisher{js: js, name: st.CachedInfo().Config.Name, prefix: opts.Stream.SubjectPrefix(), limit: limit, opts: opts}, nil
}

// Limit is the largest message (body and headers) the queue takes.
func (p *Publisher) Limit() int64 { return p.limit }

// Publish sends one message per item and waits for the stream to
// acknowledge them all. The error is for the queue failing (a rerun
// publishes the rest; the stream drops what it already has); inputs that
// cannot be read or sent go to the workers as failure messages and are
// counted, not returned.
func (p *Publisher) Publish(ctx context.Context, items iter.Seq[runner.Item]) (PublishStats, error) {
	start := time.Now()
	var st PublishStats
	var pending []jetstream.PubAckFuture
	wait := func(f jetstream.PubAckFuture) error {
		select {
		case ack := <-f.Ok():
			if ack.Duplicate {
				st.Duplicates++
			} else {
				st.Published++
			}
			return nil
		case err := <-f.Err():
			return fmt.Errorf("queue: publish %s: %w (run the same command again: the stream drops what it already has)", f.Msg().Subject, err)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	drain := func() error {
		for _, f := range pending {
			if err := wait(f); err != nil {
				return err
			}
		}
		pending = pending[:0]
		return nil
	}
	finish := func(err error) (PublishStats, error) {
		if err == nil {
			err = drain()
		}
		st.Elapsed = time.Since(start)
		return st, err
	}
	for it := range items {
		if ctx.Err() != nil {
			break
		}
		m := p.message(ctx, it)
		if m == nil { // cut short by ctx
			break
		}
		msg, err := p.encode(m)
		if err != nil {
			return finish(err)
		}
		if int64(len(msg.Data)+headerSize(msg.Header)) > p.limit {
			m = p.tooLarge(it, m, len(msg.Data)+headerSize(msg.Header))
			if msg, err = p.encode(m); err != nil {
				return finish(err)
			}
		}
		st.Items++
		st.Bytes += int64(len(msg.Data))
		switch m.Type {
		case TypeRef:
			st.Refs++
		case TypeFailure:
			st.Failures++
			p.opts.Log.Warn("input not sent", "source", m.Source, "stage", m.Stage, "err", m.Error)
		}
		if p.opts.OnItem != nil {
			var err error
			if m.Type == TypeFailure {
				err = errors.New(m.Error)
			}
			p.opts.OnItem(m.Source, m.Type, err)
		}
		f, err := p.js.PublishMsgAsync(msg, jetstream.WithMsgID(m.ID()), jetstream.WithExpectStream(p.name))
		if err != nil {
			return finish(fmt.Errorf("queue: publish %s: %w", m.Source, err))
		}
		pending = append(pending, f)
		if len(pending) >= p.opts.MaxPending {
			// Keep a bounded window in flight: wait for the oldest half.
			half := len(pending) / 2
			for _, f := range pending[:half] {
				if err := wait(f); err != nil {
					return finish(err)
				}
			}
			pending = append(pending[:0], pending[half:]...)
		}
	}
	if err := ctx.Err(); err != nil {
		// What was sent stays sent; wait for its acknowledgements so the
		// counts are true, with a little time of its own.
		wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		ctx = wctx
		return finish(errors.Join(drain(), err))
	}
	return finish(nil)
}

// message builds the message for an item: its bytes when the publisher can
// read them, a reference for URLs (the workers fetch them, spreading the
// downloads), a failure when it cannot be read. nil when ctx ended.
func (p *Publisher) message(ctx context.Context, it runner.Item) *Message {
	switch {
	case it.Err != nil:
		return failureMessage(it.Kind, it.Source, cmp.Or(it.Stage, "read"), it.Err)
	case it.Doc != nil:
		m, err := documentMessage(it.Kind, it.Doc)
		if err != nil {
			return failureMessage(it.Kind, it.Doc.Source, "queue", err)
		}
		return m
	case it.Ref != nil && ingest.IsURL(it.Ref.Location):
		return refMessage(it.Kind, it.Source, it.Ref)
	case it.Load != nil:
		doc, err := it.Load(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return failureMessage(it.Kind, it.Source, "read", err)
		}
		m, err := documentMessage(it.Kind, doc)
		if err != nil {
			return failureMessage(it.Kind, doc.Source, "queue", err)
		}
		return m
	}
	return failureMessage(it.Kind, it.Source, "read", errors.New("item has neither a document nor a loader"))
}

// tooLarge replaces a message over the limit: with shared paths a file goes
// as its path; anything else is reported as a failure that says what to do.
func (p *Publisher) tooLarge(it runner.Item, m *Message, size int) *Message {
	if p.opts.SharedPaths && it.Ref != nil {
		return refMessage(it.Kind, m.Source, it.Ref)
	}
	hint := "raise the NATS server's max_payload (up to 64 MB), or ingest it without --queue"
	if it.Ref != nil {
		hint += ", or pass --shared-paths when the workers can read " + it.Ref.Location
	}
	return failureMessage(it.Kind, m.Source, "queue", fmt.Errorf("%w: %d bytes, the queue takes at most %d: %s", ErrTooLarge, size, p.limit, hint))
}

func (p *Publisher) encode(m *Message) (*nats.Msg, error) {
	data, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("queue: encode %s: %w", m.Source, err)
	}
	msg := nats.NewMsg(m.Subject(p.prefix))
	msg.Data = data
	msg.Header.Set("Content-Type", "application/json")
	// What PublishMsgAsync adds, counted here so the size check is exact.
	msg.Header.Set(jetstream.MsgIDHeader, m.ID())
	msg.Header.Set(jetstream.ExpectedStreamHeader, p.name)
	return msg, nil
}

// headerSize is the size of h as NATS sends it.
func headerSize(h nats.Header) int {
	n := len("NATS/1.0\r\n\r\n")
	for k, vs := range h {
		for _, v := range vs {
			n += len(k) + len(": ") + len(v) + len("\r\n")
		}
	}
	return n
}
