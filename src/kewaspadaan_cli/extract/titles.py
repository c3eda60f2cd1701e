"""The title grammar: how far a position's title runs after its head.

A title is [acting mark] head [unit] [pada/di body] [body] [place]: "Plt Kepala Bidang Ketahanan
Ekonomi dan Sosial Budaya pada Badan Kesbangpol Kabupaten X", "Kasubdit ... Direktorat ... (Dit...)
Polda X", "Danrem 012/Teuku Umar". Heads come from ``lexicons/positions.jsonl``; the words a title
runs over (units, bodies, fields of government) from ``official_words.jsonl`` kind ``title_word``,
institution names and acronyms; places from the region gazetteer.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kewaspadaan_cli.extract.names import bare, in_lower_case_line, is_affix, speaks_elsewhere
from kewaspadaan_cli.extract.official_words import Words, words
from kewaspadaan_cli.nlp import ends_with_abbreviation

Token = tuple[int, int, str]

TOKEN = re.compile(r"\(?[A-Za-z0-9][\w'’.&/-]*\)?|[,;:\"“”()]|[–—-]")
ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,3}|XI{1,3}|XIV|XV|XVI{0,3})$")
CODE = re.compile(r"^\d[\d/.-]*[A-Za-z]*(?:/[\w.-]+)*$")


def tokens(text: str, start: int, limit: int = 240) -> list[Token]:
    """The words and marks from ``start`` on; a rank of several words is one token ("Ajun Komisaris Besar
    Polisi", "Letnan Kolonel"), so that it is read, and skipped before a name, as one rank."""
    toks = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text, start, min(len(text), start + limit))]
    w = words()
    starts = _rank_starts(w.digest)
    if not any(t[2][:1].isupper() and t[2].lower() in starts for t in toks):
        return toks
    out: list[Token] = []
    i = 0
    while i < len(toks):
        n = _rank_run(text, toks, i, w.ranks_multi, starts)
        if n > 1:
            s, e = toks[i][0], toks[i + n - 1][1]
            out.append((s, e, text[s:e]))
            i += n
        else:
            out.append(toks[i])
            i += 1
    return out


@lru_cache(maxsize=4)
def _rank_starts(digest: str) -> frozenset[str]:
    """The first words of the multi-word ranks (once per lexicons)."""
    return frozenset(r[0] for r in words().ranks_multi)


def _rank_run(text: str, toks: list[Token], i: int, multi: tuple[tuple[str, ...], ...], starts: frozenset[str]) -> int:
    """How many tokens from ``i`` spell the longest multi-word rank, capitalised and on one line (0 if none)."""
    first = toks[i][2]
    if not first[:1].isupper() or first.lower() not in starts:
        return 0
    best = 0
    for rank in multi:
        n = len(rank)
        if n <= best or i + n > len(toks):
            continue
        got = toks[i : i + n]
        if all(
            t[2].rstrip(",").lower() == w and t[2][:1].isupper() and (k == n - 1 or not t[2].endswith(","))
            for k, (t, w) in enumerate(zip(got, rank, strict=True))
        ) and all(text[a[1] : b[0]] in {" ", "\t"} for a, b in zip(got, got[1:], strict=False)):
            best = n
    return best


@lru_cache(maxsize=4096)
def norm_head(head: str) -> str:
    return re.sub(r"\s+", " ", head.lower())


@cache
def _kecamatan_names() -> frozenset[str]:
    """The kecamatan's bare names, lower-cased, also written without their spaces ("rawajitu timur" and
    "rawajitutimur" for Rawa Jitu Timur), as local writing often joins a name's words."""
    from kewaspadaan_cli.extract.regions import gazetteer

    names = {r.bare.lower() for r in gazetteer().regions.values() if r.type == "kecamatan"}
    return frozenset(names | {n.replace(" ", "") for n in names if " " in n})


def _holds_place(outer: str, inner: str) -> bool:
    """Can the region written ``outer`` hold the one written ``inner`` (a province after its kabupaten:
    "Bupati Garut Jawa Barat"), or is it a form of the same region? Unknown forms hold anything."""
    from kewaspadaan_cli.extract.regions import gazetteer

    forms = gazetteer().forms
    outs = {c for c, _ in forms.get(re.sub(r"\s+", " ", outer.lower()).strip(), set())}
    ins = {c for c, _ in forms.get(re.sub(r"\s+", " ", inner.lower()).strip(), set())}
    if not outs or not ins:
        return True
    return any(i == o or i.startswith(o + ".") for o in outs for i in ins)


def region_len(text: str, pos: int, kecamatan: bool = False) -> int:
    """Length of a region or kecamatan name (with Kab./Kota prefix) starting at ``pos``, or 0."""
    if pos >= len(text) or not text[pos].isupper():
        return 0
    return _region_len(text[pos : pos + 60].lower(), kecamatan)


@lru_cache(maxsize=4096)
def _region_len(lower: str, kecamatan: bool) -> int:
    from kewaspadaan_cli.extract.regions import gazetteer

    forms = gazetteer().forms
    kec = _kecamatan_names()
    best = 0
    for n, m in enumerate(_WORDS.finditer(lower)):
        if n == 5:
            break
        e = m.end()
        cand = (
            lower[:e].rstrip(".")
            if lower[:e].endswith(".") and not lower[:e].endswith(("kab.", "prov.", "kec."))
            else lower[:e]
        )
        if cand in forms or (kecamatan or " " in cand) and (cand in kec or cand.replace(" ", "") in kec):
            best = len(cand)
    return best


_WORDS = re.compile(r"[\w.'-]+")


@lru_cache(maxsize=65536)
def _misspelled_region(tok: str) -> bool:
    """A capitalised word one letter off a one-word kabupaten/kota or province name ("Sintan" for
    Sintang); plain words and known names are not."""
    import difflib

    from kewaspadaan_cli.extract.names import is_common_word

    low = tok.lower()
    if len(low) < 5 or not tok[:1].isupper() or not low.isalpha() or is_common_word(low):
        return False
    cands = [r for r in _one_word_regions().get(low[:2], ()) if abs(len(r) - len(low)) <= 1 and r != low]
    return bool(difflib.get_close_matches(low, cands, n=1, cutoff=0.9))


@cache
def _one_word_regions() -> dict[str, tuple[str, ...]]:
    from kewaspadaan_cli.extract.regions import gazetteer

    out: dict[str, set[str]] = {}
    for r in gazetteer().regions.values():
        b = r.bare.lower()
        if r.type != "kecamatan" and " " not in b and len(b) >= 5:
            out.setdefault(b[:2], set()).add(b)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=4)
def _villages(digest: str) -> dict[str, str]:
    """``villages.jsonl``: the village names of each two-letter start, one newline-framed string."""
    from kewaspadaan_cli.lexicons import read_rows

    return {r["start"]: "\n" + r["names"] + "\n" for r in read_rows("villages.jsonl")}


def is_village(name: str, w: Words) -> bool:
    """A desa or kelurahan of the Kemendagri tables ("Sukajadi", "Cipinang Melayu", "Suka Maju")."""
    key = re.sub(r"[^\w]", "", name.lower())
    blob = _villages(w.digest).get(key[:2]) if len(key) >= 3 else None
    return blob is not None and f"\n{key}\n" in blob


def village_span(toks: list[Token], i: int, w: Words) -> int:
    """How many tokens from ``i`` name a village (the longest, up to four capitalised words within a
    clause); 0 when none does or the first word is a title's ("Kelurahan", "Kabupaten")."""
    from kewaspadaan_cli.extract.names import is_title_material

    first = toks[i][2].rstrip(",.")
    if not first[:1].isupper() or is_title_material(first, w) or title_word(first, w) or is_affix(first, w):
        return 0
    best = 0
    parts: list[str] = []
    for k in range(i, min(len(toks), i + 4)):
        tok = toks[k][2]
        core = tok.rstrip(",.")
        if not core[:1].isupper() or tok.startswith("("):
            break
        parts.append(core)
        if is_village(" ".join(parts), w):
            best = k - i + 1
        if tok != core:
            break
    return best


# the words a Balinese name opens with ("I" for men, "Ni" for women) before its birth-order or caste name
# (``official_words.jsonl`` "balinese_name"): there "I" is the name's, no roman numeral of the title
BALINESE_OPENERS = frozenset({"I", "Ni"})
# the next link of a chain of places after a comma ("Kelurahan Empong, Kecamatan Binamu, Kabupaten Jeneponto")
_NEXT_PLACE = re.compile(r",[ \t]*(?:Kecamatan|Kec\.|Distrik|Kabupaten|Kab\.|Kota)[ \t]+[A-Z]")


def _chained_place(text: str, toks: list[Token], i: int, w: Words) -> int:
    """A village's name the tables do not hold (or spell otherwise), known as a place by the chain of
    places its comma opens: one or two capitalised words up to ", Kecamatan X" (0 when none)."""
    for k in (1, 2):
        if i + k > len(toks):
            break
        last = toks[i + k - 1]
        core = last[2].rstrip(",.")
        if not core[:1].isupper() or is_affix(core, w) or title_word(core, w):
            return 0
        end = last[0] + len(core)
        if _NEXT_PLACE.match(text, end):
            return k
        if last[2] != core:
            return 0
    return 0


def _place_before_holder(text: str, toks: list[Token], i: int, w: Words) -> int:
    """After a village's word or head, one capitalised word the tables do not hold, closed by a comma, before
    a name of two capitalised words: the village's name, then its holder ("Raja Negeri Tihoru, Samaun
    Tehwayo"); 1, or 0 when the words do not read so."""
    if i + 3 >= len(toks) or toks[i + 1][2] != ",":
        return 0
    core = toks[i][2]
    if not core[:1].isupper() or is_affix(core, w) or title_word(core, w) or core.lower() in w.heads:
        return 0
    first, second = toks[i + 2][2], toks[i + 3][2]
    if not (first[:1].isupper() and second[:1].isupper()) or w.head_re.match(text, toks[i + 2][0]):
        return 0  # (a list of posts: "Kepala Desa Sugeng, Kepala Dusun Budi")
    return 0 if title_word(first, w) or is_affix(first, w) else 1


def _written_unit(tok: str, w: Words) -> bool:
    """A unit's word written out, no head ("Biro", "Bagian", not "Kasi"): an operation's word after it is the
    unit's field ("Kepala Biro Operasi X", "Kepala Bagian Ops")."""
    b = bare(tok)
    return b in w.of("unit_word") and b not in w.heads


def _village_ctx(toks: list[Token], i: int, head: str, start: int, w: Words) -> bool:
    """The word before token ``i`` is a village's ("Desa", "Kelurahan", "BPD") or the head a village
    head's ("Kades", "Lurah")."""
    vw = w.of("village_word")
    if i > start or i > 0 and start > 0:
        prev = toks[i - 1][2]
        if prev.startswith("(") and prev.endswith(")"):  # "Kepala Desa (Kades) Kembang Kuning": the acronym aside
            if i - 1 <= start:
                return norm_head(head) in vw
            prev = toks[i - 2][2]
        two = f"{bare(toks[i - 2][2])} {bare(prev)}" if i >= 2 else ""
        # (or the two words before: "Pemerintah Negeri Tihoru", where "Negeri" alone is also a court's)
        return bare(prev).rstrip(".") in vw or bare(prev) in vw or two in vw
    return norm_head(head) in vw


def _spoken_elsewhere(text: str, at: int, span: str) -> bool:
    """The words also name a speaker elsewhere in the article ("kata Sugeng", "Sugeng mengatakan"):
    a person's name, not the village's."""
    from kewaspadaan_cli.extract.names import SPEAKS, SPEECH_VERB

    for m in re.finditer(rf"(?<![\w-]){re.escape(span)}(?![\w-])", text):
        if m.start() == at:
            continue
        if re.search(rf"\b(?:{SPEECH_VERB}|[Mm]enurut)[ \t]+$", text[max(0, m.start() - 20) : m.start()]):
            return True
        tail = re.match(r"(?:[ \t]+[A-Z][\w'’-]*){0,3}", text[m.end() : m.end() + 60])
        if SPEAKS.match(text, m.end() + (tail.end() if tail else 0)):
            return True
    return False


def _village_place(text: str, toks: list[Token], i: int, k: int, w: Words) -> bool:
    """Whether the village name at tokens ``i``..``i+k`` is the title's place and not its holder's
    name. A name after it settles it ("Lurah Cipinang Melayu Rudi Hartono", "Kelurahan Sukajadi,
    Budi"); a village name that closes the clause ("Kepala Desa Cisait mengatakan") is the place unless
    the article has it speak elsewhere ("... kata Sugeng")."""
    last = toks[i + k - 1]
    span = text[toks[i][0] : last[0] + len(last[2].rstrip(",."))]
    nxt = toks[i + k] if i + k < len(toks) else None
    ahead = nxt is not None and nxt[2][:1].isupper() and not last[2].endswith((",", ".")) and not nxt[2].startswith("(")
    if not ahead and nxt is not None and nxt[2] == "," and i + k + 1 < len(toks):
        after = toks[i + k + 1]
        ahead = after[2][:1].isupper() and not (w.head_re.match(text, after[0]) and after[2][:1].isupper())
    return not _spoken_elsewhere(text, toks[i][0], span) if not ahead or k == 1 else True


def title_word(tok: str, w: Words | None = None) -> bool:
    """A word a title runs over: a unit, body or field word, an acronym, a unit code, a roman numeral."""
    w = w or words()
    b = bare(tok)
    # a numeral in brackets is closed there ("(II)"); "(I Made ..." opens a Balinese name in brackets
    opens_only = tok.startswith("(") and not tok.rstrip(",.").endswith(")")
    if ROMAN.match(tok.strip("(),")) and not opens_only or CODE.match(tok) or "/" in tok:
        return True
    tw = w.of("title_word")
    if b in tw or b.rstrip(".") in tw or w.is_inst(tok.rstrip(",")):
        return True
    if any(b.startswith(g) and 1 <= len(b) - len(g) <= 4 for g in w.of("glued_body")):
        return True  # "Poldasu", "Provsu": a body glued to a region's abbreviation
    if tok.startswith("(") and tok.endswith(")") and len(tok) <= 16:
        return True  # "(Kapolres)"
    letters = [c for c in tok if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters) and len(tok) <= 13 and bare(tok) not in w.ranks:
        return True
    return tok[:1].isupper() and _misspelled_title_word(b.rstrip(".,"), w.digest)


def _listed_title_word(tok: str, title_words: frozenset[str] | set[str], w: Words) -> bool:
    """A title word after a comma of a title's list ("Perdagangan, Koperasi dan UMKM"), also misspelled by
    a letter ("Koprasi")."""
    b = bare(tok)
    return b in title_words or tok[:1].isupper() and _misspelled_title_word(b.rstrip(".,"), w.digest)


@lru_cache(maxsize=16384)
def _misspelled_title_word(low: str, digest: str) -> bool:
    """A title's word misspelled by a letter ("Badan Kessatuan Bangsa dan Poltik"): six letters or more, no
    plain word, given name or place, and close to exactly one title word."""
    from kewaspadaan_cli.extract.names import is_common_word
    from kewaspadaan_cli.extract.official_words import _words_for, misspelling_of
    from kewaspadaan_cli.extract.regions import gazetteer

    w = _words_for(digest)
    if len(low) < 6 or not low.isalpha() or is_common_word(low) or low in w.of("name_word") or low in gazetteer().forms:
        return False
    return misspelling_of(low, [t for t in w.of("title_word") if abs(len(t) - len(low)) <= 1], cutoff=0.88) is not None


def institution(title: str, inst: str | None, w: Words | None = None) -> str | None:
    """The body a title implies: its head's, or the first institution word in it."""
    if inst:
        return inst
    w = w or words()
    for word in re.findall(r"[\w-]+(?:\s+PP)?", title):
        hit = w.inst_words.get(word.lower())
        if hit and hit not in {"pemda"}:
            return hit
    # a body written out in full: "Ketua Komisi Pemilihan Umum", "Kepala Badan Kesatuan Bangsa dan Politik"
    m = _phrases(w.digest).search(title.lower())
    return _phrase_owner(w.digest)[m.group(0)] if m else None


@lru_cache(maxsize=4)
def _phrase_owner(digest: str) -> dict[str, str]:
    """The institutions' names of several words (lower-cased), and whose they are (pemda's left out,
    as for single words: a title in a regional government names its own office). Not the
    institutions matcher: its scan is shared by the vocabularies and keeps the article's last scan,
    which a title between two of their calls would replace."""
    w = words()
    return {t: i for t, i in w.inst_words.items() if " " in t and i != "pemda"}


@lru_cache(maxsize=4)
def _phrases(digest: str) -> re.Pattern[str]:
    names = sorted(_phrase_owner(digest), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else re.compile(r"(?!)")


def body_name_len(toks: list[Token], i: int, w: Words) -> int:
    """How many words from ``i`` spell a body's name of two to four words ("Polisi Pamong Praja"), or 0."""
    words: list[str] = []
    for k in range(i, min(len(toks), i + 4)):
        tok = toks[k][2]
        if not tok[:1].isupper():
            break
        words.append(bare(tok).rstrip("."))
        if len(words) > 1 and " ".join(words) in w.inst_words:
            return k - i + 1
        if tok.endswith(","):
            break
    return 0


def _named_body_ahead(toks: list[Token], i: int, w: Words, placed: bool = False) -> bool:
    """Capitalised words at ``i`` that name a unit or body: followed by its acronym in brackets
    ("Gampong (DPG)"), also across a "dan" when the acronym spells the words' initials ("Siber dan Sandi
    Negara (BSSN)"), or by "dan" and a title word ("Datin dan Humas")."""
    from kewaspadaan_cli.extract.names import is_title_material, looks_like_name

    joined = False
    for k in range(i + 1, min(len(toks), i + 6)):
        tok = toks[k][2]
        if tok.startswith("(") and tok.endswith(")") and tok[1:2].isupper() and len(tok) <= 12:
            named = [t[2].rstrip(",.") for t in toks[i:k] if t[2].lower() != "dan"]
            initials = "".join(x[:1] for x in named)
            if joined:
                return _spells(tok[1:-1].upper(), initials.upper())
            # after the title's place, "Gubernur Sumatera Barat Irwan Prayitno (IP)": a person's name
            # and its initials, not a body and its acronym ("Direktur Save Our Borneo (SOB)")
            if placed and tok[1:-1] == initials and len(named) >= 2 and looks_like_name(named, w):
                return False
            # "Presiden Joko Widodo (Jokowi)", "Bupati Garut Rudy Gunawan (Rudy)": a person's name and the
            # short name the press calls him by, a word and no acronym, no body's name
            inner = tok[1:-1]
            return not (
                not inner.isupper()
                and not w.is_inst(inner)
                and not is_title_material(inner, w)
                and len(named) >= 2
                and looks_like_name(named, w)
            )
        nxt = bare(toks[k + 1][2]).rstrip(".") if k + 1 < len(toks) else ""
        if tok.lower() == "dan" and nxt not in w.heads and (nxt in w.of("title_word") or is_title_material(nxt, w)):
            # (not a person's name of two words or more before "dan" and a body: "Sekda Budi Purwanto dan
            # Forkopimda" lists the Sekda and the forum; nor one right after the title's place: "Ketua Bawaslu
            # Kalbar Ruhermansayah dan Kesbangpol ...")
            named = [t[2].rstrip(",.") for t in toks[i:k]]
            return not (
                (len(named) >= 2 or placed)
                and not any(title_word(x, w) or is_title_material(x, w) for x in named)
                and looks_like_name(named, w)
            )
        if tok.lower() == "dan" and not joined and k > i and toks[k + 1 : k + 2] and toks[k + 1][2][:1].isupper():
            joined = True
            continue
        if not tok[:1].isupper() or tok.endswith(",") or k > i + 3 and not joined:
            return False
    return False


def _lower_body_with_acronym(toks: list[Token], i: int, w: Words) -> int:
    """The index after a body's name written in lower case and closed by its known acronym in brackets
    ("pengawas pemilihan umum (Bawaslu)"), or 0."""
    for k in range(i, min(len(toks), i + 6)):
        tok = toks[k][2]
        if k > i and tok.startswith("(") and tok.rstrip(",.").endswith(")"):
            acronym = tok.rstrip(",.").strip("()")
            words = [t[2] for t in toks[i:k]]
            known = [x in w.of("title_word") or w.is_inst(x) for x in words]
            return k + 1 if w.is_inst(acronym) and known[-1] and 3 * sum(known) >= 2 * len(words) else 0
        if not (tok.isalpha() and tok.islower()):
            return 0
    return 0


def spelled_by_list(acronym: str, words: list[str]) -> bool:
    """Does a bracketed acronym spell the initials of the last three or more capitalised words before it,
    exactly, a digit repeating the letter before it ("DP3AKB": Dinas Pemberdayaan Perempuan, Perlindungan
    Anak dan Keluarga Berencana; "PPEPD": Perencanaan, Pengendalian, Evaluasi Pembangunan Daerah)?"""
    acr = re.sub(r"([A-Za-z])(\d)", lambda x: x.group(1) * int(x.group(2)), acronym).upper()
    if not acr.isalpha():
        return False
    caps = [x for x in words if x[:1].isupper()]
    return any("".join(x[0] for x in caps[-k:]).upper() == acr for k in range(3, len(caps) + 1))


def _spells(acronym: str, initials: str) -> bool:
    """Are the initials, in order, letters of the acronym ("SSN" in "BSSN")?"""
    rest = iter(acronym)
    return len(initials) >= 2 and all(c in rest for c in initials)


def _body_or_place(text: str, tok: Token, w: Words) -> bool:
    """A capitalised body, unit or place starts at ``tok`` ("Badan", "Sat", "Polres", "Sipirok")."""
    from kewaspadaan_cli.extract.names import is_title_material

    word = tok[2]
    return word[:1].isupper() and (
        is_title_material(word, w) or region_len(text, tok[0], kecamatan=True) > 0 or title_word(word, w)
    )


def _lower_field(tok: str, w: Words) -> bool:
    """A field of a unit written in lower case ("pengendalian", "partisipasi")."""
    return tok.islower() and _unit_name_word(tok, w) and title_word(tok, w)


def _unit_name_word(tok: str, w: Words) -> bool:
    """A plain Indonesian word (a root or a derived word), not a given name: part of a unit's name."""
    from kewaspadaan_cli.extract.names import is_common_word

    word = tok.rstrip(",.")
    return word.isalpha() and word.lower() not in w.of("name_word") and is_common_word(word)


def _enumeration_ahead(toks: list[Token], i: int, w: Words) -> bool:
    """Capitalised plain words from ``i`` listed with commas and closed by "dan" and one more such
    word: the fields of a unit ("Sosial, Budaya dan Agama"), not a name."""

    def field(tok: str) -> bool:
        return (
            tok[:1].isupper()
            and bare(tok) not in w.heads
            and (_unit_name_word(tok, w) or bare(tok).rstrip(".") in w.of("title_word") or w.is_inst(tok.rstrip(".")))
        )  # (a body the unit deals with is one of its fields too: "Sosial, Budaya, Agama dan Ormas")

    k = i
    while k < len(toks) and k < i + 8:
        tok = toks[k][2]
        if tok.lower() == "dan":
            return k + 1 < len(toks) and field(toks[k + 1][2]) and k > i
        if tok.startswith("(") and tok.endswith(")") and tok[1:-1].isupper() and k > i + 1:
            # closed by the unit's acronym that spells the fields listed: "Perencanaan, Pengendalian,
            # Evaluasi Pembangunan Daerah (PPEPD)"
            first = max(i - 1, 0)  # back over the fields before the comma (at most three words)
            while first > max(i - 4, 0) and field(toks[first - 1][2].rstrip(",")):
                first -= 1
            return spelled_by_list(tok[1:-1], [t[2].rstrip(",") for t in toks[first:k] if t[2] != ","])
        if tok != "," and not field(tok.rstrip(",")):
            return False
        k += 1
    return False


def _shouted_name(text: str, toks: list[Token], i: int, w: Words) -> bool:
    """Two words in capitals at ``i`` that no lexicon knows, in a line of lower-case text: a name written
    in capitals after its title ("Ketua KPU Kab. Minahasa RENDY SUAWAH, S.Si"), not a body's acronym."""
    pair = toks[i : i + 2]
    if len(pair) < 2 or i and toks[i - 1][2].endswith(","):
        return False
    cores = [t[2].rstrip(",.") for t in pair]
    tw = w.of("title_word")
    if not all(c.isalpha() and c.isupper() and len(c) >= 3 for c in cores) or pair[0][2].endswith(","):
        return False
    if any(
        c.lower() in tw or w.is_inst(c) or is_affix(c, w) or region_len(text, t[0])
        for c, t in zip(cores, pair, strict=True)
    ):
        return False
    return in_lower_case_line(text, pair[0][0], pair[1][1])


def _unopened(toks: list[Token], start: int, i: int) -> bool:
    """The bracket closed at token ``i - 1`` was opened before token ``start``."""
    return sum(t[2].count("(") - t[2].count(")") for t in toks[start:i]) < 0


def extend(text: str, toks: list[Token], head: str, title_end: int, w: Words, start: int = 0) -> tuple[int, int]:
    """Run the title over its words from token ``start``: (index of the first token after it, its end)."""
    i = start
    n = len(toks)
    local_head = norm_head(head) in w.of("local_head")
    national = norm_head(head) in w.national
    title_words = w.of("title_word")
    unit = False
    glued_at: int | None = None
    units = w.of("unit_word")
    numbered = norm_head(head) in w.of("numbered_command")
    landforms = w.of("landform")
    in_unit = norm_head(head) in units or any(bare(t[2]) in units for t in toks[:start])
    if start and region_len(text, toks[start - 1][0]):
        in_unit = False  # the run before closed with a place: "Kabid X Bapelitbangda Kabupaten Lebak | Rian Hardian"
    placed = -1
    place_at = -1  # where the title's last place starts
    while i < n:
        s, e, tok = toks[i]
        if i > start and toks[i - 1][2].endswith(")") and _unopened(toks, start, i):
            if text[title_end - 1 : title_end] == ")":
                title_end -= 1
            break  # "Wirdhanto (Kapolres Garut) dalam ...": the bracket the title stood in closes it
        in_unit = in_unit or bare(tok) in units or i > start and bare(toks[i - 1][2]) in units
        if "." in text[title_end:s] or "\n" in text[title_end:s]:
            break
        if (
            i > start
            and tok[:1].isupper()
            and text[title_end - 1 : title_end] == "."
            and toks[i - 1][1] == title_end
            and not ends_with_abbreviation(text, 0, title_end)
            and not region_len(text, s)  # ("Ketua Bawaslu Provinsi. NTT X": a stray dot before the place)
        ):
            title_end -= 1
            break  # "... tujuh Anggota DKPP. Yakni, Harjono": the sentence ended with the title's last word
        if tok.lower().rstrip(",.") == "setempat":
            title_end = s + len("setempat")
            i += 1
            break  # "Ketua KPU setempat, Fadli", "Kapolres setempat AKBP X": the local post, its place said so
        acting_only = all(toks[x][2].startswith("(") for x in range(start, i))  # "Penjabat (Pj.) Gubernur"
        served = i == start == 0 and norm_head(head) in w.of("staff_head")  # "Waaster Panglima TNI"
        if (
            tok.lower().rstrip(",") in w.heads
            and tok[0].isupper()
            and not (acting_only and head.lower() in w.of("acting_head"))
            and not served
            and not (i == start == 0 and bare(tok) in units)  # "Ketua Divisi ...": a unit that is also a head
            # "Anggota KPU Kota Malang Divisi Hukum": the member's division after the body's place, no other post
            and not (placed == i and bare(tok) in w.of("division_word"))
        ):
            break  # the next person's title (but "Pelaksana Tugas Dirjen ..." is one title)
        if tok.lower().rstrip(",") in w.heads and tok[0].isupper():
            title_end = s + len(tok.rstrip(","))
            i += 1
            continue  # "Penjabat (Pj.) Gubernur", "Pelaksana Tugas Dirjen": the acting head's post
        if i > start and re.fullmatch(r"\d+/", toks[i - 1][2]) and tok[:1].isupper() and not is_affix(tok, w):
            title_end = s + len(tok.rstrip(",."))
            i += 1
            if tok.endswith((",", ".")):
                break
            continue  # "Danrem 143/ Haluoleo": the unit's number and, after a stray space, its name
        if (
            i > start
            and bare(toks[i - 1][2]) in w.of("operation_word")
            and tok[0].isupper()
            and not (i >= 2 and _written_unit(toks[i - 2][2], w))  # "Kepala Biro Operasi": a unit's field
        ):
            k = i  # "Kaposko Ops Damai Cartenz 2024, Kombes X": the operation's name and year, then the holder
            while k < n and k < i + 4 and (toks[k][2][:1].isupper() and not is_affix(toks[k][2], w)):
                k += 1
                if toks[k - 1][2].endswith(","):
                    break
            if k == i:
                break  # "Kabag Ops AKP Sulaiman": no operation's name, a rank and the holder
            if k < n and re.fullmatch(r"(?:19|20)\d\d,?", toks[k][2]):
                k += 1
            title_end = toks[k - 1][0] + len(toks[k - 1][2].rstrip(","))
            i = k
            if toks[k - 1][2].endswith(","):
                break
            continue
        if i > start and bare(toks[i - 1][2]) in landforms and tok[0].isupper() and not tok.startswith("("):
            title_end = s + len(tok.rstrip(",."))
            i += 1
            if tok.endswith((",", ".")):
                break
            continue  # "Polres Pulau Ambon dan Pulau-Pulau Lease": the island's one-word name after its word
        if unit and tok[0].isupper() and not is_affix(tok, w) and tok not in {",", "(", ")"}:
            if glued_at is not None and (rl := region_len(text, glued_at)) and glued_at + rl <= s:
                break  # "Pasiter Kodim 1505/Tidore Andy Purwanto": the unit's place is whole, the name follows
            title_end = s + len(tok.rstrip(",."))
            i += 1
            if tok.endswith((",", ".")):
                break
            continue  # the name of a unit after its number: "Danrem 012/Teuku Umar"
        if not unit:
            # "1505/Tidore": the unit's place glued after its number, read as a region where it is one
            glued_at = s + tok.index("/") + 1 if "/" in tok and tok.rstrip(",.")[-1:].isalpha() else None
        after_slash = tok.rstrip(",.").rsplit("/", 1)[-1] if "/" in tok else ""
        unit = (
            # (not two bodies' names: "Menteri PPN/Bappenas", "Menteri ATR/BPN")
            (
                "/" in tok
                and after_slash[-1:].isalpha()
                and not w.is_inst(after_slash)
                and bare(after_slash) not in title_words
            )
            or bool(re.fullmatch(r"\d{2,5}", tok))
            and not (i > 0 and bare(toks[i - 1][2]) in w.of("numbered_place"))  # "Ketua KPPS TPS 14 Sumarno"
            or (numbered and ROMAN.match(tok) is not None)  # "Pangdam V Brawijaya": the command's name follows
        )
        if tok == "," and i + 1 < n and region_len(text, toks[i + 1][0]) and i + 2 < n:
            nxt_end = toks[i + 1][0] + region_len(text, toks[i + 1][0])
            after = next((t for t in toks if t[0] >= nxt_end), None)
            if after and (after[2].lower() == "dan" or after[2] == ","):
                i += 1  # a list of regions inside the title: "Wilayah Buleleng, Jembrana dan Karangasem"
                continue
        if (
            tok == ","
            and i + 1 < n
            # (after the title's place a word near a title word is no field misspelled: "Bawaslu Papua Barat Daya,
            # Parlindungan, Kombespol ...", a name; "Perlindungan" is a field)
            and (
                (
                    bare(toks[i + 1][2]) in title_words
                    if placed == i
                    else _listed_title_word(toks[i + 1][2], title_words, w)
                )
                or w.is_inst(toks[i + 1][2])
            )
            and bare(toks[i + 1][2]) not in w.heads
            and bare(toks[i + 1][2]) != "dan"
            and (in_unit or not w.is_inst(toks[i + 1][2]))  # (not a list of bodies: "Kajari, Pengadilan Negeri, ...")
        ):
            i += 1  # "Menteri Koordinator bidang Politik, Hukum, dan Keamanan"
            continue
        if (
            tok == ","
            and i + 1 < n
            and toks[i + 1][2].lower() == "dan"
            and i + 2 < n
            and _listed_title_word(toks[i + 2][2], title_words, w)
        ):
            i += 2
            continue
        if tok == "," and in_unit and _enumeration_ahead(toks, i + 1, w):
            i += 1  # "Bidang Ketahanan Ekonomi, Sosial, Budaya dan Agama": the unit's fields listed
            continue
        if tok in {",", ";", ":", '"', "“", "”", "–", "—", "-"}:
            break
        if (
            tok.startswith("(")
            and tok.endswith(")")
            and len(tok) <= 24
            and not text[title_end:s].strip()
            and tok.strip("()").lower() not in w.corps  # "Danlanal (Mar) Agustinus Purba": a corps
        ):
            title_end = e
            i += 1
            continue  # the title's abbreviation: "Inspektur Jenderal (Irjen) Kemendagri"
        if tok.startswith("(") and not tok.endswith(")") and tok[1:2].isupper() and not text[title_end:s].strip():
            close = next((x for x in range(i + 1, min(n, i + 4)) if toks[x][2].endswith(")")), None)
            inside = [toks[x][2].strip("()") for x in range(i, close + 1)] if close is not None else []
            whole = " ".join(inside).lower()
            if (
                close is not None
                and (
                    whole in w.heads
                    or all(x.lower() in w.heads or title_word(x, w) for x in inside)
                    # "(Kaban Kesbanngpol)": the head's short form, then the body's, known or not
                    or inside[0].lower() in w.heads
                    and all(x[:1].isupper() and x.isalpha() and len(x) <= 16 for x in inside[1:])
                )
            ):
                title_end = toks[close][1]
                i = close + 1
                continue  # a two-word abbreviation: "Menteri Koordinator ... (Menko Polhukam)"
        body = body_name_len(toks, i, w)
        if body:  # "anggota Satuan Polisi Pamong Praja": a body's name, though "Polisi" is also a rank's word
            last = toks[i + body - 1]
            title_end = last[0] + len(last[2].rstrip(","))
            i += body
            if last[2].endswith(","):
                break
            continue
        if is_affix(tok, w) and not (i > 0 and "/" in toks[i - 1][2]):
            break
        if bare(tok) in w.ranks and i + 1 < n and is_affix(toks[i + 1][2], w):
            break  # "Kapolri Jenderal Pol Listyo": a rank with its corps, not a title word
        if text[title_end:s].count("\n"):
            break
        if tok[:1].isupper() and _village_ctx(toks, i, head, start, w):
            k = village_span(toks, i, w) or _chained_place(text, toks, i, w) or _place_before_holder(text, toks, i, w)
            if k and _village_place(text, toks, i, k, w):
                title_end = toks[i + k - 1][0] + len(toks[i + k - 1][2].rstrip(",."))
                i += k
                continue  # "Kepala Kelurahan Sukajadi, Budi", "Lurah Cipinang Melayu Rudi Hartono"
        prev_num = i > 0 and (toks[i - 1][2][:1].isdigit() or bare(toks[i - 1][2]) in w.of("local_prev"))
        rl = region_len(text, s, kecamatan=local_head or prev_num)
        after_kind = i > 0 and bare(toks[i - 1][2]).rstrip(".") in {"kabupaten", "kota", "provinsi", "kab", "prov"}
        if (
            not rl
            and (i == start or after_kind)
            and i + 1 < n
            and toks[i + 1][2][:1].isupper()
            and _misspelled_region(tok)
        ):
            rl = len(tok)  # "Bupati Sintan Jarot Winarno": a place misspelled, then the name
        if rl and national:
            break  # "Wamendagri Bima Arya Sugiarto": a national title, then the name
        if rl and placed == i and place_at >= 0 and not _holds_place(text[s : s + rl], text[place_at:title_end]):
            break  # "Wali Kota Bogor Bima Arya": a second place that does not hold the first opens the name
        if rl:
            place_at = s
            end = s + rl
            title_end = end
            in_unit = False  # the place closes the unit's name: "Kabag Humas Pemkab Garut Aji Sukarmaji"
            while i < n and toks[i][0] < end:
                i += 1
            placed = i  # the token after a place
            continue
        if (
            tok.lower() == "dan"
            and i + 1 < n
            and w.head_re.match(text, toks[i + 1][0])
            and toks[i + 1][2][:1].isupper()
            and any(w.is_inst(t[2].rstrip(",.")) or title_word(t[2], w) for t in toks[start:i])
        ):
            break  # "Kepala Dispermades dan Kepala Kesbangpol X": a second title (not "Bupati dan Wakil Bupati X")
        if (
            tok.lower() == "dan"
            and i + 1 < n
            and not (title_word(toks[i + 1][2], w) or region_len(text, toks[i + 1][0]))
            and not (
                in_unit
                and toks[i + 1][2][:1].isupper()
                and (
                    _unit_name_word(toks[i + 1][2], w)
                    or i + 2 < n
                    and toks[i + 2][2][:1].isupper()
                    and bare(toks[i + 2][2]) in title_words
                    and bare(toks[i + 2][2]) not in w.heads
                )
            )
        ):
            break
        if tok[:1].isupper() and not is_affix(tok, w) and _named_body_ahead(toks, i, w, placed == i):
            title_end = s + len(tok.rstrip(","))
            i += 1
            continue  # "Dewan Pimpinan Gampong (DPG)", "Divisi Datin dan Humas": a named unit or body
        nxt = toks[i + 1] if i + 1 < n else None
        if nxt is not None and tok.lower() == "dari" and nxt[2][:1].isupper() and bare(nxt[2]) in units:
            title_end = nxt[0]  # "Anggota DPRD Sintang dari Fraksi PDI Perjuangan": a unit of the body
            i += 1
            continue
        if nxt is not None and (tok.lower() in {"di", "pada", "asal"} or len(tok) == 1 and tok.isupper()):
            if tok.lower() == "di" and placed >= 0:
                break  # "Ketua KPU Kerinci di Desa Muarasemerah": the title has its place; "di" says where he is
            if _body_or_place(text, nxt, w) and not text[e : nxt[0]].strip():
                title_end = nxt[0]  # "Kabid ... pada Badan Kesbangpol", "Wadanyon C Sat Brimob ... di Sipirok"
                i += 1
                continue
        if (
            in_unit
            and tok[:1].isupper()
            and bare(tok) not in w.heads
            and _unit_name_word(tok, w)
            # (a plain word before a given or family name opens the name where the article has it speak:
            # "Direktur Fasilitasi Kepala Daerah Akmal Malik ... kata Akmal"; not "Dinas Sosial Budaya Siti")
            and not (
                nxt is not None
                and nxt[2][:1].isupper()
                and bare(nxt[2]) in w.of("name_word")
                and not title_word(tok, w)
                and speaks_elsewhere(text, toks[i], w)
            )
        ):
            title_end = s + len(tok.rstrip(","))
            i += 1
            if tok.endswith(","):
                break
            continue  # "Bidang Ketahanan Ekonomi dan Sosial Budaya": plain words name the unit
        if (
            in_unit
            and tok == "dan"
            and i > start
            and i + 2 < n
            and toks[i + 1][2].islower()
            and toks[i + 2][2][:1].isupper()
            and _unit_name_word(toks[i + 1][2], w)
            and title_word(toks[i + 1][2], w)
            and not w.head_re.match(text, toks[i + 2][0])
        ):
            title_end = toks[i + 1][1]
            i += 2
            continue  # "Bidang Pencegahan Konflik dan kewaspadaan Nasional": a field's word left in lower case
        if (
            bare(tok) in w.of("name_word")
            and nxt is not None
            and nxt[2][:1].isupper()
            and not title_word(nxt[2], w)
            and not (i > 0 and w.is_inst(f"{bare(toks[i - 1][2])} {bare(tok)}"))
        ):
            break  # "Kabid Humas Agung Setya": a title word that is a given name, before a name (not "Mahkamah Agung")
        if bare(tok) in w.of("name_word") and placed == i and tok[:1].isupper():
            break  # "Ketua KPU Garut Agung mengatakan": after the place, a given name is the holder's
        if i > start and tok.isupper() and _shouted_name(text, toks, i, w):
            break  # "Ketua KPU Kab. Minahasa RENDY SUAWAH, S.Si": the holder's name in capitals
        if (
            tok in BALINESE_OPENERS
            and nxt is not None
            and bare(nxt[2]) in w.of("balinese_name")
            and i > start
            and not title_word(toks[i - 1][2], w)
        ):
            break  # "Perbekel Desa Adipala I Made Sudana": a Balinese name after a place (not "Asisten I")
        spelled = _lower_body_with_acronym(toks, i, w)
        if spelled:  # "Ketua Badan pengawas pemilihan umum (Bawaslu) Kabupaten X": a body's name, then its acronym
            title_end = toks[spelled - 1][1]
            i = spelled
            continue
        if (
            tok.islower()
            and tok in w.of("stop_name")
            and not (nxt is not None and nxt[2][:1].isupper())
            and not (tok == "dan" and in_unit and nxt is not None and _lower_field(nxt[2], w))
        ):
            break  # "Ketua KPU WayKanan dalam sambutannya": a function word, not "dalam Negeri" (nor the "dan" of a
            # unit's fields in lower case: "Koordinator divisi pencegahan dan pengendalian pada Bawaslu")
        if title_word(tok, w) and not (tok[0].isupper() and tok.lower() == "dan"):
            title_end = s + len(tok.rstrip(",")) if not tok.endswith(").") else e - 1
            i += 1
            word = tok.strip("(),.")
            if bare(tok) not in units and (
                w.is_inst(tok.rstrip(",")) or len(word) > 1 and word.isupper() and not ROMAN.match(word)
            ):
                # the body closes the unit's name: "Kabag Humas Setda Aji Sukarmaji", "anggota Komisi III
                # DPR Muslim Ayub" (a body's acronym, not the numeral of "Komisi III")
                in_unit = False
            if tok.endswith(","):
                break
            continue
        break
    if i > start and toks[i - 1][2].endswith(")") and _unopened(toks, start, i) and text[title_end - 1] == ")":
        title_end -= 1  # the text ends with the bracket the title stood in
    return i, title_end
