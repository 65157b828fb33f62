#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`metodist qr` files read back by a real QR decoder (zbarimg), as a phone
camera would read them: PNG, PNG with a caption, SVG (through rsvg-convert)
and PDF (through pdftoppm); and its exit statuses.

    check-qr.py METODIST
"""

import os
import shutil
import struct
import subprocess
import sys
import tempfile

METODIST = sys.argv[1]


def metodist(*args, expect=0, locale="C.UTF-8"):
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "DISPLAY")}
    env["LC_ALL"] = locale
    done = subprocess.run([METODIST, "qr", *args], env=env, capture_output=True, text=True)
    assert done.returncode == expect, (args, done.returncode, done.stderr)
    return done


def decode(png):
    done = subprocess.run(["zbarimg", "--raw", "-q", png], capture_output=True)
    assert done.returncode == 0, (png, done.returncode)
    return done.stdout.decode("utf-8").rstrip("\n")


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def main():
    folder = tempfile.mkdtemp(prefix="metodist-qr-")
    try:
        path = lambda name: os.path.join(folder, name)

        link = "https://example.org/Recommendations/VK-Messenger.pdf?from=Metodist&a=1"
        metodist(link, "--output", path("plain.png"))
        assert png_size(path("plain.png")) == (1024, 1024)
        assert decode(path("plain.png")) == link  # case kept, not upper-cased
        print("ok plain png")

        text = "Методические рекомендации по использованию VK мессенджера: https://example.org/r"
        metodist(text, "--output", path("caption.png"), "--caption", "Просканируй меня",
                 "--size", "777", "--level", "H", "--margin", "2")
        assert png_size(path("caption.png"))[0] == 777
        assert decode(path("caption.png")) == text
        print("ok caption png")

        metodist(link, "--output", path("code.svg"), "--caption", "Просканируй меня")
        subprocess.run(["rsvg-convert", "-w", "800", path("code.svg"), "-o", path("svg.png")], check=True)
        assert decode(path("svg.png")) == link
        print("ok svg")

        metodist(text, "--output", path("code.pdf"), "--level", "Q")
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", path("code.pdf"), path("pdf")],
                       check=True)
        assert decode(path("pdf.png")) == text
        print("ok pdf")

        # Too long for level M: exit 1, the limit said, the old file kept.
        with open(path("kept.png"), "wb") as f:
            f.write(b"old")
        done = metodist("a" * 2332, "--output", path("kept.png"), expect=1)
        assert "2332 of 2331 bytes" in done.stderr, done.stderr
        with open(path("kept.png"), "rb") as f:
            assert f.read() == b"old"
        done = metodist("a" * 2332, "--output", path("none.png"), expect=1, locale="ru_RU.UTF-8")
        assert "уровня M" in done.stderr, done.stderr
        assert not os.path.exists(path("none.png"))
        print("ok too long")

        for args in (["x", "--output", path("code.jpg")], ["x", "--output", path("a.png"), "--level", "X"],
                     ["x"], ["x", "y", "--output", path("a.png")], ["x", "--output", path("a.png"), "--size", "5"],
                     ["x", "--output", path("a.png"), "--margin", "-1"], ["x", "--output", path("a.png"), "--bogus"]):
            done = metodist(*args, expect=2)
            assert "metodist qr --help" in done.stderr, done.stderr
        assert sorted(os.listdir(folder)) == sorted(["plain.png", "caption.png", "code.svg", "svg.png",
                                                    "code.pdf", "pdf.png", "kept.png"]), os.listdir(folder)
        print("ok usage errors")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
