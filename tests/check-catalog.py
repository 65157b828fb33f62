#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`metodist catalog`: the listing, unusable links marked, exit statuses,
and the handout PDF rendered with pdftoppm and every QR code in it read
back with zbarimg to its material's address.

    check-catalog.py METODIST DEMO-CATALOG.json
"""

import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading

METODIST = sys.argv[1]
DEMO = sys.argv[2]


def metodist(*args, expect=0, locale="C.UTF-8"):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "DISPLAY")}
    env["LC_ALL"] = locale
    done = subprocess.run([METODIST, "catalog", *args], env=env, capture_output=True, text=True)
    assert done.returncode == expect, (args, done.returncode, done.stdout, done.stderr)
    return done


def codes_in(pdf, folder):
    """Every QR code on every page of @pdf, as text."""
    prefix = os.path.join(folder, "page")
    subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, prefix], check=True)
    found = []
    for name in sorted(os.listdir(folder)):
        if name.startswith("page") and name.endswith(".png"):
            done = subprocess.run(["zbarimg", "--raw", "-q", os.path.join(folder, name)], capture_output=True)
            assert done.returncode == 0, (name, done.returncode)
            found += done.stdout.decode("utf-8").split("\n")
            os.remove(os.path.join(folder, name))
    return sorted(code for code in found if code)


def pages_in(pdf):
    done = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True)
    for line in done.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("no page count")


def main():
    with open(DEMO, encoding="utf-8") as f:
        demo = json.load(f)
    demo_urls = sorted(material["url"] for material in demo["materials"])
    folder = tempfile.mkdtemp(prefix="metodist-catalog-")
    try:
        path = lambda name: os.path.join(folder, name)

        # The demo listing, in Russian: titles, stages, nominations.
        listing = metodist(locale="ru_RU.UTF-8").stdout
        assert "Демонстрационный каталог" in listing, listing
        assert "01.12.2023–21.01.2024" in listing, listing
        assert "до 31.01.2024" in listing, listing
        assert "«Родительский чат»" in listing, listing
        assert "Запрет иностранных мессенджеров" in listing, listing
        print("ok demo listing")

        # The demo handout: one code per material, each reading back to its
        # address, its six on one A4 page.
        metodist("--handout", path("handout.pdf"))
        assert pages_in(path("handout.pdf")) == 1
        assert codes_in(path("handout.pdf"), folder) == demo_urls
        print("ok demo handout")

        # A catalog with a link that must never be opened: listed and marked,
        # warned about, and left out of the handout.
        mine = dict(demo)
        mine["materials"] = demo["materials"] + [
            {"id": "local", "title": "Файл на диске", "kind": "other", "url": "file:///etc/passwd"}]
        with open(path("mine.json"), "w", encoding="utf-8") as f:
            json.dump(mine, f, ensure_ascii=False)
        done = metodist(path("mine.json"))
        assert "Файл на диске" in done.stdout
        assert "[unusable:" in done.stdout, done.stdout
        assert "materials[6].url" in done.stderr, done.stderr
        metodist(path("mine.json"), "--handout", path("mine.pdf"))
        assert codes_in(path("mine.pdf"), folder) == demo_urls
        print("ok unusable link")

        # Failures: exit 1, one message, no file left behind; an existing
        # handout stays as it was.
        with open(path("broken.json"), "w", encoding="utf-8") as f:
            f.write('{"format": "metodist-catalog", "version": 1, "materials": [')
        before = open(path("handout.pdf"), "rb").read()
        done = metodist(path("broken.json"), "--handout", path("handout.pdf"), expect=1)
        assert "broken.json" in done.stderr and done.stderr.count("\n") == 1, done.stderr
        assert open(path("handout.pdf"), "rb").read() == before
        done = metodist("--handout", path("no-such-folder/handout.pdf"), expect=1)
        assert not os.path.exists(path("no-such-folder"))
        metodist(path("missing.json"), expect=1)
        metodist("ftp://example.org/catalog.json", expect=1)
        print("ok failures")

        # From the institute's server, then with the server gone: the copy
        # kept, with a warning, exit 0.
        body = json.dumps(mine, ensure_ascii=False).encode("utf-8")

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        url = "http://127.0.0.1:%d/catalog.json" % server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        done = metodist(url)
        assert "Файл на диске" in done.stdout and "Using the copy" not in done.stderr, done.stderr
        server.shutdown()
        server.server_close()
        done = metodist(url)
        assert "Файл на диске" in done.stdout
        assert "Using the copy kept on" in done.stderr, done.stderr
        print("ok from a web address, and offline")

        # The command line itself wrong: exit 2.
        metodist("--handout", path("handout.png"), expect=2)
        metodist("a.json", "b.json", expect=2)
        metodist("--no-such-option", expect=2)
        print("ok usage")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
