package graph

import "errors"

var (
	// ErrLocked means the store directory is held by another process.
	ErrLocked = errors.New("store is locked by another process")
	// ErrReadOnly is returned by writes on a store opened with ReadOnly.
	ErrReadOnly = errors.New("store is read-only")
	// ErrClosed is returned by any method of a closed Store.
	ErrClosed = errors.New("store is closed")
	// ErrBadSource means a Source lacks a path or a hash.
	ErrBadSource = errors.New("bad source")
	// ErrUnknownBackend means Options.Backend names no backend compiled in.
	ErrUnknownBackend = errors.New("unknown backend")
	// ErrNotFound is returned by Delete for a path that was never stored.
	ErrNotFound = errors.New("document not found")
	// ErrFormat means an export format is not supported.
	ErrFormat = errors.New("unsupported format")
	// ErrQuery wraps errors raised while running a query.
	ErrQuery = errors.New("query failed")
)
