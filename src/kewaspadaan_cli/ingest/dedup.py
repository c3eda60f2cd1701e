"""Article ids and near-duplicate detection.

The id is a digest of the cleaned text, normalised (case, spacing, punctuation): the same text
always gives the same id, so ingesting a folder twice adds nothing. Syndicated copies of a story
(small edits, other furniture) are found with MinHash over word shingles and LSH (``datasketch``'s
MinHash and banding, the index kept on disk) and linked to the first copy.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import struct
import unicodedata
from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.7
_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 7
SCHEME = "affine32"  # pinned: stored signatures must stay comparable across datasketch releases


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def article_id(text: str) -> str:
    """A stable id of an article's content: 20 hex digits of SHA-256 over its normalised words."""
    words = " ".join(normalised_words(text))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:20]


def _hash32(data: bytes) -> int:
    return struct.unpack("<I", hashlib.blake2b(data, digest_size=4).digest())[0]


def signature(text: str) -> MinHash:
    words = normalised_words(text)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=_hash32, scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


def _bands(threshold: float) -> tuple[int, int]:
    """Bands and rows per band: datasketch's choice for this threshold (what MinHashLSH used here)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class NearDuplicates:
    """An LSH index of the articles seen so far (stored ones first), kept on disk.

    A signature's ``b`` bands of ``r`` hash values are each hashed to a 64-bit key; articles sharing a
    key are candidates (datasketch's banding, the same ``b`` and ``r``), confirmed with the estimated
    Jaccard similarity, so a near-duplicate shares at least ``threshold`` of its shingles with the
    first copy.

    The index is a private temporary SQLite database (in ``SQLITE_TMPDIR``, else ``TMPDIR``, else
    /var/tmp or /tmp; about 1 KB an article), deleted when the index is closed or the process ends:
    the process holds only SQLite's page cache (``CACHE_KB``), so its memory does not grow with the
    store. It is built again from the stored signatures on each run, as the in-memory index was.
    """

    CACHE_KB = 8_192
    HOLD = 2_000  # articles added in memory before they are written in one transaction

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.b, self.r = _bands(threshold)
        self.db = sqlite3.connect("", isolation_level=None)  # "": a private on-disk temporary database
        for pragma in (
            "journal_mode = OFF",
            "synchronous = OFF",
            f"cache_size = -{self.CACHE_KB}",
            "temp_store = FILE",
        ):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("CREATE TABLE sig (id TEXT PRIMARY KEY, first TEXT NOT NULL, hv BLOB NOT NULL) WITHOUT ROWID")
        self.db.execute("CREATE TABLE band (key INTEGER NOT NULL, id TEXT NOT NULL)")
        self._indexed = False
        self._n = 0
        self._held: dict[str, tuple[str, np.ndarray]] = {}  # added, not yet written: id -> (first, values)
        self._held_bands: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return self._n + len(self._held)

    def close(self) -> None:
        self._held, self._held_bands = {}, {}
        self.db.close()

    def _keys(self, values: np.ndarray) -> list[int]:
        raw = values.tobytes()
        width = self.r * 8
        return [
            int.from_bytes(
                hashlib.blake2b(bytes([i]) + raw[i * width : (i + 1) * width], digest_size=8).digest(),
                "big",
                signed=True,
            )
            for i in range(self.b)
        ]

    def _ensure_index(self) -> None:
        if not self._indexed:
            self.db.execute("CREATE INDEX band_key ON band (key)")
            self._indexed = True

    def _insert(self, rows: list[tuple[str, str, np.ndarray]]) -> None:
        db = self.db
        db.execute("BEGIN")
        try:
            for aid, first, values in rows:
                cur = db.execute("INSERT OR IGNORE INTO sig VALUES (?, ?, ?)", (aid, first, values.tobytes()))
                if cur.rowcount:
                    self._n += 1
                    db.executemany("INSERT INTO band VALUES (?, ?)", [(k, aid) for k in self._keys(values)])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def add(self, aid: str, mh: MinHash | LeanMinHash, duplicate_of: str | None = None) -> None:
        """Index one article; held in memory (and matched from there) until ``HOLD`` are waiting."""
        self._ensure_index()
        if aid in self._held or self.db.execute("SELECT 1 FROM sig WHERE id = ?", (aid,)).fetchone():
            return
        values = np.asarray(mh.hashvalues, dtype=np.uint64)
        self._held[aid] = (duplicate_of or aid, values)
        for key in self._keys(values):
            self._held_bands.setdefault(key, []).append(aid)
        if len(self._held) >= self.HOLD:
            self.flush()

    def flush(self) -> None:
        """Write the held articles to the on-disk index (one transaction)."""
        if self._held:
            self._insert([(aid, first, values) for aid, (first, values) in self._held.items()])
            self._held, self._held_bands = {}, {}

    def load(self, rows: Iterable[tuple[str, bytes | None, str | None]], chunk: int = 5_000) -> None:
        """Stored signatures, in bulk (the key index is built once they are in)."""
        held: list[tuple[str, str, np.ndarray]] = []
        for aid, sig, dup in rows:
            if sig:
                held.append((aid, dup or aid, np.frombuffer(sig, dtype=np.uint64)))
            if len(held) >= chunk:
                self._insert(held)
                held = []
        if held:
            self._insert(held)
        self._ensure_index()

    def match(self, mh: MinHash) -> str | None:
        """The first copy of a stored near-duplicate of ``mh``, or None."""
        self._ensure_index()
        values = np.asarray(mh.hashvalues, dtype=np.uint64)
        keys = self._keys(values)
        found = self.db.execute(
            "SELECT sig.id, sig.first, sig.hv FROM sig WHERE sig.id IN "
            f"(SELECT id FROM band WHERE key IN ({', '.join('?' * len(keys))}))",
            keys,
        ).fetchall()
        held = {aid for key in keys for aid in self._held_bands.get(key, ())}
        found += [(aid, *self._held[aid]) for aid in sorted(held)]
        best, best_first, best_sim = None, None, 0.0
        for cand, first, hv in found:
            stored = hv if isinstance(hv, np.ndarray) else np.frombuffer(hv, dtype=np.uint64)
            sim = float(np.count_nonzero(stored == values)) / NUM_PERM
            if sim >= self.threshold and (sim, cand) > (best_sim, best or ""):
                best, best_first, best_sim = cand, first, sim
        return best_first
