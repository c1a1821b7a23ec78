package graph

// The backends compiled in. Each one is a blank import; a backend that
// needs a server (postgres) lives in a file of its own.
import (
	cgraph "github.com/cayleygraph/cayley/graph"
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
	// newHandle opens (creating if needed) the Cayley store and its writer;
	// nil means InitQuadStore, NewQuadStore and the "single" writer.
	newHandle func(o Options) (*cgraph.Handle, error)
	// exactStats makes Stats ask Cayley for exact counts (postgres, whose
	// cheap answer is an estimate that only ANALYZE refreshes).
	exactStats bool
}

// backends lists the supported backends. The postgres backend adds itself
// here from postgres.go (with a table-backed metaKV and a bulk writer).
var backends = map[string]backend{
	"bolt":     {dir: true},
	"leveldb":  {dir: true},
	"memstore": {newMeta: func(Options) (metaKV, error) { return newMemMeta(), nil }},
}
