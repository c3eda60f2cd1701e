"""Officials as people: the spellings of one person within the data merged, so the brief counts people.

Two names are one person when their normalised keys are equal, or when the names are close
(rapidfuzz token-set similarity: "Akmal Malik" / "Akmal Malik Piliang", "Jarot Winarno" /
"Jarot Winarmo"; or initials for given names: "AM Kamal" / "Ahmad Musthofa Kamal") and their
positions agree (the title is the evidence: "Kabid Humas Polda Papua" twice, or the same
institution and region). A bare given name never merges on its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

NAME_SIMILARITY = 90  # rapidfuzz token_set_ratio of the name keys
TITLE_SIMILARITY = 80  # of the title keys, as evidence
TOP = 10

_ABBREV = {
    "kab": "kabupaten",
    "prov": "provinsi",
    "kadis": "kepala dinas",
    "ka": "kepala",
    "wakil": "wakil",
    "sulsel": "sulawesi selatan",
    "sulut": "sulawesi utara",
    "kaltara": "kalimantan utara",
    "kalbar": "kalimantan barat",
    "kalsel": "kalimantan selatan",
    "sumut": "sumatera utara",
    "jatim": "jawa timur",
    "jabar": "jawa barat",
    "jateng": "jawa tengah",
    "walikota": "wali kota",
}


def name_key(name: str) -> str:
    """Lower case, accents and punctuation gone, one space between words."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", s).split())


def title_key(title: str) -> str:
    return " ".join(_ABBREV.get(w, w) for w in name_key(title).split())


def _initials_fit(a: str, b: str) -> bool:
    """ "am kamal" and "ahmad musthofa kamal": same surname, the short one's given names as initials."""
    ta, tb = a.split(), b.split()
    if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1]:
        return False
    short, long_ = (ta, tb) if len("".join(ta[:-1])) <= len("".join(tb[:-1])) else (tb, ta)
    letters = "".join(short[:-1])
    return len(letters) == len(long_) - 1 and letters == "".join(w[0] for w in long_[:-1])


def _names_close(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    if a == b:
        return True
    if min(len(a.split()), len(b.split())) < 2:
        return False  # "Bayu" alone says too little
    return fuzz.token_set_ratio(a, b) >= NAME_SIMILARITY or _initials_fit(a, b)


def _posts_agree(x: dict[str, Any], y: dict[str, Any]) -> bool:
    from rapidfuzz import fuzz

    for ta in x["title_keys"]:
        for tb in y["title_keys"]:
            if ta and tb and fuzz.token_set_ratio(ta, tb) >= TITLE_SIMILARITY:
                return True
    same_body = set(x["institutions"]) & set(y["institutions"])
    same_place = set(x["regions"]) & set(y["regions"])
    return bool(same_body and same_place)


def merge(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group per-name rows (name, titles, article_ids, institutions, regions) into people.

    Each person: ``name`` (the spelling used most, the fullest on a tie), ``title`` (the position
    named most, the fullest on a tie), ``articles`` (distinct articles), ``spellings`` (the others).
    Most articles first.
    """
    items = []
    for r in rows:
        titles = [t for t in r.get("titles") or [] if t]
        items.append(
            {
                "name": r["name"],
                "key": name_key(r["name"]),
                "titles": titles,
                "title_keys": [title_key(t) for t in titles],
                "article_ids": set(r.get("article_ids") or []),
                "institutions": [i for i in r.get("institutions") or [] if i],
                "regions": [g for g in r.get("regions") or [] if g],
            }
        )
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # only names sharing a word are compared (a surname, a given name): linear in practice
    buckets: dict[str, list[int]] = {}
    for i, x in enumerate(items):
        for word in set(x["key"].split()):
            if len(word) >= 3:
                buckets.setdefault(word, []).append(i)
    for idx in buckets.values():
        for a, i in enumerate(idx):
            x = items[i]
            for j in idx[a + 1 :]:
                y = items[j]
                if find(i) == find(j):
                    continue
                if x["key"] == y["key"] or (_names_close(x["key"], y["key"]) and _posts_agree(x, y)):
                    parent[find(j)] = find(i)
    groups: dict[int, list[dict[str, Any]]] = {}
    for i, x in enumerate(items):
        groups.setdefault(find(i), []).append(x)
    people = []
    for members in groups.values():
        by_use = sorted(members, key=lambda m: (-len(m["article_ids"]), -len(m["name"]), m["name"]))
        uses = Counter(t for m in members for t in m["titles"])
        title = max(uses, key=lambda t: (uses[t], len(t), t)) if uses else ""
        names = list(dict.fromkeys(m["name"] for m in by_use))
        people.append(
            {
                "name": names[0],
                "title": title,
                "articles": len(set().union(*(m["article_ids"] for m in members))),
                "spellings": names[1:],
            }
        )
    people.sort(key=lambda p: (-p["articles"], p["name"]))
    return people


def people(rows: list[dict[str, Any]], top: int = TOP) -> list[dict[str, Any]]:
    """The ``top`` most active people of ``rows`` (see ``merge``)."""
    return merge(rows)[:top]
