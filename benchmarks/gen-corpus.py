#!/usr/bin/env python3
"""Writes a benchmark corpus by repeating source articles until a target size is reached.

    gen-corpus.py SRC_DIR OUT_PREFIX SIZE_MB [--dir] [--jsonl] [--concat]

SRC_DIR holds the articles (*.txt, read as bytes, taken in name order and cycled).
--dir     OUT_PREFIX.d/NNNNNN/<n>_<name>.txt, at most 1000 files per sub-directory
--jsonl   OUT_PREFIX.jsonl, one {"id": n, "text": ...} record per article (UTF-8, no ASCII escaping)
--concat  OUT_PREFIX.txt, the articles' bytes one after another (what a single-file tool such as opencc reads)
All forms hold the same articles in the same order.
"""
import json
import os
import sys


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    src, prefix, size_mb = argv[1], argv[2], float(argv[3])
    forms = set(a.lstrip("-") for a in argv[4:])
    unknown = forms - {"dir", "jsonl", "concat"}
    if unknown or not forms:
        sys.exit(f"gen-corpus: give one or more of --dir --jsonl --concat (got {sorted(unknown) or 'none'})")
    names = sorted(n for n in os.listdir(src) if n.endswith(".txt") and not n.endswith(".meta.txt"))
    if not names:
        sys.exit(f"gen-corpus: no *.txt articles in {src}")
    articles = [(n, open(os.path.join(src, n), "rb").read()) for n in names]
    target = int(size_mb * 1024 * 1024)

    jsonl = open(prefix + ".jsonl", "wb") if "jsonl" in forms else None
    concat = open(prefix + ".txt", "wb") if "concat" in forms else None
    if "dir" in forms:
        os.makedirs(prefix + ".d", exist_ok=True)
    written, n = 0, 0
    while written < target:
        name, data = articles[n % len(articles)]
        if "dir" in forms:
            sub = os.path.join(prefix + ".d", f"{n // 1000:06d}")
            if n % 1000 == 0:
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, f"{n:07d}_{name}"), "wb") as f:
                f.write(data)
        if jsonl:
            text = data.decode("utf-8", errors="surrogateescape")
            line = json.dumps({"id": n, "text": text}, ensure_ascii=False)
            jsonl.write(line.encode("utf-8", errors="surrogateescape") + b"\n")
        if concat:
            concat.write(data)
        written += len(data)
        n += 1
    for f in (jsonl, concat):
        if f:
            f.close()
    print(f"{prefix}: {n} articles, {written / 1048576:.1f} MiB of article text ({', '.join(sorted(forms))})")


if __name__ == "__main__":
    main(sys.argv)
