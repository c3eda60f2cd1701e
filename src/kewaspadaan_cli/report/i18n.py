"""What analysts read, in Bahasa Indonesia (default) and English."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Brief Kewaspadaan Dini",
        "title_weekly": "Brief Mingguan Kewaspadaan Dini",
        "period": "Periode",
        "scope": "Wilayah",
        "all_regions": "Seluruh wilayah",
        "generated": "Dibuat",
        "summary": "Ringkasan",
        "key_figures": "Angka Kunci",
        "figure": "Indikator",
        "this_period": "Periode ini",
        "previous": "Sebelumnya",
        "average": "Rata-rata 4 periode",
        "change": "Perubahan",
        "articles": "Artikel (termasuk salinan)",
        "stories": "Berita",
        "incidents": "Insiden",
        "meetings": "Rapat/kegiatan pencegahan",
        "regions": "Wilayah disebut",
        "officials": "Pejabat disebut",
        "hotspots": "Titik Rawan",
        "hotspot_note": (
            "Diurutkan menurut skor sinyal = 3 × artikel insiden + 1 × artikel risiko konflik. Tren: dibanding "
            "rata-rata 4 periode sebelumnya (↑ naik lebih dari 25%, ↓ turun lebih dari 25%, → stabil)."
        ),
        "hotspot_more": "{n} wilayah lain dengan skor lebih rendah ada di ekspor (kwd export labels).",
        "rank": "No.",
        "region": "Kabupaten/Kota",
        "province": "Provinsi",
        "signal": "Skor",
        "incident_articles": "Artikel insiden",
        "risk_articles": "Artikel risiko",
        "trend": "Tren",
        "new": "Baru",
        "new_mark": "BARU",
        "conflict_types": "Jenis Konflik",
        "conflict": "Jenis konflik",
        "count": "Jumlah",
        "chart_caption": "Artikel per jenis konflik: {period} dibanding rata-rata 4 periode sebelumnya",
        "chart_now": "Periode ini",
        "chart_avg": "Rata-rata 4 periode sebelumnya",
        "election": "Tahapan Pemilihan dalam Berita",
        "phase": "Fase",
        "stage": "Tahapan",
        "incident_list": "Insiden",
        "date": "Tanggal",
        "what": "Apa",
        "where": "Di mana",
        "sources": "Sumber",
        "meeting_list": "Rapat Koordinasi dan Kegiatan Pencegahan",
        "type": "Jenis",
        "chair": "Pimpinan",
        "venue": "Tempat",
        "institutions": "Lembaga",
        "active_officials": "Pejabat Paling Aktif",
        "name": "Nama",
        "position": "Jabatan",
        "spellings": "Ejaan lain",
        "quotes": "Kutipan",
        "speaker": "Pembicara",
        "source_list": "Daftar Sumber",
        "outlet": "Media",
        "link": "Tautan",
        "duplicate": "salinan",
        "methodology": "Metodologi",
        "empty": "Tidak ada artikel pada periode ini untuk wilayah yang dipilih.",
        "none": "Tidak ada.",
        "method_text": (
            "Brief ini disusun otomatis oleh kewaspadaan-cli dari {articles} artikel ({stories} berita; "
            "{dups} salinan/duplikat digabung). Tanggal sebuah artikel adalah tanggal terbitnya (dari metadata, "
            "dateline, teks, nama berkas atau tanggal yang diberikan analis); rapat dihitung menurut tanggal "
            "pelaksanaannya bila diketahui. Skor sinyal = 3 × artikel insiden + 1 × artikel yang membahas risiko "
            "konflik. Tren membandingkan skor periode ini dengan rata-rata empat periode sebelumnya; BARU menandai "
            "wilayah yang sebelumnya tenang. Ekstraksi otomatis dapat keliru: setiap angka dapat ditelusuri ke "
            "kalimat sumbernya (tabel mentions). {undated} artikel tanpa tanggal terbit diterima pada periode ini: "
            "tidak dihitung dalam angka mana pun dan didaftar terpisah (tanpa tanggal). Versi leksikon: {lexicons}."
        ),
        "undated_list": "Artikel Tanpa Tanggal",
        "undated_note": "Diterima pada periode ini tanpa tanggal terbit; tidak masuk hitungan periode mana pun.",
        "ingested": "Diterima",
        "page": "Halaman",
        "n_articles": "Artikel",
    },
    "en": {
        "title": "Early-Warning Brief",
        "title_weekly": "Weekly Early-Warning Brief",
        "period": "Period",
        "scope": "Scope",
        "all_regions": "All regions",
        "generated": "Generated",
        "summary": "Summary",
        "key_figures": "Key Figures",
        "figure": "Figure",
        "this_period": "This period",
        "previous": "Before",
        "average": "4-period average",
        "change": "Change",
        "articles": "Articles (copies included)",
        "stories": "Stories",
        "incidents": "Incidents",
        "meetings": "Prevention meetings and activities",
        "regions": "Regions named",
        "officials": "Officials named",
        "hotspots": "Hotspots",
        "hotspot_note": (
            "Ranked by signal score = 3 × incident articles + 1 × conflict-risk articles. Trend: against the mean "
            "of the 4 periods before (↑ up over 25%, ↓ down over 25%, → steady)."
        ),
        "hotspot_more": "{n} more regions with lower scores are in the export (kwd export labels).",
        "rank": "No.",
        "region": "Regency/City",
        "province": "Province",
        "signal": "Score",
        "incident_articles": "Incident articles",
        "risk_articles": "Risk articles",
        "trend": "Trend",
        "new": "New",
        "new_mark": "NEW",
        "conflict_types": "Conflict Types",
        "conflict": "Conflict type",
        "count": "Count",
        "chart_caption": "Articles per conflict type: {period} against the mean of the 4 periods before",
        "chart_now": "This period",
        "chart_avg": "Mean of the 4 periods before",
        "election": "Election Stages in the News",
        "phase": "Phase",
        "stage": "Stage",
        "incident_list": "Incidents",
        "date": "Date",
        "what": "What",
        "where": "Where",
        "sources": "Sources",
        "meeting_list": "Coordination Meetings and Prevention Activities",
        "type": "Type",
        "chair": "Chair",
        "venue": "Venue",
        "institutions": "Institutions",
        "active_officials": "Most Active Officials",
        "name": "Name",
        "position": "Position",
        "spellings": "Other spellings",
        "quotes": "Quotes",
        "speaker": "Speaker",
        "source_list": "Sources",
        "outlet": "Outlet",
        "link": "Link",
        "duplicate": "copy",
        "methodology": "Methodology",
        "empty": "No articles in this period for the selected scope.",
        "none": "None.",
        "method_text": (
            "This brief was compiled automatically by kewaspadaan-cli from {articles} articles ({stories} stories; "
            "{dups} copies or near-duplicates merged). An article's date is its publication date (from metadata, "
            "a dateline, the text, the file name or a date the analyst gave); meetings count by the day they were "
            "held when known. Signal score = 3 × incident articles + 1 × articles discussing a conflict risk. The "
            "trend compares this period's score with the mean of the four periods before; NEW marks regions that "
            "were quiet before. Automatic extraction can err: every figure traces back to its source sentence (the "
            "mentions table). {undated} articles without a publication date arrived in this period: they count "
            "in no figure and are listed apart (undated). Lexicon versions: {lexicons}."
        ),
        "undated_list": "Undated Articles",
        "undated_note": "Arrived in this period without a publication date; counted in no period.",
        "ingested": "Received",
        "page": "Page",
        "n_articles": "Articles",
    },
}


def number(x: float, lang: str) -> str:
    """A figure as the brief's language writes it: 0,25 in Bahasa Indonesia, 0.25 in English."""
    s = f"{x:g}" if x != int(x) else str(int(x))
    return s.replace(".", ",") if lang == "id" else s


def texts(lang: str) -> dict[str, str]:
    return TEXTS[lang]


@functools.cache
def labels() -> dict[str, Any]:
    """The short labels of the vocab.json ids (``report/labels.json``)."""
    return json.loads(resources.files("kewaspadaan_cli.report").joinpath("labels.json").read_text(encoding="utf-8"))


def vocab_label(vocabulary: str, ident: str, lang: str) -> str:
    """The short label of a vocab.json id in the brief's language; an id without one shows readably."""
    entry = labels().get(vocabulary, {}).get(ident)
    if entry and entry.get(lang):
        return str(entry[lang])
    return ident.replace("_", " ").capitalize()
