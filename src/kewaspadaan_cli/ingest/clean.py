"""Cleaning article text as it comes from Indonesian news sites.

Keeps the body (headline and dateline included, since the analysis reads them) and drops share and
navigation furniture; reads the metadata the text itself carries: headline, dateline and outlet,
reporter or editor code, advertorial mark, publication date. The raw text is stored beside the
cleaned one, so nothing removed is lost.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kewaspadaan_cli import dates

# Whole lines that are site furniture, never article text (matched case-insensitively).
_FURNITURE = re.compile(
    r"""^\s*(?:
      [-*•>]?\s*[(\[]?\s*baca\s+(?:juga|pula|berita|selengkapnya|artikel)\b.*
    | [(\[]?\s*baca\s*:\s*\S.*
    | (?:artikel|berita|postingan|tulisan)\s+(?:terkait|terkini|lainnya|terpopuler|populer|pilihan|rekomendasi)\b.*
    | (?:bagikan|share|sebarkan|tags?|topik|label|kategori)\s*:.*
    | (?:bagikan|share)(?:\s+(?:artikel|berita|ini|via|ke|on))*\s*
    | (?:facebook|twitter|whatsapp|telegram|linkedin|line|email|copy\s+link|salin\s+tautan)(?:\s*[|,/]\s*\w+)*\s*
    | discussion\s+about\s+this\s+post.*
    | (?:tinggalkan|tulis|kirim|posting)\s+(?:komentar|balasan|a\s+comment|a\s+reply)\b.*
    | (?:tidak\s+ada|belum\s+ada|\d+)\s+komentar\b.*
    | catatan:\s+hanya\s+anggota.*
    | (?:copyright|hak\s+cipta)\b.* | ©.* | \(c\)\s*\d{4}.*
    | dapatkan\s+(?:update|informasi|berita)\b.*
    | syarat\s*(?:&|dan)\s*ketentuan.*
    | !\[[^\]\n]*\]\([^)\n]*\).*
    | (?:follow|ikuti)\s+(?:instagram|ig|akun|kami|juga|channel|saluran|berita|update)\b.*
    | (?:jangan\s+lupa\s+)?(?:ikuti|simak|follow)\b.*\b(?:google\s+news|whatsapp\s+channel|saluran\s+whatsapp)\b.*
    | simak\s+(?:berita|video|juga|update|breaking\s+news)\b.* | [(\[]?\s*simak\s*:\s*\S.*
    | artikel\s+ini\s+(?:bisa|dapat|telah)\s+(?:dilihat|dibaca|tayang).*
    | baca\s+berita\s+tanpa\s+iklan.*
    | (?:load|show|lihat)\s+more.* | muat\s+lebih\s+banyak.* | lihat\s+(?:foto|semua|juga|selengkapnya)\b.*
    | (?:advertisement|iklan|scroll\s+(?:to|untuk)\s+(?:continue|lanjut)\w*.*|loading\.*|sponsored)\s*
    | sumber\s*:\s*https?://.* | https?://\S+\s*
    | (?:halaman|page)\s+(?:selanjutnya|berikutnya|\d+)\b.* | next\s+page.* | \d+\s*/\s*\d+\s*
    | (?:download|unduh)\s+(?:aplikasi|app)\b.*
    | \*?\s*fakta\s+atau\s+hoaks\?.*
    | (?:home|beranda)\s*(?:[>»/›|]\s*[\w .-]+)+\s*
    | \[gambas:[^\]]*\] | lihat\s+juga\s+video\b.*
    | oleh | by\s+\S+
    | \d[\d.,]*\s*(?:total\s+views?|views?\s+today|kali\s+dilihat|dilihat|views?)?(?:,\s*\d+\s*views?\s+today)?
    | -?\d+(?:[.,]\d+)?\s*°?\s*[CF]
    | sukses | berhasil | gagal | ok(?:e)? | tutup | close | x
    | (?:\#[\w-]+\s*)+
    | (?:terpopuler|trending|populer|headline|news\s+ticker|breaking\s+news|berita\s+utama|pilihan\s+editor)\s*:?\s*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# No line of furniture is longer (the longest met is ~230 characters, a "Dapatkan update ..." plea):
# a longer line that starts like furniture is an article's text without line breaks, as exports
# and feeds often give it ("Baca berita tanpa iklan. Gabung ... JAYAPURA, KOMPAS.com - ..."), and is kept.
FURNITURE_MAX = 300

# Bylines: kept as metadata, removed from the body.
_BYLINE = re.compile(
    r"^\s*[(\[]?\s*(?:reporter|penulis|pewarta|editor|redaktur|penyunting|kontributor|jurnalis|wartawan|laporan\s+wartawan|foto|sumber)\s*:\s*(?P<who>[^)\]\n]{1,80}?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# A reporter or editor code closing the article: "(RED)", "(BSG).", "(Roro/adv)", "(kn-2)", "((SUR))"
_CODE_AT_END = re.compile(r"\s*\(+\s*(?P<code>[A-Za-z][\w .*/+-]{0,30}?)\s*\)+\s*\.?\s*$")
_ADV = re.compile(r"(?:^|[\s/(])(?:adv|advertorial|adv\.|advetorial|advertorial\.)(?=[\s/).]|$)", re.IGNORECASE)

# Outlet-like tokens: "Pojokkalbar.com", "SWARAKALTARA.COM", "REPUBLIKA.CO.ID", "Tapteng.Wahananews.co"
_DOMAIN = r"(?i:[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|tv|co|news|info|web\.id|or\.id|go\.id)\b[\w.]*)"
_SEP = r"\s*(?:--|–|—|-|\||:)\s*"
_PLACE = r"[A-Z][A-Za-z']*\.?(?:\s+[A-Z][A-Za-z']*\.?){0,3}"
_NOT_PLACES = {
    "VIDEO",
    "FOTO",
    "RAPAT",
    "BERITA",
    "INFOGRAFIS",
    "HEADLINE",
    "UPDATE",
    "BREAKING NEWS",
    "EKSKLUSIF",
    "OPINI",
    "EDITORIAL",
    "ADVERTORIAL",
    "TERKINI",
    "KEWASPADAAN DINI",
    "PILKADA",
    "PEMILU",
    "HOME",
    "BACA JUGA",  # a related link's label, kept inside a one-line body ("Baca Juga: Judul Lain ...")
    "BACA",
    "LIHAT JUGA",
    "SIMAK JUGA",
}
_OUTLET = re.compile(
    r"^(?:RADAR\w*|\w*NEWS|\w*POS|\w*TIMES|\w*PEDIA|TRIBUN\w*|\w*ONLINE|\w*EKSPRES|MMC)\b|INFORMASI", re.IGNORECASE
)
_LEAD = re.compile(
    r"^(?P<pre>[^\n]{2,60}?)(?:\s+(?:--|–|—|-)\s*|\s*\|\s*|(?<=[\w.])[-–—]+\s*(?=[A-Z\"“])(?<![a-z]-(?=[A-Z][a-z]))|\s*[–—]\s*|:\s+)"
)


# A related link's label inside running text, its headline unbracketed: "... menjaga kondusivitas. Baca Juga:
# Dico-Ali Belum Daftarkan Banding ke PTTUN Surabaya Ini bukan hanya ..." (a body given on one line)
_INLINE_LABEL = re.compile(r"(?<=[.!?\"”)]\s)(?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT)\s+(?:[Jj]uga|JUGA|[Pp]ula)\s*:\s*")
# words a headline keeps in lower case
_HEADLINE_LOWER = frozenset(
    "di ke dan yang dari untuk pada dengan jadi hingga usai jelang soal ini itu atau tak tidak bakal akan "
    "vs dalam oleh karena agar bagi sejak saat serta para se".split()
)


def _without_inline_headlines(line: str) -> str:
    """The line without related links' labels and headlines written inside it: the headline is a run of
    capitalised words (and the few words a headline keeps in lower case), ended by the capitalised word
    that opens the text's next sentence (one followed by a plain lower-case word)."""
    out = line
    for m in reversed(list(_INLINE_LABEL.finditer(line))):
        words = list(re.finditer(r"\S+", line[m.end() :]))
        cut: int | None = len(line) - m.end() if 0 < len(words) <= 20 else None  # a headline ending the line
        for k, w in enumerate(words):
            word = w.group(0).strip("\"“”'(),:;")
            if not word:
                continue
            if word[:1].islower() and word.lower() not in _HEADLINE_LOWER:
                cut = words[k - 1].start() if k > 0 and words[k - 1].group(0)[:1].isupper() else None
                break
        if not cut:
            continue  # no headline to tell from the text after it: the label and what follows stay
        out = (out[: m.start()] + out[m.end() + cut :]).rstrip()
    return out


# A related link inside a paragraph: "... kata dia. (Baca juga: Judul Lain) Selanjutnya ..."
_INLINE_RELATED = re.compile(r"\s*[(\[]\s*baca\s+(?:juga|pula)?\s*:?[^)\]\n]{0,200}[)\]]", re.IGNORECASE)
# A breadcrumb: short navigation steps between separators ("Home > Berita > Daerah", "Beranda » Politik",
# "Berita / Kalimantan /"), read only near the top of the page
_CRUMB_SEP = re.compile(r"\s*(?:>|»|›|/|\|)\s*")
_CRUMB_START = re.compile(r"^(?:home|beranda|index|indeks|news|berita|depan)\b", re.IGNORECASE)


def _is_breadcrumb(line: str) -> bool:
    """A navigation trail: two or more short steps joined by '>', '»', '›', '/' or '|', no sentence."""
    s = line.strip()
    if len(s) > 160 or s.endswith((".", "?", "!", '"', "”")) or not _CRUMB_SEP.search(s):
        return False
    steps = [x for x in _CRUMB_SEP.split(s) if x.strip()]
    if not steps:
        return False
    trailing = bool(re.search(r"(?:>|»|›|/)\s*$", s))
    if _CRUMB_START.match(s) and len(steps) >= 2:
        return all(len(x.split()) <= 12 for x in steps)
    short = all(len(x.split()) <= 3 and len(x) <= 30 and not re.search(r"\d{1,2}[:.]\d{2}", x) for x in steps)
    seps = re.findall(r"(?:>|»|›)", s)
    return short and (trailing or len(seps) >= 2 or (len(seps) >= 1 and len(steps) >= 2))


_RELATED = re.compile(
    r"^(?:berita|artikel|postingan|baca)\s+(?:terkait|lainnya|juga|terpopuler|populer|pilihan|rekomendasi)\s*:?$|"
    r"^(?:terpopuler|rekomendasi|related\s+(?:posts?|articles?)|you\s+may\s+also\s+like)\s*:?$",
    re.IGNORECASE,
)
_TICKER = re.compile(r"^(?:headline|terpopuler|trending|news\s+ticker|breaking\s+news)\s*:?$", re.IGNORECASE)


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    dateline: str | None = None
    site: str | None = None
    author: str | None = None
    advertorial: bool = False
    published: date | None = None
    date_note: str | None = None


ESCAPED_QUOTE = re.compile(r"\\([\"'])")  # a quote escaped for a string literal the page was stored in


def normalise(raw: str) -> str:
    """Unicode NFC, Unix newlines, no BOM or NBSP, HTML line breaks as newlines, quotes without the backslash
    an escaping layer left before them (\\"Dari Polres ...,\\" tegas Kapolres; Jum\\'at)."""
    text = unicodedata.normalize("NFC", raw).replace("\ufeff", "")
    text = ESCAPED_QUOTE.sub(r"\1", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    text = re.sub(r"\s*<br\s*/?>\s*", "\n", text, flags=re.IGNORECASE)
    return text


def _is_related_list(lines: list[str], i: int) -> bool:
    """A run of "- Headline" bullets with no sentence end: a related-links list. (An item that ends with a comma
    or a semicolon is the text's own list: "- Ketua BP3OKP tentang capaian kinerja ...,".)"""
    line = lines[i].strip()
    return bool(re.match(r"^[-•*]\s+\S", line)) and not line.endswith((".", '?"', '."', ".”", ",", ";"))


def _introduced(keep: list[str]) -> bool:
    """The text kept so far ends on a line of its own that introduces a list ("Hadir dalam kegiatan tersebut :"):
    the bullets after it are the article's (those present, points of a speech), no related links."""
    last = next((x.strip() for x in reversed(keep) if x.strip()), "")
    return last.endswith(":") and len(last) > 12 and not _FURNITURE.match(last) and not _TICKER.match(last)


def _looks_like_headline(line: str) -> bool:
    s = line.strip()
    return 10 <= len(s) <= 200 and not s.endswith((".", ",", ";")) and read_dateline(s) is None and s.count(". ") < 2


def _date_line(line: str, reference: date | None) -> dates.DateMatch | None:
    """A line that is (mostly) a publication date: "Kompas.com - 01/03/2024, 09:45 WIB"."""
    s = line.strip()
    if len(s) > 90:
        return None
    found = dates.find_dates(s, reference)
    if not found:
        return None
    d = found[0]
    rest = (s[: d.start] + s[d.end :]).strip()
    rest = re.sub(
        rf"{_DOMAIN}|\b(?:wib|wita|wit|pukul|jam|diperbarui|dipublikasikan|diterbitkan|terbit|posted|on|update[d]?|oleh)\b|[\d:.,|/()-]",
        " ",
        rest,
        flags=re.I,
    )
    return d if d.has_year and len(rest.split()) <= 3 else None


def _dated_sentence(line: str, keep: list[str]) -> bool:
    """A date closing with a full stop after a paragraph of the body ("... dipimpin Ketua KPU.\nSenin
    (18/11/24)."): the body's sentence saying when, not the page's publication line."""
    return line.endswith(".") and any(len(k) > 100 for k in keep)


def kept_lines(keep: list[str]) -> int:
    return sum(1 for x in keep if x.strip())


def clean_text(raw: str, reference: date | None = None, title_hint: str | None = None) -> Cleaned:
    """Clean one article's text and read the metadata it carries."""
    lines = normalise(raw).split("\n")
    out = Cleaned(text="")
    keep: list[str] = []
    authors: list[str] = []
    published: date | None = None
    n = len(lines)
    filled = [k for k, x in enumerate(lines) if x.strip()]
    tail_from = filled[-3] if len(filled) >= 3 else 0  # the last three lines with words
    i = 0
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            keep.append("")
            i += 1
            continue
        if _RELATED.match(stripped):
            i += 1  # a related-links block: the heading, then headline-like lines and their dates
            while (
                i < n
                and lines[i].strip()
                and len(lines[i].strip()) < 160
                and not lines[i].strip().endswith((".", '"', "”"))
            ):
                i += 1
            continue
        # a long line that opens like furniture is kept, but not among the last lines after the body: a site's
        # pleas run on there ("Dapatkan update berita ... Tulis komentarmu ... Syarat & Ketentuan")
        short = len(stripped) <= FURNITURE_MAX or (i >= tail_from and kept_lines(keep) >= 3)
        if (short and _FURNITURE.match(stripped)) or stripped in {";", "*", "-", "|"}:
            i += 1
            if _TICKER.match(stripped) and i < n and len(lines[i].strip()) < 120:
                i += 1  # the teaser a "Headline"/"Terpopuler" ticker label introduces
            continue
        by = _BYLINE.match(stripped)
        if by:
            authors.append(by.group("who").strip())
            i += 1
            continue
        if _is_related_list(lines, i):
            j = i
            while j < n and (not lines[j].strip() or _is_related_list(lines, j)):
                j += 1
            if j - i >= 2:  # two or more bullets in a row
                if _introduced(keep):  # the article's own list, after the line that introduces it
                    keep.extend(x.strip() for x in lines[i:j])
                i = j
                continue
        if published is None and (i < 10 or i > n - 4) and not _dated_sentence(stripped, keep):
            when = _date_line(stripped, reference)
            if when is not None:
                published = when.value
                if when.weekday_mismatch:  # kept, and flagged for the analyst
                    out.date_note = f"weekday-mismatch: {when.weekday} for {when.value.isoformat()}"
                i += 1
                continue
        if kept_lines(keep) < 4 and _is_breadcrumb(stripped):
            i += 1  # the site's navigation trail at the top of the page
            continue
        if _INLINE_RELATED.search(stripped):
            stripped = _INLINE_RELATED.sub("", stripped).strip()
            if not stripped:
                i += 1
                continue
        stripped = _without_inline_headlines(stripped)
        nxt = next((x.strip() for x in lines[i + 1 : i + 3] if x.strip()), "")
        if re.match(r"^(?:home|beranda)\b", stripped, re.IGNORECASE) and nxt and stripped.endswith(nxt):
            i += 1  # a breadcrumb glued to the headline, which the next line repeats
            continue
        keep.append(stripped)
        i += 1

    # drop repeated headlines (sites print the title twice) and collapse blank runs
    body: list[str] = []
    for line in keep:
        if line and body and line.strip() == next((b.strip() for b in reversed(body) if b.strip()), None):
            continue
        if not line and (not body or not body[-1]):
            continue
        body.append(line)
    while body and not body[-1]:
        body.pop()

    # the code closing the article: "(BSG)." / "(Roro/adv)"
    if body:
        last = body[-1]
        m = _CODE_AT_END.search(last)
        if m and (
            m.start() == 0
            or last[m.start() - 1 : m.start()] in {".", " ", '"', "”"}
            or last[: m.start()].rstrip().endswith((".", '"', "”"))
        ):
            code = m.group("code").strip()
            if not re.fullmatch(r"\d+", code) and len(code.split()) <= 3:
                authors.append(code)
                if _ADV.search(f" {code} "):
                    out.advertorial = True
    if any(_ADV.fullmatch(a.strip()) or "/adv" in a.lower() for a in authors):
        out.advertorial = True
    if re.search(r"\b(?:advertorial|\(adv\)|/adv\))", raw, re.IGNORECASE):
        out.advertorial = True

    text = "\n".join(unwrap(body)).strip("\n")
    first_lines = [b for b in body if b.strip()][:4]
    if title_hint:
        out.title = title_hint.strip()
    elif first_lines and _looks_like_headline(first_lines[0]) and len(first_lines) > 1:
        out.title = first_lines[0].strip()
    best: tuple[int, int, tuple[str, str | None]] | None = None
    for rank, line in enumerate([b for b in body if b.strip()][:5]):
        dl = read_dateline(line.strip())
        if dl:
            sep_colon = bool(re.match(r"^[^:]{0,60}:\s", line.strip())) and not re.search(r"[|–—-]", line[:60])
            score = (2 if dl[1] else 0) + (0 if sep_colon else 1)
            if best is None or score > best[0]:
                best = (score, rank, dl)
    if best:
        out.dateline, site = best[2]
        out.site = out.site or site
    out.text = text
    out.author = "; ".join(dict.fromkeys(a for a in authors if a)) or None
    out.published = published
    return out


# A hard-wrapped text (an e-mail or a word processor's export) breaks every line near a fixed width,
# inside its sentences: "Komandan Apel yaitu Ipda\nIsfan Fajar Satrio". Its longest lines stay short.
WRAP_MAX_WIDTH = 120  # a text whose long lines (the 90th percentile) are longer is not hard-wrapped
WRAP_FULL_SHARE = 0.6  # a line filled to this share of the width or more was wrapped, a shorter one ended
WRAP_MIN_LINES = 6
_SENTENCE_END = re.compile(r"""[.!?:;"”’)\]]$""")


def unwrap(lines: list[str]) -> list[str]:
    """Lines of a hard-wrapped text joined where the wrap broke a sentence: a line filled to the
    width and ending with no sentence's end goes on in the next one. A text is taken for hard-wrapped
    when its lines after the first are mostly filled to a short width and at least two of them go on
    in lower case; any other text is returned as it is."""
    filled = [x.strip() for x in lines if x.strip()]
    if len(filled) < WRAP_MIN_LINES:
        return lines
    body = filled[1:]
    width = sorted(len(x) for x in body)[int(len(body) * 0.9) - 1]
    full = [len(x) >= WRAP_FULL_SHARE * width for x in body]
    goes_on = sum(1 for a, b in itertools.pairwise(body) if not _SENTENCE_END.search(a) and b[:1].islower())
    if width > WRAP_MAX_WIDTH or sum(full) < 0.5 * len(body) or goes_on < 2:
        return lines
    out: list[str] = []
    joining = False
    after_first = False
    for k, raw in enumerate(lines):
        line = raw.strip()
        if joining and line:
            out[-1] = f"{out[-1].rstrip()} {line}"
        else:
            out.append(raw)
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        joining = bool(
            line
            and nxt
            and not _SENTENCE_END.search(line)
            and len(line) >= WRAP_FULL_SHARE * width
            and (after_first or nxt[:1].islower())  # the first line (a headline?) goes on only into lower case
        )
        after_first = after_first or bool(line)
    return out


def read_dateline(line: str) -> tuple[str, str | None] | None:
    """The dateline place and outlet at the start of a body line, or None.

    "SINTANG | Pojokkalbar.com- ..." -> ("SINTANG", "Pojokkalbar.com");
    "REPUBLIKA.CO.ID, PAMEKASAN -- ..." -> ("PAMEKASAN", "REPUBLIKA.CO.ID");
    "jpnn.com - SENGETI – ..." -> ("SENGETI", "jpnn.com"); "BOGOR (BJN) - ..." -> ("BOGOR", "BJN").
    """
    site: str | None = None
    alone = re.fullmatch(rf"({_PLACE})\s*[-–—|:]+", line.strip())
    if alone:  # a dateline on a line of its own: "Tanjabtimur-"
        return alone.group(1), None
    rest = line
    for _ in range(3):
        m = _LEAD.match(rest)
        if not m or len(rest) - m.end() < 15:
            return None
        parts = [p.strip() for p in re.split(r"[,|]", m.group("pre")) if p.strip()]
        place = None
        if parts and parts[0].upper() in _NOT_PLACES:
            return None
        for part in parts:
            if _OUTLET.search(part) and len(parts) > 1:
                site = site or part
                continue
            paren = re.fullmatch(r"(.+?)\s*\(([\w .]{2,20})\)", part)
            if paren:
                part, site = paren.group(1).strip(), site or paren.group(2)
            if re.fullmatch(_DOMAIN, part) or re.fullmatch(r"[A-Z]{2,}\.(?:TV|COM)", part):
                site = site or part
            elif place is None and re.fullmatch(_PLACE, part) and (part.isupper() or len(part.split()) <= 3):
                place = part
            elif place is not None and re.fullmatch(r"[A-Z]{2,6}", part) and site is not None:
                continue  # a province abbreviation after the town: "Mataram, NTB (ANTARA News)"
            elif place is not None and site is None and len(part) <= 25:
                site = part
            else:
                return None
        if place:
            after = re.match(rf"({_DOMAIN})\s*[-–—|:]+", rest[m.end() :])
            return place, site or (after.group(1) if after else None)
        rest = rest[m.end() :]  # the outlet alone came first: "jpnn.com - SENGETI – ..."
    return None
