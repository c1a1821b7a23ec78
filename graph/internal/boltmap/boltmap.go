package boltmap

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"unsafe"

	"github.com/boltdb/bolt"
)

// ErrUnsupported is returned when the map of a bolt database cannot be
// found (another bolt version) or the system has no madvise.
var ErrUnsupported = errors.New("boltmap: releasing the file map is not supported here")

// Release drops the pages of db's file map from the process's resident
// set; see the package documentation. A closed database has no map and
// nothing to release.
func Release(db *bolt.DB) error {
	ref, lock := fields(db)
	if ref == nil || lock == nil {
		return ErrUnsupported
	}
	lock.RLock()
	defer lock.RUnlock()
	if len(*ref) == 0 {
		return nil
	}
	if err := dontNeed(*ref); err != nil {
		return fmt.Errorf("boltmap: release %s: %w", db.Path(), err)
	}
	return nil
}

// fields returns pointers to db.dataref and db.mmaplock, or nils.
func fields(db *bolt.DB) (*[]byte, *sync.RWMutex) {
	if db == nil {
		return nil, nil
	}
	v := reflect.ValueOf(db).Elem()
	ref := v.FieldByName("dataref")
	lock := v.FieldByName("mmaplock")
	if !ref.IsValid() || ref.Type() != reflect.TypeFor[[]byte]() ||
		!lock.IsValid() || lock.Type() != reflect.TypeFor[sync.RWMutex]() {
		return nil, nil
	}
	return (*[]byte)(unsafe.Pointer(ref.UnsafeAddr())), (*sync.RWMutex)(unsafe.Pointer(lock.UnsafeAddr()))
}
