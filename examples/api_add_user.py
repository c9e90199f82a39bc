#!/usr/bin/env python3
"""Add a new hire through crmctl serve's JSON API, with Python's standard library only.

    CRMCTL_URL=https://crm.example.com:8443 CRMCTL_TOKEN_FILE=/etc/crm/hr.token \
        python3 api_add_user.py zhangsan 张三 zhangsan@example.com 销售部/华东区 sales-rep

The token (from `crmctl token create hr-bot`) is read from a file, never argv.
Without a password the user is invited; the answer carries the invitation.
Prints the user's JSON; exits 0 when created or already there (HTTP 201/409
with the same email), 1 otherwise, with the server's error and hint on stderr.
"""

import json
import os
import sys
import urllib.error
import urllib.request


def call(method, path, body=None):
    base = os.environ.get("CRMCTL_URL", "http://127.0.0.1:8080").rstrip("/")
    with open(os.environ["CRMCTL_TOKEN_FILE"], encoding="utf-8") as f:
        token = f.readline().strip()
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: api_add_user.py USERNAME NAME EMAIL [DEPARTMENT [ROLE]]", file=sys.stderr)
        return 2
    username, name, email = argv[1:4]
    user = {"username": username, "name": name, "email": email, "invite": True}
    if len(argv) > 4:
        user["department"] = argv[4]
    if len(argv) > 5:
        user["roles"] = [argv[5]]
    status, answer = call("POST", "/api/v1/users", user)
    if status == 409:
        # Already there (a re-run): show who, if it is the same person.
        status, answer = call("GET", "/api/v1/users/" + urllib.request.quote(username))
        if status == 200 and answer.get("email", "").lower() != email.lower():
            print(f"error: {username} exists with another email", file=sys.stderr)
            return 1
    if status not in (200, 201):
        print(f"error: {answer.get('error')} (HTTP {status})", file=sys.stderr)
        if answer.get("hint"):
            print(f"hint: {answer['hint']}", file=sys.stderr)
        return 1
    print(json.dumps(answer, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
