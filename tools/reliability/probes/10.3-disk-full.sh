#!/usr/bin/env bash
# Issue 10 item 3: a full disk under import, load and demo, on a real small file system (a tmpfs
# mounted for the probe; needs root, otherwise the cases FAIL with "skipped (cannot mount)": a case
# that did not run is never a pass). Each command must stop in time (no hang, no spin) with exit 2
# and a message naming the disk ("No space left on the disk holding <folder>"), no stack trace;
# the existing database must keep its summit and open, export and check once space is back; a
# database the run was creating must not be left behind unless it opens.
# Cases: 10.3-disk-full-import, 10.3-disk-full-load, 10.3-disk-full-demo-new.
set -uo pipefail
. "$(dirname "$0")/../lib.sh"
LIMIT="${LIMIT:-600}"   # seconds a command may take before it counts as hanging
DISK="$WORK/disk"
mkdir -p "$DISK"

skip_all() {
  for c in import load demo-new; do
    fail "10.3-disk-full-$c" "skipped (cannot mount): $1"
  done
  exit 0
}
is_root || skip_all "mounting a small tmpfs needs root"
mount -t tmpfs -o size=8m tmpfs "$DISK" 2>"$WORK/mount.err" || skip_all "$(head -c 200 "$WORK/mount.err")"
trap 'umount "$DISK" 2>/dev/null' EXIT

# fill LEFT_KB: leaves about LEFT_KB kilobytes free on the small disk
fill() {
  rm -f "$DISK/filler"
  local avail
  avail=$(df -k --output=avail "$DISK" | tail -1 | tr -d ' ')
  [ "$avail" -gt "$1" ] && head -c $(( (avail - $1) * 1024 )) /dev/zero > "$DISK/filler" 2>/dev/null
  true
}
unfill() { rm -f "$DISK/filler"; }

# timed ID ARGS...: runs the jar with a time limit; a hang is a failure of its own
timed() {
  local id="$1"
  shift
  timeout "$LIMIT" "$JAVA" -Duser.home="$HOME_DIR" -jar "$JAR" "$@" >"$WORK/out" 2>"$WORK/err"
  echo $? >"$WORK/code"
  if [ "$(cat "$WORK/code")" = 124 ]; then
    fail "$id" "still running after $LIMIT s (hangs); killed"
    return 1
  fi
}

names_disk() { code_is 2 && clean_err && err_has "No space left on the disk holding $DISK"; }

# intact DB: one summit with the demo's 113 attendees, export and check work
intact() {
  sp --db "$1" summits && [ "$(awk 'NR > 1' "$WORK/out" | wc -l)" = 1 ] \
    && [ "$(awk 'NR == 2 { print $(NF-2) }' "$WORK/out")" = 113 ] \
    && sp --db "$1" export "$WORK/after.json" \
    && { sp --db "$1" check; [ "$(cat "$WORK/code")" = 1 ]; } && clean_err \
    && [ ! -e "$1.trace.db" ]
}

# the lists and files, made on the ordinary disk
awk -v n=50000 'BEGIN {
  split("FR DE GB IT ES PL NL BE DK SE FI NO EE LV LT CZ SK SI HR RO BG GR PT IE AT CA AU JP TR UA LU CY IS NZ", c, " ");
  print "First name,Last name,Country,Email,Position,Role";
  for (i = 1; i <= n; i++) printf "Given%d,Family%d,%s,person%d@example.org,Adviser,adviser\n", i, i, c[(i % 34) + 1], i;
}' > "$WORK/list.csv"
sp --db "$WORK/un" demo --scale un && sp --db "$WORK/un" export "$WORK/un.json" \
  || { fail 10.3-disk-full-load "setup: cannot make the UN-week summit file"; }

# import: the disk fills while the import writes
rm -rf "${DISK:?}"/*
sp --db "$DISK/a" demo
fill 300
if timed 10.3-disk-full-import --db "$DISK/a" import "$WORK/list.csv"; then
  if names_disk; then
    unfill
    verdict 10.3-disk-full-import "stopped with the disk named; the summit is as before and opens, exports, checks" \
      intact "$DISK/a"
  else
    fail 10.3-disk-full-import "exit $(cat "$WORK/code"), stderr: $(head -c 300 "$WORK/err" | tr '\n\t' '  ')"
  fi
fi
unfill

# load: a UN-week summit file (megabytes to write) into the demo's database
rm -rf "${DISK:?}"/*
sp --db "$DISK/b" demo
fill 300
if [ -f "$WORK/un.json" ] && timed 10.3-disk-full-load --db "$DISK/b" load "$WORK/un.json"; then
  if names_disk; then
    unfill
    verdict 10.3-disk-full-load "stopped with the disk named; the database still holds only the demo and opens" \
      intact "$DISK/b"
  else
    fail 10.3-disk-full-load "exit $(cat "$WORK/code"), stderr: $(head -c 300 "$WORK/err" | tr '\n\t' '  ')"
  fi
fi
unfill

# demo into a new database on a disk with almost nothing left
rm -rf "${DISK:?}"/*
fill 60
if timed 10.3-disk-full-demo-new --db "$DISK/c" demo; then
  if names_disk; then
    unfill
    if [ ! -e "$DISK/c.mv.db" ] && [ ! -e "$DISK/c.trace.db" ]; then
      pass 10.3-disk-full-demo-new "stopped with the disk named; no half-made database left"
    else
      verdict 10.3-disk-full-demo-new "stopped with the disk named; the database it left opens" sp --db "$DISK/c" summits
    fi
  else
    fail 10.3-disk-full-demo-new "exit $(cat "$WORK/code"), stderr: $(head -c 300 "$WORK/err" | tr '\n\t' '  ')"
  fi
fi
unfill
