from __future__ import annotations

from datetime import date

import pytest

from kewaspadaan_cli.ingest.clean import clean_text, read_dateline

ARTICLE = """Rakor Tim Terpadu Kabupaten Sintang Digelar Jelang Pilkada
Bagikan:
SINTANG | Pojokkalbar.com- Bupati Sintang, dr. H. Jarot Winarno, memimpin rapat koordinasi Tim Terpadu Penanganan Konflik Sosial, Senin (2/12/2024).
"Kita cegah konflik sejak dini," ujar Jarot.
Baca Juga: Harga Karet Turun di Sintang
Kegiatan diikuti 50 peserta dari unsur Forkopimda. (RED)
Discussion about this post
Tinggalkan Komentar
Copyright © 2024 Pojokkalbar.com
"""  # noqa: E501 (a real article's line length)


def test_furniture_removed_body_kept() -> None:
    c = clean_text(ARTICLE)
    assert "Bagikan" not in c.text and "Baca Juga" not in c.text and "Discussion" not in c.text
    assert "Copyright" not in c.text and "Tinggalkan" not in c.text
    assert c.text.startswith("Rakor Tim Terpadu Kabupaten Sintang")
    assert "memimpin rapat koordinasi" in c.text and "diikuti 50 peserta" in c.text
    assert c.title == "Rakor Tim Terpadu Kabupaten Sintang Digelar Jelang Pilkada"
    assert c.dateline == "SINTANG" and c.site == "Pojokkalbar.com"
    assert c.author == "RED"
    assert not c.advertorial


@pytest.mark.parametrize(
    "line,place,site",
    [
        ("SINTANG | Pojokkalbar.com- Bupati Sintang memimpin rapat koordinasi", "SINTANG", "Pojokkalbar.com"),
        ("MALINAU, SWARAKALTARA.COM - Pemerintah Kabupaten Malinau menggelar rapat", "MALINAU", "SWARAKALTARA.COM"),
        ("TANJUNG SELOR – Pemerintah Provinsi Kalimantan Utara menggelar apel", "TANJUNG SELOR", None),
        ("REPUBLIKA.CO.ID, PAMEKASAN -- Petugas gabungan Polsek Proppo berhasil", "PAMEKASAN", "REPUBLIKA.CO.ID"),
        ("jpnn.com - SENGETI – Konflik lahan kembali terjadi di desa itu", "SENGETI", "jpnn.com"),
        ("BOGOR (BJN) - Dengan menggunakan anggaran APBD Kabupaten Bogor", "BOGOR", "BJN"),
        ("Makassar: Kelompok massa berdemonstrasi tak jauh dari lokasi rapat", "Makassar", None),
        ("Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan hari ini", "Mataram", "ANTARA News"),
    ],
)
def test_datelines(line: str, place: str, site: str | None) -> None:
    assert read_dateline(line) == (place, site)


@pytest.mark.parametrize(
    "line",
    ["Kapolres Pamekasan AKBP Nanang Chadarusman mengatakan bentrok massa terjadi.", "Pilkada 2024", ""],
)
def test_not_datelines(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    "ending,author,adv",
    [("(BSG).", "BSG", False), ("(Roro/adv)", "Roro/adv", True), ("(kn-2)", "kn-2", False)],
)
def test_reporter_codes(ending: str, author: str, adv: bool) -> None:
    c = clean_text(f"Judul Berita Daerah Hari Ini\nKALBAR - Isi berita yang cukup panjang untuk dibaca. {ending}\n")
    assert c.author == author and c.advertorial is adv


def test_byline_lines_become_author() -> None:
    c = clean_text("Judul Berita\nIsi berita pertama.\nReporter : Gani\nEditor: Mujib Anwar\n")
    assert c.author == "Gani; Mujib Anwar"
    assert "Reporter" not in c.text


def test_publication_date_line() -> None:
    c = clean_text("Judul Berita Politik\nKompas.com - 01/03/2024, 09:45 WIB\nIsi berita yang panjang di sini.\n")
    assert c.published == date(2024, 3, 1)
    assert "09:45" not in c.text


def test_related_bullets_dropped() -> None:
    text = (
        "Judul\nIsi berita pertama yang panjang.\n"
        "- Honorer Database BKN Penasaran\n- Kesaksian Sekuriti Glodok\n- Sindikat Bayi Ditangkap\n"
    )
    assert clean_text(text).text == "Judul\nIsi berita pertama yang panjang."


def test_a_list_the_text_introduces_is_kept() -> None:
    text = (
        "Judul\nRakor digelar di Purwokerto dan dihadiri sekitar 100 orang.\nHadir dalam kegiatan tersebut :\n"
        "- Ir. Achmad Husein (Bupati Banyumas)\n- Kompol Mugiman (Kabag Sumda Polres Banyumas)\nRakor berjalan lancar."
    )
    assert "- Kompol Mugiman (Kabag Sumda Polres Banyumas)" in clean_text(text).text
    # traps: related links after their label, or after no introduction, are still dropped
    for intro in ("Baca juga:\n", "Berita terkait:\n", ""):
        text = (
            f"Judul\nIsi berita pertama yang panjang.\n{intro}"
            "- Honorer Database BKN Penasaran\n- Kesaksian Sekuriti Glodok\nIsi lanjut."
        )
        assert "Kesaksian" not in clean_text(text).text


def test_html_breaks_and_whitespace() -> None:
    c = clean_text("Judul\n  \t Isi satu. <br /> <br />Isi dua.\r\n")
    assert c.text == "Judul\nIsi satu.\n\nIsi dua."


def test_publication_date_with_a_wrong_weekday_is_kept_and_flagged() -> None:
    c = clean_text("Judul Berita Politik\nSenin, 12 November 2024 10:00 WIB\nIsi berita yang panjang di sini.\n")
    assert c.published == date(2024, 11, 12)
    assert c.date_note == "weekday-mismatch: Senin for 2024-11-12"


@pytest.mark.parametrize(
    "link",
    [
        "(Baca Juga : Pasar Malam Hadirkan Enam Puluh Pelapak)",
        "(Baca juga: Kata Menteri, Konflik Terjadi karena Warga Kurang Paham Aturan)",
        "[Baca juga: Harga Cabai Naik Lagi]",
        "BACA JUGA:Pleno Kecamatan Terhenti, Ketua PPK Dicari",
        "Baca: KPU Provinsi Klaim Paling Siap Menggelar Pilkada",
    ],
)
def test_related_link_lines_removed(link: str) -> None:
    text = (
        "Judul Berita Rapat Koordinasi\nBupati membuka rapat koordinasi di aula kantor bupati.\n"
        f"{link}\nRapat diikuti 40 peserta.\n"
    )
    c = clean_text(text)
    assert "baca" not in c.text.lower()
    assert "membuka rapat koordinasi" in c.text and "diikuti 40 peserta" in c.text


@pytest.mark.parametrize(
    "line",
    [
        "Simak: Presiden PKS Mau Rombak DPR, Nasib Fahri?",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
        "Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029. Pastikan kamu sudah install aplikasi.",
        "Simak breaking news dan berita pilihan kami langsung di",
    ],
)
def test_simak_lines_removed(line: str) -> None:
    # a related link labelled "Simak:" and the outlet's plea to follow its channel, however cut
    text = (
        "Judul Berita Rapat Koordinasi\nBupati membuka rapat koordinasi di aula.\n"
        + line
        + "\nRapat diikuti 40 peserta.\n"
    )
    c = clean_text(text)
    assert "simak" not in c.text.lower()
    assert "membuka rapat koordinasi" in c.text and "diikuti 40 peserta" in c.text


def test_simak_in_running_text_is_kept() -> None:
    text = "Judul Berita Rapat Koordinasi\nSimak sajian berikut tentang hasil rapat koordinasi yang digelar Bupati.\n"
    assert "Simak sajian berikut" in clean_text(text).text


def test_related_link_inside_a_paragraph_removed() -> None:
    text = (
        "Judul Berita Rapat Koordinasi\n"
        "Bupati membuka rapat. (Baca juga: Harga Cabai Naik Lagi) Rapat diikuti 40 peserta dari kecamatan.\n"
    )
    c = clean_text(text)
    assert c.text.endswith("Bupati membuka rapat. Rapat diikuti 40 peserta dari kecamatan.")
    # a parenthesis that is no link stays
    c = clean_text("Judul Berita Rapat\nBupati (kiri) membaca sambutan di depan peserta rapat.\n")
    assert "(kiri)" in c.text


@pytest.mark.parametrize(
    "crumb",
    [
        "Home > Berita > Daerah",
        "Beranda » Politik » Pilkada",
        "Berita / Kalimantan /",
        "Home › Nasional",
        "News | Daerah | Kalbar",
    ],
)
def test_breadcrumb_at_the_top_removed(crumb: str) -> None:
    text = (
        f"{crumb}\nRakor Tim Terpadu Digelar Jelang Pilkada\n"
        "SINTANG - Bupati memimpin rapat koordinasi tim terpadu hari ini.\n"
    )
    c = clean_text(text)
    assert c.text.startswith("Rakor Tim Terpadu Digelar Jelang Pilkada")
    assert c.title == "Rakor Tim Terpadu Digelar Jelang Pilkada"


@pytest.mark.parametrize(
    "line",
    [
        "Ilustrasi petugas mengangkut kotak suara /Antara-Rivan",  # a photo caption with its credit
        "Pilkada 2024: Bawaslu / KPU Siap Awasi Kampanye di Seluruh Kecamatan Kabupaten",  # a headline
        "SINTANG | Pojokkalbar.com- Bupati Sintang memimpin rapat koordinasi tim terpadu.",  # a dateline
    ],
)
def test_not_breadcrumbs(line: str) -> None:
    text = f"{line}\nIsi berita yang panjang tentang rapat koordinasi di kabupaten itu.\n"
    assert clean_text(text).text.startswith(line.split(" |")[0][:20])


def test_a_breadcrumb_shape_below_the_top_is_kept() -> None:
    lines = [f"Paragraf ke-{i} berisi kalimat panjang tentang kegiatan rapat di kabupaten." for i in range(6)]
    text = "Judul Berita Rapat Koordinasi\n" + "\n".join(lines) + "\nKPU / Bawaslu / Polres\n"
    assert "KPU / Bawaslu / Polres" in clean_text(text).text


ONE_LINE_BODY = (
    "BATU, Kabar Daerah - Bupati dan Kapolres membuka rapat koordinasi Tim Terpadu Penanganan Konflik Sosial "
    "di Aula Kantor Bupati menjelang Pilkada, Senin (2/9/2024). Rapat membahas potensi bentrok antarpendukung "
    "pasangan calon dan penyebaran hoaks di media sosial. Camat diminta melapor setiap gangguan keamanan."
)


@pytest.mark.parametrize(
    "opening",
    ["Baca berita tanpa iklan. Gabung Kabardaerah.id+", "Baca juga: Ratusan Warga Ikuti Jalan Sehat", "Bagikan:"],
)
def test_an_article_on_one_line_that_opens_like_furniture_is_kept(opening: str) -> None:
    out = clean_text(f"{opening} {ONE_LINE_BODY}")  # exports and feeds often give a body without line breaks
    assert ONE_LINE_BODY in out.text


def test_furniture_lines_of_ordinary_length_still_go() -> None:
    text = "Baca juga: " + "Kapolres Cek Kesiapan Pengamanan Pilkada di Seluruh Kecamatan " * 3 + "\n" + ONE_LINE_BODY
    assert clean_text(text).text == ONE_LINE_BODY


def test_a_date_sentence_after_a_paragraph_stays_in_the_body() -> None:
    text = ONE_LINE_BODY + "\nSenin (2/9/2024).\nRapat berlangsung tertib."
    out = clean_text(text)
    assert "Senin (2/9/2024)." in out.text  # the meeting's day, said by the body
    assert out.published is None


def test_a_publication_date_line_above_the_body_is_still_read() -> None:
    out = clean_text("Senin, 2 September 2024 10:30 WIB\n" + ONE_LINE_BODY)
    assert out.published == date(2024, 9, 2) and out.text == ONE_LINE_BODY


@pytest.mark.parametrize("label", ["Baca Juga", "Lihat Juga", "BACA JUGA"])
def test_a_related_links_label_is_no_dateline(label: str) -> None:
    assert read_dateline(f"{label}: Bupati Resmikan Jembatan Baru di Desa Sukamaju Hari Ini") is None


@pytest.mark.parametrize(
    "body,kept,gone",
    [
        (
            "Bawaslu menegaskan sanksi bagi kepala desa yang tidak netral dalam pilkada serentak tahun ini. "
            "Baca Juga: Dico-Ali Belum Daftarkan Banding Sengketa Pilkada Kendal ke PTTUN Surabaya Ini bukan "
            "hanya sebuah aturan, melainkan komitmen untuk menjaga keadilan dalam proses demokrasi di daerah.",
            "Ini bukan hanya sebuah aturan",
            "PTTUN Surabaya",
        ),
        (
            "Kapolres Sintang memastikan seluruh tempat pemungutan suara dijaga personel gabungan TNI dan Polri "
            "selama hari pencoblosan berlangsung. BACA JUGA: Polres Sintang Siapkan 500 Personel",
            "hari pencoblosan berlangsung.",
            "Siapkan 500 Personel",
        ),
    ],
)
def test_a_related_headline_inside_a_one_line_body_is_cut(body: str, kept: str, gone: str) -> None:
    text = clean_text(body).text
    assert kept in text and gone not in text


def test_baca_juga_in_running_text_is_no_related_link() -> None:
    body = (
        "Ketua KPU Sintang meminta warga membaca aturan kampanye dengan cermat sebelum hari pencoblosan tiba. "
        "Kata dia, baca juga buku panduan pemilih agar paham tata cara mencoblos di TPS masing-masing."
    )
    assert "baca juga buku panduan" in clean_text(body).text


def test_a_long_plea_among_the_last_lines_is_furniture() -> None:
    body = [
        "JAKARTA, KOMPAS.com - Menteri Dalam Negeri meminta pemerintah daerah membentuk tim terpadu.",
        "Tim itu berfungsi mengelola isu yang berpotensi menimbulkan konflik sosial.",
        '"Jadi mungkin 70 persen penanganan konflik sosial adalah pencegahan," ujar dia.',
    ]
    plea = (
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup "
        "Telegram, caranya klik link, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di "
        "ponsel.Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang! "
        "Syarat berlaku."
    )
    assert len(plea) > 300
    text = clean_text("\n".join([*body, plea, "Syarat & KetentuanSegera lengkapi data dirimu."])).text
    assert text.strip().endswith("ujar dia.") and "Telegram" not in text
    # a one-line body that opens like furniture is kept whole
    one = plea + " " + body[0]
    assert "Menteri Dalam Negeri" in clean_text(one).text


def test_an_image_in_markdown_is_furniture() -> None:
    raw = (
        "MEDAN - Kapolda memantau pemungutan suara di Medan, Rabu (17/4/2019).\n"
        "![Gubernur terpilih Sumatera Utara](https://thumb.example.co.id/a.jpeg 640w, "
        "https://thumb.example.co.id/b.jpeg 1920w)\n"
        "Situasi aman dan kondusif."
    )
    text = clean_text(raw).text
    assert "Gubernur terpilih" not in text and "Situasi aman" in text


# a text broken near a fixed width inside its sentences, as an e-mail or a word processor's export
WRAPPED = """Apel Gelar Pasukan Pilkada di Kabupaten Sukamaju
Kepolisian Resor Sukamaju menggelar apel gelar pasukan dalam rangka
pengamanan Pilkada serentak tahun 2024 di Lapangan Merdeka Kabupaten
Sukamaju yang berlangsung tertib dan lancar sejak pagi.
Dalam apel tersebut bertindak selaku Inspektur Apel Kapolres Sukamaju
AKBP Budi Santoso dan Komandan Apel yaitu Ipda Rahmat Hidayat, sedangkan
peserta apel berasal dari unsur TNI, Polri, Satpol PP, Dinas Perhubungan
dan Pramuka Saka Bhayangkara
Apel diawali dengan penghormatan pasukan kepada pimpinan apel dan
pemeriksaan pasukan oleh inspektur apel yang didampingi para pejabat utama.
"""


def test_a_hard_wrapped_text_is_joined_where_the_wrap_broke_a_sentence() -> None:
    lines = clean_text(WRAPPED).text.split("\n")
    assert lines[0] == "Apel Gelar Pasukan Pilkada di Kabupaten Sukamaju"  # the headline stays a line
    assert lines[1].endswith("Kabupaten Sukamaju yang berlangsung tertib dan lancar sejak pagi.")  # a sentence's end
    assert "Kapolres Sukamaju AKBP Budi Santoso" in lines[2] and "Ipda Rahmat Hidayat" in lines[2]
    # a short line ended its paragraph, though no full stop closes it
    assert lines[2].endswith("Pramuka Saka Bhayangkara")
    assert lines[3].startswith("Apel diawali") and len(lines) == 4


def test_a_text_with_long_lines_is_never_unwrapped() -> None:
    # paragraphs as one long line each, two of them going on in lower case (a list, a caption): kept as they are
    para = "membahas potensi konflik menjelang pilkada di wilayah kabupaten dan kota se-provinsi bersama Forkopimda"
    raw = "\n".join(
        ["Rapat Koordinasi Tim Terpadu"]
        + [f"Paragraf {k} {para} serta unsur masyarakat" for k in range(4)]
        + ["dan ditutup dengan doa bersama", f"Paragraf 5 {para}", "dan seluruh camat se-kabupaten hadir"]
    )
    assert clean_text(raw).text == raw


def test_quotes_escaped_by_the_page_s_storage_lose_the_backslash() -> None:
    raw = (
        "Polres Kerahkan 900 Personel\n"
        'BENGKULU - \\"Kami menurunkan 887 personel,\\" tegas Kapolres dalam gelar pasukan di Sport Center, '
        "Jum\\'at (5/1) sore.\n"
    )
    c = clean_text(raw)
    assert "\\" not in c.text
    assert '"Kami menurunkan 887 personel," tegas Kapolres' in c.text and "Jum'at (5/1)" in c.text
    # (a backslash before anything else stays: a path or a smiley is no escaped quote)
    assert "C:\\data" in clean_text("Berkas disimpan di C:\\data oleh panitia, kata Ketua KPU.\n").text


def test_a_list_of_the_text_s_own_items_is_kept_a_run_of_related_headlines_is_not() -> None:
    raw = (
        "Rakor Kominda Papua Barat\n"
        "MANOKWARI - Pemprov Papua Barat menggelar rakor Kominda bersama Forkopimda, Senin (7/10/2024), dengan "
        "pemaparan materi dari beberapa instansi di antaranya:\n"
        "- Ketua BP3OKP tentang capaian kinerja Presiden Joko Widodo di Papua,\n"
        "- Perwakilan Polda Papua Barat tentang stabilitas keamanan pilkada;\n"
        "- Kejaksaan Tinggi tentang potensi politik uang\n"
        "Baca juga:\n"
        "- Kapolda Tinjau Gudang Logistik KPU Manokwari\n"
        "- Bawaslu Ingatkan ASN Jaga Netralitas\n"
        "Rakor ditutup oleh Sekda Papua Barat.\n"
    )
    text = clean_text(raw).text
    assert "capaian kinerja Presiden Joko Widodo" in text and "stabilitas keamanan pilkada" in text
    assert "Kapolda Tinjau Gudang" not in text and "Bawaslu Ingatkan ASN" not in text
