"""Meetings the article reports as held: type, date, venue, chair, participants, theme.

The type is the ``meeting_type`` the text uses most (``lexicons/meetings.jsonl``, longest match, so
"rapat koordinasi" is rakor); a meeting counts when a sentence reports it held (menggelar, dibuka,
dipimpin, dihadiri, berlangsung ...), not planned ("akan menggelar"). The date is read with the
date module against the publication date (or the year the text implies); the venue is read as a
small grammar (``_read_venue``); the chair is the official who opened or led it, or the one who
stood in ("diwakili", "melalui"). The cue words are ``lexicons/meeting_cues.jsonl``.

Every scan runs once over the text or once per sentence: a long article without full stops (one
"sentence" of 200 KB) costs time in proportion to its length (tests/extract/test_meetings.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

from kewaspadaan_cli import dates
from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.extract.labels import request_words, voting_days
from kewaspadaan_cli.extract.matcher import Hit, finditer, matcher
from kewaspadaan_cli.extract.names import SPEECH_VERB, election_words, is_act_noun, is_common_word, is_prefixed_verb
from kewaspadaan_cli.extract.official_words import words as official_words
from kewaspadaan_cli.extract.officials import WORD_BEFORE, Official, skip_affixes
from kewaspadaan_cli.extract.titles import spelled_by_list
from kewaspadaan_cli.lexicons import load
from kewaspadaan_cli.nlp import ABBREVIATIONS, Sentences, sentence_spans
from kewaspadaan_cli.patterns import trie_pattern

PARTICIPANTS = re.compile(
    r"\b(?:diikuti(?:\s+oleh)?|dihadiri(?:\s+oleh)?|sebanyak|melibatkan|menghadirkan|total|sekitar|kurang\s+lebih|"
    r"lebih\s+kurang|lebih\s+dari)\s+(?:sebanyak\s+|sekitar\s+|kurang\s+lebih\s+|lebih\s+kurang\s+|lebih\s+dari\s+|±\s*)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})*|\d+)\s+(?P<unit>orang\s+peserta|peserta|undangan|perwakilan|orang|anggota|personel|calon|cakades|"
    r"kepala\s+desa|kades|camat|lurah|tokoh|pemuda|mahasiswa|siswa|ASN|pengurus|kader|relawan|pemilih\s+pemula)\b",
    re.IGNORECASE,
)
PARTICIPANTS_NAMED_FIRST = re.compile(
    r"\b(?:jumlah\s+)?peserta(?:\s+(?:rapat|kegiatan|acara|sosialisasi|pelatihan|bimtek|dialog|rakor))?\s+"
    r"(?:yang\s+)?(?:sebanyak|berjumlah|mencapai|sejumlah|ada|tercatat)\s+(?:sekitar\s+|kurang\s+lebih\s+|±\s*)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})*|\d+)(?:\s+orang)?\b",
    re.IGNORECASE,
)
PARTICIPANTS_COUNT = re.compile(  # "dengan jumlah peserta 20 orang", "jumlah peserta: 45"
    r"\bjumlah\s+peserta(?:\s+(?:rapat|kegiatan|acara))?\s*:?\s*(?:sekitar\s+|kurang\s+lebih\s+|±\s*)?"
    r"(?P<n>\d{1,3}(?:\.\d{3})*|\d+)(?:\s+(?:orang|peserta))?\b(?!\s*(?:%|persen))",
    re.IGNORECASE,
)
PARTICIPANT_CUE = re.compile(r"\b(?:peserta|diikuti|dihadiri|hadir|mengikuti|menghadiri)\b", re.IGNORECASE)
THEME = re.compile(
    r"\b(?:mengangkat(?:\s+tema)?|bertema|bertemakan|dengan\s+tema|mengusung\s+tema|tema)\s*[:,]?\s*[\"“']?(?P<t>[^\"”'\n]{5,160})[\"”']?",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(20[0-4]\d|19[89]\d)\b")


# "meminta agar TPID melakukan kegiatan seperti sidak pasar": a request, not a report of it held
def _requested() -> re.Pattern[str]:
    return _requested_for(load().digest)


@cache
def _requested_for(digest: str) -> re.Pattern[str]:
    """An activity asked for or intended, not held: a request verb of the lexicon ("meminta", "mengimbau") or an
    intention, then "agar/supaya/untuk" within the clause ("mendorong ASN, TNI, Polri ... untuk")."""
    return re.compile(
        rf"\b(?:{request_words(digest)}|berniat|niat|berencana|bermaksud|hendak|ingin)"
        r"\s+(?:[\w/-]+,?\s+){0,8}?(?:agar|supaya|untuk)\b[^.;\"”]*$",
        re.IGNORECASE,
    )


# "bentrok terjadi usai rapat pleno": the meeting only dates another event (with no other held word);
# "ujar Budi usai rapat kerja" still reports it: the speaker came out of it
AFTER_IT = re.compile(r"\s+(?:digelarnya\s+|pelaksanaan\s+)?(?:rapat|pleno|sidang)\b", re.IGNORECASE)
# a statement made at the activity: "..., ujarnya pada Rapat Koordinasi ... di Gedung X, Senin"
SPOKEN_AT = re.compile(rf"\b{SPEECH_VERB}\s+(?:pada|dalam|saat|ketika)\s+(?:acara\s+|kegiatan\s+)?$", re.IGNORECASE)
REQUEST_REACH = 150  # the request runs to the end of its clause: "agar X melakukan operasi pasar, gelar ..."
PLANNED_TAIL = r"\s+(?:\w+\s+){0,2}$"  # "akan menggelar rapat": at most two words between the cue and the meeting
PLANNED_REACH = 60  # characters before a meeting word searched for a planning cue


@dataclass
class Meeting:
    meeting_type: str
    start: int
    end: int
    date: date | None = None
    venue: str | None = None
    venue_start: int | None = None
    chair: str | None = None
    n_participants: int | None = None
    theme: str | None = None
    organiser: str | None = None
    institutions: list[str] = field(default_factory=list)
    _evidence: list[Mention] = field(default_factory=list)
    _sentences: list[tuple[int, int]] = field(default_factory=list)  # the sentences that name it
    _chair_by: str | None = None  # which cue named the chair (for tracing)

    def mentions(self) -> list[Mention]:
        return list(self._evidence)


@dataclass(frozen=True)
class _Cues:
    """The cue lists of ``lexicons/meeting_cues.jsonl`` as regular expressions, built once per lexicon digest."""

    held: re.Pattern[str]
    planned: re.Pattern[str]
    venue: re.Pattern[str]
    venue_word: frozenset[str]
    venue_heads: frozenset[str]  # one-word heads, which may recur inside a venue ("aula rapat kantor KPU")
    venue_alone: frozenset[str]  # heads that name one place by themselves: a command's headquarters ("Mapolresta")
    place_word: re.Pattern[str]
    street_word: re.Pattern[str]
    not_a_place: frozenset[str]
    chair_passive: re.Pattern[str]
    chair_active: re.Pattern[str]
    chair_role: re.Pattern[str]
    stand_in: re.Pattern[str]
    speech_at: re.Pattern[str]
    visit: re.Pattern[str]
    accompany: re.Pattern[str]
    organise: re.Pattern[str]
    event_word: re.Pattern[str]
    not_a_meeting: re.Pattern[str]
    body_head: re.Pattern[str]
    unit_head: re.Pattern[str]
    regional_head: re.Pattern[str]
    generic_head: frozenset[str]
    anaphor: re.Pattern[str]
    speaks_in: re.Pattern[str]
    short_forms: dict[str, tuple[str, ...]]  # "rapat" -> ("rakor",): the kinds a short form may stand for
    convening: frozenset[str]  # words of people convened, a forum held: a kind only where no other is named
    directive_words: tuple[str, ...]  # speech_at words that also mean a standing directive ("arahan Presiden")
    gather: re.Pattern[str]
    says: re.Pattern[str]
    said_passive: re.Pattern[str]


def _words(rows: dict[str, dict], cue: str) -> list[str]:
    return [str(t).strip() for t in rows[cue]["terms"] if str(t).strip()]


def _alt(words: Iterable[str], case: bool = False) -> str:
    body = trie_pattern(words if case else {w.lower() for w in words})
    return body if case else f"(?i:{body})"


@cache
def _cues_for(digest: str) -> _Cues:
    from kewaspadaan_cli.lexicons import read_rows

    rows = {str(r["cue"]): r for r in read_rows("meeting_cues.jsonl") if "cue" in r}

    def word(cue: str) -> re.Pattern[str]:
        return re.compile(rf"\b{_alt(_words(rows, cue))}\b")

    head = _alt(_words(rows, "venue_head"))
    # "di" glued to a head: "dilapangan umum X", "diMapolda Kalbar", "disalah satu hotel" (a head's lower-case or
    # capitalised form)
    heads = _words(rows, "venue_head")
    glued = _alt([*heads, *(h[:1].upper() + h[1:] for h in heads)], case=True)
    venue = re.compile(
        rf"(?:\b{_alt(_words(rows, 'venue_intro'))}\s+(?:di\s+)?|\bdi(?=(?i:salah\s+satu\s+)?{glued}\b))"
        rf"(?P<v>(?:(?i:salah\s+satu)\s+)?"
        rf"(?:{_alt(_words(rows, 'venue_position'))}\s+(?=[A-Z]|(?:{head})\b))?"  # "di belakang kantor Kodim X"
        # a name before its head, as English orders it: "Medana By Marina Hotel", "Sport and Convention Center"
        rf"(?:[A-Z][\w'-]*[ \t]+(?:(?:and|&)[ \t]+)?){{0,3}}{head}(?:\b|(?<=\.)))"  # (in its line)
    )
    return _Cues(
        held=word("held"),
        planned=re.compile(rf"\b{_alt(_words(rows, 'planned'))}{PLANNED_TAIL}", re.IGNORECASE),
        venue=venue,
        venue_word=frozenset(w.lower() for w in _words(rows, "venue_word")),
        venue_heads=frozenset(w.lower() for w in _words(rows, "venue_head") if " " not in w),
        venue_alone=frozenset(w.lower() for w in _words(rows, "venue_alone")),
        place_word=re.compile(rf"{_alt(_words(rows, 'place_word'), case=True)}(?!\w)"),
        street_word=re.compile(rf"{_alt(_words(rows, 'street_word'), case=True)}(?!\w)"),
        not_a_place=frozenset(w.lower() for w in _words(rows, "not_a_place")),
        chair_passive=re.compile(rf"\b{_alt(_words(rows, 'chair_passive'))}\b(?:\s+(?i:oleh))?"),
        chair_active=word("chair_active"),
        chair_role=re.compile(
            rf"\b(?:(?i:bertindak|selaku|sebagai)\s+)?(?:(?i:selaku|sebagai)\s+)?{_alt(_words(rows, 'chair_role'))}\b"
        ),
        stand_in=word("stand_in"),
        speech_at=word("speech_at"),
        visit=word("visit"),
        accompany=word("accompany"),
        organise=word("organise"),
        event_word=word("event_word"),
        not_a_meeting=word("not_a_meeting"),
        body_head=re.compile(rf"(?:(?i:plt|pj|pjs|plh)\.?\s+)?{_alt(_words(rows, 'body_head'))}\b"),
        generic_head=frozenset(w.lower() for w in _words(rows, "generic_head")),
        unit_head=re.compile(rf"(?:(?i:plt|pj|pjs|plh)\.?\s+)?{_alt(_words(rows, 'unit_head'))}\b"),
        regional_head=re.compile(rf"(?:(?i:plt|pj|pjs|plh)\.?\s+)?{_alt(_words(rows, 'regional_head'))}\b"),
        anaphor=re.compile(rf"\s+{_alt(_words(rows, 'anaphor'))}\b"),
        short_forms=_short_forms(rows),
        convening=frozenset(t.lower() for t in rows.get("convening", {}).get("terms", [])),
        directive_words=tuple(w.lower() for w in _words(rows, "directive")),
        speaks_in=re.compile(
            rf"(?:[\s,]*[A-Z][A-Za-z.]*){{0,4}}\s*,?\s*(?:{_alt(_words(rows, 'says'))}\s+)?"
            rf"{_alt(_words(rows, 'speaks_in'))}"
            rf"\s+(?:(?P<does>{_alt(_words(rows, 'holds_own'))})\s+)?(?P<what>(?i:acara|kegiatan|pembukaan)\s+)?"
        ),
        gather=word("gather"),
        says=word("says"),
        said_passive=word("said_passive"),
    )


def _short_forms(rows: dict[str, dict]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for cue, row in rows.items():
        if cue.startswith("short_form:"):
            for t in row["terms"]:
                out.setdefault(str(t).lower(), []).append(cue.split(":", 1)[1])
    return {k: tuple(v) for k, v in out.items()}


def _cues() -> _Cues:
    from kewaspadaan_cli.lexicons import load

    return _cues_for(load().digest)


ELECTION_YEAR = re.compile(
    r"(?:pilkada|pemilu|pileg|pilpres|pilkades|serentak|anggaran|periode|tahun|ta\.?|rpjmd|-)\s*$", re.IGNORECASE
)
_ELECTION = (
    r"\b(?:pilkada|pilkades|pemilu|pemilukada|pileg|pilpres|pilgub|pilbup|pilwalkot|"
    r"pemilihan(?:\s+umum|\s+kepala\s+(?:daerah|desa|kampung)|\s+(?:gubernur|bupati|wali\s*kota|presiden|legislatif))?|"
    r"pemungutan\s+suara|pencoblosan|hari\s+h|pesta\s+demokrasi)\)?"
)
# what may stand between the election and its day: a name ("Pemilu Presiden", "Pilkada Halut 2024"), a
# spelled-out form ("(Pemilihan Legislatif)"), "serentak", a year
_ELECTION_NAME = r"(?:\([^()\n]{1,40}\)|(?-i:[A-Z][\w./-]*)|\d{4}|dan|serentak|tahun|nanti|lalu)"
# the election's own predicate: the date after it is the election's ("yang dilakukan pada 22 Januari")
_ELECTION_PRED = (
    r"(?:pada|tanggal|tgl\.?|yang|akan|digelar|dilaksanakan|dilakukan|diselenggarakan|berlangsung|jatuh|hari|"
    r"dijadwalkan)"
)
ELECTION_DAY = re.compile(
    # "Pilkada serentak 9 Desember", "Pemilu Presiden 9 Juli 2014": the date right after the election's name
    rf"{_ELECTION}(?:\s+{_ELECTION_NAME}){{0,6}}\s*$"
    # "Pileg (Pemilihan Legislatif) dilaksanakan serentak, Rabu (17/4)": after its predicate, a comma too;
    # without one the comma closes the clause ("jelang Pemilu 2024, Jumat (6/10/2023)" is the main verb's day)
    rf"|{_ELECTION}(?:\s+{_ELECTION_NAME}){{0,6}}(?:\s+{_ELECTION_PRED})(?:\s+(?:{_ELECTION_NAME}|{_ELECTION_PRED})){{0,4}}"
    r"\s*,?\s*\(?\s*$"
    r"|(?:akan\s+(?:digelar|dilaksanakan|berlangsung|diadakan|diselenggarakan|dilangsungkan)|dijadwalkan|rencananya|"
    r"sedianya|direncanakan)\b[^.\n]{0,45}\s*,?\s*$",
    re.IGNORECASE,
)
# a day the text looks towards, not the one it reports: "menuju 27 November 2024", "menjelang tanggal 9 Desember"
TOWARDS = re.compile(r"\b(?:menuju|menjelang|jelang|sebelum)\s+(?:(?:hari|tanggal|tgl\.?|pada)\s+)?$", re.IGNORECASE)
FUTURE = re.compile(r"\s*\)?\s*,?\s*(?:mendatang|besok|nanti|(?:yang\s+)?akan\s+datang)\b", re.IGNORECASE)


# "Demikian dilansir Liputan6 Pagi SCTV, Senin (28/1/2013)": the day a source said it, not an event's
SOURCE_DAY = re.compile(r"\b(?:dilansir|melansir|dikutip|mengutip|diakses)\b[^.;\n]{0,60}$", re.IGNORECASE)


def _planned_before(text: str, s: int, at: int, cues: _Cues) -> bool:
    """Does a planning word ("akan", "dijadwalkan") stand right before ``at`` in its sentence (from ``s``)?"""
    return cues.planned.search(text, max(s, at - PLANNED_REACH), at) is not None


def _planned_sentence(text: str, s: int, e: int, cues: _Cues) -> bool:
    """Does the sentence put its holding verb in the future ("Rakor ... dijadwalkan digelar di Aula X")?"""
    return any(_planned_before(text, s, m.start(), cues) for m in cues.held.finditer(text, s, e))


# the day a meeting word is set on, still to come: "rapat koordinasi pada Kamis mendatang", "rakor besok"
_DAY_TO_COME = re.compile(
    r"[^.;\n]{0,40}?\b(?:(?:pada\s+)?(?:hari\s+)?(?:" + trie_pattern(dates.DAYS) + r"|pekan|minggu|bulan)"
    # (the day's date may stand between, in brackets or after a comma: "Senin (2/12/2024) mendatang")
    r"(?:\s*\([^()\n]{1,24}\)|,?\s+\d{1,2}\s+\w+(?:\s+\d{4})?)?"
    r"\s+(?:depan|mendatang|yang\s+akan\s+datang)|besok|lusa)\b",
    re.IGNORECASE,
)


def _to_come(text: str, end: int, limit: int) -> bool:
    """Is the meeting set on a day still to come, right after its name ("rakor pada Kamis mendatang")?"""
    return _DAY_TO_COME.match(text, end, limit) is not None


# a page's time stamp: a full date, then a clock time with a colon and its zone, with no "pukul" ("Kompas.com -
# 23/10/2017, 11:47 WIB", "15 September 2020 09:26:54 WIB"); a meeting's hour is "pukul 09.00 WIB"
STAMP = re.compile(r"\d{4}\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT)\b")


def _names_an_activity(text: str, at: int) -> bool:
    """Does an activity's word ("Silaturahmi", "Rapat Koordinasi", "Deklarasi") stand right before ``at``: the
    election that follows is part of the activity's name ("Silaturahmi Pilkada Rukun", "Deklarasi Pemilu Damai")?"""
    window = text[max(0, at - 40) : at]
    stripped = window.rstrip()
    return stripped != window and any(
        h.end == len(stripped) and window[h.start : h.end][:1].isupper() for h in matcher("meetings.jsonl").find(window)
    )


def _voting_days_of(election: str) -> tuple[date, ...]:
    """The voting days (``election_days.tsv``) of the elections a text names (read by ``elections.jsonl``)."""
    return tuple(voting_days(tuple(sorted({h.id for h in matcher("elections.jsonl").find(election)}))))


def _off_the_voting_day(election: str, value: date) -> bool:
    """Does the election named (read by ``elections.jsonl``) have a known voting day in the date's year
    (``election_days.tsv``), and is the date another day? ("Pilkada 2024" votes on 27 November 2024: a Sunday
    in September after it is some other act's day; a village head's election has no common day.)"""
    days = [d for d in _voting_days_of(election) if d.year == value.year]
    return bool(days) and value not in days


# the election a text looks towards, the date after it ("Menjelang pelaksanaan Pemilihan Kepala Daerah Serentak di
# Indonesia, 27 November 2024, Pemkot Manado ..."): its voting day, not the meeting's
TOWARDS_ELECTION = re.compile(
    rf"\b(?:menuju|menjelang|jelang)\s+(?:pelaksanaan\s+|digelarnya\s+|hari\s+)?{_ELECTION}"
    rf"(?:\s+(?:{_ELECTION_NAME}|di)){{0,8}}\s*,?\s*$",
    re.IGNORECASE,
)


def _not_the_meeting(text: str, start: int, end: int, value: date | None = None) -> bool:
    """An election day, a date still to come, a source's or a document's date or the page's time stamp,
    not the day a meeting was held. (An election named with another year than the date's is not the one held that day:
    "diskusi ... menjelang pemilu tahun 2024 yang dilaksanakan pada Selasa, 14 November 2023".)"""
    election = ELECTION_DAY.search(text, max(0, start - 70), start)
    if election and _names_an_activity(text, election.start()):
        election = None  # "menggelar acara Silaturahmi Pilkada Rukun pada Rabu (6/11)": the activity's name
    if election and value is not None:
        years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", election.group(0))}
        if years and value.year not in years:
            election = None
        elif _off_the_voting_day(election.group(0), value):
            election = None  # "rapat pleno penetapan paslon untuk Pilkada 2024 pada Minggu (22/9)": the pleno's day
    toward = TOWARDS_ELECTION.search(text, max(0, start - 90), start) if value is not None else None
    if toward and value is not None and value in _voting_days_of(toward.group(0)):
        return True  # (but "jelang Pemilu 2024, Jumat (6/10/2023)": another day, the meeting's)
    return bool(
        election
        or FUTURE.match(text, end, end + 25)
        or TOWARDS.search(text, max(0, start - 30), start)
        or SOURCE_DAY.search(text, max(0, start - 70), start)
        or dates.is_document_day(text, start)
        or STAMP.search(text[start : end + 25])
    )


def _reference(text: str, published: date | None, fallback: date | None = None) -> tuple[date | None, bool]:
    """The publication date; else an estimate from the years the text gives (None when it gives none).

    Years naming an election or a budget ("Pilkada 2024", "tahun anggaran 2023") say less about when
    the article was written than a plain date's year.
    """
    if published:
        return published, False
    plain: list[int] = []
    named: list[int] = []
    for m in YEAR.finditer(text):
        if dates.is_law_year(text, m.start()):
            continue  # "Permendagri Nomor 12 tahun 2006": a regulation's year says nothing of the article's
        (named if ELECTION_YEAR.search(text, max(0, m.start() - 14), m.start()) else plain).append(int(m.group(1)))
    years = plain + named
    if not years:
        return None, True
    y = max(years)
    if fallback is not None:
        y = min(y, fallback.year)
    return date(y, 12, 31), True


class _Anchors:
    """Where each official stands in the text (name, title, short mentions, title alone), by position."""

    def __init__(self, text: str, officials: list[Official]) -> None:
        spans: list[tuple[int, Official]] = []
        for o in officials:
            for s in {o.title_start if o.title_start is not None else o.start, o.start, *(a for a, _ in o.aliases)}:
                spans.append((s, o))
        spans += _title_refs(text, officials)
        spans.sort(key=lambda x: x[0])
        self.spans = spans
        self._pos = [s for s, _ in spans]
        # the stretches an official's title and name cover: a venue stops where one begins
        self.starts = sorted(
            {o.title_start if o.title_start is not None else o.start for o in officials} | {o.start for o in officials}
        )

    def between(self, lo: int, hi: int) -> list[tuple[int, Official]]:
        """The anchors at positions lo <= p < hi, in order."""
        i, j = bisect.bisect_left(self._pos, lo), bisect.bisect_left(self._pos, hi)
        return self.spans[i:j]

    def first(self, lo: int, hi: int) -> tuple[int, Official] | None:
        i = bisect.bisect_left(self._pos, lo)
        return self.spans[i] if i < len(self.spans) and self._pos[i] < hi else None

    def last(self, lo: int, hi: int) -> tuple[int, Official] | None:
        j = bisect.bisect_left(self._pos, hi)
        return self.spans[j - 1] if j > 0 and self._pos[j - 1] >= lo else None

    def starts_in(self, lo: int, hi: int) -> int | None:
        """The first place an official's title or name starts in lo < p < hi."""
        i = bisect.bisect_right(self.starts, lo)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < hi else None


def find_meetings(
    text: str,
    *,
    published: date | None,
    officials: list[Official],
    fallback: date | None = None,
    elections: Iterable[str] = (),
) -> list[Meeting]:
    """The activities the article reports as held (usually one, the first being the main one).

    ``elections``, the election types the article names, choose the voting days that set the year of a
    weekday's yearless date in an article with no publication date (``dates.find_dates``)."""
    hits = matcher("meetings.jsonl").find(text)
    if not hits:
        return []
    cues = _cues()
    sentences = Sentences(text)
    sents = sentences.spans
    first_hit = min(x.start for x in hits)
    reports_held: dict[tuple[int, int], bool] = {}  # asked once per sentence
    held: list[tuple[Hit, int, int]] = []
    void = sorted((m.start(), m.end()) for m in finditer(cues.not_a_meeting, text))
    void_starts = [a for a, _ in void]
    titles = [(o.title_start, o.title_end) for o in officials if o.title_start is not None and o.title_end is not None]
    for h in hits:
        if any(a <= h.start < b for a, b in titles):
            continue  # "Komisioner KPU Divisi Sosialisasi": a word of an official's title, no activity
        i = bisect.bisect_right(void_starts, h.start) - 1
        if i >= 0 and h.start < void[i][1]:
            continue  # "deklarasi dukungan", "masih dalam kajian"
        j = bisect.bisect_left(void_starts, h.end)
        if j < len(void) and void_starts[j] - h.end <= 1 and not text[h.end : void_starts[j]].strip():
            continue  # "acara pertemuan deklarasi dukungan": a meeting word that heads a void phrase
        s, e = sentences.of(h.start)
        if (s, e) not in reports_held:
            reports_held[(s, e)] = any(
                not _requested().search(text, max(s, m.start() - REQUEST_REACH), m.start())
                and not (
                    m.group(0).lower() == "usai"
                    and AFTER_IT.match(text, m.end())
                    and not cues.says.search(text, max(s, m.start() - 60), m.start())
                    and not cues.said_passive.search(text, s, m.start())  # "Hal itu disampaikan X, usai rapat"
                )
                for m in cues.held.finditer(text, s, e)
                if not _planned_before(text, s, m.start(), cues)
            )
        if (
            not reports_held[(s, e)]
            and not (h.start < 200 and h.start == first_hit and not _planned_sentence(text, s, e, cues))
            and not cues.anaphor.match(text, h.end)
            and not SPOKEN_AT.search(text, max(s, h.start - 30), h.start)
        ):
            continue
        if _planned_before(text, s, h.start, cues) or _to_come(text, h.end, e):
            continue
        if _requested().search(text, max(s, h.start - REQUEST_REACH), h.start):
            continue  # "mendorong ASN ... untuk melakukan sosialisasi": asked for, not reported held
        unit = WORD_BEFORE.search(text, max(s, h.start - 16), h.start)
        if unit and unit.group(1)[:1].isupper() and unit.group(1).lower() in official_words().of("unit_word"):
            continue  # "Komisioner KPU Kaltim Divisi Sosialisasi": a unit's name, no activity
        held.append((h, s, e))
    if not held:
        return []
    held_ids = {h.id for h, _, _ in held}
    named_kinds = [h.id for h in hits if not _convening(h, cues)]
    if named_kinds and all(_convening(h, cues) for h, _, _ in held):
        # people convened, and the activity they were convened for named in a sentence of its own
        # ("Pemkab mengumpulkan ratusan kepala desa ... Mereka dibekali ...": a bimtek)
        held = [(replace(h, id=named_kinds[0]), s, e) for h, s, e in held]
        held_ids = {named_kinds[0]}
    counts = _kind_weights(text, [h for h, _, _ in held], held_ids, cues)
    first_of: dict[str, tuple[Hit, int, int]] = {}
    for h, s, e in held:
        first_of.setdefault(h.id, (h, s, e))  # the kind's own name, not a short form, is its evidence
    best = max(counts, key=lambda k: (counts[k], -first_of[k][0].start))
    h, s, e = first_of[best]
    meeting = Meeting(best, h.start, h.end)
    meeting._evidence.append(Mention.at(text, "meeting", h.start, h.end, best))
    held_sents = sorted({(a, b) for _, a, b in held})
    meeting._sentences = held_sents
    anchors = _Anchors(text, officials)
    told = _held_at(text, [x for x, _, _ in held], cues, sentences)  # "Apel ini dilaksanakan di ...": said outright
    # the sentence that says where it was held says when as often ("Acara ini diselenggarakan di ..., Rabu (29/5)")
    _date(
        meeting,
        text,
        published,
        fallback,
        (s, e),
        [*([told] if told else []), *held_sents],
        sents,
        voting_days(tuple(sorted(set(elections)))),
    )
    _venue(meeting, text, cues, anchors, [*([told] if told else []), (s, e), *held_sents, (0, len(text))])
    named_sents = sorted({sentences.of(x.start) for x in hits})
    chair = _chair(text, cues, anchors, hits, [x for x, _, _ in held], sentences, best)
    if chair is None:
        chair = _speaker_about(text, cues, anchors, hits, sorted(set(held_sents) | set(named_sents)))
    if chair is not None:
        meeting.chair, meeting._chair_by = chair
    meeting.n_participants = _participants(text, sentences)
    t = THEME.search(text)
    if t:
        meeting.theme = t.group("t").strip()
    return [meeting]


# an election body's or a council's plenary ("rapat pleno terbuka rekapitulasi", "sidang pleno KPU"): an act of
# administration held as a meeting, not a coordination or prevention activity (the event kind's "pertemuan")
PLENARY = re.compile(r"\s*(?:(?:terbuka|tertutup)\s+)?(?:pleno|paripurna)\b", re.IGNORECASE)


def is_plenary(text: str, meeting: Meeting) -> bool:
    """Whether the meeting's word names a plenary: "Rapat Pleno", "pleno terbuka", "sidang pleno", a council's
    "Rapat Paripurna"."""
    own = text[meeting.start : meeting.end].lower()
    return PLENARY.match(text, meeting.end) is not None or "pleno" in own or "paripurna" in own


QUOTED = re.compile(r"“[^”\n]{0,1500}”|\"[^\"\n]{0,1500}\"")
QUOTED_WEIGHT = 0.5  # a meeting word inside a quotation: often a task or a wish ("... dan sosialisasi," kata X)


def _kind_weights(text: str, held: list[Hit], held_ids: set[str], cues: _Cues) -> dict[str, float]:
    """How strongly the text names each kind: once a held mention, half inside a quotation (the narrative
    says what was held; a quote as often names tasks), and once for a phrase of two names of the same kind
    ("penandatanganan deklarasi kampanye damai" is one declaration)."""
    starts, ends = _merged((m.start(), m.end()) for m in QUOTED.finditer(text)) if held else ([], [])
    weights: dict[str, float] = {}
    prev_kind, prev_end = None, -10
    for h in held:
        kind = _kind_of(h, held_ids, cues)
        if kind is None:
            continue
        adjacent = kind == prev_kind and h.start - prev_end <= 2 and not text[prev_end : h.start].strip()
        prev_kind, prev_end = kind, h.end
        if adjacent:
            continue
        weights[kind] = weights.get(kind, 0.0) + (QUOTED_WEIGHT if _inside(h.start, starts, ends) else 1.0)
    return weights


def _convening(hit: Hit, cues: _Cues) -> bool:
    """Does the meeting word report people convened or a forum held, naming no kind of activity? (the
    "convening" words of meeting_cues.jsonl, and every pattern of meetings.jsonl: its header says so)"""
    return hit.via == "pattern" or hit.term.lower() in cues.convening


def _kind_of(hit: Hit, held_ids: set[str], cues: _Cues) -> str | None:
    """The kind a meeting word counts for: a short form ("rapat", "pertemuan") counts for the kind
    whose full name the article gives ("Rapat Koordinasi ... Rapat berlangsung ..." is a rakor); a word of
    people convened ("mengumpulkan ratusan kepala desa", a pattern) counts for none where another is named."""
    if _convening(hit, cues) and held_ids - {hit.id}:
        return None
    if hit.term.lower() in cues.short_forms:
        for kind in cues.short_forms[hit.term.lower()]:
            if kind in held_ids:
                return kind
    return hit.id


def _date(
    meeting: Meeting,
    text: str,
    published: date | None,
    fallback: date | None,
    own: tuple[int, int],
    held_sents: list[tuple[int, int]],
    sents: list[tuple[int, int]],
    votes: tuple[date, ...] = (),
) -> None:
    """The day it was held: in the meeting's sentences, else the first dated sentence of the lead."""
    ref, estimate = _reference(text, published, fallback)
    lead = next(((a, b) for a, b in sents if b - a > 60), (0, min(len(text), 300)))
    first = min(a for a, _ in held_sents)
    s, e = own
    nl = text.find("\n", e)
    own_end = min(len(text), e + 40, nl if nl >= 0 else len(text))  # (a date on the next line is the page's)
    windows = [(s, own_end), *held_sents, lead, (first, min(len(text), first + 700))]
    candidates: list[tuple[int, dates.DateMatch]] = []
    seen: set[tuple[int, int]] = set()
    full: list[tuple[int, date]] | None = None  # the text's full dates, read once when a weekday needs them

    def refit(found: list[dates.DateMatch], a: int) -> list[dates.DateMatch]:
        """A yearless weekday date the reference leaves in doubt, set by a full date of the whole text."""
        nonlocal full
        if not any(dates.in_doubt(d, estimate) for d in found):
            return found
        if full is None:
            full = [
                (d.start, d.value)
                for d in dates.find_dates(text, ref, estimate, voting_days=() if ref else votes)
                if d.has_year and not d.weekday_mismatch and not d.relative
            ]
        return dates.refit_weekdays(found, full, a, estimate)

    for i, (a, b) in enumerate(windows):
        if (a, b) in seen:
            continue
        seen.add((a, b))
        found = refit(dates.find_dates(text[a:b], ref, estimate, voting_days=() if ref else votes), a)
        if published is not None:  # "Rabu(9/7)" in a report of Wednesday 9 June: the month mistyped
            found = [dates.month_slip(d, published) for d in found]
        candidates += [
            (a, d) for d in found if not d.relative and not _not_the_meeting(text, a + d.start, a + d.end, d.value)
        ]
        if i == 0 and not candidates and published is not None:
            # the meeting's own sentence says when against the publication day ("rakor digelar kemarin",
            # "pada Rabu lalu"): nearer the meeting than a date of the lead or of another sentence
            own_rel = [d for d in found if d.relative] + dates.weekday_dates(text[a:b], published)
            own_rel = [d for d in own_rel if not _not_the_meeting(text, a + d.start, a + d.end, d.value)]
            if own_rel:
                d = min(own_rel, key=lambda d: d.start)
                meeting.date = d.value
                meeting._evidence.append(Mention.at(text, "date", a + d.start, a + d.end, d.value.isoformat()))
                return
    if not candidates:  # the whole text last: a dated statement about the meeting
        candidates = [
            (0, d)
            for d in dates.find_dates(text, ref, estimate, voting_days=() if ref else votes)
            if not d.relative and not _not_the_meeting(text, d.start, d.end, d.value)
        ]
    if not candidates and published is not None:  # "pada Rabu," in a report published on a known day
        a, b = windows[0]
        candidates = [
            (a, d)
            for d in dates.weekday_dates(text[a:b], published)
            if not _not_the_meeting(text, a + d.start, a + d.end, d.value)
        ][:1]
    if candidates:
        a, d = min(enumerate(candidates), key=lambda x: (x[1][1].weekday_mismatch, x[0]))[1]  # a fitting weekday first
        meeting.date = d.value
        meeting._evidence.append(Mention.at(text, "date", a + d.start, a + d.end, d.value.isoformat()))


# --- venue -------------------------------------------------------------------------------------------

VENUE_TOKEN = re.compile(
    # a place's own name in quotes after its head: 'warung kopi “Kopi Paste”'
    r"[ \t]*(?:(?P<paren>\((?P<acr>[A-Z][\w.&/-]{1,15})\)|[\"“][A-Z][^\"“”\n]{0,40}[\"”])|(?P<comma>,)"
    # (an abbreviation's dot goes on with the name: "Jl.", "H.", a firm's "PT." before its name: "Graha PT. Timah")
    r"|(?P<w>(?:Jl|Jln|Kab|Kec|Kel|No|Prov|Gg|Lt)\.|(?:[A-Z][a-z]{0,2}|KH|PT|CV)\.(?=[ \t]+[A-Z][a-z])"
    r"|[^\s,.;:()\"“”!?]+))"
)
# a floor after a venue's comma, its number or roman numeral with it: ", lantai III", ", Lt. 2"
FLOOR_AFTER_COMMA = re.compile(
    r"[ \t]*(?:[Ll]antai|L[Tt]\.?)[ \t]+(?:\d{1,2}|[IVX]{1,4}|"
    r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
    # a floor spelled out goes on only into its building ("lantai dua kantor Walikota Palopo")
    r"(?=[ \t]+(?:[Kk]antor|[Gg]edung|[Gg]raha|[Ww]isma|[Bb]alai|[Mm]enara|[Hh]otel)[ \t]+[A-Z]))\b"
)
MAX_VENUE_WORDS = 14
MAX_PLACE_AFTER_COMMA = 2  # "Mabes TNI, Cilangkap, Jakarta": the town names after a venue, not its postal address


def _capitalised(w: str) -> bool:
    return w[:1].isupper() or w[:1].isdigit()


def _read_venue(text: str, start: int, head_end: int, cues: _Cues, anchors: _Anchors, building: bool = True) -> int:
    """Where a venue that begins at ``start`` and whose head ends at ``head_end`` ends.

    A venue is its head ("Aula", "Hotel", "Kantor"), the name that goes on (capitalised words,
    acronyms, numbers, "(BPKD)", lower-case place words such as "rapat", "kantor", "setempat",
    "di Singaraja", a "Kabupaten X" or "Jalan X" that goes straight on), then up to two town names
    after commas ("Mabes TNI, Cilangkap, Jakarta"; not a postal address after a comma).
    It stops at a clause boundary: a lower-case word of the clause, a day, a date, "pada", "yang",
    an official's title or name, or a comma not followed by a place.
    """
    end = head_end
    pos = head_end
    words = 0
    commas = 0
    placed = False
    limit = min(len(text), start + 220)
    stop_at = anchors.starts_in(start, limit) or limit
    while words < MAX_VENUE_WORDS and pos < stop_at:
        m = VENUE_TOKEN.match(text, pos, stop_at)
        if m is None:
            break
        if m.group("paren"):
            end = pos = m.end()
            continue
        if m.group("comma"):
            floor = FLOOR_AFTER_COMMA.match(text, m.end(), stop_at)
            if floor is not None:  # "Aula Eka Hapakat, lantai III Komplek kantor Gubernur Kalteng": the floor goes on
                end = pos = floor.end()
                words += 2
                continue
            listed = _listed_body(text, start, m.end(), stop_at)
            if listed is not None:  # "aula Dinas Pemberdayaan Perempuan, Perlindungan Anak dan KB (DP3AKB)"
                end = pos = listed
                continue
            if commas >= MAX_PLACE_AFTER_COMMA:
                break
            place_end = _place_after_comma(text, m.end(), stop_at, cues, building)
            if place_end is None:
                break
            commas += 1
            end = pos = place_end
            continue
        w = m.group("w")
        low = w.lower().rstrip(".")
        if low == "dan" and end > start:  # "kantor KPU dan Bawaslu Kabupaten X": two bodies' shared place
            nxt = VENUE_TOKEN.match(text, m.end(), stop_at)
            body = (nxt.group("w") or "") if nxt else ""
            lex = official_words()
            last = text[start:end].rsplit(None, 1)[-1]
            if nxt and all(x[:1].isupper() and lex.is_inst(x) and x.lower() not in lex.heads for x in (last, body)):
                end = pos = nxt.end()
                words += 2
                continue
            joined = _body_across_and(text, start, end, m.end(), stop_at)
            if joined:  # "Aula Kantor Badan Kesatuan Bangsa dan Politik (Kesbangpol)": one body's name
                end = pos = joined
                words += 2
                continue
        if low in cues.not_a_place and not _named_day(text, w, m.end(), stop_at, cues):
            break
        if _capitalised(w) and _headline_verb(text, w, m.start("w")):
            break
        if _capitalised(w) or not placed and (low in cues.venue_word or low in cues.venue_heads):
            end = pos = m.end()
            words += 1
            continue
        if building and end > start and not placed and w.isalpha() and w.islower():
            # (a room's own name; a region has none: "di Kabupaten Banjar wilayah hukum Polres X" ends at its name)
            body_end = _lower_name_to_body(text, m.start("w"), stop_at, cues)
            if body_end is not None:  # "Aula merah putih polres Alor": the room's own name, then its body
                end = pos = body_end
                words += 2
                continue
        if low == "di":  # "salah satu rumah makan di Singaraja", "Lapangan Apel Mapolda X di Bulungan"
            nxt = VENUE_TOKEN.match(text, m.end(), stop_at)
            if (
                nxt
                and nxt.group("w")
                and _capitalised(nxt.group("w"))
                and nxt.group("w").lower() not in cues.not_a_place
                and not cues.place_word.match(text, nxt.start("w"))  # "di Jalan X, Kota Y": an address
            ):
                end = pos = nxt.end()
                words += 2
                placed = True  # "... di Singaraja rapat tersebut": the town closes the venue's lower-case words
                continue
        break
    return end


MAX_LOWER_NAME = 4


def _place_forms() -> Container[str]:
    """The lower-cased names of the regions the gazetteer knows (a place may look like a verb: "Menteng")."""
    from kewaspadaan_cli.extract.regions import gazetteer

    return gazetteer().forms


def _headline_verb(text: str, word: str, pos: int) -> bool:
    """Is ``word`` at ``pos`` the verb a headline in title case goes on with after a place ("Pleno di Kantor Camat X
    Diwarnai Adu Mulut"): a prefixed verb on a dictionary root that no region is named ("Menteng"), in a title-case
    line (in a sentence a capitalised word is a name's: "di Pendopo Bersinar")?"""
    return is_prefixed_verb(word) and word.lower() not in _place_forms() and _title_case_line(text, pos)


def _headline_verb_in(text: str, start: int, end: int) -> int | None:
    """Where a place named in ``start:end`` ends before a headline's verb (the end of the words before it), or None."""
    for w in re.finditer(r"[A-Z][\w'’-]*", text[start:end]):
        if w.start() and _headline_verb(text, w.group(0), start + w.start()):
            return start + len(text[start : start + w.start()].rstrip())
    return None


def _title_case_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` a headline written in title case (no full stop at its end, most of its words of
    four letters or more capitalised)?"""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)].strip()
    if line.endswith((".", "!", "?", '"', "\u201d")):
        return False  # a sentence, not a headline
    words = re.findall(r"[^\W\d_]{4,}", line)
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _lower_name_to_body(text: str, at: int, stop_at: int, cues: _Cues) -> int | None:
    """A room's or a field's own name written in lower case and closed by the body it belongs to ("Aula merah putih
    polres Alor", "lapangan sarja arya racana Polres Sumbawa Barat"): the end of the body's word, else None."""
    lex = official_words()
    pos = at
    for n in range(MAX_LOWER_NAME + 1):
        m = VENUE_TOKEN.match(text, pos, stop_at)
        if m is None or not m.group("w"):
            return None
        w = m.group("w")
        if n and lex.is_inst(w):
            return m.end()
        if (
            not (w.isalpha() and w.islower())
            or w in lex.of("stop_name")
            or w in cues.not_a_place
            or lex.is_inst(w)
            or is_prefixed_verb(w)
        ):
            # (a clause's function words, "yang", "untuk", and its verbs, "berhasil ditertibkan", never a room's name)
            return None
        pos = m.end()
    return None


def _body_across_and(text: str, start: int, end: int, after_and: int, stop_at: int) -> int | None:
    """The end of a body's name that runs across the "dan" after ``end`` ("Badan Kesatuan Bangsa dan
    Politik"), when the words before and after it spell a body the lexicon knows; else None."""
    lex = official_words()
    before = text[start:end].split()[-5:]
    after = re.findall(r"\S+", text[after_and:stop_at])[:3]
    for k in range(len(after), 0, -1):
        nxt = [w.rstrip(",.") for w in after[:k]]
        if not all(w[:1].isupper() for w in nxt):
            continue
        for b in range(1, len(before) + 1):
            if lex.is_inst(" ".join([*before[-b:], "dan", *nxt])):
                last = re.search(re.escape(nxt[-1]), text[after_and:stop_at])
                return after_and + last.end() if last else None
    return None


LISTED_BODY = re.compile(r"[ \t]*(?P<rest>[A-Z][^,.;:()\n]{2,80}?)[ \t]*\((?P<acr>[A-Z][A-Za-z0-9]{2,11})\)")


def _listed_body(text: str, start: int, after_comma: int, stop_at: int) -> int | None:
    """The end of a body's name whose fields are listed with commas and closed by its acronym, when the
    acronym spells the words' initials ("Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga
    Berencana (DP3AKB)": D P PPP... "P3" is three P's); else None."""
    m = LISTED_BODY.match(text, after_comma, stop_at)
    if m is None:
        return None
    if any(w[:1].islower() and w not in {"dan", "serta", "atau"} for w in m.group("rest").split()):
        return None  # "Hotel Cantika, Polres Melawi mengadakan kegiatan Focus Grup Discussion (FGD)": a clause
    listed = re.findall(r"[A-Za-z]+", text[start : m.start("rest")] + " " + m.group("rest"))
    return m.end() if spelled_by_list(m.group("acr"), listed) else None


def _place_after_comma(text: str, pos: int, stop_at: int, cues: _Cues, building: bool = True) -> int | None:
    """The end of a place name after a venue's comma (", Kabupaten Sintang", ", Semarang"), or None.

    The place is one to four capitalised words that end the clause: a comma, a full stop or the end
    of the line follows. ", Kapolres X mengatakan" is not one, nor an address (", Jalan X").
    """
    words = 0
    end = None
    p = pos
    m = VENUE_TOKEN.match(text, p, stop_at)
    if m is None or not m.group("w"):
        return None
    if cues.street_word.match(text, m.start("w")):
        return None  # ", Jln. Raya Brawijaya, Distrik X": the address, which the venue's name does not need
    if not building and cues.place_word.match(text, m.start("w")):
        return None  # "di Desa X, Kecamatan Y": a village placed needs no more (a building's town is its name's)
    while words < 5:
        m = VENUE_TOKEN.match(text, p, stop_at)
        if m is None or not m.group("w"):
            break
        w = m.group("w")
        if not _capitalised(w) or w.lower().rstrip(".") in cues.not_a_place:
            break
        words += 1
        end = p = m.end()
    if end is None or words > 4:
        return None
    rest = text[end : end + 2]
    if rest[:1] in {",", ".", ";", "\n", "(", ""} or end >= stop_at:
        return end
    return None


def _plain_opening(venue: str) -> str:
    """The venue without the plain nouns the text put before its head ("meninjau Kesiapan Polres X"); a head
    of that shape stays ("pelataran parkir Stadion X")."""
    words = venue.split(" ")
    while len(words) > 2 and is_act_noun(words[0]) and words[0].lower() not in _cues().venue_heads:
        words.pop(0)
    return " ".join(words)


def _trim_venue(venue: str) -> str:
    """The place, without a word running on after it ("itu", "tersebut")."""
    words = venue.split(" ")
    while words and words[-1].lower() in {"itu", "tersebut", "ini", "di"}:
        words.pop()
    return " ".join(words).strip(" ,")


# the verbs that say where an activity is held ("bertempat di", "digelar di")
HELD_VERB = r"(?:bertempat|berlangsung|dilaksanakan|digelar|diselenggarakan|dipusatkan)"
# an activity's word, then the verb that says where it is held ("Apel ini dilaksanakan di", "Acara tersebut digelar di")
HELD_AT = re.compile(
    rf"[ \t]+(?:(?:ini|tersebut|itu)[ \t]+)?(?:(?:\w+)[ \t]+)?{HELD_VERB}[ \t]+di\b",
    re.IGNORECASE,
)


def _held_at(text: str, held: list[Hit], cues: _Cues, sentences: Sentences) -> tuple[int, int] | None:
    """The sentence that says outright where the activity is held ("Apel ini dilaksanakan di halaman Mapolres X"),
    when one does: its venue comes before a place the lead names in passing ("... di kantor KPU, Polres X menggelar
    apel")."""
    ends = sorted({h.end for h in held} | {m.end() for m in cues.event_word.finditer(text)})
    for end in ends:
        if HELD_AT.match(text, end):
            return sentences.of(end)
    return None


EARLIER_PLACE = re.compile(r"\b(?:sebelumnya|sebelum\s+ini|terdahulu)\b[^.;\n]{0,25}$", re.IGNORECASE)


def _venue(meeting: Meeting, text: str, cues: _Cues, anchors: _Anchors, windows: list[tuple[int, int]]) -> None:
    seen: set[tuple[int, int]] = set()
    alone: tuple[int, int, str] | None = None  # the first headquarters named by its head alone ("di Mapolresta")
    for a, b in windows:
        if (a, b) in seen:
            continue
        seen.add((a, b))
        for v in cues.venue.finditer(text, a, b):
            if EARLIER_PLACE.search(text, max(a, v.start() - 40), v.start("v")):
                continue  # "kegiatan sebelumnya di Kantor Bupati, saat ini di Polres": an earlier activity's place
            end = _read_venue(text, v.start("v"), v.end("v"), cues, anchors)
            venue = _trim_venue(re.sub(r"\s+", " ", text[v.start("v") : end]))
            plain = _plain_opening(venue)
            start = text.find(plain.split(" ")[0], v.start("v"), end) if plain != venue else v.start("v")
            if len(plain) < 8 or " " not in plain:
                if alone is None and plain.lower() in cues.venue_alone:
                    alone = (start, end, plain)
                continue  # "di lapangan", "di kediaman": a bare head names no place
            _set_venue(meeting, text, start, end, plain)
            return
    for a, b in windows[:-1]:  # a place by its own name after "bertempat di" ("di Claro Kendari", "di A'Kaddo")
        for p in NAMED_PLACE.finditer(text, a, b):
            named_end = _named_place_end(text, p, cues)
            if named_end is not None:
                _set_venue(meeting, text, p.start("p"), named_end, re.sub(r"\s+", " ", text[p.start("p") : named_end]))
                return
    for a, b in windows[:2]:  # no named building: the place the meeting's own words give ("digelar di Sintang")
        levels = [(_specificity(p.group("p")), -p.start(), p) for p in PLACE_AFTER_DI.finditer(text, a, b)]
        places = [x for x in levels if x[0]]
        if places:  # the most specific first: a village before its kecamatan, a kecamatan before its regency
            p = max(places, key=lambda x: x[:2])[2]
            cut = _headline_verb_in(text, p.start("p"), p.end("p"))
            if cut is not None:  # "Pleno di Kecamatan X Diwarnai Adu Mulut": the headline's verb ends the place
                _set_venue(meeting, text, p.start("p"), cut, re.sub(r"\s+", " ", text[p.start("p") : cut]).strip())
                return
            end = _read_venue(text, p.start("p"), p.end("p"), cues, anchors, building=False)
            _set_venue(meeting, text, p.start("p"), end, _trim_venue(re.sub(r"\s+", " ", text[p.start("p") : end])))
            return
    if alone is not None:  # "menerima audiensi pengurus FKUB di Mapolresta": the local command's headquarters
        _set_venue(meeting, text, *alone)


def _named_day(text: str, word: str, at: int, stop_at: int, cues: _Cues) -> bool:
    """A capitalised "Hari" inside a name, before a capitalised word that is no day or date: "Gereja Masehi
    Advent Hari Ketujuh", not "di Aula Kantor Bupati Hari Senin"."""
    if word != "Hari":
        return False
    nxt = VENUE_TOKEN.match(text, at, stop_at)
    return (
        nxt is not None
        and bool(nxt.group("w"))
        and nxt.group("w")[:1].isupper()
        and (nxt.group("w").lower() not in cues.not_a_place)
    )


def _set_venue(meeting: Meeting, text: str, start: int, end: int, venue: str) -> None:
    """The venue, and its span as evidence where the text writes it as it is given (one space apart)."""
    meeting.venue = venue
    meeting.venue_start = start
    surface_end = start + len(text[start:end].rstrip(" ,"))
    if text[start:surface_end] and re.sub(r"\s+", " ", text[start:surface_end]) == venue:
        meeting._evidence.append(Mention.at(text, "venue", start, surface_end, None))


SPOKESPERSON = re.compile(r"\b(?:humas|juru\s+bicara|jubir|penerangan|penmas|penkum)\b", re.IGNORECASE)


def _spokesperson(cue: re.Match[str], official: Official) -> bool:
    """ "Kapolres X melalui Kasi Humas Y menjelaskan": the press officer speaks for the chief, and stands in for no
    one who opened or led the activity."""
    return cue.group(0).lower() == "melalui" and SPOKESPERSON.search(official.title) is not None


# (and "dan": "Kapolres X dan Dandim Y secara kompak melaksanakan pengecekan", the first named leads)
COMPANION = re.compile(r"\b(?:di\s?dampingi(?:\s+oleh)?|bersama(?:\s+dengan)?|beserta|dan)\s+$", re.IGNORECASE)


STANDING_FOR = re.compile(r"\b(?i:mewakili)[ \t]+$")


# the words that open a subject's company: "Pj Gubernur X, bersama jajaran Forkopimda, Wali Kota Y, ... meninjau"
WITH_COMPANY = re.compile(r"\b(?:bersama(?:\s+dengan)?|beserta|didampingi(?:\s+oleh)?)\b", re.IGNORECASE)


def _with_company(text: str, near: tuple[int, Official], a: int, anchors: _Anchors) -> Official | None:
    """The sentence's first official where the one just before the verb is of the company he brought: "Pj
    Gubernur Sulsel X, bersama jajaran Forkopimda, Wali Kota Makassar, KPU ... meninjau" is X's visit."""
    first = anchors.first(a, near[0])
    if first is None or first[1] is near[1]:
        return None
    between = text[_after_name(text, first, near[0]) : near[0]]
    if not WITH_COMPANY.search(between) or re.search(r"[.;]\s|\n", between):
        return None
    return first[1]


def _standing_in_for(text: str, official: Official, a: int, anchors: _Anchors) -> Official | None:
    """The one named just before "mewakili <official>" in the sentence from ``a``: "Kasatgas Binmas X mewakili
    Kapolda Y dalam sambutannya" is X's address."""
    return _lead_before(text, official, a, anchors, ((STANDING_FOR, 12),))


def _accompanied_by(text: str, official: Official, a: int, anchors: _Anchors) -> Official | None:
    """The one who acts for ``official``'s act, named just before a word that ties them: "Bupati X didampingi
    Kapolres Y membuka rakor" is the Bupati's opening; "Kabid Kesra X mewakili Bupati Y membuka dialog" is X's
    (the one who stood in), from the sentence's start ``a``."""
    return _lead_before(text, official, a, anchors, ((COMPANION, 30), (STANDING_FOR, 12)))


def _lead_before(
    text: str, official: Official, a: int, anchors: _Anchors, ties: tuple[tuple[re.Pattern[str], int], ...]
) -> Official | None:
    """The official named before ``official`` where one of the ``ties`` (a pattern, how far back it is read)
    joins them, from the sentence's start ``a``."""
    start = min(x for x in (official.title_start, official.start) if x is not None)
    if not any(tie.search(text, max(a, start - reach), start) for tie, reach in ties):
        return None
    lead = anchors.last(max(a, start - 160), start - 1)
    return lead[1] if lead and lead[1] is not official else None


# a place named by itself after the words that say where an activity is held, or after "di" when the
# name ends with its town: "bertempat di Swiss-belHotel Merauke", "digelar di A'Kaddo Waroengta", "di Claro
# Kendari" (a business's name the venue heads do not cover)
NAMED_PLACE = re.compile(
    rf"\b(?P<intro>{HELD_VERB}\s+)?di\s+"
    r"(?P<p>[A-Z][\w'’-]+(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’-]+){0,3})(?=[ \t]*(?:[,.;(]|$))"  # "Banyualit Spa & Resort"
)


def _named_place_end(text: str, p: re.Match[str], cues: _Cues) -> int | None:
    """Where the place named by ``p`` ends, or None when its words are no venue's: a region alone, a
    village or kecamatan (read as places after "di"), a body, a title, a plain word, a day."""
    from kewaspadaan_cli.extract.regions import gazetteer

    words = p.group("p").split()
    low = [w.lower().strip("'’") for w in words]
    forms = gazetteer().forms
    lex = official_words()
    if cues.place_word.match(p.group("p")) or any(x in cues.not_a_place for x in low):
        return None
    if " ".join(low) in forms or PLACE_LEVEL[0][1].match(p.group("p")):
        return None  # "di Kendari", "di Desa X": a region or village, read as the place the words give
    if lex.head_re.match(p.group("p")) or any(lex.is_inst(w) or w.lower() in lex.heads for w in words):
        return None  # "di Polres X", "di KPU": an office or a body, which the venue heads read
    if is_common_word(low[0]) or low[0] in forms or any(x in election_words() for x in low):
        return None  # "di Tengah ...", "di Jalan ...", "di Pilkada X": a plain word, a place or an election
    town = next((k for k in range(1, len(low)) if " ".join(low[k:]) in forms), None)
    if p.group("intro") is None and town is None:
        return None  # after a bare "di", only a name followed by its town ("di Claro Kendari")
    return p.end("p")


# "di" and a place's name: a village, kecamatan, regency or town ("di Desa Padang Tepong", "di Kabupaten Badung")
PLACE_AFTER_DI = re.compile(
    r"\bdi[ \t]+(?P<p>(?:Kab\.[ \t]*)?[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,3})"
)  # (in its line)
PLACE_LEVEL = (
    (3, re.compile(r"(?:Desa|Kelurahan|Nagari|Gampong|Kampung|Dusun)\s+[A-Z]")),
    (2, re.compile(r"(?:Kecamatan|Distrik)\s+[A-Z]")),
    (1, re.compile(r"(?:Kabupaten|Kab\.|Kota)\s+[A-Z]")),
)


def _own_stand_in(text: str, chair: Official, frm: int, at: int, anchors: _Anchors) -> bool:
    """Whether the stand-in cue at ``at`` is the chair's own ("dibuka Bupati X yang diwakili Y"): no
    other official, no other title and no sentence end stand between them ("dipimpin Kapolres X dan
    dihadiri Dandim Z diwakili Pabung Y": the Dandim's stand-in, not the chair's)."""
    lo = max(frm, chair.end) if chair.start >= frm else frm  # after the chair's name where it follows the cue
    if any(o is not chair for _, o in anchors.between(lo, at)):
        return False
    # past the name's degrees, a stray dot before them too ("Djajadi. S.I.K.,MH")
    if chair.start >= frm and lo == chair.end:
        after_dot = lo + 1 if text[lo : lo + 1] == "." else lo
        past = skip_affixes(text, after_dot, official_words())
        if text[after_dot:past].strip(" \t,"):  # (degrees read, not a sentence's full stop: "Rian. Dia diwakili")
            lo = min(at, past)
    between = text[lo:at]
    return not (re.search(r"[.;]\s|\n", between) or official_words().head_re.search(between))


def _specificity(words: str) -> int:
    """How specific a place after "di" is: a village 3, a kecamatan 2, a kabupaten/kota 1 (also by its bare
    name, "di Sintang"); 0 for a province, which is no venue, or for words that name no place."""
    from kewaspadaan_cli.extract.regions import gazetteer

    for level, opener in PLACE_LEVEL:
        if opener.match(words):
            return level
    codes = gazetteer().forms.get(words.lower(), set())
    return 1 if any("." in code for code, _ in codes) else 0


# --- chair -------------------------------------------------------------------------------------------

# "Doa bersama dan pemasangan sasi adat tersebut dibuka oleh": the activity the text has told, named again
TOLD_SUBJECT = re.compile(r"\b(?:tersebut|ini|itu)\s*$", re.IGNORECASE)
# a second role taken at the activity, then the activity: "membuka sekaligus menjadi narasumber pada kegiatan"
ALSO_ROLE = re.compile(r"\s+sekaligus(?:\s+[a-z]+){1,3}\s+(?:pada|dalam|di)\s+")
EVENT_OBJECT = re.compile(
    r"\s*(?:secara\s+resmi\s+|langsung\s+|pula\s+|juga\s+)?(?:acara|kegiatan|rapat|rakor|pertemuan|dialog|apel|"
    r"sosialisasi|pelatihan|bimtek|diskusi|musyawarah|forum|sidang|secara\s+resmi|resmi|jalannya|upacara)\b",
    re.IGNORECASE,
)
ADDRESS_REF = re.compile(r"\s*(?:\w+\s+)?(?:ini|itu|tersebut)\b|\s*(?:ia|dia|beliau)\b", re.IGNORECASE)
# the address itself opening its sentence as the one given just before ("Arahan itu disampaikan ...")
ADDRESS_BACK = re.compile(r"\s+(?:ini|itu|tersebut)\s+(?:di|ter)[a-z]{3,}", re.IGNORECASE)


def _title_refs(text: str, officials: list[Official]) -> list[tuple[int, Official]]:
    """Places where a person's title stands for them without the name ("dipimpin Plt Dirjen Bina Bangda").

    One pass over the text for all the titles together.
    """
    forms: dict[str, list[Official]] = {}
    generic = _cues().generic_head
    lex = official_words()
    for o in officials:
        title = re.sub(r"^(?:Plt|Pj|Pjs|Plh)\.?\s+", "", o.title)
        # "(Kapolres)" abbreviates the title (a title's head opens it); "(Bawaslu)" in "Ketua Badan Pengawas Pemilu
        # (Bawaslu) X" is the body, "(Kaltara)" in "Gubernur Kalimantan Utara (Kaltara)" the place
        abbrevs = [
            a
            for a in re.findall(r"\(([^)]{3,})\)", title)
            if a.lower() != (o.institution or "").lower() and lex.head_re.match(a)
        ]
        for form in {re.sub(r"\s*\([^)]*\)", "", title).strip(), *abbrevs}:
            if len(form) >= 5 and " " in form or form.isalpha() and len(form) >= 6 and form[0].isupper():
                forms.setdefault(form, []).append(o)
        # the title's head alone ("Kapolres Tapsel X ... Kapolres memimpin apel"), when it names a post
        head, _, rest = title.partition(" ")
        if rest and head.isalpha() and len(head) >= 5 and head[0].isupper() and head.lower() not in generic:
            forms.setdefault(head, []).append(o)
    # the title cut before its body or place, closing its clause: "dipimpin oleh Kabid Wasnas dan Penflik." for
    # "Kabid Wasnas dan Penflik Bakesbangpol Kota Malang"
    short: dict[str, list[Official]] = {}
    for o in officials:
        words = re.sub(r"\s*\([^)]*\)", "", o.title).split()
        for k in range(2, len(words)):
            if words[k - 1].lower() not in {"dan", "serta", "&"} and not words[k - 1].endswith(","):
                short.setdefault(" ".join(words[:k]), []).append(o)
    single = {form: holders[0] for form, holders in forms.items() if len({h.name for h in holders}) == 1}
    cut = {f: hs[0] for f, hs in short.items() if len({h.name for h in hs}) == 1 and f not in forms and len(f) >= 8}
    if not single and not cut:
        return []
    by_key = {re.sub(r"\s+", " ", f): o for f, o in single.items()}
    refs = [
        (m.start(), by_key[re.sub(r"\s+", " ", m.group(0))]) for m in _titles_pattern(frozenset(by_key)).finditer(text)
    ]
    for form, o in cut.items():  # (a few forms an article: found by str.find, no pattern compiled for them)
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not text[at - 1].isalnum()) and CLAUSE_CLOSES.match(text, end):
                refs.append((at, o))
            at = text.find(form, end)
    refs.sort(key=lambda r: r[0])
    return refs


CLAUSE_CLOSES = re.compile(r"[ \t]*(?:[.,;:)]|[a-z])")


@lru_cache(maxsize=4096)
def _titles_pattern(titles: frozenset[str]) -> re.Pattern[str]:
    """One pattern for a set of titles, built once per set (the same officials recur across articles)."""
    return re.compile(rf"(?<![\w])(?<!Wakil\s)(?:{trie_pattern(titles)})(?![\w])")


# the role of who commands a ceremony's troops, under the one who inspects or leads it ("inspektur upacara")
COMMANDER_ROLE = "komandan"


REPORT = re.compile(r"\blaporan\b", re.IGNORECASE)


def _chair(
    text: str, cues: _Cues, anchors: _Anchors, hits: list[Hit], held: list[Hit], sentences: Sentences, kind: str
) -> tuple[str, str] | None:
    """The official who opened or led the activity, and the cue that says so.

    Strong cues ("dibuka oleh X", "X memimpin rapat", "bertindak sebagai pimpinan rapat X") are
    counted for each person they name, and the person named most often wins (the first named on a
    tie): "Dibuka oleh Asisten I X" once against "Bupati Y memimpin langsung rakor" in the headline
    and the body is Y. Weaker cues are asked only when no strong cue names anyone, and only in a
    sentence that names the activity.
    """
    hit_starts = sorted(h.start for h in hits)
    event_sents: dict[tuple[int, int], bool] = {}

    def names_event(pos: int, reach: int = 40) -> bool:
        i = bisect.bisect_left(hit_starts, pos)
        return i < len(hit_starts) and hit_starts[i] < pos + reach

    def about_event(span: tuple[int, int]) -> bool:
        """The sentence names the activity (a meeting word, "acara", "kegiatan", "upacara")."""
        if span not in event_sents:
            i = bisect.bisect_left(hit_starts, span[0])
            event_sents[span] = (i < len(hit_starts) and hit_starts[i] < span[1]) or bool(
                cues.event_word.search(text, *span)
            )
        return event_sents[span]

    def stands_in(m: re.Match[str]) -> bool:
        """Whether "diwakili oleh Y", "melalui Y" names a stand-in: not "mewakili", nor "melalui rapat" (a means)."""
        return m.group(0).lower() != "mewakili" and not (
            names_event(m.end(), 3) or cues.event_word.match(text, m.end() + 1)
        )

    def stood_in(chair: Official, frm: int) -> Official:
        stand = cues.stand_in.search(text, frm, min(len(text), frm + 220))
        if stand and stands_in(stand) and _own_stand_in(text, chair, frm, stand.start(), anchors):
            later = anchors.first(stand.end(), stand.end() + 120)
            if later and not _spokesperson(stand, later[1]):
                return later[1]
        return chair

    votes: dict[str, list] = {}  # name -> [count, first position, cue]

    def vote(o: Official, pos: int, cue: str) -> None:
        v = votes.setdefault(o.name, [0, pos, cue])
        v[0] += 1

    # "dibuka oleh X", "dipimpin langsung X": the official right after
    for m in finditer(cues.chair_passive, text):
        span = sentences.of(m.start())
        if not (
            about_event(span)
            or names_event(max(span[0], m.start() - 80), 80)
            or TOLD_SUBJECT.search(text, max(span[0], m.start() - 12), m.start())
        ):
            continue  # "komisioner yang dipimpin Ketua KPU X menemui massa": leading people, not an activity
        after = anchors.first(m.end(), m.end() + 160)
        if after and REPORT.search(text, m.end(), after[0]):
            continue  # "diawali dengan laporan kegiatan yang disampaikan oleh X": the organisers' report, no opening
        if after:
            vote(stood_in(after[1], m.end()), m.start(), "opened_by")
    # "X membuka rapat", "Saat memimpin rakor, X ...": the official just before, or the subject after
    for m in finditer(cues.chair_active, text):
        also = ALSO_ROLE.match(text, m.end())  # "membuka sekaligus menjadi narasumber pada kegiatan ..."
        if not (
            EVENT_OBJECT.match(text, m.end())
            or names_event(m.end())
            or (also and (names_event(also.end(), 30) or cues.event_word.match(text, also.end())))
        ):
            continue  # "sejak dirinya memimpin Kota Bandung": leading a city, not a meeting
        a, b = sentences.of(m.start())
        before = anchors.last(max(a, m.start() - 120), m.start())
        if before:
            lead = _accompanied_by(text, before[1], a, anchors)
            vote(lead or before[1], m.start(), "opens")
            continue
        after = anchors.first(m.end(), b)
        if after:
            vote(stood_in(after[1], after[0]), m.start(), "opens")
    # "bertindak sebagai pimpinan rapat X", "X selaku inspektur upacara"; the troops' commander ("komandan
    # upacara") leads a ceremony only where no one is named inspecting or leading it
    roles: list[tuple[bool, Official, int]] = []
    for m in finditer(cues.chair_role, text):
        a, b = sentences.of(m.start())
        commander = m.group(0).lower().startswith(COMMANDER_ROLE)
        after = anchors.first(m.end(), min(b, m.end() + 100))
        # the sentence ends at b, so a full stop before the name is an abbreviation's ("AKBP Drs. H. X")
        if after and ";" not in text[m.end() : after[0]]:
            roles.append((commander, after[1], m.start()))
            continue
        before = anchors.last(max(a, m.start() - 100), m.start())
        if before:
            roles.append((commander, before[1], m.start()))
    leading = [r for r in roles if not r[0]]
    for _, o, pos in leading or roles:
        vote(o, pos, "role")
    if votes:
        name, (_, _, cue) = max(votes.items(), key=lambda kv: (kv[1][0], -kv[1][1]))
        return name, cue
    # no one opened it in so many words: whose visit it was, who stood in for the host, who held it,
    # who gathered the participants, or who gave the opening address
    if kind == "kunjungan":
        for h in held:
            if h.id == "kunjungan":
                own = anchors.first(h.end, h.end + 4)
                if own:
                    return own[1].name, "visit"  # "kunjungan kerja Wamendagri Bima Arya"
        for m in finditer(cues.visit, text):
            a, _ = sentences.of(m.start())
            before = anchors.last(max(a, m.start() - 120), m.start())
            if before:  # "Kapolda X berkunjung ke Polres Y" ("Kapolda X, didampingi Wakapolda Z, mengunjungi ...")
                lead = _with_company(text, before, a, anchors) or _accompanied_by(text, before[1], a, anchors)
                return (lead or before[1]).name, "visit"
            if ADDRESS_REF.match(text, a, m.start()):
                earlier = anchors.last(a - 300, a)
                if earlier:  # "Hal itu disampaikan saat meninjau Gudang Logistik ...": the one who spoke just before
                    return earlier[1].name, "visit"
        for m in finditer(cues.accompany, text):
            if m.group(0).lower() == "mendampingi":
                after = anchors.first(m.end(), m.end() + 80)
                if after:
                    return after[1].name, "visit"  # "Kapolres X mendampingi Kabidkum Y dalam patroli"
    for h in hits:  # "Rapat Kerja (Raker) Gubernur NTT dengan Bupati se-NTT": the activity is its owner's
        gap = OWNER_GAP.match(text, h.end) if h.id == kind else None
        owner = anchors.first(h.end, gap.end() + 1) if gap else None
        if gap is not None and owner is not None and owner[0] == gap.end():
            return owner[1].name, "owner"
    for m in finditer(cues.stand_in, text):
        if not stands_in(m) or not about_event(sentences.of(m.start())):
            continue
        if ATTENDED.search(text, sentences.of(m.start())[0], m.start()):
            continue  # "Rakor dihadiri oleh Gubernur X, Pangdam yang diwakili Y, ...": a guest's stand-in, no host's
        later = anchors.first(m.end(), m.end() + 100)
        if later and not _spokesperson(m, later[1]):
            return later[1].name, "stand_in"
    for m in finditer(cues.organise, text):
        if not names_event(m.end(), 60):
            continue
        a, _ = sentences.of(m.start())
        before = anchors.last(max(a, m.start() - 90), m.start())
        if before and not _breaks_subject(text[_after_name(text, before, m.start()) : m.start()]):
            # "Kapolres X, Jumat usai menggelar simulasi"; "Bhabinkamtibmas X bersama Babinsa Y menggelar patroli": X's
            return (_accompanied_by(text, before[1], a, anchors) or before[1]).name, "held_by"
    for m in finditer(cues.gather, text):
        a, _ = sentences.of(m.start())
        before = anchors.last(max(a, m.start() - 160), m.start())
        if before:
            return before[1].name, "gathered"
    for m in finditer(cues.speech_at, text):
        span = sentences.of(m.start())
        # "Ketegasan ini disampaikan dalam sambutannya", "Arahan itu disampaikan dalam apel": said before
        refers = ADDRESS_REF.match(text, span[0], m.start()) or (
            not text[span[0] : m.start()].strip() and ADDRESS_BACK.match(text, m.end(), span[1])
        )
        if m.group(0).lower() in cues.directive_words and not (about_event(span) or refers):
            continue  # "sebagaimana arahan Presiden": a directive, not an address at the activity (but
            # "dalam arahannya", his address, is one given)
        near = anchors.between(m.start() - 119, m.end() + 80)
        if near:
            o = min(near, key=lambda x: abs(x[0] - m.start()))[1]
            return (_standing_in_for(text, o, span[0], anchors) or o).name, "address"
        if refers:
            earlier = anchors.last(span[0] - 300, span[0])
            if earlier:  # "Ketegasan ini disampaikan dalam sambutannya": the one who spoke just before
                return earlier[1].name, "address"
    return None


# the words of a list of those present: a stand-in named in it stands in for a guest
ATTENDED = re.compile(r"\b(?:dihadiri|di[ \t]hadiri|hadir|menghadiri|turut)\b", re.IGNORECASE)


# between an activity's word and its owner's title: a space, or the activity's bracketed short form
OWNER_GAP = re.compile(r"(?:\s*\([^()\n]{1,20}\))?[ \t]+")


def _speaker_about(
    text: str, cues: _Cues, anchors: _Anchors, hits: list[Hit], spans: list[tuple[int, int]]
) -> tuple[str, str] | None:
    """The official who speaks at the activity ("kata Kapolda X dalam apel gelar pasukan ...").

    Speaking about it ("X mengatakan, rakor bertujuan ...") or after it ("ujar X usai rapat") does
    not make the speaker its chair.
    """
    hit_starts = sorted(h.start for h in hits)
    for s, e in spans:
        if not cues.says.search(text, s, e):
            continue
        for o in {id(o): o for _, o in anchors.between(s, e)}.values():
            for end in [o.end, *(b for a, b in o.aliases)]:
                if not s <= end < e:
                    continue
                m = cues.speaks_in.match(text, end, e)
                if m is None:
                    continue
                reach = 20 if m.group("what") else 2  # "dalam acara penandatanganan deklarasi", "dalam apel"
                i = bisect.bisect_left(hit_starts, m.end())
                if i < len(hit_starts) and hit_starts[i] < m.end() + reach:
                    return o.name, "speaker"
    return None


def _participants(text: str, sentences: Sentences) -> int | None:
    cue_in: dict[tuple[int, int], bool] = {}
    for p in PARTICIPANTS.finditer(text):
        if p.group("unit").lower() in {"orang", "anggota", "personel"}:
            span = sentences.of(p.start())
            if span not in cue_in:
                cue_in[span] = bool(PARTICIPANT_CUE.search(text, *span))
            if not cue_in[span]:
                continue  # "massa kurang lebih 30 orang", "300 personel dikerahkan": a crowd or a force
        return int(p.group("n").replace(".", ""))
    first = PARTICIPANTS_NAMED_FIRST.search(text) or PARTICIPANTS_COUNT.search(text)  # "peserta berjumlah 50"
    return int(first.group("n").replace(".", "")) if first else None


# --- organiser and institutions ----------------------------------------------------------------------

_ORGANISED = r"(?:digelar|diselenggarakan|dilaksanakan|diadakan|dihelat|diinisiasi|difasilitasi|diprakarsai)"
ORGANISED_BY = re.compile(rf"[^.\n]{{0,60}}?\b{_ORGANISED}(?:\s+oleh)?\s+(?:pihak\s+)?$", re.IGNORECASE)
ORGANISED_BY_AGENT = re.compile(rf"\b{_ORGANISED}\s+oleh\s+(?:pihak\s+)?$", re.IGNORECASE)  # the agent, anywhere
TAKES_PART = re.compile(
    r"\b(?:dihadiri|diikuti|hadir|menghadiri|mengikuti|bersama|melibatkan|menghadirkan|unsur|peserta|"
    r"undangan|narasumber|turut)\b",
    re.IGNORECASE,
)


def _merged(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _inside(pos: int, starts: list[int], ends: list[int]) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def _head_of(institution: str, officials: list[Official], cues: _Cues) -> Official | None:
    """The one official the article names as head of ``institution`` ("Kepala Badan Kesbangpol X",
    "Ketua Bawaslu X", "Kapolres X"); not a unit's head ("Kepala Bidang ..."), nor two heads."""
    if institution == "pemda":  # "Pemkab Kukar melakukan rapat": the regional head's government
        heads = {o.name: o for o in officials if cues.regional_head.match(o.title)}
    else:
        heads = {
            o.name: o
            for o in officials
            if o.institution == institution and cues.body_head.match(o.title) and not cues.unit_head.match(o.title)
        }
    return next(iter(heads.values())) if len(heads) == 1 else None


# the abbreviations the sentence splitter knows, whose dots end no sentence: "Bakesbangpol Prov. Kalsel
# gelar sosialisasi"
ABBREVIATION_DOT = re.compile(
    r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(ABBREVIATIONS, key=len, reverse=True))) + r")(?=\s)"
)
BREAK = re.compile(r"[.;]|\b(?:dan|yang)\s*$")


def _after_name(text: str, anchor: tuple[int, Official], limit: int) -> int:
    """Where the words after an official's anchor begin to count as a clause: past the name and its degrees
    ("Irjen Pol. Daniel Silitonga, S.H., M.A., melaksanakan ...": no full stop of the clause's there)."""
    at, o = anchor
    if at <= o.start and o.end <= limit:
        return min(limit, skip_affixes(text, o.end, official_words()))
    return at


def _breaks_subject(between: str) -> bool:
    """Whether the words between a subject and its verb end the clause (a full stop, a semicolon, a
    trailing "dan"/"yang"), so the subject is not the verb's."""
    return BREAK.search(ABBREVIATION_DOT.sub("", between)) is not None


# what joins two bodies into one subject: "X bersama Y", "X, Y dan Z" (their names may run on a few words)
JOINED = re.compile(r"[^.;\n]{0,30}?(?:,|\b(?:bersama|dan|serta|beserta|dengan)\b)[^.;\n]{0,4}", re.IGNORECASE)


def attach_institutions(meeting: Meeting, text: str, institutions: list[Mention], officials: list[Official]) -> None:
    """The meeting's organiser and the institutions taking part, from the institution mentions.

    The organiser is the institution named as the subject of "menggelar", "menyelenggarakan" ... in
    a sentence that names the meeting ("Kesbangpol Sintang menggelar rakor"), or after "digelar
    oleh" ("Rakor yang digelar Bawaslu"). Taking part: the institutions named, directly or by an
    official's title, in the sentences that name the meeting or say who attended.
    """
    cues = _cues()
    inst = sorted((m for m in institutions if m.canonical), key=lambda m: m.start)
    inst_starts = [m.start for m in inst]
    co_hosted = False
    for a, b in meeting._sentences:
        for verb in cues.organise.finditer(text, a, b):
            j = bisect.bisect_right(inst_starts, verb.start())
            before = next(
                (
                    m
                    for m in reversed(inst[bisect.bisect_left(inst_starts, max(a, verb.start() - 90)) : j])
                    if m.end <= verb.start()
                ),
                None,
            )
            if before and not _breaks_subject(text[before.end : verb.start()]):
                # "Forkopimda bersama KPU dan Bawaslu menggelar rakor": the first of the bodies holds it
                i = inst.index(before)
                while i > 0 and inst[i - 1].start >= a and JOINED.fullmatch(text, inst[i - 1].end, inst[i].start):
                    i -= 1
                co_hosted = inst[i] is not before
                before = inst[i]
                meeting.organiser = before.canonical
                break
        if meeting.organiser is None:
            lo, hi = bisect.bisect_left(inst_starts, a), bisect.bisect_left(inst_starts, b)
            for m in inst[lo:hi]:
                # "Rakor yang digelar Bawaslu" near the sentence's start; "... Dialog Publik ... yang
                # diselenggarakan oleh Bawaslu Sulbar" anywhere in it, its agent after "oleh"
                if (m.start <= a + 120 and ORGANISED_BY.match(text, a, m.start)) or ORGANISED_BY_AGENT.search(
                    text, max(a, m.start - 40), m.start
                ):
                    meeting.organiser = m.canonical
                    break
        if meeting.organiser:
            break
    if meeting.chair is None and meeting.organiser and not co_hosted:  # bodies holding it together: whose head led it?
        head = _head_of(meeting.organiser, officials, cues)
        if head is not None:  # "Bawaslu Sulsel merilis ...; Ketua Bawaslu Sulsel X mengatakan": its head led it
            meeting.chair, meeting._chair_by = head.name, "organiser_head"
    spans = set(meeting._sentences)
    spans |= {(a, b) for a, b in sentence_spans(text) if TAKES_PART.search(text, a, b)}
    starts, ends = _merged(spans)
    found: list[str] = [meeting.organiser] if meeting.organiser else []
    for m in inst:
        if _inside(m.start, starts, ends):
            found.append(str(m.canonical))
    for o in officials:
        if o.institution and o.institution != "pemda" and _inside(o.start, starts, ends):
            found.append(o.institution)
    meeting.institutions = list(dict.fromkeys(found))
