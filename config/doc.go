// Package config loads the configuration of zhkg. It is the only package
// that imports viper; everything else receives a typed Config.
//
// # Layers
//
// A value comes from the highest of four layers:
//
//  1. a command-line flag the user set (--db, --workers, ...),
//  2. an environment variable ZHKG_<KEY> (dots become underscores:
//     query.timeout is ZHKG_QUERY_TIMEOUT),
//  3. the config file,
//  4. the default (Default).
//
// Load returns the Config and Sources, which tells for each key where its
// value came from; Write prints both as a commented YAML file (zhkg config).
// Each Load uses a private viper instance, never viper's global one.
//
// # Config file
//
// The file is the first of: LoadOptions.File, the --config flag, $ZHKG_CONFIG,
// ./zhkg.yaml, $XDG_CONFIG_HOME/zhkg/zhkg.yaml (~/.config/zhkg/zhkg.yaml when
// XDG_CONFIG_HOME is unset). Only one file is read. A file named explicitly
// must exist; one found by the lookup is optional. YAML is the format; a file
// ending in .json or .toml is read as such.
//
//	db: leveldb
//	dbpath: /var/lib/zhkg
//	workers: 2
//	query:
//	  timeout: 1m
//	serve:
//	  max_body: 4MiB
//	extract:
//	  user_dicts: [dicts/places.txt, dicts/people.txt]
//
// # Keys
//
//	key                 default                   flag         meaning
//	db                  bolt                      --db         store backend: bolt, leveldb, memstore, postgres
//	dbpath              ./zhkg.db                 --dbpath     store file (bolt), folder (leveldb), connection string (postgres)
//	base                http://zhkg.example.org/  --base       IRI base of every node; absolute, ending in / or #
//	workers             0                         --workers    extraction workers; 0 = one per core
//	query.timeout       30s                       --timeout    time limit of a query (a Go duration; 0 = none)
//	query.limit         1000                      --limit      maximum results of a query (0 = none)
//	serve.addr          127.0.0.1:64210           --addr       host:port of the HTTP server
//	serve.writable      false                     --writable   accept writes through the HTTP API
//	serve.max_body      1MiB                      --max-body   largest request body (bytes, or KB/MB/GB, KiB/MiB/GiB)
//	extract.user_dicts  []                        --user-dict  user dictionaries of the extractor
//	extract.resolve     name                      --resolve    merging of people/orgs across documents: name
//	log.level           info                      --log-level  debug, info, warn, error
//
// BindFlags defines the global flags (--config, --db, --dbpath, --base,
// --workers). A subcommand may define the other flags of the table on its
// own FlagSet; Load binds every flag of LoadOptions.Flags whose name is in
// the table, so such a flag must mean that key.
//
// In the environment a list (ZHKG_EXTRACT_USER_DICTS) is split like PATH
// (on ':' on Unix). In the file it is a YAML list or a single string.
//
// # Strictness
//
// Load fails before any work is done, naming the key and its source:
//
//   - an unknown key in the file is ErrUnknownKey (with a suggestion when
//     it looks like a typo);
//   - a value of the wrong type (workers: many, query: 5) is ErrType; only
//     lossless conversions are made (a YAML string is not an int, 2.5 is not
//     an int, 30 is not a duration);
//   - a value that Validate rejects (db: mysql, workers: -1, a base IRI
//     without a trailing / or #, an addr that does not parse) is ErrInvalid.
//
// Every bad key is reported at once; the error is an errors.Join of *Error.
//
// A ZHKG_ variable that names no key is not an error, since tests and
// scripts use ZHKG_ variables of their own (ZHKG_TEST_POSTGRES): it is a
// warning in Sources.Warnings, with a suggestion when it looks like a typo
// (ZHKG_WORKRES), which Write prints. ZHKG_CONFIG names the config file.
package config
