#!/usr/bin/env python3
# git-merge-driver.py: `kaynak --merge` as git runs it.  Makes a git
# repository annotating data/samples/seed-article.txt (started with
# `kaynak --new`, claims added by editing the JSON as another tool
# would), configures the driver as the README says, and merges two
# annotators' branches: once cleanly (both sides' claims kept, the driver
# exits 0, the merge commits), once with the same claim given different
# statuses (ours kept, theirs recorded in "disagreements", the driver
# exits 1 and git leaves the path conflicted).  Fails, never skips, when
# git is missing (build-aux/setup-deps.sh installs it).
#
# Usage: git-merge-driver.py KAYNAK SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import shutil
import subprocess
import sys
import tempfile

KAYNAK = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(sys.argv[2])
ARTICLE = os.path.join(ROOT, "data", "samples", "seed-article.txt")
FILE = "seed-article.kaynak.json"
TIME = "2026-12-05T08:00:00Z"


def run(args, cwd, check=True):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"FAIL: {args} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def git(repo, *args, check=True):
    return run(["git", *args], repo, check)


def load(repo):
    with open(os.path.join(repo, FILE), encoding="utf-8") as f:
        return json.load(f)


def save(repo, doc):
    with open(os.path.join(repo, FILE), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)


def add_claim(doc, cid, words, status="unverified"):
    """A claim over the first place of @words in the article (offsets in
    code points, as the format says)"""
    text = doc["article"]["text"]
    start = text.index(words)
    end = start + len(words)
    doc["claims"].append({
        "id": cid, "start": start, "end": end, "quote": words,
        "prefix": text[max(0, start - 32):start], "suffix": text[end:end + 32],
        "source": None, "status": status, "created": TIME, "modified": TIME,
    })


def claim(doc, cid):
    return next(c for c in doc["claims"] if c["id"] == cid)


def commit(repo, message):
    git(repo, "commit", "-q", "-am", message)


def main():
    if shutil.which("git") is None:
        sys.exit("FAIL: git is not installed (build-aux/setup-deps.sh installs it)")

    repo = tempfile.mkdtemp(prefix="kaynak-git-")
    try:
        git(repo, "init", "-q", "-b", "main")
        git(repo, "config", "user.name", "Test")
        git(repo, "config", "user.email", "test@example.org")
        # the two lines the README documents
        with open(os.path.join(repo, ".gitattributes"), "w") as f:
            f.write("*.kaynak.json merge=kaynak\n")
        git(repo, "config", "merge.kaynak.driver", f"'{KAYNAK}' --merge %O %A %B")

        shutil.copy(ARTICLE, os.path.join(repo, "seed-article.txt"))
        run([KAYNAK, "--new", "seed-article.txt"], repo)
        doc = load(repo)
        text = doc["article"]["text"]
        words = text.split()
        # three distinct stretches of the article to mark
        first, second, third = (" ".join(words[i:i + 4]) for i in (0, 20, 40))
        add_claim(doc, "shared", first)
        save(repo, doc)
        git(repo, "add", ".")
        commit(repo, "base: one claim")

        # --- a clean merge: each annotator adds a claim, ours retags the
        # shared one, theirs writes a note on it
        git(repo, "checkout", "-q", "-b", "mehmet")
        doc = load(repo)
        add_claim(doc, "by-mehmet", third)
        claim(doc, "shared")["note"] = "Mehmet's note"
        save(repo, doc)
        commit(repo, "mehmet: a claim and a note")

        git(repo, "checkout", "-q", "-b", "ayse", "main")
        doc = load(repo)
        add_claim(doc, "by-ayse", second)
        claim(doc, "shared")["status"] = "supported"
        save(repo, doc)
        commit(repo, "ayse: a claim and a status")

        merged = git(repo, "merge", "--no-edit", "mehmet", check=False)
        if merged.returncode != 0:
            sys.exit(f"FAIL: the clean merge failed:\n{merged.stdout}\n{merged.stderr}")
        doc = load(repo)
        ids = sorted(c["id"] for c in doc["claims"])
        assert ids == ["by-ayse", "by-mehmet", "shared"], ids
        assert claim(doc, "shared")["status"] == "supported"
        assert claim(doc, "shared")["note"] == "Mehmet's note"
        assert "disagreements" not in claim(doc, "shared")
        run([KAYNAK, "--check", FILE], repo)
        # the driver itself on the three versions: exit 0
        for rev, name in (("main", "base"), ("ayse~0^1", "ours"), ("mehmet", "theirs")):
            with open(os.path.join(repo, name), "w", encoding="utf-8") as f:
                f.write(git(repo, "show", f"{rev}:{FILE}").stdout)
        status = run([KAYNAK, "--merge", "base", "ours", "theirs"], repo, check=False).returncode
        assert status == 0, f"driver exit {status} on a clean merge"
        for name in ("base", "ours", "theirs"):
            os.remove(os.path.join(repo, name))
        print("ok 1 clean merge: both claims kept, one-sided edits taken, exit 0")

        # --- a conflicting merge: both change the shared claim's status
        git(repo, "checkout", "-q", "-b", "x", "main")
        doc = load(repo)
        claim(doc, "shared")["status"] = "refuted"
        doc["metadata"]["outlet"] = "X Haber"
        save(repo, doc)
        commit(repo, "x: refuted")

        git(repo, "checkout", "-q", "-b", "y", "main")
        doc = load(repo)
        claim(doc, "shared")["status"] = "misleading"
        doc["metadata"]["outlet"] = "Y Haber"
        save(repo, doc)
        commit(repo, "y: misleading")

        merged = git(repo, "merge", "--no-edit", "x", check=False)
        assert merged.returncode != 0, "git took a conflicting merge as clean"
        unmerged = git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split()
        assert unmerged == [FILE], unmerged
        doc = load(repo)
        shared = claim(doc, "shared")
        assert shared["status"] == "misleading", shared
        assert shared["disagreements"] == [{"side": "theirs", "members": {"status": "refuted"}}], shared
        # the article's details too: ours kept, theirs in the file's own list
        assert doc["metadata"]["outlet"] == "Y Haber", doc["metadata"]
        assert doc["disagreements"] == [{"side": "theirs", "metadata": True,
                                         "members": {"outlet": "X Haber"}}], doc.get("disagreements")
        run([KAYNAK, "--check", FILE], repo)
        # the driver on git's three stages: exit 1, exactly
        for stage, name in ((1, "base"), (2, "ours"), (3, "theirs")):
            with open(os.path.join(repo, name), "w", encoding="utf-8") as f:
                f.write(git(repo, "show", f":{stage}:{FILE}").stdout)
        result = run([KAYNAK, "--merge", "base", "ours", "theirs"], repo, check=False)
        assert result.returncode == 1, f"driver exit {result.returncode} on a conflict"
        assert "status" in result.stderr, result.stderr
        assert "outlet" in result.stderr, result.stderr
        # unreadable input: exit 2 or more, ours untouched
        with open(os.path.join(repo, "theirs"), "w") as f:
            f.write("{")
        before = open(os.path.join(repo, "ours"), encoding="utf-8").read()
        result = run([KAYNAK, "--merge", "base", "ours", "theirs"], repo, check=False)
        assert result.returncode >= 2, result.returncode
        assert "theirs" in result.stderr, result.stderr
        assert open(os.path.join(repo, "ours"), encoding="utf-8").read() == before
        print("ok 2 conflicting merge: ours kept, theirs recorded (a claim and the details), driver exit 1; bad input exit 2")
    finally:
        shutil.rmtree(repo, ignore_errors=True)


if __name__ == "__main__":
    main()
