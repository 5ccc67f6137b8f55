#!/usr/bin/env bash
# Roster search, old jar against new jar, side by side (not a unit test; run it on a quiet machine: no builds or
# other solvers while it runs, as it measures wall-clock quality). Each instance is solved by both jars in turn,
# single-threaded, for the same time and seeds, through the ordinary CLI (`turnus solve`), so any two builds compare.
# INRC instances are scored by the project's independent INRC-2010 evaluator ("Benchmark objective" line).
# Prints one row per run and a median per instance and jar, plus the load average before and after.
#
# Usage: benchmarks/roster-search-compare.sh OLD.jar NEW.jar [seconds=60] [seeds=1,2,3] [instances...]
# Default instances: the INRC-2010 sprint set in benchmarks/instances and data-samples/roster-merged.json.
# Example (old = the main branch's jar, new = this branch's):
#   git -C /path/to/main-clone ... && cp target/turnus.jar /tmp/old.jar
#   mvn -o -q -B -DskipTests package && benchmarks/roster-search-compare.sh /tmp/old.jar target/turnus.jar
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?old jar}
new=${2:?new jar}
seconds=${3:-60}
seeds=${4:-1,2,3}
shift $(( $# < 4 ? $# : 4 ))
instances=("$@")
if [ ${#instances[@]} -eq 0 ]; then
  instances=(benchmarks/instances/inrc2010/sprint0{1,2,3,4,5}.xml data-samples/roster-merged.json)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %-4s %4s  %-28s %10s %14s %12s\n' instance jar seed score objective first-covered moves/s
for instance in "${instances[@]}"; do
  name=$(basename "${instance%.*}")
  for seed in ${seeds//,/ }; do
    for side in old new; do
      jar=$old; [ "$side" = new ] && jar=$new
      log="$out/$name-$side-$seed.log"
      java -jar "$jar" solve "$instance" --time "${seconds}s" --seed "$seed" >"$log" 2>&1 || true
      score=$(grep -o 'Done in [0-9.]*s: score [^ ]*' "$log" | sed 's/.*score //' || true)
      speed=$(grep -o '[0-9,]* move evaluations/s' "$log" | cut -d' ' -f1 | tr -d , || true)
      objective=$(grep -o 'Benchmark objective of [^:]*: [0-9.]*' "$log" | sed 's/.*: //' || true)
      # The first progress line with nothing uncovered: when the run first had a whole roster.
      covered=$(grep -E '^ +[0-9.]+s +best score [0-9-]+hard/0medium' "$log" | head -1 | awk '{print $1}' || true)
      printf '%-14s %-4s %4s  %-28s %10s %14s %12s\n' "$name" "$side" "$seed" "${score:-?}" "${objective:--}" \
        "${covered:-never}" "${speed:-?}"
      echo "$name $side ${objective:-${score:-?}}" >>"$out/rows"
    done
  done
done
echo
echo "median per instance (INRC objective: lower is better; otherwise the soft score: closer to 0 is better):"
for instance in "${instances[@]}"; do
  name=$(basename "${instance%.*}")
  for side in old new; do
    values=$(awk -v n="$name" -v s="$side" '$1 == n && $2 == s { print $3 }' "$out/rows")
    if [[ "$values" == *soft* ]]; then
      # Soft part only (every run is expected at 0hard/0medium; the rows above show any that is not).
      median=$(echo "$values" | awk -F/ '{ s = $3; sub("soft", "", s); print s }' | sort -n \
        | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] "soft" }')
    else
      median=$(echo "$values" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    fi
    printf '%-14s %-4s %s\n' "$name" "$side" "$median"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
