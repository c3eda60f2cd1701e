"""An article's publication date, and where it came from (``articles.date_source``).

The sources, most trusted first:

``field``     the input's own field: a JSON/JSONL ``published``/``date``
``metadata``  the HTML page's metadata (``article:published_time``, JSON-LD, ``<time>``)
``dateline``  a line of the text that is a date: "Kompas.com - 11/12/2015, 06:22 WIB"
``text``      a date in the title or the opening lines: "Rabu (27/11/2024)", "PONTIANAK, 12/11/2024 -",
              "Kamis, 12 November 2024", "27 Nop 2024"; a date without a year ("Kamis (23/2)") when its
              weekday fits exactly one year the article names
``filename``  a date in the file name: ``2024-11-27-rakor.txt``, ``20241127_rakor.txt``
``url``       a date in the article's URL path: ``/read/2024/03/01/...``
``assigned``  the date the analyst gave the folder (``kwd ingest --date``)

A weekday that contradicts its date keeps the date and is flagged in ``date_note``. An article with
none of these stays undated: the brief lists it apart and never places it in a week by the day it
was ingested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from kewaspadaan_cli import dates

OPENING_LINES = 6  # non-empty lines of the text searched for a date
OPENING_CHARS = 900
EARLIEST = date(1990, 1, 1)

_FILE_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?!\d)")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)")
_YEAR = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?![\d/.-]\d)")


@dataclass(frozen=True)
class Published:
    value: date | None
    source: str | None
    note: str | None = None


def _plausible(d: date | None) -> bool:
    """From 1990 to the end of next year: an epoch or a typo ("3024") is no publication date."""
    return d is not None and EARLIEST <= d <= date(date.today().year + 1, 12, 31)


def _ymd(m: re.Match[str] | None) -> date | None:
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def from_filename(source: str) -> date | None:
    """A date in the file's name (not its folders): ``2024-11-27-rakor.txt``."""
    name = PurePath(source.split("#")[0]).name
    for m in _FILE_DATE.finditer(name):
        d = _ymd(m)
        if _plausible(d):
            return d
    return None


def from_url(url: str | None) -> date | None:
    """A date in a URL's path: ``/read/2024/03/01/094559678/...``."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    d = _ymd(_URL_DATE.search(path))
    return d if _plausible(d) else None


def _opening(title: str | None, text: str) -> str:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:OPENING_LINES]
    head = "\n".join(lines)[:OPENING_CHARS]
    return f"{title}\n{head}" if title else head


def _years_named(text: str) -> set[int]:
    """The years the text names, less a regulation's ("UU Nomor 34 Tahun 2004")."""
    return {
        int(m["y"])
        for m in _YEAR.finditer(text)
        if 1990 <= int(m["y"]) <= date.today().year + 1 and not dates.is_law_year(text, m.start())
    }


_AHEAD = re.compile(
    r"\b(?:akan|rencana(?:nya)?|dijadwalkan|jadwal|hingga|sampai|batas|jelang|menjelang|pada\s+hari-h)\b[^.\n]{0,40}$",
    re.I,
)
_AFTER = re.compile(r"^[^.\n]{0,12}\b(?:mendatang|nanti|lalu|silam|kemarin)\b", re.I)


def _not_the_day(head: str, d: dates.DateMatch) -> bool:
    """A date the sentence puts ahead ("akan digelar 27 Juli 2018", "16 Mei 2017 mendatang") or
    behind ("14 Februari lalu"), or a document's ("surat Nomor ..., tanggal 27 Agustus 2018"): another day
    than the one reported."""
    after = _AFTER.match(head[d.end : d.end + 24])
    # "Rabu (25/9/2024) lalu": a named weekday is this week's, the day reported
    recent = after is not None and d.weekday is not None and after.group(0).strip().lower().endswith("lalu")
    return bool(
        _AHEAD.search(head[max(0, d.start - 60) : d.start])
        or (after and not recent)
        or dates.is_document_day(head, d.start)
    )


def from_text(title: str | None, text: str, reference: date | None = None) -> dates.DateMatch | None:
    """The day an article reports, as its text writes it (see the module docstring).

    In order: the first date with a year in the title or the opening lines (one whose weekday
    agrees preferred); the first "Weekday (d/m/yyyy)" anywhere, its weekday agreeing; a
    "Weekday (d/m)" without a year whose weekday fits exactly one year the article names, or the
    year nearest before ``reference`` (a date the file name, URL or analyst gives).
    """
    head = _opening(title, text)
    found = [
        d
        for d in dates.find_dates(head)
        if d.has_year and not d.relative and _plausible(d.value) and not _not_the_day(head, d)
    ]
    if found:
        return next((d for d in found if not d.weekday_mismatch), found[0])
    for d in dates.find_dates(text):
        if d.has_year and d.weekday and not d.weekday_mismatch and _plausible(d.value) and not _not_the_day(text, d):
            return d
    years = _years_named(text)
    for year in sorted(years, reverse=True):
        # read the text against the last day of a named year: a yearless date resolves into it
        for d in dates.find_dates(text, date(year, 12, 31)):
            if d.relative or d.has_year or not d.weekday or d.weekday_mismatch or d.value.year != year:
                continue
            if [y for y in years if _weekday_fits(d, y)] == [year]:
                return d
    if reference is not None:
        for d in dates.find_dates(text, reference):
            if not (d.relative or d.has_year or not d.weekday or d.weekday_mismatch):
                return d
    return None


def _weekday_fits(d: dates.DateMatch, year: int) -> bool:
    try:
        return date(year, d.value.month, d.value.day).weekday() == d.value.weekday()
    except ValueError:
        return False


def resolve(
    *,
    field: date | None,
    field_kind: str,
    dateline: date | None,
    title: str | None,
    text: str,
    source: str,
    url: str | None,
    assigned: date | None = None,
) -> Published:
    """The publication date of one article and its source, by the order in the module docstring.

    ``field_kind`` is ``field`` for JSON inputs and ``metadata`` for HTML pages.
    """
    if _plausible(field):
        return Published(field, field_kind)
    if _plausible(dateline):
        return Published(dateline, "dateline")
    outside = [
        (d, kind)
        for d, kind in ((from_filename(source), "filename"), (from_url(url), "url"), (assigned, "assigned"))
        if d
    ]
    # a file name, URL or folder date tells the year of a "Kamis (23/2)" in the text
    found = from_text(title, text, outside[0][0] if outside else None)
    if found is not None:
        note = f"weekday-mismatch: {found.weekday} for {found.value.isoformat()}" if found.weekday_mismatch else None
        return Published(found.value, "text", note)
    if outside:
        return Published(outside[0][0], outside[0][1])
    return Published(None, None)
