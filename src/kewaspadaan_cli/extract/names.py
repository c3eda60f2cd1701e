"""Whether capitalised tokens are a person's name, and the name without its ranks and degrees.

The evidence is the language's, not a list of exceptions: a name is capitalised; it is not a plain
Indonesian word (Sastrawi's root-word dictionary, with the given names of
``official_words.jsonl`` kind ``name_word`` that are also words); it is not a derived word (a
dictionary root with an affix: "Dilarang", "Pendaftaran"); it is not a place of the gazetteer, a
title word or a function word (``stop_name``); ranks, honorifics and degrees of
``name_affixes.jsonl`` around it are stripped. Word-level answers are cached, so the test costs a
dictionary look-up per distinct word.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kewaspadaan_cli.extract.official_words import Words, undotted, words

Token = tuple[int, int, str]

DERIVED = re.compile(
    r"^(?:di|me[mn]?|meng|meny|pe[mn]|peng|peny|ber|ter|ke|se)\w{3,}$|^\w{4,}(?:an|kan)$|^\w{3,}nya$", re.IGNORECASE
)
# pe- before a root of four letters or more ("pelaku", "petani", "pedagang"; not "Petra"), unless a title's word
PE_ROOT = re.compile(r"^pe(?=[bcdgjklstwy])\w{4,}$", re.IGNORECASE)
# a noun made from a verb by a circumfix ("pendaftaran", "penanganan", "pertemuan", "kedatangan")
NOMINAL = re.compile(r"^(?:pe[mnr]?|peng|peny|ke)\w{3,}an$")
VERB_FORM = re.compile(r"^(?:me|di|ber|ter)[a-z]", re.IGNORECASE)  # the prefixes of verbs (and "-kan" their suffix)
PARTICLES = {"bin", "binti", "de", "van", "al"}
# two names joined by a hyphen: a candidate pair ("Asmani-Syarul"), not the Arabic article of one
# name ("Al-Habsyi", "El-Fayed", "As-Sidiq", "Asy-Syafi'i")
PAIR = re.compile(r"(?<![\w'’])(?!(?:[AaEe][lnrstdz]|Asy|Ash)-)[A-Za-z][\w'’]*-[A-Z]")
CAMEL = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]+$")  # two capitalised syllables run together: "KepTan"


@cache
def _sastrawi() -> frozenset[str]:
    from importlib import resources

    data = resources.files("Sastrawi").joinpath("Stemmer/data/kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in data.split() if w.strip())


def dictionary() -> frozenset[str]:
    """Sastrawi's root words less the given names that are also words: a plain word is no name."""
    w = words()
    return _dictionary_for(w.of("name_word"))


@cache
def _dictionary_for(name_words: frozenset[str]) -> frozenset[str]:
    return _sastrawi() - name_words


@cache
def is_affixed(word: str) -> bool:
    """A dictionary root with an affix ("dilarang" -> "larang")."""
    from kewaspadaan_cli.nlp import stem

    w = word.lower()
    s = stem(w)
    return s != w and s in _sastrawi()  # "dibakar": a root that is also a name ("Abu Bakar") is still a root


@cache
def is_derived(word: str) -> bool:
    """A word with a plain Indonesian affix around a dictionary root ("dilarang", "pendaftaran")."""
    w = word.lower()
    lex = words()
    shaped = DERIVED.match(w) is not None or (PE_ROOT.match(w) is not None and w not in lex.of("title_word"))
    return shaped and w not in lex.of("name_word") and is_affixed(w)


def is_act_noun(word: str) -> bool:
    """A noun of an act, pe(N)-/ke- ... -an around a dictionary root ("pemilihan", "kesepakatan", "penanganan")."""
    low = word.lower()
    return NOMINAL.match(low) is not None and is_derived(low)


def is_prefixed_verb(word: str) -> bool:
    """A verb with its prefix on a dictionary root ("Meninjau", "Dibuka", "Membuka"): no title's or name's word."""
    return VERB_FORM.match(word) is not None and is_derived(word)


def is_common_word(word: str) -> bool:
    """A plain Indonesian word (root, derived or reduplicated), not a given name."""
    w = word.lower()
    return w in dictionary() or is_derived(w) or is_reduplicated(w)


@cache
def is_reduplicated(word: str) -> bool:
    """A reduplicated word ("kira-kira", "mudah-mudahan", "sebaik-baiknya", "isu-isu"): its two halves share a
    dictionary root. Names are not formed so ("Yahya-Andriansyah" is a pair)."""
    from kewaspadaan_cli.nlp import stem

    w = word.lower().strip(",.;:")
    if w.count("-") != 1:
        return False
    a, b = w.split("-")
    if len(a) < 2 or len(b) < 2:
        return False
    if a == b:
        return True
    ra, rb = stem(a), stem(b)
    return (b.startswith(a) or ra == rb) and (ra in _sastrawi() or rb in _sastrawi())


def bare(tok: str) -> str:
    return tok.strip("()").rstrip(",").lower()


def is_affix(tok: str, w: Words | None = None) -> bool:
    """A rank, honorific or degree ("AKBP", "H.", "S.Sos"), also written without its dots ("Msi") or
    glued to another ("SH.MH", "Jend.Pol")."""
    w = w or words()
    return _is_affix(tok, w.digest)


@lru_cache(maxsize=65536)
def _is_affix(tok: str, digest: str) -> bool:
    from kewaspadaan_cli.extract.official_words import _words_for

    w = _words_for(digest)
    b = bare(tok).rstrip(".")
    if b in w.ranks or b in w.honorifics or b in w.degrees or bare(tok) in w.honorifics:
        return True
    if tok.lower().rstrip(",.") in w.ranks:
        return True  # "(P)", "(K)": a corps mark in brackets (a bare "P" is an initial)
    if len(b) >= 2 and undotted(b) in w.degree_forms:
        return True
    pieces = [x for x in re.split(r"[.,]", b) if x]
    if len(pieces) >= 2 and all(
        x in w.ranks or x in w.honorifics or x in w.degrees or len(x) >= 2 and x in w.degree_forms for x in pieces
    ):
        return True  # (a degree written without its dots among them: "SH.MSi")
    if (
        len(pieces) >= 2
        and pieces[0] in w.honorifics
        and all(len(x) == 1 for x in pieces[1:])
        and tok.rstrip(",").endswith(".")
    ):
        return True  # "H.M.": Haji and an initial, written together
    if _degree_shape(pieces, w):
        return True
    # two degrees glued by a dot, one of them dotted itself ("SE.M.I.Pol", "S.Sos.M.Si"): each side an affix
    return len(pieces) >= 3 and any(
        _is_affix(".".join(pieces[:j]), digest) and _is_affix(".".join(pieces[j:]), digest)
        for j in range(1, len(pieces))
    )


def _degree_shape(pieces: list[str], w: Words) -> bool:
    """A dotted degree by the grammar of ``name_affixes.jsonl``: a level, field pieces, a one-letter
    ending ("s.pd.i", "m.pd.k", "a.md.kep", "sp.og"); not a glued initial and name ("m.ali")."""
    levels, fields, endings = w.degree_grammar
    if not 2 <= len(pieces) <= 4 or pieces[0] not in levels or pieces[1] not in fields:
        return False
    return all(x in fields or x in endings for x in pieces[2:])


# the words that make who follows a candidate for a post, not its holder ("calon Bupati X", "cakades Y")
CANDIDATE = r"calon|cakades|bakal|balon|pemilihan|caleg|bacaleg|cabup|cawabup|cagub|cawagub|cawalkot|cawawalkot|paslon"
# a pair of candidates, not of office-holders: "pasangan calon bupati dan wakil bupati X A-B"
_RUNNING = re.compile(rf"\b(?:{CANDIDATE}|kandidat|pasangan|bapaslon)\b", re.IGNORECASE)
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "R.D.": a name's initials
GLUED_INITIALS = re.compile(r"(?:[A-Z][a-z]{0,2}\.)+[A-Z][a-z]{2,}$")  # "H.M.Faisal", "M.Thaher"
GLUED = re.compile(r"[A-Z]{3,}[a-z]")  # "INDONESIADalam": words run together in a shouted headline


def is_title_material(word: str, w: Words | None = None) -> bool:
    """A word that belongs to a title, not to a name: a head, a body or its acronym, a title word
    that is no given name ("Provinsi", "Polri", "Kesbangpol")."""
    w = w or words()
    return _is_title_material(word, w.digest)


@lru_cache(maxsize=65536)
def _is_title_material(word: str, digest: str) -> bool:
    from kewaspadaan_cli.extract.official_words import _words_for

    w = _words_for(digest)
    b = bare(word).rstrip(".")
    if b in w.heads or w.is_inst(word.rstrip(".,")):
        return True
    if any(b.startswith(g) and 1 <= len(b) - len(g) <= 4 for g in w.of("glued_body")):
        return True  # "Poldasu", "Provsu": a body glued to a region's abbreviation
    return b in w.of("title_word") and b not in w.of("name_word")


@cache
def election_words() -> frozenset[str]:
    """The one-word names of elections ("pilkada", "pemilu", "pilwakot"): no person's or place's name holds one."""
    from kewaspadaan_cli.lexicons import read_rows

    return frozenset(t.lower() for r in read_rows("elections.jsonl") for t in r.get("terms", []) if " " not in t)


@cache
def _activity_terms() -> frozenset[str]:
    from kewaspadaan_cli.lexicons import read_rows

    return frozenset(t.lower() for r in read_rows("meetings.jsonl") for t in r.get("terms", []))


@cache
def activity_names() -> frozenset[str]:
    """The names of activities of several words ("cooling system", "jumat curhat", "coffee morning",
    ``meetings.jsonl``): a capitalised run that is one of them names an activity, no person."""
    return frozenset(t for t in _activity_terms() if " " in t)


@cache
def activity_words() -> frozenset[str]:
    """The one-word names of activities ("rapat", "mediasi", "sosialisasi", ``meetings.jsonl``)."""
    return frozenset(t for t in _activity_terms() if " " not in t)


def looks_like_name(parts: list[str], w: Words | None = None, *, after_title: bool = False) -> bool:
    """Capitalised words that read as a person's name: not function or title words, not a headline
    of plain words ("Jelang Pemilu"), not a sentence-opening connective ("Kemudian", "Selanjutnya").
    Right after a title (``after_title``) a name is expected, and plain words that are also given
    names pass ("Kepala Kejaksaan Negeri X Topik Gunawan"); a derived word does not ("Penanganan")."""
    w = w or words()
    if not parts or not all(p[:1].isupper() for p in parts):
        return False
    low = [p.lower().rstrip(".,") for p in parts]
    stop = _never_names(w.digest)
    noble = len(low) > 1 and low[0] in w.of("name_prefix")  # "Lalu Firman Wijaya"
    if low[0] in stop and not noble or any(x in stop for x in low[1:]):
        return False
    if any(x in election_words() for x in low):
        return False  # "Menurut Kapolres, Pilwakot 2018 ini ...": an election's name, no person
    if len(low) > 1 and " ".join(low) in activity_names():
        return False  # "Cooling System, Kapolres Lumajang Silaturahmi ...": an activity's name, no person
    if low[0] in activity_words() and low[0] not in w.of("name_word"):
        return False  # "Kapolres Mediasi Islah Risa VS Dadibou": an activity's word opens no name
    if any(x in w.of("place_noun") for x in low):
        return False  # "Kebun Kencana Sari", "Warung Kopi", "Estate PT X": a place or a firm, no person
    if (
        len(parts) > 1
        and not all(p.isupper() for p in parts)
        and any(p.isupper() and p.isalpha() and len(p) >= 3 for p in parts)
        and any(" ".join(low[k:]) in _region_forms() for k in range(1, len(low)))
    ):
        return False  # "BMKG Tanjungpinang", "BPN Samosir": a body's acronym and its place
    given = w.of("name_word")  # "A. Rahman Hakim": a head that is a given name, after the first word
    if any(is_title_material(p, w) and not (k and bare(p) in given) for k, p in enumerate(parts)):
        return False
    if any(GLUED.search(p) for p in parts):
        return False
    if any(CAMEL.search(p) for p in parts):
        return False  # "KepTan", "LamTim": a place's short form, not a name
    if any(_holds_body(p.lower().rstrip(".,"), w.digest) for p in parts):
        return False  # "Bakesbangpoldagri": a body's acronym grown longer, not a name
    if any("." in p.strip(".") and p.split(".")[-1][:1].islower() for p in parts):
        return False  # "KOMPAS.com": a site, not a person
    if any(GLUED_SENTENCE.search(p) and not is_affix(p.split(".")[0], w) for p in parts):
        return False  # "Malang.Selain": a sentence's last word glued to the next one's first
    from kewaspadaan_cli.extract.regions import gazetteer

    if " ".join(low) in gazetteer().forms or _near_region(" ".join(low)):
        return False  # "Kalimantan Selatan", "Kukar", a misspelled "Kutai Karnegara": a place
    if _place_chain(low):
        return False  # "Galis Bangkalan": a kecamatan and the kabupaten it lies in
    if all(is_common_word(x) for x in low) and (not after_title or any(is_derived(x) for x in low)):
        return False  # "Jelang Pemilu", "Terpisah", "Gelar Deklarasi": words, not a name
    if is_act_noun(low[0]):
        return False  # "Pendaftaran Paslon", "Penanganan Konflik": a noun of an act opens no name
    return not (is_derived(low[0]) and all(x in dictionary() for x in low[1:]))


@lru_cache(maxsize=4)
def _never_names(digest: str) -> frozenset[str]:
    """Function words, connectives and headline verbs: words no name is made of (one set per lexicons)."""
    from kewaspadaan_cli.extract.official_words import _words_for

    w = _words_for(digest)
    return w.of("stop_name") | w.of("connective") | w.of("headline_verb")


@lru_cache(maxsize=65536)
def _holds_body(low: str, digest: str) -> bool:
    """A word with the name of a body of six letters or more inside it ("bakesbangpoldagri")."""

    if len(low) < 8:
        return False
    return any(b in low for b in _long_bodies(digest))


@cache
def _long_bodies(digest: str) -> tuple[str, ...]:
    from kewaspadaan_cli.extract.official_words import _words_for

    w = _words_for(digest)
    return tuple(sorted({t for t in w.inst_words if " " not in t and t.isalpha() and len(t) >= 6}))


def read_name(text: str, toks: list[Token], i: int, w: Words | None = None) -> tuple[int, int, str, int] | None:
    """A name starting at token i (after skipping affixes): (start, end, clean name, next token index)."""
    from kewaspadaan_cli.extract.regions import gazetteer

    w = w or words()
    stop, verbs, title_words = w.of("stop_name"), w.of("headline_verb"), w.of("title_word")
    conn = w.of("connective")
    n = len(toks)
    kept: Token | None = None  # "Andi", "Teuku": an honorific that stays when the name is one plain word
    bracket = i < n and toks[i][2].startswith("(") and toks[i][2][1:2].isupper()  # "(AKBP Wirdhanto)"
    bracket = bracket and (")" not in toks[i][2] or toks[i][2].endswith(")") and toks[i][2].count("(") == 1)
    ranked = False  # a rank before the name ("Brigjen Pol. Awi"): a person is named, plain word or not
    while i < n and (
        is_affix(toks[i][2], w)
        or toks[i][2] in {"."}
        or toks[i][2] == ","
        and i
        and is_affix(toks[i - 1][2], w)
        or _misspelled_rank(toks, i, w)
    ):
        kept = toks[i] if bare(toks[i][2]).rstrip(".") in w.keep_honorifics else None
        ranked |= bare(toks[i][2]).rstrip(".") in w.ranks
        i += 1
    glued = GLUED_INITIALS.match(toks[i][2]) if i < n and not is_affix(toks[i][2], w) else None
    if glued:  # "H.M.Faisal Hasrimy": an honorific and initials glued to the name, each a word of its own
        s0 = toks[i][0]
        pieces = [(s0 + x.start(), s0 + x.end(), x.group()) for x in re.finditer(r"[A-Z][a-z]*\.?", toks[i][2])]
        toks = [*toks[:i], *pieces, *toks[i + 1 :]]
        n = len(toks)
        while i < n and is_affix(toks[i][2], w):
            i += 1
    plain_bracket = bracket and i < n and toks[i][2].startswith("(")
    if plain_bracket:  # "Bupati Garut (Rudy Gunawan)": the bracket opens the name
        toks = [*toks[:i], (toks[i][0] + 1, toks[i][1], toks[i][2][1:]), *toks[i + 1 :]]
    found: list[Token] = []
    j = i
    if _noble_prefix(toks, i, w):  # "Lalu Firman Wijaya": a Sasak noble's title word, which is also "then"
        found.append((toks[i][0], toks[i][0] + len(toks[i][2]), toks[i][2]))
        j += 1
    while j < n and len(found) < 5:
        s, _e, tok = toks[j]
        core = tok.rstrip(",.")
        if not core or not core[0].isupper() and not (found and core in PARTICLES):
            break
        if core.lower() in stop or core.lower() in verbs or core.lower() in conn:
            break
        if found and "\n" in text[found[-1][1] : s]:
            break  # a name does not run over a line's end ("... Masalah Pribadi" / "Written By Admin")
        if found and (is_prefixed_verb(core) or core.lower().endswith("kan") and is_derived(core)):
            break  # "Bupati Garut Rudy Gunawan Membuka Rakor": a headline's verb after the name
        if core.lower() in w.heads and found and not _name_not_head(core, toks, j, w):
            break  # the next person's title (but "A. Rahman Hakim mengatakan": a head that is a given name)
        initial = (
            len(core) == 1
            and not tok.endswith(",")
            and j + 1 < n
            and toks[j + 1][2][:1].isupper()
            and not is_affix(toks[j + 1][2], w)
        )  # "James H Hutajulu": a letter between two names is an initial, not the honorific "H." (Haji)
        if found and len(core) == 2 and core.isupper() and tok == core and j + 1 < n:
            # "Brury AP Soekotjo": two capitals between two names are initials, not a degree ("AP") the name ends on
            nxt = toks[j + 1][2].rstrip(",.")
            initial = initial or (
                nxt[:1].isupper()
                and nxt[1:].islower()
                and not is_affix(toks[j + 1][2], w)
                and nxt.lower() not in w.heads
                and nxt.lower() not in stop
                and nxt.lower() not in title_words
                and not is_prefixed_verb(nxt)
                and not is_common_word(nxt)
            )
        kept_word = bare(tok).rstrip(".") in w.keep_honorifics and (
            not tok.endswith((",", "."))
            and j + 1 < n
            and toks[j + 1][2][:1].isupper()
            and not is_affix(toks[j + 1][2], w)
            or bool(found)
            and (tok.endswith((",", ".")) or j + 1 >= n or not toks[j + 1][2][:1].isupper())
        )  # "Fransiscus Andi Silangen", "Rois Habib.": a noble's word inside a name or closing it is one of its words
        if (
            found
            and is_affix(tok, w)
            and not (bare(tok) in w.honorifics and len(found[-1][2]) == 1)
            and not initial
            and not kept_word
        ):
            break  # a degree after the name (but "I Gusti Gde Raka": an honorific after an initial)
        if bracket and tok.endswith(")") and "(" not in tok and core.rstrip(")")[:1].isupper():
            found.append((s, s + len(core.rstrip(")")), core.rstrip(")")))
            j += 1
            break  # "Kapolres Garut (AKBP Wirdhanto)": the bracket the name opened closes it
        if tok.startswith(("(", '"', "“")) or ")" in tok or core.lower() in w.acting:
            break  # "Pengalisa)": the end of a bracket; "Pjs.": an acting mark
        found.append((s, s + len(core), core))
        j += 1
        abbreviation = not found[:-1] and len(core) <= 3 and j < n and toks[j][2][:1].isupper()
        # initials inside a name ("Sondang R.D. Siagian"), the next word capitalised and no degree
        abbreviation |= (
            bool(INITIALS.fullmatch(tok)) and j < n and toks[j][2][:1].isupper() and not is_affix(toks[j][2], w)
        )
        if tok.endswith(",") or (tok.endswith(".") and len(core) > 2 and not abbreviation):
            break  # (but "Syf. Mukhtar", "Moh. Ali": an abbreviated first name goes on)
    while found and (
        is_affix(found[-1][2], w)
        and not (len(found) > 1 and bare(found[-1][2]).rstrip(".") in w.keep_honorifics)  # "Rois Habib"
        or found[-1][2].lower() in stop
        or found[-1][2].lower() in conn
    ):
        found.pop()
    if not found:
        return None
    if plain_bracket and any(
        is_common_word(x[2]) or x[2].lower() in gazetteer().forms or _region_word(x[2].lower()) for x in found
    ):
        return None  # "Ketua (Pagar Nusa Banten)": a body's name in the bracket, no person's
    first = found[0][2].lower()
    if (
        first in w.heads
        or w.is_inst(found[0][2])
        or first in title_words
        and first not in w.of("name_word")
        or (first in stop or first in conn)
        and not (len(found) > 1 and first in w.of("name_prefix"))
    ):
        return None
    name = " ".join(x for _, _, x in found)
    if len(name) < 3 or name.isupper() and len(found) == 1 and len(name) <= 4:
        return None
    paired = next((k for k, x in enumerate(found) if PAIR.search(x[2])), None)
    s0 = found[0][0]
    if paired is not None and paired >= 1 and "/" not in name and not _RUNNING.search(text, max(0, s0 - 100), s0):
        # a head's full name and the deputy's joined by a hyphen ("Walikota dan Wakil Walikota Prabumulih
        # Ridho Yahya-Andriansyah"): the name ends at the hyphen, and the deputy is read after it
        s_, _e, tok_ = found[paired]
        found = [*found[:paired], (s_, s_ + tok_.index("-"), tok_[: tok_.index("-")])]
        name = " ".join(x for _, _, x in found)
    if PAIR.search(name) or "/" in name:
        return None  # a candidate pair ("Asmani-Syarul") or "Bupati/Wali Kota"
    if name.lower() in gazetteer().forms or any(x[2].lower() in {"wali", "walikot", "walikota"} for x in found):
        return None  # "Sulawesi Tenggara", "Wali Kota": a place or a title, not a person
    if len(found) >= 2 and found[-1][2].lower() in gazetteer().forms and _is_village(found[:-1], w):
        return None  # "Ketua PPS Wonokerto Demak Jadi Korban": a village and its regency, no person
    w0 = found[0][2].lower()
    if kept is not None and (
        len(found) == 1
        and w0 in dictionary()
        or bare(kept[2]).rstrip(".") in w.opens_name
        and not text[kept[0] + len(kept[2]) : found[0][0]].strip()
    ):
        # "Andi Bahari", "Teuku Zulhelmi": a lineage's word right before the name is one of its words (and an
        # honorific before a one-word name that is also a word: "Habib Bahari")
        found.insert(0, (kept[0], kept[0] + len(kept[2].rstrip(",.")), kept[2].rstrip(",.")))
        name = " ".join(x for _, _, x in found)
    elif (w0 in dictionary() or is_reduplicated(w0)) and (len(found) == 1 or is_affixed(w0)):
        if not (len(found) == 1 and (_speaks_as_name(text, found[0], w) or ranked and _plain_name(text, found[0], w))):
            return None  # "Saya", "Mereka", "Dipukul Warga": words, not a name
    derived = [is_derived(x[2]) for x in found]
    if sum(derived) >= 2 or derived[0] and all(x[2].lower() in dictionary() for x in found[1:]):
        return None  # "Pendaftaran Pasangan Calon Dilarang Konvoi": a headline, not a name
    if any(GLUED.search(x[2]) for x in found):
        return None  # "INDONESIADalam": words run together
    if any(x[2].isupper() and len(x[2]) > 4 for x in found):
        shouted = (len(found) >= 2 or ranked) and all(x[2].isupper() for x in found)  # a name in capitals,
        # in a line that is no shouting headline: "Bupati Sintang, JAROT WINARNO, hadir", "Dandim X LETKOL INF Y"
        if not shouted or not in_lower_case_line(text, found[0][0], found[-1][1]):
            return None  # a shouting headline
        if all(is_common_word(x[2]) for x in found) or any(is_derived(x[2].lower()) for x in found):
            return None  # "BUPATI SINTANG MEMBUKA": words, not a name (but "DEBBY KENAP": one plain word)
    return found[0][0], found[-1][1], name, j


def _is_village(found: list[Token], w: Words) -> bool:
    from kewaspadaan_cli.extract.titles import is_village  # (titles reads names: imported when used)

    return is_village(" ".join(x[2] for x in found), w)


def _misspelled_rank(toks: list[Token], i: int, w: Words) -> bool:
    """A rank misspelled by one letter before its corps ("Kombesl Pol Ignatius"): only where "Pol" or "TNI"
    follows, which no given name does."""
    if i + 1 >= len(toks) or toks[i + 1][2].rstrip(".,") not in {"Pol", "TNI", "Polisi"}:
        return False
    low = bare(toks[i][2]).rstrip(".")
    return len(low) >= 4 and toks[i][2][:1].isupper() and _near_rank(low, w.digest)


@lru_cache(maxsize=4096)
def _near_rank(low: str, digest: str) -> bool:
    from kewaspadaan_cli.extract.official_words import _words_for, misspelling_of

    ranks = [r for r in _words_for(digest).ranks if len(r) >= 4 and " " not in r]
    return misspelling_of(low, ranks) is not None


def in_lower_case_line(text: str, start: int, end: int) -> bool:
    """Does the line around ``start:end`` have a lower-case word (of three letters or more), so that words
    in capitals there are written so on purpose, not a shouting headline?"""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : b if b >= 0 else len(text)]
    return re.search(r"\b[a-z]{3,}\b", line) is not None


def _noble_prefix(toks: list[Token], i: int, w: Words) -> bool:
    """Does a name open at token ``i`` with a word that marks nobility before a given name and is also a
    plain word (``official_words.jsonl`` name_prefix: "Lalu")? Only before capitalised words, one of
    which is no plain word and none of which a title's head: "Lalu Firman Wijaya", not "Lalu Bupati"."""
    if i + 1 >= len(toks) or toks[i][2].lower() not in w.of("name_prefix"):
        return False
    rest = []
    for _, _, tok in toks[i + 1 : i + 5]:
        core = tok.rstrip(",.")
        if not core[:1].isupper() or core.lower() in w.heads or is_affix(tok, w):
            break
        rest.append(core)
        if tok.endswith((",", ".")):
            break
    return bool(rest) and any(not is_common_word(x) for x in rest)


def _name_not_head(core: str, toks: list[Token], j: int, w: Words) -> bool:
    """A head that is also a given name ("Hakim") ends a name when no capitalised word follows it."""
    if core.lower() not in w.of("name_word") or toks[j][2].endswith((",", ".")):
        return core.lower() in w.of("name_word")
    return j + 1 >= len(toks) or not toks[j + 1][2][:1].isupper()


# the speech verbs, one list each: the bare ones before or after the speaker ("ujar X", "X, katanya"), the active
# ones after the speaker ("X mengatakan"), the passive ones before the speaker ("disampaikan X": the lexicon's)
SPEECH_STEM = r"(?:ujar|kata|ungkap|ucap|jelas|tegas|terang|papar|tutur|sebut|tambah|imbuh|pungkas|lanjut|tandas|tukas)"
SPEECH_VERB = rf"{SPEECH_STEM}(?:nya)?"
SPEAKS_VERB = (
    r"(?:mengatakan|menjelaskan|menyampaikan|menegaskan|mengungkapkan|menuturkan|menambahkan|menerangkan"
    r"|memaparkan|menyebutkan|mengimbau|menghimbau|mengingatkan|mengakui|berharap|meminta)"
)
SPEAKS = re.compile(rf",?[ \t]+{SPEAKS_VERB}\b")


def said_passive() -> str:
    """The passive speech verbs, whose speaker follows ("Hal itu disampaikan X"), as one alternation:
    ``lexicons/meeting_cues.jsonl`` cue "said_passive"."""
    from kewaspadaan_cli.lexicons import load

    return _said_passive(load().digest)


@cache
def _said_passive(digest: str) -> str:
    from kewaspadaan_cli.lexicons import read_rows
    from kewaspadaan_cli.patterns import trie_pattern

    rows = [r for r in read_rows("meeting_cues.jsonl") if r.get("cue") == "said_passive"]
    return trie_pattern([t for r in rows for t in r["terms"]])


def _plain_word_as_name(text: str, word: str, w: Words) -> bool:
    """A capitalised plain word that may stand as a name: no function, connective, derived or place word ("Tengah",
    "Utara"), not in capitals, and never written in lower case in the article."""
    low = word.lower()
    if word.isupper() or low in w.of("stop_name") or low in w.of("connective") or is_derived(low):
        return False
    if is_reduplicated(low):
        return False  # "Kata Bupati Mudah-mudahan dengan ...": a word of the sentence
    if low in _region_words():
        return False
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is None


def _plain_name(text: str, tok: Token, w: Words) -> bool:
    """A plain word after a rank that may be a one-word name ("AKBP Awi", "Serka Untung"), not a headline's verb."""
    return tok[2].lower() not in w.of("headline_verb") and _plain_word_as_name(text, tok[2], w)


def _speaks_as_name(text: str, tok: Token, w: Words) -> bool:
    """A capitalised word that is also a plain word ("Suryani", "Hamzah") used as a name, never written
    in lower case in the article: the subject of a speech verb right after it, the last capitalised
    word after a title that a lower-case word or punctuation follows (a headline goes on capitalised),
    or the speaker named by it elsewhere (``_named_speaking``). Function words never are ("Mereka")."""
    word = tok[2]
    if len(word) < 4 or not _plain_word_as_name(text, word, w):
        return False
    if SPEAKS.match(text, tok[1]):
        return True
    before = re.search(r"([A-Z][\w.)/-]*),?[ \t]+$", text[max(0, tok[0] - 40) : tok[0]])
    if (
        before
        and before.group(1).lower() not in election_words()
        and re.match(r"(?:[,.;:]|[ \t]+[a-z])", text[tok[1] : tok[1] + 3])
    ):
        # right after a title or a rank, closing the clause: "Ketua Bawaslu Bantaeng Hamzah hadir" (after an
        # election's name the word is the election's: "kepala desa pada Pilkada Serentak tahun 2024")
        return True
    return _named_speaking(text, word)


def speaks_elsewhere(text: str, tok: Token, w: Words) -> bool:
    """A capitalised word that is also a plain word, never written in lower case in the article, that
    the article names as a speaker ("kata Nurani", "..., Nurani menyampaikan"): a person's name."""
    return len(tok[2]) >= 4 and _plain_word_as_name(text, tok[2], w) and _named_speaking(text, tok[2])


def _named_speaking(text: str, word: str) -> bool:
    """Does the article name ``word`` as a speaker: after a speech verb ("kata Suryani", "menurut Suryani"),
    or as the subject of one inside a sentence ("Dalam pengarahannya, Nurani menyampaikan"; not at a
    sentence's start, where any word is capitalised)?"""
    if re.search(rf"\b(?:{SPEECH_VERB}|[Mm]enurut)[ \t]+{re.escape(word)}\b(?![ \t]+[A-Z])", text):
        return True
    return re.search(rf"(?:,|\b[a-z]\w*)[ \t]+{re.escape(word)},?[ \t]+{SPEAKS_VERB}\b", text) is not None


@cache
def _region_forms() -> frozenset[str]:
    """The forms of kabupaten/kota and province names (lower case)."""
    from kewaspadaan_cli.extract.regions import gazetteer

    gz = gazetteer()
    return frozenset(f for f, codes in gz.forms.items() if any(code.count(".") <= 1 for code, _ in codes))


def _region_word(low: str) -> bool:
    return low in _region_words()


@cache
def _region_words() -> frozenset[str]:
    """The words of kabupaten/kota and province names ("jawa", "tengah", "kepulauan")."""
    from kewaspadaan_cli.extract.regions import gazetteer

    return frozenset(x for r in gazetteer().regions.values() if r.type != "kecamatan" for x in r.bare.lower().split())


def _place_chain(low: list[str]) -> bool:
    """Do the words name a kecamatan followed by the kabupaten/kota it lies in ("galis bangkalan")?"""
    from kewaspadaan_cli.extract.regions import gazetteer

    forms = gazetteer().forms
    for k in range(1, len(low)):
        codes = {code for code, _ in forms.get(" ".join(low[k:]), set()) if code.count(".") == 1}
        if codes and " ".join(low[:k]) in _kecamatan_parents() and _kecamatan_parents()[" ".join(low[:k])] & codes:
            return True
    return False


@cache
def _kecamatan_parents() -> dict[str, frozenset[str]]:
    """Each kecamatan's bare name (lower case) and the kabupaten/kota codes it lies in."""
    from kewaspadaan_cli.extract.regions import kecamatan_codes

    return {name: frozenset(c.rsplit(".", 1)[0] for c in codes) for name, codes in kecamatan_codes().items()}


@cache
def _near_region(form: str) -> bool:
    """A close misspelling of a kabupaten/kota or province name ("Kutai Karnegara", "Kabupten X")."""
    import difflib

    if len(form) < 8:
        return False
    by_start = _regions_by_start()
    cands = by_start.get(form[:1], ())  # (by the first letter: "Memberamo" for "Mamberamo")
    return bool(difflib.get_close_matches(form, cands, n=1, cutoff=0.88))


@cache
def _regions_by_start() -> dict[str, tuple[str, ...]]:
    from kewaspadaan_cli.extract.regions import gazetteer

    gz = gazetteer()
    out: dict[str, list[str]] = {}
    for r in gz.regions.values():
        if r.type != "kecamatan" and len(r.bare) >= 8:
            out.setdefault(r.bare.lower()[:1], []).append(r.bare.lower())
    return {k: tuple(v) for k, v in out.items()}


GLUED_SENTENCE = re.compile(r"[a-z]{3,}\.[A-Z][a-z]{2,}")
GLUED_HONORIFIC = re.compile(r"([A-Za-z]{1,4})\.(?=[A-Z])")


def clean_name(name: str, w: Words | None = None) -> str:
    """A name without honorifics, ranks or degrees."""
    w = w or words()
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    while parts and is_affix(parts[0], w) and len(parts) > 1 and bare(parts[0]).rstrip(".") not in w.opens_name:
        parts.pop(0)  # (a noble's word opening the name is one of its words: "Andi Bahari", "Teuku Zulhelmi")
    while parts and (glued := GLUED_HONORIFIC.match(parts[0])) and is_affix(glued.group(1) + ".", w):
        parts[0] = parts[0][glued.end(1) + 1 :]  # "H.Purwadi", "Drs.H.Purwadi": honorifics glued to the name
    while len(parts) > 1:
        if len(parts) > 2 and undotted(parts[-2] + parts[-1]) in w.degree_forms:
            del parts[-2:]  # a degree written in two pieces: "Hamdan M Pd", "M Fatria M H"
        elif is_affix(parts[-1], w) and bare(parts[-1]).rstrip(".") not in w.keep_honorifics:
            parts.pop()  # (a noble's word closing the name is one of its words: "Rois Habib")
        else:
            break
    return " ".join(p.rstrip(",") for p in parts)
