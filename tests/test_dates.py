from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kewaspadaan_cli.dates import MONTHS, find_dates, parse_date

REF = date(2024, 12, 5)
INDO_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
INDO_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("dilaksanakan pada hari Kamis (12/11/2024).", date(2024, 11, 12)),
        ("Senin (2/12) di Aula Kantor Bupati", date(2024, 12, 2)),
        ("Rabu, 6 November 2024", date(2024, 11, 6)),
        ("pada 6 Nop 2019 lalu", date(2019, 11, 6)),
        ("2 Desember 2024 pukul 10.00 WITA", date(2024, 12, 2)),
        ("tanggal 12-11-2024", date(2024, 11, 12)),
        ("2024-11-12T09:00:00+07:00", date(2024, 11, 12)),
        ("Kompas.com - 01/03/2024, 09:45 WIB", date(2024, 3, 1)),
        ("Friday, March 29, 2024", date(2024, 3, 29)),
        ("6 Agt 2023", date(2023, 8, 6)),
        ("Kamis (21/9/23)", date(2023, 9, 21)),
        ("Sabtu (7/10/2023), kembali memanas", date(2023, 10, 7)),
        ("15 Pebruari 2024", date(2024, 2, 15)),
        ("kemarin", date(2024, 12, 4)),
        ("hari ini", REF),
        ("rakor digelar siang tadi", REF),
        ("tadi sore", REF),
        ("2 jam yang lalu", REF),
        ("3 hari lalu", date(2024, 12, 2)),
    ],
)
def test_forms(text: str, expected: date) -> None:
    found = find_dates(text, REF)
    assert found and found[0].value == expected
    d = found[0]
    assert text[d.start : d.end] == d.surface


def test_yearless_date_takes_the_recent_year() -> None:
    assert find_dates("Senin (30/12)", date(2025, 1, 3))[0].value == date(2024, 12, 30)
    assert find_dates("Jumat (24/2)", date(2017, 3, 1))[0].value == date(2017, 2, 24)


def test_weekday_mismatch_is_kept_and_flagged() -> None:
    d = find_dates("Senin (12/11/2024)", REF)[0]  # 12 November 2024 was a Tuesday
    assert d.value == date(2024, 11, 12) and d.weekday_mismatch
    assert not find_dates("Selasa (12/11/2024)", REF)[0].weekday_mismatch


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2024",
        "Rp 10.000",
        "nomor 1205/Sintang",
        "pukul 10.00",
        "45 persen",
        "Nomor R/Ren Ops/08/VIII/OPS.1.1.1/2018",  # the tail of a reference number
        "Sprin/12/IX/OPS.2.3/2024",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_a_date_after_a_reference_number_is_still_read() -> None:
    (d,) = find_dates("Nomor R/123/2018 tanggal 12/11/2018, dibacakan Senin (12/11/2018).", REF)[:1]
    assert d.value == date(2018, 11, 12)


def test_relative_needs_a_reference() -> None:
    assert find_dates("kemarin sore") == []


def test_parse_date() -> None:
    assert parse_date("2024-12-02") == date(2024, 12, 2)
    assert parse_date("Senin, 2 Desember 2024") == date(2024, 12, 2)
    assert parse_date("bukan tanggal") is None
    assert parse_date("") is None


def test_month_names_cover_every_month() -> None:
    assert set(MONTHS.values()) == set(range(1, 13))


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)), st.sampled_from(range(5)))
def test_every_style_round_trips(d: date, style: int) -> None:
    text = [
        f"{INDO_DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})",
        f"{INDO_DAYS[d.weekday()]}, {d.day} {INDO_MONTHS[d.month - 1]} {d.year}",
        f"{d.day} {INDO_MONTHS[d.month - 1][:3]} {d.year} pukul 10.00 WIB",
        d.isoformat(),
        f"{d.day:02d}-{d.month:02d}-{d.year}",
    ][style]
    found = find_dates(f"Rapat digelar {text}, di Aula.", REF)
    assert len(found) == 1
    assert found[0].value == d and not found[0].weekday_mismatch
    assert f"Rapat digelar {text}, di Aula."[found[0].start : found[0].end] == found[0].surface


def test_estimated_year_may_be_a_year_short() -> None:
    # the reference is only the latest year the text names: "sengketa Pilkada 2024 ... Senin (24/2)" is 2025
    # (24 February 2025 is a Monday), not the Monday five years back
    assert find_dates("Senin (24/2)", date(2024, 12, 31), estimate=True)[0].value == date(2025, 2, 24)
    # a weekday that fits the estimated year itself stays in it
    assert find_dates("Senin (2/12)", date(2024, 12, 31), estimate=True)[0].value == date(2024, 12, 2)
    # a known publication date is not a guess: no date after it (the year before it, the weekday flagged)
    d = find_dates("Senin (24/2)", date(2024, 12, 31))[0]
    assert d.value == date(2024, 2, 24) and d.weekday_mismatch


@pytest.mark.parametrize(
    "text,expected,surface",
    [
        # a span of days is dated by its first day, and its surface covers the span
        ("berlangsung pada 27-29 Agustus 2024.", date(2024, 8, 27), "27-29 Agustus 2024"),
        ("Sabtu-Minggu (10-11/8/2024) di Aula", date(2024, 8, 10), "Sabtu-Minggu (10-11/8/2024)"),
        ("Senin hingga Rabu, 2 s.d. 4 Desember 2024", date(2024, 12, 2), "Senin hingga Rabu, 2 s.d. 4 Desember 2024"),
        ("pada 1 dan 2 Desember", date(2024, 12, 1), "1 dan 2 Desember"),
        # traps: a day-month-year is no span, a clock time is no day
        ("tanggal 12-11-2024", date(2024, 11, 12), "12-11-2024"),
        ("pukul 09.00 hingga 12 Desember", date(2024, 12, 12), "12 Desember"),
        ("Rp 1.000 dan 2 Desember", date(2024, 12, 2), "2 Desember"),
    ],
)
def test_span_of_days(text: str, expected: date, surface: str) -> None:
    (d,) = find_dates(text, REF)
    assert (d.value, d.surface, text[d.start : d.end]) == (expected, surface, surface)
    assert not d.weekday_mismatch


def test_weekday_dates_minggu_lalu() -> None:
    from kewaspadaan_cli.dates import weekday_dates

    ref = date(2024, 11, 27)  # a Wednesday
    assert [d.value for d in weekday_dates("Rakor digelar pada Minggu lalu.", ref)] == [date(2024, 11, 24)]
    assert weekday_dates("Minggu lalu, rakor digelar di Aula.", ref) == []  # last week as often as last Sunday
    assert [d.value for d in weekday_dates("Rakor digelar Senin lalu.", ref)] == [date(2024, 11, 25)]


@pytest.mark.parametrize(
    "text,day",
    [
        ("Rakor digelar pada 2-3 Desember 2024 di Hotel Bagoes.", "2024-12-02"),
        ("Bimtek berlangsung 28-30 November 2024.", "2024-11-28"),
        ("Rapat digelar Senin-Selasa (2-3/12/2024).", "2024-12-02"),
    ],
)
def test_a_span_of_days_is_dated_by_its_first(text: str, day: str) -> None:
    assert [d.value.isoformat() for d in find_dates(text, date(2024, 12, 31))] == [day]


@pytest.mark.parametrize(
    "text,expected",
    [("Jumat (13/ 10/2023)", date(2023, 10, 13)), ("Selasa ( 5 / 3 / 2024 )", date(2024, 3, 5))],
)
def test_a_weekday_s_bracketed_date_with_spaces_around_its_slashes(text: str, expected: date) -> None:
    (d,) = find_dates(text, REF)
    assert d.value == expected and text[d.start : d.end] == d.surface


def test_spaced_slashes_without_a_weekday_are_no_date() -> None:
    assert find_dates("skor 13/ 10 lalu", REF) == []


@pytest.mark.parametrize(
    "text",
    [
        "Apel di Stadion 29 November Sampit ramai.",
        "Rumah di Jalan 17 Agustus dibakar.",
        "Rektor Universitas 17 Agustus 1945.",
    ],
)
def test_a_place_named_after_a_day_is_no_date(text: str) -> None:
    assert find_dates(text, date(2020, 8, 1)) == []


def test_the_day_after_a_place_named_after_one_is_read() -> None:
    found = find_dates("Apel di Stadion 29 November Sampit, Selasa (28/7/2020) pagi.", date(2020, 8, 1))
    assert [d.value for d in found] == [date(2020, 7, 28)]


VOTES = (date(2014, 4, 9), date(2017, 2, 15), date(2018, 6, 27), date(2019, 4, 17), date(2020, 12, 9))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rapat digelar Senin (9/1) di kantor KPU.", date(2017, 1, 9)),  # 37 days before the 2017 vote
        ("Rakor digelar Senin (25/3).", date(2019, 3, 25)),  # 2019, not 2013 or 2024
        ("Rakor digelar Selasa (20/10).", date(2020, 10, 20)),  # 2015 falls the same: the later year
        ("Rapat digelar Rabu (2/8).", None),  # (no year puts a Wednesday 2 August near a vote)
        ("Rapat digelar (9/1).", None),  # (no weekday, nothing to tell the year)
    ],
)
def test_a_weekday_s_yearless_date_takes_the_year_near_a_vote(text: str, expected: date | None) -> None:
    found = find_dates(text, None, True, VOTES)
    assert (found[0].value if found else None) == expected
    assert find_dates(text, None, True) == []  # without voting days, no year is guessed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year no schedule reaches is mistyped: the year one digit away that the weekday confirms
        ("Rapat digelar di Singaparna, Jumat (22/6/2118).", date(2018, 6, 22)),
        ("Rapat digelar 22 Juni 2118.", date(2018, 6, 22)),  # no weekday: the one such recent year
        # (traps) nothing confirms a correction: no date; a day scheduled a few years on stays as written
        ("Rapat digelar Senin (22/6/2052).", None),
        ("Pemilu berikutnya digelar 14 Februari 2029.", date(2029, 2, 14)),
    ],
)
def test_a_mistyped_year_far_ahead(text: str, expected: date | None) -> None:
    found = find_dates(text)
    assert (found[0].value if found else None) == expected


def test_a_day_glued_to_its_month_name() -> None:
    found = find_dates("Pemkab menggelar deklarasi damai di Gedung Sesat Agung, Kamis, 31Oktober 2019.")
    assert [d.value for d in found] == [date(2019, 10, 31)]
    assert find_dates("Kode aksesnya 12mei2019.") == []  # (a lower-case month glued on is no date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of time between the weekday and its bracketed date
        ("Bimtek digelar di Hotel Zalfa, Kamis kemarin (21/3).", date(2019, 3, 21)),
        ("Rapat berlangsung Senin malam (2/12/2024) di aula.", date(2024, 12, 2)),
        # (trap) another word there is no part of the date's phrase: the bracket alone is read
        ("Rapat Kamis bersama (21/3) warga.", date(2019, 3, 21)),
    ],
)
def test_a_time_of_day_between_the_weekday_and_its_date(text: str, expected: date) -> None:
    found = find_dates(text, date(2019, 3, 25))
    assert [d.value for d in found] == [expected]
    assert (found[0].weekday is not None) is ("bersama" not in text)


def test_a_yearless_weekday_date_takes_its_year_from_the_articles_own_date() -> None:
    text = (
        "Kamis, 30 Juni 2022\nPilkada Gorontalo Masuk Zona Merah\nOleh Redaksi, pada Kamis, 19 Januari 2017 | 14:41\n"
        "Plt Gubernur melakukan rapat tertutup dengan Forkopimda, Selasa (17/1)."
    )
    (d,) = [d for d in find_dates(text, date(2022, 6, 30)) if not d.has_year]
    assert d.value == date(2017, 1, 17) and not d.weekday_mismatch
    # the same read against an estimated year from the text's years
    (d,) = [d for d in find_dates(text, date(2022, 12, 31), estimate=True) if not d.has_year]
    assert d.value == date(2017, 1, 17)
    # trap: a weekday that fits the reference's year keeps it, though another year's date is written
    text = "Laporan tahun 2019 dibahas, Senin (17/1/2019) lalu. Rapat digelar Senin (17/1)."
    (d,) = [d for d in find_dates(text, date(2022, 1, 20)) if not d.has_year]
    assert d.value == date(2022, 1, 17)


def test_a_yearless_weekday_date_that_fits_no_full_date_stays_flagged() -> None:
    text = "Rapat di Stabat, Rabu (9/7). Rapat berikutnya pada Senin, 1 Maret 2021."
    (d,) = [d for d in find_dates(text, date(2021, 7, 10)) if not d.has_year]
    assert d.value == date(2021, 7, 9) and d.weekday_mismatch


def test_a_weekday_date_whose_day_and_month_run_together() -> None:
    (d,) = find_dates("rapat di Ruang Rapat Lantai IV Kantor Gubernur NTT (Kamis/245/2018) oleh panitia")
    assert d.value == date(2018, 5, 24) and d.weekday == "Kamis"
    (d,) = find_dates("pada Kamis (2405/2018) siang")
    assert d.value == date(2018, 5, 24)
    # traps: no weekday to split the digits by, or no split that falls on it
    assert find_dates("Nomor surat 245/2018 tentang tim terpadu") == []
    assert find_dates("pada Senin (245/2018) siang") == []


def test_a_numeric_date_followed_by_its_time_of_day() -> None:
    # a page's time stamp "16/6/2020 14:37": the date stands before a clock time
    assert [d.value for d in find_dates("Ardi Hardi\n16/6/2020 14:37\nPolda DIY ...")] == [date(2020, 6, 16)]
    assert [d.value for d in find_dates("Senin, 16/6/2020 14.37 WIB")] == [date(2020, 6, 16)]
    # traps: digits that are no time after the date keep it unread (a count, a longer number)
    assert find_dates("Pada 16/6/2020 10.000 orang hadir.") == []
    assert find_dates("Surat nomor 16/6/2020/123 itu.") == []


def test_a_weekday_date_after_the_publication_with_its_month_mistyped() -> None:
    from kewaspadaan_cli.dates import month_slip

    (d,) = find_dates("Rapat digelar di Stabat, Rabu(9/7).", date(2021, 6, 30))
    assert month_slip(d, date(2021, 6, 9)).value == date(2021, 6, 9)  # 9 June 2021 was a Wednesday
    (d,) = find_dates("Apel digelar Selasa (26/12/2024).")
    assert month_slip(d, date(2024, 11, 26)).value == date(2024, 11, 26)
    # traps: a weekday that fits; a month earlier that the weekday does not fit either; a date before publication
    (d,) = find_dates("Rapat digelar Jumat (5/1/2018).")
    assert month_slip(d, date(2017, 12, 20)) is d
    (d,) = find_dates("Apel digelar Senin (26/12/2024).")
    assert month_slip(d, date(2024, 11, 26)).value == date(2024, 12, 26)
    (d,) = find_dates("Apel digelar Selasa (26/10/2024).")
    assert month_slip(d, date(2024, 11, 26)).value == date(2024, 10, 26)


def test_a_documents_kind_is_a_whole_word() -> None:
    from kewaspadaan_cli.dates import is_document_day

    # "skenario", "Skripsi" begin with "sk" (a decree's short form) but name no document
    for text in [
        "Simulasi dengan skenario kericuhan digelar pada tanggal 5 Mei 2024.",
        "Sidang Skripsi tanggal 5 Mei 2024.",
    ]:
        assert not is_document_day(text, text.index("5 Mei"))
    letter = "Sesuai SK KPU Nomor 12 tanggal 5 Mei 2024, rapat digelar."
    assert is_document_day(letter, letter.index("5 Mei"))
