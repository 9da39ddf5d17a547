#!/usr/bin/env bash
# Start-up, as docs/performance.md reports it (issue 23; not run in CI): the time from launching the process to the
# first answer, for the application as bin/coordination starts it (to /actuator/health answering UP, on the
# generator's 1× database, already migrated) and for the ceiling (CeilingApplication: Boot, MVC and Thymeleaf
# alone, to its page answering), with the same JVM settings. They are started turn about, ROUNDS times each, and
# the median is reported, with the ratio.
#
#   benchmark/startup.sh                 # ROUNDS=5
#   COORDINATION_CDS=off benchmark/startup.sh    # bin/coordination without its class data sharing archive
#
# Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-5}
DB_PORT=${DB_PORT:-54331}
APP_PORT=${APP_PORT:-8095}
CEILING_PORT=$(( APP_PORT + 1 ))
WORK=${WORK:-target/benchmark-startup}
JVM=${JAVA_OPTS:--XX:+UseSerialGC -Xms96m -Xmx160m -Xss512k -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=32m -XX:TrimNativeHeapInterval=5000}

# shellcheck source=benchmark/common.sh
. benchmark/common.sh
build
DB_PID=""
PID=""
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
    [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT
start_databases "$WORK" "$DB_PORT" 1

# millis URL CHECK COMMAND... : starts COMMAND (a program: bin/coordination execs java, so that the process
# started is the one stopped), prints the milliseconds until URL answers with CHECK in the answer; stops it.
millis() {
    local url=$1 check=$2
    shift 2
    local start
    start=$(date +%s%N)
    "$@" > "$WORK/last.log" 2>&1 &
    PID=$!
    until curl -fs "$url" 2>/dev/null | grep -q "$check"; do
        kill -0 "$PID" 2>/dev/null || { tail -40 "$WORK/last.log" >&2; exit 1; }
        sleep 0.05
    done
    echo $(( ($(date +%s%N) - start) / 1000000 ))
    kill "$PID"
    wait "$PID" 2>/dev/null || true
    while curl -fs -o /dev/null "$url" 2>/dev/null; do sleep 0.1; done
    PID=""
}

APPLICATION=(env DB_URL="jdbc:postgresql://localhost:$DB_PORT/scale1" DB_USER=postgres DB_PASSWORD= COORDINATION_JAR="$JAR"
    bin/coordination --server.port="$APP_PORT")
# shellcheck disable=SC2206
CEILING=(java $JVM -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"
    be.brussels.international.ceiling.CeilingApplication --server.port="$CEILING_PORT")

# A first start of each, not counted: migrations, the archive bin/coordination may train, the page cache.
millis "http://localhost:$APP_PORT/actuator/health" UP "${APPLICATION[@]}" > /dev/null
millis "http://localhost:$CEILING_PORT/" Ceiling "${CEILING[@]}" > /dev/null

APP="" CEIL=""
for round in $(seq "$ROUNDS"); do
    a=$(millis "http://localhost:$APP_PORT/actuator/health" UP "${APPLICATION[@]}")
    c=$(millis "http://localhost:$CEILING_PORT/" Ceiling "${CEILING[@]}")
    echo "round $round: application $a ms, ceiling $c ms"
    APP+="$a"$'\n'
    CEIL+="$c"$'\n'
done
median() { sort -n | awk 'NF { v[++n] = $1 } END { print v[int((n + 1) / 2)] }'; }
a=$(printf '%s' "$APP" | median)
c=$(printf '%s' "$CEIL" | median)
echo
echo "| start-up to the first answer (median of $ROUNDS) | ms |"
echo "|---|---:|"
echo "| application (bin/coordination${COORDINATION_CDS:+, COORDINATION_CDS=$COORDINATION_CDS}) | $a |"
echo "| ceiling (CeilingApplication) | $c |"
echo "| ratio | $(awk -v a="$a" -v c="$c" 'BEGIN { printf "%.2f", a / c }') |"
echo "$(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1)"
