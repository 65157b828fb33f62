#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-process timings of the command line, beside qrencode in the same run.

bench-startup.py METODIST METODIST-WINDOW EMPTY-PROGRAM...

hyperfine (Debian's) runs each command without a shell and gives medians:
`metodist --version` and `metodist qr URL --output x.png` beside
`qrencode --version` and `qrencode -s 19 -o y.png URL` (the same 100-byte
URL, 1007 px),
the window program (which links GTK, as `metodist` did before issue 19)
answering --help, and one empty program per library the command line
links, which is what loading that library alone costs a process.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

URL = "https://sferum.example.ru/methodics/recommendations/2023/" + "a" * 43
assert len(URL) == 100


def main():
    metodist, window, empties = sys.argv[1], sys.argv[2], sys.argv[3:]
    if shutil.which("hyperfine") is None or shutil.which("qrencode") is None:
        print("bench-startup: needs hyperfine and qrencode (build-aux/deps.sh test)")
        return 1
    work = tempfile.mkdtemp(prefix="bench-startup-")
    png = os.path.join(work, "x.png")
    commands = [
        ("metodist --version", [metodist, "--version"]),
        ("qrencode --version", ["qrencode", "--version"]),
        ("metodist qr URL --output x.png", [metodist, "qr", URL, "--output", png]),
        # 19 px a module: a version 7 code with its margin, 53 modules,
        # comes to 1007 px, the nearest to metodist's 1024.
        ("qrencode -s 19 -o y.png URL", ["qrencode", "-s", "19", "-l", "M", "-o", os.path.join(work, "y.png"), URL]),
    ]
    if window:
        commands.append(("metodist-window --help (links GTK)", [window, "--help"]))
    for empty in empties:
        name = os.path.basename(empty).removeprefix("startup-empty-")
        commands.append((f"empty program + {name}", [empty]))

    export = os.path.join(work, "times.json")
    args = ["hyperfine", "--style", "none", "-N", "--warmup", "5", "--runs", "60",
            "--export-json", export]
    for _, command in commands:
        args.append(" ".join(quote(part) for part in command))
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    with open(export, encoding="utf-8") as file:
        results = json.load(file)["results"]
    shutil.rmtree(work)

    medians = {label: result["median"] * 1000 for (label, _), result in zip(commands, results)}
    baseline = medians["empty program + glib"] if "empty program + glib" in medians else None
    print(f"{'command (60 runs)':<44} {'median':>9}  vs qrencode")
    peers = {"metodist --version": "qrencode --version",
             "metodist qr URL --output x.png": "qrencode -s 19 -o y.png URL"}
    for label, median in medians.items():
        ratio = ""
        if label in peers:
            ratio = f"{median / medians[peers[label]]:.1f}×"
        elif label.startswith("empty program + ") and baseline is not None and label != "empty program + glib":
            ratio = f"(+{median - baseline:.1f} ms over glib alone)"
        print(f"{label:<44} {median:7.1f} ms  {ratio}")
    return 0


def quote(part):
    # hyperfine -N splits on spaces and honours shell-like quotes.
    return "'" + part.replace("'", "'\\''") + "'" if any(c in part for c in " '\"") else part


if __name__ == "__main__":
    sys.exit(main())
