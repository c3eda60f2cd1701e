"""The spaCy pipeline (blank Indonesian with abbreviation-aware sentences) and the cached stemmer.

``spacy.blank("id")`` costs about 3 s to build (16,000 tokenizer exceptions), so it is built once
per process. Its tokenizer cache never evicts; the pipeline is rebuilt after ``RESET_EVERY``
documents so that memory stays flat over a long run. Sastrawi stems are cached and corrected by
``lexicons/stem_exceptions.tsv``; capitalised words (names, places) are never stemmed.
"""

from __future__ import annotations

import bisect
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
RESET_EVERY = 20_000  # documents between rebuilds: the vocabulary (every new word) stays bounded
_state: dict[str, Any] = {"nlp": None, "docs": 0}


def _build() -> Any:
    """spaCy's blank Indonesian language, its tokenizer exceptions kept, bar the whitespace ones.

    spaCy stops caching a document's words after the first special case it meets (spaCy #1250), and
    its whitespace specials (" ", "\\n", "\\xa0") are met at the first line break. Without them the tokens
    are the same and tokenizing is about ten times faster (tests/test_nlp.py; ``make bench``).
    """
    from spacy.lang.id import Indonesian

    class _Defaults(Indonesian.Defaults):  # type: ignore[misc,name-defined]
        tokenizer_exceptions = {k: v for k, v in Indonesian.Defaults.tokenizer_exceptions.items() if k.strip()}

    class _Indonesian(Indonesian):  # type: ignore[misc,valid-type]
        Defaults = _Defaults

    nlp = _Indonesian()
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    return nlp


def get_nlp() -> Any:
    """The process's pipeline, rebuilt every ``RESET_EVERY`` documents so memory stays flat.

    The tokenizer caches the first ``max_cache_size`` (10,000) distinct words it meets and never
    evicts one, so nothing but articles goes through it: the cache holds their commonest words.
    Flushing the cache now and then was measured and is worse: spaCy's hash table keeps the deleted
    slots, and after a few flushes tokenizing ran three times slower. A rebuild starts afresh.
    """
    if _state["nlp"] is None or _state["docs"] >= RESET_EVERY:
        _state["nlp"] = _build()
        _state["docs"] = 0
    return _state["nlp"]


MAX_SENTENCE_TOKENS = 400  # a longer run without a full stop is cut into sentences of this many tokens
MAX_JOINED_CHARS = 4000  # a sentence joined across an abbreviation stays under this
_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])|\n+")
_ABBR_END = re.compile(r"(?:\b(?:" + "|".join(re.escape(a[:-1]) for a in ABBREVIATIONS) + r")|\b[A-Z])\.$")


class Sentences:
    """An article's sentences, looked up by position: the one a position falls in (or the last to
    start before it)."""

    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text) or [(0, len(text))]
        self._starts = [s for s, _ in self.spans]

    def of(self, pos: int) -> tuple[int, int]:
        return self.spans[max(0, bisect.bisect_right(self._starts, pos) - 1)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a line break always ends one; "Kab." or "H." never does.

    Each extractor asks for the same article's sentences: the last few answers are kept, so an
    article is tokenized once.
    """
    return list(_sentence_spans(text))


@cache
def _punct_hashes() -> frozenset[int]:
    from spacy.pipeline.sentencizer import Sentencizer
    from spacy.strings import hash_string

    return frozenset(hash_string(c) for c in Sentencizer.default_punct_chars)


def _line_sentences(doc: Any, line: str, offset: int, ends: frozenset[int]) -> list[tuple[int, int]]:
    """spaCy's sentencizer rule over the tokens' arrays: a sentence ends after a run of punctuation
    holding a full stop, "?" or "!" (the sentencizer component does the same per Token object, at
    several times the cost). A run of ``MAX_SENTENCE_TOKENS`` tokens without one is cut there, so
    no extractor's work per sentence grows with an article that has no full stops."""
    from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

    out: list[tuple[int, int]] = []
    start, seen, last_end, n = 0, False, 0, 0
    for orth, is_punct, idx, length in doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH]).tolist():
        n += 1
        if (seen and not is_punct and orth not in ends) or (n > MAX_SENTENCE_TOKENS and not seen):
            out.append((offset + start, offset + last_end))
            start, seen, n = idx, False, 1
        if orth in ends:
            seen = True
        if not line[idx : idx + length].isspace():
            last_end = idx + length
    out.append((offset + start, offset + last_end))
    return out


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # one tokenizer call per line: spaCy stops caching words after a line's first abbreviation
    # ("Kab.", "H."), so shorter calls keep more of the cache's help; a line break ends a sentence anyway
    nlp = get_nlp()
    _state["docs"] += 1
    ends = _punct_hashes()
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    spans: list[tuple[int, int]] = []
    for (offset, line), doc in zip(lines, nlp.tokenizer.pipe(line for _, line in lines), strict=True):
        first = len(spans)
        for start, end in _line_sentences(doc, line, offset, ends):
            if not text[start:end].strip():
                continue
            if (
                len(spans) > first
                and end - spans[-1][0] <= MAX_JOINED_CHARS
                and _ABBR_END.search(text[spans[-1][0] : spans[-1][1]].rstrip())
            ):
                spans[-1] = (spans[-1][0], end)  # the rule broke after an abbreviation: join
                continue
            spans.append((start, end))
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


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Sastrawi stem of a word; names (capitalised words, places) and words with digits stay as they are."""
    if len(word) < 4 or word[0].isupper() or any(c.isdigit() for c in word):
        return word.lower()
    lower = word.lower()
    if lower in _place_names():
        return lower
    return _stem_lower(lower)
