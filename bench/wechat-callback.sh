#!/usr/bin/env bash
# Issue #6's callback figure: POST /wechat/oa (plain mode) at a fixed ~200 requests per second on
# loopback; target p99 < 50 ms for a verified, deduplicated message.
# The installed wrk is 4.x (no -R as in wrk2), so the rate is fixed by pacing instead: C connections
# each wait C*1000/RATE ms between requests (wrk's Lua delay()), about RATE requests per second in
# all. The host takes plain mode explicitly (no EncodingAESKey, WeChat:OfficialAccount:AllowPlainMode).
# Timestamps must be within 5 minutes and a (timestamp, nonce) pair is used once, so Python signs
# a fresh query per request in advance (unique nonce) and Lua gives each request one of them and a
# unique MsgId: every request is verified, checked against replays, parsed, passes deduplication as
# new and is answered (the "my car" text does a quick driver lookup).
# Usage: bench/wechat-callback.sh   (DURATION=30s RATE=200 CONNECTIONS=20 TEXT="my car" by default)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
duration=${DURATION:-30s}; port=${PORT:-5186}; rate=${RATE:-200}; connections=${CONNECTIONS:-20}; text=${TEXT:-my car}
token=bench-callback-token; timestamp=$(date +%s); nonce=424242
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish ParkShare.Web -c Release -o "$work/app" -nologo -v quiet >/dev/null
dotnet "$work/app/ParkShare.Web.dll" --urls "http://127.0.0.1:$port" --WeChat:AllowSandboxInProduction=true --Console:AdminEmail=bench@parkshare.local --Console:AdminPassword=Bench-Admin-Pass-2026 \
  --WeChat:OfficialAccount:Token="$token" --WeChat:OfficialAccount:EncodingAESKey= --WeChat:OfficialAccount:AllowPlainMode=true --Logging:LogLevel:Default=Warning >"$work/log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
until curl -sf -o /dev/null "$base/healthz"; do sleep 0.2; done
signature=$(python3 -c 'import hashlib,sys; print(hashlib.sha1("".join(sorted(sys.argv[1:])).encode()).hexdigest())' "$token" "$timestamp" "$nonce")
path="/wechat/oa?signature=$signature&timestamp=$timestamp&nonce=$nonce"

# One request by hand first: a signed text gets a text reply, an unsigned one 401.
curl -sf -H 'Content-Type: text/xml' "$base$path" \
  --data "<xml><ToUserName>gh_bench</ToUserName><FromUserName>oa-bench-0</FromUserName><CreateTime>$timestamp</CreateTime><MsgType>text</MsgType><Content>$text</Content><MsgId>1</MsgId></xml>" \
  | grep -q '<MsgType><!\[CDATA\[text\]\]></MsgType>' || { echo "the callback did not answer a signed text"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: text/xml' "$base/wechat/oa?signature=0&timestamp=1&nonce=2" --data '<xml/>')" = 401 ]

# One signed query per request (60 000: enough for 5 minutes at 200/s), a Lua table wrk loads.
python3 - "$token" "$timestamp" >"$work/paths.lua" <<'PY'
import hashlib, sys
token, timestamp = sys.argv[1], sys.argv[2]
print("paths = {")
for n in range(1_000_000, 1_060_000):
    nonce = str(n)
    signature = hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()
    print(f'"/wechat/oa?signature={signature}&timestamp={timestamp}&nonce={nonce}",')
print("}")
PY

cat >"$work/callback.lua" <<LUA
dofile("$work/paths.lua")
local threads, counter, id = {}, 0, 0
local pause = $connections * 1000 / $rate
function setup(thread) id = id + 1; thread:set("tid", id); table.insert(threads, thread) end
function init(args) counter = 0 end
function delay() return pause end
function request()
  counter = counter + 1
  local msg = string.format("%d%09d", tid, counter)
  local body = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[oa-bench-" .. (counter % 500) .. "]]></FromUserName>"
    .. "<CreateTime>$timestamp</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[$text]]></Content><MsgId>" .. msg .. "</MsgId></xml>"
  return wrk.format("POST", paths[((tid - 1) * 30000 + counter) % #paths + 1], { ["Content-Type"] = "text/xml" }, body)
end
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("%d requests in %.1f s (%.0f/s), errors: %d non-2xx, %d socket\n", summary.requests, seconds, summary.requests / seconds,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

echo "== POST /wechat/oa plain-mode text \"$text\", unique MsgId each, ~$rate req/s ($connections connections, paced), $duration"
wrk -t2 -c"$connections" -d"$duration" -s "$work/callback.lua" "$base" | sed -n '/requests in .* s (/,$p'
