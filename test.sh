#!/usr/bin/env bash
# ParkShare's test command. Installs what the tests need when missing (Debian's Chromium and CJK
# fonts for the end-to-end tests; Playwright never downloads a browser), builds the solution,
# runs every test with a TRX logger and ends with the line "N passed, N failed". The service and
# API tests (everything but E2E) run a second time on a private PostgreSQL (Debian's postgresql,
# initdb into a temporary folder, pg_ctl on a free loopback port, stopped at exit).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Hundreds of test hosts each watching appsettings.json would use up the per-user inotify instances (128 by default).
export DOTNET_hostBuilder__reloadConfigOnChange=false

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null \
    || { echo "could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

results=TestResults
rm -rf "$results" test-artifacts

echo "== Build"
if ! dotnet build ParkShare.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== Test"
dotnet test ParkShare.Tests/ParkShare.Tests.csproj -c Release --no-build --nologo \
  --logger "trx;LogFileName=parkshare.trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

echo "== Test on PostgreSQL (service and API tests)"
source .ci/postgres.sh
trap postgres_stop EXIT
if postgres_start; then
  PARKSHARE_TEST_PROVIDER=Postgres dotnet test ParkShare.Tests/ParkShare.Tests.csproj -c Release --no-build --nologo \
    --filter "FullyQualifiedName!~ParkShare.Tests.E2E" \
    --logger "trx;LogFileName=parkshare-postgres.trx" --logger "console;verbosity=minimal" --results-directory "$results" \
    || status=1
else
  echo "could not start PostgreSQL"
  status=1
fi

passed=0; failed=0
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
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran"
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
