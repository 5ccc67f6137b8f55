#!/usr/bin/env bash
# Several instances on one PostgreSQL database (docs/service.md, "Several instances"), not a unit test: starts
# PostgreSQL if it is not running, three instances of target/turnus.jar on free 127.0.0.1 ports with a throwaway
# database, submits N roster jobs round-robin through the three (as a load balancer would) and one scenario set
# (data-samples/scenario-narvik.json: each option a job of its own), kills one instance with kill -9 while it solves
# a job that has a stored best, waits for every job to end and reports from the jobs' run history (job_run):
# throughput, takeover time, jobs lost and jobs solved by two instances at once, and the set's end with the
# instances its options ran on.
# Usage: benchmarks/cluster-demo.sh [jobs=6] [job time limit=20s]
# Timings depend on the machine: the instances share its cores (CPU-bound solves), so throughput is limited by
# the cores, not by the number of instances. Lease: HEARTBEAT (default 1s) x MISSED (default 4, at least 4) heartbeats.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-6}
limit=${2:-20s}
jar=${TURNUS_JAR:-target/turnus.jar}
pg=(-h 127.0.0.1 -U postgres)

if ! pg_isready "${pg[@]}" -q; then
  echo "PostgreSQL is not running on 127.0.0.1:5432; starting it"
  if command -v pg_ctlcluster >/dev/null && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
    version=$(ls /etc/postgresql | sort -V | tail -1)
    pg_ctlcluster "$version" main start || sudo pg_ctlcluster "$version" main start
  else
    sudo service postgresql start
  fi
  for _ in $(seq 1 30); do pg_isready "${pg[@]}" -q && break; sleep 1; done
  pg_isready "${pg[@]}" -q || { echo "PostgreSQL did not start"; exit 1; }
fi

[ -f "$jar" ] || mvn -o -q -B -DskipTests package
name=turnus_cluster_$RANDOM$RANDOM
createdb "${pg[@]}" "$name"
sql() { psql "${pg[@]}" -d "$name" -qtAX -c "$1"; }
export TURNUS_ADMIN_PASSWORD=${TURNUS_ADMIN_PASSWORD:-cluster-$RANDOM$RANDOM}
heartbeat=${HEARTBEAT:-1s}
missed=${MISSED:-4}
mkdir -p benchmarks/local
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  dropdb "${pg[@]}" --force "$name" || true
}
trap cleanup EXIT

ports=()
for i in 1 2 3; do
  log=benchmarks/local/cluster-demo-$i.log   # each instance's own log, kept (git-ignored)
  java -Xmx768m -jar "$jar" --server.address=127.0.0.1 --server.port=0 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$name" --spring.datasource.username=postgres \
    --turnus.jobs.instance="demo-$i" --turnus.jobs.concurrent=1 --turnus.jobs.max-queued="$jobs" \
    --turnus.jobs.poll-interval=500ms --turnus.jobs.store-interval=1s \
    --turnus.jobs.heartbeat="$heartbeat" --turnus.jobs.missed-heartbeats="$missed" >"$log" 2>&1 &
  pids+=($!)
  # One at a time: the first migrates the schema.
  port=
  for _ in $(seq 1 180); do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "instance $i did not start:"; tail -20 "$log"; exit 1; }
    port=$(grep -o 'Tomcat started on port [0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    sleep 1
  done
  [ -n "$port" ] || { echo "instance $i did not start within 180 s"; exit 1; }
  ports+=("$port")
done
echo "3 instances (pids ${pids[*]}) on ports ${ports[*]}, database $name, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"

api() { # api PORT METHOD PATH [BODY]
  curl -sf -u "admin:$TURNUS_ADMIN_PASSWORD" -X "$2" -H 'Content-Type: application/json' \
    ${4:+--data-binary "$4"} "http://127.0.0.1:$1$3"
}
dataset=$(api "${ports[0]}" POST /api/datasets @data-samples/roster-small.json | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
scenarios=$(api "${ports[1]}" POST /api/datasets @data-samples/scenario-narvik.json | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
start=$(date +%s.%N)
for j in $(seq 1 "$jobs"); do
  api "${ports[$(( (j - 1) % 3 ))]}" POST /api/jobs "{\"datasetId\":\"$dataset\",\"timeLimit\":\"$limit\"}" >/dev/null
done
set_job=$(api "${ports[2]}" POST /api/jobs "{\"datasetId\":\"$scenarios\",\"timeLimit\":\"$limit\"}" \
  | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
echo "submitted $jobs roster jobs of $limit and scenario set $set_job ($limit per option)"

# Kill instance 2 while it solves a job with a stored best.
victim=
for _ in $(seq 1 300); do
  victim=$(sql "SELECT j.id FROM job j JOIN job_run r ON r.job_id = j.id WHERE r.instance = 'demo-2'
                AND r.ended IS NULL AND j.best_solution IS NOT NULL LIMIT 1")
  [ -n "$victim" ] && break
  sleep 0.5
done
[ -n "$victim" ] || { echo "instance 2 never solved a job"; exit 1; }
kill -9 "${pids[1]}"
killed=$(date +%s.%N)
wait "${pids[1]}" 2>/dev/null || true
waiting=$(sql "SELECT COUNT(*) FROM job WHERE status = 'queued'")
echo "killed instance demo-2 (kill -9) while it solved job $victim; $waiting job(s) queued then"

deadline=$(( $(date +%s) + 600 ))
while [ "$(sql "SELECT COUNT(*) FROM job WHERE status IN ('queued', 'solving')")" != 0 ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "jobs still unfinished after 600 s"; break; }
  sleep 1
done
end=$(date +%s.%N)

taken=$(sql "SELECT EXTRACT(EPOCH FROM MIN(r2.started)) FROM job_run r1 JOIN job_run r2 ON r2.job_id = r1.job_id
             AND r2.started >= r1.started AND r2.id <> r1.id WHERE r1.outcome = 'lost'")
lost=$(sql "SELECT COUNT(*) FROM job WHERE status <> 'completed'")   # roster jobs, the set and its parts
twice=$(sql "SELECT COUNT(DISTINCT r1.job_id) FROM job_run r1 JOIN job_run r2 ON r2.job_id = r1.job_id AND r2.id > r1.id
             WHERE r2.started < COALESCE(r1.ended, now()) AND r1.started < COALESCE(r2.ended, now())")
echo "runs per outcome: $(sql "SELECT string_agg(outcome || ' ' || n, ', ') FROM (SELECT outcome, COUNT(*) n FROM job_run GROUP BY outcome) o")"
echo "roster jobs: $jobs submitted, $(sql "SELECT COUNT(*) FROM job WHERE kind = 'roster' AND status = 'completed'") completed; all ended in $(awk "BEGIN{printf \"%.1f\", $end - $start}") s"\
" ($(awk "BEGIN{printf \"%.2f\", $(sql "SELECT COUNT(*) FROM job WHERE kind = 'roster' OR part_of IS NOT NULL") * 60 / ($end - $start)}") solve jobs/min, the set's options included)"
if [ -n "$taken" ]; then
  echo "takeover: job $victim resumed $(awk "BEGIN{printf \"%.1f\", $taken - $killed}") s after the kill"\
" (lease $heartbeat x $missed; includes waiting for a free solver thread behind the $waiting queued job(s))"
else
  echo "takeover: none recorded"
fi
echo "scenario set: $(sql "SELECT status || ', ' || best_score FROM job WHERE id = '$set_job'");"\
" $(sql "SELECT COUNT(*) FROM job WHERE part_of = '$set_job'") options as jobs of their own, solved on"\
" $(sql "SELECT string_agg(instance || ' ' || n, ', ') FROM (SELECT r.instance, COUNT(*) n FROM job p
         JOIN job_run r ON r.job_id = p.id WHERE p.part_of = '$set_job' AND r.outcome <> 'lost' GROUP BY r.instance
         ORDER BY r.instance) i")"
echo "lost (not completed, of every job, parts too): $lost; solved by two instances at once: $twice"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
