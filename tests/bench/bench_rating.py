#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer of bench-rating.c: Python's json doing the same work on the same
file (read, parse, sum organisations into municipalities, shares, scores,
competition ranks). Prints the median in ms and the peak memory in MiB."""

import json
import resource
import statistics
import sys
import time


def load_and_rate(path):
    with open(path, "rb") as f:
        document = json.loads(f.read().decode("utf-8"))
    sums = {}
    for org in document.get("organizations", []):
        s = sums.setdefault(org["municipality"], [0, 0, 0, 0, 0])
        s[0] += org["teachers"]["active"]
        s[1] += org["teachers"]["total"]
        s[2] += org["students"]["active"]
        s[3] += org["students"]["total"]
        s[4] += 1
    rows = []
    for m in document["municipalities"]:
        s = sums.get(m["id"])
        if s is None:
            continue
        t = s[0] / s[1] if s[1] else None
        st = s[2] / s[3] if s[3] else None
        score = (t + st) / 2 if t is not None and st is not None else None
        rows.append((score, m["name"], m["id"]))
    ranked = sorted((r for r in rows if r[0] is not None), key=lambda r: (-r[0], r[1]))
    rank, leader = 0, None
    for i, row in enumerate(ranked):
        if leader is None or leader - row[0] >= 1e-9:
            rank, leader = i + 1, row[0]
    return len(ranked)


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    load_and_rate(path)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        load_and_rate(path)
        times.append((time.perf_counter() - start) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("%.1f %.1f" % (statistics.median(times), peak))


if __name__ == "__main__":
    main()
