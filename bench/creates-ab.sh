#!/usr/bin/env bash
# Issue #16's create target on a shared machine: one published build as two hosts side by side, one on
# SQLite and one on a private PostgreSQL (.ci/postgres.sh, with pg_stat_statements), and wrk rounds of
# reservation creates (64 connections, every request a different driver, space and window) that
# alternate between them, so a change in the machine's load falls on both providers alike. Then it
# counts what one create costs PostgreSQL: statements (pg_stat_statements) and transactions
# (pg_stat_database.xact_commit) over COUNT sequential creates, request authentication included.
# Usage: bench/creates-ab.sh   (ROUNDS=3, DURATION=8s, DRIVERS=9000, COUNT=200 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
rounds=${ROUNDS:-3}; duration=${DURATION:-8s}; drivers=${DRIVERS:-9000}; count=${COUNT:-200}
work=$(mktemp -d)
source .ci/postgres.sh
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; postgres_stop; rm -rf "$work"' EXIT
postgres_start
printf "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = all\n" | postgres_as tee -a "$PARKSHARE_TEST_PGDATA/postgresql.conf" >/dev/null
postgres_as "$PARKSHARE_TEST_PGBIN/pg_ctl" -D "$PARKSHARE_TEST_PGDATA" -w restart -l "$PARKSHARE_TEST_PGDATA/../server.log" >/dev/null
pgport=$(echo "$PARKSHARE_TEST_POSTGRES" | grep -o 'Port=[0-9]*' | cut -d= -f2)
psql() { "$PARKSHARE_TEST_PGBIN/psql" "host=127.0.0.1 port=$pgport user=parkshare dbname=parkshare_ab" -tA "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

[ -n "${APP:-}" ] || { dotnet publish ParkShare.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null; APP="$work/app"; }
declare -A base
for provider in Sqlite Postgres; do
  port=$(free_port); database=()
  [ "$provider" = Postgres ] && database=(--Database:Provider=Postgres "--ConnectionStrings:ParkShare=${PARKSHARE_TEST_POSTGRES/Database=postgres/Database=parkshare_ab}")
  mkdir -p "$work/$provider" && cp -r "$APP/." "$work/$provider/" && rm -rf "$work/$provider/data"
  dotnet "$work/$provider/ParkShare.Web.dll" --urls "http://127.0.0.1:$port" --WeChat:AllowSandboxInProduction=true --Console:AdminEmail=bench@parkshare.local \
    --Console:AdminPassword=Bench-Admin-Pass-2026 --Logging:LogLevel:Default=Warning "${database[@]}" >"$work/$provider.log" 2>&1 &
  pids+=($!)
  base[$provider]="http://127.0.0.1:$port"
done
for provider in Sqlite Postgres; do
  until curl -sf -o /dev/null "${base[$provider]}/api/mp/lots"; do sleep 0.2; done
  # Sessions for the drivers, and the demo lot's spaces, as a wrk script (one driver per request).
  python3 - "${base[$provider]}" "$drivers" "$work/$provider.lua" <<'PY'
import json, sys, urllib.request, concurrent.futures
base, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def post(path, body):
    req = urllib.request.Request(base + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))
lot = [l["id"] for l in json.load(urllib.request.urlopen(f"{base}/api/mp/lots"))["items"] if l["name"] != "Benchmark lot"][0]
spaces = []
for level in json.load(urllib.request.urlopen(f"{base}/api/mp/lots/{lot}"))["levels"]:
    spaces += [s["id"] for s in json.load(urllib.request.urlopen(f"{base}/api/mp/lots/{lot}/levels/{level['id']}/map"))["spaces"]]
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    tokens = list(pool.map(lambda i: post("/api/mp/session", {"code": f"ab-{i}"})["token"], range(n)))
with open(out, "w") as f:
    f.write("tokens = {" + ",".join(f'"{t}"' for t in tokens) + "}\n")
    f.write("spaces = {" + ",".join(f'"{s}"' for s in spaces) + "}\n")
PY
  cat >>"$work/$provider.lua" <<'LUA'
local counter = 0
local thread_id = 0
function setup(thread) thread:set("id", thread_id); thread_id = thread_id + 1 end
function init(args) counter = id + tonumber(args[1]) end
function request()
  local i = counter
  counter = counter + 2
  if i >= #tokens then i = i % #tokens end
  local space = spaces[(i % #spaces) + 1]
  local hour = 1 + math.floor(i / #spaces)
  local start = os.time() + hour * 3600
  local body = string.format('{"spaceId":"%s","startsAt":"%s","endsAt":"%s"}', space,
    os.date("!%Y-%m-%dT%H:%M:%SZ", start), os.date("!%Y-%m-%dT%H:%M:%SZ", start + 1800))
  return wrk.format("POST", "/api/mp/reservations", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[i + 1]}, body)
end
LUA
done

declare -A rps offset
offset[Sqlite]=0; offset[Postgres]=0
for round in $(seq 1 "$rounds"); do
  for provider in Sqlite Postgres; do
    out=$(wrk -t2 -c64 -d"$duration" --latency -s "$work/$provider.lua" "${base[$provider]}/api/mp/reservations" -- "${offset[$provider]}")
    done_requests=$(echo "$out" | awk '/requests in/ {print $1}')
    offset[$provider]=$(( ${offset[$provider]} + done_requests + 64 ))
    r=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    rps[$provider]+="$r "
    echo "round $round $provider: $r creates/s, p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}'), $(echo "$out" | awk '/Non-2xx/ {print $NF}' | grep . || echo 0) non-2xx"
  done
done
python3 - "${rps[Sqlite]}" "${rps[Postgres]}" <<'PY'
import sys, statistics
s = [float(x) for x in sys.argv[1].split()]; p = [float(x) for x in sys.argv[2].split()]
print(f"median creates/s: SQLite {statistics.median(s):.0f}, PostgreSQL {statistics.median(p):.0f}; "
      f"PostgreSQL / SQLite per round: {' '.join(f'{b / a:.2f}' for a, b in zip(s, p))}, median {statistics.median(b / a for a, b in zip(s, p)):.2f}")
PY
sqlite_rows=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from Reservations').fetchone()[0])" "$work/Sqlite/data/parkshare.db")
echo "reservations stored: SQLite $sqlite_rows, PostgreSQL $(psql -c 'select count(*) from "Reservations"')"

# What one create costs PostgreSQL, counted by the server over COUNT sequential creates.
psql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null
python3 - "${base[Postgres]}" "$count" "$work/rt.tokens" <<'PY'
import json, sys, urllib.request
base, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def post(path, body):
    req = urllib.request.Request(base + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))
open(out, "w").write("\n".join(post("/api/mp/session", {"code": f"rt-{i}"})["token"] for i in range(n)))
PY
sleep 1
before=$(psql -c "select xact_commit + xact_rollback from pg_stat_database where datname = 'parkshare_ab'")
psql -c "select pg_stat_statements_reset()" >/dev/null
python3 - "${base[Postgres]}" "$work/rt.tokens" <<'PY'
import json, sys, urllib.request, datetime
base, tokens = sys.argv[1], open(sys.argv[2]).read().split()
lot = [l["id"] for l in json.load(urllib.request.urlopen(f"{base}/api/mp/lots"))["items"] if l["name"] != "Benchmark lot"][0]
spaces = []
for level in json.load(urllib.request.urlopen(f"{base}/api/mp/lots/{lot}"))["levels"]:
    spaces += [s["id"] for s in json.load(urllib.request.urlopen(f"{base}/api/mp/lots/{lot}/levels/{level['id']}/map"))["spaces"]]
# Windows within the next 40 minutes: the wrk rounds above reserved from an hour ahead on.
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
for i, token in enumerate(tokens):
    s = now + datetime.timedelta(minutes=6 + 18 * (i // len(spaces)))
    body = {"spaceId": spaces[i % len(spaces)], "startsAt": s.isoformat(), "endsAt": (s + datetime.timedelta(minutes=15)).isoformat()}
    req = urllib.request.Request(base + "/api/mp/reservations", json.dumps(body).encode(),
                                 {"Content-Type": "application/json", "Authorization": "Bearer " + token})
    assert urllib.request.urlopen(req).status == 201
PY
after=$(psql -c "select xact_commit + xact_rollback from pg_stat_database where datname = 'parkshare_ab'")
echo "== PostgreSQL, per create over $count sequential creates (authentication included; background services' own statements count too)"
psql -F ' | ' -c "select round(calls::numeric / $count, 2), left(regexp_replace(query, '\s+', ' ', 'g'), 150) from pg_stat_statements
  join pg_database d on d.oid = dbid where d.datname = 'parkshare_ab' and query not like '%pg_stat_statements%' order by calls desc limit 15"
psql -c "select 'statements per create: ' || round(sum(calls)::numeric / $count, 2) from pg_stat_statements join pg_database d on d.oid = dbid
  where d.datname = 'parkshare_ab' and query not like '%pg_stat_statements%'"
echo "transactions per create: $(python3 -c "print(round(($after - $before) / $count, 2))") (pg_stat_database, every autocommit statement is one)"
