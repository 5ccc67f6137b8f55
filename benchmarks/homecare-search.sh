#!/usr/bin/env bash
# Timed side-by-side of two builds on the home-care search (issue #12): every instance, every seed, old jar then
# new jar, one solve at a time (single-threaded solver; run on a quiet machine), each for SECONDS.
#
#   benchmarks/homecare-search.sh OLD.jar NEW.jar [SECONDS=60] [SEEDS=3] [INSTANCES...]
#
# Instances (unless given): the Narvik sample, a Solomon and a Mankowska instance of benchmarks/instances, and a generated
# Narvik day of 4 997 visits (1 720 users, seed 1; written once to benchmarks/local/). Prints one line per solve:
# instance, seed, build, the last "best score" line of the solver log (time and score of the last improvement)
# and the benchmark's own objective where the format has one. Output also in benchmarks/local/homecare-search.txt.
set -euo pipefail
old=${1:?old jar}; new=${2:?new jar}; seconds=${3:-60}; seeds=${4:-3}
cd "$(dirname "$0")/.."
mkdir -p benchmarks/local
day=benchmarks/local/homecare-generated-1720.json
if [ ! -f "$day" ]; then
  java -cp "$new" -Dloader.main=no.turnus.homecare.input.HomecareGenerator \
    org.springframework.boot.loader.launch.PropertiesLauncher 1720 1 1 "$day"
fi
instances=(data-samples/homecare-narvik.json benchmarks/instances/solomon/R201.txt
           benchmarks/instances/mankowska2014/InstanzVNS_HCSRP_100_1.txt "$day")
shift $(( $# < 4 ? $# : 4 ))
[ $# -gt 0 ] && instances=("$@")
out=benchmarks/local/homecare-search.txt
: > "$out"
for instance in "${instances[@]}"; do
  for seed in $(seq 1 "$seeds"); do
    for build in old new; do
      jar=$old; [ "$build" = new ] && jar=$new
      log=$(java -Xmx2g -jar "$jar" solve "$instance" --time "${seconds}s" --seed "$seed" 2>&1 || true)
      best=$(printf '%s\n' "$log" | grep 'best score' | tail -1 | sed 's/^ *//')
      objective=$(printf '%s\n' "$log" | grep 'Benchmark objective' | sed 's/^.*: //' || true)
      printf '%s | seed %s | %s | %s | %s\n' "$(basename "$instance")" "$seed" "$build" "$best" "$objective" | tee -a "$out"
    done
  done
done
