#!/usr/bin/env bash
# Issue #16's read targets on a shared machine: one published build as two hosts side by side, one on
# SQLite and one on a private PostgreSQL (.ci/postgres.sh), and wrk rounds that alternate between them
# (states of a 600-space level, then the share page of a valid link), so a change in the machine's
# load falls on both providers alike. Prints each round and the median ratio PostgreSQL / SQLite.
# Usage: bench/reads-ab.sh   (ROUNDS=3, DURATION=8s by default; wrk -t2 -c64 as the other scripts)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
rounds=${ROUNDS:-3}; duration=${DURATION:-8s}
work=$(mktemp -d)
source .ci/postgres.sh
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; postgres_stop; rm -rf "$work"' EXIT
postgres_start
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

dotnet publish ParkShare.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
declare -A base
for provider in Sqlite Postgres; do
  port=$(free_port); database=()
  [ "$provider" = Postgres ] && database=(--Database:Provider=Postgres "--ConnectionStrings:ParkShare=${PARKSHARE_TEST_POSTGRES/Database=postgres/Database=parkshare_ab}")
  mkdir -p "$work/$provider" && cp -r "$work/app/." "$work/$provider/"
  dotnet "$work/$provider/ParkShare.Web.dll" --urls "http://127.0.0.1:$port" --WeChat:AllowSandboxInProduction=true --Console:AdminEmail=bench@parkshare.local \
    --Console:AdminPassword=Bench-Admin-Pass-2026 --Seed:BenchmarkLot=true --Sharing:MissesPerClientPerMinute=0 --Sharing:ViewsPerLinkPerMinute=0 \
    --Logging:LogLevel:Default=Warning "${database[@]}" >"$work/$provider.log" 2>&1 &
  pids+=($!)
  base[$provider]="http://127.0.0.1:$port"
done
declare -A states share
for provider in Sqlite Postgres; do
  b=${base[$provider]}
  until curl -sf -o /dev/null "$b/api/mp/lots"; do sleep 0.2; done
  read -r states[$provider] share[$provider] < <(python3 - "$b" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
def call(path, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token: headers["Authorization"] = "Bearer " + token
    req = urllib.request.Request(base + path, json.dumps(body).encode() if body is not None else None, headers)
    return json.load(urllib.request.urlopen(req))
lots = call("/api/mp/lots")["items"]
bench = [l for l in lots if l["name"] == "Benchmark lot"][0]
demo = [l for l in lots if l["name"] != "Benchmark lot"][0]
level = call(f"/api/mp/lots/{bench['id']}")["levels"][0]["id"]
session = call("/api/mp/session", {"code": "ab-sharer"})["token"]
record = call("/api/mp/records", {"lotId": demo["id"], "position": {"kind": "spaceCode", "code": "B2-C-017"}}, session)["id"]
token = call("/api/mp/shares", {"recordId": record}, session)["url"].rsplit("/", 1)[1]
print(f"{base}/api/mp/lots/{bench['id']}/levels/{level}/states {base}/s/{token}")
PY
)
  curl -sf -o /dev/null "${states[$provider]}"; curl -sf -o /dev/null "${share[$provider]}"
done

rate() { wrk -t2 -c64 -d"$duration" "$@" | awk '/Requests\/sec/ {print int($2)}'; }
echo "round  states:Sqlite  states:Postgres  share:Sqlite  share:Postgres  load"
: >"$work/ratios"
for round in $(seq "$rounds"); do
  s1=$(rate "${states[Sqlite]}"); s2=$(rate "${states[Postgres]}")
  p1=$(rate -H 'Accept-Encoding: gzip' "${share[Sqlite]}"); p2=$(rate -H 'Accept-Encoding: gzip' "${share[Postgres]}")
  echo "$round  $s1  $s2  $p1  $p2  $(cut -d' ' -f1 /proc/loadavg)"
  echo "$s1 $s2 $p1 $p2" >>"$work/ratios"
done
python3 - "$work/ratios" <<'PY'
import statistics, sys
rows = [list(map(int, l.split())) for l in open(sys.argv[1])]
for name, a, b in (("states", 0, 1), ("share page (gzip)", 2, 3)):
    print(f"{name}: median SQLite {statistics.median(r[a] for r in rows):.0f} req/s, PostgreSQL {statistics.median(r[b] for r in rows):.0f} req/s, "
          f"median per-round ratio PostgreSQL/SQLite {statistics.median(r[b] / r[a] for r in rows):.2f}")
PY
