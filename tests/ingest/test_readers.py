from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from kewaspadaan_cli.errors import InputError
from kewaspadaan_cli.ingest.readers import InputFile, decode, discover, kind_of, read_bytes

TEXT = "Bupati Sintang membuka rapat koordinasi di Aula Kantor Bupati, Senin (2/12/2024). Peserta: 50 orang."


@pytest.mark.parametrize(
    "name,expected",
    [
        ("a.txt", ("text", False)),
        ("a.HTML", ("html", False)),
        ("a.jsonl.gz", ("jsonl", True)),
        ("a.md", ("text", False)),
        ("a.json", ("json", False)),
        ("a.pdf", None),
        ("a.gz", None),
    ],
)
def test_kind_of(name: str, expected: tuple | None) -> None:
    assert kind_of(Path(name)) == expected


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
)
def test_decode_unicode_forms(encoded: bytes) -> None:
    assert decode(encoded) == TEXT


def test_decode_legacy_windows_1252() -> None:
    text = "Ketua KPU menyebut “pemilu damai” – tanpa hoaks – di Café Dhéa, Sintang. " * 3
    assert decode(text.encode("cp1252")) == text


def test_decode_latin1_declared_but_utf8() -> None:
    text = "© KapanLagi — Brandon & Sivia"
    assert decode(text.encode("utf-8"), declared="iso-8859-1") == text


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_size_limit_and_gzip_bomb(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        read_bytes(InputFile(big, "text", False), max_bytes=1000)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 100_000))
    assert bomb.stat().st_size < 1000
    with pytest.raises(InputError, match="decompresses to over the 1,000-byte limit"):
        read_bytes(InputFile(bomb, "text", True), max_bytes=1000)


def test_bad_gzip(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt.gz"
    bad.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="not a valid gzip file"):
        read_bytes(InputFile(bad, "text", True))


def test_discover_recursive_with_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ["a/x.txt", "a/b/y.html", "a/b/z.draft.txt", "a/skip.pdf", "a/.hidden.txt"]:
        (tmp_path / name).write_text("x")
    found = [i.path.relative_to(tmp_path).as_posix() for i in discover([tmp_path / "a"], exclude=["*.draft.txt"])]
    assert found == ["a/b/y.html", "a/x.txt"]
    only = [i.path.name for i in discover([tmp_path / "a"], include=["*.html"])]
    assert only == ["y.html"]
    missing = list(discover([tmp_path / "nope"]))
    assert missing == [(tmp_path / "nope", "no such file or directory")]
