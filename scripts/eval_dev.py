"""Score parts of the extraction on the dev set without the CLI (for quick iteration).

.venv/bin/python scripts/eval_dev.py DATA_DIR [--errors]   (DATA_DIR: after kwd ingest of the dev set)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kewaspadaan_cli.extract import regions as reg
from kewaspadaan_cli.store import read_table

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "gold.jsonl"


def main() -> None:
    data = Path(sys.argv[1])
    show = "--errors" in sys.argv
    gold = {json.loads(x)["file"]: json.loads(x) for x in GOLD.read_text().splitlines() if x.strip()}
    arts = {Path(r["source"]).name: r for r in read_table(data, "articles").to_pylist()}
    tp = fp = fn = 0
    ok = 0
    for name, g in sorted(gold.items()):
        a = arts[name]
        ms = reg.find_regions(a["text"], dateline=a["dateline"])
        pred = {c for c in reg.article_regions(ms)}
        gs = {c for c in g["regions"] if c.count(".") <= 1}
        tp += len(pred & gs)
        fp += len(pred - gs)
        fn += len(gs - pred)
        main = reg.main_region(a["text"], ms, dateline=a["dateline"])
        ok += main == g["region"]
        if show and (pred != gs or main != g["region"]):
            print(
                name,
                "extra",
                sorted(pred - gs),
                [m.surface for m in ms if m.canonical in pred - gs][:4],
                "missed",
                sorted(gs - pred),
                "main",
                main,
                "want",
                g["region"],
            )
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"regions P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}; region acc {ok / len(gold):.3f}")


if __name__ == "__main__":
    main()
