"""Regular expressions built from word lists."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import Any


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


MAX_END = 6  # characters of a pattern's literal ending read


class EndAnchored:
    """A compiled pattern whose matches end the text searched, bar trailing whitespace (``...\\s*$``),
    such as the cue words looked for in the text before a name ("Bupati", "Kab.").

    ``search`` refuses at once a text that ends with none of the pattern's literal endings, read from
    the pattern itself, instead of trying the pattern at every place of the text; otherwise it is the
    compiled pattern's ``search``, and every other attribute is the compiled pattern's.
    """

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.ends = literal_ends(compiled)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        ends = self.ends
        if ends is not None:
            window = string if pos == 0 and endpos >= len(string) else string[pos:endpos]
            tail = window.rstrip()[-MAX_END - 1 :]
            if tail.isascii() and not tail.lower().endswith(ends):
                return None
        return self.compiled.search(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def literal_ends(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-cased literal text any match of a pattern ending in ``\\s*$`` ends with before that
    whitespace ("bupati", "kab", "kab." ...), or None when a match may end otherwise. A match ends
    where the text does, trailing whitespace aside, so a text ending with none of them has no match
    (case aside: they are compared with the text lower-cased, only where it is ASCII)."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        items = list(_parser.parse(pattern.pattern, pattern.flags).data)
        space = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]
        if len(items) < 3 or items[-1] != (sre.AT, sre.AT_END) or items[-2][0] is not sre.MAX_REPEAT:
            return None
        if items[-2][1][0] != 0 or list(items[-2][1][2].data) != space:  # the trailing ``\\s*``
            return None

        def ends(items: list[Any], suffix: str) -> set[str]:
            if len(suffix) >= MAX_END or not items:
                return {suffix}
            op, av = items[-1]
            rest = items[:-1]
            if op is sre.LITERAL:
                return ends(rest, chr(av).lower() + suffix)
            if op is sre.SUBPATTERN:
                return ends(rest + list(av[-1].data), suffix)
            if op is sre.BRANCH:
                return set().union(*(ends(rest + list(b.data), suffix) for b in av[1]))
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:
                return ends(rest, suffix) | ends(rest + list(av[2].data), suffix)
            return {suffix}  # a class, a repeat, anything else: the literal ending starts after it

        found = ends(items[:-2], "")
    except Exception:  # a construct this reading does not know: always try the pattern
        return None
    if not found or any(not f or not f.isascii() or f[0].isspace() for f in found):
        return None
    return tuple(sorted(found))
