from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kewaspadaan_cli.extract.matcher import VOCABULARIES, Matcher, _literal_starts, finditer, matcher
from kewaspadaan_cli.lexicons import read_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from corpus import articles  # noqa: E402

ROWS = [
    {"id": "pilkada", "terms": ["pilkada"], "patterns": [r"\b(?:paslon|pasangan\s+calon)\s*(?:bupati|gubernur)\b"]},
    {"id": "pileg", "terms": [], "patterns": [r"\bcalon\s+(?:anggota\s+)?(?:legislatif|DPRD)\b", r"\bCaleg\b"]},
]


@pytest.mark.parametrize(
    "text",
    [
        "Paslon Bupati dan PASANGAN  CALON gubernur hadir; calon anggota DPRD dan caleg juga.",
        "Ia calon legislatif; calonbupati tidak; paslonbupati ya.",
        "Kandidat dari Calon\u0130 DPRD; calon ſ legislatif, calon anggota legislatif.",  # dotted I: every place tried
    ],
)
def test_patterns_tried_at_their_literal_starts_match_as_a_full_scan(text: str) -> None:
    m = Matcher(ROWS)
    assert _literal_starts(m.pattern) is not None  # every pattern begins with a word: only its places are tried
    expected = [(x.start(), x.end(), x.lastgroup) for x in m.pattern.finditer(text)]  # type: ignore[union-attr]
    assert [(x.start(), x.end(), x.lastgroup) for x in m._pattern_matches(text, text.lower())] == expected
    assert expected  # the texts do name them


def test_a_pattern_that_may_begin_anywhere_is_tried_everywhere() -> None:
    m = Matcher([{"id": "x", "terms": [], "patterns": [r"\b\w+\s+ricuh\b"]}])
    assert _literal_starts(m.pattern) is None
    assert [(h.start, h.end) for h in m.find("Massa ricuh di sana.")] == [(0, 11)]


def test_a_pattern_led_by_a_look_behind_is_tried_at_its_words_only() -> None:
    import re

    from kewaspadaan_cli.extract.matcher import finditer

    heads = re.compile(r"(?:(?<![\w.])|(?<=\)\.))(?:(?P<acting>Plt|Pj)\.?\s+)?(?P<head>bupati|kapolres)(?!\w)", re.I)
    assert _literal_starts(heads) is not None
    text = "Plt. Bupati hadir; (Pj.)Bupati tidak, x.Kapolres tidak; KAPOLRES dan pj bupati ya. abupati"
    assert [m.span() for m in finditer(heads, text)] == [m.span() for m in heads.finditer(text)]


def _own_scan(file: str) -> Matcher:
    """The vocabulary's matcher scanning alone, with its own two automata."""
    return Matcher([r for r in read_rows(file) if "id" in r])


_SCAN_TEXTS = [
    "KPU Kabupaten Garut dan Bawaslu menggelar rapat pleno; PAN dan PKB hadir di depan kantor DPRD.",
    "Pascapilkada, bentrokan antarwarga pecah saat kampanye hitam; pemungutan suara ulang digelar.",
    "Jelang pemilu, KPU dan kpu setempat menggelar debat; Pilkada serentak, pilkada ulang, PILKADA.",
    "",
    *[a.text for a in articles(12, seed=5)],
]


@pytest.mark.parametrize("file", VOCABULARIES)
@pytest.mark.parametrize("glued", [False, True])
def test_the_shared_scan_finds_what_each_vocabulary_finds_alone(file: str, glued: bool) -> None:
    shared, alone = matcher(file), _own_scan(file)
    assert shared.file == file  # its terms do come from the shared scan
    found = 0
    for text in _SCAN_TEXTS:
        expected = alone.find(text, glued=glued)
        assert shared.find(text, glued=glued) == expected
        assert shared.find(text, text.lower(), glued=glued) == expected  # the kept scan answers again
        found += len(expected)
    assert found  # the texts do name the vocabulary's terms


def test_patterns_share_one_scan_of_their_literal_starts_and_match_as_a_full_scan() -> None:
    patterns = [
        re.compile(r"\b(?:calon|pasangan\s+calon)\s+(?:bupati|gubernur)\b", re.IGNORECASE),
        re.compile(r"\b(?:bentrok|ricuh)(?:an)?\b", re.IGNORECASE),
        re.compile(r"\b(?:rapat|calon)\s+\w+", re.IGNORECASE),  # a start shared with the first pattern
    ]
    texts = [
        "Calon bupati dan pasangan calon gubernur datang; rapat pleno ricuh, bentrokan pecah.",
        "Rapat koordinasi calon legislatif; tidak ada bentrok.",
        *[a.text for a in articles(6, seed=7)],
    ]
    late = re.compile(r"\b(?:pleno|koordinasi)\b", re.IGNORECASE)  # met after the shared scan was built
    found = 0
    for text in texts + texts[::-1]:
        for pattern in [*patterns, late] if text is texts[1] else patterns:
            expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert [(m.start(), m.end()) for m in finditer(pattern, text)] == expected
            assert [(m.start(), m.end()) for m in finditer(pattern, text, text.lower())] == expected
            found += len(expected)
    assert found


@pytest.mark.parametrize(
    "cue",
    [
        "not_a_meeting",
        "chair_passive",
        "chair_active",
        "chair_role",
        "visit",
        "accompany",
        "stand_in",
        "organise",
        "gather",
        "speech_at",
    ],
)
def test_the_meeting_cues_scanned_at_their_literal_starts_match_as_a_full_scan(cue: str) -> None:
    from kewaspadaan_cli.extract.meetings import _cues

    pattern = getattr(_cues(), cue)
    assert _literal_starts(pattern) is not None  # tried at its words only, not at every place
    for text in _SCAN_TEXTS:
        expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
        assert [(m.start(), m.end()) for m in finditer(pattern, text)] == expected


def _whole_article_patterns() -> dict[str, re.Pattern[str]]:
    from kewaspadaan_cli.extract import labels, officials
    from kewaspadaan_cli.extract.names import said_passive
    from kewaspadaan_cli.extract.official_words import words

    return {
        "body": officials._body_re(words().digest),
        "short mention": officials._short_mention(said_passive()),
        "voting anchor": labels.VOTING_ANCHOR,
    }


@pytest.mark.parametrize("name", ["body", "short mention", "voting anchor"])
def test_the_officials_and_labels_patterns_scanned_at_their_literal_starts_match_as_a_full_scan(name: str) -> None:
    pattern = _whole_article_patterns()[name]
    assert _literal_starts(pattern) is not None
    found = 0
    for text in _SCAN_TEXTS:
        for t in (text, text.lower()):
            expected = [(m.start(), m.end()) for m in pattern.finditer(t)]
            assert [(m.start(), m.end()) for m in finditer(pattern, t, t.lower())] == expected
            found += len(expected)
    assert found


@pytest.mark.parametrize(
    "text,word",
    [
        ("bentrok, bentrokan dan -bentrok 'bentrok bentrok-an bentrok", "bentrok"),
        ("aaa aa a-a a'a aa", "aa"),
        ("", "rusuh"),
    ],
)
def test_word_spans_are_the_whole_word_patterns_matches(text: str, word: str) -> None:
    import re

    from kewaspadaan_cli.extract.matcher import _word_spans

    expected = [m.span() for m in re.finditer(rf"(?<![A-Za-z'-]){re.escape(word)}(?![A-Za-z'-])", text)]
    assert _word_spans(text, word) == expected


@pytest.mark.parametrize(
    "text",
    [
        "kata Bupati di Sintang",
        "ujarnya. Di Sintang",
        "awak  media di",
        "tidak ada",
        "KATA dia di",
        "\u212aata dia",
        "",
    ],
)
def test_gated_pattern_answers_as_the_pattern(text: str) -> None:
    import re

    from kewaspadaan_cli.extract.matcher import Gated

    compiled = re.compile(r"\b(?:kata|ujar|awak\s+media)\b[^.\n]{0,60}$", re.IGNORECASE)
    gated = Gated(compiled)
    assert gated.starts is not None
    for pos, endpos in ((0, len(text)), (2, len(text)), (0, len(text) // 2)):
        got, expected = gated.search(text, pos, endpos), compiled.search(text, pos, endpos)
        assert (got and got.span()) == (expected and expected.span())
    assert gated.pattern == compiled.pattern


def test_administrative_words_in_terms_match_their_short_forms() -> None:
    m = Matcher([{"id": "pemda", "terms": ["Pemerintah Kabupaten", "Pemerintah Provinsi", "Kabupaten"]}])
    text = "Pemerintah Kab. Sintang dan Pemerintah Prov Kalbar; Pemerintah Propinsi Jambi; di Kab Sanggau."
    found = [(text[h.start : h.end], h.id) for h in m.find(text)]
    assert found == [
        ("Pemerintah Kab.", "pemda"),
        ("Pemerintah Prov", "pemda"),
        ("Pemerintah Propinsi", "pemda"),
    ]  # the bare "Kabupaten" gains no short form: "Kab" alone is no phrase


PHRASE_ROWS = [
    {"id": "penyelenggaraan", "terms": ["penggelembungan suara", "pelanggaran kode etik"]},
    {"id": "pertemuan", "terms": ["berlangsung di"]},
]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Petugas diduga menggelembungkan suara caleg.", [("penyelenggaraan", "menggelembungkan suara")]),
        ("Komisioner itu melanggar kode etik.", [("penyelenggaraan", "melanggar kode etik")]),
        ("Rapat itu dilangsungkan di aula.", [("pertemuan", "dilangsungkan di")]),
        ("Ada penggelembungan suara.", [("penyelenggaraan", "penggelembungan suara")]),  # the term itself, once
        # traps: a bare word for an affixed one, words apart, a line between them
        ("Bupati hadir langsung di lokasi.", []),
        ("Mereka melanggar, kode etik dibacakan.", []),
        ("Petugas menggelembungkan\nsuara itu.", []),
    ],
)
def test_a_term_written_with_other_affixes_matches_by_its_stems(text: str, expected: list) -> None:
    hits = Matcher(PHRASE_ROWS).find(text)
    assert [(h.id, text[h.start : h.end]) for h in hits] == expected


@pytest.mark.parametrize("file", VOCABULARIES)
def test_every_vocabulary_s_patterns_have_literal_starts(file: str) -> None:
    # a pattern whose matches may begin anywhere ("c\\s+pemberitahuan": one letter, then a class) makes the
    # file's one combined pattern tried at every place of every article: a third of the extraction rate
    m = matcher(file)
    assert m.pattern is None or _literal_starts(m.pattern) is not None


def test_a_start_ends_at_a_character_outside_ascii() -> None:
    starts = _literal_starts(re.compile(r"\b(?:Jokowi|Prabowo)\s*[-–/]\s*(?:Ma.?ruf|Gibran)\b", re.IGNORECASE))
    assert starts is not None and sorted(starts.keys()) == ["jokowi", "prabowo"]
