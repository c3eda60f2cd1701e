"""Quote speakers are people: one line, cut at the sentence end, never a place or a body (issue #12)."""

from __future__ import annotations

import pytest

from kewaspadaan_cli.extract.officials import find_officials
from kewaspadaan_cli.extract.quotes import find_quotes, person_name

LEAD = "Kapolres Gowa AKBP Reonald Simanjuntak memimpin patroli gabungan di wilayah hukum Polres Gowa. "


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ('," kata AKP H. Abbas.\n\nSelain itu, patroli digelar.', "AKP H. Abbas"),
        ('," ujar Muzani. Hanya saja, warga diminta tenang.', "Muzani"),
        ('," kata Sumarsono.\n\nTerakhir, ia meminta warga tenang.', "Sumarsono"),
        ('," ujar Jarot\nWinarno di Sintang.', "Jarot"),
    ],
)
def test_the_speaker_ends_with_its_sentence_and_its_line(after: str, speaker: str) -> None:
    text = '"Situasi di KPU dan Bawaslu Gowa tetap aman dan terkendali hingga saat ini' + after
    (q,) = find_quotes(text, [])
    assert q.speaker == speaker and "\n" not in q.speaker


def test_a_venue_or_a_body_is_no_speaker() -> None:
    text = LEAD + '"Kami minta semua pihak menjaga keamanan selama tahapan," kata Hotel Mercure Bandung City.'
    people = find_officials(text)
    (q,) = find_quotes(text, people)
    assert q.speaker == "Reonald Simanjuntak"  # the official named before, as for "ujarnya"
    assert person_name("Mabes Polri") is None and person_name("Sementara") is None
    assert person_name("Gedung Sate") is None


def test_before_form_on_one_line() -> None:
    text = 'Camat Sanggar\nAhmad mengatakan, "Negara ini menganut sistem demokrasi, jadi bebas memilih."'
    (q,) = find_quotes(text, [])
    assert q.speaker == "Ahmad"
