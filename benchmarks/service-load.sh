#!/usr/bin/env bash
# Service load check (not a unit test): starts target/turnus.jar on 127.0.0.1 with a throwaway H2 database,
# runs N concurrent clients (upload, solve, poll, read, delete) for a bounded time, prints the figures for
# benchmarks/RESULTS.md with the service's peak memory, and stops the service it started.
# Usage: benchmarks/service-load.sh [clients=8] [seconds=60] [job time limit=2s] [dataset=data-samples/roster-small.json]
# With TURNUS_DB_URL (and TURNUS_DB_USER) set, the service uses that database instead, e.g. an empty PostgreSQL one.
# With TURNUS_JAR=other.jar it loads another build (e.g. the previous commit's) with the same client: old and new
# measured side by side by two runs of this script in one command.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-8}
seconds=${2:-60}
limit=${3:-2s}
sample=${4:-data-samples/roster-small.json}
jar=${TURNUS_JAR:-target/turnus.jar}

[ -f "$jar" ] && [ -f target/test-classes/no/turnus/api/ServiceLoadCheck.class ] \
  || mvn -o -q -B -DskipTests package
db=$(mktemp -d)
# The clients sign in as admin with this password (exported: ServiceLoadCheck reads it too).
export TURNUS_ADMIN_PASSWORD=${TURNUS_ADMIN_PASSWORD:-load-$RANDOM$RANDOM}
mkdir -p benchmarks/local
log=benchmarks/local/service-load.log   # the service's own log, kept (git-ignored)
# A free port chosen by the service itself: other services on this machine may hold fixed ones.
java -Xmx1g -jar "$jar" --server.address=127.0.0.1 --server.port=0 \
  --spring.datasource.url="${TURNUS_DB_URL:-jdbc:h2:file:$db/turnus}" --turnus.jobs.max-queued=4 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$db"' EXIT
port=
for _ in $(seq 1 120); do
  kill -0 "$pid" 2>/dev/null || { echo "the service did not start:"; tail -20 "$log"; exit 1; }
  port=$(grep -o 'Tomcat started on port [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 1
done
[ -n "$port" ] || { echo "the service did not start within 120 s"; exit 1; }
echo "jar $jar, database ${TURNUS_DB_URL:-H2 file}, service pid $pid on port $port, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp target/test-classes no.turnus.api.ServiceLoadCheck "http://127.0.0.1:$port" "$clients" "$seconds" "$limit" "$sample"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
peak=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status")
heap=$(curl -s -u "admin:$TURNUS_ADMIN_PASSWORD" "http://127.0.0.1:$port/actuator/metrics/jvm.memory.used?tag=area:heap" | grep -o '"value":[0-9.E]*' | head -1 | cut -d: -f2)
echo "service memory: heap used now $(awk "BEGIN{printf \"%.0f\", $heap/1048576}") MB (-Xmx1g), resident peak $peak MB"
