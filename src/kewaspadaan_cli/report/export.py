"""``kwd export``: any table for Excel or other tools, with readable column names and region names."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import ReportError, UsageError
from kewaspadaan_cli.report.aggregate import Period, Scope, connect

EXPORTABLE = {
    "articles": "articles",
    "officials": "officials",
    "meetings": "meetings",
    "mentions": "mentions",
    "labels": "article_labels",
    "article_labels": "article_labels",
    "quotes": "quotes",
    "fetch_log": "fetch_log",
}
# column headers for people: every column in one language, Bahasa Indonesia or English
HEADERS: dict[str, dict[str, str]] = {
    "id": {
        "article_id": "ID artikel",
        "source": "Sumber",
        "url": "URL",
        "title": "Judul",
        "published": "Tanggal terbit",
        "date_source": "Asal tanggal",
        "date_note": "Catatan tanggal",
        "decode_note": "Catatan dekode",
        "day": "Tanggal",
        "text": "Teks",
        "input_kind": "Jenis masukan",
        "site": "Media",
        "author": "Penulis",
        "dateline": "Dateline",
        "advertorial": "Advertorial",
        "duplicate_of": "Salinan dari",
        "ingested_at": "Waktu masuk",
        "region_code": "Kode wilayah",
        "region_name": "Nama wilayah",
        "event_kind": "Jenis peristiwa",
        "meeting_type": "Jenis kegiatan",
        "date": "Tanggal kegiatan",
        "venue": "Tempat",
        "chair": "Pimpinan",
        "n_participants": "Jumlah peserta",
        "organiser": "Penyelenggara",
        "theme": "Tema",
        "name": "Nama",
        "institution": "Lembaga",
        "acting": "Plt/Pj",
        "kind": "Jenis",
        "surface": "Teks",
        "canonical": "Nilai baku",
        "modality": "Modalitas",
        "start": "Awal",
        "end": "Akhir",
        "conflicts": "Jenis konflik",
        "regions": "Wilayah disebut",
        "institutions": "Lembaga",
        "election_types": "Jenis pemilihan",
        "phase": "Fase",
        "stages": "Tahapan",
        "speaker": "Pembicara",
        "lexicon_digest": "Versi leksikon",
        "extractor_version": "Versi ekstraktor",
        "extracted_at": "Waktu ekstraksi",
        "host": "Host",
        "status": "Status HTTP",
        "bytes": "Ukuran (byte)",
        "duration": "Durasi (detik)",
        "error": "Galat",
        "time": "Waktu",
        "etag": "ETag",
        "last_modified": "Last-Modified",
    },
    "en": {
        "article_id": "Article ID",
        "source": "Source",
        "url": "URL",
        "title": "Title",
        "published": "Published",
        "date_source": "Date from",
        "date_note": "Date note",
        "decode_note": "Decoding note",
        "day": "Date",
        "text": "Text",
        "input_kind": "Input kind",
        "site": "Outlet",
        "author": "Author",
        "dateline": "Dateline",
        "advertorial": "Advertorial",
        "duplicate_of": "Copy of",
        "ingested_at": "Ingested at",
        "region_code": "Region code",
        "region_name": "Region name",
        "event_kind": "Event kind",
        "meeting_type": "Activity type",
        "date": "Activity date",
        "venue": "Venue",
        "chair": "Chair",
        "n_participants": "Participants",
        "organiser": "Organiser",
        "theme": "Theme",
        "name": "Name",
        "institution": "Institution",
        "acting": "Acting",
        "kind": "Kind",
        "surface": "Text",
        "canonical": "Normalised value",
        "modality": "Modality",
        "start": "Start",
        "end": "End",
        "conflicts": "Conflict types",
        "regions": "Regions named",
        "institutions": "Institutions",
        "election_types": "Election types",
        "phase": "Phase",
        "stages": "Stages",
        "speaker": "Speaker",
        "lexicon_digest": "Lexicon version",
        "extractor_version": "Extractor version",
        "extracted_at": "Extracted at",
        "host": "Host",
        "status": "HTTP status",
        "bytes": "Size (bytes)",
        "duration": "Duration (s)",
        "error": "Error",
        "time": "Time",
        "etag": "ETag",
        "last_modified": "Last-Modified",
    },
}
# a column whose meaning depends on its table: an official's title is a position, not a headline
TABLE_HEADERS = {("officials", "title"): {"id": "Jabatan", "en": "Position"}}
READABLE = HEADERS["id"]  # kept for callers of the first version
FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def format_for(out: Path, fmt: str | None) -> str:
    """The export format: ``--format`` when given, else the ``--out`` file's extension."""
    if fmt:
        if fmt not in {"csv", "xlsx", "jsonl"}:
            raise ReportError(f"unknown format {fmt!r}; choose csv, xlsx or jsonl")
        expected = FORMATS.get(out.suffix.lower())
        if expected and expected != fmt:
            raise UsageError(
                f"--format {fmt} does not fit --out {out.name}; give --out {out.stem}.{fmt} or drop --format"
            )
        return fmt
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        raise UsageError(
            f"cannot tell the format of --out {out.name!r}: name it .csv, .xlsx or .jsonl, or give --format"
        )
    return kind


def header_of(table: str, column: str, lang: str) -> str:
    special = TABLE_HEADERS.get((table, column))
    if special:
        return special[lang]
    return HEADERS[lang].get(column, column)


SKIP = {"raw_text", "minhash", "detail"}


def export_table(
    data_dir: Path,
    table: str,
    out: Path,
    fmt: str | None = None,
    period: Period | None = None,
    scope: Scope | None = None,
    lang: str = "id",
) -> int:
    """Write a table to ``out`` (format from ``fmt``, else from its extension); returns the number of rows."""
    from kewaspadaan_cli.extract.regions import region_name

    if table not in EXPORTABLE:
        raise ReportError(f"unknown table {table!r}; choose one of: {', '.join(sorted(EXPORTABLE))}")
    if lang not in HEADERS:
        raise UsageError(f"unknown language {lang!r}; use id or en")
    fmt = format_for(out, fmt)
    name = EXPORTABLE[table]
    scope = scope or Scope()
    con = connect(data_dir)
    if name == "fetch_log" and scope.code:
        raise ReportError(f"--province/--region do not apply to {table}; they filter by an article's main region")
    where, params = [], []
    if name != "fetch_log":
        join = "" if name == "articles" else "JOIN dated d USING (article_id)"
        day = ", d.day" if name != "articles" else ""
        source = name if name != "articles" else "dated"
        base = f"SELECT t.* {day} FROM {source} t {join}"
        if name not in {"article_labels", "articles"}:
            base += " LEFT JOIN article_labels l USING (article_id)"
        elif name == "articles":
            base += " LEFT JOIN article_labels l USING (article_id)"
        else:
            base = base.replace(" t ", " l ").replace("SELECT t.*", "SELECT l.*")
        if period:
            # a meeting by its own date where known; an article without a date is in no period
            day_col = {"articles": "t.day", "meetings": "COALESCE(t.date, d.day)"}.get(name, "d.day")
            where.append(f"{day_col} BETWEEN ? AND ?")
            params += [period.start, period.end]
        if scope.code:
            where.append(scope.sql("l.region_code"))
    else:
        base = "SELECT * FROM fetch_log t"
    sql = base + (" WHERE " + " AND ".join(where) if where else "")
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    con.close()
    for r in rows:
        for k in SKIP:
            r.pop(k, None)
        if r.get("region_code"):
            r["region_name"] = region_name(r["region_code"])
    out.parent.mkdir(parents=True, exist_ok=True)
    header = [c for c in cols if c not in SKIP] + (["region_name"] if "region_code" in cols else [])
    labels = [header_of(name, c, lang) for c in header]
    if fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({k: _plain(r.get(k)) for k in header}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:  # the BOM lets Excel read UTF-8
            w = csv.writer(fh)
            w.writerow(labels)
            for r in rows:
                w.writerow([_cell(r.get(k)) for k in header])
    else:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = table[:31]
        ws.append(labels)
        for r in rows:
            ws.append([_cell(r.get(k)) for k in header])
        wb.save(out)
    return len(rows)


def _plain(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    return v


_FORMULA = re.compile(r"^(?:[=+@\t\r]|-[^\d\s])")


def _cell(v: Any) -> Any:
    """A value for a spreadsheet cell: lists joined, times naive, and article text that Excel would run
    as a formula ("=HYPERLINK(...)", "@SUM(...)") kept as text with a leading apostrophe (OWASP)."""
    if isinstance(v, list):
        v = ", ".join(str(x) for x in v)
    if isinstance(v, str):
        return "'" + v if _FORMULA.match(v) else v
    if hasattr(v, "tzinfo") and getattr(v, "tzinfo", None) is not None:
        return v.replace(tzinfo=None)
    return v
