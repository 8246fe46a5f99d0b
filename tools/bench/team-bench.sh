#!/usr/bin/env bash
# Team mode (issue 12): H2 file versus PostgreSQL at UN scale in one run. Runs
# src/test/java/org/summitplanner/service/TeamBench.java: a throwaway PostgreSQL cluster (see PgCluster;
# needs Debian's postgresql), the UN-scale demo stored into both, then opening each database and what each
# screen reads (overview, nations, roster, rooms, agenda, checks, history), cold and the median of 5 more.
# Results also go to target/bench/team.txt. Not part of `mvn verify` (Surefire skips *Bench classes).
#   tools/bench/team-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -o -q test -Dtest=TeamBench -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.useFile=false | grep -v '^\[' || true
cat target/bench/team.txt
