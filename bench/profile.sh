#!/usr/bin/env bash
# Where the time goes on one page kind: bench/profile.sh [kind] (default timeline), after bench/run.sh has filled
# the database and written the address lists. Starts the jar at -Xmx256m with Java Flight Recorder, drives the kind
# with wrk for BENCH_DURATION (default 30s), then prints the hottest frames: where the CPU samples were taken (top of
# the stack), and the registry's own method each sample passed through last.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:-timeline}
PORT=${BENCH_PORT:-18080}
DB=${BENCH_DATABASE:-registry_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
JAR=$(ls target/presidency-registry-*.jar | head -n1)
[ -f "$OUT/$KIND.txt" ] || { echo "Run bench/run.sh first (no $OUT/$KIND.txt)" >&2; exit 1; }
rm -f "$OUT/profile-$KIND.jfr"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
	java -Xmx256m -XX:FlightRecorderOptions:stackdepth=256 -jar "$JAR" --server.port="$PORT" ${BENCH_PAGE_CACHE:-} >"$OUT/profile-$KIND.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
	kill -0 "$PID" 2>/dev/null || { echo "The application stopped; see $OUT/profile-$KIND.log" >&2; exit 1; }
	sleep 0.2
done
# Record only the load, not the start-up's class loading.
jcmd "$PID" JFR.start name=bench settings=profile >/dev/null
wrk -t2 -c16 -d"${BENCH_DURATION:-30s}" --timeout 10s -s bench/pages.lua "$BASE" -- "$OUT/$KIND.txt" | tail -n 3
jcmd "$PID" JFR.stop name=bench filename="$(pwd)/$OUT/profile-$KIND.jfr" >/dev/null
kill "$PID"; wait "$PID" 2>/dev/null || true
trap - EXIT
jfr print --stack-depth 256 --events jdk.ExecutionSample "$OUT/profile-$KIND.jfr" >"$OUT/profile-$KIND.txt"
echo "Hottest frames (top of stack), of $(grep -c 'jdk.ExecutionSample' "$OUT/profile-$KIND.txt") samples:"
awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print }' "$OUT/profile-$KIND.txt" |
	sort | uniq -c | sort -rn | head -n 15 || true
echo "The registry's own last method on the stack:"
awk '/stackTrace = \[/ { inside = 1; next } inside && /lv\.mfa\.registry/ { sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print; inside = 0 }
	/^\]/ { inside = 0 }' "$OUT/profile-$KIND.txt" | sort | uniq -c | sort -rn | head -n 15 || true
