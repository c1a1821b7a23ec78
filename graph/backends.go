package graph

// The backends compiled in. Each one is a blank import; a backend that
// needs a server (postgres) lives in a file of its own.
import (
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"    // "bolt"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // "leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"   // "memstore"
	_ "github.com/cayleygraph/cayley/writer"           // the "single" quad writer
)

// backend describes how a backend is opened and where its meta store lives.
type backend struct {
	// dir reports whether Path is a directory that holds the KV files, our
	// lock file and the meta store file.
	dir bool
	// newMeta opens the meta store; nil means a bolt file in the directory.
	newMeta func(o Options) (metaKV, error)
}

// backends lists the supported backends. A postgres backend adds itself
// here from its own file (with newMeta returning a table-backed metaKV).
var backends = map[string]backend{
	"bolt":     {dir: true},
	"leveldb":  {dir: true},
	"memstore": {newMeta: func(Options) (metaKV, error) { return newMemMeta(), nil }},
}
