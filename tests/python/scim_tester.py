"""Runs the python-scim project's conformance suite (scim2-tester) against a
SCIM server: scim_tester.py BASE_URL (the token in SCIM_TOKEN). Prints one
JSON object of counts by status on stdout, and every check that did not
pass on stderr; exits 1 unless every check passed (no error, no skip)."""

import json
import os
import sys
from collections import Counter

from httpx2 import Client
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status, check_server

PASSED = {Status.SUCCESS, Status.COMPLIANT, Status.ACCEPTABLE}

client = SyncSCIMClient(
    Client(base_url=sys.argv[1], headers={"Authorization": f"Bearer {os.environ['SCIM_TOKEN']}"}, timeout=60)
)
results = check_server(client)
for r in results:
    if r.status not in PASSED:
        print(f"{r.status.name} {r.resource_type or '-'} {r.title}: {r.reason}", file=sys.stderr)
counts = Counter(r.status.name for r in results)
print(json.dumps(dict(sorted(counts.items()))))
sys.exit(0 if results and all(r.status in PASSED for r in results) else 1)
