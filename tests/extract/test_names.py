"""Name evidence: is a run of capitalised words a person's name, and the name without its affixes."""

from __future__ import annotations

import pytest

from kewaspadaan_cli.extract.names import clean_name, is_affix, is_common_word, is_title_material, looks_like_name
from kewaspadaan_cli.extract.official_words import near_head


@pytest.mark.parametrize(
    "parts",
    [
        ["Yohanes", "Tamba"],
        ["Sutarmidji"],
        ["Mishart", "Acim", "Manoppo"],
        ["Karolin", "Margret", "Natasa"],
    ],
)
def test_names_look_like_names(parts: list[str]) -> None:
    assert looks_like_name(parts)


@pytest.mark.parametrize(
    "parts",
    [
        ["Terpisah"],  # a sentence-opening connective
        ["Selanjutnya"],
        ["Kemudian"],
        ["Jelang", "Pemilu"],  # a headline of plain words
        ["Sosial", "Budaya"],  # the end of a unit's name
        ["Konflik", "Sosial", "Kesbangpol", "Provsu"],  # a body glued to a region
        ["Mabes", "Polri"],
        ["Kalimantan", "Selatan"],  # a place
        ["Kutai", "Karnegara"],  # a misspelled place
        ["KOMPAS.com"],  # a site
        ["INDONESIADalam"],  # words run together in a shouted headline
    ],
)
def test_words_places_and_bodies_are_no_name(parts: list[str]) -> None:
    assert not looks_like_name(parts)


def test_plain_words_pass_right_after_a_title_but_derived_words_do_not() -> None:
    assert not looks_like_name(["Topik", "Gunawan"]) or looks_like_name(["Topik", "Gunawan"], after_title=True)
    assert looks_like_name(["Topik", "Gunawan"], after_title=True)
    assert not looks_like_name(["Penanganan", "Konflik"], after_title=True)


@pytest.mark.parametrize(
    "tok", ["S.Sos", "Msi", "M.Si.", "SH.MH", "Jend.Pol", "(P)", "(Purn.)", "AKBP", "Hj.", "S.S.", "S.S.,"]
)
def test_degrees_and_ranks_in_any_spelling_are_affixes(tok: str) -> None:
    assert is_affix(tok)


@pytest.mark.parametrize("tok", ["P", "Sos", "Agus", "Mukti"])
def test_initials_and_names_are_not_affixes(tok: str) -> None:
    assert not is_affix(tok)  # a bare "P" is an initial ("Alamsyah P Hasibuan"), not the corps mark "(P)"


def test_clean_name_strips_ranks_honorifics_and_degrees() -> None:
    assert clean_name("Kombes Pol Drs. Ahmad Santoso, S.H, M.Si") == "Ahmad Santoso"
    assert clean_name("AKBP I Gusti Gde Raka") == "I Gusti Gde Raka"


def test_common_words_and_title_material() -> None:
    assert is_common_word("penanganan") and is_common_word("budaya")
    assert not is_common_word("sutarmidji")
    assert is_title_material("Poldasu") and is_title_material("Provinsi")
    assert not is_title_material("Agung")  # a title word that is also a given name


def test_misspelled_heads_are_near_a_head_but_plain_words_are_not() -> None:
    from kewaspadaan_cli.lexicons import load

    digest = load().digest
    assert near_head("Gubenur", digest) == "gubernur"
    assert near_head("Kapolers", digest) == "kapolres"
    assert near_head("Kepada", digest) is None  # a plain word, however close to "Kepala"
    assert near_head("Sutarmidji", digest) is None


def test_a_body_acronym_grown_longer_is_no_name() -> None:
    from kewaspadaan_cli.extract.names import looks_like_name

    assert not looks_like_name(["Bakesbangpoldagri"])
    assert looks_like_name(["Kusnidar"])


def test_a_headlines_verb_ends_the_name_before_it() -> None:
    from kewaspadaan_cli.extract.officials import find_officials

    got = [(o.name, o.title) for o in find_officials("Bupati Garut Rudy Gunawan Membuka Rakor Pilkada")]
    assert got == [("Rudy Gunawan", "Bupati Garut")]


@pytest.mark.parametrize(
    "text",
    ["Kapolres Garut Himbau Warga Jaga Kondusifitas", "Bupati Garut Rudy Gunawan Pastikan Pemilu Damai"],
)
def test_headline_verbs_are_no_names(text: str) -> None:
    from kewaspadaan_cli.extract.officials import find_officials

    assert all(o.name in {"Rudy Gunawan"} for o in find_officials(text))


@pytest.mark.parametrize("words", ["Pendaftaran Paslon", "Penanganan Konflik", "Kedatangan Jokowi"])
def test_a_noun_of_an_act_opens_no_name(words: str) -> None:
    assert not looks_like_name(words.split(), after_title=True)


@pytest.mark.parametrize("words", ["Kurniawan Santoso", "Setiawan Budi", "Permana Putra", "Kesuma Wardana"])
def test_names_that_only_look_affixed_stay_names(words: str) -> None:
    assert looks_like_name(words.split(), after_title=True)


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("H.Purwadi Hutapea", "Purwadi Hutapea"),
        ("Drs.H.Purwadi Hutapea, M.Si", "Purwadi Hutapea"),
        ("Ir.H.Sudirman", "Sudirman"),
        # traps: an abbreviated first name and an initial are the name's
        ("Moh.Purwadi", "Moh.Purwadi"),
        ("A.Rahman Hakim", "A.Rahman Hakim"),
    ],
)
def test_honorifics_glued_to_a_name_are_cut(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    "parts",
    [
        ["Kebun", "Kencana", "Sari"],  # an estate
        ["Warung", "Kopi"],  # a café
        ["Estate", "PT", "UAI"],  # a firm's estate
        ["BMKG", "Tanjungpinang"],  # a body's acronym and its town
    ],
)
def test_places_firms_and_bodies_with_their_town_are_no_names(parts: list[str]) -> None:
    assert not looks_like_name(parts)


def test_a_name_with_an_initial_in_capitals_is_still_a_name() -> None:
    # (the trap: capitals that are a person's own, no body's, and no town after them)
    assert looks_like_name(["Paulus", "HAR", "Roy"])
    assert looks_like_name(["Dian", "Hasanudin"])


@pytest.mark.parametrize("degree", ["S.Si", "S.Si,", "M.PdK", "S.Pd.I", "Sp.OG", "S.Tr.K", "A.Md.Kep", "M.Pd.K"])
def test_a_degree_by_its_grammar(degree: str) -> None:
    assert is_affix(degree)


@pytest.mark.parametrize("word", ["M.Ali", "S.Sophian", "M.Faisal", "A.Rahman", "Sutrisno"])
def test_a_glued_initial_and_name_is_no_degree(word: str) -> None:
    assert not is_affix(word)
