"""Train the officials tagger (``extract/tagger.py``) from the development set's gold.

    .venv/bin/python scripts/train_officials_tagger.py [--dev ../shared/eval/dev] [--exclude-fold K/N]
                                                         [--out src/kewaspadaan_cli/models/officials_tagger.crfsuite]

The gold gives each official as a name and a title string, not offsets; this script aligns them to the
article's tokens (the tokens of ``titles.TOKEN`` in the sentences of ``nlp.sentence_spans`` that hold
a title's head): a title where the text writes its words in order (case and punctuation aside), else
its longest prefix that starts with a head close to the person's name; the name wherever the text
writes the gold name, and a run of capitalised words that are all words of that name (the short
mentions "kata Jarot"); ranks and degrees stay outside the name (``O``). The labels are
B-/I-TITLE, B-/I-NAME and O; the features are ``tagger.sentence_features``.

``--exclude-fold K/N`` leaves out fold K of N (the stable hash of ``score.py``'s ``fold_of``), so
that the model can be scored on articles it never saw (``scripts/cv_officials_tagger.sh``).
Training is deterministic: the articles in file-name order, L-BFGS from zero, fixed parameters.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev"
DEFAULT_OUT = ROOT / "src" / "kewaspadaan_cli" / "models" / "officials_tagger.crfsuite"
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def fold_of(name: str, n: int) -> int:
    """The fold of an article: the same stable hash as ``score.py``."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % n


def pieces(s: str) -> list[str]:
    s = unicodedata.normalize("NFKC", s or "").lower()
    return re.sub(r"[^\w\s]", " ", s).split()


def _find(seq: list[str], sub: list[str]) -> list[int]:
    if not sub:
        return []
    return [i for i in range(len(seq) - len(sub) + 1) if seq[i : i + len(sub)] == sub]


def label_sentence(toks: list[str], officials: list[dict], heads: set[str], is_affix) -> list[str]:
    """BIO labels of one sentence's tokens from the article's gold officials."""
    flat: list[str] = []
    owner: list[int] = []
    for k, tok in enumerate(toks):
        for p in pieces(tok):
            flat.append(p)
            owner.append(k)
    labels = ["O"] * len(toks)

    def mark(kind: str, a: int, b: int) -> None:  # flat pieces [a, b)
        first, last = owner[a], owner[b - 1]
        if any(labels[x] != "O" for x in range(first, last + 1)):
            return
        labels[first] = f"B-{kind}"
        for x in range(first + 1, last + 1):
            labels[x] = f"I-{kind}"

    name_hits: list[tuple[int, int]] = []
    for off in officials:
        name = pieces(off.get("name") or "")
        for i in _find(flat, name):
            name_hits.append((i, i + len(name)))
    for off in officials:  # titles first: a place in a title is no name
        title = pieces(off.get("title") or "")
        name = pieces(off.get("name") or "")
        if not title:
            continue
        hits = _find(flat, title)
        for i in hits:
            mark("TITLE", i, i + len(title))
        if hits:
            continue
        near = [a for a, b in name_hits if flat[a:b] == name]
        for n in range(len(title) - 1, 0, -1):  # the longest prefix that starts with a head, near the name
            if n == 1 and title[0] not in heads:
                break
            got = [i for i in _find(flat, title[:n]) if any(-10 <= a - (i + n) <= 3 or -3 <= i - a <= 12 for a in near)]
            if got:
                for i in got:
                    mark("TITLE", i, i + n)
                break
    for a, b in name_hits:
        mark("NAME", a, b)
    # short mentions: a run of capitalised tokens that are all words of one gold name
    for off in officials:
        words_ = {p for p in pieces(off.get("name") or "") if len(p) > 1}
        k = 0
        while k < len(toks):
            j = k
            while (
                j < len(toks)
                and labels[j] == "O"
                and toks[j][:1].isupper()
                and not is_affix(toks[j])
                and pieces(toks[j])
                and all(p in words_ for p in pieces(toks[j]))
            ):
                j += 1
            if j > k:
                labels[k] = "B-NAME"
                for x in range(k + 1, j):
                    labels[x] = "I-NAME"
                k = j
            else:
                k += 1
    return labels


def build(dev: Path, exclude: tuple[int, int] | None, only: bool = False) -> tuple[list, dict]:
    from kewaspadaan_cli.extract.names import is_affix
    from kewaspadaan_cli.extract.official_words import words
    from kewaspadaan_cli.extract.tagger import cue_windows, sentence_features

    heads = set(words().heads)
    gold = {}
    for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["file"]] = g
    data = []
    stats = {"articles": 0, "sentences": 0, "officials": 0, "names_found": 0, "titles_found": 0}
    for name in sorted(gold):
        if exclude is not None and (fold_of(name, exclude[1]) == exclude[0]) != only:
            continue
        text = (dev / "articles" / name).read_text(encoding="utf-8")
        from kewaspadaan_cli.ingest.clean import clean_text

        text = clean_text(text).text
        offs = gold[name].get("officials") or []
        stats["articles"] += 1
        stats["officials"] += len(offs)
        seen_names, seen_titles = set(), set()
        for window in cue_windows(text):
            toks = [t[2] for t in window]
            if not toks:
                continue
            labels = label_sentence(toks, offs, heads, is_affix)
            for k, lab in enumerate(labels):
                if lab.endswith("NAME"):
                    seen_names |= set(pieces(toks[k]))
                if lab.endswith("TITLE"):
                    seen_titles |= set(pieces(toks[k]))
            data.append((sentence_features(toks), labels))
            stats["sentences"] += 1
        for o in offs:
            stats["names_found"] += bool(set(pieces(o.get("name") or "")) & seen_names)
            stats["titles_found"] += bool(set(pieces(o.get("title") or "")) & seen_titles)
    return data, stats


def train(data: list, out: Path, params: dict | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params(dict(PARAMS, **(params or {})))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)


def evaluate(data: list, model: Path) -> dict[str, tuple[float, float, float]]:
    """Exact-span precision, recall and F1 of NAME and TITLE on labelled windows."""
    import pycrfsuite

    from kewaspadaan_cli.extract.tagger import spans_of

    t = pycrfsuite.Tagger()
    t.open(str(model))
    counts = {"NAME": [0, 0, 0], "TITLE": [0, 0, 0]}
    for xseq, yseq in data:
        got = {(sp.kind, sp.first, sp.last) for sp in spans_of(t.tag(xseq))}
        want = {(sp.kind, sp.first, sp.last) for sp in spans_of(yseq)}
        for kind, c in counts.items():
            g = {x for x in got if x[0] == kind}
            w = {x for x in want if x[0] == kind}
            c[0] += len(g & w)
            c[1] += len(g - w)
            c[2] += len(w - g)
    out = {}
    for kind, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[kind] = (round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--exclude-fold", default=None, help="K/N: train without fold K of N")
    ap.add_argument("--evaluate", action="store_true", help="also print the tagger's span P/R/F1 on the left-out fold")
    args = ap.parse_args(argv)
    exclude = None
    if args.exclude_fold:
        k, n = (int(x) for x in args.exclude_fold.split("/"))
        exclude = (k, n)
    data, stats = build(args.dev, exclude)
    train(data, args.out)
    if args.evaluate:
        if exclude is None:
            ap.error("--evaluate needs --exclude-fold: a model is not scored on its training articles")
        held, _ = build(args.dev, exclude, only=True)
        print(json.dumps({"fold": args.exclude_fold, **evaluate(held, args.out)}))
    size = args.out.stat().st_size
    print(json.dumps({**stats, "model": str(args.out), "bytes": size}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
