#!/usr/bin/env bash
# The newsletter's benchmark of docs/performance.md (not run in CI): the packaged application, started with
# bin/coordination's settings, sends an edition to N (50 000) generated subscribers through a local SMTP server
# (GreenMail, in another process), then imports an N-line CSV. It prints messages per second, the import's time,
# and the application's resident memory before, during (the highest sample, every second) and after each.
#
#   benchmark/newsletter.sh              # N=50000, at most RATE=1000000 messages a minute (the worker's limit)
#
# Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-50000}
RATE=${RATE:-1000000}
DB_PORT=${DB_PORT:-54339}
SMTP_PORT=${SMTP_PORT:-3026}
APP_PORT=${APP_PORT:-8091}
WORK=${WORK:-target/benchmark-newsletter}
PASSWORD="grue cendrée au-dessus du canal"
BASE="http://localhost:$APP_PORT"

./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
mkdir -p "$WORK"
rm -f "$WORK/READY" "$WORK/COUNT"
java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    be.brussels.international.coordination.generator.NewsletterBenchmarkServices "$WORK" "$DB_PORT" "$SMTP_PORT" "$N" \
    > "$WORK/services.log" 2>&1 &
SERVICES=$!
APP=
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
    kill "$SERVICES" 2>/dev/null || true
}
trap cleanup EXIT
until [ -f "$WORK/READY" ]; do
    kill -0 "$SERVICES" 2>/dev/null || { cat "$WORK/services.log"; exit 1; }
    sleep 1
done
EDITION=$(cat "$WORK/READY")

DB_URL="jdbc:postgresql://localhost:$DB_PORT/newsletter" DB_USER=postgres DB_PASSWORD= \
    COORDINATION_ADMIN_PASSWORD="$PASSWORD" COORDINATION_MAIL_ENABLED=true SPRING_MAIL_HOST=127.0.0.1 \
    SPRING_MAIL_PORT="$SMTP_PORT" COORDINATION_NEWSLETTER_RATE="$RATE" COORDINATION_PUBLIC_URL="$BASE" \
    bin/coordination --server.port="$APP_PORT" > "$WORK/application.log" 2>&1 &
APP=$!
until curl -fs "$BASE/actuator/health" | grep -q UP; do
    kill -0 "$APP" 2>/dev/null || { tail -50 "$WORK/application.log"; exit 1; }
    sleep 1
done

rss() { echo $(( $(ps -o rss= -p "$APP") / 1024 )); }
cookies="$WORK/cookies"
rm -f "$cookies"
token() { # token PATH: the CSRF token of a page
    curl -fs -c "$cookies" -b "$cookies" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//; s/"$//'
}
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=admin" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(token /login)" "$BASE/login"
# A first page or two, so that "before" is the application at work rather than just started.
curl -fs -o /dev/null -b "$cookies" "$BASE/newsletter/editions/$EDITION"
sleep 5
echo "Resident memory before sending: $(rss) MiB"

csrf=$(token "/newsletter/editions/$EDITION")
started=$(date +%s.%N)
curl -fs -o /dev/null -b "$cookies" -c "$cookies" -d "version=0" -d "_csrf=$csrf" \
    "$BASE/newsletter/editions/$EDITION/send"
peak=0
while true; do
    now=$(rss); [ "$now" -gt "$peak" ] && peak=$now
    progress=$(curl -fs -b "$cookies" "$BASE/newsletter/editions/$EDITION/progress?lang=en" \
        | grep -o '[0-9,]* sent out of [0-9,]*' | tr -d , || true)
    sent=${progress%% *}
    [ "${sent:-0}" -ge "$N" ] && break
    sleep 1
done
ended=$(date +%s.%N)
seconds=$(echo "$ended - $started" | bc)
echo "Sent $N messages in $seconds s: $(echo "$N / $seconds" | bc) messages/s; resident memory during: at most $peak MiB"
rm -f "$WORK/COUNT"; until [ -f "$WORK/COUNT" ]; do sleep 0.5; done
echo "The SMTP server received (messages, distinct recipients): $(cat "$WORK/COUNT")"
sleep 10
echo "Resident memory 10 s after sending: $(rss) MiB"

CSV="$WORK/import.csv"
{ echo "email;languages"; seq 1 "$N" | awk '{ print "imported" $1 "@example.org;" (NR % 2 ? "fr" : "nl,en") }'; } > "$CSV"
csrf=$(token /newsletter/subscribers/import)
peak=0
started=$(date +%s.%N)
rm -f "$WORK/import-rss"
( while kill -0 "$APP" 2>/dev/null; do rss >> "$WORK/import-rss"; sleep 1; done ) & SAMPLER=$!
curl -fs -o "$WORK/import.html" -b "$cookies" -F "file=@$CSV;type=text/csv" -F "languages=fr" \
    -F "consentBasis=Benchmark: generated addresses" -F "_csrf=$csrf" "$BASE/newsletter/subscribers/import"
ended=$(date +%s.%N)
kill "$SAMPLER" 2>/dev/null || true
peak=$(sort -n "$WORK/import-rss" | tail -1)
echo "Imported a $N-line CSV in $(echo "$ended - $started" | bc) s; resident memory during: at most $peak MiB"
grep -o '[0-9]*</span>[^<]*<span[^>]*>adresse(s) importées' "$WORK/import.html" | head -1 || true
sleep 10
echo "Resident memory 10 s after the import: $(rss) MiB"
