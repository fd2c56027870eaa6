#!/usr/bin/env bash
# The soak (issue #19): mixed traffic at a fixed rate against a Release host (drivers reserving,
# parking, correcting and sharing; friends opening links; a sensor posting occupancy; one console page
# with live updates in Debian's Chromium); prints the host's RSS and thread slopes after warm-up and
# SQLite's WAL size, and checks errors = 0. SQLite and PostgreSQL run at the same time (each its own
# host) so the wall time is the run's length. CIRCUITS=200 also measures 200 open console circuits.
#   bench/soak.sh                       30 minutes at 20 requests/s per provider
#   MINUTES=3 bench/soak.sh             the smoke run of test.sh
#   SOAK_ARGS="--drivers 60 --mix 4,5,1 --stop-on-5xx 1" RATE=80 bench/soak.sh   amplified, to hunt a rare error
set -uo pipefail
cd "$(dirname "$0")/.."
minutes=${MINUTES:-30}; rate=${RATE:-20}; providers=${PROVIDERS:-"sqlite postgres"}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_hostBuilder__reloadConfigOnChange=false
[ -n "${SKIP_BUILD:-}" ] || dotnet build bench/ParkShare.Reliability -c Release -nologo -v quiet >/dev/null || { echo "build failed"; exit 1; }
source bench/reliability-common.sh
out=${SOAK_OUT:-test-artifacts/soak}  # another folder lets two runs go side by side
mkdir -p "$out"
pids=()
for provider in $providers; do
  reliability_provider "$provider" || exit 1
  timeout $(( minutes * 60 + 600 )) dotnet bench/ParkShare.Reliability/bin/Release/net10.0/ParkShare.Reliability.dll soak --minutes "$minutes" --rate "$rate" \
    --provider "$provider" --circuits "${CIRCUITS:-0}" ${SEED:+--seed "$SEED"} --host-log "$out/$provider.host.log" ${SOAK_ARGS:-} >"$out/$provider.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for provider in $providers; do cat "$out/$provider.log"; done
exit $status
