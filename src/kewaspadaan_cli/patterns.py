"""Regular expressions built from word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
