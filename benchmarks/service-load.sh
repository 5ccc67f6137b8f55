#!/usr/bin/env bash
# Service load check (not a unit test): starts target/turnus.jar on 127.0.0.1 with a throwaway H2 database,
# runs N concurrent clients (upload, solve, poll, read, delete) for a bounded time, prints the figures for
# benchmarks/RESULTS.md with the service's peak memory, and stops the service it started.
# Usage: benchmarks/service-load.sh [clients=8] [seconds=60] [job time limit=2s]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-8}
seconds=${2:-60}
limit=${3:-2s}
port=${PORT:-18181}

[ -f target/turnus.jar ] && [ -f target/test-classes/no/turnus/api/ServiceLoadCheck.class ] \
  || mvn -o -q -B -DskipTests package
db=$(mktemp -d)
java -Xmx1g -jar target/turnus.jar --server.address=127.0.0.1 --server.port="$port" \
  --spring.datasource.url="jdbc:h2:file:$db/turnus" --turnus.jobs.max-queued=4 >"$db/service.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$db"' EXIT
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  sleep 1
done
echo "service pid $pid on port $port, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp target/test-classes no.turnus.api.ServiceLoadCheck "http://127.0.0.1:$port" "$clients" "$seconds" "$limit"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
heap=$(curl -s "http://127.0.0.1:$port/actuator/metrics/jvm.memory.used?tag=area:heap" | grep -o '"value":[0-9.E]*' | head -1 | cut -d: -f2)
echo "service memory: heap used now $(awk "BEGIN{printf \"%.0f\", $heap/1048576}") MB (-Xmx1g), resident peak $(grep VmHWM /proc/$pid/status | awk '{print $2/1024}') MB"
