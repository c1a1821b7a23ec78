package config

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// FileName is the config file looked up in the working directory and in
// the user's config folder.
const FileName = "zhkg.yaml"

// SourceKind tells which layer a value came from.
type SourceKind int

// The layers, from lowest to highest precedence.
const (
	FromDefault SourceKind = iota + 1
	FromFile
	FromEnv
	FromFlag
)

// Source is where the effective value of a key came from.
type Source struct {
	Kind SourceKind
	Name string // the file path, the variable (ZHKG_DB) or the flag (--db); "" for defaults
}

// String returns "default", "file PATH", "env VAR" or "flag --name".
func (s Source) String() string {
	switch s.Kind {
	case FromDefault:
		return "default"
	case FromFile:
		return "file " + s.Name
	case FromEnv:
		return "env " + s.Name
	case FromFlag:
		return "flag " + s.Name
	}
	return "unknown"
}

// Sources tells where the configuration came from.
type Sources struct {
	File string            // the config file read, or "" when there was none
	Keys map[string]Source // the source of each key's effective value
	// Warnings are problems that do not stop Load: ZHKG_ variables that
	// name no key (with a suggestion when one looks like a typo).
	Warnings []string
}

// Of returns the source of key's value.
func (s Sources) Of(key string) Source {
	if src, ok := s.Keys[key]; ok {
		return src
	}
	return Source{Kind: FromDefault}
}

// LoadOptions say where Load reads from.
type LoadOptions struct {
	// File is the config file to read. When empty, Load uses the --config
	// flag, then $ZHKG_CONFIG, then ./zhkg.yaml, then
	// $XDG_CONFIG_HOME/zhkg/zhkg.yaml (~/.config/zhkg/zhkg.yaml when
	// XDG_CONFIG_HOME is unset); the first that is set or exists is read.
	File string
	// Flags are the parsed command-line flags; a flag whose name is a key's
	// flag name (see Keys) overrides that key when it was set. May be nil.
	Flags *pflag.FlagSet
	// Env is the environment as KEY=VALUE pairs; nil means os.Environ().
	Env []string
}

// Load builds the effective configuration: defaults, overridden by the
// config file, overridden by ZHKG_* environment variables, overridden by
// flags that were set. It fails before any work on an unreadable config
// file, an unknown key or variable, a value of the wrong type or an invalid
// value; the error joins one *Error per bad key, each naming the key and
// its source.
func Load(opts LoadOptions) (Config, Sources, error) {
	env := envMap(opts.Env)
	src := Sources{Keys: map[string]Source{}}
	v := viper.New()
	def := Default()
	for _, k := range keyDefs {
		v.SetDefault(k.name, rawDefault(k.field(&def)))
		src.Keys[k.name] = Source{Kind: FromDefault}
	}
	var errs []error

	// file
	path, err := findFile(opts, env)
	if err != nil {
		return Config{}, src, err
	}
	if path != "" {
		src.File = path
		settings, keys, err := readFile(path)
		if err != nil {
			return Config{}, src, err
		}
		fileSrc := Source{Kind: FromFile, Name: path}
		for _, key := range keys {
			if _, ok := lookupKey(key); ok {
				src.Keys[key] = fileSrc
				continue
			}
			errs = append(errs, unknownKey(key, fileSrc))
		}
		if err := v.MergeConfigMap(settings); err != nil {
			return Config{}, src, fmt.Errorf("config: merge %s: %w", path, err)
		}
	}

	// environment
	envSettings := map[string]any{}
	names := make([]string, 0, len(env))
	for name := range env {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if !strings.HasPrefix(name, EnvPrefix) || name == EnvConfig {
			continue
		}
		envSrc := Source{Kind: FromEnv, Name: name}
		k, ok := keyForEnv(name)
		if !ok {
			// Not an error: tests and scripts use ZHKG_ variables of their own.
			src.Warnings = append(src.Warnings, unknownKey(name, envSrc).Error())
			continue
		}
		var val any = env[name]
		if k.kind == kindList {
			val = filepath.SplitList(env[name])
		}
		setNested(envSettings, k.name, val)
		src.Keys[k.name] = envSrc
	}
	if len(envSettings) > 0 {
		if err := v.MergeConfigMap(envSettings); err != nil {
			return Config{}, src, fmt.Errorf("config: merge environment: %w", err)
		}
	}

	// flags
	if opts.Flags != nil {
		for _, k := range keyDefs {
			f := opts.Flags.Lookup(k.flag)
			if f == nil {
				continue
			}
			if err := v.BindPFlag(k.name, f); err != nil {
				return Config{}, src, fmt.Errorf("config: bind flag --%s: %w", k.flag, err)
			}
			if f.Changed {
				src.Keys[k.name] = Source{Kind: FromFlag, Name: "--" + k.flag}
			}
		}
	}

	// decode, strictly
	c := Default()
	for _, k := range keyDefs {
		if shadowed(k.name, errs) {
			continue
		}
		if err := setField(k.field(&c), v.Get(k.name), k.kind); err != nil {
			errs = append(errs, &Error{Key: k.name, Source: src.Keys[k.name], Err: err})
		}
	}
	// Keys that failed to decode keep their (valid) defaults, so every
	// problem is reported at once.
	for _, e := range c.validate() {
		e.Source = src.Of(e.Key)
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		return Config{}, src, errors.Join(errs...)
	}
	return c, src, nil
}

// BindFlags defines the global flags on fs with the names Load looks for:
// --config, --db, --dbpath, --base and --workers. Their defaults are those
// of Default; only flags that the user set override other sources.
func BindFlags(fs *pflag.FlagSet) {
	def := Default()
	fs.String("config", "", "config file (default ./"+FileName+" or $XDG_CONFIG_HOME/zhkg/"+FileName+")")
	for _, name := range []string{"db", "dbpath", "base", "workers"} {
		k, _ := lookupKey(name)
		switch p := k.field(&def).(type) {
		case *string:
			fs.String(k.flag, *p, k.doc)
		case *int:
			fs.Int(k.flag, *p, k.doc)
		}
	}
}

// shadowed reports whether key lies in a section that the file set to a
// plain value (query: 5), which is already reported.
func shadowed(key string, errs []error) bool {
	for _, err := range errs {
		if e, ok := err.(*Error); ok && strings.HasPrefix(key, e.Key+".") {
			return true
		}
	}
	return false
}

func envMap(env []string) map[string]string {
	if env == nil {
		env = os.Environ()
	}
	m := make(map[string]string, len(env))
	for _, kv := range env {
		if name, val, ok := strings.Cut(kv, "="); ok {
			m[name] = val
		}
	}
	return m
}

func keyForEnv(name string) (keyDef, bool) {
	for _, k := range keyDefs {
		if EnvName(k.name) == name {
			return k, true
		}
	}
	return keyDef{}, false
}

// findFile returns the config file to read, or "" for none.
func findFile(opts LoadOptions, env map[string]string) (string, error) {
	explicit := opts.File
	if explicit == "" && opts.Flags != nil {
		if f := opts.Flags.Lookup("config"); f != nil && f.Changed {
			explicit = f.Value.String()
		}
	}
	if explicit == "" {
		explicit = env[EnvConfig]
	}
	if explicit != "" {
		st, err := os.Stat(explicit)
		if err != nil {
			return "", fmt.Errorf("config: config file: %w", err)
		}
		if st.IsDir() {
			return "", fmt.Errorf("config: config file %s is a folder", explicit)
		}
		return explicit, nil
	}
	candidates := []string{FileName}
	if x := env["XDG_CONFIG_HOME"]; x != "" {
		candidates = append(candidates, filepath.Join(x, "zhkg", FileName))
	} else if h := env["HOME"]; h != "" {
		candidates = append(candidates, filepath.Join(h, ".config", "zhkg", FileName))
	}
	for _, p := range candidates {
		st, err := os.Stat(p)
		if err == nil && !st.IsDir() {
			return p, nil
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
			return "", fmt.Errorf("config: look for config file: %w", err)
		}
	}
	return "", nil
}

// readFile reads a config file with its own viper and returns its settings
// and its flattened keys.
func readFile(path string) (map[string]any, []string, error) {
	fv := viper.New()
	fv.SetConfigFile(path)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".toml", ".yaml", ".yml":
	default:
		fv.SetConfigType("yaml")
	}
	if err := fv.ReadInConfig(); err != nil {
		return nil, nil, fmt.Errorf("config: read %s: %w", path, err)
	}
	keys := fv.AllKeys()
	sort.Strings(keys)
	return fv.AllSettings(), keys, nil
}

func unknownKey(key string, src Source) *Error {
	err := ErrUnknownKey
	if src.Kind == FromEnv {
		err = fmt.Errorf("%w: no key reads this variable; ignored", ErrUnknownKey)
	}
	e := &Error{Key: key, Source: src, Err: err}
	if isSection(key) {
		e.Err = fmt.Errorf("%w: %s is a section, not a value", ErrType, key)
		return e
	}
	if s := suggest(key, src.Kind == FromEnv); s != "" {
		e.Err = fmt.Errorf("%w (did you mean %s?)", e.Err, s)
	}
	return e
}

// suggest returns the known key (or variable) nearest to name, if it is
// close enough to be a typo.
func suggest(name string, env bool) string {
	best, bestD := "", 3
	for _, k := range keyDefs {
		cand := k.name
		if env {
			cand = EnvName(k.name)
		}
		if d := editDistance(strings.ToLower(name), strings.ToLower(cand)); d < bestD {
			best, bestD = cand, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func setNested(m map[string]any, key string, val any) {
	parts := strings.Split(key, ".")
	for _, p := range parts[:len(parts)-1] {
		sub, ok := m[p].(map[string]any)
		if !ok {
			sub = map[string]any{}
			m[p] = sub
		}
		m = sub
	}
	m[parts[len(parts)-1]] = val
}

// rawDefault returns the value viper stores as the default of a field.
func rawDefault(p any) any {
	switch p := p.(type) {
	case *string:
		return *p
	case *int:
		return *p
	case *bool:
		return *p
	case *time.Duration:
		return *p
	case *ByteSize:
		return *p
	case *[]string:
		return slices.Clone(*p)
	}
	return nil
}

// setField stores raw into the field p points to. raw is what viper
// returns: a YAML/JSON/TOML value from the file, a string from the
// environment, a flag value or a default. Only lossless conversions are
// made; anything else is an ErrType error.
func setField(p any, raw any, k kind) error {
	typeErr := func() error {
		return fmt.Errorf("%w: %s, want %s", ErrType, describe(raw), k)
	}
	if raw == nil {
		if k == kindList {
			*p.(*[]string) = []string{}
			return nil
		}
		return fmt.Errorf("%w: no value, want %s", ErrType, k)
	}
	switch p := p.(type) {
	case *string:
		s, ok := raw.(string)
		if !ok {
			return typeErr()
		}
		*p = s
	case *int:
		n, ok := toInt(raw)
		if !ok {
			return typeErr()
		}
		*p = n
	case *bool:
		switch b := raw.(type) {
		case bool:
			*p = b
		case string:
			v, err := strconv.ParseBool(strings.TrimSpace(b))
			if err != nil {
				return typeErr()
			}
			*p = v
		default:
			return typeErr()
		}
	case *time.Duration:
		switch d := raw.(type) {
		case time.Duration:
			*p = d
		case string:
			v, err := time.ParseDuration(strings.TrimSpace(d))
			if err != nil {
				return typeErr()
			}
			*p = v
		default:
			if n, ok := toInt(raw); ok && n == 0 {
				*p = 0
				return nil
			}
			return typeErr()
		}
	case *ByteSize:
		switch b := raw.(type) {
		case ByteSize:
			*p = b
		case string:
			v, err := ParseByteSize(b)
			if err != nil {
				return fmt.Errorf("%w: %v", ErrType, err)
			}
			*p = v
		default:
			n, ok := toInt(raw)
			if !ok {
				return typeErr()
			}
			*p = ByteSize(n)
		}
	case *[]string:
		switch l := raw.(type) {
		case []string:
			*p = slices.Clone(l)
		case string:
			*p = []string{}
			if l != "" {
				*p = []string{l}
			}
		case []any:
			out := make([]string, 0, len(l))
			for _, e := range l {
				s, ok := e.(string)
				if !ok {
					return fmt.Errorf("%w: list item %s, want a string", ErrType, describe(e))
				}
				out = append(out, s)
			}
			*p = out
		default:
			return typeErr()
		}
	default:
		return fmt.Errorf("config: field of unexpected type %T", p)
	}
	return nil
}

func toInt(raw any) (int, bool) {
	switch n := raw.(type) {
	case int:
		return n, true
	case int64:
		if n < math.MinInt || n > math.MaxInt {
			return 0, false
		}
		return int(n), true
	case int32:
		return int(n), true
	case uint64:
		if n > math.MaxInt {
			return 0, false
		}
		return int(n), true
	case float64:
		if n != math.Trunc(n) || math.Abs(n) > 1<<53 {
			return 0, false
		}
		return int(n), true
	case string:
		v, err := strconv.Atoi(strings.TrimSpace(n))
		return v, err == nil
	}
	return 0, false
}

func describe(raw any) string {
	switch r := raw.(type) {
	case string:
		return strconv.Quote(r)
	case map[string]any:
		return "a section"
	case []any:
		return "a list"
	}
	return fmt.Sprintf("%v (%T)", raw, raw)
}
