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


# -- issue 11: a fuzz test of the readers over random bytes, encodings and JSON shapes ------------

import json  # noqa: E402
import tempfile  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kewaspadaan_cli.ingest.pipeline import ingest_paths  # noqa: E402
from kewaspadaan_cli.ingest.readers import decode_noted, has_surrogates  # noqa: E402
from kewaspadaan_cli.store import Store, read_table  # noqa: E402

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "cp1250", "iso8859_15"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
# long enough to be kept, sometimes with a lone surrogate in it
prose = st.lists(
    st.sampled_from(["Bupati", "Sintang", "rapat", "koordinasi", "Pilkada", "warga", "\ud800", "caf\u00e9", "."]),
    min_size=20,
    max_size=80,
).map(" ".join)
records = st.fixed_dictionaries(
    {},
    optional={
        "text": prose | st.text(min_size=0, max_size=400) | json_values,
        "title": st.text(max_size=40) | json_values,
        "url": st.text(max_size=40),
        "published": st.text(max_size=20) | st.integers(),
        "outlet": st.text(max_size=20),
    },
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_decode_any_bytes_gives_text_or_an_input_error(data: bytes) -> None:
    try:
        text, note = decode_noted(data)
    except InputError:
        return
    assert isinstance(text, str) and not has_surrogates(text)
    assert note is None or note.startswith("utf-8: ")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500), st.sampled_from(ENCODINGS))
def test_decode_text_in_any_encoding(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        decoded, note = decode_noted(data)
    except InputError:
        return  # binary-looking control characters, or no legacy encoding fits
    assert not has_surrogates(decoded)
    if encoding.startswith("utf-8") and not any(ord(c) < 32 and c not in "\t\n\r\x0b\x0c" for c in text):
        assert decoded == text and note is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(records | json_values, max_size=6),
    st.binary(max_size=300),
    st.sampled_from(["json", "jsonl"]),
)
def test_ingest_never_fails_on_any_json_shape_or_bytes(recs: list, junk: bytes, kind: str) -> None:
    """Whatever the records hold (lone surrogates included: json.dumps escapes them), ingest names
    what it skips and stores the rest; nothing escapes as an exception."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        if kind == "json":
            (src / "a.json").write_text(json.dumps(recs))
        else:
            (src / "a.jsonl").write_text("\n".join(json.dumps(r) for r in recs))
        (src / "b.jsonl").write_bytes(junk)
        (src / "c.txt").write_bytes(junk)
        with Store(Path(tmp) / "data") as store:
            summary = ingest_paths(store, [src])
        assert summary.files_seen == 3
        stored = read_table(Path(tmp) / "data", "articles", ["article_id"]).num_rows
        assert stored == summary.new_articles + summary.near_duplicates
        assert all(isinstance(w, str) and isinstance(r, str) and r for w, r in summary.skipped)


def test_discover_streams_files_in_sorted_path_order(tmp_path: Path) -> None:
    names = ["a/b.txt", "a/b/c.txt", "a/c.txt", "a/b-x.txt", "z.txt", "A.txt", "m/n/o/p.txt", "m/n.txt", "e.txt"]
    for rel in [*names, "a/.h/x.txt", "a/.y.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / "a" / "link").symlink_to(tmp_path / "m")  # a link to a folder is not followed
    found = [i.path for i in discover([tmp_path])]
    assert found == sorted(tmp_path / n for n in names)
