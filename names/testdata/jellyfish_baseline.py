#!/usr/bin/env python3
"""Jaro-Winkler baseline from the jellyfish library on the labelled pairs of pairs.csv.

Prints F1 and accuracy at the matcher's link threshold (0.85) and F1 at the best threshold of a
sweep over 0.00..0.99 (on lower-cased names, and as written), and the speed in pairs per second on one
core. Usage: python3 jellyfish_baseline.py [pairs.csv]   (Debian: apt-get install python3-jellyfish)
"""
import csv
import warnings
import os
import sys
import time

import jellyfish

warnings.simplefilter("ignore", DeprecationWarning)

jw = getattr(jellyfish, "jaro_winkler_similarity", None) or jellyfish.jaro_winkler


def acc(scores, labels, t):
    return sum(1 for s, m in zip(scores, labels) if (s >= t) == m) / len(labels)


def f1(scores, labels, t):
    tp = sum(1 for s, m in zip(scores, labels) if s >= t and m)
    fp = sum(1 for s, m in zip(scores, labels) if s >= t and not m)
    fn = sum(1 for s, m in zip(scores, labels) if s < t and m)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "pairs.csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    a = [r["name1"] for r in rows]
    b = [r["name2"] for r in rows]
    labels = [r["is_match"].strip().lower() in ("1", "true", "yes", "t", "y") for r in rows]
    try:
        from importlib.metadata import version as pkg_version
        version = pkg_version("jellyfish")
    except Exception:
        version = getattr(jellyfish, "__version__", "?")
    print(f"jellyfish {version}, {len(rows)} pairs, {sum(labels)} positive")
    for name, xa, xb in (("as written", a, b), ("lower-cased", [x.lower() for x in a], [x.lower() for x in b])):
        scores = [jw(x, y) for x, y in zip(xa, xb)]
        best = max((f1(scores, labels, t / 100), t / 100) for t in range(0, 100))
        print(f"{name}: at 0.85 F1 {f1(scores, labels, 0.85):.4f} accuracy {acc(scores, labels, 0.85):.4f}; "
              f"best F1 {best[0]:.4f} at {best[1]:.2f} (accuracy there {acc(scores, labels, best[1]):.4f})")
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < 2.0:
        for x, y in zip(a, b):
            jw(x, y)
        n += len(a)
    elapsed = time.perf_counter() - start
    print(f"speed: {n / elapsed:.0f} pairs/s ({elapsed / n * 1e9:.0f} ns/pair)")


if __name__ == "__main__":
    main()
