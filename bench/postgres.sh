#!/usr/bin/env bash
# crmctl on PostgreSQL (issue 15), each figure a ratio against a baseline
# measured in the same run: a throw-away PostgreSQL server on a Unix socket
# (as the postgres OS user when run as root), beside the embedded SQLite.
#
#   bench/postgres.sh            import, latency, two servers (about 5 minutes on 2 cores)
#
# Settings (environment): ROWS=100000 rows imported; USERS=100000 users for the
# SCIM reads; RUNS=3 runs per timing (the median is kept); DURATION=8 seconds
# per wrk run; CONNECTIONS=32. Needs PostgreSQL's server binaries, psql, wrk,
# python3 and bc.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-100000}
USERS=${USERS:-100000}
RUNS=${RUNS:-3}
DURATION=${DURATION:-8}
CONNECTIONS=${CONNECTIONS:-32}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1 || true)
[ -x "$bindir/initdb" ] || { echo "bench/postgres.sh needs PostgreSQL (apt-get install postgresql)" >&2; exit 2; }
for tool in psql wrk python3 bc; do
  command -v "$tool" > /dev/null || { echo "bench/postgres.sh needs $tool" >&2; exit 2; }
done
cargo build --release --quiet
target=${CARGO_TARGET_DIR:-$PWD/target}
bin=$target/release/crmctl
work=$(mktemp -d /tmp/crmctl-bench.XXXXXX)
chmod 755 "$work"
if [ "$(id -u)" -eq 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
  pg_user=postgres
  mkdir "$work/pg" && chown postgres: "$work/pg"
else
  as_pg() { "$@"; }
  pg_user=$(id -un)
  mkdir "$work/pg"
fi
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
  wait 2> /dev/null || true
  as_pg "$bindir/pg_ctl" -D "$work/pg/data" -m fast stop > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# A server as an operator would run it (fsync on), on a socket in $work/pg.
as_pg "$bindir/initdb" -D "$work/pg/data" -U "$pg_user" -A trust > /dev/null
as_pg "$bindir/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w start \
  -o "-c listen_addresses='' -k $work/pg -c max_connections=200 -c shared_buffers=256MB" > /dev/null
server="host=$work/pg user=$pg_user"
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(rustc --version | cut -d' ' -f1-2), $("$bindir/postgres" --version), $(date -u +%F)"
export HOME=$work CRMCTL_BUSY_TIMEOUT_MS=60000

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { local t0; t0=$(now); "$@" > /dev/null 2>&1; echo "$(now) - $t0" | bc -l; }
ratio() { echo "$1 / $2" | bc -l; }
row() { printf '| %-62s | %14s | %14s | %8.2f× | %-10s |\n' "$1" "$2" "$3" "$4" "$5"; }
fmt_s() { printf '%.3f s' "$1"; }
fmt_ms() { printf '%.1f ms' "$(echo "$1 * 1000" | bc -l)"; }
newdb() { # newdb NAME: an empty PostgreSQL database; prints its connection string
  psql "$server dbname=postgres" -qAtc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" > /dev/null
  echo "$server dbname=$1"
}
init() { CRMCTL_DB=$1 "$bin" init --org Bench --admin root --name Root --email root@example.com --random-password -q > /dev/null; }

echo "machine: $machine"
printf '| %-62s | %14s | %14s | %9s | %-10s |\n' "measure" "crmctl" "baseline" "ratio" "target"
echo "| --- | ---: | ---: | ---: | --- |"

# 1. A 100k-row import into PostgreSQL vs psql \copy of the same rows into a
#    table with the same unique indexes.
python3 bench/gen.py "$work/new.csv" "$ROWS" 0
ours=() floor=()
for r in $(seq "$RUNS"); do
  db=$(newdb "imp$r")
  init "$db"
  ours+=("$(CRMCTL_DB=$db timed "$bin" user import "$work/new.csv" --yes -q)")
  [ "$(psql "$db" -qAtc 'SELECT count(*) FROM users')" -eq $((ROWS + 1)) ] || { echo "import: wrong count" >&2; exit 1; }
  fl=$(newdb "floor$r")
  psql "$fl" -qc "CREATE TABLE people (username TEXT NOT NULL UNIQUE, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE,
                  phone TEXT, employee_id TEXT UNIQUE, department TEXT, title TEXT)"
  floor+=("$(timed psql "$fl" -qc "\\copy people FROM '$work/new.csv' WITH (FORMAT csv, HEADER true)")")
done
o=$(median "${ours[@]}") f=$(median "${floor[@]}")
row "import $ROWS rows into PostgreSQL vs psql \\copy (same unique indexes)" "$(fmt_s "$o")" "$(fmt_s "$f")" "$(ratio "$o" "$f")" "≤ 1.5×"

# 2. user show and auth verify, one process each: PostgreSQL vs SQLite.
pg=$(newdb lat)
init "$pg"
init "$work/lat.db"
for db in "$pg" "$work/lat.db"; do
  CRMCTL_DB=$db "$bin" user import "$work/new.csv" --yes -q > /dev/null
  printf 'correct horse battery staple\n' | CRMCTL_DB=$db "$bin" user add alice --name Alice --email alice@example.com --password-stdin -q > /dev/null
done
for what in show verify; do
  p=() s=()
  for _ in $(seq 10); do
    if [ "$what" = show ]; then
      p+=("$(CRMCTL_DB=$pg timed "$bin" user show user4242)")
      s+=("$(CRMCTL_DB=$work/lat.db timed "$bin" user show user4242)")
    else
      p+=("$(CRMCTL_DB=$pg timed sh -c "printf 'correct horse battery staple\n' | '$bin' auth verify alice --password-stdin")")
      s+=("$(CRMCTL_DB=$work/lat.db timed sh -c "printf 'correct horse battery staple\n' | '$bin' auth verify alice --password-stdin")")
    fi
  done
  o=$(median "${p[@]}") f=$(median "${s[@]}")
  case $what in
    show) label="user show (a whole process), PostgreSQL vs SQLite, $ROWS users" ;;
    verify) label="auth verify (a whole process), PostgreSQL vs SQLite" ;;
  esac
  row "$label" "$(fmt_ms "$o")" "$(fmt_ms "$f")" "$(ratio "$o" "$f")" "recorded"
done

# 3. SCIM reads: two servers on one PostgreSQL database vs one server.
CRMCTL_DB=$pg "$bin" config set server.rate_per_minute 1000000 -q
token=$(CRMCTL_DB=$pg "$bin" token create root --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
serve() { # serve N: the base URL of a new `crmctl serve` on $pg
  CRMCTL_DB=$pg "$bin" serve --listen 127.0.0.1:0 --port-file "$work/url$1" 2> /dev/null &
  pids+=($!)
  for _ in $(seq 200); do [ -s "$work/url$1" ] && break; sleep 0.05; done
  cat "$work/url$1"
}
cat > "$work/scim.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
request = function()
  local i = math.random(0, $ROWS - 1)
  return wrk.format("GET", "/scim/v2/Users?filter=userName%20eq%20%22user" .. i .. "%22")
end
LUA
one=$(serve 1)
rps() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$work/scim.lua" "$1" | awk '/Requests\/sec/ {print $2}'; }
single=$(rps "$one")
two=$(serve 2)
# wrk drives one address per process: half the connections at each server, at once.
half=$((CONNECTIONS / 2))
wrk -t1 -c"$half" -d"${DURATION}s" -s "$work/scim.lua" "$one" > "$work/w1" &
wrk -t1 -c"$half" -d"${DURATION}s" -s "$work/scim.lua" "$two" > "$work/w2"
wait "$!" 2> /dev/null || true
sleep 1
both=$(awk '/Requests\/sec/ {s += $2} END {print s}' "$work/w1" "$work/w2")
row "SCIM userName eq on PostgreSQL: two servers vs one" "$(printf '%.0f/s' "$both")" "$(printf '%.0f/s' "$single")" "$(ratio "$both" "$single")" "recorded"
