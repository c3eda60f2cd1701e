"""Regions named in an article, resolved to Kemendagri codes (the main region: ``region_main``).

Every province and kabupaten/kota is matched by its official forms ("Kabupaten Sintang", "Kab.
Sintang", "Kota Malang", "Provinsi Jambi", with the misspellings and old words real text has:
"Kabupten", "Propinsi", "Kotamadya"), its bare name ("Sintang"), the ways writers space it
("Tanjung Balai", "Bau-Bau", "Tojo Unauna") and the aliases of ``lexicons/region_aliases.tsv``
(Kaltara, Kutim, Tanjab Timur ..., with their admin words: "Kabupaten Kukar"); a kecamatan only when
written as "Kecamatan X"/"Kec. X". One Aho-Corasick automaton over all forms (about 59,000 keys: built
in ~0.2 s, ~40 MB), matched on lower-cased text; each hit must stand on word boundaries and be written
as a proper name (capitalised or upper-case). ``scripts/check_region_names.py`` lists the written forms
of every region that do not come back as it.

Ambiguity is resolved from context, as the annotation guide says: a bare name that a kota and a
kabupaten share is the kota unless the text shows the kabupaten (Bupati X, Pemkab X, Kabupaten X);
a bare name a province shares with its capital is the province unless the text shows the city; a
"weak" name (also an everyday word or a person's name) counts only with a place cue or inside a list of
regions. Street names, honorific-led person names and outlet names are not places.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kewaspadaan_cli.extract.base import Mention, longest_first
from kewaspadaan_cli.extract.matcher import Gated
from kewaspadaan_cli.lexicons import load, read_rows
from kewaspadaan_cli.patterns import EndAnchored, trie_pattern

KAB_CUES = EndAnchored(
    re.compile(
        r"(?:\b(?:bupati|wabup|wakil\s+bupati|pemkab|pemerintah\s+kabupaten|kabupaten|kab\.?|plt\.?\s+bupati|"
        r"pj\.?\s+bupati|pjs\.?\s+bupati|sekda\s+kabupaten|dprd\s+kabupaten|kapolres|polres|kejari|kajari|kodim|dandim|"
        r"kpu\s+kabupaten|bawaslu\s+kabupaten|cabup|cawabup|pilbup|pilkada\s+kabupaten)\s*)$",
        re.IGNORECASE,
    )
)
KOTA_CUES = EndAnchored(
    re.compile(
        r"(?:\b(?:wali\s*kota|walkot|wakil\s+wali\s*kota|pemkot|pemerintah\s+kota|kota|polresta|polrestabes|"
        r"kapolresta|kapolrestabes|pilwalkot|cawalkot|dprd\s+kota|kpu\s+kota|bawaslu\s+kota)\s*)$",
        re.IGNORECASE,
    )
)
# the offices and heads of a kecamatan: the bare name after them is a kecamatan's where one of the article's
# kabupaten holds a kecamatan of that name ("Camat Depok", "Polsek Depok Barat" in a Sleman article)
LOCAL_CUE_WORDS = (
    r"camat|sekcam|kapolsek|wakapolsek|polsek|mapolsek|koramil|danramil|makoramil|panewu|panwascam|"
    r"panwaslucam|ppk|muspika|forkopimcam|kapanewon|kemantren"
)
LOCAL_CUES = EndAnchored(re.compile(rf"(?:\b(?:{LOCAL_CUE_WORDS})(?:\s+\d{{1,4}})?\s*)$", re.IGNORECASE))
PROV_CUES = EndAnchored(
    re.compile(
        r"(?:\b(?:gubernur|wagub|wakil\s+gubernur|pemprov|pemerintah\s+provinsi|provinsi|prov\.?|propinsi|polda|"
        r"kapolda|wakapolda|kejati|kajati|korem|danrem|pilgub|cagub|cawagub|dprd\s+provinsi|kpu\s+provinsi|"
        r"bawaslu\s+provinsi|sekda\s+provinsi)\s*)$",
        re.IGNORECASE,
    )
)
PLACE_CUES = EndAnchored(
    re.compile(
        r"(?:\b(?:di|ke|dari|asal|wilayah|daerah|kawasan|warga|masyarakat|kabupaten|kab\.?|kota|bupati|"
        r"walikota|wali\s+kota|pemkab|pemkot|polres|polresta|kapolres|kapolresta|kpu|kpud|bawaslu|dprd|kodim|"
        r"kejari|pn|kesbangpol|se-?)\s*)$",
        re.IGNORECASE,
    )
)
# a person's honorific, an outlet, a building or a landform: a name up to three words after it is no region
NOT_PLACE_WORDS = (
    "h hj bapak ibu pak bu sdr tribun radar universitas stadion hotel bandara pelabuhan gunung sungai danau selat "
    "teluk pulau tanjung"
).split()
STREET_WORDS = ("jl", "jln", "jalan", "gang", "gg")
ROAD_KIND = r"(?:(?i:lintas|poros|trans)\s+)"  # a road between towns, named by them
NOT_PLACE_BEFORE = re.compile(
    r"(?:\b(?i:" + "|".join(NOT_PLACE_WORDS) + r")\.?\s+(?:[A-Z][\w'.-]*\s+){0,3}"
    # a street is named by the word right after "Jalan" (or after its kind: "jalan lintas Sumbawa", "Jalan Poros
    # Galesong", "Jalan Trans Sulawesi"); a place after the street's name is its town
    r"|\b(?i:" + "|".join(STREET_WORDS) + r")\.?\s*" + ROAD_KIND + r"?"
    # (a road between two towns is named by both: "Jalan Sekadau-Sintang", "jalan Lintas Medan – Banda Aceh")
    r"|\b(?i:" + "|".join(STREET_WORDS) + r")\.?\s*" + ROAD_KIND + r"?[A-Z][\w'.]*\s*[-–—]\s*)$",
)
POLICE_METRO = re.compile(r"\b(?:Ka|Waka)?[Pp]ol(?:da|res|resta|sek)\s+$")
# a dateline's bracket: the town at a line's start, "(", the outlet's word(s) before the region, ")" and a dash
_DATELINE_BRACKET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w .,'’-]{1,40}\([ \t]*(?:[\w.]+[ \t]+){1,2}$")
_DATELINE_BRACKET_AFTER = re.compile(r"[ \t]*\)[ \t]*[-–—:]")
# an outlet's domain around the name: "Papua-Barat.WahanaNews.co", "tribunjambi.com"
DOMAIN_TOKEN = re.compile(r"\.(?:com|co\.id|co|id|net|news|tv|info|web\.id|or\.id)\b", re.IGNORECASE)
NOT_PLACE_AFTER = re.compile(
    r"^(?:\.(?:com|co\.id|id|net|tv|co)\b|"
    r"\s+(?:Post|Pos|News|TV|Today|Online|FC|United|(?i:ekspress?|express|herald|independent|times))\b)"
)
log = logging.getLogger(__name__)
CONNECTORS = {"dan", "di", "ke", "bagian", "una", "da"}
WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    bare: str
    type: str  # provinsi, kabupaten, kota, kecamatan
    parent: str | None

    @property
    def level(self) -> int:
        return self.code.count(".")


@dataclass
class Gazetteer:
    regions: dict[str, Region]
    forms: dict[str, set[tuple[str, str]]]  # lower-cased form -> {(code, how)}
    weak: set[str]
    automaton: object = field(repr=False, default=None)
    by_bare: dict[str, list[str]] = field(default_factory=dict)


def _variants(name: str) -> set[str]:
    out = {name}
    if "Sumatera" in name:
        out.add(name.replace("Sumatera", "Sumatra"))
    if " " in name and len(name.split()) == 2:
        out.add(name.replace(" ", ""))
    if "-" in name:
        out.add(name.replace("-", " "))
        out.add(name.replace("-", ""))
    return out


# the first word of a compound place name that writers join to the next or split from it: "Tanjungpinang" and
# "Tanjung Pinang", "Labuhanbatu Utara" and "Labuhan Batu Utara", "Padanglawas" and "Padang Lawas"
COMPOUND_HEADS = (
    "air bandar banjar batang batu bau bukit fak gunung kota kuala kulon labuhan lhok lima lubuk muara "
    "muaro muko padang pagar palangka pangkal pare pasir pematang sawah sungai tana tanah tanjung tebing teluk toli "
    "tulang una way"
).split()
_HEAD_SPLIT = re.compile(r"^(" + "|".join(sorted(COMPOUND_HEADS, key=len, reverse=True)) + r")([a-z]{3,})$")
# the admin words as real text misspells or spelled them before ("Kabupten", "Propinsi", "Kotamadya")
KAB_PREFIXES: tuple[str, ...] = ("Kabupaten ", "Kab. ", "Kab ", "Kab.", "Kabupaten Administrasi ")
KAB_PREFIXES += ("Kabupten ", "Kabuapten ", "Kabupatan ", "Kabupeten ")
KOTA_PREFIXES = ("Kota ", "Kota Administrasi ", "Kota Adm. ", "Kotamadya ", "Kodya ")
PROV_PREFIXES = ("Provinsi ", "Prov. ", "Prov ", "Propinsi ", "Prop. ")


def _name_variants(name: str) -> set[str]:
    """The ways writers space a region's name: a compound's first word joined or split ("Tanjungbalai",
    "Tanjung Balai"), a doubled word with or without its hyphen ("Bau Bau", "Bau-Bau", "Baubau",
    "Tojo Una-Una", "Tojo Unauna")."""
    if name.startswith(("Kepulauan ", "Kep. ")):  # "Kep. Siau Tagulandang Biaro", "Kepulauan Siau ..."
        rest = name.split(" ", 1)[1]
        return {v for n in (f"Kepulauan {rest}", f"Kep. {rest}") for v in _name_variants_of(n)}
    return _name_variants_of(name)


def _name_variants_of(name: str) -> set[str]:
    words = name.replace("-", " ").split()
    out = {name, " ".join(words)}
    for i, w in enumerate(words):
        low = w.lower()
        m = _HEAD_SPLIT.match(low)
        if m and low not in COMPOUND_HEADS:  # "Labuhanbatu" -> "Labuhan Batu"
            split = [w[: len(m.group(1))], w[len(m.group(1)) :].capitalize()]
            out.add(" ".join([*words[:i], *split, *words[i + 1 :]]))
        half = len(low) // 2
        if len(low) >= 4 and len(low) % 2 == 0 and low[:half] == low[half:]:  # "Baubau" -> "Bau-Bau", "Bau Bau"
            head = w[:half]
            for sep in ("-", " "):
                out.add(" ".join([*words[:i], head + sep + head.capitalize(), *words[i + 1 :]]))
        if i + 1 < len(words):
            nxt = words[i + 1]
            joinable = low in COMPOUND_HEADS or low == nxt.lower()
            if joinable:  # "Padang Lawas Utara" -> "Padanglawas Utara"; "Una Una" -> "Unauna", "Una-Una"
                out.add(" ".join([*words[:i], w + nxt.lower(), *words[i + 2 :]]))
                if low == nxt.lower():
                    out.add(" ".join([*words[:i], w + "-" + nxt, *words[i + 2 :]]))
    return out


@cache
def gazetteer() -> Gazetteer:
    import ahocorasick

    regions: dict[str, Region] = {}
    for row in read_rows("regions.tsv"):
        regions[row["code"]] = Region(row["code"], row["name"], row["bare"], row["type"], row["parent"] or None)
    forms: dict[str, set[tuple[str, str]]] = defaultdict(set)
    by_bare: dict[str, list[str]] = defaultdict(list)

    def add(form: str, code: str, how: str) -> None:
        for v in _variants(form):
            forms[v.lower()].add((code, how))

    def add_named(r: Region, name: str, how: str) -> None:
        """A province's or kabupaten/kota's name (official or alias) with its admin-word forms."""
        prefixes = {"provinsi": PROV_PREFIXES, "kabupaten": KAB_PREFIXES, "kota": KOTA_PREFIXES}[r.type]
        for v in _name_variants(name):
            add(v, r.code, how)
            if any(v.lower().startswith(p.lower().strip()) for p in prefixes):
                continue  # the alias is itself written with its admin word ("Kab Bogor")
            for p in prefixes:
                add(p + v, r.code, "official")

    for r in regions.values():
        if r.type == "provinsi":
            add_named(r, r.name, "bare")
        elif r.type in {"kabupaten", "kota"}:
            add_named(r, r.bare, "bare")
            by_bare[r.bare.lower()].append(r.code)
        else:
            for p in ("Kecamatan ", "Kec. ", "Kec ", "Distrik ", "Kapanewon ", "Kemantren "):  # (the last two: DIY's)
                add(p + r.bare, r.code, "kecamatan")
                if r.name != r.bare:  # "Kecamatan Kota Tambolaka", not the kecamatan "Kota" of another regency
                    add(p + r.name, r.code, "kecamatan")
            if " " in r.bare:  # "Kuala Jambi" is a kecamatan, not the province: a blocker, never a mention
                forms[r.bare.lower()].add((r.code, "kecamatan-name"))
    # a kota whose name a kabupaten shares is also written "X Kota" ("Polres Pasuruan Kota", "Polres Malang Kota")
    for codes in by_bare.values():
        kinds = {regions[c].type for c in codes}
        if kinds == {"kabupaten", "kota"}:
            for c in codes:
                if regions[c].type == "kota":
                    add(f"{regions[c].bare} Kota", c, "official")
    weak: set[str] = set()
    for row in read_rows("region_aliases.tsv"):
        note = (row.get("note") or "").strip()
        if note == "capital" or row["code"] not in regions or regions[row["code"]].level > 1:
            add(row["alias"], row["code"], "capital" if note == "capital" else "alias")
        else:  # "Kukar" is also written "Kabupaten Kukar", "Siantar" "Kota Siantar", "Jabar" "Provinsi Jabar"
            add_named(regions[row["code"]], row["alias"], "alias")
        if note == "weak":
            weak.add(row["alias"].lower())
    for name in WEAK_BARE:
        weak.add(name.lower())
    auto = ahocorasick.Automaton()
    for form in forms:
        auto.add_word(form, form)
    auto.make_automaton()
    return Gazetteer(regions, dict(forms), weak, auto, dict(by_bare))


# bare names that are also everyday words or people's names: they count only with a place cue
WEAK_BARE = {
    "Banjar",
    "Batu",
    "Batu Bara",  # also coal ("tambang batu bara")
    "Bima",
    "Bone",
    "Buru",  # also "to hunt" ("Polisi Mulai Buru Provokator")
    "Kapuas",
    "Karo",  # also "Karo" (Kepala Biro) in police titles: "Karo Ops Polda", "Karo Penmas"
    "Kaur",
    "Lebak",
    "Lingga",
    "Malaka",
    "Metro",
    "Pati",
    "Puncak",
    "Serang",
    "Toba",  # also the lake, the Batak Toba people and the name of police operations ("Operasi Mantap Praja Toba")
}


@lru_cache(maxsize=65536)
def _proper(surface: str) -> bool:
    """Written as a proper name: every word capitalised or upper-case (connectors aside)."""
    words = WORD.findall(surface)
    if not words:
        return False
    for i, w in enumerate(words):
        if w.lower() in CONNECTORS and i > 0:
            continue
        if not w[0].isupper() and not w[0].isdigit():
            return False
    return True


@lru_cache(maxsize=65536)
def _admin_led(surface: str) -> bool:
    """An admin word and a name's first word capitalised, later words maybe not: "Kabupaten Sumba Barat daya",
    "Kota Tangerang selatan" (the admin word shows a region's name; the direction word is a typing slip)."""
    words = WORD.findall(surface)
    return len(words) >= 3 and words[0][0].isupper() and words[1][0].isupper()


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "@#_" or after.isalnum() or after == "_":
        return False
    if before == "." and start >= 2 and text[start - 2].isalnum():  # inside a domain
        return False
    return True


@dataclass
class _Hit:
    start: int
    end: int
    form: str
    options: set[tuple[str, str]]


# a strong cue that a region's name follows: an admin word, a regional body or office ("Kapolres Memberamo Tengah")
MISSPELT_CUE = re.compile(
    r"\b(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Polres|Polresta|Kapolres|Kapolresta|Bupati|Wali\s*[Kk]ota|Walikota|"
    r"Pemkab|Pemkot|Pemprov|Kodim|Dandim|Kesbangpol|KPU|Bawaslu|DPRD)\s+(?P<n>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)"
)
MISSPELT_MIN = 7  # letters: a shorter word is as often another word as a slip


@cache
def _spelled_forms() -> dict[tuple[int, str], list[str]]:
    """The province and kabupaten/kota names (no admin word, no kecamatan), by length and first letter."""
    gz = gazetteer()
    out: dict[tuple[int, str], list[str]] = defaultdict(list)
    for form, options in gz.forms.items():
        if " " in form and form.split()[0] in {"kabupaten", "kab.", "kab", "kota", "provinsi", "prov.", "prov"}:
            continue
        if any(how != "kecamatan" and gz.regions[c].level <= 1 for c, how in options):
            out[(len(form), form[:1])].append(form)
    return dict(out)


def _misspelt_hits(text: str, covered: list[_Hit]) -> list[_Hit]:
    """A region's name misspelled by one letter after a strong cue ("Kapolres Memberamo Tengah", "Kabupaten
    Temamggung"): the one province or kabupaten/kota one edit away, where the words are no region, plain word
    or known form (rapidfuzz Levenshtein distance)."""
    from rapidfuzz.distance import Levenshtein

    from kewaspadaan_cli.extract.names import is_common_word

    gz = gazetteer()
    out: list[_Hit] = []
    for m in MISSPELT_CUE.finditer(text):
        if any(h.start <= m.start("n") < h.end for h in covered):
            continue
        words = m.group("n").split()
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k]).lower()
            if len(cand) < MISSPELT_MIN or cand in gz.forms or all(is_common_word(x) for x in cand.split()):
                continue
            near = {
                f
                for n in (len(cand) - 1, len(cand), len(cand) + 1)
                for f in _spelled_forms().get((n, cand[:1]), ())
                if Levenshtein.distance(cand, f, score_cutoff=1) <= 1
            }
            if len(near) == 1:
                form = near.pop()
                end = m.start("n") + len(" ".join(words[:k]))
                out.append(_Hit(m.start("n"), end, form, gz.forms[form]))
                break
    return out


def _hits(text: str) -> list[_Hit]:
    gz = gazetteer()
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case changes length: fall back to casefold-free
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found: list[_Hit] = []
    for end_idx, form in gz.automaton.iter(lower):  # type: ignore[attr-defined]
        start = end_idx - len(form) + 1
        end = end_idx + 1
        if not _boundary(text, start, end):
            continue
        surface = text[start:end]
        options = gz.forms[form]
        if not _proper(surface) and not (_admin_led(surface) and any(how == "official" for _, how in options)):
            continue
        found.append(_Hit(start, end, form, options))
    found += _misspelt_hits(text, found)
    return longest_first(found)


# an abbreviation in brackets between a cue and the name: "Pemilihan Wali Kota (Pilwalkot) Gorontalo"
_BRACKETED_TAIL = re.compile(r"\s*\([^()\n]{1,20}\)\s*$")


def _cue(text: str, start: int, pattern: EndAnchored | re.Pattern[str]) -> bool:
    """Whether the words right before ``start`` end with one of ``pattern``'s cues, an abbreviation
    in brackets between them aside."""
    before = text[max(0, start - 60) : start]
    if pattern.search(before[-40:]):
        return True
    tail = _BRACKETED_TAIL.search(before) if before.rstrip().endswith(")") else None
    return tail is not None and bool(pattern.search(before[: tail.start()][-40:]))


_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_NOT_PLACE = frozenset(NOT_PLACE_WORDS + list(STREET_WORDS))


def _not_place_before(before: str) -> bool:
    """``NOT_PLACE_BEFORE.search(before)``, answered at once when none of the last four words ends
    with one of its words (the name follows such a word and at most three capitalised ones)."""
    if before.isascii():
        for word in before.split()[-4:]:
            low = (word[:-1] if word.endswith(".") else word).lower()
            if low[len(low.rstrip(_WORD_CHARS)) :] in _NOT_PLACE:  # the word's last run of letters and digits
                break
        else:
            return False
    return bool(NOT_PLACE_BEFORE.search(before))


def find_regions(text: str, *, dateline: str | None = None) -> list[Mention]:
    """Every province, kabupaten/kota (and written-out kecamatan) named, with its code."""
    gz = gazetteer()
    cue = cues()
    hits = _hits(text)
    dl_span = _dateline_span(text, dateline)
    # article-wide evidence for shared kab/kota names
    kab_seen: set[str] = set()
    kota_seen: set[str] = set()
    prov_seen: set[str] = set()
    for h in hits:
        bare = h.form
        if _cue(text, h.start, PROV_CUES) or any(
            how == "official" and gz.regions[c].type == "provinsi" for c, how in h.options
        ):
            prov_seen.add(_bare_of(h, gz))
        if _cue(text, h.start, KAB_CUES) or any(
            how == "official" and gz.regions[c].type == "kabupaten" for c, how in h.options
        ):
            kab_seen.add(_bare_of(h, gz))
        if _cue(text, h.start, KOTA_CUES) or any(
            how == "official" and gz.regions[c].type == "kota" for c, how in h.options
        ):
            kota_seen.add(_bare_of(h, gz))
        del bare
    mentions: list[Mention] = []
    article_kabs = {c for h in hits for c, how in h.options if gz.regions[c].level == 1 and how != "kecamatan"}
    # the kabupaten/kota holding a kecamatan the article names ("Kecamatan Rejoso" lies in Kabupaten Pasuruan)
    kec_parents = {gz.regions[c].parent or "" for h in hits for c, how in h.options if how == "kecamatan"}
    seen = _Seen(kab_seen, kota_seen, article_kabs, kec_parents, prov_seen)
    pending: list[tuple[_Hit, bool]] = []  # weak names without a cue: places only inside a list of places
    menus = _menu_lines(text, hits)
    for h in hits:
        if menus and any(a <= h.start < b for a, b in menus):
            continue  # "News Bola Daerah Sulawesi Sumatera Jabar Banten Jateng": a site's menu, not the article
        in_dateline = dl_span is not None and dl_span[0] <= h.start < dl_span[1]
        before = text[max(0, h.start - 60) : h.start]
        if _not_place_before(before) and not _cue(text, h.start, PLACE_CUES):
            continue
        if NOT_PLACE_AFTER.match(text[h.end : h.end + 12]):
            continue
        if h.form == "metro" and POLICE_METRO.search(before) and text[h.end : h.end + 2].strip()[:1].isupper():
            continue  # "Polda Metro Jaya", "Polres Metro Tangerang Kota": the police's name, not Kota Metro
        # a region's name that names something else after a word for a smaller place, a firm or an outlet:
        # "Desa Padang Tepong", "PT Riau Agrotama", "(Antara Maluku)", "KABAR BANTEN"
        if cue.attribute.search(before[-30:]):
            continue  # "rumah tradisional Papua", "Majelis Rakyat Papua": an attribute, no place named
        if _DATELINE_BRACKET_BEFORE.search(before) and _DATELINE_BRACKET_AFTER.match(text, h.end):
            continue  # "Dompu (Suara NTB) – ...": the outlet's name in the dateline's bracket
        if cue.names_other(before) and not any(how == "official" for _, how in h.options):
            continue
        if _in_domain(text, h.start, h.end):
            continue
        hows = {how for _, how in h.options}
        if h.form in gz.weak and hows <= {"bare", "alias"} and not in_dateline and not _uppercase_dateline(text, h):
            if not _cue(text, h.start, PLACE_CUES):
                pending.append((h, in_dateline))
                continue
        _mention(text, h, in_dateline, seen, mentions)
    if pending and mentions:
        _listed(text, pending, seen, mentions)
    return mentions


MENU_TOKEN = re.compile(r"[A-Z][\w'&/-]*|[&|»›>/-]")
MENU_MIN_REGIONS = 3  # a menu names several regions on one line


def _menu_lines(text: str, hits: list[_Hit]) -> list[tuple[int, int]]:
    """The lines that are a site's menu: only capitalised words, no punctuation, several regions' names."""
    per_line: dict[int, int] = {}
    for h in hits:
        start = text.rfind("\n", 0, h.start) + 1
        per_line[start] = per_line.get(start, 0) + 1
    out: list[tuple[int, int]] = []
    for start, n in per_line.items():
        if n < MENU_MIN_REGIONS:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        words = text[start:end].split()
        if len(words) > n and all(MENU_TOKEN.fullmatch(w) for w in words):
            out.append((start, end))
    return out


# an upper-case name opening a line, before the dateline's dash or comma: "SERANG - ", "BIMA, KOMPAS.com"
UPPER_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{0,40}\)\s*)?(?:[-–—|,:]|\s+[A-Z][A-Za-z.]*\s*[-–—|,])")


def _uppercase_dateline(text: str, h: _Hit) -> bool:
    """An upper-case weak name counts as a dateline where it opens a line (after at most a few upper-case
    words: "KOTA SERANG -", "TRIBUNNEWS.COM, BIMA -") and a dateline's dash or comma follows; a weak name
    in an upper-case headline ("POLISI SITA SABU") is no dateline."""
    surface = text[h.start : h.end]
    if not surface.isupper():
        return False
    line_start = text.rfind("\n", 0, h.start) + 1
    before = text[line_start : h.start]
    if before.strip() and (not before.isupper() or len(before.split()) > 3):
        return False
    return bool(UPPER_DATELINE_AFTER.match(text, h.end))


def _mention(
    text: str,
    h: _Hit,
    in_dateline: bool,
    seen: _Seen,
    mentions: list[Mention],
) -> bool:
    code, how = _resolve(text, h, h.options, seen)
    if code is None:
        return False
    r = gazetteer().regions[code]
    mentions.append(
        Mention.at(text, "region", h.start, h.end, code, detail={"level": r.type, "how": how, "dateline": in_dateline})
    )
    return True


# what stands between two names of a list: "Pasuruan, Lebak, dan Papua", "Jayawijaya, Puncak, Timor Tengah Selatan"
LIST_SEP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)")
LIST_AND = re.compile(r"\s*,?\s(?:dan|serta)\s+")


def _listed(text: str, pending: list[tuple[_Hit, bool]], seen: _Seen, mentions: list[Mention]) -> None:
    """A weak name ("Lebak", "Puncak", "Pati") with no place cue is a place where it stands in a list with a
    region's name: three names or more ("Pasuruan, Lebak, Papua") or two joined by "dan"/"serta" ("Pati dan
    Kudus"). Two names and one comma are no list: "Lapangan Benteng, Medan" names a field in Medan."""
    items: list[tuple[int, int, tuple[_Hit, bool] | None]] = [
        (m.start, m.end, None) for m in mentions if m.detail.get("how") != "capital"
    ]
    items += [(h.start, h.end, (h, dl)) for h, dl in pending]
    items.sort(key=lambda i: i[0])
    runs: list[list[tuple[int, int, tuple[_Hit, bool] | None]]] = []
    joined: list[bool] = []
    for item in items:
        if runs and runs[-1][-1][1] <= item[0] and LIST_SEP.fullmatch(text, runs[-1][-1][1], item[0]):
            joined[-1] = joined[-1] or bool(LIST_AND.fullmatch(text, runs[-1][-1][1], item[0]))
            runs[-1].append(item)
        else:
            runs.append([item])
            joined.append(False)
    for run, has_and in zip(runs, joined, strict=True):
        if (len(run) >= 3 or has_and) and any(p is None for _, _, p in run):
            for _, _, p in run:
                if p is not None:
                    _mention(text, p[0], p[1], seen, mentions)
    mentions.sort(key=lambda m: m.start)


def _in_domain(text: str, start: int, end: int) -> bool:
    """Is the name part of a web address ("Papua-Barat.WahanaNews.co")? A comma ends an address
    ("CEPOSONLINE.COM,JAYAPURA-Aksi": the dateline after the outlet's)."""
    a = start
    while a > 0 and not text[a - 1].isspace() and text[a - 1] != ",":
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace() and text[b] != ",":
        b += 1
    return bool(DOMAIN_TOKEN.search(text, end, b)) or (a < start and bool(DOMAIN_TOKEN.search(text, a, start)))


def _bare_of(h: _Hit, gz: Gazetteer) -> str:
    codes = [c for c, _ in h.options if c in gz.regions]
    return gz.regions[codes[0]].bare.lower() if codes else h.form


@dataclass(frozen=True)
class _Seen:
    """Article-wide evidence for a shared name: the bare names shown somewhere as a kabupaten (Bupati X), a
    kota (Wali Kota X) or a province (Gubernur X), the kabupaten/kota named, and those holding a kecamatan
    the article names."""

    kab: set[str]
    kota: set[str]
    kabs: set[str]
    kec_parents: set[str]
    prov: set[str]


def _resolve(text: str, h: _Hit, options: set[tuple[str, str]], seen: _Seen) -> tuple[str | None, str]:
    gz = gazetteer()
    kab_seen, kota_seen, article_kabs = seen.kab, seen.kota, seen.kabs
    official = [(c, how) for c, how in options if how in {"official", "alias"}]
    kec = [c for c, how in options if how == "kecamatan"]
    if options and all(how == "kecamatan-name" for _, how in options):
        return None, "kecamatan name"
    options = {(c, how) for c, how in options if how != "kecamatan-name"}
    local = _local_kecamatan(text, h, options, seen)
    if local is not None:
        return local, "kecamatan by its office"
    if options and all(how == "capital" for _, how in options):
        return sorted(c for c, _ in options)[0], "capital"
    options = {(c, how) for c, how in options if how != "capital"} or options
    if kec and not official:
        inside = [c for c in kec if gz.regions[c].parent in article_kabs]
        pick = inside if inside else kec
        return (pick[0], "kecamatan") if len(pick) == 1 else (None, "ambiguous kecamatan")
    codes = sorted({c for c, _ in options if gz.regions[c].level <= 1})
    if official:
        alias_codes = sorted({c for c, _ in official})
        if len(alias_codes) == 1 and not any(how == "bare" for _, how in options):
            return alias_codes[0], "official"
    if len(codes) == 1:
        return codes[0], "name"
    provinces = [c for c in codes if gz.regions[c].level == 0]
    kotas = [c for c in codes if gz.regions[c].type == "kota"]
    kabs = [c for c in codes if gz.regions[c].type == "kabupaten"]
    local_kab = _cue(text, h.start, KAB_CUES)
    local_kota = _cue(text, h.start, KOTA_CUES)
    if provinces:  # Jambi, Bengkulu, Gorontalo: the province unless the text shows the city or regency
        if local_kota and kotas:
            return kotas[0], "city by context"
        if local_kab and kabs:
            return kabs[0], "regency by context"
        if local_kab and kotas and not kabs:  # "Kajari Bengkulu": a district office where only the city exists
            return kotas[0], "city by context"
        # the text shows the city ("Pemerintah Kota Bengkulu") and never the province: a bare "Bengkulu" is the city
        bare = gz.regions[provinces[0]].bare.lower()
        if kotas and bare in kota_seen and bare not in seen.prov:
            return kotas[0], "city named elsewhere"
        return provinces[0], "province over its capital"
    if kotas and kabs:
        same = [k for k in kabs if gz.regions[k].bare == gz.regions[kotas[0]].bare]
        if local_kab and same:
            return same[0], "regency by context"
        if local_kota:
            return kotas[0], "city by context"
        # the article names a kecamatan of the kabupaten and none of the kota: "di Pasuruan ... Kecamatan Rejoso"
        if same and same[0] in seen.kec_parents and kotas[0] not in seen.kec_parents:
            return same[0], "regency holding a kecamatan named"
        bare = gz.regions[kotas[0]].bare.lower()
        if bare in kab_seen and bare not in kota_seen and same:
            return same[0], "regency named elsewhere"
        return kotas[0], "city by default"
    # two regions of the same kind sharing a name (Banjar): the one in a province the article names
    return codes[0], "first of several"


def _local_kecamatan(text: str, h: _Hit, options: set[tuple[str, str]], seen: _Seen) -> str | None:
    """The kecamatan a bare name after a kecamatan's office or head names ("Camat Depok", "Koramil 11 Depok"):
    one of that name in a kabupaten/kota the article names, not the region the name would be otherwise."""
    if not _cue(text, h.start, LOCAL_CUES):
        return None
    own = {c for c, _ in options}
    kecs = [c for c in kecamatan_codes().get(_bare_of(h, gazetteer()), ()) if c.rsplit(".", 1)[0] in seen.kabs - own]
    return kecs[0] if len(kecs) == 1 else None


@cache
def kecamatan_codes() -> dict[str, tuple[str, ...]]:
    """Each kecamatan's bare name (lower case) and the codes of the kecamatan so named (read by the main region
    and the name rules too)."""
    out: dict[str, list[str]] = defaultdict(list)
    for r in gazetteer().regions.values():
        if r.type == "kecamatan":
            out[r.bare.lower()].append(r.code)
    return {k: tuple(v) for k, v in out.items()}


def _dateline_span(text: str, dateline: str | None) -> tuple[int, int] | None:
    if not dateline:
        return None
    i = text.find(dateline)
    return (i, i + len(dateline)) if i >= 0 else None


def article_regions(mentions: Iterable[Mention]) -> list[str]:
    """Distinct province and kabupaten/kota codes, in order of first mention."""
    out: dict[str, None] = {}
    for m in mentions:
        if m.kind == "region" and m.canonical and m.canonical.count(".") <= 1 and m.detail.get("how") != "capital":
            out.setdefault(m.canonical, None)
    return list(out)


# a national body's name followed by a region's is a regional office ("BIN Daerah", "Kementerian Agama Kota X")
AFTER_NATIONAL = r"(?!\s+(?:Daerah|Provinsi|Kabupaten|Kota|Wilayah|[A-Z][a-z]+\s*(?:Utara|Selatan|Barat|Timur|Tengah)))"


@dataclass(frozen=True)
class _Cues:
    """The cue words of ``lexicons/region_cues.tsv`` as the patterns that read them."""

    national: re.Pattern[str]
    actor: re.Pattern[str]
    place_words: frozenset[str]
    speech_place: Gated  # a compiled pattern, tried only where one of its words occurs
    origin: re.Pattern[str]
    name_of_other: re.Pattern[str]
    attribute: re.Pattern[str]  # "rumah tradisional Papua": the name an attribute, not a place named
    # a visit's destination right after: "berkunjung ke Polres X", "meninjau Kabupaten X"
    visited: re.Pattern[str]
    # the words those names end with (lower-cased, then as written), None when not all ASCII
    other_ends: tuple[tuple[str, ...], tuple[str, ...]] | None = None

    def names_other(self, before: str) -> bool:
        """``name_of_other.search(before)``, answered at once when the last word before the name is
        none of those the pattern can end with (a name follows most words, not "Desa" or "PT")."""
        if self.other_ends is not None:
            stripped = before.rstrip()
            if len(stripped) == len(before) or not stripped:
                return False  # the pattern ends with whitespace and a word before it
            tail = stripped.rsplit(None, 1)[-1]
            folded, written = self.other_ends
            if tail.isascii() and not (tail.lower().endswith(folded) or tail.endswith(written)):
                return False
        return bool(self.name_of_other.search(before))


@cache
def _cues(digest: str) -> _Cues:
    words: dict[str, list[str]] = defaultdict(list)
    for row in read_rows("region_cues.tsv"):
        words[row["cue"]].append(row["term"])
    national = re.compile(r"\b(?:" + trie_pattern(words["national"]) + r")\b" + AFTER_NATIONAL)
    # the office's name, a unit's capitalised name running on, a bracketed acronym, the level word, then the region
    # (also the body's full name with the office's acronym in brackets: "Komisi Pemilihan Umum (KPU) Kota X")
    actor = re.compile(
        r"(?:\b(?:"
        + trie_pattern(words["actor"])
        + r"|(?:"
        + trie_pattern(words["actor_unit"])
        + r")(?:\s+(?:[A-Z][A-Za-z]*|dan))*?)"
        + r"(?:\s*\([A-Za-z]{2,12}\))?|\((?:"
        + trie_pattern(words["actor"])
        + r")\))(?:\s+(?:Provinsi|Prov\.?|Kabupaten|Kab\.?|Kota))?\s*$"
    )
    speech = Gated(re.compile(r"\b(?:" + trie_pattern(words["speech"]) + r")\b[^.\n]{0,60}$", re.IGNORECASE))
    origin = re.compile(r"\b(?:" + trie_pattern(words["origin"]) + r")\s+$", re.IGNORECASE)
    other = re.compile(
        r"(?:\b(?i:" + trie_pattern(words["smaller_place"]) + r")\.?|\b(?:" + trie_pattern(words["outlet"]) + r"))\s+$"
    )
    # the visit's word, "ke", up to four words of the office visited (or its bracketed acronym), the level word
    visited = re.compile(
        r"\b(?:"
        + trie_pattern(words["visit"])
        + r")\s+(?:ke\s+)?(?:(?:"
        + trie_pattern(words["visited_office"])
        + r"|\([A-Za-z]{2,12}\))\s+){0,4}(?:kabupaten\s+|kota\s+|kab\.\s*)?$",
        re.IGNORECASE,
    )
    folded = [w.split()[-1].lower() for w in words["smaller_place"]]
    written = [w.split()[-1] for w in words["outlet"]]
    ends = None
    if folded and written and all(w.isascii() for w in folded + written):
        ends = (tuple(sorted({*folded, *(w + "." for w in folded)})), tuple(sorted(set(written))))
    place_words = frozenset(w.lower() for w in words["place_word"])
    attribute = re.compile(r"\b(?i:" + trie_pattern(words["attribute"]) + r")\s+$")
    return _Cues(national, actor, place_words, speech, origin, other, attribute, visited, ends)


def cues() -> _Cues:
    """The region cues of the current lexicons (rebuilt when they change)."""
    return _cues(load().digest)


def region_name(code: str) -> str:
    r = gazetteer().regions.get(code)
    return r.name if r else code


def region_level(code: str) -> str | None:
    r = gazetteer().regions.get(code)
    return r.type if r else None


def main_region(
    text: str,
    mentions: Sequence[Mention],
    *,
    dateline: str | None = None,
    anchors: Sequence[int] = (),
    incident: bool = False,
) -> str | None:
    """Where the main activity or incident happens: read by ``region_main`` from these mentions."""
    from kewaspadaan_cli.extract.region_main import main_region as read

    return read(text, mentions, dateline=dateline, anchors=anchors, incident=incident)
