"""The vocabulary labels of an article: institutions, elections, phase, stages, conflicts, event kind.

Mentions come from the vocabulary lexicons (``institutions.jsonl``, ``elections.jsonl``,
``stages.jsonl``, ``conflicts.jsonl``, ``phases.jsonl``, ``events.jsonl``) through ``matcher``; the
rules that stop a word misleading (context required in the sentence, topics that rule a word out,
a generic "konflik" that gives way to a specific kind) are fields of the lexicon entries.
Conflicts carry a modality: "risk" when their sentence speaks of potential, anticipation or
prevention, else "fact".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, partial
from typing import Any

from kewaspadaan_cli.dates import DAYS, MONTHS, find_dates
from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.extract.matcher import GLUED_PREFIXES, Hit, admin_variants, finditer, matcher
from kewaspadaan_cli.extract.officials import CANDIDATE
from kewaspadaan_cli.lexicons import load, read_rows
from kewaspadaan_cli.nlp import Sentences, headline_end
from kewaspadaan_cli.patterns import trie_pattern

LEAD_CHARS = 420


@cache
def _modality(digest: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The risk, modal and condition cues of ``lexicons/modality.tsv``, each one prefix-factored regular
    expression asked once per sentence."""
    words: dict[str, list[str]] = defaultdict(list)
    for row in read_rows("modality.tsv"):
        words[row["cue"]].append(row["term"])
    risk, modal, condition = (
        re.compile(r"\b(?:" + trie_pattern(words[k]) + r")\b", re.IGNORECASE) for k in ("risk", "modal", "condition")
    )
    return risk, modal, condition


@cache
def request_words(digest: str) -> str:
    """The request and wish verbs of ``lexicons/modality.tsv`` (cue "request"), as one prefix-factored
    alternation for the patterns that look for them before an act ("meminta ... agar", "diharapkan berdamai")."""
    return trie_pattern([row["term"] for row in read_rows("modality.tsv") if row["cue"] == "request"])


# the press only reporting the story: "kepada wartawan", "dikonfirmasi wartawan", "Laporan Wartawan X",
# "keterangan pers", "awak media mengonfirmasi", "pantauan wartawan", "pernyataan pers", "Tim Redaksi", "diterima
# redaksi": the outlet's own reporters and newsroom, and a statement handed to the press
PRESS_BEFORE = re.compile(
    r"(?:kepada|pada|di\s*hadapan|ke|dengan|oleh|para|pertanyaan|laporan|dikonfirmasi|ditanya|dihubungi|ditemui|"
    r"keterangan|keterang|konferensi|konfrensi|konperensi|jumpa|rilis|siaran|pantauan|pernyataan|tim|diterima|"
    r"dihimpun|dikutip|dilansir|mantan)\s+"
    r"(?:para\s+|sejumlah\s+|rekan[- ]rekan\s+)?$"
)
# a regulation cited by its issuer ("berdasarkan Peraturan Menteri Dalam Negeri Nomor 42"): the legal basis, no
# party (a decision or a circular is the body acting: "keputusan Mahkamah Konstitusi", "surat edaran Mendagri")
REGULATION_BEFORE = re.compile(r"\bperaturan\s+(?:bersama\s+)?$")
# a rank right before "TNI" (the corps of the rank, worn by officers in civil posts as well)
RANK_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
POLICE_BATTALION = re.compile(r"\b(?:Brimob|Pelopor|Sat\s*Brimob)\b", re.IGNORECASE)
# the story's credit: the newsroom in brackets ("(Redaksi)"), or a byline line of a few words or with the time
# of publication ("REDAKSI - Penulis Berita", "Fahreza Rizky, Jurnalis · Jumat 27 Desember 2019 14:15 WIB")
CREDIT_BRACKET = re.compile(r"\(\s*$")
CREDIT_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b")
CREDIT_MAX_WORDS = 4


def _press_credit(text: str, start: int, end: int) -> bool:
    """Is the press word at start..end the story's credit, not the press taking part?"""
    if CREDIT_BRACKET.search(text, max(0, start - 3), start) and text[end : end + 1] == ")":
        return True
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : b if b >= 0 else len(text)]
    return len(line.split()) <= CREDIT_MAX_WORDS or CREDIT_TIME.search(line) is not None and "," in line


PRESS_AFTER = re.compile(
    r"\s+(?:\S+\s+){0,2}?(?:mengonfirmasi|mengkonfirmasi|menghubungi|menanyakan|bertanya|mewawancarai|meliput|turun\s+langsung)"
    r"|\s+(?:rilis|release)\b"  # "melakukan Pers rilis": a statement to the press
)


# a candidate for a post (or its election) before the post's word: the words the officials grammar reads
CANDIDATE_BEFORE = re.compile(rf"\b(?:{CANDIDATE})\s+$", re.IGNORECASE)


@dataclass
class Labels:
    event_kind: str = "lainnya"
    institutions: list[str] = field(default_factory=list)
    election_types: list[str] = field(default_factory=list)
    phase: str | None = None
    stages: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def _mention(text: str, kind: str, h: Hit, modality: str | None = None) -> Mention:
    return Mention.at(text, kind, h.start, h.end, h.id, modality=modality, detail={"via": h.via, "term": h.term})


def _rank_before(text: str, at: int) -> bool:
    """Does a rank of ``name_affixes.jsonl`` stand right before ``at`` ("Mayjen TNI", "Kolonel TNI")?"""
    from kewaspadaan_cli.extract.official_words import words

    m = RANK_BEFORE.search(text, max(0, at - 16), at)
    return m is not None and m.group(1).lower() in words().ranks


def find_label_mentions(text: str) -> list[Mention]:
    """Institution, election, stage, phase-cue, conflict and event-cue mentions of one article."""
    # "antar-warga" read as "antar warga", as the lexicons write it (one character for one: offsets stay)
    lower = ANTAR_HYPHEN.sub("antar ", text.lower())
    sents = Sentences(text)
    risk, modal, condition = _modality(load().digest)
    out: list[Mention] = []
    seen: dict[tuple[int, int], bool] = {}

    def risky(s: int, e: int) -> bool:
        """Does the sentence speak of a risk (potential, anticipation, prevention)? Asked once per sentence."""
        if (s, e) not in seen:
            seen[(s, e)] = bool(risk.search(text[s:e]))
        return seen[(s, e)]

    inst = matcher("institutions.jsonl")
    for h in inst.find(text, lower):
        row = inst.rows[h.id]
        if row.get("context") == "media" and (
            PRESS_BEFORE.search(lower, max(0, h.start - 30), h.start)
            or PRESS_AFTER.match(lower, h.end)
            or _press_credit(text, h.start, h.end)
        ):
            continue  # a quote given "kepada wartawan", a reporter asking or confirming, the story's credit
            # ("(Redaksi)", a byline "X, Jurnalis · Jumat ... WIB"): the press takes no part
        if REGULATION_BEFORE.search(lower, max(0, h.start - 30), h.start):
            continue  # "Peraturan Menteri Dalam Negeri Nomor 42": a regulation's issuer, no party
        if h.id == "tni" and (
            (h.term or "").upper() == "TNI"
            and _rank_before(text, h.start)
            or (h.term or "").lower() == "batalyon"
            and POLICE_BATTALION.search(text, max(0, h.start - 30), h.end + 30)
        ):
            continue  # "Mayjen TNI (Purn) Soedarmo", "Marsma TNI X (Kabinda)": a rank's corps; "Batalyon A Pelopor
            # Brimob": a police battalion. The armed forces take part where a post or unit of theirs is named.
        out.append(_mention(text, "institution", h))
        also = row.get("implies", {}).get(h.term.lower())
        if also:  # "Ketua MUI": religious leaders, and a mass organisation
            out.append(_mention(text, "institution", Hit(h.start, h.end, also, h.term, "implied")))

    elections = matcher("elections.jsonl")
    for h in elections.find(text, lower, glued=True):
        before = lower[max(0, h.start - 16) : h.start].split()
        if before and before[-1].strip("-–—,.:;(\"'“") in set(elections.rows[h.id].get("exclude_before", [])):
            continue  # "Komisi Pemilihan Umum", "UU Pemilu": a body or a law, not an election
        out.append(_mention(text, "election", h))

    stages = matcher("stages.jsonl")
    stage_rules = _rules("stages.jsonl", load().digest)
    not_stages: set[tuple[int, int]] = set()  # words the stage rules read as no stage here ("rapat pleno" for a list)
    for h in stages.find(text, lower):
        row = stages.rows[h.id]
        before = lower[max(0, h.start - 12) : h.start].split()
        if before and before[-1] in set(row.get("exclude_before", [])):
            continue
        if _excluded_after(lower, h.end, row):
            continue  # "kampanye hitam" is a conflict, not the campaign stage; "pelantikan anggota PPK" no inauguration
        if row.get("requires_article") and not any(w.lower() in lower for w in row["requires_article"]):
            continue
        s, e = sents.of(h.start)
        if not stage_rules.allows(h, lower[s:e], partial(risky, s, e)):
            not_stages.add((h.start, h.end))
            continue
        # a stage spoken of as ahead ("akan", "agar", prevention): said before it happens
        ahead = "hypothetical" if risky(s, e) or modal.search(text, s, e) else None
        out.append(_mention(text, "stage", h, ahead))
        also = row.get("implies", {}).get(h.term.lower())
        if also:  # "pungut hitung": voting and counting named at once
            out.append(_mention(text, "stage", Hit(h.start, h.end, also, h.term, "implied"), ahead))
    days = _election_day_mentions(text, lower, sents)
    starts = {d.start for d in days}
    for day in days + [d for d in _voting_day_mentions(text, lower) if d.start not in starts]:
        s, e = sents.of(day.start)
        # "Pilkada akan digelar pada 27 November": the voting day spoken of as ahead
        out.append(replace(day, modality="hypothetical") if risky(s, e) or modal.search(text, s, e) else day)

    phases = matcher("phases.jsonl")
    for h in phases.find(text, lower, glued=True):
        if _excluded_after(lower, h.end, phases.rows[h.id]):
            continue  # "melantik anggota PPK": election staff sworn in before the vote
        before = lower[max(0, h.start - 16) : h.start].split()[-2:]
        if set(before) & set(phases.rows[h.id].get("exclude_before", [])):
            continue  # "pernyataan Siap Kalah, Siap Menang, Siap tidak Terpilih": a pledge made before the vote
        if any(a <= h.start and h.end <= b for a, b in not_stages):
            continue  # "menetapkan pasangan calon dalam rapat pleno": the plenary of a stage before the vote
        s, e = sents.of(h.start)
        hypothetical = risky(s, e) or bool(modal.search(text, s, e))
        cue = _mention(text, "phase", h, "hypothetical" if hypothetical else None)
        if condition.search(text, s, e):
            cue.detail["conditional"] = True  # "jika terjadi ... pemungutan suara ulang": no re-vote yet
        out.append(cue)

    conflicts = matcher("conflicts.jsonl")
    rules = _rules("conflicts.jsonl", load().digest)
    topic_cache: dict[str, bool] = {}
    for h in conflicts.find(text, lower, glued=True):  # (glued after "pasca": "pascabentrok", "pascakerusuhan")
        row = conflicts.rows[h.id]
        s, e = sents.of(h.start)
        sentence = lower[s:e]
        near = lower[max(s, h.start - COMPANY_REACH) : min(e, h.end + COMPANY_REACH)]
        if not rules.allows(h, sentence, partial(risky, s, e), near):
            continue
        if h.via == "stem":
            if row.get("requires_sentence") and not any(w in sentence for w in row["requires_sentence"]):
                continue
            if h.start > s and text[h.start].isupper() and _is_place_name(lower[h.start : h.end]):
                continue  # "Polres Serang": a place's name, not the verb
        if row.get("excludes_sentence") and any(v in sentence for v in _lowered(row["excludes_sentence"])):
            continue
        if _topic_excluded(row, h.id, lower, topic_cache):
            continue
        other = _becomes(h.id, sentence)
        if other is not None:  # "ketidaknetralan PPD": the organisers' neutrality, an administration problem
            h = replace(h, id=other)
        # a risk, denied or pledged against ("tanpa kericuhan", "tidak akan melakukan intimidasi"), or a pattern
        # that states a duty ("Polri harus tetap netral": neutrality demanded, no breach told): no fact
        modality = (
            "risk"
            if risky(s, e)
            or _denied(lower, s, h.start)
            or (h.via == "pattern" and _obliged(load().digest).search(lower, h.start, h.end))
            else "fact"
        )
        out.append(_mention(text, "conflict", h, modality))
    taken = {(m.start, m.end, m.canonical) for m in out if m.kind == "conflict"}
    for ident, first, second, avoid in rules.pairs:
        for m in finditer(first, lower, lower):  # tried only where one of its words begins
            if CANDIDATE_BEFORE.search(lower, max(0, m.start() - 14), m.start()):
                continue  # "mendukung salah satu calon kepala desa": a candidate for the post, not its holder
            s, e = sents.of(m.start())
            if (m.start(), m.end(), ident) in taken or not any(
                not _denied(lower, s, b.start()) for b in second.finditer(lower, s, e)
            ):
                continue  # (but "berjalan tanpa kericuhan": the problem denied)
            row = conflicts.rows[ident]
            avoid_all = avoid + _lowered(row.get("excludes_sentence", []))
            if any(w in lower[s:e] for w in avoid_all):
                continue
            if _topic_excluded(row, ident, lower, topic_cache):
                continue
            hit = Hit(m.start(), m.end(), ident, m.group(0), "pair")
            out.append(_mention(text, "conflict", hit, "risk" if risky(s, e) else "fact"))
            taken.add((m.start(), m.end(), ident))

    events = matcher("events.jsonl")
    for h in events.find(text, lower):
        if _excluded_after(lower, h.end, events.rows[h.id]):
            continue  # "pelanggaran administrasi": a rule broken on paper, no incident
        before = lower[max(0, h.start - 14) : h.start].split()
        if before and before[-1] in set(events.rows[h.id].get("exclude_before", [])):
            continue  # "Divisi Penanganan Pelanggaran", "posko pengaduan pelanggaran": a unit or a service, no incident
        s, e = sents.of(h.start)
        if h.id == "insiden" and _denied(lower, s, h.start):
            continue  # "berjalan tanpa kericuhan", "tidak ada bentrokan": no incident told
        # "potensi kerusuhan", "jika terbukti, akan diproses": a risk or a consequence, not an incident told
        hypothetical = risky(s, e) or (h.id == "insiden" and bool(condition.search(text, s, e)))
        if hypothetical and h.id == "insiden" and DATED_AFTER.match(text, h.end):
            hypothetical = False  # "menjaga ketat ... menyusul bentrokan pada Minggu (23/2)": a day told, it happened
        out.append(_mention(text, "event", h, "risk" if hypothetical else None))
    return out


# "antar-" written with a hyphen before the groups it sets apart ("konflik antar-warga")
ANTAR_HYPHEN = re.compile(r"\bantar-(?=[a-z])")


@cache
def _obliged(digest: str) -> re.Pattern[str]:
    """A duty stated or asked inside a pattern's words ("harus tetap netral", "diminta netral"): the duty and the
    request words of ``lexicons/modality.tsv``."""
    duty = [row["term"] for row in read_rows("modality.tsv") if row["cue"] == "duty"]
    return re.compile(rf"\b(?:{trie_pattern(duty)}|{request_words(digest)})\b")


# words before the head of what follows a term: "pelantikan (para) anggota PPK", "pelantikan 45 petugas"
AFTER_DETERMINERS = frozenset({"para", "seluruh", "sejumlah", "anggota", "ketua", "ratusan", "ribuan", "puluhan"})


# a weekday or a date right after an incident word: "bentrokan pada Minggu (23/2)", "kericuhan Senin malam"
DATED_AFTER = re.compile(
    r"\s*(?:yang\s+terjadi\s+|terjadi\s+)?(?:pada\s+)?(?:hari\s+)?(?i:" + trie_pattern(DAYS) + r")\b"
    r"|\s*(?:pada\s+)?(?:tanggal\s+)?\d{1,2}\s*(?:/\d{1,2}|\s+(?i:" + trie_pattern(MONTHS) + r")\b)"
)


def _excluded_after(lower: str, end: int, row: dict) -> bool:
    """Is the word after a term, past determiners and counts, one that rules the term out ("exclude_after")?"""
    words = row.get("exclude_after")
    if not words:
        return False
    for tok in lower[end : end + 40].split()[:4]:
        tok = tok.strip(".,;:()\"'")
        if tok in AFTER_DETERMINERS or tok.isdigit():
            continue
        return tok in set(words)
    return False


DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(" + trie_pattern(MONTHS) + r")\b\.?(?:\s+(\d{4}))?")
# the date as a time adverbial ("pada 27 November", "Rabu 27 Juni"), not a name ("Pemilu 17 April")
DAY_INTRO = re.compile(
    r"\b(?:pada|tanggal|tgl\.?|hari|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*,?\s*(?:tanggal\s+)?$"
)
ELECTION_WORD = re.compile(
    r"\b(?:pilkada|pemilu|pemilukada|pemilihan|pilgub|pilbup|pilwalkot|pilpres|pileg|pencoblosan|coblosan|"
    r"pemungutan\s+suara)\b"
)


def _election_day_mentions(text: str, lower: str, sents: Sentences) -> list[Mention]:
    """A nationwide voting day named by its date in a sentence about the election ("Pilkada serentak pada
    27 November 2024", ``election_days.tsv``): a phase cue, before, on or after it as the article's own day
    is. It names no stage: the election's day is how a story dates the election, not the vote told of."""
    days = {d for ds in _election_days(load().digest).values() for d in ds}
    out: list[Mention] = []
    for m in DAY_MONTH.finditer(lower):
        month = MONTHS[m.group(2)]
        day = int(m.group(1))
        year = int(m.group(3)) if m.group(3) else None
        named = sorted(d for d in days if d.month == month and d.day == day and (year is None or d.year == year))
        if not named:
            continue
        if not DAY_INTRO.search(lower, max(0, m.start() - 24), m.start()):
            continue
        s, e = sents.of(m.start())
        if ELECTION_WORD.search(lower, s, e):  # the term carries the day, which tells the phase
            hit = Hit(m.start(), m.end(), "pemungutan", named[-1].isoformat(), "date")
            out.append(_mention(text, "phase", hit))
    return out


# a voting day's phrase with its date tied to it: "pencoblosan pada Kamis (8/12)", "hari pemungutan suara, 9
# Desember 2020", "Kamis (8/12) merupakan hari pencoblosan" (a date elsewhere in the sentence may be a meeting's)
VOTING_PHRASE = r"(?:hari\s+(?:h\s+)?)?(?:pencoblosan|pemungutan\s+suara|coblosan)"
VOTING_LINK = (
    r"(?:\s*,?\s*(?:yang\s+)?(?:akan\s+|telah\s+|sudah\s+)?"
    r"(?:digelar|dilaksanakan|dijadwalkan|berlangsung|jatuh|diselenggarakan|dilakukan)?\s*(?:pada\s+)?(?:hari\s+)?(?:tanggal\s+)?)"
)
ELECTION_NAME = (
    r"(?:pilkada|pemilu|pilkades|pileg|pilpres|pemilukada)(?:\s*\([^)]{1,40}\))?(?:\s+serentak)?(?:\s+\d{4})?"
)
# an election's name with its day: "Pilkada 15 Februari 2017", "Pilkades yang digelar pada Kamis (8/12)"; not
# after a comma alone ("Jelang Pilkada 2024, Senin (4/11), Polres menggelar rakor": the meeting's day)
ELECTION_DAY = re.compile(
    r"\b"
    + ELECTION_NAME
    + r"(?:\s+(?:yang\s+)?(?:akan\s+|telah\s+|sudah\s+)?(?:digelar|dilaksanakan|dijadwalkan|berlangsung|"
    r"jatuh|diselenggarakan)(?:\s+serentak)?\s*,?)?\s+(?:pada\s+)?(?:hari\s+)?(?:tanggal\s+)?$"
)
VOTING_AFTER = re.compile(
    r"\b"
    + VOTING_PHRASE
    + r"\b(?!\s+ulang)(?:\s+(?:pilkada|pemilu|pilkades|pemilihan)(?:\s+serentak)?(?:\s+\d{4})?)?"
    + VOTING_LINK
    + r"$"
)
VOTING_BEFORE = re.compile(
    r"\s*,?\s*(?:merupakan|adalah|menjadi|sebagai|yakni|ialah)\s+(?:jadwal\s+)?" + VOTING_PHRASE + r"\b"
)
VOTING_ANCHOR = re.compile(
    r"\b(?:pencoblosan|coblosan|pemungutan\s+suara|(?:pilkada|pemilu|pilkades|pileg|pilpres|pemilukada)\b(?=[^.\n]{0,100}\d))"
)
YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")


NO_YEAR = date(2000, 1, 1)  # a stand-in reference: a day and month are read, their year left open
LEAD_DAY_CHARS = 800  # the headline, the dateline and the first sentences


def _text_reference(text: str) -> date | None:
    """A reference for dates without a year: the end of the latest year the text names."""
    years = [int(y) for y in YEAR.findall(text)]
    return date(max(years), 12, 31) if years else None


# an election's name that only qualifies a noun before it ("tindak pidana pemilu", "pelanggaran pemilu"): a date
# after it with no predicate of the election ("ditetapkan sebagai tersangka tindak pidana pemilu pada Kamis
# (16/5/2019)") is another event's day
ELECTION_QUALIFIES = re.compile(r"\b(?:pidana|pelanggaran|sengketa|kecurangan|gugatan|perkara|kasus)\s+$")
ELECTION_PREDICATE = re.compile(r"digelar|dilaksanakan|dijadwalkan|berlangsung|jatuh|diselenggarakan")


def _election_day(lower: str, at: int) -> bool:
    """Does an election's name with its day ("Pilkada 15 Februari 2017", "Pilkades yang digelar pada Kamis")
    stand right before the date at ``at``?"""
    m = ELECTION_DAY.search(lower, max(0, at - 90), at)
    if m is None:
        return False
    qualifies = ELECTION_QUALIFIES.search(lower, max(0, m.start() - 30), m.start())
    return not qualifies or bool(ELECTION_PREDICATE.search(m.group()))


def _voting_day_mentions(text: str, lower: str) -> list[Mention]:
    """A voting day named by its date, of any election (a village's too): a phase cue that tells before, on or
    after it once the article's own day is known (``classify``'s ``when``)."""
    out: list[Mention] = []
    windows: list[tuple[int, int]] = []
    for a in finditer(VOTING_ANCHOR, lower, lower):  # dates are read only near a voting word or an election's name
        lo, hi = a.start(), min(len(text), a.end() + 100)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((max(0, lo - 75), hi))
    if not windows:
        return out
    ref = _text_reference(text) or NO_YEAR
    found = [
        replace(d, start=d.start + lo, end=d.end + lo)
        for lo, hi in windows
        for d in find_dates(text[lo:hi], ref)
        if not d.relative
    ]
    for d in found:
        if (
            VOTING_AFTER.search(lower, max(0, d.start - 90), d.start)
            or _election_day(lower, d.start)
            or VOTING_BEFORE.match(lower, d.end, d.end + 60)
        ):
            day = d.value.isoformat() if d.has_year else d.value.strftime("--%m-%d")  # ISO 8601 without a year
            hit = Hit(d.start, d.end, "pemungutan", day, "date")
            out.append(_mention(text, "phase", hit))
    return out


def _lead_day(text: str, voting: set[int]) -> date | None:
    """The day the lead tells of ("SUKOHARJO - ... Rabu (7/12)"): the first date of the headline and lead that
    is not a voting day's (``voting``: their starts)."""
    found = find_dates(text[:LEAD_DAY_CHARS], _text_reference(text) or NO_YEAR)
    return next((d.value for d in found if not d.relative and d.start not in voting), None)


def _article_day(text: str, dated: list[Mention], when: date | None) -> date | None:
    """The day the article tells of, given the voting days it names (``dated``): ``when`` (a meeting's day or
    the publication's), unless that is only a voting day's own date ("untuk ikut Pilkada 15 Februari 2017":
    a meeting dated from it); else the first other date of the lead."""
    votes = {_voting_day(str(m.detail["term"]), when or NO_YEAR) for m in dated}
    if when is not None and when not in votes:
        return when
    return _lead_day(text, {m.start for m in dated})


def _names_dated_day(m: Mention, dated: list[Mention], when: date | None) -> bool:
    """Does a voting-day word stand beside a voting day's date ("hari pencoblosan, Kamis (8/12)") that the
    article's own day places?"""
    return when is not None and any(abs(m.start - d.start) < 90 for d in dated)


def _voting_day(term: str, near: date) -> date:
    """A voting day's date; one without a year ("--12-08") takes the year that puts it nearest ``near``."""
    if not term.startswith("--"):
        return date.fromisoformat(term)
    month, day = int(term[2:4]), int(term[5:7])
    options = []
    for y in (near.year - 1, near.year, near.year + 1):
        try:
            options.append(date(y, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - near).days)) if options else near


def _is_place_name(word: str) -> bool:
    from kewaspadaan_cli.extract.regions import gazetteer

    return word in gazetteer().forms


def _topic_excluded(row: dict, ident: str, lower: str, cache: dict[str, bool]) -> bool:
    """Does the article's topic rule the word out ("excludes_article": football, film, ...)?"""
    if not row.get("excludes_article"):
        return False
    if ident not in cache:  # whole words: "pelatihan" (a training) is no "pelatih" (a team's coach)
        cache[ident] = sum(len(_topic_word(w.lower()).findall(lower)) for w in row["excludes_article"]) >= 2
    return cache[ident]


@cache
def _topic_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


# how far from a conflict term its company is looked for: "jumlah DPT, TPS, caleg, masalah keamanan" names
# no voter-list problem, though "masalah" stands in the sentence
COMPANY_REACH = 60


@dataclass
class _Rules:
    # (id, term) -> words required, words excluded in the sentence; whether a risk sentence needs no company;
    # whether the term signals its id only spoken of as a risk
    groups: dict[tuple[str, str], tuple[list[str], list[str], bool, bool]]
    # id, a word of one list, a word of the other, words that rule the pair out in the sentence
    pairs: list[tuple[str, re.Pattern[str], re.Pattern[str], list[str]]]

    def allows(self, h: Hit, sentence: str, risky: Callable[[], bool], near: str | None = None) -> bool:
        """A term that signals its id only in some company ("context" groups): does its sentence (or the
        words ``near`` it, where given) give it?"""
        group = self.groups.get((h.id, h.term.lower())) if h.via == "term" else None
        if group is None:
            return True
        need, avoid, risk_suffices, risk_only = group
        company = sentence if near is None else near
        if need and not any(w in company for w in need) and not (risk_suffices and risky()):
            return False
        if risk_only and not risky():
            return False  # "jangan jadikan perbedaan pemicu pertikaian": strife in general; strife told is its kind
        return not (avoid and any(w in sentence for w in avoid))


# a word glued after "pasca", "pra" or "jelang" ("pascabentrok"), as the vocabularies' terms are found
_AFTER_GLUED = "|".join(f"(?<={p})" for p in GLUED_PREFIXES)


@cache
def _rules(file: str, digest: str) -> _Rules:
    """The "context" groups and "pairs" of a vocabulary file: a conflict implied rather than named is
    signalled by two words in one sentence (an election object and a problem: "surat suara" and
    "tertukar"), a term that needs company ("bentrok massa" with "pendukung")."""
    groups: dict[tuple[str, str], tuple[list[str], list[str], bool, bool]] = {}
    pairs: list[tuple[str, re.Pattern[str], re.Pattern[str], list[str]]] = []
    for row in read_rows(file):
        if "id" not in row:
            continue
        for g in row.get("context", []):
            need = _lowered(g.get("requires_sentence", []))
            avoid = _lowered(g.get("excludes_sentence", []))
            for t in g["terms"]:
                groups[(row["id"], t.lower())] = (need, avoid, bool(g.get("risk_suffices")), bool(g.get("risk_only")))
        for pair in row.get("pairs", []):
            first, second = ([w.lower() for w in pair[k]] for k in ("a", "b"))
            # "a_patterns": the first side written as a grammar over the lower-cased text ("antara warga
            # desa x dengan")
            shapes = "".join("|" + p for p in pair.get("a_patterns", []))
            pairs.append(
                (
                    row["id"],
                    re.compile(r"\b(?:" + trie_pattern(first) + r")\b" + shapes),
                    re.compile(r"(?:\b|" + _AFTER_GLUED + r")(?:" + trie_pattern(second) + r")\b"),
                    _lowered(pair.get("excludes_sentence", [])),
                )
            )
    return _Rules(groups, pairs)


def _ordered(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def classify(
    text: str,
    mentions: list[Mention],
    *,
    n_meetings: int = 0,
    title: str | None = None,
    when: date | None = None,
    drill: bool = False,
) -> Labels:
    """The article's labels from its mentions (see the annotation guide).

    ``when`` is the day the article's news happened (the meeting's date, else the publication date):
    near a nationwide voting day it tells the phase. ``drill``: the activity the article reports is a
    simulation, held before the vote it rehearses, however its scenario runs ("Simulasi! Ratusan Massa
    Bentrok ... Protes Hasil Pilkada").
    """
    by: dict[str, list[Mention]] = {}
    for m in mentions:
        by.setdefault(m.kind, []).append(m)
    labels = Labels()
    labels.institutions = _ordered([m.canonical for m in by.get("institution", []) if m.canonical])
    labels.election_types = _ordered([m.canonical for m in by.get("election", []) if m.canonical])
    if "pemilu" in labels.election_types and {"pilkada", "pilkades"} & set(labels.election_types):
        if not any(_specific_pemilu(text, m) for m in by.get("election", []) if m.canonical == "pemilu"):
            # "pelanggaran pemilu", "sengketa Pemilu" in a story about a regional election: the word for
            # elections in general, not a general election
            labels.election_types = [t for t in labels.election_types if t != "pemilu"]
    labels.stages = _ordered([m.canonical for m in by.get("stage", []) if m.canonical])

    conflict_ms = by.get("conflict", [])
    ids = _ordered([m.canonical for m in conflict_ms if m.canonical])
    specific = set(ids) - {"konflik_sosial"}
    generic = [m for m in conflict_ms if m.canonical == "konflik_sosial"]
    if generic and specific and all(m.surface.lower() == "konflik" for m in generic):
        ids = [i for i in ids if i != "konflik_sosial"]  # a bare "konflik" that names a specific kind elsewhere
    ids = [i for i in ids if not _alone_weak(text, i, [m for m in conflict_ms if m.canonical == i])]
    named = set(ids)
    ids = [i for i in ids if not _weak_beside(i, [m for m in conflict_ms if m.canonical == i], named)]
    labels.conflicts = ids

    # an election named, or one of its stages (a vote recapitulation is an election talked about)
    # an election body named: the text talks about an election ("pendukung paslon yang kalah menggeruduk kantor KPU")
    electoral = {"kpu", "bawaslu", "dkpp"} & set(labels.institutions)
    if not labels.election_types and (labels.stages or electoral):
        # an election's stage or body with no election named, in the weeks around a nationwide voting day
        # ("kotak suara dibakar", Kamis 17/4/2014): that day's election
        labels.election_types = calendar_election(when)
    if labels.election_types or labels.stages or electoral:
        labels.phase = "pra" if drill else _phase(text, by, labels, when)
    labels.event_kind = _event_kind(text, by, n_meetings, title)
    return labels


def _alone_weak(text: str, ident: str, ms: list[Mention]) -> bool:
    """Is every word that signals ``ident`` one of its "needs_second" words, and only one such word
    written? ("rawan" alone, "kericuhan" alone: a word in passing; "rawan" beside "kericuhan" names it,
    and so does "rawan" in a sentence on polling stations: "4 TPS rawan")."""
    rule = _needs_second(load().digest).get(ident)
    if rule is None or not ms:
        return False
    weak, enough = rule
    surfaces = {_as_listed(m.surface) for m in ms}
    if not surfaces <= weak or len(surfaces) > 1:
        return False
    if enough is None:
        return True
    sents = Sentences(text)
    return not any(enough.search(text, *sents.of(m.start)) for m in ms)


def _as_listed(words: str) -> str:
    """Words as the conflict rules list them: lower case, a hyphen as a space, one space apart."""
    return " ".join(words.lower().replace("-", " ").split())


def _weak_beside(ident: str, ms: list[Mention], named: set[str]) -> bool:
    """Is ``ident`` signalled only by its "weak_beside" words in an article that names one of the conflicts
    they belong to? (A road blocked, a speech shouted, an office stormed in a story of a clash between
    villages or supporters are the clash's doing, not a protest.)"""
    rule = _weak_beside_rules(load().digest).get(ident)
    if rule is None or not ms:
        return False
    beside, words, shapes = rule
    if not beside & named:
        return False
    return all(_as_listed(m.surface) in words or any(p.fullmatch(m.surface.lower()) for p in shapes) for m in ms)


@cache
def _weak_beside_rules(digest: str) -> dict[str, tuple[frozenset[str], frozenset[str], tuple[re.Pattern[str], ...]]]:
    """Each conflict id's "weak_beside" rule: the ids beside which its words are weak, the words (lower case,
    a hyphen as a space), and its patterns when they are weak too."""
    out = {}
    for row, rule in _conflict_rules("weak_beside"):
        words = frozenset(_as_listed(w) for w in rule["words"])
        shapes = tuple(re.compile(p) for p in row.get("patterns", [])) if rule.get("patterns") else ()
        out[row["id"]] = (frozenset(rule["ids"]), words, shapes)
    return out


def _conflict_rules(key: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The conflict rows of conflicts.jsonl that carry a rule under ``key``, each with its rule."""
    return [(row, row[key]) for row in read_rows("conflicts.jsonl") if "id" in row and row.get(key)]


def _becomes(ident: str, sentence: str) -> str | None:
    """The conflict a hit of ``ident`` is instead, by its sentence's company ("becomes" in conflicts.jsonl):
    neutrality in a sentence that names the election's organisers and no state apparatus is theirs to keep, a
    matter of how the vote is run."""
    rule = _becomes_rules(load().digest).get(ident)
    if rule is None:
        return None
    other, company, unless = rule
    return other if company.search(sentence) and not unless.search(sentence) else None


@cache
def _becomes_rules(digest: str) -> dict[str, tuple[str, re.Pattern[str], re.Pattern[str]]]:
    return {
        row["id"]: (
            rule["id"],
            re.compile(r"\b(?:" + trie_pattern(_lowered(rule["with_sentence"])) + r")\b"),
            re.compile(r"\b(?:" + trie_pattern(_lowered(rule["unless_sentence"])) + r")\b"),
        )
        for row, rule in _conflict_rules("becomes")
    }


@cache
def _needs_second(digest: str) -> dict[str, tuple[frozenset[str], re.Pattern[str] | None]]:
    """The "needs_second" words of each conflict id, as written (lower case, a hyphen as a space), and
    the sentence words that make one of them enough."""
    out = {}
    for row, rule in _conflict_rules("needs_second"):
        words = frozenset(_as_listed(w) for w in rule["words"])
        alone = rule.get("alone_in_sentence_with", [])
        enough = re.compile(r"\b(?:" + trie_pattern(alone) + r")\b", re.I) if alone else None
        out[row["id"]] = (words, enough)
    return out


# a word that denies what follows it: "tanpa kericuhan", "tidak ada bentrokan", "belum ditemukan pelanggaran"
NEGATED = re.compile(
    r"\b(?:tanpa|tidak\s+ada|tak\s+ada|belum\s+ada|tiada|tidak\s+terjadi|tak\s+terjadi|tidak\s+pernah\s+terjadi|"
    r"tidak\s+ditemukan|belum\s+ditemukan|tidak\s+menemukan|(?:tidak|tak)\s+(?:mengalami|menemui)|nihil|bebas\s+dari|zero|"
    # a pledge not to ("tidak akan melakukan intimidasi", "tidak menggunakan politik uang")
    r"tidak\s+akan|tidak\s+melakukan|tidak\s+menggunakan|tidak\s+menyebarkan|tidak\s+terlibat|"
    # a stand taken against it ("Paslon Sepakat Tolak Hoaks", "memerangi politik uang"; not "lawan", an opponent,
    # nor "melawan", which is also resisting arrest)
    r"menolak|tolak|memerangi|perangi)\s+(?:\w+\s+)?$"
)


def _denied(lower: str, s: int, at: int) -> bool:
    """Is the word at ``at`` denied by the words right before it in its sentence (from ``s``)?"""
    return NEGATED.search(lower, max(s, at - 30), at) is not None


def _lowered(terms: list[str]) -> list[str]:
    """A lexicon's word list, lower-cased, with the short forms of its administrative words ("Kab.")."""
    return [v.lower() for t in terms for v in admin_variants(t)]


GENERIC_PEMILU = {"pemilu", "pemilihan umum"}
# what makes a bare "pemilu" one election: a year, a day or month, a time ("pemilu lalu", "pemilu kemarin"),
# its offices ("legislatif", "presiden", "anggota"), or another election beside it ("Pemilu dan Pilkada")
PEMILU_QUALIFIER = re.compile(
    # (after its acronym in brackets, or the bracket it stands in: "Pemilihan Umum (Pemilu) 2019")
    r"(?:\s*\([^()]{1,20}\))?\)?\s*(?:serentak|legislatif|presiden|anggota|dprd?\b|\d{4}|tahun\s+\d{4}|pada\s+(?:bulan|tahun|tanggal|\d)|"
    r"\d{1,2}\s+(?:" + trie_pattern(MONTHS) + r")\b|(?:" + trie_pattern(MONTHS) + r")\b|"
    r"(?:yang\s+)?(?:lalu|kemarin|sebelumnya|silam|mendatang|nanti|tahun\s+(?:lalu|depan|ini))\b|"
    r"(?:dan|serta|maupun|atau|&|/)\s+(?:pilkada|pemilihan|pilkades|pemilukada)\b)",
    re.IGNORECASE,
)
PEMILU_BEFORE = re.compile(
    r"\b(?:pilkada|pemilihan|pilkades|pemilukada)\s+(?:dan|serta|maupun|atau|&|/)\s*$", re.IGNORECASE
)


def _specific_pemilu(text: str, m: Mention) -> bool:
    """A general election named as one (Pileg, Pilpres, caleg, "Pemilu 2024", "Pemilu serentak", "Pemilu
    Februari lalu", "Pemilu dan Pilkada"), not the word for elections in general ("pelanggaran pemilu")."""
    term = str(m.detail.get("term", "")).lower()
    if term not in GENERIC_PEMILU:
        return True
    return bool(PEMILU_QUALIFIER.match(text, m.end) or PEMILU_BEFORE.search(text, max(0, m.start - 24), m.start))


STAGE_PHASE = {
    "pencalonan": "pra",
    "kampanye": "pra",
    "masa_tenang": "pra",
    "pemungutan_suara": "pemungutan",
    "rekapitulasi": "pasca",
    "penetapan": "pasca",
    "sengketa": "pasca",
    "pelantikan": "pasca",
}


# a phase cue that names its time relation itself ("pasca", "usai", "setelah") or a re-vote, which follows a vote
TIME_RELATION = re.compile(r"pasca|usai|setelah|sesudah|\bpsu\b|ulang\b")
CALENDAR_BEFORE = 180  # days before a voting day that an article is still read as set before it
CALENDAR_AFTER = 60
CALENDAR_WEIGHT = 3.0


@cache
def _election_days(digest: str) -> dict[str, list[date]]:
    out: dict[str, list[date]] = {}
    for r in read_rows("election_days.tsv"):
        out.setdefault(r["election_type"], []).append(date.fromisoformat(r["date"]))
    return out


def voting_days(election_types: tuple[str, ...] = ()) -> tuple[date, ...]:
    """The nationwide voting days of ``lexicons/election_days.tsv`` for these election types, in order (none
    for types with no common day, as a village head's election)."""
    days = _election_days(load().digest)
    return tuple(sorted({d for t in election_types for d in days.get(t, [])}))


CALENDAR_ELECTION = 60  # days from a nationwide voting day within which an unnamed election is that one


def calendar_election(when: date | None) -> list[str]:
    """The election a date implies when the text names none: the one kind of nationwide election whose
    voting day lies within ``CALENDAR_ELECTION`` days of it (none when two kinds do, as in 2024)."""
    if when is None:
        return []
    near = {
        kind
        for kind, days in _election_days(load().digest).items()
        if any(abs((when - d).days) <= CALENDAR_ELECTION for d in days)
    }
    return sorted(near) if len(near) == 1 else []


def calendar_phase(when: date | None, election_types: list[str]) -> str | None:
    """The phase a date implies: before, on or after the nearest nationwide voting day of the
    article's elections, when one is near enough (``lexicons/election_days.tsv``)."""
    if when is None:
        return None
    days = [d for t in election_types for d in _election_days(load().digest).get(t, [])]
    near = [(when - d).days for d in days if -CALENDAR_BEFORE <= (when - d).days <= CALENDAR_AFTER]
    if not near:
        return None
    delta = min(near, key=abs)
    return "pra" if delta < 0 else "pemungutan" if delta == 0 else "pasca"


def _phase(text: str, by: dict[str, list[Mention]], labels: Labels, when: date | None = None) -> str:
    rows = matcher("phases.jsonl").rows
    weak = {t.lower() for r in rows.values() for t in r.get("weak_terms", [])}
    strong = {t.lower() for r in rows.values() for t in r.get("strong_terms", [])}
    score: defaultdict[str, float] = defaultdict(float)
    lead = len(text) if len(text) < LEAD_CHARS else LEAD_CHARS
    dated = [m for m in by.get("phase", []) if m.detail.get("via") == "date"]
    when = _article_day(text, dated, when) if dated else when
    for m in by.get("phase", []):
        if m.detail.get("via") == "date":  # a voting day named by its date: before, on or after it
            day = _voting_day(str(m.detail["term"]), when or NO_YEAR)
            if when and abs((when - day).days) < 200:
                score["pra" if when < day else "pemungutan" if when == day else "pasca"] += 2.0
            elif m.modality == "hypothetical":
                score["pra"] += 0.75 if m.start < lead else 0.4  # the day unknown, the vote spoken of as ahead
            continue
        if m.canonical == "pemungutan" and _names_dated_day(m, dated, when):
            continue  # "Kamis (8/12) merupakan hari pencoblosan": the date tells the phase, not the words
        if m.canonical:
            term = str(m.detail.get("term", "")).lower()
            w = 0.5 if term in weak else 1.5 if term in strong else 1.0
            cue = m.canonical
            if (
                cue != "pra"
                and m.modality == "hypothetical"
                and (not TIME_RELATION.search(term) or m.detail.get("conditional"))
            ):
                # "rekapitulasi akan digelar", "antisipasi gugatan": a later step of the vote spoken of as ahead
                # (but "potensi konflik pasca penetapan" names the time after, and a re-vote comes after one;
                # unless an if-clause holds it: "dana bisa digunakan jika terjadi pemungutan suara ulang")
                cue, w = "pra", 0.5
            score[cue] += w * (2.0 if m.start < lead else 1.0)
    silent = _phase_silent()
    for m in by.get("stage", []):
        ph = STAGE_PHASE.get(m.canonical or "")
        if str(m.detail.get("term", "")).lower() in silent:
            ph = None  # "Ketua KPPS dianiaya": the polling committee names the stage, not the article's time
        if ph == "pemungutan" and _names_dated_day(m, dated, when):
            ph = None
        elif ph == "pemungutan" and m.modality == "hypothetical":
            ph = "pra"  # "TPS akan dijaga": the vote spoken of as ahead (a later stage ahead says less)
        if ph:
            score[ph] += 0.75 if m.start < lead else 0.4
    cal = calendar_phase(when, labels.election_types)
    if cal:
        score[cal] += CALENDAR_WEIGHT
    if not score:
        return "pra"
    best = max(score.items(), key=lambda kv: (kv[1], kv[0] == "pra"))
    return best[0]


def _event_kind(text: str, by: dict[str, list[Mention]], n_meetings: int, title: str | None) -> str:
    head_end = min(len(text), LEAD_CHARS)
    events = by.get("event", [])
    title_end = headline_end(text)
    # a headline telling a settlement ("Sumpah Adat tandai Perdamaian Tawuran ..."): the incident words a
    # settlement governs, there and in the text, are its object, not the news
    settled = any(m.start < title_end and _resolved(text, m.start) for m in events if m.canonical == "insiden")
    told = [  # (nor "potensi kerusuhan": a risk)
        m
        for m in events
        if m.canonical == "insiden" and m.modality != "risk" and not (settled and _resolved(text, m.start))
    ]
    ins_head = sum(1 for m in told if m.start < head_end)
    ins_all = len(told)
    meet_head = sum(1 for m in events if m.canonical == "pertemuan" and m.start < head_end)
    facts = [
        m
        for m in by.get("conflict", [])
        if m.modality == "fact" and not _is_standing(m) and not (settled and _resolved(text, m.start))
    ]
    fact_head = sum(1 for m in facts if m.start < head_end)
    incident = 2.0 * ins_head + 1.5 * fact_head + 0.25 * ins_all + 0.25 * len(facts)
    meeting = 2.0 * meet_head + (2.0 if n_meetings else 0.0)
    if any(m.start < title_end for m in told + facts) and not _staged(events):
        # an incident told in the headline ("Pleno Rekapitulasi ... Ricuh", "KPU didemo saat rapat pleno"):
        # the meeting is its setting, the incident the news
        meeting = min(meeting, incident - 0.5)
    if _peace_lead(text, head_end):
        return "pertemuan"  # "... yang terlibat bentrokan akhirnya bersepakat untuk berdamai": the peace is the news
    if n_meetings and (meeting >= incident or _staged(events)):
        return "pertemuan"  # an exercise held ("simulasi Sispamkota") tells its scenario's riot as played, not as done
    if incident >= 3.0:
        return "insiden"
    if n_meetings:
        return "pertemuan"  # a meeting held, and no incident told strongly enough to lead
    return "lainnya"


@cache
def _phase_silent() -> frozenset[str]:
    """Stage terms that set no phase (``stages.jsonl`` "phase_silent")."""
    return frozenset(t.lower() for r in matcher("stages.jsonl").rows.values() for t in r.get("phase_silent", []))


def _is_standing(m: Mention) -> bool:
    """Is the conflict mention a standing condition or a topic, not an act (``conflicts.jsonl`` "standing":
    true for every term of the kind, or a list of the terms that are)? A land dispute mediated, SARA
    discussed, a voter list disputed, "Apel Netralitas ASN" tell no incident; "ASN tidak netral" does."""
    kinds, terms = _standing(load().digest)
    return m.canonical in kinds or (m.canonical, str(m.detail.get("term", "")).lower()) in terms


@cache
def _standing(digest: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    rows = matcher("conflicts.jsonl").rows
    kinds = frozenset(i for i, r in rows.items() if r.get("standing") is True)
    terms = frozenset(
        (i, t.lower()) for i, r in rows.items() if isinstance(r.get("standing"), list) for t in r["standing"]
    )
    return kinds, terms


def _resolved(text: str, at: int) -> bool:
    """Is the incident word at ``at`` the object of a settlement just before it in its line ("Sumpah Adat
    tandai Perdamaian Tawuran ...", "Forkopimda Damaikan Warga yang Bentrok": ``events.jsonl`` "resolving")?"""
    line = max(0, text.rfind("\n", 0, at) + 1, at - 40)
    m = _resolving_re().search(text, line, at)
    # (a settlement still planned settles nothing: "Polres akan Mediasi dua Kampung yang Bertikai")
    return m is not None and _PLANNED_BEFORE.search(text, max(0, m.start() - 25), m.start()) is None


def _peace_lead(text: str, head_end: int) -> bool:
    """Does the lead tell a peace made ("akhirnya sepakat berdamai", "prosesi perdamaian"), not one hoped for
    or planned ("akan berdamai", "upaya perdamaian terus dilakukan" counts; "diharapkan berdamai" does not)?"""
    # (a term begun inside the lead counts whole: "Sudah ada kesepakatan damai" across its last character)
    for m in _peace_re().finditer(text, 0, min(len(text), head_end + 40)):
        if (
            m.start() < head_end
            and not _PLANNED_BEFORE.search(text, max(0, m.start() - 25), m.start())
            and not _hoped_before().search(text, max(0, m.start() - 30), m.start())
        ):
            return True
    return False


@cache
def _peace_re() -> re.Pattern[str]:
    words = {t for r in matcher("events.jsonl").rows.values() for t in r.get("peace", [])}
    return re.compile(rf"\b(?i:{trie_pattern(words)})\b")


def _hoped_before() -> re.Pattern[str]:
    return _hoped_before_for(load().digest)


@cache
def _hoped_before_for(digest: str) -> re.Pattern[str]:
    """A peace asked or hoped for, tried, or not made, in the words before it ("diharapkan berdamai", "agar
    berdamai", "upaya perdamaian", "belum berdamai"): the request verbs of the lexicon and these words."""
    return re.compile(
        rf"\b(?i:{request_words(digest)}|agar|supaya|upaya|mengupayakan|belum|gagal|tidak)\s+(?:\w+\s+){{0,2}}$"
    )


_PLANNED_BEFORE = re.compile(r"\b(?i:akan|bakal|rencana|berencana|direncanakan|hendak|segera)\s+(?:\w+\s+)?$")


@cache
def _resolving_re() -> re.Pattern[str]:
    words = {t for r in matcher("events.jsonl").rows.values() for t in r.get("resolving", [])}
    return re.compile(rf"\b(?i:{trie_pattern(words)})\b(?:\s+[\w-]+){{0,3}}\s+$")


def _staged(events: list[Mention]) -> bool:
    """Does the article name an exercise whose scenario plays an incident (``events.jsonl`` "staged")?"""
    staged = {t.lower() for r in matcher("events.jsonl").rows.values() for t in r.get("staged", [])}
    return any(m.canonical == "pertemuan" and str(m.detail.get("term", "")).lower() in staged for m in events)
