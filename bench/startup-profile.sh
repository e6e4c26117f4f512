#!/usr/bin/env bash
# Where a start goes: bench/startup-profile.sh, after bench/run.sh has filled the database and extracted the jar
# (target/bench/extracted). Starts the extracted jar as bench/run.sh's fastest start does (Spring AOT, -Xmx256m) but
# without the CDS archive (Java 17 crashes when Flight Recorder and a dynamic archive meet: SIGSEGV in
# check_shared_class_file_load_hook), with Java Flight Recorder from the start, waits until readiness answers UP, then
# prints what the main thread's samples were doing: one line per phase (a sample counts for the first phase of the
# list below that any frame of its stack matches, so nested phases such as the schema validation inside Hibernate's
# start count for themselves, and the phases add up to the main thread's samples).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
DB=${BENCH_DATABASE:-registry_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
EXTRACTED="$OUT/extracted"
APP_JAR=$(ls "$EXTRACTED"/presidency-registry-*.jar 2>/dev/null | head -n1 || true)
[ -n "$APP_JAR" ] || { echo "Run bench/run.sh first (no extracted jar)" >&2; exit 1; }
JFR="$OUT/startup.jfr"
rm -f "$JFR"
started=$(date +%s%N)
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
	java -Xmx256m -Dspring.aot.enabled=true \
	-XX:StartFlightRecording=name=startup,settings=profile ${BENCH_JAVA_OPTS:-} -jar "$APP_JAR" \
	--server.port="$PORT" >"$OUT/startup-profile.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
	kill -0 "$PID" 2>/dev/null || { echo "The application stopped; see $OUT/startup-profile.log" >&2; exit 1; }
	sleep 0.1
done
echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms (with the recording's own cost);" \
	"CPU $(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$PID/stat") s"
jcmd "$PID" JFR.dump name=startup filename="$(pwd)/$JFR" >/dev/null
kill "$PID"; wait "$PID" 2>/dev/null || true
trap - EXIT
jfr print --stack-depth 256 --events jdk.ExecutionSample "$JFR" >"$OUT/startup-samples.txt"
awk '
	BEGIN {
		n = split("DemoDataLoader|FirstAdmin|StartupLock|ReportRenderer:registry start-up work;" \
			"SchemaValidator|AbstractSchemaValidator|InformationExtractor|DatabaseInformation:Hibernate schema validation;" \
			"org.flywaydb:Flyway;" \
			"org.hibernate.envers:Hibernate Envers;" \
			"org.hibernate.query.hql|org.antlr:HQL parsing;" \
			"JpaRepositoryFactory|RepositoryFactorySupport|QueryExecutorMethodInterceptor:Spring Data repositories;" \
			"EntityManagerFactoryBuilderImpl|SessionFactoryImpl|MetadataBuildingProcess|org.hibernate.boot:Hibernate metamodel;" \
			"HikariDataSource|HikariPool|org.postgresql:connections and JDBC;" \
			"TomcatWebServer|org.apache.catalina|org.apache.tomcat:Tomcat;" \
			"ConfigurationClassPostProcessor|ConfigurationClassParser:configuration classes;" \
			"thymeleaf:Thymeleaf;" \
			"SpringApplication.prepareEnvironment|ConfigDataEnvironment|logging:environment and logging", rules, ";")
		for (i = 1; i <= n; i++) { split(rules[i], rule, ":"); marker[i] = rule[1]; label[i] = rule[2] }
	}
	/^jdk.ExecutionSample/ { stack = ""; main = 0; inside = 0; next }
	/sampledThread = "main"/ { main = 1 }
	/stackTrace = \[/ { inside = 1; next }
	inside && /^[ \t]*\]/ { inside = 0; if (main) classify(); next }
	inside { line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]+line:.*/, "", line); stack = stack "\n" line }
	function classify(   i, found, frames, count, j, k) {
		total++
		count = split(stack, frames, "\n")
		for (i = 1; i <= n && !found; i++)
			for (j = 1; j <= count; j++)
				if (frames[j] ~ marker[i]) { phase[label[i]]++; found = 1; break }
		if (!found) phase["other"]++
		for (k = 1; k <= count; k++) if (frames[k] ~ /ClassLoader\.loadClass|defineClass/) { loading++; break }
	}
	END {
		printf "main thread: %d samples (%.0f %% of them loading classes)\n", total, (total ? 100 * loading / total : 0)
		for (p in phase) printf "  %5d  %5.1f %%  %s\n", phase[p], 100 * phase[p] / total, p | "sort -rn"
	}' "$OUT/startup-samples.txt"
