#!/usr/bin/env python3
"""Loads the users of a bench/gen.py CSV into a SCIM server: scim_load.py BASE TOKEN CSV.

POST /Users once per row, on 8 persistent connections; the userName is the
CSV's username, as crmctl serves the imported users."""
import csv
import http.client
import json
import sys
import threading
import urllib.parse

base, token, path = sys.argv[1], sys.argv[2], sys.argv[3]
target = urllib.parse.urlsplit(base)
with open(path, encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
failures = []


def worker(part):
    conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/scim+json"}
    for row in part:
        user = {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": row["username"],
            "displayName": row["name"],
            "title": row["title"],
            "emails": [{"value": row["email"], "type": "work", "primary": True}],
        }
        conn.request("POST", f"{target.path}/Users", json.dumps(user), headers)
        response = conn.getresponse()
        response.read()
        if response.status != 201:
            failures.append(response.status)


threads = [threading.Thread(target=worker, args=(rows[i::8],)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if failures:
    sys.exit(f"{len(failures)} users were refused (first: HTTP {failures[0]})")
