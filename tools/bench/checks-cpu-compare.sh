#!/usr/bin/env bash
# The full check of this build against another build's, in CPU time in one JVM (issue 14 item 2, for a loaded
# machine; JMH's ScheduleChecksBench stays the measure on a quiet one). OTHER_JAR is the other build's
# target/benchmarks.jar, for instance main's:
#   mkdir /tmp/base && git archive <commit> | tar -x -C /tmp/base && (cd /tmp/base && mvn -o -q -P bench package -DskipTests)
#   mvn -o -q -P bench package -DskipTests && tools/bench/checks-cpu-compare.sh /tmp/base/target/benchmarks.jar [ROUNDS]
# Prints per round the CPU milliseconds of one check of each build and their ratio; the first rounds warm up.
set -euo pipefail
cd "$(dirname "$0")/../.."
OTHER_JAR=$(realpath "$1")
ROUNDS=${2:-10}
cat /proc/loadavg
java -cp target/benchmarks.jar tools/bench/ChecksCpuCompare.java "$OTHER_JAR" "$ROUNDS" 2>&1 | grep -v ' INFO '
cat /proc/loadavg
