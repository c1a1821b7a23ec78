//go:build unix

package boltmap

import "golang.org/x/sys/unix"

func dontNeed(b []byte) error { return unix.Madvise(b, unix.MADV_DONTNEED) }
