"""Officials: people with a public position, as Indonesian news writes them.

"Bupati Sintang, dr. H. Jarot Winarno, memimpin ..."; "Kapolres Pamekasan AKBP Nanang Chadarusman";
"Kepala Badan Kesbangpol Pemkab Tanjab Timur Sularto"; "Plt Bupati ... yang diwakili Asisten I Suhas
Purrojani"; "Jarot Winarno selaku Bupati Sintang". This module assembles them: a title found by the
title grammar (``titles.py``) with the name next to it, judged by ``names.py``. A person is listed
once, with the fullest title the text gives; later short mentions ("ujar Agus") point to the full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.extract.matcher import ADMIN_SHORT, finditer
from kewaspadaan_cli.extract.names import (
    CANDIDATE,
    INITIALS,
    SPEAKS,
    SPEAKS_VERB,
    SPEECH_STEM,
    SPEECH_VERB,
    clean_name,
    is_act_noun,
    is_affix,
    is_common_word,
    is_derived,
    is_prefixed_verb,
    is_title_material,
    looks_like_name,
    read_name,
    said_passive,
    speaks_elsewhere,
)
from kewaspadaan_cli.extract.names import bare as _bare
from kewaspadaan_cli.extract.official_words import Words, near_head, words
from kewaspadaan_cli.extract.titles import (
    BALINESE_OPENERS,
    Token,
    body_name_len,
    extend,
    institution,
    norm_head,
    region_len,
    tokens,
)
from kewaspadaan_cli.nlp import ends_with_abbreviation

__all__ = ["Official", "attach_regions", "clean_name", "find_officials"]

# a head inside the name of a place or of a body ("Kantor Bupati", "Kementerian Koordinator Bidang ...")
NOT_A_PERSON_BEFORE = re.compile(
    r"(?:Kantor|Rumah\s+Jabatan|Rujab|Pendopo|Pendapa|Aula|Gedung|Ruang|Halaman|Mapolres|Rumdin|Rumah\s+Dinas|"
    r"Kementerian|Kementrian|Jalan|Jl\.|Jln\.)\s+$"  # ("Jalan Panglima Sudirman": a street's name)
)


@dataclass
class Official:
    name: str
    title: str
    institution: str | None
    acting: str | None
    start: int  # the name's span
    end: int
    title_start: int | None = None
    title_end: int | None = None
    region_code: str | None = None
    aliases: list[tuple[int, int]] = field(default_factory=list)

    def mentions(self, text: str | None = None) -> list[Mention]:
        out = [
            Mention(
                "official",
                self.start,
                self.end,
                self._surface(text, self.start, self.end),
                self.name,
                detail={"title": self.title, "acting": self.acting},
            )
        ]
        if self.title_start is not None and self.title_end is not None:
            out.append(
                Mention(
                    "title",
                    self.title_start,
                    self.title_end,
                    self._surface(text, self.title_start, self.title_end),
                    self.institution,
                    detail={"name": self.name},
                )
            )
        for s, e in self.aliases:
            out.append(Mention("official", s, e, self._surface(text, s, e), self.name, detail={"short": True}))
        return out

    def _surface(self, text: str | None, s: int, e: int) -> str:
        return (text or self._text)[s:e]

    _text: str = ""


def _before_bracket(text: str, start: int, end: int) -> int:
    """The title's end before a bracket that opens the name: "Sekretaris Badan Kesbangpol ( I Gusti Aribawa )"."""
    while end > start and text[end - 1] in " \t(":
        end -= 1
    return end


def _in_place(text: str, toks: list[Token], k: int) -> bool:
    """Whether token ``k`` ends inside a region's name that starts at one of the three tokens before it."""
    end = toks[k][0] + len(toks[k][2].rstrip(",."))
    return any(toks[x][0] + region_len(text, toks[x][0]) >= end for x in range(max(0, k - 3), k))


def _title_then_name(text: str, m: re.Match[str], lex: Words) -> Official | None:
    head = m.group("head")
    inst, acting = lex.heads.get(norm_head(head), (None, None))
    if m.group("acting"):
        acting = lex.acting.get(m.group("acting").lower(), m.group("acting"))
    head_end = m.end()
    if text[head_end : head_end + 2] == ". " and len(head) <= 4 and text[head_end + 2 : head_end + 3].isupper():
        head_end += 1  # "Dir. Binmas Polda Sumsel Kombes Pol. X": a short head's abbreviation dot
    toks = tokens(text, head_end)
    title_end = head_end
    n = len(toks)
    # a rank within a few words ends the title: "Danlanud El Tari Marsma TNI ...", "Kapolsek X AKP Y"
    for k in range(min(n, 7)):
        tk = toks[k][2]
        if (
            tk == ","
            and 0 < k < 4
            and k + 1 < n
            and _bare(toks[k + 1][2]).rstrip(".") in lex.ranks
            and not re.search(r"[()]", text[max(0, m.start() - 2) : toks[k][0]])
        ):
            if _name_after_place(text, toks, k, lex):
                break  # "Kakesbangpol Lamtim Amriadi, Myr Inf Joko S Pabung Lamtim": the holder, then the next
            continue  # "Kapolres Memberamo Tengah, AKBP Deni": a place the grammar does not know, then the rank
        if (
            tk in {",", ";", ":", '"', "“", "”"}
            or re.search(r"[.\n]", text[head_end : toks[k][0]].replace("Kab.", "").replace("Prov.", ""))
            or (tk[:1].islower() and tk.lower() not in lex.of("title_word"))
        ):
            break
        if k > 0 and tk[:1].isupper() and tk.lower().rstrip(",.") in lex.heads and not bare_rank(tk, lex):
            break  # "Ketua Bawaslu X Busran Dandim 1418/Mamuju Letkol. Arh. Y": the rank is the next title's
        if k > 0 and any(body_name_len(toks, x, lex) > k - x for x in (k - 1, k)):
            continue  # "Satuan Polisi Pamong Praja": a body's name, though "Polisi" is also a rank's word
        if k > 0 and _in_place(text, toks, k):
            continue  # "Bupati Tanah Laut H Sahrujani": a place's word, though "Laut" is also a corps ("Kolonel Laut")
        if k > 0 and (_bare(tk).rstrip(".") in lex.ranks or _honorific_opens_name(toks, k, lex)):
            while (
                k > 0
                and _bare(toks[k - 1][2]).rstrip(".") in lex.ranks
                and not lex.is_inst(toks[k - 1][2])
                and not _in_place(text, toks, k - 1)  # ("Kapolres Tanah Laut AKBP X": the place's "Laut")
            ):
                k -= 1  # "Kapolri Jenderal Pol Listyo": the ranks start at "Jenderal" ("Anggota TNI Serda X": TNI's)
            if k > 1 and toks[k - 1][2].lstrip("(") in BALINESE_OPENERS and _bare(tk) in lex.of("balinese_name"):
                k -= 1  # "Camat Benda I Gusti Ngurah X": the Balinese name starts at "I", no numeral of the title
            title_end = _before_bracket(
                text, m.start(), toks[k - 1][0] + len(toks[k - 1][2].rstrip(",.")) if k else head_end
            )
            got = read_name(text, toks, k, lex)
            if got is None:
                return None
            s0, e0, name0, _ = got
            title = re.sub(r"\s+", " ", text[m.start() : title_end]).strip(" ,")
            return Official(
                clean_name(name0, lex), title, institution(title, inst, lex), acting, s0, e0, m.start(), title_end
            )
    i, title_end = extend(text, toks, head, title_end, lex)
    for _ in range(2):  # "Karo Penmas Mabes Polri, Brigjen Boy": a run of the title's words, then the name
        if i < n and re.search(r"[.\n]", text[title_end : toks[i][0]]):
            break  # the sentence ended with the title ("... anggota Polsek Cibatu. Kapolsek ...")
        absorbed = _title_run(text, toks, i, head, lex)
        if absorbed is None:
            break
        i, title_end = extend(
            text, toks, head, toks[absorbed[1]][0] + len(toks[absorbed[1]][2].rstrip(",")), lex, absorbed[0]
        )
    if m.group("head")[:1].isupper() and i < n and toks[i][2][:1].islower():
        i, title_end = _lower_unit(text, toks, i, title_end, lex)
    # the name: right here, after a comma, or after ranks and honorifics
    j = i
    if norm_head(head) in lex.of("ranked_head") and j < n and not is_affix(toks[j][2], lex) and toks[j][2] != ",":
        # "Kapolsek Sabak Barat AKP Rudi": the unit's place runs up to the rank
        k = j
        while (
            k < n
            and k < j + 4
            and (
                toks[k][2][:1].isupper()
                # "Kapolsek jiput AKP H.Dadan": the unit's place written in lower case, right before the rank
                or k == j
                and toks[k][2].isalpha()
                and k + 1 < n
                and is_affix(toks[k + 1][2], lex)
            )
            and not is_affix(toks[k][2], lex)
            and not toks[k][2].endswith((",", "."))
        ):
            k += 1
        if k < n and is_affix(toks[k][2], lex):
            title_end = toks[k - 1][0] + len(toks[k - 1][2])
            j = k
        else:
            return None
    if j < n and toks[j][2] in {",", ":"}:
        j += 1  # (a list of posts and holders: "Kepala Dinas Kearsipan dan Perpustakaan: Bernadus Y. Sunbanu")
        reach = region_len(text, toks[j][0]) if j < n else 0
        after = next((x for x in range(j, n) if toks[x][0] >= toks[j][0] + reach), n) if reach else n
        if after < n and is_affix(toks[after][2], lex) and "\n" not in text[title_end : toks[after][0]]:
            # "Kepala Kepolisian Resor Banjarbaru, Kalimantan Selatan AKBP Dody": the place's province, then the rank
            title_end, j = toks[j][0] + reach, after
    if j + 1 < n and toks[j][2] == "yang" and toks[j + 1][2] == "bernama":
        j += 1  # "komisioner KPU Taput yang bernama Junita Siregar"
    if j < n and toks[j][2] in {"bernama", "yakni", "yaitu", "masing-masing"}:
        j += 1  # "anggota Sat Intelkam bernama Brigpol Syahril"
    if j < n and toks[j][2] in {"“", '"'}:
        return None
    if (
        j < n
        and toks[j - 1][2] == ","
        and toks[j][2][:1].isupper()
        and lex.head_re.match(text, toks[j][0])
        # (but a rank written out: "Papua Barat, Inspektur Jenderal Polisi (Irjen Pol) X")
        and not is_affix(toks[j][2], lex)
    ):
        return None  # "Kapolres Mateng, Perwira Penghubung Mateng, BPN Mateng": the next post of a list, no name
    got = read_name(text, toks, j, lex)
    if got is None:
        return None
    s, e, name, nxt = got
    if nxt + 1 < n and toks[nxt][2] == "bernama" and toks[nxt + 1][2][:1].isupper():
        # "Kepala Kampung Bengguin Progo bernama Markus Waimani": the words read as a name end the title's
        # place, and the name follows "bernama"
        named = read_name(text, toks, nxt + 1, lex)
        if named is not None and " " not in text[title_end:s].strip(" ,"):
            title_end = e
            s, e, name, _ = named
    if text[title_end:s].count("\n") or s - title_end > 80:
        return None
    if _PLACE_WORD_END.search(text, max(m.start(), title_end - 30), title_end):
        return None  # "kepala desa di Kecamatan Tolili": the capitalised word is the place, no person
    if _sentence_ends(text, max(head_end, title_end - 1), s):
        return None  # "... Kesbangpol Provinsi Banten. Peserta terdiri dari": the next sentence's first word
    if ")" in text[m.start() : s] and _BRACKET_OPENS.search(text, max(0, m.start() - 12), m.start()):
        return None  # "Iptu Tatang (Kasat Intelkam Polres Serang), Kompol ...": the title closes its bracket
        # (also after a deputy's or an acting mark: "Arie Arifin (Wakil Kajati Babel), Tarmin AB ...")
    headline = _title_cased_line(text, s)
    if not looks_like_name(name.split(), lex, after_title=not headline):
        return None  # (in a headline of capitalised words, "Kapolres Kena Panah di Pipi", plain words are words)
    if headline and len(name.split()) > 1 and any(is_act_noun(x) for x in name.split()):
        return None  # "Kapolda Sultra Mediasi Kesepakatan Paslon": a headline's noun of an act names no one
    if (
        _PLURAL_BEFORE.search(text, max(0, m.start() - 16), m.start())
        and not _LIST_OPENS.search(text, title_end, s)
        and not _NEXT_NAME.match(text, e)
    ):
        return None  # "para Kepala Seksi (Kasi) Trantib", "5 Kepala Desan": many holders, none named here
        # (but "dua Komisioner KPU RL Mansurudin dan Restu Wibowo": the holders listed)
    if _office_noun_before(text, m.start()) and all(is_common_word(x) for x in name.split()):
        return None  # "Pemilihan Kepala Desa Serentak Gelombang 3": the office's election, no holder
    title_end = _before_bracket(text, m.start(), title_end)
    title = re.sub(r"\s+", " ", text[m.start() : title_end]).strip(" ,")
    return Official(clean_name(name, lex), title, institution(title, inst, lex), acting, s, e, m.start(), title_end)


_PLURAL_BEFORE = re.compile(
    r"(?:\b(?:para|sejumlah|beberapa|seluruh|semua|segenap|puluhan|ratusan|dua|tiga|empat|lima|enam|tujuh|"
    r"delapan|sembilan|sepuluh)|(?<![\d.,/])\d{1,3})[ \t]+$",
    re.IGNORECASE,
)
_NEXT_NAME = re.compile(r",?[ \t]+(?:dan|serta)[ \t]+[A-Z][a-z]|,[ \t]*[A-Z][a-z]+[ \t]+[A-Z][a-z]+")
_LIST_OPENS = re.compile(r"\b(?:yakni|yaitu|masing-masing|antara lain)\b|:")


def _name_after_place(text: str, toks: list[Token], comma: int, lex: Words) -> bool:
    """Do the words after a head end on a known place and a word that is no place, title or plain word, right
    before the comma ("Kakesbangpol Lamtim Amriadi,")? That word is the holder's name; the ranked name after the
    comma is the next person's."""
    start = toks[0][0]
    reach = region_len(text, start)
    if not reach:
        return False
    rest = [t for t in toks[:comma] if t[0] >= start + reach]
    return bool(rest) and all(
        t[2][:1].isupper() and not is_common_word(t[2].rstrip(",")) and not is_title_material(t[2].rstrip(","), lex)
        for t in rest
    )


def _office_noun_before(text: str, start: int) -> bool:
    """Is the word before a title a noun of an act on the office ("Pemilihan", "Pengesahan", "Pelantikan")?"""
    prev = re.search(r"(\w+)[ \t]+$", text[max(0, start - 24) : start])
    return prev is not None and is_act_noun(prev.group(1))


_BRACKET_OPENS = re.compile(r"\(\s*(?:(?:Wakil|Plt\.?|Pj\.?|Plh\.?|Pjs\.?)\s+)?$", re.IGNORECASE)
_PLACE_WORD_END = re.compile(
    r"\bdi\s+(?:Kecamatan|Kec\.|Desa|Kelurahan|Kel\.|Distrik|Kabupaten|Kab\.|Kota|Dusun|Kampung)\s*$", re.IGNORECASE
)
# (a row of marks may stand between the stop and the next capital: "jelas Kapolres. *** (Katharina)", a credit)
_FULL_STOP = re.compile(r"[.!?][\"”’)]*\s+(?=(?:[*•#~=_–—-]+\s*)*[\"“(]?[A-Z])")


def _sentence_ends(text: str, start: int, end: int) -> bool:
    """Does a sentence end between ``start`` and ``end`` (a full stop that is no abbreviation's)?"""
    return any(
        not ends_with_abbreviation(text, max(0, f.start() - 12), f.start() + 1) and not _affix_dot(text, f.start())
        for f in _FULL_STOP.finditer(text, start, min(len(text), end + 2))
        if f.start() < end
    )


def _affix_dot(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` a rank's, an honorific's or a degree's ("Irjen. Pol. Toni", "DR. Undang")?"""
    word = re.search(r"[\w.]+$", text[max(0, dot - 12) : dot])
    return word is not None and is_affix(word.group() + ".")


TITLE_CASED_SHARE = 0.7  # of a line's words capitalised: a headline written in title case, not prose
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _title_cased_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` a headline of capitalised words ("Dua Kubu Saling Serang, Kapolres Kena
    Panah di Pipi"): six words or more, no sentence's full stop, most words capitalised?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    words = _LINE_WORD.findall(line)
    if len(words) < 6 or re.search(r"[a-z]\.\s+[A-Z]|[a-z]\.$", line.rstrip()):
        return False
    return sum(w[0].isupper() for w in words) >= TITLE_CASED_SHARE * len(words)


def _honorific_opens_name(toks: list[Token], k: int, lex: Words) -> bool:
    """ "Kepala Dispermades Drs. H. Rusmanto": an honorific written before a capitalised word starts the
    name, so the title ends before it, whatever words the title holds."""
    tk = toks[k][2]
    return (
        tk[:1].isupper()
        and _bare(tk).rstrip(".") in lex.honorifics
        and k + 1 < len(toks)
        and toks[k + 1][2][:1].isupper()
        # (a word the lexicon writes with no dot, written with one, ends the sentence: "... Rois Habib. Menurut")
        and not (tk.endswith(".") and tk.lower() not in lex.dotted and len(_bare(tk).rstrip(".")) > 2)
        # (a one-letter honorific after an initial is an initial too: "Teddy A H Salampessy")
        and not (len(tk) == 1 and k > 0 and len(toks[k - 1][2]) == 1 and toks[k - 1][2].isupper())
    )


def _lower_unit(text: str, toks: list[Token], i: int, title_end: int, lex: Words) -> tuple[int, int]:
    """A capitalised head's unit written in lower case up to the comma before its holder ("Plt Dirjen
    perdagangan dalam negeri, Syailendra"): plain words, no verb, no function word but "dan"/"dalam",
    then a comma and a name of no plain word. Otherwise the title stays where it was."""
    k = i
    while k < len(toks) and k < i + 5 and toks[k][2].isalpha() and toks[k][2].islower():
        low = toks[k][2]
        if (VERB_START.match(low) and is_derived(low)) or (
            low in lex.of("stop_name") | lex.of("connective") and low not in {"dan", "dalam"}
        ):
            return i, title_end
        k += 1
    if k == i or k + 1 >= len(toks) or toks[k][2] != "," or "." in text[title_end : toks[k][0]]:
        return i, title_end
    run = _run(toks, k + 1, lex)
    parts = [t[2].rstrip(",.") for t in toks[k + 1 : run]]
    if not parts or not all(_name_word_ok(x, lex) for x in parts):
        return i, title_end
    return k, toks[k - 1][1]


VERB_START = re.compile(r"(?:me|di|ber|ter|se|ke)")


def _run(toks: list[Token], i: int, lex: Words) -> int:
    """The end (token index) of a run of capitalised words from ``i`` (not ranks or degrees)."""
    j = i
    while j < len(toks) and j < i + 6:
        tok = toks[j][2]
        low = tok.rstrip(",.").lower()
        if not tok[:1].isupper() or is_affix(tok, lex) or tok.startswith("("):
            break
        if low in lex.of("stop_name") or low in lex.of("headline_verb"):
            break
        j += 1
        if tok.endswith((",", ".")):
            break
    return j


def _title_run(text: str, toks: list[Token], i: int, head: str, lex: Words) -> tuple[int, int] | None:
    """Where the title goes on past a run of capitalised words that is no name: the run holds a body,
    an office or a place ("Mabes Polri", "Bakesbangpoldagri Lombok Timur", "Melayu Provinsi Jambi"),
    or, after a village head, the village's name that a person's name follows ("Kades Pasir Mukti, Kamaludin")."""
    j = _run(toks, i, lex)
    for x in range(i, j):  # a line break or a verb ends the run: "Kapolda Meninjau Kesiapan Polres X\n\nKapolda"
        if x > i and "\n" in text[toks[x - 1][1] : toks[x][0]] or is_prefixed_verb(toks[x][2].rstrip(",.")):
            j = x
            break
    if j == i:
        return None
    parts = [t[2].rstrip(",.") for t in toks[i:j]]
    for x in range(1, len(parts)):
        head_next = parts[x].lower() in lex.heads and not bare_rank(parts[x], lex)
        if (
            head_next
            and all(_name_word_ok(p, lex) for p in parts[:x])
            and looks_like_name(parts[:x], lex)
            and not _title_cased_line(text, toks[i][0])  # (a headline's verb: "Kapolres X Dampingi Kabidkum")
        ):
            return None  # "Ketua Bawaslu Sulbar Busran Riandy Dandim 1418/Mamuju ...": a name, then the next title
    marks = [x for x in range(len(parts)) if is_title_material(parts[x], lex)]
    for x in range(1, len(parts)):
        rl = region_len(text, toks[i + x][0])
        if rl and not marks and _surname_place(toks[i - 1][2] if i else head, x, parts, lex):
            return None  # "Ketua KPU Purwadi Batubara": a surname that is also a place's name
        marks += [y for y in range(x, len(parts)) if rl and toks[i + y][0] < toks[i + x][0] + rl]
    marks.sort()
    material = bool(marks)
    if marks and marks[-1] < len(parts) - 1 and looks_like_name(parts[marks[-1] + 1 :], lex, after_title=True):
        if not any(region_len(text, toks[i + x][0]) for x in range(marks[-1] + 1, len(parts))):
            return i + marks[-1] + 1, i + marks[-1]  # "Kemenko Polhukam Heri Wiranto": the body, then the name
    after_comma = j < len(toks) and toks[j - 1][2].endswith(",") or j < len(toks) and toks[j][2] == ","
    k = j + (1 if j < len(toks) and toks[j][2] == "," else 0)
    while k < len(toks) and is_affix(toks[k][2], lex):
        k += 1
    nxt = _run(toks, k, lex)
    named_after = after_comma and nxt > k and looks_like_name([t[2].rstrip(",.") for t in toks[k:nxt]], lex)
    if material:
        return (k if named_after else j), j - 1
    after = [t[2].rstrip(",.") for t in toks[k:nxt]]
    if (
        named_after
        and len(parts) <= 3
        and all(is_common_word(x) for x in parts)
        and all(_name_word_ok(x, lex) for x in after)
    ):
        return k, j - 1  # "Anggota DPRD dari Fraksi PDI Perjuangan, Markus": plain words are the title's
    if named_after and norm_head(head) in lex.of("local_head"):
        return k, j - 1
    return None


def _surname_place(before: str, x: int, parts: list[str], lex: Words) -> bool:
    """Does a place's name at ``x`` of a run of capitalised words after a title (``before`` its last word)
    end a person's name, not name the title's place? After a body named in
    full or by its acronym ("Ketua KPU", "Kapolres"), a name follows, and words that read as a
    person's name before the place make it a surname ("Ketua KPU Purwadi Batubara", "Kajari Rudi Samosir"); a
    place follows its body directly ("Ketua KPU Batubara"). A kind of body written in words ("Paguyuban")
    takes its own name next, so only an acronym or a head that holds its body opens a name here."""
    before = before.rstrip(",.")
    if x != len(parts) - 1 or not looks_like_name(parts[:x], lex, after_title=True):
        return False
    body = before.isupper() and lex.is_inst(before) or lex.heads.get(before.lower(), (None, None))[0] is not None
    # (but "Ketua Paguyuban Pasundan Garut": a kind of body, whose own name follows; two words that are no
    # plain words are a name wherever the title ends: "Menteri ... dan Keamanan Purwadi Lukman Batubara")
    return body or x >= 2 and not any(is_common_word(p.lower()) for p in parts[:x])


CAPITALISED = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{5,11}|[A-Z][a-z]{4}(?=[ \t]+[A-Z]))(?!\w)")
LINKS = {
    "selaku",
    "sebagai",
    "merupakan",
    "adalah",
    "yakni",
    "juga",
    "yang",
    "sendiri",
    "kini",
    "saat",
    "ini",
    "menjabat",
    "masih",
    "tengah",
    "salah",  # "kata Juliyati salah satu Komisioner KPU Lingga", "Budi, salah seorang anggota DPRD"
    "satu",
    "seorang",
}
ONE_OF = {"salah", "satu", "seorang"}
# words that by themselves link
LINKING = {"selaku", "sebagai", "merupakan", "adalah", "menjabat", "yang", "salah", "satu", "seorang"}
TO_TITLE = ("selaku", "sebagai")  # the links that name the post a person holds: "A selaku Ketua KPU"
# the first words of connectives closed by "itu" ("Sementara itu", "Selain itu", "Oleh karena itu"), after which a
# clause opens as after a comma
THAT_CONNECTIVES = frozenset({"sementara", "selain", "samping", "untuk", "karena", "setelah", "sesudah", "usai"})
OPENERS = {
    "oleh",
    "kata",
    "ujar",
    "menurut",
    "dan",
    "serta",
    "hadir",
    "pula",  # "hadir pula X, Bupati ..."
    "tampak",
    "dihadiri",
    "yakni",
    "yaitu",
    "langsung",
    "didampingi",
    "bersama",
    "mewakili",
    "diwakili",
    "antara",
    "lain",
    "diantaranya",
    "termasuk",
    "hadirnya",
    "adalah",  # "Pengadu dalam perkara itu adalah M Taufik, Ketua Panwaslu Kota Palembang."
    "ialah",
    # a person as the object: "diserahkan kepada X, Ketua KPU ...", "bertemu X, Kapolres ..."
    "kepada",
    "dengan",
    "bertemu",
    "menemui",
    "menghubungi",
    "mengundang",
    "mendampingi",
    "dari",  # "pengarahan dari X, Anggota KPU ...", "laporan dari X, Kepala Dinas ..."
}


QUOTES = frozenset("\"”“'’")
_SPEECH_WORD = re.compile(SPEECH_STEM)  # the speech verbs after a quote: "ungkap", "tutur", "imbuh"
INTRODUCERS = {
    "oleh",
    "dihadiri",
    "didampingi",
    "mewakili",
    "diwakili",
    "yakni",
    "yaitu",
    "menurut",
    "kata",
    "ujar",
    "dipimpin",
    "dibuka",
}


def skip_affixes(text: str, pos: int, lex: Words) -> int:
    """The offset after the degrees, ranks and commas that follow ``pos``."""
    while True:
        mm = re.match(r"[\s,]*([A-Za-z][\w.()]*)", text[pos : pos + 40])
        if not mm or not is_affix(mm.group(1), lex):
            return pos + (len(mm.group(0)) - len(mm.group(1)) if mm else 0)
        pos += mm.end()


def _ranked(text: str, start: int, end: int, lex: Words) -> bool:
    """Is there a rank among the words between ``start`` and ``end`` ("Kasat Reskrim X, AKP B")?"""
    return any(bare_rank(t.strip(",."), lex) for t in text[start:end].split())


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Does ``pos`` fall inside one of the spans?"""
    return any(a <= pos < b for a, b in spans)


def _after_title_of(text: str, pos: int, found: list[Official], lex: Words) -> bool:
    """Does a name at ``pos`` follow the comma that closes an official's title already found (the list
    runs name-then-title: "A, Kepala X, B, Koordinator Y, AKBP C, Direktur Z")?"""
    for o in found:
        e = o.title_end
        if e is not None and o.title_start is not None and o.start < o.title_start and 0 <= pos - e <= 40:
            gap = text[e:pos].replace(",", " ").split()
            if "," in text[e:pos] and all(is_affix(x, lex) for x in gap):
                return True
    return False


_BACK_TO_COMMA = re.compile(r"(?P<run>(?:[A-Z][\w./-]*[ \t]+){0,5}[A-Z][\w./-]*),[ \t]*$")


def _title_then_comma_before(text: str, pos: int, lex: Words) -> bool:
    """Before the name at ``pos`` (and its ranks), a comma closing a run of capitalised words with a title's head
    or a body in it ("LO Polda Papua Selatan, Kombes Pol A"): a list of titles each followed by its holder."""
    k = pos
    while True:  # back over the ranks and honorifics before the name
        m = re.search(r"(?:^|[ \t])([\w.]+)[ \t]+$", text[max(0, k - 30) : k])
        if not m or not is_affix(m.group(1), lex):
            break
        k -= len(text[max(0, k - 30) : k]) - m.start(1)
    run = _BACK_TO_COMMA.search(text, max(0, k - 80), k)
    if run is None:
        return False
    words_ = run.group("run").split()
    return any(x.lower() in lex.heads or lex.is_inst(x) for x in words_)


def _heads_next(text: str, off: Official, lex: Words) -> bool:
    """The official's name came after a comma and is itself followed by a title: "..., B, Komandan Y",
    or, in a list of names each written before its title, straight on: "A Kepala BIN, B Ketua KPU, C ..."."""
    if off.title_end is None or "," not in text[off.title_end : off.start]:
        return False
    pos = skip_affixes(text, off.end, lex)
    if not text[off.end : pos].count(",") and (pos > off.end + 1 or not _TITLE_THEN_COMMA.match(text, pos)):
        return False
    return lex.head_re.match(text, pos) is not None and text[pos : pos + 1].isupper()


# a capitalised title closed by a comma within a few words ("Ketua KPU, "): the next pair of a list
_TITLE_THEN_COMMA = re.compile(r"[A-Z][\w.]*(?:[ \t]+[A-Z(][\w.()/-]*){0,7},")


def _closed_by_speech(text: str, pos: int) -> bool:
    """Is the title ending at ``pos`` closed, a few capitalised words on at most (a unit the grammar does not
    follow: "... KPU Kaltim Divisi Sosialisasi"), by a comma and a verb of speaking (", mengatakan")?"""
    run = _CAPITALISED_RUN.match(text, pos)
    end = run.end() if run else pos
    return text[end : end + 1] == "," and SPEAKS.match(text, end) is not None


_CAPITALISED_RUN = re.compile(r"(?:[ \t]+[A-Z][\w.()/-]*){0,3}")


def _title_end_of(text: str, m: re.Match[str], lex: Words) -> int:
    """Where the title that ``m`` heads ends by the title grammar."""
    return extend(text, tokens(text, m.end(), 200), m.group("head"), m.end(), lex)[1]


def _after_listed_title(toks: list[Token], j: int, title_ends: frozenset[int]) -> bool:
    """Does token ``j`` (the one before a name) close another official's title with the list's comma
    or its last "dan"/"serta" ("..., Abhan Ketua Bawaslu, serta Djoko Setiadi Kepala ...")?"""
    if j > 0 and toks[j][2].lower() in {"dan", "serta"} and toks[j - 1][2] == ",":
        j -= 1
    return j > 0 and toks[j][2] in {",", "dan", "serta"} and toks[j - 1][1] in title_ends


_LIST_INTRO = re.compile(r"[ \t]*,?[ \t]*(?:yakni|yaitu|masing-masing|antara[ \t]+lain)?[ \t]*[,:]?[ \t]*")


def _coordinated(text: str, off: Official, lex: Words) -> list[Official]:
    """More names under one title, joined by "dan"/"serta" or listed with commas up to a last "dan",
    each closed by punctuation or a lower-case word: "Hakim Konstitusi Ridwan Mansyur dan Arsul Sani.",
    "para Wakil Ketua DPRD, yakni Enan, Yudha Puja dan Asep Mulyana" (not "... dan Wakil Bupati Y")."""
    if (
        off.title_end is None
        or off.start - off.title_end > 3
        and not _LIST_INTRO.fullmatch(text, off.title_end, off.start)
    ):
        return []
    ts = off.title_start or 0
    plural = (
        re.search(r"\bpara[ \t]+$", text[max(0, ts - 6) : ts])
        or re.search(r"(?:masing-masing|yakni|yaitu|antara[ \t]+lain)[ \t,:]*$", text[off.title_end : off.start])
        # "anggota Tim Pemeriksa X A, B, C.", "Komisioner KPU Kota Bekasi A, B dan C": members listed
        or norm_head(off.title.split(" ", 1)[0]) in lex.of("member_head")
    )
    # two posts named together ("Bupati dan Wakil Bupati Garut A dan B") each have their holder
    paired = re.search(r"\b(?:dan|serta)\s+$", text[max(0, ts - 8) : ts]) or any(
        lex.head_re.match(off.title, j.end()) for j in re.finditer(r"\b(?:dan|serta)\s+", off.title)
    )
    if not (plural or paired):
        return []  # one holder's post: "Kepala Dinas Perdagangan, Sutrisno dan Budiman hadir" lists a guest
    pending: list[Official] = []
    pos = off.end
    while len(pending) < 8:
        # commas list more names only where the title is plural ("para Wakil Ketua, yakni A, B dan C")
        joint = r",?\s+(?:dan|serta)\s+|,[ \t]*(?=[A-Z])" if plural else r",?\s+(?:dan|serta)\s+"
        mm = re.match(joint, text[pos : pos + 12])
        if not mm:
            # a plural title's list closed by the sentence's end ("... A, B, C."): the names listed
            return pending if plural and pending and re.match(r"[ \t]*[.;](?:\s|$)", text[pos : pos + 3]) else []
        last = mm.group(0).strip(", \t\n") in {"dan", "serta"}
        toks = tokens(text, pos + mm.end(), 80)
        if toks and plural and pending and lex.head_re.match(text, toks[0][0]) and toks[0][2][:1].isupper():
            return pending  # "Anggota Bawaslu Sulut A, B, C dan Kepala Sekretariat ...": the next person's title
        if not toks or lex.head_re.match(text, toks[0][0]) or is_affix(toks[0][2], lex):
            return []
        j = _run(toks, 0, lex)
        if j == 0 or j > 4:
            return []
        after = toks[j][2] if j < len(toks) else "."
        closed = after[:1] in {".", ",", ";", ")"} or after[:1].islower() or toks[j - 1][2].endswith((",", "."))
        parts = [t[2].rstrip(",.") for t in toks[:j]]
        if not closed or not looks_like_name(parts, lex):
            return []
        if len(parts) < 2 and not (_name_word_ok(parts[0], lex) and len(parts[0]) >= 5):
            return []  # one word joins only when it cannot be a plain word ("... Lia Kamalia dan Rosminiarty,")
        listed = _under_title(off, toks, j, lex)
        pending.append(listed)
        if last:
            return pending
        pos = listed.end
    return []


def _names_a_body(text: str, off: Official, lex: Words) -> bool:
    """A lower-case title counts when it names a body or a place ("kepala BPKD Aceh Tengah"), a rank
    comes before the name ("wakapolres Kompol Arifin Daulay"), or its head holds its body or names one
    office by itself and the name has no plain word ("kata kapolres Purwadi Hutapea", "ujar bupati Indra
    Yasin"; not "kepala desa X", whose words may be the village's)."""
    if off.title_start is None or off.title_end is None:
        return False
    title = text[off.title_start : off.title_end]
    head, *rest = title.split()
    office = lex.heads.get(norm_head(head), (None, None))[0] is not None or norm_head(title) in lex.of("office_head")
    gap = text[off.title_end : off.start]
    if (
        office
        and not re.search(r"[.!?;:]\s", gap)  # (but "ke kantor bupati. Dihadang polisi, ...": a new sentence)
        and not any(is_common_word(x.lower()) or _near_place(x.lower()) for x in off.name.split())
    ):
        return True  # "kata kapolres Purwadi Hutapea", "ujar bupati Indra Yasin": the office is the title
    between = gap.replace(",", " ").split()
    return any(w[:1].isupper() or w[:1].isdigit() or w.lower() in lex.of("lower_body") for w in rest) or any(
        is_affix(w, lex) and bare_rank(w, lex) for w in between
    )


DOTTED = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.){1,4}[A-Z][A-Za-z]{0,3}\.?$")
LEVEL_DOTTED = re.compile(r"^(?P<level>[A-Z])\.[A-Z][A-Za-z]{0,3}\.?,?$")  # "M.KP", "M.SP": a level, a field


def _degree_after_degree(toks: list[Token], k: int, lex: Words) -> bool:
    """A dotted abbreviation written after a known degree is a degree too ("S.I.K.,M.I.K", "S.Sos, M.KP"),
    where alone it could be initials ("Rosina Y.M. Kebubun"); so is one that opens with a degree's level
    and stands right before the title ("Nazir Salim Manik, M.SP, Kepala Dinas ...")."""
    level = LEVEL_DOTTED.match(toks[k][2])
    closed = toks[k][2].endswith(",") or (k + 1 < len(toks) and toks[k + 1][2] == ",")
    if level and level.group("level").lower() in lex.degree_grammar[0] and closed:
        return True
    if not DOTTED.match(toks[k][2]):
        return False
    j = k - 1
    if j >= 0 and toks[j][2] == ",":
        j -= 1
    return j >= 0 and is_affix(toks[j][2], lex) and _bare(toks[j][2]).rstrip(".") not in lex.ranks


def _lower_title_names_body(text: str, start: int, end: int, lex: Words) -> bool:
    toks = tokens(text, end, 60)
    _, t_end = extend(text, toks, text[start:end], end, lex)
    rest = text[end:t_end].split()
    return any(w[:1].isupper() or w.lower() in lex.of("lower_body") for w in rest)


def bare_rank(word: str, lex: Words) -> bool:
    return _bare(word).rstrip(".") in lex.ranks


def _names_an_office(text: str, hs: int, m: re.Match[str], lex: Words) -> bool:
    """The title names its office: a head that implies a body, or a body, acronym or place after the head
    ("Ketua KPU Garut", not "Koordinator Aksi")."""
    if lex.heads.get(norm_head(m.group("head")), (None,))[0]:
        return True
    toks = tokens(text, m.end(), 120)
    _, t_end = extend(text, toks, m.group("head"), m.end(), lex)
    rest = [t for t in toks if t[0] < t_end]
    return any(
        is_title_material(t[2].rstrip(",."), lex) or t[2].strip("(),.").isupper() or region_len(text, t[0]) > 0
        for t in rest
    )


def _name_then_title(
    text: str, m: re.Match[str], lex: Words, lower: bool, listed: bool = False, title_ends: frozenset[int] = frozenset()
) -> Official | None:
    """A name before its title: "Jarot Winarno selaku Bupati Sintang", "Safruddin, S.H, M.H, Kepala
    Badan Kesbangpol ...", "Brigjen Pol Alfred Papare, Kapolda ...", "AKBP Ilham Kabag Ops ..."."""
    hs = m.start()
    lo = max(0, hs - 160)
    toks = [t for t in tokens(text, lo, hs - lo) if t[1] <= hs]
    if lo and toks:
        toks = toks[1:]  # the first may be cut
    k = len(toks) - 1
    comma = False
    link = text[max(0, hs - 3) : hs].rstrip().endswith("(")  # "Iptu Tatang (Kasat Intelkam ...)"
    if k >= 0 and toks[k][2].lower() == "(wakil":
        k -= 1  # "Arie Arifin (Wakil Kajati Babel)": the deputy's word, which _deputy adds to the title
        link = True
    selaku = False
    while k >= 0 and (toks[k][2] in {",", "("} or toks[k][2].lower() in LINKS):
        comma |= toks[k][2] == ","
        # "salah satu Komisioner KPU": one of the holders of a post written as a title (not "salah satu
        # koordinator aksi", a role in lower case)
        one_of = toks[k][2].lower() in ONE_OF
        link |= toks[k][2] == "(" or toks[k][2].lower() in LINKING and not (one_of and lower)
        selaku |= toks[k][2].lower() in TO_TITLE
        k -= 1  # "Iptu Tatang (Kasat Intelkam ...)": a title in brackets after the name
    degrees = False
    while k >= 0 and (
        toks[k][2] == ","
        or is_affix(toks[k][2], lex)
        and toks[k][2].lower() not in lex.ranks
        or _degree_after_degree(toks, k, lex)
    ):
        degrees |= toks[k][2] != ","
        comma |= toks[k][2] == ","
        k -= 1
    end = k
    while k >= 0 and end - k < 5:
        tok = toks[k][2]
        initial = INITIALS.fullmatch(tok) is not None and not is_affix(tok, lex)
        if not tok[:1].isupper() or is_affix(tok, lex) or tok.endswith((",", ".")) and k < end and not initial:
            break  # (an initial opens a name: "I. Made Maha Yudhiksa, Dandim ...")
        if k < end and (text[toks[k][1] : toks[k + 1][0]].strip() or "\n" in text[toks[k][1] : toks[k + 1][0]]):
            break  # (a line break ends a name: a headline without a full stop ends before it)
        if _SPEECH_WORD.fullmatch(tok.lower()) and text[max(0, toks[k][0] - 3) : toks[k][0]].rstrip()[-1:] in QUOTES:
            break  # '..." Jelas Irpan selaku Ketua Bawaslu': the speech verb after a quotation opens no name
        k -= 1
    if k == end:
        return None
    parts = [t[2].rstrip(",.") for t in toks[k + 1 : end + 1]]
    ranked = k >= 0 and is_affix(toks[k][2], lex)  # a rank before the name: strong evidence of a person
    # a person is expected before "selaku <Title>" and in a closed apposition "A B, Title,": there a
    # name's words may also be plain words ("Akmal Malik selaku Kepala ...", both in the dictionary)
    closed = comma and not lower and _closed_apposition(text, m, lex)
    expect = ranked or (not lower and len(parts) >= 2 and (selaku or closed))
    while parts and not looks_like_name(parts, lex, after_title=expect) and len(parts) > 1:
        parts.pop(0)  # "Terpisah Kapolres ...", "Kemudian Jarot ..."
        k += 1
        if ranked and not is_affix(toks[k][2], lex):
            # the rank is no longer next to the name: "Polisi Rapat Santai Bareng Geuchik ..." (a headline)
            ranked = False
            expect = not lower and len(parts) >= 2 and (selaku or closed)
    while len(parts) > 1 and is_derived(parts[0].lower()) and looks_like_name(parts[1:], lex, after_title=expect):
        parts.pop(0)  # "Kunjungan Hendro Sasmito, Menteri ...": a derived word opens the sentence, not the name
        k += 1
    # a one-word name that is also a plain word ("Nurani", "Gembong") is a name the article has speak elsewhere
    # ("pengarahan dari Nurani, Anggota KPU ... Dalam pengarahannya, Nurani menyampaikan ...")
    speaker = len(parts) == 1 and comma and speaks_elsewhere(text, toks[end], lex)
    if not parts or not (speaker or looks_like_name(parts, lex, after_title=expect)):
        return None
    if len(parts) == 1 and parts[0].isupper() and len(parts[0]) <= 4:
        return None  # "Pejabat negara, ASN, Kepala Desa": an acronym, not a name
    j = k
    while j >= 0 and is_affix(toks[j][2], lex):
        j -= 1
    prev = toks[j][2] if j >= 0 else ""
    gap = text[toks[j][1] : toks[j + 1][0]] if j >= 0 else "\n"
    bullet = j >= 0 and prev in {"-", "–", "•"} and (j == 0 or "\n" in text[toks[j - 1][1] : toks[j][0]])
    # the dash of a dateline: "Lubukbasung (ANTARA) - Pangihutan Marpaung, Asisten ..."
    bullet |= j > 0 and prev in {"-", "–", "—"} and (toks[j - 1][2].endswith(")") or toks[j - 1][2].isupper())
    if j >= 0 and prev in {"-", "/", "–"} and not bullet or text[toks[k + 1][0] - 1 : toks[k + 1][0]] in {"-", "/"}:
        return None  # a candidate pair ("Prabowo - Sandi"), not a list's bullet
    opener = (
        j < 0
        or "\n" in gap
        or prev in {".", ";", ":", "(", '"', "“", "”"}
        or bullet
        or prev.endswith(".")
        and len(prev) > 3
        and not is_affix(prev, lex)
        and _bare(prev) not in lex.of("title_word")
        or prev.lower() in OPENERS
        # (after "dari" a body is as likely as a person: "Hadir dari Kominfosanti, Kabid ...", one word alone)
        and (prev.lower() != "dari" or len(parts) > 1 or speaker)
        or prev.lower() == "itu"
        and j > 0
        and toks[j - 1][2].lower() in THAT_CONNECTIVES  # "Sementara itu Hj. Nurhasanah, anggota Bawaslu X, ..."
        or prev == ","
        and j > 0
        and (
            toks[j - 1][2][:1].islower()
            or listed
            or toks[j - 1][1] in title_ends
            or toks[j - 1][2].lower() in lex.of("connective")  # "Sementara, Suardi Komisioner KPU X, mengatakan"
        )
        # "Saat dikonfirmasi, Kamaludin, Kades ...", "..., Ketua KPU Jawa Barat, Sofyan, Koordinator ..."
        or prev[:1].islower()
        and prev.startswith("di")
        and is_derived(prev)  # "disampaikan X, Kapolres ..."
    )
    spoken = _SPEECH_WORD.fullmatch(prev.lower()) is not None and _names_an_office(text, hs, m, lex)
    # "kunjungan Joko Widodo, Presiden RI, ...", "dari Rusmanto, Kepala Dispermades, dan ...": a name of
    # name-only words, a comma, a capitalised title closed by a comma: an apposition wherever it stands
    appositive = (
        comma
        and not (opener or ranked or degrees or spoken)
        and not lower
        and not is_title_material(prev, lex)  # "Kapolsek Tempilang, Kepala Kantor ...": a title's place
        and all(_name_word_ok(x, lex) for x in parts)
        and closed
    )
    introduced = (
        not comma
        and not lower
        and (prev.lower() in INTRODUCERS or spoken)
        and all(_name_word_ok(x, lex) for x in parts)
        and text[toks[end][1] : hs].strip() == ""
        and not toks[end][2].endswith(".")
        and "\n" not in text[toks[end][1] : hs]
    )  # "dibuka oleh Safruddin Kepala Badan ...": a verb's agent, a name of no plain word, the title
    # "Sementara, Suardi Komisioner KPU Kaltim, mengatakan": a speaker's name and post opening the clause
    speaking = (
        not comma
        and not lower
        and opener
        and all(_name_word_ok(x, lex) for x in parts)
        and text[toks[end][1] : hs].strip() == ""
        and _closed_by_speech(text, _title_end_of(text, m, lex))
    )
    if not (
        link
        or introduced
        or speaking
        or (comma and (opener or ranked or degrees or spoken or appositive))
        or (ranked and not comma and not lower)
        or (degrees and opener and not lower)  # "Iskardo Panggar SH MH Ketua KPU ...": degrees, then the post
        or (
            not comma
            and not lower
            and (listed or _after_listed_title(toks, j, title_ends))
            and text[toks[end][1] : hs].strip() == ""
        )
        # "Budi Gunawan Kepala BIN, Arief Budiman Ketua KPU, ...": each name before its post in a list
    ):
        return None  # ("... ungkap Dian Hasanudin, Ketua KPU Garut": a speaker, then a post that names its office)
    if lower and not link and not (comma and opener and _lower_title_names_body(text, hs, m.end(), lex)):
        return None  # "kata Budi, ketua panitia" is no post; "Markus, anggota DPRD Sintang" is
    s0, e0 = toks[k + 1][0], toks[end][0] + len(toks[end][2].rstrip(",."))
    head = m.group("head")
    t_end = _title_end_of(text, m, lex)
    if text[max(0, hs - 3) : hs].rstrip().endswith("("):
        close = text.find(")", t_end, hs + 80)
        if close > 0 and not re.search(r"[(,;.\n]", text[t_end:close]):
            t_end = close  # "Azwarman (Danden pos AU Bandara X)": the bracket holds the title to its end
    if text[t_end - 1 : t_end] == "." and not ends_with_abbreviation(text, hs, t_end):
        t_end -= 1  # "... dari Fraksi PDIP.", "selaku Ketua Bawaslu.": the full stop is the sentence's
        # (an abbreviation's keeps it: "Camat Sukajadi Kec.", "Kepala Dinas Prov.")
    title = re.sub(r"\s+", " ", text[hs:t_end]).strip(" ,")
    inst, acting = lex.heads.get(norm_head(head), (None, None))
    if m.group("acting"):
        acting = lex.acting.get(m.group("acting").lower(), m.group("acting"))
    name = clean_name(" ".join(parts), lex)
    if not name:
        return None
    return Official(name, title, institution(title, inst, lex), acting, s0, e0, hs, t_end)


def find_officials(text: str) -> list[Official]:
    lex = words()
    found: list[Official] = []
    claimed: list[tuple[int, int]] = []
    nameless: list[re.Match[str]] = []  # titles written without a name ("Kapolres Sampang mengatakan")
    nameless_spans: list[tuple[int, int]] = []  # and where their titles run
    heads: list[tuple[int, str]] = []  # where capitalised titles start, and their heads
    every: list[int] = []  # where every title starts (the tagger reads around those left without a holder)
    for m in finditer(lex.head_re, text):  # the heads' pattern tried only where a head's word begins
        every.append(m.start())
        if m.group(0)[:1].isupper():
            heads.append((m.start(), norm_head(m.group("head"))))
        if any(a <= m.start() < b for a, b in claimed):
            continue
        lower = not (m.group("acting") or m.group("head"))[0].isupper()
        if NOT_A_PERSON_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if _not_holder(text, m.start()):
            continue  # a candidate for the post or its election, or its former holder: not its holder
        if m.start() > 0 and text[m.start() - 1] in "/":
            continue
        if _rank_not_head(text, m, lex):
            continue  # "Irjen Pol Rusdi Hartono selaku Kapolda": a rank before a name, not the post
        off = _title_then_name(text, m, lex)
        if off is not None and _linked_to_next_title(text, off.end, lex):
            # "A selaku Sekda, B selaku Ketua DPRD": B is the Ketua's, and the Sekda is A's; with no
            # name before it ("Bupati Sintang Jarot Winarno selaku Ketua Tim"), one person holds both
            before = _name_then_title(text, m, lex, lower)
            if before is not None and not any(a <= before.start < b for a, b in claimed):
                off = before
        if off is not None and LINKED_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None:
            # "Fijay Bumulo SE, selaku komisioner KPU Bolsel, Bapak Sujito Laiya ...": the post "selaku" links
            # is the name's before it, not the next person's
            before = _name_then_title(text, m, lex, lower)
            if before is not None and not any(a <= before.start < b for a, b in claimed):
                off = before
        if off is not None and lower and not _names_a_body(text, off, lex):
            off = None  # "kata kepala BPKD Aceh Tengah, Zulkarnain" counts; a bare "kepala desa X" does not
        if (
            off is not None
            and (
                text[max(0, m.start() - 3) : m.start()].rstrip().endswith(",")
                or LINKED_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
            )
            and (is_common_word(off.name.split()[0]) or _closed_single(text, off))
            and not any(is_affix(t, lex) for t in text[off.title_end or off.start : off.start].split())
        ):
            # "Kamaludin, Kades Pasir Mukti": the words after the head open with a plain word (the village's
            # name), the name before the title holds none: the name came first (but "Putra, M.Si, Ketua DPRD
            # Drs. H. Amran Syam": an honorific opens the name after the title, and "Amran" is no word)
            before = _name_then_title(text, m, lex, lower)
            if (
                before is not None
                and not any(a <= before.start < b for a, b in claimed)
                and not any(is_common_word(x) for x in before.name.split())
            ):
                t0, t1 = before.title_start, before.title_end
                if (
                    t0 is not None
                    and t1 is not None
                    and t1 < off.end
                    and not re.search(r"[,.;:()]", text[t1 : off.end])
                ):
                    # the word taken for a name ends the title: "Tiwik, Ketua PN Batusangkar, ..."
                    before.title, before.title_end = re.sub(r"\s+", " ", text[t0 : off.end]).strip(), off.end
                off = before
        if off is not None and _heads_next(text, off, lex):
            # "A, Kepala X, B, Komandan Y": in a list of name-then-title pairs, B is Komandan Y's
            before = _name_then_title(text, m, lex, lower, listed=True)
            if (
                before is not None
                and not any(a <= before.start < b for a, b in claimed)
                and not (
                    _ranked(text, off.title_end or off.start, off.start, lex)
                    and (
                        not _ranked(text, max(0, before.start - 25), before.start, lex)
                        or _title_then_comma_before(text, before.start, lex)
                    )
                    and not _after_title_of(text, before.start, found, lex)
                )
            ):  # (but "A, Kasat Reskrim X, AKP B, Kasi Y, C": the rank ties B to the title before him; so in
                # "LO Polda X, Kombes Pol A, Kapolres Y, AKBP B, ...", where a title before A opens the list)
                off = before
        if off is None:
            ends = frozenset(o.title_end for o in found if o.title_end is not None)
            off = _name_then_title(text, m, lex, lower, title_ends=ends)
            if off is None or _inside(off.start, claimed) or _inside(off.start, nameless_spans):
                if off is None and not lower:
                    nameless.append(m)
                    nameless_spans.append((m.start(), _title_end_of(text, m, lex)))
                continue  # ("Danrem 032 Wirabraja, Kajati, ...": the word before is the nameless title's, no name)
        found.append(off)
        claimed.append((min(m.start(), off.start), max(off.end, off.title_end or 0)))
        for also in _coordinated(text, off, lex):  # "Hakim Konstitusi Ridwan Mansyur dan Arsul Sani"
            found.append(also)
            claimed.append((also.start, also.end))
    # misspelled heads: "Gubenur Kalimantan Barat Sutarmidji"
    digest = lex.digest
    for cm in CAPITALISED.finditer(text):
        if near_head(cm.group(0), digest) is None or any(a <= cm.start() < b for a, b in claimed):
            continue
        fm = re.compile(r"(?P<acting>(?!))?(?P<head>" + re.escape(cm.group(0)) + ")").match(text, cm.start())
        off = _title_then_name(text, fm, lex) if fm else None
        if off is not None:
            found.append(off)
            claimed.append((cm.start(), off.end))
    found += _body_for_title(text, claimed, lex)
    found += _other_members(text, found, claimed, lex)
    found += _tagged(text, claimed, found, lex, every)
    for o in found:
        _deputy(text, o)
    found = _paired_heads(text, found, lex)
    found = _representatives(text, found, lex)
    # a party's (or the press's) post is no public one, before the merge: the same person may hold a public one
    # too ("Bupati Manokwari X ... sebagai Ketua PDIP"), whose title the merge would otherwise lose to the longer one
    found = [o for o in found if not _no_public_post(o)]
    merged = _by_short_names(text, _merge(found, _aliases(text, found)))
    speakers = [o for o in _speakers_of_nameless_titles(text, nameless, merged, lex, heads) if not _no_public_post(o)]
    if speakers:
        merged = _merge(merged + speakers)  # ("Kapolres H Bayu" may be a short form of a listed name)
    if _complete_names(text, merged, lex):
        merged = _merge(merged)
    merged = [
        o
        for o in merged
        if not _named_as_place(text, o, lex)
        and not _command_as_name(text, o, lex)
        and not _sent_by_nobody(o)
        and not _BRACKET.search(o.name)  # "(KBS-Ace dan Mantra-Kerta), Ketua KPU": a bracket's end, no name
        and not _title_cut_short(o, merged)
    ]
    _link_short_mentions(text, merged)
    for o in merged:
        o._text = text
    return merged


@lru_cache(maxsize=4)
def _place_before(digest: str) -> re.Pattern[str]:
    """The words a village's or a district's name follows as a place ("Desa Palece", "Negeri Kariu", "warga
    Sango"): official_words' village_word and local_prev nouns, not their heads ("Kades Budi" names a person)."""
    from kewaspadaan_cli.extract.official_words import _words_for
    from kewaspadaan_cli.patterns import trie_pattern

    lex = _words_for(digest)
    nouns = {t for t in lex.of("village_word") | lex.of("local_prev") if " " not in t and t not in lex.heads}
    return re.compile(rf"(?<![\w.])(?i:{trie_pattern(nouns | {'warga'})})[ \t]+$")


# the word right before a position: a head before a place noun, a unit's word before a meeting word
WORD_BEFORE = re.compile(r"\b(\w+)[ \t]+$")


# a public office in a party man's title: a member of a legislature or his party's group in it
_LEGISLATURE = re.compile(r"\b(?:DPR|DPRD|DPRK|DPRA|DPRP|MPR|Fraksi|Anggota\s+Dewan)\b", re.IGNORECASE)
_BRACKET = re.compile(r"[()\[\]]")
_CAMPAIGN_TEAM = re.compile(r"\b(?:TKN|TKD|Tim\s+Kampanye|Tim\s+Pemenangan|Tim\s+Sukses)\b")
# the press: journalists' associations and a newsroom's posts ("Ketua PWI Kalsel", "Pemimpin Redaksi X"). AJI is
# left out for now: the officials tests hold "Ketua AJI Garut" as an official and no gold names an AJI post
_PRESS = re.compile(
    r"\b(?:PWI|IJTI|IWO|SMSI|JMSI|Persatuan\s+Wartawan|Aliansi\s+Jurnalis|(?i:pemimpin\s+redaksi|pemred|redaktur))\b"
)


def _sent_by_nobody(o: Official) -> bool:
    """ "Perwakilan masyarakat", "perwakilan Kabupaten Nabire": one sent by people or a place, no body."""
    words = o.title.split()
    if words[0].lower() != "perwakilan" or o.institution is not None or len(words) < 2:
        return False
    sent_by = words[2] if words[1].lower() == "dari" and len(words) > 2 else words[1]
    return sent_by[:1].islower() or sent_by.lower() in _PLACE_LEVELS


# the administrative words (and their short forms, the matcher's) a place is sent by
_PLACE_LEVELS = frozenset(
    {"kota", "desa", "daerah", *ADMIN_SHORT, *(x.lower() for forms in ADMIN_SHORT.values() for x in forms)}
)

# pollsters and think tanks: their directors and researchers hold no public post ("Direktur Indikator Politik
# Indonesia", "Direktur Eksekutif Pusat Kajian Politik Universitas Indonesia")
# who leads a protest in the field ("Koordinator Lapangan KOPDAR", "Korlap aksi"): a demonstrator, no official
_PROTEST_LEAD = re.compile(r"\b(?:Koordinator\s+(?:Lapangan|Aksi)|Korlap|Jenderal\s+Lapangan|Jendlap)\b", re.IGNORECASE)
_PRIVATE_RESEARCH = re.compile(
    r"\b(?:Direktur\s+Eksekutif|Lembaga\s+Survei|Pusat\s+Kajian|Indikator\s+Politik|Charta\s+Politika|"
    r"Poltracking|Lingkar\s+Survei|Lembaga\s+Riset|Peneliti)\b",
    re.IGNORECASE,
)


def _no_public_post(o: Official) -> bool:
    """A post in a political party or a candidate's campaign team ("Ketua DPW NasDem Sulsel", "Wakil Ketua
    TKN"), at a pollster or a think tank, at the head of a protest, or in the press ("Ketua PWI Kalsel": reporters
    and editors are no officials): no public position (annotation guide), unless the title names a legislature
    ("Anggota DPR RI Fraksi PDI Perjuangan", "Ketua Fraksi Golkar DPRD Garut")."""
    if _LEGISLATURE.search(o.title):
        return False
    return (
        o.institution == "parpol"
        or _CAMPAIGN_TEAM.search(o.title) is not None
        or _PRESS.search(o.title) is not None
        or _PRIVATE_RESEARCH.search(o.title) is not None
        or _PROTEST_LEAD.search(o.title) is not None
        and o.institution is None  # (a police unit's "Koordinator Lapangan Satgas Pilkada Polres X" is one)
    )


def _command_as_name(text: str, o: Official, lex: Words) -> bool:
    """A commander's title followed by the command's name, taken for the holder's ("Bertemu Pangdam Cenderawasih,
    KPU ..."): the name of a Kodam right after a title whose head names a numbered command."""
    if o.name.lower() not in lex.of("command_name"):
        return False
    before = _COMMAND_BEFORE.search(text, max(0, o.start - 30), o.start)
    if before and norm_head(before.group(1)) in lex.of("numbered_command"):
        return True  # "Danrem 102 Panju Panjung, Kajati Kalteng": the command's name before the next post
    if o.title_end is None or not 0 <= o.start - o.title_end <= 2:
        return False
    # (the head, or the command's own word closing the title: "Panglima Kodam Iskandar Muda memeriksa")
    return any(norm_head(w) in lex.of("numbered_command") for w in (o.title.split()[0], o.title.split()[-1]))


# a command's head and number right before a name: "Danrem 102 ", "Pangdam XVII/", "Korem 101/"
_COMMAND_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]*(?:\d{1,4}|[IVX]{1,5})?[ \t]*/?[ \t]*$")


# the district, the regency or the city a village's or a town's name is placed in right after it
_DISTRICT_AFTER = re.compile(r",?[ \t]+(?:Kecamatan|Kec\.|Distrik|Kabupaten|Kab\.|Kota)[ \t]+[A-Z]")


def _named_as_place(text: str, o: Official, lex: Words) -> bool:
    """A one-word name the article writes elsewhere as a village's or a district's ("Ketua Pemuda Kariu, ...",
    "... bentrok antara Negeri Kariu dan Ori"), or places in its district ("Hunuth, Kecamatan Teluk Ambon"):
    the title's place, no person."""
    if " " in o.name or len(o.name) < 3:
        return False
    name = o.name
    place_before = _place_before(lex.digest)
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        if pos != o.start and not (end < len(text) and (text[end].isalnum() or text[end] in "_'’-")):
            m = place_before.search(text, max(0, pos - 16), pos)
            head = WORD_BEFORE.search(text, max(0, m.start() - 16), m.start()) if m else None
            # (not its own place in the title, nor after a title's head: "Kepala Desa X" may name its holder)
            if m and not (head and head.group(1).lower() in lex.heads):
                return True
            if _DISTRICT_AFTER.match(text, end):
                return True  # "Kepala Desa (Kades) Hunuth, Kecamatan Teluk Ambon": a village in its district
        pos = text.find(name, pos + 1)
    return False


# the other members of a body listed after its head: "Ketua KPU X A dan dua anggota lainnya yakni B dan C", "enam
# anggota lainnya, B, C, ..., dan G", "bersama dua hakim anggota, B, dan C"
OTHER_MEMBERS = re.compile(
    r"\b(?P<word>(?i:hakim[ \t]+anggota|anggota|komisioner)|Wakil)(?P<other>[ \t]+lain(?:nya)?)?"
    r"[ \t]*(?:,|:)?[ \t]*(?:(?:yakni|yaitu|masing-masing|antara[ \t]+lain)[ \t]*[,:]?[ \t]*)?(?=[A-Z])"
)
_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(?:dan|serta)?|dan|serta)[ \t]+(?=[A-Z])")
MAX_MEMBERS = 9


def _title_just_before(found: list[Official], pos: int, reach: int) -> Official | None:
    """The official whose title ends last before ``pos``, within ``reach`` characters."""
    near = [o for o in found if o.title_end is not None and pos - reach < o.title_end <= pos]
    return max(near, key=lambda o: o.title_end or 0, default=None)


def _clause_of(title: str) -> str:
    """A title up to a sentence's or a clause's end ("Anggota DKPP. Yakni" -> "Anggota DKPP")."""
    return re.split(r"[.;,(]\s", title)[0]


def _other_members(text: str, found: list[Official], claimed: list[tuple[int, int]], lex: Words) -> list[Official]:
    """Members listed by name after "anggota lainnya" (the body's members besides the head just named) or after a
    plural "hakim anggota": each name with the member's word and, when the head before it names one, the body
    ("dua anggota lainnya yakni Ance Wally dan Benny Karubaba" after "Ketua KPU Kota Jayapura")."""
    out: list[Official] = []
    for m in OTHER_MEMBERS.finditer(text):
        word = re.sub(r"\s+", " ", m.group("word"))
        deputies = word == "Wakil" and not m.group("other")  # "Ketua DPRD X ... didampingi Wakil A, B, dan C"
        if not (m.group("other") or word.lower() == "hakim anggota" or deputies) or _inside(m.start(), claimed):
            continue
        if deputies and (lex.head_re.match(text, m.end()) or text[m.end("word") : m.end()].strip()):
            continue  # "Wakil Bupati X": a deputy's own title, read by the title grammar
        if word.lower() == "hakim anggota" and not re.match(r"[ \t]*,", text[m.end("word") : m.end()]):
            continue  # "hakim anggota Budi": one judge, read by the title grammar
        head = _title_just_before(found, m.start(), 200 if deputies else 300)
        if deputies:
            if head is None or head.title.split()[0].lower() != "ketua":
                continue
            title = "Wakil " + _clause_of(head.title)  # the deputies of the chair just named
        else:
            body = ""
            if (
                m.group("other")
                and head is not None
                and " " in head.title
                and head.title.split()[0].lower() in lex.heads
            ):
                body = " " + _clause_of(head.title.split(" ", 1)[1])  # "Ketua KPU Kota X": the body, "KPU Kota X"
            title = (word[:1].upper() + word[1:]) + body
        pos = m.end()
        listed: list[Official] = []
        while len(listed) < MAX_MEMBERS:
            toks = tokens(text, pos, 80)
            got = read_name(text, toks, 0, lex)
            if got is None:
                break
            s0, e0, name, _ = got
            if not looks_like_name(name.split(), lex) or _inside(s0, claimed):
                break
            listed.append(
                Official(
                    clean_name(name, lex),
                    title,
                    institution(title, None, lex),
                    None,
                    s0,
                    e0,
                    m.start("word"),
                    m.end("word"),
                )
            )
            j = _JOINT.match(text, e0)
            if j is None:
                break
            pos = j.end()
        after = text[listed[-1].end : listed[-1].end + 3] if listed else ""
        if len(listed) >= 2 or listed and re.match(r"[ \t]*[.,;\n]|$", after):
            out += listed
            claimed += [(o.start, o.end) for o in listed]
    return out


DEPUTY_BEFORE = re.compile(r"(?<![\w.])(?i:wakil)\s+$")


def _deputy(text: str, o: Official) -> None:
    """ "Wakil Kapolda Maluku Teguh": the deputy's word before a head that has none of its own is the title's."""
    ts = o.title_start
    if ts is None or o.title.lower().startswith("wakil"):
        return
    d = DEPUTY_BEFORE.search(text, max(0, ts - 8), ts)
    if d is not None:
        o.title_start = d.start()
        o.title = re.sub(r"\s+", " ", text[d.start() : ts]) + o.title


# the dash between a pair's two names: "Harnojoyo–Fitri Agustinda", "Usman G Wanimbo-Dinus Wanimbo"
_PAIR_DASH = re.compile(r"[ \t]*[-–—][ \t]*(?=[A-Z])")
_PAIR_JOINT = re.compile(r"[ \t]+(?:dan|&)[ \t]+$|[ \t]*/[ \t]*$", re.IGNORECASE)


def _paired_heads(text: str, found: list[Official], lex: Words) -> list[Official]:
    """A head and its deputy named as a pair, then their two names in order: "Walikota dan Wakil Walikota
    Palembang Harnojoyo–Fitri Agustinda", "Bupati dan Wakil Bupati Garut Rudy Gunawan dan Helmi Budiman".
    The grammar reads the deputy's title; the first name is the head's, the second (after "dan" or a
    dash) the deputy's."""
    out: list[Official] = []
    for o in found:
        out.append(o)
        ts = o.title_start
        if ts is None or not o.title.lower().startswith("wakil "):
            continue
        rest = o.title.split()[1:]
        head_at = None
        for n in (2, 1):
            phrase = r"[ \t]+".join(re.escape(w) for w in rest[:n])
            j = re.search(rf"(?<!\w)(?i:{phrase})(?=[ \t]*(?:dan|&|/))", text[max(0, ts - 40) : ts])
            if j is not None and _PAIR_JOINT.fullmatch(text, max(0, ts - 40) + j.end(), ts):
                head_at = (max(0, ts - 40) + j.start(), n)
                break
        if head_at is None:
            continue
        at, n = head_at
        head_title = " ".join([text[at : at + len(" ".join(rest[:n]))], *rest[n:]])
        head_title = re.sub(r"\s+", " ", head_title)
        deputy = next((p for p in found if p is not o and p.title_start == ts and p.start > o.end), None)
        if deputy is None:
            deputy = _second_of_pair(text, o, lex)
            if deputy is None:
                continue
            out.append(deputy)
        # the first name is the head's
        o.title, o.title_start = head_title, at
        o.institution = institution(head_title, lex.heads.get(norm_head(head_title.split()[0]), (None, None))[0], lex)
    return out


# "Kapolres Bengkalis diwakili Kompol Syafril": the one who stands in, named after the post he stands in for
_STANDS_IN_AFTER = re.compile(r"[ \t]+(?:di[ \t]?wakili|yang[ \t]+diwakili)(?:[ \t]+oleh)?[ \t]+(?=[A-Z])")
# "Mayor Pom Hanis Aldani yang mewakili Danlanal Bintan", "Mewakili Danrem 152/Babullah Mayor Anton S"
_STANDS_FOR = re.compile(r"(?<![\w-])(?:yang[ \t]+)?(?i:mewakili)[ \t]+(?=[A-Z])")


def _representatives(text: str, found: list[Official], lex: Words) -> list[Official]:
    """Who stands in for whom (annotation guide: one who acts for another is listed with his own position;
    one named with no position of his own holds "mewakili" the post): "Kapolres Bengkalis diwakili Kompol
    Syafril" and "Mayor Hanis Aldani yang mewakili Danlanal Bintan" name "mewakili Kapolres Bengkalis" and
    "mewakili Danlanal Bintan"; "Asisten I Setda Garut Budi mewakili Bupati Garut" keeps the Asisten."""
    out = list(found)
    lower = text.lower()
    if "wakili" not in lower:
        return out
    for m in finditer(lex.head_re, text):
        head = m.group("head")
        if not head[:1].isupper() or m.group("acting"):
            continue
        if "wakili" not in lower[max(0, m.start() - 20) : m.end() + 120]:
            continue
        t_end = _title_end_of(text, m, lex)
        post = re.sub(r"\s+", " ", text[m.start() : t_end]).strip(" ,")
        after = _STANDS_IN_AFTER.match(text, t_end)
        if after is not None and any(o.title_start == m.start() and m.start() < o.start < t_end for o in found):
            # "Ketua Bawaslu Kalbar Ruhermansayah dan Kesbangpol ... yang diwakili Hermanus": the post's holder is
            # named inside what was read as the post, and the stand-in stands for what follows him
            continue
        if after is not None:  # the post, then who stands in for it
            got = _rank_then_name(text, after.end(), lex)
            if got is not None:
                out = _stand_in(out, Official(got[2], f"mewakili {post}", None, None, got[0], got[1], m.start(), t_end))
            continue
        before = _STANDS_FOR.search(text, max(0, m.start() - 20), m.start() + 1)
        if before is None or before.end() != m.start():
            continue
        nm = re.search(
            r"((?:[A-Z][\w'’.-]*[ \t]+){0,6}[A-Z][\w'’.-]*)[ \t]*,?[ \t]*$",
            text[max(0, before.start() - 80) : before.start()],
        )
        if nm is not None and nm.group(1).split()[-1] not in {"Yang", "Mewakili"}:
            s0 = max(0, before.start() - 80) + nm.start(1)
            got = _rank_then_name(text, s0, lex, last_rank=True, until=before.start())
            if got is not None and not any(o.start <= got[0] < o.end and o.title for o in found):
                out = _stand_in(out, Official(got[2], f"mewakili {post}", None, None, got[0], got[1], m.start(), t_end))
                continue
        if not _ITEM_OPENS.search(text, max(0, before.start() - 20), before.start()):
            continue  # "Sekda X, M.Si mewakili Bupati Y H. Z": the Bupati's own name follows, no stand-in's
        got = _rank_then_name(text, t_end, lex)  # "..., Mewakili Danrem 152/Babullah Mayor Anton S, ..."
        window = text[max(0, before.start() - 20) : before.start()]
        opens = _SENTENCE_OPENS.search(window) is not None or not window.strip() and before.start() <= 20
        if got is not None and opens and _own_title_follows(text, got[1], found, lex):
            # "Mewakili Kapolres Tanggamus AKBP Alfis, S.Ik. Kapolsek Pringsewu Kompol Andik membuka": a sentence
            # opening on whom one stands for names the post's holder, then the one standing in with his own title
            continue
        if got is not None and _ranked(text, t_end, got[0], lex):
            title = re.sub(r"\s+", " ", text[before.start() : t_end]).strip(" ,")
            out = _stand_in(out, Official(got[2], title, None, None, got[0], got[1], before.start(), t_end))
    return _body_stand_ins(text, out, lex)


def _own_title_follows(text: str, pos: int, found: list[Official], lex: Words) -> bool:
    """After the name ending at ``pos`` (and its degrees) a title opens that a found person holds."""
    at = _GAP.match(text, skip_affixes(text, pos, lex)).end()  # type: ignore[union-attr]  # (matches empty)
    return any(o.title_start == at and o.start > at for o in found)


_GAP = re.compile(r"[ \t,.]*")
_SENTENCE_OPENS = re.compile(r"[.!?\n][\s\"“”]*$")  # the text before a sentence's first word


# a body named in a list of those present, then who stands in for it: "dan Kesbangpol Provinsi Kalbar yang diwakili
# Hermanus" (the body's words after a list's separator, then the stand-in cue)
_BODY_STANDS_IN = re.compile(
    r"(?:^|[,;:\n]|\b(?:dan|serta|hadir|dihadiri|oleh))[ \t]+(?P<body>[A-Z][\w.()/-]*(?:[ \t]+[A-Z0-9][\w.()/-]*){0,4})"
    r"[ \t]+(?:yang[ \t]+)?di[ \t]?wakili(?:[ \t]+oleh)?[ \t]+(?=[A-Z])"
)


def _body_stand_ins(text: str, out: list[Official], lex: Words) -> list[Official]:
    """Who stands in for a body named with no head ("Kesbangpol Provinsi Kalbar yang diwakili Hermanus"): listed
    with "mewakili <body>" as his post, as one standing in for a post is."""
    if "wakili" not in text:
        return out
    for m in _BODY_STANDS_IN.finditer(text):
        body = m.group("body")
        first = body.split()[0]
        if not lex.is_inst(first.strip("()")) or lex.head_re.match(body):
            continue  # a body's own name opens it ("Kesbangpol", "Polres X"), no post's head ("Kapolres X")
        got = _rank_then_name(text, m.end(), lex)
        if got is None or any(o.start <= got[0] < o.end for o in out):
            continue
        title = "mewakili " + " ".join(body.split())
        out = _stand_in(out, Official(got[2], title, None, None, got[0], got[1], m.start("body"), m.end("body")))
    return out


# where an item of a list of those present opens: after a comma, "dan", "hadir", "oleh" or a line's start
_ITEM_OPENS = re.compile(r"(?:^|[,;:\n]|\b(?i:dan|serta|hadir|dihadiri|oleh|juga))[ \t]*$")


def _rank_then_name(
    text: str, pos: int, lex: Words, last_rank: bool = False, until: int | None = None
) -> tuple[int, int, str] | None:
    """A name at ``pos`` after ranks and honorifics ("Kompol Syafril", "Mayor Pom Hanis Aldani"); with
    ``last_rank``, the words after the last rank of a run ("Bintan Utara Kapten Inf. Aswandi")."""
    toks = tokens(text, pos, 80 if until is None else until - pos)  # (``until``: the run's end)
    k = 0
    if last_rank:
        ranks = [i for i, t in enumerate(toks[:8]) if is_affix(t[2].rstrip(","), lex)]
        if not ranks:
            return None
        k = ranks[-1] + 1
    while k < len(toks) and is_affix(toks[k][2].rstrip(","), lex):
        k += 1
    got = read_name(text, toks, k, lex) if k < len(toks) else None
    if got is None:
        return None
    s0, e0, name, j = got
    if not looks_like_name(name.split(), lex, after_title=True):
        return None
    nxt = toks[j][2].rstrip(",.") if j < len(toks) else ""
    if nxt and (nxt.lower() in lex.heads or is_affix(nxt, lex)) and text[e0 : toks[j][0]].strip() == "":
        return None  # "diwakili Kapok Sahli Pangdam XVII, Brigjen X": a post of his own, not a name
    return s0, e0, clean_name(name, lex)


def _stand_in(out: list[Official], rep: Official) -> list[Official]:
    """``rep`` in place of what the grammar read at his name (the post he stands in for taken as his own)."""
    return [o for o in out if not (o.start <= rep.start < o.end or rep.start <= o.start < rep.end)] + [rep]


def _second_of_pair(text: str, o: Official, lex: Words) -> Official | None:
    """The deputy's name after a dash right after the head's ("Harnojoyo–Fitri Agustinda")."""
    d = _PAIR_DASH.match(text, o.end)
    if d is None:
        return None
    toks = tokens(text, d.end(), 60)
    j = _run(toks, 0, lex)
    if j == 0 or j > 4:
        return None
    if not looks_like_name([t[2].rstrip(",.") for t in toks[:j]], lex):
        return None
    return _under_title(o, toks, j, lex)


def _under_title(off: Official, toks: list[Token], j: int, lex: Words) -> Official:
    """The person named by the first ``j`` tokens, holding ``off``'s title (listed after it, or his pair's)."""
    s0, e0 = toks[0][0], toks[j - 1][0] + len(toks[j - 1][2].rstrip(",."))
    name = clean_name(" ".join(t[2].rstrip(",.") for t in toks[:j]), lex)
    return Official(name, off.title, off.institution, off.acting, s0, e0, off.title_start, off.title_end)


CLOSED = re.compile(r"[ \t]*(?:,|\.(?!\w)|;|\)|dan\b|serta\b)")
# a long title the grammar does not follow to its end, closed by a comma: capitalised words, acronyms
# in brackets and the few lower-case words titles hold ("Asisten Komisioner Bidang Pengaduan Komisi
# Aparatur Sipil Negara (KASN), ...")
TITLE_RUN_CLOSED = re.compile(
    r"(?:[ \t]+(?:[A-Z(][\w'’().&/-]*|dan|pada|dalam|untuk|bidang|urusan|Kab\.|Prov\.)){1,14}?[ \t]*,"
)
# (one unknown word may end it; "di" after it says where the holder is: "Afdhal, Ketua KPU Kerinci di Desa X")
TITLE_CLOSED = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)?[ \t]*(?:,|;|\)|dan\b|serta\b)|[ \t]+di[ \t]+(?=[A-Z])")


def _closed_apposition(text: str, m: re.Match[str], lex: Words) -> bool:
    """Whether the title that ``m`` heads is closed at once by a comma or "dan" ("A B, Kepala Dinas X,
    ..."): where the title grammar ends it, one unknown word on, or after a run of title words the
    grammar does not follow to its end."""
    t_end = _title_end_of(text, m, lex)
    return TITLE_CLOSED.match(text, t_end) is not None or TITLE_RUN_CLOSED.match(text, m.end()) is not None


def _closed_single(text: str, off: Official) -> bool:
    """The words after a title give one word closed at once by a comma or "dan": in "Tiwik, Ketua PN
    Batusangkar, dan ..." it is the title's place, and the name came first; not where the title already
    ends on its place ("Ita Jayadi, Ketua KPU Provinsi Kalbar Ramdan, ...": Ramdan holds it)."""
    return " " not in off.name and CLOSED.match(text, off.end) is not None and not _ends_on_place(off.title)


def _ends_on_place(title: str) -> bool:
    """The title's last one to three words name a region ("Ketua KPU Provinsi Kalbar", "Bupati Kubu Raya")."""
    from kewaspadaan_cli.extract.regions import gazetteer

    forms = gazetteer().forms
    words = title.lower().rstrip(" ,.").split()
    return any(" ".join(words[-k:]) in forms for k in (1, 2, 3) if len(words) > k)


LINKED_BEFORE = re.compile(r"\b(?:" + "|".join(TO_TITLE) + r")[ \t]+$", re.IGNORECASE)
SELAKU = re.compile(r"[ \t]*,?[ \t]*(?:" + "|".join(TO_TITLE) + r")[ \t]+", re.IGNORECASE)


def _linked_to_next_title(text: str, end: int, lex: Words) -> bool:
    """A name followed by "selaku"/"sebagai" and a title: the name is that title's holder."""
    link = SELAKU.match(text, end)
    return link is not None and lex.head_re.match(text, link.end()) is not None


# the words before a title that make it no holder's: a candidate for the post or its election, a former holder
FORMER = r"mantan|eks|almarhum"
_NOT_HOLDER = re.compile(
    rf"\b(?i:{CANDIDATE}|{FORMER})\s+(?:(?:[A-Za-z][\w.]*\s+){{1,3}}(?:dan|&)\s+)?$"
)  # (also the second of a pair: "pasangan calon Bupati dan Wakil Bupati Bima, H Syafruddin", "bakal calon bupati
# dan wakil bupati Rustandie dan Dikdik")


def _not_holder(text: str, title_start: int) -> bool:
    """Is the title at ``title_start`` a candidate's or a former holder's post, not its holder's?"""
    return _NOT_HOLDER.search(text, max(0, title_start - 40), title_start) is not None


# ... and, for a title alone that a speaker may hold, the post spoken of ("kursi Bupati", "menjadi Bupati")
_NOT_SPEAKER_TITLE = re.compile(
    rf"\b(?:{CANDIDATE}|{FORMER}|pasangan|sebagai|menjadi|jabatan|kursi)\s+$", re.IGNORECASE
)


def _tagged(
    text: str, claimed: list[tuple[int, int]], found: list[Official], lex: Words, heads: list[int]
) -> list[Official]:
    """Holders that the learned tagger (``tagger.py``) reads next to a title the grammar left without one."""
    from kewaspadaan_cli.extract.tagger import propose

    heads = [
        h for h in heads if not NOT_A_PERSON_BEFORE.search(text, max(0, h - 20), h) and not _not_holder(text, h)
    ]  # "Kantor Bupati", "calon Bupati": titles with no holder to find
    if not heads:
        return []
    known = [_tokens_of(o.name) for o in found]
    out: list[Official] = []
    for p in propose(text, claimed, heads):
        name = clean_name(text[p.name_start : p.name_end], lex)
        mine = _tokens_of(name)
        if not mine or any(mine & k for k in known):
            continue
        if _not_holder(text, p.title_start):
            continue  # a candidate for the post or its former holder (the grammar skips these titles too)
        parts = name.split()
        if not (_name_word_ok(name, lex) if len(parts) == 1 else looks_like_name(parts, lex, after_title=True)):
            continue  # the evidence the rules weigh still holds: "Syariah", "Lanny Jaya" are no names
        title = re.sub(r"\s+", " ", text[p.title_start : p.title_end]).strip(" ,")
        if title.isupper():
            continue  # a headline in capitals ("BUPATI SINTANG JAROT WINARNO MEMBUKA RAPAT")
        hm = lex.head_re.match(text, p.title_start)
        inst, acting = lex.heads.get(norm_head(hm.group("head")), (None, None)) if hm else (None, None)
        if hm and hm.group("acting"):
            acting = lex.acting.get(hm.group("acting").lower(), hm.group("acting"))
        out.append(
            Official(
                name, title, institution(title, inst, lex), acting, p.name_start, p.name_end, p.title_start, p.title_end
            )
        )
        known.append(mine)
    return out


def _rank_not_head(text: str, m: re.Match[str], lex: Words) -> bool:
    """A head that is also a rank ("Irjen", "Kasdim") is the rank when a rank word or a name follows
    ("Irjen Pol Rusdi", "Irjen Rusdi Hartono"), the post when a body does ("Irjen Kemendagri")."""
    head = m.group("head").lower()
    if m.group("acting") or head not in lex.ranks and head not in _rank_prefixes(lex.digest):
        return False
    toks = tokens(text, m.end(), 60)
    if not toks:
        return False
    if f"{head} {toks[0][2]}".lower().rstrip(",.") in lex.ranks:
        return True  # "Inspektur Jenderal Polisi (Irjen Pol) Johnny": a rank written out, its last word after the head
    if head not in lex.ranks:
        return False
    if is_affix(toks[0][2], lex):
        return True
    j = _run(toks, 0, lex)
    return j > 0 and looks_like_name([t[2].rstrip(",.") for t in toks[:j]], lex)


@lru_cache(maxsize=4)
def _rank_prefixes(digest: str) -> frozenset[str]:
    """The first words of the ranks of several words ("inspektur jenderal" of "Inspektur Jenderal Polisi")."""
    return frozenset(" ".join(r[:k]) for r in words().ranks_multi for k in range(1, len(r)))


_SHORT_NAME_AFTER = re.compile(r"[ \t]*\(([A-Z][a-z][\w'’-]+)\)")


def _by_short_names(text: str, people: list[Official]) -> list[Official]:
    """One person under the short name the article gives in brackets after the full one ("Presiden Joko
    Widodo (Jokowi) ... Presiden Jokowi tiba"): the short name's mentions are the full name's."""
    short = {}
    for p in people:
        m = _SHORT_NAME_AFTER.match(text, p.end)
        if m and " " in p.name and m.group(1) not in p.name.split():
            short[m.group(1)] = p
    if not short:
        return people
    out = []
    for o in people:
        full = short.get(o.name)
        if full is None or full is o:
            out.append(o)
        else:
            _absorb(full, o)
    return out


def _tokens_of(name: str) -> set[str]:
    return {t.lower() for t in re.findall(r"[\w'’-]+", name) if len(t) > 1}


def _title_cut_short(o: Official, people: list[Official]) -> bool:
    """``o``'s title and name together begin another official's title in the article: its "name" is the
    title's next words ("Rektor UIN Ar-Raniry Ajak ..." in a headline, "Rektor UIN Ar-Raniry Banda Aceh, Prof
    Mujiburrahman" in the lead; "Kapolresta Barelang dihadiri ..." and "Kapolresta Barelang Kombes Pol Herbertus"),
    written in full where the title's holder is named."""
    cut = " ".join(f"{o.title} {o.name}".lower().split())
    return any(p is not o and (" ".join(p.title.lower().split()) + " ").startswith(cut + " ") for p in people)


# a second name the text gives a person right after the first: "Christiany Eugenia Paruntu atau Tetty Paruntu",
# "Hasanul Arifin Rambe alias Gopal"
_ALIAS = re.compile(r"[ \t]*,?[ \t]*(?:atau|alias)[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")


def _aliases(text: str, found: list[Official]) -> dict[frozenset[str], Official]:
    """The second names found people are given ("X atau Y"), by their words: Y is X wherever it is named."""
    out: dict[frozenset[str], Official] = {}
    for o in found:
        m = _ALIAS.match(text, o.end)
        if m is not None:
            words = frozenset(_tokens_of(m.group("n")))
            if words and not words & _tokens_of(o.title):
                out[words] = o
    return out


def _merge(found: list[Official], aliases: dict[frozenset[str], Official] | None = None) -> list[Official]:
    people: list[Official] = []
    for o in sorted(found, key=lambda o: o.start):
        mine = _tokens_of(o.name)
        if not mine:
            continue
        same = next(
            (
                p
                for p in people
                if (mine <= _tokens_of(p.name) or _tokens_of(p.name) <= mine) and not _two_bodies_one_word(o, p)
            ),
            None,
        )
        if same is None and aliases and frozenset(mine) in aliases:  # "X atau Y": Y is X's second name
            first = aliases[frozenset(mine)]
            same = next((p for p in people if p is first or first.start in (p.start, *(a for a, _ in p.aliases))), None)
        if same is None:
            same = next((p for p in people if _short_form(o, p) or _short_form(p, o)), None)
        if same is None:
            same = next((p for p in people if _spelling_variant(o, p)), None)
        if same is None:
            people.append(o)
            continue
        _absorb(same, o)
    return people


def _two_bodies_one_word(a: Official, b: Official) -> bool:
    """Two holders of posts in two different bodies, one named by a single word of the other's name ("Kajari
    Ciamis Hartono, dan Ketua Pengadilan Negeri Ciamis Rudi Hartono"): two people who share a name's word."""
    one_word = len(_tokens_of(a.name)) == 1 or len(_tokens_of(b.name)) == 1
    return one_word and bool(a.institution and b.institution and a.institution != b.institution)


def _absorb(same: Official, o: Official) -> None:
    """``o`` is ``same``'s person: the longer name and the longer title stand, the other spans are aliases."""
    if len(o.name) > len(same.name):
        same.aliases.append((same.start, same.end))
        same.name, same.start, same.end = o.name, o.start, o.end
    else:
        same.aliases.append((o.start, o.end))
    same.aliases.extend(o.aliases)
    if len(o.title) > len(same.title) and o.title_start is not None:
        same.title, same.title_start, same.title_end = o.title, o.title_start, o.title_end
        same.institution = o.institution or same.institution
        same.acting = o.acting or same.acting


VARIANT_SIMILARITY = 80  # rapidfuzz ratio of two spellings of one name's word ("Buchori" / "Bukhori" 86)
VARIANT_SIMILARITY_SHARED = 65  # the same, where two or more of the names' other words are the same


def _spelling_variant(a: Official, b: Official) -> bool:
    """One person's name spelled two ways in one article ("Muslim Buchori", "Muslim Bukhori"): as many
    words, one the same, each other close to its counterpart, and no two bodies in their titles."""
    from rapidfuzz import fuzz

    wa, wb = a.name.lower().split(), b.name.lower().split()
    if len(wa) != len(wb) or len(wa) < 2 or not set(wa) & set(wb):
        return False
    if a.institution and b.institution and a.institution != b.institution:
        return False
    # the more words two spellings share, the less alike the others need be ("Raja Arthur Lumongga Simamora",
    # "Raja Arthur Lunggana Simamora": three words the same, the fourth 75)
    same = sum(x == y for x, y in zip(wa, wb, strict=True))
    least = VARIANT_SIMILARITY if same < 2 else VARIANT_SIMILARITY_SHARED
    return all(x == y or min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= least for x, y in zip(wa, wb, strict=True))


def _short_form(a: Official, b: Official) -> bool:
    """``a`` is a one-word short form of ``b``'s name under the same head ("Kapolres H Bayu" for
    "Kapolres Tanah Datar AKBP Bayuaji Yudha Prajas"), or one of its words spelled otherwise ("Kasat Agtha"
    for "Kasat Reskrim Polres Purwakarta, AKP Agta Bhuwana")."""
    from rapidfuzz import fuzz

    short = a.name.lower()
    if " " in short or len(short) < 4 or a.title.split()[:1] != b.title.split()[:1]:
        return False
    return any(
        t.startswith(short) and len(t) > len(short) or len(t) >= 4 and fuzz.ratio(t, short) >= VARIANT_SIMILARITY
        for t in _tokens_of(b.name)
    )


NAME_WORD = r"[A-Z][\w'’-]+"
NOT_A_PERSON_PLACE = re.compile(
    r"(?:Jalan|Jl|Jln|Gedung|Masjid|Stadion|Lapangan|Bandara|Universitas|Yayasan|Pondok|RSUD|RS)\.?\s+$"
)


def _name_word_ok(word: str, lex: Words) -> bool:
    """A word that can only be part of a person's name: capitalised, no plain Indonesian word, no
    title or body word, no rank or degree, no place."""
    from kewaspadaan_cli.extract.names import election_words, is_common_word
    from kewaspadaan_cli.extract.regions import gazetteer

    low = word.lower()
    return (
        len(word) >= 2
        and low not in gazetteer().forms
        and not _near_place(low)
        and not word.isupper()
        and not is_common_word(low)
        and not is_title_material(word, lex)
        and not is_affix(word, lex)
        and low not in lex.of("stop_name")
        and low not in lex.of("connective")
        and low not in lex.of("headline_verb")
        and low not in election_words()  # "Menurut Kapolres, Pilwakot 2018 ini ...": an election, no person
    )


_RUN = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}"


def _speaker_re() -> re.Pattern[str]:
    """A speaker's name: before an active speech verb ("X mengatakan", "X, usai rapat, menegaskan") or after
    a bare or passive one ("ujar X", "menurut X", "disampaikan X")."""
    return _speaker_for(said_passive())


@lru_cache(maxsize=4)
def _speaker_for(passive: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w'’.-])(?P<a>{_RUN}),?(?:\s+(?:dalam|saat|ketika|kepada|usai|seusai|selepas)(?:\s+[a-z]+){{1,4}},?)?"
        rf"\s+{SPEAKS_VERB}\b"
        rf"|\b(?:{SPEECH_VERB}|menurut|Menurut|{passive})[ \t]+(?P<b>{_RUN})",
        re.MULTILINE,
    )


def _speakers_of_nameless_titles(
    text: str, nameless: list[re.Match[str]], people: list[Official], lex: Words, heads: list[tuple[int, str]]
) -> list[Official]:
    """A title written without a name, then a person speaking who is no listed official: the title's
    holder. "Kapolres Sampang mengatakan situasi aman. ... kata AKBP Hendro Sukmono." The speaker must
    come within the title's paragraph or the next, before any other title, be named by words that
    cannot be plain words, and not be described otherwise ("kata Budi, warga setempat")."""
    out: list[Official] = []
    if not nameless:
        return out
    known = [_tokens_of(p.name) for p in people]
    taken: set[int] = set()
    for m in nameless:
        if NOT_A_PERSON_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if _NOT_SPEAKER_TITLE.search(text, max(0, m.start() - 14), m.start()):
            continue  # a candidate's, a former holder's, or the post itself ("kursi Bupati"), not a speaker's
        prev = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, m.start() - 30) : m.start()])
        if prev and prev.group(1)[:1].isupper() and prev.group(1).lower() not in OPENERS | {"menurut"}:
            if not (prev.group(1).lower() in lex.of("connective") or prev.group(1).lower() in lex.of("stop_name")):
                continue  # inside a longer capitalised phrase: "Wakil Kepala Daerah", "Pemilihan Kepala Daerah"
        joined = _JOINED.search(text, max(0, m.start() - 12), m.start())
        if joined and any(
            h.end() == joined.start() for h in lex.head_re.finditer(text, max(0, joined.start() - 30), joined.start())
        ):
            continue  # "Presiden dan Wakil Presiden": posts named as such, not a holder
        head = m.group("head")
        t_end = _title_end_of(text, m, lex)
        if (
            t_end == m.end()
            and norm_head(head) not in lex.of("unit_head")
            and lex.heads.get(norm_head(head), (None,))[0] is None
        ):
            continue  # a bare "Bupati" names no one post
        nxt_head = next((h for h, _ in heads if h > t_end), len(text))
        para_end = text.find("\n", t_end)
        para_end = len(text) if para_end < 0 else text.find("\n", para_end + 1)
        limit = min(nxt_head, len(text) if para_end < 0 else para_end, t_end + 600)
        who = None
        pointing = _POINTS_BACK.match(text, t_end) is not None  # "Bupati Kepulauan Sula ini", "Kapolres itu"
        for sm in _speaker_re().finditer(text, t_end, limit if not pointing else t_end):
            who = _speaker(text, sm, lex, known, taken)
            break
        if who is None and pointing:
            who = _named_before(text, m.start(), heads, lex, known, taken)
        if who is None and _is_speaking(text, m.start(), t_end):
            # "Ariasandy mengatakan ... pungkas Kabid Humas Polda NTT.": the title speaks last, the
            # speaker before it with no other title between is the same person
            mine = norm_head(head)
            prev_head = max(
                (h for h, hd in heads if h < m.start() and hd != mine and not _refers_back(text, h)), default=-1
            )  # (the same title may recur; "mantan Kapolres TTS itu" describes the speaker again)
            for sm in reversed(list(_speaker_re().finditer(text, prev_head + 1, m.start()))):
                who = _speaker(text, sm, lex, known, taken)
                if who is not None or not re.match(r"(?:Dia|Ia|Beliau)\b", sm.group(0)):
                    break  # ("Dia menambahkan": a pronoun, the speaker is further back)
        if who is None:
            continue
        ns, ne, name = who
        title = re.sub(r"\s+", " ", text[m.start() : t_end]).strip(" ,")
        inst, acting = lex.heads.get(norm_head(head), (None, None))
        if m.group("acting"):
            acting = lex.acting.get(m.group("acting").lower(), m.group("acting"))
        out.append(
            Official(clean_name(name, lex), title, institution(title, inst, lex), acting, ns, ne, m.start(), t_end)
        )
        known.append(_tokens_of(name))
        taken.add(ns)
    return out


_JOINED = re.compile(r"[ \t]+(?:dan|atau|serta)[ \t]+$", re.I)
_APPOSED_SUBJECT = re.compile(r"(?:^|[,.\n])[ \t]*$")  # the body opens its clause
_VERB_AFTER_APPOSITION = re.compile(r",[ \t]*(?:me|ber|meng|mem|men|meny)[a-z]{3,}\b")
_COMMA_NAME = re.compile(r"[^,.;:\n]{0,60},[ \t]*[A-Z]")
_SPOKEN_BODY = re.compile(rf"\b(?:{SPEECH_VERB}|menurut|Menurut)\s+(?:pihak\s+)?$")


@lru_cache(maxsize=4)
def _body_re(digest: str) -> re.Pattern[str]:
    """The one-word names of bodies ("Polres", "Kejari", "FKDM") as one pattern."""
    from kewaspadaan_cli.patterns import trie_pattern

    lex = words()
    terms = {
        v
        for t in lex.inst_words
        if " " not in t and t.isalpha()
        for v in ((t.upper(),) if t in lex.acronyms else (t.capitalize(), t.upper()))
    }  # an acronym in capitals only ("AJI", not the name "Aji")
    ranks = trie_pattern(_personal_ranks(digest))
    # only where a rank or a comma and a capital follow: the rest cannot give a person (cheap, in the engine)
    return re.compile(
        r"(?<![\w.])(?:" + trie_pattern(terms) + r")(?![\w])"
        r"(?=[^\n]{0,50}?(?<![\w.])(?i:" + ranks + r")(?![\w])|[^,.;:\n]{0,60},[ \t]*[A-Z])"
    )


def _rank_ahead(text: str, pos: int, lex: Words) -> bool:
    """A person's rank among the next words (a cheap test before the title grammar runs)."""
    ranks = _personal_ranks(lex.digest)
    ahead = text[pos : pos + 50].split()[:-1]  # the last word may be cut
    return any(w.strip("(),.")[:1].isupper() and w.strip("(),.").lower() in ranks for w in ahead)


@lru_cache(maxsize=4)
def _personal_ranks(digest: str) -> frozenset[str]:
    """Ranks that are no body's name ("AKBP", "Iptu", not "TNI", "Polri")."""
    lex = words()
    return frozenset(r for r in lex.ranks if " " not in r and r not in lex.inst_words and len(r) > 2)


def _body_for_title(text: str, claimed: list[tuple[int, int]], lex: Words) -> list[Official]:
    """A body standing for the person who speaks or acts for it: "pihak Polres Gorontalo Iptu Cecep",
    "kata FKDM DKI Jakarta, Tobaristani", a list "Ketua PN Malili, Khairul, Kejari Luwu Timur, Yohanes
    ...". The evidence of a person: a rank before the name, or a name of no plain word after a comma
    where a speech verb names the body as the speaker or a titled person's name ends the list item
    before it."""
    out: list[Official] = []
    for bm in finditer(_body_re(lex.digest), text):
        word = bm.group(0)
        if any(a <= bm.start() < b for a, b in claimed):
            continue
        before = text[max(0, bm.start() - 30) : bm.start()]
        spoken = _SPOKEN_BODY.search(before) is not None
        listed = (
            before.rstrip().endswith(",")
            and re.search(r"[A-Z][\w'’.]*,\s*$", before) is not None
            and any(a < bm.start() and bm.start() - b < 4 for a, b in claimed)
        )
        apposed = _APPOSED_SUBJECT.search(text, max(0, bm.start() - 3), bm.start()) is not None
        if not (
            (spoken or listed or apposed) and _COMMA_NAME.match(text, bm.end()) or _rank_ahead(text, bm.end(), lex)
        ):
            continue  # (cheap tests first: a comma and a capital ahead, or a rank)
        pw = re.search(r"([A-Za-z]+)\s+$", before)
        if pw and (
            pw.group(1).lower() in lex.heads or is_title_material(pw.group(1), lex) and lex.head_re.search(before)
        ):
            continue  # part of a title or a longer body name
        toks = tokens(text, bm.end(), 160)
        i, b_end = extend(text, toks, word, bm.end(), lex)
        j = i
        comma = j < len(toks) and toks[j][2] == ","
        if comma:
            j += 1
        ranked = (
            j < len(toks)
            and is_affix(toks[j][2], lex)
            and bare_rank(toks[j][2], lex)
            and not is_title_material(toks[j][2], lex)
        )  # "Iptu Cecep", not "TNI, Cilangkap"
        if not (ranked or comma and (spoken or listed or apposed)):
            continue
        got = read_name(text, toks, j, lex)
        if got is None:
            continue
        ns, ne, name, _ = got
        parts = name.split()
        if not looks_like_name(parts, lex, after_title=ranked) or "," in text[toks[j][0] : ns]:
            continue
        if not ranked and not all(_name_word_ok(x.rstrip("."), lex) for x in parts):
            continue
        if not ranked and not re.match(r"\s*(?:[,.;]|[a-z]|$)", text[ne : ne + 3]):
            continue
        if apposed and not (spoken or listed) and not _VERB_AFTER_APPOSITION.match(text, ne):
            continue  # "Terkait hal itu, Kesbangpol Raja Ampat, Abdul Manaf Wihel, mengharapkan ...": the body's
            # person, closed by commas as the clause's subject before its verb
        start = bm.start()
        pm = re.search(r"\bpihak\s+$", before)
        if pm:
            start = bm.start() - (len(before) - pm.start())
        title = re.sub(r"\s+", " ", text[start:b_end]).strip(" ,")
        out.append(Official(clean_name(name, lex), title, lex.inst_words.get(word.lower()), None, ns, ne, start, b_end))
        claimed.append((start, ne))
    return out


CONTINUES = r"(?:pungkas|tambah|imbuh|lanjut|tandas|tutup)(?:nya)?"


_TITLE_POINTS_BACK = re.compile(r"[A-Za-z]+(?:[ \t]+[A-Z][\w.()/-]*){0,4}[ \t]+(?:ini|itu|tersebut)\b")


def _refers_back(text: str, h: int) -> bool:
    """A title that describes someone already named: a former post ("mantan Kapolres TTS") or one with
    a demonstrative ("Kapolres TTS itu")."""
    if re.search(r"\b(?:mantan|eks|purnawirawan)[ \t]+$", text[max(0, h - 14) : h], re.I):
        return True
    return _TITLE_POINTS_BACK.match(text, h) is not None


_POINTS_BACK = re.compile(r"[ \t]+(?:ini|itu|tersebut)\b")
_NAME_RUN = re.compile(r"(?<![\w.])[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,3}")


def _named_before(
    text: str, start: int, heads: list[tuple[int, str]], lex: Words, known: list[set[str]], taken: set[int]
) -> tuple[int, int, str] | None:
    """The person a title with a demonstrative points back to ("... cagub Ahmad Hidayat Mus, karena
    Bupati Kepulauan Sula ini ..."): the last name of two words or more before it in its paragraph,
    after any other title, that is no listed official and holds a word that can only be a name."""
    para = text.rfind("\n", 0, start) + 1
    prev_head = max((h for h, _ in heads if h < start), default=-1)
    lo = max(para, prev_head + 1, start - 400)
    for nm in reversed(list(_NAME_RUN.finditer(text, lo, start))):
        got = read_name(text, tokens(text, nm.start(), nm.end() - nm.start() + 1), 0, lex)
        if got is None:
            continue
        ns, ne, name, _ = got
        parts = name.split()
        if len(parts) < 2 or not looks_like_name(parts, lex) or not any(_name_word_ok(x, lex) for x in parts):
            continue
        if (
            NOT_A_PERSON_PLACE.search(text[max(0, ns - 12) : ns])
            or NOT_A_PERSON_PLACE.search(parts[0] + " ")
            or re.match(r"[ \t]*[-/]", text[ne : ne + 3])
        ):
            continue  # a street, a building, a candidate pair
        described = re.match(r"[ \t]*,[ \t]*([a-z]+)", text[ne : ne + 30])
        if described and described.group(1) not in _CLAUSE_WORDS:
            return None  # "Budi Santoso, warga setempat, ...": described otherwise
        mine = _tokens_of(name)
        if any(mine & k for k in known) or ns in taken:
            return None
        return ns, ne, name
    return None


# words that open a new clause after a name's comma (not a description of the person)
_CLAUSE_WORDS = {"karena", "sebab", "sehingga", "yang", "dan", "namun", "tetapi", "tapi", "meski", "walau"}


def _is_speaking(text: str, start: int, end: int) -> bool:
    """The title goes on speaking: after a closing or continuing speech verb ("pungkas Kabid Humas",
    "tambahnya") or before one ("Kabid Humas juga menambahkan") — the speaker already named, not a new one."""
    if re.search(rf"\b{CONTINUES}[ \t]+$", text[max(0, start - 20) : start]):
        return True
    if re.match(r"[ \t]+(?:itu|tersebut)[ \t]+(?:juga[ \t]+)?[a-z]", text[end : end + 40]):
        return True  # "Kapolres Garut itu menambahkan": a demonstrative points back to the person named
    return re.match(r"[ \t]+(?:juga[ \t]+)?(?:menambahkan|melanjutkan|mengakhiri)\b", text[end : end + 40]) is not None


def _speaker(
    text: str, sm: re.Match[str], lex: Words, known: list[set[str]], taken: set[int]
) -> tuple[int, int, str] | None:
    """The name a speech pattern gives when it is a person's and no listed official's."""
    g = "a" if sm.group("a") else "b"
    raw, s0 = sm.group(g), sm.start(g)
    got = read_name(text, tokens(text, s0, len(raw) + 1), 0, lex)
    if got is None:
        return None
    ns, ne, name, _ = got
    parts = name.split()
    if not looks_like_name(parts, lex) or not any(_name_word_ok(x.rstrip("."), lex) for x in parts):
        return None
    after = text[ne : ne + 30]
    comma = re.match(r"\s*,\s*", after)
    clause = sm.group(0)[:7].lower() == "menurut" and not re.match(
        r"[a-z]+(?:[ \t]+[a-z]+){0,3},", after[comma.end() :] if comma else ""
    )
    if (
        comma
        and not clause
        and (after[comma.end() : comma.end() + 1].islower() or lex.head_re.match(after, comma.end()))
    ):
        return None  # "kata Budi, warga setempat": described otherwise ("Menurut Budi, rapat ...": the clause's comma)
    mine = _tokens_of(name)
    if any(mine & k for k in known) or ns in taken:
        return None
    return ns, ne, name


def _near_place(low: str) -> bool:
    from kewaspadaan_cli.extract.names import _near_region

    return _near_region(low)


_POST = re.compile(r"(?P<tail>[a-z]{0,2})(?P<post>(?:[ \t]+" + NAME_WORD + r"){0,2})(?![\w])")
_PRE = re.compile(r"(?<![\w.])(?:" + NAME_WORD + r"[ \t]+){1,2}$")


def _complete_names(text: str, people: list[Official], lex: Words) -> bool:
    """The fullest form the article gives of a name: "Kapolres Bayu" and elsewhere "Bayu Santoso
    mengatakan"; "Kepala Badan Sisilia Son" once and "Sisilia Sona" twice (a slip of the pen). Only
    words that cannot be plain words, titles or places are added, and only when the article gives one
    longer form (recurrence is the evidence). True when a name changed."""
    from kewaspadaan_cli.extract.regions import gazetteer

    forms = gazetteer().forms
    changed = False
    for p in people:
        parts = p.name.split()
        if not parts or len(parts) > 3 or any(not x[:1].isupper() for x in parts):
            continue
        if text.count(parts[-1]) < 2 and not re.match(r"[ \t]+[A-Z]", text[p.end : p.end + 2]):
            continue  # written once and ended there: nothing fuller to find
        core = " ".join(parts)
        seen: dict[str, list[tuple[int, int]]] = {}
        idx = text.find(core)
        while idx >= 0:
            at, idx = idx, text.find(core, idx + 1)
            if at and (text[at - 1].isalnum() or text[at - 1] == "."):
                continue
            pm = _POST.match(text, at + len(core))
            if pm is None:
                continue
            prem = _PRE.search(text, max(0, at - 40), at)
            start = prem.start() if prem else at
            if NOT_A_PERSON_PLACE.search(text[max(0, start - 12) : start]) or NOT_A_PERSON_PLACE.search(
                text[max(0, at - 12) : at]
            ):
                continue  # "Jalan Rusdi Hamzah": a street's name, before the words or right before the name
            pre = text[start:at].split()
            post = pm.group("post").split()
            while pre and not _name_word_ok(pre[0], lex):
                pre.pop(0)
            keep = []
            for x in post:
                if not _name_word_ok(x, lex):
                    break
                keep.append(x)
            if any(not _name_word_ok(x, lex) for x in pre) or any(
                q.title_start is not None and q.title_start <= start < (q.title_end or 0) for q in people
            ):
                pre = []  # plain words, or the end of a title ("Bupati Sintan Jarot Winarno")
            tail = pm.group("tail")
            if tail and (len(parts[-1]) < 3 or not _name_word_ok(parts[-1] + tail, lex)):
                continue
            words_ = pre + (core + tail).split() + keep
            if len(words_) > 4 or " ".join(words_).lower() in forms:
                continue
            s0 = text.rfind(pre[0], start, at) if pre else at
            e0 = at + len(core) + len(tail)
            for x in keep:
                e0 = text.index(x, e0) + len(x)
            if re.sub(r"\s+", " ", text[s0:e0]) != " ".join(words_):
                continue
            seen.setdefault(" ".join(words_), []).append((s0, e0))
        longer = {k: v for k, v in seen.items() if k != " ".join(parts)}
        if not longer:
            continue
        grown = {k: v for k, v in longer.items() if len(k.split()) > len(parts)}
        if grown:
            if len(grown) != 1:
                continue  # two different fuller names: no single answer
            ((name, spans),) = grown.items()
        else:  # a slip in the last word: the form the article writes more often
            name, spans = max(longer.items(), key=lambda kv: len(kv[1]))
            if len(spans) <= len(seen.get(" ".join(parts), [])) or len(longer) != 1:
                continue
        if (p.start, p.end) not in p.aliases:
            p.aliases.append((p.start, p.end))
        p.name = clean_name(name, lex)
        p.start, p.end = spans[0]
        changed = True
    return changed


_INITIALS = re.compile(r"[ \t]*\(([A-Z]{2,4})\)")


# "ujar Agus", "Hal itu disampaikan Nanang usai ...", "menurut Jarot", "Agus mengatakan": a word of a listed
# person's name where a speaker stands
@lru_cache(maxsize=4)
def _short_mention(passive: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{SPEECH_VERB}|(?i:(?:{passive})(?:\s+oleh)?|menurut))\s+(?P<n>[A-Z][\w'’-]+)")


_SPEAKS_AFTER = re.compile(rf"(?:{SPEAKS_VERB}|mengajak|mengharapkan)\b")  # the speaker's verbs, and an appeal
_WORD_BEFORE_VERB = re.compile(r"(?<![\w.])([A-Z][\w'’-]+),?[ \t]+$")
# "Nandang sebagai inspektur upacara", "Parno selaku Kapolsek": a word of a listed person's name taking a role
_TAKES_ROLE = re.compile(r"(?<![\w.])(?P<n>[A-Z][\w'’-]+),?[ \t]+(?:sebagai|selaku|bertindak)\b")


def _link_short_mentions(text: str, people: list[Official]) -> None:
    """ "ujar Agus", "kata Jarot", "Agus selaku ...": a short mention of a listed person points to the full
    name; so do the initials the text gives in brackets after the name ("Irwan Prayitno (IP)") wherever it
    uses them later ("IP mengadakan rapat koordinasi")."""
    for p in people:
        bracket = _INITIALS.match(text, p.end)
        if bracket is None or bracket.group(1) != "".join(w[:1] for w in p.name.split()).upper():
            continue
        for later in re.finditer(rf"(?<![\w(]){bracket.group(1)}(?![\w)])", text[bracket.end() :]):
            span = (bracket.end() + later.start(), bracket.end() + later.end())
            if span not in p.aliases:
                p.aliases.append(span)
    spans = [(m.start("n"), m.end("n")) for m in finditer(_short_mention(said_passive()), text)]
    spans += [(m.start("n"), m.end("n")) for m in finditer(_TAKES_ROLE, text)]
    for m in finditer(_SPEAKS_AFTER, text):
        before = _WORD_BEFORE_VERB.search(text, max(0, m.start() - 40), m.start())
        if before:
            spans.append((before.start(1), before.end(1)))
    spans += _standalone_surnames(text, people)
    for a, b in sorted(spans):
        word = text[a:b].lower()
        for p in people:
            if word in _tokens_of(p.name) and not p.start <= a < p.end:
                if (a, b) not in p.aliases:
                    p.aliases.append((a, b))
                break


# a capitalised word alone inside a sentence: after a comma or a lower-case word, before one or punctuation
_STANDALONE = re.compile(r"(?:(?<=,[ \t])|(?<=[a-z][ \t]))(?P<n>[A-Z][a-z'’-]{3,})(?=,|[ \t]+[a-z(]|[.;:!?])")


def _standalone_surnames(text: str, people: list[Official]) -> list[tuple[int, int]]:
    """ "Sementara itu, Mangala, saat membacakan sambutan Bupati ...": a word of one listed person's name,
    standing alone inside a sentence, no plain word and no place (which a name may also hold), is that
    person. A word that two listed names share names neither."""
    from kewaspadaan_cli.extract.regions import gazetteer

    owners: dict[str, int] = {}
    for p in people:
        for t in _tokens_of(p.name):
            owners[t] = owners.get(t, 0) + 1
    forms = gazetteer().forms
    out: list[tuple[int, int]] = []
    for m in _STANDALONE.finditer(text):
        word = m.group("n").lower()
        if owners.get(word) == 1 and not is_common_word(word) and word not in forms:
            out.append((m.start("n"), m.end("n")))
    return out


def attach_regions(people: list[Official], regions: list[Mention]) -> list[Mention]:
    """Give each official the region their title names ("Bupati Sintang" -> 61.05), the most specific
    one; returns the region mentions without those where a title begins ("Karo Penmas" is a title,
    not Kabupaten Karo), nor those inside a person's name ("Purwadi Batubara", "kata Batubara")."""
    heads = {p.title_start for p in people if p.title_start is not None}
    names = [(p.start, p.end) for p in people] + [span for p in people for span in p.aliases]
    regions = [r for r in regions if r.start not in heads and not any(a <= r.start and r.end <= b for a, b in names)]
    for p in people:
        if p.title_start is None or p.title_end is None:
            continue
        inside = [r.canonical for r in regions if r.canonical and p.title_start <= r.start and r.end <= p.title_end]
        if inside:
            p.region_code = max(inside, key=lambda c: c.count("."))
    return regions
