#!/usr/bin/env bash
# Issue 10 item 2: kill -9 during a large import. A 200,000-row attendee list is imported into a
# database holding the demo summit (113 attendees) and the process is killed with SIGKILL at
# several moments while the database file grows (a quarter, half, three quarters of the growth a
# whole import makes, and near its end), plus once after it printed "Imported". After each kill:
# the database opens (`summits`), holds the summit exactly as before (113) or after (200,113),
# exports every attendee it counts, and checks without an error of its own.
# Cases: 10.2-kill-import-whole-run, 10.2-kill-import-at-<N>pct, 10.2-kill-import-after-imported.
# ROWS=... changes the size (default 200000). BASE_BY=load makes the base file by `load` into a new file
# (the demo summit exported, then loaded: decision 0041) instead of `demo`.
set -uo pipefail
. "$(dirname "$0")/../lib.sh"
ROWS="${ROWS:-200000}"
DEMO=113

awk -v n="$ROWS" 'BEGIN {
  split("FR DE GB IT ES PL NL BE DK SE FI NO EE LV LT CZ SK SI HR RO BG GR PT IE AT CA AU JP TR UA LU CY IS NZ", c, " ");
  print "First name,Last name,Country,Email,Position,Role,Phone,Languages";
  for (i = 1; i <= n; i++)
    printf "Given%d,Family%d,%s,person%d@example.org,\"Adviser, delegation %d\",adviser,+33 1 00 %06d,\"en, fr\"\n",
           i, i, c[(i % 34) + 1], i, i % 34, i % 1000000;
}' > "$WORK/list.csv"
if [ "${BASE_BY:-demo}" = load ]; then
  { sp --db "$WORK/source" demo && sp --db "$WORK/source" export "$WORK/demo.json" && sp --db "$WORK/base" load "$WORK/demo.json"; } \
    || { fail 10.2-kill-import-setup "load failed: $(head -c 200 "$WORK/err")"; exit 0; }
else
  sp --db "$WORK/base" demo || { fail 10.2-kill-import-setup "demo failed: $(head -c 200 "$WORK/err")"; exit 0; }
fi
base_size=$(stat -c %s "$WORK/base.mv.db")

# attendees DB: the count `summits` prints for the summit, or "error"
attendees() {
  sp --db "$1" summits || { echo error; return; }
  awk 'NR == 2 { print $(NF-2) }' "$WORK/out"
}

# verify NAME DB: opens, all or nothing, export and check read it whole; prints PASS/FAIL
verify() {
  local id="$1" db="$2" n
  n=$(attendees "$db")
  if [ "$n" != "$DEMO" ] && [ "$n" != "$((DEMO + ROWS))" ]; then
    fail "$id" "after the kill the summit has $n attendees (expected $DEMO or $((DEMO + ROWS))); stderr: $(head -c 300 "$WORK/err" | tr '\n\t' '  ')"
    return
  fi
  if ! sp --db "$db" export "$WORK/export.json" || ! clean_err; then
    fail "$id" "$n attendees, but export fails: exit $(cat "$WORK/code"), $(head -c 300 "$WORK/err" | tr '\n\t' '  ')"
    return
  fi
  local exported
  exported=$(grep -c '"givenName"' "$WORK/export.json")
  if [ "$exported" != "$n" ]; then
    fail "$id" "summits counts $n attendees, the export holds $exported"
    return
  fi
  sp --db "$db" check --format json
  local code
  code=$(cat "$WORK/code")
  if { [ "$code" != 0 ] && [ "$code" != 1 ]; } || ! clean_err; then
    fail "$id" "$n attendees, but check fails: exit $code, $(head -c 300 "$WORK/err" | tr '\n\t' '  ')"
    return
  fi
  local state=before
  [ "$n" = "$DEMO" ] || state=after
  pass "$id" "killed $3; opens with the state $state the import ($n attendees), export and check read it"
}

# the whole run: how far the file grows
cp "$WORK/base.mv.db" "$WORK/whole.mv.db"
start=$(date +%s)
if sp --db "$WORK/whole" import "$WORK/list.csv" && grep -q "$ROWS added" "$WORK/out"; then
  whole_size=$(stat -c %s "$WORK/whole.mv.db")
  echo "whole run: $(( $(date +%s) - start )) s, file $base_size -> $whole_size bytes" >&2
  verify 10.2-kill-import-whole-run "$WORK/whole" "never"
else
  fail 10.2-kill-import-whole-run "the import itself fails: exit $(cat "$WORK/code"), $(head -c 300 "$WORK/err" | tr '\n\t' '  ')"
  exit 0
fi

# killed when the file has grown by PCT percent of what the whole run grew it by
for pct in 25 50 75 95; do
  db="$WORK/k$pct"
  cp "$WORK/base.mv.db" "$db.mv.db"
  threshold=$(( base_size + (whole_size - base_size) * pct / 100 ))
  pid=$(sp_bg --db "$db" import "$WORK/list.csv")
  killed=""
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$(stat -c %s "$db.mv.db")" -ge "$threshold" ]; then
      kill -9 "$pid" 2>/dev/null && killed="at $(stat -c %s "$db.mv.db") bytes ($pct% of the growth)"
      break
    fi
    sleep 0.1
  done
  wait "$pid" 2>/dev/null
  if [ -z "$killed" ]; then
    fail "10.2-kill-import-at-${pct}pct" "the import ended before the file grew $pct% (not tried)"
    continue
  fi
  verify "10.2-kill-import-at-${pct}pct" "$db" "$killed"
done

# killed right after it printed "Imported" (the database is being closed)
db="$WORK/kdone"
cp "$WORK/base.mv.db" "$db.mv.db"
"$JAVA" -Duser.home="$HOME_DIR" -jar "$JAR" --db "$db" import "$WORK/list.csv" > "$WORK/live.out" 2>"$WORK/live.err" &
pid=$!
while kill -0 "$pid" 2>/dev/null && ! grep -q '^Imported' "$WORK/live.out"; do sleep 0.05; done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
verify 10.2-kill-import-after-imported "$db" "after it printed Imported"
