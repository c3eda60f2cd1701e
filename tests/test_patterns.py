from __future__ import annotations

import random
import re

from kewaspadaan_cli.patterns import trie_pattern


def test_trie_pattern_matches_as_the_flat_alternation_does() -> None:
    words = ["kapolres", "kapolresta", "kasat", "kasatpol pp", "kasatreskrim", "ka", "wakil ketua", "wakil", "pj"]
    flat = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    trie = re.compile(r"(?<!\w)(?:" + trie_pattern(words) + r")(?!\w)", re.IGNORECASE)
    rng = random.Random(3)
    pieces = [*words, "KAPOLRES", "Kasatpol  PP", "x", " ", ",", "kasatpolpp", "wakil\nketua"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(8))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text
