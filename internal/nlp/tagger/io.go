package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// File format (gzip-compressed):
//
//	magic "NGTAG1\n"
//	uvarint len + JSON header {kind, classes, meta, scale}
//	uvarint number of rows
//	per row, in increasing hash order: uvarint hash delta, uvarint number
//	of non-zero weights, then per weight: byte class, float32 (little
//	endian).
//
// Weights are stored exactly: averaged weights span several orders of
// magnitude (bias rows in the thousands, rare features below 0.01), so a
// single quantisation step would erase the small ones.
const magic = "NGTAG2\n"

type header struct {
	Kind    string            `json:"kind"`
	Classes []string          `json:"classes"`
	Meta    map[string]string `json:"meta"`
}

// Write saves the model.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	nC := len(m.Classes)
	h, err := json.Marshal(header{Kind: m.Kind, Classes: m.Classes, Meta: m.Meta})
	if err != nil {
		return err
	}
	bw.WriteString(magic)
	var buf [binary.MaxVarintLen64]byte
	putU := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	putU(uint64(len(h)))
	bw.Write(h)
	rowOf := map[uint64]int32{}
	m.tab.each(func(k uint64, v int32) { rowOf[k] = v })
	keys := make([]uint64, 0, len(rowOf))
	for f := range rowOf {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	putU(uint64(len(keys)))
	var last uint64
	for _, f := range keys {
		r := int(rowOf[f])
		row := m.weights[r*nC : r*nC+nC]
		nz := 0
		for _, v := range row {
			if v != 0 {
				nz++
			}
		}
		putU(f - last)
		last = f
		putU(uint64(nz))
		for c, v := range row {
			if v != 0 {
				bw.WriteByte(byte(c))
				binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(v))
				bw.Write(buf[:4])
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write. cfg supplies the feature resources
// (clusters, gazetteer) the model was trained with.
func Read(r io.Reader, cfg FeatureConfig) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tagger: read model: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("tagger: read model: %w", err)
	}
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, errors.New("tagger: not a model file")
	}
	p := len(magic)
	uv := func() (uint64, bool) {
		x, n := binary.Uvarint(b[p:])
		if n <= 0 {
			return 0, false
		}
		p += n
		return x, true
	}
	hl, ok := uv()
	if !ok || hl > uint64(len(b)-p) {
		return nil, errors.New("tagger: bad header length")
	}
	var h header
	if err := json.Unmarshal(b[p:p+int(hl)], &h); err != nil {
		return nil, fmt.Errorf("tagger: header: %w", err)
	}
	p += int(hl)
	nC := len(h.Classes)
	if nC == 0 || nC > 255 {
		return nil, fmt.Errorf("tagger: %d classes", nC)
	}
	n, ok := uv()
	if !ok || n > uint64(len(b)-p)/2 { // a row takes at least two bytes
		return nil, errors.New("tagger: bad row count")
	}
	m := &Model{Kind: h.Kind, Classes: h.Classes, Meta: h.Meta, cfg: cfg}
	m.tab = newTable(int(n))
	m.weights = make([]float32, int(n)*nC)
	var f uint64
	for i := 0; i < int(n); i++ {
		d, ok1 := uv()
		nz, ok2 := uv()
		if !ok1 || !ok2 || nz > uint64(nC) || uint64(len(b)-p) < nz*5 {
			return nil, fmt.Errorf("tagger: row %d: truncated", i)
		}
		f += d
		m.tab.put(f, int32(i))
		row := m.weights[i*nC : i*nC+nC]
		for k := 0; k < int(nz); k++ {
			c := int(b[p])
			if c >= nC {
				return nil, fmt.Errorf("tagger: row %d: bad class", i)
			}
			row[c] = math.Float32frombits(binary.LittleEndian.Uint32(b[p+1:]))
			p += 5
		}
	}
	m.setupTransitions()
	return m, nil
}
