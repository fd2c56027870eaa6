#!/usr/bin/env bash
# Issue #4's load figures with wrk on loopback, all against the published host in one run:
# a plaintext hello endpoint (the host's floor, mapped only with Bench:HelloEndpoint=true), the live
# states and the geometry of a level, and reservation creates under contention (64 connections,
# every request a different driver, space and window; then the database is checked: none lost).
# Usage: bench/drivers-load.sh   (DURATION=15s by default; PROVIDER=Postgres runs the same on a
# private PostgreSQL started by .ci/postgres.sh, and adds start-up to /healthz and a one-space race)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
duration=${DURATION:-15s}; port=${PORT:-5183}; drivers=${DRIVERS:-12000}
work=$(mktemp -d)
source .ci/postgres.sh
trap 'kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; postgres_stop; rm -rf "$work"' EXIT
provider=${PROVIDER:-Sqlite}; database=()
if [ "$provider" = Postgres ]; then
  postgres_start
  database=(--Database:Provider=Postgres "--ConnectionStrings:ParkShare=${PARKSHARE_TEST_POSTGRES/Database=postgres/Database=parkshare_bench}")
fi

dotnet publish ParkShare.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
started=$(date +%s%N)
dotnet "$work/app/ParkShare.Web.dll" --urls "http://127.0.0.1:$port" --WeChat:AllowSandboxInProduction=true --Console:AdminEmail=bench@parkshare.local --Console:AdminPassword=Bench-Admin-Pass-2026 \
  --Bench:HelloEndpoint=true --Seed:BenchmarkLot=true --Logging:LogLevel:Default=Warning "${database[@]}" >"$work/log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
until curl -sf -o /dev/null "$base/healthz"; do kill -0 "$pid" 2>/dev/null || { tail -20 "$work/log"; exit 1; }; sleep 0.05; done
echo "== $provider: first start (creates, migrates and seeds the database) to /healthz 200: $(( ($(date +%s%N) - started) / 1000000 )) ms"
until curl -sf -o /dev/null "$base/bench/hello"; do sleep 0.1; done
kill "$pid"; wait "$pid" 2>/dev/null || true
started=$(date +%s%N)
dotnet "$work/app/ParkShare.Web.dll" --urls "http://127.0.0.1:$port" --WeChat:AllowSandboxInProduction=true --Console:AdminEmail=bench@parkshare.local --Console:AdminPassword=Bench-Admin-Pass-2026 \
  --Bench:HelloEndpoint=true --Seed:BenchmarkLot=true --Logging:LogLevel:Default=Warning "${database[@]}" >"$work/log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "$base/healthz"; do sleep 0.02; done
echo "== $provider: restart on the existing database to /healthz 200: $(( ($(date +%s%N) - started) / 1000000 )) ms"
until curl -sf -o /dev/null "$base/bench/hello"; do sleep 0.1; done
# Reads on the 600-space level of the benchmark lot (the size issue #4 states), creates on the demo lot.
lots=$(curl -s "$base/api/mp/lots")
lot=$(echo "$lots" | python3 -c 'import json,sys; print([l["id"] for l in json.load(sys.stdin)["items"] if l["name"] != "Benchmark lot"][0])')
benchlot=$(echo "$lots" | python3 -c 'import json,sys; print([l["id"] for l in json.load(sys.stdin)["items"] if l["name"] == "Benchmark lot"][0])')
level=$(curl -s "$base/api/mp/lots/$benchlot" | python3 -c 'import json,sys; print(json.load(sys.stdin)["levels"][0]["id"])')
curl -s "$base/api/mp/lots/$benchlot/levels/$level/map" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["spaces"]))' >"$work/count"
etag=$(curl -sI "$base/api/mp/lots/$benchlot/levels/$level/map" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

run() { echo "== $1"; shift; wrk -t2 -c64 -d"$duration" --latency "$@" | grep -E "Requests/sec|99%|50%|Non-2xx|Socket errors"; }
run "GET /bench/hello (plaintext floor)" "$base/bench/hello"
run "GET .../states ($(cat "$work/count") spaces)" "$base/api/mp/lots/$benchlot/levels/$level/states"
run "GET .../map (geometry, full body)" "$base/api/mp/lots/$benchlot/levels/$level/map"
cat >"$work/etag.lua" <<LUA
wrk.headers["If-None-Match"] = '$etag'
LUA
run "GET .../map with If-None-Match (304)" -s "$work/etag.lua" "$base/api/mp/lots/$benchlot/levels/$level/map"

# Reservation creates: one driver per request (a driver may hold two), spaces and hours never repeat.
python3 - "$base" "$lot" "$drivers" "$work" <<'PY'
import json, sys, urllib.request, concurrent.futures
base, lot, n, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def post(path, body):
    req = urllib.request.Request(base + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))
detail = json.load(urllib.request.urlopen(f"{base}/api/mp/lots/{lot}"))
spaces = []
for level in detail["levels"]:
    spaces += [s["id"] for s in json.load(urllib.request.urlopen(f"{base}/api/mp/lots/{lot}/levels/{level['id']}/map"))["spaces"]]
with concurrent.futures.ThreadPoolExecutor(16) as pool:
    tokens = list(pool.map(lambda i: post("/api/mp/session", {"code": f"load-{i}"})["token"], range(n)))
with open(f"{work}/tokens.lua", "w") as f:
    f.write("tokens = {" + ",".join(f'"{t}"' for t in tokens) + "}\n")
    f.write("spaces = {" + ",".join(f'"{s}"' for s in spaces) + "}\n")
PY
cat >>"$work/tokens.lua" <<'LUA'
local counter = 0
local thread_id = 0
function setup(thread) thread:set("id", thread_id); thread_id = thread_id + 1 end
function init(args) counter = id end
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
echo "== POST /api/mp/reservations, 64 connections, distinct drivers, spaces and windows"
wrk -t2 -c64 -d"$duration" --latency -s "$work/tokens.lua" "$base/api/mp/reservations" | tee "$work/wrk-res" | grep -E "requests in|Requests/sec|99%|50%|Non-2xx"
# One space, one window, 64 drivers at once: exactly one may win.
python3 - "$base" "$lot" <<'PY'
import json, sys, urllib.request, urllib.error, concurrent.futures, datetime
base, lot = sys.argv[1], sys.argv[2]
def post(path, body, token=None):
    headers = {"Content-Type": "application/json"}
    if token: headers["Authorization"] = "Bearer " + token
    req = urllib.request.Request(base + path, json.dumps(body).encode(), headers)
    try:
        with urllib.request.urlopen(req) as r: return r.status, json.load(r)
    except urllib.error.HTTPError as e: return e.code, None
detail = json.load(urllib.request.urlopen(f"{base}/api/mp/lots/{lot}"))
space = json.load(urllib.request.urlopen(f"{base}/api/mp/lots/{lot}/levels/{detail['levels'][-1]['id']}/map"))["spaces"][-1]["id"]
tokens = [post("/api/mp/session", {"code": f"race-{i}"})[1]["token"] for i in range(64)]
start = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=6)).replace(microsecond=0)
body = {"spaceId": space, "startsAt": start.isoformat(), "endsAt": (start + datetime.timedelta(hours=1)).isoformat()}
with concurrent.futures.ThreadPoolExecutor(64) as pool:
    codes = list(pool.map(lambda t: post("/api/mp/reservations", body, t)[0], tokens))
print(f"== one space, one window, 64 drivers at once: {codes.count(201)} x 201, {codes.count(409)} x 409, other {len(codes) - codes.count(201) - codes.count(409)}")
PY
kill "$pid"; wait "$pid" 2>/dev/null || true
if [ "$provider" = Postgres ]; then
  rows=$("$PARKSHARE_TEST_PGBIN/psql" "host=127.0.0.1 port=$(echo "$PARKSHARE_TEST_POSTGRES" | grep -o 'Port=[0-9]*' | cut -d= -f2) user=parkshare dbname=parkshare_bench" -tAc 'select count(*) from "Reservations"')
else
  rows=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select count(*) from Reservations\").fetchone()[0])" "$work/app/data/parkshare.db")
fi
echo "reservations in the database after the run: $rows (each 201 above, plus the race's one winner, must be one row; non-2xx are refusals)"
