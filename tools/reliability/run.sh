#!/usr/bin/env bash
# Issue 10's "done means": runs every executable probes/*.sh against the packaged jar and prints a
# table (probe, tried, passed) with the failing cases under it; exit 1 if any case failed.
#
#   tools/reliability/run.sh [JAR]          (default: target/summit-planner.jar; build it with
#                                             mvn -o -q package -DskipTests)
#   PROBES='10.1*' tools/reliability/run.sh  runs only the probes whose file name matches
#   PROBE_TIMEOUT=1800                       seconds one probe may take (default 1800)
#   KEEP=1                                   keeps the work folders (printed at the end)
#
# A probe is called with JAR (absolute path of the jar), WORK (a fresh empty folder of its own) and
# JAVA (the java command), and prints one line per case on stdout:
#   <case-id>\t<PASS|FAIL>\t<short detail>
# Anything else goes to stderr, which run.sh keeps in WORK/../<probe>.stderr. A probe that prints
# no case, or exits non-zero, counts as one failed case. See docs/RELIABILITY.md.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="${1:-$root/target/summit-planner.jar}"
if [ ! -f "$jar" ]; then
  echo "No jar at $jar: build it first (mvn -o -q package -DskipTests)" >&2
  exit 2
fi
export JAR="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
if [ -z "${JAVA:-}" ]; then
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
fi
export JAVA
timeout_s="${PROBE_TIMEOUT:-1800}"
pattern="${PROBES:-*}"
runs="$(mktemp -d "${TMPDIR:-/tmp}/reliability.XXXXXX")"

total_tried=0
total_passed=0
failures=""
rows=""
for probe in "$here"/probes/$pattern.sh; do
  [ -f "$probe" ] && [ -x "$probe" ] || continue
  name="$(basename "$probe" .sh)"
  export WORK="$runs/$name"
  mkdir -p "$WORK"
  started=$(date +%s)
  output="$(cd "$WORK" && timeout --kill-after=30 "$timeout_s" "$probe" 2>"$runs/$name.stderr")"
  code=$?
  seconds=$(( $(date +%s) - started ))
  tried=0
  passed=0
  while IFS=$'\t' read -r id verdict detail; do
    [ -n "$id" ] || continue
    tried=$((tried + 1))
    if [ "$verdict" = PASS ]; then
      passed=$((passed + 1))
    else
      failures+="  $id  ${verdict:-?}  ${detail:-}"$'\n'
    fi
  done <<< "$output"
  if [ "$code" -ne 0 ] || [ "$tried" -eq 0 ]; then
    tried=$((tried + 1))
    failures+="  $name  FAIL  the probe itself exited $code$([ "$code" -eq 124 ] && echo " (timed out after ${timeout_s}s)") after $tried cases; see $runs/$name.stderr"$'\n'
  fi
  total_tried=$((total_tried + tried))
  total_passed=$((total_passed + passed))
  rows+="$(printf '%-28s %6d %7d %6ds' "$name" "$tried" "$passed" "$seconds")"$'\n'
done

printf '%-28s %6s %7s %7s\n' probe tried passed time
printf '%s' "$rows"
printf '%-28s %6d %7d\n' total "$total_tried" "$total_passed"
if [ -n "$failures" ]; then
  echo
  echo "failing cases:"
  printf '%s' "$failures"
fi
if [ "${KEEP:-0}" = 1 ]; then
  echo "work folders and stderr kept in $runs"
else
  rm -rf "$runs"
fi
[ -z "$failures" ]
