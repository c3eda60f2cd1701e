from __future__ import annotations

import random
import re

import pytest

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


def test_end_anchored_reads_the_literal_endings_of_its_pattern() -> None:

    from kewaspadaan_cli.patterns import EndAnchored, literal_ends

    cue = EndAnchored(re.compile(r"(?:\b(?:wali\s*kota|kab\.?|plt\.?\s+bupati)\s*)$", re.IGNORECASE))
    assert cue.ends == ("bupati", "kab", "kab.", "kota", "likota")
    assert literal_ends(re.compile(r"\b[A-Z]\w+\s*$")) is None  # a match may end with any letter
    assert literal_ends(re.compile(r"bupati$")) is None  # no trailing \s*: not read


@pytest.mark.parametrize(
    "text",
    [
        "dipimpin Wali Kota ",
        "dipimpin Walikota\n",
        "dipimpin Plt. Bupati  ",
        "di Kab.",
        "kab",
        "xkab ",
        "sekab.\t",
        "\u212aab ",
        "Kota Bupati Walikota pada ",
        "",
        "   ",
    ],
)
def test_end_anchored_answers_as_its_pattern(text: str) -> None:

    from kewaspadaan_cli.patterns import EndAnchored

    compiled = re.compile(r"(?:\b(?:wali\s*kota|kab\.?|plt\.?\s+bupati)\s*)$", re.IGNORECASE)
    cue = EndAnchored(compiled)
    assert bool(cue.search(text)) == bool(compiled.search(text))
    for pos, endpos in ((1, len(text)), (0, max(0, len(text) - 1))):
        assert bool(cue.search(text, pos, endpos)) == bool(compiled.search(text, pos, endpos))
    assert cue.pattern == compiled.pattern
