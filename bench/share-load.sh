#!/usr/bin/env bash
# Issue #5's load figures with wrk on loopback: the share page of a valid link (view log on) in the
# same run as the plaintext hello endpoint, 64 connections. The share rate limits are switched off
# for this run only (--Sharing:*PerMinute=0): a benchmark is one client hammering one link. After a
# clean shutdown the database must hold one view per page served (nothing lost).
# Usage: bench/share-load.sh   (DURATION=15s by default; PROVIDER=Postgres runs the same on a private
# PostgreSQL started by .ci/postgres.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
duration=${DURATION:-15s}; port=${PORT:-5184}
work=$(mktemp -d)
source .ci/postgres.sh
trap 'kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; postgres_stop; rm -rf "$work"' EXIT
provider=${PROVIDER:-Sqlite}; database=()
if [ "$provider" = Postgres ]; then
  postgres_start
  database=(--Database:Provider=Postgres "--ConnectionStrings:ParkShare=${PARKSHARE_TEST_POSTGRES/Database=postgres/Database=parkshare_bench}")
fi

dotnet publish ParkShare.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
dotnet "$work/app/ParkShare.Web.dll" --urls "http://127.0.0.1:$port" --WeChat:AllowSandboxInProduction=true --Console:AdminEmail=bench@parkshare.local --Console:AdminPassword=Bench-Admin-Pass-2026 \
  --Bench:HelloEndpoint=true --Sharing:MissesPerClientPerMinute=0 --Sharing:ViewsPerLinkPerMinute=0 \
  --Logging:LogLevel:Default=Warning "${database[@]}" >"$work/log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
until curl -sf -o /dev/null "$base/bench/hello"; do sleep 0.1; done
token=$(python3 - "$base" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
def call(path, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token: headers["Authorization"] = "Bearer " + token
    req = urllib.request.Request(base + path, json.dumps(body).encode() if body is not None else None, headers)
    return json.load(urllib.request.urlopen(req))
session = call("/api/mp/session", {"code": "bench-sharer"})["token"]
lot = call("/api/mp/lots")["items"][0]["id"]
record = call("/api/mp/records", {"lotId": lot, "position": {"kind": "spaceCode", "code": "B2-C-017"}, "note": "bench"}, session)["id"]
print(call("/api/mp/shares", {"recordId": record}, session)["url"].rsplit("/", 1)[1])
PY
)
bytes=$(curl -s "$base/s/$token" | wc -c)
run() { echo "== $1"; shift; wrk -t2 -c64 -d"$duration" --latency "$@" | tee "$work/last" | grep -E "requests in|Requests/sec|99%|50%|Non-2xx"; }
run "GET /bench/hello (plaintext floor)" "$base/bench/hello"
run "GET /s/{token} (valid link, $bytes bytes, view log on)" "$base/s/$token"
served=$(grep -Eo '^ +[0-9]+ requests in' "$work/last" | grep -Eo '[0-9]+')
gzbytes=$(curl -s -H 'Accept-Encoding: gzip' "$base/s/$token" | wc -c)
run "GET /s/{token} with Accept-Encoding: gzip ($gzbytes bytes, as phones ask)" -H 'Accept-Encoding: gzip' "$base/s/$token"
served=$((served + $(grep -Eo '^ +[0-9]+ requests in' "$work/last" | grep -Eo '[0-9]+') + 1))
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
if [ "$provider" = Postgres ]; then
  views=$("$PARKSHARE_TEST_PGBIN/psql" "host=127.0.0.1 port=$(echo "$PARKSHARE_TEST_POSTGRES" | grep -o 'Port=[0-9]*' | cut -d= -f2) user=parkshare dbname=parkshare_bench" \
    -tAc 'select sum("Count") || '"' views in '"' || count(*) || '"' rows'"' from "ShareViews"')
else
  views=$(python3 -c "import sqlite3,sys; print('%d views in %d rows' % sqlite3.connect(sys.argv[1]).execute('select sum(Count), count(*) from ShareViews').fetchone())" "$work/app/data/parkshare.db")
fi
echo "== $provider: share views in the database after a clean shutdown: $views (wrk counted $served pages in its windows, size probes included)"
