#!/usr/bin/env python3
"""Checks that the GraphML exports load in networkx and igraph with edge direction kept.

Usage: check-exports.py [folder]   (default .ci-exports/, written by tests/integration/exports.test.ts)
Asserts, for every *.graphml file: it loads, the graph is directed, every edge has a relation
(a RelationKind name) and an evidenceCount >= 1; and in neighbourhood.graphml the parent edge
chrissy-teigen -> luna-stephens goes parent -> child (and not the other way).
"""
import pathlib
import sys

import igraph
import networkx as nx

RELATIONS = {"SPOUSE", "PARENT", "CO_MENTIONED"}
PARENT, CHILD = "chrissy-teigen", "luna-stephens"


def check_networkx(path):
    g = nx.read_graphml(path)
    assert g.is_directed(), f"{path}: networkx read an undirected graph"
    edges = list(g.edges(data=True))
    assert edges, f"{path}: no edges"
    for source, target, data in edges:
        assert data.get("relation") in RELATIONS, f"{path}: edge {source}->{target} relation {data.get('relation')!r}"
        assert int(data.get("evidenceCount", 0)) >= 1, f"{path}: edge {source}->{target} has no evidenceCount"
        assert isinstance(data.get("symmetric"), bool), f"{path}: edge {source}->{target} symmetric is not a boolean"
    if path.name == "neighbourhood.graphml":
        relations = lambda a, b: {d["relation"] for _, t, d in g.out_edges(a, data=True) if t == b}
        assert "PARENT" in relations(PARENT, CHILD), f"{path}: no PARENT edge {PARENT} -> {CHILD} in networkx"
        assert "PARENT" not in relations(CHILD, PARENT), f"{path}: PARENT edge reversed in networkx"
    return g.number_of_nodes(), g.number_of_edges(), type(g).__name__


def check_igraph(path):
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.is_directed(), f"{path}: igraph read an undirected graph"
    assert g.ecount() > 0, f"{path}: no edges"
    assert set(g.es["relation"]) <= RELATIONS, f"{path}: relations {set(g.es['relation'])}"
    assert min(g.es["evidenceCount"]) >= 1, f"{path}: an edge without evidenceCount"
    if path.name == "neighbourhood.graphml":
        index = {v["id"]: v.index for v in g.vs}
        parent = [e for e in g.es if e.source == index[PARENT] and e.target == index[CHILD] and e["relation"] == "PARENT"]
        reversed_ = [e for e in g.es if e.source == index[CHILD] and e.target == index[PARENT] and e["relation"] == "PARENT"]
        assert parent and not reversed_, f"{path}: PARENT edge {PARENT} -> {CHILD} not kept in igraph"
    return g.vcount(), g.ecount()


def main():
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".ci-exports")
    files = sorted(folder.glob("*.graphml"))
    if not any(f.name == "neighbourhood.graphml" for f in files):
        sys.exit(f"check-exports: no neighbourhood.graphml in {folder} (run tests/integration/exports.test.ts first)")
    for path in files:
        nodes, edges, kind = check_networkx(path)
        inodes, iedges = check_igraph(path)
        assert (nodes, edges) == (inodes, iedges), f"{path}: networkx {nodes}/{edges} vs igraph {inodes}/{iedges}"
        print(f"{path.name}: networkx {kind} and igraph both directed, {nodes} nodes, {edges} edges, parent -> child kept")


if __name__ == "__main__":
    main()
