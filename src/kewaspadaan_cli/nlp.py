"""The spaCy pipeline (blank Indonesian with abbreviation-aware sentences) and the cached stemmer.

``spacy.blank("id")`` costs about 3 s to build (16,000 tokenizer exceptions), so it is built once
per process. Its tokenizer cache never evicts; the pipeline is rebuilt after ``RESET_EVERY``
documents so that memory stays flat over a long run. Sastrawi stems are cached and corrected by
``lexicons/stem_exceptions.tsv``; capitalised words (names, places) are never stemmed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

ABBREVIATIONS = [
    "Kab.",
    "Kec.",
    "Kel.",
    "Jl.",
    "Jln.",
    "H.",
    "Hj.",
    "Dr.",
    "dr.",
    "Drs.",
    "Dra.",
    "Ir.",
    "Prof.",
    "S.H.",
    "M.H.",
    "S.I.K.",
    "S.Sos.",
    "M.Si.",
    "S.E.",
    "M.M.",
    "S.Pd.",
    "M.Pd.",
    "S.T.",
    "S.IP.",
    "No.",
    "Prov.",
    "dst.",
    "dll.",
    "dsb.",
    "Tgk.",
    "Bpk.",
    "Sdr.",
    "Pol.",
    "Inf.",
    "Kav.",
    "Arh.",
    "Hal.",
    "Yth.",
    "a.n.",
    "u.p.",
    "Plt.",
    "Pj.",
    "Pjs.",
    "Plh.",
    "St.",
    "Gg.",
    "Ds.",
    "RT.",
    "RW.",
    "Kp.",
    "drh.",
    "K.H.",
]
RESET_EVERY = 20_000
_state: dict[str, Any] = {"nlp": None, "docs": 0}


def _build() -> Any:
    import spacy

    nlp = spacy.blank("id")
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    nlp.add_pipe("sentencizer")
    return nlp


def get_nlp() -> Any:
    """The process's pipeline, rebuilt now and then so the tokenizer cache stays bounded."""
    if _state["nlp"] is None or _state["docs"] >= RESET_EVERY:
        _state["nlp"] = _build()
        _state["docs"] = 0
    return _state["nlp"]


_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])|\n+")
_ABBR_END = re.compile(r"(?:\b(?:" + "|".join(re.escape(a[:-1]) for a in ABBREVIATIONS) + r")|\b[A-Z])\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a line break always ends one; "Kab." or "H." never does.

    Each extractor asks for the same article's sentences: the last few answers are kept, so an
    article is tokenized once.
    """
    return list(_sentence_spans(text))


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    nlp = get_nlp()
    _state["docs"] += 1
    doc = nlp(text)
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if spans and _ABBR_END.search(text[spans[-1][0] : spans[-1][1]].rstrip()):
            spans[-1] = (spans[-1][0], end)  # the sentencizer broke after an abbreviation: join
            continue
        # a line break inside a sentence (headlines, datelines) ends it
        cut = start
        for m in re.finditer(r"\n+", text[start:end]):
            if text[cut : start + m.start()].strip():
                spans.append((cut, start + m.start()))
            cut = start + m.end()
        if text[cut:end].strip():
            spans.append((cut, end))
    return tuple(spans)


@cache
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def _exceptions() -> dict[str, str]:
    from kewaspadaan_cli.lexicons import read_rows

    return {r["word"].lower(): r["stem"] for r in read_rows("stem_exceptions.tsv")}


@lru_cache(maxsize=200_000)
def _stem_lower(word: str) -> str:
    exc = _exceptions().get(word)
    if exc is not None:
        return exc
    return str(_stemmer().stem(word))


@cache
def _place_names() -> frozenset[str]:
    """Region names, written lower-case or not, are never stemmed (bekasi is not "bekas")."""
    from kewaspadaan_cli.lexicons import read_rows

    return frozenset(r["bare"].lower() for r in read_rows("regions.tsv") if " " not in r["bare"])


def stem(word: str) -> str:
    """The Sastrawi stem of a word; names (capitalised words, places) and words with digits stay as they are."""
    if not word or word[0].isupper() or any(c.isdigit() for c in word) or len(word) < 4:
        return word.lower()
    lower = word.lower()
    if lower in _place_names():
        return lower
    return _stem_lower(lower)
