#!/usr/bin/env bash
# How fast the informative report is (issue 9's budget): bench/report.sh (see bench/README.md).
# Starts the packaged jar with -Xmx256m on a database of its own holding the demo data and a generated presidency of
# 620 events (report.sql, about 100 pages in Latvian), signs in as the admin and times, over real HTTP: the first PDF
# after start, then the median of 5 PDFs, 5 DOCX and 5 HTML documents.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18081}
DB=${BENCH_REPORT_DATABASE:-registry_bench_report}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
HEAP=${BENCH_HEAP:--Xmx256m}
RUNS=${BENCH_RUNS:-5}
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
SLUG=bench-report
ADMIN_PASSWORD="bench-$(date +%s)-password"
mkdir -p "$OUT"

if [ -z "${BENCH_SKIP_BUILD:-}" ] || ! ls target/presidency-registry-*.jar >/dev/null 2>&1; then
	echo "Building the jar…"
	./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package
fi
JAR=$(ls target/presidency-registry-*.jar | grep -v plain | head -n1)

PID=""
stop_app() {
	if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
		kill "$PID"; wait "$PID" 2>/dev/null || true
	fi
	PID=""
}
trap stop_app EXIT
trap 'exit 130' INT TERM

start_app() {
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		REGISTRY_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
		java $HEAP -XX:+ExitOnOutOfMemoryError ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" >"$1" 2>&1 &
	PID=$!
	until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
		kill -0 "$PID" 2>/dev/null || { echo "The application stopped; see $1" >&2; tail -n 20 "$1" >&2; exit 1; }
		sleep 0.1
	done
}

echo "Fresh database $DB with the demo data and a 620-event presidency…"
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB encoding 'UTF8' template template0"
start_app "$OUT/report-first-start.log"
stop_app
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/report.sql >/dev/null

start_app "$OUT/report-app.log"
jar="$OUT/report-cookies.txt"; rm -f "$jar"
token=$(curl -sf -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode username=admin \
	--data-urlencode "password=$ADMIN_PASSWORD" "$BASE/login"

# fetch <format>: one report; prints the seconds it took (fails on anything but 200).
fetch() {
	local result
	result=$(curl -s -b "$jar" -o "$OUT/report-bench.$1" -w '%{http_code} %{time_total}' --max-time 120 \
		"$BASE/admin/presidencies/$SLUG/report.$1?lang=lv")
	[ "${result% *}" = 200 ] || { echo "report.$1 answered ${result% *}" >&2; exit 1; }
	echo "${result#* }"
}
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

FIRST=$(fetch pdf)
rm -rf "$OUT/report-lib"
unzip -oqj "$JAR" 'BOOT-INF/lib/pdfbox*' 'BOOT-INF/lib/fontbox*' 'BOOT-INF/lib/commons-logging*' -d "$OUT/report-lib"
PDF_PAGES=$(java -cp "$(ls -d "$OUT"/report-lib/*.jar | paste -sd:)" bench/PdfPages.java "$OUT/report-bench.pdf")
declare -A TIMES=()
for format in pdf docx html; do
	TIMES[$format]=""
	for _ in $(seq "$RUNS"); do
		TIMES[$format]+="$(fetch "$format") "
	done
done
RSS_KB=$(ps -o rss= -p "$PID" | tr -d ' ')
stop_app

{
	echo
	echo "Informative report of a 620-event presidency in Latvian ($PDF_PAGES PDF pages), $(git rev-parse --short HEAD 2>/dev/null || echo '?') on $(hostname):"
	echo "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), heap $HEAP"
	printf '%-34s %8s   %s\n' "document" "seconds" "every run"
	printf '%-34s %8.2f\n' "first PDF after start" "$FIRST"
	for format in pdf docx html; do
		printf '%-34s %8.2f   %s\n' "$format, median of $RUNS (warm)" "$(echo "${TIMES[$format]}" | median)" "${TIMES[$format]}"
	done
	echo "RSS after: $((RSS_KB / 1024)) MB; OutOfMemoryError: $(grep -q OutOfMemoryError "$OUT/report-app.log" && echo YES || echo none)"
} | tee "$OUT/report-result.txt"
