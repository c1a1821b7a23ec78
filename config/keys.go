package config

import (
	"fmt"
	"strings"
	"time"
)

// kind is the type of a key's value.
type kind int

const (
	kindString kind = iota
	kindInt
	kindBool
	kindDuration
	kindSize
	kindList
)

func (k kind) String() string {
	switch k {
	case kindInt:
		return "an integer"
	case kindBool:
		return "a boolean (true or false)"
	case kindDuration:
		return "a duration such as 30s or 2m"
	case kindSize:
		return "a size such as 1048576, 512KiB or 1MiB"
	case kindList:
		return "a list of strings"
	}
	return "a string"
}

// keyDef describes one configuration key. field returns a pointer to the
// key's field in c; its type matches kind.
type keyDef struct {
	name  string
	flag  string // the flag name the CLI uses for it
	kind  kind
	doc   string
	field func(c *Config) any
}

// keyDefs lists every key in the order `zhkg config` prints them.
var keyDefs = []keyDef{
	{"db", "db", kindString, "graph store backend: bolt, leveldb, memstore or postgres", func(c *Config) any { return &c.DB }},
	{"dbpath", "dbpath", kindString, "store location: a file (bolt), a folder (leveldb) or a connection string (postgres); ignored by memstore", func(c *Config) any { return &c.DBPath }},
	{"base", "base", kindString, "IRI base of every node; absolute, ending in / or #", func(c *Config) any { return &c.Base }},
	{"workers", "workers", kindInt, "extraction workers; 0 means one per core", func(c *Config) any { return &c.Workers }},
	{"batch_quads", "batch-quads", kindInt, "quad changes per transaction of the bolt and leveldb stores, at most (fewer while the live heap passes a third of memory_limit): larger loads faster and takes more memory", func(c *Config) any { return &c.BatchQuads }},
	{"memory_limit", "memory-limit", kindSize, "soft limit of the Go heap during zhkg build: the garbage collector runs more often near it; 0 means none; GOMEMLIMIT overrides it", func(c *Config) any { return &c.MemoryLimit }},
	{"query.timeout", "timeout", kindDuration, "time limit of one query", func(c *Config) any { return &c.Query.Timeout }},
	{"query.limit", "limit", kindInt, "maximum number of results of one query; 0 means no limit", func(c *Config) any { return &c.Query.Limit }},
	{"serve.addr", "addr", kindString, "host:port the HTTP server listens on", func(c *Config) any { return &c.Serve.Addr }},
	{"serve.writable", "writable", kindBool, "allow writes through the HTTP API", func(c *Config) any { return &c.Serve.Writable }},
	{"serve.max_body", "max-body", kindSize, "largest request body the HTTP server accepts", func(c *Config) any { return &c.Serve.MaxBody }},
	{"extract.user_dicts", "user-dict", kindList, "user dictionaries loaded by the extractor", func(c *Config) any { return &c.Extract.UserDicts }},
	{"extract.resolve", "resolve", kindString, "how people and organizations are merged across documents: name", func(c *Config) any { return &c.Extract.Resolve }},
	{"log.level", "log-level", kindString, "log level: debug, info, warn or error", func(c *Config) any { return &c.Log.Level }},
}

// Key describes a configuration key for documentation and for the CLI.
type Key struct {
	Name    string // dotted name as in the config file: "query.timeout"
	Env     string // environment variable: "ZHKG_QUERY_TIMEOUT"
	Flag    string // flag name without dashes: "timeout"
	Default string // default value, formatted as `zhkg config` prints it
	Doc     string // one line of documentation
}

// Keys lists every configuration key in a fixed order.
func Keys() []Key {
	def := Default()
	out := make([]Key, len(keyDefs))
	for i, k := range keyDefs {
		out[i] = Key{Name: k.name, Env: EnvName(k.name), Flag: k.flag, Default: formatValue(k.field(&def)), Doc: k.doc}
	}
	return out
}

// EnvPrefix prefixes every environment variable read by Load.
const EnvPrefix = "ZHKG_"

// EnvConfig names the environment variable that selects the config file.
const EnvConfig = EnvPrefix + "CONFIG"

// EnvName returns the environment variable of a key: ZHKG_ followed by the
// key in upper case with dots replaced by underscores.
func EnvName(key string) string {
	return EnvPrefix + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

func lookupKey(name string) (keyDef, bool) {
	for _, k := range keyDefs {
		if k.name == name {
			return k, true
		}
	}
	return keyDef{}, false
}

// isSection reports whether name is the prefix of a dotted key ("query").
func isSection(name string) bool {
	for _, k := range keyDefs {
		if strings.HasPrefix(k.name, name+".") {
			return true
		}
	}
	return false
}

// formatValue formats a field pointer as `zhkg config` prints it.
func formatValue(p any) string {
	switch p := p.(type) {
	case *string:
		return *p
	case *int:
		return fmt.Sprint(*p)
	case *bool:
		return fmt.Sprint(*p)
	case *time.Duration:
		return p.String()
	case *ByteSize:
		return p.String()
	case *[]string:
		return "[" + strings.Join(*p, ", ") + "]"
	}
	return fmt.Sprint(p)
}
