#!/usr/bin/env bash
# Roster search against a published peer, side by side (issue #11): the OptaPlanner 10.1.0 nurse-rostering example
# (fetched from Maven Central, run unchanged with its own configuration) and Turnus, on the same INRC-2010
# instances, time limit and seeds, one solve at a time, single-threaded. Both rosters are scored by Turnus'
# independent INRC-2010 evaluator (`turnus validate INSTANCE --solution FILE`), so neither solver grades itself.
# Not a unit test: run it on a quiet machine (no builds or other solvers) and note the load average it prints.
#
# Usage: benchmarks/peer-optaplanner.sh TURNUS.jar [seconds=60] [seeds=1,2,3] [instances...]
# Default instances: INRC-2010 sprint01, sprint02, medium01 and long01 from benchmarks/instances/inrc2010.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:?turnus jar}
seconds=${2:-60}
seeds=${3:-1,2,3}
shift $(( $# < 3 ? $# : 3 ))
instances=("$@")
if [ ${#instances[@]} -eq 0 ]; then
  instances=(benchmarks/instances/inrc2010/{sprint01,sprint02,medium01,long01}.xml)
fi
peer=benchmarks/local/peers/optaplanner
mkdir -p "$peer"
if [ ! -f "$peer/classpath.txt" ]; then
  # A throw-away pom, only to let Maven resolve the example's dependencies (generated, not in git).
  cat > "$peer/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local.peer</groupId><artifactId>optaplanner-peer</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.optaplanner</groupId><artifactId>optaplanner-examples</artifactId>
    <version>10.1.0</version></dependency></dependencies></project>
POM
  mvn -B -q -f "$peer/pom.xml" dependency:build-classpath -Dmdep.outputFile=classpath.txt
fi
cp=$(cat "$peer/classpath.txt")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-11s %4s %10s  %s\n' instance solver seed objective note
for instance in "${instances[@]}"; do
  name=$(basename "${instance%.*}")
  for seed in ${seeds//,/ }; do
    java -cp "$cp" benchmarks/peers/OptaPlannerNurseRostering.java "$instance" "$seconds" "$seed" \
      "$out/$name-optaplanner-$seed.xml" >"$out/$name-optaplanner-$seed.log" 2>&1 || true
    java -jar "$jar" solve "$instance" --time "${seconds}s" --seed "$seed" \
      --out "$out/$name-turnus-$seed.xml" >"$out/$name-turnus-$seed.log" 2>&1 || true
    for solver in optaplanner turnus; do
      line=$(java -jar "$jar" validate "$instance" --solution "$out/$name-$solver-$seed.xml" 2>&1 \
        | grep 'Benchmark objective' || echo "no solution written (see the solver's log)")
      objective=$(sed -n 's/.*: \([0-9.]*\) (.*/\1/p' <<<"$line")
      note=$(grep -q 'NOT feasible' <<<"$line" && echo "NOT feasible" || true)
      printf '%-10s %-11s %4s %10s  %s\n' "$name" "$solver" "$seed" "${objective:--}" "$note"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
