#!/usr/bin/env bash
# The registry under load over real HTTP, in one command: bench/run.sh (see bench/README.md).
# Builds the jar, starts it with -Xmx256m on a database of its own, fills that with 20,000 events and 2,000 projects,
# drives every page kind with wrk over many different addresses, and prints one table.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DB=${BENCH_DATABASE:-registry_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
HEAP=${BENCH_HEAP:--Xmx256m}
MODES=${BENCH_MODES-cached uncached}
[ -n "${BENCH_ONLY_STARTUP:-}" ] && MODES=""
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
SLUG=cbss-2018-2019
ADMIN_PASSWORD="bench-$(date +%s)-password"
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }

if [ -z "${BENCH_SKIP_BUILD:-}" ] || ! ls target/presidency-registry-*.jar >/dev/null 2>&1; then
	echo "Building the jar…"
	./mvnw -B -q -Paot -DskipTests -Dspring-javaformat.skip=true package
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

# start_app <log> [extra arguments…]: starts the jar, waits until readiness is UP, sets PID and STARTUP_MS.
# LAUNCH_JAR and LAUNCH_OPTS (JVM options) start another layout of it (the extracted jar with CDS, AOT).
start_app() {
	local log=$1; shift
	local started; started=$(date +%s%N)
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		REGISTRY_ADMIN_PASSWORD="$ADMIN_PASSWORD" REGISTRY_PUBLIC_BASE_URL="$BASE" \
		java $HEAP -XX:+ExitOnOutOfMemoryError ${BENCH_JAVA_OPTS:-} ${LAUNCH_OPTS:-} -jar "${LAUNCH_JAR:-$JAR}" \
		--server.port="$PORT" "$@" >"$log" 2>&1 &
	PID=$!
	until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
		kill -0 "$PID" 2>/dev/null || { echo "The application stopped; see $log" >&2; tail -n 20 "$log" >&2; exit 1; }
		sleep 0.1
	done
	STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

if [ -n "${BENCH_KEEP_DATABASE:-}" ] && [ -s "$OUT/first-start-ms.txt" ] \
	&& psql -qAt -d "$DB" -c "select count(*) from registry.event" 2>/dev/null | grep -q '^2[0-9][0-9][0-9][0-9]$'; then
	# The filled database of an earlier run, as it is (its admin's password is that run's: the report is skipped).
	echo "Reusing the filled database $DB…"
	FIRST_START_MS=$(cat "$OUT/first-start-ms.txt")
	FIRST_START_NOTE=" (an earlier run's)"
	BENCH_SKIP_REPORT=1
else
	echo "Fresh database $DB…"
	psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB encoding 'UTF8' template template0"

	start_app "$OUT/first-start.log"
	FIRST_START_MS=$STARTUP_MS
	echo "$FIRST_START_MS" >"$OUT/first-start-ms.txt"
	echo "First start (migrations, demo data, first admin): $FIRST_START_MS ms"
	stop_app

	echo "Generating 20,000 events with agendas and 2,000 projects…"
	psql -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/generate.sql >/dev/null
fi

# Start-up on the filled database, as Spring Boot documents it: the jar as built; extracted
# (java -Djarmode=tools -jar app.jar extract) with a class data sharing archive from a training run
# (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh); and with the ahead-of-time processed
# bean definitions (-Dspring.aot.enabled=true, the jar is built with -Paot) too.
STARTUP="$OUT/startup.txt"
: >"$STARTUP"
if [ -z "${BENCH_SKIP_STARTUP:-}" ]; then
	EXTRACTED="$OUT/extracted"
	rm -rf "$EXTRACTED"
	java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
	APP_JAR="$EXTRACTED/$(basename "$JAR")"
	for aot in "" "-Dspring.aot.enabled=true"; do
		archive="$EXTRACTED/app${aot:+-aot}.jsa"
		SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
			java $HEAP -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh $aot -jar "$APP_JAR" \
			--server.port="$PORT" >"$OUT/cds-training${aot:+-aot}.log" 2>&1 || true
	done
	for round in 1 2 3; do
		for launch in plain cds cds-aot; do
			case $launch in
				plain) LAUNCH_JAR=$JAR LAUNCH_OPTS="" ;;
				cds) LAUNCH_JAR=$APP_JAR LAUNCH_OPTS="-XX:SharedArchiveFile=$EXTRACTED/app.jsa" ;;
				cds-aot) LAUNCH_JAR=$APP_JAR LAUNCH_OPTS="-XX:SharedArchiveFile=$EXTRACTED/app-aot.jsa -Dspring.aot.enabled=true" ;;
			esac
			start_app "$OUT/start-$launch.log"
			cpu=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$PID/stat")
			echo "$launch $STARTUP_MS $cpu" >>"$STARTUP"
			stop_app
		done
	done
	LAUNCH_JAR="" LAUNCH_OPTS=""
fi

# Addresses per page kind, each visited at random by pages.lua.
q() { psql -qAt -d "$DB" -c "set search_path = registry; $1"; }
q "select '/presidencies/$SLUG/timeline?page=' || g from generate_series(1, 800) g" >"$OUT/timeline.txt"
q "select '/presidencies/$SLUG/timeline?priority=' || p || '&country=' || c || '&type=' || t || '&month=' || m
   from generate_series(1, 3) p, unnest(array['LV','EE','LT','FI']) c,
        unnest(array['MEETING','CONFERENCE','SEMINAR','WORKSHOP','FORUM']) t,
        (select to_char(date '2018-07-01' + g * interval '1 month', 'YYYY-MM') m from generate_series(0, 11) g) months" \
	>"$OUT/filtered.txt"
q "select '/events/' || id from event where publication = 'PUBLISHED' order by random() limit 5000" >"$OUT/event.txt"
q "select '/search?q=' || w || '+' || n from unnest(array['sanaksme','tirdzniecibu','civilo','juras','jauniesu',
   'kulturas','meeting','trafficking','heritage','youth']) w, generate_series(1, 100) n" >"$OUT/search.txt"
q "select '/presidencies/$SLUG/priorities/' || number from priority p join presidency r on r.id = p.presidency_id
   where r.slug = '$SLUG'" >"$OUT/priority.txt"
echo "/presidencies/$SLUG" >"$OUT/overview.txt"

KINDS="timeline filtered event search priority overview"
declare -A LABEL=([timeline]="timeline, any of 800 pages" [filtered]="filtered timeline (720)" \
	[event]="event page (5,000)" [search]="search (1,000 queries)" [priority]="priority page (3)" \
	[overview]="overview (1)" [css]="static CSS")

# warm <paths file>: asks for every address of the list once, four at a time, as gzip-taking visitors would; prints
# "<seconds> <answers other than 200>".
warm() {
	local started; started=$(date +%s%N)
	sed "s|.*|url = \"$BASE&\"\noutput = \"/dev/null\"|" "$1" >"$OUT/warm.curl"
	local failed
	failed=$(curl -s --no-progress-meter --parallel --parallel-max 4 -H 'Accept-Encoding: gzip' -w '%{http_code}\n' \
		-K "$OUT/warm.curl" 2>/dev/null |
		grep -vc '^200$' || true)
	echo "$(( ($(date +%s%N) - started) / 1000000000 )) $failed"
}

# measure <name> <paths file>: one wrk run; prints "rps p50 p99 non2xx errors".
measure() {
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s bench/pages.lua "$BASE" -- "$2" \
		>"$OUT/wrk-$1.txt" 2>&1 || true
	grep '^RESULT' "$OUT/wrk-$1.txt" | tail -n1 | cut -d' ' -f2- || echo "0 0 0 0 0"
}

TABLE="$OUT/table.txt"
: >"$TABLE"
for mode in $MODES; do
	extra=()
	[ "$mode" = uncached ] && extra=(--registry.page-cache.max-bytes=1)
	start_app "$OUT/app-$mode.log" "${extra[@]}"
	SECOND_START_MS=$STARTUP_MS
	CSS=$(curl -sf "$BASE/presidencies/$SLUG" | grep -o '/css/registry[^"]*\.css' | head -n1)
	echo "$CSS" >"$OUT/css.txt"
	echo "Measuring ($mode, $CONNECTIONS connections, $DURATION each)…"
	read -r css1 _ <<<"$(measure "css-$mode-1" "$OUT/css.txt")"
	declare -A R=()
	WARMED=""
	for kind in $KINDS; do
		if [ "$mode" = cached ]; then
			# Steady state: every address of the kind seen once since the last commit, just before its row.
			read -r seconds failed <<<"$(warm "$OUT/$kind.txt")"
			WARMED="$WARMED $kind $(wc -l <"$OUT/$kind.txt") in ${seconds} s${failed:+ ($failed not 200)};"
		fi
		R[$kind]=$(measure "$kind-$mode" "$OUT/$kind.txt")
		echo "  $kind: ${R[$kind]}"
	done
	R[css]=$(measure "css-$mode-2" "$OUT/css.txt")
	read -r css2 _ <<<"${R[css]}"
	css=$(awk -v a="$css1" -v b="$css2" 'BEGIN { print (a + b) / 2 }')
	RSS_KB=$(ps -o rss= -p "$PID" | tr -d ' ')
	{
		printf '\n%s pages (%s), static CSS %.0f req/s on average of two runs (%.0f before, %.0f after)\n' \
			"$mode" "$( [ "$mode" = cached ] && echo 'rendered-page cache on, steady state: every address seen once since the last commit' \
				|| echo 'page cache off: every request queries and renders')" "$css" "$css1" "$css2"
		[ -n "$WARMED" ] && echo "warm pass before each row (addresses, time):$WARMED"
		echo "every request with Accept-Encoding: gzip, as browsers send it"
		printf '%-30s %10s %9s %9s %10s %8s\n' "page kind" "req/s" "p50 ms" "p99 ms" "% of CSS" "non-2xx"
		for kind in $KINDS css; do
			read -r rps p50 p99 non2xx errors <<<"${R[$kind]}"
			printf '%-30s %10.0f %9.1f %9.1f %9.1f%% %8s\n' "${LABEL[$kind]}" "$rps" "$p50" "$p99" \
				"$(awk -v r="$rps" -v c="$css" 'BEGIN { print (c > 0) ? 100 * r / c : 0 }')" "$((non2xx + errors))"
		done
		printf 'start-up to ready on the filled database: %d ms; RSS after load: %d MB; OutOfMemoryError: %s\n' \
			"$SECOND_START_MS" "$((RSS_KB / 1024))" \
			"$(grep -q OutOfMemoryError "$OUT/app-$mode.log" && echo YES || echo none)"
	} >>"$TABLE"
	if [ "$mode" = cached ] && [ -z "${BENCH_SKIP_REPORT:-}" ]; then
		jar="$OUT/cookies.txt"; rm -f "$jar"
		token=$(curl -sf -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
		curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode username=admin \
			--data-urlencode "password=$ADMIN_PASSWORD" "$BASE/login"
		for format in html pdf docx; do
			if t=$(curl -s -b "$jar" -o "$OUT/report.$format" -w '%{http_code} %{time_total}' --max-time 90 \
				"$BASE/admin/presidencies/$SLUG/report.$format?lang=lv"); then
				echo "informative report .$format (20,000 events): HTTP ${t% *} in ${t#* } s" >>"$TABLE"
			else
				echo "informative report .$format (20,000 events): no answer within 90 s" >>"$TABLE"
			fi
		done
	fi
	stop_app
done

{
	echo
	echo "Presidency Activity Registry, $(git rev-parse --short HEAD 2>/dev/null || echo '?') on $(hostname):"
	echo "$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "heap $HEAP, wrk $THREADS threads, $CONNECTIONS connections, $DURATION per row"
	echo "first start on an empty database (migrations, demo data, first admin): $FIRST_START_MS ms${FIRST_START_NOTE:-}"
	cat "$TABLE"
	if [ -s "$STARTUP" ]; then
		echo
		echo "start-up to ready on the filled database (median of 3; CPU seconds the process used by then):"
		for launch in plain cds cds-aot; do
			ms=$(awk -v l="$launch" '$1 == l { print $2 }' "$STARTUP" | sort -n | sed -n 2p)
			cpu=$(awk -v l="$launch" '$1 == l { print $3 }' "$STARTUP" | sort -n | sed -n 2p)
			case $launch in
				plain) label="java -jar (as built)" ;;
				cds) label="extracted, CDS archive" ;;
				cds-aot) label="extracted, CDS archive, Spring AOT" ;;
			esac
			printf '  %-36s %7s ms  %6s s CPU\n' "$label" "$ms" "$cpu"
		done
	fi
} | tee "$OUT/result.txt"
