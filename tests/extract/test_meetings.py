from __future__ import annotations

from datetime import date

from kewaspadaan_cli.extract.meetings import find_meetings
from kewaspadaan_cli.extract.officials import find_officials
from kewaspadaan_cli.extract.quotes import find_quotes

TEXT = (
    "Kesbangpol Kabupaten Tanjab Timur menggelar Rapat Koordinasi bersama Forkopimda, rakor kali ini mengangkat "
    'tema "Peran Forkopimda Menjaga Kondusifitas". Kegiatan Rakor tersebut dilaksanakan di Aula Kantor '
    "Kesbangpol Tanjab Timur, pada hari Kamis (12/11).\n"
    "Rakor dibuka oleh Plt Bupati Tanjab Timur yang diwakili Asisten I Suhas Purrojani dan diikuti 50 peserta.\n"
    '"Potensi konflik sosial harus dicegah sejak dini," ujar Suhas.\n'
)


def test_meeting_fields() -> None:
    people = find_officials(TEXT)
    (m,) = find_meetings(TEXT, published=None, officials=people, fallback=date(2026, 1, 1))
    assert m.meeting_type == "rakor"
    assert m.venue == "Aula Kantor Kesbangpol Tanjab Timur"
    assert m.chair == "Suhas Purrojani"  # the one who stood in opened it
    assert m.n_participants == 50
    assert m.theme and m.theme.startswith("Peran Forkopimda")
    assert m.date is None  # "Kamis (12/11)" and no year anywhere in the text


def test_date_year_from_publication() -> None:
    (m,) = find_meetings(TEXT, published=date(2020, 11, 20), officials=[])
    assert m.date == date(2020, 11, 12)  # a Thursday in 2020


def test_planned_meeting_is_not_held() -> None:
    assert find_meetings("Pemkab akan menggelar rapat koordinasi pekan depan.", published=None, officials=[]) == []


def test_no_meeting() -> None:
    assert find_meetings("Harga cabai naik di pasar induk.", published=None, officials=[]) == []


def test_quotes_with_speakers() -> None:
    people = find_officials(TEXT)
    (q,) = find_quotes(TEXT, people)
    assert q.speaker == "Suhas Purrojani"
    assert TEXT[q.start : q.end] == q.text and q.text.startswith("Potensi konflik")
