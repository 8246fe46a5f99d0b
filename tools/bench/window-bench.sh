#!/usr/bin/env bash
# The window's first frame and each screen's first open at UN scale (issue 14 goal 6), each run a JVM of its
# own started as the launcher starts the window (`-XX:SharedArchiveFile=... -Xshare:auto`, the window's JVM
# flags), the jar first on the class path and the harness's jar after it (CDS needs the archive's class path to
# be a prefix of the run's), the app started through the jar's own main (app.Launcher), with:
#   current   the commands' class-data archive (target/summit-planner.jsa), which the window uses
#   window    the window's archive (target/summit-planner-window.jsa), when the build made one: only a build
#             with commit dec72e3 does (decision 0050: tried and taken out)
#   none      no archive of ours (the JDK's own default archive only: `java -jar`)
#   with TRAIN=1 also: trained, an archive dumped (-XX:ArchiveClassesAtExit) at the exit of one run of this
#             harness under this display, and headless, the same dumped under Monocle
#   with BASE=/path/to/another/checkout (built with mvn package) also: base, that checkout's jar with its own
#             commands' archive, on a copy of the same database, to judge a change by a ratio of one run
#   ARCHIVES="current base" runs only those (default: all of the above that apply)
# With START_ONLY=1 each run stops once the summit shows (frame, start and frame-cpu only, no screens opened).
# interleaved RUNS times (default 5). tools/bench/WindowBench.java drives the app (see its header); the
# database is a copy of `demo --scale un` per run. Display: $DISPLAY if set (GTK, as a user runs it), else
# headless Monocle (MONOCLE=1 forces it).
# Prints each run's line and the medians, with the load average beside each run.
#   mvn -o -B -q package -DskipTests && DISPLAY=:101 tools/bench/window-bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
JAR=$PWD/target/summit-planner.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP="$JAR"
for j in target/lib/*.jar; do CP="$CP:$PWD/$j"; done
javac -d "$WORK/classes" -cp "$CP" tools/bench/WindowBench.java
jar cf "$WORK/bench.jar" -C "$WORK/classes" .
RUNCP="$JAR:$WORK/bench.jar"
# Monocle is in target/lib since 0050 (the jar's class path); an older build gets it from the Maven repository
if ! ls target/lib/openjfx-monocle-*.jar >/dev/null 2>&1; then
  RUNCP="$RUNCP:$(ls ~/.m2/repository/org/testfx/openjfx-monocle/*/openjfx-monocle-*.jar | tail -1)"
fi
HEADLESS=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1400x900-32)
FX=()
if [ -z "${DISPLAY:-}" ] || [ -n "${MONOCLE:-}" ]; then
  FX=("${HEADLESS[@]}")
fi
HOMEDIR="$WORK/home"
java -Dsummitplanner.home="$HOMEDIR" -jar "$JAR" --db "$WORK/un" demo --scale un >/dev/null
UN=$(ls "$WORK"/un*.mv.db)
CDS=(-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)

run() { # NAME JVM-OPTIONS...
  local name=$1; shift
  rm -rf "$HOMEDIR"; mkdir -p "$HOMEDIR"
  cp "$UN" "$WORK/run.mv.db"
  java "$@" -Dsummitplanner.home="$HOMEDIR" "${FX[@]}" ${START_ONLY:+-Dwindowbench.startOnly=true} \
    -cp "${RUN_CP:-$RUNCP}" WindowBench "$WORK/run.mv.db" "$WORK/out" \
    >"$WORK/log" 2>&1 || { cat "$WORK/log" >&2; exit 1; }
  echo "$name $(cat "$WORK/out") load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$WORK/all"
}
NAMES="current none"
[ -f target/summit-planner-window.jsa ] && NAMES="current window none"
[ -z "${BASE:-}" ] || NAMES="$NAMES base"
if [ -n "${TRAIN:-}" ]; then
  # archives dumped at the exit of one run of this harness, under this display and headless under Monocle
  run dump -XX:ArchiveClassesAtExit="$WORK/trained.jsa" "${CDS[@]}" >/dev/null
  run dump-headless -XX:ArchiveClassesAtExit="$WORK/headless.jsa" "${CDS[@]}" "${HEADLESS[@]}" >/dev/null
  NAMES="$NAMES trained headless"
fi
NAMES=${ARCHIVES:-$NAMES}
for i in $(seq "$RUNS"); do
  for name in $NAMES; do
    case $name in
      current) run current -XX:SharedArchiveFile="$PWD/target/summit-planner.jsa" "${CDS[@]}" ;;
      window) run window -XX:SharedArchiveFile="$PWD/target/summit-planner-window.jsa" "${CDS[@]}" ;;
      trained|headless) run "$name" -XX:SharedArchiveFile="$WORK/$name.jsa" "${CDS[@]}" ;;
      none) run none ;;
      base) RUN_CP="$BASE/target/summit-planner.jar:${RUNCP#"$JAR":}" \
              run base -XX:SharedArchiveFile="$BASE/target/summit-planner.jsa" "${CDS[@]}" ;;
    esac
  done
done
echo "medians (ms):"
KEYS="frame start frame-cpu"
[ -n "${START_ONLY:-}" ] || KEYS="$KEYS nations delegations rooms agenda findings print opens opens-cpu"
for name in $NAMES; do
  printf '%-8s' "$name"
  for key in $KEYS; do
    grep "^$name " "$WORK/all" | sed -n "s/.* $key \([0-9-]*\) .*/\1/p" | sort -n \
      | awk -v k="$key" '{a[NR] = $1} END {printf " %s %d", k, (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'
  done
  echo
done
