#!/usr/bin/env bash
# crmctl serve's benchmarks (issue 14), each a ratio against a baseline
# measured in the same run, with wrk (Debian's package) as the load generator.
#
#   bench/server.sh                  everything (about 5 minutes on 2 cores)
#   bench/server.sh verify scim      only these: verify scim reference import
#
# Settings (environment): USERS=100000 users in the database; DURATION=10
# seconds per wrk run; CONNECTIONS=32 wrk connections (2 wrk threads);
# LOGIN_USERS=32 users with passwords for auth/verify; RUNS=3 runs per import
# timing (the median is kept). Needs wrk, curl, python3, sqlite3 and bc.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${USERS:-100000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
LOGIN_USERS=${LOGIN_USERS:-32}
RUNS=${RUNS:-3}
parts=${*:-verify scim reference import}
for tool in wrk curl python3 sqlite3 bc; do
  command -v "$tool" >/dev/null || { echo "bench/server.sh needs $tool (apt-get install wrk curl python3 sqlite3 bc)" >&2; exit 2; }
done
cargo build --release --quiet
cargo bench --no-run --quiet --bench baseline 2>/dev/null
target=${CARGO_TARGET_DIR:-$PWD/target}
baseline=$(ls -t "$target"/release/deps/baseline-* | grep -v '\.d$' | head -1)
bin=$target/release/crmctl
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cores=$(nproc)
machine="$cores cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(rustc --version | cut -d' ' -f1-2), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $(date -u +%F)"
export HOME=$work CRMCTL_BUSY_TIMEOUT_MS=60000

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { local t0; t0=$(now); "$@" > /dev/null 2>&1; echo "$(now) - $t0" | bc -l; }
ratio() { echo "$1 / $2" | bc -l; }
row() { printf '| %-62s | %14s | %14s | %8.2f× | %-10s |\n' "$1" "$2" "$3" "$4" "$5"; }
fmt_s() { printf '%.3f s' "$1"; }

# serve DB: starts `crmctl serve` on a free port; sets $url.
serve() {
  rm -f "$work/url"
  CRMCTL_DB=$1 "$bin" serve --listen 127.0.0.1:0 --port-file "$work/url" 2> /dev/null &
  pids+=($!)
  for _ in $(seq 200); do [ -s "$work/url" ] && break; sleep 0.05; done
  url=$(cat "$work/url")
}
# load LUA URL: wrk's requests a second and p99 latency; sets $rps and $p99.
load() {
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$1" "$2")
  if echo "$out" | grep -q "Non-2xx"; then
    echo "wrk got errors from $2:" >&2; echo "$out" >&2; exit 1
  fi
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
}

echo "machine: $machine"
echo "load: wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency, on the same machine as the server"
printf '| %-62s | %14s | %14s | %9s | %-10s |\n' "measure" "crmctl" "baseline" "ratio" "target"
echo "| --- | ---: | ---: | ---: | --- |"

# One database of $USERS users (the import's realistic rows), an admin token,
# and no rate limit in the way of the load.
python3 bench/gen.py "$work/users.csv" "$USERS" 0
CRMCTL_DB=$work/crm.db "$bin" init --org Bench --admin root --name Root --email root@example.com --random-password -q > /dev/null
CRMCTL_DB=$work/crm.db "$bin" user import "$work/users.csv" --yes -q > /dev/null
CRMCTL_DB=$work/crm.db "$bin" config set server.rate_per_minute 1000000 -q
token=$(CRMCTL_DB=$work/crm.db "$bin" token create root --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
cp "$work/crm.db" "$work/pristine.db"

if [[ " $parts " == *" verify "* ]]; then
  # The hashing limit of the machine: cores ÷ one argon2id verify (in-process).
  one=$("$baseline" verify 20)
  limit=$(echo "$cores / $one" | bc -l)
  python3 bench/gen.py "$work/logins.csv" "$LOGIN_USERS" "$USERS" --password
  CRMCTL_DB=$work/crm.db "$bin" user import "$work/logins.csv" --yes -q > /dev/null
  serve "$work/crm.db"
  cat > "$work/verify.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  local i = $USERS + (n % $LOGIN_USERS); n = n + 1
  return wrk.format(nil, "/api/v1/auth/verify", nil, '{"username": "user' .. i .. '", "password": "Bench-pass-' .. i .. '-okay"}')
end
LUA
  load "$work/verify.lua" "$url"
  row "POST /api/v1/auth/verify, req/s (p99 $p99) vs cores ÷ one verify" "$(printf '%.1f/s' "$rps")" "$(printf '%.1f/s' "$limit")" "$(ratio "$rps" "$limit")" "≥ 0.85×"
  # The lockout stays exact under the same load: wrong passwords for one
  # user, then count the passwords actually checked (threshold 5).
  CRMCTL_DB=$work/crm.db "$bin" config set lockout.threshold 5 -q
  cat > "$work/wrong.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"username": "user$USERS", "password": "wrong password, guessing"}'
LUA
  wrk -t2 -c"$CONNECTIONS" -d3s -s "$work/wrong.lua" "$url/api/v1/auth/verify" > /dev/null
  checked=$(sqlite3 "$work/crm.db" "SELECT count(*) FROM audit WHERE action = 'auth.failure' AND target = 'user$USERS' AND details LIKE '%wrong password%'")
  printf '| %-62s | %14s | %14s | %9s | %-10s |\n' "  wrong passwords checked during a 3 s guessing run (threshold 5)" "$checked" "5" "" "exactly 5"
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
  cp "$work/pristine.db" "$work/crm.db"
fi

scim_lua() { # scim_lua AUTH: random `userName eq` lookups among the $USERS users
  cat <<LUA
wrk.headers["Authorization"] = "Bearer $1"
request = function()
  local i = math.random(0, $USERS - 1)
  return wrk.format("GET", "/scim/v2/Users?filter=userName%20eq%20%22user" .. i .. "%22")
end
LUA
}

if [[ " $parts " == *" scim "* ]] || [[ " $parts " == *" reference "* ]]; then
  serve "$work/crm.db"
  printf 'wrk.headers["Accept"] = "application/json"\n' > "$work/healthz.lua"
  load "$work/healthz.lua" "$url/healthz"
  health=$rps
  scim_lua "$token" > "$work/scim.lua"
  load "$work/scim.lua" "$url"
  scim=$rps
  row "GET /scim/v2/Users?filter=userName eq, $USERS users (p99 $p99) vs /healthz" "$(printf '%.0f/s' "$scim")" "$(printf '%.0f/s' "$health")" "$(ratio "$scim" "$health")" "≥ 0.5×"
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
fi

if [[ " $parts " == *" reference "* ]]; then
  # python-scim's reference server (scim2-server, pinned in
  # bench/requirements.txt), in memory, loaded with the same users by /Bulk.
  venv=$target/bench-venv
  if [ ! -x "$venv/bin/python" ] || ! cmp -s bench/requirements.txt "$venv/requirements.txt"; then
    python3 -m venv "$venv" && "$venv/bin/pip" install -q -r bench/requirements.txt && cp bench/requirements.txt "$venv/requirements.txt"
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$venv/bin/scim2-server" --port "$port" --bearer-token bench-token > /dev/null 2>&1 &
  pids+=($!)
  ref=http://127.0.0.1:$port
  for _ in $(seq 200); do curl -sf -H 'Authorization: Bearer bench-token' "$ref/ServiceProviderConfig" > /dev/null && break; sleep 0.1; done
  "$venv/bin/python" bench/scim_load.py "$ref" bench-token "$work/users.csv"
  scim_lua bench-token | sed 's#/scim/v2/Users#/Users#' > "$work/ref.lua"
  load "$work/ref.lua" "$ref"
  row "  the same requests against scim2-server (p99 $p99)" "$(printf '%.0f/s' "$scim")" "$(printf '%.1f/s' "$rps")" "$(ratio "$scim" "$rps")" "≥ 10×"
fi

if [[ " $parts " == *" import "* ]]; then
  # POST /api/v1/import vs `crmctl user import` of the same new rows, each
  # into a fresh copy of the same database.
  python3 bench/gen.py "$work/new.csv" "$USERS" "$USERS"
  cli=() api=()
  for _ in $(seq "$RUNS"); do
    cp "$work/pristine.db" "$work/run.db"
    cli+=("$(CRMCTL_DB=$work/run.db timed "$bin" user import "$work/new.csv" --yes -q)")
    cp "$work/pristine.db" "$work/run.db"
    serve "$work/run.db"
    api+=("$(timed curl -sf --max-time 600 -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$work/new.csv" "$url/api/v1/import")")
    kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
    [ "$(sqlite3 "$work/run.db" "SELECT count(*) FROM users")" -eq $((2 * USERS + 1)) ] || { echo "import through the API: wrong count" >&2; exit 1; }
  done
  o=$(median "${api[@]}") f=$(median "${cli[@]}")
  row "POST /api/v1/import of $USERS new rows vs crmctl user import" "$(fmt_s "$o")" "$(fmt_s "$f")" "$(ratio "$o" "$f")" "≤ 1.2×"
fi
