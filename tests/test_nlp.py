from __future__ import annotations

import pytest

from kewaspadaan_cli.nlp import sentence_spans, stem


@pytest.mark.parametrize(
    "word,expected",
    [
        ("bentrokan", "bentrok"),
        ("berbentrokan", "bentrok"),
        ("pengrusakan", "rusak"),
        ("pemungutan", "pungut"),
        ("dibakar", "bakar"),
        ("Bekasi", "bekasi"),
        ("Pemalang", "pemalang"),
        ("Kutai", "kutai"),
    ],
)
def test_stems_with_exceptions_and_names_untouched(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_sentences_survive_abbreviations() -> None:
    text = "Bupati Kab. Sintang H. Jarot membuka rakor di Jl. Lintas Melawi. Kapolres hadir.\nJudul baru"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "Bupati Kab. Sintang H. Jarot membuka rakor di Jl. Lintas Melawi.",
        "Kapolres hadir.",
        "Judul baru",
    ]


def test_place_names_are_never_stemmed_even_lower_case() -> None:
    assert stem("bekasi") == "bekasi" and stem("pemalang") == "pemalang"
