#!/usr/bin/env bash
# Issue 10 item 8: a read-only database, a database whose migration history is not ours, and a FIFO
# or device given as the database or as an input: a clear message at once, and nothing changed.
. "$(dirname "$0")/../lib.sh"
cd "$WORK"
h2="$(ls "$(dirname "$JAR")"/lib/h2-*.jar 2>/dev/null | head -1)"
FLAGS=';MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
# sql DB STATEMENT: changes a database behind the program's back, with H2's own shell
sql() { "$JAVA" -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/$1$FLAGS" -user sa -password '' -sql "$2" >/dev/null 2>&1; }
printf 'Name,Country,Email\nJean Dupont,France,jean@example.fr\n' > list.csv

# --- read-only file (chmod 444; root ignores the mode, the program must not) ---
mkdir ro && sp --db "$WORK/ro/x" demo
chmod 444 ro/x.mv.db
d=$(digest ro/x.mv.db)
sp --db "$WORK/ro/x" demo
verdict 10.8-readonly-file-demo "demo on a chmod 444 database" eval 'refused_with "read only" && same_file ro/x.mv.db "$d"'
sp --db "$WORK/ro/x" import list.csv --summit 1
verdict 10.8-readonly-file-import "import on a chmod 444 database" eval 'refused_with "read only" && same_file ro/x.mv.db "$d"'
printf '{"format": "summit-planner/1", "summit": {"name": "Small", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-10", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"}}' > small.json
sp --db "$WORK/ro/x" load small.json
verdict 10.8-readonly-file-load "load on a chmod 444 database" eval 'refused_with "read only" && same_file ro/x.mv.db "$d"'
sp --db "$WORK/ro/x" summits
verdict 10.8-readonly-file-summits "summits reads a chmod 444 database" eval 'code_is 0 && grep -q Paris out && same_file ro/x.mv.db "$d"'
sp --db "$WORK/ro/x" check --summit 1
verdict 10.8-readonly-file-check "check reads a chmod 444 database" eval '[ "$(cat code)" = 1 ] && grep -q UNINVITED out && same_file ro/x.mv.db "$d"'
sp --db "$WORK/ro/x" print agenda --summit 1 --pdf ro.pdf
verdict 10.8-readonly-file-print "print reads a chmod 444 database" eval 'code_is 0 && same_file ro/x.mv.db "$d"'

# --- read-only folder (chmod 555) ---
mkdir rof && sp --db "$WORK/rof/x" demo
chmod 555 rof
d=$(digest rof/x.mv.db)
sp --db "$WORK/rof/x" demo
verdict 10.8-readonly-folder-demo "demo on a database in a chmod 555 folder" \
  eval 'refused_with "read only" && same_file rof/x.mv.db "$d"'
sp --db "$WORK/rof/new" demo
verdict 10.8-readonly-folder-new-db "a new database in a chmod 555 folder" \
  eval 'refused_with "read only" && [ ! -e rof/new.mv.db ]'
sp --db "$WORK/rof/x" summits
verdict 10.8-readonly-folder-summits "summits reads it" eval 'code_is 0 && same_file rof/x.mv.db "$d"'
chmod 755 rof

# --- migration history that is not ours ---
sp --db "$WORK/sum" demo
sql sum "UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'"
d=$(digest sum.mv.db)
sp --db "$WORK/sum" summits
verdict 10.8-history-checksum-changed "a changed checksum of V1: refused before Flyway touches the file" \
  eval 'refused_with "migration" && same_file sum.mv.db "$d"'

sp --db "$WORK/unk" demo
sql unk "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '2.5', 'something else', 'SQL', 'V2_5__something_else.sql', 42, 'sa', 1, TRUE)"
d=$(digest unk.mv.db)
sp --db "$WORK/unk" summits
verdict 10.8-history-unknown-version "an applied version this build does not know (2.5): refused, unchanged" \
  eval 'refused_with "migration" && same_file unk.mv.db "$d"'

sql other "CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT PRIMARY KEY, \"version\" VARCHAR(50), \"description\" VARCHAR(200) NOT NULL, \"type\" VARCHAR(20) NOT NULL, \"script\" VARCHAR(1000) NOT NULL, \"checksum\" INT, \"installed_by\" VARCHAR(100) NOT NULL, \"installed_on\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL, \"execution_time\" INT NOT NULL, \"success\" BOOLEAN NOT NULL); INSERT INTO \"flyway_schema_history\" VALUES (1, '1', 'create invoices', 'SQL', 'V1__create_invoices.sql', 987654, 'sa', CURRENT_TIMESTAMP, 3, TRUE); CREATE TABLE invoice (id INT PRIMARY KEY, amount DECIMAL(10,2))"
d=$(digest other.mv.db)
sp --db "$WORK/other" summits
verdict 10.8-history-of-another-program "the Flyway history of another program: refused, unchanged" \
  eval 'refused_with "another program" && same_file other.mv.db "$d"'

# --- FIFOs and devices as the database or an input: refused at once ---
at_once() { timeout 60 "$JAVA" -Duser.home="$HOME_DIR" -jar "$JAR" "$@" >out 2>err; echo $? >code; }
mkfifo pipe.mv.db pipe.json pipe.csv pipe
at_once --db "$WORK/pipe.mv.db" summits
verdict 10.8-fifo-as-db "a FIFO named .mv.db as --db" eval 'refused_with "FIFO" && [ -p pipe.mv.db ]'
at_once --db "$WORK/pipe" summits
verdict 10.8-fifo-as-db-base "a FIFO as --db (no suffix)" eval 'refused_with "FIFO" && [ -p pipe ]'
sp --db "$WORK/ok" demo
at_once --db "$WORK/ok" load pipe.json
verdict 10.8-fifo-as-load-input "load of a FIFO" eval 'refused_with "FIFO" && [ -p pipe.json ]'
at_once --db "$WORK/ok" import pipe.csv
verdict 10.8-fifo-as-import-input "import of a FIFO" eval 'refused_with "FIFO" && [ -p pipe.csv ]'
if is_root && mknod -m 444 zero c 1 5 2>/dev/null; then
  at_once --db "$WORK/ok" load zero
  verdict 10.8-device-as-load-input "load of a device like /dev/zero" eval 'refused_with "device"'
  at_once --db "$WORK/ok" import zero
  verdict 10.8-device-as-import-input "import of a device like /dev/zero" eval 'refused_with "device"'
else
  echo "device cases skipped: mknod needs root" >&2
fi
exit 0
