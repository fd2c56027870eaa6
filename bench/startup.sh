#!/usr/bin/env bash
# Host start-up and idle memory: time from launching the published app (dotnet publish -c Release)
# on an empty database to the first 200 from /healthz and from the sign-in page, and resident
# memory after 10 s idle. Each setting runs RUNS times on a fresh data/ folder; medians are printed.
# Usage: bench/startup.sh            (RUNS=5 by default; extra environment is passed to the app)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
port=${PORT:-5181}
work=$(mktemp -d)
trap 'pkill -f "$work/app/ParkShare.Web.dll" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish ParkShare.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null

now_ms() { date +%s%3N; }
wait_200() { until curl -sf -o /dev/null "http://127.0.0.1:$port$1"; do sleep 0.01; done; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for seed in false true; do
  : >"$work/health"; : >"$work/login"; : >"$work/rss"
  for _ in $(seq "$runs"); do
    rm -rf "$work/app/data"
    start=$(now_ms)
    dotnet "$work/app/ParkShare.Web.dll" --urls "http://127.0.0.1:$port" --WeChat:AllowSandboxInProduction=true --Console:AdminEmail=bench@parkshare.local --Console:AdminPassword=Bench-Admin-Pass-2026 --Seed:DemoLot=$seed >"$work/log" 2>&1 &
    pid=$!
    wait_200 /healthz; echo $(( $(now_ms) - start )) >>"$work/health"
    wait_200 /Account/Login; echo $(( $(now_ms) - start )) >>"$work/login"
    sleep 10
    echo $(( $(ps -o rss= -p "$pid") / 1024 )) >>"$work/rss"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  echo "Seed:DemoLot=$seed runs=$runs: /healthz 200 after $(median <"$work/health") ms (all: $(tr '\n' ' ' <"$work/health")), sign-in page after $(median <"$work/login") ms, RSS idle $(median <"$work/rss") MB (all: $(tr '\n' ' ' <"$work/rss"))"
done
