"""Lexicons: versioned data files under ``lexicons/`` (package data when installed).

``manifest.json`` lists every file with its version, source, licence, sha256 and the vocabulary its
ids belong to. ``load()`` reads them all (well under a second; no spaCy import) and gives one
``digest`` that every extraction output records, so a figure can be traced to the lexicons that
made it. A user directory (``--lexicon-dir`` or ``KWD_LEXICON_DIR``) adds entries on top: a file of
the same name there is read after the shipped one. ``check()`` validates everything and returns
problems with file and line.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from kewaspadaan_cli.errors import LexiconError

MANIFEST = "manifest.json"


@cache
def shipped_dir() -> Path:
    """The lexicons installed with the package, or the repository's ``lexicons/`` in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "lexicons", here.parents[1] / "lexicons"):
        if (candidate / MANIFEST).is_file():
            return candidate
    raise LexiconError(f"the shipped lexicons are missing (looked in {here / 'lexicons'})")


def user_dir() -> Path | None:
    env = os.environ.get("KWD_LEXICON_DIR")
    return Path(env) if env else None


def _parse(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            if path.suffix == ".json":
                try:
                    obj = json.load(fh)
                except ValueError as exc:
                    raise LexiconError(
                        f"{path}:{exc.lineno if hasattr(exc, 'lineno') else 0}: not valid JSON: {exc}"
                    ) from None
                return [{**obj, "_line": 1, "_file": str(path)}] if isinstance(obj, dict) else []
            if path.suffix == ".tsv":
                header: list[str] | None = None
                for i, line in enumerate(fh, start=1):
                    if not line.strip() or line.startswith("#"):
                        continue
                    cells = line.rstrip("\n").split("\t")
                    if header is None:
                        header = cells
                        continue
                    row: dict[str, Any] = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))
                    row["_line"] = i
                    row["_file"] = str(path)
                    rows.append(row)
            else:
                for i, line in enumerate(fh, start=1):
                    if not line.strip() or line.lstrip().startswith("//"):
                        continue
                    try:
                        obj = json.loads(line)
                    except ValueError as exc:
                        raise LexiconError(f"{path}:{i}: not valid JSON: {exc}") from None
                    if not isinstance(obj, dict):
                        raise LexiconError(f"{path}:{i}: expected a JSON object")
                    obj["_line"] = i
                    obj["_file"] = str(path)
                    rows.append(obj)
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc.strerror}") from exc
    return rows


def read_rows(name: str, directory: Path | None = None) -> list[dict[str, Any]]:
    """Rows of one lexicon file: the shipped ones, then the user directory's (when set)."""
    if directory is not None:
        return _parse(directory / name)
    return list(load().files.get(name, []))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Lexicons:
    manifest: dict[str, Any]
    files: dict[str, list[dict[str, Any]]]
    digests: dict[str, str]
    user: Path | None = None
    user_files: list[str] = field(default_factory=list)

    @cached_property
    def digest(self) -> str:
        """One fingerprint of every file: computed once per load (every extractor asks for it per article)."""
        h = hashlib.sha256()
        for name in sorted(self.digests):
            h.update(f"{name}:{self.digests[name]}\n".encode())
        return h.hexdigest()[:16]

    def versions(self) -> dict[str, str]:
        out = {e["file"]: e["version"] for e in self.manifest["files"]}
        for name in self.user_files:
            out[f"user:{name}"] = self.digests[f"user:{name}"][:12]
        return out


def read_manifest(directory: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LexiconError(f"cannot read {directory / MANIFEST}: {exc}") from exc
    return manifest


@cache
def load() -> Lexicons:
    """Every lexicon file listed in the manifest, plus the user directory's files on top."""
    base = shipped_dir()
    manifest = read_manifest(base)
    files: dict[str, list[dict[str, Any]]] = {}
    digests: dict[str, str] = {}
    for entry in manifest["files"]:
        path = base / entry["file"]
        files[entry["file"]] = _parse(path)
        digests[entry["file"]] = entry.get("sha256") or sha256(path)
    user = user_dir()
    user_files: list[str] = []
    if user is not None:
        if not user.is_dir():
            raise LexiconError(f"user lexicon directory {user} does not exist (KWD_LEXICON_DIR / --lexicon-dir)")
        vocabularies = {e["file"]: e.get("vocabulary") for e in manifest["files"]}
        vocab = read_vocab(base)
        for path in sorted(user.iterdir()):
            if path.suffix in {".tsv", ".jsonl"} and not path.name.startswith("."):
                rows = _parse(path)
                for row in rows:
                    # a user's row the extractors cannot read stops the run with its line (kwd lexicon check lists all)
                    found = lexicon_row_problems(path.name, row, vocabularies.get(path.name), vocab)
                    if found:
                        raise LexiconError(f"{path}:{row['_line']}: {found[0]}")
                files.setdefault(path.name, [])
                files[path.name] = files[path.name] + rows
                digests[f"user:{path.name}"] = sha256(path)
                user_files.append(path.name)
    return Lexicons(manifest, files, digests, user, user_files)


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


CODE = re.compile(r"^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$")


def read_vocab(base: Path) -> dict[str, Any]:
    """vocab.json: the ids of every vocabulary."""
    vocab: dict[str, Any] = json.loads((base / "vocab.json").read_text(encoding="utf-8"))
    return vocab


def lexicon_row_problems(name: str, row: dict[str, Any], vocabulary: str | None, vocab: dict[str, Any]) -> list[str]:
    """Everything wrong in one row of the lexicon file ``name`` (of ``vocabulary``, when it is a vocabulary's),
    each said in a line, a pattern that does not compile first."""
    bad = _bad_pattern(row)
    found = [bad] if bad else []
    found += file_row_problems(name, row, vocab)
    return found + (row_problems(row, vocabulary, vocab) if vocabulary else [])


def _bad_pattern(row: dict[str, Any]) -> str | None:
    """A row's regular expression ("patterns", a pair's "a_patterns") that does not compile, said in a line."""
    pairs: list[Any] = row["pairs"] if isinstance(row.get("pairs"), list) else []
    shapes = list(row.get("patterns") or []) + [
        p for pair in pairs if isinstance(pair, dict) for p in pair.get("a_patterns", [])
    ]
    for pattern in shapes:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            return f"pattern {pattern!r} does not compile: {exc}"
    return None


TERMS_PROBLEM = "terms must be a list of non-empty strings"


def _words(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value)


def row_problems(row: dict[str, Any], vocabulary: str, vocab: dict[str, Any]) -> list[str]:
    """What is wrong in a row of a vocabulary file (conflicts.jsonl, stages.jsonl ...), each said in a line: an
    id that is not the vocabulary's, terms, pairs or context groups that are not lists of words, a rule naming
    an id the vocabulary lacks."""
    ids = set(vocab.get(vocabulary, {}))
    out = []
    ident = str(row.get("id"))
    if ident not in ids:
        out.append(f"id {ident!r} is not a {vocabulary} id of vocab.json")
    if not _words(row.get("terms")):
        out.append(TERMS_PROBLEM)
    pairs, groups = row.get("pairs"), row.get("context")
    for pair in pairs if isinstance(pairs, list) else []:
        if not isinstance(pair, dict) or not _words(pair.get("a")) or not _words(pair.get("b")):
            out.append("each pair needs 'a' and 'b', lists of non-empty strings")
    for group in groups if isinstance(groups, list) else []:  # (institutions.jsonl's "context" is a word)
        if not isinstance(group, dict) or not _words(group.get("terms")):
            out.append("each context group needs 'terms', a list of non-empty strings")
    standing = row.get("standing")
    if standing is not None and not isinstance(standing, bool) and not _words(standing):
        out.append("'standing' is true, false or a list of the row's terms (non-empty strings)")
    return out + _rule_problems(row, ids)


def file_row_problems(name: str, row: dict[str, Any], vocab: dict[str, Any]) -> list[str]:
    """What is wrong in a row of a lexicon file whose rows are not a vocabulary's: the fields the extractors
    read from every row (a position's title and the institution it implies, a voting day's kind and date)."""
    out = []
    if name == "positions.jsonl":
        if not isinstance(row.get("title"), str) or not row["title"].strip():
            out.append("a position needs its 'title', a non-empty string")
        inst = row.get("institution")
        if inst is not None and inst not in vocab.get("institution", {}):
            out.append(f"institution {inst!r} is not an institution id of vocab.json (or null)")
    elif name == "election_days.tsv":
        if row.get("election_type") not in vocab.get("election_type", {}):
            out.append(f"election_type {row.get('election_type')!r} is not an election_type id of vocab.json")
        try:
            date.fromisoformat(str(row.get("date")))
        except ValueError:
            out.append(f"date {row.get('date')!r} is not a day written YYYY-MM-DD")
    return out


def _rule_problems(row: dict[str, Any], ids: set[str]) -> list[str]:
    """What is wrong in a vocabulary row's rules: an id a rule names ("becomes", "weak_beside") that is not
    one of the vocabulary's."""
    out = []
    named = [("becomes", (row.get("becomes") or {}).get("id"))]
    named += [("weak_beside", i) for i in (row.get("weak_beside") or {}).get("ids", [])]
    for key, other in named:
        if other is not None and other not in ids:
            out.append(f"{key} names {other!r}, not an id of the same vocabulary in vocab.json")
    return out


def check(user: Path | None = None) -> list[Problem]:
    """Validate the shipped lexicons and a user directory: ids, codes, duplicates, digests."""
    base = shipped_dir()
    problems: list[Problem] = []
    manifest = read_manifest(base)
    vocab = read_vocab(base)
    listed = {e["file"] for e in manifest["files"]}
    for entry in manifest["files"]:
        path = base / entry["file"]
        for key in ("version", "source", "licence"):
            if not entry.get(key):
                problems.append(Problem(str(base / MANIFEST), 1, f"{entry['file']}: no {key} in the manifest"))
        if not path.exists():
            problems.append(Problem(str(base / MANIFEST), 1, f"{entry['file']} is listed but missing"))
            continue
        if entry.get("sha256") and entry["sha256"] != sha256(path):
            problems.append(
                Problem(
                    str(path),
                    1,
                    "sha256 differs from the manifest: bump its version and run scripts/update_manifest.py",
                )
            )
    for path in sorted(base.iterdir()):
        if path.suffix in {".tsv", ".jsonl"} and path.name not in listed:
            problems.append(Problem(str(path), 1, "not listed in manifest.json"))
    regions: dict[str, dict[str, Any]] = {}
    sources: list[tuple[Path, dict[str, Any]]] = [
        (base / e["file"], e) for e in manifest["files"] if (base / e["file"]).exists()
    ]
    if user is not None:
        if not user.is_dir():
            return problems + [Problem(str(user), 0, "user lexicon directory does not exist")]
        by_name = {e["file"]: e for e in manifest["files"]}
        for path in sorted(user.iterdir()):
            if path.suffix not in {".tsv", ".jsonl"}:
                continue
            if path.name not in by_name:
                problems.append(
                    Problem(str(path), 1, f"unknown lexicon file name; use one of: {', '.join(sorted(by_name))}")
                )
                continue
            sources.append((path, by_name[path.name]))
    seen_terms: dict[tuple[str, str], dict[str, tuple[str, int]]] = defaultdict(dict)
    for path, entry in sources:
        try:
            rows = _parse(path)
        except LexiconError as exc:
            m = re.match(r"^(.*):(\d+): (.*)$", exc.message)
            problems.append(
                Problem(m.group(1), int(m.group(2)), m.group(3)) if m else Problem(str(path), 0, exc.message)
            )
            continue
        vocabulary = entry.get("vocabulary")
        for row in rows:
            line = row["_line"]
            found = lexicon_row_problems(entry["file"], row, vocabulary, vocab)
            problems += [Problem(str(path), line, msg) for msg in found]
            if vocabulary:
                ident = str(row.get("id"))
                if TERMS_PROBLEM in found:
                    continue
                for t in row["terms"]:
                    key = t.strip().lower()
                    prev = seen_terms[(vocabulary, entry["file"])].get(key)
                    if prev and prev[0] != ident and not row.get("ambiguous"):
                        problems.append(
                            Problem(
                                str(path),
                                line,
                                f"term {t!r} also stands for {prev[0]!r} "
                                f'(line {prev[1]}); mark one "ambiguous": true or remove it',
                            )
                        )
                    seen_terms[(vocabulary, entry["file"])].setdefault(key, (ident, line))
            if entry["file"] == "regions.tsv":
                code = row.get("code", "")
                if not CODE.match(code):
                    problems.append(Problem(str(path), line, f"malformed region code {code!r}"))
                if code in regions:
                    problems.append(Problem(str(path), line, f"duplicate region code {code}"))
                regions[code] = row
            if entry["file"] == "official_words.jsonl":
                from kewaspadaan_cli.extract.official_words import check_rows

                problems += [Problem(str(path), ln, msg) for ln, msg in check_rows([row])]
            if entry["file"] == "region_aliases.tsv":
                if not CODE.match(row.get("code", "")):
                    problems.append(Problem(str(path), line, f"malformed region code {row.get('code')!r}"))
    for code, row in regions.items():
        parent = row.get("parent") or ""
        if "." in code and parent != code.rsplit(".", 1)[0]:
            problems.append(Problem(row["_file"], row["_line"], f"region {code} has parent {parent!r}"))
        elif parent and parent not in regions:
            problems.append(Problem(row["_file"], row["_line"], f"region {code}: parent {parent} does not exist"))
    aliases: dict[str, tuple[str, str, int]] = {}
    for path, entry in sources:
        if entry["file"] != "region_aliases.tsv":
            continue
        for row in _parse(path):
            code, note = row.get("code", ""), (row.get("note") or "").strip()
            if regions and code not in regions:
                problems.append(
                    Problem(str(path), row["_line"], f"alias {row.get('alias')!r} points to unknown region {code}")
                )
            key = (row.get("alias") or "").strip().lower()
            earlier = aliases.get(key)
            if earlier and earlier[0] != code and "ambiguous" not in {note, earlier[1]}:
                message = (
                    f"alias {row.get('alias')!r} also points to {earlier[0]} (line {earlier[2]}); "
                    "mark both ambiguous or remove one"
                )
                problems.append(Problem(str(path), row["_line"], message))
            aliases.setdefault(key, (code, note, row["_line"]))
    return problems
