"""The names people write for regions: short forms, spellings, misspelt admin words, lists (issue #10).

Hand-written sentences, one mechanism per test, with traps: an alias that is also a word, a person or a
field named like a place, a comma that is no list.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from kewaspadaan_cli.extract.regions import _name_variants, article_regions, find_regions, gazetteer, main_region


def codes(text: str, dateline: str | None = None) -> list[str]:
    return article_regions(find_regions(text, dateline=dateline))


@pytest.mark.parametrize(
    "alias,code",
    [
        ("Sumut", "12"),
        ("Sumbar", "13"),
        ("Sumsel", "16"),
        ("Jabar", "32"),
        ("Jateng", "33"),
        ("Jatim", "35"),
        ("DIY", "34"),
        ("DI Yogyakarta", "34"),
        ("Kalbar", "61"),
        ("Kalteng", "62"),
        ("Kalsel", "63"),
        ("Kaltim", "64"),
        ("Kaltara", "65"),
        ("Sulut", "71"),
        ("Sulteng", "72"),
        ("Sulsel", "73"),
        ("Sultra", "74"),
        ("Sulbar", "76"),
        ("Malut", "82"),
        ("NTB", "52"),
        ("NTT", "53"),
        ("Babel", "19"),
        ("Kepri", "21"),
        ("Pabar", "92"),
        ("Papsel", "93"),
        ("Papteng", "94"),
        ("Papeg", "95"),
        ("PBD", "96"),
        ("NAD", "11"),
        ("DKI", "31"),
        ("Daerah Khusus Jakarta", "31"),
    ],
)
def test_province_short_forms(alias: str, code: str) -> None:
    assert codes(f"Kapolda {alias} memimpin apel di Mapolda.") == [code]
    assert codes(f"Rapat koordinasi Pemprov {alias} digelar Senin.") == [code]


@pytest.mark.parametrize(
    "alias,code",
    [
        ("Abdya", "11.12"),
        ("Agara", "11.02"),
        ("Pijay", "11.18"),
        ("Tobasa", "12.12"),
        ("Toba Samosir", "12.12"),  # the former name of Kabupaten Toba
        ("Nisel", "12.14"),
        ("Madina", "12.13"),
        ("Pakpak Barat", "12.15"),  # a common misspelling of Pakpak Bharat
        ("Pessel", "13.01"),
        ("Pasbar", "13.12"),
        ("Inhu", "14.02"),
        ("Kuansing", "14.09"),
        ("OKUT", "16.08"),
        ("OKUS", "16.09"),
        ("Muratara", "16.13"),
        ("Lamteng", "18.02"),
        ("Tubaba", "18.12"),
        ("KBB", "32.17"),
        ("Flotim", "53.06"),
        ("SBD", "53.18"),
        ("Mabar", "53.15"),
        ("KKU", "61.11"),
        ("Gumas", "62.10"),
        ("Mahulu", "64.11"),
        ("Kutai Kertanegara", "64.02"),
        ("Bolmong", "71.01"),
        ("Touna", "72.09"),
        ("Sidrap", "73.14"),
        ("Konkep", "74.12"),
        ("Mamuju Utara", "76.01"),  # the former name of Pasangkayu
        ("Tanimbar", "81.03"),
        ("Maluku Tenggara Barat", "81.03"),  # the former name of Kepulauan Tanimbar
        ("Bursel", "81.09"),
        ("Mamra", "91.20"),
    ],
)
def test_kabupaten_short_forms_and_former_names(alias: str, code: str) -> None:
    assert codes(f"Bupati {alias} membuka rapat koordinasi.") == [code]
    assert codes(f"Bentrok terjadi di {alias}, Senin malam.") == [code]


@pytest.mark.parametrize(
    "written,code",
    [
        ("Kabupaten Kukar", "64.02"),  # an alias takes the admin words too
        ("Kab. Kutim", "64.08"),
        ("Kota Siantar", "12.72"),
        ("Provinsi Jabar", "32"),
        ("Kabupten Sintang", "61.05"),  # misspelt admin words of real text
        ("Kabuapten Sintang", "61.05"),
        ("Kabupatan Malang", "35.07"),
        ("Propinsi Jambi", "15"),
        ("Kotamadya Malang", "35.73"),  # the old word for a kota
        ("Kodya Bogor", "32.71"),
    ],
)
def test_admin_words_with_aliases_and_misspellings(written: str, code: str) -> None:
    assert codes(f"Sosialisasi digelar di {written} kemarin.") == [code]


@pytest.mark.parametrize(
    "written,code",
    [
        ("Tanjung Balai", "12.74"),
        ("Tanjungbalai", "12.74"),
        ("Pematang Siantar", "12.72"),
        ("Labuhan Batu Utara", "12.23"),  # a compound's first word split inside a longer name
        ("Padanglawas Utara", "12.20"),  # ... or joined
        ("Bukit Tinggi", "13.75"),
        ("Sawah Lunto", "13.73"),
        ("Batang Hari", "15.04"),
        ("Lubuk Linggau", "16.73"),
        ("Lubuklinggau", "16.73"),
        ("Muko-Muko", "17.06"),  # a doubled word with its hyphen
        ("Muko Muko", "17.06"),
        ("Tanjung Pinang", "21.72"),
        ("Kota Waringin Timur", "62.02"),
        ("Palangka Raya", "62.71"),
        ("Tojo Una-Una", "72.09"),
        ("Tojo Unauna", "72.09"),
        ("Bau-Bau", "74.72"),
        ("Baubau", "74.72"),
        ("Pare-Pare", "73.72"),
        ("Fakfak", "92.03"),
        ("Kep. Seribu", "31.01"),
        ("Kepulauan Siau Tagulandang Biaro", "71.09"),
    ],
)
def test_spacing_and_hyphen_variants(written: str, code: str) -> None:
    assert codes(f"Rapat digelar di {written}, Senin.") == [code]


def test_name_variants_are_the_ways_writers_space_a_name() -> None:
    assert _name_variants("Tojo Una Una") == {"Tojo Una Una", "Tojo Una-Una", "Tojo Unauna"}
    assert _name_variants("Tanjungpinang") == {"Tanjungpinang", "Tanjung Pinang"}
    assert _name_variants("Sintang") == {"Sintang"}  # no compound head, no doubled word: nothing invented
    assert _name_variants("Padang") == {"Padang"}  # a head word alone is not split


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Rapat digelar di Tasik, Senin.", ["32.78"]),  # a short form kota and kabupaten share: the kota
        ("Bupati Tasik membuka rapat.", ["32.06"]),  # unless the text shows the kabupaten
        ("Kabupaten Tasik dan Kota Tasik menggelar apel.", ["32.06", "32.78"]),
        ("Polres Malang Kota dan Polres Malang menggelar apel bersama.", ["35.73", "35.07"]),  # "X Kota" is the kota
        ("Bentrok pecah di Malang, tepatnya di Kecamatan Kepanjen.", ["35.07"]),  # its kecamatan shows the kabupaten
        ("Bentrok pecah di Malang, tepatnya di Kecamatan Klojen.", ["35.73"]),  # a kecamatan of the kota
    ],
)
def test_kota_and_kabupaten_of_one_name(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Daerah rawan meliputi Jember, Lebak, dan Papua.", ["35.09", "36.02", "91"]),  # a weak name in a list
        ("Pemantauan di Jayawijaya, Puncak, Nduga, dan Mimika.", ["95.01", "94.05", "95.08", "94.04"]),
        ("Pengamanan Pilkada di Pati dan Kudus.", ["33.18", "33.19"]),  # two joined by "dan"
        ("Apel digelar di Lapangan Benteng, Medan, Sabtu.", ["12.71"]),  # one comma is no list: a field in Medan
        ("Bima, anak Pak Joko, kuliah di Surabaya.", ["35.78"]),  # a person named like a place
    ],
)
def test_weak_names_in_a_list_of_regions(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harga kayu Meranti naik tajam bulan ini.",  # a tree
        "Klub FC Basel menang tadi malam.",  # a Swiss city named like Bangka Selatan's short form
        "Warga menebar racun Tuba di sungai.",  # a fish poison
        "Rombongan Balam tiba pagi ini.",
        "Polisi menyita narkotika jenis Sabu seberat dua kilogram.",  # the drug, not Sabu Raijua
        "Lemparan batu mengenai Karo Ops Polda yang berdiri di depan.",  # Kepala Biro, not Kabupaten Karo
        "Tarian adat Batak Toba ditampilkan pada acara itu.",  # a people, not Kabupaten Toba
    ],
)
def test_weak_aliases_without_a_place_cue_are_no_region(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Bupati Karo membuka rapat.", ["12.06"]),
        ("Bentrok terjadi di Toba, Senin.", ["12.12"]),
        ("Kapolres Sabu Raijua dan warga Sabu hadir.", ["53.20"]),
    ],
)
def test_weak_names_with_a_place_cue_are_regions(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "town,code",
    [("Purwokerto", "33.02"), ("Curup", "17.02"), ("Saumlaki", "81.03"), ("Kutacane", "11.02"), ("Mbay", "53.16")],
)
def test_kabupaten_capitals_point_to_their_regency_without_naming_it(town: str, code: str) -> None:
    text = f"Bentrok antarpendukung calon terjadi di {town}, Senin."
    ms = find_regions(text)
    assert [m.canonical for m in ms] == [code]
    assert article_regions(ms) == []
    assert main_region(text, ms) == code


def test_every_province_has_its_capital_listed() -> None:
    from kewaspadaan_cli.lexicons import read_rows

    gz = gazetteer()
    provinces = {c for c, r in gz.regions.items() if r.type == "provinsi"}
    assert {row["province"] for row in read_rows("province_capitals.tsv")} == provinces


def test_the_check_script_finds_no_gap(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(__file__).resolve().parents[2] / "scripts" / "check_region_names.py"
    spec = importlib.util.spec_from_file_location("check_region_names", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "check_region_names", module)  # its dataclass looks its module up
    spec.loader.exec_module(module)
    assert module.main([]) == 0
    out = capsys.readouterr().out
    gaps = [line for line in out.splitlines() if "\tGAP\t" in line or "\tpartial\t" in line]
    assert gaps == []


def test_every_capital_town_resolves_to_its_kabupaten_alone() -> None:
    from kewaspadaan_cli.lexicons import read_rows

    for row in read_rows("region_aliases.tsv"):
        if (row.get("note") or "").strip() == "capital":
            ms = find_regions(f"Bentrok terjadi di {row['alias']}, Senin.")
            assert [m.canonical for m in ms] == [row["code"]], row


@pytest.mark.parametrize(
    "text,expected",
    [
        ("SERANG - Rapat koordinasi digelar pagi ini.", ["36.73"]),  # an upper-case dateline not passed in
        ("TRIBUNNEWS.COM, BIMA - Bentrok pecah.", ["52.72"]),
        ("Berita.\nBANJAR (ANTARA) - Polisi berjaga.", ["32.79"]),
        ("POLISI SITA SABU 1 KG DI GUDANG", []),  # a weak name in an upper-case headline is no dateline
        ("ATRAKSI BATAK TOBA MEMUKAU PENONTON", []),
    ],
)
def test_upper_case_weak_names_count_as_datelines_only(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Bentrok antarpendukung pecah di Kota Pahlawan, Senin.", ["35.78"]),
        ("Suasana Pilkada di Serambi Mekkah berlangsung damai.", ["11"]),
        ("Wali Kota Jogja meninjau TPS.", ["34.71"]),  # the city, where the bare short form is the province
        ("Rapat di Jogja berlangsung tertib.", ["34"]),
    ],
)
def test_nicknames_and_local_short_forms(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Pemerintah Kota Bengkulu menggelar sosialisasi. Warga Bengkulu antusias.", ["17.71"]),  # the city shown
        ("Gubernur Bengkulu dan Wali Kota Bengkulu hadir. Warga Bengkulu antusias.", ["17", "17.71"]),
        ("Rapat di Bengkulu berlangsung tertib.", ["17"]),  # nothing shown: the province over its capital
        ("Kota Gorontalo dan Provinsi Gorontalo menggelar apel. Warga Gorontalo hadir.", ["75.71", "75"]),
    ],
)
def test_a_bare_province_name_is_the_city_where_only_the_city_is_shown(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Pleno digelar di Kabupaten Sumba Barat daya, Senin.", ["53.18"]),  # the admin word shows the name
        ("Warga Kota Tangerang selatan antusias.", ["36.74"]),
        ("Warga sumba barat daya antusias.", []),  # without the admin word a lower-case name is no name
    ],
)
def test_an_admin_word_carries_a_name_typed_with_a_lower_case_direction(text: str, expected: list[str]) -> None:
    assert codes(text) == expected
