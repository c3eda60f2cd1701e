"""Meetings the article reports as held: type, date, venue, chair, participants, theme.

The type is the ``meeting_type`` the text uses most (``lexicons/meetings.jsonl``, longest match, so
"rapat koordinasi" is rakor); a meeting counts when a sentence reports it held (menggelar, dibuka,
dipimpin, dihadiri, berlangsung ...), not planned ("akan menggelar"). The date is read with the
date module against the publication date (or the year the text implies); the chair is the official
who opened or led it, or the one who stood in ("diwakili", "melalui").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kewaspadaan_cli import dates
from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.extract.matcher import Hit, matcher
from kewaspadaan_cli.extract.officials import Official
from kewaspadaan_cli.nlp import Sentences, sentence_spans

HELD = re.compile(
    r"\b(?:menggelar|digelar|gelar|menyelenggarakan|diselenggarakan|mengadakan|diadakan|melaksanakan|dilaksanakan|"
    r"laksanakan|dibuka|membuka|dipimpin|memimpin|pimpin|dihadiri|menghadiri|hadiri|diikuti|mengikuti|ikuti|"
    r"berlangsung|bertempat|usai|saat|dalam|kegiatan|acara|pelaksanaan|menghelat|dihelat|menerima|bersama|"
    r"melakukan|dilakukan|mengikuti|sambutan|arahan|pembukaan|penutupan|menutup|ditutup|turut)\b",
    re.IGNORECASE,
)
PLANNED = re.compile(r"\b(?:akan|rencana|berencana|direncanakan|dijadwalkan|bakal)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
VENUE_HEAD = (
    r"(?:Aula|Ruang(?:an)?|ruang(?:an)?|aula|Gedung|gedung|Hotel|hotel|Kantor|kantor|Pendopo|pendopo|Pendapa|Balai|"
    r"balai|Rumah\s+Jabatan|rumah\s+jabatan|Rumah\s+Dinas|Rujab|Lapangan|lapangan|Halaman|halaman|Mapolres|Mapolda|"
    r"Mapolsek|Makodim|Makorem|Markas|Cafe|Café|Kafe|Restoran|Rumah\s+Makan|rumah\s*makan|Wisma|Graha|Convention|"
    r"Auditorium|Pelataran|Sekretariat|Masjid|Gereja|GOR|Stadion|Alun-alun|Lobby|Lobi|Pondok|Pantai|Taman|Bangsal|"
    r"Hall|Ballroom|Mess|Guest\s+House|Villa|Resort|Command\s+Center|Media\s+Center|Posko|Mabes|Markas\s+Besar|"
    r"Resto|Rumah\s+Adat|Gedung\s+Serbaguna|Kediaman|Kompleks|Komplek|Asrama|Wantilan|Bale|Rumah\s+Rakyat)"
)
VENUE = re.compile(
    rf"\b(?:di|bertempat\s+di|bertempat|berlangsung\s+di|dilaksanakan\s+di|digelar\s+di|dipusatkan\s+di|"
    rf"diselenggarakan\s+di|di\s+dalam)\s+(?P<v>(?:salah\s+satu\s+)?(?:[A-Z][\w'-]*\s+){{0,2}}{VENUE_HEAD}\b[^,.;()\n]*?(?:,\s*(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|pada|yang|dan)\b)[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?(?=\s*,))?)"
    r"(?=\s*(?:[,.;(\n]|\s+(?:pada|yang|dan|dengan|dalam|sejak|mulai|selama|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|"
    r"tanggal|hari|oleh|untuk|guna|serta|bersama|diikuti|dihadiri|dibuka|secara|sekitar|pukul)\b))",
)
CHAIR = re.compile(
    r"\b(?:dibuka(?:\s+secara\s+resmi)?(?:\s+langsung)?\s+(?:oleh\s+)?|dipimpin(?:\s+langsung)?\s+(?:oleh\s+)?|"
    r"yang\s+dipimpin\s+(?:oleh\s+)?|diketuai\s+(?:oleh\s+)?|dipandu\s+(?:oleh\s+)?|membuka|memimpin|pimpin)\b",
    re.IGNORECASE,
)
SPEECH_AT = re.compile(
    r"\b(?:sambutan(?:nya)?|kata\s+sambutan|arahan(?:nya)?|menerima\s+audiensi|"
    r"pengarahan(?:nya)?)\b",
    re.IGNORECASE,
)
STAND_IN = re.compile(r"\b(?:diwakili(?:\s+oleh)?|yang\s+diwakili(?:\s+oleh)?|melalui|mewakili)\b", re.IGNORECASE)
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
PARTICIPANT_CUE = re.compile(r"\b(?:peserta|diikuti|dihadiri|hadir|mengikuti|menghadiri)\b", re.IGNORECASE)
THEME = re.compile(
    r"\b(?:mengangkat(?:\s+tema)?|bertema|bertemakan|dengan\s+tema|mengusung\s+tema|tema)\s*[:,]?\s*[\"“']?(?P<t>[^\"”'\n]{5,160})[\"”']?",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(20[0-4]\d|19[89]\d)\b")


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

    def mentions(self) -> list[Mention]:
        return list(self._evidence)


ELECTION_YEAR = re.compile(
    r"(?:pilkada|pemilu|pileg|pilpres|pilkades|serentak|anggaran|periode|tahun|ta\.?|rpjmd|-)\s*$", re.IGNORECASE
)


ELECTION_DAY = re.compile(
    r"(?:(?:pilkada|pilkades|pemilu|pileg|pilpres|pemungutan\s+suara|pencoblosan|hari\s+h)\)?"
    r"(?:\s+(?:serentak|pada|tanggal|tgl\.?|yang|akan|digelar|dilaksanakan|berlangsung|jatuh|hari|tahun|\d{4}|nanti)){0,5}"
    r"|(?:akan\s+(?:digelar|dilaksanakan|berlangsung)|dijadwalkan|rencananya)\b[^.\n]{0,45})\s*,?\s*$",
    re.IGNORECASE,
)
FUTURE = re.compile(r"^\s*\)?\s*,?\s*(?:mendatang|besok|nanti|yang\s+akan\s+datang)\b", re.IGNORECASE)


def _not_the_meeting(text: str, start: int, end: int) -> bool:
    """An election day or a date still to come, not the day a meeting was held."""
    return bool(ELECTION_DAY.search(text[max(0, start - 70) : start]) or FUTURE.match(text[end : end + 25]))


def _reference(text: str, published: date | None, fallback: date | None = None) -> tuple[date | None, bool]:
    """The publication date; else an estimate from the years the text gives (None when it gives none).

    Years naming an election or a budget ("Pilkada 2024", "tahun anggaran 2023") say less about when
    the article was written than a plain date's year.
    """
    if published:
        return published, False
    plain, named = [], []
    for m in YEAR.finditer(text):
        (named if ELECTION_YEAR.search(text[max(0, m.start() - 14) : m.start()]) else plain).append(int(m.group(1)))
    years = plain + named
    if not years:
        return None, True
    y = max(years)
    if fallback is not None:
        y = min(y, fallback.year)
    return date(y, 12, 31), True


def find_meetings(
    text: str, *, published: date | None, officials: list[Official], fallback: date | None = None
) -> list[Meeting]:
    """The activities the article reports as held (usually one, the first being the main one)."""
    m = matcher("meetings.jsonl")
    hits = m.find(text)
    if not hits:
        return []
    sentences = Sentences(text)
    sents = sentences.spans
    held: list = []
    for h in hits:
        s, e = sentences.of(h.start)
        sentence = text[s:e]
        if not HELD.search(sentence) and not (h.start < 200 and h.start == min(x.start for x in hits)):
            continue
        if PLANNED.search(text[s : h.start]):
            continue
        held.append((h, s, e))
    if not held:
        return []
    counts = Counter(h.id for h, _, _ in held)
    first_of = {}
    for h, s, e in held:
        first_of.setdefault(h.id, (h, s, e))
    best = max(counts, key=lambda k: (counts[k], -first_of[k][0].start))
    h, s, e = first_of[best]
    meeting = Meeting(best, h.start, h.end)
    meeting._evidence.append(Mention.at(text, "meeting", h.start, h.end, best))
    meeting._sentences = sorted({(a, b) for _, a, b in held})
    ref, estimate = _reference(text, published, fallback)
    # date: in the meeting's sentences, else the first dated sentence of the lead
    lead = next(((a, b) for a, b in sents if b - a > 60), (0, min(len(text), 300)))
    first = min(x[1] for x in held)
    candidates = []
    windows = (
        [(s, min(len(text), e + 40))] + [(x[1], x[2]) for x in held] + [lead, (first, min(len(text), first + 700))]
    )
    for a, b in windows:
        candidates += [
            (a, d)
            for d in dates.find_dates(text[a:b], ref, estimate)
            if not d.relative and not _not_the_meeting(text, a + d.start, a + d.end)
        ]
    if not candidates:  # the whole text last: a dated statement about the meeting
        candidates = [
            (0, d)
            for d in dates.find_dates(text, ref, estimate)
            if not d.relative and not _not_the_meeting(text, d.start, d.end)
        ]
    if candidates:
        a, d = min(enumerate(candidates), key=lambda x: (x[1][1].weekday_mismatch, x[0]))[1]  # a fitting weekday first
        meeting.date = d.value
        meeting._evidence.append(Mention.at(text, "date", a + d.start, a + d.end, d.value.isoformat()))
    # venue
    for a, b in [(s, e)] + [(x[1], x[2]) for x in held] + [(0, len(text))]:
        venue_m = next((v for v in VENUE.finditer(text, a, b) if len(_trim_venue(v.group("v"))) >= 8), None)
        if venue_m:
            venue = _trim_venue(venue_m.group("v"))
            meeting.venue = venue
            meeting.venue_start = venue_m.start("v")
            meeting._evidence.append(
                Mention.at(text, "venue", venue_m.start("v"), venue_m.start("v") + len(venue), None)
            )
            break
    # chair: the official named right after "dibuka oleh"/"dipimpin", or who stood in for them
    named = [(h, *sentences.of(h.start)) for h in hits]
    meeting.chair = _chair(text, officials, hits, sentences) or _speaker_about(text, officials, held + named, sents)
    for p in PARTICIPANTS.finditer(text):
        sentence = text[slice(*sentences.of(p.start()))]
        if p.group("unit").lower() in {"orang", "anggota", "personel"} and not PARTICIPANT_CUE.search(sentence):
            continue  # "massa kurang lebih 30 orang", "300 personel dikerahkan": a crowd or a force, not participants
        meeting.n_participants = int(p.group("n").replace(".", ""))
        break
    if meeting.n_participants is None:
        p = PARTICIPANTS_NAMED_FIRST.search(text)  # "peserta yang berjumlah 50 orang"
        if p:
            meeting.n_participants = int(p.group("n").replace(".", ""))
    t = THEME.search(text)
    if t:
        meeting.theme = t.group("t").strip()
    return [meeting]


SAYS = re.compile(
    r"\b(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menuturkan|menegaskan|menyebutkan|"
    r"memaparkan|kata|ujar|ungkap|jelas|tutur|tegas)(?:nya)?\b",
    re.IGNORECASE,
)


def _speaker_about(text: str, officials: list[Official], held: list, sents: list[tuple[int, int]]) -> str | None:
    """The official who speaks in a sentence that names the meeting ("X mengatakan, sosialisasi ini ...")."""
    for _, s, e in held:
        sentence = text[s:e]
        if not SAYS.search(sentence):
            continue
        inside = [o for o in officials if s <= o.start < e or any(s <= a < e for a, _ in o.aliases)]
        if len(inside) == 1:
            return inside[0].name
    return None


def _trim_venue(venue: str) -> str:
    """The place, without a clause running on after it ("aula Kantor X menghadirkan ...")."""
    words = venue.split(" ")
    for i, w in enumerate(words[1:], start=1):
        if re.fullmatch(r"(?:me|mem|men|meng|meny|di|ber|ter|se)[a-z]{3,}", w) and w not in {"setempat"}:
            words = words[:i]
            break
    while words and words[-1] in {"itu", "tersebut", "ini"}:
        words.pop()
    return " ".join(words).strip(" ,")


EVENT_OBJECT = re.compile(
    r"^\s*(?:secara\s+resmi\s+|langsung\s+|pula\s+|juga\s+)?(?:acara|kegiatan|rapat|rakor|pertemuan|dialog|apel|"
    r"sosialisasi|pelatihan|bimtek|diskusi|musyawarah|forum|sidang|secara\s+resmi|resmi|jalannya)\b",
    re.IGNORECASE,
)
GATHER = re.compile(r"\b(?:mengumpulkan|mengundang|mengajak\s+duduk\s+bersama)\b", re.IGNORECASE)


def _title_refs(text: str, officials: list[Official]) -> list[tuple[int, Official]]:
    """Places where a person's title stands for them without the name ("dipimpin Plt Dirjen Bina Bangda")."""
    forms: dict[str, list[Official]] = {}
    for o in officials:
        title = re.sub(r"^(?:Plt|Pj|Pjs|Plh)\.?\s+", "", o.title)
        for form in {re.sub(r"\s*\([^)]*\)", "", title).strip(), *re.findall(r"\(([^)]{3,})\)", title)}:
            if len(form) >= 5 and " " in form or form.isalpha() and len(form) >= 6 and form[0].isupper():
                forms.setdefault(form, []).append(o)
    out = []
    for form, holders in forms.items():
        if len({h.name for h in holders}) != 1:
            continue  # two people hold it: the title alone does not say which
        pattern = re.escape(form).replace(r"\ ", r"\s+")
        out += [(m.start(), holders[0]) for m in re.finditer(rf"(?<![\w]){pattern}(?![\w])", text)]
    return out


def _chair(text: str, officials: list[Official], hits: list[Hit], sentences: Sentences) -> str | None:
    spans = []
    for o in officials:
        for s in [o.title_start if o.title_start is not None else o.start, o.start] + [a for a, _ in o.aliases]:
            spans.append((s, o))
    spans += _title_refs(text, officials)
    spans.sort(key=lambda x: x[0])

    def stood_in(chair: Official, frm: int) -> Official:
        tail = text[frm : frm + 220]
        stand = STAND_IN.search(tail)
        if stand and stand.group(0).lower() != "mewakili":
            later = [(s, o) for s, o in spans if frm + stand.end() <= s < frm + stand.end() + 120]
            if later:
                return later[0][1]
        return chair

    for m in CHAIR.finditer(text):
        verb = m.group(0).lower()
        a, b = sentences.of(m.start())
        if verb.startswith(("membuka", "memimpin", "pimpin")):
            obj = text[m.end() : m.end() + 60]
            if not (EVENT_OBJECT.match(obj) or any(m.end() <= h.start < m.end() + 40 for h in hits)):
                continue  # "sejak dirinya memimpin Kota Bandung": leading a city, not a meeting
            # "Bupati X membuka ...": the official just before the verb, in its sentence
            before = [(s, o) for s, o in spans if max(a, m.start() - 120) <= s < m.start()]
            if before:
                return before[-1][1].name
            # "Saat memimpin rakor, Mendagri X diwakili oleh Y ...": the subject after the clause
            after = [(s, o) for s, o in spans if m.end() <= s < b]
            if after:
                return stood_in(after[0][1], after[0][0]).name
            continue
        after = [(s, o) for s, o in spans if m.end() <= s < m.end() + 160]
        if not after:
            continue
        return stood_in(after[0][1], m.end()).name
    # no one opened it in so many words: whose visit it was, who stood in for the host, who gathered
    # the participants, or who gave the opening address
    for h in hits:
        if h.id == "kunjungan":
            own = [(s, o) for s, o in spans if h.end <= s <= h.end + 3]
            if own:
                return own[0][1].name  # "kunjungan kerja Wamendagri Bima Arya"
    for m in STAND_IN.finditer(text):
        if m.group(0).lower() == "mewakili":
            continue
        later = [(s, o) for s, o in spans if m.end() <= s < m.end() + 100]
        if later:
            return later[0][1].name
    for m in GATHER.finditer(text):
        a, _ = sentences.of(m.start())
        before = [(s, o) for s, o in spans if max(a, m.start() - 160) <= s < m.start()]
        if before:
            return before[-1][1].name
    for m in SPEECH_AT.finditer(text):
        near = [(abs(s - m.start()), o) for s, o in spans if m.start() - 120 < s < m.end() + 80]
        if near:
            return min(near, key=lambda x: x[0])[1].name
        a, _ = sentences.of(m.start())
        if re.match(r"\s*(?:\w+\s+)?(?:ini|itu|tersebut)\b|\s*(?:ia|dia|beliau)\b", text[a : m.start()], re.I):
            earlier = [(s, o) for s, o in spans if a - 300 <= s < a]
            if earlier:  # "Ketegasan ini disampaikan dalam sambutannya": the one who spoke just before
                return earlier[-1][1].name
    return None


ORGANISE = re.compile(
    r"\b(?:menggelar|gelar|mengadakan|menyelenggarakan|melaksanakan|laksanakan|menghelat|menggagas|"
    r"memfasilitasi|mengundang)\b",
    re.IGNORECASE,
)
ORGANISED_BY = re.compile(
    r"^[^.\n]{0,60}?\b(?:digelar|diselenggarakan|dilaksanakan|diadakan|dihelat|diinisiasi|difasilitasi|"
    r"diprakarsai)(?:\s+oleh)?\s+(?:pihak\s+)?$",
    re.IGNORECASE,
)
TAKES_PART = re.compile(
    r"\b(?:dihadiri|diikuti|hadir|menghadiri|mengikuti|bersama|melibatkan|menghadirkan|unsur|peserta|"
    r"undangan|narasumber|turut)\b",
    re.IGNORECASE,
)


def attach_institutions(meeting: Meeting, text: str, institutions: list[Mention], officials: list[Official]) -> None:
    """The meeting's organiser and the institutions taking part, from the institution mentions.

    The organiser is the institution named as the subject of "menggelar", "menyelenggarakan" ... in
    a sentence that names the meeting ("Kesbangpol Sintang menggelar rakor"), or after "digelar
    oleh" ("Rakor yang digelar Bawaslu"). Taking part: the institutions named, directly or by an
    official's title, in the sentences that name the meeting or say who attended.
    """
    inst = sorted((m for m in institutions if m.canonical), key=lambda m: m.start)
    for a, b in meeting._sentences:
        for verb in ORGANISE.finditer(text, a, b):
            before = [m for m in inst if max(a, verb.start() - 90) <= m.start and m.end <= verb.start()]
            if before and not re.search(r"[.;]|\b(?:dan|yang)\s*$", text[before[-1].end : verb.start()]):
                meeting.organiser = before[-1].canonical
                break
        if meeting.organiser is None:
            for m in inst:
                if a <= m.start < b and ORGANISED_BY.search(text[a : m.start]):
                    meeting.organiser = m.canonical
                    break
        if meeting.organiser:
            break
    spans = set(meeting._sentences)
    spans |= {(a, b) for a, b in sentence_spans(text) if TAKES_PART.search(text, a, b)}
    found: list[str] = [meeting.organiser] if meeting.organiser else []
    for m in inst:
        if any(a <= m.start < b for a, b in spans):
            found.append(str(m.canonical))
    for o in officials:
        if o.institution and o.institution != "pemda" and any(a <= o.start < b for a, b in spans):
            found.append(o.institution)
    meeting.institutions = list(dict.fromkeys(found))
