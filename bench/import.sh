#!/usr/bin/env bash
# Import speed against the bare-insert floor, measured in the same run.
#
#   bench/import.sh [ROWS]        (default 100000)
#   MEMORY_ROWS=1000000 bench/import.sh   also measures peak memory importing that many rows
#
# crmctl: `user import` of ROWS new rows into a database that already holds
# ROWS other users (validation, duplicate checks, audit chain included).
# Floor: the sqlite3 CLI's `.import` of the same rows into a table with the
# same UNIQUE indexes that already holds the same ROWS other rows.
# Prints both times and the ratio (target: crmctl <= 1.5x the floor).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 CLI (apt-get install sqlite3)" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/crmctl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 bench/gen.py "$work/existing.csv" "$rows" 0
python3 bench/gen.py "$work/new.csv" "$rows" "$rows"

# crmctl: a database holding ROWS users.
export CRMCTL_DB="$work/crm.db"
"$bin" init --org Bench -q > /dev/null
"$bin" user import "$work/existing.csv" --yes -q > /dev/null

# Floor: the same rows in a plain table with the same unique indexes.
sqlite3 "$work/floor.db" > /dev/null <<SQL
PRAGMA journal_mode = WAL;
CREATE TABLE people (username TEXT NOT NULL UNIQUE, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE,
                     phone TEXT, employee_id TEXT UNIQUE, department TEXT, title TEXT);
.mode csv
.import --skip 1 $work/existing.csv people
SQL

now() { date +%s.%N; }
t0=$(now)
sqlite3 "$work/floor.db" ".mode csv" ".import --skip 1 $work/new.csv people"
t1=$(now)
"$bin" user import "$work/new.csv" --yes -q > /dev/null
t2=$(now)

floor=$(echo "$t1 - $t0" | bc -l)
ours=$(echo "$t2 - $t1" | bc -l)
count=$("$bin" user list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$count" -eq $((2 * rows + 0)) ] || { echo "expected $((2 * rows)) users, found $count" >&2; exit 1; }
printf '%-34s %8.3f s\n' "sqlite3 .import (floor)" "$floor"
printf '%-34s %8.3f s\n' "crmctl user import" "$ours"
printf '%-34s %8.2f x   (target <= 1.5x)\n' "ratio" "$(echo "$ours / $floor" | bc -l)"

if [ -n "${MEMORY_ROWS:-}" ]; then
  python3 bench/gen.py "$work/big.csv" "$MEMORY_ROWS" $((2 * rows))
  export CRMCTL_DB="$work/big.db"
  "$bin" init --org Bench -q > /dev/null
  /usr/bin/time -f "%e %M" -o "$work/mem" "$bin" user import "$work/big.csv" --yes -q > /dev/null
  read -r secs kb < "$work/mem"
  printf '%-34s %8.1f MB in %.1f s   (target <= 200 MB)\n' "peak RSS, $MEMORY_ROWS rows" "$(echo "$kb / 1024" | bc -l)" "$secs"
fi
