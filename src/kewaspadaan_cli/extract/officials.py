"""Officials: people with a public position, as Indonesian news writes them.

"Bupati Sintang, dr. H. Jarot Winarno, memimpin ..."; "Kapolres Pamekasan AKBP Nanang Chadarusman";
"Kepala Badan Kesbangpol Pemkab Tanjab Timur Sularto"; "Plt Bupati ... yang diwakili Asisten I Suhas
Purrojani"; "Jarot Winarno selaku Bupati Sintang". A title starts with a head of
``lexicons/positions.jsonl`` (with an acting mark Plt/Pj/Pjs/Plh before it) and runs over title words,
acronyms, unit codes, institution names and region names; the name follows, after a comma or a rank,
honorific or degree of ``lexicons/name_affixes.jsonl``, which are stripped. A person is listed once,
with the fullest title the text gives; later short mentions ("ujar Agus") point to the full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kewaspadaan_cli.extract.base import Mention
from kewaspadaan_cli.lexicons import load, read_rows
from kewaspadaan_cli.patterns import trie_pattern

TOKEN = re.compile(r"\(?[A-Za-z0-9][\w'’.&/-]*\)?|[,;:\"“”()]|[–—-]")
ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,3}|XI{1,3}|XIV|XV|XVI{0,3})$")
ACTING = {
    "plt": "Plt",
    "plt.": "Plt",
    "pj": "Pj",
    "pj.": "Pj",
    "pjs": "Pjs",
    "pjs.": "Pjs",
    "plh": "Plh",
    "plh.": "Plh",
    "penjabat": "Pj",
    "pelaksana": "Plt",
}
TITLE_WORDS = {
    "bidang",
    "bagian",
    "divisi",
    "komisi",
    "seksi",
    "sub",
    "subdit",
    "wilayah",
    "badan",
    "dinas",
    "kantor",
    "kepolisian",
    "resor",
    "sektor",
    "daerah",
    "provinsi",
    "prov.",
    "prov",
    "kabupaten",
    "kab.",
    "kab",
    "kota",
    "kecamatan",
    "kec.",
    "desa",
    "kelurahan",
    "pemerintahan",
    "umum",
    "administrasi",
    "kesejahteraan",
    "rakyat",
    "perekonomian",
    "ekonomi",
    "pembangunan",
    "hukum",
    "politik",
    "keamanan",
    "sosial",
    "humas",
    "intelkam",
    "intel",
    "reskrim",
    "operasi",
    "ops",
    "pengawasan",
    "penanganan",
    "pelanggaran",
    "sengketa",
    "teknis",
    "penyelenggaraan",
    "hubungan",
    "masyarakat",
    "partisipasi",
    "data",
    "informasi",
    "perencanaan",
    "logistik",
    "sdm",
    "fungsional",
    "dalam",
    "negeri",
    "luar",
    "jenderal",
    "jendral",
    "direktorat",
    "kementerian",
    "kementrian",
    "sekretariat",
    "setda",
    "setdakab",
    "satuan",
    "unit",
    "tim",
    "ahli",
    "forum",
    "kerukunan",
    "umat",
    "beragama",
    "kesatuan",
    "bangsa",
    "kewaspadaan",
    "nasional",
    "dini",
    "intelijen",
    "pemilu",
    "pemilihan",
    "pengadilan",
    "tinggi",
    "agama",
    "bina",
    "bangda",
    "keuangan",
    "kepegawaian",
    "pemuda",
    "olahraga",
    "pendidikan",
    "kesehatan",
    "perhubungan",
    "pertanian",
    "lingkungan",
    "kependudukan",
    "pencatatan",
    "sipil",
    "pengelola",
    "pum",
    "polpum",
    "ri",
    "republik",
    "indonesia",
    "dan",
    "&",
    "pemberdayaan",
    "statistik",
    "persandian",
    "komunikasi",
    "informatika",
    "kominfo",
    "diskominfo",
    "perempuan",
    "anak",
    "perlindungan",
    "kebudayaan",
    "pariwisata",
    "pekerjaan",
    "sumber",
    "alam",
    "sda",
    "pertanahan",
    "lembaga",
    "adat",
    "majelis",
    "dewan",
    "perwakilan",
    "pimpinan",
    "koordinasi",
    "penegakan",
    "integrasi",
    "kemanusiaan",
    "sat",
    "reserse",
    "kriminal",
    "khusus",
    "perlengkapan",
    "fasilitasi",
    "partai",
    "ketahanan",
    "ideologi",
    "wawasan",
    "kebangsaan",
    "pemerintah",
    "polres",
    "polda",
    "polsek",
    "polresta",
    "kodim",
    "korem",
    "kodam",
    "koramil",
    "kejari",
    "kejati",
    "panwaslih",
    "panwaslu",
    "panwascam",
    "bawaslu",
    "kesbangpol",
    "kesbang",
    "bakesbangpol",
    "kesbangpollinmas",
    "satpol",
    "pp",
    "wh",
    "dit",
    "subbid",
    "bid",
    "bag",
    "sie",
    "urusan",
    "pelaksana",
    "tugas",
    "harian",
    "administrator",
    "pratama",
    "madya",
    "utama",
    "muda",
    "inspektorat",
    "inspektur",
    "sekretaris",
    "asisten",
    "ii",
    "iii",
    "kasubag",
    "binmas",
    "lantas",
    "sabhara",
    "samapta",
    "propam",
    "tipikor",
    "tipidter",
    "pidum",
    "pidsus",
    "datun",
    "pengaduan",
    "aparatur",
    "negara",
    "kasn",
    "bappeda",
    "bapperida",
    "bpkd",
    "bpbd",
    "dpmd",
    "dukcapil",
    "psda",
    "mahkamah",
    "syariah",
    "syar'iyah",
    "konstitusi",
    "agung",
    "staf",
    "biro",
    "protokol",
    "pangan",
    "pusat",
    "penyuluhan",
    "pengembangan",
    "perdagangan",
    "pedagangan",
    "perindustrian",
    "otonomi",
    "otda",
    "ditjen",
    "direktur",
    "kepala",
    "koordinator",
    "menteri",
    "penmas",
    "penerangan",
    "brimob",
    "bko",
    "kasum",
    "dir",
    "jam",
    "perindag",
    "disperindag",
    "esdm",
    "energi",
    "mineral",
    "industri",
    "kasubdir",
    "pengamanan",
    "obyek",
    "vital",
    "objek",
    "penyidik",
    "kanwil",
    "instansi",
    "pusdiklat",
    "lapas",
    "rutan",
    "imigrasi",
    "bea",
    "cukai",
    "pajak",
    "bps",
    "distrik",
    "kelompok",
    "penyelenggara",
    "pemungutan",
    "suara",
    "tindak",
    "pidana",
    "direskrimum",
    "ditreskrimum",
    "dirreskrimum",
    "ditreskrimsus",
    "sekertaris",
    "penyelesaian",
    "lanal",
    "lanud",
    "kodaeral",
    "keistimewaan",
    "pemda",
    "kejagung",
    "penanggulangan",
    "bencana",
}
ACTING_HEADS = {"pelaksana tugas", "penjabat"}
RANKED_HEADS = {"kapolsek", "wakapolsek", "danramil", "kapospol"}
LOCAL_PREV = {"negeri", "polsek", "koramil", "kecamatan", "kec.", "distrik", "sektor", "cabang"}
LOCAL_HEADS = {
    "kajari",
    "kasi intel",
    "kasi pidum",
    "jaksa",
    "kapolsek",
    "wakapolsek",
    "danramil",
    "camat",
    "lurah",
    "kades",
    "kepala desa",
    "kepala pengadilan",
    "ketua pengadilan",
    "kapospol",
    "geuchik",
    "keuchik",
}
HEADLINE_VERBS = {
    "pimpin",
    "gelar",
    "buka",
    "hadiri",
    "ikuti",
    "minta",
    "imbau",
    "ajak",
    "tegaskan",
    "sebut",
    "pastikan",
    "harap",
    "harapkan",
    "serahkan",
    "terima",
    "resmikan",
    "lantik",
    "kunjungi",
    "tinjau",
    "beri",
    "sampaikan",
    "jadi",
    "apresiasi",
    "dorong",
    "ingatkan",
    "launching",
    "luncurkan",
    "bahas",
    "paparkan",
    "tekankan",
    "siap",
    "siapkan",
    "jamin",
    "larang",
    "bantah",
    "akui",
    "tanggapi",
    "soroti",
    "perintahkan",
}
NOT_A_PERSON_BEFORE = re.compile(
    r"(?:Kantor|Rumah\s+Jabatan|Rujab|Pendopo|Pendapa|Aula|Gedung|Ruang|Halaman|Mapolres|Rumdin|Rumah\s+Dinas)\s+$"
)
STOP_NAME = {
    "dalam",
    "saat",
    "pada",
    "yang",
    "ini",
    "itu",
    "selaku",
    "beserta",
    "bersama",
    "didampingi",
    "serta",
    "juga",
    "dan",
    "atau",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "oleh",
    "melalui",
    "mewakili",
    "diwakili",
    "menurut",
    "kata",
    "ujar",
    "dia",
    "ia",
    "beliau",
    "pihaknya",
    "kami",
    "kita",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "menyampaikan",
    "mengatakan",
    "menjelaskan",
    "sementara",
    "adapun",
    "tersebut",
    "setempat",
    "terpilih",
    "nomor",
    "urut",
    "periode",
    "masa",
    "jabatan",
    "tahun",
    "se",
    "para",
    "sebagai",
    "hadir",
    "turut",
    "tampak",
    "the",
    "rapat",
    "rakor",
    "kegiatan",
    "acara",
    "pilkada",
    "pemilu",
    "diantaranya",
    "antara",
    "senada",
    "saya",
    "soal",
    "terkait",
    "usai",
    "sebelumnya",
    "namun",
}
SPEECH = r"(?:ujar|kata|ungkap|ucap|jelas|tegas|terang|papar|tutur|sebut|tambah|imbuh|pungkas|lanjut|tandas|tukas)"


@cache
def _dictionary() -> frozenset[str]:
    """Sastrawi's root words: a one-word "name" that is a plain word is no name."""
    from importlib import resources

    data = resources.files("Sastrawi").joinpath("Stemmer/data/kata-dasar.txt").read_text(encoding="utf-8")
    words = {w.strip().lower() for w in data.split() if w.strip()}
    return frozenset(words - NAME_WORDS)


NAME_WORDS = {
    "agus",
    "jaya",
    "putra",
    "putri",
    "indah",
    "budi",
    "dewi",
    "sri",
    "bambang",
    "rahmat",
    "slamet",
    "hendra",
    "eko",
    "dedi",
    "andi",
    "ahmad",
    "iwan",
    "yusuf",
    "wahyu",
    "bayu",
    "teguh",
    "made",
    "gede",
    "nyoman",
    "ketut",
    "putu",
    "wayan",
    "kadek",
    "komang",
    "hadi",
    "santoso",
    "setiawan",
    "abdul",
    "arif",
    "arifin",
    "harahap",
    "panjang",
    "panji",
    "tangkas",
    "lanang",
    "mulia",
    "asmara",
    "bahar",
    "bakar",
    "sakti",
    "candra",
    "cahya",
    "bintang",
    "surya",
    "purnama",
    "lestari",
    "ayu",
    "wati",
    "adi",
    "dana",
    "dian",
    "fajar",
    "iman",
    "intan",
    "kurnia",
    "lukman",
    "rizki",
    "sinar",
    "tomas",
    "agung",
    "hakim",
    "halim",
    "karim",
    "rahman",
    "rusli",
    "sabar",
    "syukur",
    "taufik",
    "wira",
    "yunus",
    "zainal",
}


def _is_affixed(word: str) -> bool:
    from kewaspadaan_cli.nlp import stem

    return stem(word) != word and stem(word) in _dictionary()


DERIVED = re.compile(
    r"^(?:di|me[mn]?|meng|meny|pe[mn]|peng|peny|ber|ter|ke|se)\w{3,}$|^\w{4,}(?:an|kan)$", re.IGNORECASE
)


def _is_derived(word: str) -> bool:
    """A word with a plain Indonesian affix around a dictionary root ("dilarang", "pendaftaran")."""
    w = word.lower()
    return bool(DERIVED.match(w)) and w not in NAME_WORDS and _is_affixed(w)


@dataclass
class Official:
    name: str
    title: str
    institution: str | None
    acting: str | None
    start: int  # the name's span
    end: int
    title_start: int | None = None
    title_end: int | None = None
    region_code: str | None = None
    aliases: list[tuple[int, int]] = field(default_factory=list)

    def mentions(self, text: str | None = None) -> list[Mention]:
        out = [
            Mention(
                "official",
                self.start,
                self.end,
                self._surface(text, self.start, self.end),
                self.name,
                detail={"title": self.title, "acting": self.acting},
            )
        ]
        if self.title_start is not None and self.title_end is not None:
            out.append(
                Mention(
                    "title",
                    self.title_start,
                    self.title_end,
                    self._surface(text, self.title_start, self.title_end),
                    self.institution,
                    detail={"name": self.name},
                )
            )
        for s, e in self.aliases:
            out.append(Mention("official", s, e, self._surface(text, s, e), self.name, detail={"short": True}))
        return out

    def _surface(self, text: str | None, s: int, e: int) -> str:
        return (text or self._text)[s:e]

    _text: str = ""


@dataclass(frozen=True)
class _Lex:
    heads: dict[str, tuple[str | None, str | None]]  # lower-cased head -> (institution, acting)
    head_re: re.Pattern[str]
    ranks: set[str]
    ranks_multi: list[list[str]]
    honorifics: set[str]
    degrees: set[str]
    inst_words: dict[str, str]
    national: frozenset[str] = frozenset()  # heads whose titles never end in a region name


@cache
def _lex_for(digest: str) -> _Lex:
    heads: dict[str, tuple[str | None, str | None]] = {}
    national = set()
    for r in read_rows("positions.jsonl"):
        heads[r["title"].lower()] = (r.get("institution"), r.get("acting"))
        if r.get("scope") == "national":
            national.add(r["title"].lower())
    head_re = re.compile(
        r"(?<![\w.])(?:(?P<acting>Plt|Pj|Pjs|Plh|PLT|PJ|PJS|PLH)\.?\s+)?(?P<head>" + trie_pattern(heads) + r")(?![\w])",
        re.IGNORECASE,
    )
    ranks, honor, degrees = set(), set(), set()
    ranks_multi: list[list[str]] = []
    for r in read_rows("name_affixes.jsonl"):
        for t in r.get("terms", []):
            (ranks if r["kind"] == "rank" else honor if r["kind"] == "honorific" else degrees).add(
                t.lower().rstrip(",.")
            )
            if r["kind"] == "rank" and " " in t:
                ranks_multi.append(t.lower().split())
    inst_words: dict[str, str] = {}
    for r in read_rows("institutions.jsonl"):
        for t in r.get("terms", []):
            inst_words.setdefault(t.lower(), r["id"])
    return _Lex(heads, head_re, ranks, ranks_multi, honor, degrees, inst_words, frozenset(national))


def _lex() -> _Lex:
    return _lex_for(load().digest)


def _tokens(text: str, start: int, limit: int = 240) -> list[tuple[int, int, str]]:
    out = []
    for m in TOKEN.finditer(text, start, min(len(text), start + limit)):
        out.append((m.start(), m.end(), m.group(0)))
    return out


def _bare(tok: str) -> str:
    return tok.strip("()").rstrip(",").lower()


def _is_affix(tok: str, lex: _Lex) -> bool:
    b = _bare(tok).rstrip(".")
    return b in lex.ranks or b in lex.honorifics or b in lex.degrees or _bare(tok) in lex.honorifics


@cache
def _kecamatan_names() -> frozenset[str]:
    from kewaspadaan_cli.extract.regions import gazetteer

    return frozenset(r.bare.lower() for r in gazetteer().regions.values() if r.type == "kecamatan")


def _region_len(text: str, pos: int, kecamatan: bool = False) -> int:
    """Length of a region or kecamatan name (with Kab./Kota prefix) starting at ``pos``, or 0."""
    from kewaspadaan_cli.extract.regions import gazetteer

    gz = gazetteer()
    kec = _kecamatan_names()
    best = 0
    lower = text[pos : pos + 60].lower()
    # try the longest prefixes made of whole words
    ends = [m.end() for m in re.finditer(r"[\w.'-]+", lower)]
    for e in ends[:5]:
        cand = (
            lower[:e].rstrip(".")
            if lower[:e].endswith(".") and not lower[:e].endswith(("kab.", "prov.", "kec."))
            else lower[:e]
        )
        if (cand in gz.forms or (kecamatan or " " in cand) and cand in kec) and text[pos].isupper():
            best = len(cand)
    return best


def _title_word(tok: str, lex: _Lex) -> bool:
    b = _bare(tok)
    if ROMAN.match(tok.strip("(),")) or re.match(r"^\d[\d/.-]*[A-Za-z]*(?:/[\w.-]+)*$", tok) or "/" in tok:
        return True
    if b in TITLE_WORDS or b.rstrip(".") in TITLE_WORDS or b in lex.inst_words:
        return True
    if tok.startswith("(") and tok.endswith(")") and len(tok) <= 16:
        return True  # "(Kapolres)"
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(tok) <= 13 and _bare(tok) not in lex.ranks


def _read_name(text: str, toks: list[tuple[int, int, str]], i: int, lex: _Lex) -> tuple[int, int, str, int] | None:
    """A name starting at token i (after skipping affixes): (start, end, clean name, next token index)."""
    n = len(toks)
    while i < n and (_is_affix(toks[i][2], lex) or toks[i][2] in {"."}):
        i += 1
    words: list[tuple[int, int, str]] = []
    j = i
    while j < n and len(words) < 5:
        s, e, tok = toks[j]
        core = tok.rstrip(",.")
        if not core or not core[0].isupper() and not (words and core in {"bin", "binti", "de", "van", "al"}):
            break
        if core.lower() in STOP_NAME or core.lower() in HEADLINE_VERBS or (core.lower() in lex.heads and words):
            break
        if _is_affix(tok, lex) and words:
            break  # a degree after the name
        if tok.startswith(("(", '"', "“")):
            break
        words.append((s, s + len(core), core))
        j += 1
        if tok.endswith(",") or (tok.endswith(".") and len(core) > 2):
            break
    while words and (_is_affix(words[-1][2], lex) or words[-1][2].lower() in STOP_NAME):
        words.pop()
    if not words:
        return None
    first = words[0][2].lower()
    if first in lex.heads or first in lex.inst_words or first in TITLE_WORDS or first in STOP_NAME:
        return None
    name = " ".join(w for _, _, w in words)
    if len(name) < 3 or name.isupper() and len(words) == 1 and len(name) <= 4:
        return None
    if re.search(r"[A-Za-z]-[A-Z]", name) or "/" in name:
        return None  # a candidate pair ("Asmani-Syarul") or "Bupati/Wali Kota"
    from kewaspadaan_cli.extract.regions import gazetteer

    if name.lower() in gazetteer().forms or any(w[2].lower() in {"wali", "walikot", "walikota"} for w in words):
        return None  # "Sulawesi Tenggara", "Wali Kota": a place or a title, not a person
    w0 = words[0][2].lower()
    if w0 in _dictionary() and (len(words) == 1 or _is_affixed(w0)):
        return None  # "Saya", "Mereka", "Dipukul Warga": words, not a name
    derived = [_is_derived(w[2]) for w in words]
    if sum(derived) >= 2 or derived[0] and all(w[2].lower() in _dictionary() for w in words[1:]):
        return None  # "Pendaftaran Pasangan Calon Dilarang Konvoi": a headline, not a name
    if any(w[2].isupper() and len(w[2]) > 4 for w in words):
        return None  # "INDONESIADalam", shouting headlines
    return words[0][0], words[-1][1], name, j


def _title_then_name(text: str, m: re.Match[str], lex: _Lex) -> Official | None:
    head = m.group("head")
    inst, acting = lex.heads.get(re.sub(r"\s+", " ", head.lower()), (None, None))
    if m.group("acting"):
        acting = ACTING.get(m.group("acting").lower(), m.group("acting"))
    if not head[0].isupper() and not m.group("acting"):
        pass  # lower-case titles ("wakil bupati") still count when a name follows
    toks = _tokens(text, m.end())
    i = 0
    title_end = m.end()
    n = len(toks)
    local_head = re.sub(r"\s+", " ", head.lower()) in LOCAL_HEADS
    national = re.sub(r"\s+", " ", head.lower()) in lex.national
    unit = False
    # a rank within a few words ends the title: "Danlanud El Tari Marsma TNI ...", "Kapolsek X AKP Y"
    for k in range(min(n, 7)):
        tk = toks[k][2]
        if (
            tk in {",", ";", ":", '"', "“", "”"}
            or "." in text[m.end() : toks[k][0]].replace("Kab.", "").replace("Prov.", "")
            or (tk[:1].islower() and tk.lower() not in TITLE_WORDS)
        ):
            break
        if _bare(tk).rstrip(".") in lex.ranks and k > 0:
            title_end = toks[k - 1][0] + len(toks[k - 1][2].rstrip(",."))
            got = _read_name(text, toks, k, lex)
            if got is None:
                return None
            s0, e0, name0, _ = got
            title = re.sub(r"\s+", " ", text[m.start() : title_end]).strip(" ,")
            return Official(
                clean_name(name0, lex), title, _institution(title, inst, lex), acting, s0, e0, m.start(), title_end
            )
    while i < n:
        s, e, tok = toks[i]
        if "." in text[title_end:s] or "\n" in text[title_end:s]:
            break
        if tok.lower().rstrip(",") in lex.heads and tok[0].isupper() and (i or head.lower() not in ACTING_HEADS):
            break  # the next person's title (but "Pelaksana Tugas Dirjen ..." is one title)
        if unit and tok[0].isupper() and not _is_affix(tok, lex) and tok not in {",", "(", ")"}:
            title_end = s + len(tok.rstrip(",."))
            i += 1
            if tok.endswith((",", ".")):
                break
            continue  # the name of a unit after its number: "Danrem 012/Teuku Umar"
        unit = ("/" in tok and tok.rstrip(",.")[-1:].isalpha()) or bool(re.fullmatch(r"\d{2,5}", tok))
        if tok == "," and i + 1 < n and _region_len(text, toks[i + 1][0]) and i + 2 < n:
            nxt_end = toks[i + 1][0] + _region_len(text, toks[i + 1][0])
            after = next((t for t in toks if t[0] >= nxt_end), None)
            if after and (after[2].lower() == "dan" or after[2] == ","):
                i += 1  # a list of regions inside the title: "Wilayah Buleleng, Jembrana dan Karangasem"
                continue
        if (
            tok == ","
            and i + 1 < n
            and (_bare(toks[i + 1][2]) in TITLE_WORDS or _bare(toks[i + 1][2]) in lex.inst_words)
            and _bare(toks[i + 1][2]) not in lex.heads
            and _bare(toks[i + 1][2]) != "dan"
        ):
            i += 1  # "Menteri Koordinator bidang Politik, Hukum, dan Keamanan"
            continue
        if (
            tok == ","
            and i + 1 < n
            and toks[i + 1][2].lower() == "dan"
            and i + 2 < n
            and _bare(toks[i + 2][2]) in TITLE_WORDS
        ):
            i += 2
            continue
        if tok in {",", ";", ":", '"', "“", "”", "–", "—", "-"}:
            break
        if tok.startswith("(") and tok.endswith(")") and len(tok) <= 16 and not text[title_end:s].strip():
            title_end = e
            i += 1
            continue  # the title's abbreviation: "Inspektur Jenderal (Irjen) Kemendagri"
        if _is_affix(tok, lex) and not (i > 0 and "/" in toks[i - 1][2]):
            break
        if text[title_end:s].count("\n"):
            break
        prev_num = i > 0 and (toks[i - 1][2][:1].isdigit() or _bare(toks[i - 1][2]) in LOCAL_PREV)
        rl = _region_len(text, s, kecamatan=local_head or prev_num)
        if rl and national:
            break  # "Wamendagri Bima Arya Sugiarto": a national title, then the name
        if rl:
            end = s + rl
            title_end = end
            while i < n and toks[i][0] < end:
                i += 1
            continue
        if (
            tok.lower() == "dan"
            and i + 1 < n
            and not (_title_word(toks[i + 1][2], lex) or _region_len(text, toks[i + 1][0]))
        ):
            break
        if _title_word(tok, lex) and not (tok[0].isupper() and tok.lower() == "dan"):
            title_end = s + len(tok.rstrip(",")) if not tok.endswith(").") else e - 1
            i += 1
            if tok.endswith(","):
                break
            continue
        break
    # the name: right here, after a comma, or after ranks and honorifics
    j = i
    if (
        re.sub(r"\s+", " ", head.lower()) in RANKED_HEADS
        and j < n
        and not _is_affix(toks[j][2], lex)
        and toks[j][2] != ","
    ):
        # "Kapolsek Sabak Barat AKP Rudi": the unit's place runs up to the rank
        k = j
        while (
            k < n
            and k < j + 4
            and toks[k][2][:1].isupper()
            and not _is_affix(toks[k][2], lex)
            and not toks[k][2].endswith((",", "."))
        ):
            k += 1
        if k < n and _is_affix(toks[k][2], lex):
            title_end = toks[k - 1][0] + len(toks[k - 1][2])
            j = k
        else:
            return None
    if j < n and toks[j][2] == ",":
        j += 1
    if j < n and toks[j][2] in {"“", '"'}:
        return None
    got = _read_name(text, toks, j, lex)
    if got is None:
        return None
    s, e, name, _ = got
    if text[title_end:s].count("\n") or s - title_end > 80:
        return None
    title = re.sub(r"\s+", " ", text[m.start() : title_end]).strip(" ,")
    return Official(clean_name(name, lex), title, _institution(title, inst, lex), acting, s, e, m.start(), title_end)


def _institution(title: str, inst: str | None, lex: _Lex) -> str | None:
    if inst:
        return inst
    for word in re.findall(r"[\w-]+(?:\s+PP)?", title):
        hit = lex.inst_words.get(word.lower())
        if hit and hit not in {"pemda"}:
            return hit
    return None


def clean_name(name: str, lex: _Lex | None = None) -> str:
    """A name without honorifics, ranks or degrees."""
    lex = lex or _lex()
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while words and _is_affix(words[0], lex) and len(words) > 1:
        words.pop(0)
    while words and _is_affix(words[-1], lex) and len(words) > 1:
        words.pop()
    return " ".join(w.rstrip(",") for w in words)


NAME_FIRST = re.compile(
    r"(?<![\w.])(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*(?:,\s*|\s+(?:selaku|sebagai)\s+)(?=[A-Za-z])"
)


def find_officials(text: str) -> list[Official]:
    lex = _lex()
    found: list[Official] = []
    claimed: list[tuple[int, int]] = []
    for m in lex.head_re.finditer(text):
        if any(a <= m.start() < b for a, b in claimed):
            continue
        if not (m.group("acting") or m.group("head"))[0].isupper():
            continue
        if NOT_A_PERSON_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        if re.search(
            r"\b(?:calon|cakades|bakal\s+calon|balon)\s+$", text[max(0, m.start() - 14) : m.start()], re.IGNORECASE
        ):
            continue  # a candidate for the post, not its holder
        if m.start() > 0 and text[m.start() - 1] in "/":
            continue
        off = _title_then_name(text, m, lex)
        if off is None:
            continue
        found.append(off)
        claimed.append((m.start(), off.end))
    # name first: "Jarot Winarno selaku Bupati Sintang", "Sularto, Kepala Badan Kesbangpol ..."
    for m in NAME_FIRST.finditer(text):
        if any(a <= m.start() < b for a, b in claimed):
            continue
        after = lex.head_re.match(text, m.end())
        if not after:
            continue
        sep = text[m.end("name") : m.end()]
        before = text[max(0, m.start() - 30) : m.start()]
        if "," in sep and not re.search(
            r"(?:^|[.\n]\s*|\b(?:oleh|kata|ujar|menurut|dan|serta|hadir|dihadiri)\s+)$", before
        ):
            continue
        words = m.group("name").split()
        if words[0].lower() in STOP_NAME or words[0].lower() in lex.heads or words[0].lower() in lex.inst_words:
            continue
        title_off = _title_then_name(text, after, lex)
        t_end = after.end()
        if title_off is not None and title_off.start - after.end() < 3:
            continue  # the title is followed by its own name: not an apposition
        toks = _tokens(text, after.end(), 160)
        for s, _e, tok in toks:
            if _title_word(tok, lex) or _region_len(text, s):
                t_end = max(t_end, s + (_region_len(text, s) or len(tok.rstrip(","))))
                if tok.endswith(","):
                    break
            else:
                break
        title = re.sub(r"\s+", " ", text[after.start() : t_end]).strip(" ,")
        inst, acting = lex.heads.get(re.sub(r"\s+", " ", after.group("head").lower()), (None, None))
        name = clean_name(m.group("name"), lex)
        if not name or name.lower() in STOP_NAME:
            continue
        found.append(
            Official(
                name,
                title,
                _institution(title, inst, lex),
                acting,
                m.start("name"),
                m.end("name"),
                after.start(),
                t_end,
            )
        )
        claimed.append((m.start(), t_end))
    merged = _merge(found)
    _link_short_mentions(text, merged)
    for o in merged:
        o._text = text
    return merged


def _tokens_of(name: str) -> set[str]:
    return {t.lower() for t in re.findall(r"[\w'’-]+", name) if len(t) > 1}


def _merge(found: list[Official]) -> list[Official]:
    people: list[Official] = []
    for o in sorted(found, key=lambda o: o.start):
        mine = _tokens_of(o.name)
        if not mine:
            continue
        same = next((p for p in people if mine <= _tokens_of(p.name) or _tokens_of(p.name) <= mine), None)
        if same is None:
            people.append(o)
            continue
        if len(o.name) > len(same.name):
            same.aliases.append((same.start, same.end))
            same.name, same.start, same.end = o.name, o.start, o.end
        else:
            same.aliases.append((o.start, o.end))
        if len(o.title) > len(same.title) and o.title_start is not None:
            same.title, same.title_start, same.title_end = o.title, o.title_start, o.title_end
            same.institution = o.institution or same.institution
            same.acting = o.acting or same.acting
    return people


def _link_short_mentions(text: str, people: list[Official]) -> None:
    """ "ujar Agus", "kata Jarot": a short mention of a listed person points to the full name."""
    for m in re.finditer(rf"\b{SPEECH}(?:nya)?\s+(?P<n>[A-Z][\w'’-]+)", text):
        word = m.group("n").lower()
        for p in people:
            if word in _tokens_of(p.name) and (m.start("n"), m.end("n")) != (p.start, p.end):
                span = (m.start("n"), m.end("n"))
                if span not in p.aliases:
                    p.aliases.append(span)
                break


def attach_regions(people: list[Official], regions: list[Mention]) -> list[Mention]:
    """Give each official the region their title names ("Bupati Sintang" -> 61.05), the most specific
    one; returns the region mentions without those where a title begins ("Karo Penmas" is a title,
    not Kabupaten Karo)."""
    heads = {p.title_start for p in people if p.title_start is not None}
    regions = [r for r in regions if r.start not in heads]
    for p in people:
        if p.title_start is None or p.title_end is None:
            continue
        inside = [r.canonical for r in regions if r.canonical and p.title_start <= r.start and r.end <= p.title_end]
        if inside:
            p.region_code = max(inside, key=lambda c: c.count("."))
    return regions
