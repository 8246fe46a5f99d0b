#!/usr/bin/env bash
# Opening a database (issue 14 item 4), each figure a whole JVM run, all interleaved in one run of this script:
#   raw      a JVM that opens the demo database with H2 alone, runs one query of the summits and their counts
#            and closes (tools/bench/RawH2Open.java, only h2.jar on the class path): the baseline
#   summits  `java -jar target/summit-planner.jar --db DEMO summits` (no class-data archive)
#   launcher `target/summit-planner --db DEMO summits` (the launcher, with the AppCDS archive made by mvn package)
#   help     `--help`, without and with the archive (JVM start and the command line alone)
#   base     with BASE=/path/to/another/checkout (built with mvn package): that checkout's launcher on the same
#            database, interleaved with the others, to judge a change on a loaded machine by a ratio of one run
# Prints the median wall time and CPU time (user + system) of each, and the ratios to the baseline.
#   mvn -B -q package -DskipTests && tools/bench/open-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-10}
JAR=$PWD/target/summit-planner.jar
LAUNCHER=$PWD/target/summit-planner
[ -f target/summit-planner.jsa ] || { echo "no target/summit-planner.jsa: run mvn package (without -Dcds.skip)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
H2=$(ls "$PWD"/target/lib/h2-*.jar)
javac -d "$WORK/classes" tools/bench/RawH2Open.java
HOME_OPT="-Dsummitplanner.home=$WORK/home"
java "$HOME_OPT" -jar "$JAR" --db "$WORK/demo" demo >/dev/null

# one measured run: NAME COMMAND...; appends "wall cpu" (seconds) to $WORK/NAME
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  awk '{printf "%s %.3f\n", $1, $2 + $3}' "$WORK/t" >> "$WORK/$name"
}
for i in $(seq "$RUNS"); do
  measure raw java -cp "$WORK/classes:$H2" RawH2Open "$WORK/demo"
  measure summits java "$HOME_OPT" -jar "$JAR" --db "$WORK/demo" summits
  JAVA_OPTS="$HOME_OPT" measure launcher "$LAUNCHER" --db "$WORK/demo" summits
  measure help java "$HOME_OPT" -jar "$JAR" --help
  JAVA_OPTS="$HOME_OPT" measure help-launcher "$LAUNCHER" --help
  if [ -n "${BASE:-}" ]; then JAVA_OPTS="$HOME_OPT" measure base-launcher "$BASE/target/summit-planner" --db "$WORK/demo" summits; fi
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1" | median; }
RAW_WALL=$(col raw 1); RAW_CPU=$(col raw 2)
echo "opening the demo database, $RUNS runs each, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-46s %9s %7s %9s %7s\n' "run" "wall s" "ratio" "cpu s" "ratio"
for name in raw summits launcher help help-launcher ${BASE:+base-launcher}; do
  W=$(col $name 1); C=$(col $name 2)
  printf '%-46s %9.3f %7.2f %9.3f %7.2f\n' "$name" "$W" "$(echo "$W / $RAW_WALL" | bc -l)" "$C" "$(echo "$C / $RAW_CPU" | bc -l)"
done
