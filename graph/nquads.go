package graph

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// fullTypes wraps w so that native values (quad.Int, quad.Float, quad.Bool,
// quad.Time) and short datatype IRIs are written with full XML Schema IRIs.
func fullTypes(w quad.Writer) quad.Writer {
	return quad.ValuesWriter(w, func(_ quad.Direction, v quad.Value) (quad.Value, error) {
		switch x := v.(type) {
		case quad.Bool:
			return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(x))), Type: xsdBoolean}, nil
		case quad.TypedStringer:
			ts := x.TypedString()
			ts.Type = ts.Type.Full()
			return ts, nil
		case quad.TypedString:
			x.Type = x.Type.Full()
			return x, nil
		}
		return v, nil
	})
}

// WriteNQuads writes the quads of srcs as W3C N-Quads to w, without a
// store (for `zhkg extract --format nquads`). It fails on a Source without
// a path or hash, or when w fails.
func WriteNQuads(w io.Writer, base string, srcs ...Source) error {
	nw := nquads.NewWriter(w)
	fw := fullTypes(nw)
	for _, src := range srcs {
		if err := src.validate(); err != nil {
			return fmt.Errorf("write nquads: %w", err)
		}
		if _, err := fw.WriteQuads(quads(base, src)); err != nil {
			return fmt.Errorf("write nquads %q: %w", src.Path, err)
		}
	}
	if err := nw.Close(); err != nil {
		return fmt.Errorf("write nquads: %w", err)
	}
	return nil
}

// encodeQuads serialises quads as deflate-compressed N-Quads, the form in
// which the meta store remembers each document's quads. The compressors
// are reused: flate.NewWriter allocates about a megabyte of state, which
// cost more than the compression of a document's quads (a fifth of
// PutMany's time on leveldb before they were pooled).
func encodeQuads(qs []quad.Quad) ([]byte, error) {
	var buf bytes.Buffer
	zw := flateWriters.Get().(*flate.Writer)
	defer flateWriters.Put(zw)
	zw.Reset(&buf)
	nw := nquads.NewWriter(zw)
	if _, err := nw.WriteQuads(qs); err != nil {
		return nil, fmt.Errorf("encode quads: %w", err)
	}
	if err := nw.Close(); err != nil {
		return nil, fmt.Errorf("encode quads: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("encode quads: %w", err)
	}
	return buf.Bytes(), nil
}

var flateWriters = sync.Pool{New: func() any {
	zw, err := flate.NewWriter(nil, flate.BestSpeed)
	if err != nil {
		panic(err) // only for an invalid level
	}
	return zw
}}

var flateReaders sync.Pool // of io.ReadCloser that are flate.Resetter

// decodeQuads is the inverse of encodeQuads.
func decodeQuads(b []byte) ([]quad.Quad, error) {
	if len(b) == 0 {
		return nil, nil
	}
	var zr io.ReadCloser
	if v := flateReaders.Get(); v != nil {
		zr = v.(io.ReadCloser)
		if err := zr.(flate.Resetter).Reset(bytes.NewReader(b), nil); err != nil {
			return nil, fmt.Errorf("decode quads: %w", err)
		}
	} else {
		zr = flate.NewReader(bytes.NewReader(b))
	}
	defer flateReaders.Put(zr)
	r := nquads.NewReader(zr, false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("decode quads: %w", err)
		}
		out = append(out, q)
	}
}
