"""Dates the Indonesian way, read against a reference date.

"Kamis (12/11/2024)", "Senin (2/12)", "Rabu, 6 November 2024", "6 Nop 2019", "27-29 Agustus 2024" (its first day),
"2 Desember 2024 pukul 10.00 WITA", "12-11-2024", "2024-11-12", "kemarin", "2 jam yang lalu".
A date whose weekday contradicts it is kept and flagged (``weekday_mismatch``); an impossible
date (31/02/2024) is not a date. A day and month without a year take the year that puts them
nearest before the reference date (a news report speaks of the recent past), allowing a few days
ahead for announcements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kewaspadaan_cli.patterns import trie_pattern

DAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "sen": 0,
    "sel": 1,
    "rab": 2,
    "kam": 3,
    "jum": 4,
    "sab": 5,
    "min": 6,
}
MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agust": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nop": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
AHEAD = timedelta(days=7)  # how far past the reference a yearless date may fall

_DAY = trie_pattern(d for d in DAYS if len(d) > 3)  # factored by prefix: most positions fail at once
_MON = trie_pattern(MONTHS)
_TO = r"(?:-|–|s\.?d\.?|s/d|hingga|sampai(?:\s+dengan)?|dan)"  # "27-29 Agustus", "Sabtu-Minggu (10-11/8)"
# a weekday, or the first of two ("Sabtu-Minggu", "Senin hingga Rabu"): a span of days is dated by its first
_WD = rf"(?:(?P<wd>{_DAY})\b\.?(?:\s*{_TO}\s*(?:{_DAY})\b\.?)?\s*,?\s*(?:\(\s*)?)?"
_TIME = r"(?:\s*,?\s*(?:pukul|pkl\.?|jam)?\s*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT|am|pm)?)?"

_PATTERNS = [
    # 2024-11-12 (ISO)
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\b"),
    # Jumat (13/ 10/2023), Senin (2 /12), Kamis kemarin (21/3), Senin malam (2/12): a weekday's bracketed date
    re.compile(
        rf"(?P<wd>{_DAY})\b\.?(?:\s+(?:kemarin|lalu|pagi|siang|sore|malam))?\s*,?\s*"
        rf"\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)",
        re.IGNORECASE,
    ),
    # Kamis (12/11/2024), 12/11/2024, 12-11-2024, 12.11.2024, (2/12), 12/11/24; "16/6/2020 14:37" (a time after it);
    # not the tail of a reference number ("Nomor R/Ren Ops/08/VIII/OPS.1.1.1/2018": no "1.1/2018")
    re.compile(
        rf"{_WD}(?<!\w[./])\b(?P<d>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}}(?=/))?[/.-](?P<m>\d{{1,2}})(?:[/.-](?P<y>\d{{4}}|\d{{2}}))?\b(?!\s*[/.-]?\d(?!\d?[.:]\d\d\b))"
        rf"(?!\s+(?:{_MON})\b)(?:\s*\))?{_TIME}",  # (not "2-3 Desember 2024": a span of days, read below)
        re.IGNORECASE,
    ),
    # Rabu, 6 November 2024; 6 Nop 2019; 2 Desember 2024 pukul 10.00 WITA; 6 November; "31Oktober 2019" glued
    re.compile(
        rf"{_WD}\b(?P<d>\d{{1,2}})(?:(?<![.:]\d)(?<![.:]\d\d)\s*{_TO}\s*\d{{1,2}})?"
        rf"(?:\s+|(?-i:(?=[A-Z])))(?P<mn>{_MON})\.?(?:\s*,?\s*(?P<y>\d{{4}}))?\b(?:\s*\))?{_TIME}",
        re.IGNORECASE,
    ),
    # Friday, March 29, 2024; November 6, 2024
    re.compile(rf"{_WD}\b(?P<mn>{_MON})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b{_TIME}", re.IGNORECASE),
]
_RELATIVE = re.compile(
    r"\b(?:(?P<today>hari\s+ini|tadi\s+(?:pagi|siang|sore|malam)|(?:pagi|siang|sore|malam)\s+tadi|today)|(?P<yday>kemarin(?:\s+(?:pagi|siang|sore|malam))?|yesterday)"
    r"|(?P<lusa>kemarin\s+lusa)|(?P<n>\d{1,3}|se)\s*(?P<unit>menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?lalu)\b",
    re.IGNORECASE,
)
_WEEKDAY_ONLY = re.compile(rf"\b(?:pada\s+)?(?:hari\s+)?(?P<wd>{_DAY})\b(?:\s*\((?P<paren>[^)]*)\))?", re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    surface: str
    value: date
    weekday: str | None = None
    weekday_mismatch: bool = False
    has_year: bool = True
    relative: bool = False


# "surat Nomor R/Ren Ops/08/VIII/2018, Tanggal 27 Agustus 2018", "SK KPU Nomor 12 tanggal 3 Mei": a letter's,
# a decree's or an order's date, not a day anything was held or reported
_DOCUMENT_DAY = re.compile(
    r"\b(?:nomor|no\.|surat|keputusan|sk|edaran|instruksi|peraturan|telegram|sprin|maklumat|undangan)(?!\w)"
    r"(?:[^.;\n]|\.(?=\S)){0,80}\b(?:tanggal|tgl\.?)\s*:?\s*$",
    re.IGNORECASE,
)
_DOCUMENT_REACH = 110


# a regulation's number and year before a year ("UU Nomor 34 Tahun 2004", "Permendagri tahun 2006")
LAW_YEAR = re.compile(
    r"\b(?:(?:nomor|no\.?)\s*\d+[\w/.-]*\s*(?:tahun|th\.?)?|(?:uu|undang-undang|perda|perpres|permendagri|pp|perkap|"
    r"perbawaslu|pkpu|inpres|keppres|kepmendagri|permen\w*|perkada|perbup|perwali|pergub|sk)\s+(?:tahun|th\.?))\s*$",
    re.IGNORECASE,
)


def is_law_year(text: str, start: int) -> bool:
    """Is the year at ``start`` a regulation's ("Undang-undang TNI Nomor 34 Tahun 2004")? It says nothing of when
    the article was written."""
    return LAW_YEAR.search(text, max(0, start - 40), start) is not None


def is_document_day(text: str, start: int) -> bool:
    """Is the date that starts at ``start`` a document's, dated after its number ("Nomor ..., tanggal ...")?"""
    return _DOCUMENT_DAY.search(text, max(0, start - _DOCUMENT_REACH), start) is not None


def _year(two: str) -> int:
    y = int(two)
    return y + 2000 if y < 100 else y


def _resolve_yearless(
    day: int, month: int, reference: date | None, weekday: int | None = None, estimate: bool = False
) -> date | None:
    ref = reference or date.today()
    if weekday is not None:  # "Kamis (28/11)": the year near the reference whose 28 November is a Thursday
        near = []
        for year in range(ref.year - (8 if estimate else 1), ref.year + 2):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            # an estimate (the latest year the text names) may be a year short: "sengketa Pilkada 2024 ...
            # Senin (24/2)" is 2025, not 2020; a publication date is not
            if candidate.weekday() == weekday and (estimate or candidate <= ref + AHEAD):
                near.append(candidate)
        if near:
            return min(near, key=lambda c: (abs((c - ref).days), -c.toordinal())) if estimate else max(near)
    for year in (ref.year, ref.year - 1, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= ref + AHEAD and (ref - candidate).days < 330:
            return candidate
    try:
        return date(ref.year, month, day)
    except ValueError:
        return None


VOTE_BEFORE = 180  # days before a voting day that a yearless weekday date may be set by it
VOTE_AFTER = 90


def _by_voting_days(day: int, month: int, weekday: int, voting_days: Sequence[date], latest: date) -> date | None:
    """A weekday's day and month with no year and no reference ("Selasa (20/10)"): of the years whose day
    falls on that weekday (up to ``latest``), the one nearest a voting day, within 180 days before it or
    90 after; None when no such year is near a voting day. Ties go to the later year."""
    best: tuple[int, int, date] | None = None
    first = min(voting_days).year - 1
    for year in range(first, latest.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() != weekday or candidate > latest:
            continue
        for v in voting_days:
            delta = (candidate - v).days
            if -VOTE_BEFORE <= delta <= VOTE_AFTER:
                key = (abs(delta), -candidate.toordinal(), candidate)
                if best is None or key[:2] < best[:2]:
                    best = key
    return best[2] if best else None


def _build(
    m: re.Match[str], reference: date | None, estimate: bool = False, voting_days: Sequence[date] = ()
) -> DateMatch | None:
    g = m.groupdict()
    day = int(g["d"])
    month = MONTHS[g["mn"].lower().rstrip(".")] if g.get("mn") else int(g["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    has_year = bool(g.get("y"))
    wd = g.get("wd")
    weekday = DAYS[str(wd).lower()] if wd else None
    if has_year:
        try:
            value = date(_year(g["y"]), month, day)
        except ValueError:
            return None
        if value.year > date.today().year + FUTURE_YEARS:
            fixed = _mistyped_year(value, weekday)
            if fixed is None:
                return None  # no schedule reaches that far: a mistyped year that nothing corrects
            value = fixed
    else:
        if reference is None:
            if weekday is None or not voting_days:
                return None  # "Senin (2/12)" with nothing to tell the year
            resolved = _by_voting_days(day, month, weekday, voting_days, date.today())
        else:
            resolved = _resolve_yearless(day, month, reference, weekday, estimate)
        if resolved is None:
            return None
        value = resolved
    mismatch = weekday is not None and weekday != value.weekday()
    surface = m.group(0).rstrip()
    start = m.start()
    return DateMatch(start, start + len(surface), surface, value, wd, mismatch, has_year, False)


FUTURE_YEARS = 20  # news names days this far ahead (elections five years on, "17 Agustus 2045"); later years are typos
MISTYPED_YEARS_BACK = 15  # a mistyped year without a weekday is read only as one of the last years


def _mistyped_year(value: date, weekday: int | None) -> date | None:
    """A written date later than today has a mistyped year ("Jumat (22/6/2118)"): the year one digit away, up to
    today, that the weekday written with it confirms (without a weekday, the one such recent year), else none."""
    today = date.today()
    text = f"{value.year:04d}"
    found: set[date] = set()
    for i in range(4):
        for digit in "0123456789":
            year = int(text[:i] + digit + text[i + 1 :])
            if year == value.year or not 1945 <= year <= today.year:
                continue
            try:
                cand = date(year, value.month, value.day)
            except ValueError:
                continue
            if cand > today:
                continue
            if weekday is not None and cand.weekday() != weekday:
                continue
            if weekday is None and year < today.year - MISTYPED_YEARS_BACK:
                continue
            found.add(cand)
    return found.pop() if len(found) == 1 else None


_DIGITS = re.compile(r"\d+")


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """The stretches around digits: every written date has one, and the patterns need only look there
    (a weekday and a month name before the digits, a month, year and time after them)."""
    out: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        a, b = max(0, m.start() - 45), min(len(text), m.end() + 70)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# a place or body named after a day ("Stadion 29 November Sampit", "Jl. 17 Agustus", "Universitas 17 Agustus 1945")
_NAMED_AFTER_DAY = re.compile(
    r"\b(?:Stadion|Jalan|Jl|Jln|Gedung|Lapangan|Bandara|Universitas|Pelabuhan|Tugu|Taman|Monumen|Simpang|Stasiun|Pasar|"
    r"Gang|Gg|Kampung|Kompleks|Komplek|Perumahan|Wisma|Hotel|Masjid|Sekolah|SD|SMP|SMA|SMK)\.?\s+$"
)


def find_dates(
    text: str, reference: date | None = None, estimate: bool = False, voting_days: Sequence[date] = ()
) -> list[DateMatch]:
    """Every date in ``text``, in order, without overlaps.

    Relative dates and dates without a year need ``reference``; ``estimate`` says the reference
    is only a guess at the year (no publication date), so a weekday may move a date further back.
    Without a reference, a weekday's yearless date ("Selasa (20/10)") takes the year that puts it near
    one of ``voting_days`` (the news is about an election), when one does. A weekday's yearless date the
    reference leaves in doubt takes its year from a full date of the text it fits (``refit_weekdays``).
    """
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    windows = _digit_windows(text)
    for pattern in _PATTERNS:
        for a, b in windows:
            for m in pattern.finditer(text, a, b):
                if not free(m.start(), m.end()):
                    continue
                if _NAMED_AFTER_DAY.search(text, max(0, m.start() - 14), m.start()):
                    continue  # "Stadion 29 November", "Jalan 17 Agustus": a place named after a day
                dm = _build(m, reference, estimate, voting_days)
                if dm is not None:
                    found.append(dm)
                    taken.append((dm.start, dm.end))
    for m in _GLUED_DAY_MONTH.finditer(text):
        if free(m.start(), m.end()):
            dm = _glued_day_month(m)
            if dm is not None:
                found.append(dm)
                taken.append((dm.start, dm.end))
    found.sort(key=lambda d: d.start)
    found = refit_weekdays(
        found, [(d.start, d.value) for d in found if d.has_year and not d.weekday_mismatch], 0, estimate
    )
    if reference is not None:
        for m in _RELATIVE.finditer(text):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            if g["today"]:
                value = reference
            elif g["lusa"]:
                value = reference - timedelta(days=2)
            elif g["yday"]:
                value = reference - timedelta(days=1)
            else:
                n = 1 if g["n"].lower() == "se" else int(g["n"])
                unit = g["unit"].lower()
                days = {"menit": 0, "jam": 0, "hari": n, "minggu": 7 * n, "pekan": 7 * n, "bulan": 30 * n}[unit]
                if unit == "jam":
                    days = n // 24
                value = reference - timedelta(days=days)
            found.append(DateMatch(m.start(), m.end(), m.group(0), value, None, False, True, True))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


# a weekday's date whose day and month run together ("Kamis/245/2018", "Kamis (2405/2018)"): read only
# where the weekday picks one way to split the digits
_GLUED_DAY_MONTH = re.compile(
    rf"(?P<wd>{_DAY})\b\.?\s*[/(,]\s*\(?\s*(?P<dm>\d{{3,4}})\s*/\s*(?P<y>\d{{4}})\s*\)?", re.IGNORECASE
)


def _glued_day_month(m: re.Match[str]) -> DateMatch | None:
    digits, year, weekday = m.group("dm"), int(m.group("y")), DAYS[m.group("wd").lower()]
    fits = []
    for k in range(1, len(digits)):
        try:
            value = date(year, int(digits[k:]), int(digits[:k]))
        except ValueError:
            continue
        if value.weekday() == weekday:
            fits.append(value)
    if len(fits) != 1:
        return None
    surface = m.group(0).rstrip()
    return DateMatch(m.start(), m.start() + len(surface), surface, fits[0], m.group("wd"), False, True, False)


def in_doubt(d: DateMatch, estimate: bool) -> bool:
    """Is ``d`` a weekday's yearless date whose year the reference leaves in doubt: its weekday contradicts the
    year it was given, or that year is only an estimate?"""
    return not d.has_year and d.weekday is not None and (d.weekday_mismatch or estimate)


REFIT_DAYS = 45  # how far before a full date of the text a yearless weekday date it fits may fall


def month_slip(d: DateMatch, published: date) -> DateMatch:
    """A weekday's date whose weekday it contradicts and that falls after the publication: the month
    mistyped by one ("Rabu(9/7)" in a report of 9 June 2021, a Wednesday; "Selasa (26/12/2024)" published on
    26 November 2024). The date one month earlier is taken where its weekday fits and it is no later than
    the publication; otherwise ``d`` as it is."""
    if not (d.weekday_mismatch and d.weekday and d.value > published):
        return d
    y, m = (d.value.year, d.value.month - 1) if d.value.month > 1 else (d.value.year - 1, 12)
    try:
        earlier = date(y, m, d.value.day)
    except ValueError:
        return d
    if earlier <= published and earlier.weekday() == DAYS[d.weekday.lower()] and (published - earlier).days <= 31:
        return replace(d, value=earlier, weekday_mismatch=False)
    return d


def refit_weekdays(
    found: list[DateMatch], anchors: Sequence[tuple[int, date]], offset: int, estimate: bool
) -> list[DateMatch]:
    """A yearless weekday date whose year the reference leaves in doubt (its weekday contradicts the
    reference's year, or the reference is only an estimate: "Selasa (17/1)" in a page headed 2022), set by a
    full date the text writes ("Kamis, 19 Januari 2017": the article's own date under a page's header): the
    year that puts it on its weekday up to 45 days before that date. ``anchors`` are the text's full dates
    (position, value); those nearest the yearless date (at ``offset`` + its start) are tried first."""
    out = []
    for d in found:
        if not in_doubt(d, estimate) or not anchors:
            out.append(d)
            continue
        wd = DAYS[str(d.weekday).lower()]
        fitted = None
        for _, ref in sorted(anchors, key=lambda a: abs(a[0] - offset - d.start)):
            for year in (ref.year, ref.year - 1):
                try:
                    cand = date(year, d.value.month, d.value.day)
                except ValueError:
                    continue
                if cand.weekday() == wd and 0 <= (ref - cand).days <= REFIT_DAYS:
                    fitted = cand
                    break
            if fitted:
                break
        out.append(replace(d, value=fitted, weekday_mismatch=False) if fitted else d)
    return out


_BARE_WEEKDAY = re.compile(
    rf"\b(?:[Pp]ada\s+)?(?:[Hh]ari\s+)?(?P<wd>(?i:{_DAY}))\b(?P<past>\s+(?:lalu|kemarin|yang\s+lalu))?(?!\s*[,(]?\s*\d)"
)


def weekday_dates(text: str, reference: date) -> list[DateMatch]:
    """Bare weekdays ("pada Rabu", "Senin lalu") read as the latest such day on or before ``reference``
    (strictly before with "lalu"), marked ``relative``: a report names the day of the week it tells of.

    Only capitalised weekdays count ("minggu" is also a week); a weekday followed by a date is a
    written date, which ``find_dates`` reads.
    """
    out: list[DateMatch] = []
    for m in _BARE_WEEKDAY.finditer(text):
        wd = m.group("wd")
        if not wd[:1].isupper():
            continue
        if DAYS[wd.lower()] == 6 and m.group("past") and not re.match(r"(?i)pada|hari", m.group(0)):
            continue  # "Minggu lalu" at a sentence's start is as often last week as last Sunday
        back = (reference.weekday() - DAYS[wd.lower()]) % 7
        if back == 0 and m.group("past"):
            back = 7
        value = reference - timedelta(days=back)
        out.append(DateMatch(m.start(), m.end(), m.group(0), value, wd, False, True, True))
    return out


def parse_date(s: str | None, reference: date | None = None) -> date | None:
    """One date written as a string (ISO, Indonesian or English forms), or None."""
    if not s or not s.strip():
        return None
    s = s.strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    found = find_dates(s, reference)
    return found[0].value if found else None
