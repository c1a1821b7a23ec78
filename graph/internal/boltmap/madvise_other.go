//go:build !unix

package boltmap

func dontNeed([]byte) error { return ErrUnsupported }
