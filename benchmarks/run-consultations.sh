#!/usr/bin/env bash
# Consultations benchmarks on this machine (load generator on the same box): seeds 10,000 doctors and
# 1,000,000 slots, searches at a steady 500 requests/s, then books with 200 concurrent clients racing
# for slots, and counts double bookings in SQL. Results: benchmarks/target/gatling/*/index.html.
#   benchmarks/run-consultations.sh    (KIOREX_BENCH_SKIP_BUILD=1 to reuse the last build)
set -euo pipefail
cd "$(dirname "$0")/.."
home=benchmarks/target/stack
out=benchmarks/target/stack-consultations.out
[ "${KIOREX_BENCH_SKIP_BUILD:-}" = 1 ] || mvn -B -q package -DskipTests
mkdir -p benchmarks/target
export KIOREX_RATE_LIMIT_PER_MINUTE=1000000000
java -jar devstack/target/devstack-launcher.jar --home "$home" --free-ports > "$out" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null; wait $launcher 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "Kiorex is ready" "$out" && break
  kill -0 $launcher 2>/dev/null || { cat "$out"; exit 1; }
  sleep 0.5
done
api=$(awk '/^  API /{print $2}' "$out")
tokens=$(awk '/^  Token URL /{print $3}' "$out")
jdbc=$(awk '/^  PostgreSQL /{print $2}' "$out")
# access tokens live 5 minutes (the realm's setting): every run gets a fresh one
fresh_token() {
  token=$(curl -sf -d grant_type=password -d client_id=kiorex-dev-cli -d username=patient.alice \
    -d password=demo-patient.alice "$tokens" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
}
fresh_token
patient=$(curl -sf -H "Authorization: Bearer $token" "$api/patients/me" | sed 's/.*"id":"\([^"]*\)".*/\1/')
payara=$(pgrep -f "payara-micro.jar.*$home" | head -1)
jit() { echo "  JIT: $(jstat -compiler "$payara" | awk 'NR==2{print $1" methods compiled, "$4" s compiling"}')"; }

. benchmarks/summary.sh
run() {
  fresh_token
  mvn -B -q -pl benchmarks gatling:test -Dkiorex.api="$api" -Dkiorex.token="$token" -Dkiorex.patient="$patient" \
    -Dkiorex.jdbc="$jdbc" -Dkiorex.tokenUrl="$tokens" "$@" > benchmarks/target/gatling.out 2>&1 || true
  grep -E "seeded|double bookings" benchmarks/target/gatling.out || true
  summary
}
search=-Dgatling.simulationClass=com.kiorex.benchmarks.SearchDoctorsSimulation
book=-Dgatling.simulationClass=com.kiorex.benchmarks.BookSlotsSimulation
# warm-up below capacity: a cold server shed half of a 500/s minute with 503s, and at saturation the JIT's
# compiler threads get little of the two cores; at 300/s they finish (jit prints HotSpot's compile count and time)
echo "== seed + warm-up search (100 req/s 30 s, then 300 req/s 180 s; not reported)"; jit
run $search -Drate=100 -Dseconds=30 > /dev/null; run $search -Drate=300 -Dseconds=180 > /dev/null; jit
echo "== search: ${KIOREX_BENCH_SEARCH_RATE:-500} requests/s, 60 s"; run $search -Drate="${KIOREX_BENCH_SEARCH_RATE:-500}" -Dseconds=60
echo "== booking warm-up: 100 clients, one new slot each every 1,000 ms, 60 s (not reported)"
run $book -Dconcurrency=100 -DpaceMillis=1000 -Dslots=40000 -Dseconds=60 > /dev/null; jit
echo "== booking, paced: 200 clients, one new slot each every 400 ms (500 bookings/s offered), 60 s"
run $book -Dconcurrency=200 -DpaceMillis=400 -Dslots=40000 -Dseconds=60
echo "== booking, closed race: 200 clients racing for random slots, 60 s"; run $book -Dconcurrency=200 -Dseconds=60
jit
