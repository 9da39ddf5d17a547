#!/usr/bin/env bash
# The load test of docs/performance.md (not run in CI): builds the jar, starts an
# embedded PostgreSQL with a database at the cell's size (the benchmark's generator), starts the packaged
# application on it with the shipped JVM settings, then runs USERS concurrent users (50) for SECONDS (300),
# each logged in, reading the main pages and writing at the same time (notes, members of one shared visit,
# its logistics). Prints what happened, counts in the database the writes the users were told were saved,
# and fails on any server error, unexpected answer or lost write.
#
#   loadtest/run.sh                      # 50 users, 5 minutes
#   USERS=20 SECONDS=60 loadtest/run.sh  # quicker
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-50}
SECONDS_TO_RUN=${SECONDS:-300}
DB_PORT=${DB_PORT:-54339}
APP_PORT=${APP_PORT:-8099}
WORK=target/loadtest

./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/loadtest-classpath.txt
CLASSPATH="target/test-classes:target/classes:$(cat target/loadtest-classpath.txt)"
JAR=$(ls target/coordination-*.jar | grep -v plain | head -1)

mkdir -p "$WORK"
rm -f "$WORK/READY"
java -cp "$CLASSPATH" be.brussels.international.coordination.generator.BenchmarkDatabases "$WORK" "$DB_PORT" 1 \
    > "$WORK/database.log" 2>&1 &
DB_PID=$!
APP_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    kill "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT
until [ -f "$WORK/READY" ]; do
    kill -0 "$DB_PID" 2>/dev/null || { cat "$WORK/database.log"; exit 1; }
    sleep 2
done

DB_URL="jdbc:postgresql://localhost:$DB_PORT/scale1" DB_USER=postgres DB_PASSWORD= COORDINATION_JAR="$JAR" \
    bin/coordination --server.port="$APP_PORT" --spring.profiles.active=demo > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs "http://localhost:$APP_PORT/actuator/health" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
    sleep 1
done

java -cp "$CLASSPATH" be.brussels.international.coordination.loadtest.LoadTest "http://localhost:$APP_PORT" \
    "jdbc:postgresql://localhost:$DB_PORT/scale1" "$USERS" "$SECONDS_TO_RUN"
echo "server errors in the application's log: $(grep -c ' ERROR ' "$WORK/app.log" || true)"
