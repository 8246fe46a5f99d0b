#!/usr/bin/env bash
# The bilateral solver at UN scale (issue 13, Speed: 500 requests, a proposal without hard-constraint
# breaks in under 30 s). Runs tools/bench/BilateralsBench.java in one JVM against the built jar: builds
# the synthetic UN week in memory, draws REQUESTS requests with a fixed seed, and times the proposal
# (greedy start + Timefold local search, stopped by the limit or after a while without improvement).
# RUNS runs; each prints the share placed, the score, the hard breaks and the time.
#   mvn -B -q package -DskipTests && tools/bench/bilaterals-bench.sh [REQUESTS] [SECONDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS=${1:-500}
SECONDS_LIMIT=${2:-25}
RUNS=${3:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP="$PWD/target/summit-planner.jar:$PWD/target/lib/*"
javac -cp "$CP" -d "$WORK" tools/bench/BilateralsBench.java
echo "machine: $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
for i in $(seq "$RUNS"); do
  java ${JAVA_OPTS:-} -Dsummitplanner.home="$WORK/home" -cp "$WORK:$CP" BilateralsBench "$REQUESTS" "$SECONDS_LIMIT" 2>/dev/null \
    | grep -v '^[0-9:,]* |-'
done
