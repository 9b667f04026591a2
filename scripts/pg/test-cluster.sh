#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests: `start` creates one in a temp folder, listening
# on 127.0.0.1:PORT only (trust auth, no fsync: nothing in it outlives the tests) and prints its URL;
# `stop` stops it and removes the folder. PostgreSQL refuses to run as root, so as root the cluster
# runs as the unprivileged `postgres` user (created when missing).
#   url=$(scripts/pg/test-cluster.sh start) && CORROBORATE_TEST_PG=$url npm test; scripts/pg/test-cluster.sh stop
# PORT: CORROBORATE_PG_PORT (default 54329); folder: CORROBORATE_PG_DIR (default /tmp/corroborate-pg-PORT).
set -euo pipefail

port=${CORROBORATE_PG_PORT:-54329}
dir=${CORROBORATE_PG_DIR:-/tmp/corroborate-pg-$port}

# Debian puts the server binaries in a versioned folder; prefer the newest one, then PATH.
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
pg() { local tool=$1; shift; if [ -n "$bindir" ] && [ -x "$bindir/$tool" ]; then as_owner "$bindir/$tool" "$@"; else as_owner "$tool" "$@"; fi; }

owner=$(id -un)
if [ "$(id -u)" = 0 ]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
fi
as_owner() { if [ "$owner" = "$(id -un)" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi; }

case "${1:-}" in
  start)
    if [ -f "$dir/url" ] && pg pg_ctl -D "$dir/data" status >/dev/null 2>&1; then cat "$dir/url"; exit 0; fi
    rm -rf "$dir"; mkdir -p "$dir"; chown "$owner" "$dir"
    pg initdb -D "$dir/data" -U corroborate -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    pg pg_ctl -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    pg createdb -h 127.0.0.1 -p "$port" -U corroborate corroborate_test
    echo "postgres://corroborate@127.0.0.1:$port/corroborate_test" | tee "$dir/url"
    ;;
  stop)
    if [ -d "$dir/data" ]; then pg pg_ctl -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
