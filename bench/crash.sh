#!/usr/bin/env bash
# The crash harness (issue #19, Jepsen's "set" idea): drivers write reservations, records, position
# corrections, shares and ends through the API of a Release host while it is SIGKILLed at random
# moments (1-4 s after the restarted host acknowledged its first write of the cycle) and restarted on
# the same data; after every cycle the database is checked as the crash left
# it (every acknowledged write present and unchanged, nothing twice, no space double-booked, no outbox
# message lost, PRAGMA integrity_check), and at the end every acknowledged write is read back.
# Runs on SQLite and on a private PostgreSQL (started and removed here), one after the other.
#   bench/crash.sh                      100 cycles per provider
#   CYCLES=10 PROVIDERS=sqlite bench/crash.sh
set -uo pipefail
cd "$(dirname "$0")/.."
cycles=${CYCLES:-100}; providers=${PROVIDERS:-"sqlite postgres"}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_hostBuilder__reloadConfigOnChange=false
[ -n "${SKIP_BUILD:-}" ] || dotnet build bench/ParkShare.Reliability -c Release -nologo -v quiet >/dev/null || { echo "build failed"; exit 1; }
source bench/reliability-common.sh
status=0
for provider in $providers; do
  reliability_provider "$provider" || { status=1; continue; }
  timeout "${TIMEOUT:-3600}" dotnet bench/ParkShare.Reliability/bin/Release/net10.0/ParkShare.Reliability.dll crash --cycles "$cycles" --provider "$provider" ${SEED:+--seed "$SEED"} || status=1
done
exit $status
