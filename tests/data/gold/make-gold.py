#!/usr/bin/env python3
"""make-gold.py: the gold *.kaynak.json files from their marked-up articles.

The gold was written as marked-up text (NAME.gold.txt beside each
NAME.kaynak.json), because counting code points by hand is where annotation
files go wrong.  A marked-up article is:

    @title Headline
    @outlet Outlet
    @published 2024-11-02
    @source ID | Label | kind | alias; alias; ...
    ---
    Text, one paragraph a line, where a claim is written
    ⟦ID/cue words;more cue words|the attributed content⟧ and the rest is plain.

⟦ and ⟧ never occur in news text, so the markup cannot be confused with the
article.  Claims may nest (the stack below).  Every cue must occur in the
claim's paragraph, every alias in the article, every
source be used; anything else stops the script, so a typo is not gold.

Usage: make-gold.py FILE.gold.txt...   (writes FILE.kaynak.json beside each)
"""
import hashlib
import json
import sys
import uuid

PALETTE = ["#1c71d8", "#e66100", "#813d9c", "#26a269", "#c01c28", "#986a44",
           "#2ec27e", "#f5c211", "#5e5c64", "#0077c2", "#a347ba", "#e01b24"]
KINDS = {"named", "anonymous", "official-statement", "no-comment", "unattributed"}
OPENERS = "‘“«\"'"
CLOSERS = "’”»\"'"
STAMP = "2026-12-05T07:00:00Z"
AUTHOR = "Kaynak gold (engineer D)"
NS = uuid.UUID("6b61796e-616b-2067-6f6c-642d31350000")


def fail(path, message):
    sys.exit(f"{path}: {message}")


def convert(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    meta, sources, order = {}, {}, []
    i = 0
    while lines[i] != "---":
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        key, _, value = line.partition(" ")
        if key == "@source":
            parts = [p.strip() for p in value.split("|")]
            if len(parts) != 4 or parts[2] not in KINDS:
                fail(path, f"bad source line: {line}")
            sid, label, kind, aliases = parts
            sources[sid] = {"label": label, "kind": kind,
                            "aliases": [a.strip() for a in aliases.split(";") if a.strip()]}
            order.append(sid)
        elif key.startswith("@"):
            meta[key[1:]] = value.strip()
        else:
            fail(path, f"unknown header line: {line}")
    body = "\n".join(l for l in lines[i + 1:]).strip("\n") + "\n"

    text, claims, stack = [], [], []
    j = 0
    while j < len(body):
        c = body[j]
        if c == "⟦":
            bar = body.index("|", j)
            head = body[j + 1:bar]
            sid, _, cues = head.partition("/")
            if sid not in sources:
                fail(path, f"unknown source {sid!r} at {body[j:j+40]!r}")
            stack.append((len(text), sid, [q for q in cues.split(";") if q]))
            j = bar + 1
        elif c == "⟧":
            start, sid, cues = stack.pop()
            claims.append((start, len(text), sid, cues))
            j += 1
        elif c in "|":
            fail(path, f"stray | at {body[j-30:j+10]!r}")
        else:
            text.append(c)
            j += 1
    if stack:
        fail(path, "unclosed ⟦")
    text = "".join(text)

    out_claims = []
    used = set()
    for n, (start, end, sid, cues) in enumerate(sorted(claims)):
        # the guidelines: no white space or closing sentence punctuation at
        # the ends of a span, and a quotation is its words without the marks
        while True:
            before = (start, end)
            while end > start and text[end - 1] in " .,;:":
                end -= 1
            while start < end and text[start] == " ":
                start += 1
            if end - start >= 2 and text[start] in OPENERS and text[end - 1] in CLOSERS:
                start, end = start + 1, end - 1
            if (start, end) == before:
                break
        quote = text[start:end]
        if not quote:
            fail(path, f"empty claim {n}")
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        # a silence's span holds its own cue ("TÜİK yorum yapmadı")
        para = text[para_start:para_end]
        for cue in cues:
            if cue not in para:
                fail(path, f"cue {cue!r} of {quote[:40]!r} is not in its paragraph")
        used.add(sid)
        out_claims.append({
            "id": str(uuid.uuid5(NS, f"{path}#{start}-{end}-{sid}")),
            "start": start, "end": end, "quote": quote,
            "prefix": text[max(0, start - 32):start],
            "suffix": text[end:end + 32],
            "source": sid, "status": "unverified", "note": "",
            "cues": cues, "author": AUTHOR,
            "created": STAMP, "modified": STAMP,
        })
    out_sources = []
    for k, sid in enumerate(order):
        if sid not in used:
            fail(path, f"source {sid} is never used")
        s = sources[sid]
        for alias in s["aliases"]:
            if alias.casefold() not in text.casefold():
                fail(path, f"alias {alias!r} of {sid} is not in the text")
        out_sources.append({
            "id": sid, "label": s["label"], "color": PALETTE[k % len(PALETTE)],
            "shortcut": k + 1 if k < 9 else None, "kind": s["kind"],
            "aliases": s["aliases"], "description": "",
        })
    doc = {
        "format": "kaynak", "version": 1,
        "metadata": {"title": meta.get("title", ""), "url": "",
                     "outlet": meta.get("outlet", ""),
                     "published": meta.get("published", ""),
                     "language": meta["language"],
                     "notes": "Gold annotation for the suggestion benchmark (tests/data/gold/README.md)."},
        "article": {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "text": text},
        "sources": out_sources, "claims": out_claims, "links": [],
    }
    target = path[:-len(".gold.txt")] + ".kaynak.json"
    with open(target, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return len(out_claims)


if __name__ == "__main__":
    total = 0
    for p in sys.argv[1:]:
        n = convert(p)
        total += n
        print(f"{p}: {n} claims")
    print(f"total {total} claims")
