"""What analysts read, in Bahasa Indonesia (default) and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Brief Mingguan Kewaspadaan Dini",
        "period": "Periode",
        "scope": "Wilayah",
        "all_regions": "Seluruh wilayah",
        "generated": "Dibuat",
        "key_figures": "Angka Kunci",
        "figure": "Indikator",
        "this_period": "Periode ini",
        "previous": "Periode sebelumnya",
        "change": "Perubahan",
        "articles": "Artikel",
        "stories": "Berita unik (setelah deduplikasi)",
        "incidents": "Insiden",
        "meetings": "Rapat/kegiatan pencegahan",
        "regions": "Wilayah disebut",
        "officials": "Pejabat disebut",
        "hotspots": "Titik Rawan",
        "region": "Wilayah",
        "province": "Provinsi",
        "signal": "Skor sinyal",
        "incident_articles": "Artikel insiden",
        "risk_articles": "Artikel risiko",
        "trend": "Tren (vs 4 periode sebelumnya)",
        "new": "Baru",
        "new_mark": "BARU",
        "conflict_types": "Jenis Konflik",
        "conflict": "Jenis konflik",
        "count": "Jumlah",
        "chart_caption": "Jumlah artikel per jenis konflik, 8 minggu terakhir",
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
        "quotes": "Kutipan",
        "speaker": "Pembicara",
        "source_list": "Daftar Sumber",
        "outlet": "Media",
        "link": "Tautan",
        "methodology": "Metodologi",
        "empty": "Tidak ada artikel pada periode ini untuk wilayah yang dipilih.",
        "none": "Tidak ada.",
        "method_text": (
            "Brief ini disusun otomatis oleh kewaspadaan-cli dari {articles} artikel ({stories} berita unik; "
            "{dups} salinan/duplikat digabung). Skor sinyal = 3 × artikel insiden + 1 × artikel yang membahas "
            "risiko konflik. Tren membandingkan skor periode ini dengan rata-rata empat periode sebelumnya "
            "(↑ naik lebih dari 25%, ↓ turun lebih dari 25%, → stabil); BARU menandai wilayah yang sebelumnya "
            "tenang. Ekstraksi otomatis dapat keliru: setiap angka dapat ditelusuri ke kalimat sumbernya "
            "(tabel mentions). {undated} artikel tanpa tanggal terbit diterima pada periode ini: tidak dihitung "
            "dalam angka mana pun dan didaftar terpisah (tanpa tanggal). Versi leksikon: {lexicons}."
        ),
        "undated_list": "Artikel Tanpa Tanggal",
        "undated_note": "Diterima pada periode ini tanpa tanggal terbit; tidak masuk hitungan periode mana pun.",
        "ingested": "Diterima",
        "phase_pra": "Pra-pemungutan",
        "phase_pemungutan": "Pemungutan suara",
        "phase_pasca": "Pasca-pemungutan",
    },
    "en": {
        "title": "Weekly Early-Warning Brief",
        "period": "Period",
        "scope": "Scope",
        "all_regions": "All regions",
        "generated": "Generated",
        "key_figures": "Key Figures",
        "figure": "Figure",
        "this_period": "This period",
        "previous": "Previous period",
        "change": "Change",
        "articles": "Articles",
        "stories": "Distinct stories (after deduplication)",
        "incidents": "Incidents",
        "meetings": "Prevention meetings and activities",
        "regions": "Regions named",
        "officials": "Officials named",
        "hotspots": "Hotspots",
        "region": "Region",
        "province": "Province",
        "signal": "Signal score",
        "incident_articles": "Incident articles",
        "risk_articles": "Risk articles",
        "trend": "Trend (vs 4 previous periods)",
        "new": "New",
        "new_mark": "NEW",
        "conflict_types": "Conflict Types",
        "conflict": "Conflict type",
        "count": "Count",
        "chart_caption": "Articles per conflict type, last 8 weeks",
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
        "quotes": "Quotes",
        "speaker": "Speaker",
        "source_list": "Sources",
        "outlet": "Outlet",
        "link": "Link",
        "methodology": "Methodology",
        "empty": "No articles in this period for the selected scope.",
        "none": "None.",
        "method_text": (
            "This brief was compiled automatically by kewaspadaan-cli from {articles} articles ({stories} distinct "
            "stories; {dups} copies or near-duplicates merged). Signal score = 3 × incident articles + 1 × articles "
            "discussing a conflict risk. The trend compares this period's score with the mean of the four "
            "periods before (↑ up over 25%, ↓ down over 25%, → steady); NEW marks regions that were quiet "
            "before. Automatic extraction can err: every figure traces back to its source sentence (the "
            "mentions table). {undated} articles without a publication date arrived in this period: they count "
            "in no figure and are listed apart (undated). Lexicon versions: {lexicons}."
        ),
        "undated_list": "Undated Articles",
        "undated_note": "Arrived in this period without a publication date; counted in no period.",
        "ingested": "Received",
        "phase_pra": "Pre-vote",
        "phase_pemungutan": "Voting",
        "phase_pasca": "Post-vote",
    },
}


def texts(lang: str) -> dict[str, str]:
    return TEXTS[lang]


def vocab_label(vocabulary: str, ident: str, lang: str) -> str:
    """The label of a vocab.json id: Indonesian from the lexicon labels, English from the vocabulary text."""
    from kewaspadaan_cli.lexicons import load

    rows = load().files.get("vocab.json", [{}])[0]
    text = rows.get(vocabulary, {}).get(ident)
    if not text:
        return ident
    if lang == "en":
        return text.split(" (")[0]
    return LABELS_ID.get(ident, ident.replace("_", " ").capitalize())


LABELS_ID = {
    "konflik_sosial": "Konflik sosial",
    "bentrok_pendukung": "Bentrok antarpendukung",
    "konflik_politik": "Konflik politik",
    "politik_uang": "Politik uang",
    "hoaks": "Hoaks",
    "ujaran_kebencian": "Ujaran kebencian / provokasi",
    "sara": "SARA / politik identitas",
    "kekerasan": "Kekerasan",
    "unjuk_rasa": "Unjuk rasa",
    "netralitas": "Netralitas ASN/TNI/Polri/kades",
    "agraria": "Konflik agraria",
    "tawuran": "Tawuran / bentrok warga",
    "terorisme": "Terorisme / radikalisme",
    "perbatasan_asing": "Perbatasan / orang asing",
    "penyelenggaraan": "Masalah penyelenggaraan",
    "pencalonan": "Pencalonan",
    "kampanye": "Kampanye",
    "masa_tenang": "Masa tenang",
    "pemungutan_suara": "Pemungutan suara",
    "rekapitulasi": "Rekapitulasi",
    "penetapan": "Penetapan",
    "sengketa": "Sengketa",
    "pelantikan": "Pelantikan",
    "rakor": "Rapat koordinasi",
    "rapat": "Rapat",
    "bimtek": "Bimtek / pelatihan",
    "sosialisasi": "Sosialisasi",
    "diskusi": "Diskusi / FGD",
    "apel": "Apel",
    "deklarasi": "Deklarasi",
    "kunjungan": "Kunjungan kerja",
    "simulasi": "Simulasi",
    "pra": "Pra-pemungutan",
    "pemungutan": "Pemungutan suara",
    "pasca": "Pasca-pemungutan",
}
