#!/usr/bin/env bash
# Loopback load on the published host with wrk (Debian's), bounded in time: /healthz and
# POST /api/mp/refine with a Chinese space code (rate limit switched off for this run only).
# Usage: bench/load.sh   (DURATION=20s, CONNECTIONS=32, THREADS=2 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
duration=${DURATION:-20s}; connections=${CONNECTIONS:-32}; threads=${THREADS:-2}; port=${PORT:-5182}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish ParkShare.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
dotnet "$work/app/ParkShare.Web.dll" --urls "http://127.0.0.1:$port" --WeChat:AllowSandboxInProduction=true --Console:AdminEmail=bench@parkshare.local --Console:AdminPassword=Bench-Admin-Pass-2026 --RateLimits:RefinePerMinute=0 \
  --Logging:LogLevel:Default=Warning >"$work/log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/Account/Login"; do sleep 0.1; done
lot=$(curl -s "http://127.0.0.1:$port/api/mp/lots" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)

cat >"$work/refine.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"lotId":"$lot","position":{"kind":"spaceCode","code":"负二层C区17号"}}'
LUA
curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/api/mp/refine" -H 'Content-Type: application/json' \
  -d "{\"lotId\":\"$lot\",\"position\":{\"kind\":\"spaceCode\",\"code\":\"负二层C区17号\"}}"

echo "== GET /healthz ($threads threads, $connections connections, $duration)"
wrk -t"$threads" -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port/healthz"
echo "== POST /api/mp/refine spaceCode 负二层C区17号 ($threads threads, $connections connections, $duration)"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/refine.lua" "http://127.0.0.1:$port/api/mp/refine"
echo "RSS after load: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
