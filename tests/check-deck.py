#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`metodist deck`: the meeting's presentation as a PDF, read back as its
readers would: a 16:9 page per slide (pdfinfo), every QR code scanned by a
real decoder (pdftoppm + zbarimg) to exactly the address it stands for,
the rating's pages listing the same places as `metodist rank` (pdftotext),
and the command's failures.

    check-deck.py METODIST CATALOG.json
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

METODIST = sys.argv[1]
CATALOG = sys.argv[2]


def run(*args, expect=0, locale="C.UTF-8"):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "DISPLAY")}
    env["LC_ALL"] = locale
    done = subprocess.run([METODIST, *args], env=env, capture_output=True, text=True)
    assert done.returncode == expect, (args, done.returncode, done.stderr)
    return done


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    return count, float(size.group(1)), float(size.group(2))


def codes(pdf, folder):
    """Every code on every page, decoded: a list of texts."""
    prefix = os.path.join(folder, "page")
    subprocess.run(["pdftoppm", "-r", "110", "-png", pdf, prefix], check=True)
    found = []
    for name in sorted(os.listdir(folder)):
        if not name.startswith("page") or not name.endswith(".png"):
            continue
        done = subprocess.run(["zbarimg", "--raw", "-q", os.path.join(folder, name)], capture_output=True)
        if done.returncode == 0:
            found += done.stdout.decode("utf-8").rstrip("\n").split("\n")
        os.remove(os.path.join(folder, name))
    return found


def usable(url):
    return url is not None and url.startswith(("http://", "https://"))


def expected_codes(catalog):
    """The addresses the deck shows as codes: notices', materials marked
    for the hall, events' links, and the closing slide's recommendations."""
    wanted = []
    closing = [m for m in catalog.get("materials", []) if m.get("kind") == "recommendations" and usable(m.get("url"))]
    for notice in catalog.get("notices", []):
        if usable(notice.get("url")):
            wanted.append(notice["url"])
    for material in catalog.get("materials", []):
        # The closing slide's code is not shown twice.
        if material.get("qr") and usable(material.get("url")) and not (closing and material["url"] == closing[0]["url"]):
            wanted.append(material["url"])
    for event in catalog.get("events", []):
        for link in event.get("links", []):
            if usable(link.get("url")):
                wanted.append(link["url"])
    if closing:
        wanted.append(closing[0]["url"])
    return wanted


def check_demo(folder):
    pdf = os.path.join(folder, "deck.pdf")
    run("deck", "--output", pdf, "--date", "2023-12-07")
    count, width, height = pages(pdf)
    assert 12 <= count <= 20, count
    assert abs(width / height - 16 / 9) < 0.01, (width, height)
    # Text as text, every font embedded.
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts, "no fonts: the text is not text"
    for line in fonts:
        assert line.split()[-5] == "yes", line
    with open(CATALOG, encoding="utf-8") as f:
        catalog = json.load(f)
    found = codes(pdf, folder)
    assert sorted(found) == sorted(expected_codes(catalog)), (found, expected_codes(catalog))
    # Each code is a link too, for those who read the PDF on a screen.
    with open(pdf, "rb") as f:
        data = f.read()
    for url in expected_codes(catalog):
        assert b"/URI (" + url.encode() + b")" in data, url

    # The rating's places and names, as `metodist rank` gives them.
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    lines = run("rank", "--format", "csv").stdout.lstrip("\ufeff").splitlines()
    # After the demo's label, the header; then the rows.
    ranked = lines[[i for i, line in enumerate(lines) if line.startswith("#;")][0] + 1:]
    assert len(ranked) == 45, len(ranked)
    for line in ranked:
        fields = line.split(";")
        place, name = fields[2], fields[1].strip('"')
        if not place:
            continue
        assert re.search(r"^\s*%s\s+%s\s" % (re.escape(place), re.escape(name)), text, re.M), (place, name)


def check_russian(folder):
    pdf = os.path.join(folder, "ru.pdf")
    run("deck", "--output", pdf, "--date", "2023-12-07", "--slides", "title,rating", locale="ru_RU.UTF-8")
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "07.12.2023" in text, text[:300]
    assert "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ" in text, text[:300]


def check_long_address(folder):
    """A 257-character address, as real ones are, scans back whole."""
    url = "https://example.org/" + "a" * 237
    catalog = {"format": "metodist-catalog", "version": 1, "meeting": {"title": "Совещание"},
               "materials": [{"id": "r", "title": "Рекомендации " * 20, "kind": "recommendations", "url": url,
                              "qr": True}]}
    path = os.path.join(folder, "long.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False)
    pdf = os.path.join(folder, "long.pdf")
    run("deck", "--catalog", path, "--slides", "materials,closing", "--output", pdf)
    # One code: the closing slide shows the recommendations, not twice.
    assert codes(pdf, folder) == [url]


def check_long_timeline(folder):
    """Today's stage and its days left stay on the slide however many
    stages came before it (a marathon's twelfth week), with or without
    nominations, at 16:9."""
    stages = [{"title": "Неделя %d: задания для классных чатов" % (i + 1),
               "from": "2023-%02d-%02d" % (9 + (i * 7 + 1) // 30, (i * 7) % 30 + 1),
               "to": "2023-%02d-%02d" % (9 + (i * 7 + 6) // 30, (i * 7 + 6) % 30 + 1)} for i in range(11)]
    stages.append({"title": "Неделя 12: подведение итогов марафона", "from": "2023-12-01", "to": "2023-12-20"})
    for nominations in ([], ["Номинация %d" % i for i in range(8)]):
        catalog = {"format": "metodist-catalog", "version": 1, "meeting": {"title": "Совещание"},
                   "events": [{"id": "m", "title": "Марафон", "stages": stages, "nominations": nominations}]}
        path = os.path.join(folder, "timeline.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(catalog, f, ensure_ascii=False)
        pdf = os.path.join(folder, "timeline.pdf")
        run("deck", "--catalog", path, "--slides", "events", "--date", "2023-12-07", "--output", pdf)
        text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert "Неделя 12: подведение итогов марафона" in text, (nominations, text[:800])
        assert "14 days left" in text, (nominations, text[:800])
        assert "earlier stage" in text, (nominations, text[:800])


def check_failures(folder):
    old = os.path.join(folder, "old.pdf")
    with open(old, "wb") as f:
        f.write(b"the previous good file")
    run("deck", "--output", os.path.join(folder, "x.png"), expect=2)
    run("deck", expect=2)
    run("deck", "--slides", "title,holograms", "--output", old, expect=2)
    run("deck", "--date", "07.12.2023", "--output", old, expect=2)
    done = run("deck", "--catalog", os.path.join(folder, "missing.json"), "--output", old, expect=1)
    assert "missing.json" in done.stderr, done.stderr
    missing = os.path.join(folder, "no-such-folder", "deck.pdf")
    done = run("deck", "--output", missing, expect=1)
    assert missing in done.stderr and not os.path.exists(os.path.dirname(missing)), done.stderr
    with open(old, "rb") as f:
        assert f.read() == b"the previous good file"


def main():
    folder = tempfile.mkdtemp(prefix="metodist-deck-")
    try:
        for check in (check_demo, check_russian, check_long_address, check_long_timeline, check_failures):
            check(folder)
            print("ok", check.__name__)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
