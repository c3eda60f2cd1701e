"""Phrase matching over a vocabulary lexicon: one Aho-Corasick automaton per file, built once.

Terms match on word boundaries, case-insensitively, except acronyms (a term written in capitals,
such as "KPU" or "MK"), which must be written in capitals. Longest match wins across the whole
vocabulary. Single-word stems (``"stems"``) match affixed forms through the Sastrawi stemmer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kewaspadaan_cli.extract.base import longest_first
from kewaspadaan_cli.lexicons import read_rows

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
GLUED_PREFIXES = ("pasca", "pra", "jelang")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    id: str
    term: str
    via: str  # "term" or "stem"


def _is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(term) <= 8


class Matcher:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        import ahocorasick

        self.rows = {r["id"]: r for r in rows}
        keys: dict[str, list[tuple[str, str, bool]]] = {}
        for r in rows:
            for t in r.get("terms", []):
                keys.setdefault(t.lower(), []).append((r["id"], t, _is_acronym(t)))
        # acronyms only match as written, so they are searched in the text itself: "PAN" is not
        # found inside every "depan" and "harapan" of the lower-cased text, only to be thrown away
        self.autos: list[tuple[Any, bool]] = []
        folded, exact = ahocorasick.Automaton(), ahocorasick.Automaton()
        for k, v in keys.items():
            if all(acronym for _, _, acronym in v):
                for term in {t for _, t, _ in v}:
                    exact.add_word(term, (term, [o for o in v if o[1] == term]))
            else:
                folded.add_word(k, (k, v))
        for auto, lowered in ((folded, True), (exact, False)):
            if len(auto):
                auto.make_automaton()
                self.autos.append((auto, lowered))
        pats = [(pat, r["id"]) for r in rows for pat in r.get("patterns", [])]
        self.pattern_ids = [ident for _, ident in pats]
        self.pattern_texts = [pat for pat, _ in pats]
        # one scan for all of a file's patterns, each a named group (re tries them in order at a place)
        self.pattern = (
            re.compile("|".join(f"(?P<p{i}>{pat})" for i, (pat, _) in enumerate(pats)), re.IGNORECASE) if pats else None
        )
        self.stems: dict[str, str] = {}
        for r in rows:
            for s in r.get("stems", []):
                self.stems.setdefault(s, r["id"])

    def find(self, text: str, lower: str | None = None, glued: bool = False) -> list[Hit]:
        lower = lower if lower is not None else text.lower()
        found: list[Hit] = []
        for auto, lowered in self.autos:
            for end_idx, (key, owners) in auto.iter(lower if lowered else text):
                start, end = end_idx - len(key) + 1, end_idx + 1
                if end < len(text) and (text[end].isalnum()):
                    continue
                if start > 0 and text[start - 1].isalnum():
                    if not (glued and lower.endswith(GLUED_PREFIXES, 0, start)):
                        continue
                surface = text[start:end]
                for ident, term, acronym in owners:
                    if acronym and surface != term:
                        continue
                    found.append(Hit(start, end, ident, term, "term"))
                    break
        if self.pattern is not None:
            for m in self.pattern.finditer(text):
                i = int(m.lastgroup[1:])  # type: ignore[index]
                found.append(Hit(m.start(), m.end(), self.pattern_ids[i], self.pattern_texts[i], "pattern"))
        out: list[Hit] = longest_first(found)
        if self.stems:
            taken = [(h.start, h.end) for h in out]  # non-overlapping, in order
            k = 0
            spans = sorted(
                (m.start(), m.end(), st)
                for word, st in word_stems(text).items()
                if st in self.stems
                for m in re.finditer(rf"(?<![A-Za-z'-]){re.escape(word)}(?![A-Za-z'-])", text)
            )
            for start, end, s in spans:
                while k < len(taken) and taken[k][1] <= start:
                    k += 1
                if k < len(taken) and taken[k][0] <= start:
                    continue  # inside a phrase already matched
                out.append(Hit(start, end, self.stems[s], s, "stem"))
            out.sort(key=lambda h: h.start)
        return out


@lru_cache(maxsize=4)
def word_stems(text: str) -> dict[str, str]:
    """The stem of every distinct word of the text, computed once per article for all the vocabularies
    (a vocabulary then looks for the places of the few words whose stems it knows)."""
    from kewaspadaan_cli.nlp import stem

    return {w: stem(w) for w in set(WORD.findall(text))}


_MATCHERS: dict[tuple[str, str], Matcher] = {}


def matcher(file: str) -> Matcher:
    """The matcher of one vocabulary file, rebuilt when the lexicons change."""
    from kewaspadaan_cli.lexicons import load

    key = (file, load().digest)
    if key not in _MATCHERS:
        _MATCHERS[key] = Matcher([r for r in read_rows(file) if "id" in r])
    return _MATCHERS[key]
