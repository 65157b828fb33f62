#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer of bench-workbook.c: openpyxl in read-only mode doing the same
work on the same workbook (find the header, read every row, sum the
organisations into their municipalities, shares, scores, competition
ranks). Prints the median in ms, the peak memory in MiB and the rows rated."""

import resource
import statistics
import sys
import time

import openpyxl


def load_and_rate(path):
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = None
    for row in rows:
        if row and "Организация" in row:
            header = {name: i for i, name in enumerate(row)}
            break
    m, code = header["Муниципалитет"], header["ОКТМО"]
    ta, tt = header["Активные педагоги (сообщения)"], header["Педагогов всего"]
    sa, st = header["Активные обучающиеся (сообщения)"], header["Обучающихся всего"]
    sums = {}
    for row in rows:
        s = sums.setdefault(row[code], [row[m], 0, 0, 0, 0])
        s[1] += row[ta]
        s[2] += row[tt]
        s[3] += row[sa]
        s[4] += row[st]
    book.close()
    scored = []
    for key, (name, t_active, t_total, s_active, s_total) in sums.items():
        if t_total and s_total:
            scored.append(((t_active / t_total + s_active / s_total) / 2, name, key))
    ranked = sorted(scored, key=lambda r: (-r[0], r[1]))
    rank, leader = 0, None
    for i, row in enumerate(ranked):
        if leader is None or leader - row[0] >= 1e-9:
            rank, leader = i + 1, row[0]
    return len(ranked)


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    times = []
    rated = 0
    for _ in range(runs):
        start = time.perf_counter()
        rated = load_and_rate(path)
        times.append((time.perf_counter() - start) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("%.1f %.1f %d" % (statistics.median(times), peak, rated))


if __name__ == "__main__":
    main()
