#!/usr/bin/env bash
# H2 alone (no code of the application): kills an uncommitted transaction of ROWS rows at PCT % and
# counts with plain H2; N kills per kind of file. See H2Alone.java.
#   tools/reliability/crash/h2-alone.sh [KIND ...]     (default: fresh fresh-wd0 plain compact)
# Kinds: plain = made and closed normally, then the transaction in a new session; compact = the same
# closed with SHUTDOWN COMPACT; fresh = the tables made in the transaction's own session (H2's undo log
# map then has a lower id than the tables' maps); fresh-wd0 = fresh with WRITE_DELAY=0.
#   N=30 ROWS=10000 PCT=40 WORK=/tmp/h2-alone
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
JAVA="${JAVA:-java}"
WORK="${WORK:-/tmp/h2-alone}"
N="${N:-30}"
ROWS="${ROWS:-10000}"
PCT="${PCT:-40}"
H2JAR="$(ls "$root"/target/lib/h2-*.jar)"
rm -rf "$WORK"
mkdir -p "$WORK/cls"
javac -d "$WORK/cls" "$here/H2Alone.java" || exit 2
CP="$WORK/cls:$H2JAR"
h2() { "$JAVA" -cp "$CP" H2Alone "$@"; }
kinds="${*:-fresh fresh-wd0 plain compact}"
for kind in $kinds; do
  delay=()
  case "$kind" in
    plain|compact) h2 make "$WORK/base-$kind" "$kind" >/dev/null || exit 2 ;;
    fresh) ;;
    fresh-wd0) delay=(0) ;;
    *) echo "unknown kind $kind" >&2; exit 2 ;;
  esac
  bad=0
  empty=0
  for ((i = 1; i <= N; i++)); do
    rm -f "$WORK"/k*.mv.db
    [ -f "$WORK/base-$kind.mv.db" ] && cp "$WORK/base-$kind.mv.db" "$WORK/k.mv.db"
    "$JAVA" -cp "$CP" H2Alone child "$WORK/k" "$ROWS" "${delay[@]}" > "$WORK/k.out" &
    pid=$!
    until awk -v f="0.$PCT" '$1 == "progress" && $2 + 0 >= f { x = 1 } END { exit !x }' "$WORK/k.out" 2>/dev/null \
        || ! kill -0 $pid 2>/dev/null; do sleep 0.005; done
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    counted=$(h2 count "$WORK/k")
    case "$counted" in
      "t=100 batches=0 orphans=0") ;;                       # rolled back whole
      *"this database is empty"*) empty=$((empty + 1)) ;;  # fresh: killed before the tables were stored
      *) bad=$((bad + 1)); echo "  $kind #$i: $counted" >&2 ;;
    esac
  done
  echo "$kind: $bad partial of $N kills at $PCT % of $ROWS rows ($empty killed before the new tables were stored)"
done
