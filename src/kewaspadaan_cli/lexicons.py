"""Lexicons: versioned data files under ``lexicons/`` (package data when installed).

Minimal loader; the lexicon issue extends it (manifest, digests, validation, user directory)
keeping ``shipped_dir`` and ``read_rows``.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import LexiconError


@cache
def shipped_dir() -> Path:
    """The lexicons installed with the package, or the repository's ``lexicons/`` in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "lexicons", here.parents[1] / "lexicons"):
        if candidate.is_dir():
            return candidate
    raise LexiconError(f"the shipped lexicons are missing (looked in {here / 'lexicons'})")


def read_rows(name: str, directory: Path | None = None) -> list[dict[str, Any]]:
    """Rows of one lexicon file (``.tsv`` with a header, or ``.jsonl``), each with ``_line``."""
    path = (directory or shipped_dir()) / name
    rows: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            if path.suffix == ".tsv":
                lines = (line for line in fh if line.strip() and not line.startswith("#"))
                for i, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
                    row["_line"] = i
                    rows.append(row)
            else:
                for i, line in enumerate(fh, start=1):
                    if line.strip() and not line.lstrip().startswith("//"):
                        try:
                            obj = json.loads(line)
                        except ValueError as exc:
                            raise LexiconError(f"{path}:{i}: not valid JSON: {exc}") from None
                        obj["_line"] = i
                        rows.append(obj)
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc.strerror}") from exc
    return rows
