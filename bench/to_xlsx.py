#!/usr/bin/env python3
"""Turns a CSV into an .xlsx workbook with openpyxl (a spreadsheet library,
as HR's exports are made): to_xlsx.py IN.csv OUT.xlsx"""
import csv
import sys

from openpyxl import Workbook

book = Workbook(write_only=True)
sheet = book.create_sheet("员工")
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for row in csv.reader(f):
        sheet.append(row)
book.save(sys.argv[2])
