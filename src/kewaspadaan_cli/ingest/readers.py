"""Finding input files and turning their bytes into text, whatever the encoding."""

from __future__ import annotations

import codecs
import fnmatch
import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kewaspadaan_cli.errors import InputError

KINDS = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"MZ")


@dataclass(frozen=True)
class InputFile:
    path: Path
    kind: str  # text, html, json, jsonl
    compressed: bool


def kind_of(path: Path) -> tuple[str, bool] | None:
    """The input kind of a file name (``a.html.gz`` is html, compressed), or None."""
    suffixes = [s.lower() for s in path.suffixes]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    if compressed:
        suffixes = suffixes[:-1]
    if not suffixes or suffixes[-1] not in KINDS:
        return None
    return KINDS[suffixes[-1]], compressed


def _matches(path: Path, patterns: Iterable[str]) -> bool:
    s = path.as_posix()
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(s, p) for p in patterns)


def shown(path: Path | str) -> str:
    """A path as it can be printed and stored: bytes of a name that is not UTF-8 as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def has_surrogates(text: str) -> bool:
    """True when ``text`` holds lone surrogates (from a ``\\ud800`` escape or a non-UTF-8 file name)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _sorted_walk(folder: Path) -> Iterator[Path | OSError]:
    """The files under ``folder`` in sorted path order (``sorted`` of the paths gives the same), hidden
    files and folders left out, a folder that cannot be listed as its OSError; one folder's listing
    held at a time, so a tree of a million files is not held as a list of a million paths."""
    try:
        with os.scandir(folder) as it:
            entries = sorted((e.name, e.is_dir() and not e.is_symlink()) for e in it if not e.name.startswith("."))
    except OSError as exc:
        exc.filename = exc.filename or str(folder)
        yield exc
        return
    for name, is_dir in entries:
        if is_dir:
            yield from _sorted_walk(folder / name)
        elif not os.path.isdir(folder / name):  # a link to a folder is not followed (as os.walk does not)
            yield folder / name


def discover(
    paths: Iterable[Path], include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> Iterator[InputFile | tuple[Path | str, str]]:
    """Yield the input files under ``paths`` (recursively, sorted, streamed), or (path, reason) to skip.

    A folder that cannot be listed and a file whose name is not UTF-8 are skipped with a reason.
    """
    include, exclude = list(include), list(exclude)
    for root in paths:
        if not root.exists():
            yield root, "no such file or directory"
            continue
        candidates: Iterable[Path | OSError] = [root] if root.is_file() else _sorted_walk(root)
        for path in candidates:
            if isinstance(path, OSError):
                where = shown(path.filename) if path.filename else shown(root)
                yield where, f"cannot read the folder: {(path.strerror or str(path)).lower()}"
                continue
            if include and not _matches(path, include):
                continue
            if exclude and _matches(path, exclude):
                continue
            kind = kind_of(path)
            if kind is None:
                if root.is_file():
                    yield (
                        shown(path),
                        "unsupported file type (expected .txt .md .html .htm .json .jsonl, or .gz of one)",
                    )
                continue
            if has_surrogates(str(path)):
                yield shown(path), "the file name is not valid UTF-8; rename the file to read it"
                continue
            yield InputFile(path, kind[0], kind[1])


def read_bytes(item: InputFile, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, decompressed, refusing more than ``max_bytes`` (bombs included)."""
    try:
        size = item.path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
        if not item.compressed:
            return item.path.read_bytes()
        with gzip.open(item.path, "rb") as fh:
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"decompresses to over the {max_bytes:,}-byte limit (--max-bytes)")
        return data
    except PermissionError:
        raise InputError("cannot read the file: permission denied") from None
    except (gzip.BadGzipFile, EOFError, zlib.error):
        raise InputError("not a valid gzip file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}") from None


def looks_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode text: a BOM wins; then UTF-8; then ``declared``; then detection (cp1252, latin-1 ...).

    UTF-8 is tried before a declared charset because pages often declare iso-8859-1 and are UTF-8.
    """
    return decode_noted(data, declared)[0]


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few stray bytes: the text (strays replaced by U+FFFD) and how many strays.

    A file counts as UTF-8 when it holds valid multi-byte sequences and no more invalid bytes than
    those (and under 1% of its characters): a legacy 8-bit file has its high bytes invalid as UTF-8
    almost everywhere, so it goes on to detection.
    """
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if 0 < invalid <= valid and invalid * 100 < len(text):
        return text, invalid
    return None


def decode_noted(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Like ``decode``, with a note when bytes were replaced (the article is flagged with it)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                raise InputError(f"undecodable bytes for its {encoding} byte-order mark") from None
    if looks_binary(data):
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly[0], f"utf-8: {mostly[1]} invalid byte(s) replaced by U+FFFD"
    if declared:
        try:
            return data.decode(_python_codec(declared)), None
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1250", "utf_16"]).best()
    if best is None:
        raise InputError("undecodable bytes: not UTF-8 and no legacy encoding fits")
    return str(best), None


def _python_codec(name: str) -> str:
    name = name.strip().strip("'\"").lower()
    # WHATWG: a page labelled iso-8859-1 or ascii is decoded as windows-1252
    return "cp1252" if name in {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"} else name
