#!/usr/bin/env bash
# Loading and exporting the UN-week summit file (issue 14 item 5), each figure a whole JVM run, interleaved:
#   parse    a JVM that parses the file with Jackson into a tree and prints its attendee count
#            (tools/bench/JacksonParse.java, only Jackson on the class path): the baseline
#   load     `target/summit-planner --db NEW load un.json` (parse, validate with locations, store in a new database)
#   export   `target/summit-planner --db UN export out.json` (read the summit, write the canonical file)
#   load/export without the launcher's class-data archive and its first-tier-only JIT for commands (`java -jar`)
#   base-load, base-export  with BASE=/path/to/another/checkout (built with mvn package): that checkout's launcher
#            loading the same file into a new database and exporting the same database, interleaved, to judge a
#            change on a loaded machine by a ratio of one run
# Prints median wall and CPU (user + system) seconds and the ratios to the baseline.
#   mvn -B -q package -DskipTests && tools/bench/summitfile-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
JAR=$PWD/target/summit-planner.jar
LAUNCHER=$PWD/target/summit-planner
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP=$(ls "$PWD"/target/lib/jackson-*.jar | tr '\n' ':')
javac -cp "$CP" -d "$WORK/classes" tools/bench/JacksonParse.java
HOME_OPT="-Dsummitplanner.home=$WORK/home"
# the file is the UN-week demo as exported by the base when there is one (a base may not read fields newer than
# it, such as a room's "bilaterals"; this build reads the base's files), else by this build
MAKER=$JAR
[ -z "${BASE:-}" ] || MAKER=$BASE/target/summit-planner.jar
java "$HOME_OPT" -jar "$MAKER" --db "$WORK/made" demo --scale un >/dev/null
java "$HOME_OPT" -jar "$MAKER" --db "$WORK/made" export "$WORK/un.json" >/dev/null
java "$HOME_OPT" -jar "$JAR" --db "$WORK/un" load "$WORK/un.json" >/dev/null
# the base exports from a database of its own making (the builds may differ in migrations): the same file
[ -z "${BASE:-}" ] || java "$HOME_OPT" -jar "$BASE/target/summit-planner.jar" --db "$WORK/base-un" load "$WORK/un.json" >/dev/null

measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
  awk '{printf "%s %.3f\n", $1, $2 + $3}' "$WORK/t" >> "$WORK/$name"
}
for i in $(seq "$RUNS"); do
  measure parse java -cp "$WORK/classes:$CP" JacksonParse "$WORK/un.json"
  JAVA_OPTS="$HOME_OPT" measure load "$LAUNCHER" --db "$WORK/load$i" load "$WORK/un.json"
  JAVA_OPTS="$HOME_OPT" measure export "$LAUNCHER" --db "$WORK/un" export "$WORK/out.json"
  measure load-jar java "$HOME_OPT" -jar "$JAR" --db "$WORK/loadjar$i" load "$WORK/un.json"
  measure export-jar java "$HOME_OPT" -jar "$JAR" --db "$WORK/un" export "$WORK/out.json"
  if [ -n "${BASE:-}" ]; then
    JAVA_OPTS="$HOME_OPT" measure base-load "$BASE/target/summit-planner" --db "$WORK/baseload$i" load "$WORK/un.json"
    JAVA_OPTS="$HOME_OPT" measure base-export "$BASE/target/summit-planner" --db "$WORK/base-un" export "$WORK/out.json"
  fi
done
cmp -s "$WORK/un.json" "$WORK/out.json" || { echo "the export differs from the file loaded" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1" | median; }
BASE_WALL=$(col parse 1); BASE_CPU=$(col parse 2)
echo "UN-week summit file ($(du -h "$WORK/un.json" | cut -f1)), $RUNS runs each, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-30s %9s %7s %9s %7s\n' "run" "wall s" "ratio" "cpu s" "ratio"
for name in parse load export load-jar export-jar ${BASE:+base-load base-export}; do
  W=$(col $name 1); C=$(col $name 2)
  printf '%-30s %9.3f %7.2f %9.3f %7.2f\n' "$name" "$W" "$(echo "$W / $BASE_WALL" | bc -l)" "$C" "$(echo "$C / $BASE_CPU" | bc -l)"
done
