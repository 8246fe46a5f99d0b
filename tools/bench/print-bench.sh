#!/usr/bin/env bash
# Times the print command on the UN-week-sized summit (issue 6's targets: the whole agenda as PDF
# under 2 s, all 5,000 itineraries in one PDF under 30 s). Whole commands, JVM start and reading
# the summit from the H2 file included; the median of RUNS runs.
#   mvn -B -q package -DskipTests && tools/bench/print-bench.sh [RUNS] [BASELINE.jar]
# With a BASELINE jar (another build, for example of an earlier commit, with its lib/ beside it),
# each command is timed with both jars in turn, in the same run, each on a database it made itself,
# and the ratio (this build / baseline) is printed (issue 11: printing within 1.3x of before).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
BASE=${2:-}
JAR=target/summit-planner.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export JAVA_TOOL_OPTIONS="-Dsummitplanner.home=$WORK/home"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }

jars=(new)
declare -A jar=([new]="$JAR")
if [ -n "$BASE" ]; then jars+=(base); jar[base]="$BASE"; fi
for j in "${jars[@]}"; do
  java -jar "${jar[$j]}" --db "$WORK/un-$j" demo --scale un >/dev/null 2>&1
done
cmds=(open agenda itineraries ics)
cmd() { # name jar-id
  local j=$2 db="$WORK/un-$2"
  case $1 in
    open) java -jar "${jar[$j]}" --db "$db" summits ;;
    agenda) java -jar "${jar[$j]}" --db "$db" print agenda --pdf "$WORK/agenda-$j.pdf" ;;
    itineraries) java -jar "${jar[$j]}" --db "$db" print itinerary --all --pdf "$WORK/itineraries-$j.pdf" ;;
    ics) java -jar "${jar[$j]}" --db "$db" ics --nation FR "$WORK/fr-$j.ics" ;;
  esac
}
for c in "${cmds[@]}"; do
  for i in $(seq "$RUNS"); do
    for j in "${jars[@]}"; do seconds cmd "$c" "$j" >> "$WORK/t-$c-$j"; done
  done
done

printf '%-58s %8s' "command (UN week: 5,000 attendees, 2,000 items)" "median s"
[ -n "$BASE" ] && printf ' %10s %6s' "baseline s" "ratio"
echo
label() {
  case $1 in
    open) echo "summits (JVM start + open the database, for reference)" ;;
    agenda) echo "print agenda, every day ($(pages "$WORK/agenda-new.pdf") pages, $(du -h "$WORK/agenda-new.pdf" | cut -f1))" ;;
    itineraries) echo "print itinerary --all ($(pages "$WORK/itineraries-new.pdf") pages, $(du -h "$WORK/itineraries-new.pdf" | cut -f1))" ;;
    ics) echo "ics --nation FR" ;;
  esac
}
for c in "${cmds[@]}"; do
  n=$(median < "$WORK/t-$c-new")
  printf '%-58s %8.2f' "$(label "$c")" "$n"
  if [ -n "$BASE" ]; then
    b=$(median < "$WORK/t-$c-base")
    printf ' %10.2f %6.2f' "$b" "$(echo "$n / $b" | bc -l)"
  fi
  echo
done
