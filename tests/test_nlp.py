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


def test_a_comma_after_a_degree_ends_no_sentence() -> None:
    # the rule breaks after "S.STP.," (a dot, then a comma): the degrees go on, and so does the sentence
    text = "Pj Bupati Bone, Andi Winarno, S.STP., M.H., secara resmi membuka rakor. Kapolres hadir."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Pj Bupati Bone, Andi Winarno, S.STP., M.H., secara resmi membuka rakor.",
        "Kapolres hadir.",
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


@pytest.mark.parametrize(
    "line",
    [
        "Dr. rer. nat. Budi, S.H . M.H. hadir.  Lalu\tpergi\u00a0ke Kab. Sintang (2/12/2024).",
        "anak - anak dan anak-anak , ibu -ibu ; kata-kata .pol dr . Dr .",
        ' \t di awal. "Lalu" pergi.  (Kata) . O ya. Oleh-oleh S.Sos., M.Si. hadir.Sintang,H.Jarot   ',
    ],
)
def test_sentence_tokens_are_spacys_for_the_whole_line(line: str) -> None:
    """Words are tokenized one at a time and remembered; the tokens must be the tokenizer's for the line,
    also where a special case of several tokens joins neighbouring words ("Dr. rer. nat.")."""
    from kewaspadaan_cli.nlp import _tokens, get_nlp

    toks = _tokens()
    pieces = toks.pieces(line)
    toks.tokenize(pieces)
    ours = [(base + i, base + i + n) for base, piece in pieces for i, n, *_ in toks.units[piece][0]]
    theirs = [(t.idx, t.idx + len(t)) for t in get_nlp().tokenizer(line)]
    assert ours == theirs


def test_new_words_do_not_grow_the_string_store() -> None:
    from kewaspadaan_cli.nlp import get_nlp

    sentence_spans("Rakor dibuka.")
    strings = len(get_nlp().vocab.strings)
    sentence_spans("Zqxvbn Wrtplk datang ke Kab. Sintang pada 13/11/2031. Lalu Hjkqwe pulang.")
    assert len(get_nlp().vocab.strings) == strings


@pytest.mark.parametrize(
    "word",
    [
        "1976,",
        "(14/11/2024).",
        "Rp1.500.000,-",
        "10:30",
        "WIB.",
        "e-mail",
        "anak-anak,",
        '"Aman,"',
        "dll.,",
        "(Kab.",
        "…",
    ],
)
def test_new_words_split_by_the_tokenizers_own_rules(word: str) -> None:
    """A new word is split by the prefix, suffix and infix rules without building a Doc; the tokens
    are the tokenizer's (None: a special case takes part and the tokenizer itself is asked)."""
    from kewaspadaan_cli.nlp import _tokens, get_nlp

    parts = _tokens()._affixes(word)
    theirs = [t.text for t in get_nlp().tokenizer(word)]
    assert parts is None or parts == theirs
    if word in {"1976,", "(14/11/2024).", "10:30", "e-mail"}:
        assert parts == theirs  # no special case in these: read by the rules


@pytest.mark.parametrize(
    "line",
    [
        "anak - anak dan anak-anak , ibu -ibu ; kata-kata .pol dr . Dr . rer . nat .",
        'Bupati Kab. Sintang, H. Jarot (kanan) "membuka" rakor: 2/12/2024 pukul 10.30 WIB.',
        "Dr. rer. nat. Budi hadir.",
    ],
)
def test_single_spaced_lines_cut_as_any_line(line: str) -> None:
    """A line of words between single spaces is cut by a quicker path: the same pieces."""
    from kewaspadaan_cli.nlp import _tokens

    toks = _tokens()
    assert toks.pieces(line) == toks._pieces(line)


@pytest.mark.parametrize(
    "sentence", ["Rakor di Kab.", "Rakor di xKab.", "oleh H.", "oleh aH.", "S.Sos.", "Kab", "", "dll."]
)
def test_abbreviation_end_read_near_the_end_as_over_the_sentence(sentence: str) -> None:
    from kewaspadaan_cli.nlp import _ABBR_END, ends_with_abbreviation

    assert ends_with_abbreviation(sentence) == bool(_ABBR_END.search(sentence))


@pytest.mark.parametrize(
    "text,start,end,expected",
    [
        ("Kepala Dinas Prov. Kalbar", 0, 18, True),
        ("selaku Ketua Bawaslu. Ia", 0, 21, False),
        ("Camat Sukajadi Kec. x", 7, 19, True),
        ("oleh H. Jarot", 0, 7, True),
        ("Fraksi PDIP. Lalu", 0, 12, False),
        ("Kab. Sintang", 4, 4, False),  # nothing between start and end
    ],
)
def test_an_abbreviations_dot_ends_the_span_read(text: str, start: int, end: int, expected: bool) -> None:
    from kewaspadaan_cli.nlp import ends_with_abbreviation

    assert ends_with_abbreviation(text, start, end) is expected


@pytest.mark.parametrize(
    "root,forms",
    [
        ("gelembung", {"menggelembungkan", "digelembungkan", "penggelembungan"}),
        ("pukul", {"memukul", "dipukuli", "pemukulan"}),
        ("tulis", {"menulis", "dituliskan", "penulisan"}),
        ("sapa", {"menyapa", "penyapaan"}),
        ("kirim", {"mengirim", "pengiriman"}),
        ("langgar", {"melanggar", "pelanggaran"}),
    ],
)
def test_affixed_forms_of_an_act(root: str, forms: set[str]) -> None:
    from kewaspadaan_cli.nlp import affixed_forms

    got = affixed_forms(root)
    assert forms <= got
    assert root not in got
    assert not {"ke" + root + "an", "ter" + root} & got  # an accident is not the act ("kebakaran", "terbakar")


def test_a_stray_dot_between_a_name_and_its_degree_ends_no_sentence() -> None:
    text = "Kapolres Labuhanbatu AKBP Deni Kurniawan. S.IK, MH melaksanakan kunjungan kerja ke KPU. Warga hadir."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Kapolres Labuhanbatu AKBP Deni Kurniawan. S.IK, MH melaksanakan kunjungan kerja ke KPU.",
        "Warga hadir.",
    ]
    # trap: a title's abbreviation and a name after a full stop start a sentence
    text = "Rapat selesai. Dr. Budi, ketua panitia, pulang."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Rapat selesai.", "Dr. Budi, ketua panitia, pulang."]


def test_a_degree_s_dot_before_the_next_degree_or_a_lower_case_word_ends_no_sentence() -> None:
    text = "Kapolsek Sukamaju Kompol Andi Wijaya, SH. S.Ik. MM membuka kegiatan. Warga hadir."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Kapolsek Sukamaju Kompol Andi Wijaya, SH. S.Ik. MM membuka kegiatan.",
        "Warga hadir.",
    ]
    text = "Hal itu dikatakan Camat Sukamaju Budi, S.Sos. kegiatan ini penting bagi warga."
    assert len(sentence_spans(text)) == 1
    # trap: a degree closing a sentence before a capitalised word that is no degree
    text = "Hal itu dikatakan Kapolres AKBP Budi, SH. Dia menambahkan warga tenang."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Hal itu dikatakan Kapolres AKBP Budi, SH.",
        "Dia menambahkan warga tenang.",
    ]


# hand-written copy in the shape of agency news, wrapped below by a real wrapping tool
_PARAGRAPHS = [
    "TAKENGON - Badan Kesatuan Bangsa dan Politik Kabupaten Aceh Tengah menggelar rapat koordinasi "
    "Tim Terpadu Penanganan Konflik Sosial di Aula Oproom Setdakab, Selasa (8/10/2024), membahas potensi "
    "konflik menjelang pemungutan suara Pilkada serentak di dataran tinggi Gayo.",
    "Rapat dibuka oleh Sekretaris Daerah Kabupaten Aceh Tengah Subhandhy yang didampingi Kepala Badan "
    "Kesbangpol Aceh Tengah Mustafa Kamal, Kapolres Aceh Tengah AKBP Muhammad Taufiq dan Dandim 0106 "
    "Letkol Inf Hendry Rizky Nasution.",
    "Menurut Subhandhy, pengalaman pemilu legislatif tahun lalu menunjukkan kampanye hitam di media "
    "sosial lebih cepat menyulut emosi pendukung daripada gesekan di lapangan, sehingga patroli siber "
    "perlu diperkuat hingga masa tenang.",
]


@pytest.mark.parametrize("width", [60, 68, 72, 80, 95])
def test_a_hard_wrapped_text_reads_as_its_running_sentences(width: int) -> None:
    import textwrap

    from kewaspadaan_cli.nlp import unwrapped

    original = "\n\n".join(_PARAGRAPHS)
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in _PARAGRAPHS)
    assert wrapped != original and len(wrapped) == len(original)
    # every break the tool made is a space again; the blank lines between paragraphs stay
    assert unwrapped(wrapped) == original
    spans = sentence_spans(unwrapped(wrapped))
    assert any("Kepala Badan Kesbangpol Aceh Tengah Mustafa Kamal" in unwrapped(wrapped)[a:b] for a, b in spans)


def test_a_wrapped_text_keeps_its_headline_and_the_ends_of_unpunctuated_paragraphs() -> None:
    from kewaspadaan_cli.nlp import unwrapped

    text = (
        "Polres Bener Meriah Siagakan Personel\n"  # a headline: never runs on into a capitalised lead
        "Kapolres Bener Meriah AKBP Aris Cai Dwi Susanto memimpin apel siaga di\n"
        "halaman Mapolres, Senin pagi, bersama personel Kodim dan Satpol PP yang\n"
        "akan mengamankan rapat pleno terbuka di kantor KPU setempat.\n"
        "Kami minta semua pihak menahan diri dan tidak terpancing kabar bohong kata\n"
        "Kapolres Aris\n"  # a paragraph its writer left without a full stop: a short line
        "Ketua KPU Bener Meriah Ismail menyebutkan rekapitulasi di tingkat\n"
        "kabupaten dijadwalkan selesai dalam dua hari.\n"
    )
    out = unwrapped(text)
    assert len(out) == len(text)
    assert out.split("\n") == [
        "Polres Bener Meriah Siagakan Personel",
        "Kapolres Bener Meriah AKBP Aris Cai Dwi Susanto memimpin apel siaga di halaman Mapolres, Senin pagi, "
        "bersama personel Kodim dan Satpol PP yang akan mengamankan rapat pleno terbuka di kantor KPU setempat.",
        "Kami minta semua pihak menahan diri dan tidak terpancing kabar bohong kata Kapolres Aris",
        "Ketua KPU Bener Meriah Ismail menyebutkan rekapitulasi di tingkat kabupaten dijadwalkan selesai dalam "
        "dua hari.",
        "",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # paragraphs on one line each: a single line starting in lower case is no wrapping
        "Bupati Aceh Tengah Haili Yoga membuka rakor di Aula Oproom, Senin (2/12/2024), didampingi Kapolres.\n"
        "foto: istimewa\n"
        "Rakor membahas kesiapan pengamanan rapat pleno rekapitulasi suara tingkat kabupaten.\n",
        # lines that run on into lower case, but longer than any wrapping: paragraphs and their captions
        "Bupati Aceh Tengah Haili Yoga membuka rakor di Aula Oproom, Senin (2/12/2024), didampingi Kapolres "
        "dan Dandim serta unsur lain dari\n"
        "foto: istimewa\n"
        "Rakor membahas kesiapan pengamanan rapat pleno rekapitulasi suara tingkat kabupaten dan kecamatan "
        "di kantor KPU yang berada di\n"
        "foto: dokumentasi\n",
        "",
    ],
)
def test_a_text_that_is_not_hard_wrapped_is_read_as_it_stands(text: str) -> None:
    from kewaspadaan_cli.nlp import unwrapped

    assert unwrapped(text) is text
