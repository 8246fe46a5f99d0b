#!/usr/bin/env bash
# Checks src/main/resources/db/migration/V2__nations.sql (see README.md in this folder).
#  1. Runs it with H2's own RunScript tool on in-memory H2 in PostgreSQL mode, after
#     creating the two tables as V1 specifies them.
#  2. Runs CheckNations.java (counts, uniqueness, alias conflicts, spot checks) on H2.
#  3. If PG_URL is set (e.g. PG_URL=jdbc:postgresql://localhost/scratch PG_USER=postgres
#     PG_PASSWORD=...), runs CheckNations.java on that PostgreSQL database as well.
#     Use a scratch database: the check creates and drops nation and nation_alias.
set -euo pipefail
cd "$(dirname "$0")/../.."

H2_VERSION=2.5.252
PGJDBC_VERSION=42.7.5
SQL=src/main/resources/db/migration/V2__nations.sql
M2="${HOME}/.m2/repository"
H2_JAR="$M2/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
H2_URL="jdbc:h2:mem:nations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"

[ -f "$H2_JAR" ] || mvn -q dependency:get -Dartifact=com.h2database:h2:$H2_VERSION

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/all.sql" <<'EOF'
CREATE TABLE nation (code VARCHAR(4) PRIMARY KEY, alpha3 VARCHAR(3) NULL,
  kind VARCHAR(12) NOT NULL, name_en VARCHAR(100) NOT NULL, name_fr VARCHAR(100) NOT NULL);
CREATE TABLE nation_alias (code VARCHAR(4) NOT NULL REFERENCES nation(code),
  alias VARCHAR(100) NOT NULL, PRIMARY KEY (code, alias));
EOF
cat "$SQL" >> "$tmp/all.sql"
echo "SELECT kind, COUNT(*) FROM nation GROUP BY kind ORDER BY kind;" >> "$tmp/all.sql"
echo "SELECT name_en, name_fr FROM nation WHERE code IN ('TR', 'CI');" >> "$tmp/all.sql"
echo "== H2 RunScript"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -script "$tmp/all.sql" -showResults \
  | tail -n 7; echo

echo "== CheckNations on H2"
java -cp "$H2_JAR" tools/nations/CheckNations.java "$H2_URL" sa "" "$SQL"

if [ -n "${PG_URL:-}" ]; then
  PG_JAR="$M2/org/postgresql/postgresql/$PGJDBC_VERSION/postgresql-$PGJDBC_VERSION.jar"
  [ -f "$PG_JAR" ] || mvn -q dependency:get -Dartifact=org.postgresql:postgresql:$PGJDBC_VERSION
  echo "== CheckNations on PostgreSQL"
  java -cp "$PG_JAR" tools/nations/CheckNations.java "$PG_URL" "${PG_USER:-postgres}" "${PG_PASSWORD:-}" "$SQL"
fi
