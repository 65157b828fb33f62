#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peers of bench-export.c: Python's xlsxwriter (constant memory) and
openpyxl (write-only) writing the same cells as raw libxlsxwriter does.
Prints the two medians in ms."""

import statistics
import sys
import time

import openpyxl
import xlsxwriter
from openpyxl.cell import WriteOnlyCell


def read_cells(path):
    rating, organisations = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "R":
                p, name, rank, ts, ta, ss, sa, orgs = fields[1:]
                rating.append((int(p), name, int(rank), float(ts), int(ta), float(ss), int(sa), int(orgs)))
            else:
                i, name, m, ta, tt, ts, sa, st, ss = fields[1:]
                organisations.append((int(i), name, m, int(ta), int(tt), float(ts), int(sa), int(st), float(ss)))
    return rating, organisations


def with_xlsxwriter(rating, organisations, path):
    book = xlsxwriter.Workbook(path, {"constant_memory": True})
    count = book.add_format({"num_format": "#,##0"})
    share = book.add_format({"num_format": "0.0%"})
    sheet = book.add_worksheet("Рейтинг")
    sheet.write_string(0, 0, "title")
    for c in range(8):
        sheet.write_string(1, c, "header")
    for r, (p, name, rank, ts, ta, ss, sa, orgs) in enumerate(rating, start=2):
        sheet.write_number(r, 0, p)
        sheet.write_string(r, 1, name)
        sheet.write_number(r, 2, rank)
        sheet.write_number(r, 3, ts, share)
        sheet.write_number(r, 4, ta, count)
        sheet.write_number(r, 5, ss, share)
        sheet.write_number(r, 6, sa, count)
        sheet.write_number(r, 7, orgs, count)
    sheet = book.add_worksheet("Организации")
    for c in range(9):
        sheet.write_string(0, c, "header")
    for r, (i, name, m, ta, tt, ts, sa, st, ss) in enumerate(organisations, start=1):
        sheet.write_number(r, 0, i)
        sheet.write_string(r, 1, name)
        sheet.write_string(r, 2, m)
        sheet.write_number(r, 3, ta, count)
        sheet.write_number(r, 4, tt, count)
        sheet.write_number(r, 5, ts, share)
        sheet.write_number(r, 6, sa, count)
        sheet.write_number(r, 7, st, count)
        sheet.write_number(r, 8, ss, share)
    book.close()


def with_openpyxl(rating, organisations, path):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Рейтинг")

    def cell(value, number_format=None):
        c = WriteOnlyCell(sheet, value=value)
        if number_format:
            c.number_format = number_format
        return c

    sheet.append(["title"])
    sheet.append(["header"] * 8)
    for p, name, rank, ts, ta, ss, sa, orgs in rating:
        sheet.append([p, name, rank, cell(ts, "0.0%"), cell(ta, "#,##0"), cell(ss, "0.0%"),
                      cell(sa, "#,##0"), cell(orgs, "#,##0")])
    sheet = book.create_sheet("Организации")
    sheet.append(["header"] * 9)
    for i, name, m, ta, tt, ts, sa, st, ss in organisations:
        sheet.append([i, name, m, cell(ta, "#,##0"), cell(tt, "#,##0"), cell(ts, "0.0%"),
                      cell(sa, "#,##0"), cell(st, "#,##0"), cell(ss, "0.0%")])
    book.save(path)


def median_ms(write, rating, organisations, path, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        write(rating, organisations, path)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    cells, path = sys.argv[1], sys.argv[2]
    rating, organisations = read_cells(cells)
    print("%.1f %.1f" % (median_ms(with_xlsxwriter, rating, organisations, path),
                         median_ms(with_openpyxl, rating, organisations, path)))


if __name__ == "__main__":
    main()
