#!/usr/bin/env python3
"""check-suggest-bench.py: the suggestion benchmark runs on the tuning part
of the gold and prints well-formed figures.

Not a threshold on the figures (those are targets, printed by the benchmark
and kept in the README): this fails only when the program fails, prints
something that is not the JSON it promises, leaves out a language, counts
inconsistently (more pairs than claims or suggestions, exact pairs above
overlap pairs), prints a figure outside [0, 1] that does not follow from
its counts, or prints anything about the held-back part.

Usage: check-suggest-bench.py BENCH
"""
import json
import math
import subprocess
import sys


def fail(message):
    sys.exit(f"check-suggest-bench: {message}")


def ratio(a, b):
    return 0.0 if b == 0 else a / b


def check_figures(where, f, n_pred, n_gold):
    for key in ("matched", "precision", "recall", "f1"):
        if key not in f:
            fail(f"{where}: no {key}")
    m = f["matched"]
    if not isinstance(m, int) or m < 0 or m > n_pred or m > n_gold:
        fail(f"{where}: {m} pairs of {n_pred} suggestions and {n_gold} claims")
    p, r = ratio(m, n_pred), ratio(m, n_gold)
    f1 = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    for key, want in (("precision", p), ("recall", r), ("f1", f1)):
        got = f[key]
        if not isinstance(got, (int, float)) or not 0.0 <= got <= 1.0 or not math.isclose(got, want, abs_tol=1e-9):
            fail(f"{where}: {key} {got!r}, the counts give {want}")


def main():
    run = subprocess.run([sys.argv[1], "--json", "--part", "tune"],
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        fail(f"exit status {run.returncode}: {run.stderr.strip()}")
    try:
        out = json.loads(run.stdout)
    except json.JSONDecodeError as e:
        fail(f"not JSON: {e}")
    if out.get("overlap_threshold") != 0.5:
        fail("no overlap threshold of 0.5")
    results = out.get("results")
    if not isinstance(results, list):
        fail("no results")
    seen = set()
    for r in results:
        where = f"{r.get('language')} {r.get('part')}"
        if r.get("part") != "tune":
            fail(f"{where}: only the tuning part was asked for")
        seen.add(r.get("language"))
        for key in ("articles", "gold_claims", "suggestions"):
            if not isinstance(r.get(key), int) or r[key] < 0:
                fail(f"{where}: {key} is not a count")
        if r["articles"] == 0 or r["gold_claims"] == 0:
            fail(f"{where}: no gold was read")
        n_pred, n_gold = r["suggestions"], r["gold_claims"]
        check_figures(where + " overlap", r.get("overlap", {}), n_pred, n_gold)
        check_figures(where + " exact", r.get("exact", {}), n_pred, n_gold)
        if r["exact"]["matched"] > r["overlap"]["matched"]:
            fail(f"{where}: more exact pairs than overlapping ones")
        src = r.get("source", {})
        if src.get("of") != r["overlap"]["matched"] or not 0 <= src.get("right", -1) <= src["of"]:
            fail(f"{where}: source {src} against {r['overlap']['matched']} pairs")
        if not math.isclose(src.get("accuracy", -1), ratio(src["right"], src["of"]), abs_tol=1e-9):
            fail(f"{where}: source accuracy {src.get('accuracy')} does not follow from its counts")
        rules = r.get("rules")
        if not isinstance(rules, dict) or sum(v["suggested"] for v in rules.values()) != n_pred:
            fail(f"{where}: the rules' counts do not add up to the suggestions")
    if seen != {"tr", "en"}:
        fail(f"languages {sorted(seen)}, not tr and en")
    print(f"ok: {len(results)} parts, well-formed")


main()
