#!/usr/bin/env bash
# Issue 10 item 1: no command writes over a database (open or closed, by name or by content), the
# file being imported, a folder, a device or a FIFO; a stopped print leaves no partial file.
. "$(dirname "$0")/../lib.sh"
cd "$WORK"

sp --db "$WORK/a" demo || { fail 10.1-setup "demo failed: $(head -c 300 err)"; exit 0; }
sp --db "$WORK/b" demo
printf 'Name,Country,Email\nJean Dupont,France,jean@example.fr\n' > list.csv

a=$(digest a.mv.db); b=$(digest b.mv.db); l=$(digest list.csv)

sp --db "$WORK/a" print agenda --pdf "$WORK/a.mv.db"
verdict 10.1-pdf-over-open-db "print --pdf over the database it reads" \
  eval 'refused_with "database" && same_file a.mv.db "$a"'
sp --db "$WORK/a" print agenda --pdf "$WORK/b.mv.db"
verdict 10.1-pdf-over-closed-db "print --pdf over another, closed database" \
  eval 'refused_with "database" && same_file b.mv.db "$b"'
sp --db "$WORK/a" ics --nation SI "$WORK/b.mv.db"
verdict 10.1-ics-over-db "ics over a database" eval 'refused_with "database" && same_file b.mv.db "$b"'
sp --db "$WORK/a" export "$WORK/b.mv.db"
verdict 10.1-export-over-db "export over a database" eval 'refused_with "database" && same_file b.mv.db "$b"'
cp b.mv.db copy.pdf; ln b.mv.db hardlink.json
sp --db "$WORK/a" print agenda --pdf "$WORK/copy.pdf"
verdict 10.1-pdf-over-db-copy "print --pdf over a copy of a database named .pdf (H2 header)" \
  eval 'refused_with "database" && same_file copy.pdf "$b"'
sp --db "$WORK/a" export "$WORK/hardlink.json"
verdict 10.1-export-over-db-hardlink "export over a hard link to a database" \
  eval 'refused_with "database" && same_file b.mv.db "$b"'
sp --db "$WORK/a" import list.csv --report list.csv
verdict 10.1-report-over-input "import a.csv --report a.csv" \
  eval 'refused_with "being read" && same_file list.csv "$l"'
ln -s list.csv link.csv
sp --db "$WORK/a" import list.csv --dry-run --report link.csv
verdict 10.1-report-over-input-symlink "import --report through a symbolic link to the list" \
  eval 'refused_with "being read" && same_file list.csv "$l" && [ -L link.csv ]'
ln list.csv hard.csv
sp --db "$WORK/a" import hard.csv --dry-run --report list.csv
verdict 10.1-report-over-input-hardlink "import --report over a hard link of the list" \
  eval 'refused_with "being read" && same_file list.csv "$l"'

mkdir folder
sp --db "$WORK/a" print agenda --pdf folder
verdict 10.1-pdf-to-folder "print --pdf to a folder" eval 'refused_with "folder" && [ -d folder ]'
sp --db "$WORK/a" import list.csv --dry-run --report folder
verdict 10.1-report-to-folder "import --report to a folder" eval 'refused_with "folder" && [ -d folder ]'
sp --db "$WORK/a" export folder
verdict 10.1-export-to-folder "export to a folder" eval 'refused_with "folder" && [ -d folder ]'

mkfifo pipe
start=$(date +%s)
timeout 120 "$JAVA" -Duser.home="$HOME_DIR" -jar "$JAR" --db "$WORK/a" ics --nation SI pipe >out 2>err; echo $? >code
took=$(( $(date +%s) - start ))
verdict 10.1-ics-to-fifo "ics to a FIFO refused at once (${took}s)" eval 'refused_with "FIFO" && [ -p pipe ]'
sp --db "$WORK/a" print agenda --pdf pipe
verdict 10.1-pdf-to-fifo "print --pdf to a FIFO" eval 'refused_with "FIFO" && [ -p pipe ]'

# a device node of our own (never the real /dev/null: a broken rule would replace it)
if is_root && mknod -m 666 null c 1 3 2>/dev/null; then
  sp --db "$WORK/a" ics --nation SI null
  verdict 10.1-ics-to-device "ics to a character device" eval 'refused_with "device" && [ -c null ]'
  sp --db "$WORK/a" import list.csv --dry-run --report null
  verdict 10.1-report-to-device "import --report to a character device" eval 'refused_with "device" && [ -c null ]'
else
  echo "device cases skipped: mknod needs root" >&2
fi

sp --db "$WORK/a" print agenda --pdf agenda.pdf
verdict 10.1-pdf-written-whole "a normal print leaves the PDF and no partial file" \
  eval 'code_is 0 && head -c 5 agenda.pdf | grep -q %PDF && no_partial_files .'

# stopped while writing: a large batch of itineraries (the UN-week summit), stopped as soon as
# its partial file appears
sp --db "$WORK/un" demo --scale un
stop_while_printing() {  # SIGNAL TARGET
  local pid
  # job control on: otherwise a background job starts with SIGINT ignored, and so does the JVM
  set -m
  pid=$(sp_bg --db "$WORK/un" print itinerary --all --pdf "$2")
  for _ in $(seq 1 1200); do
    [ -n "$(find . -maxdepth 1 -name '.summit-planner-*' -print -quit)" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  local seen
  seen=$(find . -maxdepth 1 -name '.summit-planner-*' | wc -l)
  kill "-$1" "$pid" 2>/dev/null
  # the JVM is not this shell's child (sp_bg ran in a command substitution): wait cannot wait for it
  for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  echo "$seen"
}
seen=$(stop_while_printing TERM big.pdf)
verdict 10.1-sigterm-print "print stopped by SIGTERM while writing ($seen partial file seen)" \
  eval '[ "$seen" = 1 ] && no_partial_files . && [ ! -e big.pdf ]'
seen=$(stop_while_printing INT big.pdf)
verdict 10.1-sigint-print "print stopped by SIGINT (Ctrl+C) while writing" \
  eval '[ "$seen" = 1 ] && no_partial_files . && [ ! -e big.pdf ]'
seen=$(stop_while_printing KILL big.pdf)
left=$(find . -maxdepth 1 -name '.summit-planner-*' | wc -l)
sp --db "$WORK/a" print agenda --pdf agenda2.pdf
verdict 10.1-kill9-print-then-next-run "kill -9 leaves $left partial file ($seen seen); the next print into the folder removes it" \
  eval '[ "$seen" = 1 ] && code_is 0 && no_partial_files .'
exit 0
