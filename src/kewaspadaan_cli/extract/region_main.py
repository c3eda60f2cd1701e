"""The main region of an article: where its main activity or incident takes place.

The annotation guide's rule, read from the regions ``regions.find_regions`` found: the kabupaten/kota
where it happens; the province when the actor is a province (a provincial body acting in its own
capital) or the place is only known at province level; none for national events. The lead (headline and
first sentence) says where ("di Kabupaten X", a chain of place words), the dateline where the reporter
files from, an office's name who acts ("Bawaslu Sulsel"); a province right after one of its own
kabupaten only locates it ("Kabupaten Keerom, Papua"), also the province it was split from
("Kabupaten Jayawijaya, Papua"). The lead's first sentence weighs more than a second; its subject (the
words before the predicate) says who acts: of a province's and a kabupaten's body both in the lead, the
subject's; a national body as the subject, with no region in that sentence, makes a national event.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache

from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.extract.officials import CANDIDATE
from kewaspadaan_cli.extract.regions import KAB_CUES, KOTA_CUES, LOCAL_CUE_WORDS, cues, gazetteer, kecamatan_codes
from kewaspadaan_cli.lexicons import load, read_rows
from kewaspadaan_cli.nlp import ends_with_abbreviation, headline_end

log = logging.getLogger(__name__)

# "di"/"ke"/"se-" before the place where something is or happens
LOCATIVE = re.compile(r"\b(?:di|ke|se)[\s-]", re.IGNORECASE)
# a sentence's end, not an abbreviation's dot ("Jl. Darussalam", "Kec. Amahai")
SENTENCE_END = re.compile(r"[.!?]\s|\n")
_ABBREVIATED = re.compile(r"\b(?:[Jj]ln?|[Kk]ab|[Kk]ec|[Kk]el|[Dd]s)$")
_PIECES = re.compile(r",|[^\s,()]+")  # the words and commas between a locative and the region


# a candidate and the seat they seek, up to the region's name ("caleg DPRD Kabupaten X", "calon Bupati X")
_CANDIDATE_SEAT = re.compile(
    r"\b(?:caleg|bacaleg|calon(?:\s+anggota)?(?:\s+legislatif)?|bakal\s+calon)\s+"
    r"(?:(?:DPRD|DPR|DPD|Bupati|Wakil|Wali\s+Kota|Walikota|Gubernur|RI|dan)\s+){1,4}"
    r"(?:(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota)\s+)?$",
    re.IGNORECASE,
)


# the words that make the post after them one an election fills ("Pemilihan Gubernur dan Wakil Gubernur X")
_ELECTED_POST = re.compile(
    rf"\b(?:{CANDIDATE}|pilkada)\s+(?:(?:dan|wakil|gubernur|bupati|wali|kota|walikota)\s+){{0,4}}$", re.IGNORECASE
)


# grounds and houses named after an office: the office's name there is the place's, no body acting
_NAMED_GROUNDS = re.compile(
    r"\b(?:Lapangan|Alun-alun|Stadion|Rumah\s+Jabatan|Rujab|Rumah\s+Dinas|Rumdis|Pendopo|Pendapa|Halaman)\s+$"
)
# a province-wide scope before a province's name ("se-Provinsi Jambi", "tingkat Provinsi Riau")
_PROVINCE_WIDE = re.compile(r"\b(?:se[\s-]*|tingkat\s+)(?:(?:Provinsi|Prov\.?)\s*)?$", re.IGNORECASE)


# a photo's caption: a credit ("(Foto: X/Outlet)", "Foto: Dok.", "/Net", "/Ist"), "Ilustrasi", or a trailing "--"
_CAPTION = re.compile(
    r"\((?:foto|photo|dok|ist)\b|\b(?:foto|photo|dok|dokumentasi)\s*[:.]|/(?:net|ist|istimewa|dok|antara)\b|"
    r"^\s*ilustrasi\b|--\s*$",
    re.IGNORECASE,
)


def _captions(text: str, head: int) -> list[tuple[int, int]]:
    """The lines before ``head`` that read as a photo's caption (its credit, "Ilustrasi"), up to 40 words."""
    out = []
    pos = 0
    for line in text[:head].split("\n"):
        if line.strip() and (len(line.split()) <= 40 and _CAPTION.search(line) or _doubled(line)):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


DOUBLED_WORDS = 8


def _doubled(line: str) -> bool:
    """Does the line say its opening words twice, a photo's caption as pages give it (the image's text, its
    credit, the caption: "Salah satu rumah ... lalu. Humas Polda Papua Salah satu rumah ... lalu.")?"""
    words = line.split()
    if len(words) < 2 * DOUBLED_WORDS:
        return False
    opening = " ".join(words[:DOUBLED_WORDS])
    return line.find(opening, len(opening)) > 0


def _locative(text: str, start: int) -> bool:
    """Is the region named as the place where something is or happens ("di", "ke", "se-" and place words)?"""
    seg = _same_sentence(text, start)
    opens = list(LOCATIVE.finditer(seg))
    if not opens:
        return False
    last = opens[-1]
    between = seg[last.end() :]
    cue = cues()
    if cue.speech_place.search(seg, 0, last.start()) or "/" in between or "|" in between:
        return False
    # a place word opens a name ("Desa Sepa", "Hotel Aston"); a bare capitalised name needs a comma before the
    # region ("di Hualoy, Maluku Tengah"): "di Empat Lawang, Tiga Petinggi Sumsel" is a headline's words
    opened = False
    run = 0
    for piece in _PIECES.findall(between):
        if piece == ",":
            opened, run = False, 0
            continue
        tok = piece.strip(".:;'\"“”-")
        if not tok:
            continue
        if tok.lower() in cue.place_words:
            opened, run = True, 0
        elif tok[0].isupper() or tok[0].isdigit():
            run += 1
            if run > 5:
                return False
        else:
            return False
    return run == 0 or opened


@cache
def _capitals() -> dict[str, set[str]]:
    """Province code -> the codes of the kota or kabupaten holding its seat (``province_capitals.tsv``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in read_rows("province_capitals.tsv"):
        out[row["province"]].add(row["capital"])
    return dict(out)


# provinces formed from another since the news began (UU 20/2012 Kaltara; UU 14-16/2022 Papua Selatan, Tengah,
# Pegunungan; UU 29/2022 Papua Barat Daya): news written before the split, or by habit, still places their
# kabupaten in the old province ("Kabupaten Jayawijaya, Papua"; "Nunukan, Kaltim")
SECOND_SENTENCE = 1.5
FORMED_FROM = {"65": "64", "93": "91", "94": "91", "95": "91", "96": "92"}


def _within(code: str, province: str) -> bool:
    """Does the kabupaten/kota ``code`` lie in ``province``, as it is now or as it was before a split?"""
    own = code.split(".", 1)[0]
    return own == province or FORMED_FROM.get(own) == province


# between a kabupaten/kota and its province when the province only locates it
# (a dash only before the province's own name: "SORONG - Polda Papua Barat Daya menggelar ..." is the dateline, then
# the body acting, no province locating the town)
QUALIFYING = re.compile(r"\s*(?:[,(/]?\s*(?:(?:jajaran\s+)?(?:Polda|Kejati)\s+)?|-\s*)")


def _qualifier(text: str, m: Mention, prev: Mention | None) -> bool:
    """A province right after one of its own kabupaten/kota ("Kabupaten Keerom, Papua", "Kota Tual (Maluku)"),
    or its police after the kabupaten's ("Polres Tulang Bawang, Polda Lampung"), only says where that region
    lies."""
    if prev is None or not m.canonical or m.canonical.count(".") != 0 or not prev.canonical:
        return False
    if prev.canonical.count(".") == 0 or not _within(prev.canonical, m.canonical):
        return False
    return QUALIFYING.fullmatch(text, prev.end, m.start) is not None


def main_region(
    text: str,
    mentions: Sequence[Mention],
    *,
    dateline: str | None = None,
    anchors: Sequence[int] = (),
    incident: bool = False,
) -> str | None:
    """Where the main activity or incident happens (see the annotation guide).

    Each region named scores by where and how it is named: in the headline or lead, as the place where
    something is or happens ("di Kabupaten X"), as the dateline, beside the meeting, completing a body's
    name. A province named right after its own kabupaten only locates it. A provincial body acting in
    its province's capital is the province; an article led by a national body and filed from Jakarta,
    which places nothing in a region in its lead, has no region.
    """
    gz = gazetteer()
    cue = cues()
    regs = sorted((m for m in mentions if m.kind == "region" and m.canonical), key=lambda m: m.start)
    score: defaultdict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    lead_start, first_end, head = _lead(text)
    captions = _captions(text, head)  # a photo's caption above the lead places the photo, not the news
    placed_head: set[str] = set()  # named in the lead as where it happens
    actor_head: set[str] = set()  # named in the lead inside a body's or an office's name
    first_head: dict[str, int] = {}
    prev: Mention | None = None
    for m in regs:
        code = m.canonical
        assert code is not None
        if _qualifier(text, m, prev):
            prev = m
            continue
        prev = m
        weight = 0.5 if m.detail.get("how") == "capital" else 1.0
        if code.count(".") == 2:  # a kecamatan points to its kabupaten
            parent = gz.regions[code].parent
            if parent is None:
                continue
            code = parent
            weight = 0.5
        counts[code] += 1
        score[code] += weight * (1.0 if counts[code] <= 4 else 0.25)
        in_head = m.start < head and not any(a <= m.start < b for a, b in captions)
        if in_head and _CANDIDATE_SEAT.search(text, max(0, m.start - 60), m.start):
            continue  # "calon anggota legislatif DPRD Provinsi Bengkulu": the seat sought, not who acts or where
        # the lead's first sentence says who does what where; a second one often who reacted
        second = first_end <= m.start < head
        if m.detail.get("dateline"):
            score[code] += 1.0  # where the reporter files from, not always where it happens
        elif in_head and not cue.origin.search(text, max(0, m.start - 20), m.start):
            score[code] += SECOND_SENTENCE if second else 2.5
        if any(abs(m.start - a) < 120 for a in anchors):
            score[code] += 1.5
        if _locative(text, m.start):
            score[code] += 3.0 * weight if in_head else 0.5 * weight
            if in_head and not m.detail.get("dateline"):
                placed_head.add(code)
        elif in_head and cues().visited.search(text, max(0, m.start - 60), m.start):
            score[code] += 3.0 * weight
            placed_head.add(code)
        # (in the mention's line: a headline's last word is no actor of the dateline's town after it)
        before = text[max(0, m.start - 60, text.rfind("\n", 0, m.start) + 1) : m.start]
        acting = cue.actor.search(before)
        if acting and _ELECTED_POST.search(before, 0, acting.start()):
            acting = None  # "Pemilihan Gubernur (Pilgub) Sulawesi Selatan": the post elected, no body acting
        if acting and _NAMED_GROUNDS.search(before, 0, acting.start()):
            acting = None  # "di Lapangan Walikota Palu", "Rumah Jabatan Bupati X": a place named after the office
        if acting is None and in_head and code.count(".") == 0 and _PROVINCE_WIDE.search(before):
            actor_head.add(code)  # "Rakor FKDM se-Provinsi Riau", "tingkat Provinsi Jambi": the province's own event
        if acting:
            score[code] += (2.0 if in_head and not second else 1.0) if code.count(".") == 0 else 0.5
            if in_head:
                actor_head.add(code)
        elif code.count(".") == 1 and (KAB_CUES.search(before) or KOTA_CUES.search(before)):
            score[code] += 0.5
        if in_head and code not in first_head:
            first_head[code] = m.start
    if not score:
        return _only_kecamatan(text)
    best = max(score.items(), key=lambda kv: (kv[1], kv[0].count("."), -_first(regs, kv[0])))
    code = best[0]
    if log.isEnabledFor(logging.DEBUG):
        top = sorted(score.items(), key=lambda kv: -kv[1])[:6]
        log.debug("main region scores %s placed %s actors %s", top, placed_head, actor_head)
    # the lead's places below the province, the most strongly placed first (then the first named)
    local = sorted((c for c in placed_head if c.count(".") == 1), key=lambda c: (-score[c], first_head.get(c, 10**9)))
    provinces = sorted((c for c in placed_head if c.count(".") == 0), key=lambda c: first_head.get(c, 10**9))
    if not local:
        local = _bare_kecamatan(text[:head], {(m.canonical or "")[:2] for m in regs}, score)
    if local:  # the lead says where it happens
        code = local[0]
    elif provinces and not any(c.count(".") == 1 for c in actor_head):
        code = provinces[0]
    elif code.count(".") == 0 and code not in actor_head:
        # a province mentioned with its kabupaten/kota: the province is the actor only when it leads
        kids = [(c, s) for c, s in score.items() if c.count(".") == 1 and _within(c, code)]
        if kids:
            kid = max(kids, key=lambda kv: kv[1])
            if kid[1] >= best[1] - 1:
                code = kid[0]
    if code.count(".") == 0 and (code not in actor_head or incident):
        code = _where_it_happened(text, regs, code, head, incident) or code
    if not local and code in actor_head:
        # bodies of a province and of one of its kabupaten both in the lead ("Polres Gowa ... bersama Polda
        # Sulsel"): the one the lead's subject names acts, unless only the other is in the headline
        actor = _subject_region(text, lead_start, first_end, regs)
        if actor is not None and actor != code and actor.count(".") != code.count("."):
            kab, prov = (actor, code) if actor.count(".") else (code, actor)
            in_title = {m.canonical for m in regs if m.start < lead_start}
            if _within(kab, prov) and (actor in in_title or code not in in_title):
                code = actor
    if code.count(".") == 1:
        province = code.split(".")[0]
        # a provincial body acting in its own capital (an incident at its office happens in the city)
        if (
            not incident
            and province in actor_head
            and code not in actor_head
            and (
                code in _capitals().get(province, set())
                # or anywhere in the province, when the lead has the province's own office hold the activity
                # and names the town only as its venue's ("Gubernur Kalimantan Timur ... memimpin rapat
                # koordinasi ... di Markas Kodam VI Mulawarman di Balikpapan"; but "sosialisasi di wilayah
                # Kabupaten Tabalong" is held in and for the regency)
                or _province_holds(text, lead_start, first_end, regs, province)
                and _venue_town(text, regs, code, _subject(text, lead_start, first_end)[1], head)
            )
        ):
            code = province
    if _national_subject(text, lead_start, first_end, regs) and not any(not c.startswith("31") for c in placed_head):
        return None
    opening = max(head, 600)
    if _national(text[:opening], regs, dateline, placed_head, actor_head) and (
        code.startswith("31")
        or not any(m.start < opening and not (m.canonical or "").startswith("31") for m in regs)
        or (code.count(".") == 0 and len({(m.canonical or "")[:2] for m in regs} - {"31"}) >= 3)  # an overview
    ):
        return None
    return code


# words that say the place that follows is where the incident happened ("terjadi di", "berlokasi di", "TKP di")
_HAPPENED_AT = re.compile(
    r"\b(?:terjadi|berlokasi|bertempat|berlangsung|berada|TKP|tempat kejadian(?: perkara)?|lokasi kejadian)\b",
    re.IGNORECASE,
)


def _same_sentence(text: str, start: int) -> str:
    """Up to 90 characters before ``start`` in its sentence."""
    seg = text[max(0, start - 90) : start]
    for end in reversed(list(SENTENCE_END.finditer(seg))):
        if end.group()[0] != "." or not _ABBREVIATED.search(seg, 0, end.start()):
            return seg[end.end() :]
    return seg


def _where_it_happened(
    text: str, regs: Sequence[Mention], province: str, head: int, incident: bool = False
) -> str | None:
    """A lead placing things only in a province ("teror di Aceh"), the next lines saying where it happened in
    one of its kabupaten/kota ("rumah yang berlokasi di Jalan X, Lhokseumawe"): that kabupaten/kota.

    An incident happens where the text places it, whoever reports it: the lead counts too, and the place need
    not follow a locative ("bentrok yang terjadi antara Negeri A dan B, Kecamatan C, Kabupaten D")."""
    found = {
        m.canonical
        for m in regs
        if (head <= m.start < head + 700 or (incident and m.start < head))
        and m.canonical
        and m.canonical.count(".") == 1
        and _within(m.canonical, province)
        and (_locative(text, m.start) or incident)
        and _HAPPENED_AT.search(_same_sentence(text, m.start))
    }
    return found.pop() if len(found) == 1 else None


_NAME_WORDS = r"((?:[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+){0,2})"  # a place's name, one to three capitalised words
_PLACED_NAME = re.compile(rf"\b(?:di|ke)\s+{_NAME_WORDS}")
# a kecamatan written out whose bare name several provinces' kecamatan share ("di Kecamatan Rumbia")
_KECAMATAN_NAME = re.compile(rf"\b(?:Kecamatan|Kec\.|Distrik)\s+{_NAME_WORDS}")
# a kecamatan named by its office or head (regions.LOCAL_CUE_WORDS: "Camat Pebayuran", "Polsek Depok Barat") or
# written out ("Kecamatan Rumbia")
_LOCAL_NAME = re.compile(rf"\b(?:(?i:{LOCAL_CUE_WORDS})|Kecamatan|Kec\.|Distrik)\s+{_NAME_WORDS}")


def _only_kecamatan(text: str) -> str | None:
    """The kabupaten of the one kecamatan an article that names no region at all gives ("diterima Camat
    Pebayuran"), when no other kecamatan in the country has that name."""
    names = kecamatan_codes()
    found: set[str] = set()
    for m in _LOCAL_NAME.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            codes = names.get(" ".join(words[:n]).lower(), ())
            if codes:
                found.update(codes)
                break
    parents = {c.rsplit(".", 1)[0] for c in found}
    return parents.pop() if len(found) == 1 and len(parents) == 1 else None


def _bare_kecamatan(head: str, provinces: set[str], score: defaultdict[str, float]) -> list[str]:
    """A kecamatan or distrik the lead places things in by its bare name ("bentrok di Karubaga") or by a name
    that kecamatan of several provinces share ("di Kecamatan Rumbia"), read as its kabupaten when the name
    is one kecamatan's in a province the article names (its dateline included)."""
    names = kecamatan_codes()
    found = [(m.group(1).split(), m.start()) for m in _PLACED_NAME.finditer(head)]
    found += [(m.group(1).split(), m.start()) for m in _KECAMATAN_NAME.finditer(head) if _locative(head, m.start())]
    for words, _ in sorted(found, key=lambda f: f[1]):
        if words[0].lower() in cues().place_words:
            continue  # "di Kota ...", "di Desa ...": the chain of named places, read by _locative
        for n in range(len(words), 0, -1):
            codes = [c for c in names.get(" ".join(words[:n]).lower(), ()) if any(_within(c, p) for p in provinces)]
            if len(codes) == 1:
                parent = codes[0].rsplit(".", 1)[0]
                score[parent] += 1.0
                return [parent]
    return []


def _unbracketed(s: str) -> str:
    """Without its bracketed acronyms: "Badan Pengawas Pemilu (Bawaslu) RI" is "Badan Pengawas Pemilu RI"."""
    return re.sub(r"\s*\([^()\n]{1,20}\)", "", s)


def _national(head: str, regs: Sequence[Mention], dateline: str | None, placed: set[str], actors: set[str]) -> bool:
    """Led by a national body, filed from Jakarta (or from nowhere named), placing nothing in a region."""
    if not cues().national.search(_unbracketed(head)):
        return False
    if dateline:
        dl = next((m for m in regs if m.detail.get("dateline")), None)
        if dl is not None and not (dl.canonical or "").startswith("31"):
            return False
    outside = {c for c in placed | actors if not c.startswith("31")}
    return not outside


# the lead's predicate: an active (me-, ber-) or passive (di-) verb, or an auxiliary or adverb before it
_PREDICATE = re.compile(
    r"(?<![\w-])(?:(?:me|ber|di)[a-z]{3,}|akan|telah|sudah|tengah|sedang|kembali|resmi|mulai|bakal|menjadi)\b"
)
_NOT_PREDICATE = frozenset({"bersama", "beserta", "berserta", "bersama-sama", "berikut", "berupa", "dinas", "direktur"})
# (read with .match at the lead's start: "^" would hold only at the text's start, never after a headline line)
_DATELINE_DASH = re.compile(r"[^\n]{0,60}?\s[-–—]\s|[^\n]{0,60}?[-–—]\s")
# a national body written without "RI": national when the article is filed from Jakarta and no region follows it
_BARE_NATIONAL = re.compile(
    r"\b(?:KPU|Bawaslu|Polri|TNI|Komisi Pemilihan Umum|Badan Pengawas Pemilu|DKPP|BNPT|Kemenag|Komnas HAM)\b"
    r"(?!\s+(?:Provinsi|Kabupaten|Kota|Daerah|Prov\.?|Kab\.?|[A-Z]))"
)


# a sentence opened by when or where ("Dalam pemilu ...", "Jelang pilkada ...") has its subject later
_OPENING_ADJUNCT = re.compile(
    r"(?:Dalam|Di|Pada|Jelang|Menjelang|Usai|Seusai|Setelah|Sebelum|Saat|Ketika|Sejak|Untuk|Guna|Demi|Terkait|Sebanyak)\b"
)


# a passive predicate and its agent, up to a comma or the place or time ("digelar Pemkab Demak di ...")
_AGENT = re.compile(r"di[a-z]{3,}\s+(?:oleh\s+)?(?P<agent>(?:(?!\s(?:di|pada|pukul|sejak|dalam|untuk)\s)[^,.;\n])+)")


def _subject(text: str, start: int, end: int) -> tuple[int, int]:
    """The subject of the lead's first sentence: its words before the predicate (after the dateline)."""
    dash = _DATELINE_DASH.match(text, start, end)
    if dash:
        start = dash.end()
    for m in _PREDICATE.finditer(text, start, end):
        if m.group(0) not in _NOT_PREDICATE:
            return start, m.start()
    return start, start


# a fronted clause of purpose or occasion before the subject, ended by a comma ("Mengantisipasi kerawanan
# Pilkada Gubernur Sumatera Barat, Pemerintah Kabupaten Pasaman melaksanakan ...")
_FRONTED_PURPOSE = re.compile(
    r"(?:Antisipasi|Mengantisipasi|Menyikapi|Menindaklanjuti|Mencegah|Menyambut|Memasuki|Mewujudkan|Menciptakan|"
    r"Mendukung|Menghadapi|Melalui|Berdasarkan|Sehubungan|Sebagai|Dalam\s+rangka|Dalam\s+upaya)\b"
)


def _actor_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Who acts in the lead's first sentence: its subject, or the agent after a passive predicate
    ("Deklarasi digelar Polda Jateng bersama ..."); None when the sentence opens with when or where.
    A fronted clause of purpose ends at its comma, and the subject follows it."""
    a, b = _subject(text, start, end)
    if b > a and _FRONTED_PURPOSE.match(text, a, b):
        comma = text.rfind(", ", a, b)
        if comma < 0:
            return None
        a = comma + 2
    if b <= a or _OPENING_ADJUNCT.match(text, a, b):
        return None
    agent = _AGENT.match(text, b, end)
    return (agent.start("agent"), agent.end("agent")) if agent else (a, b)


def _subject_region(text: str, start: int, end: int, regs: Sequence[Mention]) -> str | None:
    """The region the subject of the lead's first sentence names first, when it completes a body's name
    ("Polres Gowa", "KPU Kabupaten Bandung"): the body that acts."""
    span = _actor_span(text, start, end)
    if span is None:
        return None
    a, b = span
    prev: Mention | None = None
    for m in regs:
        if m.start >= b:
            break
        if m.start >= a and not m.detail.get("dateline") and m.detail.get("how") != "capital":
            if not _qualifier(text, m, prev) and m.canonical and m.canonical.count(".") <= 1:
                return m.canonical if cues().actor.search(text, max(0, m.start - 60), m.start) else None
        prev = m
    return None


# the predicates of an activity held by its subject (not one attended or visited: "menghadiri", "meninjau")
_HOLDS = re.compile(
    r"\s*(?:,\s*)?(?:secara\s+resmi\s+|langsung\s+)?(?:memimpin|membuka|menggelar|mengadakan|menyelenggarakan)\b",
    re.IGNORECASE,
)


def _province_holds(text: str, start: int, end: int, regs: Sequence[Mention], province: str) -> bool:
    """Does the subject of the lead's first sentence name the province's own body or office, and hold the
    activity (its predicate "memimpin", "membuka", "menggelar" ...)?"""
    if _subject_region(text, start, end, regs) != province:  # (None where no actor opens the lead)
        return False
    return _HOLDS.match(text, _subject(text, start, end)[1]) is not None


@cache
def _venue_before(digest: str) -> re.Pattern[str]:
    """A venue's head and name up to the town that completes it ("di Hotel Aston, Balikpapan", "di Markas
    Kodam VI Mulawarman di Balikpapan"), from the venue heads of the lexicons of ``digest``."""
    heads = [
        str(t)
        for r in read_rows("meeting_cues.jsonl")
        if r.get("cue") == "venue_head"
        for t in r.get("terms", [])
        if str(t)[:1].isalpha()
    ]
    alt = "|".join(sorted({re.escape(h) for h in heads}, key=len, reverse=True))
    return re.compile(rf"\bdi\s+(?i:{alt})\b[^.\n]{{0,80}}?(?:,\s*|\s+di\s+)$")


def _venue_town(text: str, regs: Sequence[Mention], code: str, start: int, head: int) -> bool:
    """Is every mention of ``code`` in the lead after its subject (from ``start``) the town of a venue named
    just before it?"""
    inside = [m for m in regs if m.canonical == code and start <= m.start < head]
    venue = _venue_before(load().digest)
    return bool(inside) and all(venue.search(text, max(0, m.start - 120), m.start) for m in inside)


def _national_subject(text: str, start: int, end: int, regs: Sequence[Mention]) -> bool:
    """Does a national body or office-holder lead the article as the subject of its first sentence, with no
    region in its name (a bare "KPU" or "Bawaslu" only when filed from Jakarta)?"""
    span = _actor_span(text, start, end)
    if span is None:
        return False
    a, b = span
    if any(start <= m.start < end and not (m.canonical or "").startswith("31") for m in regs):
        return False  # the sentence names a region: what the national body did there or to it
    dl = next((m for m in regs if m.detail.get("dateline")), None)
    if dl is not None and not (dl.canonical or "").startswith("31"):
        return False  # filed from a region
    subject = _unbracketed(text[a:b])
    if cues().national.search(subject):
        return True
    return dl is not None and bool(_BARE_NATIONAL.search(subject))


def _first(regs: Sequence[Mention], code: str) -> int:
    return next((m.start for m in regs if m.canonical == code or (m.canonical or "").startswith(code + ".")), 10**9)


_SENT_END = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“A-Z0-9])|\n")


def _head_end(text: str) -> int:
    """End of the headline and the lead: the first sentence of the first paragraph that reads as prose
    (twelve words or more), two when the first is short."""
    return _lead(text)[2]


def _lead(text: str) -> tuple[int, int, int]:
    """Where the lead's first sentence starts and ends, and the end of the headline and lead (``_head_end``)."""
    pos = 0
    for line in text[:3000].split("\n"):
        words = len(line.split())
        headline = pos == 0 and headline_end(text) > 0  # "... kantor Kemendagri (Kemendagri)"
        if (
            not headline
            and (words >= 25 or (words >= 12 and line.rstrip().endswith((".", '"', "”", ")"))))
            and not _doubled(line)
        ):
            end = pos
            first = -1
            for _ in range(2):
                cut = _sentence_end(text, end, pos + len(line))
                if first < 0:
                    first = cut
                if cut - pos >= 160 or cut >= pos + len(line):
                    return pos, first, cut
                end = cut
            return pos, first, end
        pos += len(line) + 1
    end = min(len(text), 400)
    return 0, end, end


def _sentence_end(text: str, start: int, limit: int) -> int:
    for m in _SENT_END.finditer(text, start, limit):
        if ends_with_abbreviation(text, max(0, m.start() - 12), m.start()):
            continue  # "Kab. Nabire", "Jl. Ahmad Yani": an abbreviation's dot ends no sentence
        if m.start() - start < 20:
            continue
        return m.start()
    return limit
