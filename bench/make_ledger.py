#!/usr/bin/env python3
"""Write N realistic requests as JSON lines for `svcreq import`: eight tenants, English and
Japanese titles, a year of history; 1 % open, or exactly OPEN open requests when given
(spread evenly through the history). Usage: make_ledger.py N [OPEN]"""
import json
import random
import sys
import time


def utc(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


n = int(sys.argv[1])
open_count = int(sys.argv[2]) if len(sys.argv) > 2 else None
rnd = random.Random(42)
tenants = ["default", "contoso", "fabrikam", "tailspin", "woodgrove", "litware", "adatum", "northwind"]
titles = [
    "Mail cannot be sent or received by anyone in the {d} department",
    "Outlook send button label shows the wrong text for one user",
    "SharePoint site for {d} returns access denied",
    "How do I set a user's password never to expire?",
    "Teams meetings cannot be joined from the {d} office",
    "全ユーザーがメールを送受信できません（{d}）",
    "{d} 部門の OneDrive 同期が遅い",
    "EAC からは転送設定ができないが PowerShell からはできる",
]
depts = ["sales", "finance", "HR", "legal", "support", "営業", "経理"]
base = 1764547200  # 2025-12-01T00:00:00Z
out = sys.stdout
for i in range(n):
    opened = base + rnd.randrange(0, 350 * 86400)
    r = {
        "tenant": rnd.choice(tenants),
        "title": rnd.choice(titles).format(d=rnd.choice(depts)),
        "description": "Reported by the helpdesk; ticket %d." % (100000 + i),
        "severity": rnd.choice("ABBC"),
        "opened_at": utc(opened),
    }
    is_open = rnd.random() < 0.01
    if open_count is not None:
        is_open = open_count > 0 and i % (n // open_count) == 0 and i // (n // open_count) < open_count
    if not is_open:
        r["status"] = "closed"
        r["first_response_at"] = utc(opened + 1800)
        r["closed_at"] = utc(opened + 3 * 86400)
    out.write(json.dumps(r, ensure_ascii=False) + "\n")
