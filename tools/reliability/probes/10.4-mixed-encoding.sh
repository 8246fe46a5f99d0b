#!/usr/bin/env bash
# Issue 10 item 4: a line in another encoding never rewrites a stored name; a rename is always
# shown; names are stored in Unicode NFC whatever way they come in (import, summit file) and print
# composed. Called by tools/reliability/run.sh with JAR, WORK and JAVA; prints one line per case:
# <case-id> TAB PASS|FAIL TAB <detail>. Self-contained (no helper needed).
set -u
cd "$WORK" || exit 1
home="$WORK/home"
mkdir -p "$home"

sp() {
  "$JAVA" -Duser.home="$home" -Djava.awt.headless=true -jar "$JAR" "$@" >out 2>err
  echo $? >code
}
result() { printf '%s\t%s\t%s\n' "$1" "$2" "$3"; }
verdict() {
  local id="$1" detail="$2"
  shift 2
  if "$@"; then
    result "$id" PASS "$detail"
  else
    result "$id" FAIL "$detail; exit $(cat code), stdout: $(head -c 200 out | tr '\n\t' '  ') stderr: $(head -c 300 err | tr '\n\t' '  ')"
  fi
}
code_is() { [ "$(cat code)" = "$1" ]; }
clean_err() { ! grep -Eq '^\s+at [a-z]|Exception|^Caused by' err; }
# the summit as stored, exported as a summit file (UTF-8)
stored() { "$JAVA" -Duser.home="$home" -Djava.awt.headless=true -jar "$JAR" --db "$WORK/db" export "$WORK/now.json" >/dev/null 2>&1; cat now.json; }
count() { grep -c '"familyName"' now.json; }
# a combining mark (U+0300-U+036F) anywhere in the file
has_marks() { LC_ALL=C grep -q -e $'\xcc[\x80-\xbf]' -e $'\xcd[\x80-\xaf]' "$1"; }

sp --db "$WORK/db" demo
stored >/dev/null
before=$(count)

# UTF-8 with one line pasted from a Windows-1252 file ("Noëlle" with ë as the byte EB)
{ printf 'First name,Last name,Country,Email\nRobert,Glava\xc5\xa1,Slovenia,robert.glavas@example.si\n'
  printf 'No\xeblle,Martin,France,noelle.martin@example.fr\n'
  printf 'Ren\xc3\xa9e,Dubois,France,renee.dubois@example.fr\n'; } > mixed.csv
sp --db "$WORK/db" import mixed.csv
verdict 10.4-mixed-line-refused "a Windows-1252 line in a UTF-8 file: exit 1, row 3 named with its encoding" \
  eval 'code_is 1 && clean_err && grep -q "^row 3 (Noëlle Martin): column \"First name\", value \"Noëlle\": this row is not in UTF-8" err'
stored >/dev/null
verdict 10.4-mixed-nothing-written "nothing written, Glavaš still Glavaš (not GlavaÅ¡)" \
  eval '[ "$(count)" = "$before" ] && grep -q "\"Glavaš\"" now.json && ! grep -q "GlavaÅ" now.json'

sp --db "$WORK/db" import mixed.csv --skip-errors
stored >/dev/null
verdict 10.4-mixed-skip-errors "--skip-errors imports the UTF-8 rows only; stored names unchanged" \
  eval 'code_is 0 && [ "$(count)" = "$((before + 1))" ] && grep -q "\"Renée\"" now.json && ! grep -q "Noëlle" now.json && grep -q "\"Glavaš\"" now.json'

{ printf '\xef\xbb\xbfFirst name,Last name,Country\n'; printf 'Zo\xeb,Weiss,Germany\n'; } > bom.csv
sp --db "$WORK/db" import bom.csv --dry-run
verdict 10.4-bom-line-refused "UTF-8 with a byte order mark and a Windows-1252 line: the row is refused, not stored with U+FFFD" \
  eval 'code_is 1 && grep -q "^row 2 (Zoë Weiss): .*this row is not in UTF-8" err'

# a whole Windows-1252 file (Excel's "CSV (separator: semicolon)" in France) is read as such
printf 'Pr\xe9nom;Nom;Pays;Courriel\nFran\xe7ois;Lef\xe8vre;France;francois.lefevre@example.fr\n' > excel.csv
sp --db "$WORK/db" import excel.csv
stored >/dev/null
verdict 10.4-windows-1252-file "a file wholly in Windows-1252 imports with its accents" \
  eval 'code_is 0 && grep -q "\"François\"" now.json && grep -q "\"Lefèvre\"" now.json'

# a rename is printed from what to what
printf 'First name,Last name,Country,Email\nRobert,Glava\xc5\xa1-Novak,Slovenia,robert.glavas@example.si\n' > rename.csv
sp --db "$WORK/db" import rename.csv --dry-run
verdict 10.4-rename-shown "a row that changes a stored name prints it: renames … to …" \
  eval 'code_is 0 && grep -q "^row 2: renames Lt. Gen. Robert Glavaš to Lt. Gen. Robert Glavaš-Novak$" out'

# decomposed accents (e + U+0302 + U+0303 for ễ): stored composed by import and by load, printed composed
printf 'First name,Last name,Country,Email\nA\xcc\x81nh,Nguye\xcc\x82\xcc\x83n,Vietnam,anh@example.vn\n' > nfd.csv
sp --db "$WORK/db" import nfd.csv
stored >/dev/null
verdict 10.4-nfc-import "an imported decomposed name is stored in NFC" \
  eval 'code_is 0 && grep -q "\"Nguyễn\"" now.json && grep -q "\"Ánh\"" now.json && ! has_marks now.json'

cat > nfd.json <<JSON
{"format": "summit-planner/1",
 "summit": {"name": "Hanoi talks", "hostNation": "VN", "city": "Ha Noi", "firstDay": "2025-03-10", "lastDay": "2025-03-10", "timeZone": "Asia/Ho_Chi_Minh"},
 "participations": [{"nation": "VN", "status": "CONFIRMED"}],
 "rooms": [{"key": "hall", "name": "Hall", "capacity": 50}],
 "attendees": [{"key": "vn-1", "nation": "VN", "givenName": "$(printf 'A\xcc\x81nh')", "familyName": "$(printf 'Nguye\xcc\x82\xcc\x83n Thi\xcc\xa3')", "role": "MINISTER", "headOfDelegation": true}],
 "agenda": [{"key": "open", "title": "$(printf 'Khai ma\xcc\xa3c')", "kind": "PLENARY", "start": "2025-03-10T09:00", "end": "2025-03-10T10:00", "room": "hall", "attendees": ["vn-1"]}]}
JSON
sp --db "$WORK/vn" load nfd.json
"$JAVA" -Duser.home="$home" -Djava.awt.headless=true -jar "$JAR" --db "$WORK/vn" export "$WORK/vn.json" >/dev/null 2>&1
verdict 10.4-nfc-load "a summit file with decomposed accents is stored in NFC" \
  eval 'code_is 0 && grep -q "\"Nguyễn Thị\"" vn.json && grep -q "\"Khai mạc\"" vn.json && ! has_marks vn.json'
sp --db "$WORK/vn" print itinerary --attendee vn-1 --pdf vn.pdf
if command -v pdftotext >/dev/null; then
  pdftotext -enc UTF-8 vn.pdf vn.txt 2>/dev/null
  verdict 10.4-nfc-print "the itinerary prints the name composed (pdftotext finds Nguyễn Thị, no lone combining mark)" \
    eval 'code_is 0 && grep -q "Nguyễn Thị" vn.txt && ! has_marks vn.txt'
else
  verdict 10.4-nfc-print "the itinerary is printed (pdftotext is missing: its text was not read)" code_is 0
fi
exit 0
