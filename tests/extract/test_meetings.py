from __future__ import annotations

from datetime import date

import pytest

from kewaspadaan_cli.extract.labels import find_label_mentions
from kewaspadaan_cli.extract.meetings import Meeting, attach_institutions, find_meetings
from kewaspadaan_cli.extract.officials import find_officials
from kewaspadaan_cli.extract.quotes import find_quotes

TEXT = (
    "Kesbangpol Kabupaten Tanjab Timur menggelar Rapat Koordinasi bersama Forkopimda, rakor kali ini mengangkat "
    'tema "Peran Forkopimda Menjaga Kondusifitas". Kegiatan Rakor tersebut dilaksanakan di Aula Kantor '
    "Kesbangpol Tanjab Timur, pada hari Kamis (12/11).\n"
    "Rakor dibuka oleh Plt Bupati Tanjab Timur yang diwakili Asisten I Suhas Purrojani dan diikuti 50 peserta.\n"
    '"Potensi konflik sosial harus dicegah sejak dini," ujar Suhas.\n'
)


def test_meeting_fields() -> None:
    people = find_officials(TEXT)
    (m,) = find_meetings(TEXT, published=None, officials=people, fallback=date(2026, 1, 1))
    assert m.meeting_type == "rakor"
    assert m.venue == "Aula Kantor Kesbangpol Tanjab Timur"
    assert m.chair == "Suhas Purrojani"  # the one who stood in opened it
    assert m.n_participants == 50
    assert m.theme and m.theme.startswith("Peran Forkopimda")
    assert m.date is None  # "Kamis (12/11)" and no year anywhere in the text


def test_date_year_from_publication() -> None:
    (m,) = find_meetings(TEXT, published=date(2020, 11, 20), officials=[])
    assert m.date == date(2020, 11, 12)  # a Thursday in 2020


def test_planned_meeting_is_not_held() -> None:
    assert find_meetings("Pemkab akan menggelar rapat koordinasi pekan depan.", published=None, officials=[]) == []


def test_a_meeting_promised_or_offered_is_not_held() -> None:
    text = (
        "Ratusan warga memblokade jalan memprotes hasil pilkades. Kapolsek Poso Pesisir Utara Iptu Ahmad Jaelani "
        "menenangkan warga dan berjanji memfasilitasi pertemuan dengan panitia pilkades."
    )
    assert meeting_of(text) is None
    assert meeting_of("Pemkab siap menggelar dialog dengan warga kedua desa.") is None
    # trap: one held after a promise made in it
    assert meeting_of("Dalam pertemuan di Aula Polsek, Kamis (7/11), Kapolsek berjanji menindak pelaku.") is not None


def test_a_campaigns_mass_rally_is_no_meeting() -> None:
    text = (
        "Aparat gabungan membubarkan kampanye rapat umum salah satu calon anggota DPRD di Lapangan Desa Sukamahi, "
        "Minggu (28/1/2024), karena tidak mengantongi surat pemberitahuan."
    )
    assert meeting_of(text) is None
    # trap: a meeting held on the campaign's rallies
    assert meeting_of("KPU menggelar rapat koordinasi jadwal rapat umum di Aula KPU, Senin (8/1/2024).") is not None


def test_no_meeting() -> None:
    assert find_meetings("Harga cabai naik di pasar induk.", published=None, officials=[]) == []


def test_quotes_with_speakers() -> None:
    people = find_officials(TEXT)
    (q,) = find_quotes(TEXT, people)
    assert q.speaker == "Suhas Purrojani"
    assert TEXT[q.start : q.end] == q.text and q.text.startswith("Potensi konflik")


def chair_of(text: str) -> str | None:
    (m,) = find_meetings(text, published=date(2024, 11, 20), officials=find_officials(text))
    return m.chair


def test_chair_named_by_title_alone() -> None:
    text = (
        "Rapat yang dipimpin Plt Kepala Dinas Kominfo Provinsi Jambi ini diikuti 30 peserta, Senin (18/11). "
        "Dalam kesempatan itu, Plt Kepala Dinas Kominfo Provinsi Jambi Ariansyah mengatakan hoaks harus dilawan."
    )
    assert chair_of(text) == "Ariansyah"


@pytest.mark.parametrize(
    "text,chair",
    [
        (
            "Rapat koordinasi ini dipimpin oleh Kapolda Sulawesi Selatan, Irjen Pol. Andi Rian R. Djajadi. S.I.K.,MH "
            "di wakili Irwasda Polda Sulsel Kombes Pol. Al Afriandi, Senin (10/6/2024).",
            "Al Afriandi",
        ),
        (
            "Rapat dipimpin oleh Kapolda Sulsel Irjen Pol Budi Rianto, S.I.K., M.H. yang diwakili oleh Irwasda Kombes "
            "Pol Al Afriandi, Senin (10/6/2024).",
            "Al Afriandi",
        ),
        # trap: a full stop of the sentence, not a degree's, between the chair and another's stand-in
        (
            "Rapat dipimpin oleh Kapolda Sulsel Irjen Pol Budi Rianto. Dandim diwakili oleh Kasdim Mayor Inf Al "
            "Afriandi, Senin (10/6/2024).",
            "Budi Rianto",
        ),
    ],
)
def test_the_chair_s_stand_in_after_his_degrees(text: str, chair: str) -> None:
    assert chair_of(text) == chair


def test_the_one_standing_in_gives_the_address() -> None:
    text = (
        "Polda Papua Barat menggelar FGD Harmonisasi Kamtibmas di Hotel Aston Sorong, Selasa (30/7/2024).\n"
        "Kasatgas Binmas Polda Papua Barat, AKBP Frengky Lopulalan mewakili Kapolda Papua Barat, Irjen Pol Johny "
        "Edizon Isir dalam sambutannya mengatakan tujuan kegiatan adalah menyamakan persepsi."
    )
    assert chair_of(text) == "Frengky Lopulalan"


def test_an_exhibition_opened_by_an_official_is_the_activity_s_opening() -> None:
    text = (
        "KPU Sulbar menggelar sosialisasi Pemilu di Anjungan Pantai Manakarra, Jumat (23/11/2018).\n"
        "Pemilu Expo yang dibuka oleh Ketua KPU Sulbar Rustang berlangsung dua hari."
    )
    assert chair_of(text) == "Rustang"


def test_di_glued_to_salah_satu_before_a_venue() -> None:
    text = "Rakor pemilu damai berlangsung disalah satu hotel di Unaaha, Rabu (5/7/2023)."
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.venue == "salah satu hotel di Unaaha"


def test_a_visit_is_its_leader_s_not_the_company_s() -> None:
    text = (
        "MAKASSAR - Penjabat Gubernur Sulsel, Bahtiar Baharuddin, bersama jajaran Forkopimda, Wali Kota Makassar "
        "Danny Pomanto, KPU Sulsel dan Bawaslu Sulsel meninjau Gudang Logistik Pemilu di Jl Ir Sutami, Senin (8/1)."
    )
    (m,) = find_meetings(text, published=date(2024, 1, 8), officials=find_officials(text))
    assert (m.meeting_type, m.chair) == ("kunjungan", "Bahtiar Baharuddin")
    # the visit told back ("Hal itu disampaikan saat meninjau ..."): the one who spoke just before
    text = (
        "Penjabat Gubernur Sulsel Bahtiar Baharuddin mengapresiasi kinerja KPU Sidrap.\n"
        "Hal itu disampaikan saat meninjau Gudang Logistik KPU Kabupaten Sidrap, Kamis (11/1/2024)."
    )
    (m,) = find_meetings(text, published=date(2024, 1, 11), officials=find_officials(text))
    assert (m.chair, m.venue) == ("Bahtiar Baharuddin", "Gudang Logistik KPU Kabupaten Sidrap")


@pytest.mark.parametrize(
    "text,venue",
    [
        (
            "Kapolda melakukan pengecekan langsung gudang logistik KPU Kabupaten Malinau, Kamis (11/1/2024).",
            "gudang logistik KPU Kabupaten Malinau",
        ),
        (
            "Rombongan menuju ke Gudang Logistik KPU Kabupaten Paser untuk melakukan pengecekan kesiapan logistik.",
            "Gudang Logistik KPU Kabupaten Paser",
        ),
        ("Rakor wawasan kebangsaan digelar di Mutiara Carita Cottages, Selasa (29/6/2021).", "Mutiara Carita Cottages"),
        (
            "Apel siaga digelar di Gedung Graha PT. Timah TBK Pangkal Pinang, Selasa (29/6/2021).",
            "Gedung Graha PT. Timah TBK Pangkal Pinang",
        ),
    ],
)
def test_inspections_lodgings_and_a_firm_s_building_as_venues(text: str, venue: str) -> None:
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.venue == venue


@pytest.mark.parametrize(
    "text,venue",
    [
        (
            "Rakor digelar di Aula Eka Hapakat, lantai III Komplek kantor Gubernur Kalteng, Senin (2/12/2024).",
            "Aula Eka Hapakat, lantai III Komplek kantor Gubernur Kalteng",
        ),
        ("Rakor digelar di Aula Kesbangpol, Lt. 2, Senin (2/12/2024).", "Aula Kesbangpol, Lt. 2"),
        # trap: a floor without its number after the comma is another clause
        ("Rakor digelar di Aula Kesbangpol, lantai dua gedung itu rusak.", "Aula Kesbangpol"),
        # a floor spelled out goes on into a building named after it
        (
            "Rakor digelar di ruang Ratona, lantai dua kantor Walikota Palopo, Senin (2/12/2024).",
            "ruang Ratona, lantai dua kantor Walikota Palopo",
        ),
        # a head of a pe-an noun's shape stays, with the lower-case word of the place after it
        (
            "Deklarasi damai digelar di pelataran parkir Stadion Dimurtala, Banda Aceh, Jumat (2/12/2024).",
            "pelataran parkir Stadion Dimurtala, Banda Aceh",
        ),
    ],
)
def test_a_floor_after_the_venue_s_comma_goes_on(text: str, venue: str) -> None:
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.venue == venue


def test_an_address_misspelled_names_who_gave_it() -> None:
    text = (
        "Kesbangpol menggelar sosialisasi wawasan kebangsaan di Aula Kesbangpol, Kamis (30/11/2023).\n"
        "Dalam sambutanya Kepala Kesbangpol Kabupaten Bandung Barat, Apung Hadiat Purwoko menyampaikan harapannya."
    )
    assert chair_of(text) == "Apung Hadiat Purwoko"


def test_a_guest_s_stand_in_in_the_list_of_those_present_is_no_chair() -> None:
    text = (
        "Polda Kalbar menggelar rakor pengamanan Pilkada di Mapolda Kalbar, Rabu (8/7/2020).\n"
        "Rakor tersebut dihadiri oleh Gubernur Kalimantan Barat Sutarmidji, Pangdam XII/Tanjungpura yang diwakili "
        "Kasdam Brigjen TNI Ita Jayadi, dan para Kapolres.\n"
        "Dalam sambutannya, Kapolda Kalbar Irjen Pol Sigid Tri Hardjanto mengatakan indeks kerawanan belum keluar."
    )
    assert chair_of(text) == "Sigid Tri Hardjanto"


def test_a_place_s_short_form_in_a_title_s_brackets_stands_for_no_one() -> None:
    # "(Kaltara)" after "Gubernur Kalimantan Utara" is the province's short form, no short form of the title:
    # the stand-in who opens the meeting is its chair, not the Gubernur at every later "Kaltara"
    text = (
        "Mewakili Gubernur Kalimantan Utara (Kaltara) Dr. H. Zainal A. Paliwang, SH, M.Hum., Asisten Bidang "
        "Administrasi Umum Sekretariat Daerah (Setda) Kaltara Yohanes Sijabat, S.KM., M.AP., didampingi pejabat "
        "Kaltara lainnya, membuka Rapat Koordinasi Kewaspadaan Dini di Ruang Serbaguna, Senin (2/12)."
    )
    assert chair_of(text) == "Yohanes Sijabat"
    # a title's own short form in brackets still stands for its holder
    text = (
        "Kepala Kepolisian Resor (Kapolres) Sintang AKBP Dwi Prasetyo hadir. "
        "Rapat koordinasi dipimpin Kapolres, Senin (18/11)."
    )
    assert chair_of(text) == "Dwi Prasetyo"


def test_chair_after_a_fronted_clause_and_stand_in() -> None:
    text = (
        "Ketua DPRD Kerinci, Edminudin, turut hadir.\n"
        "Saat memimpin rakor secara virtual, Gubernur Jambi, Al Haris diwakili oleh Sekretaris Daerah Provinsi "
        "Jambi, Sudirman menyampaikan arahan, Senin (18/11)."
    )
    assert chair_of(text) == "Sudirman"


def test_leading_a_city_is_not_chairing() -> None:
    text = (
        "Kesbangpol Kota Padang menggelar sosialisasi di Hotel Pangeran, Senin (18/11). "
        "Wali Kota Padang, Hendri Septa menambahkan, sejak dirinya memimpin Kota Padang kondisi tetap kondusif."
    )
    assert chair_of(text) is None


def test_visit_belongs_to_the_visitor() -> None:
    text = (
        "Dalam kunjungan kerja Kapolda Sulteng Irjen Pol Agus Nugroho ke Kabupaten Poso, Senin (18/11), "
        "Bupati Poso Verna Inkiriwang menyampaikan laporan kesiapan pilkada."
    )
    assert chair_of(text) == "Agus Nugroho"


def test_who_gathered_the_participants() -> None:
    text = (
        "Bupati Bener Meriah, Tagore Abubakar mendatangi kantor camat dan mengumpulkan para kepala desa untuk "
        "rapat evaluasi, Senin (18/11)."
    )
    assert chair_of(text) == "Tagore Abubakar"


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Rakor yang diikuti 25 anggota tim terpadu itu berlangsung lancar.", 25),
        ("Rakor berlangsung lancar. Peserta rapat yang berjumlah 120 orang berasal dari desa.", 120),
        ("Rakor berlangsung lancar. Sebanyak 300 personel dikerahkan untuk mengamankan TPS.", None),
    ],
)
def test_participants(sentence: str, expected: int | None) -> None:
    (m,) = find_meetings(sentence, published=None, officials=[])
    assert m.n_participants == expected


def test_chair_who_spoke_just_before_an_address_sentence() -> None:
    text = (
        "Kapolda Maluku Utara Brigjen Pol Midi Siswoko meminta seluruh pasangan calon menjaga keamanan.\n"
        "Ketegasan ini disampaikan dalam sambutannya pada penandatanganan kesepahaman bersama di Royal Resto "
        "Ternate, Senin (25/11/2024)."
    )
    (m,) = find_meetings(text, published=date(2024, 11, 26), officials=find_officials(text))
    assert m.meeting_type == "deklarasi"
    assert m.chair == "Midi Siswoko"


def test_chair_who_gave_his_address_though_the_sentence_names_no_meeting() -> None:
    # "dalam arahannya": his address at the activity, not a standing directive ("sebagaimana arahan Presiden")
    text = (
        "Forum Pembauran Kebangsaan menggelar dialog kebangsaan di aula Kesbangpol Gorontalo, Senin (4/11/2024).\n"
        "Plh Sekda Provinsi Gorontalo Syukri Botutihe dalam arahannya mengatakan masyarakat kini heterogen."
    )
    (m,) = find_meetings(text, published=date(2024, 11, 5), officials=find_officials(text))
    assert m.chair == "Syukri Botutihe"


@pytest.mark.parametrize(
    "text,organiser,institutions",
    [
        (
            "Kesbangpol Kabupaten Tanjab Timur menggelar rapat koordinasi bersama Forkopimda, KPU dan Bawaslu di "
            "Aula Kantor Kesbangpol, Kamis (12/11/2024). Rakor dihadiri Kapolres Tanjab Timur AKBP Agus Santoso.",
            "kesbangpol",
            ["kesbangpol", "forkopimda", "kpu", "bawaslu", "polri"],
        ),
        (
            "Rapat koordinasi yang digelar Bawaslu Sintang diikuti perwakilan partai politik, Senin (2/12/2024).",
            "bawaslu",
            ["bawaslu", "parpol"],
        ),
        (  # the dot of "Prov." ends no clause between the body and its verb
            "Badan Kesatuan Bangsa dan Politik (Bakesbangpol) Prov. Kalimantan Barat gelar sosialisasi "
            "pencegahan konflik di Kab. Sanggau, Selasa (10/10/2023).",
            "kesbangpol",
            ["kesbangpol"],
        ),
        (
            "Bupati Sintang membuka rapat koordinasi, Senin (2/12/2024). KPU melaporkan daftar pemilih.",
            None,  # KPU reported, it neither held nor is said to attend
            [],
        ),
    ],
)
def test_organiser_and_institutions_taking_part(text: str, organiser: str | None, institutions: list[str]) -> None:
    from kewaspadaan_cli.extract.labels import find_label_mentions
    from kewaspadaan_cli.extract.meetings import attach_institutions

    people = find_officials(text)
    (m,) = find_meetings(text, published=None, officials=people)
    attach_institutions(m, text, [x for x in find_label_mentions(text) if x.kind == "institution"], people)
    assert m.organiser == organiser
    assert m.institutions == institutions


def _shifted(people: list, by: int) -> list:
    from dataclasses import replace

    return [
        replace(
            o,
            start=o.start + by,
            end=o.end + by,
            title_start=None if o.title_start is None else o.title_start + by,
            title_end=None if o.title_end is None else o.title_end + by,
            aliases=[(a + by, b + by) for a, b in o.aliases],
        )
        for o in people
    ]


def test_time_is_linear_in_article_length() -> None:
    """Issue #11: a long article without full stops (one 200 KB "sentence") costs in proportion to its length."""
    import time

    unit = (
        "Bupati Sintang Jarot Winarno membuka rapat koordinasi bersama Forkopimda di Aula Kantor Bupati Sintang "
        "Kamis (12/11/2024) yang dihadiri 50 peserta dan Kapolres Sintang AKBP Dedi Saputra menyampaikan arahan "
        "bahwa sosialisasi dan dialog digelar oleh Kesbangpol serta KPU dan Bawaslu dalam sambutannya "
    )
    people = find_officials(unit)
    assert people  # the anchors the chair scans look at

    def cost(copies: int) -> float:
        text = unit * copies
        officials = [p for i in range(copies) for p in _shifted(people, i * len(unit))]
        find_meetings(text, published=date(2024, 11, 20), officials=officials)  # warm the sentence cache
        best = float("inf")
        for _ in range(3):  # CPU time, best of three: other processes on the machine do not count
            t0 = time.process_time()
            (m,) = find_meetings(text, published=date(2024, 11, 20), officials=officials)
            best = min(best, time.process_time() - t0)
        assert m.chair == "Jarot Winarno" and m.venue == "Aula Kantor Bupati Sintang"
        return best

    short, long = cost(80), cost(800)  # about 20 KB and 200 KB
    assert len(unit) * 800 > 200_000
    assert long < 30 * short, (short, long)  # linear: about 10 times; quadratic: about 100 times


def meeting_of(text: str, published: date | None = date(2024, 11, 20)):
    found = find_meetings(text, published=published, officials=find_officials(text))
    return found[0] if found else None


@pytest.mark.parametrize(
    "text,chair",
    [
        # the one who led it named twice beats the one who opened it once
        (
            "Bupati Garut Rudy Gunawan Pimpin Rakor Kewaspadaan Dini.\n"
            "Rakor dibuka oleh Asisten I Setda Garut Nurdin Yana di Aula Kantor Bupati, Senin (18/11).\n"
            "Bupati Garut Rudy Gunawan memimpin langsung rapat koordinasi itu bersama Forkopimda.",
            "Rudy Gunawan",
        ),
        # a role phrase
        (
            "Polres Bima menggelar apel gelar pasukan pengamanan pilkada, Senin (18/11). Bertindak sebagai "
            "inspektur upacara Kapolres Bima AKBP Eko Sutomo.",
            "Eko Sutomo",
        ),
        # the official who held it ("usai menggelar")
        (
            "Hal itu dijelaskan Kapolres Sigi AKBP Reja Simanjuntak, Jumat usai menggelar simulasi sispamkota "
            "di lapangan Mapolres Sigi.",
            "Reja Simanjuntak",
        ),
        # the one inspecting the ceremony leads it, not the troops' commander; the short name taking the role
        (
            "Apel konsolidasi digelar di Lapangan Mapolda Sulbar, Senin (22/4). Perwira Brimob Polda Sulbar, "
            "Kompol Ikhsan, menjadi komandan upacara. Hadir Kapolda Sulbar Brigjen Pol Nandang dan Ketua KPU "
            "Sulbar Usman Suhuriah. Nandang sebagai inspektur upacara mengatakan apel ini penting.",
            "Nandang",
        ),
        # the address opening its sentence refers back to the one who gave it ("Arahan itu disampaikan ...")
        (
            "Penjabat Gubernur Papua Tengah, Ribka Haluk, mengingatkan seluruh kepala distrik dan kepala kampung "
            "di wilayahnya agar menjaga netralitas menjelang Pilkada 2024. Arahan itu disampaikan dalam apel "
            "gabungan di halaman Kantor Gubernur Papua Tengah, Senin (2/9/2024).",
            "Ribka Haluk",
        ),
        # (but one who passes the address on names himself)
        (
            "Presiden Joko Widodo meminta ASN menjaga netralitas. Arahan itu disampaikan Bupati Garut Rudy Gunawan "
            "dalam apel pagi di halaman Setda Garut, Senin (2/9/2024).",
            "Rudy Gunawan",
        ),
        # the troops' commander alone leads it
        (
            "Apel gelar pasukan digelar di halaman Mapolres Manokwari, Senin (18/3). Bertindak sebagai komandan "
            "upacara Kapolres Manokwari AKBP Adam Erwindi.",
            "Adam Erwindi",
        ),
        # the role's holder behind his degrees: their full stops end no clause
        (
            "Apel gelar pasukan digelar di halaman Mapolres Manokwari, Senin (18/3). Bertindak sebagai komandan "
            "upacara Kapolres Manokwari AKBP Drs. H. Adam Erwindi, M.Si. Apel diikuti 300 personel.",
            "Adam Erwindi",
        ),
        # the one who held it, his degrees and his initial's dot between him and the verb ending no clause
        (
            "Kapolda Nusa Tenggara Timur (NTT) Irjen Pol. Daniel Tahi Monang Silitonga, S.H., M.A., melaksanakan "
            "tatap muka bersama Forkopimda dan tokoh masyarakat di aula Mapolres TTS, Senin (29/1).",
            "Daniel Tahi Monang Silitonga",
        ),
        (
            "Pangdam XVI/Pattimura Mayjen TNI Ruruh A. Setyawibawa menggelar dialog bersama forkopimda dan tokoh "
            "agama di Ambon, Jumat (2/12).",
            "Ruruh A Setyawibawa",
        ),
        # the first of a joined subject holds it ("X bersama Y menggelar ...")
        (
            "Bhabinkamtibmas Desa Sumberagung Aipda Slamet Riyadi bersama Babinsa Koramil Gandusari Serda Agus "
            "Prasetyo menggelar patroli bersama ke sejumlah lokasi TPS, Senin (12/2/2024).",
            "Slamet Riyadi",
        ),
        # the official who initiated it ("menginisiasi kegiatan")
        (
            "Kapolres Rote Ndao AKBP Mardiono menginisiasi kegiatan coffee morning bersama tokoh agama dan tokoh "
            "adat di Ba'a, Kamis (23/11).",
            "Mardiono",
        ),
        # the speaker at the activity ("kata X dalam apel")
        (
            '"Jaga netralitas," kata Kapolda Riau Irjen Pol Iqbal Mahendra dalam apel siaga pilkada di Lapangan '
            "Mapolda Riau, Senin (18/11).",
            "Iqbal Mahendra",
        ),
    ],
)
def test_chair_cues(text: str, chair: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.chair == chair


@pytest.mark.parametrize(
    "text",
    [
        # a group led by someone, not an activity
        "Rakor pilkada berlangsung di Aula Kesbangpol, Senin (18/11). Esoknya, para komisioner yang dipimpin "
        "langsung Ketua KPU Gorontalo Rahmat Tuli menemui massa aksi di depan pagar.",
        # speaking about a meeting, or after it, does not make one its chair
        "Kepala Badan Intelijen Negara Jenderal Budi Santoso mengatakan rapat kerja berjalan baik, "
        'Rabu (19/10). "Kami sudah berkoordinasi," ujar Budi usai rapat kerja dengan Komisi I DPR.',
        # 'melalui rapat koordinasi' is a means, not someone standing in
        "Potensi konflik dibahas bersama Forkopimda melalui rapat koordinasi yang digelar di kantor Kejaksaan "
        "Negeri Sleman, kata Bupati Sleman Kustini Purnomo.",
        # a standing directive ('sebagaimana arahan Presiden') is no address at the activity
        "Kesbangpol menggelar rapat di Kantor BIN Daerah, Kamis (28/11). Investasi harus dijaga sebagaimana "
        "arahan Presiden Joko Widodo kepada daerah.",
    ],
)
def test_no_chair_traps(text: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.chair is None


@pytest.mark.parametrize(
    "text,venue",
    [
        # the place goes straight on ("Kabupaten X"); the clause after it does not
        (
            "Rakor digelar di Aula Kantor Bupati Kabupaten Sintang pada Kamis (12/11/2024) dan dihadiri Forkopimda.",
            "Aula Kantor Bupati Kabupaten Sintang",
        ),
        # a town after a comma, not the date
        ("Deklarasi damai digelar di Hotel Crown, Semarang, Senin (18/11/2024).", "Hotel Crown, Semarang"),
        # a postal address after a comma is not needed
        (
            "Rakor berlangsung di Ruang Cenderawasih Hotel Halogen, Jln. Raya Mandala, Distrik Merauke, "
            "Senin (18/11/2024).",
            "Ruang Cenderawasih Hotel Halogen",
        ),
        # lower-case place words and 'di Town'
        (
            "Rapat koordinasi dilaksanakan di salah satu rumah makan di Singaraja rapat tersebut dihadiri KPU.",
            "salah satu rumah makan di Singaraja",
        ),
        (
            "Sosialisasi digelar di ruang rapat kantor KPU setempat, Senin (18/11/2024).",
            "ruang rapat kantor KPU setempat",
        ),
        # an acronym in brackets; stops before the official who begins the next clause
        (
            "Rapat evaluasi digelar di kantor Badan Pengelola Keuangan Daerah (BPKD) Bupati Aceh Tengah "
            "Shabela Abubakar membuka rapat itu.",
            "kantor Badan Pengelola Keuangan Daerah (BPKD)",
        ),
        # a floor by its number word, a room by its lower-case kind, a monument
        (
            "Rapat koordinasi berlangsung di lantai dua Kantor Bupati Sigi, Senin (18/11/2024).",
            "lantai dua Kantor Bupati Sigi",
        ),
        (
            "Rakor digelar di ruang sidang utama DPRD Sigi, Senin (18/11/2024).",
            "ruang sidang utama DPRD Sigi",
        ),
        (
            "Rakor lintas sektoral digelar di ruang vidcon Polres Sigi, Senin (18/11/2024).",
            "ruang vidcon Polres Sigi",
        ),
        (
            "Deklarasi damai disampaikan di Tugu Pahlawan Sigi, Kamis (14/11/2024).",
            "Tugu Pahlawan Sigi",
        ),
        # the place visited
        (
            "Wakil Bupati Tanah Bumbu Ready Kambo mengunjungi Puskesmas Perawatan Satui, Kamis (20/6/2019).",
            "Puskesmas Perawatan Satui",
        ),
        # a headline in title case goes on with its verb after the venue; in a sentence a name may look like one
        (
            "Rakor Pilkada di Aula Kantor Bupati Garut Dihadiri Forkopimda\nGARUT - Rakor digelar Senin (4/11/2024).",
            "Aula Kantor Bupati Garut",
        ),
        (
            "Sosialisasi digelar di Pendopo Bersinar Tanjung, Senin (4/11/2024).",
            "Pendopo Bersinar Tanjung",
        ),
        (
            "Pleno Rekapitulasi di Kecamatan Jayapura Utara Diwarnai Adu Mulut\nJAYAPURA - Rapat pleno sempat "
            "diwarnai adu mulut, Rabu (21/2/2024).",
            "Kecamatan Jayapura Utara",
        ),
        # the election's warehouse, where its logistics are checked
        (
            "Penjabat Gubernur Sultra meninjau kesiapan logistik pilkada di gudang KPU Kabupaten Kolaka Utara, "
            "Rabu (20/11/2024).",
            "gudang KPU Kabupaten Kolaka Utara",
        ),
    ],
)
def test_venue_grammar(text: str, venue: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.venue == venue


def test_bare_head_is_no_venue() -> None:
    m = meeting_of("Polres menggelar apel siaga di lapangan, Senin (18/11/2024).")
    assert m is not None and m.venue is None


@pytest.mark.parametrize(
    "text",
    [
        "KPU Intan Jaya belum dapat melakukan rapat pleno karena data distrik belum masuk.",
        "Warga meminta agar KPU segera menggelar rapat pleno.",
        "Bawaslu menindaklanjuti kasus deklarasi dukungan yang melibatkan camat dan lurah.",
        "Menurut Ketua Bawaslu, temuan itu masih dalam kajian tim.",
        # asked of others (a list of them before "untuk"), denied, or an online watch
        "Bawaslu juga mendorong ASN, TNI, Polri, dan kepala desa untuk melakukan sosialisasi kepada jajarannya.",
        "Mobil pemadam terlihat bersiaga. Padahal tak ada simulasi bencana hari itu.",
        "Polres Bentuk Tim Patroli Media Sosial untuk Buru Penyebar Hoaks Pilkada.",
        "Kasus itu sudah dibahas Sentra Gakkumdu untuk melakukan kajian lebih lanjut.",
        # a village council's name, and the campaign's own meetings with voters
        "Kepala desa dan kepala badan musyawarah desa di 11 kabupaten dilaporkan ke Bawaslu.",
        "Caleg itu tidak melaporkan pertemuan terbatas bersama konstituen di setiap titik pertemuan.",
        # a routine patrol is the police's work, not an activity held
        "Untuk mengantisipasi hal itu, Polres Lhokseumawe melakukan patroli tertutup pada malam hari.",
        "Kami tetap melakukan patroli siaga satu pasca pencoblosan di setiap kecamatan.",
        # an effort at mediation on the spot, not a mediation held
        "Kapolresta turun langsung memimpin upaya mediasi di lapangan dan meminta massa membubarkan diri.",
        # ordered of others, not held
        "Kapolda Sumsel memerintahkan kepada personel di lokasi tambang untuk melakukan langkah-langkah mediasi.",
        "Bupati menugaskan camat dan lurah untuk menggelar rapat koordinasi di setiap kecamatan.",
    ],
)
def test_not_a_meeting_held(text: str) -> None:
    assert find_meetings(text, published=None, officials=[]) == []


def test_a_mediation_held_between_parties_is_a_meeting() -> None:
    # trap for the effort at mediation: one held between the parties is a meeting
    (m,) = find_meetings("Kapolres melakukan mediasi kedua pihak di aula kantor camat.", published=None, officials=[])
    assert m.meeting_type == "rapat"


def test_a_patrol_held_as_an_event_is_a_visit() -> None:
    # trap: a named large patrol, or one held jointly, is an activity
    (m,) = find_meetings("Polres Sintang menggelar Patroli Skala Besar jelang pilkada.", published=None, officials=[])
    assert m.meeting_type == "kunjungan"
    (m,) = find_meetings("TNI dan Polri menggelar patroli gabungan di Kota Sintang.", published=None, officials=[])
    assert m.meeting_type == "kunjungan"


def test_a_meeting_word_in_a_unit_s_name_is_no_activity() -> None:
    text = "Menurut Rahmat Hidayat, Komisioner KPU Sikka Divisi Sosialisasi, aksi itu berjalan tertib."
    assert find_meetings(text, published=None, officials=find_officials(text)) == []
    # (the trap: the unit's own activity, held, is one)
    held = "Divisi Sosialisasi KPU Sikka menggelar sosialisasi pemilih pemula di Aula SMAN 1 Maumere, Senin."
    assert [m.meeting_type for m in find_meetings(held, published=None, officials=find_officials(held))] == [
        "sosialisasi"
    ]


def test_meeting_referred_back_to_was_held() -> None:
    text = "Isu strategis menjadi sorotan. Pada rapat tersebut, Direktur Budi Antoro menekankan deteksi dini."
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.meeting_type == "rapat"


def test_short_form_counts_for_the_full_name() -> None:
    text = (
        "Kesbangpol menggelar Rapat Koordinasi Penanganan Konflik Sosial, Senin (18/11/2024). Rapat dibuka "
        "Sekda. Rapat berlangsung tertib. Dalam rapat itu peserta berdiskusi. Sosialisasi aturan juga dilakukan."
    )
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.meeting_type == "rakor"


def test_visit_is_the_visitors() -> None:
    text = "Kapolda Sulawesi Utara Brigjen Pol Jimmy Sinaga berkunjung ke Polres Minahasa pada Kamis (13/3/2014)."
    m = meeting_of(text)
    assert m is not None and m.meeting_type == "kunjungan" and m.chair == "Jimmy Sinaga"


def test_bare_weekday_read_against_publication() -> None:
    text = "Tim terpadu melaksanakan rakor di Balai Praja Kantor Bupati Sintang pada Rabu,\nRakor membahas isu."
    assert meeting_of(text, published=date(2023, 5, 19)).date == date(2023, 5, 17)
    assert meeting_of(text, published=None).date is None  # nothing to count back from


@pytest.mark.parametrize(
    "text,chair",
    [
        (
            "Badan Kesbangpol Provinsi Kalsel gelar sosialisasi cegah dini konflik di Pendopo Bersinar, Selasa "
            "(10/10/2023). Kepala Badan Kesbangpol Provinsi Kalsel Heriansyah mengatakan pemilu harus damai.",
            "Heriansyah",
        ),
        # a unit's head is not the body's head
        (
            "Badan Kesbangpol Provinsi Kalsel gelar sosialisasi cegah dini konflik di Pendopo Bersinar, Selasa "
            "(10/10/2023). Kepala Bidang Politik Dalam Negeri Kesbangpol Kalsel Rahmadi mengatakan pemilu harus damai.",
            None,
        ),
    ],
)
def test_head_of_the_organising_body_led_it(text: str, chair: str | None) -> None:
    from kewaspadaan_cli.extract.labels import find_label_mentions
    from kewaspadaan_cli.extract.meetings import attach_institutions

    people = find_officials(text)
    (m,) = find_meetings(text, published=None, officials=people)
    attach_institutions(m, text, [x for x in find_label_mentions(text) if x.kind == "institution"], people)
    assert m.organiser == "kesbangpol"
    assert m.chair == chair


@pytest.mark.parametrize(
    "text,day",
    [
        # the comma closes the election's name: the date is the meeting's
        ("Polres Sigi menggelar deklarasi damai jelang Pemilu 2024, Jumat (6/10/2023).", date(2023, 10, 6)),
        ("Camat memimpin rapat dengan desa yang menggelar pilkades serentak, Selasa (27/9/2022).", date(2022, 9, 27)),
        # the election's own predicate before the comma: that is the election's day, not the meeting's
        (
            "Pemilu Pileg (Pemilihan Legislatif) dilaksanakan serentak, Rabu (17/4/2019). Kapolres menggelar "
            "rapat koordinasi pengamanan di Aula Mapolres, Jumat (12/4/2019).",
            date(2019, 4, 12),
        ),
        # a spelled-out name between the election and its date
        (
            "Rakor digelar jelang pemungutan suara Pemilihan Umum (Pemilu) Presiden 9 Juli 2014 di Aula Kodim, "
            "Senin (7/7/2014).",
            date(2014, 7, 7),
        ),
        ("Pemilihan Walikota Tondano yang dilakukan pada 22 Januari 2013 lalu dibahas dalam rapat pleno.", None),
        # an election named with its kind of head ("pemilihan kepala desa"), its date in brackets after "pada"
        (
            "Warga belum menerima hasil pemilihan kepala desa yang dilaksanakan pada (7/11/2019) lalu. Mediasi "
            "dipimpin Asisten I Setda Seluma di ruang rapat Bupati, Rabu (4/12/2019).",
            date(2019, 12, 4),
        ),
        # "pesta demokrasi" is the election, "sedianya akan diadakan" its day still planned
        (
            "Pemkab Pasuruan menggelar Rapat Koordinasi Lintas Sektoral secara hybrid. Dilaksanakan di Command Center "
            "pada hari Jumat (2/8/2024), kegiatan dipimpin oleh Pj Bupati Pasuruan, Andriyanto. Hadir dalam forum "
            "rapat persiapan pengamanan pesta demokrasi yang sedianya akan diadakan pada tanggal 27 November 2024 "
            "tersebut, Dandim 0819 Pasuruan.",
            date(2024, 8, 2),
        ),
        # the election a text looks towards, its voting day after the comma (27 November 2024: Pilkada's)
        (
            "Menjelang pelaksanaan Pemilihan Kepala Daerah Serentak di Indonesia, 27 November 2024, Pemerintah Kota "
            "Manado bersama KPU menggelar Deklarasi Damai, Kamis (22/11/2024) di Lapangan Sparta Tikala.",
            date(2024, 11, 22),
        ),
        # the comma closes the clause of "pemilihan kepala desa": the date after it is the meeting's
        ("Camat menggelar rapat koordinasi pemilihan kepala desa, Selasa (27/9/2022).", date(2022, 9, 27)),
    ],
)
def test_election_day_is_not_the_meeting_day(text: str, day: date | None) -> None:
    m = meeting_of(text, published=None)
    assert m is not None and m.date == day


@pytest.mark.parametrize(
    "text,chair",
    [
        # the speaker doing the activity himself
        (
            '"Petakan daerah rawan," kata Direktur Fasilitasi Kepala Daerah Kemendagri Budi Santoso saat '
            "melakukan teleconference dengan daerah, Selasa (19/11).",
            "Budi Santoso",
        ),
        # attending it is not leading it
        (
            '"Petakan daerah rawan," kata Direktur Fasilitasi Kepala Daerah Kemendagri Budi Santoso saat '
            "menghadiri teleconference dengan daerah, Selasa (19/11).",
            None,
        ),
    ],
)
def test_speaker_holding_the_activity(text: str, chair: str | None) -> None:
    m = meeting_of(text)
    assert m is not None and m.chair == chair


def test_head_of_the_launching_body_led_it() -> None:
    from kewaspadaan_cli.extract.labels import find_label_mentions
    from kewaspadaan_cli.extract.meetings import attach_institutions

    text = (
        "Bawaslu Kaltara Luncurkan Pemetaan Kerawanan Pilkada di Hotel Tarakan Plaza, Senin (9/9/2024).\n"
        "Ketua Bawaslu Kaltara Suryani Rahman mengatakan pemetaan dipakai untuk pencegahan."
    )
    people = find_officials(text)
    (m,) = find_meetings(text, published=None, officials=people)
    attach_institutions(m, text, [x for x in find_label_mentions(text) if x.kind == "institution"], people)
    assert m.organiser == "bawaslu" and m.chair == "Suryani Rahman"


@pytest.mark.parametrize(
    "text,kind",
    [
        # two names of one declaration side by side count once: the rakor named first wins the tie
        (
            "Hal itu terungkap dalam rapat koordinasi tim terpadu di Aula Kantor Bupati, Selasa (2/10/2018). "
            "Pada kegiatan itu juga dilakukan penandatanganan deklarasi kampanye damai oleh parpol.",
            "rakor",
        ),
        # a kind named only inside a quotation weighs less than the one the narrative reports
        (
            '"Tugas kami kesiapan, keamanan dan sosialisasi tahapan," kata Menko Polhukam Hadi Tjahjanto dalam '
            "acara di Denpasar, Selasa. Dalam Rapat Koordinasi Kesiapan Pilkada itu disebutkan 19 lembaga.",
            "rakor",
        ),
        # the narrative's own repeated kind still wins over one rakor
        (
            "Polres menggelar apel siaga di lapangan, Senin (18/11). Apel diikuti 300 personel. Usai apel, "
            "digelar rapat koordinasi singkat.",
            "apel",
        ),
        # holding a coordination is a rakor
        ("Kemendagri menggelar koordinasi melalui video conference dengan Kesbangpol se-Indonesia.", "rakor"),
    ],
)
def test_kind_weights(text: str, kind: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.meeting_type == kind


@pytest.mark.parametrize(
    "text,day",
    [
        # the meeting's own sentence says "kemarin": the day before publication, not the lead's date
        (
            "SINTANG, Selasa (26/11/2024) - Bupati menerima laporan pengamanan pilkada.\n"
            "Rapat koordinasi Forkopimda digelar kemarin di Aula Kantor Bupati Sintang.",
            date(2024, 11, 25),
        ),
        # a bare weekday with "lalu" in its own sentence: the latest such day before publication
        (
            "Warga antusias menyambut pilkada, kata tokoh masyarakat, Selasa (26/11/2024).\n"
            "Kesbangpol menggelar rakor pada Jumat lalu di Aula Kesbangpol Sintang.",
            date(2024, 11, 22),
        ),
        # an explicit date in its own sentence still comes first
        (
            "Kesbangpol menggelar rakor kemarin, Senin (25/11/2024), di Aula Kesbangpol Sintang.",
            date(2024, 11, 25),
        ),
    ],
)
def test_relative_date_in_the_meetings_own_sentence(text: str, day: date) -> None:
    m = meeting_of(text, published=date(2024, 11, 26))
    assert m is not None and m.date == day


@pytest.mark.parametrize(
    "text,day",
    [
        # the day a source said it is not the day of the meeting
        (
            "Massa meminta KPU menunda rapat pleno. Demikian dilansir televisi swasta, Senin (28/1/2013).",
            None,
        ),
        ("Rapat pleno digelar Selasa (29/1/2013), seperti dikutip dari laman resmi KPU.", date(2013, 1, 29)),
        # nor the date of the letter or order it follows
        (
            "Berdasarkan Surat Edaran Bupati Nomor 300/415/Kesbangpol tanggal 2 September 2024, Kesbangpol "
            "menggelar rapat koordinasi, Kamis (12/9/2024).",
            date(2024, 9, 12),
        ),
        (
            "Sesuai Sprin Kapolres Nomor Sprin/88/IX/OPS.1.1/2024 tanggal 9 September 2024, Polres Bungo "
            "menggelar apel gelar pasukan di halaman Mapolres.",
            None,
        ),
        ("Rapat koordinasi digelar pada tanggal 9 September 2024 di Aula Kesbangpol.", date(2024, 9, 9)),
    ],
)
def test_source_day_is_not_the_meeting_day(text: str, day: date | None) -> None:
    m = meeting_of(text, published=None)
    assert m is not None and m.date == day


def _with_institutions(text: str):
    from kewaspadaan_cli.extract.labels import find_label_mentions
    from kewaspadaan_cli.extract.meetings import attach_institutions

    people = find_officials(text)
    (m,) = find_meetings(text, published=None, officials=people)
    attach_institutions(m, text, [x for x in find_label_mentions(text) if x.kind == "institution"], people)
    return m


@pytest.mark.parametrize(
    "text,organiser,chair",
    [
        # bodies holding it together: the first is the organiser, and no one body's head is said to lead it
        (
            "Forkopimda Kabupaten Garut bersama KPU dan Bawaslu Kabupaten Garut menggelar Rapat Koordinasi "
            "Evaluasi Pemilu, Selasa (21/5/2019). Ketua Badan Pengawas Pemilu (Bawaslu) Kabupaten Garut "
            "Ahmad Sudrajat Wiguna mengatakan rekapitulasi berjalan lancar.",
            "forkopimda",
            None,
        ),
        # one body holding it: its head led it
        (
            "Bawaslu Kabupaten Garut menggelar Rapat Koordinasi Evaluasi Pemilu, Selasa (21/5/2019). Ketua "
            "Badan Pengawas Pemilu (Bawaslu) Kabupaten Garut Ahmad Sudrajat Wiguna mengatakan rekapitulasi lancar.",
            "bawaslu",
            "Ahmad Sudrajat Wiguna",
        ),
    ],
)
def test_co_hosted_meeting_has_no_organiser_head(text: str, organiser: str, chair: str | None) -> None:
    m = _with_institutions(text)
    assert (m.organiser, m.chair) == (organiser, chair)


def test_body_in_brackets_is_not_the_officials_title() -> None:
    # "(Bawaslu)" names the body inside the title: "Bawaslu menggelar" does not put its chairman there
    text = (
        "Bupati Garut bersama Bawaslu Garut menggelar rakor di Aula Pendopo, Selasa (21/5/2019). Ketua Badan "
        "Pengawas Pemilu (Bawaslu) Kabupaten Garut Ahmad Sudrajat Wiguna mengatakan rekapitulasi lancar."
    )
    (m,) = find_meetings(text, published=None, officials=find_officials(text))
    assert m.chair is None


@pytest.mark.parametrize(
    "text,n",
    [
        ("Polres Serang menggelar FGD potensi konflik dengan jumlah peserta 20 orang, Senin (3/8/2020).", 20),
        ("Rakor digelar di Aula Kesbangpol. Jumlah peserta: 45 orang dari unsur Forkopimda.", 45),
        # a share of the participants is not their number
        ("Rakor digelar di Aula Kesbangpol. Jumlah peserta 80 persen dari undangan.", None),
    ],
)
def test_participants_counted(text: str, n: int | None) -> None:
    m = meeting_of(text)
    assert m is not None and m.n_participants == n


@pytest.mark.parametrize(
    "text,held",
    [
        # a request for activities does not report them held
        (
            '"Kami meminta agar segera TPID Kabupaten/Kota melakukan kegiatan seperti operasi pasar, gelar pangan '
            'murah, sidak pasar," sambung dia.',
            False,
        ),
        ("Bupati mengimbau camat untuk menggelar rapat koordinasi dengan kepala desa.", False),
        # the request verbs are the lexicon's (modality.tsv "request"), shared with the labels' hoped-for peace
        ("Camat diharapkan untuk menggelar rapat koordinasi dengan kepala desa.", False),
        ("Bupati imbau camat untuk menggelar rapat koordinasi dengan kepala desa.", False),
        # an intention given up is no report either
        ("Rombongan polisi mengurungkan niat untuk memantau pelaksanaan pleno rekapitulasi di kantor KPU.", False),
        # a held report with a request after it, or before it in another clause, stays held
        ("Dinas menggelar sidak pasar, Senin (2/12). Bupati meminta agar harga dijaga.", True),
        ("Rakor digelar agar pilkada damai, kata Bupati yang meminta warga tenang.", True),
    ],
)
def test_requested_is_not_held(text: str, held: bool) -> None:
    lead = "Harga beras di pasar tradisional naik sepekan terakhir. " * 4  # past the headline's reach
    assert bool(find_meetings(lead + text, published=None, officials=[])) is held


@pytest.mark.parametrize(
    "text,chair",
    [
        # the title's head alone stands for the one official holding it
        (
            "Kapolres Tapanuli Selatan AKBP Imam Zamroni mendampingi warga. Sebelum patroli, Kapolres memimpin "
            "apel di Halaman Mako Polsek Padang Bolak, Selasa (3/10/2023).",
            "Imam Zamroni",
        ),
        # "Wakil Bupati" is not "Bupati"
        (
            "Bupati Garut Rudy Gunawan menerima laporan warga. Rakor itu dipimpin Wakil Bupati di Aula Pendopo, "
            "Senin (18/11).",
            None,
        ),
        # a generic head ("Kepala") stands for no one
        (
            "Kepala Dinas Kominfo Garut Andri Setiawan Wibowo menerima laporan. Rakor itu dipimpin Kepala Desa "
            "di Balai Desa, Senin (18/11).",
            None,
        ),
    ],
)
def test_title_head_stands_for_its_holder(text: str, chair: str | None) -> None:
    m = meeting_of(text)
    assert m is not None and m.chair == chair


@pytest.mark.parametrize(
    "text,venue",
    [
        # a visit's venue is the body it visits
        (
            "Kapolda Sulawesi Utara Brigjen Pol Jimmy Sinaga berkunjung Polres Minahasa pada Kamis (13/3/2014).",
            "Polres Minahasa",
        ),
        ("Rakor pengamanan pilkada digelar di Polres Sigi, Senin (18/11).", "Polres Sigi"),
        # the meeting's own venue first, not a body named later
        (
            "Rakor pengamanan pilkada digelar di Aula Kantor Bupati Sigi, Senin (18/11). Rakor itu juga dibahas "
            "di Polres Sigi sepekan sebelumnya.",
            "Aula Kantor Bupati Sigi",
        ),
    ],
)
def test_police_and_army_posts_as_venues(text: str, venue: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.venue == venue


@pytest.mark.parametrize(
    "text,held",
    [
        # a meeting that only dates another event
        ("Bentrok terjadi antara massa dan aparat usai rapat pleno penetapan pasangan calon.", False),
        # the speaker came out of it: it is the reported event
        ('"Kami sudah berkoordinasi," ujar Budi usai rapat kerja dengan Komisi I DPR, Rabu (19/10/2016).', True),
        # another held word in the sentence still reports it
        ("Bentrok terjadi usai rapat pleno yang digelar di kantor KPU.", True),
    ],
)
def test_after_the_meeting(text: str, held: bool) -> None:
    lead = "Harga beras di pasar tradisional naik sepekan terakhir. " * 4  # past the headline's reach
    assert bool(find_meetings(lead + text, published=None, officials=[])) is held


@pytest.mark.parametrize(
    "text,held",
    [
        # a meeting word heading a void phrase is void with it
        ("Camat itu dengan sengaja datang di acara pertemuan deklarasi dukungan salah satu pasangan calon.", False),
        # a meeting word next to, not heading, one stays
        ("Kesbangpol menggelar pertemuan di Aula Kesbangpol, lalu membahas deklarasi dukungan yang viral.", True),
    ],
)
def test_meeting_word_heading_a_void_phrase(text: str, held: bool) -> None:
    lead = "Harga beras di pasar tradisional naik sepekan terakhir. " * 4  # past the headline's reach
    assert bool(find_meetings(lead + text, published=None, officials=[])) is held


# Meeting-type words completed from the guide's definitions (issue #10): spelling variants, headline verbs.
@pytest.mark.parametrize(
    "text,kind",
    [
        ("Polres Sintang menggelar silaturrahmi bersama tokoh agama di aula Mapolres, Senin.", "rapat"),
        ("KPU Garut menggelar bintek bagi anggota PPK di hotel, Selasa.", "bimtek"),
        ("Polres menggelar simulasi Sispam Kota di halaman kantor KPU, Rabu.", "simulasi"),
        ("Kapolres Tinjau Gudang Logistik KPU\nKapolres meninjau gudang logistik KPU, Kamis.", "kunjungan"),
        ("Kesbangpol menggelar saresehan kebangsaan di pendopo kabupaten, Jumat.", "diskusi"),
        ("Tokoh adat dan pemuda dua desa menandatangani kesepakatan damai di balai desa, Sabtu.", "deklarasi"),
    ],
)
def test_meeting_types_completed(text: str, kind: str) -> None:
    (m,) = find_meetings(text, published=date(2024, 11, 1), officials=[])
    assert m.meeting_type == kind


def test_a_task_to_socialise_is_no_activity_held() -> None:
    text = "Bupati meminta camat menyosialisasikan jadwal pemungutan suara kepada warga."
    assert find_meetings(text, published=None, officials=[]) == []


@pytest.mark.parametrize(
    "text,chair,venue",
    [
        (
            "Sosialisasi pilkada damai digelar di Pondok Pesantren Darul Ulum, Senin. Kegiatan itu dibuka secara "
            "simbolis oleh Bupati Jombang Mundjidah Wahab.",
            "Mundjidah Wahab",
            "Pondok Pesantren Darul Ulum",
        ),
        (
            "Rapat koordinasi pengamanan digelar di Balairung Kantor Gubernur, Selasa. Ketua rapat, Sekda Riau "
            "Yan Prana Jaya, meminta semua pihak bersiaga.",
            "Yan Prana Jaya",
            "Balairung Kantor Gubernur",
        ),
    ],
)
def test_meeting_cues_completed(text: str, chair: str, venue: str) -> None:
    (m,) = find_meetings(text, published=date(2024, 11, 1), officials=find_officials(text))
    assert (m.chair, m.venue) == (chair, venue)


@pytest.mark.parametrize(
    "text",
    [
        "Rakor persiapan pengamanan Pilkada 2024 dijadwalkan digelar di Aula Kantor Bupati Sintang.",
        "Bawaslu Sintang mengundang seluruh parpol untuk menghadiri rapat koordinasi pada Kamis mendatang.",
        "KPU Sintang menyiapkan sosialisasi besok di Balai Desa Sepauk.",
    ],
)
def test_a_meeting_set_for_later_is_not_held(text: str) -> None:
    assert find_meetings(text, published=None, officials=[]) == []


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Rakor Pengamanan Pilkada Sintang\nPemkab Sintang menggelar rakor di Pendopo, Senin (2/12/2024).", "rakor"),
        # trap: a next meeting still to come does not undo the one held
        ("Pemkab Sintang menggelar rakor, Senin (2/12/2024). Rakor lanjutan akan digelar pekan depan.", "rakor"),
    ],
)
def test_a_meeting_held_stays_beside_one_to_come(text: str, kind: str) -> None:
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.meeting_type == kind


@pytest.mark.parametrize(
    "text,venue",
    [
        (
            "Rapat koordinasi digelar di Joglo Kebun Pangenan Bageur, yang dihadiri unsur Forkopimcam.",
            "Joglo Kebun Pangenan Bageur",
        ),
        (
            "Usai dilantik, PPK Pedamaran Timur datangi kantor Polsek setempat untuk rapat koordinasi Pilkada.",
            "kantor Polsek setempat",
        ),
        # a room's own name in lower case before its body still goes on with it
        (
            "Rapat koordinasi digelar di Aula merah putih Polres Alor, Senin (2/12/2024).",
            "Aula merah putih Polres Alor",
        ),
    ],
)
def test_pavilions_and_the_bare_visit_verb_give_a_venue(text: str, venue: str) -> None:
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.venue == venue


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Polres Sintang menggelar Jumat Curhat bersama warga Desa Sepauk, Jumat (29/11/2024).", "diskusi"),
        ("Polres Sintang menggelar Minggu Kasih di Gereja Katedral Sintang, Minggu (1/12/2024).", "diskusi"),
        ("Kapolres melaksanakan cooling system dengan tokoh agama di Masjid Agung, Senin (2/12/2024).", "rapat"),
    ],
)
def test_polri_community_programmes_are_meetings(text: str, kind: str) -> None:
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.meeting_type == kind


@pytest.mark.parametrize(
    "text,venue",
    [
        ("Rakor digelar di Sintang, Senin (2/12/2024).", "Sintang"),
        ("Gubernur mengunjungi lokasi bentrok di Desa Padang Tepong, Kecamatan Ulu Musi, Rabu.", "Desa Padang Tepong"),
        ("Gubernur meninjau lokasi di Kabupaten Empat Lawang, tepatnya di Desa Padang Tepong.", "Desa Padang Tepong"),
        # traps: a named building wins, a province is no venue, a capitalised word that is no place neither
        ("Rakor pengamanan pilkada digelar di Aceh, Senin (2/12/2024).", None),
        ("Rakor digelar di Sintang, tepatnya di Aula Kesbangpol Sintang, Senin.", "Aula Kesbangpol Sintang"),
        ("Rakor digelar di Tengah situasi yang memanas, Senin (2/12/2024).", None),
        # a region has no room's name: the jurisdiction after it is no part of the place
        (
            "Polres memantau rapat pleno yang berlangsung di Kabupaten Banjar wilayah hukum Polres Banjarbaru.",
            "Kabupaten Banjar",
        ),
    ],
)
def test_a_meeting_placed_only_in_a_town_or_village_has_that_place_as_venue(text: str, venue: str | None) -> None:
    (m,) = find_meetings(text, published=None, officials=[])
    assert m.venue == venue


@pytest.mark.parametrize(
    "text,chair",
    [
        (
            "Bupati Sintang Jarot Winarno didampingi Kapolres Sintang AKBP Purwadi Hutapea membuka rakor di "
            "Pendopo Bupati, Senin (2/12/2024).",
            "Jarot Winarno",
        ),
        # the verb written in two words, as regional news often does
        (
            "Sekda Kabupaten Tanjab Timur Safril di dampingi Kaban Kesbangpol Imron, membuka Rakor Penanganan "
            "Konflik Sosial di Aula Kantor Camat, Kamis (2/12/2021).",
            "Safril",
        ),
        # trap: no one accompanied, the official before the verb opens it
        ("Kapolres Sintang AKBP Purwadi Hutapea membuka rakor di Pendopo Bupati, Senin.", "Purwadi Hutapea"),
    ],
)
def test_the_one_accompanied_opens_the_meeting(text: str, chair: str) -> None:
    (m,) = find_meetings(text, published=None, officials=find_officials(text))
    assert m.chair == chair


@pytest.mark.parametrize(
    "text,day",
    [
        ("Kompas.com - 23/10/2017, 11:47 WIB Moh. Nadlir Penulis Kemendagri menggelar rakor potensi konflik.", None),
        ("Berita OPD 15 September 2020 09:26:54 WIB Ditjen Polpum menggelar rakor, Jumat (11/9/2020).", "2020-09-11"),
        # trap: a meeting's own hour after "pukul", with a colon
        ("Rakor digelar Senin (2/12/2024) pukul 09:00 WIB di Aula Kesbangpol.", "2024-12-02"),
    ],
)
def test_a_page_s_time_stamp_is_not_the_meeting_s_day(text: str, day: str | None) -> None:
    (m,) = find_meetings(text, published=None, officials=[])
    assert (m.date.isoformat() if m.date else None) == day


def test_a_stand_in_for_someone_else_does_not_replace_the_chair() -> None:
    text = (
        "Rapat koordinasi dipimpin langsung Kapolres Luwu AKBP Arisandi dan dihadiri Dandim 1403 Sawerigading "
        "diwakili oleh Pabung Luwu Mayor Kav. Suparman, Jumat (13/10/2023)."
    )
    assert chair_of(text) == "Arisandi"
    # the chair's own stand-in still leads it
    text = (
        "Rakor dibuka Bupati Langkat Terbit Rencana, melalui Wakil Bupati H. Syah Afandin, Rabu (25/8/2021), "
        "dan dihadiri Kapolres Langkat AKBP Danu Pamungkas."
    )
    assert chair_of(text) == "Syah Afandin"


def test_the_owner_named_after_the_activity_leads_it() -> None:
    text = (
        "Permintaan Gubernur NTT Frans Lebu Raya disampaikan pada Rapat Kerja (Raker) Gubernur NTT dengan "
        "Walikota dan Bupati se-NTT di Aula Fernandez, Rabu (15/11)."
    )
    assert chair_of(text) == "Frans Lebu Raya"


def test_the_regional_head_leads_what_the_regional_government_holds() -> None:
    text = (
        "Pemkab Kutai Kartanegara melakukan Rapat Koordinasi bersama Forkopimda di Pendopo Bupati, Selasa "
        "(1/12/2020). Rakor dihadiri Plt Bupati Kukar Chairil Anwar dan Ketua DPRD Kukar Abdul Rasid."
    )
    from kewaspadaan_cli.extract.labels import find_label_mentions
    from kewaspadaan_cli.extract.meetings import attach_institutions

    officials = find_officials(text)
    (m,) = find_meetings(text, published=date(2020, 12, 1), officials=officials)
    inst = [x for x in find_label_mentions(text) if x.kind == "institution"]
    attach_institutions(m, text, inst, officials)
    assert m.organiser == "pemda" and m.chair == "Chairil Anwar"


def test_a_venue_in_front_of_a_building_keeps_its_position() -> None:
    text = (
        "Wali Kota Mataram Ahyar Abduh memimpin apel siaga pengamanan Pilkada, Rabu (25/11/2020), di depan Kantor "
        "Wali Kota Mataram."
    )
    m = meeting_of(text, date(2020, 11, 25))
    assert m.venue == "depan Kantor Wali Kota Mataram"
    text = "Aparat TNI-Polri menggelar apel pengamanan di di depan Kantor Bupati Dompu, Selasa (22/9/2020)."
    m = meeting_of(text, date(2020, 9, 22))
    assert m.venue == "depan Kantor Bupati Dompu"
    # a position before a head in lower case, and a former building ("eks", "bekas") in the venue's name
    text = (
        "Apel gelar pasukan yang diselenggarakan di belakang kantor Kodim 1418 Mamuju ini dipimpin langsung oleh "
        "Kapolda Sulbar Brigjen Pol Baharudin, Senin (27/5/2019)."
    )
    assert meeting_of(text, date(2019, 5, 27)).venue == "belakang kantor Kodim 1418 Mamuju"
    text = (
        "Polda NTB menggelar apel kesiapan pasukan di lapangan eks Bandara Selaparang, Kota Mataram, Jumat (23/8/2024)."
    )
    assert meeting_of(text, date(2024, 8, 23)).venue == "lapangan eks Bandara Selaparang, Kota Mataram"
    # a trap: a position word with no building after it is no venue
    assert meeting_of("Rapat koordinasi digelar di depan, lalu warga pulang.", date(2024, 8, 23)).venue is None


def test_who_speaks_in_the_activity_and_who_reads_its_declaration() -> None:
    text = (
        "Rakor berlangsung di Hotel On The Rock, Selasa (22/1/2014). Gubernur NTT, Frans Lebu Raya, mengatakan "
        "dalam Rakor tersebut, ada tiga tema penting."
    )
    assert chair_of(text) == "Frans Lebu Raya"
    text = (
        "Para raja se Maluku mendeklarasikan Pemilu damai di Monumen Gong Perdamaian, Kamis (14/2/2019). Naskah "
        "deklarasi dibacakan langsung Ketua Umum Majelis Latupati Maluku Ibrahim Wokas."
    )
    assert chair_of(text) == "Ibrahim Wokas"


def test_a_patrol_is_a_visit_and_its_leader_the_one_accompanied() -> None:
    text = (
        "Kapolda Kalbar, Irjen Pol Pipit Rismanto, didampingi Wakapolda Kalbar, Brigjen Pol Roma Hutajulu, dan "
        "jajaran mengunjungi Polres Sekadau, Rabu, 4 Desember 2024."
    )
    m = meeting_of(text, date(2024, 12, 4))
    assert m.meeting_type == "kunjungan" and m.chair == "Pipit Rismanto" and m.venue == "Polres Sekadau"
    text = "Personel Polres Gowa melaksanakan patroli gabungan di Kantor KPU Kabupaten Gowa, Jumat (29/11/2024)."
    m = meeting_of(text, date(2024, 11, 29))
    assert m.meeting_type == "kunjungan"


def test_plain_nouns_before_a_venue_s_head_are_no_part_of_it() -> None:
    text = "Kapolda Kepri Irjen Pol Andap Budhi saat meninjau Kesiapan Polres Tanjungpinang, Jumat (21/2/2020)."
    m = meeting_of(text, date(2020, 2, 21))
    assert m.venue == "Polres Tanjungpinang"


def test_a_statement_on_the_sidelines_of_an_activity_reports_it_held() -> None:
    text = (
        "ASN Dilarang Berpihak\n\nReporter : Wati\n\n"
        '"Banyak juga yang tidak paham bahwa ini netral atau tidak. Jangan sampai mereka terlibat problem '
        'ketidaknetralan akibat tidak paham terhadap aturan yang berlaku," ujar Sumarno di sela seminar '
        '"Merajut Kebhinekaan" di Gedung Gradhika Semarang, Kamis, 6 Juni 2024.'
    )
    m = meeting_of(text, date(2024, 6, 6))
    assert m.meeting_type == "diskusi" and m.venue == "Gedung Gradhika Semarang"


def test_a_school_is_a_venue() -> None:
    text = (
        "Kesbangpol Kabupaten Kotawaringin Barat menggelar sosialisasi pendidikan politik bagi pemilih pemula di SMA "
        "Negeri 1 Pangkalan Bun, Jalan Alipandi Sarjan No 44, Pangkalan Bun, Kamis (25/10/2018)."
    )
    m = meeting_of(text, date(2018, 10, 25))
    assert m.venue is not None and m.venue.startswith("SMA Negeri 1 Pangkalan Bun")


def test_a_mediation_held_is_a_meeting() -> None:
    text = (
        "Kapolres Pulang Pisau AKBP Budi Santosa memimpin mediasi antara warga dan perusahaan di Aula Mapolres "
        "Pulang Pisau, Senin (9/10/2023). Kedua pihak sepakat berdamai."
    )
    m = meeting_of(text, date(2023, 10, 10))
    assert m is not None and m.meeting_type == "rapat" and m.chair == "Budi Santosa"
    assert meeting_of("Pemkab akan menggelar mediasi antara warga dan perusahaan pekan depan.") is None


@pytest.mark.parametrize(
    "text,chair,venue",
    [
        (
            "Pj Bupati Aceh Besar Muhammad Iswanto memukul rapai pertanda dibukanya Rapat Koordinasi Pilkada di "
            "The Pade Hotel, Kamis (14/11/2024).",
            "Muhammad Iswanto",
            "The Pade Hotel",
        ),
        (
            "Kapolres Sigi AKBP Budi Santoso melaksanakan kunjungan kerja ke kantor KPU Sigi, Selasa (19/11/2024).",
            "Budi Santoso",
            "kantor KPU Sigi",
        ),
        (
            "Bupati Magelang Budi Santoso membuka Rakor lintas sektoral bertempat di Limaran Sky Lounge Artos "
            "Magelang, Senin (18/11/2024).",
            "Budi Santoso",
            "Limaran Sky Lounge Artos Magelang",
        ),
    ],
)
def test_an_opening_marked_a_visit_carried_out_and_a_lounge(text: str, chair: str, venue: str) -> None:
    m = meeting_of(text)
    assert m is not None and (m.chair, m.venue) == (chair, venue)


@pytest.mark.parametrize(
    "text,kind",
    [
        (
            "Kapolres Pekalongan AKBP Wahyu Rohadi melakukan pengecekan ke gudang logistik KPU Kabupaten Pekalongan, "
            "Kamis (26/10/2023).",
            "kunjungan",
        ),
        (
            "Pj Bupati Lampung Utara Aswarodi melakukan briefing kepada seluruh ASN di Gedung Islamic Center "
            "Kotabumi, Rabu (17/7/2024).",
            "rapat",
        ),
        (
            "Konflik antara pendukung berakhir setelah prosesi perdamaian adat belah kayu yang digelar di depan "
            "Kantor Bupati Puncak Jaya, Senin (12/5/2025).",
            "deklarasi",
        ),
    ],
)
def test_an_inspection_a_briefing_and_a_peace_rite_are_activities(text: str, kind: str) -> None:
    m = meeting_of(text, date(2025, 6, 1))
    assert m is not None and m.meeting_type == kind


def test_a_regulation_s_year_does_not_date_an_undated_article() -> None:
    text = (
        "Berdasarkan Permendagri Nomor 12 tahun 2006 tentang Kewaspadaan Dini, Kepala Kesbangpol Kaltim Yudha "
        "Pranoto membuka Rapat Koordinasi FKDM se-Kaltim di Hotel Mesra Samarinda, Selasa (20/10)."
    )
    m = meeting_of(text, published=None)
    assert m is not None and m.date is None  # no year to read (2006 would make it 2009 or 1998)


@pytest.mark.parametrize(
    "text,venue",
    [
        (
            "Kapolres Sigi AKBP Budi Santoso melaksanakan kunjungan kerja di kantor KPU dan Bawaslu Kabupaten Sigi, "
            "Selasa (19/11/2024).",
            "kantor KPU dan Bawaslu Kabupaten Sigi",
        ),
        ("Rapat digelar di Aula Kantor Bupati dan Polres Sigi hadir, Senin (18/11/2024).", "Aula Kantor Bupati"),
        (
            "Rapat digelar di Gedung Serba Guna (GSG) Padang Kempas, Senin (18/11/2024).",
            "Gedung Serba Guna (GSG) Padang Kempas",
        ),
    ],
)
def test_two_bodies_sharing_an_office_and_a_multipurpose_hall(text: str, venue: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.venue == venue


def test_the_speaker_giving_a_briefing_leads_it() -> None:
    text = (
        'Pj Bupati Sigi Budi Santoso meminta ASN netral. "Jangan berpihak," kata Pj Bupati Sigi Budi Santoso saat '
        "melakukan briefing kepada seluruh ASN di Gedung Islamic Center Sigi, Rabu (17/7/2024)."
    )
    m = meeting_of(text)
    assert m is not None and (m.meeting_type, m.chair) == ("rapat", "Budi Santoso")


@pytest.mark.parametrize(
    "text,venue",
    [
        # a room by its English kind before the hotel that holds it, and the town after a comma
        (
            "Rakor digelar di Mahoni Function Room Hotel Grand Zuri, Kota Dumai, Kamis (11/5/2023).",
            "Mahoni Function Room Hotel Grand Zuri, Kota Dumai",
        ),
        (
            "FGD itu digelar Jumat (30/04/2021) di Arfak Ball Room Hotel Aston Sorong.",
            "Arfak Ball Room Hotel Aston Sorong",
        ),
        # a rumah makan by its short form, its village and kecamatan
        (
            "Sosialisasi bertempat di RM. Sari Laut, Sukorejo, Kecamatan Bangil, Rabu (6/9/2023).",
            "RM. Sari Laut, Sukorejo, Kecamatan Bangil",
        ),
        # a business by its own name after the words that say where it was held, or before its town
        ("Rapat koordinasi itu digelar di Waroeng Daeng Tamalanrea, Jumat (1/9) siang.", "Waroeng Daeng Tamalanrea"),
        ("Rapat koordinasi Gakkumdu bertempat di Swiss-belInn Ternate.", "Swiss-belInn Ternate"),
        ("Polres menggelar rakor bersama tokoh adat di Claro Palu, Selasa (6/8/2024).", "Claro Palu"),
        # a body's full name across its "dan" (the trap: a clause's "dan" still ends the venue, below)
        (
            "Rakor digelar di Aula Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Poso, Senin (4/3/2024).",
            "Aula Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Poso",
        ),
        (
            "Rakor digelar di Aula Kantor Bupati Poso dan dihadiri Kapolres, Senin (4/3/2024).",
            "Aula Kantor Bupati Poso",
        ),
    ],
)
def test_venue_by_its_own_name(text: str, venue: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.venue == venue


@pytest.mark.parametrize(
    "text",
    [
        "Rapat koordinasi digelar di Jakarta Pusat, Selasa (6/8/2024).",  # a region: the town, no venue's name
        "Rapat koordinasi menjelang Pilkada Serentak di Kota Palu, Selasa (6/8/2024).",  # an election's words
        "Rapat koordinasi kembali membahas kerawanan di Maluku Tengah, Selasa (6/8/2024).",  # a region again
    ],
)
def test_venue_by_its_own_name_traps(text: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.venue in {None, "Jakarta Pusat", "Kota Palu", "Maluku Tengah"}


def test_an_undated_article_s_meeting_day_takes_the_year_of_the_election_it_names() -> None:
    text = "Kesbangpol menggelar rapat koordinasi jelang Pilkada di Aula Kantor Bupati, Selasa (20/10)."
    found = find_meetings(text, published=None, officials=[], elections={"pilkada"})
    assert found and found[0].date == date(2020, 10, 20)
    # (the trap: a village head's election has no common voting day to tell the year)
    village = "Panitia menggelar rapat koordinasi jelang Pilkades di balai desa, Selasa (20/10)."
    found = find_meetings(village, published=None, officials=[], elections={"pilkades"})
    assert found and found[0].date is None


def test_a_statement_made_at_an_activity_reports_it_held() -> None:
    text = (
        "Gubernur meminta semua pihak, pimpinan daerah kabupaten dan kota, instansi vertikal dan para pemangku "
        "kepentingan memberikan jaminan bagi masyarakat untuk memilih sesuai hati nurani tanpa tekanan.\n"
        "“Biarkan masyarakat memilih sesuai hati nurani,” ujarnya pada Rapat Koordinasi Pemilu Legislatif 2014, "
        "di Gedung Serbaguna Kantor Gubernur, Senin 3 Maret 2014."
    )
    found = find_meetings(text, published=None, officials=[])
    assert [(m.meeting_type, m.date) for m in found] == [("rakor", date(2014, 3, 3))]
    # (the trap: a meeting spoken of as still to come is none)
    ahead = (
        "Gubernur meminta semua pihak menjaga kedamaian.\n"
        "“Jaga kedamaian,” ujarnya. Rapat koordinasi akan digelar pekan depan."
    )
    assert find_meetings(ahead, published=None, officials=[]) == []


def test_the_chair_before_a_list_of_dotted_degrees() -> None:
    text = (
        "Pada Jumat, 1 November 2024, Penjabat (Pj) Bupati Bone, Andi Winarno Eka Putra, S.STP., M.H., secara resmi "
        "membuka Rapat Koordinasi Terpadu Penanganan Konflik Sosial di Ballroom Hotel Helios, Watampone."
    )
    assert chair_of(text) == "Andi Winarno Eka Putra"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a room's or a field's own name in lower case, closed by the body it belongs to
        (
            "Polres Alor menggelar deklarasi damai pada Senin (23/09/2024) di Aula merah putih polres Alor.",
            "Aula merah putih polres Alor",
        ),
        (
            "Polres menggelar apel pengamanan pada Minggu, 23 Oktober 2022 di lapangan sarja arya racana Polres "
            "Sumbawa Barat.\nKapolres hadir.",
            "lapangan sarja arya racana Polres Sumbawa Barat",
        ),
        # (traps) a clause's words before the body, a body never reached: the head alone
        ("Polres Alor menggelar rapat pada Senin (23/09/2024) di aula yang baru dibangun Polres Alor.", None),
        # (a clause's verbs are no room's name either: the place, then what befell the crowd there)
        (
            "Aksi unjuk rasa dan rapat dengar pendapat di depan Pendopo Pandeglang berhasil ditertibkan Polisi resort "
            "(Polres) Pandeglang, Senin (23/09/2024).",
            "depan Pendopo Pandeglang",
        ),
        (
            "Camat menggelar rapat pada Senin (23/09/2024) di Aula kantor camat untuk membahas Pilkades.",
            "Aula kantor camat",
        ),
    ],
)
def test_a_lower_case_room_name_up_to_its_body(text: str, venue: str | None) -> None:
    (m,) = find_meetings(text, published=date(2024, 11, 20), officials=find_officials(text))
    assert m.venue == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # the sentence that says outright where the activity is held comes before a place named in passing
        (
            "Setelah rapat di kantor KPU, Polres Landak menggelar Apel Konsolidasi Operasi Mantap Praja 2024, "
            "Selasa (27/8/2024). Apel ini dilaksanakan di halaman Mapolres Landak.",
            "halaman Mapolres Landak",
        ),
        # (trap) no such sentence: the place the lead gives
        (
            "Polres Landak menggelar Apel Konsolidasi Operasi Mantap Praja 2024 di halaman Mapolres Landak, "
            "Selasa (27/8/2024). Usai apel, Kapolres meninjau kantor KPU.",
            "halaman Mapolres Landak",
        ),
    ],
)
def test_the_venue_said_outright(text: str, venue: str) -> None:
    (m,) = find_meetings(text, published=date(2024, 11, 20), officials=find_officials(text))
    assert m.venue == venue


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an election named with another year than the date's is not the one held that day
        (
            "Sekda menghadiri diskusi publik deteksi dini konflik sosial menjelang pemilu tahun 2024 yang "
            "dilaksanakan pada Selasa, 14 November 2023 di aula Kecamatan Pondok Kelapa.",
            date(2023, 11, 14),
        ),
        # an election inside an activity's name ("Silaturahmi Pilkada Rukun") owns no date either
        (
            "FKUB Sulawesi Tengah menggelar acara Silaturahmi Pilkada Rukun pada Rabu (06/11/2024) "
            "di Hotel Aston Palu.",
            date(2024, 11, 6),
        ),
        # (trap) the election's own day, its year the same: not the meeting's
        (
            "Kapolres menggelar rapat pengamanan menjelang Pemilu 2024 yang dilaksanakan pada Rabu, 14 Februari 2024.",
            None,
        ),
    ],
)
def test_an_election_of_another_year_does_not_own_the_date(text: str, day: date | None) -> None:
    (m,) = find_meetings(text, published=None, officials=find_officials(text))
    assert m.date == day


def test_a_date_on_the_line_after_the_headline_is_the_page_s() -> None:
    text = (
        "Kapolda Kepri Hadiri Rakor Pengamanan Logistik Pemilu 2019\n\nByadmin bidhumas\n\nApr 11, 2019\n\n"
        "Tribratanews.kepri.polri.go.id – Kapolda Kepulauan Riau membuka Rapat Koordinasi (Rakor) pengamanan "
        "logistik Pemilu 2019 di Ballroom Harris Hotel, Selasa (9/4/2019)."
    )
    (m,) = find_meetings(text, published=None, officials=find_officials(text))
    assert m.date == date(2019, 4, 9)


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        # a press officer speaking for the chief ("melalui Kasi Humas") stands in for no one who led it
        (
            "Polres Sumbawa Barat menggelar apel pengamanan pilkades, Minggu (23/10/2022). Kapolres Sumbawa Barat "
            "AKBP Heru Muslimin melalui Kasi Humas IPDA Eddy Soebandi menjelaskan, apel itu diikuti 200 personel.",
            None,  # (no cue names who led it here; the organiser's head is read after, by attach_institutions)
        ),
        # (trap) a stand-in who is no press officer opened it
        (
            "Pemkab menggelar rapat koordinasi pilkades, Senin (24/10/2022). Bupati Sumbawa Barat diwakili "
            "Asisten I Abdul Hamid membuka rapat.",
            "Abdul Hamid",
        ),
    ],
)
def test_a_press_officer_speaking_for_the_chief_is_no_stand_in(text: str, chair: str | None) -> None:
    assert chair_of(text) == chair


def only_meeting(text: str) -> Meeting:
    """The one meeting found in ``text`` (no publication date; the year falls back to 2026)."""
    (m,) = find_meetings(text, published=None, officials=find_officials(text), fallback=date(2026, 1, 1))
    return m


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Penjabat Bupati Kudus membuka Kegiatan Pembinaan Forum Kerukunan Umat Beragama di Pendapa Kabupaten "
            "Kudus, Senin (18/12/2023).",
            "bimtek",
        ),
        (
            "Pemkab Cirebon mengumpulkan ratusan kepala desa di Hotel Apita. Mereka dibekali cara menangkal ancaman "
            "menjelang pemilu, Selasa (5/9/2023).",
            "bimtek",
        ),
        (
            "Sekda membuka Penguatan Wawasan Kebangsaan bagi Pemuda dan Pelajar di Aula Kesbangpol, Kamis (3/8/2017).",
            "sosialisasi",
        ),
    ],
)
def test_training_and_outreach_named_in_other_words(text: str, kind: str) -> None:
    m = only_meeting(text)
    assert m.meeting_type == kind


def test_a_forum_named_as_a_body_is_no_meeting() -> None:
    text = "Kesbangpol bersama Forum Komunikasi Deteksi Dini Masyarakat hadir di kantor camat, Senin (5/5/2025)."
    assert all(m.meeting_type != "diskusi" for m in find_meetings(text, published=None, officials=[]))


def _venue(text: str) -> str | None:
    return only_meeting(text).venue


def test_a_venue_whose_body_lists_its_fields_and_closes_with_the_acronym() -> None:
    text = (
        "Sosialisasi digelar di aula Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana "
        "(DP3AKB) Kabupaten Aceh Barat, Selasa (4/6/2019)."
    )
    assert _venue(text) == (
        "aula Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana (DP3AKB) Kabupaten Aceh Barat"
    )
    # trap: an acronym that spells no list before it ends nothing more than the comma did
    assert _venue("Rapat digelar di Aula Bappeda, Kantor Bupati (KBG) Garut, Selasa (4/6/2019).") == "Aula Bappeda"
    # a clause after the comma is no field of a body, though its acronym spells its words ("Focus Grup Discussion")
    text = (
        "Rabu (26/9) di balai Room hotel Cantika, Polres Melawi mengadakan kegiatan Focus Grup Discussion (FGD) "
        "tentang pencegahan hoaks."
    )
    assert _venue(text) == "balai Room hotel Cantika"


def test_a_venue_named_after_a_person_with_an_abbreviated_title() -> None:
    assert _venue("Rapat digelar di Aula Tb. Saparudin pada Senin (26/4/2021).") == "Aula Tb. Saparudin"
    assert _venue("Rapat digelar di Masjid KH. Ahmad Dahlan, Senin (26/4/2021).") == "Masjid KH. Ahmad Dahlan"
    # trap: a body's acronym that closes the sentence
    assert _venue("Rapat digelar di Kantor KPU RI. Acara dibuka Senin (26/4/2021).") == "Kantor KPU RI"


def test_a_chair_after_the_verb_written_apart() -> None:
    text = (
        "Rapat yang di pimpin Ketua Komisi II DPRD Riau Robin Hutagalung itu dihadiri Bupati Kuansing Mursini "
        "di ruang medium DPRD Riau, Senin (18/3/2019)."
    )
    m = only_meeting(text)
    assert m.chair == "Robin Hutagalung"


def test_a_venue_after_di_glued_to_its_head() -> None:
    assert _venue("Deklarasi damai dilapangan umum Atambua dihadiri Bupati Malaka, Rabu (19/9/2018).") == (
        "lapangan umum Atambua"
    )
    assert _venue("Rapat digelar diaula Kantor Camat Sukajadi, Rabu (19/9/2018).") == "aula Kantor Camat Sukajadi"
    # trap: a verb that begins with di- is no glued preposition
    assert _venue("Rapat dipimpin Camat dan dihadiri warga di Aula Kantor Camat, Rabu (19/9/2018).") == (
        "Aula Kantor Camat"
    )


def test_the_stand_in_before_the_host_opens_it() -> None:
    text = (
        "FKUB menggelar dialog lintas agama di Aula Kantor Bupati Balangan, Selasa (24/5/2022). Kepala Bidang "
        "Kesra Setda Kabupaten Balangan, Syaifuddin Tailah mewakili Bupati H Abdul Hadi membuka dialog itu."
    )
    m = only_meeting(text)
    assert m.chair == "Syaifuddin Tailah"
    # trap: the host who opened it himself
    text = "Bupati Balangan Abdul Hadi membuka dialog lintas agama di Aula Kantor Bupati, Selasa (24/5/2022)."
    m = only_meeting(text)
    assert m.chair == "Abdul Hadi"


def test_a_date_said_to_be_still_to_come_is_not_the_meetings() -> None:
    text = (
        "Kominda Kalsel menggelar rapat koordinasi (rakor) di Hotel Rattan Inn, Banjarmasin. Kepala Bidang "
        "Kewaspadaan Agus Prabowo mengatakan rakor ini juga menyiapkan Festival Budaya yang dilaksanakan pada "
        "tanggal 27 Nopember 2024 akan datang. Rakor digelar Rabu (29/5/2024) pagi."
    )
    assert only_meeting(text).date == date(2024, 5, 29)


def test_a_date_after_an_election_that_is_not_its_voting_day() -> None:
    text = (
        "KPU Papua Barat Daya melakukan rapat pleno penetapan paslon gubernur untuk Pilkada 2024 pada "
        "Minggu (22/9) sekitar pukul 23.00 WIT. Hal itu disampaikan Kabid Humas kepada wartawan, Senin (23/9/2024)."
    )
    assert only_meeting(text).date == date(2024, 9, 22)
    # trap: the election's own voting day after its name stays the election's
    text = "Rapat koordinasi pengamanan Pilkada 2024 pada Rabu (27/11/2024) digelar di Mapolres, Selasa (1/10/2024)."
    assert only_meeting(text).date == date(2024, 10, 1)


def test_a_statement_made_after_the_meeting_in_the_passive() -> None:
    # "Hal itu disampaikan X, usai Rakor ...": the rakor was held, and its sentence tells where and when
    text = (
        "SERANG - Setiap jelang pilkada, dinilai rentan menimbulkan konflik sosial. Maka, perlu dilakukan "
        "antisipasi agar tidak terjadi, atau meminimalisir konflik antara masyarakat di semua kecamatan.\n"
        "Hal itu, disampaikan Asisten Daerah (Asda) I Sekretariat Daerah Kabupaten Serang, Nanang Supriatna, usai "
        "Rapat Koordinasi (Rakor) Tim Terpadu Penanganan Konflik Sosial, di Aula KH. Syam’un, Selasa (8/9/2020).\n"
        "Diketahui, dalam Rakor tersebut hadir perwakilan OPD. Pada tanggal 4 sampai 6 September 2020 sudah "
        "dimulai tahapan pendaftaran."
    )
    m = only_meeting(text)
    assert m.date == date(2020, 9, 8)
    assert m.venue == "Aula KH. Syam’un"


def test_the_speaker_who_led_it_named_short_after_a_passive_speech_verb() -> None:
    text = (
        "Persoalan konflik harus diantisipasi, kata Asisten Daerah I Setda Kabupaten Serang, Nanang Supriatna.\n"
        "Hal itu disampaikan Nanang usai memimpin Rapat Tim Terpadu Penanganan Konflik Sosial yang digelar "
        "Kesbangpol di Aula KH. Syam’un pada Kamis, 24 Juni 2021."
    )
    assert only_meeting(text).chair == "Nanang Supriatna"


def test_the_told_activity_named_again_then_opened_by() -> None:
    text = (
        "Bupati Malra M. Thaher Hanubun bersama tokoh adat menggelar deklarasi damai di Elat, Sabtu (17/12/2022). "
        "Doa bersama dan pemasangan sasi adat tersebut dibuka oleh Bupati Malra M. Thaher Hanubun di Gedung Ohoi."
    )
    assert only_meeting(text).chair == "M Thaher Hanubun"
    # trap: an opening of something that is no told activity
    text = (
        "Deklarasi damai digelar di Elat, Sabtu (17/12/2022). Jalan baru menuju Elat dibuka oleh Bupati Malra "
        "M. Thaher Hanubun pekan lalu."
    )
    assert only_meeting(text).chair is None


def test_opening_it_while_taking_a_second_role() -> None:
    text = (
        "Wakil Gubernur Kalimantan Barat Ria Norsan membuka sekaligus menjadi narasumber pada kegiatan penandatanganan "
        "deklarasi di Hotel Mercure Pontianak, Selasa (19/7/2022)."
    )
    assert only_meeting(text).chair == "Ria Norsan"
    # trap: a second role with no activity after it
    text = (
        "Deklarasi damai digelar di Hotel Mercure Pontianak, Selasa (19/7/2022). Wakil Gubernur Kalimantan Barat "
        "Ria Norsan membuka sekaligus menutup jalan itu pada sore hari."
    )
    assert only_meeting(text).chair is None


def test_a_visit_by_the_official_whose_name_a_stray_dot_parts_from_his_degree() -> None:
    text = (
        "Kapolres Labuhanbatu AKBP Deni Kurniawan. S.IK, MH melaksanakan kunjungan kerja ke kantor KPU "
        "Labuhanbatu Selatan, Senin (2/11/2020)."
    )
    assert only_meeting(text).chair == "Deni Kurniawan"


def test_a_fronted_opening_clause_then_its_subject_named_short() -> None:
    text = (
        "Ketua Bawaslu Kabupaten Hulu Sungai Utara Syardani meminta masyarakat melapor. Membuka sosialisasi "
        "pengawasan pemilu partisipatif di Rumah Makan Melati, Syardani mengajak masyarakat mengawasi Pilkada."
    )
    assert only_meeting(text).chair == "Syardani"
    # trap: another person's name in that place
    text = (
        "Ketua Bawaslu Kabupaten Hulu Sungai Utara Syardani meminta masyarakat melapor. Membuka sosialisasi "
        "pengawasan pemilu partisipatif di Rumah Makan Melati, Rahmat mengajak masyarakat mengawasi Pilkada."
    )
    assert only_meeting(text).chair is None


def test_a_place_by_its_own_name_in_a_later_sentence_about_the_meeting() -> None:
    text = (
        "Pemprov Bali menggelar pertemuan memperkuat koordinasi menjelang Pilkada Serentak 2024 bersama Forkopimda "
        "dan penyelenggara pemilu. Pertemuan itu juga dihadiri KPU. Dalam pertemuan di Niti Mandala Denpasar, "
        "Jumat (6/9/2024) dibahas pembentukan posko."
    )
    assert _venue(text) == "Niti Mandala Denpasar"
    # trap: a region alone is read as the place, not as a named building
    text = (
        "Pemprov Bali menggelar pertemuan memperkuat koordinasi menjelang Pilkada Serentak 2024 bersama Forkopimda "
        "dan penyelenggara pemilu. Pertemuan itu juga dihadiri KPU. Dalam pertemuan di Karangasem, Jumat (6/9/2024) "
        "dibahas pembentukan posko."
    )
    assert _venue(text) is None


def test_a_named_place_with_an_ampersand() -> None:
    text = "Rakor itu berlangsung di Banyualit Spa & Resort Lovina, Senin (17/4/2023)."
    assert _venue(text) == "Banyualit Spa & Resort Lovina"


def test_a_day_looked_towards_is_not_the_meetings() -> None:
    text = (
        "Bupati memimpin rapat koordinasi pengamanan Pilkada di Ruang Rapat Jayengrane, Kamis (14/11/2024). "
        "Kita amankan pilkada serentak dengan potensi yang kita miliki menuju 27 November 2024."
    )
    assert only_meeting(text).date == date(2024, 11, 14)
    text = "Rapat koordinasi digelar menjelang tanggal 9 Desember 2020 di aula kantor camat, Senin (7/12/2020)."
    assert only_meeting(text).date == date(2020, 12, 7)


def test_a_meetings_weekday_date_with_its_month_mistyped_in_a_dated_report() -> None:
    text = "Bupati membuka rapat koordinasi (Rakor) tim terpadu penanganan konflik sosial, di Stabat, Rabu(9/7)."
    (m,) = find_meetings(text, published=date(2021, 6, 9), officials=find_officials(text))
    assert m.date == date(2021, 6, 9)


def test_the_organiser_named_as_the_agent_far_into_the_sentence_and_its_head_leads() -> None:
    text = (
        "MAMUJU - Politik uang masih membayangi Pemilu 2024.\n"
        "Hal itu terungkap dalam Dialog Publik Pemetaan Kerawanan Pemilu 2024 di Sulawesi Barat yang "
        "diselenggarakan oleh Badan Pengawas Pemilu (Bawaslu) Sulbar di Ballroom Hotel Maleo, Sabtu (9/12/2023).\n"
        "Ketua Bawaslu Sulbar Nasrul Muhayyang mengatakan, tujuan kegiatan ini menyukseskan Pemilu."
    )
    m = only_meeting(text)
    attach_institutions(m, text, find_label_mentions(text), find_officials(text))
    assert (m.organiser, m.chair) == ("bawaslu", "Nasrul Muhayyang")
    # trap: a body named after "oleh" as the cause of something, not the meeting's agent
    text = (
        "MAMUJU - Politik uang masih membayangi Pemilu 2024.\n"
        "Hal itu terungkap dalam Dialog Publik Pemetaan Kerawanan Pemilu 2024 di Sulawesi Barat yang "
        "dikritik oleh Badan Pengawas Pemilu (Bawaslu) Sulbar di Ballroom Hotel Maleo, Sabtu (9/12/2023).\n"
        "Ketua Bawaslu Sulbar Nasrul Muhayyang mengatakan, tujuan kegiatan ini menyukseskan Pemilu."
    )
    m = only_meeting(text)
    attach_institutions(m, text, find_label_mentions(text), find_officials(text))
    assert m.organiser is None


def test_a_national_consolidation_meeting_held() -> None:
    text = (
        "Badan Pengawas Pemilu (Bawaslu) RI menggelar konsolidasi nasional (Konsolnas) di Hotel Bidakara, Jakarta, "
        "Sabtu (17/12/2022)."
    )
    assert only_meeting(text).meeting_type == "rapat"
    # trap: a party's internal consolidation advised is no meeting held
    text = "Masa tenang seharusnya dimanfaatkan partai melakukan konsolidasi internal saja, kata Ketua Panwaslu."
    assert find_meetings(text, published=None, officials=find_officials(text)) == []


@pytest.mark.parametrize(
    "text,held",
    [
        # a forum held, and people convened, are a meeting held
        ("Kesbangpol Provinsi Gorontalo menggelar Forum Pembauran Kebangsaan di Hotel Maqna, Sabtu (3/8/2019).", True),
        ("Pemprov Sumbar kumpulkan Kesbangpol kabupaten dan kota jelang Pilpres 2024 di Padang.", True),
        ("Pemkab Cirebon mengumpulkan ratusan kepala desa di pendopo, Senin (4/9/2023).", True),
        # a forum's name, or evidence gathered, are none
        ("Ketua Forum Kerukunan Umat Beragama mengimbau warga menjaga kerukunan.", False),
        ("Bawaslu mengumpulkan bukti dugaan politik uang di dua desa.", False),
    ],
)
def test_a_forum_held_and_people_convened_are_meetings(text: str, held: bool) -> None:
    assert bool(find_meetings(text, published=date(2024, 1, 1), officials=[])) is held


@pytest.mark.parametrize(
    "text,plenary",
    [
        ("DPRD Kabupaten PALI menggelar Rapat Paripurna ke XIII membahas raperda APBD, Senin (3/7/2023).", True),
        ("KPU Garut menggelar rapat pleno terbuka rekapitulasi suara, Senin (3/7/2023).", True),
        ("Kesbangpol Garut menggelar rapat koordinasi dengan Forkopimda, Senin (3/7/2023).", False),
    ],
)
def test_a_councils_plenary_is_administration(text: str, plenary: bool) -> None:
    from kewaspadaan_cli.extract.meetings import is_plenary

    (m,) = find_meetings(text, published=date(2023, 7, 3), officials=[])
    assert is_plenary(text, m) is plenary


@pytest.mark.parametrize(
    "text,venue",
    [
        # a name before its head, as English orders it
        (
            "Sosialisasi pengawasan partisipatif digelar Bawaslu bertempat di Medana By Marina Hotel Kabupaten "
            "Lombok Utara, Kamis (30/10/2025).",
            "Medana By Marina Hotel Kabupaten Lombok Utara",
        ),
        (
            "Deklarasi kampanye damai dilaksanakan di Sport and Convention Center (BSCC) Dome Kota Balikpapan.",
            "Sport and Convention Center (BSCC) Dome Kota Balikpapan",
        ),
        # "Hari" inside a name goes on; before a weekday it ends the place
        (
            "Rakor FKUB digelar di Gereja Masehi Advent Hari Ketujuh (GMAHK) Papakelan, Kecamatan Tondano Timur, "
            "Senin (14/8/2023).",
            "Gereja Masehi Advent Hari Ketujuh (GMAHK) Papakelan, Kecamatan Tondano Timur",
        ),
        ("Rakor FKUB digelar di Aula Kantor Bupati Minahasa Hari Senin (14/8/2023).", "Aula Kantor Bupati Minahasa"),
        # the grounds of a place
        (
            "Jumat Curhat digelar di lingkungan Pondok Pesantren Al Manshurin, Kecamatan Nalumsari, "
            "Jumat (25/10/2024).",
            "Pondok Pesantren Al Manshurin, Kecamatan Nalumsari",
        ),
        # traps: a town and "dan" before a head is no name of it; "di lingkungan" a body is no place
        ("Rapat koordinasi digelar di Kota Malang dan Hotel Santika, Senin (2/12/2024).", "Kota Malang"),
        ("Sosialisasi netralitas ASN digelar di lingkungan Pemkab Jepara, Jumat (25/10/2024).", None),
    ],
)
def test_a_venue_named_before_its_head_or_with_a_day_word_in_it(text: str, venue: str | None) -> None:
    m = meeting_of(text)
    assert m is not None and m.venue == venue


@pytest.mark.parametrize(
    "text,chair",
    [
        # the organisers' report that opens the programme is no opening of the activity
        (
            "Rakor FKUB di Balai Pertemuan Umum Tondano dibuka dengan laporan ketua panitia, Kabag Kesra Christian "
            "Tolu, lalu sambutan Bupati Minahasa Jemmy Kumendong.",
            "Jemmy Kumendong",
        ),
        ("Rakor FKUB di Balai Pertemuan Umum Tondano dibuka oleh Kabag Kesra Christian Tolu.", "Christian Tolu"),
        # a listed person named later by one word of the name, alone inside a sentence
        (
            "Rakor FKUB digelar di Balai Pertemuan Umum Tondano, dihadiri Asisten Pemerintahan Denny Mangala dan "
            'Kabag Kesra Christian Tolu. "Kerukunan harus dijaga," jelas Tolu. Sementara itu, Mangala, saat '
            "membacakan sambutan Bupati Minahasa, mengajak warga menjaga kerukunan.",
            "Denny Mangala",
        ),
    ],
)
def test_who_gave_the_address_not_who_reported(text: str, chair: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.chair == chair


@pytest.mark.parametrize(
    "text,kind,venue",
    [
        # a coffee shop's own name in quotes after its head
        (
            "Rapat koordinasi yang digelar di warung kopi “Kopi Paste” ini dihadiri pimpinan partai, "
            "Senin (14/1/2019).",
            "rakor",
            "warung kopi “Kopi Paste”",
        ),
        # an inspection visit and its place after "ke"
        (
            "Kajari Budi Santoso melakukan sidak dan pengecekan ke Gudang KPU Padangsidimpuan, Kamis (18/1/2024).",
            "kunjungan",
            "Gudang KPU Padangsidimpuan",
        ),
        (
            "Kapolres Simalungun AKBP Ronald Sipayung melaksanakan pengecekan penerimaan logistik Pemilu. "
            "Pengecekan dilakukan di Kantor Komisi Pemilihan Umum (KPU) Kabupaten Simalungun.",
            "kunjungan",
            "Kantor Komisi Pemilihan Umum (KPU) Kabupaten Simalungun",
        ),
        # a trap: a bare head after "ke" names no place
        ("Kapolres Simalungun melaksanakan pengecekan ke lapangan, Kamis (18/1/2024).", "kunjungan", None),
    ],
)
def test_a_coffee_shop_by_its_quoted_name_and_an_inspections_place(text: str, kind: str, venue: str | None) -> None:
    m = meeting_of(text)
    assert m is not None and m.meeting_type == kind and m.venue == venue


@pytest.mark.parametrize(
    "text,venue",
    [
        # a headline's place ends at its line: the next paragraph opens with a body and a venue head ("Polsek"),
        # no part of it ("Bandar Lampung Jajaran Polsek" before)
        (
            "Polisi Bersama Forkopimcam Deklarasikan Pilkada Damai di Bandar Lampung\n\nJajaran Polsek dibawah "
            "Polresta Bandar Lampung bersama unsur Forkopimcam Deklarasikan Pilkada Damai.\n\nBANDAR LAMPUNG - "
            "Jajaran Polsek bersama Forkopimcam menggelar Deklarasi Pilkada Damai, Selasa (24/9/2024).",
            None,
        ),
        # an earlier activity's place is not this one's
        (
            "Kapolres memimpin rapat koordinasi penanganan karhutla, Kamis (25/7/2024). Rapat digelar dua minggu "
            "sekali, kegiatan sebelumnya di Kantor Bupati, saat ini dilaksanakan di Aula Polres Rokan Hulu.",
            "Aula Polres Rokan Hulu",
        ),
        # a trap: "sebelum" of time, not of an earlier activity
        (
            "Sebelum rapat dimulai, peserta berkumpul. Rapat koordinasi digelar di Aula Kantor Bupati Rokan Hulu.",
            "Aula Kantor Bupati Rokan Hulu",
        ),
    ],
)
def test_a_venue_stays_in_its_line_and_is_not_an_earlier_activitys(text: str, venue: str | None) -> None:
    m = meeting_of(text)
    assert m is not None and m.venue == venue


@pytest.mark.parametrize(
    "text,chair",
    [
        # two officials acting together: the first named leads
        (
            "Kapolres Simalungun AKBP Ronald Sipayung dan Dandim 0207/Simalungun Letkol Inf Hadrianus Yossy secara "
            "kompak melaksanakan pengecekan logistik di Gudang KPU Simalungun.",
            "Ronald Sipayung",
        ),
        # a visit told with a headline's bare verb
        ("Kapolres Siak AKBP Asep Sujarwadi tinjau langsung Gudang Logistik Pemilu di PPK Kandis.", "Asep Sujarwadi"),
    ],
)
def test_the_first_of_two_acting_together_and_a_bare_visit_verb(text: str, chair: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.chair == chair


@pytest.mark.parametrize(
    "text,venue",
    [
        # "di" glued to a capitalised head
        (
            "Polda Kalbar lakukan Forum Group Discussion (FGD) jelang Pilkada, Senin (22/1/2018) diMapolda Kalbar.",
            "Mapolda Kalbar",
        ),
        # an election body's office named by the body, as a police command's is
        (
            "Massa mencoba menggagalkan rapat pleno yang sementara berjalan di KPU Maluku Tengah, Kamis (29/2/2024).",
            "KPU Maluku Tengah",
        ),
        # a trap: a body after "di" inside a title is no place ("Ketua Divisi Hukum di Bawaslu" reads no venue
        # unless the activity is held there)
        ("Rapat pleno digelar di Aula Hotel Santika, dipimpin Ketua Bawaslu Maluku Tengah.", "Aula Hotel Santika"),
    ],
)
def test_a_venue_glued_to_di_and_an_election_bodys_office(text: str, venue: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.venue == venue


@pytest.mark.parametrize(
    "text,chair",
    [
        # a title cut before its body and place, closing its clause, stands for its one holder
        (
            "Rakor digelar di Ruang Rapat Bakesbangpol Kota Malang. Hadir Kabid Wasnas dan Penflik Bakesbangpol "
            "Kota Malang (Ir. Ade Herawanto, MT). Pembukaan dan diskusi dipimpin oleh Kabid Wasnas dan Penflik.",
            "Ade Herawanto",
        ),
        # traps: a cut title that goes on with another post's words is that other post
        (
            "Rakor digelar di Ruang Rapat Bakesbangpol Kota Malang. Hadir Kepala Dinas Pendidikan Kota Malang Ade "
            "Herawanto. Rakor dipimpin oleh Kepala Dinas Kesehatan.",
            None,
        ),
    ],
)
def test_a_title_cut_before_its_body_stands_for_its_holder(text: str, chair: str | None) -> None:
    m = meeting_of(text)
    assert m is not None and m.chair == chair


@pytest.mark.parametrize(
    "text,kind,venue",
    [
        # the coffee morning as news misspells it; a café named before its head
        (
            "Polres Mimika menggelar coffe morning bersama tiga bakal calon bupati, di Balliem Cafe, Hotel Horison "
            "Ultima, Rabu (10/4/2024).",
            "rapat",
            "Balliem Cafe, Hotel Horison Ultima",
        ),
        ("Jumat Curhat digelar di Kopling Coffee, Kendari, Jumat (5/1/2024).", "diskusi", "Kopling Coffee, Kendari"),
        # the meeting room of police and regional offices
        (
            "Rakor dipimpin Kapolda NTT di Rupatama Lantai III Mapolda NTT, Senin (2/12/2024).",
            "rakor",
            "Rupatama Lantai III Mapolda NTT",
        ),
    ],
)
def test_a_coffee_morning_misspelled_and_more_venue_heads(text: str, kind: str, venue: str) -> None:
    m = meeting_of(text)
    assert m is not None and m.meeting_type == kind and m.venue == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a command's headquarters named by its head alone is one place (one to a town)
        ("Kapolres Sleman AKBP Yuswanto menerima audiensi pengurus FKUB di Mapolres, Kamis (7/12/2023).", "Mapolres"),
        ("Kapolresta menerima audiensi pengurus FKUB di Mapolresta, Kamis (7/12/2023).", "Mapolresta"),
        # (the traps: a bare head of no one place; a named venue wins over the headquarters)
        ("Kapolres menerima audiensi pengurus FKUB di lapangan, Kamis (7/12/2023).", None),
        (
            "Kapolres menerima audiensi pengurus FKUB di Mapolres, tepatnya di Aula Rupatama Polres Sleman, "
            "Kamis (7/12/2023).",
            "Aula Rupatama Polres Sleman",
        ),
    ],
)
def test_a_headquarters_named_by_its_head_alone(text: str, venue: str | None) -> None:
    held = find_meetings(text, published=None, officials=find_officials(text))
    assert [m.venue for m in held] == [venue]


@pytest.mark.parametrize(
    "text",
    [
        # an activity planned, however the plan is said: not held
        "Rapat koordinasi pengamanan pilkada rencananya digelar Senin (2/12/2024).",
        "Rapat koordinasi pengamanan pilkada sedianya digelar Senin (2/12/2024).",
        "Rapat koordinasi pengamanan pilkada digelar Senin (2/12/2024) mendatang.",
        "Rapat koordinasi pengamanan pilkada digelar Senin, 2 Desember 2024 mendatang.",
    ],
)
def test_an_activity_planned_is_not_held(text: str) -> None:
    assert find_meetings(text, published=None, officials=find_officials(text)) == []


def test_an_activity_held_with_a_plan_for_later_is_held() -> None:
    # (the trap: a day to come said later in the sentence, of something else)
    text = "Rapat koordinasi digelar Senin (2/12/2024), dan hasilnya akan dibahas lagi pada pekan depan."
    assert [m.meeting_type for m in find_meetings(text, published=None, officials=find_officials(text))] == ["rakor"]
