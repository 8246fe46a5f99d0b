#!/usr/bin/env bash
# The import command end to end (JVM start included) on generated attendee lists.
#
# 1. Issue 14 item 3: ROWS_SMALL rows committed by `import` (started as users start it: the launcher
#    target/summit-planner with its class-data archive), beside H2 inserting the same rows into
#    the same attendee table of the same demo database with INSERT ... SELECT FROM CSVREAD (H2's
#    own Shell, JVM start included), alternated RUNS times; medians of wall and CPU (user+sys)
#    seconds, and the ratios.
#    With BASE=/path/to/another/checkout (built with `mvn package`), that checkout's launcher imports the
#    same rows into a third copy in the same loop, and the ratio of this checkout to it is printed: on a
#    loaded machine a change is judged by that ratio.
# 2. Issue 5: ROWS_SMALL rows --dry-run, committed again (all unchanged), and ROWS_BIG rows with
#    -Xmx512m (no planned row is kept: the command writes the rows while it reads the file, once;
#    decision 0034). ROWS_BIG=0 skips them.
#
# Usage: mvn -B -q package -DskipTests && [BASE=...] tools/bench/import-bench.sh [ROWS_SMALL] [ROWS_BIG] [RUNS]
# Writes its files under ${TMPDIR:-/tmp}/import-bench; prints seconds per step, peak RSS, the load.
set -euo pipefail
cd "$(dirname "$0")/../.."
SMALL=${1:-100000}
BIG=${2:-1000000}
RUNS=${3:-3}
DIR=${TMPDIR:-/tmp}/import-bench
JAR=target/summit-planner.jar
LAUNCHER=target/summit-planner
H2=$(ls target/lib/h2-*.jar | head -1)
FLAGS=";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"   # Database.URL_FLAGS
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

# timed OUT_PREFIX command...: wall seconds, CPU seconds (user+sys) and peak RSS into OUT_PREFIX.*
timed() {
  local prefix=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S %M" -o "$prefix.time" "$@" > "$prefix.out" 2> "$prefix.err" || { cat "$prefix.err"; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc > "$prefix.wall"
  awk '{ printf "%.2f\n", $1 + $2 }' "$prefix.time" > "$prefix.cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

generate "$SMALL" "$DIR/small.csv"
java -jar "$JAR" --db "$DIR/demo" demo > /dev/null
# the base's demo database is made by the base itself: the two builds may have different migrations
[ -z "${BASE:-}" ] || java -jar "$BASE/$JAR" --db "$DIR/base-demo" demo > /dev/null
echo "machine: $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

INSERT="INSERT INTO attendee (summit_id, nation_code, given_name, family_name, email, position, role, phone, languages)
  SELECT 1, \"COUNTRY\", \"First name\", \"Last name\", \"EMAIL\", \"POSITION\", UPPER(\"ROLE\"), \"PHONE\", \"LANGUAGES\"
  FROM CSVREAD('$DIR/small.csv', NULL, 'charset=UTF-8')"
for run in $(seq 1 "$RUNS"); do
  cp "$DIR/demo.mv.db" "$DIR/i$run.mv.db"
  cp "$DIR/demo.mv.db" "$DIR/c$run.mv.db"
  timed "$DIR/import$run" "$LAUNCHER" --db "$DIR/i$run" import "$DIR/small.csv"
  grep -q "$SMALL added" "$DIR/import$run.out" || { echo "import did not add $SMALL rows"; cat "$DIR/import$run.out"; exit 1; }
  if [ -n "${BASE:-}" ]; then
    cp "$DIR/base-demo.mv.db" "$DIR/b$run.mv.db"
    timed "$DIR/base$run" "$BASE/target/summit-planner" --db "$DIR/b$run" import "$DIR/small.csv"
    grep -q "$SMALL added" "$DIR/base$run.out" || { echo "the base did not add $SMALL rows"; cat "$DIR/base$run.out"; exit 1; }
    printf 'run %d: base import %6.2f s wall %6.2f s CPU\n' "$run" "$(cat "$DIR/base$run.wall")" "$(cat "$DIR/base$run.cpu")"
  fi
  # `import` writes one audit entry for its rows (V13, docs/decisions/0025-perf-bulk-audit.md), so the
  # baseline writes none either: its copy's attendee audit trigger is dropped first (not timed); the
  # stricter baseline is H2 inserting the rows and keeping the table's indexes and constraints, no more
  java -cp "$H2:$JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DIR/c$run$FLAGS" -user sa -sql "DROP TRIGGER attendee_audit" > /dev/null
  timed "$DIR/csvread$run" java -cp "$H2:$JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DIR/c$run$FLAGS" -user sa -sql "$INSERT"
  grep -q "Update count: $SMALL" "$DIR/csvread$run.out" || { echo "CSVREAD did not insert $SMALL rows"; cat "$DIR/csvread$run.out"; exit 1; }
  printf 'run %d: import %6.2f s wall %6.2f s CPU | CSVREAD %6.2f s wall %6.2f s CPU | load %s\n' "$run" \
    "$(cat "$DIR/import$run.wall")" "$(cat "$DIR/import$run.cpu")" \
    "$(cat "$DIR/csvread$run.wall")" "$(cat "$DIR/csvread$run.cpu")" "$(cut -d' ' -f1 /proc/loadavg)"
done
iw=$(cat "$DIR"/import*.wall | median); ic=$(cat "$DIR"/import*.cpu | median)
cw=$(cat "$DIR"/csvread*.wall | median); cc=$(cat "$DIR"/csvread*.cpu | median)
printf 'median of %d: import %.2f s (CPU %.2f s), CSVREAD %.2f s (CPU %.2f s); ratio wall %.2f, CPU %.2f\n' "$RUNS" \
  "$iw" "$ic" "$cw" "$cc" "$(echo "$iw / $cw" | bc -l)" "$(echo "$ic / $cc" | bc -l)"
if [ -n "${BASE:-}" ]; then
  bw=$(cat "$DIR"/base*.wall | median); bc_=$(cat "$DIR"/base*.cpu | median)
  printf 'median of %d: base import %.2f s (CPU %.2f s); this checkout against the base: wall %.2f, CPU %.2f\n' "$RUNS" \
    "$bw" "$bc_" "$(echo "$iw / $bw" | bc -l)" "$(echo "$ic / $bc_" | bc -l)"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

[ "$BIG" -gt 0 ] || exit 0
step() {  # label, then the command
  local label=$1; shift
  timed "$DIR/step" "$@"
  printf '%-55s %6.2f s  CPU %6.2f s  peak RSS %5d MB  %s\n' "$label" "$(cat "$DIR/step.wall")" "$(cat "$DIR/step.cpu")" \
    "$(( $(awk '{ print $3 }' "$DIR/step.time") / 1024 ))" "$(tail -1 "$DIR/step.out")"
}
generate "$BIG" "$DIR/big.csv"
cp "$DIR/demo.mv.db" "$DIR/a.mv.db"
cp "$DIR/demo.mv.db" "$DIR/b.mv.db"
step "import $SMALL rows --dry-run (read + plan)" java -jar "$JAR" --db "$DIR/a" import "$DIR/small.csv" --dry-run
step "import $SMALL rows (read + plan + commit)" java -jar "$JAR" --db "$DIR/a" import "$DIR/small.csv"
step "import $SMALL rows again (all unchanged)" java -jar "$JAR" --db "$DIR/a" import "$DIR/small.csv"
step "import $BIG rows, -Xmx512m" java -Xmx512m -jar "$JAR" --db "$DIR/b" import "$DIR/big.csv"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
