"""A small learned tagger of officials' titles and names (a linear-chain CRF, python-crfsuite).

The rules of ``officials.py`` find a title with its holder by grammar; where they find a title and no
holder, this tagger reads the sentence token by token (the tokens of ``titles.TOKEN``) and labels each
``B-TITLE``/``I-TITLE``/``B-NAME``/``I-NAME``/``O``. Its features are the evidence the rules use, so
that it generalises past the words it was trained on: the word's shape and affixes, whether it is a
plain Indonesian word (Sastrawi's dictionary), a title head, a title word or body, a rank or degree,
a place of the gazetteer, a given name, and the same for two words either side.

The model is trained on the development set's gold names and titles by
``scripts/train_officials_tagger.py`` (deterministic for the same input) and shipped as package data,
``kewaspadaan_cli/models/officials_tagger.crfsuite``. It is on by default since 2026.12.155:
cross-validated on the development set (each fold scored with a model trained without it), it raised
officials F1 from .975 to .977 (the held-back fold .939 -> .949), and on nine annotated sets it was
never trained on (720 articles) it raised officials F1 in seven and lowered it in none, at 2-5% of the
extraction rate. (From 2026.12.6 to 2026.12.154 it was off: no gain was measured then.)
``KWD_OFFICIALS_MODEL=on`` (the default) uses the shipped model, ``=PATH`` another one (the
cross-validation script points each fold at a model trained without it), ``=off`` none. The model is loaded
once per process (each worker loads its own).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import LexiconError
from kewaspadaan_cli.extract.names import bare, dictionary, is_affix, is_common_word, is_title_material
from kewaspadaan_cli.extract.official_words import Words, words
from kewaspadaan_cli.extract.titles import TOKEN, Token

__all__ = [
    "ENV",
    "LABELS",
    "Span",
    "default_model_path",
    "cue_windows",
    "model_path",
    "propose",
    "sentence_features",
    "tagger",
    "tag_tokens",
    "word_features",
]

ENV = "KWD_OFFICIALS_MODEL"
ENABLED_BY_DEFAULT = True  # a gain measured by cross-validation and on unseen sets since 2026.12.155 (docstring)
ON = {"on", "shipped", "default", "1", "true", "yes"}
OFF = {"off", "none", "0", "false", "no", ""}
LABELS = ("B-TITLE", "I-TITLE", "B-NAME", "I-NAME", "O")
_SHAPES = ((re.compile(r"^[A-Z][a-z'’-]+$"), "Xx"), (re.compile(r"^[A-Z]+$"), "X"), (re.compile(r"^[a-z'’-]+$"), "x"))


@cache
def default_model_path() -> Path:
    return Path(__file__).resolve().parents[1] / "models" / "officials_tagger.crfsuite"


def model_path(env: Mapping[str, str] | None = None) -> Path | None:
    """The model to use, or None when the tagger is off."""
    raw = (os.environ if env is None else env).get(ENV)
    if raw is None:
        return default_model_path() if ENABLED_BY_DEFAULT else None
    if raw.strip().lower() in OFF:
        return None
    if raw.strip().lower() in ON:
        return default_model_path()
    return Path(raw).expanduser()


def default_setting() -> Path | None:
    """The model used when ``KWD_OFFICIALS_MODEL`` is not set."""
    return default_model_path() if ENABLED_BY_DEFAULT else None


def _shape(tok: str) -> str:
    core = tok.strip("(),.")
    if not core:
        return "P"
    for pat, name in _SHAPES:
        if pat.match(core):
            return name
    if core[:1].isdigit():
        return "D"
    if "." in core:
        return "X.x" if core[:1].isupper() else "x.x"
    return "Xx?" if core[:1].isupper() else "other"


@cache
def _places() -> frozenset[str]:
    from kewaspadaan_cli.extract.regions import gazetteer

    return frozenset(f for f in gazetteer().forms if " " not in f)


def _flags(tok: str, w: Words) -> list[str]:
    low = bare(tok).rstrip(".")
    out = []
    if not low or not low[0].isalnum():
        return ["punct"]
    if low in dictionary():
        out.append("dict")
    elif is_common_word(low):
        out.append("derived")
    if low in w.heads:
        out.append("head")
    if is_title_material(tok.rstrip(",."), w):
        out.append("tmat")
    if is_affix(tok, w):
        out.append("rank" if low in w.ranks else "affix")
    if low in _places():
        out.append("place")
    if low in w.of("name_word"):
        out.append("given")
    if low in w.of("stop_name") or low in w.of("connective") or low in w.of("headline_verb"):
        out.append("stop")
    return out


@lru_cache(maxsize=65536)
def _word(tok: str, digest: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word's own features, and the shorter set its neighbours see (cached per distinct token)."""
    w = words()
    low = tok.strip("()").rstrip(",.").lower() or tok
    shape = _shape(tok)
    flags = _flags(tok, w)
    own = [f"w={low}", f"sh={shape}", f"p3={low[:3]}", f"s3={low[-3:]}", f"s2={low[-2:]}", f"len={min(len(low), 8)}"]
    if tok.endswith(","):
        own.append("comma")
    if tok.endswith(".") and len(tok) > 2:
        own.append("dot")
    own += [f"f={f}" for f in flags]
    near = [f"w={low}", f"sh={shape}"] + [f"f={f}" for f in flags]
    return tuple(own), tuple(near)


_NOT_NAME_FLAGS = frozenset(f"f={f}" for f in ("dict", "derived", "head", "tmat", "affix", "rank", "place", "stop"))


@lru_cache(maxsize=65536)
def _may_name(tok: str, digest: str) -> bool:
    """A capitalised word that is no plain word, title word, rank, degree or place (the rules' test)."""
    return tok[:1].isupper() and not any(f in _NOT_NAME_FLAGS for f in _word(tok, digest)[1])


def word_features(tok: str) -> tuple[str, ...]:
    """The features of one token by itself."""
    return _word(tok, words().digest)[0]


@lru_cache(maxsize=65536)
def _prefixed(tok: str, off: int, digest: str) -> tuple[str, ...]:
    near = _word(tok, digest)[1]
    return tuple(f"{off:+d}:{f}" for f in near)


def sentence_features(toks: list[str]) -> list[list[str]]:
    """The feature lists of a sentence's tokens: each token's own and its neighbours' (±2)."""
    digest = words().digest
    n = len(toks)
    out = []
    for i, tok in enumerate(toks):
        feats = ["bias", *_word(tok, digest)[0]]
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats += _prefixed(toks[j], off, digest)
        out.append(feats)
    return out


def sentence_tokens(text: str, start: int, end: int) -> list[Token]:
    return [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text, start, end)]


@dataclass(frozen=True)
class Span:
    kind: str  # "NAME" or "TITLE"
    first: int  # token indices, inclusive
    last: int
    prob: float  # the lowest marginal probability of its labels


def spans_of(labels: list[str], probs: list[float] | None = None) -> list[Span]:
    """Labelled runs from BIO labels (an I- without its B- opens a run)."""
    out: list[Span] = []
    cur: list[Any] | None = None
    for i, lab in enumerate(labels):
        p = probs[i] if probs else 1.0
        kind = lab[2:] if lab != "O" else None
        if cur is not None and (kind != cur[0] or lab.startswith("B-")):
            out.append(Span(cur[0], cur[1], i - 1, cur[2]))
            cur = None
        if kind is None:
            continue
        if cur is None:
            cur = [kind, i, p]
        else:
            cur[2] = min(cur[2], p)
    if cur is not None:
        out.append(Span(cur[0], cur[1], len(labels) - 1, cur[2]))
    return out


class _Loaded:
    def __init__(self, path: Path) -> None:
        import pycrfsuite

        if not path.is_file():
            raise LexiconError(f"officials tagger model {path} does not exist (set {ENV} to a model or to 'off')")
        t = pycrfsuite.Tagger()
        try:
            t.open(str(path))
            labels = set(t.labels())
        except Exception as exc:  # crfsuite raises ValueError/IOError on a file that is no model
            raise LexiconError(
                f"cannot load the officials tagger model {path}: {exc} (write one with "
                f"scripts/train_officials_tagger.py, or set {ENV}=off)"
            ) from exc
        if not labels <= set(LABELS) or "O" not in labels:
            raise LexiconError(f"{path} is no officials tagger model (its labels are {sorted(labels)})")
        self.path = path
        self.tagger = t
        self.digest = hashlib.sha256(path.read_bytes()).hexdigest()


def model_digest() -> str:
    """The digest of the model extraction reads ("off" without one): part of what says whether an
    article's labels are current (``pipeline.current_digest``)."""
    loaded = tagger()
    return loaded.digest if loaded is not None else "off"


_state: dict[str, _Loaded | None] = {}


def tagger() -> _Loaded | None:
    """The process's tagger (loaded on first use, again if ``KWD_OFFICIALS_MODEL`` changed), or None."""
    path = model_path()
    key = str(path)
    if key not in _state:
        _state.clear()
        _state[key] = _Loaded(path) if path is not None else None
    return _state[key]


def tag_tokens(toks: list[str], loaded: _Loaded | None = None) -> tuple[list[str], list[float]]:
    """Labels of a sentence's tokens and the marginal probability of each."""
    loaded = loaded or tagger()
    if loaded is None or not toks:
        return ["O"] * len(toks), [1.0] * len(toks)
    t = loaded.tagger
    labels = t.tag(sentence_features(toks))
    probs = [t.marginal(lab, i) for i, lab in enumerate(labels)]
    return labels, probs


BEFORE_HEAD, AFTER_HEAD = 8, 16  # the window of tokens read around a title's head


def cue_windows(
    text: str, skip: list[tuple[int, int]] | None = None, heads: list[int] | None = None
) -> list[list[Token]]:
    """The token windows the tagger reads: around each title's head (from ``BEFORE_HEAD`` tokens before
    it to ``AFTER_HEAD`` after, within its sentence, overlapping windows joined); heads inside a
    ``skip`` span (a title the rules already gave a holder) open none. ``heads`` are where the heads
    start when the caller knows (the rules found them already). Training reads the same windows."""
    from kewaspadaan_cli.nlp import sentence_spans

    if heads is None:
        heads = [m.start() for m in words().head_re.finditer(text)]
    out: list[list[Token]] = []
    if skip:
        heads = [h for h in heads if not any(a <= h < b for a, b in skip)]
    if not heads:
        return out
    for s, e in sentence_spans(text):
        mine = [h for h in heads if s <= h < e]
        if not mine:
            continue
        toks = sentence_tokens(text, s, e)
        starts = {t[0]: k for k, t in enumerate(toks)}
        cur: list[int] | None = None
        for h in mine:
            k = starts.get(h)
            if k is None:
                continue
            a, b = max(0, k - BEFORE_HEAD), min(len(toks), k + AFTER_HEAD)
            if cur is not None and a <= cur[1]:
                cur[1] = b
                continue
            if cur is not None:
                out.append(toks[cur[0] : cur[1]])
            cur = [a, b]
        if cur is not None:
            out.append(toks[cur[0] : cur[1]])
    return out


MIN_PROB = 0.8  # the least marginal probability of a proposed name's labels (chosen on folds 0-3)
_BETWEEN_AFTER_TITLE = {",", ":", "bernama", "yakni", "yaitu"}
_BETWEEN_BEFORE_TITLE = {",", "(", "selaku", "sebagai", "yang", "juga", "adalah", "merupakan"}


@dataclass(frozen=True)
class Proposal:
    name_start: int
    name_end: int
    title_start: int
    title_end: int


def _trim(toks: list[Token], a: int, b: int, w: Words) -> tuple[int, int] | None:
    """A name span's tokens without the ranks and degrees at its ends (offsets exact)."""
    while a <= b and (is_affix(toks[a][2], w) or not toks[a][2][:1].isalpha()):
        a += 1
    while b >= a and (is_affix(toks[b][2], w) or not toks[b][2][:1].isalpha()):
        b -= 1
    if a > b:
        return None
    return a, b


def _gap_ok(toks: list[Token], a: int, b: int, allowed: set[str], w: Words) -> bool:
    """The tokens strictly between ``a`` and ``b`` are only punctuation, link words, ranks or degrees."""
    if b - a - 1 > 5:
        return False
    return all(toks[x][2].lower() in allowed or is_affix(toks[x][2], w) for x in range(a + 1, b))


def propose(text: str, claimed: list[tuple[int, int]], heads: list[int] | None = None) -> list[Proposal]:
    """Names with their titles that the tagger reads in sentences holding a title the rules left
    without a holder (a head outside every ``claimed`` span)."""
    loaded = tagger()
    if loaded is None:
        return []
    w = words()
    out: list[Proposal] = []
    crf = loaded.tagger
    digest = w.digest
    for toks in cue_windows(text, claimed, heads):
        if not any(_may_name(t[2], digest) for t in toks):
            continue  # no word that could only be a name: nothing to propose (most nameless titles)
        labels = crf.tag(sentence_features([t[2] for t in toks]))
        if "B-NAME" not in labels and "I-NAME" not in labels:
            continue
        spans = spans_of(labels)
        titles = [sp for sp in spans if sp.kind == "TITLE"]
        for sp in spans:
            if sp.kind != "NAME" or min(crf.marginal(labels[x], x) for x in range(sp.first, sp.last + 1)) < MIN_PROB:
                continue
            cut = _trim(toks, sp.first, sp.last, w)
            if cut is None:
                continue
            a, b = cut
            ns, ne = toks[a][0], toks[b][0] + len(toks[b][2].rstrip(",."))
            if any(x < ne and ns < y for x, y in claimed):
                continue
            before = [
                t for t in titles if t.last < sp.first and _gap_ok(toks, t.last, sp.first, _BETWEEN_AFTER_TITLE, w)
            ]
            after = [
                t for t in titles if t.first > sp.last and _gap_ok(toks, sp.last, t.first, _BETWEEN_BEFORE_TITLE, w)
            ]
            title = before[-1] if before else after[0] if after else None
            if title is None:
                continue
            ts = toks[title.first][0]
            te = toks[title.last][0] + len(toks[title.last][2].rstrip(",."))
            if text[ts:te].count(")") > text[ts:te].count("("):
                te -= 1  # "(Kapolres Garut)": the bracket the title stands in is not the title's
            out.append(Proposal(ns, ne, ts, te))
    return out
