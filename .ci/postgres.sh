# Sourced by .ci/run: start a throw-away PostgreSQL cluster on loopback for
# the tests and export ZHKG_TEST_POSTGRES (tests skip when it is unset).
pg_start() {
  local bin=/usr/lib/postgresql/15/bin
  [ -x "$bin/initdb" ] || bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || return 1
  local dir; dir=$(mktemp -d /tmp/zhkg-pg.XXXXXX)
  chmod 755 "$dir"; chown postgres:postgres "$dir"
  install -d -o postgres -g postgres -m 700 "$dir/data"
  install -d -o postgres -g postgres -m 755 "$dir/sock"
  su postgres -s /bin/sh -c "$bin/initdb -D $dir/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null || return 1
  su postgres -s /bin/sh -c "$bin/pg_ctl -D $dir/data -l $dir/server.log -w start -o '-c listen_addresses=127.0.0.1 -p 54329 -c unix_socket_directories=$dir/sock -c fsync=off'" >/dev/null || return 1
  PG_DATA="$dir/data"
  trap 'su postgres -s /bin/sh -c "'"$bin"'/pg_ctl -D '"$dir"'/data -m fast stop" >/dev/null 2>&1 || true' EXIT
  export ZHKG_TEST_POSTGRES="postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable"
  echo "PostgreSQL ready: $ZHKG_TEST_POSTGRES"
}
