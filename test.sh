#!/usr/bin/env bash
# ParkShare's test command. Installs what the tests need when missing (Debian's Chromium and CJK
# fonts for the end-to-end tests; Playwright never downloads a browser), builds the solution,
# runs every test with a TRX logger, runs the service and API tests (everything but E2E) a second
# time on a private PostgreSQL (Debian's postgresql, initdb into a temporary folder, pg_ctl on a free
# loopback port, stopped at exit), the mini-program's node tests, lints the browser scripts and the
# OpenAPI document, runs the reliability harness's smoke runs (bench/: crash, fuzz, soak), and ends with
# the line "N passed, N failed".
#   ./test.sh          everything
#   ./test.sh --fast   everything except the tests that drive a browser (trait Category=Browser)
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Hundreds of test hosts each watching appsettings.json would use up the per-user inotify instances (128 by default).
export DOTNET_hostBuilder__reloadConfigOnChange=false

fast=""
[ "${1:-}" = "--fast" ] && fast=yes

missing=()
[ -n "$fast" ] || [ -x "${PARKSHARE_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -n "$fast" ] || fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
[ -n "$fast" ] || [ -x "${PARKSHARE_NGINX:-/usr/sbin/nginx}" ] || missing+=(nginx)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null \
    || { echo "could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

results=TestResults
rm -rf "$results" test-artifacts
passed=0; failed=0

# A check outside the .NET test run (a linter, a node suite) counts as one test, or as the counts it reports.
check() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else echo "FAILED: $name"; failed=$((failed + 1)); fi
}

# npm packages (the mini-program's, the linters') download while .NET builds (network against CPU).
rm -f ParkShare.MiniProgram/test-results.tap
(cd ParkShare.MiniProgram && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>npm-ci.log) &
npm_ci=$!
(cd tools/lint && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>npm-ci.log) &
lint_ci=$!

echo "== Build"
if ! dotnet build ParkShare.sln -c Release -nologo -v quiet; then
  echo "build failed"
  kill "$npm_ci" 2>/dev/null
  echo "0 passed, 1 failed"
  exit 1
fi

# The mini-program's node tests (pages against a real host started from the build above, pure modules,
# contract, types, lint, WeChat's builder); their counts join the final line.
echo "== Mini-program"
node_passed=0; node_failed=0
if wait "$npm_ci"; then
  (cd ParkShare.MiniProgram && node test/run.js)
  node_status=$?
  tap=ParkShare.MiniProgram/test-results.tap
  if [ -f "$tap" ]; then
    node_passed=$(grep -E '^# pass [0-9]+' "$tap" | tail -n 1 | grep -o '[0-9]*' || echo 0)
    node_failed=$(grep -E '^# fail [0-9]+' "$tap" | tail -n 1 | grep -o '[0-9]*' || echo 0)
  fi
  if [ "$node_status" -ne 0 ] && [ "$node_failed" -eq 0 ]; then node_failed=1; fi
else
  echo "npm ci failed in ParkShare.MiniProgram:"; tail -n 20 ParkShare.MiniProgram/npm-ci.log
  node_failed=1
fi

echo "== Test"
# Tests of PostgreSQL itself (trait Provider=Postgres: LISTEN/NOTIFY between nodes, a server restart) run in the PostgreSQL pass below.
filter=(--filter "Provider!=Postgres")
[ -n "$fast" ] && filter=(--filter "Category!=Browser&Provider!=Postgres")
dotnet test ParkShare.Tests/ParkShare.Tests.csproj -c Release --no-build --nologo "${filter[@]}" \
  --logger "trx;LogFileName=parkshare.trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

# The reliability harness's smoke runs (bench/ParkShare.Reliability, issue #19) start here and run beside the
# PostgreSQL pass: the soak on SQLite and on PostgreSQL side by side (a fixed 20 requests/s for 3 minutes), and
# beside them the 10-cycle crash run on both providers and the 1,000-request fuzz run, each on its own Release
# host and database (the PostgreSQL ones on the same private server as the tests, in databases of their own).
# Each prints "<run>: N passed, N failed"; the results are read after the PostgreSQL pass.
source .ci/postgres.sh
trap postgres_stop EXIT
pg_ok=""; postgres_start && pg_ok=yes
echo "== Reliability smoke runs started (crash 10 cycles, fuzz 1,000 requests, soak 3 minutes; results below)"
rel=bench/ParkShare.Reliability/bin/Release/net10.0/ParkShare.Reliability.dll
rel_dir=test-artifacts/reliability
mkdir -p "$rel_dir"
rel_console=(); [ -n "$fast" ] && rel_console=(--console 0)
rel_run() { local name=$1; shift; timeout 900 dotnet "$rel" "$@" >"$rel_dir/$name.log" 2>&1; }
rel_runs=(soak-sqlite crash-sqlite fuzz-sqlite)
rel_run soak-sqlite soak --minutes 3 --provider sqlite "${rel_console[@]}" &
rel_pids=($!)
if [ -n "${PARKSHARE_TEST_PGDATA:-}" ]; then
  rel_runs+=(soak-postgres crash-postgres)
  rel_run soak-postgres soak --minutes 3 --provider postgres "${rel_console[@]}" &
  rel_pids+=($!)
  (rel_run crash-sqlite crash --cycles 10 --provider sqlite; rel_run crash-postgres crash --cycles 10 --provider postgres; \
    rel_run fuzz-sqlite fuzz --requests 1000 --failures "$rel_dir/fuzz-failures.txt") &
else
  (rel_run crash-sqlite crash --cycles 10 --provider sqlite; rel_run fuzz-sqlite fuzz --requests 1000 --failures "$rel_dir/fuzz-failures.txt") &
fi
rel_pids+=($!)

echo "== Test on PostgreSQL (service and API tests)"
if [ -n "$pg_ok" ]; then
  PARKSHARE_TEST_PROVIDER=Postgres dotnet test ParkShare.Tests/ParkShare.Tests.csproj -c Release --no-build --nologo \
    --filter "FullyQualifiedName!~ParkShare.Tests.E2E" \
    --logger "trx;LogFileName=parkshare-postgres.trx" --logger "console;verbosity=minimal" --results-directory "$results" \
    || status=1
else
  echo "could not start PostgreSQL"
  status=1
fi

echo "== Reliability smoke runs (crash 10 cycles, fuzz 1,000 requests, soak 3 minutes)"
wait "${rel_pids[@]}"
for name in "${rel_runs[@]}"; do
  summary=$(grep -E '^[a-z]+ \([A-Za-z]+\): [0-9]+ passed, [0-9]+ failed$' "$rel_dir/$name.log" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "FAILED: $name (no summary; see $rel_dir/$name.log)"; tail -n 20 "$rel_dir/$name.log"; failed=$((failed + 1)); continue
  fi
  grep -E '^(FAIL|crash summary|fuzz summary|soak summary|  [A-Za-z])' "$rel_dir/$name.log" | head -n 20
  echo "$summary"
  passed=$((passed + $(echo "$summary" | sed -E 's/.*: ([0-9]+) passed.*/\1/')))
  failed=$((failed + $(echo "$summary" | sed -E 's/.*, ([0-9]+) failed$/\1/')))
done

for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
passed=$((passed + node_passed))
failed=$((failed + node_failed))

if wait "$lint_ci"; then
  check "ESLint (ParkShare.Web/wwwroot/js)" bash -c 'cd tools/lint && npm run -s eslint'
  check "Redocly lint (/openapi/v1.json)" tools/lint/openapi.sh
else
  echo "npm ci failed in tools/lint:"; tail -n 20 tools/lint/npm-ci.log; failed=$((failed + 1))
fi

if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran"
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
