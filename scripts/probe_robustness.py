"""Probe how extraction holds when the same articles are written the way other sites write them.

The dev articles of the tuned folds (all but the held-back fold, 4 of 5 by default) are rewritten
by perturbations that keep their gold labels true: curly quotes, no line breaks, one sentence per
line, "Name selaku Title" and "Name, Title," appositions, degrees around names, "Kab."/"Prov."
short forms, capitalised headlines, dates written in words, titles and administrative words misspelled as real
news prints them; and, changing the gold with the text, acronyms written out, each
official given a name no dev article holds and each kabupaten/kota swapped for another of its province
(a rule fitted to the dev articles' names and places falls there). Each variant is ingested and extracted
with kwd and scored with the shared score.py; a field that falls on a variant is a mechanism that
fits the dev articles' surface rather than the language. The held-back fold is never read.

    .venv/bin/python scripts/probe_robustness.py [VARIANT ...] [--hold 4/5] [--out DIR]

Prints, per variant, the overall score and every field that moves by 0.005 or more against the
unperturbed articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()

# a perturbation rewrites an article's text, and its gold where the rewrite changes what is true
Perturb = Callable[[str, dict], "str | tuple[str, dict]"]


def quotes(t: str, g: dict) -> str:
    return re.sub(r'"(\S[^"\n]*?)"', "\u201c\\1\u201d", t)


def one_paragraph(t: str, g: dict) -> str:
    return re.sub(r"\s*\n+\s*", " ", t).strip()


def sentence_lines(t: str, g: dict) -> str:
    return re.sub(r"(?:(?<=[a-z]{4}[.!?])|(?<=[a-z]{3}[.!?][\"\u201d])) (?=[A-Z\"\u201c])", "\n", t)


def caps_headline(t: str, g: dict) -> str:
    first, _, rest = t.partition("\n")
    if not rest or len(first) > 160 or first.rstrip().endswith((".", '"', "\u201d")):
        return t
    return first.upper() + "\n" + rest


def dates_in_words(t: str, g: dict) -> str:
    def word(m: re.Match[str]) -> str:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        return f"({d} {MONTHS[mo - 1]} {y})" if 1 <= mo <= 12 else m.group(0)

    return re.sub(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)", word, t)


def _gold_pairs(g: dict) -> list[tuple[str, str]]:
    return [(o["name"], o["title"]) for o in g.get("officials") or [] if o.get("title")]


def selaku(t: str, g: dict) -> str:
    for name, title in _gold_pairs(g):
        t = t.replace(f"{title} {name}", f"{name} selaku {title}", 1)
    return t


def apposition(t: str, g: dict) -> str:
    for name, title in _gold_pairs(g):
        i = t.find(f"{title} {name}")
        j = i + len(title) + 1 + len(name)
        if i >= 0 and t[j : j + 1] in {" ", ","}:
            t = t[:i] + f"{name}, {title}," + t[j:].lstrip(",")
    return t


def degrees(t: str, g: dict) -> str:
    for o in g.get("officials") or []:
        m = re.search(r"(?<=[ \n])" + re.escape(o["name"]) + r"(?=[ ,.])", t)
        if m and not re.match(r",?\s*(?:S\.|M\.|SH|SE|MM|MH|MSi)", t[m.end() : m.end() + 12]):
            t = t[: m.start()] + f"Drs. H. {o['name']}, M.Si" + t[m.end() :]
    return t


def lower_titles(t: str, g: dict) -> str:
    """Each official's title head written in lower case inside a sentence ("kata bupati Sintang Jarot
    Winarno"), as many sites write it."""
    for _, title in _gold_pairs(g):
        head = title.split()[0]
        if head[:1].isupper() and not head.isupper():
            t = re.sub(r"(?<=[a-z,] )" + re.escape(title) + r"\b", head.lower() + title[len(head) :], t)
    return t


def title_case_headline(t: str, g: dict) -> str:
    """The headline with every word capitalised ("Bupati Pimpin Rakor Jelang Pilkada"), as many sites print it."""
    first, _, rest = t.partition("\n")
    if not rest or len(first) > 160 or first.rstrip().endswith((".", '"', "\u201d")):
        return t
    return re.sub(r"\b([a-z])", lambda m: m.group(1).upper(), first) + "\n" + rest


def no_headline(t: str, g: dict) -> str:
    """The headline left out (a text whose title was stored apart): the first line when it reads as one."""
    first, _, rest = t.partition("\n")
    if not rest or len(first) > 160 or first.rstrip().endswith((".", '"', "\u201d")):
        return t
    return rest.lstrip("\n")


def short_admin_words(t: str, g: dict) -> str:
    return re.sub(r"\bProvinsi (?=[A-Z])", "Prov. ", re.sub(r"\bKabupaten (?=[A-Z])", "Kab. ", t))


# the same bodies and events in their long and short names
LONG_FORMS = {
    "KPU": "Komisi Pemilihan Umum",
    "Bawaslu": "Badan Pengawas Pemilu",
    "Pilkada": "Pemilihan Kepala Daerah",
    "Pileg": "Pemilihan Legislatif",
    "Pilpres": "Pemilihan Presiden",
    "Pemilu": "Pemilihan Umum",
    "Rakor": "Rapat Koordinasi",
    "rakor": "rapat koordinasi",
    "Forkopimda": "Forum Koordinasi Pimpinan Daerah",
    "Kesbangpol": "Kesatuan Bangsa dan Politik",
    "Polres": "Kepolisian Resor",
    "Polda": "Kepolisian Daerah",
    "ASN": "Aparatur Sipil Negara",
    "Paslon": "Pasangan Calon",
    "paslon": "pasangan calon",
    "TPS": "Tempat Pemungutan Suara",
    "DPT": "Daftar Pemilih Tetap",
}


def long_forms(t: str, g: dict) -> tuple[str, dict]:
    """Acronyms written out ("KPU" -> "Komisi Pemilihan Umum"); the gold's venues and titles follow, as the text
    now names them."""

    def spell(s: str) -> str:
        return re.sub(r"\b(" + "|".join(LONG_FORMS) + r")\b(?![-/.]\w)", lambda m: LONG_FORMS[m.group(1)], s)

    g = json.loads(json.dumps(g))
    for o in g.get("officials") or []:
        o["title"] = spell(o["title"] or "") or o["title"]
    for meeting in g.get("meetings") or []:
        if meeting.get("venue"):
            meeting["venue"] = spell(meeting["venue"])
    return spell(t), g


def short_forms(t: str, g: dict) -> str:
    short = {v: k for k, v in LONG_FORMS.items()}
    pattern = r"\b(" + "|".join(sorted(map(re.escape, short), key=len, reverse=True)) + r")\b"
    return re.sub(pattern, lambda m: short[m.group(1)], t)


def no_dateline(t: str, g: dict) -> str:
    """The dateline cut from the lead ("SINTANG, Kabar.id - Bupati ..." -> "Bupati ..."), as sites that
    print the place elsewhere on the page give it."""
    from kewaspadaan_cli.ingest.clean import _LEAD, read_dateline

    lines = t.split("\n")
    for i, line in enumerate(lines[:6]):
        if read_dateline(line.strip()):
            m = _LEAD.match(line.strip())
            rest = line.strip()[m.end() :] if m else line
            while True:  # "jpnn.com - SENGETI - ...": the outlet, then the place
                again = _LEAD.match(rest)
                if not again or not read_dateline(rest):
                    break
                rest = rest[again.end() :]
            lines[i] = rest
            break
    return "\n".join(lines)


# names no dev article holds, from the naming customs of the regions the news comes from (Javanese, Sundanese,
# Batak, Minang, Bugis-Makassar, Malay, Balinese, Dayak, Moluccan, Papuan, Chinese-Indonesian): people the
# rules never met, to tell a name read by its evidence from a name the rules were fitted to
GIVEN = (
    "Wiryawan Sutardjo Handoyo Prasetiyo Widiyanto Sukarmadji Purwadi Haryoko Margono Tugiman "
    "Ujang Dadang Yayat Mulyana Ruhiyat Batara Parlindungan Marihot Tumpal Sahat "
    "Darmawel Syafruddin Zulfadli Yendri Andalas Baharuddin Syamsuri Muhtar Rahmatia "
    "Nyoman Ngurah Yohanis Markus Yeremias Demianus Yakobus Niko Welem Otniel "
    "Hendrikus Filmon Ferdinand Rinaldi Jufri Marzuki Nurdin Ridwansyah Irwansyah Fachrurrozi "
    "Kuswanto Sugiyarto Wahyudin Lukman Yulianus Theresia Anastasia "
    "Sulastri Nurhayati Wulandari Kartini Rosmawati Murniati Fransiska Yuliana Magdalena Herlina"
).split()
FAMILY = (
    "Hutapea Sitompul Pardede Manurung Lubis Pohan "
    "Wandikbo Rumbiak Rumbrawer Mandowen Kaisiepo Ohee Latuconsina Pattimura "
    "Tuhumury Siahaya Makatita Rumagesan Lasut Mamesah Pangemanan Tumbelaka Sondakh Kalalo "
    "Tanamal Karim Sulaiman Djafar Mokodompit Paputungan Lamatenggo Dunggio Podungge Hulopi "
    "Suryadinata Wirananda Gunawijaya Kusumawardana Prawiranegara Adiwinata Suparno Sutisna "
    "Wirawan Hidayatullah Batubara Rangkuti Tarigan "
    "Sinulingga Saragih Damanik Sianturi Gultom"
).split()
KEEP_NAME_WORDS = {"muhammad", "mohammad", "moh", "muh", "abdul", "ahmad", "bin", "binti", "dan", "van", "de"}


def _pick(pool: list[str], word: str, used: set[str]) -> str:
    i = int(hashlib.sha256(word.encode("utf-8")).hexdigest(), 16)
    for k in range(len(pool)):
        cand = pool[(i + k) % len(pool)]
        if cand not in used:
            used.add(cand)
            return cand
    return pool[i % len(pool)]


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    from kewaspadaan_cli.lexicons import read_rows

    return frozenset(w.lower() for r in read_rows("regions.tsv") for w in r["bare"].split())


def unseen_names(t: str, g: dict) -> tuple[str, dict]:
    """Each official's name written as another person's, one no dev article holds: every word of the gold
    name replaced wherever it stands alone in the text ("Jarot Winarno ... Jarot" -> "Teguh Simanjuntak
    ... Teguh"), in its own case; the gold follows. A word that is also a place's or a common name part
    (Muhammad, Abdul) stays."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for o in g.get("officials") or []:
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", o["name"]) if len(w) > 2]
        for k, w in enumerate(words):
            low = w.lower()
            if low in KEEP_NAME_WORDS or low in _place_words() or w in mapping:
                continue
            pool = FAMILY if k == len(words) - 1 and len(words) > 1 else GIVEN
            mapping[w] = _pick(pool, low, used)
    if not mapping:
        return t, g

    def swap(m: re.Match[str]) -> str:
        w = m.group(0)
        for src, dst in mapping.items():
            if w == src:
                return dst
            if w == src.upper():
                return dst.upper()
        return w

    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for k in mapping for w in {k, k.upper()}) + r")\b")
    g = json.loads(json.dumps(g))
    for o in g.get("officials") or []:
        o["name"] = pattern.sub(swap, o["name"])
    for meeting in g.get("meetings") or []:
        if meeting.get("chair"):
            meeting["chair"] = pattern.sub(swap, meeting["chair"])
    return pattern.sub(swap, t), g


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, dict[str, str]], dict[str, list[str]], set[str], dict[str, int]]:
    """Kabupaten/kota by code, the other written names of each code, capitals, and how many regions
    (of any level) carry each bare name."""
    from kewaspadaan_cli.lexicons import read_rows

    rows = list(read_rows("regions.tsv"))
    by_code = {r["code"]: r for r in rows if r["type"] in {"kabupaten", "kota"}}
    aliases: dict[str, list[str]] = {}
    for r in read_rows("region_aliases.tsv"):
        aliases.setdefault(r["code"], []).append(r["alias"])
    capitals = {r["capital"] for r in read_rows("province_capitals.tsv")}
    bare_count: dict[str, int] = {}
    for r in rows:
        bare_count[r["bare"].lower()] = bare_count.get(r["bare"].lower(), 0) + 1
    return by_code, aliases, capitals, bare_count


def unseen_places(t: str, g: dict) -> tuple[str, dict]:
    """Each kabupaten/kota the gold names written as another of the same province and kind, one the
    article does not name ("Sintang" -> "Melawi"), wherever its bare name stands, in its own case; the
    gold's codes, titles and venues follow. A region the article also names by another form (Kutim), a
    province's capital, or a name that other regions or kecamatan share stays as it is."""
    by_code, aliases, capitals, bare_count = _places()
    low = t.lower()
    mapping: dict[str, str] = {}
    codes: dict[str, str] = {}
    for code in g.get("regions") or []:
        r = by_code.get(code)
        if r is None or code in capitals or bare_count.get(r["bare"].lower(), 0) > 1:
            continue
        if any(re.search(r"\b" + re.escape(a.lower()) + r"\b", low) for a in aliases.get(code, [])):
            continue
        if not re.search(r"\b" + re.escape(r["bare"]) + r"\b", t, re.IGNORECASE):
            continue
        longer = (o["bare"].lower() for o in by_code.values() if o["bare"].lower().startswith(r["bare"].lower() + " "))
        if any(x in low for x in longer):
            continue  # "Manggarai" in an article that also names Manggarai Barat
        siblings = sorted(
            c
            for c, o in by_code.items()
            if c.split(".")[0] == code.split(".")[0]
            and o["type"] == r["type"]
            and c not in (g.get("regions") or [])
            and c not in capitals
            and bare_count.get(o["bare"].lower(), 0) == 1
            and o["bare"].lower() not in low
            and o["bare"] not in mapping.values()
        )
        if not siblings:
            continue
        pick = siblings[int(hashlib.sha256(code.encode()).hexdigest(), 16) % len(siblings)]
        mapping[r["bare"]] = by_code[pick]["bare"]
        codes[code] = pick
    if not mapping:
        return t, g

    def place(m: re.Match[str]) -> str:
        w = m.group(0)
        dst = next(d for src, d in mapping.items() if re.sub(r"\s+", "", w.lower()) == src.replace(" ", "").lower())
        return dst.upper() if w.isupper() else dst

    # every spelling of the name: "Lombok timur", "Empatlawang", "SUMBA BARAT DAYA"
    pattern = re.compile(
        r"\b(?:" + "|".join(r"\s*".join(map(re.escape, k.split())) for k in mapping) + r")\b", re.IGNORECASE
    )
    swap = place
    g = json.loads(json.dumps(g))
    g["regions"] = [codes.get(c, c) for c in g.get("regions") or []]
    g["region"] = codes.get(g.get("region"), g.get("region"))
    for o in g.get("officials") or []:
        o["title"] = pattern.sub(swap, o["title"] or "") or o["title"]
    for meeting in g.get("meetings") or []:
        if meeting.get("venue"):
            meeting["venue"] = pattern.sub(swap, meeting["venue"])
    return pattern.sub(swap, t), g


# misspellings of title heads and administrative words that real regional news prints (the "Gubenur",
# "Kabupten"; "Sekertaris", "Propinsi" and "Kordinasi" are common in Indonesian writing)
TYPOS = {
    "Gubernur": "Gubenur",
    "Kabupaten": "Kabupten",
    "Sekretaris": "Sekertaris",
    "Provinsi": "Propinsi",
    "Koordinasi": "Kordinasi",
    "koordinasi": "kordinasi",
    "Kepolisian": "Kepolisan",
    "Komandan": "Komandam",
}


def typos(t: str, g: dict) -> str:
    """The first of each such word in an article misspelled, as one slip of the writer's; the rest as written."""
    for right, wrong in TYPOS.items():
        t = re.sub(r"\b" + right + r"\b", wrong, t, count=1)
    return t


VARIANTS: dict[str, Perturb] = {
    "base": lambda t, g: t,
    "quotes": quotes,
    "one_paragraph": one_paragraph,
    "sentence_lines": sentence_lines,
    "caps_headline": caps_headline,
    "title_case_headline": title_case_headline,
    "dates_in_words": dates_in_words,
    "selaku": selaku,
    "apposition": apposition,
    "degrees": degrees,
    "short_admin_words": short_admin_words,
    "lower_titles": lower_titles,
    "no_headline": no_headline,
    "long_forms": long_forms,
    "short_forms": short_forms,
    "no_dateline": no_dateline,
    "unseen_names": unseen_names,
    "unseen_places": unseen_places,
    "typos": typos,
}


def score(variant: str, articles: list[tuple[dict, str]], out: Path) -> dict:
    d = out / variant
    shutil.rmtree(d, ignore_errors=True)
    (d / "articles").mkdir(parents=True)
    golds = []
    for g, text in articles:
        got = VARIANTS[variant](text, g)
        text, g = got if isinstance(got, tuple) else (got, g)
        (d / "articles" / g["file"]).write_text(text, encoding="utf-8")
        golds.append(json.dumps(g, ensure_ascii=False) + "\n")
    gold = d / "gold.jsonl"
    gold.write_text("".join(golds), encoding="utf-8")
    kwd = str(ROOT / ".venv" / "bin" / "kwd")
    subprocess.run([kwd, "ingest", str(d / "articles"), "--data-dir", str(d / "data"), "--quiet"], check=False)
    subprocess.run([kwd, "extract", "--data-dir", str(d / "data"), "--quiet"], check=True)
    figures = d / "score.json"
    scorer = [sys.executable, str(EVAL / "score.py"), "--data", str(d / "data"), "--gold", str(gold)]
    subprocess.run([*scorer, "--json", str(figures)], check=True, capture_output=True)
    return json.loads(figures.read_text())


def flat(figures: dict, prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    for k, v in figures.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        elif isinstance(v, int | float) and not isinstance(v, bool):
            out[f"{prefix}{k}"] = float(v)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("variants", nargs="*", default=[v for v in VARIANTS if v != "base"])
    ap.add_argument("--hold", default="4/5", help="K/N: the fold never read (default 4/5)")
    ap.add_argument("--out", type=Path, default=None, help="keep the variants here (default: a temporary folder)")
    args = ap.parse_args()
    unknown = [v for v in args.variants if v not in VARIANTS]
    if unknown:
        ap.error(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    sys.path.insert(0, str(EVAL))
    from score import fold_of  # the shared scorer's folds, so the held-back fold is the same

    k, n = (int(x) for x in args.hold.split("/"))
    gold_rows = [json.loads(x) for x in (EVAL / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x]
    kept = [g for g in gold_rows if fold_of(g["file"], n) != k]
    articles = [(g, (EVAL / "dev" / "articles" / g["file"]).read_text(encoding="utf-8")) for g in kept]
    out = args.out or Path(tempfile.mkdtemp(prefix="kwd-probe-"))
    out.mkdir(parents=True, exist_ok=True)
    base = flat(score("base", articles, out))
    print(f"{len(kept)} articles (fold {k}/{n} held back); base overall {base.get('overall', 0):.3f}")
    for v in args.variants:
        got = flat(score(v, articles, out))
        moved = {f: got[f] - base[f] for f in got if f in base and abs(got[f] - base[f]) >= 0.005}
        shown = ", ".join(f"{f} {d:+.3f}" for f, d in sorted(moved.items()) if f != "overall")
        print(f"{v:18} overall {got.get('overall', 0):.3f}  {shown or 'no field moved'}")
    if args.out is None:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
