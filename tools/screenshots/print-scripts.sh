#!/usr/bin/env bash
# The README's multi-script printout screenshots: the sample summit named in ten scripts
# (assets/samples/world-summit.json) printed with the packaged jar and rendered with pdftoppm.
#   mvn -B -q package -DskipTests && tools/screenshots/print-scripts.sh
# Needs poppler-utils (pdftoppm) and the Noto fonts (fonts-noto-core, fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-target/summit-planner.jar}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export JAVA_TOOL_OPTIONS="-Dsummitplanner.home=$WORK/home"
OUT=assets/screenshots
run() { java -jar "$JAR" --db "$WORK/db" "$@"; }

run load assets/samples/world-summit.json >/dev/null
run print agenda --pdf "$WORK/agenda.pdf" >/dev/null
run print agenda --lang fr --pdf "$WORK/agenda-fr.pdf" >/dev/null
run print itinerary --all --pdf "$WORK/itinerary.pdf" >/dev/null
run print delegation --nation IN --pdf "$WORK/delegations.pdf" >/dev/null
for name in agenda agenda-fr delegations; do
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$WORK/$name.pdf" "$OUT/print-scripts-$name"
done
# the itinerary of the Saudi delegation's head: Arabic in the heading, the table and the participants
page=$(for p in $(seq 1 "$(pdfinfo "$WORK/itinerary.pdf" | awk '/^Pages:/ {print $2}')"); do
  if pdftotext -f "$p" -l "$p" "$WORK/itinerary.pdf" - | grep -q "Crown Prince"; then echo "$p"; break; fi; done)
pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$WORK/itinerary.pdf" "$OUT/print-scripts-itinerary"
ls -l "$OUT"/print-scripts-*.png
