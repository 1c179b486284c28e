#!/usr/bin/env python3
"""Scores a predicted CoNLL-U file against a gold one: UPOS, UAS, LAS.

    python3 scripts/score-conllu.py GOLD.conllu PRED.conllu

Standalone (shares no code with the parser). Only basic-tree word lines (integer IDs) are
compared; multiword-token and empty-node lines are ignored. Sentences and words must align one
to one with identical forms (the parser was run on the gold tokens). Punctuation is counted.
LAS compares relations without subtypes (nsubj:pass == nsubj).
"""
import json
import sys


def read(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            cur.append(cols)
    if cur:
        sents.append(cur)
    return sents


def main():
    gold, pred = read(sys.argv[1]), read(sys.argv[2])
    if len(gold) != len(pred):
        sys.exit(f"sentence count differs: gold {len(gold)}, predicted {len(pred)}")
    n = upos = uas = las = 0
    for gs, ps in zip(gold, pred):
        if len(gs) != len(ps):
            sys.exit(f"word count differs in a sentence: {' '.join(g[1] for g in gs)}")
        for g, p in zip(gs, ps):
            if g[1] != p[1]:
                sys.exit(f"form differs: gold {g[1]!r}, predicted {p[1]!r}")
            n += 1
            upos += g[3] == p[3]
            if g[6] == p[6]:
                uas += 1
                las += g[7].split(":")[0] == p[7].split(":")[0]
    print(json.dumps({"sentences": len(gold), "words": n, "UPOS": round(upos / n, 4), "UAS": round(uas / n, 4), "LAS": round(las / n, 4)}))


if __name__ == "__main__":
    main()
