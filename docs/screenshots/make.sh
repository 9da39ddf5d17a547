#!/usr/bin/env bash
# Regenerates the screenshots of this directory: starts the demo application (the README's run command,
# in a temporary working directory so that its database is a fresh demo cell), takes the screenshots with
# Debian's headless Chromium (Screenshots.java, test sources), stops the application.
#   bash docs/screenshots/make.sh            (from the repository's root; needs chromium and chromium-driver)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18080
work=$(mktemp -d)
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/screenshots-classpath.txt \
    -Dmdep.includeScope=test
setsid ./mvnw -q spring-boot:test-run -Dspring-boot.run.workingDirectory="$work" \
    -Dspring-boot.run.arguments=--server.port=$port > "$work/run.log" 2>&1 &
app=$!
trap 'kill -- -$app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 420); do
    curl -sf "http://localhost:$port/actuator/health" > /dev/null && break
    sleep 1
done
curl -sf "http://localhost:$port/actuator/health" > /dev/null || { cat "$work/run.log"; exit 1; }
java -cp "target/test-classes:target/classes:$(cat target/screenshots-classpath.txt)" \
    be.brussels.international.coordination.Screenshots "http://localhost:$port" docs/screenshots
