#!/usr/bin/env bash
# Starts a private PostgreSQL for the tests and the benchmarks: initdb into a temporary folder
# owned by the postgres user (the server refuses to run as root), pg_ctl on a free loopback port,
# trust authentication on loopback only. Source it, then call postgres_start; it exports
# PARKSHARE_TEST_POSTGRES (a connection string to the "postgres" database as the superuser
# "parkshare") and PARKSHARE_TEST_PGDATA, and postgres_stop stops and deletes it.
postgres_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

postgres_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  local bin port dir
  bin=$(postgres_bin) || { echo "PostgreSQL is not installed"; return 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  dir=$(mktemp -d /tmp/parkshare-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  postgres_as "$bin/initdb" -D "$dir/data" -U parkshare --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log"; return 1; }
  # Tests make and drop a database per test host; a few hundred connections, no fsync (a throwaway cluster).
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 400
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 128MB
CONF
  postgres_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log"; return 1; }
  export PARKSHARE_TEST_PGDATA="$dir/data"
  export PARKSHARE_TEST_PGBIN="$bin"
  export PARKSHARE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=postgres;Username=parkshare"
  echo "$("$bin/postgres" --version) on 127.0.0.1:$port ($dir)"
}

postgres_stop() {
  [ -n "${PARKSHARE_TEST_PGDATA:-}" ] || return 0
  postgres_as "$PARKSHARE_TEST_PGBIN/pg_ctl" -D "$PARKSHARE_TEST_PGDATA" -m immediate stop >/dev/null 2>&1
  rm -rf "$(dirname "$PARKSHARE_TEST_PGDATA")"
  unset PARKSHARE_TEST_PGDATA
}
