#!/usr/bin/env bash
# Times the print command on the UN-week-sized summit (issue 6's targets: the whole agenda as PDF
# under 2 s, all 5,000 itineraries in one PDF under 30 s). Whole commands, JVM start and reading
# the summit from the H2 file included; the median of RUNS runs.
#   mvn -B -q package -DskipTests && tools/bench/print-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
JAR=target/summit-planner.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export JAVA_TOOL_OPTIONS="-Dsummitplanner.home=$WORK/home"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

java -jar "$JAR" --db "$WORK/un" demo --scale un >/dev/null 2>&1
for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --db "$WORK/un" summits; done | median > "$WORK/t-open"
for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --db "$WORK/un" print agenda --pdf "$WORK/agenda.pdf"; done | median > "$WORK/t-agenda"
for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --db "$WORK/un" print itinerary --all --pdf "$WORK/itineraries.pdf"; done | median > "$WORK/t-itineraries"
for i in $(seq "$RUNS"); do seconds java -jar "$JAR" --db "$WORK/un" ics --nation FR "$WORK/fr.ics"; done | median > "$WORK/t-ics"
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }

printf '%-58s %8s\n' "command (UN week: 5,000 attendees, 2,000 items)" "median s"
printf '%-58s %8.2f\n' "summits (JVM start + open the database, for reference)" "$(cat "$WORK/t-open")"
printf '%-58s %8.2f\n' "print agenda, every day ($(pages "$WORK/agenda.pdf") pages, $(du -h "$WORK/agenda.pdf" | cut -f1))" "$(cat "$WORK/t-agenda")"
printf '%-58s %8.2f\n' "print itinerary --all ($(pages "$WORK/itineraries.pdf") pages, $(du -h "$WORK/itineraries.pdf" | cut -f1))" "$(cat "$WORK/t-itineraries")"
printf '%-58s %8.2f\n' "ics --nation FR" "$(cat "$WORK/t-ics")"
