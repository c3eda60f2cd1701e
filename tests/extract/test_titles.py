"""The title grammar: how far a title runs after its head."""

from __future__ import annotations

import pytest

from kewaspadaan_cli.extract.official_words import words
from kewaspadaan_cli.extract.titles import extend, is_village, region_len, title_word, tokens


def title_of(text: str) -> str:
    w = words()
    m = w.head_re.search(text)
    assert m is not None
    _, end = extend(text, tokens(text, m.end()), m.group("head"), m.end(), w)
    return text[m.start() : end]


@pytest.mark.parametrize(
    "text,title",
    [
        # a unit named in plain words, "dan", then "pada" and the body with its place
        (
            "Kepala Bidang Ketahanan Ekonomi dan Sosial Budaya pada Badan Kesbangpol Kabupaten Sanggau Yohanes",
            "Kepala Bidang Ketahanan Ekonomi dan Sosial Budaya pada Badan Kesbangpol Kabupaten Sanggau",
        ),
        # a head that names its unit, then its body glued to a region
        (
            "Kabid Kewaspadaan Nasional dan Penanganan Konflik Sosial Kesbangpol Provsu Budianto",
            "Kabid Kewaspadaan Nasional dan Penanganan Konflik Sosial Kesbangpol Provsu",
        ),
        # the body's acronym in brackets, then the place
        (
            "Ketua Badan Pengawas Pemilu (Bawaslu) Kabupaten Bekasi, Syaiful",
            "Ketua Badan Pengawas Pemilu (Bawaslu) Kabupaten Bekasi",
        ),
        # a named unit before "dan" and a title word
        ("Ketua Divisi Datin dan Humas KPU Bolsel Mishart", "Ketua Divisi Datin dan Humas KPU Bolsel"),
        # a company letter and "di" with its place
        ("Wadanyon C Sat Brimob Poldasu di Sipirok, AKP", "Wadanyon C Sat Brimob Poldasu di Sipirok"),
        # an acting head with its mark in brackets
        ("Penjabat (Pj.) Gubernur Provinsi Papua Barat Daya, Dr.", "Penjabat (Pj.) Gubernur Provinsi Papua Barat Daya"),
        # a cabinet phrase
        ("Menteri Dalam Negeri Kabinet Indonesia Maju, Tito", "Menteri Dalam Negeri Kabinet Indonesia Maju"),
    ],
)
def test_long_titles_run_to_their_end(text: str, title: str) -> None:
    assert title_of(text) == title


def test_the_next_persons_title_ends_a_title() -> None:
    assert title_of("Bupati Sintang Wakil Bupati Melawi") == "Bupati Sintang"


def test_a_plain_word_that_is_a_given_name_does_not_extend_a_unit() -> None:
    # "Agung" is a title word ("Mahkamah Agung") and a given name: after a unit it is the person's
    assert title_of("Kepala Bidang Humas Agung Setya") == "Kepala Bidang Humas"


def test_region_len_and_title_words() -> None:
    text = "Kabupaten Kubu Raya hadir"
    assert region_len(text, 0) == len("Kabupaten Kubu Raya")
    assert region_len("kubu raya", 0) == 0  # a place is written with a capital
    assert title_word("Kesbangpol") and title_word("XIV") and title_word("1206/Putussibau")
    assert not title_word("Yohanes")


def test_a_kecamatan_written_without_its_spaces_is_the_titles_place() -> None:
    # Rawa Jitu Timur (Tulang Bawang) is often written "Rawajitu Timur"; the words joined are the same place
    assert title_of("Camat Rawajitu Timur Siswono membuka rapat.") == "Camat Rawajitu Timur"
    assert title_of("Ketua Panwaslu Rawajitu Timur, Siswono mengatakan.") == "Ketua Panwaslu Rawajitu Timur"
    assert region_len("Rawajitu Timur Siswono", 0) == len("Rawajitu Timur")
    # a single word is a kecamatan's only after a local head; joined words of a name are no place
    assert region_len("Rawajitutimur", 0) == 0
    assert region_len("Rawajitutimur hadir", 0, kecamatan=True) == len("Rawajitutimur")
    assert region_len("Siswono Hadi", 0) == 0


def test_villages_are_known_by_name_and_spelling() -> None:
    w = words()
    assert is_village("Sukajadi", w) and is_village("Cipinang Melayu", w)
    assert is_village("Suka Maju", w)  # written apart or together: one key
    assert not is_village("Rudi Hartono", w) and not is_village("Kecamatan", w)


@pytest.mark.parametrize(
    "text,title",
    [
        # a village's name after a village word is the title's place, the name follows it
        ("Lurah Cipinang Melayu Rudi Hartono hadir", "Lurah Cipinang Melayu"),
        ("Kepala Kelurahan Sukajadi, Budi Santoso, hadir", "Kepala Kelurahan Sukajadi"),
        ("Keuchik Gampong Blang Bitra Muhammad Yusuf hadir", "Keuchik Gampong Blang Bitra"),
        (
            "Ketua Badan Permusyawaratan Desa (BPD) Sukamulya, Endang",
            "Ketua Badan Permusyawaratan Desa (BPD) Sukamulya",
        ),
        # a village closing the clause is the place too
        ("Kepala Desa Cisait mengatakan warga siap", "Kepala Desa Cisait"),
        # a village word's name that is no village is left to the name test
        ("Kepala Desa Suparman mengatakan warga siap", "Kepala Desa"),
    ],
)
def test_a_village_after_a_village_word_is_the_titles_place(text: str, title: str) -> None:
    assert title_of(text) == title


def test_a_village_name_that_speaks_elsewhere_is_a_person() -> None:
    # "Sugeng" is a village's name and a given name: the article has it speak, so it is the holder
    text = "Kepala Desa Sugeng mengatakan warga siap. Menurut Sugeng, warga aman."
    assert title_of(text) == "Kepala Desa"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Ketua Komisi Pemilihan Umum Kota Medan", "kpu"),
        ("Kepala Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Selatan", "kesbangpol"),
        ("Anggota Badan Pengawas Pemilu Kabupaten Sanggau", "bawaslu"),
        ("Kepala Dinas Sosial", None),
    ],
)
def test_the_body_of_a_title_written_out_in_full(title: str, body: str | None) -> None:
    from kewaspadaan_cli.extract.titles import institution

    assert institution(title, None) == body


def test_a_rank_s_words_across_a_line_break_are_no_rank() -> None:
    text = "hadir Brigadir\nJenderal TNI Purwadi dan Letnan Kolonel Sudirman"
    words = [t[2] for t in tokens(text, 0)]
    assert "Brigadir" in words and "Jenderal TNI" in words and "Letnan Kolonel" in words


def test_a_second_title_after_dan_ends_the_first() -> None:
    from kewaspadaan_cli.extract.officials import find_officials

    text = "Jawaban datang dari Wiryadi selaku Kepala Bappeda dan Kepala Kesbangpol Agung Lestanto."
    assert [(o.name, o.title) for o in find_officials(text)] == [
        ("Wiryadi", "Kepala Bappeda"),
        ("Agung Lestanto", "Kepala Kesbangpol"),
    ]
    # trap: fields of one unit joined by "dan" stay one title
    text = "Kepala Bidang Ketahanan Ekonomi dan Sosial Budaya pada Badan Kesbangpol Sintang Purwadi hadir."
    assert [o.title for o in find_officials(text)] == [
        "Kepala Bidang Ketahanan Ekonomi dan Sosial Budaya pada Badan Kesbangpol Sintang"
    ]


def test_a_body_written_in_lower_case_before_its_acronym_is_the_title_s() -> None:
    from kewaspadaan_cli.extract.officials import find_officials

    found = [
        (o.name, o.title)
        for o in find_officials(
            "Ketua Badan pengawas pemilihan umum (Bawaslu) Kabupaten Ende Yohanes Bata meminta warga melapor."
        )
    ]
    assert found == [("Yohanes Bata", "Ketua Badan pengawas pemilihan umum (Bawaslu) Kabupaten Ende")]
    # (the trap: plain lower-case words before a bracket are the clause's, not the title's)
    plain = [(o.name, o.title) for o in find_officials("Ketua KPU Ende Budi Santoso dalam sambutannya (KPU) hadir.")]
    assert plain == [("Budi Santoso", "Ketua KPU Ende")]


def test_an_operation_word_before_a_rank_ends_the_title_and_returns() -> None:
    # "Ops" is an operation's word ("Kaposko Ops Damai Cartenz 2024"); before a rank it names no operation,
    # and reading the title must stop there (it once looped for ever on "Kabag Ops AKP ...")
    import signal

    from kewaspadaan_cli.extract.matcher import finditer
    from kewaspadaan_cli.extract.official_words import words
    from kewaspadaan_cli.extract.officials import _title_end_of

    def stuck(signum: int, frame: object) -> None:
        raise TimeoutError("the title grammar did not return")

    lex = words()
    text = "Hadir Kabag Ops AKP Sulaiman H. Husen, Kaposko Ops Damai Cartenz 2024, Kombes Budi."
    old = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(10)
    try:
        got = [text[m.start() : _title_end_of(text, m, lex)] for m in finditer(lex.head_re, text)]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert got == ["Kabag Ops", "Kaposko Ops Damai Cartenz 2024"]
