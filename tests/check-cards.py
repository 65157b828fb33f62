#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`metodist cards`: a report card per municipality, read back as its
readers would: every PDF opens (pdfinfo) as one A4 page, its text
(pdftotext) carries the place and the shares `metodist rank` gives, its
code scans (zbarimg) to the recommendations; hostile names make safe
file names; nothing is overwritten; a read-only folder and a full disk
fail with one message and leave nothing behind.

    check-cards.py METODIST CATALOG.json
"""

import csv
import io
import json
import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

METODIST = sys.argv[1]
CATALOG = sys.argv[2]


def usual_open_files():
    """A desktop's usual soft bound on open files (1,024), the hard one
    left as it is: what Metodist meets on a user's machine."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(1024, hard), hard))


def run(*args, expect=0, locale="C.UTF-8", wrapper=()):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "DISPLAY")}
    env["LC_ALL"] = locale
    done = subprocess.run([*wrapper, METODIST, *args], env=env, capture_output=True, text=True,
                          preexec_fn=usual_open_files)
    assert done.returncode == expect, (args, done.returncode, done.stderr)
    return done


def text_of(pdf):
    return " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def check_demo(folder):
    out = os.path.join(folder, "out")
    done = run("cards", "--output", out)
    made = done.stdout.strip()
    assert os.path.dirname(made) == out, done.stdout
    assert "45 of 45" in done.stderr, done.stderr
    files = sorted(os.listdir(made))
    assert len(files) == 46, files
    rank = run("rank", "--format", "csv").stdout.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(rank), delimiter=";"))
    header = [i for i, row in enumerate(rows) if row and row[0] == "#"][0]
    with open(CATALOG, encoding="utf-8") as f:
        catalog = json.load(f)
    recommendations = [m["url"] for m in catalog["materials"] if m.get("kind") == "recommendations"][0]
    for row in rows[header + 1:]:
        name, place, teachers = row[1], row[2], row[3]
        pdf = os.path.join(made, name.replace("/", "_") + ".pdf")
        assert os.path.exists(pdf), (name, files)
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Pages:\s+1$", info, re.M), info
        assert re.search(r"^Page size:\s+595\.\d+ x 841\.\d+", info, re.M), info
        text = text_of(pdf)
        assert "DEMO DATA" in text, text[:200]
        assert ("Place %s of 45" % place) in text, (name, place, text[:300])
        # The CSV writes a share as Russian Excel reads it: "47,12" (percent);
        # the card rounds it to one decimal.
        shown = re.search(r"Teachers (\d+\.\d)%", text)
        assert shown and abs(float(shown.group(1)) - float(teachers.replace(",", "."))) <= 0.051, \
            (name, teachers, text[:400])
    # One card's code, read by a real decoder.
    page = os.path.join(folder, "card")
    subprocess.run(["pdftoppm", "-r", "150", "-png", os.path.join(made, files[1]), page], check=True)
    scanned = subprocess.run(["zbarimg", "--raw", "-q", page + "-1.png"], capture_output=True, text=True)
    assert scanned.stdout.strip() == recommendations, scanned.stdout
    combined = os.path.join(made, "All municipalities.pdf")
    info = subprocess.run(["pdfinfo", combined], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+45$", info, re.M), info
    # A second run never overwrites the first: a folder of its own.
    again = run("cards", "--output", out).stdout.strip()
    assert again != made and again.endswith(" (2)"), again
    assert sorted(os.listdir(made)) == files


def check_workbook(folder):
    """--xlsx: a sheet per card, in the rating's order, with its place;
    1,100 sheets under the usual bound of 1,024 open files (which
    libxlsxwriter's constant-memory mode, a file open per sheet, broke)."""
    import openpyxl
    out = os.path.join(folder, "workbook")
    made = run("cards", "--xlsx", "--output", out).stdout.strip()
    book = openpyxl.load_workbook(os.path.join(made, "Report cards.xlsx"), read_only=True)
    assert len(book.sheetnames) == 45, book.sheetnames
    rank = run("rank", "--format", "csv").stdout.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(rank), delimiter=";"))
    header = [i for i, row in enumerate(rows) if row and row[0] == "#"][0]
    for sheet_name, row in zip(book.sheetnames, rows[header + 1:]):
        cells = {r[0]: r[1] for r in book[sheet_name].iter_rows(min_col=1, max_col=2, values_only=True) if r[0]}
        first = next(book[sheet_name].iter_rows(min_row=1, max_row=1, values_only=True))[0]
        assert first == row[1], (first, row[1])
        assert cells.get("Place") == int(row[2]), (sheet_name, cells.get("Place"), row[2])

    source = {"format": "metodist-monitoring", "version": 1, "region": "Страна",
              "period": {"from": "2023-11-29", "to": "2023-12-06"},
              "municipalities": [{"id": "%05d" % i, "name": "Муниципальный округ № %d" % i,
                                  "teachers": {"total": 100, "active": i % 100},
                                  "students": {"total": 1000, "active": i % 1000}} for i in range(1100)]}
    path = os.path.join(folder, "many.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(source, f, ensure_ascii=False)
    made = run("cards", path, "--xlsx", "--output", os.path.join(folder, "many")).stdout.strip()
    book = openpyxl.load_workbook(os.path.join(made, "Report cards.xlsx"), read_only=True)
    assert len(book.sheetnames) == 1100, len(book.sheetnames)
    assert len(set(name.casefold() for name in book.sheetnames)) == 1100


def check_hostile_names(folder):
    """Names with /, .., quotes and 300 characters, two alike once made safe."""
    long_name = "Муниципальное образование " * 12
    names = ["../../etc/passwd", "Район \"Кавычки\" / Слэш", "Район 'Кавычки' \\ Слэш", long_name,
             "CON", ".hidden", "'Северный'", "Район 'Южный'"]
    source = {"format": "metodist-monitoring", "version": 1, "region": "Область",
              "period": {"from": "2023-11-29", "to": "2023-12-06"},
              "municipalities": [{"id": str(i), "name": n, "teachers": {"total": 10, "active": i + 1},
                                  "students": {"total": 100, "active": 5}} for i, n in enumerate(names)]}
    path = os.path.join(folder, "hostile.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(source, f, ensure_ascii=False)
    out = os.path.join(folder, "hostile")
    # With the workbook: Excel's sheet names refuse an apostrophe at
    # either end (from review: the whole run failed).
    done = run("cards", path, "--xlsx", "--output", out)
    assert "WARNING" not in done.stderr, done.stderr
    made = done.stdout.strip()
    files = os.listdir(made)
    assert len(files) == len(names) + 2, files
    for name in files:
        assert "/" not in name and "\\" not in name and not name.startswith("."), name
        assert len(name.encode()) <= 255, name
        assert os.path.dirname(os.path.realpath(os.path.join(made, name))) == os.path.realpath(made), name
    assert not os.path.exists(os.path.join(folder, "etc")), os.listdir(folder)


def check_interrupted(folder):
    """Ctrl-C midway: one message, and nothing of the run left."""
    source = {"format": "metodist-monitoring", "version": 1, "region": "Страна",
              "period": {"from": "2023-11-29", "to": "2023-12-06"},
              "municipalities": [{"id": "%05d" % i, "name": "Округ %d" % i,
                                  "teachers": {"total": 100, "active": i % 100},
                                  "students": {"total": 1000, "active": i % 1000}} for i in range(3000)]}
    path = os.path.join(folder, "interrupted.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(source, f, ensure_ascii=False)
    out = os.path.join(folder, "interrupted")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    process = subprocess.Popen([METODIST, "cards", path, "--output", out], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    def first_card_written():
        runs = os.listdir(out) if os.path.isdir(out) else []
        return bool(runs) and any(name.endswith(".pdf") and not name.startswith(".")
                                  for name in os.listdir(os.path.join(out, runs[0])))

    deadline = time.monotonic() + 60
    while process.poll() is None and not first_card_written() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1, (process.returncode, stderr)
    assert "Interrupted" in stderr, stderr
    assert os.listdir(out) == [], os.listdir(out)


def check_failures(folder):
    run("cards", expect=2)
    run("cards", "--output", folder, "--weights", "x", expect=2)
    # A read-only folder (a read-only mount, which root cannot write
    # either) and a full disk (a 64 KiB file system), each in a mount
    # namespace of its own.
    for unshare in (["unshare", "--mount"], ["unshare", "--user", "--map-root-user", "--mount"]):
        probe = subprocess.run([*unshare, "true"], capture_output=True)
        if probe.returncode == 0:
            break
    else:
        raise AssertionError("no mount namespace here: read-only and full disks cannot be tried")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    cases = {
        "read-only": ('mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && "$2" cards --output "$1/cards"',
                      "Read-only file system"),
        "full": ('mount -t tmpfs -o size=64k tmpfs "$1" && "$2" cards --output "$1"', "No space left on device"),
    }
    for case, (mounted, cause) in cases.items():
        disk = os.path.join(folder, case)
        os.mkdir(disk)
        script = mounted + '; status=$?; find "$1" -type f | wc -l; exit $status'
        done = subprocess.run([*unshare, "sh", "-c", script, "sh", disk, METODIST], env=env, capture_output=True,
                              text=True)
        assert done.returncode == 1, (case, done.returncode, done.stderr)
        assert cause in done.stderr, (case, done.stderr)
        errors = [line for line in done.stderr.splitlines() if not line.startswith("Report cards:")]
        assert len(errors) == 1, (case, done.stderr)
        assert done.stdout.strip().splitlines()[-1] == "0", (case, done.stdout)


def main():
    folder = tempfile.mkdtemp(prefix="metodist-cards-")
    try:
        for check in (check_demo, check_workbook, check_hostile_names, check_interrupted, check_failures):
            check(folder)
            print("ok", check.__name__)
    finally:
        for root, dirs, _ in os.walk(folder):
            for name in dirs:
                os.chmod(os.path.join(root, name), stat.S_IRWXU)
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
