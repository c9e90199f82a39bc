#!/usr/bin/env python3
"""Writes a realistic employee CSV: gen.py OUT ROWS START [--password]."""
import sys

out, rows, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
password = "--password" in sys.argv
depts = ["销售部/华东区", "销售部/华南区", "财务部", "市场部", "技术部/后端", "客服部"]
titles = ["销售代表", "会计", "工程师", "客服专员", "经理"]
surnames = "王李张刘陈杨黄赵吴周"
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("username,name,email,phone,employee_id,department,title" + (",password" if password else "") + "\n")
    for i in range(start, start + rows):
        line = f"user{i},{surnames[i % 10]}{i},user{i}@example.com,+86138{i % 100000000:08d},E{i:07d},{depts[i % 6]},{titles[i % 5]}"
        if password:
            line += f",Bench-pass-{i}-okay"
        f.write(line + "\n")
