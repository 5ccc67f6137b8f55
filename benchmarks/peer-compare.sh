#!/usr/bin/env bash
# Turnus against a published peer, side by side: the peer (fetched from Maven Central, run unchanged) and Turnus on
# the same instances, time limit and seeds, one solve at a time, single-threaded. Both plans are scored by Turnus'
# independent evaluator of the benchmark (`turnus validate INSTANCE --solution FILE`), so neither solver grades
# itself. Not a unit test: run it on a quiet machine (no builds or other solvers) and note the load it prints.
#
#   optaplanner  the OptaPlanner 10.1.0 nurse-rostering example with its own configuration, on INRC-2010
#                (issue #11); objective = the competition's soft penalty
#   jsprit       jsprit 1.8's default algorithm with a fixed cost per vehicle (fewer vehicles first, as in
#                Solomon's objective), on Solomon VRPTW (issue #12); objective = vehicles, then exact distance
#
# Usage: benchmarks/peer-compare.sh optaplanner|jsprit TURNUS.jar [seconds=60] [seeds=1,2,3] [instances...]
# The runners are benchmarks/peers/*.java, started as single-file programs on the peer's class path.
set -euo pipefail
cd "$(dirname "$0")/.."
peer=${1:?peer: optaplanner or jsprit}
jar=${2:?turnus jar}
seconds=${3:-60}
seeds=${4:-1,2,3}
shift $(( $# < 4 ? $# : 4 ))
instances=("$@")
case "$peer" in
  optaplanner)
    artifact="<groupId>org.optaplanner</groupId><artifactId>optaplanner-examples</artifactId><version>10.1.0</version>"
    runner=benchmarks/peers/OptaPlannerNurseRostering.java; ending=xml
    [ ${#instances[@]} -gt 0 ] || instances=(benchmarks/instances/inrc2010/{sprint01,sprint02,medium01,long01}.xml) ;;
  jsprit)
    artifact="<groupId>com.graphhopper</groupId><artifactId>jsprit-core</artifactId><version>1.8</version>"
    runner=benchmarks/peers/JspritSolomon.java; ending=txt
    [ ${#instances[@]} -gt 0 ] || instances=(benchmarks/instances/solomon/{R101,R201,RC101,RC201}.txt) ;;
  *) echo "unknown peer: $peer (optaplanner or jsprit)" >&2; exit 2 ;;
esac
dir=benchmarks/local/peers/$peer
mkdir -p "$dir"
if [ ! -f "$dir/classpath.txt" ]; then
  # A throw-away pom, only to let Maven resolve the peer's dependencies (generated, not in git).
  printf '%s\n' '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>' \
    "<groupId>local.peer</groupId><artifactId>$peer-peer</artifactId><version>1</version>" \
    "<dependencies><dependency>$artifact</dependency></dependencies></project>" > "$dir/pom.xml"
  mvn -B -q -f "$dir/pom.xml" dependency:build-classpath -Dmdep.outputFile=classpath.txt
fi
cp=$(cat "$dir/classpath.txt")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %-11s %4s  %s\n' instance solver seed "benchmark objective (by Turnus' evaluator)"
for instance in "${instances[@]}"; do
  name=$(basename "${instance%.*}")
  for seed in ${seeds//,/ }; do
    java -cp "$cp" "$runner" "$instance" "$seconds" "$seed" "$out/$name-$peer-$seed.$ending" \
      >"$out/$name-$peer-$seed.log" 2>&1 || true
    java -jar "$jar" solve "$instance" --time "${seconds}s" --seed "$seed" --out "$out/$name-turnus-$seed.$ending" \
      >"$out/$name-turnus-$seed.log" 2>&1 || true
    for solver in "$peer" turnus; do
      line=$(java -jar "$jar" validate "$instance" --solution "$out/$name-$solver-$seed.$ending" 2>&1 \
        | grep 'Benchmark objective' | sed 's/^Benchmark objective of [^:]*: //' || true)
      printf '%-10s %-11s %4s  %s\n' "$name" "$solver" "$seed" "${line:-no solution written}"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
