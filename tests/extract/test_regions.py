from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kewaspadaan_cli.extract.regions import article_regions, find_regions, gazetteer, main_region, region_name


def codes(text: str, dateline: str | None = None) -> list[str]:
    return article_regions(find_regions(text, dateline=dateline))


def test_gazetteer_counts_and_papua_split() -> None:
    gz = gazetteer()
    by_type: dict[str, int] = {}
    for r in gz.regions.values():
        by_type[r.type] = by_type.get(r.type, 0) + 1
    assert by_type["provinsi"] == 38
    assert by_type["kabupaten"] + by_type["kota"] == 514
    assert by_type["kecamatan"] > 7000
    papua = {c: gz.regions[c].name for c in ("91", "92", "93", "94", "95", "96")}
    assert papua == {
        "91": "Papua",
        "92": "Papua Barat",
        "93": "Papua Selatan",
        "94": "Papua Tengah",
        "95": "Papua Pegunungan",
        "96": "Papua Barat Daya",
    }
    for r in gz.regions.values():
        assert r.parent is None or r.parent in gz.regions
        assert r.parent is None or r.code.rsplit(".", 1)[0] == r.parent


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Bupati Sintang membuka rapat di Aula Kantor Bupati.", ["61.05"]),
        ("Polres Malinau dan KPU Kutim menggelar apel.", ["65.02", "64.08"]),
        ("Kapolda Jatim meninjau lokasi.", ["35"]),
        ("Kesbangpol Kabupaten Tanjab Timur dan Kesbangpol Tanjabtim hadir.", ["15.07"]),
        ("Warga Kaltara dan Kalbar berkumpul.", ["65", "61"]),
        ("Rapat di Kota Malang berlangsung aman.", ["35.73"]),
        ("Rapat digelar di Malang.", ["35.73"]),  # a bare shared name is the kota
        ("Bupati Malang membuka rapat di Malang.", ["35.07"]),  # unless the text shows the kabupaten
        ("Pemilihan di Jambi berlangsung aman.", ["15"]),  # province over its capital
        ("Wali Kota Jambi hadir.", ["15.71"]),
        # the cue read past an abbreviation in brackets; the province's own election stays the province
        ("Debat Pemilihan Wali Kota (Pilwalkot) Gorontalo ricuh.", ["75.71"]),
        ("Debat Pemilihan Gubernur (Pilgub) Gorontalo ricuh.", ["75"]),
        ("Spanduk (baliho besar) Gorontalo dipasang.", ["75"]),
        ("Kantor di Jl. Sudirman dan Jalan Ahmad Yani ditutup.", []),  # streets
        ("Berita dari Pojokkalbar.com hari ini.", []),  # the outlet's name
        ("Kapolsek Kuala Jambi hadir.", []),  # a kecamatan is not the province
        ("Penduduk di Kecamatan Sintang bertambah.", []),  # kecamatan never adds its parents
        ("Warga Batu Ampar memanen padi.", []),  # a weak name without a place cue
        ("Sumatra Utara dan Sumatera Barat", ["12", "13"]),
        ("Bupati Boltara Sirajudin Lasena hadir.", ["71.08"]),  # Bolaang Mongondow Utara's short form
    ],
)
def test_rules(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_uppercase_dateline_counts() -> None:
    text = "SINTANG | Pojokkalbar.com- Rapat koordinasi digelar hari ini."
    assert codes(text, dateline="SINTANG") == ["61.05"]


def test_main_region_prefers_the_lead_over_the_dateline() -> None:
    text = (
        "JAYAPURA - Bentrok antarpendukung caleg terjadi di Kabupaten Puncak Jaya, Senin.\n"
        "Polisi dari Jayapura dikirim ke Puncak Jaya."
    )
    ms = find_regions(text, dateline="JAYAPURA")
    assert main_region(text, ms, dateline="JAYAPURA") == "94.02"


def test_main_region_national_event_is_none() -> None:
    text = "JAKARTA - Kemendagri menggelar FGD kewaspadaan dini di Gedung F Kemendagri, Jakarta Pusat."
    assert main_region(text, find_regions(text, dateline="JAKARTA"), dateline="JAKARTA") is None


def test_region_name() -> None:
    assert region_name("61.05") == "Kabupaten Sintang"
    assert region_name("99.99") == "99.99"


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("abcKLMSJ .,-|\n") + ["Sintang ", "Kab. ", "Kota ", "Malang", "Jl. "]), max_size=40
    ).map("".join)
)
def test_offsets_invariant(text: str) -> None:
    for m in find_regions(text):
        assert text[m.start : m.end] == m.surface


def test_capital_towns_point_to_their_regency_without_naming_it() -> None:
    text = "TANJUNG SELOR – Rapat koordinasi digelar di Tanjung Selor. Warga Sangatta juga hadir."
    ms = find_regions(text, dateline="TANJUNG SELOR")
    assert article_regions(ms) == []  # a town is not the regency it is the capital of (annotation guide)
    assert {m.canonical for m in ms} == {"65.01", "64.08"}
    assert main_region(text, ms, dateline="TANJUNG SELOR") == "65.01"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Warga berkumpul di Jalan Wates, lalu pulang.", []),  # a street named after a town, capitalised
        # a road between towns, named after them ("lintas", "poros", "trans")
        ("Warga menutup akses jalan lintas Sumbawa, Desa Tambe.", []),
        ("Tawuran di jalan Lintas Medan – Banda Aceh, Kecamatan Kuta Blang.", []),
        ("Massa memblokade Jalan Trans Timika-Paniai sejak pagi.", []),
        ("Rumahnya di Jl. Merdeka Sintang dilempari batu.", ["61.05"]),  # the town after the street's name
        ("Rombongan dihadang di Desa Padang Baru pada malam hari.", []),  # a village carrying a city's name
        ("Lahan PT Riau Sejahtera disegel polisi.", []),  # a firm's name
        ("Ternate (Antara Maluku) - Kedua kubu nyaris bentrok.", ["82.71"]),  # the outlet in brackets
        ("Kendari (Antaranews Sultra) - Rapat digelar pagi ini.", ["74.71"]),
        # a people's, a custom's or an institution's attribute names no place
        ("Massa membakar rumah tradisional Papua di Kampung Meagama.", []),
        ("Anggota Majelis Rakyat Papua hadir di Kota Jayapura.", ["91.71"]),
        ("Rekapitulasi dimulai pukul 18.00 Waktu Papua.", []),
        ("Rapat di Kota Jayapura, Papua berlangsung aman.", ["91.71", "91"]),  # trap: the province as a place
        ("KABAR BANTEN - Rapat digelar pagi ini.", []),  # an outlet written as a dateline
        ("Papua-Barat.Contohnews.co, Kota Sorong - Rapat digelar.", ["96.71"]),  # a domain is no place
        # a comma ends the address: the dateline glued to the outlet's is a place
        ("CONTOHNEWS.COM,JAYAPURA-Aksi bentrok terjadi pagi ini.", ["91.71"]),
        ("Sumber: papua.contohnews.com,Rapat digelar.", []),  # (trap: the address before the comma)
        ("Kajari Bengkulu membuka sosialisasi.", ["17.71"]),  # a district office where only the city exists
        ("Rapat di Bengkulu berlangsung tertib.", ["17"]),  # otherwise the province over its capital
    ],
)
def test_names_that_are_not_the_region(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_every_alias_and_capital_points_to_a_region() -> None:
    from kewaspadaan_cli.lexicons import read_rows

    gz = gazetteer()
    for row in read_rows("region_aliases.tsv"):
        assert row["code"] in gz.regions, row
    for row in read_rows("province_capitals.tsv"):
        assert gz.regions[row["province"]].type == "provinsi"
        assert gz.regions[row["capital"]].parent == row["province"], row


@pytest.mark.parametrize(
    "town,code",
    [("Timika", "94.04"), ("Wamena", "95.01"), ("Karubaga", "95.04"), ("Agats", "93.04"), ("Waisai", "96.03")],
)
def test_papua_towns_lie_in_the_new_provinces(town: str, code: str) -> None:
    text = f"Bentrok antarpendukung calon bupati terjadi di {town}, Senin."
    ms = find_regions(text)
    assert [m.canonical for m in ms] == [code]
    assert article_regions(ms) == []  # a town does not name its regency
    assert main_region(text, ms) == code


@pytest.mark.parametrize(
    "before",
    ["di Desa ", "PT. ", "(Kampung\n", "xDesa ", "di DESA ", "ANTARA ", "Antara\t", "antara ", "desa.  ", "Desa", ""],
)
def test_the_name_of_something_else_is_read_as_its_pattern_reads_it(before: str) -> None:
    """The shortcut on the last word before a name answers as the pattern itself."""
    from kewaspadaan_cli.extract.regions import cues

    c = cues()
    assert c.other_ends is not None
    assert c.names_other(before) == bool(c.name_of_other.search(before))


@pytest.mark.parametrize(
    "before",
    [
        "rapat dipimpin Bupati ",
        "kata Wakil  Bupati\n",
        "di Kab.",
        "warga Kab ",
        "oleh Wali Kota ",
        "Walikota ",
        "Kapolresta ",
        "Gubernur ",
        "Kapolda\n",
        "di Prov.",
        "sejumlah warga se-",
        "Pemerintah Kabupaten\t",
        "menurutnya ",
        "kabupatenx ",
        "xbupati ",
        "Bupatí ",
        "\u212aab ",
        "",
    ],
)
def test_cue_before_a_name_is_the_patterns_answer(before: str) -> None:
    """A cue pattern is answered at once when the text before ends with none of its words: the same answer."""
    from kewaspadaan_cli.extract.regions import KAB_CUES, KOTA_CUES, PLACE_CUES, PROV_CUES, _cue

    text = before + "Sintang"
    for pattern in (KAB_CUES, KOTA_CUES, PLACE_CUES, PROV_CUES):
        assert _cue(text, len(before), pattern) == bool(pattern.search(text[max(0, len(before) - 40) : len(before)]))


@pytest.mark.parametrize(
    "before",
    [
        "kata Bapak ",
        "kata Bapak Budi Santoso Wibowo ",
        "kata Bapak Budi Santoso Wibowo Utomo ",
        "menginap di (Hotel Grand ",
        "menginap di xHotel Grand ",
        "di Jl.",
        "di Jl. ",
        "di Jalan",
        "oleh H. ",
        "telah ",
        "Sungai_Raya ",
        "di Gunung\u00a0",
        "",
    ],
)
def test_not_place_before_is_the_patterns_answer(before: str) -> None:
    from kewaspadaan_cli.extract.regions import NOT_PLACE_BEFORE, _not_place_before

    assert _not_place_before(before) == bool(NOT_PLACE_BEFORE.search(before))


def test_a_site_s_menu_of_regions_names_none() -> None:
    from kewaspadaan_cli.extract.regions import find_regions

    text = (
        "Tolak Hasil Pilkades, Fasilitas Desa Dibakar\n\n"
        "News Bola Daerah Sulawesi Sumatera Jabar Banten Jateng DI Yogya Jatim Bali\n\n"
        "Tiga desa di Kabupaten Halmahera Selatan, Maluku Utara, tolak hasil sengketa pilkades."
    )
    assert {m.canonical for m in find_regions(text)} == {"82.04", "82"}
    # trap: a list of regions written as a sentence is the article's
    text = "Patroli digelar di Sintang, Sekadau, Melawi dan Kapuas Hulu."
    assert {m.canonical for m in find_regions(text)} == {"61.05", "61.09", "61.10", "61.06"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Massa mendatangi kantor Panwaslu Sekadau di Jalan Sekadau-Sintang, KM. 4.", ["61.09"]),  # a road's name
        ("Kasat Reskrim Polres Metro Tangerang Kota AKBP Budi hadir.", ["36.71"]),  # the police's name
        ("Warga Kota Metro hadir dalam rapat itu.", ["18.72"]),
        ("Bentrok warga dengan pekerja tambang batu bara di Bungo.", ["15.08"]),  # coal
        ("Warga Kabupaten Batu Bara hadir.", ["12.19"]),
        ("Polisi Mulai Buru Provokator di Buton", ["74.04"]),  # to hunt
        ("Bupati Buru hadir di Namlea.", ["81.04"]),
        ("TAKENGON | ACEH HERALD\nAda hal unik di kampung itu.", []),  # an outlet
        ("BINTUHAN, Bengkulu Ekspress- KPU menggelar bimtek.", []),
        ("Rapat di Kecamatan Amahai Kabupaten Malteng.", ["81.01"]),  # Maluku Tengah
    ],
)
def test_roads_police_names_common_words_and_outlets_name_no_region(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_a_kecamatan_by_its_full_name_is_not_another_regency_s_shorter_one() -> None:
    text = "Bupati berkunjung ke Desa Kadi Pada, Kecamatan Kota Tambolaka, Rabu (15/11/2023)."
    found = [m.canonical for m in find_regions(text) if m.kind == "region"]
    assert found == ["53.18.09"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kapolres Memberamo Tengah AKBP Deni Herdiana meminta bantuan TNI.", "95.05"),
        ("Rapat digelar di Kabupaten Temamggung, Jawa Tengah.", "33.23"),
        ("Bupati Serdang Bedagau hadir dalam rapat.", "12.18"),
    ],
)
def test_a_regions_name_misspelled_by_a_letter_after_a_strong_cue(text: str, code: str) -> None:
    assert code in {m.canonical for m in find_regions(text)}


def test_a_plain_word_or_a_cueless_slip_is_no_region() -> None:
    assert find_regions("KPU Dorong warga memilih.") == []  # a verb one letter from Sorong
    assert find_regions("Warga Memberamo Tengah hadir.") == []  # no admin word, office or body before it


@pytest.mark.parametrize(
    "text,expected",
    [
        # a kecamatan's office or head before a bare name shared with a kota: the kecamatan of the article's kabupaten
        ("Rakor Panwaslu di Sleman dihadiri Camat Depok, Polsek Depok Barat dan Koramil 11 Depok.", ["34.04"]),
        ("Pemilu Legislatif di Kapanewon Depok, Kabupaten Sleman, berjalan aman.", ["34.04"]),
        # traps: no kabupaten holding such a kecamatan named, or the kecamatan's own kabupaten: the region stays
        ("Camat Depok hadir di Kota Depok.", ["32.76"]),
        ("Kapolsek Sleman hadir di Kabupaten Sleman.", ["34.04"]),
        ("Rakor di Depok dihadiri warga Sleman.", ["32.76", "34.04"]),
    ],
)
def test_a_bare_name_after_a_kecamatan_s_office_is_that_kecamatan(text: str, expected: list[str]) -> None:
    assert sorted(codes(text)) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the outlet's name in the dateline's bracket names no region ("(Suara NTB)", "(AntaraNews NTT)")
        ("Dompu (Suara NTB) – Badan Pengawas Pemilu Kabupaten Dompu menggelar rapat.", {"52.05"}),
        ("Kupang (AntaraNews NTT) - Dua unit mobil dibakar di Rote Ndao.", {"53.14", "53.71"}),
        # (the traps: a province alone in the bracket locates the town; a bracket in a sentence is no dateline)
        ("Dompu (NTB) – Badan Pengawas Pemilu menggelar rapat.", {"52", "52.05"}),
        ("Warga Dompu (Suara NTB) mendatangi kantor bupati.", {"52", "52.05"}),
    ],
)
def test_an_outlet_in_the_dateline_s_bracket_names_no_region(text: str, codes: set[str]) -> None:
    assert {m.canonical for m in find_regions(text) if m.kind == "region"} == codes
