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
from itertools import accumulate, compress, count
from operator import add, itemgetter
from typing import Any, cast

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
RESET_EVERY = 250_000  # documents between rebuilds (each holds two pipelines, +54 MB); vocabulary grows slowly
_state: dict[str, Any] = {"nlp": None, "docs": 0}


def _build() -> Any:
    """spaCy's blank Indonesian language, its tokenizer exceptions kept, bar the whitespace ones.

    spaCy stops caching a document's words after the first special case it meets (spaCy #1250), and
    its whitespace specials (" ", "\\n", "\\xa0") are met at the first line break. Without them the tokens
    are the same and tokenizing is about ten times faster (tests/test_nlp.py; ``make bench``).
    """
    from spacy.lang.id import Indonesian

    class _Defaults(Indonesian.Defaults):  # type: ignore[misc,name-defined,valid-type]
        tokenizer_exceptions = {k: v for k, v in Indonesian.Defaults.tokenizer_exceptions.items() if k.strip()}

    class _Indonesian(Indonesian):  # type: ignore[misc,valid-type]
        Defaults = _Defaults

    nlp = _Indonesian()
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])  # type: ignore[union-attr]
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
_ABBR_LONGEST = max(map(len, ABBREVIATIONS))


# an academic degree and its comma, written glued ("S.IK,", "M.Si,", "S.H.,", "A.Md.Kep,"): no sentence starts so
_DEGREE_AFTER_DOT = re.compile(r"[A-Z]\.(?:[A-Z][A-Za-z]{0,3}\.?){1,2},")


@cache
def _degrees() -> tuple[frozenset[str], re.Pattern[str]]:
    """The degrees of ``name_affixes.jsonl`` ("SH", "MM", "S.Sos", without their trailing dots), and the shape of
    one by its grammar's levels: a level, a dot and one to three short pieces ("S.Ik.", "M.Si", "A.Md.Kep")."""
    from kewaspadaan_cli.lexicons import read_rows

    rows = list(read_rows("name_affixes.jsonl"))
    words = frozenset(t.rstrip(".,") for r in rows if r.get("kind") == "degree" for t in r["terms"])
    levels = [lv for r in rows if r.get("kind") == "degree_grammar" for lv in r.get("levels", [])]
    shape = re.compile(rf"(?:{'|'.join(map(re.escape, levels))})\.[A-Za-z]{{1,4}}(?:\.[A-Za-z]{{1,4}}){{0,2}}\.?")
    return words, shape


def _is_degree(word: str) -> bool:
    words, shape = _degrees()
    return word.rstrip(".,") in words or shape.fullmatch(word.rstrip(",")) is not None


def _degree_goes_on(before: str, after: str) -> bool:
    """The sentence before ends on a degree's dot and the next opens with another degree or a lower-case word:
    one name's degrees ("Sigit, SH. S.Ik. MM membuka ..."), no sentence's end."""
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    first = after.split(None, 1)[0] if after.strip() else ""
    return last.endswith(".") and _is_degree(last) and bool(first) and (_is_degree(first) or first[:1].islower())


def ends_with_abbreviation(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does ``text[start:end]`` end with an abbreviation's dot ("Kab.", "Prov.", an initial "H.")? Read
    from near its end only: a match is no longer than the longest abbreviation, and ``\\b`` at ``pos``
    still sees the character before."""
    end = len(text) if end is None else end
    return _ABBR_END.search(text, max(start, end - _ABBR_LONGEST - 2), end) is not None


WRAP_MAX_WIDTH = 110  # a hard-wrapped text's lines are no longer than this (print and e-mail wrap at 60-80)
WRAP_MIN_BREAKS = 2  # line breaks inside a sentence that show a text is hard-wrapped
WRAP_SLACK = 4  # a wrapping tool's width is known to within this many characters
_SENTENCE_END = frozenset('.!?:;"”’)')
_LINE_SPAN = re.compile(r"[^\n]*")
_WORD = re.compile(r"\S+")
# a lead's dateline ("TAKENGON -", "KORANBERNAS.ID, KLATEN --", "BANDA ACEH (ANTARA) -"): no headline
_LEAD_DATELINE = re.compile(r"\W*[A-Z][A-Z.]{2,}(?: [A-Z.]+)*\s*(?:\([^)\n]{0,40}\)\s*)?[-–—,]")


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs read as spaces, same length (every
    offset holds), or ``text`` itself when it is not hard-wrapped.

    Some sites and most agency copy break lines at a fixed width ("... Kabupaten Klaten, Jawa Tengah,\\n
    menggelar rapat ..."), and a line break ends a sentence here: a title, a name or a phrase cut in
    two is lost. A text is hard-wrapped when at least ``WRAP_MIN_BREAKS`` of its lines, none longer
    than ``WRAP_MAX_WIDTH``, run on into a line that starts in lower case (a sentence going on); the
    longest of them gives the wrapping width. Then a line break is a space
    - before a line in lower case, unless the line before it ends a sentence (a full stop other than an
      abbreviation's, a colon, a closing quote);
    - before a line in capitals where the line before it ends no sentence and is not the first (a
      headline) unless that opens with a lead's dateline ("TAKENGON -"), and the next line's first
      word would not have fitted on it: a wrapping tool broke
      the line there ("Tim Terpadu\\nPenanganan"), not a writer who left out a paragraph's full stop
      ("... terang Syarief Yasser Arafat\\nWakapolres Sintang ...", a short line).
    A blank line always stays a paragraph's end.
    """
    if text.count("\n") < WRAP_MIN_BREAKS:
        return text
    lines = [(m.start(), m.end()) for m in _LINE_SPAN.finditer(text) if m.end() < len(text)]
    width = 0
    runs_on = 0
    for s, e in lines:
        line = text[s:e].rstrip()
        if line and text[e + 1 : e + 2].islower() and len(line) <= WRAP_MAX_WIDTH and not _ends_sentence(line):
            runs_on += 1
            width = max(width, len(line))
    if runs_on < WRAP_MIN_BREAKS:
        return text
    chars = list(text)
    for i, (s, e) in enumerate(lines):
        line = text[s:e].rstrip()
        nxt = text[e + 1 : e + 2]
        if not line or not nxt.strip() or _ends_sentence(line):
            continue
        if not nxt.islower():
            word = _WORD.match(text, e + 1)
            next_word = len(word.group(0)) if word else 0
            headline = i == 0 and not _LEAD_DATELINE.match(line)
            if headline or len(line) > WRAP_MAX_WIDTH or len(line) + 1 + next_word <= width - WRAP_SLACK:
                continue
        chars[e] = " "
    return "".join(chars)


def _ends_sentence(line: str) -> bool:
    return line[-1] in _SENTENCE_END and not ends_with_abbreviation(line)


HEADLINE_MAX_WORDS = 25


def headline_end(text: str) -> int:
    """Where the first line ends when it reads as a headline (words, fewer than ``HEADLINE_MAX_WORDS``, no
    sentence's full stop at its end), else 0: a title above the lead, not the lead itself."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end].rstrip()
    return end if line and len(line.split()) < HEADLINE_MAX_WORDS and not line.endswith(".") else 0


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
    from spacy.strings import hash_string  # type: ignore[attr-defined]  # exported by the Cython module

    return frozenset(hash_string(c) for c in Sentencizer.default_punct_chars)


# A token as the sentence rule reads it: (offset, length, ends a sentence, is punctuation, is whitespace)
Tok = tuple[int, int, bool, bool, bool]
MAX_UNITS = 200_000  # distinct pieces of text whose tokens are kept; past it the memo starts afresh
_SPACES = re.compile(r"(\s+)")  # \s is str.isspace(), the test spaCy splits on
_LINE = re.compile(r"[^\n]+")


class _Tokens:
    """The tokens of spaCy's tokenizer for a line, pieced together from the tokens of its words.

    spaCy splits a text on whitespace and tokenizes each piece on its own (prefixes, suffixes,
    infixes, special cases), with one exception: a special case of several tokens ("Dr. rer. nat.",
    "anak-anak" as "anak", "-", "anak") is matched again over the whole text and may join tokens of
    two neighbouring pieces. Pieces are therefore tokenized one by one and remembered (a word is
    tokenized once, not once per article), and two pieces that a special case could join (the first
    ends with one of its tokens, the next starts with the following one) are tokenized together:
    the tokens are spaCy's for the whole line (tests/test_nlp.py checks them against it). New words
    are tokenized inside a memory zone, so the vocabulary does not grow with every name and number.
    """

    def __init__(self, nlp: Any) -> None:
        from spacy.tokenizer import Tokenizer

        self.nlp = nlp
        tok = nlp.tokenizer
        # the special cases as the tokenizer's affix rules alone split them: the phrases matched over a text
        bare = Tokenizer(
            nlp.vocab,
            rules={},
            prefix_search=tok.prefix_search,
            suffix_search=tok.suffix_search,
            infix_finditer=tok.infix_finditer,
            token_match=tok.token_match,
            url_match=tok.url_match,
        )
        follows: dict[str, set[str]] = {}
        with nlp.memory_zone():
            for rule in tok.rules:
                parts = [t.text for t in bare(rule)]
                for a, b in zip(parts, parts[1:], strict=False):
                    follows.setdefault(a, set()).add(b)
        self.follows = {a: tuple(sorted(b)) for a, b in follows.items()}
        self.lengths = sorted({len(a) for a in follows})
        self.ends_with: dict[str, tuple[str, ...]] = {}  # word -> tokens a special case may put after it
        self.units: dict[str, tuple[tuple[Tok, ...], bool, int, int]] = {}
        self.ends = _punct_hashes()
        self.rules = frozenset(tok.rules)
        self.longest_rule = max(map(len, self.rules), default=0)
        from spacy.attrs import IS_PUNCT

        self.is_punct = nlp.vocab.lex_attr_getters[IS_PUNCT]

    def _affixes(self, string: str) -> list[str] | None:
        """The tokens spaCy's tokenizer makes of a piece without whitespace, by its own steps (the
        prefix, suffix and infix rules of ``Tokenizer._split_affixes`` and ``_attach_tokens``), or None
        when a special case takes part: then the tokenizer itself is asked. Building a Doc for a new
        word costs more than the rules (a lexeme with all its attributes)."""
        tok = self.nlp.tokenizer
        rules = self.rules
        if tok.token_match is not None:
            return None
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        while string and len(string) != last_size:
            if string in rules:
                return None
            last_size = len(string)
            pre_len = tok.find_prefix(string)
            if pre_len and string[pre_len:] in rules:
                return None
            suf_len = tok.find_suffix(string[pre_len:])
            if suf_len and string[:-suf_len] in rules:
                return None
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                prefixes.append(string[:pre_len])
                suffixes.append(string[-suf_len:])
                string = string[pre_len:-suf_len]
            elif pre_len:
                prefixes.append(string[:pre_len])
                string = string[pre_len:]
            elif suf_len:
                suffixes.append(string[-suf_len:])
                string = string[:-suf_len]
        out = prefixes
        if string:
            if string in rules:
                return None
            matches = None if tok.url_match is not None and tok.url_match(string) else tok.find_infix(string)
            if not matches:
                out.append(string)
            else:
                start = 0
                for m in matches:
                    if m.start() == 0:
                        continue
                    if m.start() != start:
                        out.append(string[start : m.start()])
                    if m.start() != m.end():
                        out.append(string[m.start() : m.end()])
                    start = m.end()
                if string[start:]:
                    out.append(string[start:])
        out += reversed(suffixes)
        # a special case matched over the tokens (``Tokenizer._apply_special_cases``): ask the tokenizer
        for i in range(len(out)):
            joined = ""
            for part in out[i:]:
                joined += part
                if len(joined) > self.longest_rule:
                    break
                if joined in rules:
                    return None
        return out

    def _follow(self, word: str) -> tuple[str, ...]:
        got = tuple(y for k in self.lengths if k <= len(word) for y in self.follows.get(word[-k:], ()))
        if len(self.ends_with) > MAX_UNITS:
            self.ends_with.clear()
        self.ends_with[word] = got
        return got

    def pieces(self, line: str) -> list[tuple[int, str]]:
        """The line cut where spaCy's tokens cannot join across: (offset, text) pieces.

        Most lines are words between single spaces: such a line is cut at every space, the words
        looked up at once, and only where a word may be followed by a special case's next token
        is the next word looked at."""
        # printable: no whitespace but the ASCII space (every other one is a separator or a control)
        if line.isprintable() and "  " not in line and line[0] != " " and line[-1] != " ":
            return self._single_spaced(line)
        return self._pieces(line)

    def _single_spaced(self, line: str) -> list[tuple[int, str]]:
        words = line.split(" ")
        starts = map(add, accumulate(map(len, words), initial=0), count())  # one space after each word
        out = list(zip(starts, words, strict=False))
        got = list(map(self.ends_with.get, words))
        if None in got:
            for i, f in enumerate(got):
                if f is None:
                    got[i] = self._follow(words[i])
        follows = cast(list[tuple[str, ...]], got)
        # the words joined to the one before (a special case may join them)
        joined = [i + 1 for i in compress(range(len(words) - 1), follows) if words[i + 1].startswith(follows[i])]
        for i in reversed(joined):
            out[i - 1] = (out[i - 1][0], out[i - 1][1] + " " + out[i][1])
            del out[i]
        return out

    def _pieces(self, line: str) -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        ends_with = self.ends_with
        parts = _SPACES.split(line)  # words at even places, the whitespace between at odd ones
        n = len(parts)
        pos = 0
        word = ""  # the word before, when one space alone follows it
        for i in range(0, n, 2):
            run = parts[i]
            if run:
                joined = False
                if word:
                    follow = ends_with.get(word)
                    if follow is None:
                        follow = self._follow(word)
                    if follow and run.startswith(follow):
                        out[-1] = (out[-1][0], out[-1][1] + " " + run)  # a special case may join them
                        joined = True
                if not joined:
                    out.append((pos, run))
                pos += len(run)
            if i + 1 < n:
                space = parts[i + 1]
                if run and space[0] == " ":  # spaCy marks the one space after a token as its trailing space
                    if len(space) == 1:
                        word = run
                    else:
                        out.append((pos + 1, space[1:]))
                        word = ""
                else:
                    out.append((pos, space))
                    word = ""
                pos += len(space)
        return out

    def tokenize(self, pieces: list[tuple[int, str]]) -> dict[str, tuple[tuple[Tok, ...], bool, int, int]]:
        """The tokens of the pieces, those not seen before tokenized and remembered. The answer holds
        every piece asked for (another thread may start the memo afresh meanwhile)."""
        units = self.units
        distinct = dict.fromkeys(map(itemgetter(1), pieces))
        known = dict(zip(distinct, map(units.get, distinct), strict=True))
        if None not in known.values():
            return known  # type: ignore[return-value]
        new = [p for p, got in known.items() if got is None]
        if len(units) + len(new) > MAX_UNITS:
            units.clear()
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        ends = self.ends
        made: dict[str, tuple[Tok, ...]] = {}
        asked: list[str] = []
        for piece in new:
            parts = None if piece[0].isspace() or " " in piece else self._affixes(piece)
            if parts is None:
                asked.append(piece)
                continue
            at = 0
            built = []
            for part in parts:
                built.append((at, len(part), hash_string(part) in ends, self.is_punct(part), part.isspace()))
                at += len(part)
            made[piece] = tuple(built)
        if asked:
            with self.nlp.memory_zone():
                for piece in asked:
                    made[piece] = tuple(
                        (t.idx, len(t), t.orth in ends, t.is_punct, piece[t.idx : t.idx + len(t)].isspace())
                        for t in self.nlp.tokenizer(piece)
                    )
        for piece, toks in made.items():
            # the common case, read in one step: no token ends a sentence
            plain = not any(e for _, _, e, _, _ in toks)
            last = max((i + n for i, n, _, _, w in toks if not w), default=-1)
            units[piece] = known[piece] = (toks, plain, len(toks), last)
        return known

    def sentences(
        self, pieces: list[tuple[int, str]], offset: int, units: dict[str, tuple[tuple[Tok, ...], bool, int, int]]
    ) -> list[tuple[int, int]]:
        """spaCy's sentencizer rule over a line's tokens: a sentence ends after a run of punctuation
        holding a full stop, "?" or "!" (the sentencizer component does the same per Token object, at
        several times the cost). A run of ``MAX_SENTENCE_TOKENS`` tokens without one is cut there, so
        no extractor's work per sentence grows with an article that has no full stops. A piece
        without a full stop is read in one step."""
        out: list[tuple[int, int]] = []
        start, seen, last_end, n = 0, False, 0, 0
        for base, piece in pieces:
            toks, plain, count, last = units[piece]
            if plain and not seen and n + count <= MAX_SENTENCE_TOKENS:
                n += count
                if last >= 0:
                    last_end = base + last
                continue
            for idx, length, is_end, is_punct, is_space in toks:
                n += 1
                if (seen and not is_punct and not is_end) or (n > MAX_SENTENCE_TOKENS and not seen):
                    out.append((offset + start, offset + last_end))
                    start, seen, n = base + idx, False, 1
                if is_end:
                    seen = True
                if not is_space:
                    last_end = base + idx + length
        out.append((offset + start, offset + last_end))
        return out


def _tokens() -> _Tokens:
    nlp = get_nlp()
    if _state.get("tokens") is None or _state["tokens"].nlp is not nlp:
        _state["tokens"] = _Tokens(nlp)
    return _state["tokens"]  # type: ignore[no-any-return]


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # one line at a time: a line break ends a sentence anyway
    toks = _tokens()
    _state["docs"] += 1
    lines = [(m.start(), m.group(0)) for m in _LINE.finditer(text) if not m.group(0).isspace()]
    cut = [toks.pieces(line) for _, line in lines]
    known = toks.tokenize([p for pieces in cut for p in pieces])
    spans: list[tuple[int, int]] = []
    for (offset, _), pieces in zip(lines, cut, strict=True):
        first = len(spans)
        for start, end in toks.sentences(pieces, offset, known):
            if not text[start:end].strip():
                continue
            before = text[spans[-1][0] : spans[-1][1]].rstrip() if len(spans) > first else ""
            if (
                before
                and end - spans[-1][0] <= MAX_JOINED_CHARS
                and (
                    ends_with_abbreviation(before)
                    or before.endswith(",")
                    or _DEGREE_AFTER_DOT.match(text, start)
                    or _degree_goes_on(before, text[start:end])
                )
            ):  # (a comma ends no sentence: "Andi X, S.STP., M.H., secara resmi membuka ...", broken after ".,";
                # nor a name's stray dot before its degree: "AKBP Deni Kurniawan. S.IK, MH melaksanakan ...";
                # nor a degree's dot before the next degree: "Andik Purnomo Sigit, SH. S.Ik. MM membuka ...")
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


# the nasal a meN-/peN- prefix takes before a stem's first letter, and whether that letter drops
# ("tulis" -> "menulis", "pukul" -> "memukul", "sapa" -> "menyapa", "kirim" -> "mengirim")
_NASAL = {
    **dict.fromkeys("aeiou", ("ng", False)),
    **dict.fromkeys("gh", ("ng", False)),
    "k": ("ng", True),
    "p": ("m", True),
    **dict.fromkeys("bfv", ("m", False)),
    "t": ("n", True),
    **dict.fromkeys("cdjz", ("n", False)),
    "s": ("ny", True),
}


def affixed_forms(root: str) -> frozenset[str]:
    """The affixed forms of a root that name the same act, done or suffered: meN- and di- (with -kan,
    -i) and the act's noun peN-...-an ("gelembung" -> "menggelembungkan", "digelembungkan",
    "penggelembungan"), for matching a phrase however its verb or noun is affixed. Not ke-...-an or
    ter-, which turn an act into an accident ("pembakaran" is arson, "kebakaran" a fire). Forms that are
    no Indonesian word are harmless: they are only looked for in text. Short roots are left alone."""
    if len(root) < 4 or not root.isalpha() or not root.islower():
        return frozenset()
    nasal, drops = _NASAL.get(root[0], ("", False))
    body = root[1:] if drops else root
    men, pen = "me" + nasal + body, "pe" + nasal + body
    forms = {men, men + "kan", men + "i", "di" + root, "di" + root + "kan", "di" + root + "i", pen + "an"}
    return frozenset(forms - {root})
