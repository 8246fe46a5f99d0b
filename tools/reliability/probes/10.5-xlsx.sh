#!/usr/bin/env bash
# Issue 10 item 5, command-line side: an Excel sheet as delegations make them (a title row, rows
# whose trailing cells are empty, a merged nation cell, a formula without a saved result, a total
# row, a column nobody recognises). The window side (Delegations > Import...) is covered by
# ImportWizardTest in mvn verify. Called by tools/reliability/run.sh with JAR, WORK and JAVA;
# prints one line per case: <case-id> TAB PASS|FAIL TAB <detail>. Self-contained: the workbook is
# written here as the XML parts Excel writes, zipped by a few lines of Java.
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
    result "$id" FAIL "$detail; exit $(cat code), stdout: $(head -c 300 out | tr '\n\t' '  ') stderr: $(head -c 300 err | tr '\n\t' '  ')"
  fi
}
code_is() { [ "$(cat code)" = "$1" ]; }
clean_err() { ! grep -Eq '^\s+at [a-z]|Exception|^Caused by' err; }
attendees() { "$JAVA" -Duser.home="$home" -Djava.awt.headless=true -jar "$JAR" --db "$WORK/db" export "$WORK/now.json" >/dev/null 2>&1; grep -c '"familyName"' now.json; }

# the workbook's parts; cells are inline strings, as many generators write them
mkdir -p book/_rels book/xl/_rels book/xl/worksheets
cat > 'book/[Content_Types].xml' <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
XML
cat > book/_rels/.rels <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
XML
cat > book/xl/workbook.xml <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Benelux" sheetId="1" r:id="rId1"/></sheets></workbook>
XML
cat > book/xl/_rels/workbook.xml.rels <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
XML
c() { printf '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' "$1" "$2"; }
{
  printf '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  printf '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
  printf '<row r="1">%s</row>' "$(c A1 'Delegations of the Benelux')"
  printf '<row r="3">%s%s%s%s%s%s</row>' "$(c A3 Country)" "$(c B3 'First name')" "$(c C3 'Last name')" \
    "$(c D3 E-mail)" "$(c E3 Position)" "$(c F3 'Badge number')"
  printf '<row r="4">%s%s%s%s%s%s</row>' "$(c A4 Belgium)" "$(c B4 Marc)" "$(c C4 Peeters)" \
    "$(c D4 marc.peeters@example.be)" "$(c E4 Ambassador)" "$(c F4 101)"
  # under the merged A4:A6 Excel writes no value; the trailing cells are left out
  printf '<row r="5"><c r="A5"/>%s%s%s</row>' "$(c B5 Sofie)" "$(c C5 Claes)" "$(c D5 sofie.claes@example.be)"
  printf '<row r="6"><c r="A6"/>%s%s</row>' "$(c B6 Luc)" "$(c C6 Maes)"
  # a formula whose result the file does not hold
  printf '<row r="7">%s%s%s<c r="D7" t="str"><f>LOWER(B7)&amp;"@example.lu"</f></c></row>' \
    "$(c A7 Luxembourg)" "$(c B7 Anne)" "$(c C7 Weber)"
  printf '<row r="8">%s</row>' "$(c A8 'Total: 4')"
  printf '</sheetData><mergeCells count="1"><mergeCell ref="A4:A6"/></mergeCells></worksheet>\n'
} > book/xl/worksheets/sheet1.xml
cat > Zip.java <<'JAVA'
import java.nio.file.*;
import java.util.zip.*;
public class Zip {
    public static void main(String[] a) throws Exception {
        Path root = Path.of(a[0]);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(Path.of(a[1])));
             var files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new ZipEntry(root.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
    }
}
JAVA
"$JAVA" Zip.java book benelux.xlsx 2>zip.err || { result 10.5-workbook FAIL "could not write the workbook: $(head -c 200 zip.err)"; exit 0; }

sp --db "$WORK/db" demo
before=$(attendees)

sp --db "$WORK/db" import benelux.xlsx --dry-run --report report.csv
verdict 10.5-totals-line "the totals line scripts read is unchanged in form (first line)" \
  eval 'head -1 out | grep -Eq "^benelux.xlsx: 5 rows: 3 new, 0 update, 0 unchanged, 0 duplicate, 1 error(, 1 not a person)?$"'
verdict 10.5-short-rows "rows whose trailing cells Excel left out are read, with no CSV message" \
  eval '! grep -q "line break\|cells but the header" err out && grep -q "^5,NEW," report.csv && grep -q "^6,NEW," report.csv'
verdict 10.5-merged-nation "the merged Belgium cell counts for the three rows it spans" \
  eval '[ "$(grep -c "^[456],NEW,BE," report.csv)" = 3 ]'
verdict 10.5-formula-without-result "a formula without a saved result: exit 1, the cell named (D7)" \
  eval 'code_is 1 && clean_err && grep -q "^row 7 (Anne Weber): column \"E-mail\": cell D7 holds a formula (=LOWER(B7)&\"@example.lu\") whose result was not saved" err'
verdict 10.5-total-row "the total row is reported as not a person, not as an error" \
  eval 'grep -q "^row 8: not a person: a total line (\"Total: 4\"), left out$" out && grep -q "^8,NOT_A_PERSON," report.csv'
verdict 10.5-ignored-columns "the column nobody recognises is named as ignored" \
  eval 'grep -q "^Ignored columns: \"Badge number\"" out'
verdict 10.5-nothing-written "a blocked import writes nothing" eval '[ "$(attendees)" = "$before" ]'

sp --db "$WORK/db" import benelux.xlsx --skip-errors
verdict 10.5-skip-errors "--skip-errors imports the three Belgians" \
  eval 'code_is 0 && grep -q "3 added, 0 updated, 1 error rows skipped." out && [ "$(attendees)" = "$((before + 3))" ]'
exit 0
