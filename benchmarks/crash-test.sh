#!/usr/bin/env bash
# Crash test (not a unit test): N acknowledged writes, each followed at once by kill -9 of the service, then a check
# that every acknowledged write is there. Writes alternate between a dataset upload and a job for the last dataset
# (both 201). The service is started again for each write, on the same database.
# Then K killed solves: a job solving for a while, the best score clients are told (GET /api/jobs/{id}) polled,
# kill -9, restart: the job must come back still to be solved (`solving` under the dead run's lease, which the
# restarted instance takes over when it expires, or `queued`) with a stored best at least as good as what it
# reported one store interval (2 s, the default) before the kill, and no better than the last it reported; it is
# then stopped, so that the next round solves alone.
# Usage: benchmarks/crash-test.sh [h2|postgres] [writes=50] [solves=5]
# postgres: a throwaway database on 127.0.0.1:5432 as user postgres (createdb/dropdb), dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
writes=${2:-50}
solves=${3:-5}
store_interval_ms=2000
jar=${TURNUS_JAR:-target/turnus.jar}   # TURNUS_JAR=other.jar: another build, e.g. before the fix
[ -f "$jar" ] || mvn -o -q -B -DskipTests package
work=$(mktemp -d)
mkdir -p benchmarks/local
log=benchmarks/local/crash-test-$database.log   # the service's log of the last start, kept (git-ignored)
password=crash-$RANDOM$RANDOM
case $database in
  h2) url="jdbc:h2:file:$work/turnus"; user=sa ;;
  postgres) name=turnus_crash_$RANDOM$RANDOM; createdb -h 127.0.0.1 -U postgres "$name"
    url="jdbc:postgresql://127.0.0.1:5432/$name"; user=postgres ;;
  *) echo "database: h2 or postgres"; exit 2 ;;
esac
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
  if [ "$database" = postgres ]; then dropdb -h 127.0.0.1 -U postgres --force "$name"; fi
}
trap cleanup EXIT

start() {
  rm -f "$log"
  TURNUS_ADMIN_PASSWORD=$password TURNUS_DB_URL=$url TURNUS_DB_USER=$user \
    java -XX:TieredStopAtLevel=1 -Xmx512m -jar "$jar" --server.port=0 --turnus.jobs.concurrent=1 >"$log" 2>&1 &
  pid=$!
  port=
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || { echo "the service did not start:"; tail -20 "$log"; exit 1; }
    port=$(grep -o 'Tomcat started on port [0-9]*' "$log" 2>/dev/null | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && return 0
    sleep 0.2
  done
  echo "the service did not start within 120 s"; exit 1
}

post() {  # path body-file -> prints "status id"
  curl -s -o "$work/response" -w '%{http_code}' -u "admin:$password" -X POST "http://127.0.0.1:$port$1" \
    -H 'Content-Type: application/json' --data-binary "@$2"
  printf ' %s\n' "$(grep -o '"id":"[^"]*"' "$work/response" | head -1 | cut -d'"' -f4)"
}

acknowledged=()
dataset=
for i in $(seq 1 "$writes"); do
  start
  if [ -z "$dataset" ] || [ $((i % 2)) -eq 1 ]; then
    read -r status id < <(post /api/datasets data-samples/roster-small.json)
    [ "$status" = 201 ] && dataset=$id && acknowledged+=("datasets/$id")
  else
    printf '{"datasetId":"%s","timeLimit":"30s"}' "$dataset" > "$work/job.json"
    read -r status id < <(post /api/jobs "$work/job.json")
    [ "$status" = 201 ] && acknowledged+=("jobs/$id")
  fi
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=
  [ "$status" = 201 ] || echo "write $i not acknowledged: $status"
done

start
lost=0
for path in "${acknowledged[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$password" "http://127.0.0.1:$port/api/$path")
  [ "$code" = 200 ] || { lost=$((lost + 1)); echo "lost: $path ($code)"; }
done
echo "database $database: ${#acknowledged[@]} acknowledged writes, each followed by kill -9; lost: $lost"

get() {  # path -> body
  curl -s -u "admin:$password" "http://127.0.0.1:$port/api/$1"
}
now_ms() { date +%s%3N; }
# "0hard/-3medium/-879soft" -> "0 -3 -879"; better() a b: a is at least as good as b (lexicographic).
levels() { echo "$1" | sed -E 's/[a-z]+//g; s#/# #g'; }
at_least() {
  read -r a1 a2 a3 <<<"$(levels "$1")"; read -r b1 b2 b3 <<<"$(levels "$2")"
  [ "$a1" -gt "$b1" ] || { [ "$a1" -eq "$b1" ] && { [ "$a2" -gt "$b2" ] || { [ "$a2" -eq "$b2" ] && [ "$a3" -ge "$b3" ]; }; }; }
}

kept=0; exact=0
for k in $(seq 1 "$solves"); do
  printf '{"datasetId":"%s","timeLimit":"600s"}' "$dataset" > "$work/job.json"
  read -r status job < <(post /api/jobs "$work/job.json")
  [ "$status" = 201 ] || { echo "solve $k: job not accepted ($status)"; continue; }
  : > "$work/reported"   # "ms score" each time the reported best changes
  started=
  while :; do
    score=$(get "jobs/$job" | jq -r '.bestScore // empty')
    t=$(now_ms)
    if [ -n "$score" ]; then
      [ -n "$started" ] || started=$t
      [ "$(tail -1 "$work/reported" | cut -d' ' -f2)" = "$score" ] || echo "$t $score" >> "$work/reported"
      # Kill while the search still improves: 3-8 s after its first plan, varied per round.
      [ $((t - started)) -ge $((3000 + k * 1000)) ] && break
    fi
    sleep 0.1
  done
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=
  killed=$(now_ms)
  last=$(tail -1 "$work/reported" | cut -d' ' -f2)
  # The best reported one store interval before the kill (or the first plan, if none was that early).
  due=$(awk -v before=$((killed - store_interval_ms)) '$1 <= before {s = $2} END {print s}' "$work/reported")
  [ -n "$due" ] || due=$(head -1 "$work/reported" | cut -d' ' -f2)
  start
  back=$(get "jobs/$job")
  came=$(echo "$back" | jq -r '.bestScore // "none"')
  state=$(echo "$back" | jq -r '.status')
  if [ "$came" != none ] && { [ "$state" = solving ] || [ "$state" = queued ]; } && at_least "$came" "$due" \
      && at_least "$last" "$came"; then
    kept=$((kept + 1)); [ "$came" = "$last" ] && exact=$((exact + 1))
  fi
  echo "solve $k: reported $(wc -l < "$work/reported") bests; due (1 interval before kill) $due, last $last; came back $state with $came"
  curl -s -o /dev/null -u "admin:$password" -X POST "http://127.0.0.1:$port/api/jobs/$job/stop"
done
echo "database $database: $solves solves killed with kill -9; came back with at least the best reported one store interval before: $kept (exactly the last reported: $exact)"
[ "$lost" -eq 0 ] && [ "$kept" -eq "$solves" ]
