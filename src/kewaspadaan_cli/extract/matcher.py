"""Phrase matching over a vocabulary lexicon: one Aho-Corasick automaton per file, built once.

Terms match on word boundaries, case-insensitively, except acronyms (a term written in capitals,
such as "KPU" or "MK"), which must be written in capitals. Longest match wins across the whole
vocabulary. Single-word stems (``"stems"``) match affixed forms through the Sastrawi stemmer.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kewaspadaan_cli.extract.base import longest_first
from kewaspadaan_cli.lexicons import load, read_rows

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
GLUED_PREFIXES = ("pasca", "pra", "jelang")
# roots whose affixed forms are function words or say nothing of the act ("sebagai", "bersama", "adanya",
# "melakukan", "dilaksanakan"): a phrase is not varied on them
_STOP_ROOTS = frozenset({"bagai", "sama", "ada", "laku", "laksana", "oleh", "jadi", "buat", "beri", "dapat", "kata"})


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


# the short forms of the administrative words inside terms: a lexicon writes "Pemerintah Kabupaten"
# once, and the news also writes "Pemerintah Kab." and "perbatasan wilayah Prov."
ADMIN_SHORT = {
    "kabupaten": ("Kab.", "Kab"),
    "provinsi": ("Prov.", "Prov", "Propinsi"),
    "kecamatan": ("Kec.",),
    "kelurahan": ("Kel.",),
}
_ADMIN_WORD = re.compile(r"\b(" + "|".join(ADMIN_SHORT) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def admin_variants(term: str) -> tuple[str, ...]:
    """The term, and the term with each administrative word in its short forms (the first only; a
    term that is the administrative word alone keeps no short form: "Kab" is no phrase)."""
    m = _ADMIN_WORD.search(term)
    if m is None or m.group(0) == term.strip():
        return (term,)
    return (term, *(term[: m.start()] + short + term[m.end() :] for short in ADMIN_SHORT[m.group(1).lower()]))


def affix_variants(term: str) -> tuple[str, ...]:
    """A phrase of two to four plain words with the affixed word that names its act written with the
    other affixes of the same act ("penggelembungan suara" -> "menggelembungkan suara",
    "digelembungkan suara"; "melanggar kode etik" -> "pelanggaran kode etik"). The bare root is no
    variant ("berlangsung di" is not "langsung di"), nor is a single word (a phrase's other words keep
    the sense: "pemilihan" alone would also be "dipilih")."""
    from kewaspadaan_cli.nlp import affixed_forms, stem

    words = term.split()
    if not 2 <= len(words) <= 4 or not all(WORD.fullmatch(w) and w.islower() for w in words):
        return ()
    out: list[str] = []
    for i, w in enumerate(words):
        root = stem(w)
        if root == w or root in _STOP_ROOTS:
            continue
        out += [" ".join([*words[:i], form, *words[i + 1 :]]) for form in sorted(affixed_forms(root)) if form != w]
    return tuple(out)


class Matcher:
    def __init__(self, rows: list[dict[str, Any]], vary: bool = True) -> None:
        self.rows = {r["id"]: r for r in rows}
        keys: dict[str, list[tuple[str, str, bool]]] = {}
        for r in rows:
            for term in r.get("terms", []):
                for t in admin_variants(term):
                    keys.setdefault(t.lower(), []).append((r["id"], t, _is_acronym(t)))
        for r in rows if vary else ():  # then the phrases with their act affixed otherwise, where no term is so
            for term in r.get("terms", []):
                for t in affix_variants(term):
                    if t not in keys:
                        keys[t] = [(r["id"], term, False)]
        # the words of two automata: the lower-cased terms, then the acronyms, which only match as written
        # and so are searched in the text itself ("PAN" is not found inside every "depan" and "harapan"
        # of the lower-cased text, only to be thrown away)
        self.words: tuple[dict[str, Owners], dict[str, Owners]] = ({}, {})
        for k, v in keys.items():
            if all(acronym for _, _, acronym in v):
                for term in {t for _, t, _ in v}:
                    self.words[1][term] = (term, [o for o in v if o[1] == term])
            else:
                self.words[0][k] = (k, v)
        self.autos: list[tuple[Any, bool]] = _automata(self.words)
        self.file: str | None = None  # set when the file is one of VOCABULARIES: its terms come from the shared scan
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
        self.stem_set = frozenset(self.stems)

    def find(self, text: str, lower: str | None = None, glued: bool = False) -> list[Hit]:
        lower = lower if lower is not None else text.lower()
        found: list[Hit] = []
        file = self.file
        if file is not None and (shared := _shared(load().digest)).matchers.get(file) is self:
            places = shared.scan(text, lower)[file]
        else:  # a vocabulary outside the shared scan, or one read before the lexicons changed
            places = self.term_places(text, lower)
        for end_idx, (key, owners) in places:
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
            for m in self._pattern_matches(text, lower):
                i = int(m.lastgroup[1:])  # type: ignore[index]
                found.append(Hit(m.start(), m.end(), self.pattern_ids[i], self.pattern_texts[i], "pattern"))
        out: list[Hit] = longest_first(found)
        if self.stems:
            taken = [(h.start, h.end) for h in out]  # non-overlapping, in order
            k = 0
            by_stem = words_by_stem(text)
            spans = sorted(
                (start, end, st)
                for st in self.stem_set.intersection(by_stem)
                for word in by_stem[st]
                for start, end in _word_spans(text, word)
            )
            for start, end, s in spans:
                while k < len(taken) and taken[k][1] <= start:
                    k += 1
                if k < len(taken) and taken[k][0] <= start:
                    continue  # inside a phrase already matched
                out.append(Hit(start, end, self.stems[s], s, "stem"))
            out.sort(key=lambda h: h.start)
        return out

    def term_places(self, text: str, lower: str) -> list[tuple[int, Owners]]:
        """Where the vocabulary's terms occur, unchecked: (end index, (key, owners)), the lower-cased
        terms first, then the acronyms as written."""
        return [place for auto, lowered in self.autos for place in auto.iter(lower if lowered else text)]

    def _pattern_matches(self, text: str, lower: str) -> Iterator[re.Match[str]]:
        assert self.pattern is not None
        return finditer(self.pattern, text, lower)


def finditer(pattern: re.Pattern[str], text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where one of its literal starts occurs.

    A match begins with one of them (written in any case), so the places between are skipped
    without trying every branch of the pattern at each word. Where lower-casing is not one character
    for one (a dotted capital I) or a letter folds onto another (dotless i, long s), every place is
    tried. ``lower`` is ``text.lower()`` when the caller has it.
    """
    held = _STARTS.get(id(pattern))
    if held is None or held[0] is not pattern:
        if len(_STARTS) > 1000:
            _STARTS.clear()
            _SLOTS.clear()
        auto = _literal_starts(pattern)
        if auto is not None:
            _SLOTS.append(auto)
        held = _STARTS[id(pattern)] = (pattern, auto, len(_SLOTS) - 1)
    _, starts, slot = held
    lower = text.lower() if lower is None else lower
    if starts is None or len(lower) != len(text) or any(c in text for c in _FOLDS):
        yield from pattern.finditer(text)
        return
    every = _every_start()
    if slot < len(every.autos) and every.autos[slot] is starts:
        places = every.places(lower)[slot]
    else:  # met since the shared automaton was built (or before a fresh start of the slots)
        places = sorted({end - len(key) + 1 for end, key in starts.iter(lower)})
    pos = 0
    for start in places:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


class Gated:
    """A compiled pattern whose ``search`` is tried only when one of its literal starts ("kata", "ujar",
    "awak" ...) occurs in the part of the text searched: most texts hold none, and the pattern is not
    tried at each of their places. Every other attribute is the compiled pattern's."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.starts = _literal_starts(compiled)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.starts is not None:
            window = string if pos == 0 and endpos >= len(string) else string[pos:endpos]
            if window.isascii() and next(self.starts.iter(window.lower()), None) is None:
                return None
        return self.compiled.search(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


_FOLDS = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ: their lower case is not one character, or they match i and s
MIN_START = 2  # literal starts shorter than this would leave most places to try


_STARTS: dict[int, tuple[re.Pattern[str], Any, int]] = {}  # by the pattern's id (hashing a pattern hashes its code)
_SLOTS: list[Any] = []  # the literal starts' automata of the patterns met, each pattern's slot its place here


class _EveryStart:
    """The literal starts of every pattern met so far in one automaton: one scan of an article gives
    each pattern the places its own automaton would (the patterns are tried on the same article in
    turn, so the last article's places are kept)."""

    def __init__(self, autos: list[Any]) -> None:
        import ahocorasick

        owners: dict[str, list[int]] = {}
        for slot, auto in enumerate(autos):
            for key in auto.keys():
                owners.setdefault(key, []).append(slot)
        self.autos = autos
        self.auto = ahocorasick.Automaton()
        for key, slots in owners.items():
            self.auto.add_word(key, (len(key), slots))
        if owners:
            self.auto.make_automaton()
        self._last: tuple[str, list[list[int]]] | None = None

    def places(self, lower: str) -> list[list[int]]:
        """For each slot, where its literal starts begin in ``lower``, in order."""
        last = self._last
        if last is not None and last[0] == lower:
            return last[1]
        found: list[set[int]] = [set() for _ in self.autos]
        for end, (length, slots) in self.auto.iter(lower):
            for slot in slots:
                found[slot].add(end - length + 1)
        got = [sorted(f) for f in found]
        self._last = (lower, got)
        return got


_EVERY: list[_EveryStart] = []


def _every_start() -> _EveryStart:
    """The shared automaton of the patterns' literal starts, rebuilt when a pattern has been met since."""
    every = _EVERY[0] if _EVERY else None
    if every is None or len(every.autos) != len(_SLOTS) or (_SLOTS and every.autos[-1] is not _SLOTS[-1]):
        every = _EveryStart(list(_SLOTS))
        _EVERY[:] = [every]
    return every


def _literal_starts(pattern: re.Pattern[str] | None) -> Any:
    """An Aho-Corasick automaton of the lower-cased literal text every match of ``pattern`` begins
    with ("calon", "bupati", "dites" ...), or None when a match may begin otherwise (a character
    class, a group reference, an empty match): then the pattern is tried at every place."""
    if pattern is None:
        return None
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None

        def starts(items: list[Any], prefix: str) -> set[str]:
            if len(prefix) >= 8 or not items:
                return {prefix}
            op, av = items[0]
            rest = items[1:]
            if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
                return starts(rest, prefix)  # zero-width: the match's first character is still ahead
            if op is sre.LITERAL:  # (a character outside ASCII ends the start: "Jokowi–Ma'ruf" starts "jokowi")
                return starts(rest, prefix + chr(av)) if chr(av).isascii() else {prefix}
            if op is sre.SUBPATTERN:
                return starts(list(av[-1].data) + rest, prefix)
            if op is sre.BRANCH:
                return set().union(*(starts(list(b.data) + rest, prefix) for b in av[1]))
            if op is sre.IN and len(av) <= 8 and all(o is sre.LITERAL and chr(c).isascii() for o, c in av):
                return set().union(*(starts(rest, prefix + chr(c)) for _, c in av))
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0:
                return starts(rest, prefix) | starts(list(av[2].data), prefix)
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                return starts(list(av[2].data), prefix)
            return {prefix}  # a class, a look-around, anything else: the literal start ends here

        found = starts(list(tree.data), "")
    except Exception:  # a construct this reading does not know: try every place
        return None
    if not found or any(len(f) < MIN_START or not f.isascii() for f in found):
        return None
    import ahocorasick

    auto = ahocorasick.Automaton()
    for f in {f.lower() for f in found}:
        auto.add_word(f, f)
    auto.make_automaton()
    return auto


@lru_cache(maxsize=4)
def word_stems(text: str) -> dict[str, str]:
    """The stem of every distinct word of the text, computed once per article for all the vocabularies
    (a vocabulary then looks for the places of the few words whose stems it knows)."""
    from kewaspadaan_cli.nlp import stem

    return {w: stem(w) for w in set(WORD.findall(text))}


_IN_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'-")


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in the text as a whole word: ``re.finditer(r"(?<![A-Za-z'-])word(?![A-Za-z'-])")``,
    found with ``str.find`` (a pattern compiled for every word of every article costs more)."""
    out = []
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or text[i - 1] not in _IN_WORD) and (i + n == len(text) or text[i + n] not in _IN_WORD):
            out.append((i, i + n))
            i = text.find(word, i + n)
        else:
            i = text.find(word, i + 1)
    return out


@lru_cache(maxsize=4)
def words_by_stem(text: str) -> dict[str, list[str]]:
    """The distinct words of the text by their stem: a vocabulary looks up only the stems it knows."""
    out: dict[str, list[str]] = {}
    for word, st in word_stems(text).items():
        out.setdefault(st, []).append(word)
    return out


Owners = tuple[str, list[tuple[str, str, bool]]]  # a key and the (id, term, acronym) rows it stands for


def _automata(words: tuple[dict[str, Any], dict[str, Any]]) -> list[tuple[Any, bool]]:
    """An Aho-Corasick automaton over the lower-cased text for the first words, one over the text
    as written for the second (those that are not empty)."""
    import ahocorasick

    autos = []
    for found, lowered in zip(words, (True, False), strict=True):
        if found:
            auto = ahocorasick.Automaton()
            for key, value in found.items():
                auto.add_word(key, value)
            auto.make_automaton()
            autos.append((auto, lowered))
    return autos


# the vocabularies the extractors match every article against: their terms are found in one scan of
# the lower-cased text and one of the text as written, not two scans per vocabulary
# vocabularies whose phrases are matched only as written: a phase is told by the words' time ("pengamanan
# pemungutan suara" is the voting day's; "untuk mengamankan pemungutan suara" is before it)
UNVARIED = frozenset({"phases.jsonl"})
VOCABULARIES = (
    "institutions.jsonl",
    "elections.jsonl",
    "stages.jsonl",
    "phases.jsonl",
    "conflicts.jsonl",
    "events.jsonl",
    "meetings.jsonl",
)


class _SharedScan:
    """The terms of several vocabularies in the same two automata; each key holds what it stands
    for in each file, and a scan hands every file the places its own automata would have found, in
    their order."""

    def __init__(self, matchers: dict[str, Matcher]) -> None:
        merged: tuple[dict[str, dict[str, Owners]], dict[str, dict[str, Owners]]] = ({}, {})
        for file, m in matchers.items():
            for mine, into in zip(m.words, merged, strict=True):
                for key, value in mine.items():
                    into.setdefault(key, {})[file] = value
        self.matchers = matchers
        self.files = tuple(matchers)
        self.autos = _automata(merged)
        self._last: tuple[str, str, dict[str, list[tuple[int, Owners]]]] | None = None

    def scan(self, text: str, lower: str) -> dict[str, list[tuple[int, Owners]]]:
        """For each file, ``Matcher.term_places`` of the text; the last text's answer is kept (each
        vocabulary asks for the same article in turn)."""
        last = self._last
        if last is not None and last[0] == text and last[1] == lower:
            return last[2]
        out: dict[str, list[tuple[int, Owners]]] = {f: [] for f in self.files}
        for auto, lowered in self.autos:
            for end_idx, by_file in auto.iter(lower if lowered else text):
                for file, value in by_file.items():
                    out[file].append((end_idx, value))
        self._last = (text, lower, out)
        return out


_SHARED: dict[str, _SharedScan] = {}


def _shared(digest: str) -> _SharedScan:
    if digest not in _SHARED:
        _SHARED.clear()
        _SHARED[digest] = _SharedScan({f: matcher(f) for f in VOCABULARIES})
    return _SHARED[digest]


_MATCHERS: dict[tuple[str, str], Matcher] = {}


def matcher(file: str) -> Matcher:
    """The matcher of one vocabulary file, rebuilt when the lexicons change."""
    from kewaspadaan_cli.lexicons import load

    key = (file, load().digest)
    if key not in _MATCHERS:
        m = Matcher([r for r in read_rows(file) if "id" in r], vary=file not in UNVARIED)
        m.file = file if file in VOCABULARIES else None
        _MATCHERS[key] = m
    return _MATCHERS[key]
