#!/usr/bin/env bash
# Starts a PostgreSQL server for a Summit Planner team, in one command, and prepares its database:
#   tools/team/server.sh DATA_DIR [PORT] [DATABASE]
# Needs PostgreSQL's programs (Debian/Ubuntu: apt-get install postgresql). The server listens on all
# addresses on PORT (default 5432) with password logins (scram-sha-256), TLS if you add a certificate
# (ssl=on in DATA_DIR/postgresql.conf). The owner's password is read from SUMMIT_PASSWORD or asked.
# Afterwards: team-setup has run; add members with
#   summit-planner --db postgresql://HOST:PORT/DATABASE --user postgres team-user NAME --role organiser|planner|printing
# Stop it with: pg_ctl -D DATA_DIR stop   (as the user that runs it)
set -euo pipefail
data=${1:?usage: tools/team/server.sh DATA_DIR [PORT] [DATABASE]}
port=${2:-5432}
database=${3:-summits}
here="$(cd "$(dirname "$0")/../.." && pwd)"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || bin=$(dirname "$(command -v initdb)")
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
as=()
[ "$(id -u)" = 0 ] && as=(runuser -u postgres --)   # PostgreSQL refuses to run as root

if [ -z "${SUMMIT_PASSWORD:-}" ]; then
  read -r -s -p "Password for the server's owner (postgres): " SUMMIT_PASSWORD; echo
fi
export SUMMIT_PASSWORD
if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ ${#as[@]} -gt 0 ] && chown postgres: "$data"
  pwfile=$(mktemp)
  printf '%s\n' "$SUMMIT_PASSWORD" > "$pwfile"
  [ ${#as[@]} -gt 0 ] && chown postgres: "$pwfile"
  "${as[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" -A scram-sha-256 -E UTF8 >/dev/null
  rm -f "$pwfile"
  echo "host all all 0.0.0.0/0 scram-sha-256" >> "$data/pg_hba.conf"
  echo "host all all ::/0 scram-sha-256" >> "$data/pg_hba.conf"
fi
"${as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-p $port -k /tmp -c listen_addresses=*" start >/dev/null
PGPASSWORD=$SUMMIT_PASSWORD "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
  || PGPASSWORD=$SUMMIT_PASSWORD "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
launcher="$here/target/summit-planner"
[ -x "$launcher" ] || launcher="java -jar $here/target/summit-planner.jar"
$launcher --db "postgresql://127.0.0.1:$port/$database" --user postgres team-setup
echo "Team server running: connect with File › Connect to team database… (server $(hostname), port $port, database $database)"
