#!/usr/bin/env bash
# Offboard a leaver: disable the account and record who takes over their
# customers. Disabling also revokes every API token the leaver holds.
#
#   examples/offboarding.sh USERNAME SUCCESSOR "REASON"
#
# Re-running it is harmless. Exit codes follow crmctl's.
set -uo pipefail
crmctl=${CRMCTL:-crmctl}
[ $# -eq 3 ] || { echo "usage: $0 USERNAME SUCCESSOR REASON" >&2; exit 2; }
username=$1 successor=$2 reason=$3

"$crmctl" user disable "$username" --reason "$reason" --transfer-to "$successor" -q || exit $?

echo "offboarding: $username disabled; customers go to $successor"
