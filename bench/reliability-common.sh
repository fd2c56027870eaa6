# Shared by bench/crash.sh, fuzz.sh and soak.sh: for "postgres", starts a private PostgreSQL once
# (.ci/postgres.sh: the postgres user, a free loopback port, removed at exit); "sqlite" needs nothing.
source .ci/postgres.sh
trap postgres_stop EXIT
reliability_provider() {
  case "$1" in
    sqlite) return 0 ;;
    postgres)
      [ -n "${PARKSHARE_TEST_PGDATA:-}" ] && return 0
      if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
        sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
        $sudo apt-get install -y -qq postgresql postgresql-contrib >/dev/null || { echo "PostgreSQL is missing"; return 1; }
      fi
      postgres_start || { echo "could not start PostgreSQL"; return 1; } ;;
    *) echo "unknown provider $1 (sqlite or postgres)"; return 1 ;;
  esac
}
