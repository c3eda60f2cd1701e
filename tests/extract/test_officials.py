from __future__ import annotations

import pytest

from kewaspadaan_cli.extract.officials import find_officials


def people(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in find_officials(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Bupati Sintang, dr. H. Jarot Winarno, memimpin rapat.", [("Jarot Winarno", "Bupati Sintang")]),
        (
            "Kepala Kesbangpol Sintang, Kusnidar, menekankan pentingnya deteksi dini.",
            [("Kusnidar", "Kepala Kesbangpol Sintang")],
        ),
        (
            "Kapolres Pamekasan AKBP Nanang Chadarusman mengatakan situasi aman.",
            [("Nanang Chadarusman", "Kapolres Pamekasan")],
        ),
        (
            "Rakor dibuka Plt Bupati Tanjab Timur yang diwakili Asisten I Suhas Purrojani.",
            [("Suhas Purrojani", "Asisten I")],
        ),
        (
            "Hadir Kepala Badan Kesbangpol Pemkab Tanjab Timur Sularto dan para camat.",
            [("Sularto", "Kepala Badan Kesbangpol Pemkab Tanjab Timur")],
        ),
        ("Danrem 012/Teuku Umar Kolonel Inf Aswardi, SE hadir.", [("Aswardi", "Danrem 012/Teuku Umar")]),
        ("Kapolsek Sabak Barat AKP Rudi Hartono hadir.", [("Rudi Hartono", "Kapolsek Sabak Barat")]),
        ("Acara di Kantor Bupati Langkat, Stabat, Rabu.", []),  # a building, not a person
        ("Calon Bupati Kolaka Asmani-Syarul berkampanye.", []),  # a candidate pair
        ("Bupati Wempi Pimpin Rakor Kewaspadaan", [("Wempi", "Bupati")]),  # a headline verb ends the name
        (
            "Hadir Sekretaris Jenderal (Sekjen) Bawaslu, Kombes Pol Drs Ahmad Santoso, dalam acara itu.",
            [("Ahmad Santoso", "Sekretaris Jenderal (Sekjen) Bawaslu")],
        ),  # the title's abbreviation in brackets is part of it, the ranks after the comma are not
        (
            "Wakil Menteri Dalam Negeri (Wamendagri) Bima Arya tiba di Kendari.",
            [("Bima Arya", "Wakil Menteri Dalam Negeri (Wamendagri)")],
        ),  # a national title does not end in a place name, even one that is a regency's
        ("Ketua Panitia Penyelenggaraan Dilarang Berkampanye hadir.", []),  # derived words: a headline, not a name
    ],
)
def test_patterns(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_acting_marker_and_institution() -> None:
    (o,) = find_officials("Pjs Bupati Kutim, H M Agus Hari Kesuma, membuka acara.")
    assert o.acting == "Pjs" and o.name == "M Agus Hari Kesuma" and o.institution is None
    (k,) = find_officials("Kapolres Langkat AKBP Danu Pamungkas Totok hadir.")
    assert k.institution == "polri"


def test_person_listed_once_with_short_mentions_linked() -> None:
    text = (
        'Bupati Sintang Jarot Winarno membuka rapat. "Kita jaga Sintang," ujar Jarot. '
        "Jarot Winarno selaku Bupati Sintang berharap aman."
    )
    found = find_officials(text)
    assert [(o.name, o.title) for o in found] == [("Jarot Winarno", "Bupati Sintang")]
    kinds = [(m.kind, m.surface) for m in found[0].mentions()]
    assert ("official", "Jarot") in kinds


def test_name_first_apposition() -> None:
    assert people("Hal itu disampaikan oleh Jarot Winarno selaku Bupati Sintang kemarin.") == [
        ("Jarot Winarno", "Bupati Sintang")
    ]


def test_offsets() -> None:
    text = "Ketua KPU Kab. Buleleng Gede Suardana; Komisioner Panwaslih Kab. Buleleng Abu Bakar hadir."
    for o in find_officials(text):
        for m in o.mentions():
            assert text[m.start : m.end] == m.surface
