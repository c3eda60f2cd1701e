"""The main region: where the lead places things, who acts, and when there is none (hand-written sentences)."""

from __future__ import annotations

import pytest

from kewaspadaan_cli.extract.region_main import main_region
from kewaspadaan_cli.extract.regions import article_regions, find_regions


def main_of(text: str, dateline: str | None = None) -> str | None:
    return main_region(text, find_regions(text, dateline=dateline), dateline=dateline)


def test_main_region_is_the_place_the_lead_gives_not_the_province_that_speaks() -> None:
    text = (
        "Gubernur Sumatera Selatan menyayangkan terjadinya bentrok antarpendukung di Kabupaten Empat Lawang, "
        "Selasa sore.\nGubernur Sumsel meminta warga tenang. Kapolda Sumsel turun ke lokasi. "
        "Pemprov Sumsel menyiapkan bantuan."
    )
    assert main_of(text) == "16.11"


def test_a_province_after_its_own_regency_only_locates_it() -> None:
    text = (
        "JAKARTA - Kapolri menyebut seorang ketua KPPS dipukul warga di Kabupaten Keerom, Papua, Rabu pagi.\n"
        "Di Papua situasi aman. Papua tetap kondusif, kata dia. Papua menjadi perhatian."
    )
    assert main_of(text, dateline="JAKARTA") == "91.11"


def test_new_papua_provinces_hold_their_regencies() -> None:
    text = "NABIRE - Bentrok pendukung calon bupati terjadi di Kabupaten Puncak Jaya, Papua Tengah, Senin."
    ms = find_regions(text, dateline="NABIRE")
    assert set(article_regions(ms)) == {"94.01", "94.02", "94"}  # the dateline names Nabire
    assert main_region(text, ms, dateline="NABIRE") == "94.02"
    assert main_of("Kericuhan pecah di Kabupaten Tolikara saat rekapitulasi suara berlangsung.") == "95.04"


def test_a_provincial_body_in_its_own_capital_is_the_province() -> None:
    text = (
        "KENDARI - Bawaslu Sulawesi Tenggara menggelar rapat koordinasi pengawasan di sebuah hotel di Kota Kendari, "
        "Senin (2/9/2024).\nKetua Bawaslu Sultra membuka rapat."
    )
    assert main_of(text, dateline="KENDARI") == "74"


@pytest.mark.parametrize(
    "actor,want",
    [
        # grounds named after the mayor's office are a place in the capital, not the city acting
        ("Kepolisian Daerah Sulawesi Tengah", "72"),
        # (trap) the city's own police there is the city's
        ("Polresta Palu", "72.71"),
    ],
)
def test_grounds_named_after_an_office_are_no_body_acting(actor: str, want: str) -> None:
    text = (
        "Apel Gelar Pasukan Pemilu 2019\n"
        f"{actor} menggelar Apel Gelar Pasukan di Lapangan Walikota Palu, Jumat (22/03/2019) pagi, "
        "dalam rangka pengamanan Pemilu 2019. Apel dihadiri pejabat Pemerintah Provinsi Sulawesi Tengah."
    )
    assert main_of(text) == want


def test_a_city_body_in_the_capital_is_the_city() -> None:
    text = (
        "BANDUNG - Badan Kesbangpol Kota Bandung menggelar sosialisasi penanganan konflik bersama warga, "
        "Selasa.\nNarasumber dari Polda Jabar hadir."
    )
    assert main_of(text, dateline="BANDUNG") == "32.73"


def test_a_provincial_body_away_from_its_capital_is_where_it_acts() -> None:
    text = (
        "TANJUNG - Bakesbangpol Provinsi Kalimantan Selatan menggelar sosialisasi pencegahan konflik "
        "di wilayah Kabupaten Tabalong, Selasa (10/10).\nKepala Kesbangpol Kalsel membuka acara."
    )
    assert main_of(text) == "63.09"


def test_a_statement_given_in_a_city_is_not_where_it_happened() -> None:
    text = (
        "Polisi membubarkan massa yang mengepung kantor KPUD Puncak Jaya, kata Kabid Humas Polda Papua "
        "kepada wartawan di Jayapura, Senin.\nMassa di Puncak Jaya membakar ban. Puncak Jaya kini aman."
    )
    assert main_of(text) == "94.02"


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA - Menteri Dalam Negeri menggelar rapat koordinasi nasional di Gedung Sasana Bhakti, Jakarta Pusat.",
        "JAKARTA - Kepala Badan Intelijen Negara menyebut Aceh, Papua dan Maluku rawan konflik jelang pilkada. "
        "Sulawesi Tengah juga dipantau.",
        "Komisi II DPR RI menggelar rapat dengan KPU RI di Senayan, Jakarta, Senin.",
    ],
)
def test_national_events_have_no_region(text: str) -> None:
    assert main_of(text, dateline="JAKARTA" if text.startswith("JAKARTA") else None) is None


def test_a_national_body_reporting_from_a_region_keeps_the_region() -> None:
    text = (
        "PONTIANAK - Kemendagri menggelar rapat koordinasi pengendalian inflasi secara virtual.\n"
        "Gubernur Kalimantan Barat mengikuti rapat dari Kantor Gubernur Kalimantan Barat di Pontianak."
    )
    assert main_of(text, dateline="PONTIANAK") == "61"
    text = "JAKARTA - Kapolri menyampaikan, terjadi pemukulan terhadap petugas KPPS di Kabupaten Keerom, Rabu."
    assert main_of(text, dateline="JAKARTA") == "91.11"


def test_a_district_named_alone_in_the_lead_points_to_its_regency() -> None:
    text = (
        "Massa pendukung kedua calon bentrok di Karubaga, Rabu (27/11/2024), kata polisi.\n"
        "Situasi di Papua Pegunungan kini terkendali."
    )
    assert main_of(text) == "95.04"


@pytest.mark.parametrize(
    "text",
    [
        "Kapolda Jawa Tengah berkunjung ke Polres Kebumen, Senin, untuk memeriksa kesiapan pengamanan.",
        "Gubernur Jawa Tengah melakukan kunjungan kerja ke Kabupaten Kebumen, Senin, bersama Kapolda Jateng.",
    ],
)
def test_a_visits_destination_is_where_it_happens(text: str) -> None:
    assert main_of(text) == "33.05"


def test_a_provincial_body_visiting_nothing_stays_the_province() -> None:
    text = "Kapolda Jawa Tengah meninjau kesiapan personel di Mapolda Jateng, Semarang, Senin. Polres Kebumen hadir."
    assert main_of(text) != "33.05"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # written before the 2022 split, or by habit: the kabupaten of Papua Pegunungan placed in Papua
        (
            "JAYAPURA - Massa pendukung salah satu calon membakar kantor KPU Kabupaten Jayawijaya, Papua, Senin.\n"
            "Kapolda Papua mengirim pasukan.",
            "95.01",
        ),
        (
            "Massa kedua calon bentrok di Karubaga, Rabu, kata Kapolda Papua.\nSituasi di Papua kini terkendali.",
            "95.04",
        ),
        # Kaltara was formed from Kaltim in 2012
        ("Bentrok antarpendukung terjadi di Kabupaten Nunukan, Kalimantan Timur, Senin. Kaltim kini aman.", "65.03"),
    ],
)
def test_a_regency_placed_in_the_province_it_was_split_from(text: str, want: str) -> None:
    dateline = "JAYAPURA" if text.startswith("JAYAPURA") else None
    assert main_of(text, dateline=dateline) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Massa pendukung calon membakar kantor KPU Kabupaten Jayawijaya, Senin pagi. Kapolda Papua langsung "
            "mengirim pasukan ke lokasi kejadian itu.\nSituasi kini aman.",
            "95.01",
        ),
        (
            "Polisi membubarkan massa yang mengepung kantor Bawaslu Kabupaten Gowa, Senin. Kapolda Sulawesi Selatan "
            "meminta warga menahan diri dan menunggu hasil pleno.\nSituasi kini aman.",
            "73.06",
        ),
    ],
)
def test_the_leads_first_sentence_outweighs_the_official_reacting_in_the_second(text: str, want: str) -> None:
    assert main_of(text) == want


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "JAKARTA - Kapolri memimpin apel kesiapan pengamanan pilkada serentak di lapangan Monas, Senin pagi. "
            "Polda Metro Jaya dan Polda Papua ikut siaga.",
            "JAKARTA",
        ),
        (
            "Presiden meminta seluruh kepala daerah menjaga netralitas aparatur sipil negara dalam rapat terbatas, "
            "Senin. Gubernur Jawa Barat termasuk yang hadir.",
            None,
        ),
        # a national body without "RI", filed from Jakarta: the provinces it ranks are not where it acts
        (
            "JAKARTA - Badan Pengawas Pemilu (Bawaslu) meluncurkan Indeks Kerawanan Pemilu 2024 di sebuah hotel, "
            "Selasa. Provinsi Maluku Utara disebut paling rawan, disusul Papua dan Sulawesi Utara.",
            "JAKARTA",
        ),
    ],
)
def test_a_national_subject_of_the_lead_is_a_national_event(text: str, dateline: str | None) -> None:
    assert main_of(text, dateline=dateline) is None


@pytest.mark.parametrize(
    ("text", "dateline", "want"),
    [
        # the region is in the lead's own sentence: what the national body did there
        (
            "Kementerian Dalam Negeri menetapkan Kota Kendari sebagai daerah yang berhasil menekan angka stunting "
            "tahun ini.\nPenghargaan diserahkan di Jakarta.",
            None,
            "74.71",
        ),
        # filed from a region
        (
            "PONTIANAK - Kementerian Dalam Negeri menggelar rapat koordinasi pengendalian inflasi secara daring, "
            "Senin. Gubernur Kalimantan Barat mengikuti rapat dari Pontianak.",
            "PONTIANAK",
            "61",
        ),
        # a sentence opened by when: "Presiden" inside the name of an election is no subject
        (
            "Dalam pemilihan presiden yang digelar serentak, Kapolres Tanah Datar meminta warga menjaga keamanan, "
            "Rabu. Polres Tanah Datar menyiagakan personel.",
            None,
            "13.04",
        ),
    ],
)
def test_a_national_body_with_a_region_in_the_lead_keeps_the_region(text: str, dateline: str | None, want: str) -> None:
    assert main_of(text, dateline=dateline) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Polres Gowa menggelar rapat koordinasi pengamanan pilkada bersama jajaran Polda Sulawesi Selatan, "
            "Senin (4/11/2024), untuk memetakan kerawanan.",
            "73.06",
        ),
        (
            "KPU Kabupaten Bandung menggelar bimbingan teknis bagi anggota PPK yang dibuka Ketua KPU Provinsi "
            "Jawa Barat, Senin (4/11/2024) pagi.",
            "32.04",
        ),
        (
            "Kapolres Kendal bersama Kapolda Jawa Tengah meninjau kesiapan gudang logistik pemilu milik KPU "
            "setempat, Senin (4/11/2024) siang.",
            "33.24",
        ),
        (
            "Polda Jawa Timur menggelar simulasi sistem pengamanan kota bersama Polres Sidoarjo dan Kodim "
            "Sidoarjo, Senin (4/11/2024) pagi.",
            "35",
        ),
        # the place the lead gives still comes first
        (
            "Bawaslu Provinsi Jawa Barat menggelar rapat evaluasi pengawasan di Kabupaten Garut bersama Bawaslu "
            "Garut, Senin (4/11/2024).",
            "32.05",
        ),
    ],
)
def test_of_a_provinces_and_a_regencys_body_in_the_lead_the_subject_acts(text: str, want: str) -> None:
    assert main_of(text) == want


def test_a_headline_naming_only_the_other_body_keeps_it() -> None:
    text = (
        "Bupati Kendal Pimpin Apel Siaga Pemilu\n"
        "Polda Jawa Tengah menggelar apel siaga pengamanan pemilu bersama Bupati Kendal dan jajaran Polres "
        "Kendal, Senin (4/11/2024) pagi."
    )
    assert main_of(text) == "33.24"


@pytest.mark.parametrize(
    ("text", "dateline", "want"),
    [
        # Lembang is a kecamatan of Bandung Barat and of Pinrang: the dateline's province decides
        (
            "MAKASSAR - Dua kelompok warga terlibat bentrok di Kecamatan Lembang, Senin (2/12/2024) malam, usai "
            "penghitungan suara pilkades.\nKapolda Sulsel meminta warga tenang.",
            "MAKASSAR",
            "73.15",
        ),
        # Rumbia: Lampung Tengah, Jeneponto, Bombana; the province named in the lead decides
        (
            "Dua kelompok warga terlibat bentrok di Desa Tanete, Kecamatan Rumbia, Senin (2/12/2024) malam, kata "
            "Kapolda Sulawesi Tenggara.\nSituasi kini kondusif.",
            None,
            "74.06",
        ),
    ],
)
def test_a_kecamatan_several_provinces_share_is_the_one_in_the_articles_province(
    text: str, dateline: str | None, want: str
) -> None:
    assert main_of(text, dateline=dateline) == want


def test_a_province_in_the_lead_refined_by_where_it_happened() -> None:
    text = (
        "Teror terhadap kader partai lokal di Aceh kembali terjadi menjelang pemilu legislatif tahun ini.\n"
        "Rumah seorang pengurus partai yang berlokasi di Jl. Merdeka, Bireuen, dilempar bom molotov Kamis dini hari. "
        "Tidak ada korban jiwa."
    )
    assert main_of(text) == "11.11"


@pytest.mark.parametrize(
    "text",
    [
        # several places where things happened: an overview of the province
        "Sejumlah gangguan keamanan di Aceh meningkat menjelang pemilu legislatif tahun ini, kata pengamat.\n"
        "Pembakaran terjadi di Kabupaten Bireuen, sementara teror granat terjadi di Kota Lhokseumawe.",
        # the province's own body acts: the capital or a kabupaten named later does not replace it
        "Polda Aceh menggelar rapat koordinasi pengamanan pemilu di Aceh bersama seluruh kapolres, Senin pagi.\n"
        "Rapat berlokasi di Aula Polres Bireuen.",
    ],
)
def test_a_province_in_the_lead_stays_without_one_place_where_it_happened(text: str) -> None:
    assert main_of(text) == "11"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a passive lead: the body after the predicate acts
        (
            "Deklarasi pemilu damai digelar Polda Jawa Tengah bersama KPU Kota Semarang dan Bawaslu Kota Semarang, "
            "Kamis (5/12/2024) pagi.\nAcara dihadiri tokoh agama.",
            "33",
        ),
        (
            "Rapat koordinasi nasional kesiapan pilkada serentak digelar Kementerian Dalam Negeri di sebuah hotel, "
            "Senin (4/11/2024). Gubernur Jawa Barat hadir.",
            None,
        ),
    ],
)
def test_the_agent_of_a_passive_lead_acts(text: str, want: str | None) -> None:
    assert main_of(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "JAKARTA - Badan Pengawas Pemilu (Bawaslu) RI merilis indeks kerawanan pemilu. Lima provinsi paling "
            "rawan adalah Papua, Maluku Utara, Sulawesi Tengah, Jawa Barat dan Kalimantan Barat.",
            None,
        ),
        ("JAKARTA - Komnas HAM menerima laporan intimidasi terhadap pemilih menjelang Pilkada.", None),
        # trap: a national body acting in a region the lead names
        ("SINTANG - Komnas HAM memantau penanganan bentrok di Kecamatan Sepauk, Kabupaten Sintang, Senin.", "61.05"),
    ],
)
def test_a_national_body_named_in_full_with_its_acronym_leads_a_national_event(text: str, want: str | None) -> None:
    assert main_of(text, dateline=text.split(" - ")[0]) == want


@pytest.mark.parametrize(
    "text,qualifies",
    [
        ("Polres Tulang Bawang, Polda Lampung, melaksanakan kegiatan Pojok Pilkada.", True),
        ("Kabupaten Keerom, Papua, menggelar rakor.", True),
        # trap: a province's police of its own after a comma and a verb is an actor of its own
        ("Polres Tulang Bawang dibantu personel Polda Lampung menggelar patroli.", False),
        # nor the province's police after the dateline's dash: the body acting, filed from its capital
        ("SORONG - Polda Papua Barat Daya menggelar apel siaga pilkada di Lapangan Mapolda.", False),
    ],
)
def test_the_province_s_police_after_the_regency_s_only_locates_it(text: str, qualifies: bool) -> None:
    from kewaspadaan_cli.extract.region_main import _qualifier

    regs = [m for m in find_regions(text) if m.kind == "region" and m.canonical]
    assert _qualifier(text, regs[1], regs[0]) is qualifies


def test_a_provincial_body_after_the_dateline_of_its_capital_is_the_province() -> None:
    text = "SORONG - Polda Papua Barat Daya menggelar apel siaga pilkada di Lapangan Mapolda, Senin (4/11/2024)."
    assert main_of(text, dateline="SORONG") == "96"


def test_a_visit_to_a_regency_s_police_headquarters_places_it() -> None:
    text = (
        "Kapolda Sulut Brigjen Pol Jimmy Palmer Sinaga mengunjungi markas polisi resort (Mapolres) Bolaang "
        "Mongondow untuk melihat kesiapan pengamanan Pemilu, Selasa (18/3). Kapolres Bolmong AKBP Hisar "
        "Siallagan menyambut kunjungan Kapolda Sulut di Mapolres."
    )
    assert main_of(text) == "71.01"


def test_a_headline_ending_in_a_bracket_is_no_lead() -> None:
    from kewaspadaan_cli.extract.region_main import _lead

    headline = (
        "Pendukung calon Bupati Tolikara John Tabo dan Barnabas Weya serang kantor Kementerian Dalam Negeri "
        "(Kemendagri)"
    )
    text = (
        headline + "\n\nJakarta - Pendukung calon Bupati Tolikara melakukan penyerangan kantor Kementerian Dalam "
        "Negeri (Kemendagri) di Jalan Medan Merdeka Utara, Jakarta Pusat, Rabu (11/10/2017). Massa merusak kaca."
    )
    start, _, head = _lead(text)
    assert start == len(headline) + 2 and "Jakarta Pusat" in text[:head]


def test_a_fronted_clause_of_purpose_is_not_the_subject() -> None:
    text = (
        "Mengantisipasi kerawanan dalam Pilkada Gubernur dan Wakil Gubernur Sumatera Barat serta pemilihan "
        "Bupati Pasaman, Pemerintah Kabupaten Pasaman melaksanakan rapat koordinasi bersama KPU dan Bawaslu.\n"
        "Rapat dipimpin Sekretaris Daerah Pasaman dan diikuti camat se-Kabupaten Pasaman."
    )
    assert main_of(text) == "13.08"


def test_the_seat_a_candidate_seeks_is_not_where_it_happens() -> None:
    text = (
        "Caleg Ngamuk, Pleno PPK Ricuh\n"
        "Seorang calon anggota legislatif DPRD Provinsi Bengkulu berinisial RS, Minggu (13/04) mengamuk saat "
        "pelaksanaan pleno di tingkat Panitia Pemilihan Kecamatan (PPK) karena mengklaim terjadi selisih suara "
        "yang dimilikinya di empat tempat pemungutan suara. Protes dalam pleno yang digelar di aula kantor "
        "Kecamatan Sindang Kelingi tersebut diikuti sejumlah simpatisan hingga pleno terhenti beberapa saat."
    )
    assert main_of(text) == "17.02"


def test_a_photo_caption_above_the_lead_does_not_place_the_news() -> None:
    text = (
        "Perbaiki Data C1, Ketua KPPS Dianiaya\n"
        "Ilustrasi, anggota KPPS di Tiban Baru, Batam. (Foto: Johannes/Batamnews)\n"
        "Ketua KPPS di TPS 12, Kelurahan Empong, Kecamatan Binamu, Kabupaten Jeneponto, Sulsel, Baharuddin, "
        "dianiaya oleh sekelompok orang, Jumat (19/4/2019). Kasus penganiayaan ini telah dilaporkan ke Polres "
        "Jeneponto."
    )
    assert main_of(text) == "73.04"


def test_a_caption_said_twice_above_the_lead_is_no_lead() -> None:
    # pages give a photo's caption twice (the image's text, its credit, the caption), long enough to pass
    # for a lead: the lead is the paragraph after it
    caption = "Salah satu dari 15 rumah warga di Kampung Putali yang terbakar dalam konflik pada Senin lalu."
    text = (
        "Kompas.com - 24/08/2016, 16:07 WIB\n"
        f"{caption} Humas Polda Papua {caption}\n"
        "JAYAPURA, KOMPAS.com - Sebanyak 15 rumah ludes terbakar akibat konflik antar-warga di Kampung Putali, "
        "Distrik Ebungfauw, Kabupaten Jayapura, pada Selasa dini hari. Tiga warga terluka.\n"
        "Lokasi kejadian berjarak sekitar 60 kilometer dari Kota Jayapura, ibu kota Provinsi Papua."
    )
    assert main_of(text, dateline="JAYAPURA") == "91.03"


def test_of_two_regencies_the_lead_places_the_more_strongly_placed_leads() -> None:
    text = (
        "Setelah Ricuh di Padang, Kotak Suara Dibakar di Sungai Penuh\n"
        "Massa membakar kotak suara di Kecamatan Tanah Kampung, Kota Sungai Penuh, Jambi, Kamis (18/4/2019). "
        "Polisi di Kota Sungai Penuh menangkap dua orang pelaku pembakaran itu."
    )
    assert main_of(text) == "15.72"


def test_the_post_an_election_fills_is_no_body_acting_in_the_capital() -> None:
    text = (
        "Bentrokan antara massa pendukung pasangan calon pada Pemilihan Gubernur dan Wakil Gubernur (Pilgub) "
        "Sulawesi Tengah pecah di Kota Palu, Minggu (10/11/2024). Polisi membubarkan kedua kelompok."
    )
    assert main_of(text) == "72.71"
    # (the trap: a provincial body acting in its own capital is the province)
    body = "Bawaslu Provinsi Sulawesi Tengah menggelar rapat koordinasi di Kota Palu, Minggu (10/11/2024)."
    assert main_of(body) == "72"


def test_ternate_is_a_seat_of_maluku_utara_s_provincial_bodies() -> None:
    assert main_of("Polda Maluku Utara menggelar rapat koordinasi di Kota Ternate, Senin (4/3/2024).") == "82"
    # (the trap: the city's own body there is the city's)
    assert main_of("Bawaslu Kota Ternate menggelar rapat koordinasi di Kota Ternate, Senin (4/3/2024).") == "82.71"


def test_a_body_named_in_full_with_its_office_s_acronym_acts_for_its_region() -> None:
    text = (
        "Polri dan Forum Kerukunan Umat Beragama (FKUB) Sulteng menggelar dialog Pemilu damai, bertempat "
        "di Hotel Santika, Kelurahan Besusu, Kota Palu (22/12/2023)."
    )
    assert main_of(text) == "72"
    # (the trap: a city's body named in full is the city's)
    city = "Komisi Pemilihan Umum (KPU) Kota Palu menggelar rapat pleno di Hotel Santika, Kota Palu (22/12/2023)."
    assert main_of(city) == "72.71"


def test_a_province_wide_meeting_in_its_capital_is_the_province_s() -> None:
    text = (
        "Kepala Kesbangpol kabupaten dan kota se-Provinsi Jambi melakukan pertemuan di kantor Kesbangpol, "
        "Kota Jambi, Kamis (3/11/2016)."
    )
    assert main_of(text) == "15"
    # (the trap: a city's meeting in the capital, no province-wide scope, is the city's)
    city = "Kesbangpol Kota Jambi melakukan pertemuan dengan tokoh agama di Kota Jambi, Kamis (3/11/2016)."
    assert main_of(city) == "15.71"


def test_a_provincial_officer_visiting_a_regency_s_office_is_there() -> None:
    text = (
        "Wakapolda Sumsel Datangi Polres OKU Timur\n"
        "Wakapolda Sumatera Selatan didampingi pejabat utama Polda Sumsel melaksanakan kunjungan kerja ke "
        "wilayah hukum Polres OKU Timur, Rabu (9/12/2020)."
    )
    assert main_of(text) == "16.08"


@pytest.mark.parametrize(
    "text",
    [
        # a provincial body reports the incident; a later line says where it happened
        "Pontianak - Bawaslu Kalimantan Barat merekomendasikan dua ASN Pemprov Kalbar ke KASN atas dugaan "
        "pelanggaran netralitas, kata Ketua Bawaslu Kalbar di Pontianak, Senin.\n"
        "Ia belum memperinci bentuk pelanggaran itu.\n"
        "Menurut dia, pelanggaran itu berlokasi di Kabupaten Sanggau.",
        # the lead names the clash's place without a locative: the kecamatan and its kabupaten after the parties
        "Aparat Polda Kalimantan Barat diminta menangkap pelaku bentrok yang terjadi antara warga Dusun Sungai "
        "Ringin dan Dusun Sebadu, Kecamatan Sekayam, Kabupaten Sanggau.\nKapolda Kalbar menemui warga di Pontianak.",
    ],
)
def test_an_incident_a_provincial_body_reports_happens_where_the_text_places_it(text: str) -> None:
    ms = find_regions(text)
    assert main_region(text, ms, incident=True) == "61.03"
    # (read as the body's own activity, the province that acts stays)
    assert main_region(text, ms) == "61"


def test_an_incident_in_two_places_a_provincial_body_reports_stays_the_province() -> None:
    text = (
        "Pontianak - Bawaslu Kalimantan Barat mencatat dua dugaan pelanggaran netralitas ASN, kata Ketua Bawaslu "
        "Kalbar di Pontianak, Senin.\nSatu pelanggaran terjadi di Kabupaten Sanggau, satu lagi terjadi di "
        "Kabupaten Sintang."
    )
    assert main_region(text, find_regions(text), incident=True) == "61"


def test_an_incident_at_a_provincial_office_in_its_capital_happens_in_the_city() -> None:
    text = (
        "KENDARI - Ratusan massa berunjuk rasa dan merusak pagar kantor Bawaslu Sulawesi Tenggara di Kota Kendari, "
        "Senin (2/9/2024).\nKetua Bawaslu Sultra menemui massa."
    )
    ms = find_regions(text, dateline="KENDARI")
    assert main_region(text, ms, dateline="KENDARI", incident=True) == "74.71"
    # (the same words read as the body's own activity: the province acts in its capital)
    assert main_region(text, ms, dateline="KENDARI") == "74"


@pytest.mark.parametrize(
    "text,dateline,want",
    [
        # a police or military office as the place where it happens: the regency it serves
        (
            "Jayapura - Wakapolda Papua memimpin apel pengecekan pasukan pengamanan TPS di Polres Merauke, "
            "Rabu (20/11).\nDalam arahannya Wakapolda Papua memberi pesan kepada personel.",
            "Jayapura",
            "93.01",
        ),
        (
            "Kapolda Sulsel memimpin rapat koordinasi pengamanan pilkada di Mapolres Gowa, Senin.\n"
            "Kapolda Sulsel meminta personel netral.",
            None,
            "73.06",
        ),
        # trap: the provincial police at its own headquarters stays the province
        (
            "MAKASSAR - Polda Sulawesi Selatan menggelar rapat koordinasi pengamanan pilkada di Mapolda Sulsel, "
            "Senin.\nKapolda Sulsel membuka rapat.",
            "MAKASSAR",
            "73",
        ),
    ],
)
def test_a_police_or_military_office_is_a_place(text: str, dateline: str | None, want: str) -> None:
    assert main_of(text, dateline=dateline) == want


def test_an_article_naming_only_a_kecamatan_is_its_kabupatens() -> None:
    # no region named: the one kecamatan of that name in the country gives its kabupaten (Pebayuran, Bekasi)
    text = "Warga memadati halaman kantor camat. Dua perwakilan massa diterima Camat Pebayuran Nabrih."
    assert main_of(text) == "32.16"
    # traps: a kecamatan name several kabupaten share gives none; a region named is read as before
    assert main_of("Warga diterima Camat Sukajadi di kantornya.") is None
    assert main_of("Warga Kabupaten Bogor diterima Camat Pebayuran.") == "32.01"


def test_a_headlines_last_word_is_no_actor_of_the_datelines_town() -> None:
    # "... Bersama Forkopimda" closes the headline; "Palangka Raya" opens the dateline: the Polda acts in its capital
    text = (
        "Amankan Logistik Pemilu, Polda Kalteng Gelar Rakor Bersama Forkopimda\n\nPalangka Raya – Polda Kalimantan "
        "Tengah menggelar rapat koordinasi lintas sektoral, bertempat di Cafe UMKM Bhayangkari, Kota Palangka Raya, "
        "Selasa (2/1/2024). Rapat dibuka Kapolda Kalteng."
    )
    assert main_of(text) == "62"
    # a trap: a body in the same line still acts for the town it names
    assert main_of("Forkopimda Palangka Raya menggelar rapat koordinasi di Aula Bappeda, Selasa.") == "62.71"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the province's own office holds the activity in one of its towns, not its capital: the province
        (
            "Gubernur Kaltim Pimpin Rakor Persiapan Pilkada\nBalikpapan (ANTARA) - Gubernur Kalimantan Timur "
            "Awang Faroek Ishak memimpin rapat koordinasi persiapan Pilkada di Markas Kodam VI Mulawarman di "
            "Balikpapan, Senin.\nRakor dihadiri para bupati dan wali kota.",
            "64",
        ),
        # (the traps: a provincial chief visiting or attending a regency's event is there; so is an incident)
        (
            "Kapolda Sulut Tinjau Kesiapan Polres Minahasa\nMinahasa - Kapolda Sulawesi Utara Brigjen Pol Jimmy "
            "Sinaga berkunjung ke Polres Minahasa di Tondano, Senin, meninjau kesiapan pengamanan pemilu.",
            "71.02",
        ),
        (
            "Bentrok di Balikpapan\nBalikpapan (ANTARA) - Gubernur Kalimantan Timur Awang Faroek Ishak "
            "menyayangkan bentrok antarpendukung yang terjadi di Balikpapan, Senin, dan meminta warga tenang.",
            "64.71",
        ),
    ],
)
def test_a_province_holding_the_activity_in_one_of_its_towns(text: str, want: str) -> None:
    assert main_of(text, dateline=text.split("\n")[1].split(" ")[0].upper()) == want


def test_an_incident_takes_place_where_the_text_says_it_went_on() -> None:
    text = (
        "Aksi Tolak Hasil Pilgub Berujung Ricuh\nTernate - Aliansi Masyarakat Maluku Utara menuntut KPU dan "
        "Bawaslu Provinsi Maluku Utara mengusut dugaan kecurangan dalam pilkada, Jumat.\nRatusan massa aksi "
        "mempersoalkan sejumlah temuan di TPS.\nAksi yang berlangsung di depan kantor KPUD Maluku Utara di "
        "Kelurahan Kotabaru, Kota Ternate, dibubarkan polisi karena massa berupaya merangsek masuk."
    )
    ms = find_regions(text, dateline="TERNATE")
    assert main_region(text, ms, dateline="TERNATE", incident=True) == "82.71"
