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


def test_tokens_match_spacy_blank_id_without_its_whitespace_specials() -> None:
    import spacy

    from kewaspadaan_cli.nlp import ABBREVIATIONS, _build

    text = (
        "Sintang (ANTARA) - Bupati Kab. Sintang, H. Jarot Winarno, S.Sos., membuka rakor.\n\n"
        "Rakor  digelar di Aula Kantor Bupati, Jl. Lintas Melawi No. 3,\u00a0Senin (2/12/2024).\n"
        "\tKapolres AKBP Dwi Prasetyo, S.I.K., M.H. hadir; anti-hoaks & dll. dibahas...\r\n"
    )
    bare = spacy.blank("id")
    for abbr in ABBREVIATIONS:
        bare.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    ours = _build()
    assert [(t.text, t.idx, t.whitespace_) for t in ours.make_doc(text)] == [
        (t.text, t.idx, t.whitespace_) for t in bare.make_doc(text)
    ]


def test_sentences_match_spacys_sentencizer() -> None:
    import spacy

    text = (
        'Rakor dibuka Wakil Bupati. Hadir pula Kapolres!  Apakah aman? \u201cAman,\u201d ujarnya." Lalu...\n'
        "Baris kedua tanpa titik\nKab. Sintang H. Jarot membuka acara. Selesai."
    )
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    expected = []
    for line_start, line in [(0, text.split("\n")[0]), (text.index("Baris"), "Baris kedua tanpa titik")]:
        expected += [(line_start + s.start_char, line_start + s.end_char) for s in nlp(line).sents]
    spans = sentence_spans(text)
    assert spans[: len(expected)] == [(a, b) for a, b in expected]
    assert [text[a:b] for a, b in spans[len(expected) :]] == ["Kab. Sintang H. Jarot membuka acara.", "Selesai."]
