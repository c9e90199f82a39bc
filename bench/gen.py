#!/usr/bin/env python3
"""Writes a realistic employee CSV: gen.py OUT ROWS START [--password] [--manager] [--title TEXT].

--manager adds a manager column: every row names the first row of its group of
20 (one manager per 20 rows, a row of the same file). --title replaces every
title (for a run that updates existing users)."""
import sys

out, rows, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
password = "--password" in sys.argv
manager = "--manager" in sys.argv
title = sys.argv[sys.argv.index("--title") + 1] if "--title" in sys.argv else None
depts = ["销售部/华东区", "销售部/华南区", "财务部", "市场部", "技术部/后端", "客服部"]
titles = ["销售代表", "会计", "工程师", "客服专员", "经理"]
surnames = "王李张刘陈杨黄赵吴周"
with open(out, "w", encoding="utf-8", newline="") as f:
    header = "username,name,email,phone,employee_id,department,title"
    header += ",password" if password else ""
    header += ",manager" if manager else ""
    f.write(header + "\n")
    for i in range(start, start + rows):
        t = title or titles[i % 5]
        line = f"user{i},{surnames[i % 10]}{i},user{i}@example.com,+86138{i % 100000000:08d},E{i:07d},{depts[i % 6]},{t}"
        if password:
            line += f",Bench-pass-{i}-okay"
        if manager:
            boss = i - (i - start) % 20
            line += "," + (f"user{boss}" if boss != i else "")
        f.write(line + "\n")
