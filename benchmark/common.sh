# Shared by benchmark/run.sh and benchmark/startup.sh (sourced, from the project's root): building what they run
# and starting the data generator's databases.

# The jar, and the test classpath (the generator, the ceiling) in target/benchmark-classpath.txt; sets JAR.
build() {
    ./mvnw -q -DskipTests package
    ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
    JAR=$(ls target/coordination-*.jar | grep -v plain | head -1)
}

# start_databases WORK PORT SCALE... : an embedded PostgreSQL on PORT with one database per scale (scale1,
# scale10...), migrated and filled with a fixed seed; returns once they are ready. Sets DB_PID (stop it on exit).
start_databases() {
    local work=$1 port=$2
    shift 2
    mkdir -p "$work"
    rm -f "$work/READY"
    java -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
        be.brussels.international.coordination.generator.BenchmarkDatabases "$work" "$port" "$@" \
        > "$work/databases.log" 2>&1 &
    DB_PID=$!
    echo "Generating the databases (a minute or two)…"
    until [ -f "$work/READY" ]; do
        kill -0 "$DB_PID" 2>/dev/null || { cat "$work/databases.log"; exit 1; }
        sleep 2
    done
    grep "filled in" "$work/databases.log"
}
