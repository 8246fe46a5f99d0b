#!/usr/bin/env bash
# Times the headless commands on the UN-week-sized summit: the documented harness behind
# docs/BENCHMARKS.md. Each number is a whole command (JVM start included), the median of RUNS runs.
#   mvn -B -q package -DskipTests && tools/bench/cli-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
JAR=target/summit-planner.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export JAVA_TOOL_OPTIONS="-Dsummitplanner.home=$WORK/home"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --db "$WORK/gen$i" demo --scale un; done | median > "$WORK/t-generate"
java -jar "$JAR" --db "$WORK/base" demo --scale un >/dev/null 2>&1
for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --db "$WORK/base" export "$WORK/un.json"; done | median > "$WORK/t-export"
for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --db "$WORK/load$i" load "$WORK/un.json"; done | median > "$WORK/t-load"
for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --db "$WORK/base" summits; done | median > "$WORK/t-summits"
for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --help; done | median > "$WORK/t-jvm"

printf '%-44s %8s\n' "command (UN week: 5,000 attendees, 2,000 items)" "median s"
printf '%-44s %8.2f\n' "--help (JVM start, no database)" "$(cat "$WORK/t-jvm")"
printf '%-44s %8.2f\n' "demo --scale un (generate + store)" "$(cat "$WORK/t-generate")"
printf '%-44s %8.2f\n' "export (read + write JSON, $(du -h "$WORK/un.json" | cut -f1))" "$(cat "$WORK/t-export")"
printf '%-44s %8.2f\n' "load (parse + validate + store)" "$(cat "$WORK/t-load")"
printf '%-44s %8.2f\n' "summits (open + overview counts)" "$(cat "$WORK/t-summits")"
