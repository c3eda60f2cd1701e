"""What every extractor returns: spans of the article text with their evidence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar


@dataclass(frozen=True)
class Mention:
    """A span ``text[start:end] == surface`` with its normalised value.

    ``kind`` is one of region, official, title, institution, election, phase, stage, conflict,
    meeting, date, venue, quote, ...; ``canonical`` a Kemendagri code or a vocab.json id.
    """

    kind: str
    start: int
    end: int
    surface: str
    canonical: str | None = None
    modality: str | None = None  # conflicts: "risk" or "fact"
    detail: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def at(cls, text: str, kind: str, start: int, end: int, canonical: str | None = None, **kw: Any) -> Mention:
        return cls(kind, start, end, text[start:end], canonical, **kw)


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def longest_first(spans: Iterable[S]) -> list[S]:
    """Non-overlapping spans, the longest winning where two start together, earlier ones first."""
    chosen: list[S] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start >= last_end:
            chosen.append(span)
            last_end = span.end
    return chosen


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression alternation for many phrases, factored by common prefix.

    Python's ``re`` tries a flat alternation's branches one by one at every position; factored, it
    rejects most positions at the first character. Spaces in the phrases match any whitespace.
    Longer phrases are tried first, as a flat alternation sorted by length would.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + ("?" if ends else "")

    return build(trie)
