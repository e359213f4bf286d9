package queue

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsgraph/newsgraph/internal/ingest/runner"
	"github.com/newsgraph/newsgraph/internal/queue/queuetest"
)

// Auth maps to nats.go's own options, and refuses what cannot work.
func TestAuthOptions(t *testing.T) {
	dir := t.TempDir()
	file := func(name string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("x"), 0o600)
		return p
	}
	creds := file("user.creds")
	ca, cert, key, _ := writeTLS(t, dir)
	for _, tc := range []struct {
		name  string
		auth  Auth
		check func(o nats.Options) bool
		err   string
	}{
		{"none", Auth{}, func(o nats.Options) bool { return o.User == "" && o.Token == "" && !o.Secure }, ""},
		{"user", Auth{User: "news", Password: "pw"}, func(o nats.Options) bool { return o.User == "news" && o.Password == "pw" }, ""},
		{"token", Auth{Token: "tok"}, func(o nats.Options) bool { return o.Token == "tok" }, ""},
		{"creds", Auth{CredsFile: creds}, func(o nats.Options) bool { return o.UserJWT != nil && o.SignatureCB != nil }, ""},
		{"tls", Auth{CAFile: ca, CertFile: cert, KeyFile: key}, func(o nats.Options) bool { return o.Secure && o.RootCAsCB != nil && o.TLSCertCB != nil }, ""},
		{"user without password", Auth{User: "news"}, nil, "needs its password"},
		{"two ways", Auth{User: "news", Password: "pw", Token: "tok"}, nil, "one way to authenticate"},
		{"cert without key", Auth{CertFile: cert}, nil, "needs its key"},
		{"missing creds", Auth{CredsFile: filepath.Join(dir, "none.creds")}, nil, "creds file"},
	} {
		opts, err := tc.auth.Options()
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		o := nats.GetDefaultOptions()
		for _, opt := range opts {
			if err := opt(&o); err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
		}
		if !tc.check(o) {
			t.Errorf("%s: options %+v", tc.name, o)
		}
	}
}

// writeTLS writes a CA, and a certificate for 127.0.0.1 signed by it, as
// PEM files in dir (the certificate serves as the client's too), and returns
// the server's TLS configuration, which asks for a client certificate
// signed by the CA.
func writeTLS(t *testing.T, dir string) (ca, cert, key string, cfg *tls.Config) {
	t.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "newsgraph test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caCert, _ := x509.ParseCertificate(caDER)
	leafKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	leafTmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth}}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, caCert, &leafKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(leafKey)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, typ string, der []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ca, cert, key = write("ca.pem", "CERTIFICATE", caDER), write("cert.pem", "CERTIFICATE", leafDER), write("key.pem", "EC PRIVATE KEY", keyDER)
	pair, err := tls.LoadX509KeyPair(cert, key)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(caCert)
	return ca, cert, key, &tls.Config{Certificates: []tls.Certificate{pair}, ClientCAs: pool, ClientAuth: tls.RequireAndVerifyClientCert, MinVersion: tls.VersionTLS12}
}

// A server that wants a user and password, a token, or TLS with a client
// certificate refuses a client without them and takes one with them.
func TestConnectWithAuth(t *testing.T) {
	ca, cert, key, tlsCfg := writeTLS(t, t.TempDir())
	for _, tc := range []struct {
		name string
		srv  func(*server.Options)
		auth Auth
	}{
		{"tls", func(o *server.Options) { o.TLS, o.TLSVerify, o.TLSConfig = true, true, tlsCfg }, Auth{CAFile: ca, CertFile: cert, KeyFile: key}},
		{"user", func(o *server.Options) { o.Username, o.Password = "news", "harbour-pass-1" }, Auth{User: "news", Password: "harbour-pass-1"}},
		{"token", func(o *server.Options) { o.Authorization = "ferry-token-0123456789" }, Auth{Token: "ferry-token-0123456789"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ns := queuetest.Start(t, tc.srv)
			if nc, err := Connect(ns.ClientURL(), "anonymous", nil, nats.MaxReconnects(0)); err == nil {
				nc.Close()
				t.Fatal("connected without credentials")
			} else if msg := strings.ToLower(err.Error()); !strings.Contains(msg, "authorization") && !strings.Contains(msg, "tls") {
				t.Errorf("without credentials: %v, want an authorization or TLS error", err)
			}
			opts, err := tc.auth.Options()
			if err != nil {
				t.Fatal(err)
			}
			nc, err := Connect(ns.ClientURL(), "with-auth", nil, opts...)
			if err != nil {
				t.Fatalf("with credentials: %v", err)
			}
			defer nc.Close()
			if _, err := NewPublisher(t.Context(), nc, PublishOptions{}); err != nil {
				t.Errorf("stream on the authenticated connection: %v", err)
			}
		})
	}
}

// A worker that cannot make its crash bucket (an account without the
// right, a stream of that name made for something else) still gets its work
// done, without the bound, which the log says.
func TestWorkWithoutCrashBucket(t *testing.T) {
	ns := queuetest.Start(t)
	files, _ := writeInputs(t, 3, 0)
	nc := connect(t, ns)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	// A work-queue stream under the bucket's name: a key-value bucket
	// cannot take it over (retention cannot change), and the server says
	// so at once, where a refused permission makes the client wait out
	// its request timeout.
	if _, err := js.CreateStream(t.Context(), jetstream.StreamConfig{Name: "KV_" + crashBucket(DefaultStream),
		Subjects: []string{"elsewhere.>"}, Retention: jetstream.WorkQueuePolicy}); err != nil {
		t.Fatal(err)
	}
	publish(t, ns, PublishOptions{}, items(t, files))
	db := filepath.Join(t.TempDir(), "q.db")
	var logged strings.Builder
	ws, err := Work(t.Context(), nc, WorkerConfig{Runner: runner.Config{Store: openDB(t, db), Stages: stages(), Workers: 2, BatchSize: 8},
		UntilEmpty: true, Log: slog.New(slog.NewTextHandler(&logged, nil))})
	if err != nil || ws.Acked != 3 {
		t.Fatalf("worker %+v, %v", ws, err)
	}
	if !strings.Contains(logged.String(), "crash bucket unavailable") {
		t.Errorf("the log does not say the bound is off:\n%s", logged.String())
	}
	exactlyOnce(t, db, 3)
}
