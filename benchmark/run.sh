#!/usr/bin/env bash
# The benchmark of the README's "Performance" section (not run in CI). Builds the jar, starts an embedded
# PostgreSQL with a database at the cell's size (scale1) and one at ten times it (scale10), filled by the
# data generator with a fixed seed, then for each: starts the packaged application on it with the shipped
# JVM settings, logs in as fvandernoot, drives each main page with wrk (16 connections, 2 threads) and prints
# requests/s, p50 and p99 latency per page, the 10×/1× throughput ratio, and the application's resident
# memory after the run.
#
#   benchmark/run.sh                 # 30 s per page (DURATION=30s), after 20 s of warm-up (WARMUP=20s)
#   DURATION=10s benchmark/run.sh    # quicker
#
# Needs wrk (apt-get install wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-16}
DB_PORT=${DB_PORT:-54329}
APP_PORT=${APP_PORT:-8089}
WORK=target/benchmark
PAGES=("/" "/partners" "/partners/quebec" "/staff/fvandernoot" "/visits" "VISIT" "/search?q=quebec")

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
JAR=$(ls target/coordination-*.jar | grep -v plain | head -1)

mkdir -p "$WORK"
rm -f "$WORK/READY"
java -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    be.brussels.international.coordination.generator.BenchmarkDatabases "$WORK" "$DB_PORT" 1 10 \
    > "$WORK/databases.log" 2>&1 &
DB_PID=$!
APP_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    kill "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT
echo "Generating the databases (a few minutes at 10×)…"
until [ -f "$WORK/READY" ]; do
    kill -0 "$DB_PID" 2>/dev/null || { cat "$WORK/databases.log"; exit 1; }
    sleep 2
done
grep "filled in" "$WORK/databases.log"

declare -A RPS P50 P99 RSS
for scale in 1 10; do
    DB_URL="jdbc:postgresql://localhost:$DB_PORT/scale$scale" DB_USER=postgres DB_PASSWORD= \
        COORDINATION_JAR="$JAR" bin/coordination --server.port="$APP_PORT" --spring.profiles.active=demo \
        > "$WORK/app-$scale.log" 2>&1 &
    APP_PID=$!
    until curl -fs "http://localhost:$APP_PORT/actuator/health" >/dev/null; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app-$scale.log"; exit 1; }
        sleep 1
    done
    JAR_COOKIES="$WORK/cookies-$scale.txt"
    rm -f "$JAR_COOKIES"
    CSRF=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://localhost:$APP_PORT/login" \
        | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "username=fvandernoot&password=demo&_csrf=$CSRF" \
        "http://localhost:$APP_PORT/login"
    SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_COOKIES")
    # The JIT compiles the hot paths in the first minute: warm every page up before measuring any.
    for page in "${PAGES[@]}"; do
        [ "$page" = VISIT ] && continue
        wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: JSESSIONID=$SESSION" "http://localhost:$APP_PORT$page" >/dev/null
    done
    VISIT=$(curl -fs -b "JSESSIONID=$SESSION" "http://localhost:$APP_PORT/visits" | grep -o 'href="/visits/[0-9]*"' \
        | head -1 | sed 's/href="//; s/"$//')
    for page in "${PAGES[@]}"; do
        url=$page
        [ "$page" = VISIT ] && url=$VISIT
        status=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$SESSION" "http://localhost:$APP_PORT$url")
        [ "$status" = 200 ] || { echo "$url answered $status at scale $scale" >&2; exit 1; }
        wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: JSESSIONID=$SESSION" "http://localhost:$APP_PORT$url" >/dev/null
        out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s benchmark/status.lua -H "Cookie: JSESSIONID=$SESSION" \
            "http://localhost:$APP_PORT$url")
        failures=$(echo "$out" | awk '/^NON200/ { print $2 }')
        errors=$(echo "$out" | awk '/^ERRORS/ { print $2 }')
        [ "$failures" = 0 ] && [ "$errors" = 0 ] || { echo "$out"; echo "$url: $failures non-200, $errors errors" >&2; exit 1; }
        RPS[$scale,$page]=$(echo "$out" | awk '/^RPS/ { print $2 }')
        P50[$scale,$page]=$(echo "$out" | awk '/^P50/ { print $2 }')
        P99[$scale,$page]=$(echo "$out" | awk '/^P99/ { print $2 }')
        echo "scale $scale  $url  ${RPS[$scale,$page]} req/s  p50 ${P50[$scale,$page]} ms  p99 ${P99[$scale,$page]} ms"
    done
    RSS[$scale]=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
done

echo
echo "| page | 1× req/s | 1× p50 ms | 1× p99 ms | 10× req/s | 10× p50 ms | 10× p99 ms | 10×/1× |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for page in "${PAGES[@]}"; do
    name=$page
    [ "$page" = VISIT ] && name="/visits/{id}"
    ratio=$(awk -v a="${RPS[10,$page]}" -v b="${RPS[1,$page]}" 'BEGIN { printf "%.2f", a / b }')
    echo "| \`$name\` | ${RPS[1,$page]} | ${P50[1,$page]} | ${P99[1,$page]} | ${RPS[10,$page]} | ${P50[10,$page]} | ${P99[10,$page]} | $ratio |"
done
echo
echo "Resident memory after the run: ${RSS[1]} MiB at 1×, ${RSS[10]} MiB at 10×."
echo "$(date -u +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
