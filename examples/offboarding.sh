#!/usr/bin/env bash
# Offboard a leaver: disable the account, record who takes over their
# customers, and revoke every API token they hold.
#
#   examples/offboarding.sh USERNAME SUCCESSOR "REASON"
#
# Re-running it is harmless. Exit codes follow crmctl's.
set -uo pipefail
crmctl=${CRMCTL:-crmctl}
[ $# -eq 3 ] || { echo "usage: $0 USERNAME SUCCESSOR REASON" >&2; exit 2; }
username=$1 successor=$2 reason=$3

"$crmctl" user disable "$username" --reason "$reason" --transfer-to "$successor" -q || exit $?

# token list CSV columns: id,user,description,created_at,expires_at,last_used_at,revoked
"$crmctl" token list --format csv | tail -n +2 | while IFS=, read -r id user _rest; do
  revoked=${_rest##*,}
  if [ "$user" = "$username" ] && [ "$revoked" = "false" ]; then
    "$crmctl" token revoke "$id" -q || exit $?
    echo "offboarding: revoked token #$id"
  fi
done
echo "offboarding: $username disabled; customers go to $successor"
