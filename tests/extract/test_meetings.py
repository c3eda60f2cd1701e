from __future__ import annotations

from datetime import date

import pytest

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


def chair_of(text: str) -> str | None:
    (m,) = find_meetings(text, published=date(2024, 11, 20), officials=find_officials(text))
    return m.chair


def test_chair_named_by_title_alone() -> None:
    text = (
        "Rapat yang dipimpin Plt Kepala Dinas Kominfo Provinsi Jambi ini diikuti 30 peserta, Senin (18/11). "
        "Dalam kesempatan itu, Plt Kepala Dinas Kominfo Provinsi Jambi Ariansyah mengatakan hoaks harus dilawan."
    )
    assert chair_of(text) == "Ariansyah"


def test_chair_after_a_fronted_clause_and_stand_in() -> None:
    text = (
        "Ketua DPRD Kerinci, Edminudin, turut hadir.\n"
        "Saat memimpin rakor secara virtual, Gubernur Jambi, Al Haris diwakili oleh Sekretaris Daerah Provinsi "
        "Jambi, Sudirman menyampaikan arahan, Senin (18/11)."
    )
    assert chair_of(text) == "Sudirman"


def test_leading_a_city_is_not_chairing() -> None:
    text = (
        "Kesbangpol Kota Padang menggelar sosialisasi di Hotel Pangeran, Senin (18/11). "
        "Wali Kota Padang, Hendri Septa menambahkan, sejak dirinya memimpin Kota Padang kondisi tetap kondusif."
    )
    assert chair_of(text) is None


def test_visit_belongs_to_the_visitor() -> None:
    text = (
        "Dalam kunjungan kerja Kapolda Sulteng Irjen Pol Agus Nugroho ke Kabupaten Poso, Senin (18/11), "
        "Bupati Poso Verna Inkiriwang menyampaikan laporan kesiapan pilkada."
    )
    assert chair_of(text) == "Agus Nugroho"


def test_who_gathered_the_participants() -> None:
    text = (
        "Bupati Bener Meriah, Tagore Abubakar mendatangi kantor camat dan mengumpulkan para kepala desa untuk "
        "rapat evaluasi, Senin (18/11)."
    )
    assert chair_of(text) == "Tagore Abubakar"


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Rakor yang diikuti 25 anggota tim terpadu itu berlangsung lancar.", 25),
        ("Rakor berlangsung lancar. Peserta rapat yang berjumlah 120 orang berasal dari desa.", 120),
        ("Rakor berlangsung lancar. Sebanyak 300 personel dikerahkan untuk mengamankan TPS.", None),
    ],
)
def test_participants(sentence: str, expected: int | None) -> None:
    (m,) = find_meetings(sentence, published=None, officials=[])
    assert m.n_participants == expected


def test_chair_who_spoke_just_before_an_address_sentence() -> None:
    text = (
        "Kapolda Maluku Utara Brigjen Pol Midi Siswoko meminta seluruh pasangan calon menjaga keamanan.\n"
        "Ketegasan ini disampaikan dalam sambutannya pada penandatanganan kesepahaman bersama di Royal Resto "
        "Ternate, Senin (25/11/2024)."
    )
    (m,) = find_meetings(text, published=date(2024, 11, 26), officials=find_officials(text))
    assert m.meeting_type == "deklarasi"
    assert m.chair == "Midi Siswoko"


@pytest.mark.parametrize(
    "text,organiser,institutions",
    [
        (
            "Kesbangpol Kabupaten Tanjab Timur menggelar rapat koordinasi bersama Forkopimda, KPU dan Bawaslu di "
            "Aula Kantor Kesbangpol, Kamis (12/11/2024). Rakor dihadiri Kapolres Tanjab Timur AKBP Agus Santoso.",
            "kesbangpol",
            ["kesbangpol", "forkopimda", "kpu", "bawaslu", "polri"],
        ),
        (
            "Rapat koordinasi yang digelar Bawaslu Sintang diikuti perwakilan partai politik, Senin (2/12/2024).",
            "bawaslu",
            ["bawaslu", "parpol"],
        ),
        (
            "Bupati Sintang membuka rapat koordinasi, Senin (2/12/2024). KPU melaporkan daftar pemilih.",
            None,  # KPU reported, it neither held nor is said to attend
            [],
        ),
    ],
)
def test_organiser_and_institutions_taking_part(text: str, organiser: str | None, institutions: list[str]) -> None:
    from kewaspadaan_cli.extract.labels import find_label_mentions
    from kewaspadaan_cli.extract.meetings import attach_institutions

    people = find_officials(text)
    (m,) = find_meetings(text, published=None, officials=people)
    attach_institutions(m, text, [x for x in find_label_mentions(text) if x.kind == "institution"], people)
    assert m.organiser == organiser
    assert m.institutions == institutions


def _shifted(people: list, by: int) -> list:
    from dataclasses import replace

    return [
        replace(
            o,
            start=o.start + by,
            end=o.end + by,
            title_start=None if o.title_start is None else o.title_start + by,
            title_end=None if o.title_end is None else o.title_end + by,
            aliases=[(a + by, b + by) for a, b in o.aliases],
        )
        for o in people
    ]


def test_time_is_linear_in_article_length() -> None:
    """Issue #11: a long article without full stops (one 200 KB "sentence") costs in proportion to its length."""
    import time

    unit = (
        "Bupati Sintang Jarot Winarno membuka rapat koordinasi bersama Forkopimda di Aula Kantor Bupati Sintang "
        "Kamis (12/11/2024) yang dihadiri 50 peserta dan Kapolres Sintang AKBP Dedi Saputra menyampaikan arahan "
        "bahwa sosialisasi dan dialog digelar oleh Kesbangpol serta KPU dan Bawaslu dalam sambutannya "
    )
    people = find_officials(unit)
    assert people  # the anchors the chair scans look at

    def cost(copies: int) -> float:
        text = unit * copies
        officials = [p for i in range(copies) for p in _shifted(people, i * len(unit))]
        find_meetings(text, published=date(2024, 11, 20), officials=officials)  # warm the sentence cache
        t0 = time.perf_counter()
        (m,) = find_meetings(text, published=date(2024, 11, 20), officials=officials)
        elapsed = time.perf_counter() - t0
        assert m.chair == "Jarot Winarno" and m.venue == "Aula Kantor Bupati Sintang"
        return elapsed

    short, long = cost(80), cost(800)  # about 20 KB and 200 KB
    assert len(unit) * 800 > 200_000
    assert long < 30 * short, (short, long)  # linear: about 10 times; quadratic: about 100 times
