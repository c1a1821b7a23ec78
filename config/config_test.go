package config

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/spf13/pflag"
)

var update = flag.Bool("update", false, "rewrite golden files")

// mustFile writes content to dir/name and returns its path.
func mustFile(tb testing.TB, dir, name, content string) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// mustFlags returns the global flag set parsed from args.
func mustFlags(tb testing.TB, args ...string) *pflag.FlagSet {
	tb.Helper()
	fs := pflag.NewFlagSet("zhkg", pflag.ContinueOnError)
	BindFlags(fs)
	if err := fs.Parse(args); err != nil {
		tb.Fatal(err)
	}
	return fs
}

func TestLoad_Precedence(t *testing.T) {
	dir := t.TempDir()
	file := mustFile(t, dir, "c.yaml", "db: leveldb\nworkers: 2\nquery:\n  timeout: 1m\nserve:\n  max_body: 4MiB\n")
	tests := []struct {
		name    string
		file    string
		env     []string
		args    []string
		key     string
		want    func(Config) any
		wantVal any
		wantSrc Source
	}{
		{"default", "", nil, nil, "db", func(c Config) any { return c.DB }, "bolt", Source{Kind: FromDefault}},
		{"file over default", file, nil, nil, "db", func(c Config) any { return c.DB }, "leveldb", Source{FromFile, file}},
		{"env over file", file, []string{"ZHKG_DB=memstore"}, nil, "db", func(c Config) any { return c.DB }, "memstore", Source{FromEnv, "ZHKG_DB"}},
		{"flag over env", file, []string{"ZHKG_DB=memstore"}, []string{"--db=postgres"}, "db", func(c Config) any { return c.DB }, "postgres", Source{FromFlag, "--db"}},
		{"unset flag does not override", file, []string{"ZHKG_DB=memstore"}, []string{"--workers=3"}, "db", func(c Config) any { return c.DB }, "memstore", Source{FromEnv, "ZHKG_DB"}},
		{"int from file", file, nil, nil, "workers", func(c Config) any { return c.Workers }, 2, Source{FromFile, file}},
		{"int from env", file, []string{"ZHKG_WORKERS=5"}, nil, "workers", func(c Config) any { return c.Workers }, 5, Source{FromEnv, "ZHKG_WORKERS"}},
		{"int from flag", file, []string{"ZHKG_WORKERS=5"}, []string{"--workers", "7"}, "workers", func(c Config) any { return c.Workers }, 7, Source{FromFlag, "--workers"}},
		{"batch quads from env", file, []string{"ZHKG_BATCH_QUADS=20000"}, nil, "batch_quads", func(c Config) any { return c.BatchQuads }, 20000, Source{FromEnv, "ZHKG_BATCH_QUADS"}},
		{"memory limit from env", file, []string{"ZHKG_MEMORY_LIMIT=512MiB"}, nil, "memory_limit", func(c Config) any { return c.MemoryLimit }, 512 * MiB, Source{FromEnv, "ZHKG_MEMORY_LIMIT"}},
		{"memory limit off", file, []string{"ZHKG_MEMORY_LIMIT=0"}, nil, "memory_limit", func(c Config) any { return c.MemoryLimit }, ByteSize(0), Source{FromEnv, "ZHKG_MEMORY_LIMIT"}},
		{"memory limit default", file, nil, nil, "memory_limit", func(c Config) any { return c.MemoryLimit }, 768 * MiB, Source{Kind: FromDefault}},
		{"nested from file", file, nil, nil, "query.timeout", func(c Config) any { return c.Query.Timeout }, time.Minute, Source{FromFile, file}},
		{"nested from env", file, []string{"ZHKG_QUERY_TIMEOUT=5s"}, nil, "query.timeout", func(c Config) any { return c.Query.Timeout }, 5 * time.Second, Source{FromEnv, "ZHKG_QUERY_TIMEOUT"}},
		{"nested default beside file key", file, nil, nil, "query.limit", func(c Config) any { return c.Query.Limit }, 1000, Source{Kind: FromDefault}},
		{"size from file", file, nil, nil, "serve.max_body", func(c Config) any { return c.Serve.MaxBody }, 4 * MiB, Source{FromFile, file}},
		{"size from env", file, []string{"ZHKG_SERVE_MAX_BODY=2048"}, nil, "serve.max_body", func(c Config) any { return c.Serve.MaxBody }, ByteSize(2048), Source{FromEnv, "ZHKG_SERVE_MAX_BODY"}},
		{"bool from env", "", []string{"ZHKG_SERVE_WRITABLE=true"}, nil, "serve.writable", func(c Config) any { return c.Serve.Writable }, true, Source{FromEnv, "ZHKG_SERVE_WRITABLE"}},
		{"list from env", "", []string{"ZHKG_EXTRACT_USER_DICTS=a.txt" + string(os.PathListSeparator) + "b.txt"}, nil, "extract.user_dicts", func(c Config) any { return c.Extract.UserDicts }, []string{"a.txt", "b.txt"}, Source{FromEnv, "ZHKG_EXTRACT_USER_DICTS"}},
		{"dbpath env", "", []string{"ZHKG_DBPATH=/tmp/x.db"}, nil, "dbpath", func(c Config) any { return c.DBPath }, "/tmp/x.db", Source{FromEnv, "ZHKG_DBPATH"}},
		{"base flag", "", []string{"ZHKG_BASE=http://a.example/"}, []string{"--base=http://b.example/ns#"}, "base", func(c Config) any { return c.Base }, "http://b.example/ns#", Source{FromFlag, "--base"}},
		{"config flag", "", nil, []string{"--config", file}, "db", func(c Config) any { return c.DB }, "leveldb", Source{FromFile, file}},
		{"ZHKG_CONFIG", "", []string{"ZHKG_CONFIG=" + file}, nil, "db", func(c Config) any { return c.DB }, "leveldb", Source{FromFile, file}},
	}
	t.Chdir(t.TempDir()) // no ./zhkg.yaml
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := append([]string{"HOME=" + t.TempDir()}, tt.env...)
			c, src, err := Load(LoadOptions{File: tt.file, Env: env, Flags: mustFlags(t, tt.args...)})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if diff := cmp.Diff(tt.wantVal, tt.want(c)); diff != "" {
				t.Errorf("%s value (-want +got):\n%s", tt.key, diff)
			}
			if got := src.Of(tt.key); got != tt.wantSrc {
				t.Errorf("%s source = %v, want %v", tt.key, got, tt.wantSrc)
			}
		})
	}
}

func TestLoad_Errors(t *testing.T) {
	t.Chdir(t.TempDir())
	dir := t.TempDir()
	tests := []struct {
		name     string
		yaml     string // "" for no file
		env      []string
		args     []string
		sentinel error
		want     []string // substrings of the message
	}{
		{"unknown key", "workerz: 2\n", nil, nil, ErrUnknownKey, []string{"workerz", "did you mean workers"}},
		{"unknown nested key", "query:\n  timout: 5s\n", nil, nil, ErrUnknownKey, []string{"query.timout", "did you mean query.timeout"}},
		{"unknown section", "color:\n  mode: dark\n", nil, nil, ErrUnknownKey, []string{"color.mode"}},
		{"wrong type int", "workers: many\n", nil, nil, ErrType, []string{"config key workers", `"many"`, "want an integer"}},
		{"wrong type float", "workers: 2.5\n", nil, nil, ErrType, []string{"workers", "want an integer"}},
		{"wrong type env", "", []string{"ZHKG_WORKERS=many"}, nil, ErrType, []string{"workers", "env ZHKG_WORKERS"}},
		{"wrong type string", "db: 5\n", nil, nil, ErrType, []string{"config key db", "want a string"}},
		{"section as value", "query: 5\n", nil, nil, ErrType, []string{"query", "section"}},
		{"value as section", "db:\n  name: bolt\n", nil, nil, ErrUnknownKey, []string{"db.name"}},
		{"duration without unit", "query:\n  timeout: 30\n", nil, nil, ErrType, []string{"query.timeout", "duration"}},
		{"bad bool", "serve:\n  writable: maybe\n", nil, nil, ErrType, []string{"serve.writable", "boolean"}},
		{"bad size", "serve:\n  max_body: 3 parsecs\n", nil, nil, ErrType, []string{"serve.max_body", "unit"}},
		{"list of non-strings", "extract:\n  user_dicts: [1, 2]\n", nil, nil, ErrType, []string{"extract.user_dicts", "list item"}},
		{"invalid db", "db: mysql\n", nil, nil, ErrInvalid, []string{"config key db (file ", "mysql", "bolt, leveldb, memstore, postgres"}},
		{"invalid db from flag", "", nil, []string{"--db=sqlite"}, ErrInvalid, []string{"db (flag --db)", "sqlite"}},
		{"negative workers", "", nil, []string{"--workers=-1"}, ErrInvalid, []string{"workers", "negative"}},
		{"bad memory limit", "memory_limit: lots\n", nil, nil, ErrType, []string{"memory_limit", "size"}},
		{"zero batch quads", "batch_quads: 0\n", nil, nil, ErrInvalid, []string{"batch_quads", "positive"}},
		{"base without slash", "base: http://x.example/ns\n", nil, nil, ErrInvalid, []string{"base", "end in / or #"}},
		{"relative base", "", []string{"ZHKG_BASE=zhkg/"}, nil, ErrInvalid, []string{"base", "env ZHKG_BASE", "absolute"}},
		{"bad addr", "serve:\n  addr: localhost\n", nil, nil, ErrInvalid, []string{"serve.addr"}},
		{"bad log level", "log:\n  level: loud\n", nil, nil, ErrInvalid, []string{"log.level", "loud"}},
		{"bad yaml", "db: [\n", nil, nil, nil, []string{"read"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := ""
			if tt.yaml != "" {
				file = mustFile(t, dir, strings.ReplaceAll(tt.name, " ", "_")+".yaml", tt.yaml)
			}
			_, _, err := Load(LoadOptions{File: file, Env: tt.env, Flags: mustFlags(t, tt.args...)})
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			if tt.sentinel != nil && !errors.Is(err, tt.sentinel) {
				t.Errorf("error %q does not wrap %v", err, tt.sentinel)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			var ce *Error
			if tt.sentinel != nil && !errors.As(err, &ce) {
				t.Errorf("error %q holds no *Error", err)
			}
		})
	}
}

func TestLoad_AllErrorsAtOnce(t *testing.T) {
	t.Chdir(t.TempDir())
	file := mustFile(t, t.TempDir(), "c.yaml", "workers: many\ndbb: x\n")
	_, _, err := Load(LoadOptions{File: file, Env: []string{"ZHKG_QUERY_LIMIT=lots"}})
	for _, w := range []string{"workers", "dbb", "query.limit"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v does not name %s", err, w)
		}
	}
}

func TestLoad_UnknownEnvIsWarning(t *testing.T) {
	t.Chdir(t.TempDir())
	c, src, err := Load(LoadOptions{Env: []string{"ZHKG_WORKRES=2", "ZHKG_TEST_POSTGRES=postgres://x", "ZHKG_DB=memstore"}})
	if err != nil {
		t.Fatal(err)
	}
	if c.DB != "memstore" || c.Workers != 0 {
		t.Errorf("config %+v", c)
	}
	if len(src.Warnings) != 2 || !strings.Contains(src.Warnings[1], "ZHKG_WORKRES") || !strings.Contains(src.Warnings[1], "did you mean ZHKG_WORKERS") || !strings.Contains(src.Warnings[0], "ZHKG_TEST_POSTGRES") {
		t.Errorf("warnings %q", src.Warnings)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, src); err != nil || !strings.Contains(buf.String(), "# warning: config env ZHKG_WORKRES") {
		t.Errorf("Write does not print the warning:\n%s", buf.String())
	}
}

func TestLoad_SectionAsValueReportedOnce(t *testing.T) {
	file := mustFile(t, t.TempDir(), "c.yaml", "query: 5\n")
	_, _, err := Load(LoadOptions{File: file, Env: []string{}})
	if err == nil || strings.Count(err.Error(), "config key") != 1 || !strings.Contains(err.Error(), "config key query ") {
		t.Fatalf("err = %v, want one error for query", err)
	}
}

func TestLoad_FileLookup(t *testing.T) {
	work, xdg, home := t.TempDir(), t.TempDir(), t.TempDir()
	xdgFile := mustFile(t, xdg, "zhkg/zhkg.yaml", "db: leveldb\n")
	homeFile := mustFile(t, home, ".config/zhkg/zhkg.yaml", "db: memstore\n")
	t.Chdir(work)

	tests := []struct {
		name     string
		env      []string
		local    bool // write ./zhkg.yaml
		wantFile string
		wantDB   string
	}{
		{"XDG_CONFIG_HOME", []string{"XDG_CONFIG_HOME=" + xdg, "HOME=" + home}, false, xdgFile, "leveldb"},
		{"HOME/.config when XDG unset", []string{"HOME=" + home}, false, homeFile, "memstore"},
		{"no file", []string{"HOME=" + t.TempDir()}, false, "", "bolt"},
		{"working directory first", []string{"XDG_CONFIG_HOME=" + xdg, "HOME=" + home}, true, FileName, "postgres"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(FileName)
			if tt.local {
				mustFile(t, ".", FileName, "db: postgres\ndbpath: postgres://localhost/zhkg\n")
				defer os.Remove(FileName)
			}
			c, src, err := Load(LoadOptions{Env: tt.env})
			if err != nil {
				t.Fatal(err)
			}
			if src.File != tt.wantFile || c.DB != tt.wantDB {
				t.Errorf("file %q db %q, want file %q db %q", src.File, c.DB, tt.wantFile, tt.wantDB)
			}
		})
	}
}

func TestLoad_ExplicitFileMissing(t *testing.T) {
	_, _, err := Load(LoadOptions{File: filepath.Join(t.TempDir(), "nope.yaml"), Env: []string{}})
	if err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Fatalf("err = %v, want an error naming nope.yaml", err)
	}
}

func TestWrite_Golden(t *testing.T) {
	t.Chdir(t.TempDir())
	file := mustFile(t, ".", "my.yaml", "db: leveldb\nquery:\n  limit: 50\nextract:\n  user_dicts: [a.txt, \"b c.txt\"]\n")
	c, src, err := Load(LoadOptions{File: file, Env: []string{"ZHKG_SERVE_WRITABLE=1"}, Flags: mustFlags(t, "--workers=4")})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, src); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join(testdataDir(t), "write.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("Write (-want +got):\n%s", diff)
	}

	// The output is a config file that loads to the same Config.
	out := mustFile(t, ".", "out.yaml", buf.String())
	c2, src2, err := Load(LoadOptions{File: out, Env: []string{}})
	if err != nil {
		t.Fatalf("reload: %v", err)
	}
	if diff := cmp.Diff(c, c2); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if got := src2.Of("query.limit"); got != (Source{FromFile, out}) {
		t.Errorf("reloaded source %v", got)
	}
}

var testdataAbs string

func testdataDir(t *testing.T) string {
	t.Helper()
	return testdataAbs
}

func TestMain(m *testing.M) {
	wd, _ := os.Getwd()
	testdataAbs = filepath.Join(wd, "testdata")
	flag.Parse()
	os.Exit(m.Run())
}

func TestDefault_Validate(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatal(err)
	}
	c := Default()
	c.DB, c.Workers = "mysql", -2
	err := c.Validate()
	if err == nil || !strings.Contains(err.Error(), "config key db:") || !strings.Contains(err.Error(), "config key workers:") {
		t.Fatalf("Validate = %v, want errors for db and workers", err)
	}
}

func TestParseByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want ByteSize
		ok   bool
	}{
		{"1048576", MiB, true},
		{"1MiB", MiB, true},
		{"512 KiB", 512 * KiB, true},
		{"2mb", 2_000_000, true},
		{"10B", 10, true},
		{"1GiB", GiB, true},
		{"", 0, false},
		{"MiB", 0, false},
		{"1 parsec", 0, false},
		{"-1", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseByteSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseByteSize(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	for _, b := range []ByteSize{MiB, 3 * GiB, 1536, 7} {
		if got, err := ParseByteSize(b.String()); err != nil || got != b {
			t.Errorf("round trip %d: %v %v", b, got, err)
		}
	}
}

func TestKeys(t *testing.T) {
	seenFlag := map[string]bool{}
	for _, k := range Keys() {
		if k.Doc == "" || k.Flag == "" || !strings.HasPrefix(k.Env, "ZHKG_") {
			t.Errorf("key %+v incomplete", k)
		}
		if seenFlag[k.Flag] {
			t.Errorf("flag --%s used twice", k.Flag)
		}
		seenFlag[k.Flag] = true
	}
	if got := EnvName("serve.max_body"); got != "ZHKG_SERVE_MAX_BODY" {
		t.Errorf("EnvName = %s", got)
	}
}

func TestLoad_SubcommandFlags(t *testing.T) {
	t.Chdir(t.TempDir())
	fs := pflag.NewFlagSet("query", pflag.ContinueOnError)
	BindFlags(fs)
	fs.Duration("timeout", 0, "")
	fs.Int("limit", 0, "")
	fs.StringSlice("user-dict", nil, "")
	fs.Bool("writable", false, "")
	if err := fs.Parse([]string{"--timeout=5s", "--user-dict=a.txt,b.txt", "--writable"}); err != nil {
		t.Fatal(err)
	}
	c, src, err := Load(LoadOptions{Flags: fs, Env: []string{"ZHKG_QUERY_LIMIT=7", "ZHKG_QUERY_TIMEOUT=1m"}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Query.Timeout != 5*time.Second || c.Query.Limit != 7 || !c.Serve.Writable || !cmp.Equal(c.Extract.UserDicts, []string{"a.txt", "b.txt"}) {
		t.Errorf("config %+v", c)
	}
	if src.Of("query.timeout") != (Source{FromFlag, "--timeout"}) || src.Of("query.limit") != (Source{FromEnv, "ZHKG_QUERY_LIMIT"}) {
		t.Errorf("sources %v", src.Keys)
	}
}
