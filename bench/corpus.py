"""A generator of realistic Indonesian regional news articles, for samples and benchmarks.

Hand-written templates in the shapes regional outlets use (dateline and outlet, share furniture,
reporter codes); nothing is copied from real articles. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

REGIONS = [
    ("Sintang", "Kalimantan Barat", "Kalbar"),
    ("Malinau", "Kalimantan Utara", "Kaltara"),
    ("Bulungan", "Kalimantan Utara", "Kaltara"),
    ("Kutai Timur", "Kalimantan Timur", "Kaltim"),
    ("Langkat", "Sumatera Utara", "Sumut"),
    ("Pamekasan", "Jawa Timur", "Jatim"),
    ("Tanjung Jabung Timur", "Jambi", "Jambi"),
    ("Wajo", "Sulawesi Selatan", "Sulsel"),
    ("Sikka", "Nusa Tenggara Timur", "NTT"),
    ("Lombok Timur", "Nusa Tenggara Barat", "NTB"),
    ("Kapuas Hulu", "Kalimantan Barat", "Kalbar"),
    ("Seruyan", "Kalimantan Tengah", "Kalteng"),
    ("Banggai", "Sulawesi Tengah", "Sulteng"),
    ("Pemalang", "Jawa Tengah", "Jateng"),
    ("Garut", "Jawa Barat", "Jabar"),
    ("Tapanuli Tengah", "Sumatera Utara", "Sumut"),
    ("Puncak Jaya", "Papua Tengah", "Papua Tengah"),
    ("Buleleng", "Bali", "Bali"),
]
OUTLETS = ["Pojokkalbar.com", "SWARAKALTARA.COM", "Kabarnusantara.id", "BERITADAERAH.CO.ID", "Suaralokal.com"]
FIRST = [
    "Agus",
    "Budi",
    "Siti",
    "Rahmat",
    "Dedi",
    "Yohanes",
    "Made",
    "Andi",
    "Hendra",
    "Nurhayati",
    "Fransiskus",
    "Suryadi",
    "Ahmad",
    "Kadek",
    "Marthen",
    "Rusdi",
    "Sri",
    "Yusuf",
    "Ilham",
    "Joko",
]
LAST = [
    "Winarno",
    "Purnomo",
    "Hasibuan",
    "Lumbantobing",
    "Sulaiman",
    "Pratama",
    "Nugroho",
    "Wijaya",
    "Mandala",
    "Saragih",
    "Harahap",
    "Setiawan",
    "Kurniawan",
    "Tanjung",
    "Rahman",
    "Sinaga",
    "Wenda",
    "Hidayat",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
VENUES = [
    "Aula Kantor Bupati {r}",
    "Ruang Rapat Kesbangpol {r}",
    "Hotel Permata {r}",
    "Gedung Serbaguna {r}",
    "Pendopo Rumah Jabatan Bupati {r}",
]
FURNITURE_HEAD = ["Bagikan:", "Share", "Home » Daerah » Politik"]
FURNITURE_TAIL = [
    "Baca Juga: Harga Cabai di Pasar Induk Kembali Naik",
    "Discussion about this post",
    "Tinggalkan Komentar",
    "Dapatkan update berita pilihan setiap hari di WhatsApp Channel kami",
    "Copyright © 2024 Kabarnusantara. All Rights Reserved",
    "Postingan Terkait",
    "Follow instagram kami @beritadaerah",
]


@dataclass
class Generated:
    name: str
    text: str
    title: str
    published: date
    kind: str  # pertemuan, insiden, lainnya


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def when(d: date) -> str:
    return f"{DAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"


def meeting(rng: random.Random, d: date) -> tuple[str, str]:
    r, prov, short = rng.choice(REGIONS)
    bupati, kaban, kapolres, ketua_kpu = person(rng), person(rng), person(rng), person(rng)
    venue = rng.choice(VENUES).format(r=r)
    n = rng.choice([40, 50, 75, 100, 120])
    title = f"Jelang Pilkada, Pemkab {r} Gelar Rakor Tim Terpadu Penanganan Konflik Sosial"
    body = [
        f"{r.upper()} | {rng.choice(OUTLETS)}- Pemerintah Kabupaten {r} melalui Badan Kesbangpol menggelar rapat "
        f"koordinasi Tim Terpadu Penanganan Konflik Sosial menjelang Pilkada serentak, di {venue}, {when(d)}.",
        f"Rakor dibuka oleh Bupati {r}, H. {bupati}, S.Sos., M.Si., dan dihadiri unsur Forkopimda, Kapolres {r} "
        f"AKBP {kapolres}, Dandim, Kajari, Ketua KPU {r} {ketua_kpu}, Bawaslu, tokoh agama dan tokoh masyarakat. "
        f"Sebanyak {n} peserta mengikuti kegiatan tersebut.",
        f'"Kita harus mengantisipasi potensi konflik sosial, bentrok antarpendukung pasangan calon, penyebaran '
        f'hoaks dan politik uang selama masa kampanye," ujar {bupati.split()[0]}.',
        f"Kepala Badan Kesbangpol {r}, {kaban}, menjelaskan rakor ini bertujuan memperkuat deteksi dini dan "
        f"kewaspadaan dini di seluruh kecamatan di {prov}.",
        f"Menurut {kaban.split()[-1]}, pihaknya telah memetakan daerah rawan konflik dan akan terus berkoordinasi "
        f"dengan TNI, Polri dan penyelenggara pemilu hingga hari pemungutan suara.",
    ]
    return title, "\n".join(body)


def incident(rng: random.Random, d: date) -> tuple[str, str]:
    r, prov, short = rng.choice(REGIONS)
    kapolres, kasat = person(rng), person(rng)
    what = rng.choice(
        [
            (
                "Bentrok Antarpendukung Paslon Pecah di {r}, Dua Rumah Dibakar",
                "dua kelompok massa pendukung pasangan calon bupati terlibat bentrok dan membakar dua rumah warga",
            ),
            (
                "Massa Unjuk Rasa di Kantor KPU {r}, Tolak Hasil Rekapitulasi",
                "ratusan massa menggelar unjuk rasa menolak hasil rekapitulasi suara dan merusak pagar kantor KPU",
            ),
            (
                "Polisi Amankan Tim Sukses Bagi-bagi Amplop di {r}",
                "polisi dan Bawaslu mengamankan empat orang tim sukses yang kedapatan membagikan amplop berisi uang",
            ),
        ]
    )
    title = what[0].format(r=r)
    body = [
        f"{r.upper()}, {short.upper()}NEWS.COM - Pada {when(d)} malam, {what[1]} di Kecamatan Kota {r}.",
        f'Kapolres {r} AKBP {kapolres} membenarkan kejadian tersebut. "Situasi sudah kami kendalikan dan kami '
        f'imbau warga tidak terprovokasi," kata {kapolres.split()[-1]} kepada wartawan.',
        f"Kasat Reskrim Polres {r} AKP {kasat} menyebut polisi masih memeriksa sejumlah saksi.",
        f"Aparat gabungan TNI dan Polri disiagakan di lokasi untuk mencegah bentrokan susulan di wilayah {prov}.",
    ]
    return title, "\n".join(body)


def other(rng: random.Random, d: date) -> tuple[str, str]:
    r, prov, _ = rng.choice(REGIONS)
    kadis = person(rng)
    title = f"Musim Tanam, Petani {r} Terima Bantuan Benih Padi"
    body = [
        f"{r.upper()} – Dinas Pertanian Kabupaten {r} menyalurkan bantuan benih padi kepada kelompok tani, {when(d)}.",
        f"Kepala Dinas Pertanian {r}, {kadis}, mengatakan bantuan diberikan agar produksi padi meningkat.",
        f'"Kami berharap petani di {r} dapat memanfaatkan bantuan ini dengan baik," ujarnya.',
    ]
    return title, "\n".join(body)


def articles(n: int, seed: int = 7, start: date = date(2024, 10, 1), pad_to: int = 0) -> Iterator[Generated]:
    """``n`` articles; ``pad_to`` pads bodies with further paragraphs to about that many characters."""
    rng = random.Random(seed)
    for i in range(n):
        d = start + timedelta(days=rng.randrange(0, 75))
        kind = rng.choices(["pertemuan", "insiden", "lainnya"], [5, 3, 2])[0]
        title, body = {"pertemuan": meeting, "insiden": incident, "lainnya": other}[kind](rng, d)
        while len(body) < pad_to:
            r = rng.choice(REGIONS)[0]
            body += (
                f"\nSelain itu, pemerintah daerah bersama aparat keamanan di {r} terus memantau "
                f"perkembangan situasi, termasuk laporan masyarakat nomor {rng.randrange(10_000)}, "
                f"agar tahapan pemilihan berlangsung aman, damai dan kondusif."
            )
        head = rng.choice(FURNITURE_HEAD) if rng.random() < 0.4 else ""
        tail = "\n".join(rng.sample(FURNITURE_TAIL, 2)) if rng.random() < 0.7 else ""
        code = rng.choice(["(RED)", "(BSG)", "(kn-2)", "(Roro/adv)", "Reporter : Gani"])
        text = "\n".join(
            x
            for x in [
                title,
                "",
                head,
                body + f" {code}" if code.startswith("(") else body,
                code if not code.startswith("(") else "",
                tail,
            ]
            if x
        )
        yield Generated(f"a{i:05d}", text + "\n", title, d, kind)


def html_page(g: Generated, outlet: str = "Kabarnusantara.id") -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in g.text.splitlines()[1:] if p.strip())
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{g.title} - {outlet}</title>
<link rel="canonical" href="https://{outlet.lower()}/daerah/{g.name}">
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{g.published.isoformat()}T09:00:00+07:00">
</head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav>
<article><h1>{g.title}</h1>
{paras}</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/x1">Harga Cabai Naik</a></li><li><a href="/x2">Banjir Rendam Desa</a></li></ul></aside>
<footer>Copyright &copy; 2024 {outlet}</footer>
</body></html>
"""


def jsonl_record(g: Generated) -> str:
    return json.dumps(
        {
            "title": g.title,
            "content": g.text,
            "url": f"https://suaralokal.com/{g.name}",
            "published": g.published.isoformat(),
            "outlet": "Suaralokal.com",
        },
        ensure_ascii=False,
    )
