#!/usr/bin/env bash
# The import command end to end (JVM start included) on generated attendee lists:
# 100,000 rows previewed (--dry-run) and committed, and 1,000,000 rows committed with -Xmx512m.
# Usage: mvn -B -q package -DskipTests && tools/bench/import-bench.sh [ROWS_SMALL] [ROWS_BIG]
# Writes its files under ${TMPDIR:-/tmp}/import-bench; prints seconds per step and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/../.."
SMALL=${1:-100000}
BIG=${2:-1000000}
DIR=${TMPDIR:-/tmp}/import-bench
JAR=target/summit-planner.jar
rm -rf "$DIR" && mkdir -p "$DIR"

# rows spread over the 34 nations of the demo summit; every email distinct
generate() {
  awk -v n="$1" 'BEGIN {
    split("FR DE GB IT ES PL NL BE DK SE FI NO EE LV LT CZ SK SI HR RO BG GR PT IE AT CA AU JP TR UA LU CY IS NZ", c, " ");
    print "First name,Last name,Country,Email,Position,Role,Phone,Languages";
    for (i = 1; i <= n; i++) {
      printf "Given%d,Family%d,%s,person%d@example.org,\"Adviser, delegation %d\",adviser,+33 1 00 %06d,\"en, fr\"\n",
             i, i, c[(i % 34) + 1], i, i % 34, i % 1000000;
    }
  }' > "$2"
}

run() {  # label, then the command
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$DIR/rss" "$@" > "$DIR/out" 2> "$DIR/err" || { cat "$DIR/err"; exit 1; }
  end=$(date +%s.%N)
  printf '%-55s %6.2f s  peak RSS %5d MB  %s\n' "$label" "$(echo "$end - $start" | bc)" \
    "$(( $(tail -1 "$DIR/rss") / 1024 ))" "$(tail -1 "$DIR/out")"
}

generate "$SMALL" "$DIR/small.csv"
generate "$BIG" "$DIR/big.csv"
java -jar "$JAR" --db "$DIR/a" demo > /dev/null
java -jar "$JAR" --db "$DIR/b" demo > /dev/null
echo "machine: $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1 /proc/loadavg)"
run "import $SMALL rows --dry-run (read + plan)" java -jar "$JAR" --db "$DIR/a" import "$DIR/small.csv" --dry-run
run "import $SMALL rows (read + plan + read + commit)" java -jar "$JAR" --db "$DIR/a" import "$DIR/small.csv"
run "import $SMALL rows again (all unchanged)" java -jar "$JAR" --db "$DIR/a" import "$DIR/small.csv"
run "import $BIG rows, -Xmx512m" java -Xmx512m -jar "$JAR" --db "$DIR/b" import "$DIR/big.csv"
