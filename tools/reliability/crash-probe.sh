#!/usr/bin/env bash
# Crash probe (not a CI test: it takes tens of minutes): does a kill -9 during an import leave the
# database as before or after it, on database files made and aged the ways a user's file can be?
# See docs/decisions (crash-probe) for what it found.
#
#   tools/reliability/crash-probe.sh            (after mvn -o -q package -DskipTests)
#
# Kinds of file (KINDS, default "a b c d e"), each holding the demo summit (113 attendees):
#   a  new file by the migrations + `demo` (what the app does today)
#   b  a, then opened and closed 2 x AGE times (default 25): an import of 300 rows and its undo in
#      separate opens (each close compacts as H2 does by default), and every 5 cycles an edit through
#      the command line (`precedence --seed`)
#   c  a, closed with SHUTDOWN COMPACT (the old template's way; the positive control)
#   d  a file made by one schema script instead of the migrations: SCRIPT of a new migrated file
#      (schema + reference rows + flyway_schema_history rows), RUNSCRIPT into a new file, then `demo`
#   e  c, then opened and closed once by the app (a compacted file after one ordinary close)
#   g  a, opened and closed (an import and its undo in separate opens) until, in its next session, H2's
#      store visits an undo log before a map of attendee (CrashTool order): an
#      ordinary file at an age where the cause found (docs/decisions crash-probe) applies; about 40 opens
#   f  no file before: the child creates it (migrations), adds the demo and imports, all in one session
#      (a new database's first session, as in the window: new file, then an import)
#   l  a file made by `load` into a new file (made whole under a partial name, H2's background writer
#      allowed, then linked into place: decision 0041): a's summit exported, then loaded
# Kill points (POINTS, default "plan p10 p40 p90 commit"): plan = when the plan is printed, pNN =
# when NN% of the rows were sent, commit = half way through the commit (timed from a whole run of
# the same kind), done = after "committed", before closing.
# Each kill (N per kind and point, default 30): the child JVM imports ROWS (default 10000) new
# attendees (MODE two-step = the window's path, one-reading = the command's), is killed with
# SIGKILL, then the file is counted twice: raw (a copy opened by plain H2 JDBC, no code of ours)
# and app (Database.openFile, which finishes interrupted commits, then the same counts). A count is
# before (the base file's attendees, import rows and orphans), after (those of a whole run of the same
# import into the same base) or PARTIAL.
# Output: WORK/results.tsv (one line per kill) and a table: kind, point, kills, raw partial, app
# partial, after (app). Exit 1 when the app's view was partial at least once.
# APP=notbefore counts the app's view only where raw H2 did not show "before" (faster: where raw H2 rolled
# the import back there is nothing for the app's open to finish; the table says how many were counted).
# BUILD (default: this checkout) is the folder whose target/ (classes, lib, summit-planner.jar) is probed,
# e.g. BUILD=/work/base2 for a build of main before a fix.
# WORK (default /tmp/crash-probe) is emptied first. Runs one JVM at a time.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
JAVA="${JAVA:-java}"
WORK="${WORK:-/tmp/crash-probe}"
N="${N:-30}"
ROWS="${ROWS:-10000}"
AGE="${AGE:-25}"
MODE="${MODE:-two-step}"
APP="${APP:-always}"
KINDS="${KINDS:-a b c d e f g}"
POINTS="${POINTS:-plan p10 p40 p90 commit}"
BUILD="${BUILD:-$root}"
JAR="$BUILD/target/summit-planner.jar"
[ -f "$JAR" ] && [ -d "$BUILD/target/classes" ] || { echo "build first: mvn -o -q package -DskipTests" >&2; exit 2; }
CP="$WORK/cls:$BUILD/target/classes:$BUILD/target/lib/*"
rm -rf "$WORK"
mkdir -p "$WORK/cls" "$WORK/home"
javac -d "$WORK/cls" -cp "$CP" "$here/crash/CrashTool.java" || exit 2
URL_FLAGS=";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
DEMO=113

tool() { "$JAVA" -Duser.home="$WORK/home" -cp "$CP" CrashTool "$@"; }
# the import child is started as java itself (not through a function, whose subshell kill -9 would hit)
sp() { "$JAVA" -Duser.home="$WORK/home" -Djava.awt.headless=true -jar "$JAR" "$@"; }
h2sql() { "$JAVA" -cp "$CP" org.h2.tools.Shell -url "jdbc:h2:file:$1$URL_FLAGS" -user sa -sql "$2"; }

list() { # list FILE ROWS PREFIX
  awk -v n="$2" -v p="$3" 'BEGIN {
    split("FR DE GB IT ES PL NL BE DK SE FI NO EE LV LT CZ SK SI HR RO BG GR PT IE AT CA AU JP TR UA LU CY IS NZ", c, " ");
    print "First name,Last name,Country,Email,Position,Role,Phone,Languages";
    for (i = 1; i <= n; i++)
      printf "Given%d,Family%d,%s,%s%d@example.org,\"Adviser, delegation %d\",adviser,+33 1 00 %06d,\"en, fr\"\n",
             i, i, c[(i % 34) + 1], p, i, i % 34, i % 1000000;
  }' > "$1"
}
list "$WORK/list.csv" "$ROWS" person
list "$WORK/small.csv" 300 aged

make_kind() { # make_kind K: writes WORK/base-K.mv.db
  local k="$1" b="$WORK/base-$1"
  case "$k" in b|c|d|g|l) [ -f "$WORK/base-a.mv.db" ] || make_kind a || return 1 ;; e) [ -f "$WORK/base-c.mv.db" ] || make_kind c || return 1 ;; esac
  case "$k" in
    a) sp --db "$b" demo >/dev/null ;;
    b) cp "$WORK/base-a.mv.db" "$b.mv.db"
       local i
       for ((i = 0; i < AGE; i += 5)); do
         tool age "$b.mv.db" "$WORK/small.csv" 5 >/dev/null && sp --db "$b" precedence --seed "$i" >/dev/null
       done ;;
    c) cp "$WORK/base-a.mv.db" "$b.mv.db" && h2sql "$b" "SHUTDOWN COMPACT" >/dev/null ;;
    d) tool new "$WORK/schema-src.mv.db" >/dev/null \
         && h2sql "$WORK/schema-src" "SCRIPT TO '$WORK/schema.sql'" >/dev/null \
         && h2sql "$b" "RUNSCRIPT FROM '$WORK/schema.sql'" >/dev/null \
         && sp --db "$b" demo >/dev/null ;;
    e) cp "$WORK/base-c.mv.db" "$b.mv.db" && sp --db "$b" summits >/dev/null ;;
    f) : ;; # no file: each child creates it
    l) sp --db "$WORK/base-a" export "$WORK/demo.json" >/dev/null && sp --db "$b" load "$WORK/demo.json" >/dev/null ;;
    g) cp "$WORK/base-a.mv.db" "$b.mv.db"
       local n
       for ((n = 0; n < 80; n++)); do
         cp "$b.mv.db" "$WORK/order.mv.db"
         tool order "$WORK/order.mv.db" | grep -q '^undo-first yes' && break
         tool age "$b.mv.db" "$WORK/small.csv" 1 >/dev/null || return 1
       done
       echo "kind g: aged $n cycles (2 opens each)" >&2 ;;
    *) echo "unknown kind $k" >&2; return 1 ;;
  esac
}

# triple "attendees=N imports=N orphans=N ..." -> "N N N"
triple() {
  sed -n 's/.*attendees=\([0-9]*\) imports=\([0-9]*\) orphans=\([0-9]*\).*/\1 \2 \3/p' <<< "$1"
}
# state COUNTS -> before | after | PARTIAL(COUNTS): before = the base file's counts, after = those of a
# whole run of the same import into it (BEFORE and AFTER, set per kind)
state() {
  local t
  t=$(triple "$1")
  if [ -n "$t" ] && [ "$t" = "$BEFORE" ]; then echo before
  elif [ -n "$t" ] && [ "$t" = "$AFTER" ]; then echo after
  else echo "PARTIAL($1)"; fi
}

progress_at() { # progress_at FILE FRACTION: a progress line >= FRACTION
  awk -v f="$2" '$1 == "progress" && $2 + 0 >= f { found = 1 } END { exit !found }' "$1" 2>/dev/null
}

reached() { # reached POINT OUT
  case "$1" in
    plan) grep -q '^planned' "$2" 2>/dev/null ;;
    p[0-9]*) progress_at "$2" "0.${1#p}" ;;
    commit) progress_at "$2" 1.0 ;;
    done) grep -q '^committed' "$2" 2>/dev/null ;;
  esac
}

printf 'kind\tpoint\ti\traw\tapp\tfile_bytes\n' > "$WORK/results.tsv"
for k in $KINDS; do
  [ -f "$WORK/base-$k.mv.db" ] || [ "$k" = f ] || make_kind "$k" || { echo "could not make kind $k" >&2; exit 2; }
  base="$WORK/base-$k.mv.db"
  [ "$k" = f ] || echo "kind $k: $(stat -c %s "$base") bytes; raw $(cp "$base" "$WORK/look.mv.db"; tool raw "$WORK/look.mv.db");" \
    "store order in its next session: $(cp "$base" "$WORK/look.mv.db"; tool order "$WORK/look.mv.db" | tr '\n' ' ')" >&2
  if [ "$k" = f ]; then BEFORE="$DEMO 0 0"; else cp "$base" "$WORK/look.mv.db"; BEFORE=$(triple "$(tool raw "$WORK/look.mv.db")"); fi
  AFTER=""
  # one whole run: the commit's length on this machine, and the state after
  rm -f "$WORK/whole.mv.db"
  [ "$k" = f ] || cp "$base" "$WORK/whole.mv.db"
  "$JAVA" -Duser.home="$WORK/home" -cp "$CP" CrashTool child "$WORK/whole.mv.db" "$WORK/list.csv" "$MODE" \
    > "$WORK/whole.out" &
  pid=$!
  until progress_at "$WORK/whole.out" 1.0 || ! kill -0 $pid 2>/dev/null; do sleep 0.005; done
  t0=$(date +%s%N)
  until grep -q '^committed' "$WORK/whole.out" || ! kill -0 $pid 2>/dev/null; do sleep 0.005; done
  commit_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  wait $pid
  AFTER=$(triple "$(tool app "$WORK/whole.mv.db" 2>>"$WORK/app.err")")
  echo "kind $k: before = $BEFORE, after a whole run = $AFTER (attendees, import rows, orphans); commit ${commit_ms} ms" >&2
  [ -n "$AFTER" ] && [ "$AFTER" != "$BEFORE" ] || { echo "kind $k: the whole run did not import" >&2; exit 2; }
  for point in $POINTS; do
    for ((i = 1; i <= N; i++)); do
      f="$WORK/k.mv.db"
      rm -f "$WORK"/k*.mv.db "$WORK/k.out"
      [ "$k" = f ] || cp "$base" "$f"
      "$JAVA" -Duser.home="$WORK/home" -cp "$CP" CrashTool child "$f" "$WORK/list.csv" "$MODE" \
        > "$WORK/k.out" 2>"$WORK/k.err" &
      pid=$!
      until reached "$point" "$WORK/k.out" || ! kill -0 $pid 2>/dev/null; do sleep 0.005; done
      [ "$point" = commit ] && sleep "$(awk -v m="$commit_ms" 'BEGIN { printf "%.3f", m / 2000 }')"
      kill -9 $pid 2>/dev/null
      wait $pid 2>/dev/null
      size=$(stat -c %s "$f")
      cp "$f" "$WORK/k-raw.mv.db"
      raw=$(state "$(tool raw "$WORK/k-raw.mv.db")")
      if [ "$APP" = notbefore ] && [ "$raw" = before ]; then
        app="-"
      else
        app=$(state "$(tool app "$f" 2>>"$WORK/app.err")")
      fi
      printf '%s\t%s\t%d\t%s\t%s\t%s\n' "$k" "$point" "$i" "$raw" "$app" "$size" >> "$WORK/results.tsv"
      case "$raw$app" in *PARTIAL*) echo "  $k $point #$i raw $raw app $app" >&2 ;; esac
    done
    echo "  $k $point: $(awk -F'\t' -v k="$k" -v p="$point" '$1 == k && $2 == p { n++; if ($4 ~ /PARTIAL/) r++; if ($5 ~ /PARTIAL/) a++ }
      END { printf "%d kills, raw partial %d, app partial %d", n, r, a }' "$WORK/results.tsv")" >&2
  done
done

echo
printf '%-5s %-7s %6s %12s %12s %10s %10s %10s\n' kind point kills raw-partial app-partial raw-after app-after app-counted
awk -F'\t' 'NR > 1 { key = $1 " " $2; if (!(key in n)) order[++m] = key; n[key]++
    if ($4 ~ /PARTIAL/) r[key]++; if ($5 ~ /PARTIAL/) a[key]++; if ($4 == "after") ra[key]++; if ($5 == "after") aa[key]++; if ($5 != "-") ac[key]++ }
  END { for (j = 1; j <= m; j++) { k = order[j]; split(k, x, " ")
    printf "%-5s %-7s %6d %12d %12d %10d %10d %10d\n", x[1], x[2], n[k], r[k], a[k], ra[k], aa[k], ac[k] } }' "$WORK/results.tsv"
echo "per kill: $WORK/results.tsv"
! awk -F'\t' 'NR > 1 && $5 ~ /PARTIAL/ { bad = 1 } END { exit !bad }' "$WORK/results.tsv"
