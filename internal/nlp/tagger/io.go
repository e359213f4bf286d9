package tagger

import (
	"bufio"
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
	keys := make([]uint64, 0, len(m.rows))
	for f := range m.rows {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	putU(uint64(len(keys)))
	var last uint64
	for _, f := range keys {
		r := int(m.rows[f])
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
	br := bufio.NewReaderSize(zr, 1<<16)
	mg := make([]byte, len(magic))
	if _, err := io.ReadFull(br, mg); err != nil || string(mg) != magic {
		return nil, errors.New("tagger: not a model file")
	}
	hl, err := binary.ReadUvarint(br)
	if err != nil || hl > 1<<20 {
		return nil, fmt.Errorf("tagger: bad header length: %v", err)
	}
	hb := make([]byte, hl)
	if _, err := io.ReadFull(br, hb); err != nil {
		return nil, fmt.Errorf("tagger: read header: %w", err)
	}
	var h header
	if err := json.Unmarshal(hb, &h); err != nil {
		return nil, fmt.Errorf("tagger: header: %w", err)
	}
	nC := len(h.Classes)
	if nC == 0 || nC > 255 {
		return nil, fmt.Errorf("tagger: %d classes", nC)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<26 {
		return nil, fmt.Errorf("tagger: bad row count: %v", err)
	}
	m := &Model{Kind: h.Kind, Classes: h.Classes, Meta: h.Meta, cfg: cfg}
	m.rows = make(map[uint64]int32, n)
	m.weights = make([]float32, int(n)*nC)
	var f uint64
	var fb [4]byte
	for i := 0; i < int(n); i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("tagger: row %d: %w", i, err)
		}
		f += d
		m.rows[f] = int32(i)
		nz, err := binary.ReadUvarint(br)
		if err != nil || nz > uint64(nC) {
			return nil, fmt.Errorf("tagger: row %d: bad count", i)
		}
		row := m.weights[i*nC : i*nC+nC]
		for k := 0; k < int(nz); k++ {
			c, err := br.ReadByte()
			if err != nil || int(c) >= nC {
				return nil, fmt.Errorf("tagger: row %d: bad class", i)
			}
			if _, err := io.ReadFull(br, fb[:]); err != nil {
				return nil, fmt.Errorf("tagger: row %d: %w", i, err)
			}
			row[c] = math.Float32frombits(binary.LittleEndian.Uint32(fb[:]))
		}
	}
	m.tab = buildTable(m.rows)
	m.setupTransitions()
	return m, nil
}
