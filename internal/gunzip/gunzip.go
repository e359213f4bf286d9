// Package gunzip reads gzip streams as gzip(1) does, for the file readers
// (ingest) and the HTTP client (fetch) alike, so that a compressed article
// is read the same way whether it came from disk or from a server.
package gunzip

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// ErrTruncated is the error of a gzip stream that ends before its data
// does: a file cut short by a copy or a download. It wraps
// io.ErrUnexpectedEOF. A bare "unexpected EOF" named neither the gzip
// data nor the likely cause; readers said only that, or called the file
// binary.
var ErrTruncated = errors.New("gzip data cut short (a truncated copy or download)")

// ErrCorruptHeader is the error of a file that opens with gzip's magic
// bytes but whose header is damaged (a compression method other than
// deflate, a header checksum that fails). Such a file was said not to be
// gzip at all and then to look binary, which sent the reader looking for
// the wrong defect.
var ErrCorruptHeader = errors.New("corrupt gzip header")

// truncated names a decompressor's io.ErrUnexpectedEOF as ErrTruncated
// and its gzip.ErrHeader as ErrCorruptHeader, and returns any other error
// as it is.
func truncated(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, ErrTruncated) {
		return fmt.Errorf("%w: %w", ErrTruncated, err)
	}
	if errors.Is(err, gzip.ErrHeader) && !errors.Is(err, ErrCorruptHeader) {
		return fmt.Errorf("%w (%w)", ErrCorruptHeader, err)
	}
	return err
}

// HeaderError returns an error when b, the first bytes of an input, opens
// with gzip's two magic bytes yet starts no gzip member (IsMember): its
// method byte is not 8 (ErrCorruptHeader), or it ends after the magic
// (ErrTruncated). It returns nil for a gzip member and for bytes that are
// no gzip at all, which are read as they are. No text opens with the
// magic bytes: 0x1f is a control character and 0x8b no UTF-8 lead byte.
func HeaderError(b []byte) error {
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b || IsMember(b) {
		return nil
	}
	if len(b) < 3 {
		return fmt.Errorf("%w: %w", ErrTruncated, io.ErrUnexpectedEOF)
	}
	return fmt.Errorf("%w (compression method byte %d where gzip has 8, deflate)", ErrCorruptHeader, b[2])
}

// Reader decompresses a gzip stream of one or more members, as
// gzip(1) does, and ends after the last member: bytes after it that do not
// open another member (zero padding a copy or download tool added, a line
// appended by mistake) are trailing garbage to ignore. gzip.Reader's own
// multistream mode failed the whole file with "gzip: invalid header" on
// them, losing the complete article the members hold.
type Reader struct {
	br         *bufio.Reader
	zr         *gzip.Reader
	onTrailing func()
	done       bool
}

// NewReader starts reading the gzip stream r. onTrailing, when not
// nil, is called once if bytes after the last member were ignored, so that
// the caller can say so.
func NewReader(r io.Reader, onTrailing func()) (*Reader, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	// A *bufio.Reader is an io.ByteReader, so the gzip reader reads no
	// byte past a member's end and the next member's header can be
	// looked at before it is read.
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, truncated(err)
	}
	zr.Multistream(false)
	return &Reader{br: br, zr: zr, onTrailing: onTrailing}, nil
}

// Read reads decompressed bytes, moving on to the next member when one
// ends and ending at the first bytes that open none.
func (g *Reader) Read(p []byte) (int, error) {
	for {
		if g.done {
			return 0, io.EOF
		}
		n, err := g.zr.Read(p)
		if err != io.EOF {
			return n, truncated(err)
		}
		if n > 0 {
			return n, nil // the member's end is seen again by the next call
		}
		head, perr := g.br.Peek(3)
		if len(head) == 0 && perr == io.EOF {
			g.done = true
			return 0, io.EOF
		}
		if len(head) < 3 && perr != nil && perr != io.EOF {
			return 0, perr
		}
		if !IsMember(head) {
			g.done = true
			if g.onTrailing != nil {
				g.onTrailing()
			}
			return 0, io.EOF
		}
		if err := g.zr.Reset(g.br); err != nil {
			return 0, truncated(err)
		}
		g.zr.Multistream(false)
	}
}

// Close releases the decompressor; it does not close the underlying reader.
func (g *Reader) Close() error { return g.zr.Close() }

// IsMember reports whether b starts a gzip member (magic bytes and the
// deflate method, the only one defined).
func IsMember(b []byte) bool { return len(b) >= 3 && b[0] == 0x1f && b[1] == 0x8b && b[2] == 8 }
