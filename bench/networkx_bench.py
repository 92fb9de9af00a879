#!/usr/bin/env python3
"""Times networkx on the graph and workload `dossier bench graph` wrote, for a side-by-side figure.

Usage: networkx_bench.py DIR   (DIR holds edges.tsv, starts.txt, pairs.tsv from dossier)
Prints one JSON object: per-algorithm median and p99 milliseconds, or total seconds.
"""
import json
import statistics
import sys
import time

import networkx as nx


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def two_hop(g, s, limit):
    """Breadth-first to depth 2, stopping at the same node limit as dossier."""
    seen = {s}
    frontier = [s]
    for _ in range(2):
        nxt = []
        for v in frontier:
            for u in g[v]:
                if u not in seen:
                    seen.add(u)
                    nxt.append(u)
                    if len(seen) >= limit:
                        return seen
        frontier = nxt
    return seen


def path(g, a, b):
    try:
        return nx.shortest_path(g, a, b)
    except nx.NetworkXNoPath:
        return None


def main(d):
    t0 = time.perf_counter()
    g = nx.Graph()
    with open(f"{d}/edges.tsv") as f:
        for line in f:
            a, b = line.split()
            g.add_edge(int(a), int(b))
    load = time.perf_counter() - t0
    starts = [int(x) for x in open(f"{d}/starts.txt").read().split()]
    pairs = [tuple(map(int, l.split())) for l in open(f"{d}/pairs.tsv") if l.strip()]
    limit = int(open(f"{d}/limit.txt").read())
    hop2 = []
    # One untimed pass over the workload first, as dossier does: caches warm on both sides.
    for s in starts:
        two_hop(g, s, limit)
    for a, b in pairs:
        path(g, a, b)
    for s in starts:
        t = time.perf_counter()
        two_hop(g, s, limit)
        hop2.append((time.perf_counter() - t) * 1000)
    sp = []
    for a, b in pairs:
        t = time.perf_counter()
        path(g, a, b)
        sp.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    nx.pagerank(g, alpha=0.85, tol=1e-6, max_iter=100)
    pr = time.perf_counter() - t
    samples = int(open(f"{d}/samples.txt").read())
    t = time.perf_counter()
    nx.betweenness_centrality(g, k=samples, seed=1)
    bc = time.perf_counter() - t
    print(json.dumps({
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "load_s": round(load, 2),
        "hop2_ms_median": round(statistics.median(hop2), 4), "hop2_ms_p99": round(pct(hop2, 0.99), 4),
        "path_ms_median": round(statistics.median(sp), 5), "path_ms_p99": round(pct(sp, 0.99), 5),
        "pagerank_s": round(pr, 3), "betweenness_s": round(bc, 3), "networkx": nx.__version__,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
