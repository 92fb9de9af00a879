#!/usr/bin/env python3
"""Scores the source links dossier found on a generated corpus against the echoes the generator
planted (its manifest's echo_of).

Usage:
  dossier gen corpus --docs 1500 --seed 5 --known-names 300 --out DIR/docs --manifest DIR/manifest.jsonl
  dossier --db DIR/s.db ingest -q DIR/docs
  python3 bench/echo_quality.py DIR/manifest.jsonl DIR/s.db [path/to/dossier]
Prints, per link kind, how many links join a planted echo pair, and the planted pairs found.
"""
import collections
import json
import subprocess
import sys


def main(manifest, db, dossier="dossier"):
    man = {}
    for line in open(manifest):
        r = json.loads(line)
        man[r["name"]] = r
    names = sorted(man)
    idx = {n: i for i, n in enumerate(names)}
    planted = set()
    for n, r in man.items():
        j = r.get("echo_of", -1)
        if j is not None and j >= 0:
            planted.add((min(idx[n], j), max(idx[n], j)))
    run = lambda *a: subprocess.run([dossier, "--db", db, *a], capture_output=True, text=True, check=True).stdout
    src = {s["id"]: idx[s["path"].split("/")[-1]] for s in json.loads(run("sources", "--json", "--limit", "10000"))["sources"]}
    found, by, ok = set(), collections.Counter(), collections.Counter()
    for link in json.loads(run("sources", "--links", "--json")):
        if not link.get("to"):
            continue
        p = (min(src[link["from"]], src[link["to"]]), max(src[link["from"]], src[link["to"]]))
        by[link["type"]] += 1
        ok[link["type"]] += p in planted
        if p in planted:
            found.add(p)
    for kind in sorted(by):
        print(f"{kind:15} {by[kind]:5} links, {ok[kind]:5} join planted echoes (precision {ok[kind] / by[kind]:.2f})")
    print(f"planted echo pairs: {len(planted)}, joined by some link: {len(found)} (recall {len(found) / max(1, len(planted)):.2f})")


if __name__ == "__main__":
    main(*sys.argv[1:])
