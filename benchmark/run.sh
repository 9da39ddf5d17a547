#!/usr/bin/env bash
# The benchmark of docs/performance.md (not run in CI). Builds the jar, starts an embedded
# PostgreSQL with a database at the cell's size (scale1) and one at ten times it (scale10), filled by the
# data generator with a fixed seed, then starts the packaged application twice with the shipped JVM settings
# (bin/coordination), one on each database, logs in as fvandernoot on both, and drives each main page with
# wrk (16 connections, 2 threads). It prints requests/s, p50 and p99 latency per page at both scales, the
# 10×/1× throughput ratio, and each application's resident memory after the run (and 10 s later) and at its peak.
#
# The two scales are measured turn about, page by page, ROUNDS times, and the median round is reported: on a
# shared machine the speed drifts over minutes (and the JIT keeps compiling for minutes), so measuring all of
# 1× and then all of 10× made the ratios mostly noise.
#
# The ceiling (issue 23): the leanest Spring application serving a page (CeilingApplication, test sources: Boot,
# MVC, Thymeleaf of the same versions, no database, no security), started with the same JVM settings and measured
# in the same rounds, turn about with each page; every page is also reported as a fraction of it.
#
#   benchmark/run.sh                                # ROUNDS=3 rounds of DURATION=10s per page and scale
#   ROUNDS=1 DURATION=5s WARMUP=5s benchmark/run.sh # quicker, noisier
#   PAGE_CACHE=off benchmark/run.sh                 # every page made afresh (coordination.page-cache.enabled=false)
#
# With the page cache on (the default, as shipped), wrk asking the same page again and again in one session is
# answered from memory after the first request (web/PageCache): it measures a page asked again, unchanged. With
# PAGE_CACHE=off it measures a page made from the database every time, as after any change.
#
# Needs wrk (apt-get install wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10s}
WARMUP_PASSES=${WARMUP_PASSES:-3}
CONNECTIONS=${CONNECTIONS:-16}
PAGE_CACHE=${PAGE_CACHE:-on}
DB_PORT=${DB_PORT:-54329}
declare -A PORT=([1]=${APP_PORT:-8089} [10]=$(( ${APP_PORT:-8089} + 1 )) [C]=$(( ${APP_PORT:-8089} + 2 )))
WORK=${WORK:-target/benchmark}
PAGES=("/" "/partners" "/partners/quebec" "/staff/fvandernoot" "/visits" "VISIT" "/search?q=quebec")

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

# shellcheck source=benchmark/common.sh
. benchmark/common.sh
build
DB_PID=""
declare -A APP_PID SESSION VISIT
cleanup() {
    for pid in "${APP_PID[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT
start_databases "$WORK" "$DB_PORT" 1 10

url() { # url SCALE PAGE (scale C: the ceiling's one page, whatever the page)
    local page=$2
    [ "$1" = C ] && page=/
    [ "$page" = VISIT ] && page=${VISIT[$1]}
    echo "http://localhost:${PORT[$1]}$page"
}

# The ceiling, with bin/coordination's JVM settings.
java ${JAVA_OPTS:--XX:+UseSerialGC -Xms96m -Xmx160m -Xss512k -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=32m -XX:TrimNativeHeapInterval=5000} \
    -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    be.brussels.international.ceiling.CeilingApplication --server.port="${PORT[C]}" > "$WORK/ceiling.log" 2>&1 &
APP_PID[C]=$!

for scale in 1 10; do
    DB_URL="jdbc:postgresql://localhost:$DB_PORT/scale$scale" DB_USER=postgres DB_PASSWORD= \
        COORDINATION_JAR="$JAR" bin/coordination --server.port="${PORT[$scale]}" --spring.profiles.active=demo \
        --coordination.page-cache.enabled="$([ "$PAGE_CACHE" = off ] && echo false || echo true)" \
        > "$WORK/app-$scale.log" 2>&1 &
    APP_PID[$scale]=$!
done
for scale in 1 10; do
    base="http://localhost:${PORT[$scale]}"
    until curl -fs "$base/actuator/health" >/dev/null; do
        kill -0 "${APP_PID[$scale]}" 2>/dev/null || { tail -50 "$WORK/app-$scale.log"; exit 1; }
        sleep 1
    done
    cookies="$WORK/cookies-$scale.txt"
    rm -f "$cookies"
    csrf=$(curl -fs -c "$cookies" -b "$cookies" "$base/login" \
        | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$cookies" -b "$cookies" -d "username=fvandernoot&password=demo&_csrf=$csrf" "$base/login"
    SESSION[$scale]=$(awk '$6 == "SESSION" { print $7 }' "$cookies")
    VISIT[$scale]=$(curl -fs -b "SESSION=${SESSION[$scale]}" "$base/visits" | grep -o 'href="/visits/[0-9]*"' \
        | head -1 | sed 's/href="//; s/"$//')
    for page in "${PAGES[@]}"; do
        status=$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=${SESSION[$scale]}" "$(url "$scale" "$page")")
        [ "$status" = 200 ] || { echo "$(url "$scale" "$page") answered $status" >&2; exit 1; }
    done
done

until curl -fs -o /dev/null "$(url C /)"; do
    kill -0 "${APP_PID[C]}" 2>/dev/null || { tail -50 "$WORK/ceiling.log"; exit 1; }
    sleep 1
done

# The JIT compiles the hot paths over the first minutes: warm every page up, several times, at both scales.
echo "Warming up ($WARMUP_PASSES passes of $WARMUP per page and scale)…"
for pass in $(seq "$WARMUP_PASSES"); do
    for page in "${PAGES[@]}"; do
        for scale in 1 10; do
            wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: SESSION=${SESSION[$scale]}" "$(url "$scale" "$page")" \
                >/dev/null
        done
    done
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$(url C /)" >/dev/null
done

declare -A RPS P50 P99
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for page in "${PAGES[@]}"; do
    declare -A rounds=([1]="" [10]="" [C]="")
    for round in $(seq "$ROUNDS"); do
        for scale in 1 10 C; do
            out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s benchmark/status.lua \
                -H "Cookie: SESSION=${SESSION[$scale]:-none}" "$(url "$scale" "$page")")
            failures=$(echo "$out" | awk '/^NON200/ { print $2 }')
            errors=$(echo "$out" | awk '/^ERRORS/ { print $2 }')
            [ "$failures" = 0 ] && [ "$errors" = 0 ] || {
                echo "$out"; echo "$(url "$scale" "$page"): $failures non-200, $errors errors" >&2; exit 1; }
            line=$(echo "$out" | awk '/^RPS/ { r = $2 } /^P50/ { p = $2 } /^P99/ { q = $2 } END { print r, p, q }')
            rounds[$scale]+="$line"$'\n'
            echo "round $round  scale $scale  $(url "$scale" "$page")  $line"
        done
    done
    for scale in 1 10 C; do
        RPS[$scale,$page]=$(printf '%s' "${rounds[$scale]}" | awk '{ print $1 }' | median)
        P50[$scale,$page]=$(printf '%s' "${rounds[$scale]}" | awk '{ printf "%.0f\n", $2 }' | median)
        P99[$scale,$page]=$(printf '%s' "${rounds[$scale]}" | awk '{ printf "%.0f\n", $3 }' | median)
    done
done

echo
echo "Page cache: $PAGE_CACHE (PAGE_CACHE=off: every page made afresh)"
echo
echo "| page | 1× req/s | 1× p50 ms | 1× p99 ms | 10× req/s | 10× p50 ms | 10× p99 ms | 10×/1× | ceiling req/s | 1× / ceiling |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for page in "${PAGES[@]}"; do
    name=$page
    [ "$page" = VISIT ] && name="/visits/{id}"
    ratio=$(awk -v a="${RPS[10,$page]}" -v b="${RPS[1,$page]}" 'BEGIN { printf "%.2f", a / b }')
    ceiling=$(awk -v a="${RPS[1,$page]}" -v b="${RPS[C,$page]}" 'BEGIN { printf "%.3f", a / b }')
    echo "| \`$name\` | ${RPS[1,$page]} | ${P50[1,$page]} | ${P99[1,$page]} | ${RPS[10,$page]} | ${P50[10,$page]} | ${P99[10,$page]} | $ratio | ${RPS[C,$page]} | $ceiling |"
done
echo
declare -A RSS_AFTER
for scale in 1 10; do
    RSS_AFTER[$scale]=$(( $(ps -o rss= -p "${APP_PID[$scale]}") / 1024 ))
done
# The JVM gives the C heap its compilers freed back every 5 s (bin/coordination): read again once it has.
sleep 10
for scale in 1 10; do
    pid=${APP_PID[$scale]}
    echo "Resident memory at ${scale}×: ${RSS_AFTER[$scale]} MiB right after the run," \
        "$(( $(ps -o rss= -p "$pid") / 1024 )) MiB 10 s later," \
        "$(( $(awk '/VmHWM/ { print $2 }' "/proc/$pid/status") / 1024 )) MiB at its peak."
done
echo "$(date -u +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
