#!/usr/bin/env bash
# Issue 10 item 6: hostile or odd summit files are refused whole with line, column and JSON path,
# nothing is stored, and no control character reaches the terminal or the log raw.
. "$(dirname "$0")/../lib.sh"
cd "$WORK"
ESC=$'\x1b'

sp --db "$WORK/db" demo || { fail 10.6-setup "demo failed: $(head -c 300 err)"; exit 0; }

# summit FILE NAME FIRST LAST [EXTRA]: a small summit file; EXTRA is raw JSON after "summit"
summit() {
  printf '{"format": "summit-planner/1",\n "summit": {"name": "%s", "hostNation": "FR", "city": "Paris", "firstDay": "%s", "lastDay": "%s", "timeZone": "Europe/Paris"}%s}\n' \
    "$2" "$3" "$4" "${5:-}" > "$1"
}
# nothing stored: the database lists the same summits as before (its bytes change when H2 opens it)
listing() { "$JAVA" -Duser.home="$HOME_DIR" -jar "$JAR" --db "$WORK/db" summits 2>/dev/null; }
before=$(listing)
unchanged() { [ "$(listing)" = "$before" ]; }
no_raw_controls() { ! grep -q "$ESC" "$WORK/err" && ! grep -qP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]' "$WORK/err"; }

summit esc.json 'Evil\u001b[31mRED\u001b[0m' 2025-03-10 2025-03-11
sp --db "$WORK/db" load esc.json
verdict 10.6-escape-in-summit-name "ESC [31m in the summit name: refused with its place" \
  eval 'refused_with "line 2, column" && err_has "\$.summit.name" && no_raw_controls && unchanged'

summit bell.json 'Paris' 2025-03-10 2025-03-11 ',
 "attendees": [{"key": "a", "nation": "FR", "givenName": "Jean", "familyName": "Dupont\u0007", "role": "OFFICIAL", "headOfDelegation": false}]'
sp --db "$WORK/db" load bell.json
verdict 10.6-bell-in-attendee-name "BEL in a family name: refused with its place" \
  eval 'refused_with "\$.attendees[0].familyName" && err_has "line 3" && unchanged'

summit csi.json 'Paris' 2025-03-10 2025-03-11 ',
 "agenda": [{"key": "p", "title": "Plenary\u009b2J", "kind": "PLENARY", "start": "2025-03-10T09:00", "end": "2025-03-10T10:00", "closed": false}]'
sp --db "$WORK/db" load csi.json
verdict 10.6-c1-csi-in-title "C1 control (CSI, U+009B) in an agenda title: refused" \
  eval 'refused_with "\$.agenda[0].title" && unchanged'

summit multi.json 'Multi-line' 2025-03-10 2025-03-11 ',
 "agenda": [{"key": "p", "title": "Plenary", "kind": "PLENARY", "start": "2025-03-10T09:00", "end": "2025-03-10T10:00", "closed": false, "description": "First line\n\tsecond line"}]'
sp --db "$WORK/db" load multi.json
verdict 10.6-tab-newline-in-description "tab and newline in a description are text, and load" eval 'code_is 0'
before=$(listing)

summit surrogate.json 'Lone \ud800 surrogate' 2025-03-10 2025-03-11
sp --db "$WORK/db" load surrogate.json
verdict 10.6-lone-surrogate "a lone surrogate (\\ud800) is refused with its place, not stored as ?" \
  eval 'refused_with "surrogate" && err_has "\$.summit.name" && unchanged'

summit long.json 'Long' 2025-03-10 9999-12-31
start=$(date +%s)
sp --db "$WORK/db" load long.json
took=$(( $(date +%s) - start ))
verdict 10.6-summit-too-long "a summit to 9999-12-31 is refused (at most 60 days) in ${took}s" \
  eval 'refused_with "60 days" && err_has "\$.summit.lastDay" && unchanged'

summit far.json 'Far' '+10000-03-10' '+10000-03-11'
sp --db "$WORK/db" load far.json
verdict 10.6-year-10000 "year +10000: a clear message, no stack trace" \
  eval 'refused_with "year" && err_has "\$.summit.firstDay" && unchanged'
summit zero.json 'Zero' '0000-03-10' '0000-03-11'
sp --db "$WORK/db" load zero.json
verdict 10.6-year-0 "year 0000 (stored as 0001 before): refused" \
  eval 'refused_with "year" && unchanged'
summit item.json 'Item' 2025-03-10 2025-03-11 ',
 "agenda": [{"key": "p", "title": "Far away", "kind": "PLENARY", "start": "+999999999-03-10T09:00", "end": "+999999999-03-10T10:00", "closed": false}]'
sp --db "$WORK/db" load item.json
verdict 10.6-item-year-999999999 "an agenda item in year 999999999: refused" \
  eval 'refused_with "year" && err_has "\$.agenda[0].start" && unchanged'

summit number.json 'Number' 2025-03-10 2025-03-11 ''
sed -i 's/"timeZone": "Europe\/Paris"/"timeZone": "Europe\/Paris", "transferMinutes": 99999999999999999999999999/' number.json
sp --db "$WORK/db" load number.json
verdict 10.6-huge-number "a 26-digit number: a clear message" \
  eval 'refused_with "transferMinutes" && unchanged'

python3 -c "print('{\"format\": \"summit-planner/1\", \"extra\": ' + '['*5000 + ']'*5000 + '}')" > deep.json
sp --db "$WORK/db" load deep.json
verdict 10.6-deep-nesting "5,000 nested arrays: a clear message in the words of the file" \
  eval 'refused_with "nested" && ! err_has "StreamReadConstraints" && unchanged'

truncate -s 1G huge.json
start=$(date +%s)
sp --db "$WORK/db" load huge.json
took=$(( $(date +%s) - start ))
verdict 10.6-one-gigabyte "a 1 GB file is refused by its size, without reading it (${took}s)" \
  eval 'refused_with "too large" && unchanged'

printf '{"format": "summit-planner/1", "summit": {"name": "\xff\xfe"}}' > binary.json
sp --db "$WORK/db" load binary.json
verdict 10.6-not-utf8 "bytes that are not UTF-8: refused with their place" \
  eval 'refused_with "UTF-8" && err_has "line 1" && unchanged'

# the file's own name carries an escape sequence: the message and the log show it escaped
evil="$WORK/${ESC}[2J${ESC}]0;pwned${ESC}\\.json"
cp esc.json "$evil"
sp --db "$WORK/db" load "$evil"
verdict 10.6-escape-in-file-name "an escape sequence in the file's name reaches stderr escaped" \
  eval 'code_is 2 && no_raw_controls && err_has "\\u001b[2J"'
log="$HOME_DIR/.summit-planner/logs/summit-planner.log"
verdict 10.6-log-escaped "the log holds no raw control character after all this" \
  eval '[ -s "$log" ] && ! grep -qP "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]" "$log"'
exit 0
