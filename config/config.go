package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Config is the effective configuration of zhkg. The zero value is not
// useful: start from Default or Load.
type Config struct {
	DB      string // graph store backend: one of Stores
	DBPath  string // file, folder or connection string of the store
	Base    string // IRI base of every node, ending in / or #
	Workers int    // extraction workers; 0 means runtime.NumCPU()
	// BatchQuads is the number of quad changes per transaction of the
	// key-value stores (graph.Options.BatchSize): larger batches load
	// faster and hold more memory while they are written.
	BatchQuads int
	// MemoryLimit is the soft limit of the Go heap while zhkg builds
	// (runtime/debug.SetMemoryLimit); 0 means none. GOMEMLIMIT, when
	// set, wins.
	MemoryLimit ByteSize
	Query       QueryConfig
	Serve       ServeConfig
	Extract     ExtractConfig
	Log         LogConfig
}

// QueryConfig holds the query.* keys.
type QueryConfig struct {
	Timeout time.Duration // time limit of one query; 0 means none
	Limit   int           // maximum results of one query; 0 means none
}

// ServeConfig holds the serve.* keys.
type ServeConfig struct {
	Addr     string   // host:port to listen on
	Writable bool     // accept writes through the HTTP API
	MaxBody  ByteSize // largest request body accepted
}

// ExtractConfig holds the extract.* keys.
type ExtractConfig struct {
	UserDicts []string // user dictionary paths
	Resolve   string   // cross-document merging of people and organizations: one of Resolvers
}

// LogConfig holds the log.* keys.
type LogConfig struct {
	Level string // one of LogLevels
}

// Stores lists the accepted values of the db key.
var Stores = []string{"bolt", "leveldb", "memstore", "postgres"}

// Resolvers lists the accepted values of extract.resolve: "name" merges
// people and organizations of different documents that have the same name.
var Resolvers = []string{"name"}

// LogLevels lists the accepted values of log.level.
var LogLevels = []string{"debug", "info", "warn", "error"}

// Default returns the built-in configuration.
func Default() Config {
	return Config{
		DB:      "bolt",
		DBPath:  "./zhkg.db",
		Base:    "http://zhkg.example.org/",
		Workers: 0,
		// graph.DefaultBatchSize
		BatchQuads:  50000,
		MemoryLimit: 768 * MiB,
		Query:       QueryConfig{Timeout: 30 * time.Second, Limit: 1000},
		Serve:       ServeConfig{Addr: "127.0.0.1:64210", Writable: false, MaxBody: MiB},
		Extract:     ExtractConfig{UserDicts: []string{}, Resolve: "name"},
		Log:         LogConfig{Level: "info"},
	}
}

// WorkerCount returns the number of extraction workers to run: Workers, or
// the number of cores when Workers is 0.
func (c Config) WorkerCount() int {
	if c.Workers > 0 {
		return c.Workers
	}
	return runtime.NumCPU()
}

// Validate checks the values of c. It returns nil or an error joining one
// *Error per bad key.
func (c Config) Validate() error {
	var errs []error
	for _, e := range c.validate() {
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

func (c Config) validate() []*Error {
	var errs []*Error
	bad := func(key string, format string, args ...any) {
		errs = append(errs, &Error{Key: key, Err: fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...)})
	}
	if !slices.Contains(Stores, c.DB) {
		bad("db", "%q is not a store; want one of %s", c.DB, strings.Join(Stores, ", "))
	}
	if c.DBPath == "" && c.DB != "memstore" {
		bad("dbpath", "empty; the %s store needs a location", c.DB)
	}
	if err := checkBase(c.Base); err != nil {
		bad("base", "%q: %v", c.Base, err)
	}
	if c.Workers < 0 {
		bad("workers", "%d is negative; want 0 (one per core) or more", c.Workers)
	}
	if c.BatchQuads < 1 {
		bad("batch_quads", "%d: want a positive number of quads", c.BatchQuads)
	}
	if c.MemoryLimit < 0 {
		bad("memory_limit", "%d is negative; want 0 (no limit) or a size", int64(c.MemoryLimit))
	}
	if c.Query.Timeout < 0 {
		bad("query.timeout", "%s is negative", c.Query.Timeout)
	}
	if c.Query.Limit < 0 {
		bad("query.limit", "%d is negative", c.Query.Limit)
	}
	if err := checkAddr(c.Serve.Addr); err != nil {
		bad("serve.addr", "%q: %v", c.Serve.Addr, err)
	}
	if c.Serve.MaxBody <= 0 {
		bad("serve.max_body", "%d: want a positive size", int64(c.Serve.MaxBody))
	}
	for _, p := range c.Extract.UserDicts {
		if strings.TrimSpace(p) == "" {
			bad("extract.user_dicts", "empty path in the list")
			break
		}
	}
	if !slices.Contains(Resolvers, c.Extract.Resolve) {
		bad("extract.resolve", "%q; want one of %s", c.Extract.Resolve, strings.Join(Resolvers, ", "))
	}
	if !slices.Contains(LogLevels, c.Log.Level) {
		bad("log.level", "%q; want one of %s", c.Log.Level, strings.Join(LogLevels, ", "))
	}
	return errs
}

// checkBase accepts an absolute IRI that ends in / or # and can be written
// between angle brackets in N-Quads.
func checkBase(s string) error {
	if s == "" {
		return errors.New("empty")
	}
	if i := strings.IndexAny(s, " \t\r\n<>\"{}|^`\\"); i >= 0 {
		return fmt.Errorf("character %q is not allowed in an IRI", s[i])
	}
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if !u.IsAbs() {
		return errors.New("not an absolute IRI (want a scheme such as http://)")
	}
	if (u.Scheme == "http" || u.Scheme == "https") && u.Host == "" {
		return errors.New("no host")
	}
	if !strings.HasSuffix(s, "/") && !strings.HasSuffix(s, "#") {
		return errors.New("must end in / or #")
	}
	return nil
}

// checkAddr accepts host:port with a numeric port; the host may be empty
// (all interfaces).
func checkAddr(s string) error {
	_, port, err := net.SplitHostPort(s)
	if err != nil {
		return err
	}
	n, err := strconv.Atoi(port)
	if err != nil || n < 0 || n > 65535 {
		return fmt.Errorf("port %q is not a number from 0 to 65535", port)
	}
	return nil
}

// ByteSize is a size in bytes. In a config value it is written as a plain
// number of bytes or with a unit: KB, MB, GB (powers of 1000) or KiB, MiB,
// GiB (powers of 1024).
type ByteSize int64

// Size units.
const (
	KiB ByteSize = 1 << 10
	MiB ByteSize = 1 << 20
	GiB ByteSize = 1 << 30
)

// String formats b with the largest binary unit that divides it.
func (b ByteSize) String() string {
	switch {
	case b != 0 && b%GiB == 0:
		return fmt.Sprintf("%dGiB", b/GiB)
	case b != 0 && b%MiB == 0:
		return fmt.Sprintf("%dMiB", b/MiB)
	case b != 0 && b%KiB == 0:
		return fmt.Sprintf("%dKiB", b/KiB)
	}
	return strconv.FormatInt(int64(b), 10)
}

// ParseByteSize parses a size such as "1048576", "512KiB", "1MiB" or
// "10MB". Units are case-insensitive.
func ParseByteSize(s string) (ByteSize, error) {
	t := strings.TrimSpace(s)
	i := len(t)
	for i > 0 && (t[i-1] < '0' || t[i-1] > '9') {
		i--
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse size %q: not a number of bytes", s)
	}
	mult := map[string]int64{"": 1, "b": 1, "kb": 1e3, "mb": 1e6, "gb": 1e9, "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("parse size %q: unknown unit %q (want B, KB, MB, GB, KiB, MiB or GiB)", s, t[i:])
	}
	if n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("parse size %q: out of range", s)
	}
	return ByteSize(n * mult), nil
}
