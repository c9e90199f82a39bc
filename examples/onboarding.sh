#!/usr/bin/env bash
# Onboard one new hire, safely re-runnable: add them (or keep the existing
# account), give them a role, and mail an invitation.
#
#   examples/onboarding.sh USERNAME "NAME" EMAIL DEPARTMENT ROLE
#
# Uses `crmctl` from PATH (or $CRMCTL), the database from CRMCTL_DB, and, for a
# delegated HR account, CRMCTL_TOKEN; python3 reads crmctl's JSON. The mail
# carries a link, so the database needs
# `crmctl config set invite.base_url https://crm.example.com` (without it step 3
# is exit 5; run the script again once it is set). Exit codes follow crmctl's.
set -uo pipefail
crmctl=${CRMCTL:-crmctl}
[ $# -eq 5 ] || { echo "usage: $0 USERNAME NAME EMAIL DEPARTMENT ROLE" >&2; exit 2; }
username=$1 name=$2 email=$3 department=$4 role=$5

# 1. The account: created as invited, or left alone if it exists (exit 0 either way).
"$crmctl" user add "$username" --name "$name" --email "$email" --department "$department" \
    --if-not-exists --invite --format json > /dev/null
rc=$?
case $rc in
  0) ;;
  4) echo "onboarding: $email or the employee ID belongs to someone else" >&2; exit 4 ;;
  6) echo "onboarding: not permitted (scope or seat limit)" >&2; exit 6 ;;
  7) echo "onboarding: database busy, try again" >&2; exit 7 ;;
  *) exit $rc ;;
esac

# 2. The role (assigning a role held already changes nothing).
"$crmctl" role assign "$username" "$role" -q > /dev/null || exit $?

# 3. The invitation, for someone who has not accepted one yet. The status is
#    read from the JSON user object, never cut out of CSV: names hold commas.
user=$("$crmctl" user show "$username" --format json) || exit $?
status=$(printf '%s' "$user" | python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])') || {
  echo "onboarding: cannot read the status of $username from crmctl's JSON (is python3 installed?)" >&2
  exit 8
}
if [ "$status" = "invited" ]; then
  "$crmctl" invite create "$username" --send -q > /dev/null || exit $?
  echo "onboarding: $username invited ($email)"
else
  echo "onboarding: $username is $status already; no invitation sent"
fi
