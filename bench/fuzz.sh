#!/usr/bin/env bash
# The fuzzer (issue #19): generated and mutated requests against a Release host, split over the
# OpenAPI operations (60 %), the WeChat official-account callback, GeoJSON import, photo upload and
# the share token path (10 % each). Expected: no 5xx, every API 4xx a ProblemDetails with a stable
# code, no stack trace in any body, the callback within 5 s. Failing requests are written to
# test-artifacts/fuzz/<provider>.txt (bodies beside it) with the host's log.
#   bench/fuzz.sh                       17,000 requests per provider (10,200 on the API)
#   REQUESTS=1000 PROVIDERS=sqlite bench/fuzz.sh
#   PER_OPERATION=10000 MINUTES=90 PROVIDERS=sqlite bench/fuzz.sh   every operation at least 10,000 (stops at 90 min)
set -uo pipefail
cd "$(dirname "$0")/.."
requests=${REQUESTS:-17000}; providers=${PROVIDERS:-"sqlite postgres"}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_hostBuilder__reloadConfigOnChange=false
[ -n "${SKIP_BUILD:-}" ] || dotnet build bench/ParkShare.Reliability -c Release -nologo -v quiet >/dev/null || { echo "build failed"; exit 1; }
source bench/reliability-common.sh
status=0
for provider in $providers; do
  reliability_provider "$provider" || { status=1; continue; }
  timeout "${TIMEOUT:-1800}" dotnet bench/ParkShare.Reliability/bin/Release/net10.0/ParkShare.Reliability.dll fuzz --requests "$requests" --provider "$provider" \
    --failures "test-artifacts/fuzz/$provider.txt" ${SEED:+--seed "$SEED"} ${PER_OPERATION:+--per-operation "$PER_OPERATION"} \
    ${MINUTES:+--minutes "$MINUTES"} ${WORKERS:+--workers "$WORKERS"} || status=1
done
exit $status
