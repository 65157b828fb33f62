#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifests are ones that build, as far as this machine can
tell without Flathub: flatpak-builder reads both; the release one builds
Metodist from a git commit that is in this repository's history, the Devel
one the checkout with the development profile; every other module is
pinned (a git commit, or an archive's sha256); and the sandbox asks for no
more than the app uses ("Show in Folder" goes through the OpenURI portal,
which needs no permission).

check-flatpak.py SOURCE-ROOT
"""
import json
import os
import re
import shutil
import subprocess
import sys

BASE_ID = "io.github.metodist.Metodist"


def fail(message):
    print(f"check-flatpak: {message}", file=sys.stderr)
    sys.exit(1)


def load_modules(folder, modules):
    """The manifest's modules, with those in files of their own read in."""
    for module in modules:
        if isinstance(module, str):
            with open(os.path.join(folder, module), encoding="utf-8") as file:
                module = json.load(file)
        yield module
        yield from load_modules(folder, module.get("modules", []))


def check(root, name, app_id, profile):
    folder = os.path.join(root, "flatpak")
    path = os.path.join(folder, name)
    with open(path, encoding="utf-8") as file:
        manifest = json.load(file)
    if manifest["id"] != app_id:
        fail(f"{name}: id {manifest['id']}, not {app_id}")
    for arg in manifest["finish-args"]:
        if arg.startswith(("--filesystem=home", "--filesystem=host", "--talk-name=org.freedesktop.Flatpak")):
            fail(f"{name}: {arg} gives the sandbox away")
    metodist = None
    for module in load_modules(folder, manifest["modules"]):
        for source in module.get("sources", []):
            kind = source["type"]
            if module["name"] == "metodist":
                metodist = source
            elif kind == "git":
                if not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
                    fail(f"{name}: {module['name']} is not pinned by a commit")
            elif kind in ("archive", "file"):
                if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                    fail(f"{name}: {module['name']} has no sha256")
            else:
                fail(f"{name}: {module['name']} has a {kind} source, which is not pinned")
    if metodist is None:
        fail(f"{name}: no metodist module")
    opts = [m for m in load_modules(folder, manifest["modules"]) if m["name"] == "metodist"][0]
    if f"-Dprofile={profile}" not in opts.get("config-opts", []):
        fail(f"{name}: not built with the {profile} profile")
    result = subprocess.run(["flatpak-builder", "--show-manifest", path],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"{name}: flatpak-builder cannot read it: {result.stderr.strip()}")
    return metodist


def main():
    root = sys.argv[1]
    if shutil.which("flatpak-builder") is None:
        print("flatpak-builder is missing (build-aux/deps.sh test installs it)")
        sys.exit(77)
    release = check(root, BASE_ID + ".json", BASE_ID, "default")
    devel = check(root, BASE_ID + ".Devel.json", BASE_ID + ".Devel", "development")

    if release["type"] != "git" or not re.fullmatch(r"[0-9a-f]{40}", release.get("commit", "")):
        fail("the release manifest does not build Metodist from a pinned git commit")
    if devel["type"] != "dir":
        fail("the Devel manifest does not build the checkout")
    print(f"release: Metodist at {release['commit'][:12]} from {release['url']}")
    # The commit is one of this branch's (a clone has the history), and
    # what it builds has the store's metainfo.
    if os.path.isdir(os.path.join(root, ".git")):
        known = subprocess.run(["git", "-C", root, "merge-base", "--is-ancestor", release["commit"], "HEAD"])
        if known.returncode != 0:
            fail(f"the release manifest's commit {release['commit']} is not in this branch's history")
        metainfo = subprocess.run(["git", "-C", root, "show",
                                   release["commit"] + ":data/" + BASE_ID + ".metainfo.xml.in.in"],
                                  capture_output=True, text=True)
        if "<screenshots>" not in metainfo.stdout:
            fail(f"the metainfo at {release['commit'][:12]} has no screenshots: pin a later commit")
        print("the pinned commit is in this branch's history, with the store's metainfo")
    else:
        print("not a git clone: the pinned commit was not looked up")
    print("both manifests read, every module pinned")


if __name__ == "__main__":
    main()
