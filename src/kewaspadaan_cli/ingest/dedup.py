"""Article ids and near-duplicate detection.

The id is a digest of the cleaned text, normalised (case, spacing, punctuation): the same text
always gives the same id, so ingesting a folder twice adds nothing. Syndicated copies of a story
(small edits, other furniture) are found with MinHash over word shingles and LSH (``datasketch``)
and linked to the first copy.
"""

from __future__ import annotations

import hashlib
import re
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


class NearDuplicates:
    """An LSH index of the articles seen so far (stored ones first).

    Candidates from LSH are confirmed with the estimated Jaccard similarity, so a near-duplicate
    shares at least ``threshold`` of its shingles with the first copy.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.first: dict[str, str] = {}  # article id -> the first copy's id
        self.sigs: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.first)

    def add(self, aid: str, mh: MinHash | LeanMinHash, duplicate_of: str | None = None) -> None:
        if aid in self.first:
            return
        self.lsh.insert(aid, mh)
        self.first[aid] = duplicate_of or aid
        self.sigs[aid] = np.asarray(mh.hashvalues, dtype=np.uint64)

    def load(self, rows: Iterable[tuple[str, bytes | None, str | None]]) -> None:
        for aid, sig, dup in rows:
            if sig:
                self.add(aid, from_bytes(sig), dup)

    def match(self, mh: MinHash) -> str | None:
        """The first copy of a stored near-duplicate of ``mh``, or None."""
        values = np.asarray(mh.hashvalues, dtype=np.uint64)
        best, best_sim = None, 0.0
        for cand in self.lsh.query(mh):
            sim = float(np.count_nonzero(self.sigs[cand] == values)) / NUM_PERM
            if sim >= self.threshold and (sim, cand) > (best_sim, best or ""):
                best, best_sim = cand, sim
        return self.first[best] if best else None
