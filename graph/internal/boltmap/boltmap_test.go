package boltmap

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/boltdb/bolt"
)

// sharedPages is the third field of /proc/self/statm: resident pages
// backed by files or shared memory.
func sharedPages(t *testing.T) int64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Skip("no /proc/self/statm:", err)
	}
	f := bytes.Fields(b)
	n, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// fill writes n values of 4 KiB to a new database and returns it.
func fill(t *testing.T, n int) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "x.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("b"))
		if err != nil {
			return err
		}
		for i := range n {
			if err := b.Put(fmt.Appendf(nil, "k%06d", i), bytes.Repeat([]byte{byte(i)}, 4096)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// readAll reads every value through the map and checks it.
func readAll(t *testing.T, db *bolt.DB, n int) {
	t.Helper()
	err := db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket([]byte("b")).Cursor()
		i := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if len(v) != 4096 || v[0] != byte(i) || v[4095] != byte(i) {
				return fmt.Errorf("value %s damaged", k)
			}
			i++
		}
		if i != n {
			return fmt.Errorf("read %d values, want %d", i, n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestReleaseDropsMappedPagesAndKeepsData(t *testing.T) {
	const n = 8192 // 32 MiB of values
	db := fill(t, n)
	readAll(t, db, n)
	before := sharedPages(t)
	if err := Release(db); err != nil {
		t.Fatal(err)
	}
	after := sharedPages(t)
	page := int64(os.Getpagesize())
	if drop := (before - after) * page; drop < n*4096/2 {
		t.Errorf("release dropped %d bytes of the process's file-backed pages (%d → %d pages), want at least %d", drop, before, after, n*4096/2)
	}
	readAll(t, db, n) // faulted back in, unchanged
	// the database is still writable and readable after a release
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("b")).Put([]byte("z"), []byte("last"))
	}); err != nil {
		t.Fatal(err)
	}
	if err := Release(db); err != nil {
		t.Fatal(err)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket([]byte("b")).Get([]byte("z")); string(v) != "last" {
			return fmt.Errorf("got %q after release", v)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func TestReleaseClosedAndNil(t *testing.T) {
	db := fill(t, 4)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := Release(db); err != nil {
		t.Errorf("release of a closed database: %v, want nil (nothing mapped)", err)
	}
	if err := Release(nil); !errors.Is(err, ErrUnsupported) {
		t.Errorf("release of nil: %v, want ErrUnsupported", err)
	}
}
