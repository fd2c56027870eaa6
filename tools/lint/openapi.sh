#!/usr/bin/env bash
# Lints the OpenAPI document of the built host with Redocly CLI: starts the Release build on a free loopback
# port with a scratch database, saves /openapi/v1.json to test-artifacts/openapi.json and lints it.
# Exit 0 when Redocly finds no error (examples that contradict their schemas are errors, see redocly.yaml).
set -uo pipefail
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ASPNETCORE_ENVIRONMENT=Development dotnet ParkShare.Web/bin/Release/net10.0/ParkShare.Web.dll --urls "http://127.0.0.1:$port" \
  --ConnectionStrings:ParkShare="Data Source=$scratch/openapi.db" --Seed:DemoLot=false >"$scratch/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; wait $host 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
mkdir -p test-artifacts
if ! curl -fsS "http://127.0.0.1:$port/openapi/v1.json" -o test-artifacts/openapi.json; then
  echo "openapi: the host did not serve /openapi/v1.json"; tail -n 20 "$scratch/host.log"; exit 1
fi
cd tools/lint && npx redocly lint --config redocly.yaml ../../test-artifacts/openapi.json --format=stylish 2>&1 | grep -v '[║╔╚]'
exit "${PIPESTATUS[0]}"
