#!/usr/bin/env bash
# Issue 10 item 9: the files that hold personal data are the owner's alone (0600, folders 0700),
# whatever the umask; no personal value from a refused file reaches the log.
. "$(dirname "$0")/../lib.sh"
cd "$WORK"
umask 022
data="$HOME_DIR/.summit-planner"

sp demo   # the default database in the default data folder
verdict 10.9-data-folder "the data folder ~/.summit-planner is 0700" eval 'code_is 0 && [ "$(mode_of "$data")" = 700 ]'
verdict 10.9-default-db "the default database planner.mv.db is 0600" eval '[ "$(mode_of "$data/planner.mv.db")" = 600 ]'
verdict 10.9-log-folder "the log folder is 0700" eval '[ "$(mode_of "$data/logs")" = 700 ]'
verdict 10.9-log-file "the log file is 0600" eval '[ "$(mode_of "$data/logs/summit-planner.log")" = 600 ]'

sp --db "$WORK/new/sub/x" demo
verdict 10.9-new-db-and-folders "a new --db file is 0600 and the folders made for it 0700" \
  eval 'code_is 0 && [ "$(mode_of new/sub/x.mv.db)" = 600 ] && [ "$(mode_of new/sub)" = 700 ] && [ "$(mode_of new)" = 700 ]'
verdict 10.9-no-trace-file "no H2 trace file (it would hold SQL with values) beside the database" \
  eval '[ -z "$(ls new/sub/*.trace.db 2>/dev/null)" ]'

sp --db "$WORK/new/sub/x" export paris.json
verdict 10.9-export "a summit file (emails, phones) is written 0600" eval 'code_is 0 && [ "$(mode_of paris.json)" = 600 ]'
echo '{}' > old.json; chmod 644 old.json
sp --db "$WORK/new/sub/x" export old.json
verdict 10.9-export-over-readable "an export replacing a 0644 file is 0600" eval 'code_is 0 && [ "$(mode_of old.json)" = 600 ]'
printf 'Name,Country,Email,Phone\nJean Dupont,France,jean.dupont@example.fr,+33 6 12 34 56 78\n' > list.csv
sp --db "$WORK/new/sub/x" import list.csv --dry-run --report report.csv
verdict 10.9-report "an import report is written 0600" eval 'code_is 0 && [ "$(mode_of report.csv)" = 600 ]'
sp --db "$WORK/new/sub/x" print agenda --pdf agenda.pdf
verdict 10.9-pdf-shared "a PDF is meant to be handed out: the umask decides (0644 here)" \
  eval 'code_is 0 && [ "$(mode_of agenda.pdf)" = 644 ]'

# refused files: their personal values stay out of the log
log="$data/logs/summit-planner.log"
cat > refused.json <<'JSON'
{"format": "summit-planner/1",
 "summit": {"name": "Secret summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-10", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
 "attendees": [
  {"key": "a", "nation": "FR", "givenName": "Zoé", "familyName": "Secretname", "role": "OFFICIAL", "headOfDelegation": false, "email": "zoe.secretname@example", "phone": "+33 6 99 88 77 66"},
  {"key": "b", "nation": "XX", "givenName": "Yann", "familyName": "Hiddenperson", "role": "OFFICIAL", "headOfDelegation": false, "email": "yann@example.fr"}]}
JSON
sp load refused.json
verdict 10.9-refused-load-logs-no-values "a refused summit file: the log names places, not emails, phones or names" \
  eval 'code_is 2 && grep -q "refused.json" "$log" && ! grep -Eq "zoe.secretname|Secretname|99 88 77|Hiddenperson|yann@" "$log"'
printf 'Name,Country,Email,Phone\nXavier Privatename,Atlantis,xavier@private.example,+33 7 11 22 33 44\n' > bad.csv
sp import bad.csv
verdict 10.9-refused-import-logs-no-values "an import with error rows: the log holds no email, phone or name of the file" \
  eval '[ "$(cat code)" = 1 ] && ! grep -Eq "Privatename|xavier@|11 22 33" "$log"'
exit 0
