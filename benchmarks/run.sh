#!/usr/bin/env bash
# Benchmarks of issue #2 on this machine: starts the local stack (load generator on the same box, as
# required), reads a patient with a real token at saturation and at a steady rate, and reports
# Payara's resident memory. Results: benchmarks/target/gatling/*/index.html and the lines printed.
#   benchmarks/run.sh [--cold]     --cold wipes the stack's home first (unpack + Keycloak build)
set -euo pipefail
cd "$(dirname "$0")/.."
home=benchmarks/target/stack
out=benchmarks/target/stack.out
[ "${KIOREX_BENCH_SKIP_BUILD:-}" = 1 ] || mvn -B -q package -DskipTests
mkdir -p benchmarks/target
wipe=()
[ "${1:-}" = "--cold" ] && wipe=(--wipe)

# the rate limit is part of every request's cost, so it stays on, just high enough not to refuse
export KIOREX_RATE_LIMIT_PER_MINUTE=1000000000
java -jar devstack/target/devstack-launcher.jar --home "$home" --free-ports "${wipe[@]}" > "$out" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null; wait $launcher 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "Kiorex is ready" "$out" && break
  kill -0 $launcher 2>/dev/null || { cat "$out"; exit 1; }
  sleep 0.5
done
grep "Kiorex is ready" "$out"
api=$(awk '/^  API /{print $2}' "$out")
tokens=$(awk '/^  Token URL /{print $3}' "$out")
# access tokens live 5 minutes (the realm's setting): every run gets a fresh one
fresh_token() {
  token=$(curl -sf -d grant_type=password -d client_id=kiorex-dev-cli -d username=patient.alice \
    -d password=demo-patient.alice "$tokens" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
}
fresh_token
patient=$(curl -sf -H "Authorization: Bearer $token" "$api/patients/me" | sed 's/.*"id":"\([^"]*\)".*/\1/')
payara=$(pgrep -f "payara-micro.jar.*$home" | head -1)
echo "Payara pid $payara, RSS at ready: $(( $(ps -o rss= -p "$payara") / 1024 )) MB"

. benchmarks/summary.sh
jit() { echo "  JIT: $(jstat -compiler "$payara" | awk 'NR==2{print $1" methods compiled, "$4" s compiling"}')"; }
run() {
  fresh_token
  mvn -B -q -pl benchmarks gatling:test -Dgatling.simulationClass=com.kiorex.benchmarks.ReadPatientSimulation \
    -Dkiorex.api="$api" -Dkiorex.token="$token" -Dkiorex.patient="$patient" "$@" > benchmarks/target/gatling.out 2>&1 || true
  summary
}
# warm-up below capacity: at saturation the JIT's compiler threads get little of the two cores, and measured
# saturation climbed from ~440 to ~1,600 req/s over ten minutes of back-to-back runs; at 400/s the compile queue
# empties within three minutes (jit prints HotSpot's compile count and time, which barely move once it is warm)
echo "== warm-up (400 req/s for 180 s, then 64 clients for 40 s; not reported)"; jit
run -Dmode=steady -Drate=400 -Dseconds=180 > /dev/null; run -Dmode=saturation -Dconcurrency=64 -Dseconds=40 > /dev/null; jit
echo "== saturation: 64 concurrent clients, 60 s"; run -Dmode=saturation -Dconcurrency=64 -Dseconds=60
echo "Payara RSS after saturation: $(( $(ps -o rss= -p "$payara") / 1024 )) MB"
for rate in ${KIOREX_BENCH_RATES:-1000 600}; do
  echo "== steady: $rate requests/s, 60 s"; run -Dmode=steady -Drate="$rate" -Dseconds=60
  echo "Payara RSS after the steady run: $(( $(ps -o rss= -p "$payara") / 1024 )) MB"
done
jit
